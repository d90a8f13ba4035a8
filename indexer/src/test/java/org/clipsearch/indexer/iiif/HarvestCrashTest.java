package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvest killed with SIGKILL in the middle, then run again, leaves every canvas's image exactly once, whole, and
 * no partial file.
 */
class HarvestCrashTest {

  private static final int CANVASES = 60;

  @TempDir
  Path dir;

  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    var picture = new BufferedImage(683, 512, BufferedImage.TYPE_INT_RGB);
    var jpeg = new ByteArrayOutputStream();
    ImageIO.write(picture, "jpeg", jpeg);
    byte[] image = jpeg.toByteArray();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/manifest.json", exchange -> {
      byte[] body = manifest().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/images/", exchange -> {
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
      exchange.sendResponseHeaders(200, image.length);
      exchange.getResponseBody().write(image);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String manifest() {
    var canvases = new ArrayList<String>();
    for (int i = 0; i < CANVASES; i++) {
      canvases.add("""
          {"id": "%1$s/canvas/%2$d", "type": "Canvas", "width": 683, "height": 512,
           "items": [{"id": "%1$s/page/%2$d", "type": "AnnotationPage", "items": [{"id": "%1$s/anno/%2$d",
             "type": "Annotation", "motivation": "painting",
             "body": {"id": "%1$s/images/%2$d.jpg", "type": "Image"}}]}]}""".formatted(url(""), i));
    }
    return """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%s", "type": "Manifest",
         "label": {"en": ["many"]}, "items": [%s]}""".formatted(url("/manifest.json"), String.join(",", canvases));
  }

  @Test
  void a_harvest_killed_in_the_middle_then_run_again_leaves_every_image_once_and_whole() throws Exception {
    Path folder = dir.resolve("iiif");
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HarvestVictim.class.getName(), url("/manifest.json"),
        folder.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int doneAtKill = 0;
    try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        doneAtKill = Integer.parseInt(line.substring("done ".length()));
        if (doneAtKill >= 15) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(doneAtKill).as("canvases done before the kill").isBetween(15, CANVASES - 1);
    assertThat(Files.exists(folder.resolve(IiifHarvester.SIDECAR))).as("the sidecar is written at the end").isFalse();

    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 4, Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5)));
    var report = new IiifHarvester(fetcher, new CollectionWalker(fetcher, 2, 10_000_000),
        new IiifHarvester.Settings(512, 5_000_000, 100_000_000, List.of("en")))
        .harvest(URI.create(url("/manifest.json")), folder);

    assertThat(report.failures()).isEmpty();
    assertThat(report.fetched() + report.unchanged()).isEqualTo(CANVASES);
    List<Path> files;
    try (var walk = Files.walk(folder.resolve("images"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    var expected = new ArrayList<String>();
    for (int i = 0; i < CANVASES; i++) {
      expected.add(IiifHarvester.key(url("/canvas/" + i)) + ".jpg");
    }
    assertThat(files).extracting(f -> folder.resolve("images").relativize(f).toString().replace('\\', '/'))
        .containsExactlyInAnyOrderElementsOf(expected);
    for (Path file : files) {
      assertThat(ImageIO.read(file.toFile()).getWidth()).as(file.toString()).isEqualTo(683);
    }
    assertThat(new ObjectMapper().readTree(folder.resolve(IiifHarvester.SIDECAR).toFile()).size()).isEqualTo(CANVASES);
  }
}
