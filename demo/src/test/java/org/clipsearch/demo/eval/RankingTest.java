package org.clipsearch.demo.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

  private static final float[][] ITEMS = {{1, 0}, {0.8f, 0.6f}, {0, 1}, {-1, 0}, {0.6f, 0.8f}};

  @Test
  void ranks_by_dot_product_best_first() {
    assertThat(Ranking.top(new float[] {1, 0}, ITEMS, 3, -1)).containsExactly(0, 1, 4);
  }

  @Test
  void leaves_out_the_excluded_item() {
    assertThat(Ranking.top(new float[] {1, 0}, ITEMS, 3, 0)).containsExactly(1, 4, 2);
  }

  @Test
  void returns_every_item_when_k_exceeds_them() {
    assertThat(Ranking.top(new float[] {0, 1}, ITEMS, 10, 2)).containsExactly(4, 1, 0, 3);
  }
}
