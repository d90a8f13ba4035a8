package org.clipsearch.indexer.pipeline;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestPipelineTest extends TinyModelTest {

  private IngestSettings settings(Path images) {
    return IngestSettings.of(images, "test").withIndex(dir.resolve("index")).withThreads(3, 2);
  }

  private static IngestReport ingest(IngestSettings settings) throws Exception {
    return new IngestPipeline(model).run(settings, IngestListener.NONE);
  }

  @Test
  void each_collection_records_the_real_path_of_its_images_folder_and_keeps_the_others() throws Exception {
    Path harbour = Files.createDirectories(dir.resolve("harbour"));
    Path city = Files.createDirectories(dir.resolve("city"));
    TestCollection.images(harbour, 2);
    TestCollection.images(city, 2);
    Path link = Files.createSymbolicLink(dir.resolve("harbour-link"), harbour);

    ingest(settings(link));
    ingest(IngestSettings.of(city, "city").withIndex(dir.resolve("index")).withThreads(3, 2));

    assertThat(IndexContents.read(new IndexLayout(dir.resolve("index"))).userData())
        .containsEntry(IndexSchema.DATA_IMAGES_ROOT_PREFIX + "test", harbour.toRealPath().toString())
        .containsEntry(IndexSchema.DATA_IMAGES_ROOT_PREFIX + "city", city.toRealPath().toString());
  }

  @Test
  void each_image_becomes_one_document_with_its_metadata_labels_facets_and_thumbnail() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    List<Path> images = TestCollection.images(root, 7);
    Path metadata = TestCollection.metadata(root, images, "images/9/missing.jpg,Nobody,,,,,,");
    Files.writeString(root.resolve("README.txt"), "not an image");

    IngestReport report = ingest(settings(root).withMetadata(metadata));

    assertThat(report.indexed()).isEqualTo(7);
    assertThat(report.failures()).isEmpty();
    assertThat(report.warnings()).containsExactly("metadata for a file that was not found: images/9/missing.jpg");
    var contents = IndexContents.read(new IndexLayout(dir.resolve("index")));
    assertThat(contents.ids()).hasSize(7).doesNotHaveDuplicates().allMatch(id -> id.startsWith("test:images/"));
    Document first = contents.byPath().get("images/0/0.jpg");
    assertThat(first.get(IndexSchema.TITLE)).isEqualTo("Picture 0");
    assertThat(first.get(IndexSchema.DESCRIPTION)).isEqualTo("A view, with commas");
    assertThat(first.getField(IndexSchema.YEAR).numericValue()).isEqualTo(1950);
    assertThat(first.get(IndexSchema.COLLECTION)).isEqualTo("Demo Harbour Archive");
    assertThat(first.get(IndexSchema.CONTENT_HASH)).isEqualTo(ContentHash.of(images.getFirst()));
    var original = ImageIO.read(images.getFirst().toFile());
    assertThat(first.getField(IndexSchema.WIDTH).numericValue()).isEqualTo(original.getWidth());
    assertThat(IndexSchema.parseScores(first.get(IndexSchema.LABELS_PREFIX + "scene"))).hasSize(3);
    assertThat(IndexSchema.parseScores(first.get(IndexSchema.LABELS_PREFIX + "motif"))).hasSize(3);
    var thumbnail = ImageIO.read(dir.resolve("index").resolve(first.get(IndexSchema.THUMBNAIL)).toFile());
    assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight()))
        .isEqualTo(Math.min(384, Math.max(original.getWidth(), original.getHeight())));
    assertThat(contents.facets().get("scene").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    assertThat(contents.facets().get("collection"))
        .containsEntry("Demo Harbour Archive", 4).containsEntry("Demo City Archive", 3);
    assertThat(contents.facets().get("decade")).containsEntry("1950s", 7);
    assertThat(contents.facets().get("licence")).containsEntry("CC BY 4.0", 7);
    assertThat(contents.userData()).containsEntry(IndexSchema.DATA_DOCUMENTS, "7")
        .containsEntry(IndexSchema.DATA_MODEL_FINGERPRINT, model.fingerprint().value())
        .containsEntry(IndexSchema.DATA_VECTOR_FORMAT, "float")
        .containsEntry(IndexSchema.DATA_INGEST_PREFIX + "indexed", "7");
  }

  @Test
  void a_second_run_over_the_same_files_writes_nothing() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    TestCollection.images(root, 5);
    ingest(settings(root));

    IngestReport again = ingest(settings(root));

    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(again.indexed() + again.updated() + again.removed()).isZero();
    assertThat(again.stageTimes().get("decode+embed")).isLessThan(java.time.Duration.ofMillis(500));
    assertThat(IndexContents.read(new IndexLayout(dir.resolve("index"))).maxDoc()).isEqualTo(5);
  }

  @Test
  void a_changed_file_or_metadata_row_replaces_its_document() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    List<Path> images = TestCollection.images(root, 5);
    Path metadata = TestCollection.metadata(root, images);
    ingest(settings(root).withMetadata(metadata));

    TestCollection.write(images.get(2), 1000, "jpg");
    Files.writeString(metadata, Files.readString(metadata).replace("Picture 3", "Picture three"));
    IngestReport report = ingest(settings(root).withMetadata(metadata));

    assertThat(report.updated()).isEqualTo(2);
    assertThat(report.unchanged()).isEqualTo(3);
    var byPath = IndexContents.read(new IndexLayout(dir.resolve("index"))).byPath();
    assertThat(byPath).hasSize(5);
    assertThat(byPath.get("images/0/2.jpg").get(IndexSchema.CONTENT_HASH)).isEqualTo(ContentHash.of(images.get(2)));
    assertThat(byPath.get("images/1/3.png").get(IndexSchema.TITLE)).isEqualTo("Picture three");
  }

  @Test
  void a_deleted_file_is_kept_without_prune_and_removed_with_it() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    List<Path> images = TestCollection.images(root, 4);
    ingest(settings(root));
    var layout = new IndexLayout(dir.resolve("index"));
    Path thumbnail = layout.thumbnailFile("test:images/0/1.png");
    assertThat(thumbnail).exists();

    Files.delete(images.get(1));
    IngestReport kept = ingest(settings(root));
    IngestReport pruned = ingest(settings(root).withPrune(true));

    assertThat(kept.removed()).isZero();
    assertThat(pruned.removed()).isEqualTo(1);
    assertThat(IndexContents.read(layout).byPath()).containsOnlyKeys("images/0/0.jpg", "images/0/2.jpg",
        "images/1/3.png");
    assertThat(thumbnail).doesNotExist();
  }

  @Test
  void an_index_refuses_another_model_and_another_vector_format_naming_both() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    TestCollection.images(root, 2);
    ingest(settings(root));
    Path other = TestCollection.tinyClipWithPrompts(dir.resolve("other-clip"));
    byte[] visual = Files.readAllBytes(other.resolve("visual.onnx"));
    visual[visual.length - 200] ^= 0x01;
    Files.write(other.resolve("visual.onnx"), visual);

    try (var second = ClipModel.open(other, new ModelOptions(1, ModelOptions.Device.CPU))) {
      assertThat(second.fingerprint()).isNotEqualTo(model.fingerprint());
      assertThatThrownBy(() -> new IngestPipeline(second).run(settings(root), IngestListener.NONE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("was built with model tiny-clip (" + model.fingerprint().shortForm())
          .hasMessageContaining("this run uses model tiny-clip (" + second.fingerprint().shortForm());
    }
    assertThatThrownBy(() -> ingest(settings(root).withVectorFormat(VectorFormat.parse("int4"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stores vectors as float; this run asks for int4");
    assertThat(IndexContents.read(new IndexLayout(dir.resolve("index"))).documents()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void each_vector_format_finds_an_indexed_image_itself_first(VectorFormat.Encoding encoding) throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    List<Path> images = TestCollection.images(root, 6);

    ingest(settings(root).withVectorFormat(VectorFormat.of(encoding)).withForceMerge(true));

    try (var directory = FSDirectory.open(dir.resolve("index/lucene")); var reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).hasSize(1);
      var searcher = new IndexSearcher(reader);
      for (Path image : images) {
        var decoded = new org.clipsearch.core.image.ImageDecoder(org.clipsearch.core.image.DecodeLimits.defaults())
            .decode(image);
        float[] query = model.imageEmbedder().embed(decoded.image()).values();
        var knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, query, 6);
        ScoreDoc top = searcher.search(
            RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, query, IndexSchema.VECTOR, 3), 3).scoreDocs[0];
        assertThat(searcher.storedFields().document(top.doc).get(IndexSchema.PATH))
            .isEqualTo(root.relativize(image).toString());
      }
    }
  }
}
