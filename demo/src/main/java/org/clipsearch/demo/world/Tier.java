package org.clipsearch.demo.world;

/**
 * How characteristic a picture is of its primary motifs, as the Visual Motif Identification paper tags them:
 * canonical (clear, central, large), standard (the untagged majority), red flag (small, occluded or abstracted).
 */
public enum Tier {
  CANONICAL("canonical"),
  STANDARD("standard"),
  RED_FLAG("red-flag");

  private final String id;

  Tier(String id) {
    this.id = id;
  }

  /** The name in the ground truth: {@code canonical}, {@code standard} or {@code red-flag}. */
  public String id() {
    return id;
  }
}
