package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Scene;
import org.clipsearch.server.image.ImageUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API of a real server over a real index of 300 demo pictures, asked over HTTP. */
class ServerAppTest {

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    demo = DemoServer.start(dir, 20_261_125L, 300, images -> {
      try {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.copy(Files.walk(images.resolve("images")).filter(p -> p.toString().endsWith(".png"))
            .findFirst().orElseThrow(), outside.resolve("secret.png"));
        Files.createSymbolicLink(images.resolve("escape.png"), secret);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private static JsonNode json(String pathAndQuery) throws Exception {
    var response = demo.get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode response) {
    var ids = new ArrayList<String>();
    response.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static long ofScene(List<String> ids, String scene) {
    return ids.stream().filter(id -> demo.truth.containsKey(id) && demo.truth.get(id).scene().equals(scene)).count();
  }

  /** The scenes of the demo pictures, most frequent first. */
  private static List<String> scenesByFrequency() {
    Map<String, Long> counts = demo.truth.values().stream()
        .collect(Collectors.groupingBy(GroundTruth::scene, Collectors.counting()));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }

  private static String sceneQuery(String scene) {
    String english = Scene.fromLabel(scene).english();
    return "a photo of " + ("aeiou".indexOf(english.charAt(0)) >= 0 ? "an " : "a ") + english;
  }

  @Test
  void a_text_query_for_a_scene_returns_that_scene_in_at_least_8_of_10_hits() throws Exception {
    for (String scene : scenesByFrequency().subList(0, 3)) {
      var ids = ids(json("/api/search?size=10&q=" + encoded(sceneQuery(scene))));
      assertThat(ids).hasSize(10);
      assertThat(ofScene(ids, scene)).as(scene + ": " + ids).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void a_scene_filter_returns_only_that_scene_and_fills_the_page() throws Exception {
    String scene = scenesByFrequency().get(1);
    String other = scenesByFrequency().get(0);
    var response = json("/api/search?size=10&scene=" + scene + "&q=" + encoded(sceneQuery(other)));
    assertThat(response.get("hits")).hasSize(10);
    response.get("hits").forEach(hit -> assertThat(hit.get("scenes").get(0).get("label").asText()).isEqualTo(scene));
    assertThat(response.get("facets").get("scene")).hasSize(1);
  }

  @Test
  void repeated_and_comma_separated_values_are_the_same_filter_of_either_value() throws Exception {
    var scenes = json("/api/facets").get("scene");
    String a = scenes.get(0).get("value").asText();
    String b = scenes.get(1).get("value").asText();
    int both = scenes.get(0).get("count").asInt() + scenes.get(1).get("count").asInt();
    var repeated = json("/api/search?size=1&q=x&scene=" + a + "&scene=" + b);
    var commas = json("/api/search?size=1&q=x&scene=" + a + "," + b);
    assertThat(repeated.get("totalCandidates").asInt()).isEqualTo(both);
    assertThat(commas.get("totalCandidates").asInt()).isEqualTo(both);
  }

  @Test
  void a_motif_filter_returns_only_that_motif_and_fills_the_page() throws Exception {
    String motif = json("/api/facets").get("motif").get(0).get("value").asText();
    var response = json("/api/search?size=10&motif=" + encoded(motif) + "&q=" + encoded("a photo"));
    assertThat(response.get("hits")).hasSize(10);
    response.get("hits").forEach(hit -> assertThat(hit.get("motifs").findValuesAsText("label")).contains(motif));
  }

  @Test
  void like_returns_the_image_itself_first_and_similar_does_too() throws Exception {
    String id = demo.truth.keySet().stream().sorted().findFirst().orElseThrow();
    assertThat(ids(json("/api/search?size=5&like=" + encoded(id))).getFirst()).isEqualTo(id);
    var similar = json(ImageUrls.details(id) + "/similar?size=5");
    assertThat(ids(similar).getFirst()).isEqualTo(id);
    assertThat(similar.get("hits").get(0).get("score").floatValue()).isGreaterThan(0.99f);
  }

  @Test
  void an_uploaded_image_finds_itself_whatever_its_name() throws Exception {
    String id = demo.truth.keySet().stream().sorted().skip(7).findFirst().orElseThrow();
    var response = demo.upload("size=3", Files.readAllBytes(demo.file(id)), "holiday.txt");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ids(JSON.readTree(response.body())).getFirst()).isEqualTo(id);
  }

  @Test
  void adding_text_to_an_image_moves_the_ranking_towards_the_text() throws Exception {
    List<String> scenes = scenesByFrequency();
    String like = demo.truth.entrySet().stream().filter(e -> e.getValue().scene().equals(scenes.get(0)))
        .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
    String text = scenes.get(1);
    long alone = ofScene(ids(json("/api/search?size=10&like=" + encoded(like))), text);
    var counts = new ArrayList<Long>();
    for (int weight : new int[] {2, 5, 10}) {
      counts.add(ofScene(ids(json("/api/search?size=10&like=" + encoded(like) + "&text_weight=" + weight + "&q="
          + encoded(sceneQuery(text)))), text));
    }
    assertThat(counts).as("hits of the text's scene alone: " + alone + ", at text weights 2, 5, 10: " + counts)
        .isSorted().allMatch(count -> count > alone);
    assertThat(counts.getLast()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void facet_counts_are_over_the_stated_candidates_and_scene_counts_add_up_to_them() throws Exception {
    var response = json("/api/search?size=5&q=" + encoded("a photo of a harbour"));
    int candidates = response.get("totalCandidates").asInt();
    assertThat(response.get("candidateLimit").asInt()).isEqualTo(1000);
    assertThat(candidates).isEqualTo(json("/api/stats").get("documents").asInt());
    int sceneSum = 0;
    for (JsonNode count : response.get("facets").get("scene")) {
      sceneSum += count.get("count").asInt();
    }
    assertThat(sceneSum).isEqualTo(candidates);
    assertThat(response.get("facets").fieldNames()).toIterable().contains("scene", "motif", "collection", "decade");
    assertThat(response.get("timings").get("totalMs").asDouble()).isPositive();
  }

  @Test
  void the_same_query_again_comes_from_the_result_cache() throws Exception {
    String query = "/api/search?size=4&q=" + encoded("a photo of a windmill  ");
    json(query);
    var again = json(query);
    assertThat(again.get("cached").asBoolean()).isTrue();
    assertThat(demo.get("/metrics").body()).contains("clipsearch_cache_hits_total{cache=\"results\"}")
        .contains("clipsearch_http_requests_total{route=\"/api/search\",method=\"GET\",status=\"200\"}")
        .contains("clipsearch_index_size_bytes").containsPattern("(?m)^clipsearch_index_generation [1-9]")
        .containsPattern("(?m)^jvm_memory_heap_used_bytes [1-9]").containsPattern("(?m)^jvm_memory_heap_max_bytes [1-9]");
  }

  @Test
  void a_csv_export_parses_with_a_row_per_hit_and_is_an_attachment() throws Exception {
    var response = demo.get("/api/search?size=30&format=csv&q=" + encoded("a photo of a beach"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(response.body());
    List<Map<String, String>> all = rows.readAll();
    assertThat(all).hasSize(30);
    assertThat(all.getFirst()).containsKeys("id", "score", "scene", "scenes", "motifs");
    assertThat(Float.parseFloat(all.getFirst().get("score"))).isGreaterThan(0f);
  }

  @Test
  void keywords_alone_and_with_text_find_pictures_by_their_metadata() throws Exception {
    var detail = json(ImageUrls.details(demo.truth.keySet().stream().sorted().findFirst().orElseThrow()));
    String word = detail.get("title").asText().split("\\s+")[0];
    var byKeywords = json("/api/search?size=5&keywords=" + encoded(word));
    assertThat(byKeywords.get("hits").size()).isPositive();
    byKeywords.get("hits").forEach(hit -> assertThat(hit.get("title").asText().toLowerCase())
        .contains(word.toLowerCase()));
    assertThat(json("/api/search?size=5&keywords=" + encoded(word) + "&q=" + encoded("a photo"))
        .get("hits").size()).isPositive();
  }

  @Test
  void image_details_thumbnail_and_file_are_served_with_etags() throws Exception {
    var hit = json("/api/search?size=1&q=" + encoded("a photo of a beach")).get("hits").get(0);
    var details = json(ImageUrls.details(hit.get("id").asText()));
    assertThat(details.get("labels").get("scene").get(0).get("probability").floatValue()).isPositive();
    var thumbnail = demo.getBytes(hit.get("thumbnailUrl").asText(), null);
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
    var file = demo.getBytes(details.get("fileUrl").asText(), null);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(Files.readAllBytes(demo.file(hit.get("id").asText())));
    String etag = file.headers().firstValue("ETag").orElseThrow();
    assertThat(demo.getBytes(details.get("fileUrl").asText(), etag).statusCode()).isEqualTo(304);
  }

  @Test
  void identical_files_are_listed_as_duplicates_and_flagged_in_the_ranking() throws Exception {
    var details = json("/api/images/demo:escape.png");
    assertThat(details.get("duplicates")).hasSize(1);
    String original = details.get("duplicates").get(0).asText();
    var hits = json("/api/search?size=2&like=demo:escape.png").get("hits");
    assertThat(List.of(hits.get(0).get("id").asText(), hits.get(1).get("id").asText()))
        .containsExactlyInAnyOrder("demo:escape.png", original);
    assertThat(hits.get(0).get("duplicateOf").isNull()).isTrue();
    assertThat(hits.get(1).get("duplicateOf").asText()).isEqualTo(hits.get(0).get("id").asText());
  }

  @ParameterizedTest
  @CsvSource({
      "size=0&q=a, size",
      "size=10000&q=a, size",
      "page=-1&q=a, page",
      "page=60&size=20&q=a, page",
      "year_from=abc&q=a, year_from",
      "year_from=1990&year_to=1950&q=a, year_from",
      "motif_mode=xx&q=a, motif_mode",
      "sort=random&q=a, sort",
      "cutoff=0&q=a, cutoff",
      "text_weight=-1&q=a, text_weight",
      "keywords=%22unclosed, keywords",
      "size=10, q",
      "format=xml&q=a, format",
  })
  void a_bad_parameter_is_a_400_naming_it(String query, String parameter) throws Exception {
    var response = demo.get("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    var error = JSON.readTree(response.body());
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void an_upload_that_is_no_image_is_a_400_naming_the_image() throws Exception {
    var response = demo.upload("q=x", "just some text, not pixels".getBytes(StandardCharsets.UTF_8), "photo.png");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo("image");
  }

  @Test
  void an_upload_over_the_byte_limit_is_a_413_naming_the_image() throws Exception {
    var response = demo.upload("q=x", new byte[(int) ServerSettings.DEFAULT_MAX_UPLOAD_BYTES + 1], "big.png");
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo("image");
  }

  @Test
  void a_search_past_the_request_timeout_is_a_503() throws Exception {
    var settings = ServerSettings.of(demo.index, DemoServer.DEMO_CLIP).withBind(ServerSettings.LOOPBACK, 0)
        .withTimeout(Duration.ofMillis(1));
    try (var hurried = ServerApp.open(settings, List.of())) {
      int port = hurried.start();
      var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/search?q=" + encoded("a photo, embedded first"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(JSON.readTree(response.body()).get("error").asText()).contains("longer than 1 ms");
    }
  }

  @Test
  void an_unknown_id_is_a_404() throws Exception {
    assertThat(demo.get("/api/images/demo:nothing%2Fhere.png").statusCode()).isEqualTo(404);
    assertThat(demo.get("/api/search?like=demo:nothing.png").statusCode()).isEqualTo(404);
    assertThat(demo.get("/api/nowhere").statusCode()).isEqualTo(404);
  }

  @Test
  void path_traversal_and_links_out_of_the_images_folder_are_refused() throws Exception {
    for (String attempt : List.of("/api/images/..%2F..%2F..%2Fetc%2Fpasswd/file",
        "/api/images/demo:..%2F..%2F..%2F..%2Fetc%2Fpasswd/file", "/api/images/demo:%2Fetc%2Fpasswd/file",
        "/api/images/../../../../etc/passwd")) {
      var response = demo.get(attempt);
      assertThat(response.statusCode()).as(attempt).isIn(400, 403, 404);
      assertThat(response.body()).doesNotContain("root:");
    }
    assertThat(demo.get("/api/images/demo:escape.png").statusCode()).isEqualTo(200);
    assertThat(demo.get("/api/images/demo:escape.png/file").statusCode()).isEqualTo(403);
  }

  @Test
  void every_route_is_in_the_openapi_document_and_on_the_api_page() throws Exception {
    var paths = json("/openapi.json").get("paths");
    String page = demo.get("/api").body();
    for (String route : demo.server.routes().stream().filter(r -> !r.endsWith("/test-page")).toList()) {
      String method = route.substring(0, route.indexOf(' ')).toLowerCase();
      String path = route.substring(route.indexOf(' ') + 1);
      assertThat(paths.has(path)).as(route).isTrue();
      assertThat(paths.get(path).has(method)).as(route).isTrue();
      assertThat(page).contains(path);
    }
    assertThat(json("/health").get("status").asText()).isEqualTo("up");
  }

  @Test
  void a_route_group_adds_its_pages_beside_the_api() throws Exception {
    var response = demo.get("/test-page");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).matches("<p>\\d+ images, pages of up to 100</p>");
  }

  @Test
  void the_searcher_sees_images_indexed_while_it_runs() throws Exception {
    long before = json("/api/stats").get("documents").asLong();
    demo.addCollection("more", 99L, 12);
    assertThat(json("/api/stats").get("documents").asLong()).isEqualTo(before + 12);
    String added = demo.truth.keySet().stream().filter(id -> id.startsWith("more:")).findFirst().orElseThrow();
    assertThat(ids(json("/api/search?size=1&like=" + encoded(added)))).containsExactly(added);
  }
}
