package org.clipsearch.core.model.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Hugging Face Optimum or transformers.js per-tower export (as the {@code Xenova/clip-*} and {@code Xenova/siglip-*}
 * repositories): {@code onnx/vision_model.onnx} and {@code onnx/text_model.onnx} (or beside the configs), the
 * transformers {@code config.json} ({@code projection_dim}, {@code logit_scale_init_value},
 * {@code text_config.max_position_embeddings}), {@code preprocessor_config.json} (see
 * {@link HuggingFacePreprocessing}) and the tokenizer files {@code save_pretrained} writes. Quantised and fp16
 * variants ({@code *_quantized.onnx}, {@code *_fp16.onnx}) are passed over.
 */
final class HuggingFaceLayout implements ExportLayout {

  private static final List<String> VISUAL = List.of("onnx/vision_model.onnx", "vision_model.onnx");
  private static final List<String> TEXTUAL = List.of("onnx/text_model.onnx", "text_model.onnx");

  @Override
  public String name() {
    return "Hugging Face per-tower export";
  }

  @Override
  public List<String> visualPaths() {
    return VISUAL;
  }

  @Override
  public List<String> textualPaths() {
    return TEXTUAL;
  }

  @Override
  public ExportFiles read(Path root) throws IOException {
    Optional<Path> visual = ExportFiles.first(root, VISUAL);
    Optional<Path> textual = ExportFiles.first(root, TEXTUAL);
    Optional<ConfigFile> config = ConfigFile.readIfPresent(root.resolve("config.json"), "config.json");
    ImagePreprocessing preprocessing = visual.isEmpty() ? null : HuggingFacePreprocessing.read(
        ConfigFile.read(root.resolve("preprocessor_config.json"), "preprocessor_config.json"));
    TokenizerFiles tokenizer = textual.isEmpty() ? null : TokenizerFiles.find(root, "", true);
    Optional<Integer> context = config.flatMap(c -> c.optionalObject("text_config"))
        .flatMap(t -> t.optionalInteger("max_position_embeddings"));
    Optional<Integer> dim = config.flatMap(c -> c.optionalInteger("projection_dim"));
    double logitScale = config.filter(c -> c.has("logit_scale_init_value"))
        .map(c -> Math.exp(c.number("logit_scale_init_value"))).orElse(100.0);
    return new ExportFiles(root, name(), visual, textual, preprocessing, tokenizer, context, dim, logitScale);
  }
}
