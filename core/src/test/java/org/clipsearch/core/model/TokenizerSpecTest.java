package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenizerSpecTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static TokenizerSpec read(String json) throws Exception {
    return TokenizerSpec.fromJson(new ManifestFields(MAPPER.readTree(json), "text.tokenizer."));
  }

  @Test
  void reads_an_hf_tokenizer_with_and_without_pad_token() throws Exception {
    TokenizerSpec spec = read("{\"type\": \"hf-tokenizer\", \"file\": \"tokenizer.json\", \"pad_token\": 1}");

    assertThat(spec).isEqualTo(TokenizerSpec.hfTokenizer("tokenizer.json", 1));
    assertThat(spec.type()).isEqualTo(TokenizerSpec.Type.HF_TOKENIZER);
    assertThat(read("{\"type\": \"hf-tokenizer\"}")).isEqualTo(TokenizerSpec.hfTokenizer("tokenizer.json", null));
  }

  @Test
  void reads_a_sentencepiece_model_whose_eos_is_asked_for() throws Exception {
    TokenizerSpec spec = read("{\"type\": \"sentencepiece\", \"file\": \"spiece.model\", \"add_eos\": true}");

    assertThat(spec).isEqualTo(TokenizerSpec.sentencePiece("spiece.model", true, null));
    assertThat(spec.type()).isEqualTo(TokenizerSpec.Type.SENTENCEPIECE);
    assertThat(read("{\"type\": \"sentencepiece\", \"file\": \"a.model\"}").addEos()).isFalse();
  }

  @Test
  void a_clip_bpe_spec_keeps_its_six_component_constructor() throws Exception {
    TokenizerSpec spec = new TokenizerSpec("vocab.json", "merges.txt", null, 49406, 49407, 0);

    assertThat(spec.type()).isEqualTo(TokenizerSpec.Type.CLIP_BPE);
    assertThat(spec).isEqualTo(read("{\"type\": \"clip-bpe\"}")).isEqualTo(TokenizerSpec.huggingFace(
        "vocab.json", "merges.txt"));
  }

  @Test
  void every_type_survives_a_round_trip_through_json() throws Exception {
    for (TokenizerSpec spec : new TokenizerSpec[] {
        TokenizerSpec.huggingFace("vocab.json", "merges.txt"),
        new TokenizerSpec(null, null, "bpe_simple_vocab_16e6.txt.gz", 49406, 49407, 49407),
        TokenizerSpec.hfTokenizer("tokenizer.json", null), TokenizerSpec.hfTokenizer("tok.json", 1),
        TokenizerSpec.sentencePiece("spiece.model", true, 1), TokenizerSpec.sentencePiece("x.model", false, null)}) {
      ObjectNode json = spec.toJson();

      assertThat(read(json.toString())).as(json.toString()).isEqualTo(spec);
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"type\": \"wordlevel\"}"
          + "|text.tokenizer.type must be one of 'clip-bpe', 'hf-tokenizer', 'sentencepiece', got 'wordlevel'",
      "{\"type\": \"hf-tokenizer\", \"vocab\": \"vocab.json\"}"
          + "|text.tokenizer of type 'hf-tokenizer' takes 'file', 'pad_token'; it has no 'vocab'",
      "{\"type\": \"clip-bpe\", \"file\": \"tokenizer.json\"}"
          + "|text.tokenizer of type 'clip-bpe' takes 'bpe', 'end_token', 'merges', 'pad_token', 'start_token', "
          + "'vocab'; it has no 'file'",
      "{\"type\": \"hf-tokenizer\", \"add_eos\": true}"
          + "|text.tokenizer of type 'hf-tokenizer' takes 'file', 'pad_token'; it has no 'add_eos'",
      "{\"type\": \"sentencepiece\"}|text.tokenizer.file is missing",
      "{\"type\": \"sentencepiece\", \"file\": \"a.model\", \"add_eos\": \"yes\"}"
          + "|text.tokenizer.add_eos must be true or false, got \"yes\"",
      "{\"type\": \"hf-tokenizer\", \"pad_token\": -2}|text.tokenizer.pad_token must be >= 0, got -2"})
  void a_wrong_field_names_what_the_type_expects(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model.json: " + message);
  }
}
