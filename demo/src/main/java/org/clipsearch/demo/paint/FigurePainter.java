package org.clipsearch.demo.paint;

import static org.clipsearch.demo.paint.Shapes.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;

/** Paints {@link Figure}s: big head, solid body, thick limbs, so a person reads as one even at 64 pixels. */
final class FigurePainter {

  private FigurePainter() {
  }

  static void paint(Graphics2D g, Figure f) {
    var saved = g.getTransform();
    if (f.lean() != 0) {
      g.rotate(Math.toRadians(f.lean()), f.x(), f.base());
    }
    body(g, f);
    g.setTransform(saved);
  }

  private static void body(Graphics2D g, Figure f) {
    double h = f.height();
    double x = f.x();
    double top = f.base() - h;
    double limb = 0.085 * h;
    Color edge = dark(f.clothes());
    Color legs = f.clothes().equals(f.skin()) ? f.clothes() : mix(f.clothes(), new Color(30, 30, 40), 0.6);
    double spread = f.striding() ? 0.15 * h : 0.06 * h;
    line(g, legs, limb * 1.1, x - 0.05 * h, top + 0.58 * h, x - spread, f.base() - 0.02 * h);
    line(g, legs, limb * 1.1, x + 0.05 * h, top + 0.58 * h, x + spread, f.base() - 0.02 * h);
    arm(g, f, true, limb);
    arm(g, f, false, limb);
    var torso = f.dress()
        ? polygon(x - 0.11 * h, top + 0.22 * h, x + 0.11 * h, top + 0.22 * h, x + 0.2 * h, top + 0.8 * h,
            x - 0.2 * h, top + 0.8 * h)
        : polygon(x - 0.14 * h, top + 0.22 * h, x + 0.14 * h, top + 0.22 * h, x + 0.12 * h, top + 0.6 * h,
            x - 0.12 * h, top + 0.6 * h);
    fill(g, f.clothes(), torso);
    outline(g, edge, 0.02 * h, torso);
    if (f.dress()) {
      longHair(g, f, x, top + 0.1 * h, 0.1 * h);
    }
    head(g, f, x, top + 0.1 * h, 0.1 * h);
  }

  private static void arm(Graphics2D g, Figure f, boolean left, double limb) {
    double h = f.height();
    double shoulderX = f.x() + (left ? -0.12 : 0.12) * h;
    double shoulderY = f.base() - 0.75 * h;
    double[] hand = f.hand(left);
    line(g, f.clothes(), limb, shoulderX, shoulderY, hand[0], hand[1]);
    oval(g, f.skin(), hand[0], hand[1], limb * 0.55, limb * 0.55);
  }

  private static void longHair(Graphics2D g, Figure f, double cx, double cy, double r) {
    double left = f.facing() == Figure.Facing.LEFT ? cx - 0.1 * r : cx - 1.2 * r;
    double width = f.facing() == Figure.Facing.FRONT || f.facing() == Figure.Facing.BACK ? 2.4 * r : 1.3 * r;
    round(g, f.hair(), left, cy - 0.3 * r, width, 2.1 * r, r);
  }

  private static void head(Graphics2D g, Figure f, double cx, double cy, double r) {
    switch (f.facing()) {
      case BACK -> oval(g, f.hair(), cx, cy, r, r);
      case FRONT -> {
        oval(g, f.skin(), cx, cy, r, r);
        fill(g, f.hair(), new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 10, 160,
            Arc2D.CHORD));
      }
      case LEFT, RIGHT -> {
        double dir = f.facing() == Figure.Facing.RIGHT ? 1 : -1;
        oval(g, f.skin(), cx, cy, r, r);
        oval(g, f.skin(), cx + dir * r * 0.95, cy + r * 0.1, r * 0.25, r * 0.2);
        fill(g, f.hair(), new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r,
            dir > 0 ? 90 : -90, 180, Arc2D.CHORD));
      }
    }
  }
}
