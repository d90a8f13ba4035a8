package org.clipsearch.server.page;

import io.javalin.http.Context;
import org.clipsearch.server.search.BadParameterException;
import org.clipsearch.server.search.SearchLimits;
import org.clipsearch.server.search.SearchParams;
import org.clipsearch.server.search.SearchRequest;

/**
 * Reads a results page's search with the parser of {@code /api/search} ({@link SearchParams}), so a page URL and an
 * API URL mean the same search, checked the same way. An image held by the {@link UploadCache} becomes the image
 * part of the request.
 */
final class ApiSearchParser {

  /**
   * {@link SearchParams} takes an image part from outside only as {@code like}; this id stands in that slot while
   * it reads every other parameter, and the held upload then takes its place. It never reaches the search.
   */
  private static final String UPLOAD_STANDS_IN = "upload:held";

  private final SearchLimits limits;

  ApiSearchParser(SearchLimits limits) {
    this.limits = limits;
  }

  /**
   * The search the request's query parameters describe.
   *
   * @param image the bytes of a held upload, or null
   * @throws IllegalArgumentException naming the parameter, when one is malformed or the combination is incomplete
   */
  SearchRequest parse(Context ctx, byte[] image) {
    if (image == null) {
      return SearchParams.read(ctx, limits, limits.maxPageSize(), null);
    }
    if (ctx.queryParam("like") != null) {
      throw new BadParameterException("like", "search with the uploaded image or like an indexed one, not both");
    }
    var rest = SearchParams.read(ctx, limits, limits.maxPageSize(), UPLOAD_STANDS_IN);
    return new SearchRequest(rest.text(), image, null, rest.textWeight(), rest.imageWeight(), rest.not(),
        rest.filters(), rest.keywords(), rest.sort(), rest.page(), rest.size(), rest.minScore(),
        rest.relativeCutoff());
  }
}
