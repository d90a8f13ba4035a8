package org.clipsearch.core.embed;

import java.awt.image.BufferedImage;

/**
 * Resizes an image so its shorter side is {@code resizeSize} and cuts the centre {@code size} square, computing only
 * the pixels of the square, with exactly the bytes PIL's {@code Image.resize} followed by a crop gives;
 * or, when it squashes, resizes the whole image to the square as {@code Image.resize((size, size))}.
 *
 * <p>Two separable passes as in Pillow's {@code Resample.c}: horizontal first, over only the input
 * rows the vertical pass needs, rounded to 8 bits; then vertical. Every output pixel depends only on
 * its own kernel, so computing the crop window alone changes no value. Immutable and thread-safe;
 * the kernels are computed once per image and axis (for its input and resized sizes), the working
 * buffers hold one input row and {@code size} columns of the rows the crop needs.
 */
final class Resampler {

  private final ResampleFilter filter;
  private final int resizeSize;
  private final int size;
  private final boolean squash;
  private final boolean floorOffsets;

  /** {@code floorOffsets}: the crop's offsets rounded down (Hugging Face) instead of half to even (torchvision). */
  Resampler(ResampleFilter filter, int resizeSize, int size, boolean squash, boolean floorOffsets) {
    this.filter = filter;
    this.resizeSize = resizeSize;
    this.size = size;
    this.squash = squash;
    this.floorOffsets = floorOffsets;
  }

  /** The {@code size x size} square of the resized image, row-major packed {@code 0xRRGGBB}. */
  int[] resizeCrop(BufferedImage image) {
    var geometry = squash
        ? ResizeGeometry.squash(size)
        : ResizeGeometry.of(image.getWidth(), image.getHeight(), resizeSize, size, floorOffsets);
    var horizontal = ResampleKernel.of(filter, image.getWidth(), geometry.width(), geometry.left(), size);
    var vertical = ResampleKernel.of(filter, image.getHeight(), geometry.height(), geometry.top(), size);

    int x0 = horizontal.inputStart();
    int y0 = vertical.inputStart();
    int rows = vertical.inputEnd() - y0;
    int[] row = new int[horizontal.inputEnd() - x0];
    var pixels = PixelRows.of(image);
    int[] columns = new int[rows * size];
    for (int y = 0; y < rows; y++) {
      pixels.read(x0, y0 + y, row);
      for (int x = 0; x < size; x++) {
        columns[y * size + x] = horizontal.convolve(x, row, -x0, 1);
      }
    }
    int[] out = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        out[y * size + x] = vertical.convolve(y, columns, x - y0 * size, size);
      }
    }
    return out;
  }
}
