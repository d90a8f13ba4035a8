package org.clipsearch.demo.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ObjectGroup;
import org.clipsearch.demo.world.PhotoStyle;
import org.clipsearch.demo.world.ScenePlan;

/**
 * Writes Dutch captions from the same plan as {@link CaptionWriter}, saying what the English captions say
 * (the scene's place, the main object with its count and visible colour, every primary motif, the style, the
 * time and the weather) in Dutch word order and agreement: "een zwart-witfoto van drie rode boten in de haven
 * bij schemering, met twee mensen die elkaar de hand schudden". Its own random stream, so the English captions
 * are the same as before there were Dutch ones.
 */
public final class DutchCaptionWriter {

  private static final long STREAM = 0x4E4C_4E4C_4E4CL;
  private static final List<String> NUMBERS = List.of("één", "twee", "drie", "vier", "vijf");

  /** As many captions of {@code plan} as {@link CaptionWriter} writes, in the same roles. */
  public List<String> captions(ScenePlan plan) {
    var rnd = new SplittableRandom(plan.textSeed() ^ STREAM);
    var captions = new ArrayList<String>();
    boolean motifFirst = !plan.motifs().isEmpty() && rnd.nextBoolean();
    captions.add(full(plan, motifFirst, false, rnd));
    captions.add(full(plan, !plan.motifs().isEmpty() && !motifFirst, true, rnd));
    captions.add(terse(plan, rnd));
    if (!plan.secondaryMotifs().isEmpty()) {
      captions.add(full(plan, false, false, rnd) + ", met op de achtergrond " + motifs(plan.secondaryMotifs(), rnd));
    }
    return List.copyOf(captions);
  }

  private static String full(ScenePlan plan, boolean motifFirst, boolean withOthers, SplittableRandom rnd) {
    boolean colour = plan.style().showsColour();
    String style = pick(DutchLexicon.style(plan.style()), rnd);
    String main = objects(plan.main(), colour, rnd);
    String where = " " + pick(DutchLexicon.places(plan.scene()), rnd) + circumstances(plan, rnd);
    String others = withOthers ? others(plan.objects(), colour, rnd) : "";
    if (plan.motifs().isEmpty()) {
      return style + " van " + main + where + others;
    }
    String motif = motifs(plan.motifs(), rnd);
    return motifFirst
        ? style + " van " + motif + where + ", met " + main + others
        : style + " van " + main + where + others + ", met " + motif;
  }

  private static String terse(ScenePlan plan, SplittableRandom rnd) {
    String text = objects(plan.main(), plan.style().showsColour(), rnd) + " "
        + pick(DutchLexicon.places(plan.scene()), rnd);
    if (!plan.motifs().isEmpty()) {
      text = motifs(plan.motifs(), rnd) + " en " + text;
    }
    text += circumstances(plan, rnd);
    if (plan.style() != PhotoStyle.COLOUR) {
      text += ", " + DutchLexicon.styleNoun(plan.style());
    }
    return capitalised(text);
  }

  /** Dutch capitalises "één" as "Eén": the accent stays on the letter it marks. */
  static String capitalised(String text) {
    return text.startsWith("één") ? "Eén" + text.substring(3) : Phrases.capitalised(text);
  }

  private static String circumstances(ScenePlan plan, SplittableRandom rnd) {
    return pick(DutchLexicon.time(plan.timeOfDay()), rnd) + pick(DutchLexicon.weather(plan.weather()), rnd);
  }

  /**
   * "drie rode boten", "een rood huis", "twee schaatsers in het blauw": the count, the colour where the style
   * shows it and the kind comes in several, the noun; a single object is "een" or "één" at random.
   */
  static String objects(ObjectGroup group, boolean showColour, SplittableRandom rnd) {
    var kind = group.kind();
    var noun = DutchLexicon.noun(kind);
    boolean colour = showColour && kind.hasColorChoice();
    var colourWords = DutchLexicon.colour(group.color());
    int count = group.count();
    String phrase;
    if (colour && kind.colorFollowsNoun()) {
      phrase = noun.form(count) + " in het " + colourWords.bare();
    } else if (colour) {
      String adjective = count == 1 && noun.neuter() ? colourWords.bare() : colourWords.inflected();
      phrase = adjective + " " + noun.form(count);
    } else {
      phrase = noun.form(count);
    }
    String countWord = count > 1 || !rnd.nextBoolean() ? NUMBERS.get(count - 1) : "een";
    return countWord + " " + phrase;
  }

  private static String motifs(List<Motif> motifs, SplittableRandom rnd) {
    return String.join(" en ", motifs.stream().map(m -> pick(DutchLexicon.motif(m), rnd)).toList());
  }

  private static String others(List<ObjectGroup> groups, boolean colour, SplittableRandom rnd) {
    var parts = groups.stream().skip(1).map(group -> objects(group, colour, rnd)).toList();
    return parts.isEmpty() ? "" : " en " + String.join(" en ", parts);
  }

  private static String pick(List<String> options, SplittableRandom rnd) {
    return options.get(rnd.nextInt(options.size()));
  }
}
