package org.clipsearch.server.backend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): an item's fused score is the sum over the rankings that hold it of
 * {@code 1 / (k + rank)}, rank counted from 1. Rankings of different scales (cosine similarity, BM25) combine
 * without calibration.
 *
 * <pre>{@code
 * List<RankFusion.Fused<Integer>> fused = RankFusion.fuse(List.of(vectorDocs, keywordDocs), 1000);
 * }</pre>
 */
public final class RankFusion {

  /** The usual constant: it damps the weight of the very first ranks. */
  public static final int K = 60;

  /** An item with its fused score. */
  public record Fused<T>(T item, float score) {
  }

  private RankFusion() {
  }

  /** The items of all rankings by fused score, best first (ties in first-seen order), at most {@code limit}. */
  public static <T> List<Fused<T>> fuse(List<List<T>> rankings, int limit) {
    Map<T, Double> scores = new LinkedHashMap<>();
    for (List<T> ranking : rankings) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
      }
    }
    var fused = new ArrayList<Fused<T>>(scores.size());
    scores.forEach((item, score) -> fused.add(new Fused<>(item, score.floatValue())));
    fused.sort(Comparator.comparingDouble((Fused<T> f) -> f.score()).reversed());
    return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : fused;
  }
}
