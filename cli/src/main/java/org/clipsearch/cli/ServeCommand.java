package org.clipsearch.cli;

import org.clipsearch.server.ServerApp;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.page.PageRoutes;
import org.clipsearch.server.search.SearchLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Serves an index: the web interface and the JSON API, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve an index over HTTP: the web interface (/, in English and Dutch), the JSON API (/api/search, "
        + "/api/images/{id}, ...), its documentation at /api and /openapi.json, /health and /metrics.",
        "Listens on the loopback address unless --bind says otherwise; prints the URL once listening; Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

  private static final long MEBIBYTE = 1024L * 1024;

  @Mixin
  ModelOptionsMixin model;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder, as built by clipsearch index.")
  Path index;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--candidates", paramLabel = "N", defaultValue = "1000",
      description = "Candidates ranked per search, over which facets are counted (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--max-page-size", paramLabel = "N", defaultValue = "100", description = "Largest page (default: ${DEFAULT-VALUE}).")
  int maxPageSize;

  @Option(names = "--text-cache", paramLabel = "N", defaultValue = "10000",
      description = "Query text embeddings cached (default: ${DEFAULT-VALUE}).")
  long textCache;

  @Option(names = "--result-cache", paramLabel = "N", defaultValue = "1000",
      description = "Result pages cached (default: ${DEFAULT-VALUE}).")
  long resultCache;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20",
      description = "Largest uploaded image in MiB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Option(names = "--max-upload-megapixels", paramLabel = "MP", defaultValue = "100",
      description = "Largest uploaded image in megapixels (default: ${DEFAULT-VALUE}).")
  long maxUploadMegapixels;

  @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "30",
      description = "Longest a search may take before a 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (maxUploadMb < 1 || maxUploadMegapixels < 1 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("--max-upload-mb, --max-upload-megapixels and --timeout-seconds must be at "
          + "least 1, got " + maxUploadMb + ", " + maxUploadMegapixels + ", " + timeoutSeconds);
    }
    var settings = ServerSettings.of(index, model.model)
        .withBind(bind, port)
        .withLimits(new SearchLimits(candidates, maxPageSize, maxUploadMb * MEBIBYTE,
            ServerSettings.DEFAULT_MAX_TEXT_LENGTH), maxUploadMegapixels * 1_000_000)
        .withCaches(textCache, resultCache)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withModelOptions(model.options());
    var stopped = new CountDownLatch(1);
    Thread serving = Thread.currentThread();
    Thread hook = new Thread(() -> {
      serving.interrupt();
      awaitQuietly(stopped);
    }, "clipsearch-serve-shutdown");
    try (ServerApp server = ServerApp.open(settings, List.of(PageRoutes.withDefaults()))) {
      int bound = server.start();
      var out = spec.commandLine().getOut();
      out.println("clipsearch serves " + index + " at http://" + bind + ":" + bound + "/ (API documentation: /api)");
      out.flush();
      Runtime.getRuntime().addShutdownHook(hook);
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
