package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelFingerprint;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadFileTest {

  @TempDir
  static Path dir;

  private static ClipModel model;

  @BeforeAll
  static void open() throws Exception {
    Path copy = TinyClipWithPrompts.copyTo(dir.resolve("tiny-clip"));
    model = ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static float[][] random(int rows, int columns, long seed) {
    var rnd = new SplittableRandom(seed);
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      for (int i = 0; i < columns; i++) {
        row[i] = (float) rnd.nextDouble(-1, 1);
      }
    }
    return m;
  }

  private static SigmoidMlpHead motifHead(int dimension) {
    return SigmoidMlpHead.of(LabelSet.multiLabel("motif", List.of("Hug", "Kiss", "Line"), 0.4f),
        random(5, dimension, 1), random(1, 5, 2)[0], random(3, 5, 3), random(1, 3, 4)[0]);
  }

  private static SoftmaxHead sceneHead(int dimension) {
    return SoftmaxHead.of(LabelSet.singleLabel("scene", List.of("haven", "strand")), random(2, dimension, 5),
        random(1, 2, 6)[0]);
  }

  private static Embedding image(int dimension, long seed) {
    return Embedding.of(random(1, dimension, seed)[0]);
  }

  @Test
  void a_sigmoid_mlp_head_round_trips_through_json_with_its_probabilities() throws Exception {
    var file = new HeadFile(motifHead(8), model.fingerprint(), "tiny", Map.of("epochs", 200),
        Map.of("all", Map.of("f1", 0.9)));
    Path path = dir.resolve("motif.json");
    file.write(path);

    HeadFile read = HeadFile.read(path);

    assertThat(read.kind()).isEqualTo("sigmoid-mlp");
    assertThat(read.head().labelSet()).isEqualTo(file.head().labelSet());
    assertThat(read.head().probabilities(image(8, 9))).containsExactly(file.head().probabilities(image(8, 9)));
    assertThat(read.training()).containsEntry("epochs", 200);
    assertThat(read.evaluation()).containsKey("all");
    assertThat(read.modelFingerprint()).isEqualTo(model.fingerprint());
  }

  @Test
  void a_softmax_head_round_trips_and_its_probabilities_are_the_softmax_of_its_logits() throws Exception {
    SoftmaxHead head = sceneHead(8);
    Path path = dir.resolve("scene.json");
    new HeadFile(head, model.fingerprint(), "tiny", Map.of(), Map.of()).write(path);

    SoftmaxHead read = (SoftmaxHead) HeadFile.read(path).head();
    Embedding x = image(8, 10);

    assertThat(read.weight()).isDeepEqualTo(head.weight());
    double z0 = head.bias()[0] + Matrices.dot(head.weight()[0], x.values());
    double z1 = head.bias()[1] + Matrices.dot(head.weight()[1], x.values());
    assertThat((double) read.probabilities(x)[0]).isCloseTo(1 / (1 + Math.exp(z1 - z0)),
        org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void a_head_trained_for_another_model_is_refused_naming_both() {
    var other = new ModelFingerprint("sha256:" + "0".repeat(64));
    var file = new HeadFile(sceneHead(model.embeddingDim()), other, "other-clip", Map.of(), Map.of());

    assertThatThrownBy(() -> file.requireModel(model, "heads/scene.json")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("other-clip").hasMessageContaining(model.fingerprint().shortForm())
        .hasMessageContaining("train the head again");
  }

  @Test
  void the_model_prefers_a_trained_head_to_the_prompt_set_of_the_same_name() throws Exception {
    Path modelDir = model.directory();
    new HeadFile(sceneHead(model.embeddingDim()), model.fingerprint(), "tiny", Map.of(), Map.of())
        .write(HeadFile.pathIn(modelDir, "scene"));
    try {
      List<LabelHead> heads = LabelHeads.load(model);

      assertThat(heads).extracting(h -> h.labelSet().name()).containsExactly("motif", "scene");
      assertThat(heads.get(0)).isInstanceOf(PromptHead.class);
      assertThat(heads.get(1)).isInstanceOf(SoftmaxHead.class);
    } finally {
      Files.delete(HeadFile.pathIn(modelDir, "scene"));
    }
  }

  @Test
  void a_head_file_named_after_another_set_is_refused() throws Exception {
    Path wrong = HeadFile.pathIn(model.directory(), "place");
    new HeadFile(sceneHead(model.embeddingDim()), model.fingerprint(), "tiny", Map.of(), Map.of()).write(wrong);
    try {
      assertThatThrownBy(() -> LabelHeads.load(model)).hasMessageContaining("'scene'").hasMessageContaining("place");
    } finally {
      Files.delete(wrong);
    }
  }

  @Test
  void a_malformed_head_file_is_refused_naming_the_file_and_the_field() throws Exception {
    Path path = dir.resolve("bad.json");
    Files.writeString(path, "{\"format\": \"clipsearch-head/1\", \"set\": \"scene\", \"kind\": \"softmax\","
        + " \"labels\": [\"a\", \"b\"], \"input_dim\": 2, \"model\": {\"fingerprint\": \"sha256:" + "0".repeat(64)
        + "\"}, \"weights\": {\"weight\": [[1, 2], [3]], \"bias\": [0, 0]}}");

    assertThatThrownBy(() -> HeadFile.read(path)).hasMessageContaining(path.toString())
        .hasMessageContaining("weight row 1 has 1 values, expected 2");
    Files.writeString(path, "{\"format\": \"other/2\"}");
    assertThatThrownBy(() -> HeadFile.read(path)).hasMessageContaining("clipsearch-head/1");
  }

  @Test
  void a_head_of_the_wrong_shape_for_its_labels_is_refused() {
    assertThatThrownBy(() -> SoftmaxHead.of(LabelSet.singleLabel("scene", List.of("a", "b", "c")), random(2, 4, 1),
        new float[3])).hasMessageContaining("has 2 rows, expected 3");
    assertThatThrownBy(() -> sceneHead(8).probabilities(image(4, 1))).hasMessageContaining("reads 8-dimensional");
  }
}
