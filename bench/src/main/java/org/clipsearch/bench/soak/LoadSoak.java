package org.clipsearch.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexLayout;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the index to concurrent clients for the load's duration while a {@link Feeder} adds and replaces
 * pictures, samples the server's memory, index generation and documents, and kills the server with SIGKILL (then
 * starts it again) at evenly spaced moments.
 */
final class LoadSoak {

  /**
   * One sample of the server: seconds into the load, resident bytes (allocated, and of mapped index files), heap in
   * use, the index generation and documents it serves.
   */
  record Sample(double seconds, long anonymousBytes, long mappedBytes, long heapBytes, long generation,
                long documents) {
  }

  /** A restart: when the server was killed and when it answered again, as {@link System#nanoTime()}. */
  record Restart(long killedNanos, long answeringNanos) {

    double seconds() {
      return (answeringNanos - killedNanos) / 1e9;
    }

    /** Seconds into the load of {@code start} when the server was killed. */
    double killedAt(long start) {
      return (killedNanos - start) / 1e9;
    }
  }

  /** What the load saw. */
  record Result(long startNanos, List<SoakClients.Outcome> outcomes, List<Sample> samples, List<Restart> restarts,
                List<Integer> feederExits, int added, int replaced, long servedDocuments, int indexDocuments,
                int checkExit) {
  }

  private final SoakSettings settings;
  private final SoakCollection collection;
  private final Clipsearch cli;

  LoadSoak(SoakSettings settings, SoakCollection collection, Clipsearch cli) {
    this.settings = settings;
    this.collection = collection;
    this.cli = cli;
  }

  Result run(IndexLayout index) throws Exception {
    var samples = new ArrayList<Sample>();
    var restarts = new ArrayList<Restart>();
    try (var server = ServerProcess.start(cli, settings.model(), index)) {
      var requests = new SoakRequests(server::uri, idsOf(collection), scenes(server), collection.uploads(40));
      var feeder = new Feeder(settings, collection, cli, index);
      Thread feeding = Thread.ofPlatform().name("soak-feeder").start(feeder);
      long start = System.nanoTime();
      long end = start + settings.load().toNanos();
      long sampleEvery = Math.min(5_000_000_000L, settings.load().toNanos() / 20);
      long nextRestart = start + settings.load().toNanos() / (settings.restarts() + 1);
      List<SoakClients.Outcome> outcomes;
      try (var clients = new SoakClients(settings.clients(), requests, settings.seed())) {
        while (System.nanoTime() < end) {
          Thread.sleep(sampleEvery / 1_000_000);
          if (restarts.size() < settings.restarts() && System.nanoTime() >= nextRestart) {
            long killed = System.nanoTime();
            server.killAndRestart();
            restarts.add(new Restart(killed, System.nanoTime()));
            nextRestart += settings.load().toNanos() / (settings.restarts() + 1);
          }
          samples.add(sample(server, start));
        }
        outcomes = clients.stop();
      }
      feeder.stop();
      feeding.join();
      if (feeder.failure() != null) {
        throw new IllegalStateException("the feeder failed: " + feeder.failure(), feeder.failure());
      }
      long served = documentsServed(server);
      server.close();
      int checkExit = cli.run(List.of("check", "--index", index.root().toString()), 10);
      return new Result(start, outcomes, samples, restarts, feeder.exits(), feeder.added(), feeder.replaced(),
          served, IndexSnapshot.documents(index), checkExit);
    }
  }

  private static Sample sample(ServerProcess server, long start) throws IOException, InterruptedException {
    var gauges = server.gauges();
    var memory = server.memory();
    return new Sample((System.nanoTime() - start) / 1e9, memory.anonymousBytes(), memory.fileBytes(),
        gauges.getOrDefault("jvm_memory_heap_used_bytes", -1.0).longValue(),
        gauges.getOrDefault("clipsearch_index_generation", -1.0).longValue(),
        gauges.getOrDefault("clipsearch_index_documents", -1.0).longValue());
  }

  /** The documents the server answers with once it has seen the feeder's last commit. */
  private static long documentsServed(ServerProcess server) throws IOException, InterruptedException {
    try (var http = HttpClient.newHttpClient()) {
      String body = http.send(HttpRequest.newBuilder(server.uri("/api/stats")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      return new ObjectMapper().readTree(body).path("documents").asLong(-1);
    }
  }

  private static List<String> idsOf(SoakCollection collection) {
    return collection.goodImages().stream().map(path -> SoakSettings.COLLECTION + ":" + path).toList();
  }

  private static List<String> scenes(ServerProcess server) throws IOException, InterruptedException {
    try (var http = HttpClient.newHttpClient()) {
      JsonNode facets = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(server.uri("/api/facets"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      var scenes = new ArrayList<String>();
      facets.path("scene").forEach(value -> scenes.add(value.path("value").asText()));
      if (scenes.isEmpty()) {
        throw new IllegalStateException("/api/facets named no scene: " + facets);
      }
      return scenes;
    }
  }
}
