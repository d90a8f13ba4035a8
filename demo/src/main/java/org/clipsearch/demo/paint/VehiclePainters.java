package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.SplittableRandom;

/** Boats, cars, buses, trucks, trains, aeroplanes and bicycles, side on. */
final class VehiclePainters {

  private static final Color GLASS = rgb(170, 205, 230);
  private static final Color TYRE = rgb(20, 20, 20);

  private VehiclePainters() {
  }

  static void boat(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.8 * h;
    poly(g, c, x - w / 2, base - 0.5 * h, x + w / 2, base - 0.55 * h, x + 0.35 * w, base, x - 0.4 * w, base);
    rect(g, dark(c), x - w / 2, base - 0.5 * h, w, 0.08 * h);
    rect(g, rgb(240, 240, 235), x - 0.2 * w, base - 0.85 * h, 0.3 * w, 0.35 * h);
    rect(g, GLASS, x - 0.15 * w, base - 0.78 * h, 0.2 * w, 0.14 * h);
    line(g, rgb(40, 40, 40), 0.05 * h, x + 0.05 * w, base - 0.85 * h, x + 0.05 * w, base - 1.0 * h);
  }

  static void sailboat(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.9 * h;
    poly(g, rgb(60, 45, 35), x - 0.55 * w, base - 0.18 * h, x + 0.55 * w, base - 0.18 * h, x + 0.4 * w, base,
        x - 0.4 * w, base);
    line(g, rgb(50, 40, 30), 0.03 * h, x, base - 0.18 * h, x, base - h);
    poly(g, c, x + 0.03 * w, base - h, x + 0.5 * w, base - 0.24 * h, x + 0.03 * w, base - 0.24 * h);
    poly(g, mix(c, Color.WHITE, 0.25), x - 0.03 * w, base - 0.9 * h, x - 0.45 * w, base - 0.24 * h,
        x - 0.03 * w, base - 0.24 * h);
  }

  static void car(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 2.0 * h;
    round(g, c, x - w / 2, base - 0.62 * h, w, 0.42 * h, 0.2 * h);
    poly(g, c, x - 0.28 * w, base - 0.6 * h, x - 0.18 * w, base - h, x + 0.2 * w, base - h,
        x + 0.32 * w, base - 0.6 * h);
    poly(g, GLASS, x - 0.22 * w, base - 0.62 * h, x - 0.15 * w, base - 0.92 * h, x + 0.17 * w, base - 0.92 * h,
        x + 0.26 * w, base - 0.62 * h);
    line(g, c, 0.05 * h, x, base - 0.62 * h, x, base - 0.95 * h);
    wheel(g, x - 0.3 * w, base - 0.2 * h, 0.2 * h);
    wheel(g, x + 0.3 * w, base - 0.2 * h, 0.2 * h);
  }

  static void bus(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 2.6 * h;
    round(g, c, x - w / 2, base - h, w, 0.85 * h, 0.15 * h);
    for (int i = 0; i < 6; i++) {
      rect(g, GLASS, x - 0.45 * w + i * 0.15 * w, base - 0.9 * h, 0.12 * w, 0.3 * h);
    }
    rect(g, rgb(235, 235, 230), x - w / 2, base - 0.5 * h, w, 0.06 * h);
    wheel(g, x - 0.32 * w, base - 0.17 * h, 0.17 * h);
    wheel(g, x + 0.32 * w, base - 0.17 * h, 0.17 * h);
  }

  static void truck(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 2.2 * h;
    rect(g, rgb(200, 200, 195), x - w / 2, base - h, 0.68 * w, 0.8 * h);
    outline(g, dark(c), 0.03 * h, new java.awt.geom.Rectangle2D.Double(x - w / 2, base - h, 0.68 * w, 0.8 * h));
    round(g, c, x + 0.2 * w, base - 0.8 * h, 0.3 * w, 0.6 * h, 0.1 * h);
    rect(g, GLASS, x + 0.32 * w, base - 0.72 * h, 0.15 * w, 0.22 * h);
    rect(g, c, x - w / 2, base - 0.3 * h, w, 0.1 * h);
    wheel(g, x - 0.32 * w, base - 0.17 * h, 0.17 * h);
    wheel(g, x + 0.35 * w, base - 0.17 * h, 0.17 * h);
  }

  static void train(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 4.0 * h;
    var body = polygon(x - w / 2, base - h, x + 0.42 * w, base - h, x + w / 2, base - 0.5 * h,
        x + w / 2, base - 0.15 * h, x - w / 2, base - 0.15 * h);
    fill(g, c, body);
    outline(g, dark(c), 0.04 * h, body);
    for (int i = 0; i < 9; i++) {
      rect(g, GLASS, x - 0.47 * w + i * 0.1 * w, base - 0.85 * h, 0.07 * w, 0.3 * h);
    }
    rect(g, dark(c), x - w / 2, base - 0.35 * h, w, 0.08 * h);
    for (int i = 0; i < 6; i++) {
      wheel(g, x - 0.42 * w + i * 0.17 * w, base - 0.1 * h, 0.1 * h);
    }
  }

  static void aeroplane(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.6 * h;
    poly(g, dark(c), x - 0.05 * w, base - 0.5 * h, x + 0.15 * w, base - 0.5 * h, x - 0.2 * w, base,
        x - 0.35 * w, base);
    round(g, c, x - w / 2, base - 0.62 * h, w, 0.24 * h, 0.24 * h);
    poly(g, c, x - 0.5 * w, base - 0.55 * h, x - 0.42 * w, base - h, x - 0.3 * w, base - h, x - 0.3 * w,
        base - 0.55 * h);
    poly(g, dark(c), x - 0.05 * w, base - 0.55 * h, x + 0.1 * w, base - 0.55 * h, x - 0.15 * w, base - 0.9 * h,
        x - 0.25 * w, base - 0.9 * h);
    for (int i = 0; i < 5; i++) {
      oval(g, GLASS, x - 0.2 * w + i * 0.1 * w, base - 0.53 * h, 0.025 * w, 0.025 * w);
    }
    oval(g, GLASS, x + 0.44 * w, base - 0.53 * h, 0.04 * w, 0.05 * h);
  }

  static void bicycle(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double r = 0.3 * h;
    double back = x - 0.5 * h;
    double front = x + 0.5 * h;
    double hub = base - r;
    ring(g, back, hub, r, 0.07 * h);
    ring(g, front, hub, r, 0.07 * h);
    double seatX = x - 0.15 * h;
    double seatY = base - 0.95 * h;
    double crankX = x - 0.05 * h;
    line(g, c, 0.09 * h, back, hub, crankX, hub);
    line(g, c, 0.09 * h, back, hub, seatX, seatY + 0.1 * h);
    line(g, c, 0.09 * h, crankX, hub, seatX, seatY + 0.1 * h);
    line(g, c, 0.09 * h, crankX, hub, front - 0.12 * h, seatY + 0.12 * h);
    line(g, c, 0.09 * h, seatX, seatY + 0.12 * h, front - 0.12 * h, seatY + 0.12 * h);
    line(g, c, 0.08 * h, front, hub, front - 0.15 * h, seatY);
    line(g, TYRE, 0.08 * h, seatX - 0.1 * h, seatY, seatX + 0.1 * h, seatY);
    line(g, TYRE, 0.07 * h, front - 0.22 * h, seatY - 0.02 * h, front - 0.08 * h, seatY - 0.02 * h);
  }

  private static void ring(Graphics2D g, double cx, double cy, double r, double width) {
    outline(g, TYRE, width, new java.awt.geom.Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
  }

  private static void wheel(Graphics2D g, double cx, double cy, double r) {
    oval(g, TYRE, cx, cy, r, r);
    oval(g, rgb(150, 150, 150), cx, cy, r * 0.45, r * 0.45);
  }
}
