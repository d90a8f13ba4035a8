package org.clipsearch.demo.caption;

import static org.assertj.core.api.Assertions.assertThat;

import org.clipsearch.demo.world.WorldSampler;
import org.junit.jupiter.api.Test;

class CataloguerTest {

  private final WorldSampler sampler = new WorldSampler();
  private final Cataloguer cataloguer = new Cataloguer();

  @Test
  void creators_are_studio_or_series_codes_never_names_of_people() {
    for (int i = 0; i < 500; i++) {
      var record = cataloguer.record(sampler.sample(21, i), "p", "d");
      assertThat(record.creator()).matches(Cataloguer.CREATOR);
      assertThat(record.creator()).doesNotMatch("[A-Z][a-z]+ [A-Z][a-z]+.*");
    }
  }

  @Test
  void records_carry_a_title_a_known_collection_the_year_a_licence_and_maybe_a_source() {
    for (int i = 0; i < 500; i++) {
      var plan = sampler.sample(22, i);
      var record = cataloguer.record(plan, "images/000/000001.jpg", "a description");
      assertThat(record.path()).isEqualTo("images/000/000001.jpg");
      assertThat(record.description()).isEqualTo("a description");
      assertThat(record.title()).isNotBlank().hasSizeLessThan(80);
      assertThat(Cataloguer.COLLECTIONS).contains(record.collection());
      assertThat(record.date()).startsWith(Integer.toString(plan.year()));
      assertThat(record.licence()).isNotBlank();
      assertThat(record.sourceUrl()).satisfiesAnyOf(
          url -> assertThat(url).isEmpty(), url -> assertThat(url).startsWith("https://example.org/demo/"));
    }
  }

  @Test
  void the_same_plan_gives_the_same_record() {
    var plan = sampler.sample(23, 5);
    assertThat(cataloguer.record(plan, "p", "d")).isEqualTo(cataloguer.record(plan, "p", "d"));
  }
}
