package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CLIP byte-level BPE tokenizer of a model, in one of two layouts: Hugging Face
 * ({@code vocab} and {@code merges} files) or OpenAI ({@code bpe}: one {@code bpe_simple_vocab_16e6.txt.gz}).
 *
 * @param vocab      {@code vocab.json} file name (Hugging Face layout), or null
 * @param merges     {@code merges.txt} file name (Hugging Face layout), or null
 * @param bpe        {@code bpe_simple_vocab_16e6.txt.gz} file name (OpenAI layout), or null
 * @param startToken id of {@code <|startoftext|>}
 * @param endToken   id of {@code <|endoftext|>}
 * @param padToken   id that fills a sequence up to the context length
 */
public record TokenizerSpec(String vocab, String merges, String bpe, int startToken, int endToken, int padToken) {

  public TokenizerSpec {
    boolean huggingFace = vocab != null && merges != null;
    boolean openAi = bpe != null;
    if (huggingFace == openAi) {
      throw new IllegalArgumentException(
          "model.json: text.tokenizer needs either 'vocab' and 'merges' (Hugging Face layout) or 'bpe' (OpenAI layout)");
    }
    if (startToken < 0 || endToken < 0 || padToken < 0) {
      throw new IllegalArgumentException("model.json: text.tokenizer start_token, end_token and pad_token must be >= 0");
    }
  }

  /** The OpenAI CLIP ids: start 49406, end 49407, pad 0. */
  public static TokenizerSpec huggingFace(String vocab, String merges) {
    return new TokenizerSpec(vocab, merges, null, 49406, 49407, 0);
  }

  static TokenizerSpec fromJson(ManifestFields f) {
    String type = f.optionalText("type", "clip-bpe");
    if (!"clip-bpe".equals(type)) {
      throw new IllegalArgumentException("model.json: text.tokenizer.type must be 'clip-bpe', got '" + type + "'");
    }
    boolean openAi = f.has("bpe");
    return new TokenizerSpec(
        openAi ? null : f.optionalText("vocab", "vocab.json"),
        openAi ? null : f.optionalText("merges", "merges.txt"),
        openAi ? f.requiredText("bpe") : null,
        f.optionalInt("start_token", 49406),
        f.optionalInt("end_token", 49407),
        f.optionalInt("pad_token", 0));
  }

  ObjectNode toJson() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("type", "clip-bpe");
    if (bpe != null) {
      node.put("bpe", bpe);
    } else {
      node.put("vocab", vocab).put("merges", merges);
    }
    node.put("start_token", startToken).put("end_token", endToken).put("pad_token", padToken);
    return node;
  }
}
