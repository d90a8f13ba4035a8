package org.clipsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.VectorFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Lucene side of the peer benchmark ({@code bench/peers.sh}): makes the shared vector files, builds one index
 * per vector format from them, and sweeps its search beam with 1 and 2 threads, appending CSV rows in the columns
 * {@code bench/peers.py} writes for faiss and hnswlib. Each step runs in a JVM of its own, so that the search
 * process's resident memory is that of the index it searches.
 */
@Command(name = "peer-bench-lucene", mixinStandardHelpOptions = true,
    subcommands = {PeerBenchLucene.Data.class, PeerBenchLucene.Build.class, PeerBenchLucene.Search.class},
    description = "Lucene HNSW against faiss and hnswlib: data, build, search.")
public final class PeerBenchLucene {

  public static void main(String[] args) {
    System.exit(new CommandLine(new PeerBenchLucene()).execute(args));
  }

  /** Writes the shared vector files of {@link PeerData}. */
  @Command(name = "data", description = "Write base.f32, queries.f32 and meta.json.")
  static final class Data implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "The data folder.")
    Path dir;

    @Option(names = "--count", required = true, description = "Indexed vectors.")
    int count;

    @Option(names = "--queries", required = true, description = "Held-out query vectors.")
    int queries;

    @Option(names = "--dimension", defaultValue = "512", description = "Components (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
      new PeerData(dir, count, queries, dimension, seed).write();
      return 0;
    }
  }

  /** Builds one index. */
  @Command(name = "build", description = "Build a one-segment index of base.f32 in one vector format.")
  static final class Build implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "The data folder.")
    Path data;

    @Option(names = "--index", required = true, description = "The new index folder.")
    Path index;

    @Option(names = "--format", required = true, description = "float, int8, int4 or binary.")
    String format;

    @Option(names = "--m", defaultValue = "16", description = "HNSW M (default: ${DEFAULT-VALUE}).")
    int maxConn;

    @Option(names = "--ef-construction", defaultValue = "100",
        description = "HNSW beam width while building (default: ${DEFAULT-VALUE}).")
    int beamWidth;

    @Option(names = "--threads", defaultValue = "2", description = "Build threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
      VectorFormat vectorFormat = VectorFormat.parse(format).withHnsw(maxConn, beamWidth);
      var vectors = VectorFile.open(data.resolve("base.f32"), meta(data).dimension());
      var result = new LuceneIndexBuild(vectorFormat, threads).build(vectors, index);
      System.out.printf(Locale.ROOT, "lucene %s: %,d vectors built in %.1f s (adding %.1f s, merging to one"
              + " segment %.1f s), %d threads%n", vectorFormat, vectors.rows(), result.seconds(), result.addSeconds(),
          result.mergeSeconds(), threads);
      return 0;
    }
  }

  /** Sweeps the beam of one index. */
  @Command(name = "search", description = "Sweep the beam of one index with 1 and 2 threads; append CSV rows.")
  static final class Search implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "The data folder.")
    Path data;

    @Option(names = "--index", required = true, description = "The index folder.")
    Path index;

    @Option(names = "--format", required = true, description = "The index's format: float, int8, int4 or binary.")
    String format;

    @Option(names = "--beams", split = ",", defaultValue = "10,16,24,32,48,64,96,128,192,256,384,512",
        description = "Beams, k of the query (default: ${DEFAULT-VALUE}).")
    List<Integer> beams;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
        description = "Search threads (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes per point (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--csv", required = true, description = "The CSV file to append to.")
    Path csv;

    @Override
    public Integer call() throws Exception {
      PeerData meta = meta(data);
      VectorFile queryFile = VectorFile.open(meta.queryFile(), meta.dimension());
      VectorFile exactFile = VectorFile.open(meta.exact(), PeerData.EXACT);
      float[][] queries = new float[queryFile.rows()][];
      int[][] exact = new int[queryFile.rows()][];
      for (int q = 0; q < queries.length; q++) {
        queries[q] = queryFile.floats(q);
        exact[q] = exactFile.ints(q, 10);
      }
      VectorFormat.Encoding encoding = VectorFormat.Encoding.parse(format);
      double buildSeconds = LuceneIndexBuild.recordedSeconds(index);
      int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
      var rows = new ArrayList<PeerRow>();
      ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
      try (var directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
        var sweep = new LuceneBeamSweep(reader, queries, exact, encoding != VectorFormat.Encoding.FLOAT, pool);
        sweep.measure(100, 1, LuceneBeamSweep.Route.QUERY, 1);
        var routes = encoding == VectorFormat.Encoding.FLOAT
            ? List.of(LuceneBeamSweep.Route.QUERY, LuceneBeamSweep.Route.LEAF) : List.of(LuceneBeamSweep.Route.QUERY);
        var points = new ArrayList<Measured>();
        for (var route : routes) {
          for (int t : threads) {
            for (int beam : beams) {
              var point = sweep.measure(beam, t, route, passes);
              System.err.printf(Locale.ROOT, "lucene %s %s threads %d beam %d: recall@10 %.4f, %.0f QPS%n",
                  encoding.id(), route.id, t, beam, point.recall(), point.qps().median());
              points.add(new Measured(route, t, beam, point));
            }
          }
        }
        var memory = ProcessMemory.now();
        long disk = TempDirs.size(index);
        for (Measured m : points) {
          var point = m.point();
          rows.add(new PeerRow("lucene", encoding.id(), m.route().id, m.threads(), m.beam(), point.recall(),
              point.qps().median(), point.qps().min(), point.qps().max(), point.visited(), buildSeconds, disk,
              memory.rssBytes(), memory.fileBytes(), meta.count(), point.latencyMs().median(),
              point.latencyMs().percentile(0.99)));
        }
      } finally {
        pool.shutdown();
      }
      append(csv, rows);
      return 0;
    }
  }

  /** A point of the sweep with where it was taken. */
  private record Measured(LuceneBeamSweep.Route route, int threads, int beam, LuceneBeamSweep.Point point) {
  }

  private static PeerData meta(Path dir) throws IOException {
    var meta = new ObjectMapper().readTree(dir.resolve("meta.json").toFile());
    return new PeerData(dir, meta.get("count").asInt(), meta.get("queries").asInt(), meta.get("dimension").asInt(),
        meta.get("seed").asLong());
  }

  private static void append(Path csv, List<PeerRow> rows) throws IOException {
    boolean fresh = !Files.exists(csv) || Files.size(csv) == 0;
    try (var out = new PrintStream(Files.newOutputStream(csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        false, StandardCharsets.UTF_8)) {
      if (fresh) {
        out.println(PeerRow.HEADER);
      }
      rows.forEach(row -> out.println(row.csv()));
    }
  }
}
