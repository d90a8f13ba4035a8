package org.clipsearch.core.model.install;

import ai.onnxruntime.OnnxJavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clipsearch.core.model.ImageSpec;
import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.TextSpec;
import org.clipsearch.core.model.TokenizerSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the manifest of an export that has none, from its ONNX graphs (tensor names, types, fixed dimensions)
 * and its configuration files (Hugging Face {@code preprocessor_config.json} and {@code config.json},
 * OpenCLIP {@code open_clip_config.json}); CLIP's own values where neither says.
 */
final class ManifestInference {

  private static final float[] CLIP_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
  private static final float[] CLIP_STD = {0.26862954f, 0.26130258f, 0.27577711f};

  private final ObjectMapper mapper = new ObjectMapper();

  /** The manifest for {@code files}, naming the towers {@code visual.onnx} / {@code textual.onnx}. */
  ModelManifest infer(ExportFiles files, String name) throws IOException {
    JsonNode preprocessor = readJson(files.preprocessorConfig());
    JsonNode openClip = readJson(files.openClipConfig());
    JsonNode config = readJson(files.config());
    ImageSpec image = null;
    Integer imageDim = null;
    if (files.visual().isPresent()) {
      GraphSignature graph = GraphSignature.read(files.visual().get());
      var input = graph.input("pixel_values", OnnxJavaType.FLOAT).orElseThrow(() -> new IllegalArgumentException(
          files.visual().get() + ": cannot tell which input takes the pixels; inputs are " + graph.inputs().keySet()));
      var output = graph.embeddingOutput("image_embeds").orElseThrow(() -> new IllegalArgumentException(
          files.visual().get() + ": cannot tell which output is the embedding; outputs are " + graph.outputs().keySet()));
      int size = fixed(input.shape(), 3).orElseGet(() -> imageSize(preprocessor, openClip));
      image = new ImageSpec("visual.onnx", input.name(), output.name(), size, "shortest-side",
          interpolation(preprocessor), "center", floats(preprocessor, "image_mean", openClip, "mean", CLIP_MEAN),
          floats(preprocessor, "image_std", openClip, "std", CLIP_STD));
      imageDim = fixed(output.shape(), 1).orElse(null);
    }
    TextSpec text = null;
    Integer textDim = null;
    if (files.textual().isPresent()) {
      GraphSignature graph = GraphSignature.read(files.textual().get());
      var ids = graph.input("input_ids", OnnxJavaType.INT64, OnnxJavaType.INT32)
          .orElseGet(() -> graph.inputs().values().stream()
              .filter(t -> !t.name().contains("mask")).findFirst().orElseThrow(() -> new IllegalArgumentException(
                  files.textual().get() + ": cannot tell which input takes the token ids; inputs are "
                      + graph.inputs().keySet())));
      var output = graph.embeddingOutput("text_embeds").orElseThrow(() -> new IllegalArgumentException(
          files.textual().get() + ": cannot tell which output is the embedding; outputs are " + graph.outputs().keySet()));
      String mask = graph.inputs().containsKey("attention_mask") ? "attention_mask" : null;
      int context = fixed(ids.shape(), 1).orElseGet(() -> config.path("text_config")
          .path("max_position_embeddings").asInt(77));
      text = new TextSpec("textual.onnx", ids.name(), mask, output.name(),
          ids.type() == OnnxJavaType.INT32 ? TextSpec.IdType.INT32 : TextSpec.IdType.INT64, context,
          tokenizer(files));
      textDim = fixed(output.shape(), 1).orElse(null);
    }
    if (imageDim != null && textDim != null && !imageDim.equals(textDim)) {
      throw new IllegalArgumentException("the image tower makes " + imageDim + "-dimensional embeddings and the text tower "
          + textDim + ": they are not one CLIP model");
    }
    Integer dim = imageDim != null ? imageDim : textDim;
    if (dim == null) {
      dim = config.path("projection_dim").asInt(0);
    }
    if (dim <= 0) {
      throw new IllegalArgumentException(files.root() + ": the graphs do not fix the embedding dimension and there is "
          + "no config.json with projection_dim; write a model.json by hand (see model-contract.md)");
    }
    double logitScale = config.has("logit_scale_init_value")
        ? Math.exp(config.path("logit_scale_init_value").asDouble()) : 100.0;
    return new ModelManifest(name, dim, image, text, logitScale,
        files.layout() + " installed from " + files.root().toAbsolutePath(), "see the source's licence");
  }

  private static TokenizerSpec tokenizer(ExportFiles files) throws IOException {
    if (files.vocab().isPresent() && files.merges().isPresent()) {
      JsonNode vocab = new ObjectMapper().readTree(files.vocab().get().toFile());
      return new TokenizerSpec("vocab.json", "merges.txt", null,
          vocab.path("<|startoftext|>").asInt(49406), vocab.path("<|endoftext|>").asInt(49407), 0);
    }
    if (files.bpe().isPresent()) {
      return new TokenizerSpec(null, null, "bpe_simple_vocab_16e6.txt.gz", 49406, 49407, 0);
    }
    throw new IllegalArgumentException(files.root() + " has a text tower but no tokenizer: expected vocab.json and "
        + "merges.txt, or bpe_simple_vocab_16e6.txt.gz");
  }

  private static Optional<Integer> fixed(long[] shape, int axis) {
    return axis < shape.length && shape[axis] > 0 ? Optional.of((int) shape[axis]) : Optional.empty();
  }

  private static int imageSize(JsonNode preprocessor, JsonNode openClip) {
    JsonNode crop = preprocessor.path("crop_size");
    if (crop.isInt()) {
      return crop.asInt();
    }
    if (crop.has("height")) {
      return crop.path("height").asInt();
    }
    JsonNode size = openClip.path("model_cfg").path("vision_cfg").path("image_size");
    if (size.isInt()) {
      return size.asInt();
    }
    return 224;
  }

  private static ImageSpec.Interpolation interpolation(JsonNode preprocessor) {
    return preprocessor.path("resample").asInt(3) == 2 ? ImageSpec.Interpolation.BILINEAR
        : ImageSpec.Interpolation.BICUBIC;
  }

  private static float[] floats(JsonNode hf, String hfField, JsonNode openClip, String openClipField,
                                float[] fallback) {
    JsonNode node = hf.has(hfField) ? hf.get(hfField) : openClip.path("preprocess_cfg").path(openClipField);
    if (!node.isArray() || node.size() != 3) {
      return fallback.clone();
    }
    return new float[] {(float) node.get(0).asDouble(), (float) node.get(1).asDouble(), (float) node.get(2).asDouble()};
  }

  private JsonNode readJson(Optional<Path> file) throws IOException {
    return file.isPresent() ? mapper.readTree(file.get().toFile()) : mapper.createObjectNode();
  }
}
