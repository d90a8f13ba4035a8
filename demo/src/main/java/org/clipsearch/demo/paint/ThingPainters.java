package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.util.SplittableRandom;

/** People as objects, lamp posts, flags, kites, balloons, beach umbrellas, benches and football goals. */
final class ThingPainters {

  private ThingPainters() {
  }

  static void person(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    var facing = Figure.Facing.values()[rnd.nextInt(4)];
    var figure = Figure.standing(x, base, h, facing, c).colored(Palette.skin(rnd), Palette.hair(rnd));
    FigurePainter.paint(g, rnd.nextInt(3) == 0 ? figure.inDress() : figure);
  }

  static void player(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    var facing = rnd.nextBoolean() ? Figure.Facing.LEFT : Figure.Facing.RIGHT;
    var figure = Figure.standing(x, base, h, facing, c).walking()
        .arms(rnd.nextDouble(20, 70), rnd.nextDouble(20, 70)).leaning(rnd.nextDouble(-10, 10));
    FigurePainter.paint(g, figure);
    oval(g, rgb(250, 250, 250), x + (facing == Figure.Facing.RIGHT ? 0.25 : -0.25) * h, base - 0.06 * h,
        0.06 * h, 0.06 * h);
  }

  static void skater(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    boolean right = rnd.nextBoolean();
    var figure = Figure.standing(x, base, h, right ? Figure.Facing.RIGHT : Figure.Facing.LEFT, c).walking()
        .arms(right ? 40 : 150, right ? 150 : 40).leaning(right ? 18 : -18);
    FigurePainter.paint(g, figure);
    line(g, rgb(200, 200, 210), 0.03 * h, x - 0.3 * h, base, x + 0.3 * h, base);
  }

  static void lampPost(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    line(g, c, 0.05 * h, x, base, x, base - 0.85 * h);
    line(g, c, 0.09 * h, x, base, x, base - 0.08 * h);
    poly(g, c, x - 0.09 * h, base - 0.85 * h, x + 0.09 * h, base - 0.85 * h, x + 0.06 * h, base - h,
        x - 0.06 * h, base - h);
    rect(g, rgb(250, 225, 140), x - 0.06 * h, base - 0.97 * h, 0.12 * h, 0.1 * h);
  }

  static void flag(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    line(g, rgb(220, 220, 220), 0.025 * h, x, base, x, base - h);
    double dir = rnd.nextBoolean() ? 1 : -1;
    double wave = 0.04 * h;
    poly(g, c, x, base - h, x + dir * 0.25 * h, base - h + wave, x + dir * 0.5 * h, base - h,
        x + dir * 0.5 * h, base - 0.7 * h, x + dir * 0.25 * h, base - 0.7 * h + wave, x, base - 0.7 * h);
  }

  static void kite(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double top = base - h;
    var diamond = polygon(x, top, x + 0.3 * h, top + 0.3 * h, x, top + 0.75 * h, x - 0.3 * h, top + 0.3 * h);
    fill(g, c, diamond);
    outline(g, dark(c), 0.02 * h, diamond);
    line(g, dark(c), 0.015 * h, x, top, x, top + 0.75 * h);
    line(g, dark(c), 0.015 * h, x - 0.3 * h, top + 0.3 * h, x + 0.3 * h, top + 0.3 * h);
    double tx = x;
    double ty = top + 0.75 * h;
    for (int i = 0; i < 4; i++) {
      double nx = tx + (i % 2 == 0 ? 0.06 : -0.06) * h;
      double ny = ty + 0.07 * h;
      line(g, rgb(60, 60, 60), 0.01 * h, tx, ty, nx, ny);
      poly(g, light(c), nx - 0.03 * h, ny - 0.02 * h, nx + 0.03 * h, ny + 0.02 * h, nx + 0.03 * h,
          ny - 0.02 * h, nx - 0.03 * h, ny + 0.02 * h);
      tx = nx;
      ty = ny;
    }
  }

  static void balloon(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    line(g, rgb(80, 80, 80), 0.015 * h, x, base - 0.45 * h, x + 0.05 * h, base);
    oval(g, c, x, base - 0.73 * h, 0.27 * h, 0.3 * h);
    oval(g, light(c), x - 0.09 * h, base - 0.84 * h, 0.06 * h, 0.08 * h);
  }

  static void umbrella(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 1.2 * h;
    line(g, rgb(230, 230, 225), 0.04 * h, x, base, x, base - 0.8 * h);
    for (int i = 0; i < 6; i++) {
      fill(g, i % 2 == 0 ? c : rgb(250, 250, 245),
          new Arc2D.Double(x - w / 2, base - 1.1 * h, w, 0.7 * h, i * 30, 30, Arc2D.PIE));
    }
  }

  static void bench(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 2.0 * h;
    Color iron = rgb(40, 40, 40);
    line(g, iron, 0.08 * h, x - 0.4 * w, base, x - 0.4 * w, base - 0.5 * h);
    line(g, iron, 0.08 * h, x + 0.4 * w, base, x + 0.4 * w, base - 0.5 * h);
    rect(g, c, x - w / 2, base - 0.55 * h, w, 0.14 * h);
    rect(g, c, x - w / 2, base - 0.95 * h, w, 0.14 * h);
    rect(g, c, x - w / 2, base - 0.75 * h, w, 0.12 * h);
    line(g, iron, 0.06 * h, x - 0.4 * w, base - 0.5 * h, x - 0.4 * w, base - h);
    line(g, iron, 0.06 * h, x + 0.4 * w, base - 0.5 * h, x + 0.4 * w, base - h);
  }

  static void footballGoal(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 2.4 * h;
    Color net = alpha(rgb(230, 230, 230), 150);
    for (int i = 1; i < 12; i++) {
      line(g, net, 0.012 * h, x - w / 2 + i * w / 12, base - h, x - w / 2 + i * w / 12 + 0.05 * h, base);
    }
    for (int i = 1; i < 5; i++) {
      line(g, net, 0.012 * h, x - w / 2, base - h + i * h / 5, x + w / 2, base - h + i * h / 5);
    }
    line(g, c, 0.07 * h, x - w / 2, base, x - w / 2, base - h);
    line(g, c, 0.07 * h, x + w / 2, base, x + w / 2, base - h);
    line(g, c, 0.07 * h, x - w / 2, base - h, x + w / 2, base - h);
  }
}
