package org.clipsearch.core.label.train;

import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.label.SigmoidMlpHead;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains a {@link SigmoidMlpHead} as the visual-motif paper does: PyTorch's default initialisation of both linear
 * layers ({@code U(-1/sqrt(fan_in), 1/sqrt(fan_in))}), then {@code epochs} passes over the images in a shuffled
 * order, one Adam step per batch on the mean {@link MotifLoss} of the batch. One thread and one seeded random
 * stream, so the same data, settings and seed give the same head.
 *
 * <p>The weights are kept transposed while training ({@code [D][H]} and {@code [H][L]}) so that the inner loops run
 * along contiguous rows.
 */
public final class SigmoidMlpTrainer {

  /** A trained head and how the training went. */
  public record Trained(SigmoidMlpHead head, Map<String, Object> log) {
  }

  private SigmoidMlpTrainer() {
  }

  /**
   * @param x       the training embeddings, one row each
   * @param targets each row's targets (equation 1 of the paper)
   * @param weights each row's weight (equation 3)
   */
  public static Trained train(LabelSet set, float[][] x, float[][] targets, double[] weights,
                              SigmoidMlpSettings settings, long seed) {
    if (x.length == 0 || x.length != targets.length || x.length != weights.length) {
      throw new IllegalArgumentException("training needs targets and a weight for every embedding, got "
          + x.length + " embeddings, " + targets.length + " targets and " + weights.length + " weights");
    }
    int n = x.length;
    int d = x[0].length;
    int h = settings.hiddenSize();
    int l = set.size();
    // Flat parameters: W1^T [d][h], b1 [h], W2^T [h][l], b2 [l].
    int offB1 = d * h;
    int offW2 = offB1 + h;
    int offB2 = offW2 + h * l;
    float[] p = new float[offB2 + l];
    var random = new SplittableRandom(seed);
    initialise(p, 0, d * h, d, random, true, d, h);
    initialise(p, offB1, h, d, random, false, 0, 0);
    initialise(p, offW2, h * l, h, random, true, h, l);
    initialise(p, offB2, l, h, random, false, 0, 0);
    float[] grad = new float[p.length];
    var adam = new Adam(p.length, settings.learningRate());
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] hidden = new float[h];
    float[] dHidden = new float[h];
    double[] logits = new double[l];
    double[] dLogits = new double[l];
    double lastEpochLoss = 0;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      double epochLoss = 0;
      for (int from = 0; from < n; from += settings.batchSize()) {
        int to = Math.min(n, from + settings.batchSize());
        java.util.Arrays.fill(grad, 0f);
        double scale = 1.0 / (to - from);
        for (int b = from; b < to; b++) {
          int i = order[b];
          float[] xi = x[i];
          forward(p, xi, d, h, l, offB1, offW2, offB2, hidden, logits);
          epochLoss += MotifLoss.loss(logits, targets[i], weights[i]);
          java.util.Arrays.fill(dLogits, 0);
          MotifLoss.addGradient(logits, targets[i], weights[i], scale, dLogits);
          backward(p, grad, xi, d, h, l, offB1, offW2, offB2, hidden, dLogits, dHidden);
        }
        adam.step(p, grad);
      }
      lastEpochLoss = epochLoss / n;
    }
    var log = new LinkedHashMap<String, Object>();
    log.put("final_epoch_loss", lastEpochLoss);
    return new Trained(head(set, p, d, h, l, offB1, offW2, offB2), log);
  }

  private static void forward(float[] p, float[] x, int d, int h, int l, int offB1, int offW2, int offB2,
                              float[] hidden, double[] logits) {
    System.arraycopy(p, offB1, hidden, 0, h);
    for (int j = 0; j < d; j++) {
      float xj = x[j];
      int row = j * h;
      for (int k = 0; k < h; k++) {
        hidden[k] += xj * p[row + k];
      }
    }
    for (int k = 0; k < l; k++) {
      logits[k] = p[offB2 + k];
    }
    for (int k = 0; k < h; k++) {
      if (hidden[k] <= 0f) {
        hidden[k] = 0f;
        continue;
      }
      float hk = hidden[k];
      int row = offW2 + k * l;
      for (int m = 0; m < l; m++) {
        logits[m] += hk * p[row + m];
      }
    }
  }

  private static void backward(float[] p, float[] grad, float[] x, int d, int h, int l, int offB1, int offW2,
                               int offB2, float[] hidden, double[] dLogits, float[] dHidden) {
    for (int m = 0; m < l; m++) {
      grad[offB2 + m] += (float) dLogits[m];
    }
    for (int k = 0; k < h; k++) {
      if (hidden[k] <= 0f) {
        dHidden[k] = 0f;
        continue;
      }
      float hk = hidden[k];
      int row = offW2 + k * l;
      double dh = 0;
      for (int m = 0; m < l; m++) {
        grad[row + m] += (float) (hk * dLogits[m]);
        dh += p[row + m] * dLogits[m];
      }
      dHidden[k] = (float) dh;
      grad[offB1 + k] += dHidden[k];
    }
    for (int j = 0; j < d; j++) {
      float xj = x[j];
      int row = j * h;
      for (int k = 0; k < h; k++) {
        grad[row + k] += xj * dHidden[k];
      }
    }
  }

  /** PyTorch's {@code nn.Linear} initialisation: every value from {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}. */
  private static void initialise(float[] p, int offset, int count, int fanIn, SplittableRandom random,
                                 boolean transposed, int rows, int columns) {
    double bound = 1 / Math.sqrt(fanIn);
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) random.nextDouble(-bound, bound);
    }
    if (!transposed) {
      System.arraycopy(values, 0, p, offset, count);
      return;
    }
    // values are drawn in PyTorch's [out][in] order; stored as [in][out].
    for (int out = 0; out < columns; out++) {
      for (int in = 0; in < rows; in++) {
        p[offset + in * columns + out] = values[out * rows + in];
      }
    }
  }

  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private static SigmoidMlpHead head(LabelSet set, float[] p, int d, int h, int l, int offB1, int offW2, int offB2) {
    float[][] w1 = new float[h][d];
    for (int j = 0; j < d; j++) {
      for (int k = 0; k < h; k++) {
        w1[k][j] = p[j * h + k];
      }
    }
    float[][] w2 = new float[l][h];
    for (int k = 0; k < h; k++) {
      for (int m = 0; m < l; m++) {
        w2[m][k] = p[offW2 + k * l + m];
      }
    }
    float[] b1 = java.util.Arrays.copyOfRange(p, offB1, offB1 + h);
    float[] b2 = java.util.Arrays.copyOfRange(p, offB2, offB2 + l);
    return SigmoidMlpHead.of(set, w1, b1, w2, b2);
  }
}
