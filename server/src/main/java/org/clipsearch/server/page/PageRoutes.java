package org.clipsearch.server.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.clipsearch.server.RouteGroup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web interface's routes, added to the server as a {@link RouteGroup}: the pages, the upload of a query image,
 * and the static files of the web jar under {@code /static}.
 *
 * <pre>{@code
 * ServerApp.open(settings, List.of(PageRoutes.withDefaults()));
 * }</pre>
 */
public final class PageRoutes implements RouteGroup {

  /** Example queries that the demo world and its model answer, by page language. */
  public static final Map<String, List<String>> DEMO_EXAMPLES = Map.of(
      "en", List.of("boats in a harbour at dusk", "a windmill in the snow", "skaters on a frozen canal",
          "a ferris wheel at a funfair", "a train at the station at night"),
      "nl", List.of("boten in de haven bij schemering", "een windmolen in de sneeuw", "schaatsers op een bevroren gracht",
          "een reuzenrad op de kermis", "een trein op het station bij nacht"));

  /** How long an uploaded query image is held after its last use. */
  public static final Duration UPLOAD_TIME_TO_LIVE = Duration.ofHours(1);
  /** The most bytes of uploaded query images held at once. */
  public static final long UPLOAD_CACHE_BYTES = 256L * 1024 * 1024;

  private static final String HOME = "/";
  private static final String SEARCH = "/search";
  private static final String UPLOAD = "/uploads/{token}";
  private static final String IMAGE = "/images/{id}";

  private final UploadCache uploads;
  private final Map<String, List<String>> examples;
  private final PageRenderer renderer = new PageRenderer();

  /**
   * @param uploads  where uploaded query images are held
   * @param examples the home page's example queries by page language ({@code en}, {@code nl}); a language without
   *                 its own shows the English ones
   */
  public PageRoutes(UploadCache uploads, Map<String, List<String>> examples) {
    this.uploads = uploads;
    this.examples = Map.copyOf(examples);
  }

  /** The pages with an upload cache of {@link #UPLOAD_CACHE_BYTES} for {@link #UPLOAD_TIME_TO_LIVE}, demo examples. */
  public static PageRoutes withDefaults() {
    return new PageRoutes(new UploadCache(UPLOAD_TIME_TO_LIVE, UPLOAD_CACHE_BYTES), DEMO_EXAMPLES);
  }

  /** Adds the pages, which search through the server's search service within its search limits. */
  @Override
  public void register(JavalinConfig config, Services server) {
    var search = server.search();
    var limits = server.limits();
    var home = new HomePage(search, renderer, examples);
    var results = new SearchPage(search, new ApiSearchParser(limits), uploads, renderer);
    var upload = new UploadPage(uploads, renderer, limits.maxUploadBytes());
    var image = new ImagePage(search, renderer);
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", "max-age=3600");
    });
    config.routes.get(HOME, home::show);
    config.routes.get(SEARCH, server.limited().apply(results::show));
    config.routes.post(SEARCH, server.limited().apply(upload::accept));
    config.routes.get(UPLOAD, upload::serve);
    config.routes.get(IMAGE, server.limited().apply(image::show));
  }

  /** A page route the server cannot serve now gets the error page (in the visitor's language), not JSON. */
  @Override
  public boolean answerUnavailable(Context ctx, String reason) {
    var endpoint = ctx.endpoints().lastHttpEndpoint();
    if (endpoint == null || !Set.of(HOME, SEARCH, UPLOAD, IMAGE).contains(endpoint.path)) {
      return false;
    }
    renderer.renderError(ctx, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", reason);
    return true;
  }
}
