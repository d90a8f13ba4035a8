package org.clipsearch.indexer.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The running counts of an ingest, written by its threads; becomes the {@link IngestReport}. */
final class IngestCounts {

  /** The stages timed, in pipeline order. */
  enum Stage {
    WALK("walk"), HASH("hash"), DECODE_EMBED("decode+embed"), LABELS("labels"), THUMBNAILS("thumbnails"),
    WRITE("write"), COMMIT("commit");

    final String label;

    Stage(String label) {
      this.label = label;
    }
  }

  final AtomicInteger indexed = new AtomicInteger();
  final AtomicInteger updated = new AtomicInteger();
  final AtomicInteger unchanged = new AtomicInteger();
  final AtomicInteger removed = new AtomicInteger();
  private final List<IngestReport.Failure> failures = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<Stage, AtomicLong> nanos = new LinkedHashMap<>();

  IngestCounts() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new AtomicLong());
    }
  }

  synchronized void fail(String path, String reason, String detail) {
    failures.add(new IngestReport.Failure(path, reason, detail));
  }

  synchronized void warn(String warning) {
    warnings.add(warning);
  }

  synchronized int failed() {
    return failures.size();
  }

  void time(Stage stage, long nanoseconds) {
    nanos.get(stage).addAndGet(nanoseconds);
  }

  /** Images looked at so far. */
  long done() {
    return indexed.get() + updated.get() + unchanged.get() + failed();
  }

  /** The counts for commit user data. */
  Map<String, String> asUserData() {
    var data = new LinkedHashMap<String, String>();
    data.put("indexed", Integer.toString(indexed.get()));
    data.put("updated", Integer.toString(updated.get()));
    data.put("unchanged", Integer.toString(unchanged.get()));
    data.put("removed", Integer.toString(removed.get()));
    data.put("failed", Integer.toString(failed()));
    return data;
  }

  synchronized IngestReport report(int documents, Duration elapsed) {
    var times = new LinkedHashMap<String, Duration>();
    nanos.forEach((stage, n) -> times.put(stage.label, Duration.ofNanos(n.get())));
    return new IngestReport(indexed.get(), updated.get(), unchanged.get(), removed.get(), failures, warnings,
        documents, times, elapsed);
  }
}
