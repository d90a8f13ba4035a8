package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PromptHeadTest {

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

  @Test
  void a_label_is_the_renormalised_average_of_its_prompts() throws Exception {
    PromptHead head = PromptHead.of(PromptSetFile.read(model.directory().resolve("prompts/scene.tsv")),
        model.textEmbedder(), model.manifest().logitScale());

    float[] a = model.textEmbedder().embed("a photo of a haven").values();
    float[] b = model.textEmbedder().embed("a photo of a harbour").values();
    float[] sum = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = a[i] + b[i];
    }
    assertThat(head.labelEmbeddings().getFirst().dot(Embedding.of(sum))).isCloseTo(1f, within(1e-5f));
  }

  @Test
  void probabilities_are_the_softmax_of_the_scaled_cosines() throws Exception {
    PromptHead head = PromptHead.of(PromptSetFile.read(model.directory().resolve("prompts/scene.tsv")),
        model.textEmbedder(), 100.0);
    Embedding image = model.textEmbedder().embed("a photo of a beach");

    float[] p = head.probabilities(image);

    double[] logits = head.labelEmbeddings().stream().mapToDouble(e -> 100.0 * image.dot(e)).toArray();
    double z = 0;
    for (double l : logits) {
      z += Math.exp(l - logits[1]);
    }
    assertThat(p[1]).isCloseTo((float) (1 / z), within(1e-4f));
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1f, within(1e-5f));
    assertThat(head.predict(image).assigned()).containsExactly("strand");
  }

  @Test
  void the_model_heads_are_its_prompt_sets_sorted_by_name() throws Exception {
    List<LabelHead> heads = LabelHeads.load(model);

    assertThat(heads).extracting(h -> h.labelSet().name()).containsExactly("motif", "scene");
    assertThat(heads.getFirst().labelSet().kind()).isEqualTo(LabelSet.Kind.MULTI_LABEL);
  }
}
