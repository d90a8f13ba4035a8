package org.clipsearch.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.server.api.ApiDocs;
import org.clipsearch.server.api.MetricsController;
import org.clipsearch.server.api.RequestMetrics;
import org.clipsearch.server.api.StatusController;
import org.clipsearch.server.backend.BackendUnavailableException;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.lucene.LuceneBackend;
import org.clipsearch.server.error.ApiError;
import org.clipsearch.server.error.ApiException;
import org.clipsearch.server.iiif.IiifController;
import org.clipsearch.server.image.ImageController;
import org.clipsearch.server.image.ImageFiles;
import org.clipsearch.server.search.BadParameterException;
import org.clipsearch.server.search.ClipSearchService;
import org.clipsearch.server.search.ResultCache;
import org.clipsearch.server.search.SearchController;
import org.clipsearch.server.search.SearchParams;
import org.clipsearch.server.search.SearchService;
import org.clipsearch.server.search.TextEmbeddings;
import org.clipsearch.server.search.UnknownImageException;
import org.clipsearch.server.search.UploadEmbedder;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The server: one place that wires every route, the error mapping and the parts behind them.
 *
 * <pre>{@code
 * try (ServerApp server = ServerApp.open(ServerSettings.of(indexDir, modelDir), List.of())) {
 *   int port = server.start();
 * }
 * }</pre>
 *
 * <p>Ids go into URLs as one percent-encoded path segment ({@link org.clipsearch.server.image.ImageUrls}). Other
 * modules add routes, such as the HTML pages, as {@link RouteGroup}s (see {@link #configure}).
 */
public final class ServerApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);

  /**
   * Searches that may wait per search thread before the server answers 503: enough that 16 clients at once on two
   * cores wait their turn (bench/query-latency.sh) instead of being refused; a waiting search still counts against
   * the request timeout.
   */
  private static final int QUEUED_PER_SEARCH_THREAD = 32;

  /** The shortest time a new connection has to send its request head, however short the request timeout. */
  private static final Duration HEADER_DEADLINE_FLOOR = Duration.ofSeconds(1);

  private final ServerSettings settings;
  private final ClipModel model;
  private final IndexBackend backend;
  private final List<RouteGroup> pages;
  private final TextEmbeddings texts;
  private final ResultCache results;
  private final ClipSearchService search;
  private final RequestMetrics metrics = new RequestMetrics();
  private final TimeLimit timeLimit;
  private final Javalin app;

  /**
   * A server over an open model and index, which it closes when closed.
   *
   * @throws IllegalStateException when the index was built with another model
   */
  public ServerApp(ServerSettings settings, ClipModel model, IndexBackend backend, List<RouteGroup> pages) {
    this.settings = settings;
    this.model = model;
    this.backend = backend;
    this.pages = List.copyOf(pages);
    IndexIdentity index = backend.identity();
    index.requireSameAs(IndexIdentity.of(model, index.vectorFormat()), settings.index());
    this.texts = new TextEmbeddings(model.textEmbedder(), model.fingerprint().value(), settings.textCacheSize());
    this.results = new ResultCache(settings.resultCacheSize());
    var uploads = new UploadEmbedder(model.imageEmbedder(), settings.uploadLimits(), model.manifest().image().size());
    this.search = new ClipSearchService(backend, texts, uploads, results, settings.limits().candidateLimit());
    this.timeLimit = new TimeLimit(settings.searchThreads(), QUEUED_PER_SEARCH_THREAD * settings.searchThreads(),
        settings.requestTimeout());
    this.app = Javalin.create(this::configure);
  }

  /**
   * Opens the model and the index of {@code settings} and wires a server over them with these extra routes.
   *
   * @throws IllegalArgumentException when the model or the index cannot be opened
   * @throws IllegalStateException    when the index was built with another model
   */
  public static ServerApp open(ServerSettings settings, List<RouteGroup> pages) throws IOException {
    return open(settings, () -> LuceneBackend.open(new IndexLayout(settings.index())), pages);
  }

  /**
   * Opens the model of {@code settings} and the index that {@code backends} opens (the embedded Lucene index, or a
   * cluster), and wires a server over them with these extra routes: the routes, the JSON and the pages are the same
   * whatever the backend.
   *
   * @throws IllegalArgumentException when the model or the index cannot be opened
   * @throws IllegalStateException    when the index was built with another model
   */
  public static ServerApp open(ServerSettings settings, IndexBackend.Opener backends, List<RouteGroup> pages)
      throws IOException {
    ClipModel model = ClipModel.open(settings.model(), settings.modelOptions());
    try {
      IndexBackend backend = backends.open();
      try {
        return new ServerApp(settings, model, backend, pages);
      } catch (RuntimeException e) {
        backend.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = settings.limits().maxUploadBytes() + SearchParams.FORM_BYTES;
    config.jetty.multipartConfig.maxFileSize(settings.limits().maxUploadBytes() + SearchParams.FORM_BYTES,
        SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(settings.limits().maxUploadBytes() + SearchParams.FORM_BYTES,
        SizeUnit.BYTES);
    config.router.handlerWrapper(timeLimit::wrap);
    config.requestLogger.http((ctx, millis) -> metrics.record(route(ctx), ctx.method().name(), ctx.statusCode(),
        millis));

    var searches = new SearchController(search, settings.limits());
    var files = new ImageFiles(backend, new IndexLayout(settings.index()));
    var images = new ImageController(search, backend, files);
    var status = new StatusController(search);
    var docs = ApiDocs.load();
    var metricsPage = new MetricsController(metrics,
        Map.of("text_embeddings", texts::stats, "results", results::stats), backend);

    RoutesConfig routes = config.routes;
    routes.before(SecurityHeaders::set);
    routes.get("/api/search", timeLimit.limited(searches::search));
    routes.post("/api/search", timeLimit.limited(searches::search));
    routes.get("/api/images/{id}", images::details);
    routes.get("/api/images/{id}/thumbnail", images::thumbnail);
    routes.get("/api/images/{id}/file", images::file);
    routes.get("/api/images/{id}/similar", timeLimit.limited(searches::similar));
    routes.get("/api/facets", status::facets);
    routes.get("/api/stats", status::stats);
    routes.get("/health", status::health);
    routes.get("/metrics", metricsPage::metrics);
    routes.get("/openapi.json", docs::openApi);
    routes.get("/api", docs::page);
    new IiifController(search, settings.limits(), backend, files, () -> routes().contains("GET /images/{id}"))
        .register(routes, timeLimit::limited);
    var services = new RouteGroup.Services(search, settings.limits(), timeLimit::limited);
    pages.forEach(group -> group.register(config, services));
    mapErrors(routes);
  }

  /** A 503 for {@code ctx}: in the form of the route group the route belongs to, or as JSON. */
  private void unavailable(Context ctx, String reason) {
    ctx.header("Retry-After", "5");
    if (pages.stream().noneMatch(group -> group.answerUnavailable(ctx, reason))) {
      answer(ctx, 503, ApiError.of(reason));
    }
  }

  /** The one place exceptions become HTTP answers: JSON {@link ApiError}s, never a stack trace. */
  private void mapErrors(RoutesConfig routes) {
    routes.exception(BadParameterException.class, (e, ctx) -> answer(ctx, 400, new ApiError(e.getMessage(),
        e.parameter())));
    routes.exception(UnknownImageException.class, (e, ctx) -> answer(ctx, 404, ApiError.of(e.getMessage())));
    routes.exception(ApiException.class, (e, ctx) -> {
      if (e.status() == 503) {
        unavailable(ctx, e.body().error());
      } else {
        answer(ctx, e.status(), e.body());
      }
    });
    routes.exception(BackendUnavailableException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      unavailable(ctx, e.getMessage());
    });
    routes.exception(Exception.class, (e, ctx) -> {
      var malformed = malformed(e);
      if (malformed != null) {
        answer(ctx, malformed.getCode(), ApiError.of("the request is malformed: " + malformed.getReason()));
        return;
      }
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, ApiError.of("internal error; the server log has the details"));
    });
    routes.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        answer(ctx, 404, ApiError.of("no such route: " + ctx.method() + " " + ctx.path()));
      }
    });
  }

  /** The client's fault (a body Jetty could not parse, such as a broken multipart form) behind {@code e}, or null. */
  private static BadMessageException malformed(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
        return bad;
      }
    }
    return null;
  }

  private static void answer(Context ctx, int status, ApiError error) {
    ctx.status(status).json(error);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String route(Context ctx) {
    var endpoint = ctx.endpoints().lastHttpEndpoint();
    return endpoint == null ? "unmatched" : endpoint.path;
  }

  /** Starts listening on the settings' address and port; returns the port bound (a free one for port 0). */
  public int start() {
    return start(settings.port());
  }

  /**
   * Starts listening on the settings' address and {@code port}; returns the port bound (a free one for 0). A
   * connection has the request timeout, at least a second, to send its first request head ({@link HeaderDeadline}).
   */
  public int start(int port) {
    app.start(settings.bind(), port);
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      connector.addEventListener(new HeaderDeadline(connector.getScheduler(),
          max(settings.requestTimeout(), HEADER_DEADLINE_FLOOR)));
    }
    return app.port();
  }

  /** Every HTTP route served, as {@code METHOD /path}, e.g. {@code GET /api/images/{id}}. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(handler -> handler.endpoint.method.isHttpMethod())
        .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path).toList();
  }

  /** The search service, as the page routes use it. */
  public SearchService search() {
    return search;
  }

  /** Stops listening and closes the index and the model. */
  @Override
  public void close() {
    try {
      app.stop();
      timeLimit.close();
    } finally {
      try {
        backend.close();
      } finally {
        model.close();
      }
    }
  }
}
