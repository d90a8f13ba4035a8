package org.clipsearch.core.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A decoded image, ready for preprocessing: 8-bit sRGB, upright, opaque.
 *
 * @param image       {@link BufferedImage#TYPE_INT_RGB}, sRGB, EXIF orientation applied, alpha composited over
 *                    white; smaller than {@code width x height} when the decoder subsampled
 * @param width       full-resolution width after orientation: what the file really holds
 * @param height      full-resolution height after orientation
 * @param format      the container the bytes were sniffed as: {@code JPEG, PNG, TIFF, WEBP, BMP} or {@code GIF}
 * @param subsampling the factor the image was read with (1 = every pixel)
 */
public record DecodedImage(BufferedImage image, int width, int height, String format, int subsampling) {

  public DecodedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(format, "format");
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("image must be TYPE_INT_RGB, got type " + image.getType());
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("width and height must be positive, got " + width + " x " + height);
    }
    if (subsampling < 1) {
      throw new IllegalArgumentException("subsampling must be at least 1, got " + subsampling);
    }
    if (image.getWidth() > width || image.getHeight() > height) {
      throw new IllegalArgumentException("image is " + image.getWidth() + " x " + image.getHeight()
          + ", larger than the full size " + width + " x " + height);
    }
  }
}
