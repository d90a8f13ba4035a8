package org.clipsearch.core.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: the reference {@code bpe()} of CLIP's {@code simple_tokenizer}, transcribed line for line on
 * strings (quadratic, no ids, no heap), to check {@link Bpe} against.
 */
final class ReferenceBpe {

  private final Vocabulary vocabulary;
  private final Map<String, Integer> ranks = new HashMap<>();

  ReferenceBpe(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    List<BpeMerges.Merge> merges = vocabulary.merges().merges();
    for (int rank = 0; rank < merges.size(); rank++) {
      ranks.put(merges.get(rank).left() + ' ' + merges.get(rank).right(), rank);
    }
  }

  int[] encode(String word) {
    var symbols = new ArrayList<String>();
    byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      symbols.add(String.valueOf(ByteEncoder.charOf(b & 0xFF)));
    }
    symbols.set(symbols.size() - 1, symbols.getLast() + Vocabulary.WORD_END);
    while (symbols.size() > 1) {
      int bestRank = Integer.MAX_VALUE;
      String first = null;
      String second = null;
      for (int i = 0; i + 1 < symbols.size(); i++) {
        Integer rank = ranks.get(symbols.get(i) + ' ' + symbols.get(i + 1));
        if (rank != null && rank < bestRank) {
          bestRank = rank;
          first = symbols.get(i);
          second = symbols.get(i + 1);
        }
      }
      if (first == null) {
        break;
      }
      var merged = new ArrayList<String>();
      int i = 0;
      while (i < symbols.size()) {
        if (i + 1 < symbols.size() && symbols.get(i).equals(first) && symbols.get(i + 1).equals(second)) {
          merged.add(first + second);
          i += 2;
        } else {
          merged.add(symbols.get(i));
          i++;
        }
      }
      symbols = merged;
    }
    return symbols.stream().mapToInt(vocabulary::id).toArray();
  }
}
