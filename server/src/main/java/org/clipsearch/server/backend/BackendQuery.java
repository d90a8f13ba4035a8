package org.clipsearch.server.backend;

import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchRequest;

import java.util.Objects;

/**
 * What the backend is asked: the candidates of a query vector and/or keywords under filters, and one page of them.
 *
 * @param vector         the L2-normalised query vector, or null for a keywords-only search
 * @param keywords       keyword query on title, description and creator, or null
 * @param filters        what every candidate must be
 * @param candidateLimit N: at most this many candidates, over which facets are counted
 * @param minScore       drop vector candidates below this cosine similarity, or null
 * @param relativeCutoff drop vector candidates below this fraction of the best one's similarity (in general below
 *                       {@code best - (1 - relativeCutoff) * |best|}, which a negative best needs), or null
 * @param sort           relevance (fused when both parts are given) or date
 * @param offset         first candidate of the page
 * @param count          candidates on the page
 */
public record BackendQuery(float[] vector, String keywords, SearchFilters filters, int candidateLimit,
                           Float minScore, Float relativeCutoff, SearchRequest.Sort sort, int offset, int count) {

  public BackendQuery {
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (vector == null && keywords == null) {
      throw new IllegalArgumentException("a backend query needs a vector or keywords");
    }
    if (candidateLimit < 1 || offset < 0 || count < 1) {
      throw new IllegalArgumentException("candidate limit " + candidateLimit + ", offset " + offset + ", count "
          + count + ": limit and count must be positive, offset not negative");
    }
  }
}
