package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimiserTest {

  @Test
  void lbfgs_finds_the_minimum_of_the_rosenbrock_function() {
    Lbfgs.Objective rosenbrock = (x, g) -> {
      double a = 1 - x[0];
      double b = x[1] - x[0] * x[0];
      g[0] = -2 * a - 400 * x[0] * b;
      g[1] = 200 * b;
      return a * a + 100 * b * b;
    };

    Lbfgs.Result result = new Lbfgs(1000, 1e-8).minimise(rosenbrock, new double[] {-1.2, 1});

    assertThat(result.converged()).isTrue();
    assertThat(result.x()[0]).isCloseTo(1, within(1e-5));
    assertThat(result.x()[1]).isCloseTo(1, within(1e-5));
  }

  @Test
  void lbfgs_stops_at_the_iteration_limit() {
    Lbfgs.Objective bowl = (x, g) -> {
      g[0] = 2 * x[0];
      return x[0] * x[0];
    };
    assertThat(new Lbfgs(1, 1e-300).minimise(bowl, new double[] {5}).iterations()).isEqualTo(1);
  }

  @Test
  void adams_first_step_moves_each_parameter_by_the_learning_rate_against_its_gradient() {
    float[] p = {1f, -2f};
    new Adam(2, 1e-3).step(p, new float[] {0.5f, -4f});

    // m̂ = g and v̂ = g², so the step is lr * g / (|g| + eps)
    assertThat(p[0]).isCloseTo(0.999f, within(1e-6f));
    assertThat(p[1]).isCloseTo(-1.999f, within(1e-6f));
  }
}
