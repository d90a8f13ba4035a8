package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Expected words are what the reference pattern finds with Python's {@code regex} module. */
class PreTokenizerTest {

  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    Matcher matcher = PreTokenizer.words(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  @Test
  void splits_off_english_contractions() {
    assertThat(words("it's they're we've i'm you'll he'd don't"))
        .containsExactly("it", "'s", "they", "'re", "we", "'ve", "i", "'m", "you", "'ll", "he", "'d", "don", "'t");
    assertThat(words("rock'n'roll")).containsExactly("rock", "'", "n", "'", "roll");
  }

  @Test
  void matches_contractions_case_insensitively_like_the_reference() {
    // long s folds to s: the reference pattern has IGNORECASE
    assertThat(words("it'\u017F")).containsExactly("it", "'\u017F");
  }

  @Test
  void keeps_letter_runs_and_splits_numbers_into_single_digits() {
    assertThat(words("1,234.56 kg")).containsExactly("1", ",", "2", "3", "4", ".", "5", "6", "kg");
    assertThat(words("\u0663\u0664 \u00BD \u216B")).containsExactly("\u0663", "\u0664", "\u00BD", "\u216B");
  }

  @Test
  void keeps_runs_of_other_symbols_together() {
    assertThat(words("c++ and c#")).containsExactly("c", "++", "and", "c", "#");
    assertThat(words("\uD83D\uDC4D\uD83C\uDFFD\uD83C\uDDF3\uD83C\uDDF1!"))
        .containsExactly("\uD83D\uDC4D\uD83C\uDFFD\uD83C\uDDF3\uD83C\uDDF1!");
  }

  @Test
  void treats_each_emoji_between_spaces_as_a_word() {
    assertThat(words("emoji \uD83D\uDEB2 and \u26F5 and \uD83C\uDFDB\uFE0F"))
        .containsExactly("emoji", "\uD83D\uDEB2", "and", "\u26F5", "and", "\uD83C\uDFDB\uFE0F");
  }

  @Test
  void treats_cjk_and_supplementary_letters_as_letters() {
    assertThat(words("\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8"))
        .containsExactly("\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8");
    assertThat(words("\uD840\uDC00\uD840\uDC01 x")).containsExactly("\uD840\uDC00\uD840\uDC01", "x");
  }

  @Test
  void treats_supplementary_digits_as_single_numbers() {
    // U+1D400.. mathematical bold letters, U+1D7CF.. mathematical bold digits
    assertThat(words("\uD835\uDC00\uD835\uDC01 \uD835\uDFCF\uD835\uDFD0"))
        .containsExactly("\uD835\uDC00\uD835\uDC01", "\uD835\uDFCF", "\uD835\uDFD0");
  }

  @Test
  void separates_combining_marks_from_letters() {
    assertThat(words("caf\u00E9\u0301")).containsExactly("caf\u00E9", "\u0301");
  }

  @Test
  void keeps_the_special_tokens_whole() {
    assertThat(words("<|startoftext|>a<|endoftext|>")).containsExactly("<|startoftext|>", "a", "<|endoftext|>");
    assertThat(words("<|start|>")).containsExactly("<|", "start", "|>");
  }
}
