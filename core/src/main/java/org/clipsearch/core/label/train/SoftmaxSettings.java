package org.clipsearch.core.label.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link org.clipsearch.core.label.SoftmaxHead} is trained: multinomial logistic regression with L2
 * regularisation, minimised by L-BFGS, as scikit-learn's {@code LogisticRegression(C, max_iter, tol)} does it.
 *
 * @param c             inverse regularisation strength: the objective is the mean cross-entropy plus
 *                      {@code ||W||^2 / (2 C N)} (the bias is not penalised)
 * @param maxIterations L-BFGS iterations at most
 * @param tolerance     stop when the largest gradient component is at most this
 */
public record SoftmaxSettings(double c, int maxIterations, double tolerance) {

  /** HisVis' settings: C 0.65 (the card's "C-statistic"), up to 10,000 iterations; scikit-learn's tolerance. */
  public static final SoftmaxSettings HISVIS = new SoftmaxSettings(0.65, 10_000, 1e-4);

  public SoftmaxSettings {
    if (!(c > 0) || Double.isInfinite(c)) {
      throw new IllegalArgumentException("C must be a positive number, got " + c);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("the iteration limit must be at least 1, got " + maxIterations);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("the tolerance must be positive, got " + tolerance);
    }
  }

  Map<String, Object> describe() {
    var map = new LinkedHashMap<String, Object>();
    map.put("solver", "L-BFGS");
    map.put("C", c);
    map.put("max_iterations", maxIterations);
    map.put("tolerance", tolerance);
    return map;
  }
}
