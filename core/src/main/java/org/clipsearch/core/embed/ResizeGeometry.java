package org.clipsearch.core.embed;

/**
 * Where torchvision's {@code Resize(resizeSize)} then {@code CenterCrop(size)} put an image: the resized
 * width and height, and the top-left corner of the square crop inside the resized image. A squashed
 * image ({@code Resize((size, size))}) is the whole square, at (0, 0).
 *
 * <p>The shorter side becomes {@code resizeSize}; the longer becomes {@code int(resizeSize * longer / shorter)}
 * (truncated, as torchvision's {@code _compute_resized_output_size} and Hugging Face's
 * {@code get_resize_output_image_size}). The crop offsets are {@code int(round((resized - size) / 2.0))} with
 * Python's round-half-to-even (torchvision), or {@code (resized - size) // 2} when they are floored (Hugging
 * Face's {@code center_crop}).
 *
 * @param width  resized width
 * @param height resized height
 * @param left   first column of the crop in the resized image
 * @param top    first row of the crop in the resized image
 */
record ResizeGeometry(int width, int height, int left, int top) {

  static ResizeGeometry of(int imageWidth, int imageHeight, int size) {
    return of(imageWidth, imageHeight, size, size, false);
  }

  static ResizeGeometry of(int imageWidth, int imageHeight, int resizeSize, int size, boolean floorOffsets) {
    int shorter = Math.min(imageWidth, imageHeight);
    int longer = Math.max(imageWidth, imageHeight);
    int resizedLonger = (int) ((double) ((long) resizeSize * longer) / shorter);
    int width = imageWidth <= imageHeight ? resizeSize : resizedLonger;
    int height = imageWidth <= imageHeight ? resizedLonger : resizeSize;
    return new ResizeGeometry(width, height, cropOffset(width, size, floorOffsets),
        cropOffset(height, size, floorOffsets));
  }

  static ResizeGeometry squash(int size) {
    return new ResizeGeometry(size, size, 0, 0);
  }

  private static int cropOffset(int resized, int size, boolean floor) {
    return floor ? (resized - size) / 2 : (int) Math.rint((resized - size) / 2.0);
  }
}
