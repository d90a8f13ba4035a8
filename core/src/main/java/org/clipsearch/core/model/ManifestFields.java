package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed, validated access to one object of {@code model.json}; errors name the full field path. */
final class ManifestFields {

  private final JsonNode node;
  private final String prefix;

  ManifestFields(JsonNode node, String prefix) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "model.json: " + (prefix.isEmpty() ? "the manifest" : prefix.substring(0, prefix.length() - 1))
              + " must be a JSON object");
    }
    this.node = node;
    this.prefix = prefix;
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  ManifestFields object(String field) {
    if (!has(field)) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " is missing");
    }
    return new ManifestFields(node.get(field), prefix + field + ".");
  }

  String requiredText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " is missing");
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " must be a string, got " + value);
    }
    return value.asText();
  }

  String optionalText(String field, String fallback) {
    return has(field) ? requiredText(field) : fallback;
  }

  String nullableText(String field) {
    return has(field) ? requiredText(field) : null;
  }

  int requiredInt(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " is missing");
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " must be an integer, got " + value);
    }
    return value.asInt();
  }

  int optionalInt(String field, int fallback) {
    return has(field) ? requiredInt(field) : fallback;
  }

  boolean optionalBoolean(String field, boolean fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " must be true or false, got " + value);
    }
    return value.asBoolean();
  }

  double optionalDouble(String field, double fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " must be a number, got " + value);
    }
    return value.asDouble();
  }

  float[] floatArray(String field, float[] fallback) {
    if (!has(field)) {
      return fallback.clone();
    }
    JsonNode value = node.get(field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("model.json: " + prefix + field + " must be an array of numbers, got " + value);
    }
    float[] out = new float[value.size()];
    for (int i = 0; i < out.length; i++) {
      if (!value.get(i).isNumber()) {
        throw new IllegalArgumentException("model.json: " + prefix + field + "[" + i + "] must be a number, got " + value.get(i));
      }
      out[i] = (float) value.get(i).asDouble();
    }
    return out;
  }

  static void requireNonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("model.json: " + field + " must be a non-empty string");
    }
  }

  static float[] checkTriple(String field, float[] values, boolean positive) {
    if (values == null || values.length != 3) {
      throw new IllegalArgumentException("model.json: " + field + " must have 3 values (R, G, B), got "
          + (values == null ? "none" : values.length));
    }
    for (float v : values) {
      if (!Float.isFinite(v) || (positive && v <= 0)) {
        throw new IllegalArgumentException("model.json: " + field + " must hold " + (positive ? "positive " : "")
            + "finite numbers, got " + java.util.Arrays.toString(values));
      }
    }
    return values.clone();
  }
}
