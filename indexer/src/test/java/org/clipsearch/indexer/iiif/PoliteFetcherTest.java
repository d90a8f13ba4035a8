package org.clipsearch.indexer.iiif;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harvest's HTTP rules against a real server on loopback that misbehaves on purpose. */
class PoliteFetcherTest {

  private HttpServer server;
  private final AtomicInteger busyAnswers = new AtomicInteger();

  private final PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 2,
      Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/ok", exchange -> send(exchange, 200, "hello"));
    server.createContext("/etag", exchange -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      send(exchange, 200, "body");
    });
    server.createContext("/busy", exchange -> {
      if (busyAnswers.getAndIncrement() == 0) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        send(exchange, 429, "slow down");
      } else {
        send(exchange, 200, "now");
      }
    });
    server.createContext("/patient", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "3600");
      send(exchange, 503, "later");
    });
    server.createContext("/loop", exchange -> {
      exchange.getResponseHeaders().set("Location", "/loop");
      send(exchange, 302, "");
    });
    server.createContext("/big", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[3_000_000]);
      } catch (IOException e) {
        // the client gave up, as it should
      }
    });
    server.createContext("/silent", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try {
        exchange.getResponseBody().write("start".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        Thread.sleep(Duration.ofSeconds(30));
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.createContext("/missing", exchange -> send(exchange, 404, "no"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void a_body_comes_back_with_its_validators_and_an_unchanged_one_is_not_sent_again() throws Exception {
    assertThat(new String(fetcher.get(url("/ok"), 1000).body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    Fetched first = fetcher.get(url("/etag"), 1000);
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(fetcher.get(url("/etag"), 1000, first.etag(), null).notModified()).isTrue();
  }

  @Test
  void a_429_is_waited_out_as_its_retry_after_says() throws Exception {
    long start = System.nanoTime();
    assertThat(new String(fetcher.get(url("/busy"), 1000).body(), StandardCharsets.UTF_8)).isEqualTo("now");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThatThrownBy(() -> fetcher.get(url("/patient"), 1000)).hasMessageContaining("Retry-After 3600");
  }

  @Test
  void redirect_loops_huge_bodies_silent_servers_and_errors_fail_with_the_reason() {
    assertThatThrownBy(() -> fetcher.get(url("/loop"), 1000)).hasMessageContaining("more than 5 redirects");
    assertThatThrownBy(() -> fetcher.get(url("/big"), 1_000_000)).hasMessageContaining("larger than the 1000000");
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.get(url("/silent"), 1000)).hasMessageContaining("within 2 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThatThrownBy(() -> fetcher.get(url("/missing"), 1000)).hasMessageContaining("HTTP 404");
  }

  @Test
  void private_addresses_and_other_schemes_are_refused_unless_allowed() {
    var strict = new PoliteFetcher(PoliteFetcher.Settings.defaults());
    assertThatThrownBy(() -> strict.get(url("/ok"), 1000)).hasMessageContaining("private or local address")
        .hasMessageContaining("--allow-private");
    assertThatThrownBy(() -> strict.get(URI.create("file:///etc/passwd"), 1000))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> new AddressPolicy(false).check(URI.create("http://10.1.2.3/x")))
        .hasMessageContaining("private or local");
    assertThatThrownBy(() -> new AddressPolicy(false).check(URI.create("http://[fd00::1]/x")))
        .hasMessageContaining("private or local");
  }
}
