package org.clipsearch.indexer.iiif;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking collections over a loopback server: nesting, cycles, paged collections, depth and size limits. */
class CollectionWalkerTest {

  private HttpServer server;
  private final Map<String, String> documents = new HashMap<>();
  private final List<CollectionWalker.Found> found = new ArrayList<>();
  private final List<HarvestFailure> failures = new ArrayList<>();
  private final AtomicInteger bodiesSent = new AtomicInteger();
  @TempDir
  Path folder;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/tagged/")) {
        exchange.getResponseHeaders().set("ETag", "\"v1\"");
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          exchange.close();
          return;
        }
        bodiesSent.incrementAndGet();
        path = path.substring("/tagged".length());
      }
      String body = documents.get(path);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    documents.put("/root.json", collection3("/root.json", "/root.json", "/sub.json", "/m1.json", "/missing.json"));
    documents.put("/sub.json", collection3("/sub.json", "/m2.json", "/root.json"));
    documents.put("/m1.json", manifest3("/m1.json"));
    documents.put("/m2.json", manifest3("/m2.json"));
    documents.put("/paged.json", """
        {"@context": "http://iiif.io/api/presentation/2/context.json", "@id": "%s", "@type": "sc:Collection",
         "label": "paged", "first": "%s"}""".formatted(url("/paged.json"), url("/page1.json")));
    documents.put("/page1.json", page2("/page1.json", "/m1.json", url("/page2.json")));
    documents.put("/page2.json", page2("/page2.json", "/m2.json", null));
    documents.put("/odd.json", """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%s", "type": "Collection",
         "label": {"en": ["odd"]}, "items": [{"id": "{{ id.path }}/manifest.json", "type": "Manifest"},
          {"id": "file:///etc/passwd", "type": "Manifest"}, {"id": "%s", "type": "Manifest"}]}"""
        .formatted(url("/odd.json"), url("/m1.json")));
    documents.put("/huge.json", "{\"pad\": \"" + "x".repeat(2_000_000) + "\"}");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String collection3(String id, String... members) {
    var items = new ArrayList<String>();
    for (String member : members) {
      String type = member.startsWith("/m") ? "Manifest" : "Collection";
      items.add("{\"id\": \"" + url(member) + "\", \"type\": \"" + type + "\"}");
    }
    return "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"" + url(id)
        + "\", \"type\": \"Collection\", \"label\": {\"en\": [\"c\"]}, \"items\": [" + String.join(",", items) + "]}";
  }

  private String manifest3(String id) {
    return """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%s", "type": "Manifest",
         "label": {"en": ["m"]}, "items": [{"id": "%s/canvas/1", "type": "Canvas", "width": 100, "height": 80,
           "items": [{"id": "%s/page/1", "type": "AnnotationPage", "items": [{"id": "%s/anno/1", "type": "Annotation",
             "motivation": "painting", "body": {"id": "%s/image.jpg", "type": "Image"}}]}]}]}"""
        .formatted(url(id), url(id), url(id), url(id), url(id));
  }

  private String page2(String id, String manifest, String next) {
    return "{\"@context\": \"http://iiif.io/api/presentation/2/context.json\", \"@id\": \"" + url(id)
        + "\", \"@type\": \"sc:Collection\", \"manifests\": [{\"@id\": \"" + url(manifest)
        + "\", \"@type\": \"sc:Manifest\"}]" + (next == null ? "" : ", \"next\": \"" + next + "\"") + "}";
  }

  private void walk(String path, int depth) throws InterruptedException {
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 2, Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(5)));
    new CollectionWalker(fetcher, depth, 1_000_000).walk(URI.create(url(path)), found::add, failures::add);
  }

  private List<String> manifests() {
    return found.stream().map(f -> f.manifest().id()).sorted().toList();
  }

  @Test
  void nested_collections_that_contain_themselves_yield_each_manifest_once() throws Exception {
    walk("/root.json", 5);
    assertThat(manifests()).containsExactly(url("/m1.json"), url("/m2.json"));
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(url("/missing.json"));
      assertThat(f.reason()).contains("HTTP 404");
    });
  }

  @Test
  void a_paged_version_2_collection_is_followed_page_by_page() throws Exception {
    walk("/paged.json", 5);
    assertThat(manifests()).containsExactly(url("/m1.json"), url("/m2.json"));
    assertThat(failures).isEmpty();
  }

  @Test
  void collections_deeper_than_the_limit_are_reported_not_followed() throws Exception {
    walk("/root.json", 1);
    assertThat(manifests()).containsExactly(url("/m1.json"));
    assertThat(failures).anySatisfy(f -> {
      assertThat(f.source()).isEqualTo(url("/m2.json"));
      assertThat(f.reason()).contains("deeper than 1");
    });
  }

  @Test
  void a_document_over_the_size_limit_is_refused_with_the_reason() throws Exception {
    walk("/huge.json", 5);
    assertThat(found).isEmpty();
    assertThat(failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("larger than the 1000000"));
  }

  @Test
  void a_member_that_is_no_uri_or_a_local_file_of_a_fetched_collection_is_reported_not_followed() throws Exception {
    walk("/odd.json", 5);
    assertThat(manifests()).containsExactly(url("/m1.json"));
    assertThat(failures).extracting(HarvestFailure::reason).satisfiesExactly(
        reason -> assertThat(reason).startsWith("not a URI"),
        reason -> assertThat(reason).contains("may not point at local files"));
  }

  @Test
  void a_second_walk_with_a_cache_asks_only_whether_a_document_changed() throws Exception {
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 2, Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(5)));
    var cache = new DocumentCache(folder.resolve("documents"));
    for (int walk = 0; walk < 2; walk++) {
      new CollectionWalker(fetcher, 5, 1_000_000, cache).walk(URI.create(url("/tagged/m1.json")), found::add,
          failures::add);
    }
    assertThat(found).hasSize(2).allSatisfy(f -> assertThat(f.manifest().id()).isEqualTo(url("/m1.json")));
    assertThat(failures).isEmpty();
    assertThat(bodiesSent).as("bodies sent: the second walk got 304 and read its copy").hasValue(1);
  }
}
