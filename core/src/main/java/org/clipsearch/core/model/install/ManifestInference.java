package org.clipsearch.core.model.install;

import ai.onnxruntime.OnnxJavaType;

import org.clipsearch.core.model.ImageSpec;
import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.TextSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes the manifest of an export that has none, from its ONNX graphs (tensor names, types, fixed dimensions)
 * and what its layout read from its configuration files ({@link ExportFiles}); the towers are named
 * {@code visual.onnx} / {@code textual.onnx} as installed.
 */
final class ManifestInference {

  private static final List<String> IMAGE_INPUTS = List.of("pixel_values", "image", "input");
  private static final List<String> ID_INPUTS = List.of("input_ids", "text", "input");
  private static final List<String> IMAGE_OUTPUTS = List.of("image_embeds", "embedding", "embeddings",
      "image_features");
  private static final List<String> TEXT_OUTPUTS = List.of("text_embeds", "embedding", "embeddings", "text_features");
  private static final String MASK = "attention_mask";

  ModelManifest infer(ExportFiles files, String name) {
    ImageSpec image = null;
    Optional<Integer> imageDim = Optional.empty();
    if (files.visual().isPresent()) {
      Path file = files.visual().get();
      GraphSignature graph = GraphSignature.read(file);
      var input = graph.input(IMAGE_INPUTS, OnnxJavaType.FLOAT).orElseThrow(() -> new IllegalArgumentException(
          where(files, file) + ": cannot tell which input takes the pixels; inputs are " + graph.inputs().keySet()));
      var output = embedding(files, file, graph, IMAGE_OUTPUTS);
      int size = files.preprocessing().size();
      Optional<Integer> graphSize = fixed(input.shape(), 3);
      if (graphSize.isPresent() && graphSize.get() != size) {
        throw new IllegalArgumentException(where(files, file) + " takes " + graphSize.get() + " x " + graphSize.get()
            + " images, its preprocessing config makes " + size + " x " + size);
      }
      image = files.preprocessing().spec(input.name(), output.name());
      imageDim = fixed(output.shape(), 1);
    }
    TextSpec text = null;
    Optional<Integer> textDim = Optional.empty();
    if (files.textual().isPresent()) {
      Path file = files.textual().get();
      GraphSignature graph = GraphSignature.read(file);
      var ids = graph.input(ID_INPUTS).or(() -> graph.inputs().values().stream()
          .filter(t -> !t.name().equals(MASK) && t.type() != OnnxJavaType.FLOAT).findFirst())
          .orElseThrow(() -> new IllegalArgumentException(where(files, file)
              + ": cannot tell which input takes the token ids; inputs are " + graph.inputs().keySet()));
      var output = embedding(files, file, graph, TEXT_OUTPUTS);
      String mask = graph.inputs().containsKey(MASK) ? MASK : null;
      int context = fixed(ids.shape(), 1).or(files::contextLength).orElseThrow(() -> new IllegalArgumentException(
          where(files, file) + ": the sequence axis of '" + ids.name() + "' is dynamic and the model config gives "
              + "no context length"));
      text = new TextSpec("textual.onnx", ids.name(), mask, output.name(),
          ids.type() == OnnxJavaType.INT32 ? TextSpec.IdType.INT32 : TextSpec.IdType.INT64, context,
          files.tokenizer().spec());
      textDim = fixed(output.shape(), 1);
    }
    if (imageDim.isPresent() && textDim.isPresent() && !imageDim.equals(textDim)) {
      throw new IllegalArgumentException("the image tower makes " + imageDim.get() + "-dimensional embeddings and the "
          + "text tower " + textDim.get() + ": they are not one CLIP model");
    }
    Optional<Integer> graphDim = imageDim.isPresent() ? imageDim : textDim;
    int dim = graphDim.or(files::embeddingDim).orElseThrow(() -> new IllegalArgumentException(
        files.root() + ": the graphs do not fix the embedding dimension and the model config does not give it; "
            + "write a model.json by hand (see model-contract.md)"));
    return new ModelManifest(name, dim, image, text, files.logitScale(),
        files.layout() + " installed from " + files.root().toAbsolutePath(), "see the source's licence");
  }

  /**
   * The tower's embedding output; {@code pooler_output} only where the config gives no embedding dimension (SigLIP,
   * whose pooler is its embedding) or the graph fixes it to that one: a CLIP tower exported without its
   * projection gives the transformer's width there, not the shared space.
   */
  private static GraphSignature.Tensor embedding(ExportFiles files, Path file, GraphSignature graph,
                                                 List<String> names) {
    var output = graph.embeddingOutput(names).orElseThrow(() -> new IllegalArgumentException(where(files, file)
        + ": cannot tell which output is the embedding (expected one of " + names + " or a single [N, D] float "
        + "output); outputs are " + graph.describeOutputs()));
    Optional<Integer> dim = fixed(output.shape(), 1);
    if ("pooler_output".equals(output.name()) && files.embeddingDim().isPresent()
        && !dim.equals(files.embeddingDim())) {
      throw new IllegalArgumentException(where(files, file) + ": its only embedding-shaped output is pooler_output "
          + dim.map(d -> "[" + d + "]").orElse("(of a dynamic width)") + ", but the model's embeddings have "
          + files.embeddingDim().get() + " dimensions: the tower was exported without its projection (export the "
          + "*WithProjection model)");
    }
    return output;
  }

  private static String where(ExportFiles files, Path file) {
    return files.root().relativize(file).toString();
  }

  private static Optional<Integer> fixed(long[] shape, int axis) {
    return axis < shape.length && shape[axis] > 0 ? Optional.of((int) shape[axis]) : Optional.empty();
  }
}
