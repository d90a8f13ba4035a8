package org.clipsearch.server.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the JSON API and the web pages ask of search. Implementations embed the query parts, search the index
 * through its backend and cache what they can; no Lucene or ONNX type crosses this interface.
 */
public interface SearchService {

  /**
   * One page of a search.
   *
   * @throws UnknownImageException    when {@code like} names no indexed image
   * @throws IllegalArgumentException when the request cannot be answered (an undecodable upload, a page beyond the
   *                                  candidates...), naming the parameter
   */
  SearchResponse search(SearchRequest request);

  /** Everything the index knows of an image, or empty when no image has this id. */
  Optional<ImageDetails> image(String id);

  /** Facet counts over the whole collection: scene, motif, collection, decade, licence. */
  Map<String, List<FacetCount>> facets();

  /** Facts about the served collection. */
  IndexStats stats();
}
