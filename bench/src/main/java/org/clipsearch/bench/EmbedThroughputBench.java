package org.clipsearch.bench;

import ai.onnxruntime.OrtEnvironment;

import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.ModelOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Embedding throughput of whole paths against ONNX Runtime alone, per model: images per second through
 * {@code ImageFileEmbedder} (read, decode, preprocess, infer) against inference on ready tensors, at each batch
 * size, and the latency of one text query against inference on ready ids. Each pair is measured interleaved
 * (A B A B ...) after uncounted warm-up pairs; figures are medians with min and max, and ratios are taken pair by
 * pair. Prints Markdown. Run it with {@code bench/embed-throughput.sh}.
 */
@Command(name = "embed-throughput", mixinStandardHelpOptions = true,
    description = "Embedding throughput: full path against ONNX Runtime alone, images and text.")
public final class EmbedThroughputBench implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory; repeatable.")
  List<Path> models;

  @Option(names = "--images", required = true, paramLabel = "DIR",
      description = "Folder of the benchmark images; missing ones are made there.")
  Path imageDir;

  @Option(names = "--count", defaultValue = "96", description = "Images (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--batch", split = ",", defaultValue = "1,8,32", description = "Batch sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> batches;

  @Option(names = "--runs", defaultValue = "7", description = "Counted runs per side, at least 5 (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmups", defaultValue = "1", description = "Uncounted warm-up runs per side (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime intra-op threads (default: cores).")
  Integer threads;

  @Option(names = "--decode-threads", paramLabel = "N", description = "Decode workers (default: cores).")
  Integer decodeThreads;

  @Option(names = "--text-calls", defaultValue = "30", description = "Counted text calls per side (default: ${DEFAULT-VALUE}).")
  int textCalls;

  @Option(names = "--query", defaultValue = "a windmill at sunset", description = "Text query (default: ${DEFAULT-VALUE}).")
  String query;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EmbedThroughputBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (runs < 5) {
      throw new IllegalArgumentException("--runs must be at least 5, got " + runs);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int ortThreads = threads == null ? cores : threads;
    int workers = decodeThreads == null ? cores : decodeThreads;
    List<Path> files = BenchImages.ensure(imageDir, count);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    BenchEnvironment.print(System.out, ortThreads);
    System.out.println("- Decode workers: " + workers + "; queue: twice the batch");
    System.out.println("- Images: " + BenchImages.describe(files));
    System.out.println("- Runs: " + warmups + " warm-up + " + runs + " counted per side, interleaved A B A B; "
        + "text: " + warmups + " warm-up + " + textCalls + " counted calls per side");
    for (Path dir : models) {
      benchmark(env, dir, files, ortThreads, workers);
    }
    return 0;
  }

  private void benchmark(OrtEnvironment env, Path dir, List<Path> files, int ortThreads, int workers)
      throws Exception {
    ModelManifest manifest = ModelManifest.read(dir);
    try (ClipModel model = ClipModel.open(dir, new ModelOptions(ortThreads, ModelOptions.Device.CPU));
         OnnxAlone image = OnnxAlone.open(env, dir.resolve(manifest.image().onnx()), ortThreads);
         OnnxAlone text = OnnxAlone.open(env, dir.resolve(manifest.text().onnx()), ortThreads)) {
      System.out.println();
      System.out.printf("## %s (image %d px, %d dims)%n%n", manifest.name(), manifest.image().size(),
          manifest.embeddingDim());
      var stages = StageCosts.measure(model.imageEmbedder(), manifest.image().size(), files, 3);
      System.out.printf("One thread, ms per image: read + decode %s, preprocess %s%n%n",
          stages.decode().format("%.2f"), stages.preprocess().format("%.2f"));
      System.out.println("| batch | (A) full path, images/s | (B) ONNX alone, images/s | A/B | cores busy A | cores busy B"
          + " | A/B if CPU-bound |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
      var throughput = new ImageThroughput(env, model, image, files, workers);
      double prepareMillis = stages.decode().median() + stages.preprocess().median();
      for (int batch : batches) {
        Interleaved.Result r = throughput.measure(batch, warmups, runs);
        double inferMillis = r.coresB().median() / r.b().median() * 1e3;
        System.out.printf("| %d | %s | %s | %s | %.2f | %.2f | %.3f |%n", batch, r.a().format("%.1f"),
            r.b().format("%.1f"), r.ratio().format("%.3f"), r.coresA().median(), r.coresB().median(),
            inferMillis / (inferMillis + prepareMillis));
      }
      System.out.println();
      System.out.println("A/B if CPU-bound: inference CPU per image (cores busy B / B) over itself plus read + decode +"
          + " preprocess, the ratio when no core is ever idle, so that decoding can only take CPU from inference.");
      System.out.println();
      System.out.println("| text query | full (tokenize + infer), ms | ONNX alone, ms | full / ONNX |");
      System.out.println("|---|---:|---:|---:|");
      Interleaved.Result t = new TextLatency(env, model, text, query).measure(Math.max(5, warmups), textCalls);
      System.out.printf("| \"%s\" | %s | %s | %s |%n", query, t.a().format("%.2f"), t.b().format("%.2f"),
          t.ratio().format("%.3f"));
    }
  }
}
