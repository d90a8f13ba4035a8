package org.clipsearch.server;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.output.GroundTruthJsonl;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestSettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real server on a free loopback port over a real index of generated demo pictures, built with the demo model
 * through the indexer, with the pictures' ground truth by id, and one extra page at {@code /test-page} added as
 * a {@link RouteGroup}, as the web interface adds its pages.
 */
final class DemoServer implements AutoCloseable {

  static final Path DEMO_CLIP = Path.of(System.getProperty("clipsearch.models.dir", "../models")).resolve("demo-clip");

  final Path dir;
  final Path index;
  final Map<String, GroundTruth> truth = new HashMap<>();
  final ServerApp server;
  final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private DemoServer(Path dir, ServerApp server, int port) {
    this.dir = dir;
    this.index = dir.resolve("index");
    this.server = server;
    this.port = port;
  }

  /** Indexes {@code count} demo pictures of {@code seed} as collection {@code demo}, then serves the index. */
  static DemoServer start(Path dir, long seed, int count, java.util.function.Consumer<Path> beforeIndexing)
      throws Exception {
    return start(dir, seed, count, beforeIndexing, List.of());
  }

  /** As {@link #start(Path, long, int, java.util.function.Consumer)}, with route groups (the web pages) added. */
  static DemoServer start(Path dir, long seed, int count, java.util.function.Consumer<Path> beforeIndexing,
                          List<RouteGroup> pages) throws Exception {
    return start(dir, seed, count, beforeIndexing, pages, settings -> settings);
  }

  /** As {@link #start(Path, long, int, java.util.function.Consumer, List)}, with the server's settings adjusted. */
  static DemoServer start(Path dir, long seed, int count, java.util.function.Consumer<Path> beforeIndexing,
                          List<RouteGroup> pages, java.util.function.UnaryOperator<ServerSettings> adjusted)
      throws Exception {
    Path images = dir.resolve("demo");
    var truth = generate(images, seed, count);
    beforeIndexing.accept(images);
    index(dir.resolve("index"), images, "demo");
    RouteGroup page = (config, services) -> config.routes.get("/test-page", ctx -> ctx.html("<p>"
        + services.search().stats().documents() + " images, pages of up to " + services.limits().maxPageSize()
        + "</p>"));
    var groups = new ArrayList<>(List.of(page));
    groups.addAll(pages);
    ServerApp server = ServerApp.open(adjusted.apply(ServerSettings.of(dir.resolve("index"), DEMO_CLIP)
        .withBind(ServerSettings.LOOPBACK, 0)), groups);
    var demo = new DemoServer(dir, server, server.start());
    truth.forEach((path, t) -> demo.truth.put("demo:" + path, t));
    return demo;
  }

  /** Indexes {@code count} more pictures as collection {@code name} into the served index. */
  void addCollection(String name, long seed, int count) throws Exception {
    Path images = dir.resolve(name);
    generate(images, seed, count).forEach((path, t) -> truth.put(name + ":" + path, t));
    index(index, images, name);
  }

  private static Map<String, GroundTruth> generate(Path images, long seed, int count) throws Exception {
    DemoWorld.generate(seed, count, images, 2);
    var byPath = new HashMap<String, GroundTruth>();
    for (GroundTruth t : GroundTruthJsonl.read(images.resolve("ground-truth.jsonl"))) {
      byPath.put(t.path(), t);
    }
    return byPath;
  }

  private static void index(Path index, Path images, String collection) throws Exception {
    try (var model = ClipModel.open(DEMO_CLIP, new ModelOptions(2, ModelOptions.Device.CPU))) {
      new IngestPipeline(model).run(IngestSettings.of(images, collection).withIndex(index)
          .withMetadata(images.resolve("metadata.csv")).withThreads(16, 2), IngestListener.NONE);
    }
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery, String ifNoneMatch) throws Exception {
    var request = HttpRequest.newBuilder(uri(pathAndQuery));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** POSTs {@code file} as multipart part {@code image}, with the query string {@code query}. */
  HttpResponse<String> upload(String query, byte[] file, String fileName) throws Exception {
    String boundary = "clipsearch-test-boundary";
    var body = new java.io.ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes());
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes());
    return http.send(HttpRequest.newBuilder(uri("/api/search?" + query))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  Path file(String id) {
    int colon = id.indexOf(':');
    return dir.resolve(id.substring(0, colon)).resolve(id.substring(colon + 1));
  }

  static boolean demoModelPresent() {
    return Files.exists(DEMO_CLIP.resolve("model.json"));
  }

  @Override
  public void close() {
    server.close();
  }
}
