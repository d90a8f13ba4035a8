package org.clipsearch.core.tokenize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cleaned text into the words that BPE encodes one by one, with the reference CLIP pattern: the two
 * special tokens, the English contractions, runs of letters, single digits, and runs of anything else that is
 * not whitespace.
 *
 * <p>Java's {@code \p{L}} and {@code \p{N}} are the Unicode general categories, as in Python's {@code regex}
 * module, and match supplementary characters (CJK extensions, mathematical letters and digits, emoji) as one
 * code point. Two differences remain, neither visible here: Java's {@code \s} is ASCII whitespace only, but
 * {@link TextCleaner} has already turned every Unicode whitespace run into one space; and each library knows the
 * characters of its own Unicode version (Java 25 has Unicode 16). The reference pattern is case-insensitive,
 * which matters even on lower-cased text: {@code 'ſ} (long s) matches {@code 's}, so {@code UNICODE_CASE} is
 * on as well.
 */
final class PreTokenizer {

  private static final Pattern WORD = Pattern.compile(
      "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PreTokenizer() {
  }

  /** A matcher whose successive {@code find()}s yield the words of {@code cleanText}, left to right. */
  static Matcher words(String cleanText) {
    return WORD.matcher(cleanText);
  }
}
