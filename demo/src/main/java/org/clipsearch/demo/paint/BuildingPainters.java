package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Houses, churches, windmills, towers, chimneys, bridges and cranes. */
final class BuildingPainters {

  private static final Color WINDOW = rgb(60, 70, 90);
  private static final Color STONE = rgb(150, 145, 135);
  private static final Color ROOF = rgb(110, 45, 35);

  private BuildingPainters() {
  }

  static void house(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.75 * h;
    Color roof = c.getRed() > 150 && c.getGreen() < 100 ? rgb(60, 60, 65) : ROOF;
    rect(g, c, x - w / 2, base - 0.6 * h, w, 0.6 * h);
    outline(g, dark(c), 0.02 * h, new Rectangle2D.Double(x - w / 2, base - 0.6 * h, w, 0.6 * h));
    poly(g, roof, x - 0.58 * w, base - 0.58 * h, x, base - h, x + 0.58 * w, base - 0.58 * h);
    Color glass = light(WINDOW);
    rect(g, glass, x - 0.35 * w, base - 0.5 * h, 0.22 * w, 0.18 * h);
    rect(g, glass, x + 0.13 * w, base - 0.5 * h, 0.22 * w, 0.18 * h);
    rect(g, rgb(70, 45, 30), x - 0.1 * w, base - 0.27 * h, 0.2 * w, 0.27 * h);
  }

  static void church(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    Color stone = STONE;
    double nave = 0.8 * h;
    boolean towerLeft = rnd.nextBoolean();
    double towerX = x + (towerLeft ? -0.28 : 0.28) * nave;
    rect(g, stone, x - nave / 2, base - 0.42 * h, nave, 0.42 * h);
    poly(g, rgb(70, 70, 80), x - nave / 2 - 0.02 * h, base - 0.42 * h, x, base - 0.62 * h,
        x + nave / 2 + 0.02 * h, base - 0.42 * h);
    rect(g, mix(stone, Color.BLACK, 0.1), towerX - 0.1 * h, base - 0.72 * h, 0.2 * h, 0.72 * h);
    poly(g, rgb(60, 65, 75), towerX - 0.12 * h, base - 0.72 * h, towerX, base - h, towerX + 0.12 * h,
        base - 0.72 * h);
    line(g, rgb(200, 170, 60), 0.015 * h, towerX, base - h, towerX, base - 1.06 * h);
    oval(g, rgb(230, 225, 210), towerX, base - 0.6 * h, 0.05 * h, 0.05 * h);
    for (int i = 0; i < 3; i++) {
      double wx = x + (towerLeft ? -0.05 : -0.35) * nave + i * 0.15 * nave;
      fill(g, WINDOW, new java.awt.geom.RoundRectangle2D.Double(wx, base - 0.34 * h, 0.08 * nave, 0.18 * h,
          0.08 * nave, 0.08 * nave));
    }
    fill(g, rgb(70, 45, 30), new java.awt.geom.RoundRectangle2D.Double(towerX - 0.05 * h, base - 0.16 * h,
        0.1 * h, 0.16 * h, 0.1 * h, 0.1 * h));
  }

  static void windmill(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    poly(g, rgb(70, 60, 55), x - 0.17 * h, base, x - 0.09 * h, base - 0.55 * h, x + 0.09 * h, base - 0.55 * h,
        x + 0.17 * h, base);
    rect(g, rgb(120, 110, 95), x - 0.2 * h, base - 0.22 * h, 0.4 * h, 0.04 * h);
    oval(g, rgb(50, 45, 45), x, base - 0.57 * h, 0.1 * h, 0.07 * h);
    rect(g, rgb(230, 225, 210), x - 0.03 * h, base - 0.12 * h, 0.06 * h, 0.12 * h);
    double hubX = x;
    double hubY = base - 0.6 * h;
    double angle = rnd.nextDouble(0, Math.PI / 2);
    for (int i = 0; i < 4; i++) {
      double a = angle + i * Math.PI / 2;
      double ex = hubX + Math.cos(a) * 0.45 * h;
      double ey = hubY + Math.sin(a) * 0.45 * h;
      line(g, rgb(40, 30, 25), 0.03 * h, hubX, hubY, ex, ey);
      double px = -Math.sin(a) * 0.08 * h;
      double py = Math.cos(a) * 0.08 * h;
      double sx = hubX + Math.cos(a) * 0.1 * h;
      double sy = hubY + Math.sin(a) * 0.1 * h;
      poly(g, rgb(235, 230, 215), sx, sy, ex, ey, ex + px, ey + py, sx + px, sy + py);
      for (int k = 1; k < 5; k++) {
        double t = 0.1 + k * 0.07;
        line(g, rgb(90, 70, 60), 0.01 * h, hubX + Math.cos(a) * t * h, hubY + Math.sin(a) * t * h,
            hubX + Math.cos(a) * t * h + px, hubY + Math.sin(a) * t * h + py);
      }
    }
    oval(g, rgb(30, 25, 20), hubX, hubY, 0.03 * h, 0.03 * h);
  }

  static void tower(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.26 * h;
    rect(g, c, x - w / 2, base - 0.8 * h, w, 0.8 * h);
    outline(g, dark(c), 0.012 * h, new Rectangle2D.Double(x - w / 2, base - 0.8 * h, w, 0.8 * h));
    rect(g, dark(c), x - w / 2 - 0.02 * h, base - 0.82 * h, w + 0.04 * h, 0.04 * h);
    if (rnd.nextBoolean()) {
      poly(g, rgb(50, 80, 70), x - w / 2, base - 0.82 * h, x, base - h, x + w / 2, base - 0.82 * h);
    } else {
      rect(g, c, x - w * 0.35, base - 0.95 * h, w * 0.7, 0.13 * h);
      oval(g, rgb(50, 80, 70), x, base - 0.95 * h, w * 0.35, 0.05 * h);
    }
    oval(g, rgb(240, 235, 220), x, base - 0.68 * h, w * 0.3, w * 0.3);
    line(g, Color.BLACK, 0.01 * h, x, base - 0.68 * h, x, base - 0.68 * h - w * 0.22);
    for (int i = 0; i < 4; i++) {
      rect(g, WINDOW, x - w * 0.12, base - 0.5 * h + i * 0.11 * h, w * 0.24, 0.06 * h);
    }
  }

  static void chimney(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    Color brick = rgb(140, 65, 45);
    poly(g, brick, x - 0.07 * h, base, x - 0.04 * h, base - h, x + 0.04 * h, base - h, x + 0.07 * h, base);
    rect(g, rgb(40, 35, 35), x - 0.05 * h, base - h, 0.1 * h, 0.05 * h);
    for (int i = 0; i < 3; i++) {
      rect(g, rgb(230, 225, 215), x - 0.055 * h + i * 0.002 * h, base - 0.85 * h + i * 0.25 * h, 0.11 * h - i * 0.004 * h,
          0.025 * h);
    }
    double drift = rnd.nextBoolean() ? 1 : -1;
    for (int i = 0; i < 5; i++) {
      oval(g, alpha(rgb(120, 115, 110), 170), x + drift * i * 0.07 * h, base - h - 0.05 * h - i * 0.04 * h,
          0.05 * h + i * 0.02 * h, 0.04 * h + i * 0.012 * h);
    }
  }

  static void tent(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.2 * h;
    Color white = rgb(245, 240, 230);
    for (int i = 0; i < 8; i++) {
      double x0 = x - w / 2 + i * w / 8;
      rect(g, i % 2 == 0 ? c : white, x0, base - 0.45 * h, w / 8 + 0.5, 0.45 * h);
    }
    for (int i = 0; i < 8; i++) {
      double x0 = x - w / 2 + i * w / 8;
      poly(g, i % 2 == 0 ? white : c, x, base - 0.9 * h, x0, base - 0.45 * h, x0 + w / 8 + 0.5, base - 0.45 * h);
    }
    poly(g, dark(c), x - 0.1 * w, base, x, base - 0.3 * h, x + 0.1 * w, base);
    line(g, rgb(60, 50, 40), 0.015 * h, x, base - 0.9 * h, x, base - h);
    poly(g, c, x, base - h, x + 0.12 * h, base - 0.97 * h, x, base - 0.94 * h);
  }

  static void marketStall(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.3 * h;
    Color wood = rgb(130, 90, 50);
    line(g, wood, 0.04 * h, x - 0.45 * w, base, x - 0.45 * w, base - 0.75 * h);
    line(g, wood, 0.04 * h, x + 0.45 * w, base, x + 0.45 * w, base - 0.75 * h);
    rect(g, wood, x - 0.48 * w, base - 0.45 * h, 0.96 * w, 0.3 * h);
    for (int i = 0; i < 6; i++) {
      oval(g, i % 2 == 0 ? rgb(220, 120, 30) : rgb(90, 160, 50), x - 0.35 * w + i * 0.14 * w, base - 0.48 * h,
          0.06 * w, 0.05 * h);
    }
    Color white = rgb(245, 245, 240);
    for (int i = 0; i < 6; i++) {
      double x0 = x - w / 2 + i * w / 6;
      poly(g, i % 2 == 0 ? c : white, x0, base - 0.75 * h, x0 + w / 6 + 0.5, base - 0.75 * h, x0 + w / 6 + 0.5,
          base - h, x0 + w / 12, base - 0.98 * h);
      oval(g, i % 2 == 0 ? c : white, x0 + w / 12, base - 0.75 * h, w / 12, 0.05 * h);
    }
  }

  static void ferrisWheel(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double r = 0.42 * h;
    double cy = base - h + r;
    line(g, rgb(90, 90, 95), 0.04 * h, x, cy, x - 0.3 * h, base);
    line(g, rgb(90, 90, 95), 0.04 * h, x, cy, x + 0.3 * h, base);
    outline(g, c, 0.035 * h, new Ellipse2D.Double(x - r, cy - r, 2 * r, 2 * r));
    outline(g, c, 0.02 * h, new Ellipse2D.Double(x - r * 0.55, cy - r * 0.55, 1.1 * r, 1.1 * r));
    double turn = rnd.nextDouble(0, Math.PI / 6);
    for (int i = 0; i < 12; i++) {
      double a = turn + i * Math.PI / 6;
      double ex = x + Math.cos(a) * r;
      double ey = cy + Math.sin(a) * r;
      line(g, c, 0.012 * h, x, cy, ex, ey);
      round(g, i % 2 == 0 ? rgb(240, 240, 235) : dark(c), ex - 0.045 * h, ey, 0.09 * h, 0.07 * h, 0.03 * h);
    }
    oval(g, dark(c), x, cy, 0.04 * h, 0.04 * h);
  }

  static void carousel(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.2 * h;
    Color white = rgb(245, 240, 230);
    rect(g, rgb(120, 90, 60), x - w / 2, base - 0.12 * h, w, 0.12 * h);
    for (int i = 0; i < 5; i++) {
      double px = x - 0.4 * w + i * 0.2 * w;
      line(g, rgb(220, 190, 80), 0.025 * h, px, base - 0.12 * h, px, base - 0.65 * h);
      oval(g, i % 2 == 0 ? white : rgb(120, 80, 50), px, base - 0.32 * h - (i % 2) * 0.08 * h, 0.07 * w,
          0.06 * h);
    }
    rect(g, c, x - w / 2, base - 0.72 * h, w, 0.08 * h);
    for (int i = 0; i < 8; i++) {
      double x0 = x - w / 2 + i * w / 8;
      poly(g, i % 2 == 0 ? c : white, x, base - h, x0, base - 0.72 * h, x0 + w / 8 + 0.5, base - 0.72 * h);
    }
  }

  static void gravestone(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.7 * h;
    Color stone = jitter(rgb(150, 150, 148), 12, rnd);
    var slab = new Area(new Rectangle2D.Double(x - w / 2, base - 0.7 * h, w, 0.7 * h));
    slab.add(new Area(new Ellipse2D.Double(x - w / 2, base - h, w, 0.6 * h)));
    fill(g, stone, slab);
    outline(g, dark(stone), 0.03 * h, slab);
    line(g, dark(stone), 0.06 * h, x, base - 0.8 * h, x, base - 0.35 * h);
    line(g, dark(stone), 0.06 * h, x - 0.15 * h, base - 0.65 * h, x + 0.15 * h, base - 0.65 * h);
  }

  static void bridge(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 3.0 * h;
    var body = new Area(new Rectangle2D.Double(x - w / 2, base - h, w, h));
    int arches = 3;
    for (int i = 0; i < arches; i++) {
      double ax = x - w / 2 + (i + 0.5) * w / arches;
      body.subtract(new Area(new Ellipse2D.Double(ax - 0.4 * w / arches, base - 0.7 * h, 0.8 * w / arches,
          1.4 * h)));
    }
    fill(g, c, body);
    outline(g, dark(c), 0.03 * h, body);
    rect(g, dark(c), x - w / 2, base - h, w, 0.1 * h);
    for (int i = 0; i <= 12; i++) {
      double px = x - w / 2 + i * w / 12;
      line(g, dark(c), 0.025 * h, px, base - h, px, base - 1.25 * h);
    }
    line(g, dark(c), 0.03 * h, x - w / 2, base - 1.25 * h, x + w / 2, base - 1.25 * h);
  }

  static void crane(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double dir = rnd.nextBoolean() ? 1 : -1;
    line(g, c, 0.04 * h, x - 0.15 * h, base, x - 0.05 * h, base - 0.3 * h);
    line(g, c, 0.04 * h, x + 0.15 * h, base, x + 0.05 * h, base - 0.3 * h);
    rect(g, c, x - 0.06 * h, base - 0.8 * h, 0.12 * h, 0.5 * h);
    for (int i = 0; i < 5; i++) {
      line(g, dark(c), 0.015 * h, x - 0.06 * h, base - 0.3 * h - i * 0.1 * h, x + 0.06 * h, base - 0.4 * h - i * 0.1 * h);
    }
    rect(g, dark(c), x - 0.1 * h, base - 0.9 * h, 0.2 * h, 0.12 * h);
    line(g, c, 0.04 * h, x, base - 0.86 * h, x + dir * 0.6 * h, base - h);
    line(g, c, 0.04 * h, x, base - 0.86 * h, x - dir * 0.2 * h, base - 0.9 * h);
    line(g, rgb(30, 30, 30), 0.01 * h, x + dir * 0.55 * h, base - 0.99 * h, x + dir * 0.55 * h, base - 0.5 * h);
    rect(g, rgb(30, 30, 30), x + dir * 0.55 * h - 0.03 * h, base - 0.5 * h, 0.06 * h, 0.05 * h);
  }
}
