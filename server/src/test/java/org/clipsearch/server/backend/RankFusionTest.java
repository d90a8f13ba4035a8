package org.clipsearch.server.backend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankFusionTest {

  @Test
  void an_item_high_in_both_rankings_beats_one_first_in_a_single_ranking() {
    var fused = RankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("b", "d", "a")), 10);

    assertThat(fused).extracting(RankFusion.Fused::item).containsExactly("b", "a", "d", "c");
    assertThat(fused.getFirst().score()).isEqualTo((float) (1.0 / 62 + 1.0 / 61));
  }

  @Test
  void fusion_keeps_at_most_the_limit() {
    assertThat(RankFusion.fuse(List.of(List.of(1, 2, 3), List.of(4, 5)), 2)).hasSize(2);
  }
}
