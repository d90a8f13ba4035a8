package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;

import java.util.Objects;

/**
 * A trained multi-label head, as the visual-motif paper's: {@code Linear(D -> H) -> ReLU -> Linear(H -> L) ->
 * sigmoid} on the L2-normalised image embedding; a label is assigned when its probability reaches its threshold.
 * Weights are in PyTorch's layout: {@code hiddenWeight} is {@code [H][D]}, {@code outputWeight} is {@code [L][H]}.
 *
 * <pre>{@code
 * SigmoidMlpHead motifs = SigmoidMlpHead.of(LabelSet.multiLabel("motif", labels, 0.5f), w1, b1, w2, b2);
 * motifs.predict(embedding).assigned();   // [Hug, Kiss]
 * }</pre>
 */
public final class SigmoidMlpHead implements LabelHead {

  private final LabelSet labelSet;
  private final float[][] hiddenWeight;
  private final float[] hiddenBias;
  private final float[][] outputWeight;
  private final float[] outputBias;

  private SigmoidMlpHead(LabelSet labelSet, float[][] hiddenWeight, float[] hiddenBias, float[][] outputWeight,
                         float[] outputBias) {
    this.labelSet = labelSet;
    this.hiddenWeight = hiddenWeight;
    this.hiddenBias = hiddenBias;
    this.outputWeight = outputWeight;
    this.outputBias = outputBias;
  }

  /**
   * A head with these layers (copied).
   *
   * @throws IllegalArgumentException when a shape does not match the other layers or the label set
   */
  public static SigmoidMlpHead of(LabelSet labelSet, float[][] hiddenWeight, float[] hiddenBias,
                                  float[][] outputWeight, float[] outputBias) {
    Objects.requireNonNull(labelSet, "labelSet");
    if (labelSet.kind() != LabelSet.Kind.MULTI_LABEL) {
      throw new IllegalArgumentException("a sigmoid head scores each label on its own; label set " + labelSet.name()
          + " is " + labelSet.kind());
    }
    String name = "sigmoid-mlp head " + labelSet.name();
    Matrices.requireShape(name + " hidden weight", hiddenWeight, -1, -1);
    int hidden = hiddenWeight.length;
    Matrices.requireLength(name + " hidden bias", hiddenBias, hidden);
    Matrices.requireShape(name + " output weight", outputWeight, labelSet.size(), hidden);
    Matrices.requireLength(name + " output bias", outputBias, labelSet.size());
    return new SigmoidMlpHead(labelSet, Matrices.copy(hiddenWeight), hiddenBias.clone(), Matrices.copy(outputWeight),
        outputBias.clone());
  }

  @Override
  public LabelSet labelSet() {
    return labelSet;
  }

  /** The embedding dimension the head reads. */
  public int inputDimension() {
    return hiddenWeight[0].length;
  }

  /** Units of the hidden layer. */
  public int hiddenSize() {
    return hiddenWeight.length;
  }

  public float[][] hiddenWeight() {
    return Matrices.copy(hiddenWeight);
  }

  public float[] hiddenBias() {
    return hiddenBias.clone();
  }

  public float[][] outputWeight() {
    return Matrices.copy(outputWeight);
  }

  public float[] outputBias() {
    return outputBias.clone();
  }

  @Override
  public float[] probabilities(Embedding image) {
    float[] x = image.values();
    if (x.length != inputDimension()) {
      throw new IllegalArgumentException("label set " + labelSet.name() + ": the head reads " + inputDimension()
          + "-dimensional embeddings, got " + x.length);
    }
    float[] hidden = new float[hiddenWeight.length];
    for (int h = 0; h < hidden.length; h++) {
      hidden[h] = Math.max(0f, hiddenBias[h] + Matrices.dot(hiddenWeight[h], x));
    }
    float[] probabilities = new float[outputWeight.length];
    for (int l = 0; l < probabilities.length; l++) {
      probabilities[l] = (float) Matrices.sigmoid(outputBias[l] + Matrices.dot(outputWeight[l], hidden));
    }
    return probabilities;
  }
}
