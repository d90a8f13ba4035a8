package org.clipsearch.bench;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.indexer.pipeline.IngestSettings;
import org.clipsearch.indexer.pipeline.WriterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The indexer's benchmark, in three parts, each optional:
 *
 * <ol>
 *   <li><b>throughput</b>: end-to-end (a whole ingest into a fresh index) against embed-only
 *       ({@code ImageFileEmbedder}) on the same files with the same model, batch, threads and queue, per model
 *       ({@link IngestVsEmbed});</li>
 *   <li><b>formats</b>: each vector format's ingest time, disk per image and recall@10 on the demo model
 *       ({@link FormatComparison});</li>
 *   <li><b>heap</b>: the heap of one large ingest of demo pictures, in a child JVM ({@link IngestHeapProbe}).</li>
 * </ol>
 * Prints Markdown. Run it with {@code bench/index-throughput.sh}.
 */
@Command(name = "index-throughput", mixinStandardHelpOptions = true,
    description = "Indexer benchmark: end-to-end against embed-only, vector formats, heap of a large ingest.")
public final class IndexThroughputBench implements Callable<Integer> {

  /** The parts of the benchmark. */
  enum Part { THROUGHPUT, FORMATS, HEAP }

  @Option(names = "--parts", split = ",", defaultValue = "throughput,formats,heap",
      description = "Parts to run, of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Set<Part> parts;

  @Option(names = "--vit-model", paramLabel = "DIR",
      description = "A large model for the throughput part, on the photo-like JPEGs (e.g. the random ViT-B/32).")
  Path vitModel;

  @Option(names = "--demo-model", required = true, paramLabel = "DIR",
      description = "The demo model: throughput on demo pictures, formats, heap.")
  Path demoModel;

  @Option(names = "--photos", paramLabel = "DIR", description = "Folder of the photo-like JPEGs; missing ones are made.")
  Path photoDir;

  @Option(names = "--photo-count", defaultValue = "96", description = "Photo-like JPEGs (default: ${DEFAULT-VALUE}).")
  int photoCount;

  @Option(names = "--demo-pictures", required = true, paramLabel = "DIR",
      description = "Cache folder of demo pictures; made (or made larger) when it has too few.")
  Path demoDir;

  @Option(names = "--seed", defaultValue = "42", description = "Demo world (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--demo-count", defaultValue = "500",
      description = "Demo pictures for the throughput part (default: ${DEFAULT-VALUE}).")
  int demoCount;

  @Option(names = "--format-count", defaultValue = "2000",
      description = "Demo pictures per vector format (default: ${DEFAULT-VALUE}).")
  int formatCount;

  @Option(names = "--format-rounds", defaultValue = "5",
      description = "Counted rounds of the formats, each format once a round (default: ${DEFAULT-VALUE}).")
  int formatRounds;

  @Option(names = "--queries", defaultValue = "200",
      description = "Text queries for recall@10, captions of unindexed pictures; 0 for none (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--heap-count", defaultValue = "10000",
      description = "Demo pictures of the heap part (default: ${DEFAULT-VALUE}).")
  int heapCount;

  @Option(names = "--heap-flags", split = " ", paramLabel = "FLAGS",
      description = "Extra JVM flags of the heap part's child JVM, e.g. -Xmx256m.")
  List<String> heapFlags = List.of();

  @Option(names = "--runs", defaultValue = "5", description = "Counted pairs, at least 5 (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmups", defaultValue = "1", description = "Uncounted warm-up pairs (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--batch", defaultValue = "" + IngestSettings.DEFAULT_BATCH,
      description = "Images per inference batch (default: ${DEFAULT-VALUE}, the indexer's).")
  int batch;

  @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime intra-op threads (default: cores).")
  Integer threads;

  @Option(names = "--decode-threads", paramLabel = "N", description = "Decode workers (default: cores).")
  Integer decodeThreads;

  @Option(names = "--scratch", defaultValue = "bench/target/index-runs", paramLabel = "DIR",
      description = "Where the fresh indexes go, each deleted after use (default: ${DEFAULT-VALUE}).")
  Path scratch;

  private int ortThreads;
  private int workers;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexThroughputBench()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (runs < 5) {
      throw new IllegalArgumentException("--runs must be at least 5, got " + runs);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    ortThreads = threads == null ? cores : threads;
    workers = decodeThreads == null ? cores : decodeThreads;
    int pictures = Math.max(parts.contains(Part.THROUGHPUT) ? demoCount : 0,
        Math.max(parts.contains(Part.FORMATS) ? formatCount + queries : 0, parts.contains(Part.HEAP) ? heapCount : 0));
    DemoPictures demo = DemoPictures.ensure(demoDir, seed, pictures, cores);
    Path work = TempDirs.fresh(scratch, "bench");
    try {
      printEnvironment();
      if (parts.contains(Part.THROUGHPUT)) {
        throughput(demo, work);
      }
      if (parts.contains(Part.FORMATS)) {
        formats(demo, work);
      }
      if (parts.contains(Part.HEAP)) {
        heap(demo, work);
      }
    } finally {
      FileTrees.delete(work);
    }
    return 0;
  }

  private void printEnvironment() throws IOException {
    BenchEnvironment.print(System.out, ortThreads);
    System.out.println("- Batch " + batch + ", " + workers + " decode workers, queue twice the batch (both sides);"
        + " ingest: thumbnails " + IngestSettings.DEFAULT_THUMBNAIL_SIZE + " px, commit every "
        + WriterSettings.DEFAULT_COMMIT_EVERY + " documents, HNSW M 16 beam 100, no force-merge");
  }

  private void throughput(DemoPictures demo, Path work) throws Exception {
    System.out.println();
    System.out.println("## End-to-end against embed-only");
    System.out.println();
    System.out.println("(A) ingest: a whole ingest into a fresh index (hash, decode, thumbnail, embed, label, Lucene"
        + " write, commit); (B) embed-only: the same files through ImageFileEmbedder. " + warmups
        + " warm-up + " + runs + " counted pairs, interleaved A B A B.");
    var rows = new ArrayList<String>();
    var notes = new ArrayList<String>();
    if (vitModel != null) {
      List<Path> photos = BenchImages.ensure(photoDir, photoCount);
      PictureSet set = PictureSet.of(photoDir, photos, work.resolve("photos.txt"));
      notes.add("Images of the first model: " + BenchImages.describe(photos) + ", no metadata");
      throughputOf(vitModel, set, work, rows, notes);
    }
    PictureSet set = demo.first(demoCount, work.resolve("lists"));
    notes.add(String.format("Images of the demo model: demo pictures 0-%d of world %d, %.1f MB, with their metadata",
        demoCount - 1, demo.seed(), set.bytes() / 1e6));
    throughputOf(demoModel, set, work, rows, notes);
    System.out.println();
    notes.forEach(note -> System.out.println("- " + note));
    System.out.println();
    System.out.println("| model | images | (A) ingest, images/s | (B) embed-only, images/s | A/B | cores busy A"
        + " | cores busy B | CPU ms/image A | CPU ms/image B | A/B if CPU-bound |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("CPU ms/image: process CPU time (every thread) per image, median. A/B if CPU-bound: CPU per"
        + " image of B over that of A, the ratio when both keep the same cores busy; A/B = that x (cores busy A /"
        + " cores busy B).");
  }

  private void throughputOf(Path dir, PictureSet set, Path work, List<String> rows, List<String> notes)
      throws Exception {
    try (ClipModel model = ClipModel.open(dir, new ModelOptions(ortThreads, ModelOptions.Device.CPU))) {
      var watch = new Stopwatch();
      List<LabelHead> heads = PromptHeads.forModel(model, demoModel);
      notes.add(String.format("%s: %d label sets (%s), made once before the runs in %.1f s", model.manifest().name(),
          heads.size(), String.join(", ", heads.stream().map(h -> h.labelSet().name()).toList()),
          watch.stop().seconds()));
      var ingest = new IngestRunner(model, heads, set, batch, workers);
      IngestVsEmbed.Result result = new IngestVsEmbed(model, ingest, set, batch, workers, work)
          .measure(warmups, runs);
      Interleaved.Result r = result.runs();
      double cpuA = r.coresA().median() / r.a().median() * 1e3;
      double cpuB = r.coresB().median() / r.b().median() * 1e3;
      rows.add(String.format("| %s | %d | %s | %s | %s | %.2f | %.2f | %.1f | %.1f | %.3f |", model.manifest().name(),
          set.size(), r.a().format("%.1f"), r.b().format("%.1f"), r.ratio().format("%.3f"), r.coresA().median(),
          r.coresB().median(), cpuA, cpuB, cpuB / cpuA));
      notes.add(model.manifest().name() + ": the ingest's stage times, ms per image (median; stages on several"
          + " threads summed over them): " + result.stages().format());
    }
  }

  private void formats(DemoPictures demo, Path work) throws Exception {
    System.out.println();
    System.out.println("## Vector formats");
    System.out.println();
    PictureSet set = demo.first(formatCount, work.resolve("lists"));
    System.out.printf("%s on demo pictures 0-%d of world %d (%.1f MB), with metadata. 1 warm-up ingest, then %d"
            + " rounds of one ingest per format into a fresh index, the order rotated each round.%n%n",
        demoModel.getFileName(), formatCount - 1, demo.seed(), set.bytes() / 1e6, formatRounds);
    try (ClipModel model = ClipModel.open(demoModel, new ModelOptions(ortThreads, ModelOptions.Device.CPU))) {
      List<float[]> queryVectors = new ArrayList<>();
      for (Embedding e : model.textEmbedder().embed(demo.captionsAfter(formatCount, queries))) {
        queryVectors.add(e.values());
      }
      var runner = new IngestRunner(model, PromptHeads.forModel(model, null), set, batch, workers);
      new FormatComparison(runner, set.size(), work, System.out).run(1, formatRounds, queryVectors);
    }
  }

  private void heap(DemoPictures demo, Path work) throws Exception {
    System.out.println();
    System.out.println("## Heap of a large ingest");
    System.out.println();
    PictureSet set = demo.first(heapCount, work.resolve("lists"));
    System.out.printf("%s on demo pictures 0-%d of world %d (%.1f MB), with metadata, into a fresh index, in a child"
        + " JVM; heap read every 5 ms and at each collection, and a full GC at every 1,000 images.%n%n",
        demoModel.getFileName(), heapCount - 1, demo.seed(), set.bytes() / 1e6);
    Path index = work.resolve("heap-index");
    var args = new ArrayList<>(List.of("--model", demoModel.toString(), "--images", set.root().toString(),
        "--list", set.list().toString(), "--metadata", set.metadata().toString(), "--index", index.toString(),
        "--batch", Integer.toString(batch), "--threads", Integer.toString(ortThreads),
        "--decode-threads", Integer.toString(workers)));
    ChildJvm.run(IngestHeapProbe.class, heapFlags, args);
    System.out.println();
    System.out.printf("Index left by the ingest: Lucene %.1f MB, thumbnails %.1f MB.%n",
        TempDirs.size(index.resolve("lucene")) / 1e6, TempDirs.size(index.resolve("thumbnails")) / 1e6);
  }
}
