package org.clipsearch.server.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchHit;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /images/{id}}: one image large, its metadata, its labels with how sure the model is, its duplicates
 * (same content hash), the images most like it, and a search that starts from it.
 */
final class ImagePage {

  /** Similar images shown. */
  private static final int SIMILAR = 12;
  /** Duplicates shown. */
  private static final int DUPLICATES = 12;
  /** Labels shown per label set, most probable first. */
  private static final int LABELS = 10;

  private static final List<String> FIRST_LABEL_SETS = List.of("scene", "motif");
  private static final List<String> BROWSER_FORMATS = List.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp");

  private final SearchService service;
  private final PageRenderer renderer;

  ImagePage(SearchService service, PageRenderer renderer) {
    this.service = service;
    this.renderer = renderer;
  }

  void show(Context ctx) {
    var id = ctx.pathParam("id");
    var found = service.image(id);
    if (found.isEmpty()) {
      renderer.renderError(ctx, HttpStatus.NOT_FOUND, "error.unknownImage", id);
      return;
    }
    var details = found.get();
    var links = PageLinks.of(ctx);
    renderer.render(ctx, "image", Map.of(
        "image", details,
        "display", displayUrl(details),
        "labelSets", labelSets(details),
        "labelsShown", LABELS,
        "duplicates", details.duplicates().stream().limit(DUPLICATES).map(service::image)
            .flatMap(Optional::stream).toList(),
        "similar", HitCard.of(similar(details), 1, links)));
  }

  /** The images most like this one, without itself and its duplicates (they have their own list). */
  private List<SearchHit> similar(ImageDetails image) {
    var request = new SearchRequest(null, null, image.id(), 1f, 1f, null, SearchFilters.NONE, null,
        SearchRequest.Sort.RELEVANCE, 1, SIMILAR + 1 + image.duplicates().size(), null, null);
    return service.search(request).hits().stream()
        .filter(h -> !h.id().equals(image.id()) && !h.contentHash().equals(image.contentHash()))
        .limit(SIMILAR).toList();
  }

  /** The label sets in the sidebar's order (scene, then motif), then any other the image has, by name. */
  private static List<String> labelSets(ImageDetails details) {
    var sets = new ArrayList<>(FIRST_LABEL_SETS);
    sets.retainAll(details.labels().keySet());
    details.labels().keySet().stream().sorted().filter(s -> !sets.contains(s)).forEach(sets::add);
    return sets;
  }

  /** The original when browsers can show its format, the thumbnail otherwise (TIFF scans). */
  private static String displayUrl(ImageDetails details) {
    var path = details.path().toLowerCase(Locale.ROOT);
    return BROWSER_FORMATS.stream().anyMatch(path::endsWith) ? details.fileUrl() : details.thumbnailUrl();
  }
}
