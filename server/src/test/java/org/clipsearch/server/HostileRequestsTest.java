package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP on every route of a real server with the web pages, over a real index of demo pictures: for each
 * route the server lists and each path of {@code openapi.json} (so a new route is covered without touching this
 * test), path parameters that traverse, are not ids or not numbers, every documented query parameter with
 * negative, huge, non-numeric, empty and overlong values, malformed bodies, and then requests that are hostile
 * whatever the route (a thousand parameters, a very long URL or header, an unknown method). The server may refuse
 * (4xx) or time out (503), never fail (other 5xx), hang, or show a file outside what it serves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsTest {

  /** The server's request timeout: a request whose body never comes holds a worker this long, then gets 503. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** How long the test waits for an answer: well past the request timeout, so that only a hang fails. */
  private static final int TIMEOUT_MILLIS = 30_000;
  private static final List<String> BAD_IDS = List.of("..%2F..%2F..%2Fetc%2Fpasswd",
      "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "demo:..%2F..%2F..%2F..%2Fetc%2Fpasswd", "demo:%2Fetc%2Fpasswd",
      "..", "%2e%2e", "%00", "demo:%00.png", "%ff%fe", "%zz", "%", "-1", "99999999999999999999",
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(4000));
  private static final List<String> BAD_VALUES = List.of("-1", "-5", "0", "99999999999999999999", "1e9", "1e400",
      "-1e9", "NaN", "Infinity", "-Infinity", "0x10", "abc", "", "%00", "%ff", "%zz", "%3Cscript%3E",
      "..%2F..%2Fetc%2Fpasswd", "x".repeat(5000));
  private static final List<String> IIIF_TAILS = List.of("full/max/0/default.jpg", "full/-1,/0/default.jpg",
      "full/99999999999999999999,/0/default.jpg", "0,0,-5,-5/max/0/default.jpg", "full/max/NaN/default.jpg",
      "full/max/-90/default.jpg", "full/max/0/default.exe", "pct:1e9,0,0,0/max/0/default.jpg",
      "full/pct:-1/0/default.jpg", "full/!99999999999,99999999999/0/default.jpg", "..%2F..%2F/max/0/default.jpg",
      "full/max/0/..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc%2fpasswd");
  private static final Pattern PARAMETER = Pattern.compile("\\{[a-z]+}");

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static RawHttp http;
  private static String id;

  @BeforeAll
  static void serve() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    demo = DemoServer.start(dir, 20_261_301L, 24, images -> { }, List.of(PageRoutes.withDefaults()),
        settings -> settings.withTimeout(REQUEST_TIMEOUT));
    http = new RawHttp(demo.port, TIMEOUT_MILLIS);
    JsonNode hits = new ObjectMapper().readTree(http.get("/api/search?q=boats&size=1").body()).get("hits");
    id = hits.get(0).get("id").asText();
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  /** One hostile request: what it is, for the test's name, and how to send it. */
  record Attack(String method, String target, String headers, byte[] body, String description) {

    static Attack get(String target) {
      return new Attack("GET", target, "", new byte[0], "GET " + abbreviated(target));
    }

    static Attack post(String target, String contentType, String body, String what) {
      return new Attack("POST", target, contentType == null ? "" : "Content-Type: " + contentType + "\r\n",
          body.getBytes(StandardCharsets.UTF_8), "POST " + abbreviated(target) + " " + what);
    }

    @Override
    public String toString() {
      return description;
    }

    private static String abbreviated(String text) {
      return text.length() > 120 ? text.substring(0, 100) + "...(" + text.length() + " chars)" : text;
    }
  }

  static List<Attack> attacks() throws IOException {
    JsonNode paths = openApi().get("paths");
    Set<String> routes = new LinkedHashSet<>();
    paths.properties().forEach(path -> path.getValue().properties()
        .forEach(op -> routes.add(op.getKey().toUpperCase() + " " + path.getKey())));
    routes.addAll(demo.server.routes());
    var attacks = new ArrayList<Attack>();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      JsonNode documented = paths.has(path) ? paths.get(path) : paths.path("/api" + path);
      JsonNode parameters = documented.path(method.toLowerCase()).path("parameters");
      if (parameters.isMissingNode()) {
        parameters = documented.path("get").path("parameters");
      }
      if (method.equals("GET")) {
        attacks.addAll(pathAttacks(path));
        attacks.addAll(parameterAttacks(filled(path, ImageUrls.segment(id)), parameters));
      } else if (method.equals("POST")) {
        attacks.addAll(bodyAttacks(filled(path, ImageUrls.segment(id))));
      }
    }
    return attacks;
  }

  private static JsonNode openApi() throws IOException {
    try (InputStream in = ServerApp.class.getResourceAsStream("api/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The path with {@code idSegment} as its id (or upload token) and fitting IIIF image parameters. */
  private static String filled(String path, String idSegment) {
    String filled = path.replace("{id}", idSegment).replace("{token}", idSegment);
    return filled.contains("{region}") ? filled.replace("{region}/{size}/{rotation}/{file}", "full/max/0/default.jpg")
        : filled;
  }

  private static List<Attack> pathAttacks(String path) {
    var attacks = new ArrayList<Attack>();
    if (!PARAMETER.matcher(path).find()) {
      attacks.add(Attack.get(path));
      attacks.add(Attack.get(path + "/..%2F..%2F..%2Fetc%2Fpasswd"));
      attacks.add(Attack.get(path + "/../../../../etc/passwd"));
      return attacks;
    }
    for (String bad : BAD_IDS) {
      attacks.add(Attack.get(filled(path, bad)));
    }
    attacks.add(Attack.get(filled(path, "demo:").replace("demo:", "demo:/../../../../etc/passwd")));
    if (path.contains("{region}")) {
      String base = path.replace("{id}", ImageUrls.segment(id)).replace("{region}/{size}/{rotation}/{file}", "");
      IIIF_TAILS.forEach(tail -> attacks.add(Attack.get(base + tail)));
    }
    return attacks;
  }

  private static List<Attack> parameterAttacks(String target, JsonNode parameters) {
    var attacks = new ArrayList<Attack>();
    for (JsonNode parameter : parameters) {
      if (!parameter.path("in").asText().equals("query")) {
        continue;
      }
      String name = parameter.get("name").asText();
      for (String value : BAD_VALUES) {
        String query = name.equals("q") ? "q=" + value : "q=boats&" + name + "=" + value;
        attacks.add(Attack.get(target + "?" + query));
      }
    }
    return attacks;
  }

  private static List<Attack> bodyAttacks(String target) {
    String part = "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"x.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n";
    return List.of(
        Attack.post(target, "multipart/form-data", part + "pixels\r\n--b--\r\n", "multipart without boundary"),
        Attack.post(target, "multipart/form-data; boundary=b", part + "\u0089PNG\r\n\u001a\n", "truncated"),
        Attack.post(target, "multipart/form-data; boundary=b", "--b\r\nno headers at all", "no part head"),
        Attack.post(target, "multipart/form-data; boundary=b", part + "just text, no pixels\r\n--b--\r\n",
            "a text file as an image"),
        Attack.post(target, "multipart/form-data; boundary=b", part.replace("image/png", "text/html")
            + "<script>alert(1)</script>\r\n--b--\r\n", "an HTML file"),
        Attack.post(target, "multipart/form-data; boundary=b", part.replace("image/png", "image/svg+xml")
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\r\n--b--\r\n", "an SVG"),
        Attack.post(target, "multipart/form-data; boundary=" + "b".repeat(200), part, "overlong boundary"),
        Attack.post(target, "application/json", "{\"q\": ", "malformed JSON"),
        Attack.post(target, "application/json", "{\"q\": \"boats\"}", "JSON"),
        Attack.post(target, "application/x-www-form-urlencoded", "q=%zz&size=-1&&&=", "broken form"),
        Attack.post(target, "text/plain", "q=boats", "wrong content type"),
        Attack.post(target, null, "q=boats", "no content type"),
        new Attack("POST", target, "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n",
            part.getBytes(StandardCharsets.UTF_8), "POST " + target + " a body shorter than its length"),
        new Attack("POST", target, "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: "
            + Long.MAX_VALUE + "\r\n", part.getBytes(StandardCharsets.UTF_8), "POST " + target + " a huge length"),
        new Attack("POST", target, "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: -5\r\n",
            part.getBytes(StandardCharsets.UTF_8), "POST " + target + " a negative length"));
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void a_hostile_request_is_refused_or_answered_never_a_server_error(Attack attack) throws IOException {
    var answer = http.send(attack.method(), attack.target(), attack.headers(), attack.body());
    assertUnharmed(attack.toString(), answer);
  }

  @Order(2)
  @Test
  void a_thousand_parameters_a_very_long_url_and_header_and_odd_methods_are_refused() throws IOException {
    var thousand = new StringBuilder("/api/search?q=boats");
    for (int i = 0; i < 1000; i++) {
      thousand.append("&p").append(i).append('=').append(i);
    }
    var scenes = new StringBuilder("/api/search?q=boats");
    for (int i = 0; i < 1000; i++) {
      scenes.append("&scene=s").append(i);
    }
    for (String target : List.of(thousand.toString(), scenes.toString(), "/api/search?q=" + "x".repeat(100_000),
        "/" + "a/".repeat(20_000))) {
      assertUnharmed(target.substring(0, 40), http.get(target));
    }
    var longHeader = http.send("GET", "/api/stats", "X-Long: " + "y".repeat(100_000) + "\r\n", new byte[0]);
    assertThat(longHeader.status()).isEqualTo(431);
    var manyHeaders = http.send("GET", "/api/stats", "X-Many: 1\r\n".repeat(5000), new byte[0]);
    assertThat(manyHeaders.status()).isBetween(400, 499);
    for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "BREW")) {
      for (String path : List.of("/api/search", "/api/images/" + ImageUrls.segment(id), "/search", "/")) {
        assertUnharmed(method + " " + path, http.send(method, path, "", new byte[0]));
      }
    }
    assertUnharmed("not HTTP", http.exchange("HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Order(3)
  @Test
  void the_server_answers_as_before_after_all_of_it() throws IOException {
    assertThat(http.get("/health").status()).isEqualTo(200);
    var search = http.get("/api/search?q=boats&size=3");
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.body()).contains("\"hits\"");
    assertThat(http.get("/search?q=boats").status()).isEqualTo(200);
    assertThat(http.get("/api/images/" + ImageUrls.segment(id) + "/thumbnail").status()).isEqualTo(200);
  }

  private static void assertUnharmed(String what, RawHttp.Answer answer) {
    assertThat(answer.status()).as(what + " answered " + answer.head() + "\n" + answer.body())
        .satisfiesAnyOf(status -> assertThat(status).isLessThan(500), status -> assertThat(status).isEqualTo(503));
    assertThat(answer.body()).as(what).doesNotContain("root:x:").doesNotContain("at org.")
        .doesNotContain("at io.javalin").doesNotContain("Exception:");
  }
}
