package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RetrievalMetricsTest {

  static GroundTruth truth(int index, String scene, String mainObject, List<String> motifs) {
    return new GroundTruth("images/" + index + ".jpg", scene, scene, scene, mainObject, mainObject, List.of(), motifs,
        List.of(), motifs.isEmpty() ? null : "standard", "day", "sunny", "colour", "caption " + index,
        List.of("caption " + index), List.of("bijschrift " + index), 400, 300, 1960, 1, index);
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
  void attribute_queries_ask_only_for_attributes_with_ten_pictures() {
    var truths = new java.util.ArrayList<GroundTruth>();
    for (int i = 0; i < 12; i++) {
      truths.add(truth(i, "haven", "boat", i < 10 ? List.of("Handshake") : List.of()));
    }
    truths.add(truth(12, "strand", "umbrella", List.of("Kiss")));

    AttributeQueries queries = AttributeQueries.of(truths, QueryLanguage.ENGLISH);

    assertThat(queries.texts()).containsExactly("a photo of a haven", "a photo of boats",
        "a photo of two people shaking hands");
    assertThat(queries.kinds()).containsExactly("scene", "main object", "motif");
    assertThat(queries.relevant().get(2).test(truths.get(0))).isTrue();
    assertThat(queries.relevant().get(2).test(truths.get(11))).isFalse();
  }

  @Test
  void attribute_precision_is_the_share_of_the_top_ten_with_the_attribute() {
    var truths = new java.util.ArrayList<GroundTruth>();
    float[][] images = new float[20][];
    for (int i = 0; i < 20; i++) {
      truths.add(truth(i, i < 15 ? "haven" : "strand", "boat", List.of()));
      images[i] = new float[] {1, i};
    }
    AttributeQueries queries = AttributeQueries.of(truths, QueryLanguage.ENGLISH);
    float[][] vectors = {{0, 1}, {0, 1}};

    var precision = RetrievalMetrics.attributePrecisionAt10(vectors, queries, images, truths);

    assertThat(queries.texts()).containsExactly("a photo of a haven", "a photo of boats");
    assertThat(precision.get(RetrievalMetrics.ALL)).isCloseTo((5.0 + 10.0) / 20, within(1e-9));
    assertThat(precision.get("scene")).isCloseTo(0.5, within(1e-9));
    assertThat(precision.get("main object")).isEqualTo(1.0);
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
