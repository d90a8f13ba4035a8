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
 *
 * <p>Lower case is Java's, except for capital sigma: Java picks the final form {@code ς} by word boundaries,
 * Python by the Unicode {@code Final_Sigma} context (a cased letter before it, skipping case-ignorable
 * characters, and none after it), and the two disagree on text such as {@code ΟΔΟΣ½} or {@code ΡΣº}.
 */
final class TextCleaner {

  private static final char CAPITAL_SIGMA = '\u03A3';

  /** Word-break {@code MidLetter}, {@code MidNumLet} and {@code Single_Quote}: case-ignorable punctuation. */
  private static final String WORD_MEDIAL =
      "':.\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A";

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
    return lowerCase(collapseWhitespace(composed));
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

  /** Python's {@code str.lower()}: Java's lower case with capital sigma decided as Python does. */
  private static String lowerCase(String text) {
    int sigma = text.indexOf(CAPITAL_SIGMA);
    if (sigma < 0) {
      return text.toLowerCase(Locale.ROOT);
    }
    var out = new StringBuilder(text.length());
    int start = 0;
    for (; sigma >= 0; sigma = text.indexOf(CAPITAL_SIGMA, start)) {
      out.append(text.substring(start, sigma).toLowerCase(Locale.ROOT))
          .append(isFinalSigma(text, sigma) ? '\u03C2' : '\u03C3');
      start = sigma + 1;
    }
    return out.append(text.substring(start).toLowerCase(Locale.ROOT)).toString();
  }

  /** Unicode's {@code Final_Sigma} context, as CPython tests it: {@code cased ignorable* Σ !(ignorable* cased)}. */
  private static boolean isFinalSigma(String text, int sigma) {
    int before = sigma;
    int c = 0;
    while (before > 0) {
      c = text.codePointBefore(before);
      before -= Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        break;
      }
    }
    if (sigma == 0 || isCaseIgnorable(c) || !isCased(c)) {
      return false;
    }
    for (int after = sigma + 1; after < text.length(); after += Character.charCount(c)) {
      c = text.codePointAt(after);
      if (!isCaseIgnorable(c)) {
        return !isCased(c);
      }
    }
    return true;
  }

  /** Unicode {@code Cased}: {@code Lowercase}, {@code Uppercase} or {@code Lt}. */
  private static boolean isCased(int c) {
    return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * Unicode {@code Case_Ignorable}: marks, format characters, modifier letters and symbols, and the word-break
   * classes {@code MidLetter}, {@code MidNumLet} and {@code Single_Quote}.
   */
  private static boolean isCaseIgnorable(int c) {
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
           Character.MODIFIER_SYMBOL -> true;
      default -> WORD_MEDIAL.indexOf(c) >= 0;
    };
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
