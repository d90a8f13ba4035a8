package org.clipsearch.demo.world;

import java.util.Locale;

/** The weather and season of the picture; a caption mentions every weather but the default, sunny. */
public enum Weather {
  SUNNY(""),
  OVERCAST(" under an overcast sky"),
  RAIN(" in the rain"),
  SNOW(" in falling snow"),
  FOG(" in the fog");

  private final String phrase;

  Weather(String phrase) {
    this.phrase = phrase;
  }

  /** The caption's phrase with a leading space, empty for sunny. */
  public String phrase() {
    return phrase;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
