package org.clipsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.eval.RetrievalEvaluation;
import org.clipsearch.demo.eval.RetrievalReport;
import org.clipsearch.demo.output.GroundTruthJsonl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch eval retrieval}: text-to-image recall, attribute and same-scene precision, zero-shot scene
 * accuracy of a model on a generated collection with ground truth.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
    description = {"Measure retrieval on a generated collection with ground truth (demo-data output):",
        "text->image recall@1/5/10, attribute precision@10, image->image same-scene precision@10, zero-shot scene"
            + " accuracy and top-5. Without --data, a collection of --count pictures of --seed is generated first."})
final class EvalRetrievalCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Option(names = "--data", paramLabel = "DIR", description = "A demo-data output folder (with ground-truth.jsonl).")
  Path data;

  @Option(names = "--seed", defaultValue = "1001",
      description = "World seed of the generated collection without --data (default: ${DEFAULT-VALUE}; not a training seed).")
  long seed;

  @Option(names = "--count", defaultValue = "2000", description = "Pictures to evaluate (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
  Path json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new IllegalArgumentException("--count must be at least 1, got " + count);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path generated = null;
    try (ClipModel clip = model.open()) {
      Path dir = data;
      if (dir == null) {
        generated = Files.createTempDirectory("clipsearch-eval-");
        spec.commandLine().getErr().printf("generating %d pictures of seed %d in %s ...%n", count, seed, generated);
        DemoWorld.generate(seed, count, generated, Runtime.getRuntime().availableProcessors());
        dir = generated;
      }
      Path truthFile = dir.resolve("ground-truth.jsonl");
      if (!Files.isRegularFile(truthFile)) {
        throw new IllegalArgumentException(dir + " has no ground-truth.jsonl: it is not a demo-data collection");
      }
      List<GroundTruth> truths = GroundTruthJsonl.read(truthFile);
      truths = truths.subList(0, Math.min(count, truths.size()));
      RetrievalReport report = RetrievalEvaluation.run(clip, dir, truths);
      out.print(report.toTable());
      if (json != null) {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report.toJson());
      }
      out.flush();
      return 0;
    } finally {
      if (generated != null) {
        FileTrees.delete(generated);
      }
    }
  }
}
