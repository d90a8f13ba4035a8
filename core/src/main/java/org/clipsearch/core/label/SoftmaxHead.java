package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;

import java.util.Objects;

/**
 * A trained single-label head: multinomial logistic regression on the L2-normalised image embedding, as the HisVis
 * scene model. {@code p = softmax(W x + b)}.
 *
 * <pre>{@code
 * SoftmaxHead scenes = SoftmaxHead.of(LabelSet.singleLabel("scene", labels), weight, bias);
 * scenes.predict(embedding).assigned();   // [haven]
 * }</pre>
 */
public final class SoftmaxHead implements LabelHead {

  private final LabelSet labelSet;
  private final float[][] weight;
  private final float[] bias;

  private SoftmaxHead(LabelSet labelSet, float[][] weight, float[] bias) {
    this.labelSet = labelSet;
    this.weight = weight;
    this.bias = bias;
  }

  /**
   * A head with one weight row and one bias per label (copied).
   *
   * @throws IllegalArgumentException when the shapes do not match the label set, or a value is not finite
   */
  public static SoftmaxHead of(LabelSet labelSet, float[][] weight, float[] bias) {
    Objects.requireNonNull(labelSet, "labelSet");
    if (labelSet.kind() != LabelSet.Kind.SINGLE_LABEL) {
      throw new IllegalArgumentException("a softmax head gives one label per image; label set " + labelSet.name()
          + " is " + labelSet.kind());
    }
    Matrices.requireShape("softmax head " + labelSet.name() + " weight", weight, labelSet.size(), -1);
    Matrices.requireLength("softmax head " + labelSet.name() + " bias", bias, labelSet.size());
    return new SoftmaxHead(labelSet, Matrices.copy(weight), bias.clone());
  }

  @Override
  public LabelSet labelSet() {
    return labelSet;
  }

  /** The embedding dimension the head reads. */
  public int inputDimension() {
    return weight[0].length;
  }

  /** A copy of the weight matrix, one row per label. */
  public float[][] weight() {
    return Matrices.copy(weight);
  }

  /** A copy of the biases, one per label. */
  public float[] bias() {
    return bias.clone();
  }

  @Override
  public float[] probabilities(Embedding image) {
    float[] x = image.values();
    if (x.length != weight[0].length) {
      throw new IllegalArgumentException("label set " + labelSet.name() + ": the head reads " + weight[0].length
          + "-dimensional embeddings, got " + x.length);
    }
    double[] logits = new double[weight.length];
    for (int l = 0; l < weight.length; l++) {
      logits[l] = bias[l] + Matrices.dot(weight[l], x);
    }
    return Matrices.softmax(logits);
  }
}
