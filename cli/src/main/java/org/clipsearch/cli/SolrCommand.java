package org.clipsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clipsearch solr}: make a SolrCloud collection for clipsearch, or run a local cluster to try it. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "SolrCloud, when one machine is not enough: create a collection, or run a local development cluster.",
    subcommands = {SolrInitCommand.class, SolrDevClusterCommand.class})
final class SolrCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
