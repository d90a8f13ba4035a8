package org.clipsearch.server;

import io.javalin.config.JavalinConfig;
import org.clipsearch.server.search.SearchService;

/**
 * Routes that another module adds to the server, such as the HTML pages of the web interface: {@link ServerApp}
 * hands each group the Javalin configuration (routes, static files) and the search service while it wires its own.
 *
 * <pre>{@code
 * new ServerApp(settings, model, backend, List.of(new PageRoutes(templates)));
 * }</pre>
 */
@FunctionalInterface
public interface RouteGroup {

  /** Adds the group's routes (and static files) to {@code config}; they search through {@code search}. */
  void register(JavalinConfig config, SearchService search);
}
