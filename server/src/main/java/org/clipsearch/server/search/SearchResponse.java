package org.clipsearch.server.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param hits            this page's hits
 * @param page            1-based page number
 * @param size            hits per page asked for
 * @param totalCandidates candidates that matched (at most {@code candidateLimit})
 * @param candidateLimit  N: facets are counted over the top N candidates
 * @param facets          facet dimension (scene, motif, collection, decade) to counts, most frequent first
 * @param timings         where the time went
 * @param cached          whether the page came from the result cache
 */
public record SearchResponse(List<SearchHit> hits, int page, int size, int totalCandidates, int candidateLimit,
                             Map<String, List<FacetCount>> facets, SearchTimings timings, boolean cached) {

  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
