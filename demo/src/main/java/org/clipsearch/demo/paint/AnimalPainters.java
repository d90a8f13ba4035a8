package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.CubicCurve2D;
import java.util.SplittableRandom;

/** Trees, cows, horses, dogs, swans and ducks, side on, facing left or right. */
final class AnimalPainters {

  private AnimalPainters() {
  }

  static void tree(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    Color trunk = rgb(95, 65, 40);
    Color leaf = jitter(rgb(40, 115, 45), 20, rnd);
    if (rnd.nextInt(3) == 0) {
      rect(g, trunk, x - 0.04 * h, base - 0.2 * h, 0.08 * h, 0.2 * h);
      poly(g, dark(leaf), x, base - h, x - 0.3 * h, base - 0.15 * h, x + 0.3 * h, base - 0.15 * h);
      return;
    }
    poly(g, trunk, x - 0.06 * h, base, x - 0.035 * h, base - 0.55 * h, x + 0.035 * h, base - 0.55 * h,
        x + 0.06 * h, base);
    oval(g, leaf, x, base - 0.68 * h, 0.32 * h, 0.3 * h);
    oval(g, dark(leaf), x - 0.15 * h, base - 0.6 * h, 0.16 * h, 0.15 * h);
    oval(g, light(leaf), x + 0.1 * h, base - 0.78 * h, 0.14 * h, 0.12 * h);
  }

  static void cow(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double d = direction(rnd);
    double w = 1.6 * h;
    Color patch = c.getRed() > 200 ? rgb(40, 40, 40) : rgb(240, 240, 235);
    legs(g, c, x, base, w * 0.35, 0.4 * h, 0.08 * h);
    round(g, c, x - w * 0.38, base - 0.85 * h, w * 0.76, 0.5 * h, 0.2 * h);
    oval(g, patch, x - d * 0.12 * w, base - 0.65 * h, 0.12 * w, 0.13 * h);
    oval(g, patch, x + d * 0.15 * w, base - 0.72 * h, 0.08 * w, 0.09 * h);
    round(g, c, x + d * 0.38 * w - 0.12 * h, base - h, 0.24 * h, 0.35 * h, 0.15 * h);
    oval(g, rgb(230, 170, 160), x + d * 0.38 * w, base - 0.68 * h, 0.1 * h, 0.07 * h);
    line(g, rgb(220, 210, 190), 0.03 * h, x + d * 0.32 * w, base - h, x + d * 0.28 * w, base - 1.08 * h);
    line(g, c, 0.03 * h, x - d * 0.38 * w, base - 0.8 * h, x - d * 0.42 * w, base - 0.45 * h);
  }

  static void horse(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double d = direction(rnd);
    double w = 1.4 * h;
    legs(g, c, x, base, w * 0.3, 0.5 * h, 0.06 * h);
    oval(g, c, x, base - 0.62 * h, 0.36 * w, 0.16 * h);
    poly(g, c, x + d * 0.22 * w, base - 0.72 * h, x + d * 0.4 * w, base - h, x + d * 0.48 * w, base - 0.95 * h,
        x + d * 0.34 * w, base - 0.6 * h);
    poly(g, c, x + d * 0.4 * w, base - h, x + d * 0.62 * w, base - 0.82 * h, x + d * 0.56 * w, base - 0.76 * h,
        x + d * 0.38 * w, base - 0.86 * h);
    Color mane = c.getRed() > 200 ? rgb(150, 150, 150) : dark(c);
    line(g, mane, 0.05 * h, x + d * 0.24 * w, base - 0.76 * h, x + d * 0.4 * w, base - 1.0 * h);
    line(g, mane, 0.06 * h, x - d * 0.35 * w, base - 0.66 * h, x - d * 0.45 * w, base - 0.3 * h);
  }

  static void dog(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double d = direction(rnd);
    double w = 1.4 * h;
    legs(g, c, x, base, w * 0.3, 0.45 * h, 0.1 * h);
    round(g, c, x - 0.38 * w, base - 0.75 * h, 0.76 * w, 0.35 * h, 0.2 * h);
    oval(g, c, x + d * 0.38 * w, base - 0.82 * h, 0.2 * h, 0.18 * h);
    oval(g, c, x + d * 0.52 * w, base - 0.76 * h, 0.12 * h, 0.08 * h);
    oval(g, dark(c), x + d * 0.33 * w, base - 0.88 * h, 0.07 * h, 0.14 * h);
    line(g, c, 0.08 * h, x - d * 0.36 * w, base - 0.7 * h, x - d * 0.5 * w, base - h);
  }

  static void swan(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double d = direction(rnd);
    double w = 1.2 * h;
    poly(g, c, x - d * 0.5 * w, base - 0.55 * h, x + d * 0.3 * w, base - 0.3 * h, x + d * 0.25 * w, base,
        x - d * 0.3 * w, base);
    oval(g, c, x, base - 0.2 * h, 0.42 * w, 0.2 * h);
    g.setColor(c);
    g.setStroke(new java.awt.BasicStroke((float) (0.1 * h), java.awt.BasicStroke.CAP_ROUND,
        java.awt.BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Double(x + d * 0.25 * w, base - 0.3 * h, x + d * 0.5 * w, base - 0.5 * h,
        x + d * 0.1 * w, base - 0.9 * h, x + d * 0.3 * w, base - 0.95 * h));
    poly(g, rgb(240, 120, 20), x + d * 0.32 * w, base - 0.98 * h, x + d * 0.5 * w, base - 0.88 * h,
        x + d * 0.32 * w, base - 0.9 * h);
    oval(g, rgb(20, 20, 20), x + d * 0.3 * w, base - 0.95 * h, 0.04 * h, 0.04 * h);
  }

  static void duck(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double d = direction(rnd);
    double w = 1.2 * h;
    oval(g, c, x, base - 0.28 * h, 0.45 * w, 0.28 * h);
    poly(g, dark(c), x - d * 0.4 * w, base - 0.35 * h, x - d * 0.55 * w, base - 0.6 * h, x - d * 0.2 * w,
        base - 0.45 * h);
    oval(g, rgb(30, 110, 60), x + d * 0.3 * w, base - 0.72 * h, 0.26 * h, 0.24 * h);
    poly(g, rgb(240, 190, 30), x + d * 0.42 * w, base - 0.76 * h, x + d * 0.62 * w, base - 0.7 * h,
        x + d * 0.42 * w, base - 0.64 * h);
    line(g, rgb(240, 240, 235), 0.04 * h, x + d * 0.22 * w, base - 0.5 * h, x + d * 0.36 * w, base - 0.5 * h);
  }

  private static double direction(SplittableRandom rnd) {
    return rnd.nextBoolean() ? 1 : -1;
  }

  private static void legs(Graphics2D g, Color c, double x, double base, double half, double length,
      double width) {
    Color leg = dark(c);
    for (double dx : new double[] {-half, -half * 0.7, half * 0.7, half}) {
      line(g, leg, width, x + dx, base - length, x + dx, base);
    }
  }
}
