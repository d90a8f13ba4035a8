package org.clipsearch.demo.paint;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.clipsearch.demo.world.TimeOfDay;
import org.clipsearch.demo.world.Weather;

/** Grades the painted scene for the time of day and dulls it under clouds. */
final class Lighting {

  private Lighting() {
  }

  /** Grades an ARGB layer in place, leaving its alpha alone. */
  static void grade(BufferedImage layer, TimeOfDay time, Weather weather) {
    double[] tint = switch (time) {
      case MORNING -> new double[] {1.02, 0.95, 0.85};
      case DAY -> new double[] {1, 1, 1};
      case DUSK -> new double[] {0.82, 0.62, 0.55};
      case NIGHT -> new double[] {0.45, 0.5, 0.72};
    };
    double dull = switch (weather) {
      case OVERCAST, RAIN -> 0.35;
      case SNOW -> 0.2;
      case SUNNY, FOG -> 0;
    };
    double gain = weather == Weather.OVERCAST || weather == Weather.RAIN ? 0.88 : 1;
    if (time == TimeOfDay.DAY && dull == 0) {
      return;
    }
    int[] pixels = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int a = p >>> 24;
      if (a == 0) {
        continue;
      }
      double r = (p >> 16) & 0xff;
      double g = (p >> 8) & 0xff;
      double b = p & 0xff;
      double l = 0.299 * r + 0.587 * g + 0.114 * b;
      r = (r + (l - r) * dull) * tint[0] * gain;
      g = (g + (l - g) * dull) * tint[1] * gain;
      b = (b + (l - b) * dull) * tint[2] * gain;
      pixels[i] = a << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }
  }

  static int clamp(double v) {
    return Math.clamp(Math.round(v), 0, 255);
  }
}
