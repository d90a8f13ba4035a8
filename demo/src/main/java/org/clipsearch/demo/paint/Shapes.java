package org.clipsearch.demo.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Short names for the shapes every painter draws with. */
final class Shapes {

  private Shapes() {
  }

  static void fill(Graphics2D g, Color color, Shape shape) {
    g.setColor(color);
    g.fill(shape);
  }

  static void rect(Graphics2D g, Color color, double x, double y, double w, double h) {
    fill(g, color, new Rectangle2D.Double(x, y, w, h));
  }

  static void round(Graphics2D g, Color color, double x, double y, double w, double h, double arc) {
    fill(g, color, new RoundRectangle2D.Double(x, y, w, h, arc, arc));
  }

  static void oval(Graphics2D g, Color color, double cx, double cy, double rx, double ry) {
    fill(g, color, new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
  }

  static void poly(Graphics2D g, Color color, double... xy) {
    fill(g, color, polygon(xy));
  }

  static Path2D polygon(double... xy) {
    var path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }

  static void line(Graphics2D g, Color color, double width, double x1, double y1, double x2, double y2) {
    g.setColor(color);
    g.setStroke(new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  static void outline(Graphics2D g, Color color, double width, Shape shape) {
    g.setColor(color);
    g.setStroke(new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  static Color rgb(int r, int g, int b) {
    return new Color(r, g, b);
  }

  /** {@code a} mixed with {@code b}, {@code t} = 0 gives a, 1 gives b. */
  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  static Color dark(Color c) {
    return mix(c, Color.BLACK, 0.45);
  }

  static Color light(Color c) {
    return mix(c, Color.WHITE, 0.45);
  }

  /** {@code c} varied by up to {@code amount} per channel, so repeated things are not all alike. */
  static Color jitter(Color c, int amount, java.util.SplittableRandom rnd) {
    return new Color(
        Math.clamp(c.getRed() + rnd.nextInt(-amount, amount + 1), 0, 255),
        Math.clamp(c.getGreen() + rnd.nextInt(-amount, amount + 1), 0, 255),
        Math.clamp(c.getBlue() + rnd.nextInt(-amount, amount + 1), 0, 255));
  }

  static Color alpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }
}
