package org.clipsearch.core.model.install;

import org.clipsearch.core.model.ImageSpec;

/**
 * An export's image preprocessing, as its own configuration file states it, in the manifest's terms
 * ({@code models/README.md}): what {@link ImageSpec} gets beside the tower's file and tensor names.
 */
record ImagePreprocessing(int size, String resize, ImageSpec.Interpolation interpolation, float[] mean, float[] std,
                          int resizeSize, ImageSpec.CropOffset cropOffset, double rescale) {

  /** The image tower's spec, installed as {@code visual.onnx}. */
  ImageSpec spec(String input, String output) {
    return new ImageSpec("visual.onnx", input, output, size, resize, interpolation,
        "squash".equals(resize) ? "none" : "center", mean, std, resizeSize, cropOffset, rescale);
  }
}
