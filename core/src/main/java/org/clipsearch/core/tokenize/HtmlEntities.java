package org.clipsearch.core.tokenize;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * Python's {@code html.unescape}, which the reference CLIP tokenizer applies twice to every text.
 *
 * <p>The algorithm is Python's, rule for rule: a reference is {@code &#digits}, {@code &#xhex} (each with an
 * optional {@code ;}) or {@code &name} of 1 to 32 characters with an optional {@code ;}; numeric references
 * to 0, CR and 0x80..0x9F become the Windows-1252 characters HTML5 prescribes, surrogates and values above
 * U+10FFFF become U+FFFD, noncharacters and most C0/C1 controls vanish; an unknown name is replaced by the
 * longest known legacy name (one valid without {@code ;}, such as {@code &amp} or {@code &eacute}) that
 * starts it, the rest kept as text; anything else stays as it is.
 *
 * <p>Why a table here rather than a library: no small, well-kept Java library on Maven Central implements
 * Python's rules (Commons Text's HTML4 unescaper needs the {@code ;} after names and knows nothing of the
 * HTML5 numeric fix-ups; jsoup is an HTML parser of half a megabyte). The table holds the 252 HTML 4.01
 * entities (with their HTML5 values: {@code lang} and {@code rang} are U+27E8 and U+27E9), {@code apos} and
 * the upper-case aliases {@code AMP COPY GT LT QUOT REG}: every name that occurs in catalogue text in
 * practice. The rest of the 2,231 HTML5 names (such as {@code &hyphen;} or {@code &NewLine;}) are left as
 * text, where Python would replace them.
 */
final class HtmlEntities {

  /** Name (without {@code ;}) to code point. */
  private static final Map<String, Integer> CODE_POINTS = Map.ofEntries(
      entry("AElig", 0x00C6), entry("Aacute", 0x00C1), entry("Acirc", 0x00C2), entry("Agrave", 0x00C0),
      entry("Alpha", 0x0391), entry("Aring", 0x00C5), entry("Atilde", 0x00C3), entry("Auml", 0x00C4),
      entry("Beta", 0x0392), entry("Ccedil", 0x00C7), entry("Chi", 0x03A7), entry("Dagger", 0x2021),
      entry("Delta", 0x0394), entry("ETH", 0x00D0), entry("Eacute", 0x00C9), entry("Ecirc", 0x00CA),
      entry("Egrave", 0x00C8), entry("Epsilon", 0x0395), entry("Eta", 0x0397), entry("Euml", 0x00CB),
      entry("Gamma", 0x0393), entry("Iacute", 0x00CD), entry("Icirc", 0x00CE), entry("Igrave", 0x00CC),
      entry("Iota", 0x0399), entry("Iuml", 0x00CF), entry("Kappa", 0x039A), entry("Lambda", 0x039B),
      entry("Mu", 0x039C), entry("Ntilde", 0x00D1), entry("Nu", 0x039D), entry("OElig", 0x0152),
      entry("Oacute", 0x00D3), entry("Ocirc", 0x00D4), entry("Ograve", 0x00D2), entry("Omega", 0x03A9),
      entry("Omicron", 0x039F), entry("Oslash", 0x00D8), entry("Otilde", 0x00D5), entry("Ouml", 0x00D6),
      entry("Phi", 0x03A6), entry("Pi", 0x03A0), entry("Prime", 0x2033), entry("Psi", 0x03A8),
      entry("Rho", 0x03A1), entry("Scaron", 0x0160), entry("Sigma", 0x03A3), entry("THORN", 0x00DE),
      entry("Tau", 0x03A4), entry("Theta", 0x0398), entry("Uacute", 0x00DA), entry("Ucirc", 0x00DB),
      entry("Ugrave", 0x00D9), entry("Upsilon", 0x03A5), entry("Uuml", 0x00DC), entry("Xi", 0x039E),
      entry("Yacute", 0x00DD), entry("Yuml", 0x0178), entry("Zeta", 0x0396), entry("aacute", 0x00E1),
      entry("acirc", 0x00E2), entry("acute", 0x00B4), entry("aelig", 0x00E6), entry("agrave", 0x00E0),
      entry("alefsym", 0x2135), entry("alpha", 0x03B1), entry("amp", 0x0026), entry("and", 0x2227),
      entry("ang", 0x2220), entry("aring", 0x00E5), entry("asymp", 0x2248), entry("atilde", 0x00E3),
      entry("auml", 0x00E4), entry("bdquo", 0x201E), entry("beta", 0x03B2), entry("brvbar", 0x00A6),
      entry("bull", 0x2022), entry("cap", 0x2229), entry("ccedil", 0x00E7), entry("cedil", 0x00B8),
      entry("cent", 0x00A2), entry("chi", 0x03C7), entry("circ", 0x02C6), entry("clubs", 0x2663),
      entry("cong", 0x2245), entry("copy", 0x00A9), entry("crarr", 0x21B5), entry("cup", 0x222A),
      entry("curren", 0x00A4), entry("dArr", 0x21D3), entry("dagger", 0x2020), entry("darr", 0x2193),
      entry("deg", 0x00B0), entry("delta", 0x03B4), entry("diams", 0x2666), entry("divide", 0x00F7),
      entry("eacute", 0x00E9), entry("ecirc", 0x00EA), entry("egrave", 0x00E8), entry("empty", 0x2205),
      entry("emsp", 0x2003), entry("ensp", 0x2002), entry("epsilon", 0x03B5), entry("equiv", 0x2261),
      entry("eta", 0x03B7), entry("eth", 0x00F0), entry("euml", 0x00EB), entry("euro", 0x20AC),
      entry("exist", 0x2203), entry("fnof", 0x0192), entry("forall", 0x2200), entry("frac12", 0x00BD),
      entry("frac14", 0x00BC), entry("frac34", 0x00BE), entry("frasl", 0x2044), entry("gamma", 0x03B3),
      entry("ge", 0x2265), entry("gt", 0x003E), entry("hArr", 0x21D4), entry("harr", 0x2194),
      entry("hearts", 0x2665), entry("hellip", 0x2026), entry("iacute", 0x00ED), entry("icirc", 0x00EE),
      entry("iexcl", 0x00A1), entry("igrave", 0x00EC), entry("image", 0x2111), entry("infin", 0x221E),
      entry("int", 0x222B), entry("iota", 0x03B9), entry("iquest", 0x00BF), entry("isin", 0x2208),
      entry("iuml", 0x00EF), entry("kappa", 0x03BA), entry("lArr", 0x21D0), entry("lambda", 0x03BB),
      entry("lang", 0x27E8), entry("laquo", 0x00AB), entry("larr", 0x2190), entry("lceil", 0x2308),
      entry("ldquo", 0x201C), entry("le", 0x2264), entry("lfloor", 0x230A), entry("lowast", 0x2217),
      entry("loz", 0x25CA), entry("lrm", 0x200E), entry("lsaquo", 0x2039), entry("lsquo", 0x2018),
      entry("lt", 0x003C), entry("macr", 0x00AF), entry("mdash", 0x2014), entry("micro", 0x00B5),
      entry("middot", 0x00B7), entry("minus", 0x2212), entry("mu", 0x03BC), entry("nabla", 0x2207),
      entry("nbsp", 0x00A0), entry("ndash", 0x2013), entry("ne", 0x2260), entry("ni", 0x220B),
      entry("not", 0x00AC), entry("notin", 0x2209), entry("nsub", 0x2284), entry("ntilde", 0x00F1),
      entry("nu", 0x03BD), entry("oacute", 0x00F3), entry("ocirc", 0x00F4), entry("oelig", 0x0153),
      entry("ograve", 0x00F2), entry("oline", 0x203E), entry("omega", 0x03C9), entry("omicron", 0x03BF),
      entry("oplus", 0x2295), entry("or", 0x2228), entry("ordf", 0x00AA), entry("ordm", 0x00BA),
      entry("oslash", 0x00F8), entry("otilde", 0x00F5), entry("otimes", 0x2297), entry("ouml", 0x00F6),
      entry("para", 0x00B6), entry("part", 0x2202), entry("permil", 0x2030), entry("perp", 0x22A5),
      entry("phi", 0x03C6), entry("pi", 0x03C0), entry("piv", 0x03D6), entry("plusmn", 0x00B1),
      entry("pound", 0x00A3), entry("prime", 0x2032), entry("prod", 0x220F), entry("prop", 0x221D),
      entry("psi", 0x03C8), entry("quot", 0x0022), entry("rArr", 0x21D2), entry("radic", 0x221A),
      entry("rang", 0x27E9), entry("raquo", 0x00BB), entry("rarr", 0x2192), entry("rceil", 0x2309),
      entry("rdquo", 0x201D), entry("real", 0x211C), entry("reg", 0x00AE), entry("rfloor", 0x230B),
      entry("rho", 0x03C1), entry("rlm", 0x200F), entry("rsaquo", 0x203A), entry("rsquo", 0x2019),
      entry("sbquo", 0x201A), entry("scaron", 0x0161), entry("sdot", 0x22C5), entry("sect", 0x00A7),
      entry("shy", 0x00AD), entry("sigma", 0x03C3), entry("sigmaf", 0x03C2), entry("sim", 0x223C),
      entry("spades", 0x2660), entry("sub", 0x2282), entry("sube", 0x2286), entry("sum", 0x2211),
      entry("sup", 0x2283), entry("sup1", 0x00B9), entry("sup2", 0x00B2), entry("sup3", 0x00B3),
      entry("supe", 0x2287), entry("szlig", 0x00DF), entry("tau", 0x03C4), entry("there4", 0x2234),
      entry("theta", 0x03B8), entry("thetasym", 0x03D1), entry("thinsp", 0x2009), entry("thorn", 0x00FE),
      entry("tilde", 0x02DC), entry("times", 0x00D7), entry("trade", 0x2122), entry("uArr", 0x21D1),
      entry("uacute", 0x00FA), entry("uarr", 0x2191), entry("ucirc", 0x00FB), entry("ugrave", 0x00F9),
      entry("uml", 0x00A8), entry("upsih", 0x03D2), entry("upsilon", 0x03C5), entry("uuml", 0x00FC),
      entry("weierp", 0x2118), entry("xi", 0x03BE), entry("yacute", 0x00FD), entry("yen", 0x00A5),
      entry("yuml", 0x00FF), entry("zeta", 0x03B6), entry("zwj", 0x200D), entry("zwnj", 0x200C),
      entry("apos", 0x0027), entry("AMP", 0x0026), entry("COPY", 0x00A9), entry("GT", 0x003E),
      entry("LT", 0x003C), entry("QUOT", 0x0022), entry("REG", 0x00AE));

  /** The names HTML5 (and so Python) also recognises without a trailing {@code ;}. */
  private static final Set<String> LEGACY = Set.of(
"Aacute", "aacute", "Acirc", "acirc", "acute", "AElig", "aelig", "Agrave", "agrave", "AMP", "amp", "Aring",
      "aring", "Atilde", "atilde", "Auml", "auml", "brvbar", "Ccedil", "ccedil", "cedil", "cent", "COPY", "copy",
      "curren", "deg", "divide", "Eacute", "eacute", "Ecirc", "ecirc", "Egrave", "egrave", "ETH", "eth", "Euml",
      "euml", "frac12", "frac14", "frac34", "GT", "gt", "Iacute", "iacute", "Icirc", "icirc", "iexcl", "Igrave",
      "igrave", "iquest", "Iuml", "iuml", "laquo", "LT", "lt", "macr", "micro", "middot", "nbsp", "not",
      "Ntilde", "ntilde", "Oacute", "oacute", "Ocirc", "ocirc", "Ograve", "ograve", "ordf", "ordm", "Oslash", "oslash",
      "Otilde", "otilde", "Ouml", "ouml", "para", "plusmn", "pound", "QUOT", "quot", "raquo", "REG", "reg",
      "sect", "shy", "sup1", "sup2", "sup3", "szlig", "THORN", "thorn", "times", "Uacute", "uacute", "Ucirc",
      "ucirc", "Ugrave", "ugrave", "uml", "Uuml", "uuml", "Yacute", "yacute", "yen", "yuml");

  /** Longest name matched after {@code &}, as in Python's pattern. */
  private static final int MAX_NAME = 32;

  /**
   * What HTML5 makes of references to 0x80..0x9F: the Windows-1252 character at that byte, or the C1 control
   * itself where Windows-1252 has none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
   */
  private static final String WINDOWS_1252_C1 =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
      + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  private HtmlEntities() {
  }

  /** Replaces the character references in {@code text} as Python's {@code html.unescape} does. */
  static String unescape(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    var out = new StringBuilder(text.length());
    int copied = 0;
    while (amp >= 0) {
      out.append(text, copied, amp);
      int end = text.startsWith("#", amp + 1) ? numeric(text, amp, out) : named(text, amp, out);
      if (end < 0) {
        out.append('&');
        end = amp + 1;
      }
      copied = end;
      amp = text.indexOf('&', end);
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Appends the character of the numeric reference at {@code amp} ({@code &#...}) and returns the index after
   * it, or returns -1 (appending nothing) when no digits follow.
   */
  private static int numeric(String text, int amp, StringBuilder out) {
    int start = amp + 2;
    int radix = 10;
    if (start < text.length() && (text.charAt(start) == 'x' || text.charAt(start) == 'X')
        && start + 1 < text.length() && isAsciiHexDigit(text.charAt(start + 1))) {
      radix = 16;
      start++;
    }
    int end = start;
    long value = 0;
    while (end < text.length() && isDigit(text.charAt(end), radix)) {
      value = Math.min(value * radix + Character.digit(text.charAt(end), radix), Character.MAX_CODE_POINT + 1L);
      end++;
    }
    if (end == start) {
      return -1;
    }
    appendCharacterReference((int) value, out);
    return end < text.length() && text.charAt(end) == ';' ? end + 1 : end;
  }

  private static boolean isDigit(char c, int radix) {
    return radix == 16 ? isAsciiHexDigit(c) : c >= '0' && c <= '9';
  }

  private static boolean isAsciiHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** HTML5's (and Python's) treatment of a numeric reference to {@code codePoint}. */
  private static void appendCharacterReference(int codePoint, StringBuilder out) {
    if (codePoint == 0 || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > Character.MAX_CODE_POINT) {
      out.append('\uFFFD');
    } else if (codePoint >= 0x80 && codePoint <= 0x9F) {
      out.append(WINDOWS_1252_C1.charAt(codePoint - 0x80));
    } else if (!isNoncharacterOrControl(codePoint)) {
      out.appendCodePoint(codePoint);
    }
  }

  /** Python's {@code _invalid_codepoints}: references to these produce nothing. */
  private static boolean isNoncharacterOrControl(int codePoint) {
    return (codePoint >= 0x01 && codePoint <= 0x08) || codePoint == 0x0B
        || (codePoint >= 0x0E && codePoint <= 0x1F) || (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /**
   * Appends the replacement of the named reference at {@code amp} and returns the index after the characters it
   * consumed, or returns -1 (appending nothing) when no name character follows.
   */
  private static int named(String text, int amp, StringBuilder out) {
    int start = amp + 1;
    int end = start;
    while (end < text.length() && end - start < MAX_NAME && isNameChar(text.charAt(end))) {
      end++;
    }
    if (end == start) {
      return -1;
    }
    boolean semicolon = end < text.length() && text.charAt(end) == ';';
    String name = text.substring(start, end);
    Integer codePoint = semicolon ? CODE_POINTS.get(name) : legacy(name);
    if (codePoint != null) {
      out.appendCodePoint(codePoint);
      return semicolon ? end + 1 : end;
    }
    int consumed = semicolon ? end + 1 : end;
    for (int length = consumed - start - 1; length >= 2; length--) {
      Integer prefix = legacy(text.substring(start, start + length));
      if (prefix != null) {
        out.appendCodePoint(prefix).append(text, start + length, consumed);
        return consumed;
      }
    }
    out.append(text, amp, consumed);
    return consumed;
  }

  private static Integer legacy(String name) {
    return LEGACY.contains(name) ? CODE_POINTS.get(name) : null;
  }

  /** Python's {@code [^\t\n\f <&#;]}. */
  private static boolean isNameChar(char c) {
    return c != '\t' && c != '\n' && c != '\f' && c != ' ' && c != '<' && c != '&' && c != '#' && c != ';';
  }
}
