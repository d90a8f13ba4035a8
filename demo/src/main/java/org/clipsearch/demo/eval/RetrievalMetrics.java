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

  static double attributePrecisionAt10(float[][] queries, AttributeQueries attributes, float[][] images,
                                       List<GroundTruth> truths) {
    long matches = 0;
    long returned = 0;
    for (int q = 0; q < queries.length; q++) {
      for (int hit : Ranking.top(queries[q], images, 10, -1)) {
        returned++;
        if (attributes.relevant().get(q).test(truths.get(hit))) {
          matches++;
        }
      }
    }
    return (double) matches / returned;
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
