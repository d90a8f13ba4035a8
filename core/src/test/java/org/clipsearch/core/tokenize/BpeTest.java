package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BpeTest {

  private static final Path SMALL = ClipTokenizerTest.smallVocabulary();

  private final Vocabulary vocabulary =
      Vocabulary.readHuggingFace(SMALL.resolve("vocab.json"), SMALL.resolve("merges.txt"));
  private final Bpe bpe = Bpe.of(vocabulary);

  private int[] encode(String word) {
    return bpe.encode(word.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void marks_a_single_byte_word_as_a_word_end() {
    assertThat(encode("a")).containsExactly(320);
    assertThat(encode("&")).containsExactly(261);
  }

  @Test
  void keeps_unmerged_bytes_and_ends_with_the_last_byte_marked() {
    // x y z</w>: no merge applies
    assertThat(encode("xyz")).containsExactly(87, 88, 345);
  }

  @Test
  void merges_by_rank_not_by_position() {
    // t h e</w>: 't h' (rank 0) before 'th e</w>' (rank 1)
    assertThat(encode("the")).containsExactly(513);
    // c a t</w> but 'ca t' makes only cat</w>: a trailing 's' stays
    assertThat(encode("cats")).containsExactly(514, 83, 338);
  }

  @Test
  void agrees_with_the_reference_merge_loop_on_random_words() {
    var oracle = new ReferenceBpe(vocabulary);
    var random = new Random(42);
    String alphabet = "aaakkiixmusetcofphdg\u00E9";

    for (int n = 0; n < 5000; n++) {
      var word = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int i = 0; i < length; i++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = word.toString();
      assertThat(encode(text)).as(text).containsExactly(oracle.encode(text));
    }
  }

  @Test
  void encodes_a_very_long_word_in_linearithmic_time() {
    String word = "ki".repeat(100_000) + "x";

    int[] ids = encode(word);

    assertThat(ids).hasSize(100_001);
    assertThat(ids[0]).isEqualTo(530);
    assertThat(ids[99_999]).isEqualTo(530);
    assertThat(ids[100_000]).isEqualTo(343);
  }
}
