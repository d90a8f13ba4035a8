package org.clipsearch.server.search;

import org.clipsearch.core.index.IndexSchema;

import java.util.List;

/**
 * A predicted label and how sure the head is, as the API shows it.
 *
 * @param label       the label
 * @param probability between 0 and 1
 */
public record LabelProbability(String label, float probability) {

  /** The labels of a label set's stored field ({@link IndexSchema#formatScores}), in stored order. */
  public static List<LabelProbability> ofStored(String stored) {
    return IndexSchema.parseScores(stored).stream()
        .map(score -> new LabelProbability(score.label(), score.probability())).toList();
  }
}
