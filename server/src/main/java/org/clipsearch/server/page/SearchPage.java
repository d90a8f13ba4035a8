package org.clipsearch.server.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchResponse;
import org.clipsearch.server.search.SearchService;
import org.clipsearch.server.search.UnknownImageException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /search}: one page of results for the search its URL describes, with the query form filled in, the
 * facet sidebar and the pager. The URL takes the parameters of {@code /api/search} plus {@code upload} (the token
 * of an image held by {@link UploadCache}) and {@code lang}.
 */
final class SearchPage {

  /** The filter parameters the query form carries as hidden fields, so a new query keeps its filters. */
  private static final List<String> HIDDEN_FILTERS = List.of("scene", "motif", "motif_mode", "collection", "licence");

  private final SearchService service;
  private final ApiSearchParser parser;
  private final UploadCache uploads;
  private final PageRenderer renderer;

  SearchPage(SearchService service, ApiSearchParser parser, UploadCache uploads, PageRenderer renderer) {
    this.service = service;
    this.parser = parser;
    this.uploads = uploads;
    this.renderer = renderer;
  }

  void show(Context ctx) {
    var links = PageLinks.of(ctx);
    var query = links.query();
    if (query.without("lang").isEmpty()) {
      ctx.redirect(links.home(), HttpStatus.SEE_OTHER);
      return;
    }
    var token = query.first("upload");
    var upload = token == null ? null : uploads.get(token).orElse(null);
    if (token != null && upload == null) {
      renderer.renderError(ctx, HttpStatus.GONE, "error.uploadGone", null);
      return;
    }
    SearchRequest request;
    SearchResponse response;
    Map<String, List<FacetCount>> counts;
    try {
      request = parser.parse(ctx, upload == null ? null : upload.bytes());
      response = service.search(request);
      counts = SidebarCounts.of(service, request, response);
    } catch (UnknownImageException e) {
      renderer.renderError(ctx, HttpStatus.NOT_FOUND, "error.unknownImage", e.getMessage());
      return;
    } catch (IllegalArgumentException e) {
      renderer.renderError(ctx, HttpStatus.BAD_REQUEST, "error.badSearch", e.getMessage());
      return;
    }
    renderer.render(ctx, "search", model(request, response, counts, token, links));
  }

  private Map<String, Object> model(SearchRequest request, SearchResponse response,
                                    Map<String, List<FacetCount>> counts, String token, PageLinks links) {
    var query = links.query();
    var model = new HashMap<String, Object>();
    model.put("request", request);
    model.put("notWords", request.not());
    model.put("refineOpen", refined(request));
    model.put("response", response);
    model.put("cards", HitCard.of(response.hits(), (response.page() - 1) * response.size() + 1, links));
    model.put("facets", FacetSidebar.of(counts, query, links));
    model.put("pager", Pager.of(response.page(), response.size(), response.totalCandidates(), query, links));
    model.put("hidden", hiddenFilters(query));
    model.put("likeImage", request.like() == null ? null : service.image(request.like()).orElse(null));
    model.put("upload", token);
    model.put("resultManifest", token != null || response.hits().isEmpty() ? null
        : "/iiif/search/manifest.json?" + query.without("lang").encode());
    var withoutImage = query.without("like", "upload", "image_weight", "text_weight", "page");
    model.put("removeImage", withoutImage.first("q") == null && withoutImage.first("keywords") == null
        ? links.home() : links.search(withoutImage));
    return model;
  }

  /** Whether the search uses a field behind "refine", so the form opens with it in view. */
  private static boolean refined(SearchRequest request) {
    var filters = request.filters();
    return request.not() != null || request.keywords() != null || filters.creator() != null
        || filters.yearFrom() != null || filters.yearTo() != null;
  }

  private static List<Map.Entry<String, String>> hiddenFilters(QueryString query) {
    var fields = new ArrayList<Map.Entry<String, String>>();
    HIDDEN_FILTERS.forEach(name -> query.all(name).forEach(value -> fields.add(Map.entry(name, value))));
    return fields;
  }
}
