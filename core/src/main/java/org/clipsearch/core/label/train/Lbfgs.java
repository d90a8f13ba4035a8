package org.clipsearch.core.label.train;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS (Nocedal 1980; Nocedal and Wright, Numerical Optimization, algorithm 7.4) with a backtracking
 * line search under the Armijo condition: minimises a smooth function given its value and gradient. Stops when the
 * largest gradient component is at most {@code gradientTolerance} (scipy's {@code pgtol}, which scikit-learn sets to
 * its {@code tol}), when the value stops decreasing, or after {@code maxIterations}.
 */
final class Lbfgs {

  /** A function to minimise: returns its value at {@code x} and writes its gradient into {@code gradient}. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  /** How a minimisation ended. */
  record Result(double[] x, double value, int iterations, boolean converged) {
  }

  private static final int MEMORY = 10;
  private static final double ARMIJO = 1e-4;
  private static final double RELATIVE_DECREASE = 1e-14;

  private final int maxIterations;
  private final double gradientTolerance;

  Lbfgs(int maxIterations, double gradientTolerance) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("L-BFGS needs at least one iteration, got " + maxIterations);
    }
    this.maxIterations = maxIterations;
    this.gradientTolerance = gradientTolerance;
  }

  Result minimise(Objective f, double[] start) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double value = f.evaluate(x, g);
    Deque<double[][]> memory = new ArrayDeque<>();
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      if (maxAbs(g) <= gradientTolerance) {
        return new Result(x, value, iteration - 1, true);
      }
      double[] direction = direction(g, memory);
      double slope = dot(g, direction);
      if (slope >= 0) {
        memory.clear();
        direction = negate(g);
        slope = dot(g, direction);
      }
      double step = memory.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(dot(g, g))) : 1.0;
      double newValue = Double.NaN;
      boolean accepted = false;
      for (int tries = 0; tries < 50 && !accepted; tries++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * direction[i];
        }
        newValue = f.evaluate(xNew, gNew);
        accepted = newValue <= value + ARMIJO * step * slope;
        if (!accepted) {
          step /= 2;
        }
      }
      if (!accepted) {
        return new Result(x, value, iteration, false);
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      if (dot(s, y) > 1e-10) {
        memory.addLast(new double[][] {s, y});
        if (memory.size() > MEMORY) {
          memory.removeFirst();
        }
      }
      double decrease = value - newValue;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      value = newValue;
      if (decrease <= RELATIVE_DECREASE * Math.max(1.0, Math.abs(value))) {
        return new Result(x, value, iteration, true);
      }
    }
    return new Result(x, value, maxIterations, maxAbs(g) <= gradientTolerance);
  }

  /** The two-loop recursion: minus the inverse-Hessian estimate times the gradient. */
  private static double[] direction(double[] g, Deque<double[][]> memory) {
    double[] q = g.clone();
    int k = memory.size();
    double[] alpha = new double[k];
    double[] rho = new double[k];
    double[][][] pairs = memory.toArray(new double[0][][]);
    for (int i = k - 1; i >= 0; i--) {
      rho[i] = 1.0 / dot(pairs[i][1], pairs[i][0]);
      alpha[i] = rho[i] * dot(pairs[i][0], q);
      axpy(-alpha[i], pairs[i][1], q);
    }
    if (k > 0) {
      double[] s = pairs[k - 1][0];
      double[] y = pairs[k - 1][1];
      double gamma = dot(s, y) / dot(y, y);
      for (int i = 0; i < q.length; i++) {
        q[i] *= gamma;
      }
    }
    for (int i = 0; i < k; i++) {
      double beta = rho[i] * dot(pairs[i][1], q);
      axpy(alpha[i] - beta, pairs[i][0], q);
    }
    return negate(q);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double[] negate(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = -v[i];
    }
    return r;
  }

  private static double maxAbs(double[] v) {
    double max = 0;
    for (double x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
