package org.clipsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's resident memory as Linux counts it ({@code /proc/self/status}): all of it, and the part that is
 * mapped files (a memory-mapped Lucene index's pages in the page cache that this process has touched).
 *
 * @param rssBytes  VmRSS
 * @param fileBytes RssFile
 */
record ProcessMemory(long rssBytes, long fileBytes) {

  static ProcessMemory now() throws IOException {
    long rss = 0;
    long file = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line);
      } else if (line.startsWith("RssFile:")) {
        file = kilobytes(line);
      }
    }
    return new ProcessMemory(rss, file);
  }

  private static long kilobytes(String line) {
    return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
