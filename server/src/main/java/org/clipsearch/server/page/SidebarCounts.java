package org.clipsearch.server.page;

import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchResponse;
import org.clipsearch.server.search.SearchService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facet counts the sidebar shows. A facet with chosen values is counted over the same search without its own
 * filter, so that its other values keep their counts and can be added as alternatives ("haven or markt"); counted
 * over the filtered search, they would all be 0. Other facets are counted over the search as it is. Motifs chosen
 * with {@code motif_mode=all} narrow one another, so they keep the filtered counts. Each recount is one more search
 * of page size 1 (facets are counted over the candidates, whatever the page size).
 */
final class SidebarCounts {

  private SidebarCounts() {
  }

  static Map<String, List<FacetCount>> of(SearchService service, SearchRequest request, SearchResponse response) {
    var counts = new HashMap<>(response.facets());
    var f = request.filters();
    if (!f.scenes().isEmpty()) {
      counts.put("scene", recount(service, request, "scene", new SearchFilters(List.of(), f.motifs(), f.motifMode(),
          f.collections(), f.creator(), f.licences(), f.yearFrom(), f.yearTo())));
    }
    if (!f.motifs().isEmpty() && f.motifMode() == SearchFilters.MotifMode.ANY) {
      counts.put("motif", recount(service, request, "motif", new SearchFilters(f.scenes(), List.of(), f.motifMode(),
          f.collections(), f.creator(), f.licences(), f.yearFrom(), f.yearTo())));
    }
    if (!f.collections().isEmpty()) {
      counts.put("collection", recount(service, request, "collection", new SearchFilters(f.scenes(), f.motifs(),
          f.motifMode(), List.of(), f.creator(), f.licences(), f.yearFrom(), f.yearTo())));
    }
    if (!f.licences().isEmpty()) {
      counts.put("licence", recount(service, request, "licence", new SearchFilters(f.scenes(), f.motifs(),
          f.motifMode(), f.collections(), f.creator(), List.of(), f.yearFrom(), f.yearTo())));
    }
    if (f.yearFrom() != null || f.yearTo() != null) {
      counts.put("decade", recount(service, request, "decade", new SearchFilters(f.scenes(), f.motifs(),
          f.motifMode(), f.collections(), f.creator(), f.licences(), null, null)));
    }
    return counts;
  }

  private static List<FacetCount> recount(SearchService service, SearchRequest request, String facet,
                                          SearchFilters without) {
    var unfiltered = new SearchRequest(request.text(), request.image(), request.like(), request.textWeight(),
        request.imageWeight(), request.not(), without, request.keywords(), request.sort(), 1, 1, request.minScore(),
        request.relativeCutoff());
    return service.search(unfiltered).facets().getOrDefault(facet, List.of());
  }
}
