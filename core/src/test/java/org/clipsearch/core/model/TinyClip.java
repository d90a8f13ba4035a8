package org.clipsearch.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The tiny random-weight test model (tools/make_tiny_clip.py) and its expected outputs. */
final class TinyClip {

  static final Path DIR = Path.of("src/test/resources/models/tiny-clip");
  static final Path EXPECTED = Path.of("src/test/resources/models/tiny-clip-expected");
  static final Path RESOURCES = Path.of("src/test/resources");

  private TinyClip() {
  }

  /** A copy of the model in {@code target}, to break on purpose. */
  static Path copyTo(Path target) throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  /** Rows of an expectations file, without comments. */
  static Stream<String[]> rows(String file) throws IOException {
    return Files.readAllLines(EXPECTED.resolve(file)).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"));
  }

  static float[] floats(String spaceSeparated) {
    String[] parts = spaceSeparated.trim().split(" ");
    float[] values = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Float.parseFloat(parts[i]);
    }
    return values;
  }
}
