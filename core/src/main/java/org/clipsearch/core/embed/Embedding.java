package org.clipsearch.core.embed;

import java.util.Arrays;

/**
 * An L2-normalised, finite embedding vector.
 *
 * <p>Construction copies and normalises the values, so every embedding the project stores or compares has unit
 * length and the dot product of two embeddings is their cosine similarity:
 *
 * <pre>{@code
 * Embedding a = Embedding.of(rawOutput);
 * float cosine = a.dot(b);
 * }</pre>
 */
public final class Embedding {

  private final float[] values;

  private Embedding(float[] values) {
    this.values = values;
  }

  /**
   * Copies and L2-normalises raw model output.
   *
   * @throws IllegalArgumentException when the vector is empty, has a NaN or infinite component, or is all zeros
   */
  public static Embedding of(float[] raw) {
    return of(raw, 0, raw.length);
  }

  /** Copies and L2-normalises {@code length} values of {@code raw} from {@code offset}. */
  public static Embedding of(float[] raw, int offset, int length) {
    if (length <= 0) {
      throw new IllegalArgumentException("an embedding needs at least one dimension, got " + length);
    }
    double sumSquares = 0;
    for (int i = offset; i < offset + length; i++) {
      float v = raw[i];
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("embedding component " + (i - offset) + " is not finite: " + v);
      }
      sumSquares += (double) v * v;
    }
    if (sumSquares == 0) {
      throw new IllegalArgumentException("embedding of " + length + " dimensions is all zeros and cannot be normalised");
    }
    double inverseNorm = 1.0 / Math.sqrt(sumSquares);
    float[] unit = new float[length];
    for (int i = 0; i < length; i++) {
      unit[i] = (float) (raw[offset + i] * inverseNorm);
    }
    return new Embedding(unit);
  }

  /** Number of dimensions. */
  public int dimension() {
    return values.length;
  }

  /** A copy of the unit-length values. */
  public float[] values() {
    return values.clone();
  }

  /** Cosine similarity with another embedding of the same dimension. */
  public float dot(Embedding other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "embedding has " + other.values.length + " dimensions, expected " + values.length);
    }
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * other.values[i];
    }
    return (float) sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && Arrays.equals(values, e.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Embedding[" + values.length + " dims]";
  }
}
