package org.clipsearch.core.model.install;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a CLIP export without a {@code model.json}, found by the names the common exporters use:
 * OpenCLIP ({@code visual.onnx}, {@code textual.onnx}), Hugging Face Optimum and transformers.js per-tower
 * exports ({@code vision_model.onnx}, {@code text_model.onnx}, possibly under {@code onnx/}), with the tokenizer
 * in either layout and the preprocessing configs beside them.
 */
record ExportFiles(Path root, Optional<Path> visual, Optional<Path> textual, Optional<Path> vocab,
                   Optional<Path> merges, Optional<Path> bpe, Optional<Path> preprocessorConfig,
                   Optional<Path> openClipConfig, Optional<Path> config, String layout) {

  private static final List<String> VISUAL = List.of("visual.onnx", "vision_model.onnx", "image_encoder.onnx",
      "onnx/vision_model.onnx", "onnx/visual.onnx");
  private static final List<String> TEXTUAL = List.of("textual.onnx", "text_model.onnx", "text_encoder.onnx",
      "onnx/text_model.onnx", "onnx/textual.onnx");

  static ExportFiles find(Path root) {
    Optional<Path> visual = first(root, VISUAL);
    Optional<Path> textual = first(root, TEXTUAL);
    if (visual.isEmpty() && textual.isEmpty()) {
      throw new IllegalArgumentException(root + " has no model.json and none of the tower files "
          + VISUAL + " / " + TEXTUAL + ": it is not a CLIP export this command recognises");
    }
    String layout = visual.or(() -> textual).orElseThrow().getFileName().toString().startsWith("vision")
        || textual.map(p -> p.getFileName().toString().startsWith("text_model")).orElse(false)
        ? "Hugging Face per-tower export" : "OpenCLIP export";
    return new ExportFiles(root, visual, textual,
        first(root, List.of("vocab.json", "tokenizer/vocab.json")),
        first(root, List.of("merges.txt", "tokenizer/merges.txt")),
        first(root, List.of("bpe_simple_vocab_16e6.txt.gz")),
        first(root, List.of("preprocessor_config.json")),
        first(root, List.of("open_clip_config.json")),
        first(root, List.of("config.json")),
        layout);
  }

  private static Optional<Path> first(Path root, List<String> names) {
    return names.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
  }
}
