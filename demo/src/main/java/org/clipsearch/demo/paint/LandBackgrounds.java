package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/** Open-country scenes: snow, forest, farm field, polder, dunes, cemetery, football pitch. */
final class LandBackgrounds {

  private LandBackgrounds() {
  }

  static Backdrop sneeuwlandschap(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.42, 0.52);
    for (int i = 0; i < 30; i++) {
      double x = w * i / 29.0;
      oval(g, rgb(70, 80, 95), x, horizon, 0.03 * w + 0.02 * h, h * rnd.nextDouble(0.02, 0.05));
    }
    rect(g, rgb(238, 240, 246), 0, horizon, w, h - horizon);
    for (int i = 0; i < 4; i++) {
      double cx = rnd.nextDouble(w);
      oval(g, rgb(215, 222, 236), cx, horizon + (0.1 + 0.12 * i) * h, 0.35 * w, 0.03 * h);
    }
    double fence = horizon + 0.12 * h;
    for (int i = 0; i < 12; i++) {
      double x = w * i / 11.0;
      line(g, rgb(70, 55, 45), 0.008 * h, x, fence, x, fence - 0.05 * h);
    }
    line(g, rgb(70, 55, 45), 0.005 * h, 0, fence - 0.035 * h, w, fence - 0.035 * h);
    return new Backdrop(new Band(horizon + 0.2 * h, 0.97 * h), new Band(horizon + 0.2 * h, 0.97 * h),
        new Band(0.1 * h, horizon - 0.1 * h));
  }

  static Backdrop bosPark(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double floor = h * rnd.nextDouble(0.58, 0.66);
    rect(g, rgb(70, 95, 45), 0, floor, w, h - floor);
    for (int i = 0; i < 26; i++) {
      double x = rnd.nextDouble(-0.05, 1.05) * w;
      double top = h * rnd.nextDouble(0.0, 0.25);
      line(g, rgb(70, 50, 35), 0.012 * w + 0.01 * h, x, floor + 0.02 * h, x, top + 0.1 * h);
    }
    for (int i = 0; i < 40; i++) {
      double x = rnd.nextDouble(-0.05, 1.05) * w;
      double y = h * rnd.nextDouble(-0.05, 0.42);
      oval(g, jitter(rgb(35, 95, 40), 25, rnd), x, y, w * rnd.nextDouble(0.08, 0.16), h * rnd.nextDouble(0.08, 0.14));
    }
    for (int i = 0; i < 14; i++) {
      double x = rnd.nextDouble(-0.05, 1.05) * w;
      line(g, rgb(55, 40, 28), 0.02 * w + 0.01 * h, x, h * rnd.nextDouble(0.75, 1.0), x, h * 0.2);
    }
    double mid = w * rnd.nextDouble(0.35, 0.65);
    var path = new Path2D.Double();
    path.moveTo(mid - 0.01 * w, floor);
    path.curveTo(mid - 0.1 * w, floor + 0.15 * h, mid + 0.2 * w, floor + 0.25 * h, mid - 0.25 * w, h);
    path.lineTo(mid + 0.2 * w, h);
    path.curveTo(mid + 0.35 * w, floor + 0.25 * h, mid, floor + 0.15 * h, mid + 0.01 * w, floor);
    path.closePath();
    fill(g, rgb(195, 170, 120), path);
    return new Backdrop(new Band(floor + 0.12 * h, 0.97 * h), new Band(floor + 0.12 * h, 0.97 * h),
        new Band(0.1 * h, 0.3 * h));
  }

  static Backdrop akker(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.36, 0.45);
    boolean ploughed = rnd.nextBoolean();
    Color a = ploughed ? rgb(120, 80, 45) : rgb(200, 180, 70);
    Color b = ploughed ? rgb(85, 55, 30) : rgb(150, 160, 50);
    rect(g, a, 0, horizon, w, h - horizon);
    double vx = w * rnd.nextDouble(0.3, 0.7);
    int furrows = 22;
    for (int i = 0; i < furrows; i += 2) {
      double x0 = -w + 3 * w * i / furrows;
      double x1 = -w + 3 * w * (i + 1) / furrows;
      poly(g, b, vx + (x0 - vx) * 0.05, horizon, vx + (x1 - vx) * 0.05, horizon, x1, h, x0, h);
    }
    rect(g, rgb(60, 90, 50), 0, horizon - 0.015 * h, w, 0.02 * h);
    return new Backdrop(new Band(horizon + 0.25 * h, 0.97 * h), new Band(horizon + 0.25 * h, 0.97 * h),
        new Band(0.1 * h, horizon - 0.1 * h));
  }

  static Backdrop windmolen(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.6, 0.66);
    rect(g, rgb(95, 165, 60), 0, horizon, w, h - horizon);
    rect(g, rgb(70, 130, 50), 0, horizon, w, 0.02 * h);
    double start = w * rnd.nextDouble(0.3, 0.7);
    poly(g, rgb(110, 150, 185), start - 0.005 * w, horizon + 0.01 * h, start + 0.005 * w, horizon + 0.01 * h,
        start + rnd.nextDouble(-0.6, 0.6) * w + 0.08 * w, h, start + rnd.nextDouble(-0.6, 0.6) * w - 0.08 * w, h);
    return new Backdrop(new Band(horizon + 0.12 * h, 0.95 * h), new Band(horizon + 0.12 * h, 0.95 * h),
        new Band(0.1 * h, horizon - 0.2 * h));
  }

  static Backdrop duinen(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.42, 0.52);
    Color[] sands = {rgb(225, 200, 150), rgb(235, 212, 165), rgb(245, 225, 180)};
    for (int layer = 0; layer < 3; layer++) {
      double baseY = horizon + layer * 0.14 * h;
      double phase = rnd.nextDouble(Math.PI * 2);
      double amp = (0.04 + 0.03 * layer) * h;
      var path = new Path2D.Double();
      path.moveTo(0, h);
      for (int i = 0; i <= 24; i++) {
        double x = w * i / 24.0;
        path.lineTo(x, baseY - amp * Math.abs(Math.sin(phase + i * 0.35 + layer)));
      }
      path.lineTo(w, h);
      path.closePath();
      fill(g, sands[layer], path);
      for (int k = 0; k < 12; k++) {
        double x = rnd.nextDouble(w);
        double y = baseY + rnd.nextDouble(0.0, 0.08) * h;
        for (int blade = -2; blade <= 2; blade++) {
          line(g, rgb(110, 130, 60), 0.004 * h, x, y, x + blade * 0.008 * w, y - 0.03 * h);
        }
      }
    }
    return new Backdrop(new Band(horizon + 0.25 * h, 0.97 * h), new Band(horizon + 0.25 * h, 0.97 * h),
        new Band(0.1 * h, horizon - 0.08 * h));
  }

  static Backdrop begraafplaats(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.36, 0.44);
    rect(g, rgb(80, 120, 60), 0, horizon, w, h - horizon);
    for (int i = 0; i < 10; i++) {
      double x = w * (i + 0.5) / 10;
      poly(g, rgb(25, 55, 35), x - 0.04 * w, horizon + 0.02 * h, x, horizon - 0.2 * h, x + 0.04 * w,
          horizon + 0.02 * h);
    }
    for (int row = 0; row < 3; row++) {
      double y = horizon + (0.06 + row * 0.07) * h;
      double size = (0.03 + row * 0.015) * h;
      for (int i = 0; i < 14 - row * 3; i++) {
        double x = w * (i + 0.5) / (14 - row * 3) + rnd.nextDouble(-0.01, 0.01) * w;
        BuildingPainters.gravestone(g, x, y, size * 1.6, Color.GRAY, rnd);
      }
    }
    line(g, rgb(30, 30, 30), 0.006 * h, 0, horizon + 0.3 * h, w, horizon + 0.3 * h);
    return new Backdrop(new Band(horizon + 0.35 * h, 0.97 * h), new Band(horizon + 0.35 * h, 0.97 * h),
        new Band(0.1 * h, horizon - 0.2 * h));
  }

  static Backdrop voetbal(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double stand = h * rnd.nextDouble(0.2, 0.28);
    double pitch = stand + 0.1 * h;
    rect(g, rgb(90, 90, 95), 0, stand, w, pitch - stand);
    for (int i = 0; i < 150; i++) {
      oval(g, Palette.clothes(rnd), rnd.nextDouble(w), rnd.nextDouble(stand + 0.01 * h, pitch - 0.01 * h),
          0.006 * w, 0.006 * w);
    }
    for (int i = 0; i < 8; i++) {
      double y0 = pitch + (h - pitch) * i / 8.0;
      rect(g, i % 2 == 0 ? rgb(50, 140, 55) : rgb(70, 160, 65), 0, y0, w, (h - pitch) / 8.0 + 1);
    }
    Color chalk = rgb(245, 245, 245);
    double mid = pitch + (h - pitch) * 0.45;
    line(g, chalk, 0.008 * h, 0, pitch + 0.02 * h, w, pitch + 0.02 * h);
    line(g, chalk, 0.008 * h, w / 2, pitch + 0.02 * h, w / 2, h);
    outline(g, chalk, 0.008 * h, new Ellipse2D.Double(w / 2 - 0.18 * w, mid - 0.1 * h, 0.36 * w, 0.2 * h));
    return new Backdrop(new Band(pitch + 0.15 * h, 0.97 * h), new Band(pitch + 0.15 * h, 0.97 * h),
        new Band(0.05 * h, stand - 0.02 * h));
  }
}
