package org.clipsearch.indexer.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest's sink writes: when it commits, and how much the Lucene writer buffers in the heap before it
 * flushes a segment.
 *
 * <p>The default RAM buffer is {@link #defaultRamBufferMb(long) a sixteenth of the maximum heap, between 16 and
 * 256 MB}. A larger buffer flushes fewer, larger segments, so fewer merges rewrite the vectors and HNSW graphs are
 * built over more vectors at once; past a few hundred MB it gains little. A sixteenth leaves the rest of the heap
 * to the decode workers, the inference batches and merging (which buffers as well). 16 MB is Lucene's own default,
 * the floor for small heaps; 256 MB the ceiling. A buffer larger than {@linkplain #maxRamBufferMb(long) half the
 * heap} is refused: the writer would run the JVM out of memory before it flushed.
 *
 * @param commitEvery    commit after this many changes (written or deleted documents)
 * @param commitInterval commit at least this often while there are changes
 * @param ramBufferMb    the writer's RAM buffer in MB; a sink that does not buffer in this JVM (Solr) ignores it
 */
public record WriterSettings(int commitEvery, Duration commitInterval, int ramBufferMb) {

  /** Changes per commit unless told otherwise. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;
  /** Longest time between commits unless told otherwise. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(60);
  /** The smallest default RAM buffer: Lucene's own default. */
  public static final int MIN_DEFAULT_RAM_BUFFER_MB = 16;
  /** The largest default RAM buffer. */
  public static final int MAX_DEFAULT_RAM_BUFFER_MB = 256;

  public WriterSettings {
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commit every must be at least 1, got " + commitEvery);
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commit interval must be positive, got " + commitInterval);
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (ramBufferMb < 1 || ramBufferMb > maxRamBufferMb(heap)) {
      throw new IllegalArgumentException("RAM buffer must be between 1 and " + maxRamBufferMb(heap) + " MB (half the"
          + " maximum heap of " + heap / (1024 * 1024) + " MB; give the JVM more with -Xmx), got " + ramBufferMb);
    }
  }

  /** Commits every {@value #DEFAULT_COMMIT_EVERY} changes or 60 seconds, with the RAM buffer this heap allows. */
  public static WriterSettings defaults() {
    return new WriterSettings(DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL, defaultRamBufferMb());
  }

  /** The default RAM buffer of this JVM's maximum heap. */
  public static int defaultRamBufferMb() {
    return defaultRamBufferMb(Runtime.getRuntime().maxMemory());
  }

  /** A sixteenth of {@code maxHeapBytes}, at least 16 and at most 256 MB. */
  public static int defaultRamBufferMb(long maxHeapBytes) {
    long sixteenth = maxHeapBytes / 16 / (1024 * 1024);
    return Math.clamp(sixteenth, MIN_DEFAULT_RAM_BUFFER_MB, MAX_DEFAULT_RAM_BUFFER_MB);
  }

  /** The largest RAM buffer allowed with {@code maxHeapBytes}: half of it. */
  public static int maxRamBufferMb(long maxHeapBytes) {
    return (int) Math.min(Integer.MAX_VALUE, maxHeapBytes / 2 / (1024 * 1024));
  }

  public WriterSettings withCommits(int every, Duration interval) {
    return new WriterSettings(every, interval, ramBufferMb);
  }

  public WriterSettings withRamBufferMb(int mb) {
    return new WriterSettings(commitEvery, commitInterval, mb);
  }
}
