package org.clipsearch.bench;

import org.clipsearch.core.io.FileTrees;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The vector formats side by side on one picture set: whole ingests in rounds (each round every format once,
 * the order rotated from round to round, so a slow spell on a shared machine does not fall on one format), then,
 * on the last round's indexes, disk per image as the ingest leaves it and after a force-merge to one segment, and
 * recall@10 of the merged index against exact search.
 */
final class FormatComparison {

  /** Oversampling factors of the recall columns; 1 is the plain top 10. */
  private static final int[] OVERSAMPLES = {1, 2, 5};

  private final IngestRunner runner;
  private final int images;
  private final Path scratch;
  private final PrintStream out;

  FormatComparison(IngestRunner runner, int images, Path scratch, PrintStream out) {
    this.runner = runner;
    this.images = images;
    this.scratch = scratch;
    this.out = out;
  }

  void run(int warmups, int rounds, List<float[]> queries) throws IOException, InterruptedException {
    VectorFormat.Encoding[] encodings = VectorFormat.Encoding.values();
    for (int i = 0; i < warmups; i++) {
      Path index = TempDirs.fresh(scratch, "warm-up");
      runner.run(index, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      FileTrees.delete(index);
    }
    var ingests = new EnumMap<VectorFormat.Encoding, List<IngestRunner.Ingest>>(VectorFormat.Encoding.class);
    var kept = new EnumMap<VectorFormat.Encoding, Path>(VectorFormat.Encoding.class);
    try {
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < encodings.length; i++) {
          VectorFormat.Encoding encoding = encodings[(i + round) % encodings.length];
          Path index = TempDirs.fresh(scratch, encoding.id());
          ingests.computeIfAbsent(encoding, e -> new ArrayList<>()).add(runner.run(index, VectorFormat.of(encoding)));
          if (round == rounds - 1) {
            kept.put(encoding, index);
          } else {
            FileTrees.delete(index);
          }
        }
      }
      printTimes(ingests, rounds);
      printDisk(kept, queries);
    } finally {
      for (Path index : kept.values()) {
        FileTrees.delete(index);
      }
    }
  }

  private void printTimes(Map<VectorFormat.Encoding, List<IngestRunner.Ingest>> ingests, int rounds) {
    out.println("| format | ingest, images/s | ms per image | / float, pairwise | cores busy | sink (write + commit),"
        + " ms per image |");
    out.println("|---|---:|---:|---:|---:|---:|");
    List<IngestRunner.Ingest> floats = ingests.get(VectorFormat.Encoding.FLOAT);
    ingests.forEach((encoding, runs) -> {
      var rate = new ArrayList<Double>();
      var millis = new ArrayList<Double>();
      var ratio = new ArrayList<Double>();
      var cores = new ArrayList<Double>();
      var sink = new ArrayList<Double>();
      for (int round = 0; round < rounds; round++) {
        IngestRunner.Ingest run = runs.get(round);
        rate.add(run.imagesPerSecond());
        millis.add(1e3 / run.imagesPerSecond());
        ratio.add(run.imagesPerSecond() / floats.get(round).imagesPerSecond());
        cores.add(run.elapsed().cores());
        var stages = IngestStages.of(List.of(run));
        sink.add(stages.median("write") + stages.median("commit"));
      }
      out.printf("| %s | %s | %s | %s | %.2f | %s |%n", encoding.id(), Samples.of(rate).format("%.1f"),
          Samples.of(millis).format("%.2f"), Samples.of(ratio).format("%.3f"), Samples.of(cores).median(),
          Samples.of(sink).format("%.2f"));
    });
    out.println();
  }

  private void printDisk(Map<VectorFormat.Encoding, Path> kept, List<float[]> queries) throws IOException {
    out.println("| format | Lucene, bytes/image as ingested (segments) | force-merge, s | Lucene, bytes/image merged |"
        + " of which float vectors | quantised vectors | HNSW graph | other | thumbnails, bytes/image |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    var recalls = new EnumMap<VectorFormat.Encoding, double[]>(VectorFormat.Encoding.class);
    for (Map.Entry<VectorFormat.Encoding, Path> entry : kept.entrySet()) {
      var layout = new IndexLayout(entry.getValue());
      VectorFormat format = VectorFormat.of(entry.getKey());
      IndexDisk ingested = IndexDisk.of(layout);
      var watch = new Stopwatch();
      forceMerge(layout, format);
      double mergeSeconds = watch.stop().seconds();
      IndexDisk merged = IndexDisk.of(layout);
      out.printf("| %s | %,.0f (%d) | %.2f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n", format.encoding().id(),
          perImage(ingested.lucene()), ingested.segments(), mergeSeconds, perImage(merged.lucene()),
          perImage(merged.bytes("float vectors")), perImage(merged.bytes("quantised vectors")),
          perImage(merged.bytes("HNSW graph")), perImage(merged.other()),
          perImage(merged.thumbnails()));
      if (!queries.isEmpty()) {
        recalls.put(entry.getKey(), KnnRecall.measure(layout.lucene(), queries, OVERSAMPLES));
      }
    }
    out.println();
    if (recalls.isEmpty()) {
      return;
    }
    out.printf("Recall@%d against exact search (every document scored on the full-precision vectors), %d text queries,"
        + " on the merged index (one segment):%n%n", KnnRecall.K, queries.size());
    out.println("| format | top 10 | top 20 rescored | top 50 rescored |");
    out.println("|---|---:|---:|---:|");
    recalls.forEach((encoding, recall) -> out.printf("| %s | %.3f | %.3f | %.3f |%n", encoding.id(), recall[0],
        recall[1], recall[2]));
    out.println();
  }

  private double perImage(long bytes) {
    return (double) bytes / images;
  }

  /** What {@code clipsearch index --force-merge} does at the end, on the ingested index. */
  private static void forceMerge(IndexLayout layout, VectorFormat format) throws IOException {
    try (var directory = FSDirectory.open(layout.lucene());
         var writer = new IndexWriter(directory, IndexSchema.writerConfig(format)
             .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.forceMerge(1);
      writer.commit();
    }
  }
}
