package org.clipsearch.core.label.train;

import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.label.SoftmaxHead;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains a {@link SoftmaxHead}: minimises the mean cross-entropy of {@code softmax(W x + b)} plus
 * {@code ||W||^2 / (2 C N)} with L-BFGS from zero weights, so the same data gives the same head.
 */
public final class SoftmaxTrainer {

  /** A trained head and how the optimisation went. */
  public record Trained(SoftmaxHead head, Map<String, Object> log) {
  }

  private SoftmaxTrainer() {
  }

  /**
   * @param x      the training embeddings, one row each
   * @param labels the index in {@code set} of each row's label
   */
  public static Trained train(LabelSet set, float[][] x, int[] labels, SoftmaxSettings settings) {
    if (x.length == 0 || x.length != labels.length) {
      throw new IllegalArgumentException("training needs one label per embedding, got " + x.length
          + " embeddings and " + labels.length + " labels");
    }
    int n = x.length;
    int d = x[0].length;
    int l = set.size();
    double l2 = 1.0 / (settings.c() * n);
    Lbfgs.Objective objective = (w, gradient) -> {
      java.util.Arrays.fill(gradient, 0);
      double loss = 0;
      double[] logits = new double[l];
      for (int i = 0; i < n; i++) {
        float[] xi = x[i];
        for (int k = 0; k < l; k++) {
          double z = w[l * d + k];
          int row = k * d;
          for (int j = 0; j < d; j++) {
            z += w[row + j] * xi[j];
          }
          logits[k] = z;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
          max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < l; k++) {
          logits[k] = Math.exp(logits[k] - max);
          sum += logits[k];
        }
        loss += Math.log(sum) + max - (Math.log(logits[labels[i]]) + max);
        for (int k = 0; k < l; k++) {
          double g = (logits[k] / sum - (k == labels[i] ? 1 : 0)) / n;
          int row = k * d;
          for (int j = 0; j < d; j++) {
            gradient[row + j] += g * xi[j];
          }
          gradient[l * d + k] += g;
        }
      }
      double penalty = 0;
      for (int j = 0; j < l * d; j++) {
        penalty += w[j] * w[j];
        gradient[j] += l2 * w[j];
      }
      return loss / n + 0.5 * l2 * penalty;
    };
    Lbfgs.Result result = new Lbfgs(settings.maxIterations(), settings.tolerance())
        .minimise(objective, new double[l * d + l]);
    float[][] weight = new float[l][d];
    float[] bias = new float[l];
    for (int k = 0; k < l; k++) {
      for (int j = 0; j < d; j++) {
        weight[k][j] = (float) result.x()[k * d + j];
      }
      bias[k] = (float) result.x()[l * d + k];
    }
    var log = new LinkedHashMap<String, Object>();
    log.put("iterations", result.iterations());
    log.put("converged", result.converged());
    log.put("final_objective", result.value());
    return new Trained(SoftmaxHead.of(set, weight, bias), log);
  }
}
