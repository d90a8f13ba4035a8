package org.clipsearch.demo.paint;

import java.awt.Graphics2D;
import java.util.SplittableRandom;

import org.clipsearch.demo.world.Scene;

/** The painter of each scene's background: everything but the sky, which stays transparent. */
final class Backgrounds {

  /** Paints a scene's ground, water and buildings on a {@code w} by {@code h} layer. */
  @FunctionalInterface
  interface BackgroundPainter {
    Backdrop paint(Graphics2D g, double w, double h, SplittableRandom rnd);
  }

  private Backgrounds() {
  }

  static BackgroundPainter of(Scene scene) {
    return switch (scene) {
      case STRAND -> WaterBackgrounds::strand;
      case HAVEN -> WaterBackgrounds::haven;
      case BOTEN -> WaterBackgrounds::boten;
      case BRUG -> WaterBackgrounds::brug;
      case VIJVER_PLAS -> WaterBackgrounds::vijverPlas;
      case SCHAATSEN -> WaterBackgrounds::schaatsen;
      case SNEEUWLANDSCHAP -> LandBackgrounds::sneeuwlandschap;
      case BOS_PARK -> LandBackgrounds::bosPark;
      case AKKER -> LandBackgrounds::akker;
      case WINDMOLEN -> LandBackgrounds::windmolen;
      case DUINEN -> LandBackgrounds::duinen;
      case BEGRAAFPLAATS -> LandBackgrounds::begraafplaats;
      case VOETBAL -> LandBackgrounds::voetbal;
      case STRAAT -> TownBackgrounds::straat;
      case KERK_BUITEN -> TownBackgrounds::kerkBuiten;
      case MARKT -> TownBackgrounds::markt;
      case WOONWIJK -> TownBackgrounds::woonwijk;
      case FABRIEK -> TownBackgrounds::fabriek;
      case TREIN_STATION -> TownBackgrounds::treinStation;
      case TOREN -> TownBackgrounds::toren;
      case CIRCUS -> EventBackgrounds::circus;
      case KERMIS -> EventBackgrounds::kermis;
      case VLIEGTUIG -> EventBackgrounds::vliegtuig;
      case LUCHTFOTO -> EventBackgrounds::luchtfoto;
    };
  }
}
