package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a document's bytes as a stream gives what reading its tree gives, for every shared real document, and
 * for a manifest far larger than any of them; bytes that end early or are no JSON are rejected with the reason.
 */
class StreamedDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of(System.getProperty("clipsearch.shared.dir", "../../shared"),
      "testdata", "iiif");

  /** What a parse gave, as text: equal texts for equal documents (image sizes are arrays, compared by content). */
  private static String outcome(byte[] json, boolean streamed) {
    try {
      IiifDocument document = streamed ? PresentationParser.parse(json) : PresentationParser.parse(JSON.readTree(json));
      if (document instanceof IiifDocument.Manifest m) {
        var canvases = m.canvases().stream().map(c -> c.canvasId() + " " + c.label() + " " + c.width() + "x"
            + c.height() + " " + c.staticUrl() + " " + (c.service() == null ? "-" : c.service().id() + " v"
            + c.service().version() + " l" + c.service().level() + " " + c.service().sizes().stream()
            .map(Arrays::toString).toList() + " " + c.service().maxWidth() + " " + c.service().maxArea())).toList();
        return "manifest " + m.id() + " " + m.version() + " " + m.label() + " " + m.summary() + " " + m.metadata()
            + " " + m.rights() + " " + m.requiredStatement() + " " + m.navDate() + " " + m.provider() + " "
            + m.homepage() + " " + canvases + " " + m.skipped();
      }
      return document.toString();
    } catch (Exception e) {
      return "rejected";
    }
  }

  @Test
  void every_shared_document_reads_the_same_from_its_stream_as_from_its_tree() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "skipped: no IIIF fixtures at " + FIXTURES);
    List<Path> files;
    try (var walk = Files.walk(FIXTURES)) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      byte[] json = Files.readAllBytes(file);
      assertThat(outcome(json, true)).as(file.toString()).isEqualTo(outcome(json, false));
    }
  }

  @Test
  void a_manifest_of_thirty_thousand_canvases_is_read_canvas_by_canvas() throws Exception {
    var manifest = new StringBuilder("""
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://example.org/m",
         "type": "Manifest", "items": [""");
    for (int i = 0; i < 30_000; i++) {
      manifest.append(i == 0 ? "" : ",").append("""
          {"id": "https://example.org/c/%1$d", "type": "Canvas", "width": 100, "height": 80,
           "items": [{"id": "https://example.org/p/%1$d", "type": "AnnotationPage", "items": [{"type": "Annotation",
             "id": "https://example.org/a/%1$d", "motivation": "painting",
             "body": {"id": "https://example.org/i/%1$d.jpg", "type": "Image"}}]}]}""".formatted(i));
    }
    manifest.append("], \"label\": {\"en\": [\"after the canvases\"]}}");
    var parsed = (IiifDocument.Manifest) PresentationParser.parse(manifest.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.canvases()).hasSize(30_000);
    assertThat(parsed.canvases().getLast().staticUrl()).isEqualTo("https://example.org/i/29999.jpg");
    assertThat(parsed.label().best(List.of("en"))).contains("after the canvases");
  }

  @Test
  void bytes_that_end_early_or_are_no_json_are_rejected_with_the_reason() {
    byte[] truncated = """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://example.org/m",
         "type": "Manifest", "items": [{"id": "https://example.org/c/1", "type": "Canvas",""".getBytes(
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PresentationParser.parse(truncated)).isInstanceOf(IiifFormatException.class)
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> PresentationParser.parse("<html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IiifFormatException.class).hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> PresentationParser.parse("[1]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IiifFormatException.class).hasMessage("not a JSON object");
  }
}
