package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.indexer.iiif.IiifDocument;
import org.clipsearch.indexer.iiif.ImageCanvas;
import org.clipsearch.indexer.iiif.ImageRequest;
import org.clipsearch.indexer.iiif.PresentationParser;
import org.clipsearch.server.image.ImageUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IIIF out over a real server and index of demo pictures (a folder collection): the manifest of a page of results,
 * parsed back with the harvester's own Presentation parser, and the level-0 Image API service of each image.
 */
class IiifOutTest {

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    demo = DemoServer.start(dir, 20_261_207L, 60, images -> {
      try {
        Path png = Files.walk(images.resolve("images")).filter(p -> p.toString().endsWith(".png")).findFirst()
            .orElseThrow();
        ImageIO.write(ImageIO.read(png.toFile()), "jpeg", images.resolve("photo.jpg").toFile());
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

  private static String origin() {
    return "http://127.0.0.1:" + demo.port;
  }

  @Test
  void the_result_manifest_has_the_hits_of_the_same_search_in_rank_order_and_parses_back() throws Exception {
    String query = "q=" + URLEncoder.encode("boats in a harbour", StandardCharsets.UTF_8) + "&size=12";
    var hits = new ArrayList<String>();
    json("/api/search?" + query).get("hits").forEach(hit -> hits.add(hit.get("id").asText()));

    var response = demo.get("/iiif/search/manifest.json?" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json").contains("presentation/3/context.json");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JsonNode manifest = JSON.readTree(response.body());
    assertThat(manifest.get("@context").asText()).isEqualTo("http://iiif.io/api/presentation/3/context.json");
    assertThat(manifest.get("id").asText()).isEqualTo(origin() + "/iiif/search/manifest.json?" + query);
    assertThat(manifest.at("/label/en/0").asText()).contains("“boats in a harbour”").contains("1–12 of");
    assertThat(manifest.at("/label/nl/0").asText()).startsWith("Zoekresultaten");

    var canvases = new ArrayList<String>();
    manifest.get("items").forEach(canvas -> canvases.add(canvas.get("id").asText()));
    assertThat(canvases).containsExactlyElementsOf(hits.stream()
        .map(id -> origin() + ImageUrls.imageService(id) + "/canvas").toList());
    assertThat(manifest.at("/items/0/metadata/0/value/none/0").asText()).startsWith("1 (score ");

    var parsed = (IiifDocument.Manifest) PresentationParser.parse(manifest);
    assertThat(parsed.version()).isEqualTo(3);
    assertThat(parsed.skipped()).isEmpty();
    assertThat(parsed.canvases()).extracting(ImageCanvas::canvasId).containsExactlyElementsOf(canvases);
    for (int i = 0; i < hits.size(); i++) {
      ImageCanvas canvas = parsed.canvases().get(i);
      JsonNode details = json(ImageUrls.details(hits.get(i)));
      assertThat(canvas.width()).isEqualTo(details.get("width").asInt());
      assertThat(canvas.height()).isEqualTo(details.get("height").asInt());
      assertThat(canvas.service().id()).isEqualTo(origin() + ImageUrls.imageService(hits.get(i)));
      assertThat(canvas.service().version()).isEqualTo(3);
      assertThat(canvas.service().level()).isZero();
    }
  }

  @Test
  void the_result_manifest_follows_the_filters_and_refuses_a_bad_parameter() throws Exception {
    String scene = json("/api/facets").at("/scene/0/value").asText();
    String query = "q=a+street&scene=" + URLEncoder.encode(scene, StandardCharsets.UTF_8) + "&size=50";
    var hits = new ArrayList<String>();
    json("/api/search?" + query).get("hits").forEach(hit -> hits.add(hit.get("id").asText()));
    JsonNode manifest = json("/iiif/search/manifest.json?" + query);
    assertThat(manifest.get("items")).hasSize(hits.size());
    assertThat(manifest.at("/summary/none/0").asText()).isEqualTo("scene: " + scene);
    manifest.get("items").forEach(canvas -> assertThat(canvas.at("/metadata").toString()).contains(scene));

    var bad = demo.get("/iiif/search/manifest.json?size=20");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("parameter").asText()).isEqualTo("q");
    assertThat(demo.get("/iiif/search/manifest.json?q=x&size=0").statusCode()).isEqualTo(400);
  }

  @Test
  void every_size_that_info_json_lists_is_served_at_that_size() throws Exception {
    for (String id : List.of("demo:photo.jpg", firstPng())) {
      String service = ImageUrls.imageService(id);
      JsonNode info = json(service + "/info.json");
      assertThat(info.get("id").asText()).isEqualTo(origin() + service);
      assertThat(info.get("type").asText()).isEqualTo("ImageService3");
      assertThat(info.get("profile").asText()).isEqualTo("level0");
      JsonNode sizes = info.get("sizes");
      assertThat(sizes).hasSize(2);
      assertThat(sizes.get(1).get("width").asInt()).isEqualTo(info.get("width").asInt());
      for (String size : List.of(sizes.get(0).get("width") + "," + sizes.get(0).get("height"),
          sizes.get(0).get("width") + ",", "max")) {
        var image = demo.getBytes(service + "/full/" + size + "/0/default.jpg", null);
        assertThat(image.statusCode()).as(id + " " + size).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        var decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        int expected = size.equals("max") ? 1 : 0;
        assertThat(decoded.getWidth()).as(id + " " + size).isEqualTo(sizes.get(expected).get("width").asInt());
        assertThat(decoded.getHeight()).isEqualTo(sizes.get(expected).get("height").asInt());
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertThat(demo.getBytes(service + "/full/" + size + "/0/default.jpg", etag).statusCode()).isEqualTo(304);
      }
    }
    assertThat(demo.getBytes(ImageUrls.imageService("demo:photo.jpg") + "/full/max/0/default.jpg", null).body())
        .isEqualTo(Files.readAllBytes(demo.file("demo:photo.jpg")));
  }

  @Test
  void a_size_within_the_thumbnail_is_scaled_from_it_as_viewers_ask_for_their_thumbnail_strips() throws Exception {
    String id = firstPng();
    JsonNode details = json(ImageUrls.details(id));
    double aspect = details.get("width").asDouble() / details.get("height").asDouble();
    String service = ImageUrls.imageService(id);
    var byWidth = ImageIO.read(new ByteArrayInputStream(demo.getBytes(service + "/full/90,/0/default.jpg", null)
        .body()));
    assertThat(byWidth.getWidth()).isEqualTo(90);
    assertThat(byWidth.getHeight()).isEqualTo((int) Math.round(90 / aspect));
    var confined = ImageIO.read(new ByteArrayInputStream(demo.getBytes(service + "/full/!60,60/0/default.jpg",
        null).body()));
    assertThat(Math.max(confined.getWidth(), confined.getHeight())).isEqualTo(60);
  }

  @Test
  void what_a_level_0_service_does_not_serve_is_refused_saying_what_it_does() throws Exception {
    String service = ImageUrls.imageService(firstPng());
    for (String request : List.of("/0,0,10,10/max/0/default.jpg", "/full/9999,/0/default.jpg",
        "/full/max/90/default.jpg", "/full/max/0/gray.jpg", "/full/max/0/default.png", "/full/pct:50/0/default.jpg")) {
      var response = demo.get(service + request);
      assertThat(response.statusCode()).as(request).isEqualTo(400);
      assertThat(response.body()).contains("level-0").contains("full/<size>/0/default.jpg");
    }
    assertThat(demo.get(ImageUrls.imageService("demo:nothing.png") + "/info.json").statusCode()).isEqualTo(404);
    var base = HTTP.send(HttpRequest.newBuilder(URI.create(origin() + service)).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(base.statusCode()).isEqualTo(303);
    assertThat(base.headers().firstValue("Location")).contains(service + "/info.json");
  }

  @Test
  void the_single_image_manifest_and_the_details_link_to_each_other() throws Exception {
    String id = firstPng();
    JsonNode details = json(ImageUrls.details(id));
    assertThat(details.get("manifestUrl").asText()).isEqualTo(ImageUrls.manifest(id));
    assertThat(details.get("iiifCanvas").isNull()).isTrue();
    JsonNode manifest = json(details.get("manifestUrl").asText());
    assertThat(manifest.get("items")).hasSize(1);
    assertThat(manifest.at("/items/0/seeAlso/0/id").asText()).isEqualTo(origin() + ImageUrls.details(id));
    assertThat(manifest.at("/items/0/thumbnail/0/id").asText()).isEqualTo(origin() + ImageUrls.thumbnail(id));
  }

  @Test
  void behind_a_proxy_the_ids_use_the_address_the_client_reached() throws Exception {
    var response = HTTP.send(HttpRequest.newBuilder(URI.create(origin() + ImageUrls.manifest(firstPng())))
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "search.example.org, inner.proxy").build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode manifest = JSON.readTree(response.body());
    assertThat(manifest.get("id").asText()).startsWith("https://search.example.org/iiif/images/");
    assertThat(manifest.at("/items/0/items/0/items/0/body/service/0/id").asText())
        .startsWith("https://search.example.org/iiif/images/");
  }

  private static String firstPng() throws Exception {
    return json("/api/search?q=a+windmill&size=1").at("/hits/0/id").asText();
  }
}
