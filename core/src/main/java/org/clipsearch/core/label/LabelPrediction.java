package org.clipsearch.core.label;

import java.util.List;
import java.util.Objects;

/**
 * The labels of one label set predicted for one image.
 *
 * @param set      the label set's name
 * @param scores   every label with its probability, most probable first
 * @param assigned the labels the image gets: the top one for a single-label set, those at or above their
 *                 threshold for a multi-label set (maybe none), in label-set order
 */
public record LabelPrediction(String set, List<LabelScore> scores, List<String> assigned) {

  public LabelPrediction {
    Objects.requireNonNull(set, "set");
    scores = List.copyOf(scores);
    assigned = List.copyOf(assigned);
  }

  /** The {@code n} most probable labels (fewer when the set is smaller). */
  public List<LabelScore> top(int n) {
    return scores.subList(0, Math.min(n, scores.size()));
  }
}
