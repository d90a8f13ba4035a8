package org.clipsearch.server.page;

import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.IndexStats;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchResponse;
import org.clipsearch.server.search.SearchService;
import org.clipsearch.server.search.UnknownImageException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A search service that answers every search with the same response and keeps the requests it was asked, for
 * page tests where what the pages show and send is the point, not how the index ranks.
 */
final class FixedSearchService implements SearchService {

  private final SearchResponse response;
  private final Map<String, ImageDetails> images;
  private final IndexStats stats;
  private final Map<String, List<FacetCount>> facets;
  private final List<SearchRequest> requests = new ArrayList<>();

  FixedSearchService(SearchResponse response, List<ImageDetails> images, IndexStats stats,
                     Map<String, List<FacetCount>> facets) {
    this.response = response;
    this.images = images.stream().collect(Collectors.toMap(ImageDetails::id, i -> i));
    this.stats = stats;
    this.facets = facets;
  }

  @Override
  public synchronized SearchResponse search(SearchRequest request) {
    if (request.like() != null && !images.containsKey(request.like())) {
      throw new UnknownImageException(request.like());
    }
    requests.add(request);
    return new SearchResponse(response.hits(), request.page(), request.size(), response.totalCandidates(),
        response.candidateLimit(), response.facets(), response.timings(), false);
  }

  @Override
  public Optional<ImageDetails> image(String id) {
    return Optional.ofNullable(images.get(id));
  }

  @Override
  public Map<String, List<FacetCount>> facets() {
    return facets;
  }

  @Override
  public IndexStats stats() {
    return stats;
  }

  /** The searches asked so far, oldest first. */
  synchronized List<SearchRequest> requests() {
    return List.copyOf(requests);
  }
}
