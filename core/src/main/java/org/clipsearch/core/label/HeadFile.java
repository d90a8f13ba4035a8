package org.clipsearch.core.label;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.core.io.ContentHash;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelFingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A trained head as written in a model directory, {@code heads/<set>.json}: the head, the model it was trained for,
 * how it was trained and what it scored.
 *
 * <pre>
 * {
 *   "format": "clipsearch-head/1",
 *   "set": "motif",
 *   "kind": "sigmoid-mlp",                      (or "softmax")
 *   "labels": ["Autograph", "Brawl", ...],
 *   "threshold": 0.5,                           (sigmoid-mlp: the probability at which a label is assigned)
 *   "input_dim": 128,
 *   "model": {"fingerprint": "sha256:...", "name": "demo-clip"},
 *   "weights": {                                (PyTorch layout: [out][in])
 *     "hidden_weight": [[...]], "hidden_bias": [...], "output_weight": [[...]], "output_bias": [...]
 *   },                                          (softmax: "weight": [[...]] one row per label, "bias": [...])
 *   "training": {...},                          (settings and data: free-form, for people)
 *   "evaluation": {...}                         (the validation figures it scored: free-form, for people)
 * }
 * </pre>
 *
 * @param head             the head
 * @param modelFingerprint the fingerprint of the model whose embeddings it was trained on
 * @param modelName        that model's name, for messages
 * @param training         how it was trained (settings, data); may be empty
 * @param evaluation       what it scored on held-out images; may be empty
 */
public record HeadFile(LabelHead head, ModelFingerprint modelFingerprint, String modelName,
                       Map<String, Object> training, Map<String, Object> evaluation) {

  /** The folder of trained heads inside a model directory. */
  public static final String HEADS_DIR = "heads";
  /** The file name suffix of head files. */
  public static final String SUFFIX = ".json";
  /** The format tag every head file carries. */
  public static final String FORMAT = "clipsearch-head/1";
  public static final String SOFTMAX = "softmax";
  public static final String SIGMOID_MLP = "sigmoid-mlp";

  private static final ObjectMapper JSON = new ObjectMapper();

  public HeadFile {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(modelFingerprint, "modelFingerprint");
    Objects.requireNonNull(modelName, "modelName");
    if (!(head instanceof SoftmaxHead) && !(head instanceof SigmoidMlpHead)) {
      throw new IllegalArgumentException("only softmax and sigmoid-mlp heads are written to head files, not "
          + head.getClass().getSimpleName());
    }
    training = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(training));
    evaluation = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evaluation));
  }

  /** {@code heads/<set>.json} of a model directory. */
  public static Path pathIn(Path modelDir, String set) {
    return modelDir.resolve(HEADS_DIR).resolve(set + SUFFIX);
  }

  /** {@value #SOFTMAX} or {@value #SIGMOID_MLP}. */
  public String kind() {
    return head instanceof SoftmaxHead ? SOFTMAX : SIGMOID_MLP;
  }

  /** The embedding dimension the head reads. */
  public int inputDimension() {
    return head instanceof SoftmaxHead s ? s.inputDimension() : ((SigmoidMlpHead) head).inputDimension();
  }

  /**
   * Checks that the head was trained for {@code model}: a head on another model's embeddings gives meaningless
   * labels.
   *
   * @param file names the head in the message
   * @throws IllegalStateException naming both models
   */
  public void requireModel(ClipModel model, Object file) {
    if (!modelFingerprint.equals(model.fingerprint()) || inputDimension() != model.embeddingDim()) {
      throw new IllegalStateException("head " + file + " was trained for model " + modelName + " ("
          + modelFingerprint.shortForm() + ", " + inputDimension() + " dimensions); this is model "
          + model.manifest().name() + " (" + model.fingerprint().shortForm() + ", " + model.embeddingDim()
          + " dimensions): train the head again for this model");
    }
  }

  /** Writes the file (creating its folder), replacing any file there. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = parent.resolve(file.getFileName() + ".tmp");
    Files.writeString(temp, toJson());
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The file's JSON text. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    LabelSet set = head.labelSet();
    root.put("format", FORMAT);
    root.put("set", set.name());
    root.put("kind", kind());
    ArrayNode labels = root.putArray("labels");
    set.labels().forEach(labels::add);
    if (set.kind() == LabelSet.Kind.MULTI_LABEL) {
      root.put("threshold", set.thresholds().getFirst());
    }
    root.put("input_dim", inputDimension());
    ObjectNode model = root.putObject("model");
    model.put("fingerprint", modelFingerprint.value());
    model.put("name", modelName);
    ObjectNode weights = root.putObject("weights");
    if (head instanceof SoftmaxHead s) {
      putMatrix(weights, "weight", s.weight());
      putVector(weights, "bias", s.bias());
    } else {
      var m = (SigmoidMlpHead) head;
      putMatrix(weights, "hidden_weight", m.hiddenWeight());
      putVector(weights, "hidden_bias", m.hiddenBias());
      putMatrix(weights, "output_weight", m.outputWeight());
      putVector(weights, "output_bias", m.outputBias());
    }
    root.set("training", JSON.valueToTree(training));
    root.set("evaluation", JSON.valueToTree(evaluation));
    try {
      var printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
          .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultPrettyPrinter.NopIndenter.instance);
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a head does not serialise: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and validates a head file.
   *
   * @throws IllegalArgumentException naming the file and the field when the file is malformed
   */
  public static HeadFile read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** SHA-256 of a head file's bytes, {@code sha256:} and 64 hex digits: what an index records of its labels. */
  public static String digest(Path file) throws IOException {
    return "sha256:" + ContentHash.of(file);
  }

  private static HeadFile parse(JsonNode root) {
    String format = text(root, "format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format is '" + format + "', this clipsearch reads " + FORMAT);
    }
    String name = text(root, "set");
    String kind = text(root, "kind").toLowerCase(Locale.ROOT);
    List<String> labels = new ArrayList<>();
    required(root, "labels").forEach(n -> labels.add(n.asText()));
    JsonNode weights = required(root, "weights");
    LabelHead head = switch (kind) {
      case SOFTMAX -> SoftmaxHead.of(LabelSet.singleLabel(name, labels), matrix(weights, "weight"),
          vector(weights, "bias"));
      case SIGMOID_MLP -> SigmoidMlpHead.of(
          LabelSet.multiLabel(name, labels, (float) required(root, "threshold").asDouble()),
          matrix(weights, "hidden_weight"), vector(weights, "hidden_bias"),
          matrix(weights, "output_weight"), vector(weights, "output_bias"));
      default -> throw new IllegalArgumentException("kind must be " + SOFTMAX + " or " + SIGMOID_MLP + ", got '"
          + kind + "'");
    };
    var file = new HeadFile(head, new ModelFingerprint(text(required(root, "model"), "fingerprint")),
        required(root, "model").path("name").asText("?"), map(root.get("training")), map(root.get("evaluation")));
    int declared = required(root, "input_dim").asInt();
    if (declared != file.inputDimension()) {
      throw new IllegalArgumentException("input_dim is " + declared + " but the weights read "
          + file.inputDimension() + "-dimensional embeddings");
    }
    return file;
  }

  private static Map<String, Object> map(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("training and evaluation must be JSON objects");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = JSON.convertValue(node, LinkedHashMap.class);
    return map;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string, got " + value);
    }
    return value.asText();
  }

  private static float[][] matrix(JsonNode weights, String field) {
    JsonNode rows = required(weights, field);
    if (!rows.isArray()) {
      throw new IllegalArgumentException("weights." + field + " must be an array of rows");
    }
    float[][] m = new float[rows.size()][];
    for (int r = 0; r < m.length; r++) {
      m[r] = floats(rows.get(r), "weights." + field + "[" + r + "]");
    }
    return m;
  }

  private static float[] vector(JsonNode weights, String field) {
    return floats(required(weights, field), "weights." + field);
  }

  private static float[] floats(JsonNode array, String where) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(where + " must be an array of numbers");
    }
    float[] v = new float[array.size()];
    for (int i = 0; i < v.length; i++) {
      JsonNode n = array.get(i);
      if (!n.isNumber()) {
        throw new IllegalArgumentException(where + "[" + i + "] must be a number, got " + n);
      }
      v[i] = n.floatValue();
    }
    return v;
  }

  private static void putMatrix(ObjectNode node, String field, float[][] m) {
    ArrayNode rows = node.putArray(field);
    for (float[] row : m) {
      ArrayNode r = rows.addArray();
      for (float x : row) {
        r.add(x);
      }
    }
  }

  private static void putVector(ObjectNode node, String field, float[] v) {
    ArrayNode array = node.putArray(field);
    for (float x : v) {
      array.add(x);
    }
  }
}
