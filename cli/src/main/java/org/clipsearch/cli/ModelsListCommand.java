package org.clipsearch.cli;

import org.clipsearch.core.model.ModelManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Lists the model directories under the models directory, with what their manifests say. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List installed models.")
final class ModelsListCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  ModelsCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = parent.modelsDir();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      out.println("no models directory at " + dir);
      return 0;
    }
    List<Path> models;
    try (Stream<Path> children = Files.list(dir)) {
      models = children.filter(p -> Files.isRegularFile(p.resolve(ModelManifest.FILE_NAME))).sorted().toList();
    }
    if (models.isEmpty()) {
      out.println("no models in " + dir);
      return 0;
    }
    out.printf("%-28s %5s %-12s %10s  %s%n", "NAME", "DIM", "TOWERS", "SIZE", "SOURCE");
    for (Path model : models) {
      try {
        ModelManifest m = ModelManifest.read(model);
        String towers = (m.image() != null ? "image" : "") + (m.image() != null && m.text() != null ? "+" : "")
            + (m.text() != null ? "text" : "");
        out.printf("%-28s %5d %-12s %9.1fM  %s%n", model.getFileName(), m.embeddingDim(), towers,
            sizeOf(model) / 1e6, m.source());
      } catch (IllegalArgumentException e) {
        out.printf("%-28s invalid: %s%n", model.getFileName(), e.getMessage());
      }
    }
    out.flush();
    return 0;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
