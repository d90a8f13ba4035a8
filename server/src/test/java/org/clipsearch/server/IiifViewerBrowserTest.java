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
import java.net.URLEncoder;
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
 * Mirador and Universal Viewer viewers, served from another origin as a viewer on another site would be, open that
 * manifest and show the first result through its Image API service. Both come from npm
 * ({@code tools/ensure-viewer.sh}).
 */
class IiifViewerBrowserTest {

  private static final Path VIEWERS = Path.of(System.getProperty("user.home"), ".cache", "clipsearch", "viewers");
  private static final Path MIRADOR = VIEWERS.resolve("mirador-3.4.3");
  private static final Path UNIVERSAL_VIEWER = VIEWERS.resolve("universalviewer-4.4.0");
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

  /** Serves the files under {@code root}, and {@code page} (when given) at {@code /viewer.html}. */
  private static HttpServer host(Path root, String page) throws Exception {
    HttpServer viewer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    viewer.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      byte[] body = path.equals("/viewer.html") && page != null ? page.getBytes(StandardCharsets.UTF_8)
          : file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css"
          : "text/html; charset=utf-8";
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    viewer.start();
    return viewer;
  }

  /**
   * Waits until the viewer shows the manifest's label and has drawn its first canvas through that canvas's image
   * service (its info.json and an image of it fetched) and shows no error; returns the URLs the page fetched.
   */
  private static List<String> assertOpened(JsonNode manifest, String screenshot) throws Exception {
    String firstService = manifest.at("/items/0/items/0/items/0/body/service/0/id").asText();
    String label = manifest.at("/label/en/0").asText();
    browser.awaitScript("return document.body.innerText.includes(" + JSON.writeValueAsString(label) + ")",
        Duration.ofSeconds(60));
    String resources = "return performance.getEntriesByType('resource').map(e => e.name)";
    browser.awaitScript(resources + ".some(n => n.startsWith(" + JSON.writeValueAsString(firstService)
        + ") && n.includes('/full/'))", Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    var fetched = (List<String>) browser.script(resources);
    assertThat(fetched).contains(firstService + "/info.json");
    assertThat(browser.find("body").getText().toLowerCase(Locale.ROOT)).doesNotContain("error");
    browser.screenshot(Path.of("target", "screenshots", screenshot));
    return fetched;
  }

  @Test
  void mirador_on_another_origin_opens_the_result_manifest_and_shows_the_first_image() throws Exception {
    Assumptions.assumeTrue(Files.exists(MIRADOR.resolve("dist/mirador.min.js")), "skipped: Mirador is not in "
        + MIRADOR + " (tools/ensure-viewer.sh fetches it from npm)");
    String query = "/iiif/search/manifest.json?size=6&q=a+windmill";
    HttpServer viewer = host(MIRADOR, """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>viewer</title></head><body>
        <div id="viewer" style="position:absolute;inset:0"></div>
        <script src="/dist/mirador.min.js"></script>
        <script>Mirador.viewer({id: 'viewer',
          windows: [{manifestId: '%s', thumbnailNavigationPosition: 'far-bottom'}]});
        </script></body></html>""".formatted(url(query)));
    try {
      browser.open("http://localhost:" + viewer.getAddress().getPort() + "/viewer.html");
      var fetched = assertOpened(JSON.readTree(demo.get(query).body()), "mirador-results.png");
      assertThat(fetched).as("the canvases' thumbnails, in the thumbnail strip")
          .anyMatch(n -> n.endsWith("/thumbnail"));
      assertThat(browser.findAll("canvas")).as("OpenSeadragon's drawing canvas").isNotEmpty();
    } finally {
      viewer.stop(0);
    }
  }

  @Test
  void universal_viewer_on_another_origin_opens_the_result_manifest_and_shows_the_first_image() throws Exception {
    Assumptions.assumeTrue(Files.exists(UNIVERSAL_VIEWER.resolve("dist/uv.html")), "skipped: Universal Viewer is"
        + " not in " + UNIVERSAL_VIEWER + " (tools/ensure-viewer.sh fetches it from npm)");
    String query = "/iiif/search/manifest.json?size=6&q=boats+in+a+harbour";
    HttpServer viewer = host(UNIVERSAL_VIEWER, null);
    try {
      browser.open("http://localhost:" + viewer.getAddress().getPort() + "/dist/uv.html#?manifest="
          + URLEncoder.encode(url(query), StandardCharsets.UTF_8));
      assertOpened(JSON.readTree(demo.get(query).body()), "universal-viewer-results.png");
      browser.awaitScript("const thumbs = Array.from(document.images).filter(i => i.src.includes('/iiif/images/'));"
          + " return thumbs.length >= 6 && thumbs.every(i => i.complete && i.naturalWidth > 0)",
          Duration.ofSeconds(30));
    } finally {
      viewer.stop(0);
    }
  }
}
