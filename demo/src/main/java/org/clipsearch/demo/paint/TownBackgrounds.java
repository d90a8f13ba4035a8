package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Map;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.ObjectKind;

/** Built-up scenes: street, church square, market, housing estate, factory, station, town with tower. */
final class TownBackgrounds {

  private static final Color PAVING = rgb(175, 165, 150);

  private TownBackgrounds() {
  }

  static Backdrop straat(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double vx = w * rnd.nextDouble(0.4, 0.6);
    double vy = h * rnd.nextDouble(0.4, 0.48);
    rect(g, rgb(150, 145, 140), 0, vy, w, h - vy);
    poly(g, rgb(75, 75, 80), vx - 0.02 * w, vy, vx + 0.02 * w, vy, w * 0.85, h, w * 0.15, h);
    line(g, rgb(235, 235, 230), 0.01 * h, vx, vy, w / 2 + (vx - w / 2) * 0.2, h);
    facades(g, w, h, vx, vy, true, rnd);
    facades(g, w, h, vx, vy, false, rnd);
    return new Backdrop(new Band(vy + 0.25 * h, 0.98 * h), new Band(vy + 0.25 * h, 0.98 * h),
        new Band(0.05 * h, 0.2 * h));
  }

  /** A row of houses along one side of a street, drawn in perspective towards ({@code vx}, {@code vy}). */
  private static void facades(Graphics2D g, double w, double h, double vx, double vy, boolean left,
      SplittableRandom rnd) {
    double edge = left ? 0 : w;
    double inner = left ? vx - 0.06 * w : vx + 0.06 * w;
    int houses = 5;
    for (int i = 0; i < houses; i++) {
      double t0 = Math.pow((double) i / houses, 0.6);
      double t1 = Math.pow((double) (i + 1) / houses, 0.6);
      double x0 = edge + (inner - edge) * t0;
      double x1 = edge + (inner - edge) * t1;
      double top0 = -0.1 * h + (vy - 0.12 * h + 0.1 * h) * t0;
      double top1 = -0.1 * h + (vy - 0.12 * h + 0.1 * h) * t1;
      double bottom0 = h * 0.92 + (vy + 0.02 * h - h * 0.92) * t0;
      double bottom1 = h * 0.92 + (vy + 0.02 * h - h * 0.92) * t1;
      var wall = jitter(rgb(150, 75, 55), 35, rnd);
      poly(g, wall, x0, top0, x1, top1, x1, bottom1, x0, bottom0);
      for (int row = 0; row < 3; row++) {
        double f0 = 0.15 + row * 0.25;
        double f1 = f0 + 0.13;
        double wx0 = x0 + (x1 - x0) * 0.25;
        double wx1 = x0 + (x1 - x0) * 0.7;
        poly(g, rgb(45, 50, 65), wx0, lerp(top0, bottom0, f0), wx1, lerp(top1, bottom1, f0) * 0.5
            + lerp(top0, bottom0, f0) * 0.5, wx1, lerp(top1, bottom1, f1) * 0.5 + lerp(top0, bottom0, f1) * 0.5,
            wx0, lerp(top0, bottom0, f1));
      }
    }
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  static Backdrop kerkBuiten(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.6, 0.68);
    rect(g, PAVING, 0, horizon, w, h - horizon);
    for (int i = 0; i < 12; i++) {
      double y = horizon + (h - horizon) * Math.pow(i / 12.0, 1.6);
      line(g, rgb(140, 130, 118), 0.003 * h, 0, y, w, y);
    }
    for (int i = -8; i <= 8; i++) {
      line(g, rgb(140, 130, 118), 0.003 * h, w / 2 + i * 0.03 * w, horizon, w / 2 + i * 0.2 * w, h);
    }
    for (int side = 0; side < 2; side++) {
      for (int i = 0; i < 3; i++) {
        double x = side == 0 ? w * (0.02 + 0.09 * i) : w * (0.71 + 0.09 * i);
        var wall = jitter(rgb(170, 150, 120), 25, rnd);
        rect(g, wall, x, horizon - 0.12 * h, 0.09 * w, 0.12 * h);
        poly(g, rgb(110, 50, 40), x, horizon - 0.12 * h, x + 0.045 * w, horizon - 0.18 * h, x + 0.09 * w,
            horizon - 0.12 * h);
      }
    }
    return new Backdrop(new Band(horizon + 0.15 * h, 0.97 * h), new Band(horizon + 0.15 * h, 0.97 * h),
        new Band(0.05 * h, 0.2 * h), Map.of(ObjectKind.CHURCH, new Band(horizon + 0.1 * h, horizon + 0.2 * h)));
  }

  static Backdrop markt(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.45, 0.52);
    rect(g, PAVING, 0, horizon, w, h - horizon);
    double x = 0;
    while (x < w) {
      double fw = w * rnd.nextDouble(0.07, 0.11);
      double fh = h * rnd.nextDouble(0.22, 0.3);
      var wall = jitter(rgb(140, 70, 50), 40, rnd);
      double top = horizon - fh;
      poly(g, wall, x, horizon, x, top, x + fw * 0.2, top, x + fw * 0.2, top - 0.03 * h, x + fw * 0.4,
          top - 0.03 * h, x + fw * 0.4, top - 0.06 * h, x + fw * 0.6, top - 0.06 * h, x + fw * 0.6,
          top - 0.03 * h, x + fw * 0.8, top - 0.03 * h, x + fw * 0.8, top, x + fw, top, x + fw, horizon);
      for (int row = 0; row < 3; row++) {
        rect(g, rgb(235, 235, 225), x + fw * 0.25, top + 0.02 * h + row * fh * 0.3, fw * 0.5, fh * 0.16);
      }
      x += fw;
    }
    return new Backdrop(new Band(horizon + 0.2 * h, 0.97 * h), new Band(horizon + 0.2 * h, 0.97 * h),
        new Band(0.05 * h, 0.15 * h));
  }

  static Backdrop woonwijk(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double horizon = h * rnd.nextDouble(0.45, 0.52);
    double unit = w * rnd.nextDouble(0.06, 0.09);
    var brick = jitter(rgb(160, 80, 60), 15, rnd);
    for (double x = 0; x < w; x += unit) {
      rect(g, brick, x, horizon - 0.1 * h, unit, 0.1 * h);
      poly(g, rgb(70, 70, 75), x, horizon - 0.1 * h, x + unit / 2, horizon - 0.16 * h, x + unit, horizon - 0.1 * h);
      rect(g, rgb(240, 240, 235), x + unit * 0.2, horizon - 0.08 * h, unit * 0.3, 0.035 * h);
      line(g, dark(brick), 0.003 * h, x, horizon - 0.1 * h, x, horizon);
    }
    rect(g, rgb(100, 160, 70), 0, horizon, w, 0.3 * (h - horizon));
    rect(g, rgb(165, 160, 155), 0, horizon + 0.3 * (h - horizon), w, 0.12 * (h - horizon));
    rect(g, rgb(90, 90, 95), 0, horizon + 0.42 * (h - horizon), w, h);
    return new Backdrop(new Band(horizon + 0.3 * (h - horizon), horizon + 0.55 * (h - horizon)),
        new Band(horizon + 0.3 * (h - horizon), 0.97 * h), new Band(0.05 * h, 0.2 * h),
        Map.of(ObjectKind.CAR, new Band(horizon + 0.6 * (h - horizon), 0.97 * h),
            ObjectKind.BICYCLE, new Band(horizon + 0.45 * (h - horizon), 0.97 * h)));
  }

  static Backdrop fabriek(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double roof = h * rnd.nextDouble(0.48, 0.56);
    double yard = h * rnd.nextDouble(0.72, 0.78);
    rect(g, alpha(rgb(120, 110, 100), 110), 0, 0, w, roof);
    int teeth = 6 + rnd.nextInt(4);
    double tw = w / teeth;
    rect(g, rgb(115, 60, 45), 0, roof, w, yard - roof);
    for (int i = 0; i < teeth; i++) {
      poly(g, rgb(70, 70, 75), i * tw, roof, i * tw, roof - 0.08 * h, (i + 1) * tw, roof);
      rect(g, rgb(200, 205, 210), i * tw + 0.01 * w, roof - 0.07 * h, 0.015 * w, 0.06 * h);
    }
    for (int i = 0; i < teeth * 2; i++) {
      rect(g, rgb(50, 50, 55), i * tw / 2 + tw * 0.12, roof + 0.06 * h, tw * 0.26, (yard - roof) * 0.4);
    }
    rect(g, rgb(85, 80, 75), 0, yard, w, h - yard);
    for (int i = 0; i < 2; i++) {
      double y = yard + (0.3 + 0.3 * i) * (h - yard);
      line(g, rgb(55, 50, 48), 0.01 * h, 0, y, w, y - 0.02 * h);
    }
    return new Backdrop(new Band(yard + 0.08 * h, 0.97 * h), new Band(yard + 0.08 * h, 0.97 * h),
        new Band(0.05 * h, 0.2 * h), Map.of(ObjectKind.CHIMNEY, new Band(roof + 0.05 * h, roof + 0.12 * h)));
  }

  static Backdrop treinStation(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double canopy = h * rnd.nextDouble(0.18, 0.25);
    double rail = h * rnd.nextDouble(0.62, 0.68);
    rect(g, rgb(120, 115, 110), 0, canopy, w, rail - canopy);
    rect(g, rgb(90, 80, 70), 0, rail - 0.03 * h, w, 0.06 * h);
    for (int i = 0; i < 30; i++) {
      rect(g, rgb(60, 45, 35), w * i / 30.0, rail - 0.02 * h, 0.012 * w, 0.04 * h);
    }
    line(g, rgb(170, 170, 175), 0.008 * h, 0, rail - 0.015 * h, w, rail - 0.015 * h);
    line(g, rgb(170, 170, 175), 0.008 * h, 0, rail + 0.015 * h, w, rail + 0.015 * h);
    rect(g, rgb(165, 160, 150), 0, rail + 0.03 * h, w, h - rail);
    rect(g, rgb(235, 200, 40), 0, rail + 0.03 * h, w, 0.015 * h);
    poly(g, rgb(50, 75, 65), 0, 0, w, 0, w, canopy, 0, canopy + 0.04 * h);
    for (int i = 0; i < 5; i++) {
      double x = w * (0.1 + 0.2 * i);
      line(g, rgb(40, 60, 55), 0.02 * w, x, canopy, x, h);
    }
    return new Backdrop(new Band(rail + 0.15 * h, 0.98 * h), new Band(rail + 0.15 * h, 0.98 * h),
        new Band(canopy + 0.05 * h, canopy + 0.1 * h), Map.of(ObjectKind.TRAIN, new Band(rail, rail + 0.001 * h)));
  }

  static Backdrop toren(Graphics2D g, double w, double h, SplittableRandom rnd) {
    double roofs = h * rnd.nextDouble(0.66, 0.74);
    rect(g, rgb(120, 70, 50), 0, roofs, w, h - roofs);
    for (int row = 0; row < 3; row++) {
      double y = roofs + row * 0.09 * h;
      double rw = w * (0.08 + 0.03 * row);
      for (double x = -rnd.nextDouble(rw); x < w; x += rw) {
        var tile = jitter(rgb(165, 70, 45), 25, rnd);
        poly(g, tile, x, y + 0.1 * h, x + rw / 2, y, x + rw, y + 0.1 * h);
        rect(g, jitter(rgb(215, 205, 185), 15, rnd), x + rw * 0.15, y + 0.1 * h, rw * 0.7, 0.08 * h);
        rect(g, rgb(60, 60, 70), x + rw * 0.4, y + 0.12 * h, rw * 0.2, 0.04 * h);
      }
    }
    return new Backdrop(new Band(roofs + 0.05 * h, 0.97 * h), new Band(roofs + 0.05 * h, 0.97 * h),
        new Band(0.05 * h, 0.3 * h), Map.of(ObjectKind.TOWER, new Band(roofs + 0.08 * h, roofs + 0.15 * h)));
  }
}
