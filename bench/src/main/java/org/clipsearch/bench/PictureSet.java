package org.clipsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The images of one measurement, in the two forms the two sides take: an image list (and sidecar) for the
 * ingest, and the files themselves, in the same order, for the embedder.
 *
 * @param root     the images folder; the list's paths are relative to it
 * @param list     the image list handed to the ingest
 * @param metadata the metadata sidecar, or null
 * @param files    the listed files, in list order
 */
record PictureSet(Path root, Path list, Path metadata, List<Path> files) {

  PictureSet {
    files = List.copyOf(files);
  }

  /** Files below {@code root} without metadata, listed into {@code list}. */
  static PictureSet of(Path root, List<Path> files, Path list) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    List<String> lines = files.stream()
        .map(file -> absolute.relativize(file.toAbsolutePath().normalize()).toString())
        .toList();
    Files.createDirectories(list.toAbsolutePath().getParent());
    Files.write(list, lines, StandardCharsets.UTF_8);
    return new PictureSet(root, list, null, files);
  }

  int size() {
    return files.size();
  }

  /** Bytes of all the files. */
  long bytes() throws IOException {
    long total = 0;
    for (Path file : files) {
      total += Files.size(file);
    }
    return total;
  }
}
