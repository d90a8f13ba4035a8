package org.clipsearch.server.api;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per route, method and status, written in the Prometheus text format as the
 * counter {@code clipsearch_http_requests_total} and the histogram {@code clipsearch_http_request_seconds}.
 * Routes are the route templates ({@code /api/images/{id}}), so an id never becomes a series of its own.
 */
public final class RequestMetrics {

  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private record Series(String route, String method, int status) {
  }

  private static final class Latency {
    private final LongAdder count = new LongAdder();
    private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    private final LongAdder micros = new LongAdder();

    Latency() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }
  }

  private final Map<Series, Latency> series = new ConcurrentHashMap<>();

  /** Counts one request that took {@code millis}. */
  public void record(String route, String method, int status, double millis) {
    Latency latency = series.computeIfAbsent(new Series(route, method, status), s -> new Latency());
    latency.count.increment();
    latency.micros.add(Math.round(millis * 1000));
    double seconds = millis / 1000;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        latency.buckets[i].increment();
      }
    }
  }

  /** The series in Prometheus text format. */
  public void write(StringBuilder out) {
    out.append("# HELP clipsearch_http_requests_total HTTP requests by route, method and status.\n")
        .append("# TYPE clipsearch_http_requests_total counter\n");
    series.forEach((s, latency) -> out.append("clipsearch_http_requests_total").append(labels(s, null))
        .append(' ').append(latency.count.sum()).append('\n'));
    out.append("# HELP clipsearch_http_request_seconds HTTP request latency by route, method and status.\n")
        .append("# TYPE clipsearch_http_request_seconds histogram\n");
    series.forEach((s, latency) -> {
      for (int i = 0; i < BUCKETS.length; i++) {
        out.append("clipsearch_http_request_seconds_bucket").append(labels(s, format(BUCKETS[i]))).append(' ')
            .append(latency.buckets[i].sum()).append('\n');
      }
      out.append("clipsearch_http_request_seconds_bucket").append(labels(s, "+Inf")).append(' ')
          .append(latency.count.sum()).append('\n');
      out.append("clipsearch_http_request_seconds_sum").append(labels(s, null)).append(' ')
          .append(format(latency.micros.sum() / 1e6)).append('\n');
      out.append("clipsearch_http_request_seconds_count").append(labels(s, null)).append(' ')
          .append(latency.count.sum()).append('\n');
    });
  }

  private static String labels(Series s, String le) {
    return "{route=\"" + escape(s.route()) + "\",method=\"" + s.method() + "\",status=\"" + s.status() + "\""
        + (le == null ? "" : ",le=\"" + le + "\"") + "}";
  }

  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
