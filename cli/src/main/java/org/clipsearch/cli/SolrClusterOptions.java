package org.clipsearch.cli;

import org.clipsearch.solr.SolrTarget;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/** Where a SolrCloud cluster is: node URLs or its ZooKeeper, and the timeout of every call to it. */
final class SolrClusterOptions {

  @Option(names = "--solr", paramLabel = "URL", split = ",",
      description = "SolrCloud node URL(s), e.g. http://127.0.0.1:8983/solr; the other live nodes are found from it.")
  List<String> urls = List.of();

  @Option(names = "--zk", paramLabel = "HOSTS", description = "The cluster's ZooKeeper, host:port[,host:port][/chroot].")
  String zkHost;

  @Option(names = "--solr-fixed-nodes",
      description = "Talk only to the --solr URLs, not to the other live nodes they name (a load balancer in front).")
  boolean fixedNodes;

  @Option(names = "--solr-timeout-seconds", paramLabel = "S", defaultValue = "10",
      description = "Longest one call to the cluster may take (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  /**
   * The collection {@code collection} on this cluster.
   *
   * @throws IllegalArgumentException when neither --solr nor --zk is given, or the timeout is below 1
   */
  SolrTarget target(String collection) {
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--solr-timeout-seconds must be at least 1, got " + timeoutSeconds);
    }
    if (urls.isEmpty() && zkHost == null) {
      throw new IllegalArgumentException("name the Solr cluster: --solr URL or --zk HOSTS");
    }
    return new SolrTarget(urls, zkHost, collection, Duration.ofSeconds(timeoutSeconds), !fixedNodes);
  }
}
