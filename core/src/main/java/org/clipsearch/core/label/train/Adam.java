package org.clipsearch.core.label.train;

/**
 * The Adam optimiser (Kingma and Ba 2015) over one flat parameter vector, as PyTorch's {@code torch.optim.Adam}
 * with no weight decay: bias-corrected first and second moment estimates, {@code beta1 = 0.9},
 * {@code beta2 = 0.999}, {@code eps = 1e-8}.
 */
final class Adam {

  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  private final double learningRate;
  private final float[] m;
  private final float[] v;
  private int step;

  Adam(int parameters, double learningRate) {
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("the learning rate must be positive, got " + learningRate);
    }
    this.learningRate = learningRate;
    this.m = new float[parameters];
    this.v = new float[parameters];
  }

  /** One update of {@code parameters} by {@code gradient} (same length). */
  void step(float[] parameters, float[] gradient) {
    step++;
    float b1 = (float) BETA1;
    float b2 = (float) BETA2;
    double correction1 = 1 - Math.pow(BETA1, step);
    double correction2 = 1 - Math.pow(BETA2, step);
    float stepSize = (float) (learningRate / correction1);
    float sqrtCorrection2 = (float) Math.sqrt(correction2);
    float eps = (float) EPS;
    for (int i = 0; i < parameters.length; i++) {
      float g = gradient[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      parameters[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / sqrtCorrection2 + eps);
    }
  }
}
