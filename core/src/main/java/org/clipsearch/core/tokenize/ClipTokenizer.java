package org.clipsearch.core.tokenize;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.clipsearch.core.model.TokenizerSpec;

/**
 * CLIP's byte-level BPE tokenizer, reproducing the reference OpenAI {@code simple_tokenizer} id for id.
 *
 * <p>Text is cleaned (HTML unescaped twice, Unicode NFC, whitespace collapsed and trimmed, lower-cased), split
 * into words with the CLIP pattern, and each word's UTF-8 bytes are merged by rank into vocabulary tokens, the
 * last one marked {@code </w>}. {@link #encode} gives those ids; {@link #tokenize} frames them as the text tower
 * expects: {@code <start> ids <end>} padded to the context length, or cut to it with the last id set to
 * {@code <end>}.
 *
 * <pre>{@code
 * ClipTokenizer tokenizer = ClipTokenizer.fromPath(Path.of("models/clip/bpe_simple_vocab_16e6.txt.gz"));
 * int[] ids = tokenizer.tokenize("a photo of a cat", 77); // 49406 320 1125 539 320 2368 49407 0 0 ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Encoded words are kept in a bounded cache, so a repeated word costs
 * one lookup.
 */
public final class ClipTokenizer implements TextTokenizer {

  /** The padding id of the OpenAI reference. */
  private static final int DEFAULT_PAD_TOKEN = 0;

  /** Bound on the cached words, weighed by characters plus ids: some 50,000 ordinary words. */
  private static final long WORD_CACHE_WEIGHT = 500_000;

  private final int startToken;
  private final int endToken;
  private final int padToken;
  private final int vocabularySize;
  private final LoadingCache<String, int[]> words;

  private ClipTokenizer(Vocabulary vocabulary, Integer startToken, Integer endToken, Integer padToken) {
    Bpe bpe = Bpe.of(vocabulary);
    int startOfText = requireToken(vocabulary, Vocabulary.START_OF_TEXT);
    int endOfText = requireToken(vocabulary, Vocabulary.END_OF_TEXT);
    Map<String, int[]> specialWords = Map.of(
        Vocabulary.START_OF_TEXT, new int[] {startOfText}, Vocabulary.END_OF_TEXT, new int[] {endOfText});
    this.vocabularySize = vocabulary.size();
    this.startToken = requireId("start", startToken == null ? startOfText : startToken);
    this.endToken = requireId("end", endToken == null ? endOfText : endToken);
    this.padToken = requireId("pad", padToken == null ? DEFAULT_PAD_TOKEN : padToken);
    this.words = Caffeine.newBuilder()
        .maximumWeight(WORD_CACHE_WEIGHT)
        .<String, int[]>weigher((word, ids) -> word.length() + ids.length)
        .build(word -> {
          int[] special = specialWords.get(word);
          return special != null ? special : bpe.encode(word.getBytes(StandardCharsets.UTF_8));
        });
  }

  private static int requireToken(Vocabulary vocabulary, String token) {
    Integer id = vocabulary.id(token);
    if (id == null) {
      throw new IllegalArgumentException(vocabulary.source() + " has no token '" + token
          + "': not a CLIP vocabulary");
    }
    return id;
  }

  private int requireId(String role, int id) {
    if (id < 0 || id >= vocabularySize) {
      throw new IllegalArgumentException(
          role + " token " + id + " is outside the vocabulary, whose ids run from 0 to " + (vocabularySize - 1));
    }
    return id;
  }

  /**
   * Loads the OpenAI layout: one {@code bpe_simple_vocab_16e6.txt.gz}, of which the reference uses the first
   * 48,894 merges (49,408 tokens).
   *
   * @throws IllegalArgumentException when the file is missing or malformed, or an id is outside the vocabulary
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static ClipTokenizer fromOpenAiVocab(Path bpeSimpleVocabGz, int startToken, int endToken, int padToken) {
    return new ClipTokenizer(Vocabulary.readOpenAi(bpeSimpleVocabGz), startToken, endToken, padToken);
  }

  /**
   * Loads the Hugging Face layout: {@code vocab.json} (token to id) and {@code merges.txt} (one merge a line,
   * after an optional {@code #version} header).
   *
   * @throws IllegalArgumentException when a file is missing or malformed, the merges use or make a token that
   *                                  {@code vocab.json} lacks, or an id is outside the vocabulary
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static ClipTokenizer fromHuggingFaceFiles(Path vocabJson, Path mergesTxt, int startToken, int endToken,
                                                   int padToken) {
    return new ClipTokenizer(Vocabulary.readHuggingFace(vocabJson, mergesTxt), startToken, endToken, padToken);
  }

  /**
   * Loads the tokenizer a model manifest describes, its file names taken relative to the model directory.
   *
   * @throws IllegalArgumentException when a file is missing or malformed, or an id is outside the vocabulary
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static ClipTokenizer load(Path modelDir, TokenizerSpec spec) {
    Objects.requireNonNull(modelDir, "modelDir");
    Objects.requireNonNull(spec, "spec");
    return spec.bpe() != null
        ? fromOpenAiVocab(modelDir.resolve(spec.bpe()), spec.startToken(), spec.endToken(), spec.padToken())
        : fromHuggingFaceFiles(modelDir.resolve(spec.vocab()), modelDir.resolve(spec.merges()),
            spec.startToken(), spec.endToken(), spec.padToken());
  }

  /**
   * Loads a tokenizer from a {@code .gz} file (OpenAI layout) or a folder holding {@code vocab.json} and
   * {@code merges.txt} (Hugging Face layout), with the vocabulary's own {@code <|startoftext|>} and
   * {@code <|endoftext|>} ids (49406 and 49407 in CLIP) and padding id 0.
   *
   * @see #fromPath(Path, Integer, Integer, Integer)
   */
  public static ClipTokenizer fromPath(Path fileOrDir) {
    return fromPath(fileOrDir, null, null, null);
  }

  /**
   * Loads a tokenizer from a {@code .gz} file (OpenAI layout) or a folder holding {@code vocab.json} and
   * {@code merges.txt} (Hugging Face layout). An id given as null takes its default: the vocabulary's own
   * {@code <|startoftext|>} and {@code <|endoftext|>} ids (49406 and 49407 in CLIP), and 0 for padding.
   *
   * @throws IllegalArgumentException when the path is neither, a file is malformed, or an id is outside the
   *                                  vocabulary
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static ClipTokenizer fromPath(Path fileOrDir, Integer startToken, Integer endToken, Integer padToken) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    Vocabulary vocabulary;
    if (Files.isDirectory(fileOrDir)) {
      vocabulary = Vocabulary.readHuggingFace(fileOrDir.resolve("vocab.json"), fileOrDir.resolve("merges.txt"));
    } else if (Files.isRegularFile(fileOrDir) && fileOrDir.getFileName().toString().endsWith(".gz")) {
      vocabulary = Vocabulary.readOpenAi(fileOrDir);
    } else {
      throw new IllegalArgumentException(fileOrDir + " is neither a .gz file (OpenAI layout) nor a folder with "
          + "vocab.json and merges.txt (Hugging Face layout)");
    }
    return new ClipTokenizer(vocabulary, startToken, endToken, padToken);
  }

  /**
   * The token ids of {@code text}, without start and end tokens: what the reference {@code encode} returns.
   *
   * @throws NullPointerException     when {@code text} is null
   * @throws IllegalArgumentException when {@code text} has an unpaired surrogate (it has no UTF-8 encoding)
   */
  public int[] encode(String text) {
    return encode(text, Integer.MAX_VALUE);
  }

  /** The first {@code limit} ids of {@code encode(text)}; words past them are not encoded at all. */
  private int[] encode(String text, int limit) {
    String clean = TextCleaner.clean(Objects.requireNonNull(text, "text"));
    int[] ids = new int[Math.min(limit, clean.length() + 1)];
    int count = 0;
    Matcher matcher = PreTokenizer.words(clean);
    while (count < limit && matcher.find()) {
      int[] word = words.get(matcher.group());
      if (count + word.length > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(2 * ids.length, count + word.length));
      }
      System.arraycopy(word, 0, ids, count, word.length);
      count += word.length;
    }
    return Arrays.copyOf(ids, Math.min(count, limit));
  }

  /**
   * The model input for {@code text}: {@code <start> encode(text) <end>} padded with the pad id to
   * {@code contextLength}; a longer sequence is cut to {@code contextLength} with its last id set to
   * {@code <end>}, as the reference does.
   *
   * @throws NullPointerException     when {@code text} is null
   * @throws IllegalArgumentException when {@code contextLength < 2} or {@code text} has an unpaired surrogate
   */
  @Override
  public int[] tokenize(String text, int contextLength) {
    return sequence(text, contextLength).ids();
  }

  /**
   * {@link #tokenize(String, int)} with the number of real ids: start, text and end tokens.
   *
   * @throws NullPointerException     when {@code text} is null
   * @throws IllegalArgumentException when {@code contextLength < 2} or {@code text} has an unpaired surrogate
   */
  @Override
  public TokenSequence sequence(String text, int contextLength) {
    if (contextLength < 2) {
      throw new IllegalArgumentException(
          "context length must be at least 2 (start and end token), got " + contextLength);
    }
    int[] ids = encode(text, contextLength - 2);
    int[] row = new int[contextLength];
    Arrays.fill(row, padToken);
    row[0] = startToken;
    System.arraycopy(ids, 0, row, 1, ids.length);
    row[ids.length + 1] = endToken;
    return new TokenSequence(row, ids.length + 2);
  }

  /** One more than the largest id: the number of rows of the text tower's token embedding (49,408 in CLIP). */
  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  /** The id that starts every sequence. */
  public int startToken() {
    return startToken;
  }

  /** The id that ends every sequence. */
  public int endToken() {
    return endToken;
  }

  /** The id that fills a sequence up to the context length. */
  @Override
  public int padToken() {
    return padToken;
  }
}
