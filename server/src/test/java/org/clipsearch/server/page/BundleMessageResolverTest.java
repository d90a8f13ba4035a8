package org.clipsearch.server.page;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BundleMessageResolverTest {

  private final BundleMessageResolver resolver = new BundleMessageResolver(getClass().getClassLoader());

  @Test
  void messages_come_from_the_bundle_of_the_language_with_its_number_format() {
    assertThat(resolver.message(Locale.ENGLISH, "hit.score", 0.8734f)).isEqualTo("score 0.873");
    assertThat(resolver.message(Locale.of("nl"), "hit.score", 0.8734f)).isEqualTo("score 0,873");
  }

  @Test
  void choice_formats_say_one_and_many() {
    assertThat(resolver.message(Locale.ENGLISH, "results.summary", 1, 1, 1)).isEqualTo("One image, page 1 of 1");
    assertThat(resolver.message(Locale.of("nl"), "results.summary", 2500, 2, 125))
        .isEqualTo("2.500 afbeeldingen, pagina 2 van 125");
  }

  @Test
  void a_candidate_set_at_its_limit_is_called_the_best_matches_not_all_images() {
    assertThat(resolver.message(Locale.ENGLISH, "results.summary.capped", 1000, 1, 50))
        .isEqualTo("The best 1,000 matches, page 1 of 50");
    assertThat(resolver.message(Locale.of("nl"), "results.summary.capped", 1000, 1, 50))
        .isEqualTo("De beste 1.000 treffers, pagina 1 van 50");
  }

  @Test
  void a_missing_key_or_language_resolves_to_nothing() {
    assertThat(resolver.message(Locale.ENGLISH, "no.such.key")).isNull();
    assertThat(resolver.message(Locale.FRENCH, "hit.score", 1f)).isNull();
  }
}
