package org.clipsearch.cli;

import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.search.SearchLimits;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** The options of every command that runs the server: where it listens, its limits and its caches. */
final class ServerOptionsMixin {

  private static final long MEBIBYTE = 1024L * 1024;

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
      description = "Longest any request may take before a 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  /**
   * The server settings these options give for an index and a model.
   *
   * @throws IllegalArgumentException naming the option when a limit is below 1
   */
  ServerSettings settings(Path index, Path model, ModelOptions modelOptions) {
    if (maxUploadMb < 1 || maxUploadMegapixels < 1 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("--max-upload-mb, --max-upload-megapixels and --timeout-seconds must be at "
          + "least 1, got " + maxUploadMb + ", " + maxUploadMegapixels + ", " + timeoutSeconds);
    }
    return ServerSettings.of(index, model)
        .withBind(bind, port)
        .withLimits(new SearchLimits(candidates, maxPageSize, maxUploadMb * MEBIBYTE,
            ServerSettings.DEFAULT_MAX_TEXT_LENGTH), maxUploadMegapixels * 1_000_000)
        .withCaches(textCache, resultCache)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withModelOptions(modelOptions);
  }
}
