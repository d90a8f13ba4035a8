package org.clipsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as Linux counts it ({@code /proc/PID/status}): all of it, the part it allocated
 * (heap, native memory) and the part that is mapped files (a memory-mapped Lucene index's pages in the page cache
 * that the process has touched).
 *
 * @param rssBytes       VmRSS
 * @param anonymousBytes RssAnon
 * @param fileBytes      RssFile
 */
public record ProcessMemory(long rssBytes, long anonymousBytes, long fileBytes) {

  /** This process's. */
  static ProcessMemory now() throws IOException {
    return of(ProcessHandle.current().pid());
  }

  /** Process {@code pid}'s. */
  public static ProcessMemory of(long pid) throws IOException {
    long rss = -1;
    long anonymous = -1;
    long file = -1;
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line);
      } else if (line.startsWith("RssAnon:")) {
        anonymous = kilobytes(line);
      } else if (line.startsWith("RssFile:")) {
        file = kilobytes(line);
      }
    }
    if (rss < 0 || anonymous < 0 || file < 0) {
      throw new IllegalStateException("no VmRSS, RssAnon or RssFile in /proc/" + pid + "/status");
    }
    return new ProcessMemory(rss, anonymous, file);
  }

  private static long kilobytes(String line) {
    return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
