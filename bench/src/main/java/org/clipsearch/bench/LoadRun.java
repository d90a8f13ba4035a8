package org.clipsearch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the last one answered, for a
 * fixed time; requests per second and the latency percentiles of every answer.
 */
final class LoadRun {

  /** What a client sends: request {@code i} of the run, returning its latency in milliseconds. */
  @FunctionalInterface
  interface Request {
    double send(int i) throws Exception;
  }

  /** Throughput and latency of the answered requests of one run, and how many the server refused (503). */
  record Result(int clients, double perSecond, Samples latencyMs, int refused) {
  }

  private LoadRun() {
  }

  static Result run(int clients, double seconds, Request request) throws Exception {
    var latencies = Collections.synchronizedList(new ArrayList<Double>());
    var next = new AtomicInteger();
    var refused = new AtomicInteger();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            try {
              latencies.add(request.send(next.getAndIncrement()));
            } catch (SearchClient.Refused e) {
              refused.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(clients, latencies.size() / elapsed, Samples.of(latencies), refused.get());
  }
}
