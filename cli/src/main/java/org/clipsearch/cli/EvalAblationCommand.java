package org.clipsearch.cli;

import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.label.train.AnnotatedEmbeddings;
import org.clipsearch.core.label.train.Evaluation;
import org.clipsearch.core.label.train.HeadEvaluator;
import org.clipsearch.core.label.train.HeadKind;
import org.clipsearch.core.label.train.HeadTraining;
import org.clipsearch.core.label.train.HeadlineTable;
import org.clipsearch.core.label.train.MotifLoss;
import org.clipsearch.core.label.train.StratifiedSplit;
import org.clipsearch.core.label.train.TrainingPlan;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch eval ablation}: the visual-motif paper's ablation of its loss (figures 6 and 7) on annotated
 * images: the secondary target SMT at 0, 0.25, 0.5, 0.75 and 1, and the Red Flag / Canonical weights at 1/1 against
 * 0.5/2, everything else as the paper.
 */
@Command(name = "ablation", mixinStandardHelpOptions = true,
    description = {"Reproduce the visual-motif paper's loss ablation: sigmoid-mlp heads trained with SMT 0, 0.25,"
        + " 0.5, 0.75, 1 (RFW/CW 0.5/2) and with RFW/CW 1/1 (SMT 0.5), each scored on the same images.",
        "Scored on --eval-annotations (another collection) when given, else on a stratified validation split."})
final class EvalAblationCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  AnnotationOptions annotations;

  @Option(names = "--eval-annotations", paramLabel = "FILE", description = "Annotations of the images to score on.")
  Path evalAnnotations;

  @Option(names = "--set", defaultValue = "motif", paramLabel = "NAME", description = "Label set (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--epochs", defaultValue = "200", paramLabel = "N", description = "Epochs per head (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  ReportOptions report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    try (ClipModel clip = model.open()) {
      AnnotatedEmbeddings all = annotations.load(clip, set, err);
      AnnotatedEmbeddings train = all;
      AnnotatedEmbeddings test;
      if (evalAnnotations != null) {
        var evalOptions = new AnnotationOptions();
        evalOptions.annotations = evalAnnotations;
        evalOptions.cache = annotations.cache;
        test = evalOptions.load(clip, set, err);
      } else {
        var split = StratifiedSplit.of(all.annotations(), TrainingPlan.VALIDATION_FRACTION, seed);
        train = all.select(split.train());
        test = all.select(split.validation());
      }
      LabelSet prompts = LabelHeads.promptLabelSet(clip, set).orElse(null);
      List<String> labels = HeadTraining.labels(all.annotations(), prompts);
      var variants = new LinkedHashMap<String, MotifLoss>();
      for (double smt : new double[] {0, 0.25, 0.5, 0.75, 1}) {
        variants.put(String.format(Locale.ROOT, "SMT %.2f RFW/CW 0.5/2", smt), new MotifLoss(smt, 0.5, 2));
      }
      variants.put("SMT 0.50 RFW/CW 1/1", new MotifLoss(0.5, 1, 1));
      var table = new HeadlineTable();
      var evaluations = new ArrayList<Evaluation>();
      TrainingPlan base = TrainingPlan.defaults(HeadKind.SIGMOID_MLP).withValidation(TrainingPlan.VALIDATION_FRACTION,
          seed);
      for (var variant : variants.entrySet()) {
        long start = System.nanoTime();
        var plan = base.withSigmoidMlp(base.sigmoidMlp().withLoss(variant.getValue()).withEpochs(epochs));
        Evaluation evaluation = HeadEvaluator.evaluate(HeadTraining.fit(set, labels, train, plan).head(), test);
        table.add(variant.getKey(), evaluation);
        evaluations.add(evaluation);
        err.printf(Locale.ROOT, "%s: F1 %.4f, MA %.4f (%.0f s)%n", variant.getKey(),
            evaluation.headline().get("F1"), evaluation.headline().get("MA"), (System.nanoTime() - start) / 1e9);
        err.flush();
      }
      String about = String.format(Locale.ROOT, "sigmoid-mlp heads for %s of %s, trained on %d images, scored on %d"
          + " (%s), %d epochs, seed %d", set, clip.manifest().name(), train.size(), test.size(),
          evalAnnotations != null ? evalAnnotations : "validation split", epochs, seed);
      out.println(about);
      out.print(table.render());
      out.flush();
      report.write("Loss ablation (visual-motif paper, figures 6 and 7)", about + "\n\n" + table.render(),
          evaluations);
    }
    return 0;
  }
}
