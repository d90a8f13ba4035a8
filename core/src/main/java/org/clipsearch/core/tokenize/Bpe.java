package org.clipsearch.core.tokenize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Byte-level BPE over token ids: the reference {@code bpe()} of CLIP's {@code simple_tokenizer}.
 *
 * <p>A word starts as one symbol per UTF-8 byte, the last one carrying {@code </w>}. The reference then
 * repeats: find the adjacent pair with the lowest merge rank, merge every occurrence of it left to right (an
 * occurrence that overlaps one just merged is skipped), until no pair has a rank. That is quadratic in the length
 * of a word. This implementation gives the same result in {@code O(n log n)}: the symbols form a linked list,
 * a heap holds (rank, position) of candidate pairs, and all entries of the lowest rank are taken as one round
 * in position order, exactly the reference's left-to-right pass. Pairs formed during a round enter the heap only
 * after it, as the reference only looks for the next pair after its pass; entries whose pair has changed since
 * they were queued are dropped when they come up.
 */
final class Bpe {

  /** Marks a symbol that has been merged into the one before it. */
  private static final int DEAD = -1;
  /** The {@code next} of the last symbol and the {@code previous} of the first. */
  private static final int NO_NEIGHBOUR = -1;

  private final int[] byteIds;
  private final int[] byteEndIds;
  private final MergeTable merges;

  private Bpe(int[] byteIds, int[] byteEndIds, MergeTable merges) {
    this.byteIds = byteIds;
    this.byteEndIds = byteEndIds;
    this.merges = merges;
  }

  /**
   * Resolves the merges of {@code vocabulary} to ids.
   *
   * @throws IllegalArgumentException when the vocabulary lacks a byte token, or a symbol a merge uses or makes
   */
  static Bpe of(Vocabulary vocabulary) {
    int[] byteIds = new int[ByteEncoder.BYTES];
    int[] byteEndIds = new int[ByteEncoder.BYTES];
    for (int b = 0; b < ByteEncoder.BYTES; b++) {
      String symbol = String.valueOf(ByteEncoder.charOf(b));
      byteIds[b] = byteToken(vocabulary, b, symbol);
      byteEndIds[b] = byteToken(vocabulary, b, symbol + Vocabulary.WORD_END);
    }
    List<BpeMerges.Merge> rules = vocabulary.merges().merges();
    int[] lefts = new int[rules.size()];
    int[] rights = new int[rules.size()];
    int[] mergedIds = new int[rules.size()];
    for (int rank = 0; rank < rules.size(); rank++) {
      BpeMerges.Merge merge = rules.get(rank);
      lefts[rank] = mergeSymbol(vocabulary, merge, merge.left(), "uses");
      rights[rank] = mergeSymbol(vocabulary, merge, merge.right(), "uses");
      mergedIds[rank] = mergeSymbol(vocabulary, merge, merge.merged(), "makes");
    }
    return new Bpe(byteIds, byteEndIds, new MergeTable(lefts, rights, mergedIds));
  }

  private static int byteToken(Vocabulary vocabulary, int b, String token) {
    Integer id = vocabulary.id(token);
    if (id == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s has no token '%s' (byte 0x%02X): a CLIP vocabulary starts with all 256 bytes, alone and with </w>",
          vocabulary.source(), token, b));
    }
    return id;
  }

  private static int mergeSymbol(Vocabulary vocabulary, BpeMerges.Merge merge, String symbol, String verb) {
    Integer id = vocabulary.id(symbol);
    if (id == null) {
      throw new IllegalArgumentException(vocabulary.merges().source() + " line " + merge.line() + ": the merge '"
          + merge.left() + ' ' + merge.right() + "' " + verb + " '" + symbol + "', which " + vocabulary.source()
          + " lacks");
    }
    return id;
  }

  /**
   * The token ids of one word.
   *
   * @param word the word's UTF-8 bytes, at least one
   */
  int[] encode(byte[] word) {
    int n = word.length;
    int[] symbols = new int[n];
    for (int i = 0; i < n - 1; i++) {
      symbols[i] = byteIds[word[i] & 0xFF];
    }
    symbols[n - 1] = byteEndIds[word[n - 1] & 0xFF];
    if (n == 1) {
      return symbols;
    }
    int[] next = new int[n];
    int[] previous = new int[n];
    var queue = new PairQueue(2 * n);
    for (int i = 0; i < n; i++) {
      next[i] = i + 1 < n ? i + 1 : NO_NEIGHBOUR;
      previous[i] = i - 1;
      if (i + 1 < n) {
        queue.offer(merges.rank(symbols[i], symbols[i + 1]), i);
      }
    }
    int[] changed = new int[n];
    int alive = n;
    while (!queue.isEmpty()) {
      int rank = queue.peekRank();
      int changedCount = 0;
      while (!queue.isEmpty() && queue.peekRank() == rank) {
        int left = queue.pollPosition();
        int right = next[left];
        if (symbols[left] == DEAD || right == NO_NEIGHBOUR || merges.rank(symbols[left], symbols[right]) != rank) {
          continue;
        }
        symbols[left] = merges.mergedId(rank);
        symbols[right] = DEAD;
        next[left] = next[right];
        if (next[right] != NO_NEIGHBOUR) {
          previous[next[right]] = left;
        }
        alive--;
        if (previous[left] != NO_NEIGHBOUR) {
          changed[changedCount++] = previous[left];
        }
        changed[changedCount++] = left;
      }
      for (int c = 0; c < changedCount; c++) {
        int left = changed[c];
        if (symbols[left] != DEAD && next[left] != NO_NEIGHBOUR) {
          queue.offer(merges.rank(symbols[left], symbols[next[left]]), left);
        }
      }
    }
    int[] ids = new int[alive];
    for (int i = 0, position = 0; position != NO_NEIGHBOUR; position = next[position]) {
      ids[i++] = symbols[position];
    }
    return ids;
  }

  /** A binary min-heap of (rank, position) pairs packed in longs, so ties in rank come out left to right. */
  private static final class PairQueue {

    private long[] heap;
    private int size;

    PairQueue(int capacity) {
      heap = new long[capacity];
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Adds the pair at {@code position} unless {@code rank} is {@link MergeTable#NONE}. */
    void offer(int rank, int position) {
      if (rank == MergeTable.NONE) {
        return;
      }
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, 2 * size);
      }
      long entry = ((long) rank << 32) | position;
      int i = size++;
      while (i > 0 && heap[(i - 1) >>> 1] > entry) {
        heap[i] = heap[(i - 1) >>> 1];
        i = (i - 1) >>> 1;
      }
      heap[i] = entry;
    }

    int peekRank() {
      return (int) (heap[0] >>> 32);
    }

    int pollPosition() {
      long top = heap[0];
      long last = heap[--size];
      int i = 0;
      while (2 * i + 1 < size) {
        int child = 2 * i + 1;
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (heap[child] >= last) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
      return (int) top;
    }
  }
}
