package org.clipsearch.core.label;

import java.util.Objects;

/**
 * How sure a head is that an image shows one label.
 *
 * @param label       the label, exactly as in its label set
 * @param probability between 0 and 1
 */
public record LabelScore(String label, float probability) {

  public LabelScore {
    Objects.requireNonNull(label, "label");
    if (!(probability >= 0f && probability <= 1f)) {
      throw new IllegalArgumentException("probability of '" + label + "' must be in [0, 1], got " + probability);
    }
  }
}
