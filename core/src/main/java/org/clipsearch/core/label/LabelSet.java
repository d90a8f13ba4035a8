package org.clipsearch.core.label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named set of labels and how an image is given labels from it.
 *
 * <ul>
 *   <li>{@link Kind#SINGLE_LABEL} (scenes): the probabilities sum to one; the image gets the most probable label.</li>
 *   <li>{@link Kind#MULTI_LABEL} (motifs): each label has its own threshold; the image gets every label whose
 *       probability is at or above it, possibly none.</li>
 * </ul>
 *
 * @param name       the set's name, e.g. {@code scene}; also the facet it fills
 * @param kind       single- or multi-label
 * @param labels     the labels, distinct, in the order heads report probabilities
 * @param thresholds one per label for a multi-label set; ignored (and may be empty) for a single-label set
 */
public record LabelSet(String name, Kind kind, List<String> labels, List<Float> thresholds) {

  /** How labels are assigned from probabilities. */
  public enum Kind {
    /** Exactly one label per image: the most probable. */
    SINGLE_LABEL,
    /** Any number of labels per image: each at or above its threshold. */
    MULTI_LABEL
  }

  public LabelSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!name.matches("[a-z][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "label set name must be lower-case letters, digits, '_' or '-', starting with a letter, got '" + name + "'");
    }
    labels = List.copyOf(labels);
    thresholds = List.copyOf(thresholds);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("label set " + name + " has no labels");
    }
    var distinct = new HashSet<String>();
    for (String label : labels) {
      if (label.isBlank()) {
        throw new IllegalArgumentException("label set " + name + " has a blank label");
      }
      if (!distinct.add(label)) {
        throw new IllegalArgumentException("label set " + name + " has label '" + label + "' twice");
      }
    }
    if (kind == Kind.MULTI_LABEL && thresholds.size() != labels.size()) {
      throw new IllegalArgumentException("multi-label set " + name + " has " + labels.size() + " labels but "
          + thresholds.size() + " thresholds");
    }
    for (float t : thresholds) {
      if (!(t > 0f && t <= 1f)) {
        throw new IllegalArgumentException("label set " + name + ": a threshold must be in (0, 1], got " + t);
      }
    }
  }

  /** A single-label set. */
  public static LabelSet singleLabel(String name, List<String> labels) {
    return new LabelSet(name, Kind.SINGLE_LABEL, labels, List.of());
  }

  /** A multi-label set with one threshold for every label. */
  public static LabelSet multiLabel(String name, List<String> labels, float threshold) {
    return new LabelSet(name, Kind.MULTI_LABEL, labels, labels.stream().map(l -> threshold).toList());
  }

  /** Number of labels. */
  public int size() {
    return labels.size();
  }

  /**
   * Turns a head's probabilities (one per label, in label order) into a prediction.
   *
   * @throws IllegalArgumentException when there is not one probability per label
   */
  public LabelPrediction predict(float[] probabilities) {
    if (probabilities.length != labels.size()) {
      throw new IllegalArgumentException("label set " + name + " has " + labels.size() + " labels, the head gave "
          + probabilities.length + " probabilities");
    }
    var scores = new ArrayList<LabelScore>(labels.size());
    var assigned = new ArrayList<String>();
    for (int i = 0; i < labels.size(); i++) {
      scores.add(new LabelScore(labels.get(i), probabilities[i]));
      if (kind == Kind.MULTI_LABEL && probabilities[i] >= thresholds.get(i)) {
        assigned.add(labels.get(i));
      }
    }
    scores.sort(Comparator.comparingDouble(LabelScore::probability).reversed());
    if (kind == Kind.SINGLE_LABEL) {
      assigned.add(scores.getFirst().label());
    }
    return new LabelPrediction(name, scores, assigned);
  }
}
