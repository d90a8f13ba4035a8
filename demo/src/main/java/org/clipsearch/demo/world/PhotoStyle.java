package org.clipsearch.demo.world;

import java.util.List;
import java.util.Locale;

/** How the archive photograph looks; every style but colour is named in the caption. */
public enum PhotoStyle {
  COLOUR("colour", true, List.of("a photo", "a colour photo", "a photograph")),
  BLACK_AND_WHITE("black-and-white", false,
      List.of("a black-and-white photo", "a black-and-white photograph", "an old black-and-white picture")),
  SEPIA("sepia", false, List.of("a sepia photo", "a sepia-toned photograph", "an old sepia picture")),
  FADED("faded", true, List.of("a faded colour photo", "a faded photograph", "a washed-out faded picture")),
  GRAINY("grainy", true, List.of("a grainy photo", "a grainy photograph", "a noisy grainy picture")),
  VIGNETTED("vignetted", true,
      List.of("a vignetted photo", "a photo with dark vignetted corners", "a vignetted photograph"));

  private final String id;
  private final boolean showsColour;
  private final List<String> phrases;

  PhotoStyle(String id, boolean showsColour, List<String> phrases) {
    this.id = id;
    this.showsColour = showsColour;
    this.phrases = phrases;
  }

  /** The name in the ground truth, e.g. {@code black-and-white}. */
  public String id() {
    return id;
  }

  /** Whether object colours can be told apart in this style (not in black-and-white or sepia). */
  public boolean showsColour() {
    return showsColour;
  }

  /** Ways a caption opens for this style; each contains {@link #keyword()} unless the style is colour. */
  public List<String> phrases() {
    return phrases;
  }

  /** The word every caption of a non-colour style contains. */
  public String keyword() {
    return id.equals("colour") ? "photo" : id.toLowerCase(Locale.ROOT);
  }
}
