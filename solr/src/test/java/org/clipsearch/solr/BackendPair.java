package org.clipsearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.server.RouteGroup;
import org.clipsearch.server.ServerApp;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.lucene.LuceneBackend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server on a free loopback port over one backend, asked over HTTP. */
final class BackendPair {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** One served backend. */
  record Served(ServerApp app, int port) implements AutoCloseable {

    HttpResponse<String> get(String pathAndQuery) throws Exception {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) throws Exception {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(String pathAndQuery) throws Exception {
      HttpResponse<String> response = get(pathAndQuery);
      if (response.statusCode() != 200) {
        throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    }

    @Override
    public void close() {
      app.close();
    }
  }

  private BackendPair() {
  }

  /** A server over the embedded index in {@code index}. */
  static Served lucene(Path index, List<RouteGroup> pages) throws Exception {
    return serve(settings(index), () -> LuceneBackend.open(new IndexLayout(index)), pages);
  }

  /** A server over a Solr collection, with {@code local} as its local folder. */
  static Served solr(SolrTarget target, Path local, List<RouteGroup> pages) throws Exception {
    return serve(settings(local), () -> SolrBackend.open(target), pages);
  }

  static Served serve(ServerSettings settings, IndexBackend.Opener backend, List<RouteGroup> pages) throws Exception {
    ServerApp app = ServerApp.open(settings, backend, pages);
    return new Served(app, app.start());
  }

  static ServerSettings settings(Path index) {
    return ServerSettings.of(index, DemoCorpus.DEMO_CLIP).withBind(ServerSettings.LOOPBACK, 0);
  }
}
