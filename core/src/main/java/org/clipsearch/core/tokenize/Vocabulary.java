package org.clipsearch.core.tokenize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A CLIP BPE vocabulary as read from disk: every token with its id, and the merges in rank order.
 *
 * @param tokenIds token to id
 * @param merges   the merge rules, first rank first
 * @param source   where the tokens were read from, for messages
 */
record Vocabulary(Map<String, Integer> tokenIds, BpeMerges merges, String source) {

  static final String START_OF_TEXT = "<|startoftext|>";
  static final String END_OF_TEXT = "<|endoftext|>";
  static final String WORD_END = "</w>";

  /** Merges the reference reads from the OpenAI file: 49,152 tokens less 256 bytes and 2 special tokens. */
  static final int OPENAI_MERGES = 49152 - 256 - 2;

  Vocabulary {
    // Not Map.copyOf: its open addressing degrades badly on the clustered hash codes of short tokens.
    tokenIds = Collections.unmodifiableMap(new HashMap<>(tokenIds));
  }

  /**
   * Reads the OpenAI layout, {@code bpe_simple_vocab_16e6.txt.gz}, as the reference {@code SimpleTokenizer}
   * does: the first line is a header, the next {@value #OPENAI_MERGES} lines are merges, and the vocabulary is
   * the 256 byte characters, the same with {@code </w>}, one token per merge, then {@code <|startoftext|>} and
   * {@code <|endoftext|>}.
   */
  static Vocabulary readOpenAi(Path bpeGz) {
    requireFile(bpeGz, "the OpenAI BPE vocabulary (bpe_simple_vocab_16e6.txt.gz)");
    BpeMerges merges;
    try (var reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(bpeGz)), StandardCharsets.UTF_8.newDecoder()))) {
      merges = BpeMerges.read(reader, bpeGz.toString(), header -> true, OPENAI_MERGES);
    } catch (ZipException | EOFException e) {
      throw new IllegalArgumentException(bpeGz + " is not a complete gzip file: " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(bpeGz + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + bpeGz, e);
    }
    var ids = new HashMap<String, Integer>();
    for (int position = 0; position < ByteEncoder.BYTES; position++) {
      String symbol = String.valueOf(ByteEncoder.charOf(ByteEncoder.byteAt(position)));
      ids.put(symbol, position);
      ids.put(symbol + WORD_END, ByteEncoder.BYTES + position);
    }
    for (BpeMerges.Merge merge : merges.merges()) {
      Integer earlier = ids.putIfAbsent(merge.merged(), ids.size());
      if (earlier != null) {
        throw new IllegalArgumentException(bpeGz + " line " + merge.line() + ": the merge '" + merge.left() + ' '
            + merge.right() + "' makes '" + merge.merged() + "', which token " + earlier
            + " already is: the OpenAI layout needs one new token per merge");
      }
    }
    ids.put(START_OF_TEXT, ids.size());
    ids.put(END_OF_TEXT, ids.size());
    return new Vocabulary(ids, merges, bpeGz.toString());
  }

  /**
   * Reads the Hugging Face layout: {@code vocab.json}, an object from token to id, and {@code merges.txt}, one
   * merge a line after an optional {@code #version} header.
   */
  static Vocabulary readHuggingFace(Path vocabJson, Path mergesTxt) {
    requireFile(vocabJson, "the BPE vocabulary (vocab.json)");
    requireFile(mergesTxt, "the BPE merges (merges.txt)");
    Map<String, Integer> ids = readTokenIds(vocabJson);
    try (BufferedReader reader = Files.newBufferedReader(mergesTxt, StandardCharsets.UTF_8)) {
      BpeMerges merges = BpeMerges.read(reader, mergesTxt.toString(), line -> line.startsWith("#version"),
          Integer.MAX_VALUE);
      return new Vocabulary(ids, merges, vocabJson.toString());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(mergesTxt + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + mergesTxt, e);
    }
  }

  private static Map<String, Integer> readTokenIds(Path vocabJson) {
    JsonNode root;
    try {
      root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
          .readTree(vocabJson.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(vocabJson + " is not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + vocabJson, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(vocabJson + " must be a JSON object from token to id");
    }
    var ids = new HashMap<String, Integer>();
    var tokenOf = new HashMap<Integer, String>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode value = entry.getValue();
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
        throw new IllegalArgumentException(vocabJson + ": token '" + entry.getKey() + "' has id " + value
            + ", expected an integer >= 0");
      }
      String other = tokenOf.putIfAbsent(value.intValue(), entry.getKey());
      if (other != null) {
        throw new IllegalArgumentException(vocabJson + ": tokens '" + other + "' and '" + entry.getKey()
            + "' both have id " + value.intValue());
      }
      ids.put(entry.getKey(), value.intValue());
    }
    return ids;
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " not found: expected " + what);
    }
  }

  /** The id of {@code token}, or null when the vocabulary has no such token. */
  Integer id(String token) {
    return tokenIds.get(token);
  }

  /** One more than the largest id: the number of rows of an embedding table these ids index. */
  int size() {
    return tokenIds.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
  }
}
