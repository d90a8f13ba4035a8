package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.SplittableRandom;

/** Scenes of occasions and overviews: circus, funfair, airfield, aerial photograph. */
final class EventBackgrounds {

  private EventBackgrounds() {
  }

  static Backdrop circus(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.55, 0.62);
    rect(g, rgb(110, 160, 70), 0, horizon, w, h - horizon);
    for (int i = 0; i < 4; i++) {
      double x = w * rnd.nextDouble(0.05, 0.85);
      round(g, rgb(230, 215, 170), x, horizon - 0.08 * h, 0.12 * w, 0.09 * h, 0.02 * w);
      rect(g, rgb(180, 40, 40), x, horizon - 0.05 * h, 0.12 * w, 0.015 * h);
    }
    bunting(g, w, 0.04 * h, 0.16 * h, rnd);
    return new Backdrop(new Band(horizon + 0.15 * h, 0.96 * h), new Band(horizon + 0.15 * h, 0.96 * h),
        new Band(0.1 * h, 0.3 * h));
  }

  static Backdrop kermis(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.6, 0.66);
    rect(g, rgb(175, 150, 115), 0, horizon, w, h - horizon);
    double x = 0;
    while (x < w) {
      double bw = w * rnd.nextDouble(0.1, 0.16);
      var booth = Palette.clothes(rnd);
      rect(g, booth, x, horizon - 0.1 * h, bw, 0.1 * h);
      rect(g, rgb(250, 240, 200), x + bw * 0.1, horizon - 0.07 * h, bw * 0.8, 0.04 * h);
      x += bw + 0.01 * w;
    }
    for (int string = 0; string < 2; string++) {
      double y0 = h * (0.08 + 0.1 * string);
      for (int i = 0; i < 24; i++) {
        double bx = w * i / 23.0;
        double by = y0 + Math.sin(Math.PI * i / 23.0) * 0.08 * h;
        oval(g, rgb(255, 230, 90), bx, by, 0.008 * w + 0.004 * h, 0.008 * w + 0.004 * h);
      }
    }
    return new Backdrop(new Band(horizon + 0.2 * h, 0.97 * h), new Band(horizon + 0.2 * h, 0.97 * h),
        new Band(0.2 * h, horizon - 0.15 * h));
  }

  static Backdrop vliegtuig(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.66, 0.72);
    rect(g, rgb(120, 150, 80), 0, horizon, w, h - horizon);
    poly(g, rgb(85, 85, 90), w * 0.35, horizon, w * 0.65, horizon, w * 1.1, h, -w * 0.1, h);
    for (int i = 0; i < 6; i++) {
      double t0 = i / 6.0;
      double t1 = t0 + 0.07;
      double y0 = horizon + (h - horizon) * t0 * t0;
      double y1 = horizon + (h - horizon) * t1 * t1;
      poly(g, rgb(240, 240, 240), w / 2 - 0.005 * w * (1 + 5 * t0), y0, w / 2 + 0.005 * w * (1 + 5 * t0), y0,
          w / 2 + 0.005 * w * (1 + 5 * t1), y1, w / 2 - 0.005 * w * (1 + 5 * t1), y1);
    }
    double hx = w * (rnd.nextBoolean() ? 0.05 : 0.68);
    fill(g, rgb(150, 150, 155), new java.awt.geom.Arc2D.Double(hx, horizon - 0.12 * h, 0.27 * w, 0.24 * h, 0, 180,
        java.awt.geom.Arc2D.CHORD));
    rect(g, rgb(60, 60, 65), hx + 0.07 * w, horizon - 0.07 * h, 0.13 * w, 0.07 * h);
    double sx = hx > w / 2 ? w * 0.25 : w * 0.75;
    line(g, rgb(200, 200, 200), 0.005 * h, sx, horizon, sx, horizon - 0.1 * h);
    poly(g, rgb(245, 120, 20), sx, horizon - 0.1 * h, sx + 0.05 * w, horizon - 0.09 * h, sx + 0.05 * w,
        horizon - 0.085 * h, sx, horizon - 0.075 * h);
    return new Backdrop(new Band(horizon + 0.1 * h, 0.97 * h), new Band(horizon + 0.1 * h, 0.97 * h),
        new Band(0.35 * h, horizon - 0.06 * h));
  }

  static Backdrop luchtfoto(Graphics2D g, double w, double h, SplittableRandom rnd) {
    Color[] fields = {rgb(110, 150, 70), rgb(160, 170, 80), rgb(130, 100, 60), rgb(90, 130, 60),
        rgb(190, 175, 100)};
    double cell = Math.max(w, h) / 5;
    for (double y = 0; y < h; y += cell) {
      for (double x = 0; x < w; x += cell * 1.4) {
        rect(g, fields[rnd.nextInt(fields.length)], x, y, cell * 1.4, cell);
      }
    }
    for (int i = 0; i < 14; i++) {
      double y = rnd.nextDouble(h);
      line(g, rgb(70, 90, 50), 0.003 * h, 0, y, w, y);
    }
    double roadX = w * rnd.nextDouble(0.3, 0.7);
    line(g, rgb(150, 150, 150), 0.05 * w, roadX, 0, roadX + rnd.nextDouble(-0.2, 0.2) * w, h);
    double roadY = h * rnd.nextDouble(0.3, 0.7);
    line(g, rgb(150, 150, 150), 0.04 * h, 0, roadY, w, roadY + rnd.nextDouble(-0.1, 0.1) * h);
    var river = new java.awt.geom.Path2D.Double();
    river.moveTo(0, h * rnd.nextDouble(0.1, 0.9));
    river.curveTo(w * 0.3, h * rnd.nextDouble(), w * 0.7, h * rnd.nextDouble(), w, h * rnd.nextDouble(0.1, 0.9));
    outline(g, rgb(60, 100, 140), 0.04 * Math.min(w, h), river);
    return new Backdrop(new Band(0.25 * h, 0.95 * h), new Band(0.25 * h, 0.95 * h), new Band(0.2 * h, 0.95 * h));
  }

  /** Strings of little triangular flags across the top of the picture. */
  private static void bunting(Graphics2D g, double w, double top, double sag, SplittableRandom rnd) {
    for (int i = 0; i < 18; i++) {
      double x = w * i / 18.0;
      double y = top + Math.sin(Math.PI * i / 18.0) * sag;
      poly(g, Palette.clothes(rnd), x, y, x + w / 18.0, y, x + w / 36.0, y + 0.06 * w);
    }
    line(g, rgb(60, 60, 60), 0.004 * w, 0, top, w, top);
  }
}
