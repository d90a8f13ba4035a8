package org.clipsearch.demo.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides what picture {@code index} of world {@code seed} shows. Each picture draws from its own random stream,
 * derived from the seed and the index alone, so a picture is the same whichever thread makes it and however many
 * pictures are made.
 */
public final class WorldSampler {

  /** Smallest and largest side of a picture, in pixels. */
  public static final int MIN_SIDE = 300;
  public static final int MAX_SIDE = 900;
  public static final int FIRST_YEAR = 1945;
  public static final int LAST_YEAR = 2004;

  /** The plan of picture {@code index} of world {@code seed}. */
  public ScenePlan sample(long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("picture index must be >= 0, not " + index);
    }
    var rnd = randomFor(seed, index);
    var scenes = Scene.values();
    var scene = scenes[rnd.nextInt(scenes.length)];
    int[] size = size(rnd);
    var time = pick(rnd, TimeOfDay.values(), 0.15, 0.55, 0.17, 0.13);
    var weather = weather(rnd, scene);
    var style = pick(rnd, PhotoStyle.values(), 0.40, 0.22, 0.12, 0.10, 0.08, 0.08);
    var objects = objects(rnd, scene);
    var motifs = new ArrayList<Motif>();
    double motifRoll = rnd.nextDouble();
    int primaryCount = motifRoll < 0.35 ? 0 : motifRoll < 0.9 ? 1 : 2;
    while (motifs.size() < primaryCount) {
      addDistinct(rnd, motifs, List.of());
    }
    var secondary = new ArrayList<Motif>();
    if (!motifs.isEmpty() && rnd.nextDouble() < 0.3) {
      addDistinct(rnd, secondary, motifs);
    }
    Tier tier = motifs.isEmpty() ? null : pick(rnd, Tier.values(), 0.3, 0.5, 0.2);
    RedFlagForm form = tier == Tier.RED_FLAG ? pick(rnd, RedFlagForm.values(), 0.34, 0.33, 0.33) : null;
    int year = FIRST_YEAR + rnd.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    var format = rnd.nextDouble() < 0.8 ? ImageFormat.JPEG : ImageFormat.PNG;
    return new ScenePlan(seed, index, scene, size[0], size[1], time, weather, style, objects, motifs, secondary,
        tier, form, year, format, rnd.nextLong(), rnd.nextLong());
  }

  /** The random stream of picture {@code index} of world {@code seed}: a function of the two numbers only. */
  static SplittableRandom randomFor(long seed, int index) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index + 0x632BE59BD9B4E019L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int[] size(SplittableRandom rnd) {
    double roll = rnd.nextDouble();
    if (roll < 0.1) {
      int side = rnd.nextInt(MIN_SIDE, 801);
      return new int[] {side, side};
    }
    int longSide = rnd.nextInt(560, MAX_SIDE + 1);
    int shortSide = Math.max(MIN_SIDE, (int) Math.round(longSide / rnd.nextDouble(1.25, 1.78)));
    return roll < 0.7 ? new int[] {longSide, shortSide} : new int[] {shortSide, longSide};
  }

  private static Weather weather(SplittableRandom rnd, Scene scene) {
    var weathers = scene.weathers();
    if (rnd.nextDouble() < 0.4) {
      return Weather.SUNNY;
    }
    return weathers.get(rnd.nextInt(weathers.size()));
  }

  private static List<ObjectGroup> objects(SplittableRandom rnd, Scene scene) {
    var groups = new ArrayList<ObjectGroup>();
    var mainKind = scene.mainKinds().get(rnd.nextInt(scene.mainKinds().size()));
    groups.add(group(rnd, mainKind, Math.min(5, mainKind.maxCount())));
    var extras = new ArrayList<>(scene.extraKinds());
    extras.remove(mainKind);
    int extraCount = Math.min(extras.size(), rnd.nextInt(3));
    for (int i = 0; i < extraCount; i++) {
      var kind = extras.remove(rnd.nextInt(extras.size()));
      groups.add(group(rnd, kind, Math.min(3, kind.maxCount())));
    }
    return groups;
  }

  private static ObjectGroup group(SplittableRandom rnd, ObjectKind kind, int maxCount) {
    var colors = kind.colors();
    return new ObjectGroup(kind, 1 + rnd.nextInt(maxCount), colors.get(rnd.nextInt(colors.size())));
  }

  private static void addDistinct(SplittableRandom rnd, List<Motif> into, List<Motif> avoid) {
    var all = Motif.values();
    Motif motif;
    do {
      motif = all[rnd.nextInt(all.length)];
    } while (into.contains(motif) || avoid.contains(motif));
    into.add(motif);
  }

  private static <T> T pick(SplittableRandom rnd, T[] values, double... weights) {
    double roll = rnd.nextDouble();
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      if (roll < sum) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
