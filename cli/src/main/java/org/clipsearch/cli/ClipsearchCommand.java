package org.clipsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clipsearch} command: one entry point, one subcommand per job. */
@Command(
    name = "clipsearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Image search for heritage collections: CLIP embeddings, predicted labels, Lucene HNSW.",
    subcommands = {
        TokenizeCommand.class,
        EmbedTextCommand.class,
        EmbedImageCommand.class,
        IndexCommand.class,
        ServeCommand.class,
        DemoCommand.class,
        ModelsCommand.class,
        org.clipsearch.demo.cli.DemoDataCommand.class,
        EvalCommand.class,
        TrainHeadCommand.class,
        RelabelCommand.class,
        CheckCommand.class,
        SolrCommand.class,
        CommandLine.HelpCommand.class
    })
public final class ClipsearchCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and for tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new ClipsearchCommand())
        .setExecutionExceptionHandler(new FriendlyErrors())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
