package org.clipsearch.bench.soak;

import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.output.OutputLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The collection a soak indexes: demo pictures with their metadata, a few files that are not images planted among
 * them, and a spare world whose pictures replace and add to it between and during runs. It knows which relative
 * paths (from {@link #root()}) are good images and which are bad, whatever was changed since.
 */
final class SoakCollection {

  private static final String SPARE = "spare";

  private final Path root;
  private final List<Path> spares;
  private final SplittableRandom random;
  private final Set<String> bad = new TreeSet<>();
  private int nextSpare;
  private int nextAdded;

  private SoakCollection(Path root, List<Path> spares, long seed) {
    this.root = root;
    this.spares = spares;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Writes {@code count} pictures of world {@code seed} to {@code dir/collection} (and a spare world of {@code
   * spares} pictures beside it), then plants the bad files.
   */
  static SoakCollection create(Path dir, long seed, int count, int spares) throws IOException {
    Path root = dir.resolve("collection");
    Path spare = dir.resolve(SPARE);
    DemoWorld.generate(seed, count, root, 2);
    DemoWorld.generate(seed + 1, spares, spare, 2);
    List<Path> spareFiles;
    try (Stream<Path> files = Files.walk(spare.resolve(OutputLayout.IMAGES))) {
      spareFiles = files.filter(Files::isRegularFile).sorted().toList();
    }
    var collection = new SoakCollection(root, spareFiles, seed);
    collection.plantBadFiles();
    return collection;
  }

  Path root() {
    return root;
  }

  Path metadata() {
    return root.resolve(OutputLayout.METADATA);
  }

  private void plantBadFiles() throws IOException {
    String first = goodImages().getFirst();
    byte[] picture = Files.readAllBytes(root.resolve(first));
    write("images/bad/truncated.jpg", Arrays.copyOf(picture, 64));
    write("images/bad/text.jpg", "not a picture, a note someone named .jpg\n".getBytes(StandardCharsets.UTF_8));
    write("images/bad/empty.png", new byte[0]);
    var noise = new byte[4096];
    random.nextBytes(noise);
    write("images/bad/noise.tif", noise);
  }

  private void write(String path, byte[] bytes) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.write(root.resolve(path), bytes);
    bad.add(path);
  }

  /** Replaces {@code n} good pictures with spare ones of the same format (same path, other content). */
  List<String> replace(int n) throws IOException {
    var changed = new ArrayList<String>();
    List<String> good = goodImages();
    for (int i = 0; i < n && !good.isEmpty(); i++) {
      String path = good.get(random.nextInt(good.size()));
      Files.copy(nextSpare(extension(path)), root.resolve(path), StandardCopyOption.REPLACE_EXISTING);
      changed.add(path);
    }
    return changed;
  }

  /** Deletes {@code n} good pictures. */
  List<String> delete(int n) throws IOException {
    var deleted = new ArrayList<String>();
    for (int i = 0; i < n; i++) {
      List<String> good = goodImages();
      String path = good.get(random.nextInt(good.size()));
      Files.delete(root.resolve(path));
      deleted.add(path);
    }
    return deleted;
  }

  /** Cuts one good picture short, so that it no longer decodes: it becomes a bad file. */
  String damage() throws IOException {
    List<String> good = goodImages();
    String path = good.get(random.nextInt(good.size()));
    write(path, Arrays.copyOf(Files.readAllBytes(root.resolve(path)), 64));
    return path;
  }

  /** Adds {@code n} spare pictures under {@code images/added/}. */
  List<String> add(int n) throws IOException {
    var added = new ArrayList<String>();
    for (int i = 0; i < n; i++) {
      Path from = nextSpare(null);
      String path = "images/added/%06d.%s".formatted(nextAdded++, extension(from.toString()));
      Files.createDirectories(root.resolve(path).getParent());
      Files.copy(from, root.resolve(path));
      added.add(path);
    }
    return added;
  }

  private Path nextSpare(String extension) {
    for (int tried = 0; tried < spares.size(); tried++) {
      Path candidate = spares.get(nextSpare++ % spares.size());
      if (extension == null || extension(candidate.toString()).equals(extension)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no spare picture ." + extension + " among " + spares.size());
  }

  /** The relative paths of the good pictures now in the collection, sorted. */
  List<String> goodImages() {
    try (Stream<Path> files = Files.walk(root.resolve(OutputLayout.IMAGES))) {
      return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString())
          .filter(path -> !bad.contains(path)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The relative paths of the files that are not images, sorted. */
  Set<String> badFiles() {
    return new TreeSet<>(bad);
  }

  /** The bytes of {@code n} spare JPEG pictures, for uploads. */
  List<byte[]> uploads(int n) throws IOException {
    var pictures = new ArrayList<byte[]>();
    for (Path file : spares) {
      if (pictures.size() < n && extension(file.toString()).equals("jpg")) {
        pictures.add(Files.readAllBytes(file));
      }
    }
    return pictures;
  }

  private static String extension(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
