package org.clipsearch.server.iiif;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.image.ImageFiles;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.search.ImageDetails;
import org.clipsearch.server.search.SearchLimits;
import org.clipsearch.server.search.SearchParams;
import org.clipsearch.server.search.SearchRequest;
import org.clipsearch.server.search.SearchService;
import org.clipsearch.server.search.UnknownImageException;

import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * IIIF out: {@code /iiif/search/manifest.json} is a Presentation 3 manifest of a page of results (the parameters of
 * {@code /api/search}; {@code size} up to the candidate limit, as for exports), {@code /iiif/images/{id}/manifest.json}
 * one of a single image, and {@code /iiif/images/{id}} each image's level-0 Image API service
 * ({@link LevelZeroImages}). Every answer allows any origin, as IIIF viewers run on other sites.
 */
public final class IiifController {

  private final SearchService search;
  private final SearchLimits limits;
  private final LevelZeroImages images;
  private final BooleanSupplier pages;
  /** Whether the pages are served: asked once, at the first request, when every route group has registered. */
  private volatile Boolean pagesServed;

  /**
   * @param pages whether the web interface's pages are served (they are added after the API), for links to them
   */
  public IiifController(SearchService search, SearchLimits limits, IndexBackend backend, ImageFiles files,
                        BooleanSupplier pages) {
    this.search = search;
    this.limits = limits;
    this.images = new LevelZeroImages(backend, files);
    this.pages = pages;
  }

  /** Adds the routes; {@code limited} bounds the searching one as the API's searches are bounded. */
  public void register(RoutesConfig routes, UnaryOperator<Handler> limited) {
    routes.before("/iiif/*", IiifController::anyOrigin);
    routes.get("/iiif/search/manifest.json", limited.apply(this::results));
    routes.get("/iiif/images/{id}/manifest.json", this::single);
    routes.get("/iiif/images/{id}", images::base);
    routes.get("/iiif/images/{id}/info.json", images::info);
    routes.get("/iiif/images/{id}/{region}/{size}/{rotation}/{file}", images::image);
  }

  /** Answers (errors, timeouts and refusals too) with the header that lets a viewer on any site read the answer. */
  private static void anyOrigin(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
  }

  private boolean pages() {
    Boolean served = pagesServed;
    if (served == null) {
      served = pages.getAsBoolean();
      pagesServed = served;
    }
    return served;
  }

  private void results(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, limits, limits.candidateLimit(), null);
    var response = search.search(request);
    String origin = PublicOrigin.of(ctx);
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    String homepage = pages() ? origin + "/search" + query : null;
    var manifest = ResultManifest.of(origin + ctx.path() + query, homepage, request, response,
        new CanvasWriter(origin, pages()), search::image);
    JsonLd.send(ctx, ResultManifest.CONTEXT, manifest);
  }

  private void single(Context ctx) {
    String id = ctx.pathParam("id");
    ImageDetails image = search.image(id).orElseThrow(() -> new UnknownImageException(id));
    String origin = PublicOrigin.of(ctx);
    var manifest = ResultManifest.of(origin + ImageUrls.manifest(id), image,
        new CanvasWriter(origin, pages()));
    JsonLd.send(ctx, ResultManifest.CONTEXT, manifest);
  }
}
