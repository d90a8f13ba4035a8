package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Lighting.clamp;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.PhotoStyle;

/** Makes a painted picture look like an archive photograph of a given style. */
final class StyleFilter {

  private StyleFilter() {
  }

  /** Applies {@code style} to an RGB image in place. */
  static void apply(BufferedImage image, PhotoStyle style, SplittableRandom rnd) {
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int w = image.getWidth();
    int h = image.getHeight();
    switch (style) {
      case COLOUR -> {
      }
      case BLACK_AND_WHITE -> perPixel(pixels, (r, g, b) -> {
        int l = clamp((luma(r, g, b) - 128) * 1.15 + 128);
        return l << 16 | l << 8 | l;
      });
      case SEPIA -> perPixel(pixels, (r, g, b) -> {
        double l = luma(r, g, b);
        return clamp(l * 0.95 + 45) << 16 | clamp(l * 0.8 + 28) << 8 | clamp(l * 0.55 + 10);
      });
      case FADED -> perPixel(pixels, (r, g, b) ->
          clamp(60 + r * 0.68 + 10) << 16 | clamp(60 + g * 0.68) << 8 | clamp(55 + b * 0.62));
      case GRAINY -> {
        for (int i = 0; i < pixels.length; i++) {
          int p = pixels[i];
          int n = rnd.nextInt(-45, 46);
          pixels[i] = clamp(((p >> 16) & 0xff) + n) << 16 | clamp(((p >> 8) & 0xff) + n) << 8
              | clamp((p & 0xff) + n);
        }
      }
      case VIGNETTED -> vignette(pixels, w, h);
    }
  }

  private static void vignette(int[] pixels, int w, int h) {
    double cx = (w - 1) / 2.0;
    double cy = (h - 1) / 2.0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = (x - cx) / cx;
        double dy = (y - cy) / cy;
        double d = Math.sqrt((dx * dx + dy * dy) / 2);
        double k = 1 - 0.9 * Math.pow(Math.clamp((d - 0.35) / 0.65, 0, 1), 1.3);
        int i = y * w + x;
        int p = pixels[i];
        pixels[i] = clamp(((p >> 16) & 0xff) * k) << 16 | clamp(((p >> 8) & 0xff) * k) << 8 | clamp((p & 0xff) * k);
      }
    }
  }

  private static double luma(int r, int g, int b) {
    return 0.299 * r + 0.587 * g + 0.114 * b;
  }

  @FunctionalInterface
  private interface PixelMap {
    int map(int r, int g, int b);
  }

  private static void perPixel(int[] pixels, PixelMap map) {
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      pixels[i] = map.map((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
    }
  }
}
