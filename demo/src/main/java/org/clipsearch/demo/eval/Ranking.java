package org.clipsearch.demo.eval;

/** Exact nearest neighbours by dot product over unit vectors: the reference any approximate search is judged by. */
final class Ranking {

  private Ranking() {
  }

  /**
   * Indices of the {@code k} items most similar to {@code query}, best first, leaving out {@code exclude}
   * (-1 to keep every item). Ties keep the lower index first.
   */
  static int[] top(float[] query, float[][] items, int k, int exclude) {
    int size = Math.min(k, items.length - (exclude >= 0 ? 1 : 0));
    int[] best = new int[size];
    float[] scores = new float[size];
    int filled = 0;
    for (int i = 0; i < items.length; i++) {
      if (i == exclude) {
        continue;
      }
      float score = dot(query, items[i]);
      if (filled == size && score <= scores[size - 1]) {
        continue;
      }
      int at = filled < size ? filled++ : size - 1;
      while (at > 0 && scores[at - 1] < score) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = score;
      best[at] = i;
    }
    return best;
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
