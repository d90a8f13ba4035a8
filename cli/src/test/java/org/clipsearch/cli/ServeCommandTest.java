package org.clipsearch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

  @TempDir
  Path dir;

  private Path index() throws Exception {
    Path root = Files.createDirectories(dir.resolve("photos"));
    for (int i = 0; i < 3; i++) {
      var image = new BufferedImage(90 + 10 * i, 70, BufferedImage.TYPE_INT_RGB);
      image.setRGB(i, i, 0xFFFFFF);
      ImageIO.write(image, "png", root.resolve("p" + i + ".png").toFile());
    }
    CommandRun run = CommandRun.of("index", "--model", TestModels.tinyClip().toString(), "--images", root.toString(),
        "--index", dir.resolve("ix").toString(), "--vector-format", "int8", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return dir.resolve("ix");
  }

  @Test
  void serve_prints_the_url_once_listening_answers_and_stops_when_interrupted() throws Exception {
    Path index = index();
    var run = ServingRun.start("serve", "--index", index.toString(), "--model", TestModels.tinyClip().toString(),
        "--port", "0", "--threads", "1");
    var http = HttpClient.newHttpClient();
    var health = http.send(HttpRequest.newBuilder(URI.create(run.url() + "health")).build(),
        HttpResponse.BodyHandlers.ofString());
    var search = http.send(HttpRequest.newBuilder(URI.create(run.url() + "api/search?q=white+dot&size=2")).build(),
        HttpResponse.BodyHandlers.ofString());

    int exit = run.stop();

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"documents\":3");
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(search.body()).contains("\"totalCandidates\":3");
    assertThat(exit).isZero();
  }

  @Test
  void a_folder_without_an_index_exits_2_with_one_line() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    CommandRun run = CommandRun.of("serve", "--index", dir.resolve("empty").toString(), "--model",
        TestModels.tinyClip().toString(), "--port", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("error: no index in").doesNotContain("\n");
  }
}
