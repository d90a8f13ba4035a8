package org.clipsearch.cli;

import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --verify-index full|open}: how much of an existing index a command checks before using it
 * ({@link IndexIntegrity}). {@code full}, the default, reads every file of the latest commit and checks its
 * checksum, which finds a flipped byte anywhere: 0.05 to 0.1 s for the 240 MB of 100,000 images from the page cache,
 * bounded by the disk's read rate when cold (0.2 s at 1.3 GB/s). {@code open} only opens every segment, which finds
 * missing, truncated and damaged small files in milliseconds whatever the size, but not a flipped byte inside a large
 * data file: for a very large index on a slow disk.
 */
final class VerifyIndexOption {

  @Option(names = "--verify-index", paramLabel = "full|open", defaultValue = "full",
      description = "Before using an existing index: full checks the checksum of every file (reads the whole index,"
          + " about 0.1 s per 100,000 images when cached); open only opens its segments, which finds missing,"
          + " truncated and damaged small files but not a flipped byte in a large one. Default: ${DEFAULT-VALUE}.")
  String depth;

  /**
   * Checks every checksum of the index at {@code index} unless told to only open it (the command opens it anyway),
   * and prints one line about what it read.
   *
   * @throws IllegalArgumentException                          when the option's value is neither full nor open
   * @throws org.clipsearch.core.index.IndexCorruptedException naming the file when the index is damaged
   */
  void verify(Path index, PrintWriter err) throws IOException {
    if (!"full".equals(depth) && !"open".equals(depth)) {
      throw new IllegalArgumentException("--verify-index must be full or open, got '" + depth + "'");
    }
    if ("full".equals(depth)) {
      long start = System.nanoTime();
      var checked = IndexIntegrity.verify(new IndexLayout(index), IndexIntegrity.Depth.FULL);
      if (checked.files() > 0) {
        err.println(describe(index, checked, start));
        err.flush();
      }
    }
  }

  /** One line on what was verified since {@code start} (a {@link System#nanoTime()}). */
  static String describe(Path index, IndexIntegrity.Checked checked, long start) {
    return String.format(Locale.ROOT, "verified the checksums of %d files (%.1f MB) of %s in %.2f s",
        checked.files(), checked.bytes() / 1e6, index, (System.nanoTime() - start) / 1e9);
  }
}
