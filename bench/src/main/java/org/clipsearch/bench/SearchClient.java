package org.clipsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A client of the search API over loopback, one HTTP/1.1 connection pool, that times each request from sending to
 * the last byte of the answer and fails on any status but 200.
 */
final class SearchClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server said its search step took in the last answer, in milliseconds (-1 for a CSV answer). */
  private final ThreadLocal<Double> lastSearchMs = ThreadLocal.withInitial(() -> -1.0);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  SearchClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Milliseconds of {@code GET /api/search?QUERY}. */
  double search(String query) throws IOException, InterruptedException {
    return time(HttpRequest.newBuilder(URI.create(base + "/api/search?" + query)).GET().build());
  }

  /** Milliseconds of a multipart {@code POST /api/search} of an image and {@code size}. */
  double searchImage(byte[] jpeg, int size) throws IOException, InterruptedException {
    return time(ImageUpload.post(URI.create(base + "/api/search"), jpeg, Map.of("size", String.valueOf(size)))
        .build());
  }

  /** The search step's milliseconds as the server timed them, in this thread's last answer. */
  double lastSearchMs() {
    return lastSearchMs.get();
  }

  /** The body of {@code GET PATH}. */
  String get(String path) throws IOException, InterruptedException {
    var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    requireOk(response.statusCode(), path, response.body());
    return response.body();
  }

  private double time(HttpRequest request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - start) / 1e6;
    requireOk(response.statusCode(), request.uri().toString(), new String(response.body(), StandardCharsets.UTF_8));
    lastSearchMs.set(JSON.readTree(response.body()).path("timings").path("searchMs").asDouble(-1));
    return ms;
  }

  /** The server answered 503: busy, or past its request timeout. */
  static final class Refused extends IllegalStateException {
    Refused(String message) {
      super(message);
    }
  }

  private static void requireOk(int status, String what, String body) {
    if (status == 503) {
      throw new Refused(what + " answered 503: " + body);
    }
    if (status != 200) {
      throw new IllegalStateException(what + " answered " + status + ": " + body);
    }
  }
}
