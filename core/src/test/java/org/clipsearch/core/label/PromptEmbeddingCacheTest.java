package org.clipsearch.core.label;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PromptEmbeddingCacheTest {

  @TempDir
  Path dir;

  private ClipModel model;
  private Path sceneFile;

  @BeforeEach
  void open() throws Exception {
    model = ClipModel.open(TinyClipWithPrompts.copyTo(dir.resolve("tiny-clip")),
        new ModelOptions(1, ModelOptions.Device.CPU));
    sceneFile = model.directory().resolve("prompts/scene.tsv");
  }

  @AfterEach
  void close() {
    model.close();
  }

  private PromptHead scene() throws Exception {
    return (PromptHead) LabelHeads.promptHeads(model).get("scene");
  }

  @Test
  void the_first_load_keeps_the_label_embeddings_and_the_next_reads_them() throws Exception {
    Path cache = PromptEmbeddingCache.file(sceneFile, "scene", model);
    assertThat(cache).doesNotExist();
    List<Embedding> embedded = scene().labelEmbeddings();
    assertThat(cache).hasSize(3L * model.embeddingDim() * Float.BYTES);

    swapFirstTwoLabels(cache);
    List<Embedding> read = scene().labelEmbeddings();

    assertThat(read.get(0).dot(embedded.get(1))).as("the head was built from the cache file")
        .isCloseTo(1f, within(1e-6f));
    assertThat(read.get(1).dot(embedded.get(0))).isCloseTo(1f, within(1e-6f));
    assertThat(read.get(2).dot(embedded.get(2))).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void an_edited_prompt_file_is_embedded_again_under_another_key() throws Exception {
    Path before = PromptEmbeddingCache.file(sceneFile, "scene", model);
    scene();
    Files.writeString(sceneFile, Files.readString(sceneFile).replace("a photo of a beach", "sand and sea"));

    Path after = PromptEmbeddingCache.file(sceneFile, "scene", model);
    Embedding strand = scene().labelEmbeddings().get(1);

    assertThat(after).isNotEqualTo(before).exists();
    assertThat(strand.dot(model.textEmbedder().embed("sand and sea"))).isCloseTo(1f, within(1e-5f));
  }

  @Test
  void a_cache_file_of_the_wrong_size_is_embedded_and_written_again() throws Exception {
    Path cache = PromptEmbeddingCache.file(sceneFile, "scene", model);
    List<Embedding> embedded = scene().labelEmbeddings();
    Files.write(cache, new byte[] {1, 2, 3});

    List<Embedding> again = scene().labelEmbeddings();

    assertThat(again.get(0).dot(embedded.get(0))).isCloseTo(1f, within(1e-6f));
    assertThat(cache).hasSize(3L * model.embeddingDim() * Float.BYTES);
  }

  private void swapFirstTwoLabels(Path cache) throws Exception {
    int row = model.embeddingDim() * Float.BYTES;
    byte[] bytes = Files.readAllBytes(cache);
    byte[] swapped = bytes.clone();
    System.arraycopy(bytes, 0, swapped, row, row);
    System.arraycopy(bytes, row, swapped, 0, row);
    assertThat(ByteBuffer.wrap(swapped).order(ByteOrder.LITTLE_ENDIAN).getFloat(0))
        .isEqualTo(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat(row));
    Files.write(cache, swapped);
  }
}
