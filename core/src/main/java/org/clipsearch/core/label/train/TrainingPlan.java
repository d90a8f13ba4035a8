package org.clipsearch.core.label.train;

import java.util.Objects;

/**
 * Everything that decides a trained head besides the data: its kind, the settings of that kind, the share of the
 * images held out for validation and the seed of the split and the training.
 */
public record TrainingPlan(HeadKind kind, SoftmaxSettings softmax, SigmoidMlpSettings sigmoidMlp,
                           double validationFraction, long seed) {

  /** The default validation share: 0.2, as both seeds used. */
  public static final double VALIDATION_FRACTION = 0.2;

  public TrainingPlan {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(softmax, "softmax");
    Objects.requireNonNull(sigmoidMlp, "sigmoidMlp");
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("the validation fraction must be in (0, 1), got " + validationFraction);
    }
  }

  /** The seeds' settings for this kind, validation 0.2, seed 42. */
  public static TrainingPlan defaults(HeadKind kind) {
    return new TrainingPlan(kind, SoftmaxSettings.HISVIS, SigmoidMlpSettings.PAPER, VALIDATION_FRACTION, 42);
  }

  public TrainingPlan withSoftmax(SoftmaxSettings settings) {
    return new TrainingPlan(kind, settings, sigmoidMlp, validationFraction, seed);
  }

  public TrainingPlan withSigmoidMlp(SigmoidMlpSettings settings) {
    return new TrainingPlan(kind, softmax, settings, validationFraction, seed);
  }

  public TrainingPlan withValidation(double fraction, long newSeed) {
    return new TrainingPlan(kind, softmax, sigmoidMlp, fraction, newSeed);
  }
}
