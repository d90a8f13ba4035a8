package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.TextEmbedder;

import java.util.List;
import java.util.Objects;

/**
 * A zero-shot head: each label is the average of its prompts' text embeddings (prompt ensembling, as in the
 * CLIP paper), renormalised; an image is scored by {@code softmax(logitScale * cos(image, label))} over the
 * labels.
 *
 * <pre>{@code
 * PromptHead scenes = PromptHead.of(PromptSetFile.read(dir.resolve("prompts/scene.tsv")),
 *     model.textEmbedder(), model.manifest().logitScale());
 * LabelPrediction p = scenes.predict(imageEmbedding);
 * }</pre>
 *
 * <p>A multi-label set is scored by the same softmax, so a label's probability is its share among the labels;
 * the set's threshold then decides which labels an image gets.
 */
public final class PromptHead implements LabelHead {

  private final LabelSet labelSet;
  private final List<Embedding> prototypes;
  private final float logitScale;

  private PromptHead(LabelSet labelSet, List<Embedding> prototypes, float logitScale) {
    this.labelSet = labelSet;
    this.prototypes = prototypes;
    this.logitScale = logitScale;
  }

  /** Embeds every prompt of the set with the text tower and builds the head. */
  public static PromptHead of(PromptSetFile prompts, TextEmbedder texts, double logitScale) {
    Objects.requireNonNull(prompts, "prompts");
    Objects.requireNonNull(texts, "texts");
    if (!(logitScale > 0) || Double.isInfinite(logitScale)) {
      throw new IllegalArgumentException("logit scale must be a positive number, got " + logitScale);
    }
    var prototypes = prompts.labelSet().labels().stream()
        .map(label -> average(texts.embed(prompts.prompts().get(label))))
        .toList();
    return new PromptHead(prompts.labelSet(), prototypes, (float) logitScale);
  }

  /** A head over label embeddings made elsewhere (one per label, in label order). */
  public static PromptHead of(LabelSet labelSet, List<Embedding> labelEmbeddings, double logitScale) {
    if (labelEmbeddings.size() != labelSet.size()) {
      throw new IllegalArgumentException("label set " + labelSet.name() + " has " + labelSet.size()
          + " labels, got " + labelEmbeddings.size() + " label embeddings");
    }
    return new PromptHead(labelSet, List.copyOf(labelEmbeddings), (float) logitScale);
  }

  private static Embedding average(List<Embedding> prompts) {
    float[] sum = new float[prompts.getFirst().dimension()];
    for (Embedding prompt : prompts) {
      float[] v = prompt.values();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return Embedding.of(sum);
  }

  @Override
  public LabelSet labelSet() {
    return labelSet;
  }

  /** The label embedding of each label, in label order. */
  public List<Embedding> labelEmbeddings() {
    return prototypes;
  }

  @Override
  public float[] probabilities(Embedding image) {
    double[] logits = new double[prototypes.size()];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = logitScale * image.dot(prototypes.get(i));
    }
    return Matrices.softmax(logits);
  }
}
