package org.clipsearch.core.label.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link org.clipsearch.core.label.SigmoidMlpHead} is trained: the visual-motif paper's recipe.
 *
 * @param hiddenSize   units of the hidden layer (the paper: 256)
 * @param loss         the targets and image weights (SMT, RFW, CW)
 * @param epochs       passes over the training images (the paper: 200)
 * @param learningRate Adam's learning rate (the paper: 1e-3, no weight decay)
 * @param batchSize    images per Adam step (the paper: 256)
 * @param threshold    the probability at which a label is assigned (the paper: 0.5)
 */
public record SigmoidMlpSettings(int hiddenSize, MotifLoss loss, int epochs, double learningRate, int batchSize,
                                 float threshold) {

  /** The paper's settings. */
  public static final SigmoidMlpSettings PAPER = new SigmoidMlpSettings(256, MotifLoss.PAPER, 200, 1e-3, 256, 0.5f);

  public SigmoidMlpSettings {
    java.util.Objects.requireNonNull(loss, "loss");
    if (hiddenSize < 1 || epochs < 1 || batchSize < 1) {
      throw new IllegalArgumentException("hidden size, epochs and batch size must be at least 1, got " + hiddenSize
          + ", " + epochs + ", " + batchSize);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("the learning rate must be positive, got " + learningRate);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1], got " + threshold);
    }
  }

  public SigmoidMlpSettings withLoss(MotifLoss newLoss) {
    return new SigmoidMlpSettings(hiddenSize, newLoss, epochs, learningRate, batchSize, threshold);
  }

  public SigmoidMlpSettings withEpochs(int count) {
    return new SigmoidMlpSettings(hiddenSize, loss, count, learningRate, batchSize, threshold);
  }

  Map<String, Object> describe() {
    var map = new LinkedHashMap<String, Object>();
    map.put("architecture", "Linear(D->" + hiddenSize + ") -> ReLU -> Linear(" + hiddenSize + "->L) -> sigmoid");
    map.put("optimiser", "Adam, no weight decay");
    map.put("learning_rate", learningRate);
    map.put("batch_size", batchSize);
    map.put("epochs", epochs);
    map.put("secondary_target", loss.secondaryTarget());
    map.put("red_flag_weight", loss.redFlagWeight());
    map.put("canonical_weight", loss.canonicalWeight());
    map.put("threshold", threshold);
    return map;
  }
}
