package org.clipsearch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

  @TempDir
  Path home;

  /** What one run of the demo printed, and what its server answered while it ran. */
  private record Run(int exit, String out, String err, int homeStatus, String homePage, String stats) {
  }

  private Run demo() throws Exception {
    var out = new StringWriter();
    var err = new StringWriter();
    var exit = new AtomicInteger(-1);
    Thread serving = Thread.ofPlatform().start(() -> {
      CommandLine cli = ClipsearchCommand.newCommandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      exit.set(cli.execute("demo", "--home", home.toString(), "--model", TestModels.tinyClip().toString(),
          "--count", "12", "--port", "0", "--threads", "1"));
    });
    Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
    for (int i = 0; i < 600 && !url.reset(out.toString()).find() && serving.isAlive(); i++) {
      Thread.sleep(100);
    }
    assertThat(url.reset(out.toString()).find()).as(out + " " + err).isTrue();
    var http = HttpClient.newHttpClient();
    var page = http.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
    var stats = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    serving.interrupt();
    serving.join(10_000);
    return new Run(exit.get(), out.toString(), err.toString(), page.statusCode(), page.body(), stats.body());
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
