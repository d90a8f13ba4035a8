package org.clipsearch.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.clipsearch.server.search.SearchLimits;
import org.clipsearch.server.search.SearchService;

import java.util.function.UnaryOperator;

/**
 * Routes that another module adds to the server, such as the HTML pages of the web interface: {@link ServerApp}
 * hands each group the Javalin configuration (routes, static files) and what the server's own routes use, while
 * it wires its own.
 *
 * <pre>{@code
 * RouteGroup pages = (config, server) -> config.routes.get("/", ctx -> ctx.html(home(server.search().stats())));
 * ServerApp.open(settings, List.of(pages));
 * }</pre>
 */
@FunctionalInterface
public interface RouteGroup {

  /**
   * What route groups use.
   *
   * @param search the search service the JSON API answers with
   * @param limits  the bounds of a search, as {@link org.clipsearch.server.search.SearchParams#read} checks them
   * @param limited wraps a handler that searches so that it runs on the server's bounded search pool within the
   *                request timeout, as the API's searches do
   */
  record Services(SearchService search, SearchLimits limits, UnaryOperator<Handler> limited) {
  }

  /** Adds the group's routes (and static files) to {@code config}. */
  void register(JavalinConfig config, Services server);

  /**
   * Answers a request to one of the group's routes that the server cannot serve now (503: busy, past the request
   * timeout, the index unavailable) in the group's own form, such as an HTML page for a page route.
   *
   * @param reason what the server says went wrong
   * @return false to leave the server's JSON answer (the default, and for any route not the group's)
   */
  default boolean answerUnavailable(Context ctx, String reason) {
    return false;
  }
}
