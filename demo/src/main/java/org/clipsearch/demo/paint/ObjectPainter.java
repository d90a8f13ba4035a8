package org.clipsearch.demo.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.SplittableRandom;

/** Paints one object standing at ({@code x}, {@code base}), {@code height} pixels tall, in {@code color}. */
@FunctionalInterface
interface ObjectPainter {
  void paint(Graphics2D g, double x, double base, double height, Color color, SplittableRandom rnd);
}
