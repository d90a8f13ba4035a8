package org.clipsearch.indexer.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the images come from: a folder walked in name order, or a list of paths relative to a folder.
 *
 * <pre>{@code
 * ImageSource.walking(Path.of("/data/scans"), Set.of(indexDir)).forEach(entry -> {
 *   switch (entry) {
 *     case ImageSource.ImageFile file -> queue.put(file);         // path "1963/scan_0001.tif"
 *     case ImageSource.Problem problem -> report.fail(problem);    // "broken symbolic link"
 *   }
 * });
 * }</pre>
 *
 * <p>A file becomes an {@link ImageFile} when its name has an image extension (whatever its content: a text
 * file named {@code .jpg} reaches the decoder and is reported there) or when its first bytes are those of a
 * JPEG, PNG, TIFF, WebP, BMP or GIF (so a scan without extension is not missed). Other files (sidecars,
 * READMEs) are skipped silently. Directories that cannot be read, broken symbolic links, symbolic-link loops and
 * names that are not valid UTF-8 (their path cannot be a stable id) become {@link Problem}s; the walk goes on.
 * Symbolic links to files and folders are followed.
 */
public final class ImageSource {

  /** Extensions taken as images without looking at the content. */
  static final Set<String> IMAGE_EXTENSIONS =
      Set.of("jpg", "jpeg", "jpe", "png", "tif", "tiff", "webp", "bmp", "gif");

  /** One thing the source found. */
  public sealed interface Entry permits ImageFile, Problem {

    /** The path relative to the images folder, {@code /}-separated. */
    String path();
  }

  /**
   * An image file to index.
   *
   * @param file the file
   * @param path its path relative to the images folder, {@code /}-separated: with the collection, its id
   */
  public record ImageFile(Path file, String path) implements Entry {
  }

  /**
   * Something the source could not take.
   *
   * @param path        relative path of the file or folder
   * @param reason      short, fixed wording: {@code unreadable folder}, {@code broken symbolic link}...
   * @param detail      specifics, may be empty
   * @param isDirectory true when a whole folder was skipped (its documents are then kept by a prune)
   */
  public record Problem(String path, String reason, String detail, boolean isDirectory) implements Entry {
  }

  private final Path root;
  private final Path listFile;
  private final Set<Path> excluded;

  private ImageSource(Path root, Path listFile, Set<Path> excluded) {
    this.root = root.toAbsolutePath().normalize();
    this.listFile = listFile;
    this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
  }

  /** Every image below {@code root}, except below the {@code excluded} folders (e.g. the index itself). */
  public static ImageSource walking(Path root, Set<Path> excluded) {
    return new ImageSource(Objects.requireNonNull(root, "root"), null, excluded);
  }

  /** The images named in {@code listFile}, one path relative to {@code root} per line ({@code #} comments). */
  public static ImageSource listed(Path root, Path listFile) {
    return new ImageSource(Objects.requireNonNull(root, "root"), Objects.requireNonNull(listFile, "listFile"),
        Set.of());
  }

  /** The images folder, absolute. */
  public Path root() {
    return root;
  }

  /** The path of {@code file} relative to the root, {@code /}-separated. */
  public String relativePath(Path file) {
    var parts = new ArrayList<String>();
    for (Path part : root.relativize(file.toAbsolutePath().normalize())) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }

  /** A quick count of the images the source will find (by extension), for a progress bar. */
  public long estimateCount() throws IOException {
    if (listFile != null) {
      try (var lines = Files.lines(listFile)) {
        return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
      }
    }
    long[] count = {0};
    walk(root, new HashSet<>(), entry -> count[0]++, false);
    return count[0];
  }

  /** Hands every entry to {@code sink}, on the calling thread. */
  public void forEach(Consumer<? super Entry> sink) throws IOException {
    if (listFile != null) {
      readList(sink);
    } else {
      walk(root, new HashSet<>(), sink, true);
    }
  }

  private void readList(Consumer<? super Entry> sink) throws IOException {
    List<String> lines = Files.readAllLines(listFile, StandardCharsets.UTF_8);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Path file = root.resolve(line).normalize();
      if (!file.startsWith(root)) {
        sink.accept(new Problem(line, "outside the images folder", "resolves to " + file, false));
      } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
        sink.accept(new Problem(line, "broken symbolic link", "", false));
      } else if (!Files.isRegularFile(file)) {
        sink.accept(new Problem(line, Files.exists(file) ? "not a regular file" : "no such file", "", false));
      } else {
        sink.accept(new ImageFile(file, relativePath(file)));
      }
    }
  }

  private void walk(Path dir, Set<Object> ancestors, Consumer<? super Entry> sink, boolean sniff) {
    if (excluded.contains(dir)) {
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException | SecurityException e) {
      if (sniff) {
        sink.accept(new Problem(relativePath(dir), "unreadable folder", e.toString(), true));
      }
      return;
    }
    children.sort(null);
    for (Path child : children) {
      String name = child.getFileName().toString();
      String path = relativePath(child);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(child, BasicFileAttributes.class);
      } catch (IOException e) {
        if (sniff) {
          boolean link = Files.isSymbolicLink(child);
          sink.accept(new Problem(path, link ? "broken symbolic link" : "unreadable", link ? "" : e.toString(), false));
        }
        continue;
      }
      if (name.indexOf('\uFFFD') >= 0) {
        if (sniff) {
          sink.accept(new Problem(path, "file name is not valid UTF-8",
              "the name cannot be a stable id (file-name encoding " + System.getProperty("sun.jnu.encoding") + ")",
              attributes.isDirectory()));
        }
        continue;
      }
      if (attributes.isDirectory()) {
        Object key = attributes.fileKey() != null ? attributes.fileKey() : child.toAbsolutePath();
        if (!ancestors.add(key)) {
          if (sniff) {
            sink.accept(new Problem(path, "symbolic link loop", "", true));
          }
          continue;
        }
        walk(child, ancestors, sink, sniff);
        ancestors.remove(key);
      } else if (attributes.isRegularFile()) {
        if (!sniff) {
          if (hasImageExtension(name)) {
            sink.accept(new ImageFile(child, path));
          }
        } else if (hasImageExtension(name) || looksLikeImage(child)) {
          sink.accept(new ImageFile(child, path));
        }
      }
    }
  }

  static boolean hasImageExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot >= 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** True when the first bytes are a JPEG, PNG, GIF, TIFF, BMP or WebP signature. */
  static boolean looksLikeImage(Path file) {
    byte[] head = new byte[12];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
    return n >= 3 && (startsWith(head, 0xFF, 0xD8, 0xFF)
        || startsWith(head, 0x89, 'P', 'N', 'G')
        || startsWith(head, 'G', 'I', 'F', '8')
        || startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)
        || startsWith(head, 'I', 'I', 0x2B, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2B)
        || startsWith(head, 'B', 'M')
        || (n >= 12 && startsWith(head, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
            && head[11] == 'P'));
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
