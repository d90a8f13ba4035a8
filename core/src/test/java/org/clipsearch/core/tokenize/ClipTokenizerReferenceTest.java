package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.clipsearch.core.model.TokenizerSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real 49,408-token CLIP vocabulary against encodings made with the reference tokenizer, both kept in
 * {@code ../shared/testdata/clip-bpe/} (never copied into this repository). Skipped when that folder is absent.
 */
class ClipTokenizerReferenceTest {

  private static final Path CLIP_BPE = Path.of(System.getProperty("clipsearch.shared.dir", "../../shared"))
      .resolve("testdata/clip-bpe");
  private static final Path VOCAB_GZ = CLIP_BPE.resolve("bpe_simple_vocab_16e6.txt.gz");
  private static final Path ENCODINGS = CLIP_BPE.resolve("reference-encodings.tsv");

  private static ClipTokenizer tokenizer;

  /** One row of reference-encodings.tsv. */
  record Reference(String name, String text, int[] ids) {
    @Override
    public String toString() {
      return "case " + name;
    }
  }

  private static final boolean PRESENT = Files.isRegularFile(VOCAB_GZ) && Files.isRegularFile(ENCODINGS);

  @BeforeAll
  static void loadVocabulary() {
    if (PRESENT) {
      tokenizer = ClipTokenizer.fromOpenAiVocab(VOCAB_GZ, 49406, 49407, 0);
    }
  }

  /** Per test rather than per class, so that every skipped test reports why. */
  @BeforeEach
  void requireSharedData() {
    assumeTrue(PRESENT, CLIP_BPE + " not found: reference tokenizer tests skipped");
  }

  static List<Reference> references() throws IOException {
    var mapper = new ObjectMapper();
    var references = new ArrayList<Reference>();
    for (String line : Files.readAllLines(ENCODINGS, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      int[] ids = columns[2].isEmpty() ? new int[0]
          : Arrays.stream(columns[2].split(" ")).mapToInt(Integer::parseInt).toArray();
      references.add(new Reference(columns[0], mapper.readValue(columns[1], String.class), ids));
    }
    return references;
  }

  @TestFactory
  Stream<DynamicTest> encodes_every_reference_text_exactly() throws IOException {
    return references().stream().map(reference -> DynamicTest.dynamicTest(reference.toString(),
        () -> assertThat(tokenizer.encode(reference.text())).containsExactly(reference.ids())));
  }

  @Test
  void reads_all_fifty_reference_rows() throws IOException {
    assertThat(references()).hasSize(50);
  }

  @Test
  void has_the_49408_tokens_of_clip() {
    assertThat(tokenizer.vocabularySize()).isEqualTo(49408);
    assertThat(tokenizer.encode("<|startoftext|> <|endoftext|>")).containsExactly(49406, 49407);
  }

  @TestFactory
  Stream<DynamicTest> frames_every_reference_text_for_a_context_of_77() throws IOException {
    return references().stream().map(reference -> DynamicTest.dynamicTest(reference.toString(), () -> {
      int[] row = tokenizer.tokenize(reference.text(), 77);
      int[] ids = reference.ids();

      assertThat(row).hasSize(77);
      assertThat(row[0]).isEqualTo(49406);
      if (ids.length + 2 <= 77) {
        assertThat(Arrays.copyOfRange(row, 1, ids.length + 1)).containsExactly(ids);
        assertThat(row[ids.length + 1]).isEqualTo(49407);
        assertThat(Arrays.copyOfRange(row, ids.length + 2, 77)).containsOnly(0);
      } else {
        assertThat(Arrays.copyOfRange(row, 1, 76)).containsExactly(Arrays.copyOfRange(ids, 0, 75));
        assertThat(row[76]).isEqualTo(49407);
      }
    }));
  }

  @Test
  void cuts_a_very_long_text_to_77_ids_ending_with_the_end_token() {
    String text = String.join(" ", Collections.nCopies(90, "word"));

    int[] row = tokenizer.tokenize(text, 77);

    assertThat(row).hasSize(77);
    assertThat(row[0]).isEqualTo(49406);
    assertThat(Arrays.copyOfRange(row, 1, 76)).containsOnly(2653);
    assertThat(row[76]).isEqualTo(49407);
  }

  @Test
  void pads_a_short_text_with_zeros_after_the_end_token() {
    assertThat(tokenizer.tokenize("a photo of a cat", 77))
        .startsWith(49406, 320, 1125, 539, 320, 2368, 49407)
        .endsWith(new int[77 - 7]);
    assertThat(tokenizer.tokenize("", 77)).startsWith(49406, 49407).endsWith(new int[75]);
  }

  @Test
  void hugging_face_layout_converted_from_the_openai_file_gives_the_same_ids(@TempDir Path dir) throws IOException {
    writeHuggingFaceLayout(dir);

    ClipTokenizer huggingFace = ClipTokenizer.fromHuggingFaceFiles(
        dir.resolve("vocab.json"), dir.resolve("merges.txt"), 49406, 49407, 0);

    assertThat(huggingFace.vocabularySize()).isEqualTo(49408);
    for (Reference reference : references()) {
      assertThat(huggingFace.encode(reference.text())).as(reference.toString()).containsExactly(reference.ids());
    }
  }

  @Test
  void from_path_takes_the_special_ids_of_either_layout(@TempDir Path dir) throws IOException {
    writeHuggingFaceLayout(dir);

    for (ClipTokenizer loaded : List.of(ClipTokenizer.fromPath(VOCAB_GZ), ClipTokenizer.fromPath(dir))) {
      assertThat(loaded.startToken()).isEqualTo(49406);
      assertThat(loaded.endToken()).isEqualTo(49407);
      assertThat(loaded.padToken()).isZero();
      assertThat(loaded.tokenize("Three boats in a harbour", 8))
          .containsExactly(49406, 2097, 10080, 530, 320, 10011, 49407, 0);
    }
  }

  @Test
  void loads_the_openai_layout_named_in_a_manifest() {
    var spec = new TokenizerSpec(null, null, VOCAB_GZ.getFileName().toString(), 49406, 49407, 49407);

    ClipTokenizer loaded = ClipTokenizer.load(CLIP_BPE, spec);

    assertThat(loaded.tokenize("a cat", 6)).containsExactly(49406, 320, 2368, 49407, 49407, 49407);
  }

  @Test
  void agrees_with_the_reference_merge_loop_on_random_words() {
    Vocabulary vocabulary = Vocabulary.readOpenAi(VOCAB_GZ);
    Bpe bpe = Bpe.of(vocabulary);
    var oracle = new ReferenceBpe(vocabulary);
    var random = new Random(20240601);
    String alphabet = "abcdefghijklmnopqrstuvwxyzéèüößøñçåæœ日本語中文图片ελληνικάрусскийтекст";

    for (int n = 0; n < 2000; n++) {
      var word = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = word.toString();
      assertThat(bpe.encode(text.getBytes(StandardCharsets.UTF_8))).as(text).containsExactly(oracle.encode(text));
    }
  }

  /**
   * Writes vocab.json and merges.txt of the Hugging Face layout, converted straight from the OpenAI file: its
   * merges after the header line, and the tokens the reference builds from them.
   */
  private static void writeHuggingFaceLayout(Path dir) throws IOException {
    List<String> merges;
    try (var lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(VOCAB_GZ)), StandardCharsets.UTF_8))) {
      merges = lines.lines().skip(1).limit(49152 - 256 - 2).toList();
    }
    var tokens = new ArrayList<String>();
    for (int position = 0; position < 256; position++) {
      tokens.add(String.valueOf(ByteEncoder.charOf(ByteEncoder.byteAt(position))));
    }
    tokens.addAll(tokens.stream().map(token -> token + "</w>").toList());
    merges.forEach(merge -> tokens.add(merge.replace(" ", "")));
    tokens.addAll(List.of("<|startoftext|>", "<|endoftext|>"));
    ObjectNode vocab = new ObjectMapper().createObjectNode();
    for (int id = 0; id < tokens.size(); id++) {
      vocab.put(tokens.get(id), id);
    }
    new ObjectMapper().writeValue(dir.resolve("vocab.json").toFile(), vocab);
    Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\n" + String.join("\n", merges) + "\n");
  }
}
