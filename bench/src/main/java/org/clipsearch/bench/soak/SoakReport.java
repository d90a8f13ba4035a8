package org.clipsearch.bench.soak;

import java.util.List;
import java.util.stream.Stream;

/** A soak's figures and verdicts, as a Markdown report. */
record SoakReport(SoakSettings settings, KillRounds.Result kills, List<Check> killChecks, LoadSoak.Result load,
                  List<LoadChecks.Minute> minutes, List<Check> loadChecks) {

  /** Whether every judged check held. */
  boolean passed() {
    return Stream.concat(killChecks.stream(), loadChecks.stream()).allMatch(Check::passed);
  }

  String markdown() {
    var out = new StringBuilder();
    out.append("# Soak: ").append(passed() ? "passed" : "FAILED").append("\n\n");
    out.append("%d demo pictures (world %d) with four files that are not pictures; %d runs of `index` killed with SIGKILL at a moment"
        .formatted(settings.images(), settings.seed(), settings.kills()))
        .append(" drawn between 0.2 and %.1f s after their start; then `serve` under %d clients for %.1f min"
        .formatted(settings.longestKill().toMillis() / 1000.0, settings.clients(), settings.load().toSeconds() / 60.0))
        .append(" while `index` adds and replaces pictures, the server killed and restarted %d time(s).\n\n"
        .formatted(settings.restarts()));
    out.append("## Kills during indexing\n\n| run | killed after | still running | documents after | changed after"
        + " |\n|---|---|---|---|---|\n");
    for (KillRounds.Round round : kills.rounds()) {
      out.append("| %d | %.2f s | %s | %d | %s |%n".formatted(round.number(), round.killedAfterSeconds(),
          round.stillRunning() ? "yes" : "no", round.documentsAfter(), round.changes()));
    }
    out.append("\nThe last run: exit %d after %.1f s.%n%n".formatted(kills.finalExit(), kills.finalSeconds()));
    killChecks.forEach(check -> out.append("    ").append(check.line()).append('\n'));
    out.append("\n## Serving under load while indexing\n\n| minute | requests | failed | p50 ms | p99 ms | max ms |\n"
        + "|---|---|---|---|---|---|\n");
    for (LoadChecks.Minute m : minutes) {
      out.append("| %d | %d | %d | %.1f | %.1f | %.1f |%n".formatted(m.minute(), m.requests(), m.failed(), m.p50(),
          m.p99(), m.max()));
    }
    out.append("\n| seconds | RSS allocated MB | RSS mapped files MB | heap in use MB | generation | documents |\n"
        + "|---|---|---|---|---|---|\n");
    for (LoadSoak.Sample s : load.samples()) {
      out.append("| %.0f | %.0f | %.0f | %.0f | %d | %d |%n".formatted(s.seconds(), s.anonymousBytes() / 1e6,
          s.mappedBytes() / 1e6, s.heapBytes() / 1e6, s.generation(), s.documents()));
    }
    out.append('\n');
    loadChecks.forEach(check -> out.append("    ").append(check.line()).append('\n'));
    return out.toString();
  }
}
