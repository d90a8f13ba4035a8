package org.clipsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.server.ServerApp;
import org.clipsearch.server.ServerSettings;
import org.clipsearch.server.backend.lucene.LuceneBackend;
import org.clipsearch.server.search.SearchLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Query latency and throughput of the search server over loopback, on an index built by the indexer or on a
 * synthetic collection of any size. The server runs in this process with its caches off, so every text query is
 * embedded and every page searched; the client is {@link SearchClient}. Sequential latencies (one client) of text,
 * image upload, {@code like} and filtered {@code like} queries, with the text encoder alone timed on the same
 * texts in pairs with the text queries (on the server's own model and sessions, so that the two sides share
 * ONNX Runtime's thread pools as a server's text queries do), and filtered against unfiltered {@code like} in pairs on the same images;
 * then closed-loop throughput at several client counts. Prints Markdown. Run it with
 * {@code bench/query-latency.sh}.
 */
@Command(name = "query-latency", mixinStandardHelpOptions = true,
    description = "Search latency (p50/p99) and throughput of the server over loopback.")
public final class QueryLatencyBench implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model the index was built with.")
  Path modelDir;

  @Option(names = "--index", paramLabel = "DIR", description = "An index made by 'clipsearch index'.")
  Path index;

  @Option(names = "--synthetic", paramLabel = "N",
      description = "Instead of --index: a synthetic collection of N documents, built once under --cache.")
  Integer synthetic;

  @Option(names = "--cache", defaultValue = "bench/cache", paramLabel = "DIR",
      description = "Where synthetic indexes and query images are kept (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--vector-format", defaultValue = "float", description = "Format of a synthetic index (default: ${DEFAULT-VALUE}).")
  String vectorFormat;

  @Option(names = "--queries", defaultValue = "300", description = "Counted queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmups", defaultValue = "300", description = "Uncounted queries of each kind first, so that the JIT has compiled the paths (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "Client counts of the load runs (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(names = "--seconds", defaultValue = "10", description = "Length of each load run (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--candidates", defaultValue = "1000",
      description = "N, the candidates each search ranks and counts facets over (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--size", defaultValue = "20", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int size;

  private final ObjectMapper json = new ObjectMapper();

  public static void main(String[] args) {
    System.exit(new CommandLine(new QueryLatencyBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if ((index == null) == (synthetic == null)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give --index or --synthetic, one of them");
    }
    Path indexDir = index != null ? index : syntheticIndex();
    var defaults = ServerSettings.of(indexDir, modelDir);
    var limits = defaults.limits();
    var settings = defaults.withBind(ServerSettings.LOOPBACK, 0).withCaches(0, 0).withLimits(new SearchLimits(
        candidates, limits.maxPageSize(), limits.maxUploadBytes(), limits.maxTextLength()), defaults.maxUploadPixels());
    ClipModel model = ClipModel.open(modelDir, settings.modelOptions());
    try (ServerApp server = new ServerApp(settings, model, LuceneBackend.open(new IndexLayout(indexDir)), List.of())) {
      var client = new SearchClient(server.start());
      var stats = json.readTree(client.get("/api/stats"));
      long documents = stats.get("documents").asLong();
      var ids = new IndexSample(indexDir).ids(queries + warmups, 17);
      var filter = RareLabel.closestToOnePercent(json.readTree(client.get("/api/facets")), documents);
      var texts = texts(queries + warmups);
      var images = BenchImages.ensure(cache.resolve("images"), 8).stream().map(QueryLatencyBench::read).toList();

      var out = System.out;
      out.printf(Locale.ROOT, "## %s: %,d documents, %s vectors, %d dims, model %s%n%n", indexDir, documents,
          stats.get("vectorFormat").asText(), stats.get("dimension").asInt(), stats.get("modelName").asText());
      out.printf(Locale.ROOT, "Filter: %s=%s on %d documents (%.2f%%). N = %d candidates, page size %d, caches off, %d warm-up and %d"
          + " counted queries of each kind, one client.%n%n", filter.dimension(), filter.value(), filter.count(),
          100.0 * filter.count() / documents, candidates, size, warmups, queries);

      var textSearch = new ArrayList<Double>();
      var likeSearch = new ArrayList<Double>();
      var text = Paired.run(warmups, queries,
          i -> {
            double ms = client.search("q=" + encode(texts.get(i)) + "&size=" + size);
            textSearch.add(client.lastSearchMs());
            return ms;
          },
          i -> time(() -> model.textEmbedder().embed(texts.get(i))));
      var like = Paired.run(warmups, queries,
          i -> client.search("like=" + encode(ids.get(i)) + "&size=" + size + "&" + filter.parameter()),
          i -> {
            double ms = client.search("like=" + encode(ids.get(i)) + "&size=" + size);
            likeSearch.add(client.lastSearchMs());
            return ms;
          });
      var image = Paired.run(warmups, queries,
          i -> client.searchImage(images.get(i % images.size()), size),
          i -> client.search("like=" + encode(ids.get(i)) + "&size=" + size));

      out.println("| query | p50 ms | p99 ms | n |");
      out.println("|---|---:|---:|---:|");
      row("text (HTTP, embed + search)", text.a());
      row("text encoder alone (same texts)", text.b());
      row("image upload (HTTP, decode + embed + search)", image.a());
      row("like (HTTP, stored vector)", like.b());
      row("like + filter " + filter.value() + " (HTTP)", like.a());
      row("search step of text queries (server's timing)", Samples.of(textSearch));
      row("search step of like queries (server's timing)", Samples.of(likeSearch));
      out.println();
      out.printf(Locale.ROOT, "- text p50 minus encoder p50: **%.2f ms**; median of the pairwise differences: **%.2f ms**"
          + " (target <= 10 ms)%n", text.a().median() - text.b().median(), text.difference().median());
      out.printf(Locale.ROOT, "- like p50: **%.2f ms** (target <= 10 ms)%n", like.b().median());
      out.printf(Locale.ROOT, "- filtered / unfiltered like, median of pairwise ratios: **%.2f** (%.2f-%.2f; target <= 2)%n%n",
          like.ratio().median(), like.ratio().min(), like.ratio().max());

      out.println("| load | clients | answers/s | p50 ms | p99 ms | refused (503) |");
      out.println("|---|---:|---:|---:|---:|---:|");
      for (int c : clients) {
        load("like", c, i -> client.search("like=" + encode(ids.get(i % ids.size())) + "&size=" + size));
        load("text", c, i -> client.search("q=" + encode(texts.get(i % texts.size()) + " " + i) + "&size=" + size));
      }
    }
    return 0;
  }

  private void load(String kind, int c, LoadRun.Request request) throws Exception {
    var result = LoadRun.run(c, seconds, request);
    System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %d |%n", kind, c, result.perSecond(),
        result.latencyMs().median(), result.latencyMs().percentile(0.99), result.refused());
  }

  private static void row(String name, Samples ms) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d |%n", name, ms.median(), ms.percentile(0.99), ms.count());
  }

  private Path syntheticIndex() throws Exception {
    try (ClipModel model = ClipModel.open(modelDir, ModelOptions.defaults())) {
      var format = VectorFormat.parse(vectorFormat);
      var identity = IndexIdentity.of(model, format);
      Path dir = cache.resolve("synthetic-%d-%s-%s".formatted(synthetic, model.fingerprint().shortForm(),
          format.encoding().id()));
      var layout = new IndexLayout(dir);
      if (!Files.isDirectory(layout.lucene())) {
        System.err.printf("building a synthetic index of %,d documents in %s...%n", synthetic, dir);
        long start = System.nanoTime();
        Path partial = cache.resolve(dir.getFileName() + ".partial");
        new SyntheticCollection(identity, synthetic, 42).write(new IndexLayout(partial));
        Files.move(partial, dir);
        System.err.printf(Locale.ROOT, "built in %.0f s%n", (System.nanoTime() - start) / 1e9);
      }
      return dir;
    }
  }

  /** Distinct texts, so that no query is answered from a cache. */
  private static List<String> texts(int count) {
    String[] things = {"a windmill", "a harbour with boats", "children playing", "a market square", "a church",
        "a tram in the street", "a portrait of a woman", "cows in a meadow", "a bridge over a canal", "a factory"};
    String[] when = {"at sunset", "in winter", "in the rain", "at night", "in the morning", "in summer"};
    var texts = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      texts.add(things[i % things.length] + " " + when[(i / things.length) % when.length] + " " + (i + 1900));
    }
    return texts;
  }

  private static double time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
