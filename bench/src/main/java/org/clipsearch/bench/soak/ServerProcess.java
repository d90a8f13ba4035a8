package org.clipsearch.bench.soak;

import org.clipsearch.bench.ProcessMemory;
import org.clipsearch.core.index.IndexLayout;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code clipsearch serve} in a process of its own on a fixed loopback port, so that it can be killed with SIGKILL
 * and started again where the clients expect it; reads its resident memory from {@code /proc} and its gauges from
 * {@code /metrics}.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(2);

  private final Clipsearch cli;
  private final List<String> args;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  private ServerProcess(Clipsearch cli, List<String> args, int port) {
    this.cli = cli;
    this.args = args;
    this.port = port;
  }

  /** Starts serving {@code index} with {@code model} on a free port and waits until it answers. */
  static ServerProcess start(Clipsearch cli, Path model, IndexLayout index) throws IOException, InterruptedException {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var server = new ServerProcess(cli, List.of("serve", "--model", model.toString(), "--index",
        index.root().toString(), "--bind", "127.0.0.1", "--port", String.valueOf(port)), port);
    server.startAndWait();
    return server;
  }

  /** Starts the process and returns the seconds until {@code /health} answered 200. */
  double startAndWait() throws IOException, InterruptedException {
    long start = System.nanoTime();
    process = cli.start(args);
    long deadline = start + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve exited with " + process.exitValue() + "; see " + cli.log());
      }
      if (healthy()) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("serve did not answer /health within " + STARTUP + "; see " + cli.log());
  }

  /** Kills the server with SIGKILL, starts it again and returns the seconds from the kill to its first answer. */
  double killAndRestart() throws IOException, InterruptedException {
    long start = System.nanoTime();
    Clipsearch.kill(process);
    startAndWait();
    return (System.nanoTime() - start) / 1e9;
  }

  private boolean healthy() {
    try {
      var answer = http.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  /** The server's resident memory. */
  ProcessMemory memory() throws IOException {
    return ProcessMemory.of(process.pid());
  }

  /** The unlabelled gauges of {@code /metrics}, by name. */
  Map<String, Double> gauges() throws IOException, InterruptedException {
    String text = http.send(HttpRequest.newBuilder(uri("/metrics")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    var gauges = new HashMap<String, Double>();
    for (String line : text.split("\n")) {
      int space = line.indexOf(' ');
      if (!line.startsWith("#") && space > 0 && !line.substring(0, space).contains("{")) {
        gauges.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return gauges;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        Clipsearch.kill(process);
      }
    }
  }
}
