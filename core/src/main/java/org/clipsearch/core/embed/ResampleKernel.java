package org.clipsearch.core.embed;

/**
 * PIL's fixed-point convolution coefficients for one axis of a resize, for a window of output pixels.
 *
 * <p>Mirrors {@code precompute_coeffs} and {@code normalize_coeffs_8bpc} of Pillow's
 * {@code Resample.c}: the filter is stretched by the downscale factor (antialiasing), each output
 * pixel's weights are normalised to sum to one and rounded to integers with 22 fractional bits.
 * When the axis keeps its size PIL skips the pass; the kernel is then the identity (one weight of
 * one per pixel), which gives the same bytes. Immutable.
 */
final class ResampleKernel {

  private static final int PRECISION_BITS = 32 - 8 - 2;
  private static final int HALF = 1 << (PRECISION_BITS - 1);

  private final int[] first;
  private final int[] count;
  private final int[] coefficients;
  private final int stride;

  private ResampleKernel(int[] first, int[] count, int[] coefficients, int stride) {
    this.first = first;
    this.count = count;
    this.coefficients = coefficients;
    this.stride = stride;
  }

  /**
   * The kernel for output pixels {@code outStart .. outStart + outCount - 1} of a resize of one axis
   * from {@code inSize} to {@code outSize} pixels.
   */
  static ResampleKernel of(ResampleFilter filter, int inSize, int outSize, int outStart, int outCount) {
    int[] first = new int[outCount];
    int[] count = new int[outCount];
    if (inSize == outSize) {
      int[] unit = new int[outCount];
      for (int i = 0; i < outCount; i++) {
        first[i] = outStart + i;
        count[i] = 1;
        unit[i] = 1 << PRECISION_BITS;
      }
      return new ResampleKernel(first, count, unit, 1);
    }
    double scale = (double) inSize / outSize;
    double filterScale = Math.max(scale, 1.0);
    double support = filter.support() * filterScale;
    double inverseScale = 1.0 / filterScale;
    int stride = (int) Math.ceil(support) * 2 + 1;
    int[] coefficients = new int[outCount * stride];
    double[] weights = new double[stride];
    for (int i = 0; i < outCount; i++) {
      double center = (outStart + i + 0.5) * scale;
      int xmin = Math.max((int) (center - support + 0.5), 0);
      int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
      double sum = 0.0;
      for (int x = 0; x < xmax; x++) {
        weights[x] = filter.weight((x + xmin - center + 0.5) * inverseScale);
        sum += weights[x];
      }
      for (int x = 0; x < xmax; x++) {
        double w = sum != 0.0 ? weights[x] / sum : weights[x];
        coefficients[i * stride + x] = (int) (w < 0 ? -0.5 + w * (1 << PRECISION_BITS) : 0.5 + w * (1 << PRECISION_BITS));
      }
      first[i] = xmin;
      count[i] = xmax;
    }
    return new ResampleKernel(first, count, coefficients, stride);
  }

  /** First input pixel any output pixel of the window reads. */
  int inputStart() {
    return first[0];
  }

  /** One past the last input pixel any output pixel of the window reads. */
  int inputEnd() {
    int last = first.length - 1;
    return first[last] + count[last];
  }

  /**
   * Output pixel {@code i} of the window from packed {@code 0xRRGGBB} samples: input pixel {@code j}
   * is {@code samples[offset + j * step]}. Each channel is rounded and clipped to 8 bits, as PIL does
   * after each pass.
   */
  int convolve(int i, int[] samples, int offset, int step) {
    int r = HALF;
    int g = HALF;
    int b = HALF;
    int k = i * stride;
    int p = offset + first[i] * step;
    for (int n = count[i]; n > 0; n--, k++, p += step) {
      int c = coefficients[k];
      int rgb = samples[p];
      r += ((rgb >>> 16) & 0xFF) * c;
      g += ((rgb >>> 8) & 0xFF) * c;
      b += (rgb & 0xFF) * c;
    }
    return clip8(r) << 16 | clip8(g) << 8 | clip8(b);
  }

  private static int clip8(int sum) {
    return Math.clamp(sum >> PRECISION_BITS, 0, 255);
  }
}
