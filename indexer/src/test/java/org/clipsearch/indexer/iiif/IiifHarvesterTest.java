package org.clipsearch.indexer.iiif;

import com.sun.net.httpserver.HttpServer;
import org.clipsearch.indexer.pipeline.MetadataSidecar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvest end to end over a loopback server: a manifest with an Image API canvas, a static-image canvas and an
 * audio canvas, the images served behind a fake Image API with ETags; the folder it writes is read back with the
 * indexer's own sidecar reader, and a second harvest downloads nothing.
 */
class IiifHarvesterTest {

  @TempDir
  Path folder;

  private HttpServer server;
  private final List<String> imageRequests = new CopyOnWriteArrayList<>();
  private final byte[] jpeg = jpeg();

  private static byte[] jpeg() {
    try {
      var image = new BufferedImage(683, 512, BufferedImage.TYPE_INT_RGB);
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/manifest.json", exchange -> {
      byte[] body = manifest().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/iiif/", exchange -> {
      imageRequests.add(exchange.getRequestURI().getPath());
      if ("\"img\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"img\"");
      exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
      exchange.sendResponseHeaders(200, jpeg.length);
      exchange.getResponseBody().write(jpeg);
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
    return """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%1$s", "type": "Manifest",
         "label": {"en": ["Harbour at dusk"], "nl": ["Haven bij schemering"]},
         "summary": {"en": ["Boats in the harbour"]}, "navDate": "1956-06-01T00:00:00Z",
         "rights": "http://creativecommons.org/licenses/by/4.0/",
         "requiredStatement": {"label": {"en": ["Attribution"]}, "value": {"en": ["Demo Archive"]}},
         "metadata": [{"label": {"en": ["Photographer"]}, "value": {"none": ["J. Jansen"]}}],
         "items": [
          {"id": "%2$s/canvas/1", "type": "Canvas", "width": 4000, "height": 3000, "label": {"en": ["front"]},
           "items": [{"id": "%2$s/p1", "type": "AnnotationPage", "items": [{"id": "%2$s/a1", "type": "Annotation",
             "motivation": "painting", "body": {"id": "%2$s/iiif/scan1/full/max/0/default.jpg", "type": "Image",
               "service": [{"id": "%2$s/iiif/scan1", "type": "ImageService3", "profile": "level1"}]}}]}]},
          {"id": "%2$s/canvas/2", "type": "Canvas", "width": 683, "height": 512, "label": {"en": ["back"]},
           "items": [{"id": "%2$s/p2", "type": "AnnotationPage", "items": [{"id": "%2$s/a2", "type": "Annotation",
             "motivation": "painting", "body": {"id": "%2$s/iiif/static/back.jpg", "type": "Image"}}]}]},
          {"id": "%2$s/canvas/3", "type": "Canvas", "duration": 60,
           "items": [{"id": "%2$s/p3", "type": "AnnotationPage", "items": [{"id": "%2$s/a3", "type": "Annotation",
             "motivation": "painting", "body": {"id": "%2$s/sound.mp3", "type": "Sound"}}]}]}
         ]}""".formatted(url("/manifest.json"), url(""));
  }

  private IiifHarvester.Report harvest() throws Exception {
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(true), 2, Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(5)));
    var harvester = new IiifHarvester(fetcher, new CollectionWalker(fetcher, 3, 10_000_000),
        new IiifHarvester.Settings(512, 5_000_000, 100_000_000, List.of("en")));
    return harvester.harvest(URI.create(url("/manifest.json")), folder);
  }

  @Test
  void image_canvases_become_files_with_their_manifest_metadata_and_a_rerun_fetches_nothing() throws Exception {
    var first = harvest();
    assertThat(first.fetched()).isEqualTo(2);
    assertThat(first.failures()).singleElement().satisfies(f -> {
      assertThat(f.source()).endsWith("/canvas/3");
      assertThat(f.reason()).contains("Sound");
    });
    assertThat(imageRequests).contains("/iiif/scan1/full/,512/0/default.jpg", "/iiif/static/back.jpg");

    var sidecar = MetadataSidecar.read(folder.resolve("metadata.json"));
    String front = "images/" + IiifHarvester.key(url("/canvas/1")) + ".jpg";
    var metadata = sidecar.get(front);
    assertThat(metadata.title()).isEqualTo("Harbour at dusk (front)");
    assertThat(metadata.description()).isEqualTo("Boats in the harbour");
    assertThat(metadata.date()).isEqualTo("1956-06-01");
    assertThat(metadata.licence()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
    assertThat(metadata.iiifManifest()).isEqualTo(url("/manifest.json"));
    assertThat(metadata.iiifImage()).isEqualTo(url("/iiif/scan1"));
    assertThat(metadata.extra()).containsEntry("iiif_canvas", url("/canvas/1"))
        .containsEntry("title_nl", "Haven bij schemering (front)").containsEntry("title_en", "Harbour at dusk (front)")
        .containsEntry("description_en", "Boats in the harbour").doesNotContainKey("description_nl")
        .containsEntry("iiif_image_version", "3").containsEntry("iiif_image_level", "1")
        .containsEntry("md_photographer", "J. Jansen")
        .containsEntry("attribution", "Demo Archive");
    assertThat(ImageIO.read(folder.resolve(front).toFile()).getHeight()).isEqualTo(512);

    var second = harvest();
    assertThat(second.fetched()).isZero();
    assertThat(second.unchanged()).isEqualTo(2);
  }
}
