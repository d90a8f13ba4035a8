package org.clipsearch.core.label.train;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelSet;

import java.util.List;

/** Scores any {@link LabelHead} (trained or zero-shot) on annotated images, by the rules of its label set's kind. */
public final class HeadEvaluator {

  private HeadEvaluator() {
  }

  /**
   * A {@link SingleLabelEvaluation} for a single-label head, a {@link MultiLabelEvaluation} for a multi-label one.
   *
   * @throws IllegalArgumentException when an annotation names a label the head does not have, or a single-label
   *                                  annotation has no primary label
   */
  public static Evaluation evaluate(LabelHead head, AnnotatedEmbeddings data) {
    LabelSet set = head.labelSet();
    float[][] probabilities = new float[data.size()][];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = head.probabilities(Embedding.of(data.embeddings()[i]));
    }
    requireKnownLabels(set, data.annotations());
    if (set.kind() == LabelSet.Kind.SINGLE_LABEL) {
      return SingleLabelEvaluation.of(set.name(), set.labels(), truth(set, data.annotations()), probabilities);
    }
    return MultiLabelEvaluation.of(set.name(), set.labels(), data.annotations(), probabilities, set.thresholds());
  }

  /** Each annotation's (first) primary label as an index into the set. */
  static int[] truth(LabelSet set, List<Annotation> annotations) {
    int[] truth = new int[annotations.size()];
    for (int i = 0; i < truth.length; i++) {
      Annotation a = annotations.get(i);
      if (a.primary().isEmpty()) {
        throw new IllegalArgumentException("single-label set " + set.name() + ": " + a.image()
            + " has no primary label");
      }
      truth[i] = set.labels().indexOf(a.primary().getFirst());
    }
    return truth;
  }

  /** @throws IllegalArgumentException naming the first label the set does not have, and the image */
  static void requireKnownLabels(LabelSet set, List<Annotation> annotations) {
    var known = new java.util.HashSet<>(set.labels());
    for (Annotation a : annotations) {
      for (List<String> labels : List.of(a.primary(), a.secondary())) {
        for (String label : labels) {
          if (!known.contains(label)) {
            throw new IllegalArgumentException(a.image() + " is annotated '" + label + "', which label set "
                + set.name() + " does not have (its labels: " + set.labels() + ")");
          }
        }
      }
    }
  }
}
