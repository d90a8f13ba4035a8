package org.clipsearch.cli;

import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --verify-index}: read every file of the index and check its checksum before using it. Without it a command
 * still opens every segment, which finds missing, truncated and damaged small files but not a flipped byte inside a
 * large data file ({@link IndexIntegrity}).
 */
final class VerifyIndexOption {

  @Option(names = "--verify-index", description = "Check the checksum of every file of the index before using it"
      + " (reads the whole index: about a second per GB cached; see clipsearch check).")
  boolean full;

  /**
   * Checks every checksum of the index at {@code index} when asked to, and prints one line about it.
   *
   * @throws org.clipsearch.core.index.IndexCorruptedException naming the file when the index is damaged
   */
  void verify(Path index, PrintWriter err) throws IOException {
    if (full) {
      long start = System.nanoTime();
      var checked = IndexIntegrity.verify(new IndexLayout(index), IndexIntegrity.Depth.FULL);
      err.println(describe(index, checked, start));
      err.flush();
    }
  }

  /** One line on what was verified since {@code start} (a {@link System#nanoTime()}). */
  static String describe(Path index, IndexIntegrity.Checked checked, long start) {
    return String.format(Locale.ROOT, "verified the checksums of %d files (%.1f MB) of %s in %.1f s",
        checked.files(), checked.bytes() / 1e6, index, (System.nanoTime() - start) / 1e9);
  }
}
