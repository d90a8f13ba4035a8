package org.clipsearch.demo.caption;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.clipsearch.demo.world.ScenePlan;
import org.clipsearch.demo.world.Weather;

/**
 * Catalogues a picture as an archive would: a short Dutch or English title, a description, a studio or series
 * code as creator, a date, a collection, a licence and sometimes a source URL on example.org.
 */
public final class Cataloguer {

  /** What every creator looks like: "Studio NL-04" or "Series B-12". */
  public static final Pattern CREATOR = Pattern.compile("(Studio [A-Z]{2}|Series [A-Z])-\\d{2}");

  /** The collections pictures belong to. */
  public static final List<String> COLLECTIONS = List.of("Demo Harbour Archive", "Demo City Archive",
      "Demo Regional Photo Collection", "Demo Press Agency");

  private static final List<String> LICENCES = List.of("CC0 1.0", "CC BY 4.0", "CC BY-SA 4.0", "In Copyright",
      "Public Domain Mark 1.0");
  private static final List<String> PROVINCES = List.of("NL", "NH", "ZH", "UT", "GE", "FR", "GR", "LI", "ZE",
      "OV", "DR", "FL", "NB");

  /** The catalogue record of the picture at {@code path}, described by {@code description}. */
  public ArchiveRecord record(ScenePlan plan, String path, String description) {
    var rnd = new SplittableRandom(~plan.textSeed());
    String collection = rnd.nextDouble() < 0.8 ? collectionOf(plan) : COLLECTIONS.get(rnd.nextInt(COLLECTIONS.size()));
    String creator = rnd.nextBoolean()
        ? "Studio " + PROVINCES.get(rnd.nextInt(PROVINCES.size())) + "-" + twoDigits(rnd.nextInt(1, 40))
        : "Series " + (char) ('A' + rnd.nextInt(8)) + "-" + twoDigits(rnd.nextInt(1, 40));
    String date = rnd.nextDouble() < 0.6
        ? Integer.toString(plan.year())
        : "%d-%02d-%02d".formatted(plan.year(), rnd.nextInt(1, 13), rnd.nextInt(1, 29));
    String licence = LICENCES.get(rnd.nextInt(LICENCES.size()));
    String url = rnd.nextDouble() < 0.6
        ? "https://example.org/demo/" + slug(collection) + "/" + plan.seed() + "-" + plan.index()
        : "";
    return new ArchiveRecord(path, title(plan, rnd), description, creator, date, collection, licence, url);
  }

  private static String title(ScenePlan plan, SplittableRandom rnd) {
    if (rnd.nextBoolean()) {
      String weather = plan.weather() == Weather.SNOW ? " in de sneeuw"
          : plan.weather() == Weather.FOG ? " in de mist" : "";
      return plan.scene().dutchTitle() + plan.timeOfDay().dutchPhrase() + weather;
    }
    var main = plan.main();
    return Phrases.capitalised(main.kind().noun(main.count()) + " " + plan.scene().locations().getFirst());
  }

  private static String collectionOf(ScenePlan plan) {
    return switch (plan.scene()) {
      case STRAND, HAVEN, BOTEN, BRUG, VIJVER_PLAS, SCHAATSEN -> COLLECTIONS.get(0);
      case STRAAT, KERK_BUITEN, MARKT, WOONWIJK, FABRIEK, TREIN_STATION, TOREN -> COLLECTIONS.get(1);
      case SNEEUWLANDSCHAP, BOS_PARK, AKKER, WINDMOLEN, DUINEN, BEGRAAFPLAATS, LUCHTFOTO -> COLLECTIONS.get(2);
      case VOETBAL, CIRCUS, KERMIS, VLIEGTUIG -> COLLECTIONS.get(3);
    };
  }

  private static String slug(String collection) {
    return collection.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String twoDigits(int n) {
    return "%02d".formatted(n);
  }
}
