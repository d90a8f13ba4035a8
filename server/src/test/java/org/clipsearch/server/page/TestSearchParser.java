package org.clipsearch.server.page;

import io.javalin.http.Context;
import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchRequest;

/** The few parameters the page tests search with: q, like, not, scene, motif, page, size. */
final class TestSearchParser implements PageSearchParser {

  @Override
  public SearchRequest parse(Context ctx, byte[] image) {
    var filters = new SearchFilters(ctx.queryParams("scene"), ctx.queryParams("motif"), SearchFilters.MotifMode.ANY,
        ctx.queryParams("collection"), null, ctx.queryParams("licence"), null, null);
    return new SearchRequest(ctx.queryParam("q"), image, ctx.queryParam("like"), 1f, 1f, ctx.queryParam("not"),
        filters, null, SearchRequest.Sort.RELEVANCE, integer(ctx, "page", 1), integer(ctx, "size", 3), null, null);
  }

  private static int integer(Context ctx, String name, int absent) {
    var value = ctx.queryParam(name);
    try {
      return value == null ? absent : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
    }
  }
}
