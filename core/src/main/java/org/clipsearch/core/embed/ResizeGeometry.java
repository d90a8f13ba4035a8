package org.clipsearch.core.embed;

/**
 * Where torchvision's {@code Resize(size)} then {@code CenterCrop(size)} put an image: the resized
 * width and height, and the top-left corner of the square crop inside the resized image. A squashed
 * image ({@code Resize((size, size))}) is the whole square, at (0, 0).
 *
 * <p>The shorter side becomes {@code size}; the longer becomes {@code int(size * longer / shorter)}
 * (truncated, as torchvision's {@code _compute_resized_output_size}). The crop offsets are
 * {@code int(round((resized - size) / 2.0))} with Python's round-half-to-even.
 *
 * @param width  resized width
 * @param height resized height
 * @param left   first column of the crop in the resized image
 * @param top    first row of the crop in the resized image
 */
record ResizeGeometry(int width, int height, int left, int top) {

  static ResizeGeometry of(int imageWidth, int imageHeight, int size) {
    int shorter = Math.min(imageWidth, imageHeight);
    int longer = Math.max(imageWidth, imageHeight);
    int resizedLonger = (int) ((double) ((long) size * longer) / shorter);
    int width = imageWidth <= imageHeight ? size : resizedLonger;
    int height = imageWidth <= imageHeight ? resizedLonger : size;
    return new ResizeGeometry(width, height, cropOffset(width, size), cropOffset(height, size));
  }

  static ResizeGeometry squash(int size) {
    return new ResizeGeometry(size, size, 0, 0);
  }

  private static int cropOffset(int resized, int size) {
    return (int) Math.rint((resized - size) / 2.0);
  }
}
