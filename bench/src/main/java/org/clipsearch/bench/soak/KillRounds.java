package org.clipsearch.bench.soak;

import org.clipsearch.core.index.IndexLayout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs {@code clipsearch index} over the collection again and again, killing each run with SIGKILL at a random
 * moment (while it starts, embeds, commits or writes thumbnails), changing the collection between some runs
 * (pictures replaced with others, deleted, one damaged), then lets a last run finish.
 */
final class KillRounds {

  /** One killed run: when it was killed, and the documents its index then held. */
  record Round(int number, double killedAfterSeconds, boolean stillRunning, int documentsAfter, String changes) {
  }

  /** The rounds, and the exit code of the run that finished. */
  record Result(List<Round> rounds, int finalExit, double finalSeconds) {

    long killedRunning() {
      return rounds.stream().filter(Round::stillRunning).count();
    }
  }

  private final SoakSettings settings;
  private final SoakCollection collection;
  private final Clipsearch cli;
  private final SplittableRandom random;

  KillRounds(SoakSettings settings, SoakCollection collection, Clipsearch cli) {
    this.settings = settings;
    this.collection = collection;
    this.cli = cli;
    this.random = new SplittableRandom(settings.seed());
  }

  Result run(IndexLayout index) throws IOException, InterruptedException {
    var rounds = new ArrayList<Round>();
    for (int round = 1; round <= settings.kills(); round++) {
      double delay = 0.2 + random.nextDouble() * (settings.longestKill().toMillis() / 1000.0 - 0.2);
      Process run = cli.start(indexArgs(settings, collection, index));
      Thread.sleep((long) (delay * 1000));
      boolean running = run.isAlive();
      Clipsearch.kill(run);
      if (!running && run.exitValue() > 1) {
        throw new IllegalStateException("index run " + round + " failed with exit " + run.exitValue()
            + " before it was killed; see " + cli.log());
      }
      rounds.add(new Round(round, delay, running, IndexSnapshot.documents(index), change(round)));
    }
    long start = System.nanoTime();
    int exit = cli.run(indexArgs(settings, collection, index), 30);
    return new Result(rounds, exit, (System.nanoTime() - start) / 1e9);
  }

  /** Every fourth round replaces three pictures and deletes two; the middle round damages one. */
  private String change(int round) throws IOException {
    var changes = new ArrayList<String>();
    if (round % 4 == 0) {
      changes.add("replaced " + collection.replace(3));
      changes.add("deleted " + collection.delete(2));
    }
    if (round == (settings.kills() + 1) / 2) {
      changes.add("damaged " + collection.damage());
    }
    return String.join("; ", changes);
  }

  /** The index command over the collection, committing often so that kills fall between and inside commits. */
  static List<String> indexArgs(SoakSettings settings, SoakCollection collection, IndexLayout index) {
    return List.of("index", "--model", settings.model().toString(), "--images", collection.root().toString(),
        "--metadata", collection.metadata().toString(), "--collection", SoakSettings.COLLECTION,
        "--index", index.root().toString(), "--prune", "--no-progress", "--commit-every", "25");
  }
}
