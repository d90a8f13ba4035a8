package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RetrievalMetricsTest {

  static GroundTruth truth(int index, String scene, String mainObject, List<String> motifs) {
    return new GroundTruth("images/" + index + ".jpg", scene, scene, mainObject, List.of(), motifs, List.of(),
        motifs.isEmpty() ? null : "standard", "day", "sunny", "colour", "caption " + index, List.of("caption " + index),
        400, 300, 1960, 1, index);
  }

  @Test
  void recall_counts_captions_whose_picture_is_in_the_top_k() {
    float[][] images = {{1, 0}, {0, 1}, {0.6f, 0.8f}};
    float[][] texts = {{1, 0}, {0.8f, 0.6f}, {0, 1}};

    assertThat(RetrievalMetrics.textToImageRecall(texts, images, 1)).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RetrievalMetrics.textToImageRecall(texts, images, 2)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(RetrievalMetrics.textToImageRecall(texts, images, 3)).isEqualTo(1.0);
  }

  @Test
  void attributes_need_scene_main_object_and_the_first_motif() {
    GroundTruth query = truth(0, "haven", "boat", List.of("Horizon"));

    assertThat(RetrievalMetrics.sameAttributes(query, truth(1, "haven", "boat", List.of("Line", "Horizon")))).isTrue();
    assertThat(RetrievalMetrics.sameAttributes(query, truth(2, "haven", "boat", List.of()))).isFalse();
    assertThat(RetrievalMetrics.sameAttributes(query, truth(3, "strand", "boat", List.of("Horizon")))).isFalse();
    assertThat(RetrievalMetrics.sameAttributes(query, truth(4, "haven", "swan", List.of("Horizon")))).isFalse();
    assertThat(RetrievalMetrics.sameAttributes(truth(5, "haven", "boat", List.of()),
        truth(6, "haven", "boat", List.of("Duel")))).isTrue();
  }

  @Test
  void same_scene_precision_leaves_the_query_out() {
    List<GroundTruth> truths = new java.util.ArrayList<>();
    float[][] images = new float[22][];
    for (int i = 0; i < 22; i++) {
      boolean harbour = i < 11;
      truths.add(truth(i, harbour ? "haven" : "strand", "boat", List.of()));
      images[i] = harbour ? new float[] {1, i * 1e-3f} : new float[] {i * 1e-3f, 1};
    }

    assertThat(RetrievalMetrics.sameScenePrecisionAt10(images, truths)).isEqualTo(1.0);
  }
}
