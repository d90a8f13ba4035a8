package org.clipsearch.bench;

import java.util.ArrayList;

/**
 * Runs two measurements alternately, A B A B ..., after warm-up pairs that are not counted, and pairs them: the
 * ratio A/B of each pair is taken before the median, so that a slow spell on a shared machine hits both sides of
 * a pair alike.
 */
final class Interleaved {

  /** One measurement: a figure and the CPU cores the process kept busy meanwhile. */
  record Run(double value, double cores) {
  }

  /** Something measured once per call. */
  @FunctionalInterface
  interface Measurement {
    Run measure() throws Exception;
  }

  /** The counted runs of both sides and their pairwise ratios A/B. */
  record Result(Samples a, Samples b, Samples ratio, Samples coresA, Samples coresB) {
  }

  private Interleaved() {
  }

  static Result run(int warmups, int runs, Measurement a, Measurement b) throws Exception {
    for (int i = 0; i < warmups; i++) {
      a.measure();
      b.measure();
    }
    var as = new ArrayList<Double>();
    var bs = new ArrayList<Double>();
    var ratios = new ArrayList<Double>();
    var coresA = new ArrayList<Double>();
    var coresB = new ArrayList<Double>();
    for (int i = 0; i < runs; i++) {
      Run ra = a.measure();
      Run rb = b.measure();
      as.add(ra.value());
      bs.add(rb.value());
      ratios.add(ra.value() / rb.value());
      coresA.add(ra.cores());
      coresB.add(rb.cores());
    }
    return new Result(Samples.of(as), Samples.of(bs), Samples.of(ratios), Samples.of(coresA), Samples.of(coresB));
  }
}
