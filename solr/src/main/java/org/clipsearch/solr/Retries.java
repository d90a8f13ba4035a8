package org.clipsearch.solr;

import java.time.Duration;

/**
 * How long a call to the cluster keeps trying while no node can answer it: exponential backoff from
 * {@code firstWait}, doubling up to {@code longestWait}, until {@code giveUpAfter} has passed.
 *
 * @param firstWait   the wait after the first failure
 * @param longestWait the longest wait between two tries
 * @param giveUpAfter how long to keep trying in all; zero tries once
 */
public record Retries(Duration firstWait, Duration longestWait, Duration giveUpAfter) {

  /** One try (on each live node): what a search does, since its answer is due within the request timeout. */
  public static final Retries NONE = new Retries(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ZERO);

  /** What an ingest does: a node restarting or a leader being elected takes tens of seconds. */
  public static final Retries INGEST = new Retries(Duration.ofMillis(250), Duration.ofSeconds(5),
      Duration.ofSeconds(120));

  public Retries {
    if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0
        || giveUpAfter.isNegative()) {
      throw new IllegalArgumentException("retries need 0 < first wait <= longest wait and a give-up time not "
          + "negative, got " + firstWait + ", " + longestWait + ", " + giveUpAfter);
    }
  }

  /** The wait after {@code failures} failed tries (1 for the first). */
  Duration waitAfter(int failures) {
    long millis = firstWait.toMillis() << Math.min(failures - 1, 20);
    return Duration.ofMillis(Math.min(millis, longestWait.toMillis()));
  }
}
