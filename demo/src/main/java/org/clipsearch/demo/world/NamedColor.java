package org.clipsearch.demo.world;

import java.awt.Color;

/** The small palette objects are painted in, so that a caption can name the colour it shows. */
public enum NamedColor {
  RED(205, 30, 30),
  BLUE(30, 75, 200),
  YELLOW(240, 205, 25),
  GREEN(35, 150, 55),
  WHITE(245, 245, 240),
  BLACK(25, 25, 28),
  ORANGE(245, 130, 20),
  BROWN(125, 75, 35),
  GREY(135, 135, 135);

  private final Color rgb;

  NamedColor(int r, int g, int b) {
    this.rgb = new Color(r, g, b);
  }

  /** The colour as painted. */
  public Color rgb() {
    return rgb;
  }

  /** The English word a caption uses. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
