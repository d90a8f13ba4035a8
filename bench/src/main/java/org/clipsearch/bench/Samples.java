package org.clipsearch.bench;

import java.util.Arrays;
import java.util.List;

/** Measured values of one quantity, summarised as median, min and max. */
public record Samples(double[] sorted) {

  public Samples {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    sorted = sorted.clone();
    Arrays.sort(sorted);
  }

  public static Samples of(List<Double> values) {
    return new Samples(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public double median() {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The value at quantile {@code q} (0..1] by the nearest-rank method: {@code percentile(0.99)} is p99. */
  public double percentile(double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  int count() {
    return sorted.length;
  }

  /** "median (min-max)" with the given format for each figure. */
  String format(String figure) {
    return String.format(figure + " (" + figure + "-" + figure + ")", median(), min(), max());
  }
}
