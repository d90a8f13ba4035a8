package org.clipsearch.core.model.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An Immich export (its {@code machine-learning/export} scripts, the {@code immich-app/*} model repositories):
 * {@code visual/model.onnx} (input {@code image}, output {@code embedding}, L2-normalised, batch of one) with
 * {@code visual/preprocess_cfg.json} (open_clip's {@code PreprocessCfg}, see {@link OpenClipPreprocessing}),
 * {@code textual/model.onnx} (input {@code text} int32, or {@code input_ids} and {@code attention_mask} for
 * M-CLIP) with the tokenizer {@code save_pretrained} writes into {@code textual/}, and {@code config.json}, the
 * open_clip model config ({@code embed_dim}, {@code vision_cfg.image_size}, {@code text_cfg.context_length},
 * 77 when absent as Immich reads it). Text is padded with {@code tokenizer_config.json}'s {@code pad_token}, as
 * Immich's runtime does.
 */
final class ImmichLayout implements ExportLayout {

  private static final List<String> VISUAL = List.of("visual/model.onnx");
  private static final List<String> TEXTUAL = List.of("textual/model.onnx");

  @Override
  public String name() {
    return "Immich export";
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
    ConfigFile model = ConfigFile.read(root.resolve("config.json"), "config.json");
    ImagePreprocessing preprocessing = null;
    if (visual.isPresent()) {
      Integer imageSize = model.optionalObject("vision_cfg").flatMap(v -> v.optionalInteger("image_size"))
          .orElse(null);
      preprocessing = OpenClipPreprocessing.read(
          ConfigFile.read(root.resolve("visual/preprocess_cfg.json"), "visual/preprocess_cfg.json"), imageSize);
    }
    TokenizerFiles tokenizer = textual.isEmpty() ? null
        : TokenizerFiles.find(root.resolve("textual"), "textual/", true);
    Optional<Integer> context = Optional.of(model.optionalObject("text_cfg")
        .flatMap(t -> t.optionalInteger("context_length")).orElse(77));
    return new ExportFiles(root, name(), visual, textual, preprocessing, tokenizer, context,
        model.optionalInteger("embed_dim"), 100.0);
  }
}
