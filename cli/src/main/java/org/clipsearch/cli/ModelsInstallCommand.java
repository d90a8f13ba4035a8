package org.clipsearch.cli;

import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.model.install.HubDownloader;
import org.clipsearch.core.model.install.ModelInstaller;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Installs a model from a local folder or, where the machine reaches it, from the model hub. */
@Command(name = "install", mixinStandardHelpOptions = true,
    description = {"Install a model from a local folder (a model directory, or an OpenCLIP, Hugging Face or Immich"
        + " ONNX export, for which model.json is written) or from the model hub by id (owner/name).",
        "The model is opened once before the install counts."})
final class ModelsInstallCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  ModelsCommand parent;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "A folder, or a hub id such as openai/clip-vit-base-patch32.")
  String source;

  @Option(names = "--name", paramLabel = "NAME", description = "Name of the installed model (default: the source's last part).")
  String name;

  @Option(names = "--link", description = "Link to the source's files instead of copying them (folders only).")
  boolean link;

  @Option(names = "--hub", paramLabel = "URL", description = "Model hub to download from (default: ${DEFAULT-VALUE}).",
      defaultValue = "https://huggingface.co")
  URI hub;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path folder = Path.of(source);
    String modelName = name != null ? name : folder.getFileName().toString();
    var installer = new ModelInstaller(parent.modelsDir());
    ModelInstaller.Installed installed;
    if (Files.isDirectory(folder)) {
      installed = installer.install(folder, modelName, link);
    } else if (HubDownloader.looksLikeHubId(source)) {
      Path download = Files.createTempDirectory("clipsearch-hub-");
      try {
        spec.commandLine().getErr().println("downloading " + source + " from " + hub + " ...");
        new HubDownloader(hub).download(source, download);
        installed = installer.install(download, modelName, false);
      } finally {
        FileTrees.delete(download);
      }
    } else {
      throw new IllegalArgumentException("model source '" + source + "' is neither a folder nor a hub id (owner/name)");
    }
    spec.commandLine().getOut().printf("installed %s (%s, %d dimensions) in %s%n", installed.manifest().name(),
        installed.layout(), installed.manifest().embeddingDim(), installed.directory());
    return 0;
  }
}
