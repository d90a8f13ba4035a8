package org.clipsearch.core.tokenize;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A Hugging Face {@code tokenizer.json} of any model kind (Unigram, WordPiece, BPE, WordLevel), run by the Hugging
 * Face tokenizers library itself through DJL: its normalizer, pre-tokenizer, model and post-processor, so the ids
 * and special tokens are the ones {@code transformers} makes.
 *
 * <p>Rows follow the model contract ({@link TokenSequence#fit}): a sequence whose last id is a special token (the
 * end token a post-processor adds) keeps it when cut. The file's own truncation and padding are not used.
 *
 * <pre>{@code
 * try (HfTokenizer tokenizer = HfTokenizer.fromFile(Path.of("models/m-clip/tokenizer.json"), null)) {
 *   int[] row = tokenizer.tokenize("een molen bij zonsondergang", 77); // 0 ... 2 1 1 1 ...
 * }
 * }</pre>
 */
public final class HfTokenizer implements TextTokenizer {

  private static final Map<String, String> OPTIONS = Map.of(
      "addSpecialTokens", "true", "truncation", "false", "padding", "false");

  /** Pad tokens looked for, in this order, when the file has no {@code padding}. */
  private static final String[] PAD_TOKENS = {"<pad>", "[PAD]", "<|pad|>"};

  private final HuggingFaceTokenizer tokenizer;
  private final String source;
  private final int padToken;
  private final int vocabularySize;

  private HfTokenizer(HuggingFaceTokenizer tokenizer, String source, int padToken, int vocabularySize) {
    this.tokenizer = tokenizer;
    this.source = source;
    this.padToken = padToken;
    this.vocabularySize = vocabularySize;
  }

  /**
   * Reads a {@code tokenizer.json}.
   *
   * @param padToken the pad id, or null for the one the file's {@code padding} names, else its {@code <pad>} or
   *                 {@code [PAD]} token
   * @throws IllegalArgumentException when the file is missing or not a tokenizer the library accepts, or no pad id
   *                                  is given or found
   * @throws UncheckedIOException     when reading fails
   * @throws IllegalStateException    when the native library cannot be loaded
   */
  public static HfTokenizer fromFile(Path tokenizerJson, Integer padToken) {
    Objects.requireNonNull(tokenizerJson, "tokenizerJson");
    try {
      return fromJson(Files.readString(tokenizerJson), tokenizerJson.toString(), padToken);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(tokenizerJson + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tokenizerJson, e);
    }
  }

  /**
   * Reads a tokenizer from the text of a {@code tokenizer.json}.
   *
   * @param source   what the text came from, for messages
   * @param padToken as {@link #fromFile}
   * @throws IllegalArgumentException as {@link #fromFile}
   * @throws IllegalStateException    when the native library cannot be loaded
   */
  public static HfTokenizer fromJson(String json, String source, Integer padToken) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("model").isObject()) {
      throw new IllegalArgumentException(source + " is not a Hugging Face tokenizer.json: it has no 'model'");
    }
    int vocabularySize = vocabularySize(root);
    int pad = padToken != null ? padToken : padToken(root, source);
    if (pad < 0 || pad >= vocabularySize) {
      throw new IllegalArgumentException(source + ": pad token " + pad + " is outside the vocabulary, whose ids run "
          + "from 0 to " + (vocabularySize - 1));
    }
    HfNativeLibrary.load();
    try {
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), OPTIONS);
      return new HfTokenizer(tokenizer, source, pad, vocabularySize);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(source + " is not a tokenizer the Hugging Face tokenizers library reads: "
          + e.getMessage(), e);
    }
  }

  private static int vocabularySize(JsonNode root) {
    int size = 0;
    JsonNode vocab = root.path("model").path("vocab");
    if (vocab.isArray()) {
      size = vocab.size();
    } else {
      for (JsonNode id : vocab) {
        size = Math.max(size, id.asInt() + 1);
      }
    }
    for (JsonNode token : root.path("added_tokens")) {
      size = Math.max(size, token.path("id").asInt() + 1);
    }
    return size;
  }

  private static int padToken(JsonNode root, String source) {
    JsonNode padding = root.path("padding");
    if (padding.isObject() && padding.has("pad_id")) {
      return padding.path("pad_id").asInt();
    }
    for (String name : PAD_TOKENS) {
      for (JsonNode token : root.path("added_tokens")) {
        if (name.equals(token.path("content").asText())) {
          return token.path("id").asInt();
        }
      }
    }
    throw new IllegalArgumentException(source + " names no pad token (no 'padding', no <pad> or [PAD] token): "
        + "give text.tokenizer.pad_token in model.json");
  }

  /**
   * The ids of {@code text} with the special tokens the post-processor adds, neither cut nor padded.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public int[] ids(String text) {
    return toInts(encoding(text).getIds());
  }

  @Override
  public TokenSequence sequence(String text, int contextLength) {
    Encoding encoding = encoding(text);
    long[] special = encoding.getSpecialTokenMask();
    boolean endsWithSpecial = special.length > 0 && special[special.length - 1] == 1;
    return TokenSequence.fit(toInts(encoding.getIds()), contextLength, padToken, endsWithSpecial);
  }

  private Encoding encoding(String text) {
    Objects.requireNonNull(text, "text");
    return tokenizer.encode(text, true, false);
  }

  private static int[] toInts(long[] ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }

  @Override
  public int padToken() {
    return padToken;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  @Override
  public String toString() {
    return "HfTokenizer[" + source + "]";
  }
}
