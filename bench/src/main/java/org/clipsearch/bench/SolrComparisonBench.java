package org.clipsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.pipeline.IndexSink;
import org.clipsearch.indexer.pipeline.WriterSettings;
import org.clipsearch.server.ServerApp;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.lucene.LuceneBackend;
import org.clipsearch.server.search.SearchLimits;
import org.clipsearch.solr.CollectionSetup;
import org.clipsearch.solr.Retries;
import org.clipsearch.solr.SolrBackend;
import org.clipsearch.solr.SolrConnection;
import org.clipsearch.solr.SolrSink;
import org.clipsearch.solr.SolrTarget;
import org.clipsearch.solr.cluster.ClusterProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * The embedded Lucene index against a SolrCloud collection of two shards on the same machine (the dev cluster in
 * its child JVM), on the same synthetic collection: indexing throughput through each backend's {@link IndexSink},
 * {@code like} query latency through each server's HTTP API (interleaved A B A B, pairwise ratios), with and without
 * a 1% scene filter, and recall@10 of each against brute force over the same vectors. Prints Markdown. Run it with
 * {@code bench/solr-vs-embedded.sh}.
 */
@Command(name = "solr-vs-embedded", mixinStandardHelpOptions = true,
    description = "Embedded Lucene against SolrCloud (2 shards, same machine): indexing, query latency, recall@10.")
public final class SolrComparisonBench implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model the collection is built for.")
  Path modelDir;

  @Option(names = "--count", defaultValue = "100000", description = "Documents (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--shards", defaultValue = "2", description = "Solr shards (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--queries", defaultValue = "300", description = "Counted queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmups", defaultValue = "300", description = "Uncounted queries of each kind first (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--recall-queries", defaultValue = "200", description = "Queries of the recall measurement (default: ${DEFAULT-VALUE}).")
  int recallQueries;

  @Option(names = "--cache", defaultValue = "bench/cache", paramLabel = "DIR",
      description = "Where the run's indexes and cluster are made, and deleted at its end (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--size", defaultValue = "20", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int size;

  private final ObjectMapper json = new ObjectMapper();

  public static void main(String[] args) {
    System.exit(new CommandLine(new SolrComparisonBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path work = TempDirs.fresh(cache, "solr-vs-embedded");
    try {
      compare(work);
    } finally {
      TempDirs.delete(work);
    }
    return 0;
  }

  private void compare(Path work) throws Exception {
    var lucene = new IndexLayout(work.resolve("lucene"));
    var solrLocal = new IndexLayout(work.resolve("solr-local"));
    var settings = serverSettings(lucene);
    try (ClipModel model = ClipModel.open(modelDir, settings.modelOptions());
         var cluster = ClusterProcess.start(Path.of("."), 2, work.resolve("cluster"), OptionalInt.empty(),
             Duration.ofMinutes(3))) {
      var identity = IndexIdentity.of(model, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      var collection = new SyntheticCollection(identity, count, 42);
      var target = SolrTarget.ofUrls(cluster.nodeUrls(), "bench").withTimeout(Duration.ofSeconds(30));
      createCollection(target, identity);
      var exact = ExactNeighbours.of(collection);

      var out = System.out;
      out.printf(Locale.ROOT, "## %,d synthetic documents, %d dims (%s), float vectors; SolrCloud %d shards x 1 replica on"
          + " 2 nodes of one child JVM%n%n", count, identity.dimension(), identity.modelName(), shards);
      out.println("| indexing (product's commit policy) | embedded Lucene | SolrCloud | Solr / embedded |");
      out.println("|---|---:|---:|---:|");
      Ingest embedded = Ingest.run(IndexSink.embedded(), lucene, identity, collection);
      Ingest solr = Ingest.run(SolrSink.into(target), solrLocal, identity, collection);
      out.printf(Locale.ROOT, "| write + commit, docs/s | %.0f | %.0f | **%.2f** |%n", count / embedded.seconds(),
          count / solr.seconds(), embedded.seconds() / solr.seconds());
      out.printf(Locale.ROOT, "| force merge to one segment per shard, s | %.1f | %.1f | %.2f |%n%n",
          embedded.mergeSeconds(), solr.mergeSeconds(), solr.mergeSeconds() / embedded.mergeSeconds());

      // Each server owns (and closes) its model: two sessions of the same files.
      try (var embeddedServer = serve(settings, LuceneBackend.open(lucene));
           var solrServer = serve(serverSettings(solrLocal), SolrBackend.open(target))) {
        var a = new SearchClient(embeddedServer.start());
        var b = new SearchClient(solrServer.start());
        var ids = new IndexSample(lucene.root()).ids(queries + warmups, 17);
        var filter = RareLabel.closestToOnePercent(json.readTree(a.get("/api/facets")), count);
        var searchA = new ArrayList<Double>();
        var searchB = new ArrayList<Double>();
        var plain = Paired.run(warmups, queries, i -> {
          double ms = a.search(like(ids.get(i)));
          searchA.add(a.lastSearchMs());
          return ms;
        }, i -> {
          double ms = b.search(like(ids.get(i)));
          searchB.add(b.lastSearchMs());
          return ms;
        });
        var filtered = Paired.run(warmups, queries, i -> a.search(like(ids.get(i)) + "&" + filter.parameter()),
            i -> b.search(like(ids.get(i)) + "&" + filter.parameter()));
        out.printf(Locale.ROOT, "`like` queries through the HTTP API, caches off, N = 1000 candidates, page size %d, %d"
            + " warm-up and %d counted pairs; filter %s=%s on %d documents (%.2f%%).%n%n", size, warmups, queries,
            filter.dimension(), filter.value(), filter.count(), 100.0 * filter.count() / count);
        out.println("| query | embedded p50 ms | embedded p99 ms | Solr p50 ms | Solr p99 ms | Solr / embedded (median of pairs) |");
        out.println("|---|---:|---:|---:|---:|---:|");
        latencyRow("like", plain);
        latencyRow("like + 1% filter", filtered);
        Samples stepA = Samples.of(searchA.subList(warmups, searchA.size()));
        Samples stepB = Samples.of(searchB.subList(warmups, searchB.size()));
        System.out.printf(Locale.ROOT, "| search step of like (server's timing: candidates and page) | %.2f | %.2f | %.2f |"
            + " %.2f | %.2f (of medians) |%n%n", stepA.median(), stepA.percentile(0.99), stepB.median(),
            stepB.percentile(0.99), stepB.median() / stepA.median());
      }

      var sample = new IndexSample(lucene.root()).ids(recallQueries, 23);
      out.printf(Locale.ROOT, "Recall@10 against brute force (%d queries, each a stored vector, through the API):%n%n",
          sample.size());
      out.println("| candidates N | embedded | Solr | Solr - embedded |");
      out.println("|---:|---:|---:|---:|");
      for (int candidates : List.of(1000, 10)) {
        try (var embeddedServer = serve(serverSettings(lucene, candidates), LuceneBackend.open(lucene));
             var solrServer = serve(serverSettings(solrLocal, candidates), SolrBackend.open(target))) {
          double recallA = recall(new SearchClient(embeddedServer.start()), sample, exact);
          double recallB = recall(new SearchClient(solrServer.start()), sample, exact);
          out.printf(Locale.ROOT, "| %d | %.4f | %.4f | %.4f |%n", candidates, recallA, recallB, recallB - recallA);
        }
      }
    }
  }

  private ServerSettings serverSettings(IndexLayout layout) {
    return serverSettings(layout, ServerSettings.DEFAULT_CANDIDATES);
  }

  /** Loopback, caches off, {@code candidates} candidates per search (the KNN's k on each index or shard). */
  private ServerSettings serverSettings(IndexLayout layout, int candidates) {
    var defaults = ServerSettings.of(layout.root(), modelDir);
    var limits = defaults.limits();
    return defaults.withBind(ServerSettings.LOOPBACK, 0).withCaches(0, 0).withLimits(new SearchLimits(candidates,
        limits.maxPageSize(), limits.maxUploadBytes(), limits.maxTextLength()), defaults.maxUploadPixels());
  }

  private void createCollection(SolrTarget target, IndexIdentity identity) {
    var sets = new LinkedHashMap<String, LabelSet.Kind>();
    SyntheticCollection.labelSets().forEach(set -> sets.put(set.name(), set.kind()));
    try (var solr = SolrConnection.open(target, Retries.INGEST)) {
      new CollectionSetup(solr).create(identity, sets, shards, 1, Duration.ofMinutes(2));
    }
  }

  private static ServerApp serve(ServerSettings settings, IndexBackend backend) throws Exception {
    return new ServerApp(settings, ClipModel.open(settings.model(), settings.modelOptions()), backend, List.of());
  }

  private String like(String id) {
    return "like=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&size=" + size;
  }

  private static void latencyRow(String name, Paired.Result result) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | **%.2f** (%.2f-%.2f) |%n", name,
        result.a().median(), result.a().percentile(0.99), result.b().median(), result.b().percentile(0.99),
        1 / result.ratio().median(), 1 / result.ratio().max(), 1 / result.ratio().min());
  }

  private double recall(SearchClient client, List<String> ids, ExactNeighbours exact) throws Exception {
    double sum = 0;
    for (String id : ids) {
      JsonNode page = json.readTree(client.get("/api/search?like=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
          + "&size=" + ExactNeighbours.K));
      var found = new ArrayList<String>();
      page.get("hits").forEach(hit -> found.add(hit.get("id").asText()));
      sum += exact.recall(id, found);
    }
    return sum / ids.size();
  }

  /** One backend's ingest of the collection: write and commit, then force merge, each timed. */
  private record Ingest(double seconds, double mergeSeconds) {

    static Ingest run(IndexSink.Opener opener, IndexLayout layout, IndexIdentity identity,
                      SyntheticCollection collection) throws IOException {
      Map<String, String> counts = Map.of();
      try (IndexSink sink = opener.open(layout, identity, Map.of(), SyntheticCollection.labelSets(),
          WriterSettings.defaults())) {
        long start = System.nanoTime();
        collection.forEach(record -> {
          sink.write(record);
          sink.commitIfDue(counts);
        });
        sink.commit(counts);
        long written = System.nanoTime();
        sink.forceMerge(counts);
        return new Ingest((written - start) / 1e9, (System.nanoTime() - written) / 1e9);
      }
    }
  }
}
