package org.clipsearch.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The true ten nearest documents of a stored vector, by brute force (dot product with every document), to measure
 * what an approximate search through a server's API finds of them.
 */
final class ExactNeighbours {

  static final int K = 10;

  private final String[] ids;
  private final float[][] vectors;
  private final Map<String, Integer> index = new HashMap<>();

  private ExactNeighbours(String[] ids, float[][] vectors) {
    this.ids = ids;
    this.vectors = vectors;
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
  }

  /** The vectors of every document of {@code collection}. */
  static ExactNeighbours of(SyntheticCollection collection) throws IOException {
    String[] ids = new String[collection.count()];
    float[][] vectors = new float[collection.count()][];
    int[] next = {0};
    collection.forEach(record -> {
      ids[next[0]] = record.id();
      vectors[next[0]++] = record.embedding().values();
    });
    return new ExactNeighbours(ids, vectors);
  }

  /** The share of the true top ten of document {@code id}'s vector that {@code found} holds. */
  double recall(String id, List<String> found) {
    var exact = new HashSet<String>();
    for (int doc : top(vectors, vectors[index.get(id)], K)) {
      exact.add(ids[doc]);
    }
    return found.stream().limit(K).filter(exact::contains).count() / (double) K;
  }

  /** The indexes of the {@code k} vectors with the largest dot product with {@code query}, every one scored. */
  static int[] top(float[][] vectors, float[] query, int k) {
    var top = new PriorityQueue<double[]>(k + 1, (a, b) -> Double.compare(a[0], b[0]));
    for (int doc = 0; doc < vectors.length; doc++) {
      double dot = 0;
      float[] vector = vectors[doc];
      for (int d = 0; d < query.length; d++) {
        dot += query[d] * vector[d];
      }
      top.add(new double[] {dot, doc});
      if (top.size() > k) {
        top.poll();
      }
    }
    return top.stream().mapToInt(entry -> (int) entry[1]).toArray();
  }
}
