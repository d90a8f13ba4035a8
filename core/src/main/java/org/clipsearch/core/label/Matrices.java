package org.clipsearch.core.label;

/** The little linear algebra the heads need: shape checks, copies, dot products, softmax and sigmoid. */
public final class Matrices {

  private Matrices() {
  }

  /**
   * Checks that {@code m} has {@code rows} rows of {@code columns} finite values each; -1 accepts any positive
   * count (all rows still of one length).
   */
  public static void requireShape(String what, float[][] m, int rows, int columns) {
    if (m == null || m.length == 0) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (rows >= 0 && m.length != rows) {
      throw new IllegalArgumentException(what + " has " + m.length + " rows, expected " + rows);
    }
    int width = columns >= 0 ? columns : m[0].length;
    if (width == 0) {
      throw new IllegalArgumentException(what + " has rows of no values");
    }
    for (int r = 0; r < m.length; r++) {
      requireLength(what + " row " + r, m[r], width);
    }
  }

  /** Checks that {@code v} has {@code length} finite values. */
  public static void requireLength(String what, float[] v, int length) {
    if (v == null || v.length != length) {
      throw new IllegalArgumentException(what + " has " + (v == null ? 0 : v.length) + " values, expected " + length);
    }
    for (float x : v) {
      if (!Float.isFinite(x)) {
        throw new IllegalArgumentException(what + " has a value that is not a finite number: " + x);
      }
    }
  }

  /** A deep copy. */
  public static float[][] copy(float[][] m) {
    float[][] c = new float[m.length][];
    for (int r = 0; r < m.length; r++) {
      c[r] = m[r].clone();
    }
    return c;
  }

  /** The dot product of two vectors of equal length. */
  public static float dot(float[] a, float[] b) {
    float sum = 0f;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** The index of the largest value, the first of equals. */
  public static int argmax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The logistic function, computed without overflow. */
  public static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** {@code exp(z_i) / sum_j exp(z_j)}, shifted by the maximum so that nothing overflows. */
  public static float[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double z : logits) {
      max = Math.max(max, z);
    }
    double sum = 0;
    double[] exp = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      exp[i] = Math.exp(logits[i] - max);
      sum += exp[i];
    }
    float[] p = new float[logits.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) Math.min(1.0, exp[i] / sum);
    }
    return p;
  }
}
