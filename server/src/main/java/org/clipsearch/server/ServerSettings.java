package org.clipsearch.server;

import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.server.search.SearchLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs.
 *
 * <pre>{@code
 * var settings = ServerSettings.of(Path.of("index-data/demo"), Path.of("models/demo-clip")).withBind("0.0.0.0", 8080);
 * }</pre>
 *
 * @param index            the index directory
 * @param model            the model directory (the model that built the index)
 * @param bind             the address to listen on; loopback unless told otherwise
 * @param port             the port, 0 for any free one
 * @param limits           candidates (N), page size, upload bytes and text length of a search
 * @param maxUploadPixels  largest width x height of an uploaded image
 * @param textCacheSize    text embeddings cached
 * @param resultCacheSize  result pages cached
 * @param searchThreads    searches run at once
 * @param requestTimeout   longest any request may take (every route), and a new connection to send its head
 * @param modelOptions     ONNX Runtime threads and device
 */
public record ServerSettings(Path index, Path model, String bind, int port, SearchLimits limits,
                             long maxUploadPixels, long textCacheSize, long resultCacheSize, int searchThreads,
                             Duration requestTimeout, ModelOptions modelOptions) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final int DEFAULT_CANDIDATES = 1000;
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
  public static final long DEFAULT_MAX_UPLOAD_PIXELS = 100_000_000L;
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1000;

  public ServerSettings {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(modelOptions, "modelOptions");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxUploadPixels < 1 || textCacheSize < 0 || resultCacheSize < 0 || searchThreads < 1) {
      throw new IllegalArgumentException("upload pixels and search threads must be positive and cache sizes not "
          + "negative: pixels " + maxUploadPixels + ", text cache " + textCacheSize + ", result cache "
          + resultCacheSize + ", search threads " + searchThreads);
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive, got " + requestTimeout);
    }
  }

  /**
   * Loopback, port 7070, N 1000, pages up to 100, uploads up to 20 MiB and 100 megapixels,
   * 30 s per request, the model on the CPU.
   */
  public static ServerSettings of(Path index, Path model) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerSettings(index, model, LOOPBACK, DEFAULT_PORT, new SearchLimits(DEFAULT_CANDIDATES,
        DEFAULT_MAX_PAGE_SIZE, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_TEXT_LENGTH), DEFAULT_MAX_UPLOAD_PIXELS,
        10_000, 1_000, cores, Duration.ofSeconds(30), new ModelOptions(cores, ModelOptions.Device.CPU));
  }

  public ServerSettings withBind(String address, int newPort) {
    return new ServerSettings(index, model, address, newPort, limits, maxUploadPixels, textCacheSize,
        resultCacheSize, searchThreads, requestTimeout, modelOptions);
  }

  public ServerSettings withCaches(long texts, long results) {
    return new ServerSettings(index, model, bind, port, limits, maxUploadPixels, texts, results, searchThreads,
        requestTimeout, modelOptions);
  }

  public ServerSettings withLimits(SearchLimits newLimits, long pixels) {
    return new ServerSettings(index, model, bind, port, newLimits, pixels, textCacheSize, resultCacheSize,
        searchThreads, requestTimeout, modelOptions);
  }

  public ServerSettings withTimeout(Duration timeout) {
    return new ServerSettings(index, model, bind, port, limits, maxUploadPixels, textCacheSize, resultCacheSize,
        searchThreads, timeout, modelOptions);
  }

  public ServerSettings withModelOptions(ModelOptions options) {
    return new ServerSettings(index, model, bind, port, limits, maxUploadPixels, textCacheSize, resultCacheSize,
        searchThreads, requestTimeout, options);
  }

  /** Byte and pixel limits of an uploaded image. */
  public DecodeLimits uploadLimits() {
    return new DecodeLimits(limits.maxUploadBytes(), maxUploadPixels, 0);
  }
}
