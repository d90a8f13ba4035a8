package org.clipsearch.server.page;

import io.javalin.Javalin;
import org.clipsearch.server.RouteGroup;
import org.clipsearch.server.search.SearchLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The page routes on a free port over a given search service, with the API's parameter parser, and an HTTP client
 * that does not follow redirects.
 */
final class PageServer implements AutoCloseable {

  static final long MAX_UPLOAD = 1024 * 1024;

  private final Javalin app;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  final UploadCache uploads = new UploadCache(Duration.ofMinutes(5), 16L << 20);

  PageServer(FixedSearchService service) {
    var pages = new PageRoutes(uploads, PageRoutes.DEMO_EXAMPLES);
    var services = new RouteGroup.Services(service, new SearchLimits(1000, 100, MAX_UPLOAD, 1000),
        UnaryOperator.identity());
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      pages.register(config, services);
    }).start("127.0.0.1", 0);
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  HttpResponse<String> get(String path, String... headers) {
    var request = HttpRequest.newBuilder(URI.create(base() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** POSTs a multipart form with one file part {@code image} and the given text fields. */
  HttpResponse<String> upload(byte[] file, String contentType, Map<String, String> fields) {
    var boundary = "clipsearch-test-boundary";
    var body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(("--" + boundary
          + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"query.png\"\r\n"
          + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(base() + "/search"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
