package org.clipsearch.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout over every route, the security headers, and slow clients, on a real server with the web
 * pages over a real index, with a 3 s timeout and one route (added as a route group, with no timeout of its own)
 * that takes longer.
 */
class RequestLimitsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static ServerApp server;
  private static RawHttp http;
  private static int port;
  private static String id;

  @BeforeAll
  static void serve() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    demo = DemoServer.start(dir, 20_261_303L, 12, images -> { });
    RouteGroup slow = (config, services) -> config.routes.get("/test-slow", ctx -> {
      Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
      ctx.result("too late");
    });
    server = ServerApp.open(ServerSettings.of(demo.index, DemoServer.DEMO_CLIP).withBind(ServerSettings.LOOPBACK, 0)
        .withTimeout(TIMEOUT), List.of(PageRoutes.withDefaults(), slow));
    port = server.start();
    http = new RawHttp(port, 30_000);
    id = new ObjectMapper().readTree(http.get("/api/search?q=boats&size=1").body()).get("hits").get(0).get("id")
        .asText();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void a_route_without_a_timeout_of_its_own_is_answered_503_when_the_timeout_passes() throws IOException {
    long start = System.nanoTime();
    var answer = http.get("/test-slow");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.body()).contains("longer than 3000 ms").doesNotContain("too late");
    assertThat(millis).isBetween(TIMEOUT.toMillis() - 100, TIMEOUT.toMillis() + 2000);
  }

  @Test
  void a_page_past_the_timeout_is_an_error_page_in_the_visitors_language_not_json() throws Exception {
    try (var hurried = ServerApp.open(ServerSettings.of(demo.index, DemoServer.DEMO_CLIP)
        .withBind(ServerSettings.LOOPBACK, 0).withTimeout(Duration.ofMillis(1)), List.of(PageRoutes.withDefaults()))) {
      var pages = new RawHttp(hurried.start(), 30_000);
      var answer = pages.get("/search?lang=nl&q=" + "een+windmolen+bij+nacht");
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.header("Content-Type")).startsWith("text/html");
      assertThat(answer.header("Retry-After")).isEqualTo("5");
      assertThat(answer.body()).contains("<html").contains("probeer het zo nog eens");
      var api = pages.get("/api/search?q=" + "a+windmill+at+night");
      assertThat(api.status()).isEqualTo(503);
      assertThat(api.header("Content-Type")).startsWith("application/json");
    }
  }

  @Test
  void pages_may_run_only_their_own_scripts_and_may_not_be_framed() throws IOException {
    for (String page : List.of("/", "/search?q=boats", "/images/" + ImageUrls.segment(id), "/static/clipsearch.js",
        "/no-such-page")) {
      var answer = http.get(page);
      assertThat(answer.header("Content-Security-Policy")).as(page).isEqualTo(SecurityHeaders.PAGE_POLICY);
      assertThat(answer.header("X-Frame-Options")).as(page).isEqualTo("DENY");
      assertThat(answer.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(page).isEqualTo("same-origin");
    }
    assertThat(SecurityHeaders.PAGE_POLICY).contains("frame-ancestors 'none'").contains("script-src 'self'")
        .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
  }

  @Test
  void the_api_loads_nothing_and_iiif_stays_open_to_viewers_on_other_sites() throws IOException {
    for (String route : List.of("/api/search?q=boats", "/api/stats", "/openapi.json", "/api/images/nothing")) {
      var answer = http.get(route);
      assertThat(answer.header("Content-Security-Policy")).as(route).isEqualTo(SecurityHeaders.API_POLICY);
      assertThat(answer.header("X-Content-Type-Options")).as(route).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(route).isEqualTo("no-referrer");
    }
    for (String route : List.of("/iiif/images/" + ImageUrls.segment(id) + "/info.json",
        "/iiif/images/" + ImageUrls.segment(id) + "/full/max/0/default.jpg", "/iiif/images/nothing/info.json",
        "/iiif/search/manifest.json?q=boats")) {
      var answer = http.get(route);
      assertThat(answer.header("Access-Control-Allow-Origin")).as(route).isEqualTo("*");
      assertThat(answer.header("X-Frame-Options")).as(route).isNull();
      assertThat(answer.header("Content-Security-Policy")).as(route).isNull();
      assertThat(answer.header("X-Content-Type-Options")).as(route).isEqualTo("nosniff");
    }
  }

  @Test
  void the_api_page_may_use_its_own_inline_style_and_nothing_else() throws Exception {
    var answer = http.get("/api");
    String body = answer.body();
    String style = body.substring(body.indexOf("<style>") + 7, body.indexOf("</style>"));
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(style.getBytes(StandardCharsets.UTF_8)));
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
        .contains("style-src 'sha256-" + hash + "'").contains("frame-ancestors 'none'");
  }

  @Test
  void clients_sending_headers_a_byte_a_second_neither_block_others_nor_keep_their_connection() throws Exception {
    var slow = new ArrayList<Socket>();
    long[] closedAfter = new long[20];
    var answered = new ArrayList<Long>();
    int answeredWhileAllOpen = 0;
    try {
      long start = System.nanoTime();
      for (int i = 0; i < closedAfter.length; i++) {
        var socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10);
        socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        slow.add(socket);
        closedAfter[i] = -1;
      }
      long limit = TIMEOUT.multipliedBy(3).toMillis();
      for (long elapsed = 0; elapsed < limit && open(closedAfter) > 0; elapsed = millisSince(start)) {
        boolean allOpen = open(closedAfter) == closedAfter.length;
        long asked = System.nanoTime();
        var answer = http.get("/api/search?q=boats&size=3");
        assertThat(answer.status()).isEqualTo(200);
        answered.add(millisSince(asked));
        answeredWhileAllOpen += allOpen ? 1 : 0;
        for (int i = 0; i < slow.size(); i++) {
          if (closedAfter[i] < 0 && dribbleOrClosed(slow.get(i))) {
            closedAfter[i] = millisSince(start);
          }
        }
        Thread.sleep(Math.max(0, 1000 - millisSince(asked)));
      }
    } finally {
      slow.forEach(RequestLimitsTest::closeQuietly);
    }
    assertThat(answeredWhileAllOpen).as("answers while every slow client was connected").isGreaterThanOrEqualTo(2);
    assertThat(answered).allSatisfy(millis -> assertThat(millis).isLessThan(2000));
    for (long closed : closedAfter) {
      assertThat(closed).as("closed after (ms)").isBetween(TIMEOUT.toMillis() - 500, TIMEOUT.toMillis() + 2500);
    }
  }

  private static int open(long[] closedAfter) {
    int open = 0;
    for (long closed : closedAfter) {
      open += closed < 0 ? 1 : 0;
    }
    return open;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /** Sends one more header byte; true when the server has closed the connection instead. */
  private static boolean dribbleOrClosed(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      try {
        if (in.read() < 0) {
          return true;
        }
      } catch (SocketTimeoutException e) {
        socket.getOutputStream().write('a');
        return false;
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
