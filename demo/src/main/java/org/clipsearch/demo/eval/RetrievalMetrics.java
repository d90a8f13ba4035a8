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
 *   <li>text-to-image attribute precision@10: the share of the 10 nearest images to a caption whose ground truth
 *       has the caption's scene, main object and first primary motif (scene and main object when the captioned
 *       picture has no motif);</li>
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

  static double attributePrecisionAt10(float[][] texts, float[][] images, List<GroundTruth> truths) {
    long matches = 0;
    long returned = 0;
    for (int i = 0; i < texts.length; i++) {
      for (int hit : Ranking.top(texts[i], images, 10, -1)) {
        returned++;
        if (sameAttributes(truths.get(i), truths.get(hit))) {
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

  static boolean sameAttributes(GroundTruth query, GroundTruth hit) {
    if (!hit.scene().equals(query.scene()) || !hit.mainObject().equals(query.mainObject())) {
      return false;
    }
    return query.motifs().isEmpty() || hit.motifs().contains(query.motifs().getFirst());
  }
}
