package org.clipsearch.bench.soak;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop clients: each sends its next request as soon as the last one is answered, until stopped, and records
 * every request: its kind, when it started and ended, and the status (or the error when there was no answer). The
 * whole answer is read, as a browser would.
 */
final class SoakClients implements AutoCloseable {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final long NO_ANSWER_PAUSE_MILLIS = 100;

  /** One request: its kind, its start and end ({@link System#nanoTime()}), its status (0: no answer) and error. */
  record Outcome(String kind, long startNanos, long endNanos, int status, String error) {

    double millis() {
      return (endNanos - startNanos) / 1e6;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ExecutorService pool;
  private final List<Future<?>> running = new ArrayList<>();

  SoakClients(int clients, SoakRequests requests, long seed) {
    pool = Executors.newFixedThreadPool(clients);
    var seeds = new SplittableRandom(seed);
    for (int c = 0; c < clients; c++) {
      SplittableRandom random = seeds.split();
      running.add(pool.submit(() -> loop(requests, random)));
    }
  }

  private void loop(SoakRequests requests, SplittableRandom random) {
    while (!stopped.get()) {
      SoakRequests.Planned planned = requests.next(random);
      long start = System.nanoTime();
      try {
        var answer = http.send(planned.request().timeout(REQUEST_TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        outcomes.add(new Outcome(planned.kind(), start, System.nanoTime(), answer.statusCode(),
            answer.statusCode() == 200 ? null : new String(answer.body(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        outcomes.add(new Outcome(planned.kind(), start, System.nanoTime(), 0, e.toString()));
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** After a request got no answer (the server is down): a moment's pause, as a browser's user would take. */
  private static void pause() {
    try {
      Thread.sleep(NO_ANSWER_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the clients after their requests in flight and returns every outcome, in the order they ended. */
  List<Outcome> stop() throws Exception {
    stopped.set(true);
    for (Future<?> client : running) {
      client.get();
    }
    return List.copyOf(outcomes);
  }

  @Override
  public void close() {
    stopped.set(true);
    pool.close();
    http.close();
  }
}
