package org.clipsearch.demo.paint;

import java.awt.Graphics2D;
import java.util.SplittableRandom;

/**
 * Paints one motif centred on {@code x} with its figures' feet on {@code base}; {@code size} is the height of a
 * standing adult in it.
 */
@FunctionalInterface
interface MotifPainter {
  void paint(Graphics2D g, double x, double base, double size, SplittableRandom rnd);
}
