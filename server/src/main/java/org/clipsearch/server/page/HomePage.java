package org.clipsearch.server.page;

import io.javalin.http.Context;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.SearchService;

import java.util.List;
import java.util.Map;

/** {@code GET /}: the search box, the image drop zone, example queries and what the collection holds. */
final class HomePage {

  /** Facet values listed among the collection's facts. */
  private static final int FACT_VALUES = 8;

  private final SearchService service;
  private final PageRenderer renderer;
  private final Map<String, List<String>> examples;

  /**
   * @param examples queries that show what the collection and its model answer well, by page language
   */
  HomePage(SearchService service, PageRenderer renderer, Map<String, List<String>> examples) {
    this.service = service;
    this.renderer = renderer;
    this.examples = Map.copyOf(examples);
  }

  void show(Context ctx) {
    var links = PageLinks.of(ctx);
    var facets = service.facets();
    String language = PageLocale.choose(ctx.queryParam("lang"), ctx.header("Accept-Language")).getLanguage();
    List<String> queries = examples.getOrDefault(language, examples.getOrDefault("en", List.of()));
    renderer.render(ctx, "home", Map.of(
        "stats", service.stats(),
        "examples", queries.stream()
            .map(q -> new ExampleQuery(q, links.search(QueryString.empty().set("q", q)))).toList(),
        "scenes", top(facets.getOrDefault("scene", List.of())),
        "motifs", top(facets.getOrDefault("motif", List.of()))));
  }

  private static List<FacetCount> top(List<FacetCount> counts) {
    return counts.subList(0, Math.min(FACT_VALUES, counts.size()));
  }
}
