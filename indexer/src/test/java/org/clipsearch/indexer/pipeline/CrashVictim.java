package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM of {@link CrashRecoveryTest}: indexes slowly, committing every 4 images, and prints
 * {@code committed N} after each commit so the parent knows when to kill it.
 */
public final class CrashVictim {

  private CrashVictim() {
  }

  /** Arguments: model directory, images folder, index directory. */
  public static void main(String[] args) throws Exception {
    try (var model = ClipModel.open(Path.of(args[0]), new ModelOptions(1, ModelOptions.Device.CPU))) {
      var settings = IngestSettings.of(Path.of(args[1]), "crash").withIndex(Path.of(args[2])).withThreads(2, 1)
          .withCommits(4, Duration.ofMinutes(10));
      new IngestPipeline(model).run(settings, new IngestListener() {
        @Override
        public void progress(long done, long failed) {
          try {
            Thread.sleep(25);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }

        @Override
        public void committed(int documents) {
          System.out.println("committed " + documents);
          System.out.flush();
        }
      });
    }
  }
}
