package org.clipsearch.core.tokenize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The reference CLIP text clean-up, applied before pre-tokenisation: HTML unescape twice, Unicode NFC,
 * whitespace collapsed and trimmed, lower case. ({@code ftfy}, which the reference also runs, is not part of
 * the model contract and is not applied.)
 *
 * <p>Whitespace follows the two definitions the reference mixes: Python's {@code str.strip()} trims every
 * character for which {@code str.isspace()} holds (which includes the separators U+001C..U+001F), while its
 * {@code regex} {@code \s+} collapses runs of Unicode {@code White_Space} only (which excludes them). Neither
 * matches Java's {@code Character.isWhitespace} (which, for one, excludes U+00A0), so both sets are spelled
 * out here.
 */
final class TextCleaner {

  private TextCleaner() {
  }

  /**
   * Cleans {@code text} the way the reference tokenizer does before splitting it into words.
   *
   * @throws IllegalArgumentException when {@code text} has an unpaired surrogate, which has no UTF-8 encoding
   */
  static String clean(String text) {
    requireWellFormed(text);
    String unescaped = HtmlEntities.unescape(HtmlEntities.unescape(text));
    String composed = Normalizer.isNormalized(unescaped, Normalizer.Form.NFC)
        ? unescaped
        : Normalizer.normalize(unescaped, Normalizer.Form.NFC);
    return collapseWhitespace(composed).toLowerCase(Locale.ROOT);
  }

  private static void requireWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "text has an unpaired surrogate U+%04X at index %d: it cannot be encoded as UTF-8", (int) c, i));
      }
    }
  }

  /** Trims {@link #isPythonSpace} characters at both ends and replaces each inner whitespace run by one space. */
  private static String collapseWhitespace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPythonSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(text.charAt(end - 1))) {
      end--;
    }
    var out = new StringBuilder(end - start);
    boolean inRun = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isWhiteSpace(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** Unicode {@code White_Space}: what {@code \s} matches in Python's {@code regex} module. */
  private static boolean isWhiteSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  /** Python's {@code str.isspace()}: {@code White_Space} plus the information separators U+001C..U+001F. */
  private static boolean isPythonSpace(char c) {
    return isWhiteSpace(c) || (c >= '\u001C' && c <= '\u001F');
  }
}
