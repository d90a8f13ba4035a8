package org.clipsearch.demo.world;

import static org.clipsearch.demo.world.NamedColor.*;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of object the demo world paints. Each kind knows its English nouns, where it stands, its shape
 * (width over height), how many of it fit in one picture, how large it is next to a person, and the colours it
 * comes in; a kind with one colour has its natural colour, which captions do not mention.
 */
public enum ObjectKind {
  BOAT("boat", "boats", Habitat.WATER, 1.8, 5, 0.8, List.of(RED, BLUE, WHITE, YELLOW, GREEN, BLACK)),
  SAILBOAT("sailboat", "sailboats", Habitat.WATER, 0.9, 5, 1.2, List.of(RED, WHITE, YELLOW, BLUE, ORANGE)),
  CAR("car", "cars", Habitat.GROUND, 2.0, 5, 0.6, List.of(RED, BLUE, YELLOW, BLACK, WHITE, GREEN)),
  BUS("bus", "buses", Habitat.GROUND, 2.6, 3, 0.9, List.of(RED, YELLOW, BLUE, GREEN, ORANGE)),
  TRUCK("truck", "trucks", Habitat.GROUND, 2.2, 3, 0.8, List.of(RED, BLUE, ORANGE, GREEN, YELLOW)),
  TRAIN("train", "trains", Habitat.GROUND, 4.0, 2, 0.8, List.of(YELLOW, RED, BLUE, GREEN)),
  AEROPLANE("aeroplane", "aeroplanes", Habitat.AIR, 1.6, 3, 0.9, List.of(WHITE, RED, BLUE, YELLOW, GREY)),
  BICYCLE("bicycle", "bicycles", Habitat.GROUND, 1.7, 5, 0.55, List.of(RED, BLUE, BLACK, YELLOW, GREEN)),
  HOUSE("house", "houses", Habitat.GROUND, 1.0, 5, 1.3, List.of(RED, WHITE, YELLOW, BLUE, BROWN)),
  CHURCH("church", "churches", Habitat.GROUND, 0.8, 2, 2.2, List.of(GREY)),
  WINDMILL("windmill", "windmills", Habitat.GROUND, 0.9, 3, 2.0, List.of(BROWN)),
  TOWER("tower", "towers", Habitat.GROUND, 0.3, 3, 2.4, List.of(RED, GREY, WHITE, BROWN)),
  CHIMNEY("factory chimney", "factory chimneys", Habitat.GROUND, 0.2, 5, 2.4, List.of(BROWN)),
  TENT("tent", "tents", Habitat.GROUND, 1.2, 3, 1.4, List.of(RED, BLUE, YELLOW, GREEN, ORANGE)),
  MARKET_STALL("market stall", "market stalls", Habitat.GROUND, 1.3, 5, 0.9, List.of(RED, BLUE, GREEN, YELLOW, ORANGE)),
  FERRIS_WHEEL("ferris wheel", "ferris wheels", Habitat.GROUND, 0.9, 2, 2.2, List.of(RED, BLUE, YELLOW, WHITE)),
  CAROUSEL("carousel", "carousels", Habitat.GROUND, 1.2, 3, 1.2, List.of(RED, BLUE, YELLOW, GREEN)),
  GRAVESTONE("gravestone", "gravestones", Habitat.GROUND, 0.7, 5, 0.5, List.of(GREY)),
  BRIDGE("bridge", "bridges", Habitat.WATER, 3.0, 2, 0.9, List.of(RED, WHITE, GREY, BROWN, GREEN)),
  CRANE("harbour crane", "harbour cranes", Habitat.GROUND, 0.9, 3, 2.2, List.of(RED, YELLOW, BLUE, ORANGE)),
  TREE("tree", "trees", Habitat.GROUND, 0.7, 5, 1.6, List.of(GREEN)),
  COW("cow", "cows", Habitat.GROUND, 1.6, 5, 0.6, List.of(BLACK, BROWN, WHITE)),
  HORSE("horse", "horses", Habitat.GROUND, 1.4, 5, 0.75, List.of(BROWN, BLACK, WHITE)),
  DOG("dog", "dogs", Habitat.GROUND, 1.4, 5, 0.4, List.of(BROWN, BLACK, WHITE)),
  SWAN("swan", "swans", Habitat.WATER, 1.2, 5, 0.5, List.of(WHITE)),
  DUCK("duck", "ducks", Habitat.WATER, 1.2, 5, 0.3, List.of(BROWN)),
  PERSON("person", "people", Habitat.GROUND, 0.4, 5, 1.0, List.of(RED, BLUE, BLACK, YELLOW, GREEN, WHITE)),
  PLAYER("football player", "football players", Habitat.GROUND, 0.4, 5, 1.0, List.of(RED, BLUE, ORANGE, WHITE, YELLOW)),
  SKATER("skater", "skaters", Habitat.GROUND, 0.6, 5, 1.0, List.of(RED, BLUE, BLACK, YELLOW, GREEN)),
  LAMP_POST("lamp post", "lamp posts", Habitat.GROUND, 0.3, 5, 1.5, List.of(BLACK)),
  FLAG("flag", "flags", Habitat.GROUND, 0.6, 5, 1.4, List.of(RED, BLUE, YELLOW, WHITE, ORANGE, GREEN)),
  KITE("kite", "kites", Habitat.AIR, 0.8, 5, 0.5, List.of(RED, YELLOW, BLUE, GREEN, ORANGE)),
  BALLOON("balloon", "balloons", Habitat.AIR, 0.75, 5, 0.35, List.of(RED, YELLOW, BLUE, GREEN, ORANGE)),
  UMBRELLA("beach umbrella", "beach umbrellas", Habitat.GROUND, 1.2, 5, 1.0, List.of(RED, BLUE, YELLOW, GREEN, ORANGE, WHITE)),
  BENCH("bench", "benches", Habitat.GROUND, 2.0, 4, 0.45, List.of(BROWN, GREEN, WHITE)),
  FOOTBALL_GOAL("football goal", "football goals", Habitat.GROUND, 2.4, 2, 0.9, List.of(WHITE));

  private final String singular;
  private final String plural;
  private final Habitat habitat;
  private final double aspect;
  private final int maxCount;
  private final double sizeFactor;
  private final List<NamedColor> colors;

  ObjectKind(String singular, String plural, Habitat habitat, double aspect, int maxCount, double sizeFactor,
      List<NamedColor> colors) {
    this.singular = singular;
    this.plural = plural;
    this.habitat = habitat;
    this.aspect = aspect;
    this.maxCount = maxCount;
    this.sizeFactor = sizeFactor;
    this.colors = colors;
  }

  /** The name in the ground truth: lower case with underscores, e.g. {@code market_stall}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The English noun for {@code count} of this kind. */
  public String noun(int count) {
    return count == 1 ? singular : plural;
  }

  public Habitat habitat() {
    return habitat;
  }

  /** Width over height of one object. */
  public double aspect() {
    return aspect;
  }

  public int maxCount() {
    return maxCount;
  }

  /** Height relative to a standing person's, for the size the object is painted at. */
  public double sizeFactor() {
    return sizeFactor;
  }

  public List<NamedColor> colors() {
    return colors;
  }

  /** Whether the kind comes in several colours, so that a caption says which. */
  public boolean hasColorChoice() {
    return colors.size() > 1;
  }

  /** Whether a caption names the colour after the noun ("two skaters in red") rather than before it. */
  public boolean colorFollowsNoun() {
    return this == PERSON || this == PLAYER || this == SKATER;
  }

  /** The kind with ground-truth name {@code id}. */
  public static ObjectKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
