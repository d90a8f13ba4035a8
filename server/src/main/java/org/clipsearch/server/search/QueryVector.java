package org.clipsearch.server.search;

import org.clipsearch.core.embed.Embedding;

/**
 * Sums the parts of a query: {@code textWeight * text + imageWeight * image - not}, each part a unit vector, the
 * sum normalised again so that scores stay cosine similarities.
 *
 * <pre>{@code
 * float[] query = new QueryVector(512).add(text, 1f).add(image, 0.5f).subtract(not).toUnitVector();
 * }</pre>
 */
final class QueryVector {

  private final float[] sum;

  QueryVector(int dimension) {
    this.sum = new float[dimension];
  }

  QueryVector add(float[] part, float weight) {
    if (part.length != sum.length) {
      throw new IllegalStateException("query part has " + part.length + " dimensions, the index " + sum.length);
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] += weight * part[i];
    }
    return this;
  }

  QueryVector add(Embedding part, float weight) {
    return add(part.values(), weight);
  }

  QueryVector subtract(Embedding part) {
    return add(part.values(), -1f);
  }

  /**
   * The normalised sum.
   *
   * @throws BadParameterException naming {@code text_weight} when the parts cancel out (all weights 0)
   */
  float[] toUnitVector() {
    try {
      return Embedding.of(sum).values();
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("text_weight", "the query parts cancel out (are all weights 0?): " + e.getMessage());
    }
  }
}
