package org.clipsearch.cli;

import org.clipsearch.core.label.HeadFile;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.label.train.HeadKind;
import org.clipsearch.core.label.train.HeadTraining;
import org.clipsearch.core.label.train.MotifLoss;
import org.clipsearch.core.label.train.SigmoidMlpSettings;
import org.clipsearch.core.label.train.SoftmaxSettings;
import org.clipsearch.core.label.train.TrainingPlan;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch train-head}: trains a softmax or sigmoid-mlp head on annotated images and writes it into the
 * model's {@code heads/}, where the indexer and {@code relabel} find it.
 */
@Command(name = "train-head", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train a label head on annotated images and write it to the model's heads/<set>.json.",
        "softmax: one label per image, multinomial logistic regression with L2 (L-BFGS), as the HisVis scene model.",
        "sigmoid-mlp: any labels per image, Linear(D->H) -> ReLU -> Linear(H->L) -> sigmoid trained with Adam on"
            + " the visual-motif paper's loss (secondary target SMT, Red Flag weight RFW, Canonical weight CW).",
        "Embeddings are cached by image content and model, so training again does not embed again."})
final class TrainHeadCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  AnnotationOptions annotations;

  @Option(names = "--set", required = true, paramLabel = "NAME", description = "Label set to train (scene, motif, ...).")
  String set;

  @Option(names = "--kind", required = true, paramLabel = "softmax|sigmoid-mlp", description = "Head kind.")
  String kind;

  @Option(names = "--out", paramLabel = "FILE", description = "Head file (default: MODEL/heads/<set>.json).")
  Path out;

  @Option(names = "--validation", paramLabel = "F", defaultValue = "0.2",
      description = "Share of images held out, stratified (default: ${DEFAULT-VALUE}).")
  double validation;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the split and the training (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--c", paramLabel = "C", defaultValue = "0.65",
      description = "softmax: inverse L2 strength (default: ${DEFAULT-VALUE}, HisVis').")
  double c;

  @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "10000",
      description = "softmax: L-BFGS iterations at most (default: ${DEFAULT-VALUE}).")
  int maxIterations;

  @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-4",
      description = "softmax: stop when no gradient component exceeds T (default: ${DEFAULT-VALUE}, scikit-learn's).")
  double tolerance;

  @Option(names = "--hidden", paramLabel = "H", defaultValue = "256",
      description = "sigmoid-mlp: hidden units (default: ${DEFAULT-VALUE}).")
  int hidden;

  @Option(names = "--smt", paramLabel = "T", defaultValue = "0.5",
      description = "sigmoid-mlp: target of a secondary label (default: ${DEFAULT-VALUE}).")
  double smt;

  @Option(names = "--rfw", paramLabel = "W", defaultValue = "0.5",
      description = "sigmoid-mlp: weight of a Red Flag image (default: ${DEFAULT-VALUE}).")
  double rfw;

  @Option(names = "--cw", paramLabel = "W", defaultValue = "2",
      description = "sigmoid-mlp: weight of a Canonical image (default: ${DEFAULT-VALUE}).")
  double cw;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "200",
      description = "sigmoid-mlp: epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--learning-rate", paramLabel = "LR", defaultValue = "0.001",
      description = "sigmoid-mlp: Adam learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "256",
      description = "sigmoid-mlp: images per step (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
      description = "sigmoid-mlp: probability at which a label is assigned (default: ${DEFAULT-VALUE}).")
  float threshold;

  @Mixin
  ReportOptions report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    HeadKind headKind = HeadKind.parse(kind);
    var plan = new TrainingPlan(headKind, new SoftmaxSettings(c, maxIterations, tolerance),
        new SigmoidMlpSettings(hidden, new MotifLoss(smt, rfw, cw), epochs, learningRate, batchSize, threshold),
        validation, seed);
    var err = spec.commandLine().getErr();
    try (ClipModel clip = model.open()) {
      var data = annotations.load(clip, set, err);
      LabelSet prompts = LabelHeads.promptLabelSet(clip, set).orElse(null);
      List<String> labels = HeadTraining.labels(data.annotations(), prompts);
      err.printf(Locale.ROOT, "training a %s head for %s: %d labels%s ...%n", headKind, set, labels.size(),
          prompts == null ? "" : " (the model's prompt set " + set + ")");
      err.flush();
      var result = HeadTraining.train(set, labels, data, plan, clip.fingerprint(), clip.manifest().name());
      Path file = out != null ? out : HeadFile.pathIn(clip.directory(), set);
      result.file().write(file);
      var stdout = spec.commandLine().getOut();
      stdout.print(result.validation().toTable());
      stdout.printf(Locale.ROOT, "%nwrote %s (%s head, %s seconds of training)%n", file, headKind,
          result.file().training().get("training_seconds"));
      stdout.flush();
      report.write("Validation of the " + headKind + " head for " + set, "validation split of "
          + annotations.annotations + ", seed " + seed, List.of(result.validation()));
    }
    return 0;
  }
}
