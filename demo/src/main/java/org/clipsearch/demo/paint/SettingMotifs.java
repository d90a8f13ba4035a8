package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.PairMotifs.person;
import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

import org.clipsearch.demo.paint.Figure.Facing;

/** Motifs that need a setting around the figure: horizon, stairs, shadow, mirror, window, maze, painting. */
final class SettingMotifs {

  private SettingMotifs() {
  }

  static void horizon(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double line = base - 0.5 * s;
    double half = 1.25 * s;
    rect(g, rgb(70, 110, 150), x - half, line, 2 * half, base - line);
    rect(g, rgb(240, 225, 190), x - half, line - 0.015 * s, 2 * half, 0.03 * s);
    rect(g, rgb(60, 55, 50), x - half, base - 0.08 * s, 2 * half, 0.08 * s);
    FigurePainter.paint(g, Figure.standing(x, base - 0.06 * s, s, Facing.BACK, rgb(30, 30, 35)).arms(8, 8));
  }

  static void stairs(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    int steps = 7;
    double stepW = 1.6 * s / steps;
    double stepH = 0.12 * s;
    Color stone = rgb(205, 200, 190);
    for (int i = 0; i < steps; i++) {
      double sx = x - 0.8 * s + i * stepW;
      double top = base - (i + 1) * stepH;
      rect(g, stone, sx, top, 1.6 * s - i * stepW, stepH);
      rect(g, dark(stone), sx, top, 1.6 * s - i * stepW, 0.02 * s);
    }
    int on = 3;
    double fx = x - 0.8 * s + (on + 0.5) * stepW;
    FigurePainter.paint(g, person(fx, base - (on + 1) * stepH, s, Facing.RIGHT, rnd).walking().arms(30, 20));
  }

  static void shadow(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double fx = x - 0.6 * s;
    Color dark = alpha(rgb(15, 15, 20), 210);
    double endX = fx + 1.55 * s;
    double endY = base - 0.35 * s;
    poly(g, dark, fx - 0.08 * s, base, fx + 0.08 * s, base, endX - 0.12 * s, endY + 0.09 * s, endX - 0.2 * s,
        endY - 0.02 * s);
    poly(g, dark, fx + 0.5 * s, base - 0.1 * s, endX - 0.35 * s, endY - 0.05 * s, endX - 0.3 * s, endY + 0.12 * s,
        fx + 0.55 * s, base - 0.02 * s);
    oval(g, dark, endX - 0.08 * s, endY, 0.12 * s, 0.07 * s);
    FigurePainter.paint(g, person(fx, base, s, Facing.FRONT, rnd));
  }

  static void mirror(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double mx = x + 0.3 * s;
    double mw = 0.6 * s;
    double mh = 1.15 * s;
    var glass = new Rectangle2D.Double(mx - mw / 2, base - mh - 0.05 * s, mw, mh);
    fill(g, rgb(190, 215, 225), glass);
    var person = person(x - 0.35 * s, base, s, Facing.RIGHT, rnd);
    var saved = g.getClip();
    g.clip(glass);
    var reflected = new Figure(mx + 0.1 * s, base - 0.05 * s, 0.9 * s, Facing.LEFT,
        mix(person.clothes(), Color.WHITE, 0.2), person.dress(), 10, 10, 0, false, person.skin(), person.hair());
    FigurePainter.paint(g, reflected);
    g.setClip(saved);
    outline(g, rgb(110, 80, 40), 0.06 * s, glass);
    line(g, rgb(110, 80, 40), 0.04 * s, mx - mw / 2, base, mx - mw / 2 + 0.05 * s, base - 0.05 * s);
    line(g, rgb(110, 80, 40), 0.04 * s, mx + mw / 2, base, mx + mw / 2 - 0.05 * s, base - 0.05 * s);
    FigurePainter.paint(g, person.arms(10, 25));
  }

  static void womanInTheWindow(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double ww = 1.2 * s;
    double wallTop = base - 1.35 * s;
    Color wall = rgb(165, 85, 60);
    rect(g, wall, x - ww / 2, wallTop, ww, 1.35 * s);
    for (int i = 1; i < 14; i++) {
      line(g, dark(wall), 0.008 * s, x - ww / 2, wallTop + i * 0.1 * s, x + ww / 2, wallTop + i * 0.1 * s);
    }
    var window = new Rectangle2D.Double(x - 0.3 * s, wallTop + 0.2 * s, 0.6 * s, 0.7 * s);
    fill(g, rgb(35, 30, 30), window);
    var saved = g.getClip();
    g.clip(window);
    var woman = person(x, wallTop + 1.35 * s, 1.1 * s, Facing.FRONT, rnd).inDress().arms(20, 20);
    FigurePainter.paint(g, woman);
    g.setClip(saved);
    outline(g, rgb(245, 245, 240), 0.05 * s, window);
    rect(g, rgb(235, 235, 230), x - 0.38 * s, wallTop + 0.88 * s, 0.76 * s, 0.07 * s);
    Color shutter = rgb(40, 110, 70);
    rect(g, shutter, x - 0.55 * s, wallTop + 0.2 * s, 0.2 * s, 0.7 * s);
    rect(g, shutter, x + 0.35 * s, wallTop + 0.2 * s, 0.2 * s, 0.7 * s);
  }

  static void maze(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    int cols = 8;
    int rows = 4;
    double mw = 2.0 * s;
    double mh = 0.9 * s;
    double left = x - mw / 2;
    double top = base - mh;
    rect(g, rgb(200, 185, 150), left, top, mw, mh);
    Color hedge = rgb(30, 90, 35);
    double cw = mw / cols;
    double ch = mh / rows;
    double thick = 0.06 * s;
    outline(g, hedge, thick, new Rectangle2D.Double(left, top, mw, mh));
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double cx = left + c * cw;
        double cy = top + r * ch;
        if (rnd.nextBoolean()) {
          line(g, hedge, thick, cx + cw, cy, cx + cw, cy + ch);
        } else {
          line(g, hedge, thick, cx, cy + ch, cx + cw, cy + ch);
        }
      }
    }
    FigurePainter.paint(g, person(x + 0.5 * cw, top + 2 * ch, 0.5 * s, Facing.BACK, rnd).arms(40, 40));
  }

  static void facingTheImage(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double fw = 0.95 * s;
    double fh = 0.7 * s;
    double fx = x + 0.2 * s - fw / 2;
    double fy = base - 1.35 * s;
    Color wood = rgb(120, 85, 45);
    line(g, wood, 0.04 * s, fx + 0.2 * fw, base, fx + 0.4 * fw, fy + fh);
    line(g, wood, 0.04 * s, fx + 0.8 * fw, base, fx + 0.6 * fw, fy + fh);
    rect(g, rgb(200, 160, 50), fx - 0.06 * s, fy - 0.06 * s, fw + 0.12 * s, fh + 0.12 * s);
    rect(g, rgb(110, 160, 210), fx, fy, fw, fh * 0.55);
    rect(g, rgb(70, 140, 60), fx, fy + fh * 0.55, fw, fh * 0.45);
    oval(g, rgb(250, 220, 80), fx + fw * 0.75, fy + fh * 0.25, 0.08 * s, 0.08 * s);
    FigurePainter.paint(g, person(x - 0.3 * s, base, s, Facing.BACK, rnd).arms(10, 10));
  }
}
