package org.clipsearch.core.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodeLimitsTest {

  @Test
  void defaults_are_512_mebibytes_400_megapixels_and_full_resolution() {
    var limits = DecodeLimits.defaults();

    assertThat(limits.maxBytes()).isEqualTo(512L * 1024 * 1024);
    assertThat(limits.maxPixels()).isEqualTo(400_000_000L);
    assertThat(limits.targetShortSide()).isZero();
  }

  @Test
  void with_target_short_side_keeps_the_other_limits() {
    var limits = new DecodeLimits(1000, 2000, 0).withTargetShortSide(224);

    assertThat(limits).isEqualTo(new DecodeLimits(1000, 2000, 224));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "0    | 1 | 0      | maxBytes must be positive, got 0",
      "-5   | 1 | 0      | maxBytes must be positive, got -5",
      "1    | 0 | 0      | maxPixels must be positive, got 0",
      "1    | 1 | -1     | targetShortSide must be between 0 (full resolution) and 65536, got -1",
      "1    | 1 | 65537  | targetShortSide must be between 0 (full resolution) and 65536, got 65537"})
  void invalid_limits_are_refused_naming_the_field(long maxBytes, long maxPixels, int target, String message) {
    assertThatThrownBy(() -> new DecodeLimits(maxBytes, maxPixels, target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0} x {1} for {2}: {3}")
  @CsvSource({
      "8000, 6000, 224, 13",
      "6000, 8000, 224, 13",
      "20000, 15000, 224, 33",
      "896, 896, 224, 2",
      "895, 4000, 224, 1",
      "300, 200, 224, 1",
      "8000, 6000, 0, 1"})
  void subsampling_is_the_largest_factor_keeping_the_short_side_at_least_twice_the_target(
      int width, int height, int target, int factor) {
    var limits = DecodeLimits.defaults().withTargetShortSide(target);

    assertThat(limits.subsamplingFor(width, height)).isEqualTo(factor);
    if (target > 0 && factor > 1) {
      assertThat(Math.ceilDiv(Math.min(width, height), factor)).isGreaterThanOrEqualTo(2 * target);
      assertThat((double) Math.min(width, height) / (factor + 1)).isLessThan(2 * target);
    }
  }
}
