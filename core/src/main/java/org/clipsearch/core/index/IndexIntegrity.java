package org.clipsearch.core.index;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds damage in a Lucene index before it is read, and turns what Lucene throws about damage into an
 * {@link IndexCorruptedException} that names the file.
 *
 * <p>Two depths. {@link Depth#OPEN} opens every segment of the latest commit once, as a reader would: Lucene then
 * verifies the checksum of every small file it reads whole ({@code segments_N}, {@code .si}, {@code .fnm},
 * {@code .cfe} and the codecs' metadata files) and the header, footer and length of every other file, so a
 * missing file, a truncated file and a flipped byte in a small file are found; it costs milliseconds whatever the
 * size. A flipped byte in a large data file ({@code .vec}, {@code .vex}, {@code .fdt}, {@code .cfs} ...) is found
 * only by reading the whole file: {@link Depth#FULL} also checks the checksum of every file of the commit, at the
 * speed the disk reads (about a second per GB from the page cache).
 */
public final class IndexIntegrity {

  /** How much of the index to read. */
  public enum Depth {
    /** Open every segment: checksums of small files, headers, footers and lengths of all. */
    OPEN,
    /** Also the checksum of every file, read whole. */
    FULL
  }

  /**
   * What a verification read.
   *
   * @param files the files of the latest commit
   * @param bytes their size; all of it was read when the depth was {@link Depth#FULL}
   */
  public record Checked(int files, long bytes) {
  }

  private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(segments_[0-9a-z]+|_[0-9a-z]+(?:_\\w+)?\\.[a-z]+)");

  private IndexIntegrity() {
  }

  /**
   * Verifies the latest commit of the index in {@code layout}, if there is one.
   *
   * @return what it read; no files when there is no index
   * @throws IndexCorruptedException naming the file when it is damaged or missing
   */
  public static Checked verify(IndexLayout layout, Depth depth) throws IOException {
    if (!Files.isDirectory(layout.lucene())) {
      return new Checked(0, 0);
    }
    try (Directory directory = FSDirectory.open(layout.lucene())) {
      return verify(directory, layout, depth);
    }
  }

  /**
   * Verifies the latest commit of the index in {@code directory} (the layout's {@code lucene/}), if there is one.
   *
   * @return what it read; no files when there is no index
   * @throws IndexCorruptedException naming the file when it is damaged or missing
   */
  public static Checked verify(Directory directory, IndexLayout layout, Depth depth) throws IOException {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return new Checked(0, 0);
      }
      DirectoryReader.open(directory).close();
      var files = SegmentInfos.readLatestCommit(directory).files(true);
      long bytes = 0;
      for (String file : files) {
        bytes += depth == Depth.FULL ? checksum(directory, file) : directory.fileLength(file);
      }
      return new Checked(files.size(), bytes);
    } catch (IOException e) {
      throw corruption(e, layout).orElseThrow(() -> e);
    }
  }

  private static long checksum(Directory directory, String file) throws IOException {
    try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
      CodecUtil.checksumEntireFile(input);
      return input.length();
    } catch (CorruptIndexException e) {
      throw new CorruptIndexException(e.getOriginalMessage(), file, e);
    } catch (EOFException e) {
      throw new CorruptIndexException("truncated (" + e.getMessage() + ")", file, e);
    }
  }

  /**
   * What {@code failure} says about damage to the index, if anything: a {@link CorruptIndexException}, an index
   * format too old or too new, an end of file or a missing file, anywhere in its causes. The innermost one names
   * the file: Lucene reports a damaged {@code .si} as a {@code segments_N} it could not read, caused by the
   * {@code .si}.
   */
  public static Optional<IndexCorruptedException> corruption(Throwable failure, IndexLayout layout) {
    Optional<IndexCorruptedException> innermost = Optional.empty();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IndexCorruptedException known) {
        return Optional.of(known);
      }
      Optional<IndexCorruptedException> found = describe(cause, layout);
      innermost = found.isPresent() ? found : innermost;
    }
    return innermost;
  }

  /**
   * Throws what {@code failure} says about damage to the index, if it says anything ({@link #corruption}).
   *
   * @throws IndexCorruptedException naming the file
   */
  public static void throwIfCorruption(Throwable failure, IndexLayout layout) {
    Optional<IndexCorruptedException> found = corruption(failure, layout);
    if (found.isPresent()) {
      throw found.get();
    }
  }

  private static Optional<IndexCorruptedException> describe(Throwable cause, IndexLayout layout) {
    return switch (cause) {
      case CorruptIndexException corrupt -> Optional.of(new IndexCorruptedException(layout,
          fileIn(corrupt.getResourceDescription()), corrupt.getOriginalMessage(), corrupt));
      case IndexFormatTooOldException old -> Optional.of(new IndexCorruptedException(layout,
          fileIn(old.getResourceDescription()), "written by a Lucene too old to read (" + old.getReason() + ")", old));
      case IndexFormatTooNewException young -> Optional.of(new IndexCorruptedException(layout,
          fileIn(young.getResourceDescription()), "written by a newer Lucene than this one", young));
      case EOFException truncated -> Optional.of(new IndexCorruptedException(layout, fileIn(truncated.getMessage()),
          "truncated (" + truncated.getMessage() + ")", truncated));
      case NoSuchFileException missing -> Optional.of(new IndexCorruptedException(layout,
          fileIn(missing.getFile()), "missing", missing));
      case FileNotFoundException missing -> Optional.of(new IndexCorruptedException(layout,
          fileIn(missing.getMessage()), "missing", missing));
      default -> Optional.empty();
    };
  }

  /** The index file a Lucene resource description or message names, or a description of the folder. */
  static String fileIn(String text) {
    if (text == null) {
      return "a file";
    }
    Matcher path = RESOURCE_PATH.matcher(text);
    if (path.find()) {
      Path named = Path.of(path.group(1)).getFileName();
      if (named != null) {
        return named.toString();
      }
    }
    Matcher name = FILE_NAME.matcher(text);
    return name.find() ? name.group(1) : text;
  }
}
