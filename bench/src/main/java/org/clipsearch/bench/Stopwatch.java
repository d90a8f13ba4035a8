package org.clipsearch.bench;

import java.lang.management.ManagementFactory;

/** Wall time and the process's CPU time (every thread, ONNX Runtime's native ones included) from one start. */
final class Stopwatch {

  /** What a stopwatch read when it was stopped. */
  record Elapsed(double seconds, double cpuSeconds) {

    /** CPU seconds per wall second: the cores the process kept busy. */
    double cores() {
      return cpuSeconds / seconds;
    }
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long cpuStart = OS.getProcessCpuTime();
  private final long wallStart = System.nanoTime();

  Elapsed stop() {
    long wall = System.nanoTime() - wallStart;
    long cpu = OS.getProcessCpuTime() - cpuStart;
    return new Elapsed(wall / 1e9, cpu / 1e9);
  }
}
