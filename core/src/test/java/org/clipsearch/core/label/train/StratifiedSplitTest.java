package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedSplitTest {

  private final AnnotatedEmbeddings data = Synthetic.singleLabel(100, 4, 0.1, 1);

  @Test
  void each_label_keeps_its_share_in_the_validation_part() {
    var split = StratifiedSplit.of(data.annotations(), 0.2, 42);

    assertThat(split.validation()).hasSize(20);
    for (int label = 0; label < 4; label++) {
      String name = "label" + label;
      long inValidation = Arrays.stream(split.validation())
          .filter(i -> data.annotations().get(i).primary().getFirst().equals(name)).count();
      assertThat(inValidation).isEqualTo(5);
    }
    assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())).sorted().toArray())
        .isEqualTo(IntStream.range(0, 100).toArray());
  }

  @Test
  void the_split_is_a_function_of_the_seed() {
    assertThat(StratifiedSplit.of(data.annotations(), 0.2, 42).validation())
        .isEqualTo(StratifiedSplit.of(data.annotations(), 0.2, 42).validation())
        .isNotEqualTo(StratifiedSplit.of(data.annotations(), 0.2, 43).validation());
  }

  @Test
  void a_split_that_leaves_a_part_empty_is_refused() {
    assertThatThrownBy(() -> StratifiedSplit.of(data.annotations().subList(0, 1), 0.2, 1))
        .hasMessageContaining("annotate more images");
    assertThatThrownBy(() -> StratifiedSplit.of(data.annotations(), 1.0, 1)).hasMessageContaining("(0, 1)");
  }
}
