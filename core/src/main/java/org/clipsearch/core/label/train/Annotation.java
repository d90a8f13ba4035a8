package org.clipsearch.core.label.train;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a person says one image shows, for one label set.
 *
 * @param image     the image file
 * @param primary   the labels it clearly shows (one for a single-label set; none, one or more for a multi-label set)
 * @param secondary labels it shows in part or in the background (multi-label sets), none of them primary
 * @param tier      how characteristic it is of its primary labels: the highest tier among them
 */
public record Annotation(java.nio.file.Path image, List<String> primary, List<String> secondary, Tier tier) {

  public Annotation {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(tier, "tier");
    primary = List.copyOf(primary);
    secondary = List.copyOf(secondary);
    var seen = new HashSet<String>(primary);
    if (seen.size() != primary.size()) {
      throw new IllegalArgumentException(image + ": a primary label is named twice in " + primary);
    }
    for (String label : secondary) {
      if (!seen.add(label)) {
        throw new IllegalArgumentException(image + ": label '" + label + "' is both primary and secondary, or named"
            + " twice");
      }
    }
  }
}
