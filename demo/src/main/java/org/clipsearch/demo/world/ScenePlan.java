package org.clipsearch.demo.world;

import java.util.List;

/**
 * Everything the generator decided about one picture before painting it: what it shows and how it was
 * photographed. The painter and the caption writer read it; neither decides anything the ground truth records.
 *
 * @param objects the object groups, the main object first
 * @param motifs the primary motifs (0 to 2)
 * @param secondaryMotifs the secondary motifs, small and in the background (only with a primary motif)
 * @param tier how characteristic the picture is of its primary motifs; {@code null} without one
 * @param redFlagForm how a red-flag picture hides its motifs; {@code null} unless the tier is red flag
 * @param paintSeed the seed of the layout details (positions, sizes, figure clothes)
 * @param textSeed the seed of the caption and archive wording
 */
public record ScenePlan(long seed, int index, Scene scene, int width, int height, TimeOfDay timeOfDay,
    Weather weather, PhotoStyle style, List<ObjectGroup> objects, List<Motif> motifs, List<Motif> secondaryMotifs,
    Tier tier, RedFlagForm redFlagForm, int year, ImageFormat format, long paintSeed, long textSeed) {

  public ScenePlan {
    objects = List.copyOf(objects);
    motifs = List.copyOf(motifs);
    secondaryMotifs = List.copyOf(secondaryMotifs);
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("a picture needs a main object");
    }
    if (motifs.isEmpty() != (tier == null)) {
      throw new IllegalArgumentException("a tier goes with primary motifs: motifs " + motifs + ", tier " + tier);
    }
    if ((tier == Tier.RED_FLAG) != (redFlagForm != null)) {
      throw new IllegalArgumentException("a red-flag form goes with the red-flag tier: tier " + tier
          + ", form " + redFlagForm);
    }
  }

  /** The main object group. */
  public ObjectGroup main() {
    return objects.getFirst();
  }
}
