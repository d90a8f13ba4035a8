package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.SplittableRandom;

/** Houses, cars and trees seen from straight above, for aerial photographs. */
final class AerialPainters {

  private AerialPainters() {
  }

  static ObjectPainter fromAbove(org.clipsearch.demo.world.ObjectKind kind) {
    return switch (kind) {
      case HOUSE -> AerialPainters::house;
      case CAR -> AerialPainters::car;
      case TREE -> AerialPainters::tree;
      default -> ObjectPainters.sideOn(kind);
    };
  }

  static void house(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.8 * h;
    double top = base - h;
    rect(g, rgb(40, 40, 40), x - w / 2 + 0.06 * h, top + 0.06 * h, w, h);
    rect(g, c, x - w / 2, top, w / 2, h);
    rect(g, dark(c), x, top, w / 2, h);
    line(g, light(c), 0.04 * h, x, top, x, base);
  }

  static void car(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    double w = 0.45 * h;
    double top = base - h;
    round(g, c, x - w / 2, top, w, h, 0.2 * h);
    rect(g, rgb(60, 80, 100), x - 0.4 * w, top + 0.2 * h, 0.8 * w, 0.18 * h);
    rect(g, rgb(60, 80, 100), x - 0.4 * w, top + 0.65 * h, 0.8 * w, 0.12 * h);
  }

  static void tree(Graphics2D g, double x, double base, double h, Color c, SplittableRandom rnd) {
    oval(g, rgb(30, 60, 30), x + 0.08 * h, base - 0.42 * h, 0.4 * h, 0.4 * h);
    oval(g, jitter(rgb(40, 110, 40), 15, rnd), x, base - 0.5 * h, 0.4 * h, 0.4 * h);
  }
}
