package org.clipsearch.demo.output;

import org.clipsearch.demo.world.ImageFormat;

/**
 * Where a run puts things under its output directory: pictures under {@code images/}, a thousand to a folder
 * ({@code images/000/000123.jpg}), the sidecar {@code metadata.csv} and {@code ground-truth.jsonl}.
 */
public final class OutputLayout {

  public static final String METADATA = "metadata.csv";
  public static final String GROUND_TRUTH = "ground-truth.jsonl";
  public static final String IMAGES = "images";

  private OutputLayout() {
  }

  /** The path of picture {@code index}, relative to the output directory, with forward slashes. */
  public static String imagePath(int index, ImageFormat format) {
    return "%s/%03d/%06d.%s".formatted(IMAGES, index / 1000, index, format.extension());
  }
}
