package org.clipsearch.core.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EmbeddingTest {

  @Test
  void normalises_to_unit_length() {
    Embedding e = Embedding.of(new float[] {3, 4});

    assertThat(e.values()).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    assertThat(e.dot(e)).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void copies_in_and_out() {
    float[] raw = {1, 0, 0};
    Embedding e = Embedding.of(raw);
    raw[0] = 0;
    e.values()[0] = 5;

    assertThat(e.values()).containsExactly(1f, 0f, 0f);
  }

  @Test
  void reads_a_slice_of_a_batch() {
    float[] batch = {1, 0, 0, 2};

    assertThat(Embedding.of(batch, 2, 2).values()).containsExactly(0f, 1f);
  }

  @Test
  void dot_of_different_dimensions_is_refused() {
    assertThatThrownBy(() -> Embedding.of(new float[] {1, 0}).dot(Embedding.of(new float[] {1, 0, 0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("embedding has 3 dimensions, expected 2");
  }

  static Stream<float[]> unusable_vectors() {
    return Stream.of(new float[0], new float[] {0, 0}, new float[] {Float.NaN, 1}, new float[] {1, Float.POSITIVE_INFINITY});
  }

  @ParameterizedTest
  @MethodSource
  void unusable_vectors(float[] raw) {
    assertThatThrownBy(() -> Embedding.of(raw)).isInstanceOf(IllegalArgumentException.class);
  }
}
