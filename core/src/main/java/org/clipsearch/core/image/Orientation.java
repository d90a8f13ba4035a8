package org.clipsearch.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The eight EXIF orientations (TIFF tag 274): where the stored rows and columns belong on screen.
 *
 * <p>Written here because ImageIO does not apply orientation, and TwelveMonkeys' standard metadata reports
 * orientations 5 and 7 with different names for JPEG and TIFF; the raw tag value is unambiguous.
 * {@link #apply(BufferedImage)} is an exact pixel permutation, no resampling.
 */
enum Orientation {
  /** 1: stored as displayed. */
  TOP_LEFT(1),
  /** 2: mirrored left-right. */
  TOP_RIGHT(2),
  /** 3: rotated 180 degrees. */
  BOTTOM_RIGHT(3),
  /** 4: mirrored top-bottom. */
  BOTTOM_LEFT(4),
  /** 5: transposed (mirrored along the main diagonal). */
  LEFT_TOP(5),
  /** 6: needs a 90 degree clockwise turn. */
  RIGHT_TOP(6),
  /** 7: transversed (mirrored along the anti-diagonal). */
  RIGHT_BOTTOM(7),
  /** 8: needs a 90 degree counter-clockwise turn. */
  LEFT_BOTTOM(8);

  private final int exifValue;

  Orientation(int exifValue) {
    this.exifValue = exifValue;
  }

  /** The orientation with this EXIF value (1-8). */
  static Orientation fromExif(int value) {
    if (value < 1 || value > 8) {
      throw new IllegalArgumentException("EXIF orientation must be 1-8, got " + value);
    }
    return values()[value - 1];
  }

  int exifValue() {
    return exifValue;
  }

  /** Whether the displayed image has width and height swapped (orientations 5-8). */
  boolean swapsAxes() {
    return exifValue >= 5;
  }

  /**
   * The image as it should be displayed. Takes and returns {@link BufferedImage#TYPE_INT_RGB}; returns the
   * argument itself for {@link #TOP_LEFT}.
   */
  BufferedImage apply(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("orientation expects a TYPE_INT_RGB image, got type " + image.getType());
    }
    if (this == TOP_LEFT) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int outW = swapsAxes() ? h : w;
    int outH = swapsAxes() ? w : h;
    var out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    // Destination index of stored pixel (x, y) is base + x * stepX + y * stepY.
    int base;
    int stepX;
    int stepY;
    switch (this) {
      case TOP_RIGHT -> { base = w - 1; stepX = -1; stepY = outW; }
      case BOTTOM_RIGHT -> { base = (h - 1) * outW + w - 1; stepX = -1; stepY = -outW; }
      case BOTTOM_LEFT -> { base = (h - 1) * outW; stepX = 1; stepY = -outW; }
      case LEFT_TOP -> { base = 0; stepX = outW; stepY = 1; }
      case RIGHT_TOP -> { base = h - 1; stepX = outW; stepY = -1; }
      case RIGHT_BOTTOM -> { base = (w - 1) * outW + h - 1; stepX = -outW; stepY = -1; }
      case LEFT_BOTTOM -> { base = (w - 1) * outW; stepX = -outW; stepY = 1; }
      default -> throw new AssertionError(this);
    }
    int[] row = new int[w];
    var raster = image.getRaster();
    for (int y = 0; y < h; y++) {
      raster.getDataElements(0, y, w, 1, row);
      int index = base + y * stepY;
      for (int x = 0; x < w; x++, index += stepX) {
        dst[index] = row[x];
      }
    }
    return out;
  }
}
