package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IIIF out in a real browser: the results page's manifest link gives the same results as a IIIF manifest, and the
 * Mirador viewer, served from another origin as a viewer on another site would be, opens that manifest and shows the
 * first result through its Image API service. Mirador comes from npm ({@code tools/ensure-viewer.sh}).
 */
class IiifViewerBrowserTest {

  static final Path MIRADOR = Path.of(System.getProperty("user.home"), ".cache", "clipsearch", "viewers",
      "mirador-3.4.3", "mirador.min.js");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.unavailable().ifPresent(Assumptions::abort);
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "skipped: the demo model is not there");
    demo = DemoServer.start(dir.resolve("served"), 20_261_208L, 40, images -> { },
        List.of(PageRoutes.withDefaults()));
    browser = Browser.desktop(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + demo.port + pathAndQuery;
  }

  private static List<String> shownIds() {
    var ids = new ArrayList<String>();
    for (var card : browser.findAll(".hit .hit-title")) {
      String href = card.getAttribute("href");
      String segment = href.substring(href.indexOf("/images/") + "/images/".length()).replaceFirst("\\?.*", "");
      ids.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return ids;
  }

  @Test
  void the_manifest_link_of_a_results_page_gives_those_results_in_that_order() throws Exception {
    browser.open(url("/search?lang=nl&size=8&q=a+harbour"));
    var shown = shownIds();
    assertThat(shown).hasSize(8);
    var link = browser.find(".summary .iiif-manifest");
    assertThat(link.getText()).isEqualTo("IIIF-manifest van deze resultaten");
    link.click();
    browser.awaitUrl("/iiif/search/manifest.json");
    JsonNode manifest = JSON.readTree(browser.find("body").getText());
    var canvases = new ArrayList<String>();
    manifest.get("items").forEach(canvas -> canvases.add(canvas.get("id").asText()));
    assertThat(canvases).containsExactlyElementsOf(shown.stream()
        .map(id -> url(ImageUrls.imageService(id) + "/canvas")).toList());
  }

  @Test
  void mirador_on_another_origin_opens_the_result_manifest_and_shows_the_first_image() throws Exception {
    Assumptions.assumeTrue(Files.exists(MIRADOR), "skipped: Mirador is not at " + MIRADOR
        + " (tools/ensure-viewer.sh fetches it from npm)");
    String manifest = url("/iiif/search/manifest.json?size=6&q=a+windmill");
    JsonNode expected = JSON.readTree(demo.get("/iiif/search/manifest.json?size=6&q=a+windmill").body());
    String firstService = expected.at("/items/0/items/0/items/0/body/service/0/id").asText();
    HttpServer viewer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page = ("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>viewer</title></head><body>
        <div id="viewer" style="position:absolute;inset:0"></div>
        <script src="/mirador.min.js"></script>
        <script>Mirador.viewer({id: 'viewer',
          windows: [{manifestId: '%s', thumbnailNavigationPosition: 'far-bottom'}]});
        </script></body></html>""").formatted(manifest).getBytes(StandardCharsets.UTF_8);
    byte[] mirador = Files.readAllBytes(MIRADOR);
    viewer.createContext("/", exchange -> {
      byte[] body = exchange.getRequestURI().getPath().equals("/mirador.min.js") ? mirador : page;
      exchange.getResponseHeaders().set("Content-Type",
          body == mirador ? "text/javascript" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    viewer.start();
    try {
      browser.open("http://localhost:" + viewer.getAddress().getPort() + "/viewer.html");
      String label = expected.at("/label/en/0").asText();
      browser.awaitScript("return document.body.innerText.includes(" + JSON.writeValueAsString(label) + ")",
          Duration.ofSeconds(60));
      String resources = "return performance.getEntriesByType('resource').map(e => e.name)";
      browser.awaitScript(resources + ".some(n => n.startsWith(" + JSON.writeValueAsString(firstService)
          + ") && n.includes('/full/'))", Duration.ofSeconds(60));
      @SuppressWarnings("unchecked")
      var fetched = (List<String>) browser.script(resources);
      assertThat(fetched).contains(firstService + "/info.json");
      assertThat(browser.findAll("canvas")).as("OpenSeadragon's drawing canvas").isNotEmpty();
      assertThat(fetched).as("the canvases' thumbnails, in the thumbnail strip")
          .anyMatch(n -> n.endsWith("/thumbnail"));
      assertThat(browser.find("body").getText().toLowerCase(Locale.ROOT)).doesNotContain("error");
      browser.screenshot(Path.of("target", "screenshots", "mirador-results.png"));
    } finally {
      viewer.stop(0);
    }
  }
}
