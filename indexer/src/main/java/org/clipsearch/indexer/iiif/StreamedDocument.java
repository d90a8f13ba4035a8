package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A IIIF document read from its bytes as a stream (Jackson's token parser) rather than as one tree: its top-level
 * fields without the canvas lists (a manifest's {@code items}, {@code sequences}, {@code structures}), and then its
 * canvases one at a time, so that only one canvas's tree is held at once.
 */
final class StreamedDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Top-level fields that hold the canvases or ranges over them: what makes a manifest large. */
  private static final Set<String> LARGE = Set.of("items", "sequences", "structures");

  /** The bytes are not JSON, or end before the document does. */
  static final class NotJsonException extends RuntimeException {
    NotJsonException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private StreamedDocument() {
  }

  /** The top-level fields but the large ones; null when the document is not a JSON object. */
  static JsonNode skeleton(byte[] json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode skeleton = JSON.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (LARGE.contains(name)) {
          parser.skipChildren();
        } else {
          skeleton.set(name, parser.readValueAsTree());
        }
      }
      return skeleton;
    } catch (IOException e) {
      throw new NotJsonException(e);
    }
  }

  /** The whole document as a tree (collections, whose members are small). */
  static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new NotJsonException(e);
    }
  }

  /** A manifest's canvases, read as they are iterated: v3 {@code items}, v2 the first sequence's canvases. */
  static Iterable<JsonNode> canvases(byte[] json, int version) {
    return () -> new CanvasIterator(json, version);
  }

  private static final class CanvasIterator implements Iterator<JsonNode> {

    private final JsonParser parser;
    private JsonNode next;

    CanvasIterator(byte[] json, int version) {
      try {
        parser = JSON.createParser(json);
        boolean found = version == 3 ? enter("items") : enter("sequences") && firstObject() && enter("canvases");
        next = found ? read() : null;
      } catch (IOException e) {
        throw new NotJsonException(e);
      }
    }

    /** Moves to the array value of the field {@code name} of the current object; false when it has none. */
    private boolean enter(String name) throws IOException {
      if (parser.currentToken() == null && parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean wanted = parser.currentName().equals(name);
        if (parser.nextToken() == JsonToken.START_ARRAY && wanted) {
          return true;
        }
        parser.skipChildren();
      }
      return false;
    }

    /** Moves into the first element of the current array when it is an object. */
    private boolean firstObject() throws IOException {
      return parser.nextToken() == JsonToken.START_OBJECT;
    }

    /** The next element of the current array, or null at its end. */
    private JsonNode read() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        parser.close();
        return null;
      }
      return parser.readValueAsTree();
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public JsonNode next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      JsonNode current = next;
      try {
        next = read();
      } catch (IOException e) {
        throw new NotJsonException(e);
      }
      return current;
    }
  }
}
