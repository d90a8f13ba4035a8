package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchHit;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * IIIF Presentation 3 manifests that this server writes: one of a page of search results, one canvas per hit in
 * rank order, labelled with what was asked; and one of a single image.
 */
final class ResultManifest {

  static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ResultManifest() {
  }

  /**
   * The manifest of {@code response}.
   *
   * @param id       the manifest's own URL
   * @param homepage the same search in the web interface, or null when the server has none
   * @param images   the details of a hit's image (empty for an image removed since the search)
   */
  static ObjectNode of(String id, String homepage, SearchRequest request, SearchResponse response,
                       CanvasWriter canvases, Function<String, Optional<ImageDetails>> images) {
    ObjectNode manifest = start(id);
    String asked = asked(request);
    int first = (response.page() - 1) * response.size() + 1;
    int last = first + response.hits().size() - 1;
    manifest.set("label", LanguageMaps.of(
        "Search results: " + asked + " (" + range(first, last) + " of " + response.totalCandidates() + ")",
        "Zoekresultaten: " + asked + " (" + range(first, last) + " van " + response.totalCandidates() + ")"));
    String filters = filters(request.filters());
    if (!filters.isEmpty()) {
      manifest.set("summary", LanguageMaps.none(filters));
    }
    if (homepage != null) {
      manifest.set("homepage", JSON.arrayNode().add(JSON.objectNode().put("id", homepage).put("type", "Text")
          .put("format", "text/html").set("label", LanguageMaps.of("These results in clipsearch",
              "Deze resultaten in clipsearch"))));
    }
    manifest.putArray("behavior").add("individuals");
    var items = manifest.putArray("items");
    int rank = first;
    for (SearchHit hit : response.hits()) {
      int thisRank = rank++;
      images.apply(hit.id()).ifPresent(image -> items.add(canvases.canvas(image, thisRank, hit.score())));
    }
    return manifest;
  }

  /** The manifest of one image, which viewers open from its detail page. */
  static ObjectNode of(String id, ImageDetails image, CanvasWriter canvases) {
    ObjectNode manifest = start(id);
    manifest.set("label", LanguageMaps.of(image.titles(), image.title() != null ? image.title() : image.path()));
    manifest.putArray("items").add(canvases.canvas(image, 0, 0f));
    return manifest;
  }

  private static ObjectNode start(String id) {
    ObjectNode manifest = JSON.objectNode();
    manifest.put("@context", CONTEXT);
    manifest.put("id", id);
    manifest.put("type", "Manifest");
    return manifest;
  }

  private static String range(int first, int last) {
    return last < first ? "0" : first + "–" + last;
  }

  /** What the search asked for, in the words of its parameters. */
  private static String asked(SearchRequest request) {
    var parts = new ArrayList<String>();
    if (request.text() != null) {
      parts.add("“" + request.text() + "”");
    }
    if (request.keywords() != null) {
      parts.add("keywords “" + request.keywords() + "”");
    }
    if (request.like() != null) {
      parts.add("like " + request.like());
    }
    if (request.not() != null) {
      parts.add("not “" + request.not() + "”");
    }
    return String.join(", ", parts);
  }

  private static String filters(SearchFilters filters) {
    var parts = new ArrayList<String>();
    add(parts, "scene", filters.scenes());
    add(parts, "motif", filters.motifs());
    add(parts, "collection", filters.collections());
    add(parts, "licence", filters.licences());
    if (filters.creator() != null) {
      parts.add("creator: " + filters.creator());
    }
    if (filters.yearFrom() != null || filters.yearTo() != null) {
      parts.add("years: " + (filters.yearFrom() == null ? "" : filters.yearFrom()) + "–"
          + (filters.yearTo() == null ? "" : filters.yearTo()));
    }
    return String.join("; ", parts);
  }

  private static void add(List<String> parts, String name, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + ": " + String.join(", ", values));
    }
  }
}
