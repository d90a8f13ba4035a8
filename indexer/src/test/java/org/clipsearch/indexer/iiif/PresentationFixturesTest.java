package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every real IIIF Presentation document in {@code shared/testdata/iiif} (a viewer's fixtures from libraries and
 * museums, every IIIF Cookbook recipe): each is read as a manifest with its image canvases and skipped canvases,
 * or as a collection, or rejected with a reason; none throws anything else. Some are checked in detail.
 * Skipped when the shared folder is absent.
 */
class PresentationFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of(System.getProperty("clipsearch.shared.dir", "../../shared"),
      "testdata", "iiif");

  private static Path fixture(String name) {
    Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "skipped: no IIIF fixtures at " + FIXTURES);
    return FIXTURES.resolve(name);
  }

  private static IiifDocument read(String name) throws Exception {
    return PresentationParser.parse(JSON.readTree(fixture(name).toFile()));
  }

  private static List<Path> all() throws IOException {
    try (var files = Files.walk(fixture(""))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void every_fixture_is_a_manifest_a_collection_or_rejected_with_a_reason() throws Exception {
    Map<String, String> outcomes = new TreeMap<>();
    int images = 0;
    for (Path file : all()) {
      String name = FIXTURES.relativize(file).toString();
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        outcomes.put(name, "not JSON");
        continue;
      }
      try {
        switch (PresentationParser.parse(root)) {
          case IiifDocument.Manifest m -> {
            images += m.canvases().size();
            assertThat(m.canvases()).as(name).allSatisfy(c -> {
              assertThat(c.canvasId()).isNotBlank();
              assertThat(c.service() != null || c.staticUrl() != null).isTrue();
            });
            assertThat(m.skipped()).as(name).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
            outcomes.put(name, "manifest " + m.canvases().size() + " images, " + m.skipped().size() + " skipped");
          }
          case IiifDocument.Collection c -> outcomes.put(name, "collection " + c.members().size());
        }
      } catch (IiifFormatException e) {
        assertThat(e.getMessage()).as(name).isNotBlank();
        outcomes.put(name, "rejected: " + e.getMessage());
      }
    }
    assertThat(outcomes).hasSizeGreaterThan(100);
    assertThat(outcomes.get("mirador-v2/broken.json")).isEqualTo("rejected: the document has no id");
    assertThat(outcomes.values().stream().filter(o -> o.startsWith("manifest")).count()).isGreaterThan(80);
    assertThat(images).as("image canvases over all the fixtures").isEqualTo(421);
  }

  @Test
  void a_version_3_image_service_is_read_with_its_level() throws Exception {
    var manifest = (IiifDocument.Manifest) read("cookbook/0005-image-service--manifest.json");
    assertThat(manifest.version()).isEqualTo(3);
    assertThat(manifest.canvases()).singleElement().satisfies(canvas -> {
      assertThat(canvas.width()).isEqualTo(4032);
      assertThat(canvas.service().id()).endsWith("918ecd18c2592080851777620de9bcb5-gottingen");
      assertThat(canvas.service().version()).isEqualTo(3);
      assertThat(canvas.service().level()).isEqualTo(1);
    });
    assertThat(manifest.label().best(List.of("en")))
        .hasValue("Picture of Göttingen taken during the 2019 IIIF Conference");
  }

  @Test
  void a_version_2_manifest_gives_its_canvases_services_and_attribution() throws Exception {
    var manifest = (IiifDocument.Manifest) read("mirador-v2/001.json");
    assertThat(manifest.version()).isEqualTo(2);
    assertThat(manifest.canvases()).isNotEmpty().allSatisfy(canvas -> {
      assertThat(canvas.service().version()).isEqualTo(2);
      assertThat(canvas.service().level()).isEqualTo(1);
      assertThat(canvas.service().id()).startsWith("https://iiif.bodleian.ox.ac.uk/iiif/image/");
    });
    assertThat(manifest.label().best(List.of("en"))).hasValue("Bodleian Library Human Freaks 2 (33)");
    assertThat(manifest.metadata()).isNotEmpty();
  }

  @Test
  void audio_and_video_canvases_are_skipped_with_the_reason() throws Exception {
    for (String name : List.of("cookbook/0002-mvm-audio--manifest.json", "cookbook/0003-mvm-video--manifest.json")) {
      var manifest = (IiifDocument.Manifest) read(name);
      assertThat(manifest.canvases()).as(name).isEmpty();
      assertThat(manifest.skipped()).as(name).singleElement()
          .satisfies(s -> assertThat(s.reason()).contains("no image").containsAnyOf("Sound", "Video"));
    }
  }

  @Test
  void labels_keep_every_language() throws Exception {
    var manifest = (IiifDocument.Manifest) read("cookbook/0006-text-language--manifest.json");
    assertThat(manifest.label().values().keySet()).hasSizeGreaterThanOrEqualTo(2);
    var languages = new ArrayList<>(manifest.label().values().keySet());
    assertThat(manifest.label().best(List.of(languages.get(1)))).hasValue(
        String.join("; ", manifest.label().values().get(languages.get(1))));
  }

  @Test
  void a_region_or_a_rotation_of_an_image_indexes_the_image() throws Exception {
    for (String name : List.of("cookbook/0299-region--manifest.json",
        "cookbook/0040-image-rotation-service--manifest-service.json")) {
      var manifest = (IiifDocument.Manifest) read(name);
      assertThat(manifest.canvases()).as(name).singleElement()
          .satisfies(canvas -> assertThat(canvas.service().version()).isEqualTo(3));
    }
  }

  @Test
  void a_version_2_collection_lists_its_manifests() throws Exception {
    var collection = (IiifDocument.Collection) read("mirador-v2/collection.json");
    assertThat(collection.members()).isNotEmpty().noneMatch(IiifDocument.Reference::collection);
  }

  @Test
  void a_document_of_another_kind_is_rejected_with_its_type() {
    assertThatThrownBy(() -> PresentationParser.parse(JSON.readTree("{\"id\": \"x\", \"type\": \"Canvas\"}")))
        .isInstanceOf(IiifFormatException.class).hasMessageContaining("Canvas");
    assertThatThrownBy(() -> PresentationParser.parse(JSON.readTree("[1, 2]")))
        .isInstanceOf(IiifFormatException.class).hasMessageContaining("not a JSON object");
  }
}
