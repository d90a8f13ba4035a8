package org.clipsearch.core.label.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded train/validation split that keeps each stratum's share in both parts, as scikit-learn's
 * {@code train_test_split(stratify=...)}: within each stratum (a single-label image's label; a multi-label image's
 * first primary label, or "none"), the images are shuffled and {@code round(n * fraction)} of them go to validation.
 *
 * @param train      indices of the training images, ascending
 * @param validation indices of the validation images, ascending
 */
public record StratifiedSplit(int[] train, int[] validation) {

  /**
   * @param fraction the share for validation, in (0, 1)
   * @throws IllegalArgumentException when the fraction is out of range, or either part would be empty
   */
  public static StratifiedSplit of(List<Annotation> annotations, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("the validation fraction must be in (0, 1), got " + fraction);
    }
    Map<String, List<Integer>> strata = new TreeMap<>();
    for (int i = 0; i < annotations.size(); i++) {
      List<String> primary = annotations.get(i).primary();
      String key = primary.isEmpty() ? "" : primary.stream().sorted().findFirst().orElseThrow();
      strata.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    var random = new SplittableRandom(seed);
    boolean[] validation = new boolean[annotations.size()];
    for (List<Integer> members : strata.values()) {
      for (int i = members.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        members.set(j, members.set(i, members.get(j)));
      }
      long count = Math.round(members.size() * fraction);
      for (int i = 0; i < count; i++) {
        validation[members.get(i)] = true;
      }
    }
    var trainList = new ArrayList<Integer>();
    var validationList = new ArrayList<Integer>();
    for (int i = 0; i < validation.length; i++) {
      (validation[i] ? validationList : trainList).add(i);
    }
    if (trainList.isEmpty() || validationList.isEmpty()) {
      throw new IllegalArgumentException("a validation fraction of " + fraction + " of " + annotations.size()
          + " images leaves " + trainList.size() + " for training and " + validationList.size()
          + " for validation; annotate more images");
    }
    return new StratifiedSplit(trainList.stream().mapToInt(Integer::intValue).toArray(),
        validationList.stream().mapToInt(Integer::intValue).toArray());
  }
}
