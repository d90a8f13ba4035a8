package org.clipsearch.server.backend;

/**
 * The lowest cosine similarity a vector candidate may have under a query's absolute and relative cut-offs: at least
 * {@code minScore}, and at least {@code relativeCutoff} times the best similarity when that is positive; in general
 * {@code best - (1 - relativeCutoff) * |best|}, so that the best is always kept and a negative best (a query far
 * from everything, as a "not" query can be) keeps its near neighbours rather than nothing. Every backend applies it
 * to its nearest neighbours alike.
 */
public final class CosineCutoff {

  private CosineCutoff() {
  }

  /** The floor for candidates whose best similarity is {@code best}; null cut-offs cut nothing. */
  public static float floor(float best, Float minScore, Float relativeCutoff) {
    float relative = relativeCutoff == null ? Float.NEGATIVE_INFINITY : best - (1f - relativeCutoff) * Math.abs(best);
    return Math.max(minScore == null ? Float.NEGATIVE_INFINITY : minScore, relative);
  }

  /** A Lucene-family score of a dot-product field for unit vectors, {@code (1 + cos) / 2}, as the cosine. */
  public static float cosineOfScore(float score) {
    return 2f * score - 1f;
  }
}
