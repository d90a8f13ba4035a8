package org.clipsearch.cli;

import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.train.AnnotationsCsv;
import org.clipsearch.core.label.train.Evaluation;
import org.clipsearch.core.label.train.HeadEvaluator;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clipsearch eval zero-shot}: scores the model's prompt sets on annotated images. */
@Command(name = "zero-shot", mixinStandardHelpOptions = true,
    description = {"Score the model's zero-shot prompt sets (prompts/<set>.tsv) on annotated images: for a"
        + " single-label set accuracy, top-5, per-label precision/recall/F1/support and the confusion matrix; for a"
        + " multi-label set the visual-motif paper's precision, recall, F1, Maximum Accuracy and exact matches, over"
        + " all, Red Flag and Canonical images.",
        "Every prompt set that the annotation file annotates is scored."})
final class EvalZeroShotCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  AnnotationOptions annotations;

  @Mixin
  ReportOptions report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    try (ClipModel clip = model.open()) {
      Map<String, LabelHead> prompts = LabelHeads.promptHeads(clip);
      var sets = AnnotationsCsv.sets(annotations.annotations);
      sets.retainAll(prompts.keySet());
      if (sets.isEmpty()) {
        throw new IllegalArgumentException("the model's prompt sets " + prompts.keySet() + " and the sets of "
            + annotations.annotations + " " + AnnotationsCsv.sets(annotations.annotations) + " have none in common");
      }
      var evaluations = new ArrayList<Evaluation>();
      for (String set : sets) {
        Evaluation evaluation = HeadEvaluator.evaluate(prompts.get(set),
            annotations.load(clip, set, spec.commandLine().getErr()));
        evaluations.add(evaluation);
        out.println("zero-shot prompt set " + set + " of " + clip.manifest().name());
        out.println(evaluation.toTable());
      }
      out.flush();
      report.write("Zero-shot prompt sets of " + clip.manifest().name(),
          "annotations: " + annotations.annotations, evaluations);
    }
    return 0;
  }
}
