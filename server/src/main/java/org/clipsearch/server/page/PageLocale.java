package org.clipsearch.server.page;

import java.util.List;
import java.util.Locale;

/**
 * The interface language of one request: the {@code lang} query parameter when it names a supported language, then
 * the best match of the browser's {@code Accept-Language}, then English.
 */
final class PageLocale {

  /** The languages the interface is written in, the default first. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.of("nl"));

  private PageLocale() {
  }

  /**
   * The language to answer in.
   *
   * @param lang           the {@code lang} query parameter, or null
   * @param acceptLanguage the {@code Accept-Language} header, or null
   */
  public static Locale choose(String lang, String acceptLanguage) {
    var asked = supported(lang);
    if (asked != null) {
      return asked;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
        if (match != null) {
          return match;
        }
      } catch (IllegalArgumentException malformedHeader) {
        return SUPPORTED.getFirst();
      }
    }
    return SUPPORTED.getFirst();
  }

  /** The supported locale with this language code, or null when {@code lang} is null or not supported. */
  public static Locale supported(String lang) {
    if (lang == null) {
      return null;
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang.strip())).findFirst().orElse(null);
  }
}
