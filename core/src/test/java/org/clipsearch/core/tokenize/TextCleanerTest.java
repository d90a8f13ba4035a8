package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @Test
  void unescapes_html_twice_but_not_three_times() {
    assertThat(TextCleaner.clean("fish &amp;amp; chips")).isEqualTo("fish & chips");
    assertThat(TextCleaner.clean("&amp;amp;amp;")).isEqualTo("&amp;");
  }

  @Test
  void composes_to_nfc() {
    assertThat(TextCleaner.clean("Pieta\u0300")).isEqualTo("piet\u00E0");
    assertThat(TextCleaner.clean("e&#769;")).isEqualTo("\u00E9");
  }

  @Test
  void collapses_unicode_whitespace_runs_and_trims() {
    assertThat(TextCleaner.clean("\u3000 a\t\tb\r\nc\u00A0\u2028d\u0085e\u202F "))
        .isEqualTo("a b c d e");
  }

  @Test
  void trims_information_separators_at_the_ends_but_keeps_them_inside() {
    // Python's str.strip() removes U+001C..U+001F; its regex \s does not match them
    assertThat(TextCleaner.clean("\u001Ca\u001Fb \u001E")).isEqualTo("a\u001Fb");
  }

  @Test
  void leaves_zero_width_space_which_is_no_whitespace() {
    assertThat(TextCleaner.clean("a\u200Bb")).isEqualTo("a\u200Bb");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(quoteCharacter = '"', value = {
      "A Photo Of A CAT, a photo of a cat",
      "\u0130stanbul, i\u0307stanbul",
      "STRASSE \u1E9E, strasse \u00DF",
      "\u039F\u0394\u039F\u03A3, \u03BF\u03B4\u03BF\u03C2",
      "\u039F\u0394\u039F\u03A3\u00BDDOG, \u03BF\u03B4\u03BF\u03C2\u00BDdog",
      "\u039F\u03A31A, \u03BF\u03C21a",
      "\u03A1\u03A3\u00BA, \u03C1\u03C3\u00BA",
      "\u039F\u03A3\u0301\u0391, \u03BF\u03C3\u0301\u03B1",
      "\u03A3\u0391, \u03C3\u03B1",
      "'\u03A3', '\u03C3'"})
  void lower_cases_as_python_does(String text, String expected) {
    // String.toLowerCase picks the other sigma in the fifth, sixth and seventh case
    assertThat(TextCleaner.clean(text)).isEqualTo(expected);
  }

  @Test
  void refuses_an_unpaired_surrogate() {
    assertThatThrownBy(() -> TextCleaner.clean("ab\uDE00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text has an unpaired surrogate U+DE00 at index 2: it cannot be encoded as UTF-8");
  }

  @Test
  void keeps_paired_surrogates() {
    assertThat(TextCleaner.clean("\uD83D\uDEB2 \uD835\uDC00")).isEqualTo("\uD83D\uDEB2 \uD835\uDC00");
  }
}
