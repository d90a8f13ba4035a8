package org.clipsearch.bench.soak;

import org.clipsearch.bench.ChildJvm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code clipsearch} command line in a JVM of its own, as an operator runs it, so that a soak can kill it with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) at any moment. Every run appends its output to one log.
 */
final class Clipsearch {

  private static final String MAIN = "org.clipsearch.cli.ClipsearchCommand";

  private final Path log;
  private final String heap;

  /**
   * @param log  where every run's output goes
   * @param heap the child's maximum heap, e.g. {@code 512m}
   */
  Clipsearch(Path log, String heap) {
    this.log = log;
    this.heap = heap;
  }

  Process start(List<String> args) throws IOException {
    return ChildJvm.start(MAIN, List.of("-Xmx" + heap), args, log);
  }

  /** Runs {@code args} to the end (at most {@code minutes}) and returns the exit code. */
  int run(List<String> args, int minutes) throws IOException, InterruptedException {
    Process process = start(args);
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("clipsearch " + args + " did not end within " + minutes + " min; see " + log);
    }
    return process.exitValue();
  }

  /** Kills {@code process} with SIGKILL and waits for it to be gone. */
  static void kill(Process process) throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  Path log() {
    return log;
  }
}
