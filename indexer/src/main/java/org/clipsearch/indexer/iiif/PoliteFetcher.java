package org.clipsearch.indexer.iiif;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The harvest's HTTP client (the JDK's, with the rules a harvest of someone else's server needs written around
 * it): every URL and every redirect checked by the {@link AddressPolicy}, at most {@value #MAX_REDIRECTS}
 * redirects, a connect and a whole-request timeout, bodies bounded in bytes, at most N requests at a time per
 * host, and 429 / 503 answers waited out as their {@code Retry-After} says (up to {@value #MAX_RETRIES} times, each
 * wait at most the longest one allowed). Conditional requests by ETag or Last-Modified answer "not modified".
 */
public final class PoliteFetcher {

  static final int MAX_REDIRECTS = 5;
  static final int MAX_RETRIES = 3;
  private static final String AGENT = "clipsearch-iiif-harvester";

  /**
   * How the fetcher behaves.
   *
   * @param policy        which addresses may be fetched
   * @param perHost       requests at a time to one host
   * @param connect       connect timeout
   * @param request       longest a whole request may take, body included
   * @param longestWait   longest Retry-After honoured; a longer one fails the fetch
   */
  public record Settings(AddressPolicy policy, int perHost, Duration connect, Duration request,
                         Duration longestWait) {

    /** Public addresses only, 4 per host, 10 s to connect, 60 s per request, waits up to 60 s. */
    public static Settings defaults() {
      return new Settings(new AddressPolicy(false), 4, Duration.ofSeconds(10), Duration.ofSeconds(60),
          Duration.ofSeconds(60));
    }
  }

  private final Settings settings;
  private final HttpClient client;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  public PoliteFetcher(Settings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.connect())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Fetches {@code uri}, its body at most {@code maxBytes}. */
  public Fetched get(URI uri, long maxBytes) throws IOException, InterruptedException {
    return get(uri, maxBytes, null, null);
  }

  /** Fetches {@code uri} unless it has not changed since the ETag or Last-Modified given (either may be null). */
  public Fetched get(URI uri, long maxBytes, String etag, String lastModified)
      throws IOException, InterruptedException {
    URI current = uri;
    int retries = 0;
    for (int redirects = 0; ; ) {
      settings.policy().check(current);
      var builder = HttpRequest.newBuilder(current).timeout(settings.request()).header("User-Agent", AGENT);
      if (etag != null) {
        builder.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        builder.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> response = send(current, builder.build());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        response.body().close();
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new IOException(uri + ": redirect " + status + " without a Location"));
        if (++redirects > MAX_REDIRECTS) {
          throw new IOException(uri + ": more than " + MAX_REDIRECTS + " redirects");
        }
        current = current.resolve(location);
        continue;
      }
      if ((status == 429 || status == 503) && retries < MAX_RETRIES) {
        response.body().close();
        Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << retries));
        if (wait.compareTo(settings.longestWait()) > 0) {
          throw new IOException(uri + ": " + status + " with Retry-After " + wait.toSeconds()
              + " s, longer than the " + settings.longestWait().toSeconds() + " s a harvest waits");
        }
        retries++;
        Thread.sleep(wait);
        continue;
      }
      var headers = response.headers();
      if (status == 304) {
        response.body().close();
        return new Fetched(current, null, null, etag, lastModified);
      }
      if (status != 200) {
        response.body().close();
        throw new IOException(uri + ": HTTP " + status);
      }
      return new Fetched(current, bounded(response.body(), maxBytes, uri),
          headers.firstValue("Content-Type").orElse(null), headers.firstValue("ETag").orElse(null),
          headers.firstValue("Last-Modified").orElse(null));
    }
  }

  private HttpResponse<InputStream> send(URI uri, HttpRequest request) throws IOException, InterruptedException {
    Semaphore host = hosts.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
        h -> new Semaphore(settings.perHost()));
    host.acquire();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new IOException(uri + ": no answer within " + settings.request().toSeconds() + " s", e);
    } finally {
      host.release();
    }
  }

  /**
   * The body, at most {@code maxBytes}, read within the request timeout: the JDK client's timeout ends when the
   * headers arrive, so a watchdog closes a body that is still coming at the deadline.
   */
  private byte[] bounded(InputStream body, long maxBytes, URI uri) throws IOException {
    var timedOut = new AtomicBoolean();
    var watchdog = Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(settings.request());
        timedOut.set(true);
        body.close();
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    try (body) {
      var out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = body.read(buffer)) >= 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new IOException(uri + ": larger than the " + maxBytes + " bytes allowed");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (!timedOut.get()) {
        throw e;
      }
      throw new IOException(uri + ": the body did not arrive within " + settings.request().toSeconds() + " s", e);
    } finally {
      watchdog.interrupt();
    }
  }

  /** Retry-After in seconds or as an HTTP date. */
  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
      if (value.matches("\\d+")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      }
      try {
        var when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }
}
