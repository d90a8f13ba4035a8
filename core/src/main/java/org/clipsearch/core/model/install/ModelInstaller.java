package org.clipsearch.core.model.install;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.ModelOptions;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs a model into a models directory from a local folder: a model directory with its {@code model.json}
 * (copied or linked as it is), or a CLIP export without one in one of the layouts of {@link ExportLayout} (OpenCLIP,
 * Hugging Face Optimum / transformers.js, Immich: the manifest is written from its graphs and its own configs). Every installed model is opened once before the install counts, so a broken one is
 * never left behind.
 *
 * <pre>{@code
 * var installed = new ModelInstaller(Path.of("models")).install(Path.of("/downloads/clip-vit-b32"), "clip-b32", false);
 * }</pre>
 */
public final class ModelInstaller {

  /** What was installed, and from which layout. */
  public record Installed(Path directory, ModelManifest manifest, String layout) {
  }

  private final Path modelsDir;

  public ModelInstaller(Path modelsDir) {
    this.modelsDir = modelsDir;
  }

  /**
   * Installs {@code source} as {@code modelsDir/name}.
   *
   * @param link symbolic links to the source's files instead of copies (large exports)
   */
  public Installed install(Path source, String name, boolean link) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new IllegalArgumentException("model source " + source + " is not a folder");
    }
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("model name '" + name + "' must be letters, digits, '.', '_' or '-'");
    }
    Path target = modelsDir.resolve(name);
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "a model of that name is installed already");
    }
    Files.createDirectories(modelsDir);
    Path staging = Files.createTempDirectory(modelsDir, "." + name + ".installing-");
    try {
      String layout = Files.isRegularFile(source.resolve(ModelManifest.FILE_NAME))
          ? placeModelDirectory(source, staging, link)
          : placeExport(source, staging, name, link);
      ModelManifest manifest;
      try (ClipModel model = ClipModel.open(staging, new ModelOptions(1, ModelOptions.Device.CPU))) {
        manifest = model.manifest();
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return new Installed(target, manifest, layout);
    } finally {
      FileTrees.delete(staging);
    }
  }

  private static String placeModelDirectory(Path source, Path staging, boolean link) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        place(file, staging.resolve(source.relativize(file).toString()), link);
      }
    }
    return "model directory";
  }

  private static String placeExport(Path source, Path staging, String name, boolean link) throws IOException {
    ExportFiles files = ExportFiles.find(source);
    ModelManifest manifest = new ManifestInference().infer(files, name);
    Map<String, Path> placed = new LinkedHashMap<>();
    files.visual().ifPresent(file -> placed.put("visual.onnx", file));
    files.textual().ifPresent(file -> placed.put("textual.onnx", file));
    if (files.tokenizer() != null) {
      placed.putAll(files.tokenizer().files());
    }
    for (var entry : placed.entrySet()) {
      place(entry.getValue(), staging.resolve(entry.getKey()), link);
    }
    manifest.write(staging);
    Files.writeString(staging.resolve("README.md"), "# " + name + "\n\nInstalled by `clipsearch models install` from "
        + source.toAbsolutePath() + " (" + files.layout() + "); model.json was written from the ONNX graphs and "
        + "the export's configuration files. Check the source for the weights' licence.\n");
    return files.layout();
  }

  private static void place(Path from, Path to, boolean link) throws IOException {
    Files.createDirectories(to.getParent());
    if (link) {
      Files.createSymbolicLink(to, from.toAbsolutePath());
    } else {
      Files.copy(from, to);
    }
  }
}
