package org.clipsearch.demo.caption;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.NamedColor;
import org.clipsearch.demo.world.ObjectKind;
import org.clipsearch.demo.world.PhotoStyle;
import org.clipsearch.demo.world.Scene;
import org.clipsearch.demo.world.TimeOfDay;
import org.clipsearch.demo.world.Weather;

/**
 * The Dutch words of the demo world, written as a Dutch cataloguer says them rather than word for word from the
 * English captions: nouns with their plural and gender (a het-word drops the adjective's -e after "een"),
 * colours in both adjective forms, the places of every scene, the motifs, styles, times and weathers.
 */
public final class DutchLexicon {

  /** A Dutch noun: singular, plural and whether it is a het-word. */
  public record Noun(String singular, String plural, boolean neuter) {
    public String form(int count) {
      return count == 1 ? singular : plural;
    }
  }

  /** A colour adjective: the bare form ("rood") and the inflected one ("rode"). */
  public record Colour(String bare, String inflected) {
  }

  private static final Map<ObjectKind, Noun> NOUNS = new EnumMap<>(Map.ofEntries(
      entry(ObjectKind.BOAT, de("boot", "boten")), entry(ObjectKind.SAILBOAT, de("zeilboot", "zeilboten")),
      entry(ObjectKind.CAR, de("auto", "auto's")), entry(ObjectKind.BUS, de("bus", "bussen")),
      entry(ObjectKind.TRUCK, de("vrachtwagen", "vrachtwagens")), entry(ObjectKind.TRAIN, de("trein", "treinen")),
      entry(ObjectKind.AEROPLANE, het("vliegtuig", "vliegtuigen")), entry(ObjectKind.BICYCLE, de("fiets", "fietsen")),
      entry(ObjectKind.HOUSE, het("huis", "huizen")), entry(ObjectKind.CHURCH, de("kerk", "kerken")),
      entry(ObjectKind.WINDMILL, de("windmolen", "windmolens")), entry(ObjectKind.TOWER, de("toren", "torens")),
      entry(ObjectKind.CHIMNEY, de("fabrieksschoorsteen", "fabrieksschoorstenen")),
      entry(ObjectKind.TENT, de("tent", "tenten")), entry(ObjectKind.MARKET_STALL, de("marktkraam", "marktkramen")),
      entry(ObjectKind.FERRIS_WHEEL, het("reuzenrad", "reuzenraderen")),
      entry(ObjectKind.CAROUSEL, de("draaimolen", "draaimolens")),
      entry(ObjectKind.GRAVESTONE, de("grafsteen", "grafstenen")), entry(ObjectKind.BRIDGE, de("brug", "bruggen")),
      entry(ObjectKind.CRANE, de("havenkraan", "havenkranen")), entry(ObjectKind.TREE, de("boom", "bomen")),
      entry(ObjectKind.COW, de("koe", "koeien")), entry(ObjectKind.HORSE, het("paard", "paarden")),
      entry(ObjectKind.DOG, de("hond", "honden")), entry(ObjectKind.SWAN, de("zwaan", "zwanen")),
      entry(ObjectKind.DUCK, de("eend", "eenden")), entry(ObjectKind.PERSON, de("persoon", "mensen")),
      entry(ObjectKind.PLAYER, de("voetballer", "voetballers")), entry(ObjectKind.SKATER, de("schaatser", "schaatsers")),
      entry(ObjectKind.LAMP_POST, de("lantaarnpaal", "lantaarnpalen")), entry(ObjectKind.FLAG, de("vlag", "vlaggen")),
      entry(ObjectKind.KITE, de("vlieger", "vliegers")), entry(ObjectKind.BALLOON, de("ballon", "ballonnen")),
      entry(ObjectKind.UMBRELLA, de("parasol", "parasols")), entry(ObjectKind.BENCH, de("bank", "banken")),
      entry(ObjectKind.FOOTBALL_GOAL, het("voetbaldoel", "voetbaldoelen"))));

  private static final Map<NamedColor, Colour> COLOURS = new EnumMap<>(Map.of(
      NamedColor.RED, new Colour("rood", "rode"), NamedColor.BLUE, new Colour("blauw", "blauwe"),
      NamedColor.YELLOW, new Colour("geel", "gele"), NamedColor.GREEN, new Colour("groen", "groene"),
      NamedColor.WHITE, new Colour("wit", "witte"), NamedColor.BLACK, new Colour("zwart", "zwarte"),
      NamedColor.ORANGE, new Colour("oranje", "oranje"), NamedColor.BROWN, new Colour("bruin", "bruine"),
      NamedColor.GREY, new Colour("grijs", "grijze")));

  private static final Map<Scene, List<String>> PLACES = new EnumMap<>(Map.ofEntries(
      entry(Scene.STRAND, List.of("op een strand", "aan het strand", "op het zandstrand")),
      entry(Scene.SNEEUWLANDSCHAP,
          List.of("in een sneeuwlandschap", "in een besneeuwd landschap", "in een wit winterlandschap")),
      entry(Scene.HAVEN, List.of("in een haven", "in de haven", "aan de havenkade")),
      entry(Scene.STRAAT, List.of("in een straat", "op straat in de stad", "in een stadsstraat")),
      entry(Scene.BOS_PARK, List.of("in een bos", "in het park", "tussen de bomen van een bos")),
      entry(Scene.AKKER, List.of("op een akker", "op het boerenland", "op een geploegde akker")),
      entry(Scene.WINDMOLEN, List.of("in de polder", "in de vlakke polder", "in een Hollands polderlandschap")),
      entry(Scene.KERK_BUITEN, List.of("op een dorpsplein", "op het kerkplein", "gezien vanaf het dorpsplein")),
      entry(Scene.VOETBAL, List.of("op een voetbalveld", "bij een voetbalwedstrijd", "op het sportveld")),
      entry(Scene.MARKT, List.of("op een markt", "op een marktplein", "op een openluchtmarkt")),
      entry(Scene.BRUG, List.of("over een gracht", "over het water", "over een rivier")),
      entry(Scene.BOTEN, List.of("op open water", "op zee", "op de open zee")),
      entry(Scene.DUINEN, List.of("in de duinen", "tussen de zandduinen", "op de duinen")),
      entry(Scene.VIJVER_PLAS, List.of("op een vijver", "op een parkvijver", "op een meertje")),
      entry(Scene.LUCHTFOTO, List.of("gezien vanuit de lucht", "op een luchtfoto", "in vogelvlucht")),
      entry(Scene.WOONWIJK, List.of("in een woonwijk", "in een nieuwbouwwijk", "in een buitenwijk")),
      entry(Scene.FABRIEK, List.of("bij een fabriek", "op een industrieterrein", "bij een fabriekshal")),
      entry(Scene.CIRCUS, List.of("bij een circus", "op het circusterrein", "bij een rondreizend circus")),
      entry(Scene.KERMIS, List.of("op een kermis", "op het kermisterrein", "op een reizende kermis")),
      entry(Scene.BEGRAAFPLAATS,
          List.of("op een begraafplaats", "op een kerkhof", "tussen de graven van een begraafplaats")),
      entry(Scene.SCHAATSEN, List.of("op het ijs", "op een bevroren meer", "op een bevroren gracht")),
      entry(Scene.TREIN_STATION, List.of("op een station", "op een treinstation", "op een perron")),
      entry(Scene.VLIEGTUIG, List.of("boven een vliegveld", "boven het vliegveld", "boven de luchthaven")),
      entry(Scene.TOREN, List.of("boven de daken van de stad", "boven de daken", "boven een stad"))));

  private static final Map<Scene, String> SCENE_NAMES = new EnumMap<>(Map.ofEntries(
      entry(Scene.STRAND, "een strand"), entry(Scene.SNEEUWLANDSCHAP, "een sneeuwlandschap"),
      entry(Scene.HAVEN, "een haven"), entry(Scene.STRAAT, "een straat"), entry(Scene.BOS_PARK, "een bos of park"),
      entry(Scene.AKKER, "een akker"), entry(Scene.WINDMOLEN, "een windmolen"),
      entry(Scene.KERK_BUITEN, "een kerk van buiten"), entry(Scene.VOETBAL, "een voetbalwedstrijd"),
      entry(Scene.MARKT, "een markt"), entry(Scene.BRUG, "een brug"), entry(Scene.BOTEN, "boten"),
      entry(Scene.DUINEN, "duinen"), entry(Scene.VIJVER_PLAS, "een vijver of plas"),
      entry(Scene.LUCHTFOTO, "een luchtfoto"), entry(Scene.WOONWIJK, "een woonwijk"),
      entry(Scene.FABRIEK, "een fabriek"), entry(Scene.CIRCUS, "een circus"), entry(Scene.KERMIS, "een kermis"),
      entry(Scene.BEGRAAFPLAATS, "een begraafplaats"), entry(Scene.SCHAATSEN, "schaatsers op het ijs"),
      entry(Scene.TREIN_STATION, "een treinstation"), entry(Scene.VLIEGTUIG, "een vliegtuig"),
      entry(Scene.TOREN, "een toren")));

  private static final Map<Motif, List<String>> MOTIFS = new EnumMap<>(Map.ofEntries(
      entry(Motif.AUTOGRAPH, List.of("iemand die een handtekening zet", "een fan die een handtekening krijgt")),
      entry(Motif.BRAWL, List.of("een vechtpartij tussen een paar mensen", "mensen die met elkaar op de vuist gaan")),
      entry(Motif.DUEL, List.of("twee figuren tegenover elkaar in een duel", "een duel tussen twee figuren")),
      entry(Motif.FACING_THE_IMAGE,
          List.of("iemand die naar een ingelijst schilderij kijkt", "een bezoeker voor een ingelijst schilderij")),
      entry(Motif.FAMILY_PHOTO,
          List.of("een gezin dat poseert voor een familiefoto", "een familieportret van ouders en kinderen")),
      entry(Motif.HANDSHAKE, List.of("twee mensen die elkaar de hand schudden", "een handdruk tussen twee mensen")),
      entry(Motif.HORIZON,
          List.of("een eenzame figuur die naar de horizon tuurt", "een figuur op de rug gezien, turend naar de horizon")),
      entry(Motif.HUG, List.of("twee mensen die elkaar omhelzen", "een omhelzing van twee mensen")),
      entry(Motif.KISS, List.of("een stel dat elkaar kust", "twee mensen die elkaar zoenen")),
      entry(Motif.LEADER_WALKS_ALONE,
          List.of("een leider die alleen voor de groep uit loopt", "een leider die in zijn eentje voor de anderen loopt")),
      entry(Motif.LINE, List.of("mensen die in een rij staan", "een rij wachtende mensen")),
      entry(Motif.MAZE, List.of("een figuur verdwaald in een doolhof van heggen", "een heggendoolhof met een figuur")),
      entry(Motif.MIRROR, List.of("iemand die in de spiegel kijkt", "een figuur en zijn spiegelbeeld")),
      entry(Motif.PEP_TALK, List.of("een trainer die zijn ploeg toespreekt", "een peptalk voor een team in een kring")),
      entry(Motif.PIETA,
          List.of("een piëta, een figuur met een lichaam op schoot", "een rouwende piëtagroep")),
      entry(Motif.PRESIDENTIAL_BOX,
          List.of("hoogwaardigheidsbekleders op de eretribune", "een eretribune met zwaaiende notabelen")),
      entry(Motif.SHADOW, List.of("een figuur met een lange schaduw", "de lange schaduw van een mens")),
      entry(Motif.SIGNING_CONTRACT,
          List.of("twee mensen die aan tafel een contract ondertekenen", "de ondertekening van een contract")),
      entry(Motif.STAIRS, List.of("iemand die een trap oploopt", "een figuur op een trap")),
      entry(Motif.WOMAN_IN_THE_WINDOW, List.of("een vrouw voor het raam", "een vrouw die uit het raam kijkt"))));

  private static final Map<PhotoStyle, List<String>> STYLES = new EnumMap<>(Map.of(
      PhotoStyle.COLOUR, List.of("een foto", "een kleurenfoto", "een opname"),
      PhotoStyle.BLACK_AND_WHITE, List.of("een zwart-witfoto", "een zwart-witopname", "een oude zwart-witfoto"),
      PhotoStyle.SEPIA, List.of("een sepiafoto", "een foto in sepiatinten", "een oude sepia-afdruk"),
      PhotoStyle.FADED, List.of("een verbleekte kleurenfoto", "een verbleekte foto", "een vale, verschoten foto"),
      PhotoStyle.GRAINY, List.of("een korrelige foto", "een korrelige opname", "een grove, korrelige afdruk"),
      PhotoStyle.VIGNETTED,
          List.of("een foto met vignettering", "een foto met donkere hoeken", "een opname met vignettering")));

  private static final Map<PhotoStyle, String> STYLE_NOUNS = new EnumMap<>(Map.of(
      PhotoStyle.COLOUR, "kleurenfoto", PhotoStyle.BLACK_AND_WHITE, "zwart-witfoto", PhotoStyle.SEPIA, "sepiafoto",
      PhotoStyle.FADED, "verbleekte foto", PhotoStyle.GRAINY, "korrelige foto",
      PhotoStyle.VIGNETTED, "foto met vignettering"));

  private static final Map<TimeOfDay, List<String>> TIMES = new EnumMap<>(Map.of(
      TimeOfDay.MORNING, List.of(" 's ochtends", " in de ochtend"), TimeOfDay.DAY, List.of(""),
      TimeOfDay.DUSK, List.of(" bij schemering", " in de avondschemering"),
      TimeOfDay.NIGHT, List.of(" 's nachts", " bij nacht")));

  private static final Map<Weather, List<String>> WEATHERS = new EnumMap<>(Map.of(
      Weather.SUNNY, List.of(""), Weather.OVERCAST, List.of(" onder een bewolkte lucht", " bij bewolkt weer"),
      Weather.RAIN, List.of(" in de regen", " bij regen"), Weather.SNOW, List.of(" in vallende sneeuw", " terwijl het sneeuwt"),
      Weather.FOG, List.of(" in de mist", " bij mist")));

  private DutchLexicon() {
  }

  /** The Dutch noun of {@code kind}. */
  public static Noun noun(ObjectKind kind) {
    return NOUNS.get(kind);
  }

  /** The Dutch adjective of {@code colour}. */
  public static Colour colour(NamedColor colour) {
    return COLOURS.get(colour);
  }

  /** The phrases that place a caption in {@code scene}. */
  public static List<String> places(Scene scene) {
    return PLACES.get(scene);
  }

  /** The scene as a Dutch noun phrase with its article, for "een foto van ...": "een haven", "boten". */
  public static String sceneName(Scene scene) {
    return SCENE_NAMES.get(scene);
  }

  /** Ways to say the motif; the first is the one attribute queries use. */
  public static List<String> motif(Motif motif) {
    return MOTIFS.get(motif);
  }

  /** Ways a caption in {@code style} opens: "een zwart-witfoto". */
  public static List<String> style(PhotoStyle style) {
    return STYLES.get(style);
  }

  /** The style as a noun without article, for the end of a terse caption: "zwart-witfoto". */
  public static String styleNoun(PhotoStyle style) {
    return STYLE_NOUNS.get(style);
  }

  /** Ways to say the time of day, each with a leading space; empty for day. */
  public static List<String> time(TimeOfDay time) {
    return TIMES.get(time);
  }

  /** Ways to say the weather, each with a leading space; empty for sunny. */
  public static List<String> weather(Weather weather) {
    return WEATHERS.get(weather);
  }

  private static Noun de(String singular, String plural) {
    return new Noun(singular, plural, false);
  }

  private static Noun het(String singular, String plural) {
    return new Noun(singular, plural, true);
  }
}
