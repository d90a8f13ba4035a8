package org.clipsearch.demo.paint;

import java.util.SplittableRandom;

/** A horizontal strip of the picture, in pixels, where objects of one habitat stand. */
record Band(double top, double bottom) {

  /** A random height in the strip, biased to its lower part when {@code near}. */
  double pick(SplittableRandom rnd, boolean near) {
    double t = near ? 0.55 + 0.45 * rnd.nextDouble() : rnd.nextDouble();
    return top + (bottom - top) * t;
  }

  /** How far down the strip {@code y} lies, 0 at the top and 1 at the bottom. */
  double depth(double y) {
    return bottom <= top ? 1 : Math.clamp((y - top) / (bottom - top), 0, 1);
  }
}
