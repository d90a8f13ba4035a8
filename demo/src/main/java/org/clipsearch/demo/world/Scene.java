package org.clipsearch.demo.world;

import static org.clipsearch.demo.world.ObjectKind.*;

import java.util.List;

/**
 * The scenes of the demo world, each a label of the HisVis scene model (hisvis-scenes.tsv) with its English
 * gloss, the Dutch word an archive title uses, the phrases a caption places it with, the kinds its main
 * object is drawn from, the kinds that may stand around it, and the weathers it is photographed in.
 */
public enum Scene {
  STRAND("strand", "beach", "Strand", List.of("on a beach", "at the beach", "on the sandy seashore"),
      List.of(UMBRELLA, KITE), List.of(PERSON, DOG, SAILBOAT, FLAG), Weathers.MILD),
  SNEEUWLANDSCHAP("sneeuwlandschap", "snowy landscape", "Sneeuwlandschap",
      List.of("in a snowy landscape", "in a snow-covered landscape", "in a white winter landscape"),
      List.of(TREE, HOUSE), List.of(PERSON, DOG, HORSE), Weathers.SNOWY),
  HAVEN("haven", "harbour / port", "Haven", List.of("in a harbour", "in the port", "at the harbour quay"),
      List.of(BOAT, CRANE), List.of(LAMP_POST, PERSON, FLAG), Weathers.OUTDOOR),
  STRAAT("straat", "street", "Straat", List.of("in a street", "on a town street", "in a city street"),
      List.of(CAR, BICYCLE, BUS), List.of(PERSON, LAMP_POST, DOG), Weathers.WINTRY),
  BOS_PARK("bos_park", "forest / park", "Bos",
      List.of("in a forest park", "in the woods", "among the trees of a forest"),
      List.of(BENCH, DOG), List.of(PERSON, LAMP_POST), Weathers.WINTRY),
  AKKER("akker", "farm field", "Akker", List.of("in a farm field", "on farmland", "in a ploughed field"),
      List.of(COW, HORSE), List.of(TREE, HOUSE), Weathers.OUTDOOR),
  WINDMOLEN("windmolen", "windmill", "Molen",
      List.of("in the polder", "on the flat polder", "in a Dutch polder landscape"),
      List.of(WINDMILL), List.of(COW, TREE, PERSON), Weathers.WINTRY),
  KERK_BUITEN("kerk_buiten", "church exterior", "Kerk",
      List.of("on a village square", "on the church square", "seen from the village square"),
      List.of(CHURCH), List.of(TREE, PERSON, CAR), Weathers.WINTRY),
  VOETBAL("voetbal", "football (soccer)", "Voetbalwedstrijd",
      List.of("on a football pitch", "at a football match", "on a soccer field"),
      List.of(PLAYER, FOOTBALL_GOAL), List.of(FLAG), Weathers.OUTDOOR),
  MARKT("markt", "market", "Markt", List.of("at a market", "on a market square", "at an open-air market"),
      List.of(MARKET_STALL), List.of(PERSON, BICYCLE), Weathers.WINTRY),
  BRUG("brug", "bridge", "Brug", List.of("over a canal", "across the water", "over a river"),
      List.of(BRIDGE), List.of(BOAT, PERSON, CAR), Weathers.OUTDOOR),
  BOTEN("boten", "boats", "Boten", List.of("on open water", "at sea", "out on the open sea"),
      List.of(SAILBOAT, BOAT), List.of(FLAG), Weathers.MILD),
  DUINEN("duinen", "dunes", "Duinen", List.of("in the dunes", "among sand dunes", "on the dunes"),
      List.of(DOG, KITE), List.of(PERSON, FLAG), Weathers.MILD),
  VIJVER_PLAS("vijver_plas", "pond / lake", "Vijver", List.of("on a pond", "on a park pond", "on a small lake"),
      List.of(SWAN, DUCK), List.of(TREE, BENCH), Weathers.OUTDOOR),
  LUCHTFOTO("luchtfoto", "aerial photograph", "Luchtfoto",
      List.of("seen from the air", "in an aerial view", "in a bird's-eye view from the air"),
      List.of(HOUSE, CAR), List.of(TREE), Weathers.OUTDOOR),
  WOONWIJK("woonwijk", "residential area", "Woonwijk",
      List.of("in a residential area", "in a housing estate", "in a suburban neighbourhood"),
      List.of(HOUSE), List.of(CAR, TREE, BICYCLE, PERSON), Weathers.WINTRY),
  FABRIEK("fabriek", "factory", "Fabriek", List.of("at a factory", "at an industrial works", "by a factory hall"),
      List.of(CHIMNEY), List.of(TRUCK, PERSON), Weathers.WINTRY),
  CIRCUS("circus", "circus", "Circus", List.of("at a circus", "at the circus grounds", "at a travelling circus"),
      List.of(TENT), List.of(FLAG, HORSE, PERSON), Weathers.OUTDOOR),
  KERMIS("kermis", "funfair", "Kermis", List.of("at a funfair", "at a fairground", "at a travelling funfair"),
      List.of(FERRIS_WHEEL, CAROUSEL), List.of(BALLOON, FLAG, PERSON), Weathers.OUTDOOR),
  BEGRAAFPLAATS("begraafplaats", "cemetery", "Begraafplaats",
      List.of("in a cemetery", "in a graveyard", "among the graves of a cemetery"),
      List.of(GRAVESTONE), List.of(TREE, PERSON), Weathers.WINTRY),
  SCHAATSEN("schaatsen", "ice skating", "Schaatsen",
      List.of("on the ice", "on a frozen lake", "on a frozen canal"),
      List.of(SKATER), List.of(TREE, WINDMILL), Weathers.SNOWY),
  TREIN_STATION("trein_station", "train station", "Station",
      List.of("at a railway station", "at a train station", "on a station platform"),
      List.of(TRAIN), List.of(PERSON, LAMP_POST), Weathers.WINTRY),
  VLIEGTUIG("vliegtuig", "aeroplane", "Vliegveld",
      List.of("over an airfield", "above an airfield", "over the airport"),
      List.of(AEROPLANE), List.of(PERSON, TRUCK, FLAG), Weathers.MILD),
  TOREN("toren", "tower", "Toren", List.of("over the town roofs", "above the rooftops", "over a town"),
      List.of(TOWER), List.of(TREE, FLAG), Weathers.WINTRY);

  private final String label;
  private final String english;
  private final String dutchTitle;
  private final List<String> locations;
  private final List<ObjectKind> mainKinds;
  private final List<ObjectKind> extraKinds;
  private final List<Weather> weathers;

  Scene(String label, String english, String dutchTitle, List<String> locations, List<ObjectKind> mainKinds,
      List<ObjectKind> extraKinds, List<Weather> weathers) {
    this.label = label;
    this.english = english;
    this.dutchTitle = dutchTitle;
    this.locations = locations;
    this.mainKinds = mainKinds;
    this.extraKinds = extraKinds;
    this.weathers = weathers;
  }

  /** The HisVis label, exactly as in hisvis-scenes.tsv. */
  public String label() {
    return label;
  }

  /** The English gloss of hisvis-scenes.tsv. */
  public String english() {
    return english;
  }

  /** The Dutch word an archive title opens with, e.g. {@code Haven}. */
  public String dutchTitle() {
    return dutchTitle;
  }

  /** The phrases that place a caption in this scene; every caption contains one of them. */
  public List<String> locations() {
    return locations;
  }

  /** The kinds the picture's main object is drawn from. */
  public List<ObjectKind> mainKinds() {
    return mainKinds;
  }

  /** The kinds that may stand around the main object. */
  public List<ObjectKind> extraKinds() {
    return extraKinds;
  }

  /** The weathers the scene is photographed in. */
  public List<Weather> weathers() {
    return weathers;
  }

  /** The scene with HisVis label {@code label}. */
  public static Scene fromLabel(String label) {
    for (var scene : values()) {
      if (scene.label.equals(label)) {
        return scene;
      }
    }
    throw new IllegalArgumentException("no demo scene has the HisVis label '" + label + "'");
  }

  /** The weather sets scenes share. */
  private static final class Weathers {
    static final List<Weather> MILD = List.of(Weather.SUNNY, Weather.OVERCAST, Weather.FOG);
    static final List<Weather> OUTDOOR = List.of(Weather.SUNNY, Weather.OVERCAST, Weather.RAIN, Weather.FOG);
    static final List<Weather> WINTRY =
        List.of(Weather.SUNNY, Weather.OVERCAST, Weather.RAIN, Weather.SNOW, Weather.FOG);
    static final List<Weather> SNOWY = List.of(Weather.SUNNY, Weather.OVERCAST, Weather.SNOW, Weather.FOG);
  }
}
