package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.core.embed.Embedding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClipModelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static ClipModel model;

  @BeforeAll
  static void open() throws Exception {
    model = ClipModel.open(TinyClip.DIR, new ModelOptions(1, ModelOptions.Device.CPU));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void text_embeddings_equal_the_reference_model() throws Exception {
    var rows = TinyClip.rows("text.tsv").toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
    for (String[] row : rows) {
      String text = JSON.readValue(row[1], String.class);
      Embedding expected = Embedding.of(TinyClip.floats(row[3]));

      assertThat(model.tokenizer().tokenize(text, 77)).as(text).containsExactly(toInts(row[2]));
      assertThat(model.textEmbedder().embed(text).dot(expected)).as(text).isGreaterThanOrEqualTo(0.9999f);
    }
  }

  @Test
  void image_embeddings_of_reference_tensors_equal_the_reference_model() throws Exception {
    var rows = TinyClip.rows("images.tsv").toList();
    var tensors = new ArrayList<float[]>();
    for (String[] row : rows) {
      tensors.add(readF32(TinyClip.RESOURCES.resolve(row[1])));
    }

    List<Embedding> batch = model.imageEmbedder().embedPreprocessed(tensors);

    assertThat(batch).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Embedding expected = Embedding.of(TinyClip.floats(rows.get(i)[2]));
      assertThat(batch.get(i).dot(expected)).as(rows.get(i)[0]).isGreaterThanOrEqualTo(0.9999f);
      Embedding alone = model.imageEmbedder().embedPreprocessed(List.of(tensors.get(i))).getFirst();
      assertThat(alone.dot(batch.get(i))).as("batch of one equals the batch row").isGreaterThanOrEqualTo(0.9999f);
    }
  }

  @Test
  void reports_what_it_runs_on() {
    assertThat(model.executionProvider()).isEqualTo("CPU");
    assertThat(model.embeddingDim()).isEqualTo(32);
    assertThat(model.fingerprint().value()).startsWith("sha256:");
  }

  @Test
  void an_input_of_the_wrong_length_is_refused() {
    assertThatThrownBy(() -> model.imageEmbedder().embedPreprocessed(List.of(new float[10])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image input has 10 values, the model expects 3 x 64 x 64 = 12288");
  }

  @Test
  void the_fingerprint_is_stable_and_follows_the_weights(@TempDir Path dir) throws Exception {
    Path copy = TinyClip.copyTo(dir);
    ModelManifest manifest = ModelManifest.read(copy);
    ModelFingerprint original = ModelFingerprint.of(copy, manifest);

    assertThat(ModelFingerprint.of(copy, manifest)).isEqualTo(original);
    assertThat(original).isEqualTo(model.fingerprint());

    byte[] weights = Files.readAllBytes(copy.resolve("visual.onnx"));
    weights[weights.length - 1] ^= 1;
    Files.write(copy.resolve("visual.onnx"), weights);
    assertThat(ModelFingerprint.of(copy, manifest)).isNotEqualTo(original);
  }

  @Test
  void a_wrong_input_name_is_reported_at_load_time(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> ((ObjectNode) m.get("image")).put("input", "images"));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visual.onnx: model.json names the inputs [images], the graph's inputs are [pixel_values]");
  }

  @Test
  void a_wrong_output_name_is_reported_at_load_time(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> ((ObjectNode) m.get("text")).put("output", "pooled"));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("textual.onnx: model.json names the output 'pooled', the graph's outputs are [text_embeds]");
  }

  @Test
  void a_wrong_embedding_dimension_is_reported_at_load_time(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> m.put("embedding_dim", 512));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("output 'image_embeds' has shape [-1, 32], model.json expects [N, 512]");
  }

  @Test
  void a_wrong_image_size_is_reported_at_load_time(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> ((ObjectNode) m.get("image")).put("size", 224));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input 'pixel_values' has shape [-1, 3, 64, 64], model.json expects [N, 3, 224, 224]");
  }

  @Test
  void a_wrong_id_type_is_reported_at_load_time(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> ((ObjectNode) m.get("text")).put("input_type", "int32"));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("textual.onnx: input 'input_ids' is int64, model.json expects int32");
  }

  @Test
  void a_missing_tower_file_is_named(@TempDir Path dir) throws Exception {
    Path copy = TinyClip.copyTo(dir);
    Files.delete(copy.resolve("textual.onnx"));

    assertThatThrownBy(() -> ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU)))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("textual.onnx");
  }

  @Test
  void an_image_only_model_has_no_text_embedder(@TempDir Path dir) throws Exception {
    Path copy = broken(dir, m -> m.remove("text"));

    try (ClipModel imageOnly = ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU))) {
      assertThat(imageOnly.hasTextTower()).isFalse();
      assertThatThrownBy(imageOnly::textEmbedder)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has no text tower");
    }
  }

  @Test
  void cuda_on_a_cpu_build_is_refused_with_the_way_out() {
    assertThatThrownBy(() -> ClipModel.open(TinyClip.DIR, new ModelOptions(1, ModelOptions.Device.CUDA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gpu' profile");
  }

  private static Path broken(Path dir, Consumer<ObjectNode> change) throws Exception {
    Path copy = TinyClip.copyTo(dir);
    ObjectNode manifest = (ObjectNode) JSON.readTree(copy.resolve("model.json").toFile());
    change.accept(manifest);
    JSON.writeValue(copy.resolve("model.json").toFile(), manifest);
    return copy;
  }

  private static int[] toInts(String spaceSeparated) {
    return java.util.Arrays.stream(spaceSeparated.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
  }

  private static float[] readF32(Path file) throws Exception {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[bytes.remaining() / Float.BYTES];
    bytes.asFloatBuffer().get(values);
    return values;
  }
}
