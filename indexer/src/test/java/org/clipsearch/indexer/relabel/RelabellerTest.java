package org.clipsearch.indexer.relabel;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.HeadFile;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.label.SoftmaxHead;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.indexer.pipeline.IndexContents;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;
import org.clipsearch.indexer.pipeline.TestCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelabellerTest {

  @TempDir
  Path dir;

  private Path collection() throws Exception {
    Path root = Files.createDirectories(dir.resolve("collection"));
    List<Path> images = TestCollection.images(root, 6);
    TestCollection.metadata(root, images.subList(0, 5));
    return root;
  }

  private IngestSettings settings(Path root) {
    return IngestSettings.of(root, "test").withIndex(dir.resolve("index")).withMetadata(root.resolve("metadata.csv"))
        .withThreads(3, 2);
  }

  /** A trained scene head for the model that gives every image {@code strand}. */
  private static void writeStrandHead(ClipModel model) throws Exception {
    var labels = List.of("haven", "strand", "bos_park");
    var head = SoftmaxHead.of(LabelSet.singleLabel("scene", labels), new float[3][model.embeddingDim()],
        new float[] {0f, 5f, 0f});
    new HeadFile(head, model.fingerprint(), model.manifest().name(), Map.of(), Map.of())
        .write(HeadFile.pathIn(model.directory(), "scene"));
  }

  private static Map<String, float[]> vectors(IndexLayout layout) throws Exception {
    var byId = new TreeMap<String, float[]>();
    try (var directory = FSDirectory.open(layout.lucene()); var reader = DirectoryReader.open(directory)) {
      for (var leaf : reader.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
        var docs = values.iterator();
        var live = leaf.reader().getLiveDocs();
        for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            byId.put(leaf.reader().storedFields().document(doc).get(IndexSchema.ID),
                values.vectorValue(docs.index()).clone());
          }
        }
      }
    }
    return byId;
  }

  @Test
  void relabelling_keeps_ids_metadata_and_vectors_and_changes_the_labels_to_the_trained_heads() throws Exception {
    Path modelDir = TestCollection.tinyClipWithPrompts(dir.resolve("tiny-clip"));
    Path root = collection();
    var layout = new IndexLayout(dir.resolve("index"));
    try (ClipModel model = ClipModel.open(modelDir, new ModelOptions(1, ModelOptions.Device.CPU))) {
      new IngestPipeline(model).run(settings(root), IngestListener.NONE);
      IndexContents before = IndexContents.read(layout);
      Map<String, float[]> vectorsBefore = vectors(layout);
      writeStrandHead(model);

      Relabeller.Report report = Relabeller.run(layout, model);

      IndexContents after = IndexContents.read(layout);
      assertThat(report.documents()).isEqualTo(6);
      assertThat(after.ids()).isEqualTo(before.ids());
      assertThat(after.facets().get("scene")).containsExactly(Map.entry("strand", 6));
      assertThat(after.facets().get("motif")).isEqualTo(before.facets().get("motif"));
      assertThat(report.changed().getOrDefault("motif", 0)).isZero();
      long notStrandBefore = before.documents().stream().filter(d -> !IndexSchema.parseScores(
          d.get(IndexSchema.LABELS_PREFIX + "scene")).getFirst().label().equals("strand")).count();
      assertThat(report.changed().getOrDefault("scene", 0)).isEqualTo((int) notStrandBefore);
      for (var entry : before.byPath().entrySet()) {
        Document was = entry.getValue();
        Document now = after.byPath().get(entry.getKey());
        assertThat(IndexSchema.parseScores(now.get(IndexSchema.LABELS_PREFIX + "scene")).getFirst().label())
            .isEqualTo("strand");
        for (String field : List.of(IndexSchema.METADATA_HASH, IndexSchema.TITLE, IndexSchema.COLLECTION,
            IndexSchema.THUMBNAIL, IndexSchema.INDEXED_AT, IndexSchema.CONTENT_HASH)) {
          assertThat(now.get(field)).as(field).isEqualTo(was.get(field));
        }
      }
      Map<String, float[]> vectorsAfter = vectors(layout);
      vectorsBefore.forEach((id, v) -> assertThat(vectorsAfter.get(id)).containsExactly(v,
          org.assertj.core.api.Assertions.within(1e-6f)));
      assertThat(after.userData()).containsEntry(IndexSchema.DATA_MODEL_FINGERPRINT, model.fingerprint().value())
          .containsEntry(IndexSchema.DATA_LABELS_PREFIX + "scene",
              "head " + HeadFile.digest(HeadFile.pathIn(modelDir, "scene")))
          .containsEntry(IndexSchema.DATA_DOCUMENTS, "6");
      assertThat(after.userData().get(IndexSchema.DATA_LABELS_PREFIX + "motif")).startsWith("prompts sha256:");

      IngestReport again = new IngestPipeline(model).run(settings(root), IngestListener.NONE);
      assertThat(again.unchanged()).as("metadata digests survive relabelling").isEqualTo(6);
    }
  }

  @Test
  void an_index_of_another_model_is_refused_naming_both() throws Exception {
    Path root = collection();
    var layout = new IndexLayout(dir.resolve("index"));
    try (ClipModel model = ClipModel.open(TestCollection.tinyClipWithPrompts(dir.resolve("a")),
        new ModelOptions(1, ModelOptions.Device.CPU))) {
      new IngestPipeline(model).run(settings(root), IngestListener.NONE);
    }
    Path other = TestCollection.tinyClipWithPrompts(dir.resolve("b"));
    Files.writeString(other.resolve("model.json"),
        Files.readString(other.resolve("model.json")).replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"other\""));
    try (ClipModel second = ClipModel.open(other, new ModelOptions(1, ModelOptions.Device.CPU))) {
      assertThatThrownBy(() -> Relabeller.run(layout, second)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("other").hasMessageContaining("use the model that built it");
    }
  }

  @Test
  void a_folder_without_an_index_is_refused() throws Exception {
    try (ClipModel model = ClipModel.open(TestCollection.tinyClip(), new ModelOptions(1, ModelOptions.Device.CPU))) {
      assertThatThrownBy(() -> Relabeller.run(new IndexLayout(Files.createDirectories(dir.resolve("empty/lucene"))
          .getParent()), model)).hasMessageContaining("no index in");
    }
  }
}
