package org.clipsearch.bench;

import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whole ingests of one picture set into fresh indexes, as {@code clipsearch index} runs them: walk the list, hash,
 * decode, write thumbnails, embed, label, write to Lucene, commit. The pipeline (model and label heads) is made
 * once, as one command run makes it once; each ingest then starts from an empty index folder.
 */
final class IngestRunner {

  /** One ingest: its report, and the wall and CPU time around it. */
  record Ingest(IngestReport report, Stopwatch.Elapsed elapsed, int images) {

    double imagesPerSecond() {
      return images / elapsed.seconds();
    }
  }

  private final IngestPipeline pipeline;
  private final PictureSet set;
  private final int batch;
  private final int decodeThreads;

  IngestRunner(ClipModel model, List<LabelHead> heads, PictureSet set, int batch, int decodeThreads) {
    this.pipeline = new IngestPipeline(model, heads);
    this.set = set;
    this.batch = batch;
    this.decodeThreads = decodeThreads;
  }

  /**
   * Ingests the whole set into {@code index} (an empty or missing folder) with vectors stored as {@code format}.
   *
   * @throws IllegalStateException when any image failed or came with a warning: a benchmark on a partial ingest
   *                               would measure something else
   */
  Ingest run(Path index, VectorFormat format) throws IOException, InterruptedException {
    var settings = IngestSettings.of(set.root(), "bench")
        .withIndex(index)
        .withImageList(set.list())
        .withMetadata(set.metadata())
        .withVectorFormat(format)
        .withThreads(batch, decodeThreads);
    var watch = new Stopwatch();
    IngestReport report = pipeline.run(settings, IngestListener.NONE);
    Stopwatch.Elapsed elapsed = watch.stop();
    if (report.indexed() != set.size() || report.hasFailures() || !report.warnings().isEmpty()) {
      throw new IllegalStateException("the benchmark ingest of " + set.size() + " images went wrong: "
          + report.summary() + report.failures().stream().limit(3).toList() + report.warnings().stream().limit(3)
          .toList());
    }
    return new Ingest(report, elapsed, set.size());
  }
}
