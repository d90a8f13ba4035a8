package org.clipsearch.bench;

import org.apache.solr.common.params.ModifiableSolrParams;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.indexer.pipeline.WriterSettings;
import org.clipsearch.solr.CollectionSetup;
import org.clipsearch.solr.Retries;
import org.clipsearch.solr.SolrConnection;
import org.clipsearch.solr.SolrSink;
import org.clipsearch.solr.SolrTarget;
import org.clipsearch.solr.cluster.ClusterProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
 * Where a Solr search's time goes: the same {@code {!knn}} query sent through SolrJ alone in several forms,
 * interleaved query by query, on a synthetic collection in the dev cluster: distributed with ids and scores only,
 * on one shard only ({@code distrib=false}), with the candidate fields the backend reads, in one pass, and for the
 * top 10 only. Prints the median of each. Run it with {@code bench/solr-query-probe.sh}.
 */
@Command(name = "solr-query-probe", mixinStandardHelpOptions = true,
    description = "Median cost of forms of the same knn query on the dev cluster, through SolrJ alone.")
public final class SolrQueryProbe implements Callable<Integer> {

  private static final String CANDIDATE_FIELDS =
      "id,score,sha256,year,collection,licence,decade,assigned.scene,assigned.motif";

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model the collection is built for.")
  Path modelDir;

  @Option(names = "--count", defaultValue = "100000", description = "Documents (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--queries", defaultValue = "300", description = "Counted queries of each form (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmups", defaultValue = "100", description = "Uncounted rounds first (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--cache", defaultValue = "bench/cache", paramLabel = "DIR",
      description = "Where the run's cluster is made, and deleted at its end (default: ${DEFAULT-VALUE}).")
  Path cache;

  /** A form of the query: its name, its field list, and its extra parameters. */
  private record Form(String name, String fields, int topK, Map<String, String> extra) {
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SolrQueryProbe()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path work = TempDirs.fresh(cache, "solr-query-probe");
    try {
      probe(work);
    } finally {
      TempDirs.delete(work);
    }
    return 0;
  }

  private void probe(Path work) throws Exception {
    try (var model = ClipModel.open(modelDir, ModelOptions.defaults());
         var cluster = ClusterProcess.start(Path.of("."), 2, work.resolve("cluster"), OptionalInt.empty(),
             Duration.ofMinutes(3))) {
      var identity = IndexIdentity.of(model, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      var target = SolrTarget.ofUrls(cluster.nodeUrls(), "probe").withTimeout(Duration.ofSeconds(60));
      var sets = new LinkedHashMap<String, LabelSet.Kind>();
      SyntheticCollection.labelSets().forEach(set -> sets.put(set.name(), set.kind()));
      try (var solr = SolrConnection.open(target, Retries.INGEST)) {
        new CollectionSetup(solr).create(identity, sets, 2, 1, Duration.ofMinutes(2));
      }
      var vectors = new ArrayList<float[]>();
      int rounds = warmups + queries;
      try (var sink = SolrSink.into(target).open(new IndexLayout(work.resolve("local")), identity, Map.of(),
          SyntheticCollection.labelSets(), WriterSettings.defaults())) {
        new SyntheticCollection(identity, count, 42).forEach(record -> {
          sink.write(record);
          sink.commitIfDue(Map.of());
          if (vectors.size() < rounds) {
            vectors.add(record.embedding().values());
          }
        });
        sink.forceMerge(Map.of());
      }
      List<Form> forms = List.of(
          new Form("distributed, ids and scores", "id,score", 1000, Map.of()),
          new Form("one shard (distrib=false), ids and scores", "id,score", 1000, Map.of("distrib", "false")),
          new Form("distributed, candidate fields", CANDIDATE_FIELDS, 1000, Map.of()),
          new Form("distributed, candidate fields, one pass", CANDIDATE_FIELDS, 1000,
              Map.of("distrib.singlePass", "true")),
          new Form("distributed top 10, ids and scores", "id,score", 10, Map.of()));
      var times = new LinkedHashMap<Form, List<Double>>();
      forms.forEach(form -> times.put(form, new ArrayList<>()));
      try (var solr = SolrConnection.open(target, Retries.NONE)) {
        for (int i = 0; i < rounds; i++) {
          String vector = vectorText(vectors.get(i));
          for (Form form : forms) {
            var params = new ModifiableSolrParams();
            params.set("q", "{!knn f=vector topK=" + form.topK() + "}" + vector);
            params.set("rows", form.topK());
            params.set("fl", form.fields());
            form.extra().forEach(params::set);
            long start = System.nanoTime();
            solr.query(params, form.name());
            if (i >= warmups) {
              times.get(form).add((System.nanoTime() - start) / 1e6);
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "## knn query forms on %,d synthetic documents, 2 shards (SolrJ alone, %d"
          + " interleaved rounds after %d warm-up)%n%n| form | p50 ms | p99 ms |%n|---|---:|---:|%n", count, queries,
          warmups);
      times.forEach((form, ms) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f |%n", form.name(),
          Samples.of(ms).median(), Samples.of(ms).percentile(0.99)));
    }
  }

  private static String vectorText(float[] vector) {
    var text = new StringBuilder("[");
    for (int d = 0; d < vector.length; d++) {
      text.append(d == 0 ? "" : ",").append(vector[d]);
    }
    return text.append(']').toString();
  }
}
