package org.clipsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the benchmark makes and throws away: fresh indexes, lists, partial caches. */
final class TempDirs {

  private TempDirs() {
  }

  /** A new empty folder below {@code parent}, named after {@code prefix}. */
  static Path fresh(Path parent, String prefix) throws IOException {
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, prefix + "-");
  }

  /** Deletes {@code dir} and everything below it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Bytes of the regular files below {@code dir}. */
  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      long total = 0;
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        total += Files.size(path);
      }
      return total;
    }
  }
}
