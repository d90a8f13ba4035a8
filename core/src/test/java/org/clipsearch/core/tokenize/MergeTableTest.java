package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MergeTableTest {

  @Test
  void finds_the_rank_and_product_of_each_pair() {
    var table = new MergeTable(new int[] {7, 1, 7}, new int[] {8, 2, 9}, new int[] {100, 101, 102});

    assertThat(table.rank(7, 8)).isZero();
    assertThat(table.rank(1, 2)).isEqualTo(1);
    assertThat(table.rank(7, 9)).isEqualTo(2);
    assertThat(table.mergedId(2)).isEqualTo(102);
  }

  @Test
  void answers_none_for_a_pair_no_merge_joins() {
    var table = new MergeTable(new int[] {7}, new int[] {8}, new int[] {100});

    assertThat(table.rank(8, 7)).isEqualTo(MergeTable.NONE);
    assertThat(table.rank(7, 7)).isEqualTo(MergeTable.NONE);
    assertThat(new MergeTable(new int[0], new int[0], new int[0]).rank(1, 2)).isEqualTo(MergeTable.NONE);
  }

  @Test
  void holds_many_pairs_with_clustered_ids() {
    int n = 50_000;
    int[] lefts = new int[n];
    int[] rights = new int[n];
    int[] merged = new int[n];
    for (int i = 0; i < n; i++) {
      lefts[i] = i / 256;
      rights[i] = i % 256;
      merged[i] = 512 + i;
    }
    var table = new MergeTable(lefts, rights, merged);

    for (int i = 0; i < n; i++) {
      assertThat(table.rank(i / 256, i % 256)).isEqualTo(i);
    }
    assertThat(table.rank(n / 256 + 1, 0)).isEqualTo(MergeTable.NONE);
  }
}
