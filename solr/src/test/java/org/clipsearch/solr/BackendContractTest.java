package org.clipsearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.server.image.ImageUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same demo pictures indexed by the same pipeline into the embedded index and into a SolrCloud collection of two
 * shards, each served by a real server: the same queries through the JSON API find the same images, count the same
 * facets and return the same stored metadata and labels.
 */
class BackendContractTest {

  @TempDir
  static Path dir;

  private static DemoCorpus corpus;
  private static IngestReport solrReport;
  private static BackendPair.Served lucene;
  private static BackendPair.Served solr;

  @BeforeAll
  static void indexBoth() throws Exception {
    Assumptions.assumeTrue(DemoCorpus.demoModelPresent(), "skipped: the demo model is not there");
    corpus = DemoCorpus.generate(dir.resolve("images"), 20_261_206L, 300);
    corpus.indexLucene(dir.resolve("lucene"));
    SolrTarget target = TestCluster.target("contract");
    DemoCorpus.createCollection(target, 2, 1);
    solrReport = corpus.indexSolr(target, dir.resolve("solr-local"));
    lucene = BackendPair.lucene(dir.resolve("lucene"), List.of());
    solr = BackendPair.solr(target, dir.resolve("solr-local"), List.of());
  }

  @AfterAll
  static void stop() {
    if (lucene != null) {
      lucene.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static double overlap(List<String> a, List<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return a.isEmpty() ? 1.0 : (double) common.size() / a.size();
  }

  @Test
  void every_picture_is_in_the_collection_once_and_the_stats_agree() throws Exception {
    assertThat(solrReport.indexed()).isEqualTo(300);
    JsonNode luceneStats = lucene.json("/api/stats");
    JsonNode solrStats = solr.json("/api/stats");
    assertThat(solrStats.get("documents").asLong()).isEqualTo(300);
    for (String field : List.of("documents", "modelName", "fingerprint", "dimension", "vectorFormat", "labelSets",
        "collections")) {
      assertThat(solrStats.get(field)).as(field).isEqualTo(luceneStats.get(field));
    }
    String metrics = new String(solr.getBytes("/metrics").body(), StandardCharsets.UTF_8);
    long bytes = metrics.lines().filter(line -> line.startsWith("clipsearch_index_size_bytes "))
        .mapToLong(line -> Long.parseLong(line.split(" ")[1])).findFirst().orElseThrow();
    assertThat(bytes).as("the shards' index size, from the collection status").isGreaterThan(100_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"boats in a harbour", "a windmill at sunset", "children skating on a frozen canal",
      "a street with trams", "two people shaking hands", "a church in the snow"})
  void a_text_query_finds_the_same_top_ten(String query) throws Exception {
    String path = "/api/search?size=10&q=" + encoded(query);
    assertThat(overlap(ids(lucene.json(path)), ids(solr.json(path)))).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void more_like_this_and_combined_queries_find_the_same_top_ten() throws Exception {
    String like = corpus.truth.keySet().stream().sorted().findFirst().orElseThrow();
    for (String path : List.of("/api/search?size=10&like=" + encoded(like),
        "/api/search?size=10&like=" + encoded(like) + "&q=" + encoded("at night"),
        "/api/images/" + ImageUrls.segment(like) + "/similar?size=10")) {
      JsonNode fromSolr = solr.json(path);
      assertThat(overlap(ids(lucene.json(path)), ids(fromSolr))).as(path).isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void facet_counts_over_an_exact_filter_are_identical() throws Exception {
    JsonNode all = lucene.json("/api/facets");
    String scene = all.get(IndexSchema.SCENE).get(0).get("value").asText();
    String motif = all.get(IndexSchema.MOTIF).get(0).get("value").asText();
    assertThat(solr.json("/api/facets")).isEqualTo(all);
    for (String filter : List.of("scene=" + encoded(scene), "motif=" + encoded(motif),
        "scene=" + encoded(scene) + "&motif=" + encoded(motif))) {
      String path = "/api/search?size=100&q=" + encoded("a photo") + "&" + filter;
      JsonNode fromLucene = lucene.json(path);
      JsonNode fromSolr = solr.json(path);
      assertThat(fromSolr.get("totalCandidates")).as(filter).isEqualTo(fromLucene.get("totalCandidates"));
      assertThat(fromSolr.get("facets")).as(filter).isEqualTo(fromLucene.get("facets"));
      assertThat(new HashSet<>(ids(fromSolr))).as(filter).isEqualTo(new HashSet<>(ids(fromLucene)));
    }
  }

  @Test
  void keywords_alone_and_with_a_query_find_the_same_images() throws Exception {
    String title = lucene.json("/api/images/" + ImageUrls.segment(corpus.truth.keySet().stream().sorted().findFirst()
        .orElseThrow())).get("title").asText();
    String word = List.of(title.split("\\W+")).stream().filter(w -> w.length() > 4).findFirst().orElse(title);
    String path = "/api/search?size=100&keywords=" + encoded(word);
    assertThat(new HashSet<>(ids(solr.json(path)))).isEqualTo(new HashSet<>(ids(lucene.json(path))));
    String hybrid = path + "&q=" + encoded("a photo");
    assertThat(overlap(ids(lucene.json(hybrid)), ids(solr.json(hybrid)))).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void stored_metadata_and_labels_are_identical_for_every_image() throws Exception {
    for (String id : corpus.truth.keySet()) {
      String path = "/api/images/" + ImageUrls.segment(id);
      assertThat(solr.json(path)).as(id).isEqualTo(lucene.json(path));
    }
  }

  @Test
  void thumbnails_come_from_the_collection_with_the_same_bytes() throws Exception {
    String id = corpus.truth.keySet().stream().sorted().skip(3).findFirst().orElseThrow();
    String path = "/api/images/" + ImageUrls.segment(id) + "/thumbnail";
    var fromSolr = solr.getBytes(path);
    assertThat(fromSolr.statusCode()).isEqualTo(200);
    assertThat(fromSolr.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(fromSolr.body()).isEqualTo(lucene.getBytes(path).body());
  }

  @Test
  void pages_follow_one_another_without_gaps_or_repeats() throws Exception {
    var seen = new ArrayList<String>();
    for (int page = 1; page <= 3; page++) {
      seen.addAll(ids(solr.json("/api/search?size=20&page=" + page + "&q=" + encoded("a photo"))));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(60)
        .isEqualTo(ids(solr.json("/api/search?size=60&q=" + encoded("a photo"))));
  }

  @Test
  void a_second_ingest_finds_every_picture_unchanged() throws Exception {
    IngestReport again = corpus.indexSolr(TestCluster.target("contract"), dir.resolve("solr-local"));
    assertThat(again.indexed() + again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(300);
  }
}
