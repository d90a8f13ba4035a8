package org.clipsearch.solr;

import org.clipsearch.solr.cluster.ClusterProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one local SolrCloud (2 nodes, embedded ZooKeeper, a child JVM) that every test of this module shares: started
 * by the first test that asks, stopped when the test JVM exits. Tests make collections of their own names.
 */
final class TestCluster {

  static final Path PROJECT = Path.of(System.getProperty("clipsearch.project.dir", ".."));

  private static ClusterProcess cluster;

  private TestCluster() {
  }

  /** The cluster, started on first use. */
  static synchronized ClusterProcess get() {
    if (cluster == null) {
      try {
        Path dir = Files.createTempDirectory("clipsearch-solr-test");
        cluster = ClusterProcess.start(PROJECT, 2, dir, OptionalInt.empty(), Duration.ofMinutes(3));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "solr-test-cluster-stop"));
    }
    return cluster;
  }

  /** A collection of this cluster, reached through all its nodes. */
  static SolrTarget target(String collection) {
    return SolrTarget.ofUrls(get().nodeUrls(), collection);
  }

  /** The nodes' URLs. */
  static List<String> nodes() {
    return get().nodeUrls();
  }
}
