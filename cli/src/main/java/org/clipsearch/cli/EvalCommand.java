package org.clipsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clipsearch eval}: measure a model. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure a model.",
    subcommands = {EvalRetrievalCommand.class, EvalZeroShotCommand.class, EvalHeadsCommand.class,
        EvalAblationCommand.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
