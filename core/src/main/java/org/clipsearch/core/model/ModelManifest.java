package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The manifest ({@code model.json}) of a model directory, as {@code model-contract.md} defines it.
 *
 * <p>Read and validated by {@link #read(Path)}: every error names the field and what was expected,
 * for example {@code "model.json: image.size must be a positive integer, got -3"}.
 *
 * <pre>{@code
 * ModelManifest manifest = ModelManifest.read(Path.of("models/demo-clip"));
 * int dim = manifest.embeddingDim();
 * }</pre>
 *
 * @param name          the model's name
 * @param embeddingDim  dimension of both towers' output
 * @param image         the image tower, or null for a text-only model
 * @param text          the text tower, or null for an image-only model
 * @param logitScale    multiplies cosine similarity into zero-shot logits
 * @param source        where the weights came from
 * @param license       licence of the weights
 */
public record ModelManifest(String name, int embeddingDim, ImageSpec image, TextSpec text,
                            double logitScale, String source, String license) {

  public static final String FILE_NAME = "model.json";

  public ModelManifest {
    ManifestFields.requireNonBlank("name", name);
    if (embeddingDim <= 0) {
      throw new IllegalArgumentException("model.json: embedding_dim must be a positive integer, got " + embeddingDim);
    }
    if (image == null && text == null) {
      throw new IllegalArgumentException("model.json: at least one of 'image' and 'text' must be given");
    }
    if (!(logitScale > 0) || Double.isInfinite(logitScale)) {
      throw new IllegalArgumentException("model.json: logit_scale must be a positive number, got " + logitScale);
    }
  }

  /** Reads and validates {@code model.json} in a model directory. */
  public static ModelManifest read(Path modelDir) throws IOException {
    Path file = modelDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + FILE_NAME + " in model directory " + modelDir);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromJson(root);
  }

  /** Parses a manifest from its JSON tree. */
  public static ModelManifest fromJson(JsonNode root) {
    var fields = new ManifestFields(root, "");
    return new ModelManifest(
        fields.requiredText("name"),
        fields.requiredInt("embedding_dim"),
        fields.has("image") ? ImageSpec.fromJson(fields.object("image")) : null,
        fields.has("text") ? TextSpec.fromJson(fields.object("text")) : null,
        fields.optionalDouble("logit_scale", 100.0),
        fields.optionalText("source", ""),
        fields.optionalText("license", ""));
  }

  /** The manifest as the JSON written to {@code model.json}. */
  public ObjectNode toJson() {
    var mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("name", name);
    root.put("embedding_dim", embeddingDim);
    if (image != null) {
      root.set("image", image.toJson());
    }
    if (text != null) {
      root.set("text", text.toJson());
    }
    root.put("logit_scale", logitScale);
    root.put("source", source);
    root.put("license", license);
    return root;
  }

  /** Writes this manifest as {@code model.json} into a model directory. */
  public void write(Path modelDir) throws IOException {
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(modelDir.resolve(FILE_NAME).toFile(), toJson());
  }
}
