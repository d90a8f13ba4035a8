package org.clipsearch.cli;

import org.clipsearch.server.ServerApp;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.page.PageRoutes;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Runs the server with the web pages until the process is stopped (Ctrl-C) or the calling thread is interrupted,
 * and closes it before the JVM exits.
 */
final class Serving {

  private Serving() {
  }

  /** Serves; prints one line with the URL once listening; returns when stopped. */
  static void untilStopped(ServerSettings settings, IndexBackend.Opener backend, PrintWriter out, String what)
      throws IOException {
    try (var signal = new StopSignal("clipsearch-serve-shutdown");
         ServerApp server = ServerApp.open(settings, backend, List.of(PageRoutes.withDefaults()))) {
      int bound = server.start();
      out.println("clipsearch serves " + what + " at http://" + settings.bind() + ":" + bound
          + "/ (API documentation: /api)");
      out.flush();
      signal.await();
    }
  }
}
