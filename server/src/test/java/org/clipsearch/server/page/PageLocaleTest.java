package org.clipsearch.server.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageLocaleTest {

  @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      "nl,   en-GB,                     nl",
      "NL,   null,                      nl",
      "en,   nl,                        en",
      "fr,   nl-BE;q=0.9,               nl",
      "null, 'fr-FR,nl;q=0.8,en;q=0.5', nl",
      "null, 'de,fr',                   en",
      "null, null,                      en",
      "null, '',                        en",
      "null, ';;;q=banana',             en",
  })
  void lang_parameter_then_accept_language_then_english(String lang, String acceptLanguage, String expected) {
    assertThat(PageLocale.choose(lang, acceptLanguage)).isEqualTo(Locale.of(expected));
  }
}
