package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.clipsearch.core.model.TokenizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tokenizer on the small committed vocabulary of {@code tokenizer/small} (see its README for the ids), with
 * ids worked out by hand.
 */
class ClipTokenizerTest {

  static final int START = 536;
  static final int END = 537;

  private final ClipTokenizer tokenizer = ClipTokenizer.fromPath(smallVocabulary());

  static Path smallVocabulary() {
    try {
      return Path.of(ClipTokenizerTest.class.getResource("/tokenizer/small").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void encodes_a_caption_into_hand_computed_ids() {
    // a</w> photo</w> of</w> a</w> cat</w>
    assertThat(tokenizer.encode("a photo of a cat")).containsExactly(320, 520, 516, 320, 515);
  }

  @Test
  void ignores_case_and_collapses_every_kind_of_whitespace() {
    assertThat(tokenizer.encode("  A\tPHOTO\n\nof\u00A0a\u3000Cat \r\n")).containsExactly(320, 520, 516, 320, 515);
  }

  @Test
  void merges_a_long_word_step_by_step_into_one_token() {
    // m u s e u m</w> -> mu s e u m</w> -> mu se u m</w> -> muse u m</w> -> muse um</w> -> museum</w>
    assertThat(tokenizer.encode("MUSEUM")).containsExactly(535);
  }

  @Test
  void composes_a_decomposed_accent_before_encoding() {
    // c a f Ã ©</w> -> ca f Ã ©</w> -> ca f é</w> -> caf é</w> -> café</w>
    assertThat(tokenizer.encode("caf\u00E9")).containsExactly(523);
    assertThat(tokenizer.encode("cafe\u0301")).containsExactly(523);
  }

  @Test
  void unescapes_html_twice() {
    // "cat &amp;amp; dog" -> "cat &amp; dog" -> "cat & dog"
    assertThat(tokenizer.encode("cat &amp;amp; dog")).containsExactly(515, 261, 528);
    // twice only: "&amp;amp;amp;" -> "&amp;" -> words "&", "amp", ";"
    assertThat(tokenizer.encode("&amp;amp;amp;")).containsExactly(261, 64, 76, 335, 282);
  }

  @Test
  void keeps_contractions_and_special_tokens_as_words() {
    assertThat(tokenizer.encode("the cat's dog")).containsExactly(513, 515, 524, 528);
    assertThat(tokenizer.encode("a <|startoftext|>cat<|endoftext|>")).containsExactly(320, START, 515, END);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      aaaa  | 526 320
      aaaaa | 525 525 320
      """)
  void merges_every_occurrence_of_the_best_pair_left_to_right(String word, String ids) {
    // a a a a</w>: 'a a' merges at 0, skips the overlapping 1, and 2-3 is 'a a</w>' -> aa a a</w> -> aaa a</w>
    // a a a a a</w>: 'a a' merges at 0 and 2 -> aa aa a</w>
    assertThat(tokenizer.encode(word)).containsExactly(ids(ids));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      kikix | 530 530 343
      kiki  | 529 328
      kik   | 530 330
      """)
  void finishes_a_round_of_merges_before_a_better_pair_it_created(String word, String ids) {
    // k i k i x</w>: 'k i' merges at 0 and 2 in one round -> ki ki x</w>, although 'ki k' ranks better
    // k i k i</w>: 'k i' only at 0 -> ki k i</w> -> kik i</w>
    assertThat(tokenizer.encode(word)).containsExactly(ids(ids));
  }

  @Test
  void encodes_bytes_that_no_merge_joins_as_byte_tokens() {
    // U+1F6B2 is F0 9F 9A B2: byte positions 172, 253, 248 and 110 + 256 for the last, with </w>
    assertThat(tokenizer.encode("\uD83D\uDEB2")).containsExactly(172, 253, 248, 366);
  }

  @Test
  void frames_ids_with_start_and_end_and_pads_to_the_context_length() {
    assertThat(tokenizer.tokenize("a photo of a cat", 10))
        .containsExactly(START, 320, 520, 516, 320, 515, END, 0, 0, 0);
  }

  @Test
  void fills_the_context_exactly_when_the_ids_fit() {
    assertThat(tokenizer.tokenize("a photo of a cat", 7)).containsExactly(START, 320, 520, 516, 320, 515, END);
  }

  @Test
  void cuts_a_long_sequence_and_ends_it_with_the_end_token() {
    assertThat(tokenizer.tokenize("a photo of a cat", 5)).containsExactly(START, 320, 520, 516, END);
    assertThat(tokenizer.tokenize("a photo of a cat", 6)).containsExactly(START, 320, 520, 516, 320, END);
    assertThat(tokenizer.tokenize("aaaaa", 3)).containsExactly(START, 525, END);
  }

  @Test
  void empty_or_blank_text_gives_start_end_and_padding() {
    assertThat(tokenizer.encode("")).isEmpty();
    assertThat(tokenizer.tokenize("", 4)).containsExactly(START, END, 0, 0);
    assertThat(tokenizer.tokenize(" \t\n ", 2)).containsExactly(START, END);
  }

  @Test
  void pads_with_the_pad_id_it_was_given() {
    Path dir = smallVocabulary();
    ClipTokenizer padWithEnd = ClipTokenizer.fromHuggingFaceFiles(
        dir.resolve("vocab.json"), dir.resolve("merges.txt"), START, END, END);

    assertThat(padWithEnd.tokenize("a cat", 6)).containsExactly(START, 320, 515, END, END, END);
    assertThat(padWithEnd.padToken()).isEqualTo(END);
  }

  @Test
  void tokenizes_a_batch_row_by_row() {
    int[][] rows = tokenizer.tokenize(List.of("a cat", "", "the dog"), 5);

    assertThat(rows).hasDimensions(3, 5);
    assertThat(rows[0]).containsExactly(START, 320, 515, END, 0);
    assertThat(rows[1]).containsExactly(START, END, 0, 0, 0);
    assertThat(rows[2]).containsExactly(START, 513, 528, END, 0);
  }

  @Test
  void takes_its_special_ids_and_size_from_the_vocabulary_by_default() {
    assertThat(tokenizer.startToken()).isEqualTo(START);
    assertThat(tokenizer.endToken()).isEqualTo(END);
    assertThat(tokenizer.padToken()).isZero();
    assertThat(tokenizer.vocabularySize()).isEqualTo(538);
  }

  @Test
  void loads_the_hugging_face_layout_named_in_a_manifest() {
    var spec = new TokenizerSpec("vocab.json", "merges.txt", null, START, END, 0);

    ClipTokenizer loaded = ClipTokenizer.load(smallVocabulary(), spec);

    assertThat(loaded.tokenize("museum", 4)).containsExactly(START, 535, END, 0);
  }

  @Test
  void gives_the_same_ids_from_many_threads_and_from_its_cache() {
    List<String> words = List.of("cat", "aaaaa", "kikix", "museum");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      texts.add(String.join(" ", Collections.nCopies(1 + i % 5, words.get(i % 4))));
    }
    ClipTokenizer another = ClipTokenizer.fromPath(smallVocabulary());
    List<int[]> fresh = texts.stream().map(another::encode).toList();

    List<int[]> parallel = IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> tokenizer.encode(texts.get(i))).toList();

    for (int i = 0; i < texts.size(); i++) {
      assertThat(parallel.get(i)).as(texts.get(i)).containsExactly(fresh.get(i));
      assertThat(tokenizer.encode(texts.get(i))).as(texts.get(i)).containsExactly(fresh.get(i));
    }
  }

  @Test
  void returns_arrays_the_caller_may_change() {
    int[] first = tokenizer.encode("museum");
    first[0] = -1;

    assertThat(tokenizer.encode("museum")).containsExactly(535);
  }

  @Test
  void rejects_null_text() {
    assertThatThrownBy(() -> tokenizer.encode(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> tokenizer.tokenize((String) null, 77)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tokenizer.tokenize(Arrays.asList("a", null), 77))
        .isInstanceOf(NullPointerException.class).hasMessage("texts[1] is null");
  }

  @ParameterizedTest
  @CsvSource({"1", "0", "-5"})
  void rejects_a_context_too_short_for_start_and_end(int contextLength) {
    assertThatThrownBy(() -> tokenizer.tokenize("a cat", contextLength))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("context length must be at least 2 (start and end token), got " + contextLength);
  }

  @Test
  void rejects_text_with_an_unpaired_surrogate() {
    assertThatThrownBy(() -> tokenizer.encode("cat \uD83D dog"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate U+D83D at index 4");
  }

  @ParameterizedTest(name = "start {0}, end {1}, pad {2}")
  @CsvSource({"538, 537, 0, start token 538", "536, -1, 0, end token -1", "536, 537, 49407, pad token 49407"})
  void rejects_special_ids_outside_the_vocabulary(int start, int end, int pad, String what) {
    Path dir = smallVocabulary();

    assertThatThrownBy(() -> ClipTokenizer.fromHuggingFaceFiles(
        dir.resolve("vocab.json"), dir.resolve("merges.txt"), start, end, pad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(what + " is outside the vocabulary, whose ids run from 0 to 537");
  }

  private static int[] ids(String spaced) {
    return Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
  }
}
