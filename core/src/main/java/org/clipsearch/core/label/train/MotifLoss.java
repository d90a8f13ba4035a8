package org.clipsearch.core.label.train;

import org.clipsearch.core.label.Matrices;

import java.util.List;

/**
 * The visual-motif paper's loss (its equations 1-4): per image, the mean binary cross-entropy over the labels
 * between the sigmoid of the head's outputs and the targets (1 for a primary label, SMT for a secondary one, 0
 * otherwise), multiplied by the image's weight (RFW for a Red Flag image, 1 for a standard one, CW for a Canonical
 * one). Over a batch, the mean of the images' losses.
 *
 * @param secondaryTarget SMT, the target of a secondary label, in [0, 1]
 * @param redFlagWeight   RFW, the weight of a Red Flag image, in (0, 1]
 * @param canonicalWeight CW, the weight of a Canonical image, at least 1
 */
public record MotifLoss(double secondaryTarget, double redFlagWeight, double canonicalWeight) {

  /** The paper's defaults: SMT 0.5, RFW 0.5, CW 2. */
  public static final MotifLoss PAPER = new MotifLoss(0.5, 0.5, 2.0);

  public MotifLoss {
    if (!(secondaryTarget >= 0 && secondaryTarget <= 1)) {
      throw new IllegalArgumentException("the secondary label target (SMT) must be in [0, 1], got " + secondaryTarget);
    }
    if (!(redFlagWeight > 0 && redFlagWeight <= 1)) {
      throw new IllegalArgumentException("the Red Flag weight (RFW) must be in (0, 1], got " + redFlagWeight);
    }
    if (!(canonicalWeight >= 1) || Double.isInfinite(canonicalWeight)) {
      throw new IllegalArgumentException("the Canonical weight (CW) must be a number >= 1, got " + canonicalWeight);
    }
  }

  /** The targets of an image (equation 1), in the order of {@code labels}. */
  public float[] targets(Annotation annotation, List<String> labels) {
    float[] t = new float[labels.size()];
    for (String label : annotation.secondary()) {
      t[index(labels, label)] = (float) secondaryTarget;
    }
    for (String label : annotation.primary()) {
      t[index(labels, label)] = 1f;
    }
    return t;
  }

  /** The weight of an image of this tier (equation 3). */
  public double weight(Tier tier) {
    return switch (tier) {
      case RED_FLAG -> redFlagWeight;
      case STANDARD -> 1.0;
      case CANONICAL -> canonicalWeight;
    };
  }

  /** The loss of one image (equation 4): {@code weight * mean_j BCE(sigmoid(logits_j), targets_j)}. */
  public static double loss(double[] logits, float[] targets, double weight) {
    double sum = 0;
    for (int j = 0; j < logits.length; j++) {
      double z = logits[j];
      sum += Math.max(z, 0) - z * targets[j] + Math.log1p(Math.exp(-Math.abs(z)));
    }
    return weight * sum / logits.length;
  }

  /**
   * Adds {@code scale} times the gradient of {@link #loss} with respect to the logits to {@code gradient}:
   * {@code weight * (sigmoid(z_j) - t_j) / L}.
   */
  public static void addGradient(double[] logits, float[] targets, double weight, double scale, double[] gradient) {
    double factor = scale * weight / logits.length;
    for (int j = 0; j < logits.length; j++) {
      gradient[j] += factor * (Matrices.sigmoid(logits[j]) - targets[j]);
    }
  }

  private static int index(List<String> labels, String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("label '" + label + "' is not one of the head's labels " + labels);
    }
    return i;
  }
}
