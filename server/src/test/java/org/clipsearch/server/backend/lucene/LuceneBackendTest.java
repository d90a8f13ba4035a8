package org.clipsearch.server.backend.lucene;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestSettings;
import org.clipsearch.server.backend.BackendHit;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.search.SearchFilters;
import org.clipsearch.server.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lucene backend over one demo collection indexed in every vector format. */
class LuceneBackendTest {

  private static final Path DEMO_CLIP =
      Path.of(System.getProperty("clipsearch.models.dir", "../models")).resolve("demo-clip");

  @TempDir
  static Path dir;

  private static ClipModel model;

  @BeforeAll
  static void indexInEveryFormat() throws Exception {
    Assumptions.assumeTrue(Files.exists(DEMO_CLIP.resolve("model.json")), "the demo model is not there");
    DemoWorld.generate(5L, 60, dir.resolve("images"), 2);
    model = ClipModel.open(DEMO_CLIP, new ModelOptions(2, ModelOptions.Device.CPU));
    for (VectorFormat.Encoding encoding : VectorFormat.Encoding.values()) {
      new IngestPipeline(model).run(IngestSettings.of(dir.resolve("images"), "demo")
          .withIndex(dir.resolve(encoding.id())).withVectorFormat(VectorFormat.of(encoding))
          .withMetadata(dir.resolve("images/metadata.csv")), IngestListener.NONE);
    }
  }

  @AfterAll
  static void closeModel() {
    if (model != null) {
      model.close();
    }
  }

  private static BackendQuery query(float[] vector, SearchFilters filters, int limit, int count) {
    return new BackendQuery(vector, null, filters, limit, null, null, SearchRequest.Sort.RELEVANCE, 0, count);
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void an_image_finds_itself_first_at_full_precision_in_every_vector_format(VectorFormat.Encoding encoding)
      throws Exception {
    try (var backend = LuceneBackend.open(new IndexLayout(dir.resolve(encoding.id())))) {
      assertThat(backend.identity().vectorFormat().encoding()).isEqualTo(encoding);
      String id = "demo:" + backend.search(query(model.textEmbedder().embed("a photo").values(),
          SearchFilters.NONE, 60, 1)).page().getFirst().image().path();
      float[] stored = backend.vector(id).orElseThrow();

      BackendResult result = backend.search(query(stored, SearchFilters.NONE, 20, 5));

      assertThat(result.page().getFirst().image().id()).isEqualTo(id);
      assertThat(result.page().getFirst().score()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
      assertThat(result.page()).extracting(BackendHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void a_scene_filter_inside_the_vector_search_fills_the_page_with_that_scene(VectorFormat.Encoding encoding) {
    try (var backend = LuceneBackend.open(new IndexLayout(dir.resolve(encoding.id())))) {
      var scenes = backend.facets().get("scene");
      String rare = scenes.getLast().value();
      int count = scenes.getLast().count();
      var filters = new SearchFilters(List.of(rare), List.of(), SearchFilters.MotifMode.ANY, List.of(), null,
          List.of(), null, null);

      BackendResult result = backend.search(query(model.textEmbedder().embed("a photo of a harbour").values(),
          filters, 1000, 100));

      assertThat(result.totalCandidates()).isEqualTo(count);
      assertThat(result.page()).hasSize(count)
          .allSatisfy(hit -> assertThat(hit.image().assigned("scene")).containsExactly(rare));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
