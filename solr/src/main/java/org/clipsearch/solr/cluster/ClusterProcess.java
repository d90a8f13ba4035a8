package org.clipsearch.solr.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud in a child JVM: the {@code solr-cluster} module's {@code DevCluster}, started on that module's own
 * class path (Solr 9.10 runs Lucene 9.12, which cannot share a class path with the project's Lucene 10). It talks to
 * the child over its stdin/stdout (see {@code DevCluster}); the child's log goes to {@code cluster.log} in its data
 * folder.
 */
public final class ClusterProcess implements AutoCloseable {
  private static final String MAIN = "org.clipsearch.solrcluster.DevCluster";
  private static final String MARKER = "clipsearch-dev-cluster.txt";

  private final Process process;
  private final PrintStream commands;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Duration timeout;
  private final Path log;
  private final String zkHost;
  private final List<String> nodeUrls;

  private ClusterProcess(Process process, Duration timeout, Path log) throws IOException {
    this.process = process;
    this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.log = log;
    Thread reader = new Thread(this::readReplies, "solr-dev-cluster-reader");
    reader.setDaemon(true);
    reader.start();
    String zk = null;
    List<String> urls = new ArrayList<>();
    for (String line = reply("starting"); !line.equals("ready"); line = reply("starting")) {
      if (line.startsWith("zk ")) {
        zk = line.substring(3);
      } else if (line.startsWith("node ")) {
        urls.add(line.split(" ", 3)[2]);
      } else {
        throw new IOException("the Solr dev cluster did not start: " + line + " (its log: " + log + ")");
      }
    }
    this.zkHost = zk;
    this.nodeUrls = List.copyOf(urls);
  }

  /**
   * Starts a cluster of {@code nodes} nodes with its data under {@code dir}, node i on {@code firstPort + i} (or on
   * free ports), and waits until every node is live.
   *
   * @param projectRoot the clipsearch folder, whose {@code solr-cluster/target} holds the child's classes and class
   *     path (the launcher and the build make them)
   */
  public static ClusterProcess start(Path projectRoot, int nodes, Path dir, OptionalInt firstPort, Duration timeout)
      throws IOException {
    Path target = projectRoot.resolve("solr-cluster/target");
    Path classPathFile = target.resolve("classpath.txt");
    if (!Files.isRegularFile(classPathFile)) {
      throw new IOException("the Solr dev cluster is not built: " + classPathFile + " is missing; build it with"
          + " ./mvnw -pl solr-cluster package -DskipTests");
    }
    startAfresh(dir);
    Path log = dir.resolve("cluster.log");
    // Lucene 9.12 turns its SIMD vector code off on a Java newer than it knows (23 and later) unless told how new a
    // Java it may trust; with it off, distances are scalar and the cluster builds and searches HNSW several times
    // slower than the embedded Lucene 10. Its Panama code runs on Java 25 as on 21.
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "-Dorg.apache.lucene.vectorization.upperJavaFeatureVersion=" + Runtime.version().feature(),
        "-Dsolr.log.dir=" + dir.resolve("logs"), "-Djava.net.preferIPv4Stack=true",
        "-cp", target.resolve("classes") + java.io.File.pathSeparator + Files.readString(classPathFile).trim(),
        MAIN, Integer.toString(nodes), dir.toString()));
    firstPort.ifPresent(port -> command.add(Integer.toString(port)));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    try {
      return new ClusterProcess(process, timeout, log);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /**
   * Empties a dev cluster's folder of its last run (MiniSolrCloudCluster cannot start over an old one); a folder that
   * holds anything else is refused.
   */
  private static void startAfresh(Path dir) throws IOException {
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(dir + " is not empty and is not a Solr dev cluster's folder: name a new or empty one");
        }
      }
    }
    if (Files.isDirectory(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          if (!path.equals(dir)) {
            Files.delete(path);
          }
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKER), "a clipsearch Solr dev cluster's data; emptied each time it starts\n");
  }

  /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}), by node index. */
  public List<String> nodeUrls() {
    return nodeUrls;
  }

  /** The embedded ZooKeeper's connection string, chroot included. */
  public String zkHost() {
    return zkHost;
  }

  /** Stops node {@code index} (its cores go down with it); returns once it has stopped. */
  public void stopNode(int index) {
    command("stop " + index, "stopped " + index);
  }

  /** Starts node {@code index} again on its port; returns once it is live. */
  public void startNode(int index) {
    command("start " + index, "started " + index);
  }

  /** Whether the child JVM is still running. */
  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops every node and ZooKeeper, and the child JVM. */
  @Override
  public void close() {
    if (process.isAlive()) {
      commands.println("quit");
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized void command(String line, String expected) {
    commands.println(line);
    try {
      String reply = reply(line);
      if (!reply.startsWith(expected)) {
        throw new IllegalStateException("the Solr dev cluster refused '" + line + "': " + reply);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String reply(String waitingFor) throws IOException {
    try {
      String line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new IOException("the Solr dev cluster did not answer within " + timeout.toSeconds() + " s ("
            + waitingFor + "); its log: " + log);
      }
      if (line.startsWith("failed ") || line.equals("exited")) {
        throw new IOException("the Solr dev cluster stopped: " + line + " (its log: " + log + ")");
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the Solr dev cluster was " + waitingFor, e);
    }
  }

  private void readReplies() {
    try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        replies.add(line);
      }
    } catch (IOException e) {
      replies.add("failed " + e.getMessage());
    }
    replies.add("exited");
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
