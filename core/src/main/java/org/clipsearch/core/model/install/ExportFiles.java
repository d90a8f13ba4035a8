package org.clipsearch.core.model.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CLIP export without a {@code model.json}, as one {@link ExportLayout} read it: its towers, the preprocessing
 * and tokenizer its own configuration files state, and what its model config says where the graphs leave it open.
 *
 * @param root          the export's folder
 * @param layout        the layout's name
 * @param visual        the image tower, if any
 * @param textual       the text tower, if any
 * @param preprocessing the image preprocessing (null without an image tower)
 * @param tokenizer     the tokenizer (null without a text tower)
 * @param contextLength the model config's context length, for a text graph whose sequence axis is dynamic
 * @param embeddingDim  the model config's embedding dimension, for graphs whose output axis is dynamic
 * @param logitScale    the zero-shot logit scale
 */
record ExportFiles(Path root, String layout, Optional<Path> visual, Optional<Path> textual,
                   ImagePreprocessing preprocessing, TokenizerFiles tokenizer, Optional<Integer> contextLength,
                   Optional<Integer> embeddingDim, double logitScale) {

  /** The export in {@code root}, read by the first layout that recognises it. */
  static ExportFiles find(Path root) throws IOException {
    for (ExportLayout layout : ExportLayout.ALL) {
      if (layout.recognises(root)) {
        return layout.read(root);
      }
    }
    String combined = Files.isRegularFile(root.resolve("onnx/model.onnx"))
        ? " (onnx/model.onnx is a combined graph of both towers; the per-tower exports are needed)" : "";
    throw new IllegalArgumentException(root + " has no model.json and is not a CLIP export this command recognises"
        + combined + ": expected " + ExportLayout.ALL.stream().map(l -> l.name() + " (" + l.towerFiles() + ")")
        .collect(Collectors.joining(", or ")));
  }

  /** The first of {@code names} under {@code root} that is a file. */
  static Optional<Path> first(Path root, List<String> names) {
    return names.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
  }
}
