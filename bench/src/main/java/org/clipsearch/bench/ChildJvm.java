package org.clipsearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of this class path in a new JVM with this JVM's flags (plus some), its output inherited. */
final class ChildJvm {

  private ChildJvm() {
  }

  /**
   * Runs {@code mainClass} with {@code args} and waits for it.
   *
   * @param extraFlags JVM flags after this JVM's own, e.g. {@code -Xmx256m}
   * @throws IllegalStateException when the child exits with another code than 0
   */
  static void run(Class<?> mainClass, List<String> extraFlags, List<String> args)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    var command = new ArrayList<String>();
    command.add(java);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(extraFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    System.out.flush();
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(mainClass.getSimpleName() + " exited with " + exit + ": " + command);
    }
  }
}
