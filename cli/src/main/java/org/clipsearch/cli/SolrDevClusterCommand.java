package org.clipsearch.cli;

import org.clipsearch.solr.cluster.ClusterProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code clipsearch solr dev-cluster}: a local SolrCloud (Solr 9.10, embedded ZooKeeper) in its own JVM, for trying
 * the Solr backend on one machine; Ctrl-C stops it.
 */
@Command(name = "dev-cluster", mixinStandardHelpOptions = true,
    description = {"Run a local SolrCloud for trying the Solr backend: N nodes and an embedded ZooKeeper in a child JVM"
        + " (Solr 9.10 runs its own Lucene), on 127.0.0.1 only. Prints the node URLs; Ctrl-C stops it.",
        "Not for production: its data is under --dir and is emptied each time it starts."})
final class SolrDevClusterCommand implements Callable<Integer> {

  @Option(names = "--nodes", paramLabel = "N", defaultValue = "2", description = "Solr nodes (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8983",
      description = "Port of the first node; node i listens on P + i (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "The cluster's data (default: index-data/solr-dev-cluster under the clipsearch folder).")
  Path dir;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (nodes < 1 || port < 1 || port + nodes > 65_535) {
      throw new IllegalArgumentException("--nodes must be at least 1 and --port + nodes at most 65535, got " + nodes
          + " and " + port);
    }
    Path root = Path.of(System.getProperty("clipsearch.home", "."));
    Path data = dir != null ? dir : root.resolve("index-data/solr-dev-cluster");
    var out = spec.commandLine().getOut();
    try (var signal = new StopSignal("clipsearch-solr-shutdown");
         var cluster = ClusterProcess.start(root, nodes, data, OptionalInt.of(port), Duration.ofMinutes(3))) {
      out.println("Solr dev cluster: " + String.join(", ", cluster.nodeUrls()) + " (ZooKeeper " + cluster.zkHost()
          + ")");
      out.println("make a collection: ./clipsearch solr init --solr " + cluster.nodeUrls().getFirst()
          + " --model models/demo-clip --collection demo");
      out.println("Ctrl-C stops it");
      out.flush();
      signal.await();
    }
    return 0;
  }
}
