package org.clipsearch.server.backend;

import org.clipsearch.server.search.FacetCount;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link BackendQuery}.
 *
 * @param page            the page's candidates, in order
 * @param totalCandidates candidates found, at most the candidate limit
 * @param facets          facet dimension to counts over all candidates, most frequent first
 * @param generation      the index generation searched
 * @param searchMs        milliseconds spent finding, ranking and loading the candidates
 * @param facetsMs        milliseconds spent counting facets
 */
public record BackendResult(List<BackendHit> page, int totalCandidates, Map<String, List<FacetCount>> facets,
                            long generation, double searchMs, double facetsMs) {

  public BackendResult {
    page = List.copyOf(page);
    facets = Map.copyOf(facets);
  }
}
