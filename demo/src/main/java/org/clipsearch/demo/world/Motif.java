package org.clipsearch.demo.world;

import java.util.List;

/**
 * The 20 visual motifs of the Curated Comparative Dataset (Visual Motif Identification paper), each with the
 * label used in motifs.tsv and the noun phrases a caption names it by.
 */
public enum Motif {
  AUTOGRAPH("Autograph", "someone signing an autograph", "a fan getting an autograph"),
  BRAWL("Brawl", "a brawl between several people", "people fighting in a brawl"),
  DUEL("Duel", "two figures facing off in a duel", "a duel between two figures"),
  FACING_THE_IMAGE("Facing the Image", "a person looking at a framed painting", "a viewer facing a framed painting"),
  FAMILY_PHOTO("Family Photo", "a family posing for a family photo", "a family photo of parents and children"),
  HANDSHAKE("Handshake", "two people shaking hands", "a handshake between two people"),
  HORIZON("Horizon", "a lone figure gazing at the horizon", "a figure seen from behind facing the horizon"),
  HUG("Hug", "two people hugging", "a hug between two people"),
  KISS("Kiss", "a couple kissing", "two people kissing"),
  LEADER_WALKS_ALONE("Leader Walks Alone", "a leader walking alone ahead of a group",
      "a leader walking alone in front of the others"),
  LINE("Line", "people standing in a line", "a line of people queueing"),
  MAZE("Maze", "a figure lost in a hedge maze", "a hedge maze with a figure"),
  MIRROR("Mirror", "a person looking into a mirror", "a figure and its reflection in a mirror"),
  PEP_TALK("Pep Talk", "a coach giving a pep talk", "a pep talk to a huddled team"),
  PIETA("Pietà", "a pietà, a figure holding a body across the lap", "a mourning pietà group"),
  PRESIDENTIAL_BOX("Presidential Box", "dignitaries in a presidential box", "a presidential box with waving dignitaries"),
  SHADOW("Shadow", "a figure casting a long shadow", "a long shadow of a person"),
  SIGNING_CONTRACT("Signing Contract", "two people signing a contract at a table", "the signing of a contract"),
  STAIRS("Stairs", "a person climbing a staircase", "a figure on a flight of stairs"),
  WOMAN_IN_THE_WINDOW("Woman in the Window", "a woman in the window", "a woman looking out of a window");

  private final String label;
  private final List<String> phrases;

  Motif(String label, String... phrases) {
    this.label = label;
    this.phrases = List.of(phrases);
  }

  /** The label exactly as in motifs.tsv, e.g. {@code Woman in the Window}. */
  public String label() {
    return label;
  }

  /** The noun phrases a caption names the motif by; every caption of the motif contains one of them. */
  public List<String> phrases() {
    return phrases;
  }

  /** The motif with label {@code label}. */
  public static Motif fromLabel(String label) {
    for (var motif : values()) {
      if (motif.label.equals(label)) {
        return motif;
      }
    }
    throw new IllegalArgumentException("no motif is labelled '" + label + "'");
  }
}
