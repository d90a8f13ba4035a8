package org.clipsearch.server.backend;

import org.clipsearch.server.search.FacetCount;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts over an explicit candidate set: every value of every dimension, with how many candidates carry it,
 * most frequent first (ties by value). Counting the candidates themselves, not a rewritten top-k query, is what
 * makes the counts those of the N candidates the response names.
 */
public final class CandidateFacets {

  private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
      Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value);

  private CandidateFacets() {
  }

  /** Counts of the values in {@code valuesPerDoc} (one map of dimension to values per candidate). */
  public static Map<String, List<FacetCount>> count(Collection<Map<String, List<String>>> valuesPerDoc) {
    var counts = new HashMap<String, Map<String, Integer>>();
    for (Map<String, List<String>> doc : valuesPerDoc) {
      doc.forEach((dimension, values) -> {
        Map<String, Integer> dimensionCounts = counts.computeIfAbsent(dimension, d -> new HashMap<>());
        values.forEach(value -> dimensionCounts.merge(value, 1, Integer::sum));
      });
    }
    return sorted(counts);
  }

  /** Each dimension's counts as {@link FacetCount}s, most frequent first. */
  public static Map<String, List<FacetCount>> sorted(Map<String, Map<String, Integer>> counts) {
    var result = new LinkedHashMap<String, List<FacetCount>>();
    counts.keySet().stream().sorted().forEach(dimension -> {
      var list = new ArrayList<FacetCount>();
      counts.get(dimension).forEach((value, count) -> list.add(new FacetCount(value, count)));
      list.sort(MOST_FREQUENT_FIRST);
      result.put(dimension, List.copyOf(list));
    });
    return result;
  }
}
