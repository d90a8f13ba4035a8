package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a model's text becomes ids: {@code model.json}'s {@code text.tokenizer}, of one of three types.
 *
 * <ul>
 *   <li>{@code clip-bpe}: CLIP's byte-level BPE, in the Hugging Face layout ({@code vocab} and {@code merges}
 *       files) or the OpenAI one ({@code bpe}: one {@code bpe_simple_vocab_16e6.txt.gz}), framed by
 *       {@code start_token} and {@code end_token}.</li>
 *   <li>{@code hf-tokenizer}: a Hugging Face {@code tokenizer.json} ({@code file}) of any model kind, with the
 *       special tokens its post-processor adds.</li>
 *   <li>{@code sentencepiece}: a SentencePiece {@code .model} file ({@code file}), with {@code </s>} appended
 *       when {@code add_eos} is true (SigLIP, T5).</li>
 * </ul>
 *
 * <p>{@code pad_token} is optional for the last two: without it the tokenizer's own pad token is used.
 *
 * @param type       which tokenizer
 * @param vocab      {@code vocab.json} file name (clip-bpe, Hugging Face layout), or null
 * @param merges     {@code merges.txt} file name (clip-bpe, Hugging Face layout), or null
 * @param bpe        {@code bpe_simple_vocab_16e6.txt.gz} file name (clip-bpe, OpenAI layout), or null
 * @param file       {@code tokenizer.json} (hf-tokenizer) or SentencePiece {@code .model} file name, or null
 * @param startToken id of {@code <|startoftext|>} (clip-bpe), -1 for the other types
 * @param endToken   id of {@code <|endoftext|>} (clip-bpe), -1 for the other types
 * @param padToken   id that fills a sequence up to the context length, or null for the tokenizer's own
 *                   (never null for clip-bpe)
 * @param addEos     whether {@code </s>} is appended to every text (sentencepiece only; false for the others)
 */
public record TokenizerSpec(Type type, String vocab, String merges, String bpe, String file, int startToken,
                            int endToken, Integer padToken, boolean addEos) {

  /** The tokenizer types of {@code text.tokenizer.type}. */
  public enum Type {
    CLIP_BPE("clip-bpe", Set.of("vocab", "merges", "bpe", "start_token", "end_token", "pad_token")),
    HF_TOKENIZER("hf-tokenizer", Set.of("file", "pad_token")),
    SENTENCEPIECE("sentencepiece", Set.of("file", "add_eos", "pad_token"));

    private final String id;
    private final Set<String> fields;

    Type(String id, Set<String> fields) {
      this.id = id;
      this.fields = fields;
    }

    /** The value of {@code text.tokenizer.type}. */
    public String id() {
      return id;
    }

    /**
     * The type named {@code id}.
     *
     * @throws IllegalArgumentException when no type has that name; the message lists the names
     */
    public static Type parse(String id) {
      for (Type type : values()) {
        if (type.id.equals(id)) {
          return type;
        }
      }
      throw new IllegalArgumentException("model.json: text.tokenizer.type must be one of " + names() + ", got '"
          + id + "'");
    }

    private static String names() {
      return Arrays.stream(values()).map(t -> "'" + t.id + "'").collect(Collectors.joining(", "));
    }

    private String fieldList() {
      return fields.stream().sorted().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
    }
  }

  public TokenizerSpec {
    if (type == null) {
      throw new IllegalArgumentException("model.json: text.tokenizer.type is missing");
    }
    switch (type) {
      case CLIP_BPE -> checkClipBpe(vocab, merges, bpe, file, startToken, endToken, padToken, addEos);
      case HF_TOKENIZER, SENTENCEPIECE -> checkFileType(type, vocab, merges, bpe, file, startToken, endToken,
          padToken, addEos);
    }
  }

  /** A clip-bpe tokenizer: one of the two layouts, with its start, end and pad ids. */
  public TokenizerSpec(String vocab, String merges, String bpe, int startToken, int endToken, int padToken) {
    this(Type.CLIP_BPE, vocab, merges, bpe, null, startToken, endToken, padToken, false);
  }

  /** A clip-bpe tokenizer in the Hugging Face layout with the OpenAI CLIP ids: start 49406, end 49407, pad 0. */
  public static TokenizerSpec huggingFace(String vocab, String merges) {
    return new TokenizerSpec(vocab, merges, null, 49406, 49407, 0);
  }

  /**
   * An hf-tokenizer: a Hugging Face {@code tokenizer.json}.
   *
   * @param file     file name inside the model directory, e.g. {@code tokenizer.json}
   * @param padToken pad id, or null for the one the file's padding or pad token names
   */
  public static TokenizerSpec hfTokenizer(String file, Integer padToken) {
    return new TokenizerSpec(Type.HF_TOKENIZER, null, null, null, file, -1, -1, padToken, false);
  }

  /**
   * A sentencepiece tokenizer: a SentencePiece {@code .model} file.
   *
   * @param file     file name inside the model directory, e.g. {@code spiece.model}
   * @param addEos   whether {@code </s>} is appended to every text, as SigLIP and T5 do
   * @param padToken pad id, or null for the model's own pad id (its {@code </s>} when it has none)
   */
  public static TokenizerSpec sentencePiece(String file, boolean addEos, Integer padToken) {
    return new TokenizerSpec(Type.SENTENCEPIECE, null, null, null, file, -1, -1, padToken, addEos);
  }

  private static void checkClipBpe(String vocab, String merges, String bpe, String file, int startToken,
                                   int endToken, Integer padToken, boolean addEos) {
    boolean huggingFace = vocab != null && merges != null;
    boolean openAi = bpe != null;
    if (huggingFace == openAi) {
      throw new IllegalArgumentException("model.json: text.tokenizer needs either 'vocab' and 'merges' "
          + "(Hugging Face layout) or 'bpe' (OpenAI layout)");
    }
    if (file != null || addEos) {
      throw new IllegalArgumentException("model.json: text.tokenizer of type 'clip-bpe' takes "
          + Type.CLIP_BPE.fieldList() + ", not 'file' or 'add_eos'");
    }
    if (padToken == null || startToken < 0 || endToken < 0 || padToken < 0) {
      throw new IllegalArgumentException(
          "model.json: text.tokenizer start_token, end_token and pad_token must be >= 0");
    }
  }

  private static void checkFileType(Type type, String vocab, String merges, String bpe, String file,
                                    int startToken, int endToken, Integer padToken, boolean addEos) {
    ManifestFields.requireNonBlank("text.tokenizer.file", file);
    if (vocab != null || merges != null || bpe != null || startToken != -1 || endToken != -1) {
      throw new IllegalArgumentException("model.json: text.tokenizer of type '" + type.id + "' takes "
          + type.fieldList() + ", not CLIP BPE files or start and end ids");
    }
    if (addEos && type != Type.SENTENCEPIECE) {
      throw new IllegalArgumentException("model.json: text.tokenizer.add_eos is for type 'sentencepiece' only: "
          + "an hf-tokenizer adds the special tokens its file names");
    }
    if (padToken != null && padToken < 0) {
      throw new IllegalArgumentException("model.json: text.tokenizer.pad_token must be >= 0, got " + padToken);
    }
  }

  static TokenizerSpec fromJson(ManifestFields f) {
    Type type = Type.parse(f.optionalText("type", Type.CLIP_BPE.id));
    List<String> misplaced = Arrays.stream(Type.values()).flatMap(t -> t.fields.stream())
        .filter(name -> f.has(name) && !type.fields.contains(name)).distinct().sorted().toList();
    if (!misplaced.isEmpty()) {
      String names = misplaced.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
      throw new IllegalArgumentException("model.json: text.tokenizer of type '" + type.id + "' takes "
          + type.fieldList() + "; it has no " + names);
    }
    Integer padToken = f.has("pad_token") ? f.requiredInt("pad_token") : null;
    return switch (type) {
      case CLIP_BPE -> {
        boolean openAi = f.has("bpe");
        yield new TokenizerSpec(
            openAi ? null : f.optionalText("vocab", "vocab.json"),
            openAi ? null : f.optionalText("merges", "merges.txt"),
            openAi ? f.requiredText("bpe") : null,
            f.optionalInt("start_token", 49406),
            f.optionalInt("end_token", 49407),
            padToken == null ? 0 : padToken);
      }
      case HF_TOKENIZER -> hfTokenizer(f.optionalText("file", "tokenizer.json"), padToken);
      case SENTENCEPIECE -> sentencePiece(f.requiredText("file"), f.optionalBoolean("add_eos", false), padToken);
    };
  }

  ObjectNode toJson() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("type", type.id);
    switch (type) {
      case CLIP_BPE -> {
        if (bpe != null) {
          node.put("bpe", bpe);
        } else {
          node.put("vocab", vocab).put("merges", merges);
        }
        node.put("start_token", startToken).put("end_token", endToken);
      }
      case HF_TOKENIZER -> node.put("file", file);
      case SENTENCEPIECE -> node.put("file", file).put("add_eos", addEos);
    }
    if (padToken != null) {
      node.put("pad_token", padToken);
    }
    return node;
  }
}
