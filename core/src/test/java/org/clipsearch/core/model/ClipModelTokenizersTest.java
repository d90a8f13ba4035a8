package org.clipsearch.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.tokenize.TokenizerReferences;
import org.clipsearch.core.tokenize.TokenizerReferences.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tiny CLIP's text tower behind each tokenizer type of {@code model.json}: the rows {@link ClipModel} feeds it
 * are the reference ids padded to the context length (texts longer than it are left to the reference tests'
 * rows), and every text embeds.
 */
class ClipModelTokenizersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Reference> references() {
    return Stream.concat(TokenizerReferences.of("hf-references.json").stream(),
        TokenizerReferences.of("sp-references.json").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void the_text_path_feeds_the_reference_ids(Reference reference, @TempDir Path dir) throws Exception {
    Path copy = TinyClip.copyTo(dir);
    Files.copy(reference.file(), copy.resolve(reference.file().getFileName()));
    writeTokenizer(copy, spec(reference));

    try (ClipModel model = ClipModel.open(copy, new ModelOptions(1, ModelOptions.Device.CPU))) {
      int context = model.manifest().text().contextLength();
      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < TokenizerReferences.TEXTS.size(); i++) {
        int[] ids = reference.ids().get(i);
        if (ids.length > context) {
          continue;
        }
        int[] expected = Arrays.copyOf(ids, context);
        Arrays.fill(expected, ids.length, context, reference.padId());
        soft.assertThat(model.tokenizer().tokenize(TokenizerReferences.TEXTS.get(i), context))
            .as(TokenizerReferences.TEXTS.get(i)).containsExactly(expected);
      }
      soft.assertAll();
      List<Embedding> embeddings = model.textEmbedder().embed(TokenizerReferences.TEXTS);
      assertThat(embeddings).hasSize(TokenizerReferences.TEXTS.size())
          .allSatisfy(e -> assertThat(e.dimension()).isEqualTo(model.embeddingDim()));
    }
  }

  private static TokenizerSpec spec(Reference reference) {
    String file = reference.file().getFileName().toString();
    if (file.endsWith(".model")) {
      return TokenizerSpec.sentencePiece(file, reference.addEos(), null);
    }
    return TokenizerSpec.hfTokenizer(file, reference.name().equals("hf-clip-bpe") ? reference.padId() : null);
  }

  private static void writeTokenizer(Path modelDir, TokenizerSpec spec) throws Exception {
    Path manifest = modelDir.resolve("model.json");
    ObjectNode json = (ObjectNode) JSON.readTree(manifest.toFile());
    ((ObjectNode) json.get("text")).set("tokenizer", spec.toJson());
    JSON.writeValue(manifest.toFile(), json);
  }
}
