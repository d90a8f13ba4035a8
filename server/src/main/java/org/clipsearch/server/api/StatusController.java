package org.clipsearch.server.api;

import io.javalin.http.Context;
import org.clipsearch.server.search.SearchService;

import java.util.Map;

/** {@code /health}, {@code /api/stats} and {@code /api/facets}. */
public final class StatusController {

  private final SearchService search;

  public StatusController(SearchService search) {
    this.search = search;
  }

  /** {@code GET /health}: up, and the index answers. */
  public void health(Context ctx) {
    ctx.json(Map.of("status", "up", "documents", search.stats().documents()));
  }

  /** {@code GET /api/stats}. */
  public void stats(Context ctx) {
    ctx.json(search.stats());
  }

  /** {@code GET /api/facets}: counts over the whole collection. */
  public void facets(Context ctx) {
    ctx.json(search.facets());
  }
}
