package org.clipsearch.server.search;

import io.javalin.http.Context;

/**
 * {@code /api/search} (GET and POST) and {@code /api/images/{id}/similar}: reads the request, searches, and
 * answers JSON, or with {@code format=csv|json} an attachment to download (the page asked for; an export page may
 * hold up to N hits).
 */
public final class SearchController {

  private enum Format { JSON, CSV }

  private final SearchService search;
  private final SearchLimits limits;

  public SearchController(SearchService search, SearchLimits limits) {
    this.search = search;
    this.limits = limits;
  }

  /** {@code GET|POST /api/search}. */
  public void search(Context ctx) {
    answer(ctx, null);
  }

  /** {@code GET /api/images/{id}/similar}: a search like that image, with the same parameters otherwise. */
  public void similar(Context ctx) {
    answer(ctx, ctx.pathParam("id"));
  }

  private void answer(Context ctx, String like) {
    String format = ctx.queryParam("format");
    if (format == null) {
      ctx.json(search.search(SearchParams.read(ctx, limits, limits.maxPageSize(), like)));
      return;
    }
    Format chosen = SearchParams.choice("format", format.strip(), Format.class);
    SearchResponse response = search.search(SearchParams.read(ctx, limits, limits.candidateLimit(), like));
    String file = "clipsearch-results-page-" + response.page() + (chosen == Format.CSV ? ".csv" : ".json");
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    if (chosen == Format.CSV) {
      ctx.contentType("text/csv; charset=utf-8").result(CsvExport.of(response));
    } else {
      ctx.json(response);
    }
  }
}
