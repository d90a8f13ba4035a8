package org.clipsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.indexer.iiif.IiifDocument;
import org.clipsearch.indexer.iiif.ImageCanvas;
import org.clipsearch.indexer.iiif.PresentationParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code index --iiif} end to end and offline: the shared real IIIF documents, served with their ids rewritten to a
 * loopback server whose fake Image API answers with demo pictures, beside hostile answers, are harvested, indexed with
 * the demo model and served; then searched, filtered, searched by example, and the result manifest parsed back.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IiifIndexCommandTest {

  private static final Path FIXTURES = Path.of("../../shared/testdata/iiif");
  private static final Path DEMO_CLIP = Path.of("../models/demo-clip");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path dir;

  private static IiifFixtureServer publisher;
  private static CommandRun first;
  private static CommandRun second;
  private static ServingRun serving;
  private static Path index;
  private static long bigManifestBytes;

  @BeforeAll
  static void harvestIndexAndServe() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "../shared/testdata/iiif is not there");
    Assumptions.assumeTrue(Files.exists(DEMO_CLIP.resolve("model.json")), "the demo model is not there");
    DemoWorld.generate(20_261_207L, 48, dir.resolve("pictures"), 2);
    var pictures = new ArrayList<byte[]>();
    try (var files = Files.walk(dir.resolve("pictures"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
        pictures.add(Files.readAllBytes(file));
      }
    }
    publisher = new IiifFixtureServer(FIXTURES, pictures);
    index = dir.resolve("index");
    first = index();
    bigManifestBytes = publisher.bigManifestBytesSent.getAndSet(0);
    second = index();
    serving = ServingRun.start("serve", "--index", index.toString(), "--model", DEMO_CLIP.toString(), "--port", "0",
        "--threads", "2");
  }

  private static CommandRun index() {
    return CommandRun.of("index", "--iiif", publisher.base() + "/collection.json", "--allow-private",
        "--request-timeout", "3", "--index", index.toString(), "--model", DEMO_CLIP.toString(), "--no-progress");
  }

  @AfterAll
  static void stop() throws Exception {
    if (serving != null) {
      serving.stop();
    }
    if (publisher != null) {
      publisher.close();
    }
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    var response = HTTP.send(HttpRequest.newBuilder(URI.create(serving.url() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<JsonNode> failures() throws Exception {
    var failures = new ArrayList<JsonNode>();
    for (String line : Files.readAllLines(index.resolve("iiif/harvest-failures.jsonl"))) {
      failures.add(JSON.readTree(line));
    }
    return failures;
  }

  private static String reason(String source) throws Exception {
    return failures().stream().filter(f -> f.get("source").asText().endsWith(source)).findFirst()
        .map(f -> f.get("reason").asText()).orElse("(not listed)");
  }

  @Test
  void every_hostile_answer_is_listed_with_its_reason_and_the_rest_is_indexed() throws Exception {
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).contains("harvested " + publisher.base() + "/collection.json");
    assertThat(reason("/hostile/canvas/404.jpg")).contains("HTTP 404");
    assertThat(reason("/hostile/canvas/500.jpg")).contains("HTTP 500");
    assertThat(reason("/hostile/canvas/hang.jpg")).contains("within 3 s");
    assertThat(reason("/hostile/canvas/loop.jpg")).contains("more than 5 redirects");
    assertThat(reason("/hostile/loop.json")).contains("more than 5 redirects");
    assertThat(reason("/hostile/canvas/huge.png")).contains("too many pixels: 60000 x 60000");
    assertThat(reason("/hostile/canvas/page.jpg")).contains("unsupported format");
    assertThat(reason("/hostile/big.json")).contains("larger than the");
    assertThat(reason("/hostile/canvas/429.jpg")).isEqualTo("(not listed)");
    assertThat(bigManifestBytes).isLessThan(IiifFixtureServer.BIG_MANIFEST_BYTES * 6 / 10);
    assertThat(failures()).anySatisfy(f -> assertThat(f.get("reason").asText()).containsAnyOf("Sound", "Video"));
    assertThat(failures()).allSatisfy(f -> assertThat(f.get("reason").asText()).isNotBlank());

    long harvested;
    try (var images = Files.walk(index.resolve("iiif/images"))) {
      harvested = images.filter(f -> f.toString().endsWith(".jpg")).count();
    }
    assertThat(harvested).isGreaterThan(300);
    assertThat(json("/api/stats").get("documents").asLong()).isEqualTo(harvested);
    assertThat(JSON.readTree(index.resolve("iiif/metadata.json").toFile()).size()).isEqualTo((int) harvested);
  }

  @Test
  void a_second_run_indexes_every_image_exactly_once() throws Exception {
    long documents = json("/api/stats").get("documents").asLong();
    assertThat(first.err()).contains("indexed " + documents + ", updated 0, unchanged 0");
    assertThat(second.err()).contains("indexed 0, updated 0, unchanged " + documents + ", removed 0, failed 0; "
        + documents + " documents in the index");
  }

  @Test
  void harvested_images_are_searched_filtered_and_found_by_example_and_link_back_to_their_source() throws Exception {
    JsonNode hits = json("/api/search?q=" + URLEncoder.encode("boats in a harbour", StandardCharsets.UTF_8)
        + "&size=10").get("hits");
    assertThat(hits).hasSize(10);
    String id = hits.get(0).get("id").asText();
    JsonNode details = json("/api/images/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(details.get("iiifManifest").asText()).startsWith(publisher.base());
    assertThat(details.get("iiifCanvas").asText()).startsWith(publisher.base());

    String scene = json("/api/facets").at("/scene/0/value").asText();
    JsonNode filtered = json("/api/search?q=a+street&size=20&scene=" + URLEncoder.encode(scene,
        StandardCharsets.UTF_8)).get("hits");
    assertThat(filtered).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("scenes").get(0).get("label").asText())
        .isEqualTo(scene));

    JsonNode like = json("/api/search?size=1&like=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).get("hits");
    assertThat(like.get(0).get("id").asText()).isEqualTo(id);
  }

  @Test
  void the_result_manifest_parses_back_with_each_canvas_painted_through_its_source_service() throws Exception {
    String query = "q=" + URLEncoder.encode("a windmill in the snow", StandardCharsets.UTF_8) + "&size=25";
    JsonNode manifest = json("/iiif/search/manifest.json?" + query);
    var parsed = (IiifDocument.Manifest) PresentationParser.parse(manifest);
    assertThat(parsed.canvases()).hasSize(25);
    JsonNode hits = json("/api/search?" + query).get("hits");
    for (int i = 0; i < hits.size(); i++) {
      ImageCanvas canvas = parsed.canvases().get(i);
      JsonNode details = json("/api/images/" + URLEncoder.encode(hits.get(i).get("id").asText(),
          StandardCharsets.UTF_8).replace("+", "%20"));
      assertThat(canvas.width()).isEqualTo(details.get("width").asInt());
      if (details.get("iiifImage").isTextual()) {
        assertThat(canvas.service().id()).isEqualTo(details.get("iiifImage").asText());
      } else {
        assertThat(canvas.service().level()).isZero();
      }
      assertThat(manifest.at("/items/" + i + "/partOf/0/id").asText()).isEqualTo(details.get("iiifManifest")
          .asText());
    }
  }
}
