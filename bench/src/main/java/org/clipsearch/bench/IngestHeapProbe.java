package org.clipsearch.bench;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One ingest in a JVM of its own, with its heap watched ({@link HeapWatch}): {@link IndexThroughputBench} starts
 * it as a child process, so that nothing the benchmark held before (other indexes, other models) is in the heap
 * it measures. Prints Markdown.
 */
@Command(name = "ingest-heap-probe", mixinStandardHelpOptions = true,
    description = "One ingest with its heap watched, in steps of images done.")
public final class IngestHeapProbe implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR")
  Path model;

  @Option(names = "--images", required = true, paramLabel = "DIR")
  Path images;

  @Option(names = "--list", required = true, paramLabel = "FILE")
  Path list;

  @Option(names = "--metadata", paramLabel = "FILE")
  Path metadata;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "A new, empty index folder.")
  Path index;

  @Option(names = "--batch", defaultValue = "16")
  int batch;

  @Option(names = "--threads", required = true, description = "ONNX Runtime intra-op threads.")
  int threads;

  @Option(names = "--decode-threads", required = true)
  int decodeThreads;

  @Option(names = "--step", defaultValue = "1000", description = "Images per step (default: ${DEFAULT-VALUE}).")
  int step;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestHeapProbe()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    var done = new AtomicLong();
    IngestListener listener = new IngestListener() {
      @Override
      public void progress(long images, long failed) {
        done.accumulateAndGet(images, Math::max);
      }
    };
    var settings = IngestSettings.of(images, "bench").withIndex(index).withImageList(list).withMetadata(metadata)
        .withThreads(batch, decodeThreads);
    IngestReport report;
    HeapWatch watch;
    var stopwatch = new Stopwatch();
    try (ClipModel clip = ClipModel.open(model, new ModelOptions(threads, ModelOptions.Device.CPU))) {
      var pipeline = new IngestPipeline(clip);
      try (var heap = new HeapWatch(done::get, step, 5)) {
        watch = heap;
        report = pipeline.run(settings, listener);
      }
    }
    Stopwatch.Elapsed elapsed = stopwatch.stop();
    if (report.hasFailures() || !report.warnings().isEmpty()) {
      throw new IllegalStateException("the probe's ingest went wrong: " + report.summary());
    }
    System.out.printf("Ingest: %s", report.summary());
    System.out.printf("Child JVM: %s; max heap %s; %.1f s wall, %.2f cores busy%n",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        mb(Runtime.getRuntime().maxMemory()), elapsed.seconds(), elapsed.cores());
    System.out.printf("Peak heap used (sampled every 5 ms and before each collection): %s; the ingest's own"
        + " collections: %d, %d ms in all; peak resident set (VmHWM): %s%n%n", mb(watch.peakUsed()),
        watch.collections(), watch.collectionMillis(), peakResidentSet());
    System.out.println("| images done | peak heap used in the step | peak after a collection in the step |"
        + " collections | live heap at the step's end (after a full GC) |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (HeapWatch.Step s : watch.steps()) {
      System.out.printf("| %s | %s | %s | %d | %s |%n", s.label(), mb(s.peakUsed()),
          s.collections() == 0 ? "-" : mb(s.peakAfterGc()), s.collections(), mb(s.liveAtEnd()));
    }
    return 0;
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }

  private static String peakResidentSet() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> String.format("%.1f MB", Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6))
        .findFirst().orElse("unknown");
  }
}
