package org.clipsearch.bench.soak;

import org.clipsearch.bench.Samples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The verdicts of a load: no error and no 5xx outside the restarts (a request that fails while the server is down
 * and coming back counts apart), the searcher refreshed onto the feeder's commits, each restart answering within
 * seconds, the index intact afterwards, memory flat after warm-up; and the latency per minute.
 */
final class LoadChecks {

  /** Memory is judged on loads at least this long: a shorter one has no "after warm-up" to speak of. */
  static final Duration JUDGE_MEMORY = Duration.ofMinutes(4);
  private static final double RESTART_SECONDS = 30;

  /** Requests, failures and latency of one minute of the load. */
  record Minute(int minute, int requests, int failed, double p50, double p99, double max) {
  }

  private final LoadSoak.Result result;
  private final Duration load;

  LoadChecks(LoadSoak.Result result, Duration load) {
    this.result = result;
    this.load = load;
  }

  List<Check> checks() {
    var checks = new ArrayList<Check>();
    var failures = result.outcomes().stream().filter(o -> o.status() != 200 && !duringRestart(o)).toList();
    long fiveHundreds = failures.stream().filter(o -> o.status() >= 500).count();
    checks.add(Check.of("no error and no 5xx outside the restarts", failures.isEmpty(),
        "%d requests, %d failed (%d 5xx), %d failed while the server was coming back%s".formatted(
            result.outcomes().size(), failures.size(), fiveHundreds, restartFailures(),
            failures.isEmpty() ? "" : "; first: " + failures.getFirst())));
    long generations = result.samples().stream().mapToLong(LoadSoak.Sample::generation).distinct().count();
    checks.add(Check.of("searcher refreshed onto the feeder's commits", generations >= 2
        && result.servedDocuments() == result.indexDocuments(), ("%d index generations seen; %d feeder runs added %d"
        + " and replaced %d pictures; served %d documents at the end, the index holds %d").formatted(generations,
        result.feederExits().size(), result.added(), result.replaced(), result.servedDocuments(),
        result.indexDocuments())));
    checks.add(Check.of("feeder runs ended normally", result.feederExits().stream().allMatch(exit -> exit <= 1),
        "exit codes " + result.feederExits() + " (1: the bad files failed, as they should)"));
    checks.add(Check.of("server back within " + (int) RESTART_SECONDS + " s of each SIGKILL",
        result.restarts().stream().allMatch(r -> r.seconds() <= RESTART_SECONDS), "answering again after "
        + result.restarts().stream().map(r -> "%.1f s".formatted(r.seconds())).toList()));
    checks.add(Check.of("index intact after the load (clipsearch check)", result.checkExit() == 0,
        "exit " + result.checkExit()));
    checks.add(memory("allocated resident memory (RssAnon) flat after warm-up", LoadSoak.Sample::anonymousBytes,
        1.10));
    checks.add(memory("heap in use flat after warm-up", LoadSoak.Sample::heapBytes, 1.25));
    return checks;
  }

  /**
   * Over the server's first life (the samples before the first restart): the median of the last quarter of the
   * samples against the second quarter's; at most {@code ratio} times it (plus 16 MB of noise) is flat.
   */
  private Check memory(String name, ToLongFunction<LoadSoak.Sample> value, double ratio) {
    double life = result.restarts().isEmpty() ? load.toSeconds()
        : result.restarts().getFirst().killedAt(result.startNanos());
    List<LoadSoak.Sample> samples = result.samples().stream().filter(s -> s.seconds() < life).toList();
    if (life < JUDGE_MEMORY.toSeconds() || samples.size() < 8) {
      return Check.notJudged(name, "the server's first life is shorter than " + JUDGE_MEMORY.toMinutes() + " min");
    }
    int n = samples.size();
    double second = median(samples.subList(n / 4, n / 2), value);
    double last = median(samples.subList(3 * n / 4, n), value);
    return Check.of(name, last <= second * ratio + 16 * 1024 * 1024, ("before the first restart (%.0f s), median %.0f"
        + " MB in the second quarter, %.0f MB in the last (at most %.2fx + 16 MB)").formatted(life, second / 1e6,
        last / 1e6, ratio));
  }

  private static double median(List<LoadSoak.Sample> samples, ToLongFunction<LoadSoak.Sample> value) {
    return Samples.of(samples.stream().map(s -> (double) value.applyAsLong(s)).toList()).median();
  }

  private long restartFailures() {
    return result.outcomes().stream().filter(o -> o.status() != 200 && duringRestart(o)).count();
  }

  /** A request that started or ended between a kill and the server's first answer after it. */
  private boolean duringRestart(SoakClients.Outcome outcome) {
    return result.restarts().stream().anyMatch(r -> outcome.startNanos() <= r.answeringNanos()
        && outcome.endNanos() >= r.killedNanos());
  }

  /** Requests per minute of the load, with the latency of the answered ones. */
  List<Minute> minutes() {
    var byMinute = new TreeMap<Integer, List<SoakClients.Outcome>>();
    for (var outcome : result.outcomes()) {
      int minute = (int) ((outcome.endNanos() - result.startNanos()) / 60_000_000_000L);
      byMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(outcome);
    }
    var minutes = new ArrayList<Minute>();
    for (Map.Entry<Integer, List<SoakClients.Outcome>> entry : byMinute.entrySet()) {
      List<Double> ms = entry.getValue().stream().filter(o -> o.status() == 200).map(SoakClients.Outcome::millis)
          .toList();
      int failed = (int) entry.getValue().stream().filter(o -> o.status() != 200).count();
      Samples answered = ms.isEmpty() ? Samples.of(List.of(0.0)) : Samples.of(ms);
      minutes.add(new Minute(entry.getKey() + 1, entry.getValue().size(), failed, answered.median(),
          answered.percentile(0.99), answered.max()));
    }
    return minutes;
  }
}
