package org.clipsearch.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The reference encodings of {@code tokenizer/} made by {@code tools/make_test_tokenizers.py} (python
 * sentencepiece) and {@code tools/make_test_tokenizers.mjs} (Hugging Face tokenizers): the test texts, and per
 * tokenizer file its ids, rows at the context length and real lengths.
 */
public final class TokenizerReferences {

  /** One tokenizer file's references. */
  public record Reference(String name, Path file, boolean addEos, int padId, int vocabularySize, List<int[]> ids,
                   List<int[]> rows, List<Integer> lengths) {

    @Override
    public String toString() {
      return name;
    }
  }

  public static final Path DIR = directory();
  public static final int CONTEXT_LENGTH = read("cases.json").path("context_length").asInt();
  public static final List<String> TEXTS = StreamSupport.stream(read("cases.json").path("texts").spliterator(), false)
      .map(JsonNode::asText).toList();

  private TokenizerReferences() {
  }

  /** The references of {@code hf-references.json} or {@code sp-references.json}. */
  public static List<Reference> of(String referencesFile) {
    List<Reference> references = new ArrayList<>();
    read(referencesFile).properties().forEach(entry -> {
      JsonNode node = entry.getValue();
      references.add(new Reference(entry.getKey(), DIR.resolve(node.path("file").asText()),
          node.path("add_eos").asBoolean(false), node.path("pad_id").asInt(), node.path("vocab_size").asInt(),
          arrays(node.path("ids")), arrays(node.path("rows")),
          StreamSupport.stream(node.path("lengths").spliterator(), false).map(JsonNode::asInt).toList()));
    });
    return references;
  }

  private static List<int[]> arrays(JsonNode lists) {
    return StreamSupport.stream(lists.spliterator(), false)
        .map(list -> StreamSupport.stream(list.spliterator(), false).mapToInt(JsonNode::asInt).toArray())
        .toList();
  }

  private static JsonNode read(String name) {
    try {
      return new ObjectMapper().readTree(DIR.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    try {
      return Path.of(TokenizerReferences.class.getResource("/tokenizer").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
