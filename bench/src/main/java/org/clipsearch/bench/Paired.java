package org.clipsearch.bench;

import java.util.ArrayList;

/**
 * Two kinds of call measured in pairs on the same input {@code i}, A then B, after uncounted warm-up pairs; the
 * ratio A/B is taken pair by pair before the median, so a slow spell of a shared machine hits both sides alike.
 */
final class Paired {

  /** One timed call on input {@code i}, returning milliseconds. */
  @FunctionalInterface
  interface Call {
    double time(int i) throws Exception;
  }

  /** Milliseconds of each side, the pairwise ratios A/B and the pairwise differences A - B. */
  record Result(Samples a, Samples b, Samples ratio, Samples difference) {
  }

  private Paired() {
  }

  static Result run(int warmups, int count, Call a, Call b) throws Exception {
    for (int i = 0; i < warmups; i++) {
      a.time(count + i);
      b.time(count + i);
    }
    var as = new ArrayList<Double>();
    var bs = new ArrayList<Double>();
    var ratios = new ArrayList<Double>();
    var differences = new ArrayList<Double>();
    for (int i = 0; i < count; i++) {
      double ta = a.time(i);
      double tb = b.time(i);
      as.add(ta);
      bs.add(tb);
      ratios.add(ta / tb);
      differences.add(ta - tb);
    }
    return new Result(Samples.of(as), Samples.of(bs), Samples.of(ratios), Samples.of(differences));
  }
}
