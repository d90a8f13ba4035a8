package org.clipsearch.cli;

import org.clipsearch.core.label.HeadFile;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.train.AnnotationsCsv;
import org.clipsearch.core.label.train.Evaluation;
import org.clipsearch.core.label.train.HeadEvaluator;
import org.clipsearch.core.label.train.HeadlineTable;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch eval heads}: scores the model's trained heads on annotated images, beside its zero-shot prompt
 * set of the same name.
 */
@Command(name = "heads", mixinStandardHelpOptions = true,
    description = {"Score the model's trained heads (heads/<set>.json) on annotated images (best: images of another"
        + " collection than the one trained on), each beside the zero-shot prompt set of the same name."})
final class EvalHeadsCommand implements Callable<Integer> {

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
      var evaluations = new ArrayList<Evaluation>();
      var summary = new StringBuilder();
      for (String set : sets) {
        var file = HeadFile.pathIn(clip.directory(), set);
        if (!Files.isRegularFile(file)) {
          continue;
        }
        HeadFile head = HeadFile.read(file);
        head.requireModel(clip, file);
        var data = annotations.load(clip, set, spec.commandLine().getErr());
        Evaluation trained = HeadEvaluator.evaluate(head.head(), data);
        evaluations.add(trained);
        out.println("trained " + head.kind() + " head " + file);
        out.println(trained.toTable());
        var table = new HeadlineTable().add(set + " " + head.kind(), trained);
        if (prompts.containsKey(set)) {
          table.add(set + " zero-shot", HeadEvaluator.evaluate(prompts.get(set), data));
        }
        summary.append(table.render()).append('\n');
      }
      if (evaluations.isEmpty()) {
        throw new IllegalArgumentException("the model has no trained head for the sets of " + annotations.annotations
            + " " + sets + "; train one with train-head");
      }
      out.println("trained heads against the zero-shot prompt sets:");
      out.print(summary);
      out.flush();
      report.write("Trained heads of " + clip.manifest().name(), "annotations: " + annotations.annotations
          + "\n\n" + summary, evaluations);
    }
    return 0;
  }
}
