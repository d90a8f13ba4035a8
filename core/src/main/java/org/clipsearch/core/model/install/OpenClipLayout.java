package org.clipsearch.core.model.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An OpenCLIP ONNX export: {@code visual.onnx} and {@code textual.onnx} (or under {@code onnx/}) beside the
 * {@code open_clip_config.json} that open_clip's hub repositories carry ({@code model_cfg}: {@code embed_dim},
 * {@code vision_cfg.image_size}, {@code text_cfg.context_length}; {@code preprocess_cfg}: see
 * {@link OpenClipPreprocessing}) and its tokenizer files. Text is padded with 0, as open_clip's tokenizer does.
 */
final class OpenClipLayout implements ExportLayout {

  private static final List<String> VISUAL = List.of("visual.onnx", "onnx/visual.onnx");
  private static final List<String> TEXTUAL = List.of("textual.onnx", "onnx/textual.onnx");

  @Override
  public String name() {
    return "OpenCLIP export";
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
    ConfigFile config = ConfigFile.read(root.resolve("open_clip_config.json"), "open_clip_config.json");
    ConfigFile model = config.object("model_cfg");
    ImagePreprocessing preprocessing = null;
    if (visual.isPresent()) {
      Integer imageSize = model.optionalObject("vision_cfg").flatMap(v -> v.optionalInteger("image_size"))
          .orElse(null);
      preprocessing = OpenClipPreprocessing.read(config.object("preprocess_cfg"), imageSize);
    }
    TokenizerFiles tokenizer = textual.isEmpty() ? null : TokenizerFiles.find(root, "", false);
    Optional<Integer> context = Optional.of(model.optionalObject("text_cfg")
        .flatMap(t -> t.optionalInteger("context_length")).orElse(77));
    return new ExportFiles(root, name(), visual, textual, preprocessing, tokenizer, context,
        model.optionalInteger("embed_dim"), 100.0);
  }
}
