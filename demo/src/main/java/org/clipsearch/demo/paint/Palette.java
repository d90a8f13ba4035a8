package org.clipsearch.demo.paint;

import java.awt.Color;
import java.util.List;
import java.util.SplittableRandom;

/** Colours painters share: skin, hair, and the strong colours figures in motifs wear. */
final class Palette {

  static final Color SKIN = new Color(236, 196, 160);
  static final Color HAIR = new Color(60, 40, 25);
  private static final List<Color> CLOTHES = List.of(
      new Color(200, 30, 35), new Color(30, 60, 170), new Color(25, 25, 30), new Color(240, 240, 235),
      new Color(230, 190, 30), new Color(30, 120, 60), new Color(120, 40, 120), new Color(230, 120, 30));
  private static final List<Color> SKINS = List.of(
      SKIN, new Color(200, 150, 110), new Color(140, 95, 65), new Color(245, 210, 180));
  private static final List<Color> HAIRS = List.of(
      HAIR, new Color(20, 20, 20), new Color(170, 120, 50), new Color(200, 190, 170));

  private Palette() {
  }

  static Color clothes(SplittableRandom rnd) {
    return CLOTHES.get(rnd.nextInt(CLOTHES.size()));
  }

  static Color skin(SplittableRandom rnd) {
    return SKINS.get(rnd.nextInt(SKINS.size()));
  }

  static Color hair(SplittableRandom rnd) {
    return HAIRS.get(rnd.nextInt(HAIRS.size()));
  }
}
