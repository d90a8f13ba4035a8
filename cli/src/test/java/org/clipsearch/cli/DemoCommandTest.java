package org.clipsearch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

  @TempDir
  Path home;

  /** What one run of the demo printed, and what its server answered while it ran. */
  private record Run(int exit, String out, String err, int homeStatus, String homePage, String stats) {
  }

  private Run demo() throws Exception {
    var run = ServingRun.start("demo", "--home", home.toString(), "--model", TestModels.tinyClip().toString(),
        "--count", "12", "--port", "0", "--threads", "1");
    var http = HttpClient.newHttpClient();
    var page = http.send(HttpRequest.newBuilder(URI.create(run.url())).build(), HttpResponse.BodyHandlers.ofString());
    var stats = http.send(HttpRequest.newBuilder(URI.create(run.url() + "api/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    int exit = run.stop();
    return new Run(exit, run.out(), run.err(), page.statusCode(), page.body(), stats.body());
  }

  @Test
  void demo_generates_indexes_and_serves_the_web_interface_then_a_second_run_reuses_everything() throws Exception {
    Run first = demo();

    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("clipsearch serves the demo collection at http://127.0.0.1:");
    assertThat(first.err()).contains("indexed 12");
    assertThat(first.homeStatus()).isEqualTo(200);
    assertThat(first.homePage()).contains("<form");
    assertThat(first.stats()).contains("\"documents\":12");

    Run second = demo();

    assertThat(second.exit()).isZero();
    assertThat(second.err()).doesNotContain("generating").doesNotContain("indexed");
    assertThat(second.stats()).contains("\"documents\":12");
  }
}
