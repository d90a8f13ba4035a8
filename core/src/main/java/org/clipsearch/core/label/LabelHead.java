package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;

/**
 * Gives an image, by its L2-normalised embedding, a probability for each label of a {@link LabelSet}.
 *
 * <p>Implementations: {@link PromptHead} (zero-shot, from a model's prompt sets); trained heads (a softmax head
 * for scenes, a sigmoid two-layer head for motifs) implement the same interface, so the indexer does not know
 * which kind it runs.
 *
 * <pre>{@code
 * LabelPrediction scene = head.predict(embedding);
 * scene.assigned();   // [haven]
 * scene.top(5);       // [haven 0.81, boten 0.09, ...]
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface LabelHead {

  /** The labels this head scores, and how they are assigned. */
  LabelSet labelSet();

  /** One probability per label, in {@link LabelSet#labels()} order. */
  float[] probabilities(Embedding image);

  /** The probabilities turned into a prediction by the label set's rule. */
  default LabelPrediction predict(Embedding image) {
    return labelSet().predict(probabilities(image));
  }
}
