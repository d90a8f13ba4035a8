package org.clipsearch.demo.world;

import java.util.Locale;

/** When the picture was taken; a caption mentions every time but the default, day. */
public enum TimeOfDay {
  MORNING(" in the morning", " in de ochtend"),
  DAY("", ""),
  DUSK(" at dusk", " bij schemering"),
  NIGHT(" at night", " bij nacht");

  private final String phrase;
  private final String dutchPhrase;

  TimeOfDay(String phrase, String dutchPhrase) {
    this.phrase = phrase;
    this.dutchPhrase = dutchPhrase;
  }

  /** The caption's phrase with a leading space, empty for day. */
  public String phrase() {
    return phrase;
  }

  /** The Dutch title's phrase with a leading space, empty for day. */
  public String dutchPhrase() {
    return dutchPhrase;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
