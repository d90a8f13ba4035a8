package org.clipsearch.bench;

import ai.onnxruntime.OrtEnvironment;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The environment lines every bench command prints first: what a figure's reader needs to weigh it. */
final class BenchEnvironment {

  private BenchEnvironment() {
  }

  /** The heading and the lines on the JDK, its flags, the vector API, ONNX Runtime and the CPU. */
  static void print(PrintStream out, int ortThreads) throws IOException {
    out.println("## Environment");
    out.println();
    out.println("- JDK: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    out.println("- JVM flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    out.println("- jdk.incubator.vector: " + (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
        ? "on" : "off"));
    out.println("- ONNX Runtime " + OrtEnvironment.getEnvironment().getVersion() + ", CPU, " + ortThreads
        + " intra-op threads, 1 inter-op");
    out.println("- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores visible to the JVM");
  }

  private static String cpuModel() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "unknown";
    }
    return Files.readAllLines(cpuinfo).stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst().orElse("unknown");
  }
}
