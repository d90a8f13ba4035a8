package org.clipsearch.bench;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.output.OutputLayout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The indexer benchmark's demo pictures: pictures 0 to N-1 of one demo world, generated once into a cache folder
 * (the layout of {@code clipsearch demo-data}) and reused. A smaller set is the first pictures of the cached one,
 * given to the ingest as an image list and a metadata sidecar of their own, so that every set is a prefix of one
 * collection and the sets of different sizes show the same kinds of picture.
 */
final class DemoPictures {

  private final Path dir;
  private final long seed;

  private DemoPictures(Path dir, long seed) {
    this.dir = dir;
    this.seed = seed;
  }

  /**
   * At least {@code count} pictures of world {@code seed} in {@code dir}: the cached ones when there are enough,
   * else all of them generated anew (into a partial folder, moved into place when complete).
   */
  static DemoPictures ensure(Path dir, long seed, int count, int threads) throws IOException {
    if (cached(dir) < count) {
      Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
      FileTrees.delete(partial);
      System.err.printf("generating %d demo pictures of world %d into %s%n", count, seed, dir);
      DemoWorld.generate(seed, count, partial, threads);
      FileTrees.delete(dir);
      Files.createDirectories(dir.toAbsolutePath().getParent());
      Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
    }
    return new DemoPictures(dir, seed);
  }

  /** Pictures in a complete cache folder: the ground-truth lines, written after their pictures. */
  private static int cached(Path dir) throws IOException {
    Path truth = dir.resolve(OutputLayout.GROUND_TRUTH);
    if (!Files.isRegularFile(truth)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(truth)) {
      return (int) lines.filter(line -> !line.isBlank()).count();
    }
  }

  /** The images folder of the ingest: paths in the lists and the sidecar are relative to it. */
  Path root() {
    return dir;
  }

  long seed() {
    return seed;
  }

  /** The first {@code count} pictures as a set: list and sidecar written into {@code into}. */
  PictureSet first(int count, Path into) throws IOException {
    Files.createDirectories(into);
    List<String> rows = sidecarRows();
    if (rows.size() - 1 < count) {
      throw new IllegalStateException(dir + " has " + (rows.size() - 1) + " pictures, the benchmark needs " + count);
    }
    var paths = new ArrayList<String>(count);
    var sidecar = new StringBuilder(rows.getFirst()).append("\r\n");
    for (int i = 0; i < count; i++) {
      String path = DemoWorld.describe(seed, i).path();
      String row = rows.get(i + 1);
      if (!row.startsWith(path + ",")) {
        throw new IllegalStateException("row " + (i + 1) + " of " + dir.resolve(OutputLayout.METADATA)
            + " is not that of " + path + ": " + row);
      }
      paths.add(path);
      sidecar.append(row).append("\r\n");
    }
    Path list = into.resolve("first-" + count + ".txt");
    Path metadata = into.resolve("first-" + count + ".csv");
    Files.write(list, paths, StandardCharsets.UTF_8);
    Files.writeString(metadata, sidecar, StandardCharsets.UTF_8);
    return new PictureSet(dir, list, metadata, paths.stream().map(dir::resolve).toList());
  }

  /** The sidecar's rows: header first. The demo world's fields hold no line breaks, so a row is a line. */
  private List<String> sidecarRows() throws IOException {
    String text = Files.readString(dir.resolve(OutputLayout.METADATA), StandardCharsets.UTF_8);
    return List.of(text.split("\r\n"));
  }

  /** Captions of pictures that are not in the first {@code skip}: text queries the index has not seen. */
  List<String> captionsAfter(int skip, int count) {
    var captions = new ArrayList<String>(count);
    for (int i = skip; i < skip + count; i++) {
      captions.add(DemoWorld.describe(seed, i).caption());
    }
    return captions;
  }
}
