package org.clipsearch.indexer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one ingest did.
 *
 * @param indexed    images new to the index
 * @param updated    images whose file or metadata changed, their document replaced
 * @param unchanged  images skipped because their bytes and metadata were as indexed
 * @param removed    documents deleted: file gone ({@code --prune}) or changed into a file that no longer decodes
 * @param failures   what could not be indexed, with why
 * @param warnings   what was indexed with something left out (a thumbnail, a metadata value) or metadata rows
 *                   for files that were not found
 * @param documents  documents in the index at the end
 * @param stageTimes time spent per stage (summed over threads where a stage has several)
 * @param elapsed    wall-clock time
 */
public record IngestReport(int indexed, int updated, int unchanged, int removed, List<Failure> failures,
                           List<String> warnings, int documents, Map<String, Duration> stageTimes, Duration elapsed) {

  /**
   * One file, folder or metadata row that failed.
   *
   * @param path   relative path, or where in the sidecar
   * @param reason short fixed wording, e.g. {@code truncated}, for counting
   * @param detail the full message
   */
  public record Failure(String path, String reason, String detail) {
  }

  public IngestReport {
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
  }

  /** True when anything failed: the command's exit code is then 1. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /** Failures counted by reason, sorted by reason. */
  public Map<String, Long> failuresByReason() {
    return failures.stream().collect(Collectors.groupingBy(Failure::reason, TreeMap::new, Collectors.counting()));
  }

  /** A few lines for a person: counts, failures by reason, time per stage. */
  public String summary() {
    var text = new StringBuilder();
    text.append(String.format(Locale.ROOT,
        "indexed %d, updated %d, unchanged %d, removed %d, failed %d; %d documents in the index; %.1f s%n",
        indexed, updated, unchanged, removed, failures.size(), documents, elapsed.toMillis() / 1000.0));
    failuresByReason().forEach((reason, n) -> text.append("  failed: ").append(reason).append(": ").append(n)
        .append(System.lineSeparator()));
    if (!warnings.isEmpty()) {
      text.append("  warnings: ").append(warnings.size()).append(System.lineSeparator());
    }
    text.append("  time per stage:");
    stageTimes.forEach((stage, time) -> text.append(String.format(Locale.ROOT, " %s %.1f s,", stage,
        time.toMillis() / 1000.0)));
    text.setLength(text.length() - 1);
    return text.append(System.lineSeparator()).toString();
  }

  /** Writes the failures as JSON lines ({@code path, reason, detail}), replacing {@code file}. */
  public void writeFailures(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Failure failure : failures) {
        out.write(json.writeValueAsString(failure));
        out.write('\n');
      }
    }
  }
}
