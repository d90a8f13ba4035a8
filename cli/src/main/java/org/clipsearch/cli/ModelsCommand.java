package org.clipsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code clipsearch models}: install, list and verify model directories. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "Install, list and verify CLIP models (see model-contract.md).",
    subcommands = {ModelsInstallCommand.class, ModelsListCommand.class, ModelsVerifyCommand.class})
final class ModelsCommand implements Runnable {

  @CommandLine.Option(names = "--models-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Where models are installed (default: models/ of the clipsearch installation).")
  Path modelsDir;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The models directory: the option, else {@code models/} under {@code clipsearch.home}, else under the cwd. */
  Path modelsDir() {
    if (modelsDir != null) {
      return modelsDir;
    }
    return Path.of(System.getProperty("clipsearch.home", ".")).resolve("models");
  }
}
