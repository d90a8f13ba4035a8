package org.clipsearch.server.page;

import io.javalin.http.Context;
import org.clipsearch.server.search.SearchRequest;

/**
 * Reads a search from a request's query parameters, the same ones {@code /api/search} reads, so that a results
 * page URL and an API URL say the same search.
 */
@FunctionalInterface
public interface PageSearchParser {

  /**
   * The search the request's query parameters describe.
   *
   * @param image the bytes of an uploaded query image, or null
   * @throws IllegalArgumentException naming the parameter, when one is malformed or the combination is incomplete
   */
  SearchRequest parse(Context ctx, byte[] image);
}
