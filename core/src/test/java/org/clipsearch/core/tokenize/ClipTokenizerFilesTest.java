package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading both layouts, and the messages for files that are missing or malformed. */
class ClipTokenizerFilesTest {

  private static final Path SMALL = ClipTokenizerTest.smallVocabulary();

  @TempDir
  Path dir;

  private Path vocab;
  private Path merges;

  @BeforeEach
  void copySmallVocabulary() throws IOException {
    vocab = Files.copy(SMALL.resolve("vocab.json"), dir.resolve("vocab.json"));
    merges = Files.copy(SMALL.resolve("merges.txt"), dir.resolve("merges.txt"));
  }

  @Test
  void names_a_missing_hugging_face_file() throws IOException {
    Files.delete(merges);

    assertThatThrownBy(() -> ClipTokenizer.fromHuggingFaceFiles(vocab, merges, 536, 537, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(merges + " not found: expected the BPE merges (merges.txt)");
    assertThatThrownBy(() -> ClipTokenizer.fromHuggingFaceFiles(dir.resolve("nope.json"), merges, 536, 537, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("nope.json") + " not found: expected the BPE vocabulary (vocab.json)");
    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(merges + " not found");
  }

  @Test
  void names_a_missing_openai_file() {
    Path gz = dir.resolve("bpe_simple_vocab_16e6.txt.gz");

    assertThatThrownBy(() -> ClipTokenizer.fromOpenAiVocab(gz, 49406, 49407, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(gz + " not found: expected the OpenAI BPE vocabulary (bpe_simple_vocab_16e6.txt.gz)");
  }

  @Test
  void refuses_a_path_that_is_neither_layout() {
    assertThatThrownBy(() -> ClipTokenizer.fromPath(vocab))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(vocab + " is neither a .gz file (OpenAI layout) nor a folder with vocab.json and merges.txt"
            + " (Hugging Face layout)");
    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir.resolve("missing.gz")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is neither");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "#version: 0.2\\nt h\\nc a t\\n"     | line 3: expected a merge of two symbols separated by a space, got 'c a t'
      "t h\\nca\\n"                     | line 2: expected a merge of two symbols separated by a space, got 'ca'
      "#version: 0.2\\nt h\\n\\nc a\\n"    | line 3 is blank: expected a merge 'left right'
      "#version: 0.2\\nt h\\nc a\\nt h\\n" | line 4 repeats the merge 't h' of line 2
      """)
  void names_the_line_of_a_malformed_merge(String content, String message) throws IOException {
    Files.writeString(merges, content.translateEscapes());

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(merges + " " + message);
  }

  @Test
  void names_a_merge_symbol_that_vocab_json_lacks() throws IOException {
    Files.writeString(merges, "#version: 0.2\nt h\nzz y\n");

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(merges + " line 3: the merge 'zz y' uses 'zz', which " + vocab + " lacks");
  }

  @Test
  void names_a_merged_token_that_vocab_json_lacks() throws IOException {
    Files.writeString(merges, "#version: 0.2\nt h\nx y\n");

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(merges + " line 3: the merge 'x y' makes 'xy', which " + vocab + " lacks");
  }

  @Test
  void reads_merges_without_a_version_header_and_with_trailing_blank_lines() throws IOException {
    String lines = Files.readString(merges);
    Files.writeString(merges, lines.substring(lines.indexOf('\n') + 1) + "\n\n  \n");

    assertThat(ClipTokenizer.fromPath(dir).encode("the museum cat")).containsExactly(513, 535, 515);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      not JSON        | `{"a": 1`                | is not valid JSON: Unexpected end-of-input
      duplicate token | `{"a": 1, "a": 2}`       | is not valid JSON: Duplicate field 'a'
      not an object   | `[1, 2]`                 | must be a JSON object from token to id
      empty file      | ``                       | must be a JSON object from token to id
      text id         | `{"a": "x"}`             | : token 'a' has id "x", expected an integer >= 0
      negative id     | `{"a": -1}`              | : token 'a' has id -1, expected an integer >= 0
      fractional id   | `{"a": 1.5}`             | : token 'a' has id 1.5, expected an integer >= 0
      huge id         | `{"a": 4294967296}`      | : token 'a' has id 4294967296, expected an integer >= 0
      shared id       | `{"a": 3, "b": 3}`       | : tokens 'a' and 'b' both have id 3
      """)
  void explains_a_malformed_vocab_json(String what, String content, String message) throws IOException {
    Files.writeString(vocab, content);

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(vocab + (message.startsWith(":") ? "" : " ") + message);
  }

  @Test
  void names_a_byte_token_that_vocab_json_lacks() throws IOException {
    ObjectNode tokens = (ObjectNode) new ObjectMapper().readTree(vocab.toFile());
    tokens.remove("\u0100</w>");
    new ObjectMapper().writeValue(vocab.toFile(), tokens);

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(vocab + " has no token '\u0100</w>' (byte 0x00): a CLIP vocabulary starts with all 256 bytes,"
            + " alone and with </w>");
  }

  @Test
  void refuses_a_vocabulary_without_the_special_tokens() throws IOException {
    ObjectNode tokens = (ObjectNode) new ObjectMapper().readTree(vocab.toFile());
    tokens.remove("<|endoftext|>");
    new ObjectMapper().writeValue(vocab.toFile(), tokens);

    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(vocab + " has no token '<|endoftext|>': not a CLIP vocabulary");
  }

  @Test
  void builds_the_openai_layout_from_its_merges() throws IOException {
    Path gz = gzip("bpe_simple_vocab.txt.gz", "\"header line, ignored\nt h\nth e</w>\n");

    ClipTokenizer openAi = ClipTokenizer.fromPath(gz);

    // 512 byte tokens, th 512, the</w> 513, then the special tokens 514 and 515
    assertThat(openAi.vocabularySize()).isEqualTo(516);
    assertThat(openAi.tokenize("The THE", 6)).containsExactly(514, 513, 513, 515, 0, 0);
    assertThat(ClipTokenizer.fromOpenAiVocab(gz, 515, 514, 1).tokenize("", 3)).containsExactly(515, 514, 1);
  }

  @Test
  void reads_only_the_merges_the_reference_reads_from_the_openai_file() throws IOException {
    var content = new StringBuilder("#version: 0.2\n");
    for (int i = 0; i < Vocabulary.OPENAI_MERGES; i++) {
      content.append(ByteEncoder.charOf(i / 256)).append(' ').append(ByteEncoder.charOf(i % 256)).append('\n');
    }
    content.append("not a merge at all\n");
    Path gz = gzip("long.txt.gz", content.toString());

    ClipTokenizer openAi = ClipTokenizer.fromPath(gz);

    assertThat(openAi.vocabularySize()).isEqualTo(49408);
    assertThat(openAi.startToken()).isEqualTo(49406);
    assertThat(openAi.endToken()).isEqualTo(49407);
  }

  @Test
  void refuses_an_openai_file_whose_merges_make_the_same_token_twice() throws IOException {
    Path gz = gzip("twice.txt.gz", "header\na b\nb c\nab c\na bc\n");

    assertThatThrownBy(() -> ClipTokenizer.fromPath(gz))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(gz + " line 5: the merge 'a bc' makes 'abc', which token 514 already is:"
            + " the OpenAI layout needs one new token per merge");
  }

  @Test
  void refuses_an_openai_file_that_is_not_gzip_or_is_cut_short() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt.gz"), "header\nt h\n");
    Path whole = gzip("whole.txt.gz", "header\n" + "t h\n".repeat(1000));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> ClipTokenizer.fromPath(plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(plain + " is not a complete gzip file: ");
    assertThatThrownBy(() -> ClipTokenizer.fromPath(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(cut + " is not a complete gzip file: ");
  }

  @Test
  void refuses_files_that_are_not_utf8() throws IOException {
    Path gz = dir.resolve("latin1.txt.gz");
    Files.write(gz, gzipBytes(new byte[] {'h', '\n', (byte) 0xE9, ' ', 'b', '\n'}));
    Files.write(merges, new byte[] {'t', ' ', 'h', '\n', (byte) 0xE9, ' ', 'b', '\n'});

    assertThatThrownBy(() -> ClipTokenizer.fromPath(gz))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(gz + " is not UTF-8 text");
    assertThatThrownBy(() -> ClipTokenizer.fromPath(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(merges + " is not UTF-8 text");
  }

  private Path gzip(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), gzipBytes(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] gzipBytes(byte[] content) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}
