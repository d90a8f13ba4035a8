package org.clipsearch.core.embed;

import org.clipsearch.core.model.ImageSpec;

/** The resampling filters of PIL's {@code Image.resize}, with PIL's supports and formulas. */
enum ResampleFilter {
  /** Keys' cubic convolution with a = -0.5, support 2 (PIL's {@code BICUBIC}). */
  BICUBIC(2.0) {
    @Override
    double weight(double x) {
      double a = -0.5;
      double t = Math.abs(x);
      if (t < 1.0) {
        return ((a + 2.0) * t - (a + 3.0)) * t * t + 1;
      }
      if (t < 2.0) {
        return (((t - 5) * t + 8) * t - 4) * a;
      }
      return 0.0;
    }
  },
  /** The triangle filter, support 1 (PIL's {@code BILINEAR}). */
  BILINEAR(1.0) {
    @Override
    double weight(double x) {
      double t = Math.abs(x);
      return t < 1.0 ? 1.0 - t : 0.0;
    }
  };

  private final double support;

  ResampleFilter(double support) {
    this.support = support;
  }

  /** Half-width of the filter at scale 1, in input pixels. */
  double support() {
    return support;
  }

  /** The filter's weight at distance {@code x} (in filter units) from the sample centre. */
  abstract double weight(double x);

  static ResampleFilter of(ImageSpec.Interpolation interpolation) {
    return switch (interpolation) {
      case BICUBIC -> BICUBIC;
      case BILINEAR -> BILINEAR;
    };
  }
}
