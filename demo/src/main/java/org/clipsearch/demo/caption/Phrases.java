package org.clipsearch.demo.caption;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ObjectGroup;

/** The pieces captions are made of: counted, coloured objects and joined motif phrases. */
public final class Phrases {

  private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five");

  private Phrases() {
  }

  /** The English word for {@code count} (1 to 5). */
  public static String countWord(int count) {
    return NUMBERS.get(count - 1);
  }

  /**
   * "three red boats", "a white swan", "two skaters in blue": the count, the noun and, when {@code showColour}
   * and the kind comes in several colours, the colour. A single object is "a", "an" or "one" at random.
   */
  public static String objects(ObjectGroup group, boolean showColour, SplittableRandom rnd) {
    var kind = group.kind();
    boolean colour = showColour && kind.hasColorChoice();
    String noun = kind.noun(group.count());
    String phrase;
    if (colour && kind.colorFollowsNoun()) {
      phrase = noun + " in " + group.color().word();
    } else if (colour) {
      phrase = group.color().word() + " " + noun;
    } else {
      phrase = noun;
    }
    if (group.count() > 1) {
      return countWord(group.count()) + " " + phrase;
    }
    return (rnd.nextBoolean() ? "one" : article(phrase)) + " " + phrase;
  }

  /** "a" or "an" for the word {@code phrase} starts with. */
  public static String article(String phrase) {
    return "aeiou".indexOf(phrase.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
  }

  /** The motifs named one way each, joined with "and". */
  public static String motifs(List<Motif> motifs, SplittableRandom rnd) {
    var parts = motifs.stream().map(m -> m.phrases().get(rnd.nextInt(m.phrases().size()))).toList();
    return String.join(" and ", parts);
  }

  /** {@code text} with its first letter in upper case. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
