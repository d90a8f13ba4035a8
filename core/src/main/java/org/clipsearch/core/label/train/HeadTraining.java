package org.clipsearch.core.label.train;

import org.clipsearch.core.label.HeadFile;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.model.ModelFingerprint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a head on annotated embeddings: a stratified, seeded split, the head of the plan's kind fitted on the
 * training part, scored on the validation part, and written up as a {@link HeadFile} that records the settings, the
 * data and the score.
 *
 * <pre>{@code
 * var data = AnnotatedEmbeddings.embed(model, AnnotationsCsv.read(csv, "motif"), cache);
 * var result = HeadTraining.train("motif", HeadTraining.labels(data.annotations(), null), data,
 *     TrainingPlan.defaults(HeadKind.SIGMOID_MLP), model.fingerprint(), model.manifest().name());
 * result.file().write(HeadFile.pathIn(model.directory(), "motif"));
 * }</pre>
 */
public final class HeadTraining {

  /** A trained head file and its validation figures. */
  public record Result(HeadFile file, Evaluation validation) {
  }

  /** A fitted head and how the fitting went. */
  public record Fitted(LabelHead head, Map<String, Object> log) {
  }

  private HeadTraining() {
  }

  /**
   * The labels of a head: those of {@code vocabulary} in its order when given (so that the head covers the whole set,
   * annotated or not), else every label the annotations name, sorted.
   *
   * @throws IllegalArgumentException when an annotation names a label the vocabulary does not have
   */
  public static List<String> labels(List<Annotation> annotations, LabelSet vocabulary) {
    if (vocabulary != null) {
      HeadEvaluator.requireKnownLabels(vocabulary, annotations);
      return vocabulary.labels();
    }
    var labels = new TreeSet<String>();
    annotations.forEach(a -> {
      labels.addAll(a.primary());
      labels.addAll(a.secondary());
    });
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("the annotations name no label");
    }
    return List.copyOf(labels);
  }

  /** Splits, fits on the training part, scores on the validation part. */
  public static Result train(String set, List<String> labels, AnnotatedEmbeddings data, TrainingPlan plan,
                             ModelFingerprint model, String modelName) {
    StratifiedSplit split = StratifiedSplit.of(data.annotations(), plan.validationFraction(), plan.seed());
    AnnotatedEmbeddings train = data.select(split.train());
    AnnotatedEmbeddings validation = data.select(split.validation());
    long start = System.nanoTime();
    Fitted fitted = fit(set, labels, train, plan);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Evaluation evaluation = HeadEvaluator.evaluate(fitted.head(), validation);
    var training = new LinkedHashMap<String, Object>();
    training.put("kind", plan.kind().id());
    training.putAll(plan.kind() == HeadKind.SOFTMAX ? plan.softmax().describe() : plan.sigmoidMlp().describe());
    training.put("seed", plan.seed());
    training.put("validation_fraction", plan.validationFraction());
    training.put("images", data.size());
    training.put("training_images", train.size());
    training.put("validation_images", validation.size());
    training.put("training_seconds", millis / 1000.0);
    training.putAll(fitted.log());
    var file = new HeadFile(fitted.head(), model, modelName, training, evaluation.toJson());
    return new Result(file, evaluation);
  }

  /** Fits a head of the plan's kind on all of {@code train}. */
  public static Fitted fit(String set, List<String> labels, AnnotatedEmbeddings train, TrainingPlan plan) {
    return switch (plan.kind()) {
      case SOFTMAX -> {
        LabelSet labelSet = LabelSet.singleLabel(set, labels);
        var trained = SoftmaxTrainer.train(labelSet, train.embeddings(),
            HeadEvaluator.truth(labelSet, train.annotations()), plan.softmax());
        yield new Fitted(trained.head(), trained.log());
      }
      case SIGMOID_MLP -> {
        SigmoidMlpSettings settings = plan.sigmoidMlp();
        LabelSet labelSet = LabelSet.multiLabel(set, labels, settings.threshold());
        float[][] targets = new float[train.size()][];
        double[] weights = new double[train.size()];
        for (int i = 0; i < targets.length; i++) {
          Annotation a = train.annotations().get(i);
          targets[i] = settings.loss().targets(a, labels);
          weights[i] = settings.loss().weight(a.tier());
        }
        var trained = SigmoidMlpTrainer.train(labelSet, train.embeddings(), targets, weights, settings, plan.seed());
        yield new Fitted(trained.head(), trained.log());
      }
    };
  }
}
