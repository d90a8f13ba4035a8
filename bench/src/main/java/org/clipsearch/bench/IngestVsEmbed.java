package org.clipsearch.bench;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.embed.FileEmbedding;
import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ClipModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * End-to-end against embed-only, images per second over the same picture set with the same model, batch size,
 * decode workers and queue: (A) a whole ingest into a fresh index ({@link IngestRunner}), against (B) the same
 * files through {@link ImageFileEmbedder#forModel} (read, decode, preprocess, infer), results dropped. Interleaved
 * A B A B, ratio pair by pair.
 */
final class IngestVsEmbed {

  /** The pairs, and the ingest's own stage times over its counted runs. */
  record Result(Interleaved.Result runs, IngestStages stages) {
  }

  private final ClipModel model;
  private final IngestRunner ingest;
  private final PictureSet set;
  private final int batch;
  private final int decodeThreads;
  private final Path scratch;
  private final List<IngestRunner.Ingest> ingests = new ArrayList<>();

  IngestVsEmbed(ClipModel model, IngestRunner ingest, PictureSet set, int batch, int decodeThreads, Path scratch) {
    this.model = model;
    this.ingest = ingest;
    this.set = set;
    this.batch = batch;
    this.decodeThreads = decodeThreads;
    this.scratch = scratch;
  }

  Result measure(int warmups, int runs) throws Exception {
    ingests.clear();
    var settings = new ImageFileEmbedder.Settings(batch, decodeThreads, 2 * batch);
    try (var embedder = ImageFileEmbedder.forModel(model, settings)) {
      Interleaved.Result result = Interleaved.run(warmups, runs, this::ingest, () -> embedOnly(embedder));
      return new Result(result, IngestStages.of(ingests.subList(warmups, ingests.size())));
    }
  }

  private Interleaved.Run ingest() throws IOException, InterruptedException {
    Path index = TempDirs.fresh(scratch, "index");
    try {
      IngestRunner.Ingest run = ingest.run(index, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      ingests.add(run);
      return new Interleaved.Run(run.imagesPerSecond(), run.elapsed().cores());
    } finally {
      FileTrees.delete(index);
    }
  }

  private Interleaved.Run embedOnly(ImageFileEmbedder embedder) throws InterruptedException {
    var watch = new Stopwatch();
    embedder.embed(set.files(), result -> {
      if (result instanceof FileEmbedding.Failed failed) {
        throw new IllegalStateException("a benchmark image failed: " + failed.error().getMessage());
      }
    });
    Stopwatch.Elapsed elapsed = watch.stop();
    return new Interleaved.Run(set.size() / elapsed.seconds(), elapsed.cores());
  }
}
