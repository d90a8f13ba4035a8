package org.clipsearch.server.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import org.clipsearch.server.search.SearchService;

import java.util.List;
import java.util.Map;

/**
 * The web interface's routes: the pages, the upload of a query image, and the static files of the web jar under
 * {@code /static}.
 *
 * <pre>{@code
 * var pages = new PageRoutes(service, parser, new UploadCache(Duration.ofHours(1), 256L << 20),
 *     20L << 20, PageRoutes.DEMO_EXAMPLES);
 * Javalin.create(config -> pages.register(config));
 * }</pre>
 */
public final class PageRoutes {

  /** Example queries that the demo world and its model answer. */
  public static final List<String> DEMO_EXAMPLES = List.of(
      "boats in a harbour at dusk", "a windmill in the snow", "skaters on a frozen canal",
      "a ferris wheel at a funfair", "a train at the station at night");

  private final HomePage home;
  private final SearchPage search;
  private final UploadPage upload;
  private final ImagePage image;

  /**
   * @param maxUploadBytes the largest query image accepted
   * @param examples       the home page's example queries
   */
  public PageRoutes(SearchService service, PageSearchParser parser, UploadCache uploads, long maxUploadBytes,
                    List<String> examples) {
    var renderer = new PageRenderer();
    home = new HomePage(service, renderer, examples);
    search = new SearchPage(service, parser, uploads, renderer);
    upload = new UploadPage(uploads, renderer, maxUploadBytes);
    image = new ImagePage(service, renderer);
  }

  /** Adds the pages and static files to a Javalin configuration. */
  public void register(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", "max-age=3600");
    });
    config.routes.get("/", home::show);
    config.routes.get("/search", search::show);
    config.routes.post("/search", upload::accept);
    config.routes.get("/uploads/{token}", upload::serve);
    config.routes.get("/images/{id}", image::show);
  }
}
