package org.clipsearch.core.image;

/**
 * What {@link ImageDecoder} accepts, and how far it may subsample.
 *
 * <pre>{@code
 * var limits = DecodeLimits.defaults().withTargetShortSide(224);
 * }</pre>
 *
 * @param maxBytes        largest file or upload accepted, in bytes; checked before anything is read
 * @param maxPixels       largest width x height accepted; checked against the header before pixels are decoded
 * @param targetShortSide the short side the caller will finally resize to, or 0 for full resolution; when
 *                        positive the decoder subsamples large images while reading (see {@link ImageDecoder})
 */
public record DecodeLimits(long maxBytes, long maxPixels, int targetShortSide) {

  /** 512 MiB: larger than any single scan an archive delivers, small enough to hold in memory. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  /** 400 megapixels (20,000 x 20,000): above any real scan, far below what a decompression bomb claims. */
  public static final long DEFAULT_MAX_PIXELS = 400_000_000L;

  /** Largest accepted target short side; any model input is far smaller. */
  public static final int MAX_TARGET_SHORT_SIDE = 65_536;

  public DecodeLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    if (maxPixels <= 0) {
      throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
    }
    if (targetShortSide < 0 || targetShortSide > MAX_TARGET_SHORT_SIDE) {
      throw new IllegalArgumentException("targetShortSide must be between 0 (full resolution) and "
          + MAX_TARGET_SHORT_SIDE + ", got " + targetShortSide);
    }
  }

  /** 512 MiB, 400 megapixels, full resolution. */
  public static DecodeLimits defaults() {
    return new DecodeLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, 0);
  }

  /** These limits with another target short side (0 = full resolution). */
  public DecodeLimits withTargetShortSide(int targetShortSide) {
    return new DecodeLimits(maxBytes, maxPixels, targetShortSide);
  }

  /**
   * The subsampling factor for an image of this size: the largest integer that keeps the short side at least
   * twice {@link #targetShortSide()}, so the later antialiased resize still has two source pixels per output
   * pixel; 1 for full resolution or images already small enough.
   */
  int subsamplingFor(int width, int height) {
    if (targetShortSide == 0) {
      return 1;
    }
    long factor = Math.min(width, height) / (2L * targetShortSide);
    return (int) Math.max(1, factor);
  }
}
