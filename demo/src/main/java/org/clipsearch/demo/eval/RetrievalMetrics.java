package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;

import java.util.List;

/**
 * The retrieval figures of the demo world, computed exactly over unit vectors (row {@code i} of the image and
 * text matrices belongs to picture {@code i}):
 *
 * <ul>
 *   <li>text-to-image recall@k: the share of captions whose own picture is among the k nearest images, as the
 *       clip-rsicd model card measures retrieval;</li>
 *   <li>text-to-image attribute precision@10: over the {@link AttributeQueries} (one per scene, main object
 *       kind and motif), the share of the 10 nearest images that have the query's attribute;</li>
 *   <li>image-to-image same-scene precision@10: the share of the 10 nearest other images with the query's
 *       scene.</li>
 * </ul>
 */
final class RetrievalMetrics {

  /** The key of the figure over every attribute query. */
  static final String ALL = "all";

  private RetrievalMetrics() {
  }

  static double textToImageRecall(float[][] texts, float[][] images, int k) {
    int found = 0;
    for (int i = 0; i < texts.length; i++) {
      for (int hit : Ranking.top(texts[i], images, k, -1)) {
        if (hit == i) {
          found++;
          break;
        }
      }
    }
    return (double) found / texts.length;
  }

  /** Attribute precision@10 over all queries, and over the queries of each kind (scene, main object, motif). */
  static java.util.Map<String, Double> attributePrecisionAt10(float[][] queries, AttributeQueries attributes,
                                                              float[][] images, List<GroundTruth> truths) {
    var matches = new java.util.TreeMap<String, long[]>();
    for (int q = 0; q < queries.length; q++) {
      long[] kind = matches.computeIfAbsent(attributes.kinds().get(q), k -> new long[2]);
      long[] all = matches.computeIfAbsent(ALL, k -> new long[2]);
      for (int hit : Ranking.top(queries[q], images, 10, -1)) {
        boolean relevant = attributes.relevant().get(q).test(truths.get(hit));
        for (long[] counts : new long[][] {kind, all}) {
          counts[0] += relevant ? 1 : 0;
          counts[1]++;
        }
      }
    }
    var precision = new java.util.LinkedHashMap<String, Double>();
    matches.forEach((kind, counts) -> precision.put(kind, (double) counts[0] / counts[1]));
    return precision;
  }

  static double sameScenePrecisionAt10(float[][] images, List<GroundTruth> truths) {
    long matches = 0;
    long returned = 0;
    for (int i = 0; i < images.length; i++) {
      for (int hit : Ranking.top(images[i], images, 10, i)) {
        returned++;
        if (truths.get(hit).scene().equals(truths.get(i).scene())) {
          matches++;
        }
      }
    }
    return (double) matches / returned;
  }
}
