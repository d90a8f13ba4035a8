package org.clipsearch.bench.soak;

import org.clipsearch.core.index.IndexLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Feeds the index while it is served, as an archive adds a batch of scans: adds pictures, replaces some, runs
 * {@code clipsearch index} to its end, pauses, again, until stopped. Runs on a thread of its own.
 */
final class Feeder implements Runnable {

  private static final long PAUSE_MILLIS = 2_000;

  private final SoakSettings settings;
  private final SoakCollection collection;
  private final Clipsearch cli;
  private final IndexLayout index;
  private final int perRun;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<Integer> exits = new ArrayList<>();
  private volatile Exception failure;
  private int added;
  private int replaced;

  Feeder(SoakSettings settings, SoakCollection collection, Clipsearch cli, IndexLayout index) {
    this.settings = settings;
    this.collection = collection;
    this.cli = cli;
    this.index = index;
    this.perRun = Math.clamp(settings.images() / 100, 5, 30);
  }

  @Override
  public void run() {
    try {
      while (!stopped.get()) {
        added += collection.add(perRun).size();
        replaced += collection.replace(Math.max(1, perRun / 5)).size();
        int exit = cli.run(KillRounds.indexArgs(settings, collection, index), 30);
        synchronized (exits) {
          exits.add(exit);
        }
        Thread.sleep(PAUSE_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      failure = e;
    }
  }

  void stop() {
    stopped.set(true);
  }

  /** The exit codes of the runs so far (1: some files failed, as the bad ones do). */
  List<Integer> exits() {
    synchronized (exits) {
      return List.copyOf(exits);
    }
  }

  int added() {
    return added;
  }

  int replaced() {
    return replaced;
  }

  /** What stopped the feeder early, or null. */
  Exception failure() {
    return failure;
  }
}
