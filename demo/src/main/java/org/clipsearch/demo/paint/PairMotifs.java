package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.SplittableRandom;

import org.clipsearch.demo.paint.Figure.Facing;

/** Motifs of two people: handshake, hug, kiss, duel, autograph, signing a contract, pietà. */
final class PairMotifs {

  private PairMotifs() {
  }

  static void handshake(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    var left = person(x - 0.3 * s, base, s, Facing.RIGHT, rnd).arms(10, 62);
    var right = person(x + 0.3 * s, base, s, Facing.LEFT, rnd).arms(62, 10);
    FigurePainter.paint(g, left);
    FigurePainter.paint(g, right);
    double[] hand = left.hand(false);
    oval(g, Palette.SKIN, hand[0] + 0.01 * s, hand[1], 0.07 * s, 0.05 * s);
  }

  static void hug(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    var left = person(x - 0.1 * s, base, s, Facing.RIGHT, rnd);
    var right = person(x + 0.1 * s, base, s * 0.95, Facing.LEFT, rnd).inDress();
    FigurePainter.paint(g, left.arms(10, 10));
    FigurePainter.paint(g, right.arms(10, 10));
    double y = base - 0.68 * s;
    line(g, left.clothes(), 0.085 * s, x - 0.2 * s, y, x + 0.25 * s, y + 0.02 * s);
    line(g, right.clothes(), 0.085 * s, x + 0.2 * s, y - 0.06 * s, x - 0.22 * s, y - 0.05 * s);
  }

  static void kiss(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    var left = person(x - 0.12 * s, base, s, Facing.RIGHT, rnd).arms(10, 70).leaning(7);
    var right = person(x + 0.12 * s, base, s * 0.93, Facing.LEFT, rnd).inDress().arms(70, 10).leaning(-7);
    FigurePainter.paint(g, left);
    FigurePainter.paint(g, right);
    oval(g, rgb(220, 40, 60), x, base - 0.95 * s, 0.06 * s, 0.05 * s);
  }

  static void duel(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    var left = person(x - 1.0 * s, base, s, Facing.RIGHT, rnd).arms(10, 92).walking();
    var right = person(x + 1.0 * s, base, s, Facing.LEFT, rnd).arms(92, 10).walking();
    FigurePainter.paint(g, left);
    FigurePainter.paint(g, right);
    double[] a = left.hand(false);
    double[] b = right.hand(true);
    Color steel = rgb(200, 200, 210);
    line(g, steel, 0.025 * s, a[0], a[1], a[0] + 0.45 * s, a[1] - 0.05 * s);
    line(g, steel, 0.025 * s, b[0], b[1], b[0] - 0.45 * s, b[1] - 0.05 * s);
    line(g, rgb(120, 110, 90), 0.01 * s, x - 0.9 * s, base + 0.01 * s, x + 0.9 * s, base + 0.01 * s);
  }

  static void autograph(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    for (int i = 0; i < 4; i++) {
      FigurePainter.paint(g, person(x - 0.4 * s + i * 0.28 * s, base - 0.12 * s, 0.75 * s, Facing.FRONT, rnd)
          .arms(20, 20));
    }
    var star = person(x - 0.28 * s, base, s, Facing.RIGHT, rnd).arms(10, 55);
    var fan = person(x + 0.3 * s, base, 0.8 * s, Facing.LEFT, rnd).arms(75, 20);
    FigurePainter.paint(g, star);
    FigurePainter.paint(g, fan);
    double[] book = fan.hand(true);
    rect(g, rgb(250, 250, 245), book[0] - 0.14 * s, book[1] - 0.1 * s, 0.16 * s, 0.12 * s);
    double[] pen = star.hand(false);
    line(g, Color.BLACK, 0.02 * s, pen[0], pen[1], pen[0] + 0.08 * s, pen[1] - 0.02 * s);
  }

  static void signingContract(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double tableTop = base - 0.42 * s;
    FigurePainter.paint(g, person(x, base - 0.1 * s, s, Facing.FRONT, rnd).arms(15, 15));
    FigurePainter.paint(g, person(x - 0.42 * s, base - 0.05 * s, 0.85 * s, Facing.FRONT, rnd).arms(35, 10));
    FigurePainter.paint(g, person(x + 0.42 * s, base - 0.05 * s, 0.85 * s, Facing.FRONT, rnd).arms(10, 35));
    Color wood = rgb(110, 70, 35);
    rect(g, wood, x - 0.75 * s, tableTop, 1.5 * s, 0.08 * s);
    rect(g, dark(wood), x - 0.7 * s, tableTop + 0.08 * s, 1.4 * s, 0.3 * s);
    rect(g, rgb(250, 250, 245), x - 0.55 * s, tableTop - 0.02 * s, 0.3 * s, 0.05 * s);
    rect(g, rgb(250, 250, 245), x + 0.25 * s, tableTop - 0.02 * s, 0.3 * s, 0.05 * s);
    line(g, Color.BLACK, 0.02 * s, x - 0.4 * s, tableTop - 0.01 * s, x - 0.3 * s, tableTop - 0.12 * s);
  }

  static void pieta(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    Color cloak = rgb(40, 70, 140);
    poly(g, cloak, x - 0.45 * s, base, x - 0.15 * s, base - 0.78 * s, x + 0.15 * s, base - 0.78 * s,
        x + 0.45 * s, base);
    oval(g, Palette.SKIN, x, base - 0.86 * s, 0.09 * s, 0.1 * s);
    fill(g, cloak, new java.awt.geom.Arc2D.Double(x - 0.13 * s, base - 1.0 * s, 0.26 * s, 0.3 * s, 0, 180,
        java.awt.geom.Arc2D.CHORD));
    double lap = base - 0.4 * s;
    Color pale = rgb(235, 225, 215);
    line(g, pale, 0.13 * s, x - 0.5 * s, lap - 0.05 * s, x + 0.4 * s, lap);
    rect(g, rgb(250, 250, 245), x - 0.15 * s, lap - 0.07 * s, 0.3 * s, 0.12 * s);
    line(g, pale, 0.08 * s, x + 0.4 * s, lap, x + 0.55 * s, lap + 0.3 * s);
    oval(g, pale, x - 0.56 * s, lap + 0.02 * s, 0.09 * s, 0.09 * s);
    oval(g, Palette.HAIR, x - 0.6 * s, lap + 0.06 * s, 0.07 * s, 0.06 * s);
  }

  static Figure person(double x, double base, double s, Facing facing, SplittableRandom rnd) {
    return Figure.standing(x, base, s, facing, Palette.clothes(rnd)).colored(Palette.skin(rnd), Palette.hair(rnd));
  }
}
