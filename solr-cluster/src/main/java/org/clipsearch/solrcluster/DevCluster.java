package org.clipsearch.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud of N nodes and an embedded ZooKeeper, driven over stdin/stdout by its parent process.
 *
 * <p>Arguments: {@code NODES DIR [FIRST_PORT]} (no port: free ports). Once up it prints {@code zk HOST:PORT},
 * one {@code node I URL} per node and {@code ready}. Commands on stdin, one per line: {@code stop I} (answers
 * {@code stopped I}), {@code start I} (same port; answers {@code started I URL}), {@code quit} or end of input
 * (answers {@code bye} and exits). A command that fails answers {@code error MESSAGE}; a cluster that cannot
 * start prints {@code failed MESSAGE} and exits with 1.
 */
public final class DevCluster {
  private static final int WAIT_SECONDS = 60;

  private final MiniSolrCloudCluster cluster;
  /** The nodes by their first index: the cluster's own list drops a node while it is stopped. */
  private final List<JettySolrRunner> nodes;
  private final PrintStream out;
  private boolean shutDown;

  private DevCluster(MiniSolrCloudCluster cluster, PrintStream out) {
    this.cluster = cluster;
    this.nodes = List.copyOf(cluster.getJettySolrRunners());
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 2 || args.length > 3) {
      out.println("failed usage: DevCluster NODES DIR [FIRST_PORT]");
      System.exit(2);
    }
    DevCluster dev;
    try {
      dev = new DevCluster(start(Integer.parseInt(args[0]), Path.of(args[1]),
          args.length == 3 ? Integer.parseInt(args[2]) : 0), out);
    } catch (Exception e) {
      out.println("failed " + oneLine(e));
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dev::shutdownQuietly, "dev-cluster-shutdown"));
    dev.announce();
    dev.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    // The cluster is down (or a signal's shutdown hook has just taken it down); Solr leaves non-daemon threads, and
    // System.exit would wait forever for a hook that is running, so end the JVM here.
    Runtime.getRuntime().halt(0);
  }

  private static MiniSolrCloudCluster start(int nodes, Path dir, int firstPort) throws Exception {
    Files.createDirectories(dir);
    if (firstPort == 0) {
      MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, dir, JettyConfig.builder().build());
      cluster.waitForAllNodes(WAIT_SECONDS);
      return cluster;
    }
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(0, dir, JettyConfig.builder().build());
    for (int i = 0; i < nodes; i++) {
      cluster.startJettySolrRunner("node" + i, "/solr", JettyConfig.builder().setPort(firstPort + i).build());
    }
    cluster.waitForAllNodes(WAIT_SECONDS);
    return cluster;
  }

  private void announce() {
    out.println("zk " + cluster.getZkServer().getZkAddress());
    for (int i = 0; i < nodes.size(); i++) {
      out.println("node " + i + " " + nodes.get(i).getBaseUrl());
    }
    out.println("ready");
  }

  private void serve(BufferedReader in) throws Exception {
    for (String line; (line = in.readLine()) != null; ) {
      String[] words = line.trim().split("\\s+");
      if (words[0].equals("quit")) {
        break;
      }
      try {
        out.println(run(words));
      } catch (Exception e) {
        out.println("error " + oneLine(e));
      }
    }
    shutdownQuietly();
    out.println("bye");
  }

  private String run(String[] words) throws Exception {
    if (words.length != 2 || !(words[0].equals("stop") || words[0].equals("start"))) {
      throw new IllegalArgumentException("unknown command: " + String.join(" ", words));
    }
    int index = Integer.parseInt(words[1]);
    if (index < 0 || index >= nodes.size()) {
      throw new IllegalArgumentException("no node " + index + "; the nodes are 0 to " + (nodes.size() - 1));
    }
    JettySolrRunner node = nodes.get(index);
    if (words[0].equals("stop")) {
      if (!node.isRunning()) {
        return "stopped " + index;
      }
      cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(node);
      return "stopped " + index;
    }
    if (!node.isRunning()) {
      cluster.startJettySolrRunner(node, true);
    }
    cluster.waitForNode(node, WAIT_SECONDS);
    return "started " + index + " " + node.getBaseUrl();
  }

  /** Shuts the cluster down once; a second caller (the stdin loop or the shutdown hook) waits until it is down. */
  private synchronized void shutdownQuietly() {
    if (shutDown) {
      return;
    }
    shutDown = true;
    try {
      cluster.shutdown();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ');
  }
}
