package org.clipsearch.solr;

import org.apache.solr.common.params.ModifiableSolrParams;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.indexer.pipeline.IndexSink;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.server.image.ImageUrls;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Solr backend when the cluster fails: a node killed while indexing, a replica gone while serving, and a cluster
 * that cannot be reached, is too slow or answers garbage.
 */
class ClusterFailuresTest {

  @TempDir
  static Path dir;

  private static DemoCorpus corpus;

  @BeforeAll
  static void pictures() throws Exception {
    Assumptions.assumeTrue(DemoCorpus.demoModelPresent(), "skipped: the demo model is not there");
    corpus = DemoCorpus.generate(dir.resolve("images"), 20_261_208L, 240);
    Files.write(corpus.images.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
  }

  /** A sink that stops a node after its first documents and starts it again a few seconds later. */
  private static IndexSink.Opener stoppingNodeOnce(SolrTarget target, int node) {
    IndexSink.Opener real = SolrSink.into(target);
    return (layout, identity, labelledBy, sets, writer) -> {
      IndexSink sink = real.open(layout, identity, labelledBy, sets, writer);
      var written = new AtomicInteger();
      return new ForwardingSink(sink) {
        @Override
        public void write(org.clipsearch.core.index.ImageRecord record) throws java.io.IOException {
          if (written.incrementAndGet() == SolrSink.BATCH + 1) {
            TestCluster.get().stopNode(node);
            Thread.ofPlatform().start(() -> {
              try {
                Thread.sleep(Duration.ofSeconds(3));
                TestCluster.get().startNode(node);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
          }
          super.write(record);
        }
      };
    };
  }

  @Test
  void a_node_killed_while_indexing_leaves_every_good_picture_once_after_the_rerun() throws Exception {
    SolrTarget target = TestCluster.target("killed-node");
    DemoCorpus.createCollection(target, 2, 1);
    Path local = dir.resolve("killed-local");

    IngestReport first = corpus.indexSolr(stoppingNodeOnce(target, 1), local);
    IngestReport rerun = corpus.indexSolr(target, local);

    assertThat(first.failures()).extracting(IngestReport.Failure::path).containsExactly("broken.png");
    assertThat(rerun.failures()).extracting(IngestReport.Failure::path).containsExactly("broken.png");
    // The first run rides out the stopped node; what that node had acknowledged but not committed may be lost with
    // it, and the re-run sends exactly that again.
    assertThat(first.indexed()).isEqualTo(corpus.truth.size());
    assertThat(rerun.indexed()).isLessThan(corpus.truth.size());
    try (var solr = SolrConnection.open(target, Retries.INGEST)) {
      var params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("rows", 1000);
      params.set("fl", IndexSchema.ID + "," + SolrDocuments.ASSIGNED_PREFIX + IndexSchema.SCENE + ","
          + IndexSchema.THUMBNAIL);
      var docs = solr.query(params, "list").getResults();
      assertThat(docs.getNumFound()).isEqualTo(corpus.truth.size());
      var ids = new HashSet<String>();
      docs.forEach(doc -> ids.add(SolrDocuments.string(doc, IndexSchema.ID)));
      assertThat(ids).isEqualTo(corpus.truth.keySet());
      assertThat(docs).allSatisfy(doc -> {
        assertThat(doc.getFirstValue(SolrDocuments.ASSIGNED_PREFIX + IndexSchema.SCENE)).isNotNull();
        assertThat(doc.getFirstValue(IndexSchema.THUMBNAIL)).isNotNull();
      });
    }
  }

  @Test
  void with_two_replicas_queries_keep_answering_while_a_node_is_down() throws Exception {
    SolrTarget target = TestCluster.target("replicated");
    DemoCorpus.createCollection(target, 2, 2);
    corpus.indexSolr(target, dir.resolve("replicated-local"));
    try (var served = BackendPair.solr(target, dir.resolve("replicated-local"), List.of())) {
      String query = "/api/search?size=10&q=" + URLEncoder.encode("boats in a harbour", StandardCharsets.UTF_8);
      List<String> before = ids(served.json(query));
      TestCluster.get().stopNode(1);
      try {
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> response = served.get(query + "&page=" + (1 + i % 3));
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(ids(served.json(query + "&size=10&n=" + System.nanoTime()))).isEqualTo(before);
      } finally {
        TestCluster.get().startNode(1);
      }
    }
  }

  private static List<String> ids(com.fasterxml.jackson.databind.JsonNode page) {
    var ids = new java.util.ArrayList<String>();
    page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @Test
  void an_unreachable_slow_or_garbled_cluster_is_a_503_within_the_timeout_and_the_server_recovers()
      throws Exception {
    SolrTarget real = TestCluster.target("flaky");
    DemoCorpus.createCollection(real, 1, 1);
    corpus.indexSolr(real, dir.resolve("flaky-local"));
    String id = corpus.truth.keySet().stream().sorted().findFirst().orElseThrow();
    try (var proxy = new FaultyProxy(TestCluster.nodes().getFirst())) {
      var target = new SolrTarget(List.of(proxy.url()), null, "flaky", Duration.ofSeconds(2), false);
      var settings = BackendPair.settings(dir.resolve("flaky-local")).withTimeout(Duration.ofSeconds(5));
      try (var served = BackendPair.serve(settings, () -> SolrBackend.open(target), List.of())) {
        String search = "/api/search?size=5&q=" + URLEncoder.encode("a street", StandardCharsets.UTF_8);
        assertThat(served.get(search).statusCode()).isEqualTo(200);
        for (FaultyProxy.Mode mode : List.of(FaultyProxy.Mode.SLOW, FaultyProxy.Mode.GARBAGE)) {
          proxy.mode(mode);
          // A query not asked before: a cached answer would rightly be served while the cluster is away.
          String fresh = search + URLEncoder.encode(" " + mode.name().toLowerCase(java.util.Locale.ROOT),
              StandardCharsets.UTF_8);
          for (String path : List.of(fresh, "/api/images/" + ImageUrls.segment(id))) {
            long start = System.nanoTime();
            HttpResponse<String> response = served.get(path);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(mode + " " + path + ": " + response.body()).isEqualTo(503);
            assertThat(response.body()).contains("flaky");
            assertThat(millis).as(mode + " answered within the request timeout").isLessThan(6_000);
          }
        }
        proxy.mode(FaultyProxy.Mode.PASS);
        assertThat(served.get(search + "&again").statusCode()).isEqualTo(200);
      }
      proxy.close();
    }
  }

  @Test
  void a_collection_that_was_never_made_is_refused_at_once_with_what_to_do() {
    SolrTarget target = TestCluster.target("never-made");
    long start = System.nanoTime();
    assertThatThrownBy(() -> corpus.indexSolr(target, dir.resolve("never-made")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'never-made'")
        .hasMessageContaining("does not exist").hasMessageContaining("clipsearch solr init");
    assertThatThrownBy(() -> SolrBackend.open(target)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clipsearch solr init");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no retrying").isLessThan(Duration.ofSeconds(10));
  }
}
