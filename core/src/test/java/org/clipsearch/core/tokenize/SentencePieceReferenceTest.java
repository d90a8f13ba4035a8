package org.clipsearch.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.clipsearch.core.model.TokenizerSpec;
import org.clipsearch.core.tokenize.TokenizerReferences.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test text through every SentencePiece {@code .model} of {@code tokenizer/} (unigram; BPE with byte
 * fallback and {@code </s>}), id for id against python sentencepiece ({@code sp-references.json}).
 */
class SentencePieceReferenceTest {

  static List<Reference> references() {
    return TokenizerReferences.of("sp-references.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void makes_the_ids_of_python_sentencepiece(Reference reference) {
    try (HfTokenizer tokenizer = TextTokenizers.sentencePiece(reference.file(), reference.addEos(), null)) {
      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < TokenizerReferences.TEXTS.size(); i++) {
        String text = TokenizerReferences.TEXTS.get(i);
        soft.assertThat(tokenizer.ids(text)).as("ids of '%s'", text).containsExactly(reference.ids().get(i));
      }
      soft.assertAll();
      assertThat(tokenizer.padToken()).isEqualTo(reference.padId());
      assertThat(tokenizer.vocabularySize()).isEqualTo(reference.vocabularySize());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void cuts_and_pads_rows_by_the_contract(Reference reference) {
    TokenizerSpec spec = TokenizerSpec.sentencePiece(reference.file().getFileName().toString(), reference.addEos(),
        null);
    try (TextTokenizer tokenizer = TextTokenizers.load(TokenizerReferences.DIR, spec)) {
      List<TokenSequence> sequences =
          tokenizer.sequences(TokenizerReferences.TEXTS, TokenizerReferences.CONTEXT_LENGTH);

      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < sequences.size(); i++) {
        String text = TokenizerReferences.TEXTS.get(i);
        soft.assertThat(sequences.get(i).ids()).as("row of '%s'", text).containsExactly(reference.rows().get(i));
        soft.assertThat(sequences.get(i).length()).as("length of '%s'", text).isEqualTo(reference.lengths().get(i));
      }
      soft.assertAll();
    }
  }
}
