package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.image.DecodedImage;
import org.clipsearch.core.image.JpegEncoder;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexLayout;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a JPEG thumbnail of each decoded image beside the index ({@link IndexLayout#thumbnailFile}), on the
 * decode worker that decoded it, so the pixels are decoded once for the model and the thumbnail.
 *
 * <p>The longest side becomes at most {@code maxSide} pixels (never enlarged), reached by halving steps and a
 * final bilinear step, which keeps thin lines from aliasing. A file is written under a temporary name and moved
 * into place, so a killed run never leaves half a thumbnail. A thumbnail that cannot be written does not fail
 * the image: {@link #failure} tells the pipeline, which indexes the image without one and reports it.
 */
final class ThumbnailWriter implements ImageFileEmbedder.DecodeListener {

  private final IndexLayout layout;
  private final ImageSource source;
  private final String collection;
  private final int maxSide;
  private final Map<Path, String> failures = new ConcurrentHashMap<>();
  private final AtomicLong nanos = new AtomicLong();

  ThumbnailWriter(IndexLayout layout, ImageSource source, String collection, int maxSide) {
    if (maxSide < 16) {
      throw new IllegalArgumentException("thumbnail size must be at least 16 pixels, got " + maxSide);
    }
    this.layout = layout;
    this.source = source;
    this.collection = collection;
    this.maxSide = maxSide;
  }

  @Override
  public void decoded(Path file, DecodedImage image) {
    long start = System.nanoTime();
    String id = ImageRecord.idOf(collection, source.relativePath(file));
    Path target = layout.thumbnailFile(id);
    try {
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp-" + Thread.currentThread().threadId());
      JpegEncoder.write(scale(image.image()), 0.85f, temporary);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      failures.remove(file);
    } catch (IOException | RuntimeException e) {
      failures.put(file, e.toString());
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  /** Why the thumbnail of {@code file} was not written, when it was not; forgets it. */
  Optional<String> failure(Path file) {
    return Optional.ofNullable(failures.remove(file));
  }

  /** Time spent on all workers, in nanoseconds. */
  long nanos() {
    return nanos.get();
  }

  BufferedImage scale(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    double factor = Math.min(1.0, (double) maxSide / Math.max(width, height));
    int targetWidth = Math.max(1, (int) Math.round(width * factor));
    int targetHeight = Math.max(1, (int) Math.round(height * factor));
    BufferedImage current = image;
    while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
      current = resize(current, current.getWidth() / 2, current.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
    }
    return current.getWidth() == targetWidth && current.getHeight() == targetHeight
        ? current
        : resize(current, targetWidth, targetHeight, BufferedImage.TYPE_3BYTE_BGR);
  }

  /**
   * The image drawn at {@code width x height} into a new image of {@code type}. The last step makes a 3-byte BGR
   * image: the JPEG writer hands such a raster to the encoder as it is, where it converts an {@code INT_RGB} one
   * row by row in Java first (the same bytes, 0.7-0.8 ms more per thumbnail).
   */
  private static BufferedImage resize(BufferedImage image, int width, int height, int type) {
    var out = new BufferedImage(width, height, type);
    var g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

}
