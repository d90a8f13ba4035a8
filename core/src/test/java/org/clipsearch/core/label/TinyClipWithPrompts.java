package org.clipsearch.core.label;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the tiny test model with a 3-label scene prompt set and a 2-label multi-label motif set. */
final class TinyClipWithPrompts {

  private static final Path TINY_CLIP = Path.of("src/test/resources/models/tiny-clip");

  private TinyClipWithPrompts() {
  }

  /** Copies the model into {@code target} and writes its prompts/. */
  static Path copyTo(Path target) throws IOException {
    Path copy = Files.createDirectories(target);
    try (Stream<Path> files = Files.list(TINY_CLIP)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Files.createDirectories(copy.resolve("prompts"));
    Files.writeString(copy.resolve("prompts/scene.tsv"),
        "haven\ta photo of a {}\ta photo of a harbour\nstrand\ta photo of a beach\nbos_park\ta photo of a {}\n");
    Files.writeString(copy.resolve("prompts/motif.tsv"),
        "# kind: multi-label\n# threshold: 0.4\nHug\ttwo people hugging\nKiss\ttwo people kissing\n");
    return copy;
  }
}
