package org.clipsearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of this class path in a new JVM with this JVM's flags (plus some). */
public final class ChildJvm {

  private ChildJvm() {
  }

  /**
   * Runs {@code mainClass} with {@code args}, its output inherited, and waits for it.
   *
   * @param extraFlags JVM flags after this JVM's own, e.g. {@code -Xmx256m}
   * @throws IllegalStateException when the child exits with another code than 0
   */
  static void run(Class<?> mainClass, List<String> extraFlags, List<String> args)
      throws IOException, InterruptedException {
    System.out.flush();
    int exit = builder(mainClass, extraFlags, args).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(mainClass.getSimpleName() + " exited with " + exit + ": " + args);
    }
  }

  /** Starts {@code mainClass} with {@code args}; its output and errors go to the end of {@code log}. */
  public static Process start(String mainClass, List<String> extraFlags, List<String> args, Path log)
      throws IOException {
    var out = ProcessBuilder.Redirect.appendTo(log.toFile());
    return builder(mainClass, extraFlags, args).redirectOutput(out).redirectError(out).start();
  }

  private static ProcessBuilder builder(Class<?> mainClass, List<String> extraFlags, List<String> args) {
    return builder(mainClass.getName(), extraFlags, args);
  }

  private static ProcessBuilder builder(String mainClass, List<String> extraFlags, List<String> args) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    var command = new ArrayList<String>();
    command.add(java);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(extraFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command);
  }
}
