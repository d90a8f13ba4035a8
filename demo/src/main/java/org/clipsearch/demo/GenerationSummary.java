package org.clipsearch.demo;

import java.nio.file.Path;
import java.time.Duration;

/** What one run of the generator wrote, and how fast. */
public record GenerationSummary(Path out, long seed, int images, int jpeg, int png, int threads, Duration elapsed) {

  /** Pictures rendered and written per minute of wall-clock time. */
  public double imagesPerMinute() {
    double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
    return images * 60 / seconds;
  }
}
