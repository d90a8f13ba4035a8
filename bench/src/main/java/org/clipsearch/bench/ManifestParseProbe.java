package org.clipsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.indexer.iiif.IiifDocument;
import org.clipsearch.indexer.iiif.PresentationParser;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For bench/iiif-parse-heap.sh: {@code write FILE N} writes a Presentation 3 manifest of N image canvases, each
 * with an Image API service, as institutions publish a digitised book or a photo archive; {@code tree FILE} and
 * {@code stream FILE} read it as a JSON tree or as the harvester's stream, and print the canvases found. The script
 * runs each in JVMs of growing heaps to find the smallest that reads it.
 */
public final class ManifestParseProbe {

  private ManifestParseProbe() {
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "write" -> write(file, Integer.parseInt(args[2]));
      case "tree" -> report(PresentationParser.parse(new ObjectMapper().readTree(Files.readAllBytes(file))));
      case "stream" -> report(PresentationParser.parse(Files.readAllBytes(file)));
      default -> throw new IllegalArgumentException("write FILE N | tree FILE | stream FILE, not " + args[0]);
    }
  }

  private static void report(IiifDocument document) {
    System.out.println(((IiifDocument.Manifest) document).canvases().size() + " canvases");
  }

  private static void write(Path file, int canvases) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://example.org/m\","
          + " \"type\": \"Manifest\", \"label\": {\"en\": [\"a large manifest\"]}, \"items\": [");
      for (int i = 0; i < canvases; i++) {
        out.write((i == 0 ? "" : ",") + """
            {"id": "https://example.org/c/%1$d", "type": "Canvas", "width": 4000, "height": 3000,
             "label": {"en": ["page %1$d"]}, "items": [{"id": "https://example.org/p/%1$d", "type": "AnnotationPage",
             "items": [{"id": "https://example.org/a/%1$d", "type": "Annotation", "motivation": "painting",
             "target": "https://example.org/c/%1$d",
             "body": {"id": "https://example.org/iiif/%1$d/full/max/0/default.jpg", "type": "Image", "format": "image/jpeg", "width": 4000, "height": 3000,
             "service": [{"id": "https://example.org/iiif/%1$d", "type": "ImageService3", "profile": "level1"}]}}]}]}"""
            .formatted(i));
      }
      out.write("]}");
    }
  }
}
