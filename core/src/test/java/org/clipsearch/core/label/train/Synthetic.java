package org.clipsearch.core.label.train;

import org.clipsearch.core.embed.Embedding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small annotated embedding collections for training tests: each label is a random direction in 16 dimensions, an
 * image the normalised sum of its primary labels' directions, a third of its secondary label's, and noise.
 */
final class Synthetic {

  static final int DIMENSION = 16;

  private Synthetic() {
  }

  static List<String> labels(int count) {
    var labels = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      labels.add("label" + i);
    }
    return labels;
  }

  /** {@code n} images of one label each, tier standard. */
  static AnnotatedEmbeddings singleLabel(int n, int labelCount, double noise, long seed) {
    var random = new SplittableRandom(seed);
    float[][] directions = directions(labelCount, random);
    var annotations = new ArrayList<Annotation>();
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      int label = i % labelCount;
      annotations.add(new Annotation(Path.of("img" + i + ".jpg"), List.of("label" + label), List.of(), Tier.STANDARD));
      x[i] = point(random, noise, directions[label]);
    }
    return new AnnotatedEmbeddings(annotations, x, 0);
  }

  /** {@code n} images with one primary label, every fourth with a secondary one; tiers in turn. */
  static AnnotatedEmbeddings multiLabel(int n, int labelCount, double noise, long seed) {
    var random = new SplittableRandom(seed);
    float[][] directions = directions(labelCount, random);
    var annotations = new ArrayList<Annotation>();
    float[][] x = new float[n][];
    Tier[] tiers = Tier.values();
    for (int i = 0; i < n; i++) {
      int label = i % labelCount;
      int secondary = (label + 1) % labelCount;
      boolean withSecondary = i % 4 == 0;
      annotations.add(new Annotation(Path.of("img" + i + ".jpg"), List.of("label" + label),
          withSecondary ? List.of("label" + secondary) : List.of(), tiers[i % 3]));
      float[] sum = directions[label].clone();
      if (withSecondary) {
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += directions[secondary][d] / 3;
        }
      }
      x[i] = point(random, noise, sum);
    }
    return new AnnotatedEmbeddings(annotations, x, 0);
  }

  private static float[][] directions(int count, SplittableRandom random) {
    float[][] directions = new float[count][];
    for (int l = 0; l < count; l++) {
      directions[l] = point(random, 1.0, new float[DIMENSION]);
    }
    return directions;
  }

  private static float[] point(SplittableRandom random, double noise, float[] centre) {
    float[] v = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = (float) (centre[d] + noise * gaussian(random));
    }
    return Embedding.of(v).values();
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
