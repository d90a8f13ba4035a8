package org.clipsearch.solr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of one Solr node that can be told to misbehave: pass requests through, answer
 * slowly (never within any timeout), or answer garbage with status 200.
 */
final class FaultyProxy implements AutoCloseable {

  /** How it answers. */
  enum Mode { PASS, SLOW, GARBAGE }

  private final HttpServer server;
  private final String upstream;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Mode mode = Mode.PASS;

  FaultyProxy(String upstreamBaseUrl) throws IOException {
    this.upstream = upstreamBaseUrl.substring(0, upstreamBaseUrl.indexOf("/solr"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** The proxy's Solr base URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
  }

  void mode(Mode newMode) {
    mode = newMode;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      switch (mode) {
        case SLOW -> {
          sleep(Duration.ofSeconds(60));
          exchange.sendResponseHeaders(504, -1);
        }
        case GARBAGE -> {
          byte[] junk = "<html><body>502 upstream says hello</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
          exchange.sendResponseHeaders(200, junk.length);
          exchange.getResponseBody().write(junk);
        }
        case PASS -> forward(exchange);
      }
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    var request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.sendResponseHeaders(502, -1);
      return;
    }
    response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.statusCode(), head || response.body().length == 0 ? -1
        : response.body().length);
    if (!head) {
      exchange.getResponseBody().write(response.body());
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
