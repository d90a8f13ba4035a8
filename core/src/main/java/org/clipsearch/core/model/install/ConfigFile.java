package org.clipsearch.core.model.install;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One JSON object of an export's configuration file, read with errors that name the file and the field
 * ({@code preprocessor_config.json: size.shortest_edge must be an integer, got "72"}).
 */
final class ConfigFile {

  private final String file;
  private final JsonNode node;
  private final String prefix;

  private ConfigFile(String file, JsonNode node, String prefix) {
    this.file = file;
    this.node = node;
    this.prefix = prefix;
  }

  /** Reads {@code path}, which must hold a JSON object; {@code name} is how messages call it. */
  static ConfigFile read(Path path, String name) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(name + " is missing (" + path + ")");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(path.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(name + " must hold a JSON object");
    }
    return new ConfigFile(name, root, "");
  }

  /** Reads {@code path} when it exists. */
  static Optional<ConfigFile> readIfPresent(Path path, String name) throws IOException {
    return Files.isRegularFile(path) ? Optional.of(read(path, name)) : Optional.empty();
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  /** The raw value of a field, or a missing node. */
  JsonNode raw(String field) {
    return node.path(field);
  }

  ConfigFile object(String field) {
    JsonNode value = require(field);
    if (!value.isObject()) {
      throw invalid(field, "must be an object", value);
    }
    return new ConfigFile(file, value, prefix + field + ".");
  }

  Optional<ConfigFile> optionalObject(String field) {
    return has(field) ? Optional.of(object(field)) : Optional.empty();
  }

  String text(String field) {
    JsonNode value = require(field);
    if (!value.isTextual()) {
      throw invalid(field, "must be a string", value);
    }
    return value.asText();
  }

  String text(String field, String fallback) {
    return has(field) ? text(field) : fallback;
  }

  int integer(String field) {
    JsonNode value = require(field);
    if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      throw invalid(field, "must be an integer", value);
    }
    return value.asInt();
  }

  Optional<Integer> optionalInteger(String field) {
    return has(field) ? Optional.of(integer(field)) : Optional.empty();
  }

  double number(String field) {
    JsonNode value = require(field);
    if (!value.isNumber()) {
      throw invalid(field, "must be a number", value);
    }
    return value.asDouble();
  }

  boolean bool(String field, boolean fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw invalid(field, "must be true or false", value);
    }
    return value.asBoolean();
  }

  /** Three numbers (R, G, B); a single number is read as the same value for all three. */
  float[] rgb(String field) {
    JsonNode value = require(field);
    if (value.isNumber()) {
      float v = (float) value.asDouble();
      return new float[] {v, v, v};
    }
    if (!value.isArray() || value.size() != 3 || !value.get(0).isNumber() || !value.get(1).isNumber()
        || !value.get(2).isNumber()) {
      throw invalid(field, "must be three numbers (R, G, B)", value);
    }
    return new float[] {(float) value.get(0).asDouble(), (float) value.get(1).asDouble(),
        (float) value.get(2).asDouble()};
  }

  /** A refusal naming this file and field. */
  IllegalArgumentException invalid(String field, String what, JsonNode value) {
    return new IllegalArgumentException(file + ": " + prefix + field + " " + what + ", got " + value);
  }

  /** A refusal naming this file and field, for a value this installer does not implement. */
  IllegalArgumentException unsupported(String field, String what) {
    return new IllegalArgumentException(file + ": " + prefix + field + " " + what);
  }

  private JsonNode require(String field) {
    if (!has(field)) {
      throw new IllegalArgumentException(file + ": " + prefix + field + " is missing");
    }
    return node.get(field);
  }
}
