package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.PairMotifs.person;
import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Graphics2D;
import java.util.SplittableRandom;

import org.clipsearch.demo.paint.Figure.Facing;

/** Motifs of groups: brawl, line, family photo, leader walks alone, pep talk, presidential box. */
final class GroupMotifs {

  private GroupMotifs() {
  }

  static void brawl(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    FigurePainter.paint(g, person(x + 0.1 * s, base - 0.05 * s, s, Facing.FRONT, rnd).leaning(80));
    for (int i = 0; i < 6; i++) {
      double fx = x - 0.75 * s + i * 0.3 * s + rnd.nextDouble(-0.05, 0.05) * s;
      var facing = i % 2 == 0 ? Facing.RIGHT : Facing.LEFT;
      FigurePainter.paint(g, person(fx, base, s * rnd.nextDouble(0.9, 1.0), facing, rnd)
          .arms(rnd.nextDouble(80, 170), rnd.nextDouble(80, 170)).leaning(rnd.nextDouble(-25, 25)).walking());
    }
  }

  static void line(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    int people = 7;
    for (int i = 0; i < people; i++) {
      double fx = x - 1.1 * s + i * 2.2 * s / (people - 1);
      var figure = person(fx, base, s * rnd.nextDouble(0.9, 1.0), Facing.RIGHT, rnd);
      FigurePainter.paint(g, i % 3 == 1 ? figure.inDress() : figure);
    }
  }

  static void familyPhoto(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    FigurePainter.paint(g, person(x - 0.25 * s, base - 0.05 * s, s, Facing.FRONT, rnd).arms(15, 15));
    FigurePainter.paint(g, person(x + 0.25 * s, base - 0.05 * s, 0.95 * s, Facing.FRONT, rnd).inDress()
        .arms(15, 15));
    int children = 2 + rnd.nextInt(2);
    for (int i = 0; i < children; i++) {
      double fx = x - 0.4 * s + i * 0.8 * s / (children - 1);
      FigurePainter.paint(g, person(fx, base, 0.55 * s, Facing.FRONT, rnd).arms(10, 10));
    }
  }

  static void leaderWalksAlone(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double backBase = base - 0.35 * s;
    for (int i = 0; i < 6; i++) {
      FigurePainter.paint(g, person(x - 0.9 * s + i * 0.36 * s, backBase, 0.5 * s, Facing.FRONT, rnd)
          .walking());
    }
    FigurePainter.paint(g, person(x, base, s, Facing.FRONT, rnd).walking().arms(25, 5));
  }

  static void pepTalk(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double[] dx = {-0.35, 0.05, 0.45, 0.85};
    for (int i = 0; i < dx.length; i++) {
      var facing = i == 1 || i == 2 ? Facing.BACK : Facing.LEFT;
      FigurePainter.paint(g, person(x + dx[i] * s, base - (i == 1 || i == 2 ? 0 : 0.08 * s), 0.85 * s, facing, rnd)
          .arms(80, 80));
    }
    FigurePainter.paint(g, person(x - 0.8 * s, base, s, Facing.RIGHT, rnd).arms(10, 140));
  }

  static void presidentialBox(Graphics2D g, double x, double base, double s, SplittableRandom rnd) {
    double floor = base - 0.45 * s;
    var gold = rgb(210, 175, 60);
    rect(g, rgb(90, 20, 25), x - 0.9 * s, floor - 1.2 * s, 1.8 * s, 1.2 * s);
    for (int i = 0; i < 3; i++) {
      var figure = person(x - 0.5 * s + i * 0.5 * s, floor + 0.2 * s, 0.9 * s, Facing.FRONT, rnd);
      FigurePainter.paint(g, i == 1 ? figure.arms(10, 160) : figure.arms(15, 15));
    }
    rect(g, rgb(180, 30, 35), x - 0.9 * s, floor - 0.1 * s, 1.8 * s, 0.35 * s);
    rect(g, gold, x - 0.9 * s, floor - 0.12 * s, 1.8 * s, 0.04 * s);
    rect(g, gold, x - 0.9 * s, floor + 0.21 * s, 1.8 * s, 0.04 * s);
    rect(g, gold, x - 0.95 * s, floor - 1.25 * s, 0.08 * s, 1.25 * s + 0.45 * s);
    rect(g, gold, x + 0.87 * s, floor - 1.25 * s, 0.08 * s, 1.25 * s + 0.45 * s);
    rect(g, gold, x - 0.95 * s, floor - 1.3 * s, 1.9 * s, 0.08 * s);
  }
}
