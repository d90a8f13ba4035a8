package org.clipsearch.demo.caption;

import static org.clipsearch.demo.caption.Phrases.motifs;
import static org.clipsearch.demo.caption.Phrases.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.ObjectGroup;
import org.clipsearch.demo.world.ScenePlan;

/**
 * Writes English captions from a plan. Every caption names the scene (one of its location phrases), the main
 * object with its count and, where the style shows colour, its colour, every primary motif, the style when it
 * is not colour, and the time of day and weather when they are not day and sunny. Variants differ in order,
 * synonyms and the other objects they add; the first is the caption.
 */
public final class CaptionWriter {

  /** Two to four captions of {@code plan}; the same plan gives the same captions. */
  public List<String> captions(ScenePlan plan) {
    var rnd = new SplittableRandom(plan.textSeed());
    var captions = new ArrayList<String>();
    boolean motifFirst = !plan.motifs().isEmpty() && rnd.nextBoolean();
    captions.add(full(plan, motifFirst, false, rnd));
    captions.add(full(plan, !plan.motifs().isEmpty() && !motifFirst, true, rnd));
    captions.add(terse(plan, rnd));
    if (!plan.secondaryMotifs().isEmpty()) {
      captions.add(full(plan, false, false, rnd) + ", with " + motifs(plan.secondaryMotifs(), rnd)
          + " in the background");
    }
    return List.copyOf(captions);
  }

  private String full(ScenePlan plan, boolean motifFirst, boolean withOthers, SplittableRandom rnd) {
    boolean colour = plan.style().showsColour();
    String style = pick(plan.style().phrases(), rnd);
    String main = objects(plan.main(), colour, rnd);
    String where = " " + pick(plan.scene().locations(), rnd) + plan.timeOfDay().phrase() + plan.weather().phrase();
    String others = withOthers ? others(plan.objects(), colour, rnd) : "";
    if (plan.motifs().isEmpty()) {
      return style + " of " + main + where + others;
    }
    String motif = motifs(plan.motifs(), rnd);
    return motifFirst
        ? style + " of " + motif + where + ", with " + main + others
        : style + " of " + main + where + others + ", with " + motif;
  }

  private String terse(ScenePlan plan, SplittableRandom rnd) {
    String text = objects(plan.main(), plan.style().showsColour(), rnd) + " " + pick(plan.scene().locations(), rnd);
    if (!plan.motifs().isEmpty()) {
      text = motifs(plan.motifs(), rnd) + " and " + text;
    }
    text += plan.timeOfDay().phrase() + plan.weather().phrase();
    if (plan.style() != org.clipsearch.demo.world.PhotoStyle.COLOUR) {
      text += ", " + plan.style().id() + " photograph";
    }
    return Phrases.capitalised(text);
  }

  private static String others(List<ObjectGroup> groups, boolean colour, SplittableRandom rnd) {
    var parts = groups.stream().skip(1).map(group -> objects(group, colour, rnd)).toList();
    return parts.isEmpty() ? "" : " and " + String.join(" and ", parts);
  }

  private static String pick(List<String> options, SplittableRandom rnd) {
    return options.get(rnd.nextInt(options.size()));
  }
}
