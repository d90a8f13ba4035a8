package org.clipsearch.core.model.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clipsearch.core.model.TokenizerSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokenizer files of an export's text tower and the manifest's tokenizer for them, in this order: CLIP's
 * byte-level BPE ({@code clip-bpe}) from Hugging Face's {@code vocab.json} and {@code merges.txt} (their start and
 * end ids read from the vocabulary) or OpenAI's {@code bpe_simple_vocab_16e6.txt.gz}; else a Hugging Face
 * {@code tokenizer.json} ({@code hf-tokenizer}, with its own pad token: an XLM-R or SigLIP text tower).
 *
 * @param spec  the manifest's tokenizer, naming the files as installed
 * @param files installed name to source file
 */
record TokenizerFiles(TokenizerSpec spec, Map<String, Path> files) {

  private static final String START = "<|startoftext|>";
  private static final String END = "<|endoftext|>";

  /**
   * The tokenizer in {@code folder}.
   *
   * @param padFromConfig take the pad id from {@code tokenizer_config.json}'s {@code pad_token} (Hugging Face and
   *                      Immich, whose tokenizers pad with it); otherwise pad with 0, as open_clip's tokenizer
   */
  static TokenizerFiles find(Path folder, String where, boolean padFromConfig) throws IOException {
    Path vocab = folder.resolve("vocab.json");
    Path merges = folder.resolve("merges.txt");
    if (Files.isRegularFile(vocab) && Files.isRegularFile(merges)) {
      JsonNode ids = new ObjectMapper().readTree(vocab.toFile());
      int start = id(ids, START, where + "vocab.json");
      int end = id(ids, END, where + "vocab.json");
      int pad = padFromConfig ? padToken(folder, where).map(token -> id(ids, token, where + "vocab.json")).orElse(0)
          : 0;
      var files = new LinkedHashMap<String, Path>();
      files.put("vocab.json", vocab);
      files.put("merges.txt", merges);
      return new TokenizerFiles(new TokenizerSpec("vocab.json", "merges.txt", null, start, end, pad), files);
    }
    Path bpe = folder.resolve("bpe_simple_vocab_16e6.txt.gz");
    if (Files.isRegularFile(bpe)) {
      return new TokenizerFiles(new TokenizerSpec(null, null, bpe.getFileName().toString(), 49406, 49407, 0),
          Map.of(bpe.getFileName().toString(), bpe));
    }
    Path tokenizerJson = folder.resolve("tokenizer.json");
    if (Files.isRegularFile(tokenizerJson)) {
      return new TokenizerFiles(TokenizerSpec.hfTokenizer("tokenizer.json", null), Map.of("tokenizer.json",
          tokenizerJson));
    }
    throw new IllegalArgumentException("the text tower has no tokenizer: " + where + "vocab.json and " + where
        + "merges.txt, " + where + "bpe_simple_vocab_16e6.txt.gz or " + where + "tokenizer.json are missing");
  }

  private static int id(JsonNode vocab, String token, String file) {
    JsonNode id = vocab.get(token);
    if (id == null || !id.canConvertToInt()) {
      throw new IllegalArgumentException(file + " has no id for " + token + ": it is not a CLIP BPE vocabulary");
    }
    return id.asInt();
  }

  private static Optional<String> padToken(Path folder, String where) throws IOException {
    Optional<ConfigFile> config = ConfigFile.readIfPresent(folder.resolve("tokenizer_config.json"),
        where + "tokenizer_config.json");
    if (config.isEmpty() || !config.get().has("pad_token")) {
      return Optional.empty();
    }
    JsonNode pad = config.get().raw("pad_token");
    return Optional.of(pad.isObject() ? config.get().object("pad_token").text("content") : config.get()
        .text("pad_token"));
  }
}
