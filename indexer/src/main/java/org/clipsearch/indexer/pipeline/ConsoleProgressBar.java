package org.clipsearch.indexer.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: images done of the estimate, images per second, time left, failures
 * so far. Redrawn in place ({@code \r}) at most four times a second; ends with a newline when the ingest ends.
 */
public final class ConsoleProgressBar implements IngestListener {

  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final LongSupplier clock;
  private long start;
  private long estimated;
  private long lastDraw;
  private long done;
  private long failed;

  /** A bar drawn on {@code out} (stderr in the command line). */
  public ConsoleProgressBar(PrintWriter out) {
    this(out, System::nanoTime);
  }

  ConsoleProgressBar(PrintWriter out, LongSupplier nanoClock) {
    this.out = out;
    this.clock = nanoClock;
  }

  @Override
  public synchronized void started(long estimatedImages) {
    start = clock.getAsLong();
    estimated = estimatedImages;
  }

  @Override
  public synchronized void progress(long done, long failed) {
    this.done = Math.max(this.done, done);
    this.failed = Math.max(this.failed, failed);
    long now = clock.getAsLong();
    if (now - lastDraw >= 250_000_000L) {
      lastDraw = now;
      out.print("\r" + line(now));
      out.flush();
    }
  }

  @Override
  public synchronized void finished(IngestReport report) {
    end();
  }

  /** Draws the bar a last time and ends its line: the end of work that has no ingest report (a harvest). */
  public synchronized void end() {
    out.println("\r" + line(clock.getAsLong()));
    out.flush();
  }

  /** The bar as it would be drawn at {@code now}. */
  synchronized String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    long total = Math.max(estimated, done);
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String eta = rate > 0 && total > done ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "--:--";
    return String.format(Locale.ROOT, "[%s%s] %d/%d images, %.1f/s, ETA %s, %d failed",
        "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, rate, eta, failed);
  }

  private static String format(Duration d) {
    return d.toHours() > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : String.format(Locale.ROOT, "%02d:%02d", d.toMinutesPart(), d.toSecondsPart());
  }
}
