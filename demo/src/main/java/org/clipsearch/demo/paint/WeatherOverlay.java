package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.Weather;

/** What falls or hangs in front of the scene: rain streaks, snowflakes, fog. */
final class WeatherOverlay {

  private WeatherOverlay() {
  }

  static void apply(BufferedImage image, Graphics2D g, Weather weather, SplittableRandom rnd) {
    double w = image.getWidth();
    double h = image.getHeight();
    switch (weather) {
      case RAIN -> {
        var streak = alpha(rgb(210, 215, 225), 120);
        for (int i = 0; i < 220; i++) {
          double x = rnd.nextDouble(-0.1 * w, w);
          double y = rnd.nextDouble(h);
          line(g, streak, 0.0025 * h, x, y, x + 0.02 * h, y + 0.07 * h);
        }
      }
      case SNOW -> {
        double unit = Math.min(w, h);
        for (int i = 0; i < 300; i++) {
          double r = unit * rnd.nextDouble(0.003, 0.009);
          oval(g, rgb(250, 250, 252), rnd.nextDouble(w), rnd.nextDouble(h), r, r);
        }
      }
      case FOG -> veil(image, 0.45);
      case SUNNY, OVERCAST -> {
      }
    }
  }

  private static void veil(BufferedImage image, double amount) {
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int fog = 212;
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int r = (int) (((p >> 16) & 0xff) * (1 - amount) + fog * amount);
      int gr = (int) (((p >> 8) & 0xff) * (1 - amount) + fog * amount);
      int b = (int) ((p & 0xff) * (1 - amount) + fog * amount);
      pixels[i] = r << 16 | gr << 8 | b;
    }
  }
}
