package org.clipsearch.bench;

import java.util.Locale;

/**
 * One point of a peer benchmark curve, as a line of the CSV that {@code bench/peers.py} also writes and reads:
 * an engine searched at one beam with some threads, and what its build and memory cost.
 *
 * @param engine       lucene, faiss or hnswlib
 * @param format       vector encoding (float, int8, int4, binary)
 * @param path         how the engine was asked (e.g. the Lucene query, or the bare graph search of the segment)
 * @param threads      search threads
 * @param beam         the search beam: Lucene's k, faiss's efSearch, hnswlib's ef
 * @param recall       mean recall@10 against the exact neighbours
 * @param qps          queries per second, median of the timed passes
 * @param qpsMin       slowest pass
 * @param qpsMax       fastest pass
 * @param visited      mean vectors scored per query where the engine says, else -1
 * @param buildSeconds time to build the index with the build threads
 * @param diskBytes    the index's bytes on disk
 * @param rssBytes     the search process's resident memory after the sweep
 * @param rssFileBytes the part of it that is mapped files
 * @param count        indexed vectors
 * @param p50Ms        median time of one query in milliseconds, where the engine was asked one query at a time,
 *                     else -1
 * @param p99Ms        its 99th percentile, else -1
 */
record PeerRow(String engine, String format, String path, int threads, int beam, double recall, double qps,
               double qpsMin, double qpsMax, double visited, double buildSeconds, long diskBytes, long rssBytes,
               long rssFileBytes, int count, double p50Ms, double p99Ms) {

  static final String HEADER = "engine,format,path,threads,beam,recall10,qps,qps_min,qps_max,visited,build_s,"
      + "disk_bytes,rss_bytes,rss_file_bytes,count,p50_ms,p99_ms";

  String csv() {
    return String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.4f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%d,%.3f,%.3f", engine,
        format, path, threads, beam, recall, qps, qpsMin, qpsMax, visited, buildSeconds, diskBytes, rssBytes,
        rssFileBytes, count, p50Ms, p99Ms);
  }
}
