package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.TimeOfDay;
import org.clipsearch.demo.world.Weather;

/** Paints the sky for a time of day and a weather: gradient, sun or moon and stars, clouds. */
final class SkyPainter {

  private SkyPainter() {
  }

  static void paint(Graphics2D g, double w, double h, TimeOfDay time, Weather weather, SplittableRandom rnd) {
    Color top = switch (time) {
      case MORNING -> rgb(110, 150, 205);
      case DAY -> rgb(55, 120, 205);
      case DUSK -> rgb(50, 45, 105);
      case NIGHT -> rgb(8, 12, 35);
    };
    Color bottom = switch (time) {
      case MORNING -> rgb(250, 205, 160);
      case DAY -> rgb(170, 210, 240);
      case DUSK -> rgb(245, 125, 60);
      case NIGHT -> rgb(30, 40, 75);
    };
    double grey = switch (time) {
      case MORNING, DAY -> 0.7;
      case DUSK -> 0.4;
      case NIGHT -> 0.2;
    };
    switch (weather) {
      case OVERCAST, RAIN, SNOW -> {
        top = mix(top, rgb(140, 142, 150), grey);
        bottom = mix(bottom, rgb(195, 197, 200), grey);
      }
      case FOG -> {
        top = mix(top, rgb(210, 210, 210), 0.8);
        bottom = mix(bottom, rgb(220, 220, 218), 0.8);
      }
      case SUNNY -> {
      }
    }
    g.setPaint(new GradientPaint(0, 0, top, 0, (float) (0.7 * h), bottom));
    g.fill(new Rectangle2D.Double(0, 0, w, h));
    double r = 0.06 * Math.min(w, h);
    if (time == TimeOfDay.NIGHT) {
      for (int i = 0; i < 60; i++) {
        oval(g, rgb(230, 230, 200), rnd.nextDouble(w), rnd.nextDouble(0.5 * h), 0.0025 * w, 0.0025 * w);
      }
      oval(g, rgb(240, 240, 215), w * rnd.nextDouble(0.15, 0.85), h * rnd.nextDouble(0.08, 0.2), r, r);
    } else if (weather == Weather.SUNNY) {
      double y = time == TimeOfDay.DAY ? h * rnd.nextDouble(0.07, 0.16) : h * rnd.nextDouble(0.25, 0.33);
      Color sun = time == TimeOfDay.DAY ? rgb(255, 250, 215) : rgb(255, 170, 80);
      oval(g, sun, w * rnd.nextDouble(0.1, 0.9), y, r * 1.1, r * 1.1);
    }
    int clouds = switch (weather) {
      case SUNNY -> rnd.nextInt(3);
      case OVERCAST, RAIN, SNOW -> 10;
      case FOG -> 0;
    };
    Color cloud = weather == Weather.SUNNY ? alpha(rgb(250, 250, 250), 220) : alpha(mix(top, Color.BLACK, 0.15), 200);
    for (int i = 0; i < clouds; i++) {
      double cx = rnd.nextDouble(w);
      double cy = rnd.nextDouble(0.03, 0.3) * h;
      for (int k = 0; k < 4; k++) {
        oval(g, cloud, cx + (k - 1.5) * 0.05 * w, cy + (k % 2) * 0.015 * h, 0.06 * w, 0.035 * h);
      }
    }
  }
}
