package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.clipsearch.core.tokenize.TokenizerReferences.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test text through every Hugging Face {@code tokenizer.json} of {@code tokenizer/}, id for id against the
 * Hugging Face tokenizers library's own encodings ({@code hf-references.json}), rows cut and padded included.
 */
class HfTokenizerReferenceTest {

  static List<Reference> references() {
    return TokenizerReferences.of("hf-references.json");
  }

  /** The CLIP layout names no pad token; the others name theirs and are read without one. */
  private static HfTokenizer load(Reference reference) {
    return HfTokenizer.fromFile(reference.file(), reference.name().equals("hf-clip-bpe") ? reference.padId() : null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void makes_the_ids_of_the_reference(Reference reference) {
    try (HfTokenizer tokenizer = load(reference)) {
      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < TokenizerReferences.TEXTS.size(); i++) {
        String text = TokenizerReferences.TEXTS.get(i);
        soft.assertThat(tokenizer.ids(text)).as("ids of '%s'", text).containsExactly(reference.ids().get(i));
      }
      soft.assertAll();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void cuts_and_pads_rows_as_the_reference_truncates(Reference reference) {
    try (TextTokenizer tokenizer = load(reference)) {
      int context = TokenizerReferences.CONTEXT_LENGTH;
      List<TokenSequence> sequences = tokenizer.sequences(TokenizerReferences.TEXTS, context);

      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < sequences.size(); i++) {
        String text = TokenizerReferences.TEXTS.get(i);
        soft.assertThat(sequences.get(i).ids()).as("row of '%s'", text).containsExactly(reference.rows().get(i));
        soft.assertThat(sequences.get(i).length()).as("length of '%s'", text).isEqualTo(reference.lengths().get(i));
      }
      soft.assertAll();
      assertThat(tokenizer.padToken()).isEqualTo(reference.padId());
      assertThat(tokenizer.vocabularySize()).isEqualTo(reference.vocabularySize());
    }
  }
}
