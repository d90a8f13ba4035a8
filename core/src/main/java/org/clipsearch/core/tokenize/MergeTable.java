package org.clipsearch.core.tokenize;

import java.util.Arrays;

/**
 * The merges of a vocabulary in id space: the rank of a pair of adjacent token ids, and the id of the token that
 * merging them makes. An open-addressing hash table on primitive keys, so a lookup allocates nothing.
 */
final class MergeTable {

  /** The rank of a pair that no merge joins. */
  static final int NONE = -1;

  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] ranks;
  private final int[] mergedIds;
  private final int shift;

  /**
   * Builds the table from three arrays indexed by rank. The pairs must be distinct and the ids {@code >= 0}.
   *
   * @param lefts     id of the left symbol of each merge
   * @param rights    id of the right symbol of each merge
   * @param mergedIds id of the token each merge makes
   */
  MergeTable(int[] lefts, int[] rights, int[] mergedIds) {
    int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(2L * lefts.length));
    this.keys = new long[1 << bits];
    this.ranks = new int[1 << bits];
    this.shift = 64 - bits;
    this.mergedIds = mergedIds.clone();
    Arrays.fill(keys, EMPTY);
    for (int rank = 0; rank < lefts.length; rank++) {
      long key = key(lefts[rank], rights[rank]);
      int slot = slot(key);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = key;
      ranks[slot] = rank;
    }
  }

  /** The rank of the merge that joins {@code left} and {@code right}, or {@link #NONE}. */
  int rank(int left, int right) {
    long key = key(left, right);
    for (int slot = slot(key); keys[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot] == key) {
        return ranks[slot];
      }
    }
    return NONE;
  }

  /** The id of the token that the merge of rank {@code rank} makes. */
  int mergedId(int rank) {
    return mergedIds[rank];
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFF_FFFFL);
  }

  private int slot(long key) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
  }
}
