package org.clipsearch.core.label.train;

import java.util.Locale;

/**
 * How characteristic an image is of its primary labels, as the visual-motif paper tags its images: Red Flag (a
 * debatable or unusual instance), standard (untagged), Canonical (a clear, typical instance). Declared from lowest
 * to highest: an image with several primary labels takes the highest tier among them.
 */
public enum Tier {
  RED_FLAG("red-flag"),
  STANDARD("standard"),
  CANONICAL("canonical");

  private final String id;

  Tier(String id) {
    this.id = id;
  }

  /** The name in annotation files: {@code red-flag}, {@code standard} or {@code canonical}. */
  public String id() {
    return id;
  }

  /**
   * The tier named {@code text} (case and {@code _} / {@code -} / space ignored); blank is {@link #STANDARD}.
   *
   * @throws IllegalArgumentException naming the three tiers
   */
  public static Tier parse(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (key.isEmpty()) {
      return STANDARD;
    }
    for (Tier tier : values()) {
      if (tier.id.equals(key)) {
        return tier;
      }
    }
    throw new IllegalArgumentException("tier must be canonical, standard or red-flag, got '" + text + "'");
  }

  /** The higher of two tiers. */
  public Tier max(Tier other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
