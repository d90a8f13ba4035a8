package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The text tower of a model: its ONNX file, tensor names, context length and tokenizer.
 *
 * @param onnx          file name of the text tower inside the model directory
 * @param input         name of the token-id input, {@code [N,context_length]}
 * @param attentionMask name of the attention-mask input, or null when the graph has none
 * @param output        name of the output tensor, float32 {@code [N,embedding_dim]}
 * @param inputType     element type of the id (and mask) tensors: {@code int64} (default) or {@code int32}
 * @param contextLength tokens per sequence, start and end included
 * @param tokenizer     how text becomes ids
 */
public record TextSpec(String onnx, String input, String attentionMask, String output, IdType inputType,
                       int contextLength, TokenizerSpec tokenizer) {

  /** Element type of the token-id tensor. */
  public enum IdType {
    INT64, INT32;

    static IdType parse(String value) {
      return switch (value) {
        case "int64" -> INT64;
        case "int32" -> INT32;
        default -> throw new IllegalArgumentException(
            "model.json: text.input_type must be 'int64' or 'int32', got '" + value + "'");
      };
    }
  }

  public TextSpec {
    ManifestFields.requireNonBlank("text.onnx", onnx);
    ManifestFields.requireNonBlank("text.input", input);
    ManifestFields.requireNonBlank("text.output", output);
    if (inputType == null) {
      throw new IllegalArgumentException("model.json: text.input_type is missing");
    }
    if (contextLength < 2 || contextLength > 4096) {
      throw new IllegalArgumentException(
          "model.json: text.context_length must be between 2 and 4096, got " + contextLength);
    }
    if (tokenizer == null) {
      throw new IllegalArgumentException("model.json: text.tokenizer is missing");
    }
  }

  static TextSpec fromJson(ManifestFields f) {
    return new TextSpec(
        f.optionalText("onnx", "textual.onnx"),
        f.optionalText("input", "input_ids"),
        f.nullableText("attention_mask"),
        f.optionalText("output", "text_embeds"),
        IdType.parse(f.optionalText("input_type", "int64")),
        f.optionalInt("context_length", 77),
        TokenizerSpec.fromJson(f.object("tokenizer")));
  }

  ObjectNode toJson() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("onnx", onnx).put("input", input);
    if (attentionMask == null) {
      node.putNull("attention_mask");
    } else {
      node.put("attention_mask", attentionMask);
    }
    node.put("output", output).put("input_type", inputType.name().toLowerCase(java.util.Locale.ROOT))
        .put("context_length", contextLength);
    node.set("tokenizer", tokenizer.toJson());
    return node;
  }
}
