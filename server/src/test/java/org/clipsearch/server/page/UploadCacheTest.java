package org.clipsearch.server.page;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCacheTest {

  private static final HeldUpload IMAGE = new HeldUpload(new byte[100], "image/png");

  @Test
  void an_upload_comes_back_under_its_token_and_tokens_differ() {
    var cache = new UploadCache(Duration.ofMinutes(1), 1000);

    var first = cache.put(IMAGE);
    var second = cache.put(IMAGE);

    assertThat(first).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second);
    assertThat(cache.get(first)).containsSame(IMAGE);
    assertThat(cache.get("unknown")).isEmpty();
  }

  @Test
  void an_upload_is_dropped_after_its_time_to_live_without_use() {
    var now = new AtomicLong();
    var cache = new UploadCache(Duration.ofMinutes(30), 1000, now::get);
    var token = cache.put(IMAGE);

    now.addAndGet(Duration.ofMinutes(20).toNanos());
    assertThat(cache.get(token)).isPresent();
    now.addAndGet(Duration.ofMinutes(20).toNanos());
    assertThat(cache.get(token)).as("used 20 minutes ago").isPresent();
    now.addAndGet(Duration.ofMinutes(31).toNanos());
    assertThat(cache.get(token)).isEmpty();
  }

  @Test
  void the_cache_holds_at_most_its_bytes() {
    var cache = new UploadCache(Duration.ofMinutes(1), 250);
    var tokens = java.util.stream.IntStream.range(0, 10).mapToObj(i -> cache.put(IMAGE)).toList();

    assertThat(tokens.stream().filter(t -> cache.get(t).isPresent()).count()).as("100 bytes each")
        .isLessThanOrEqualTo(2);
  }

  @Test
  void settings_and_uploads_are_checked() {
    assertThatThrownBy(() -> new UploadCache(Duration.ZERO, 10)).hasMessageContaining("timeToLive");
    assertThatThrownBy(() -> new UploadCache(Duration.ofMinutes(1), 0)).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> new HeldUpload(new byte[0], "image/png")).hasMessageContaining("at least one byte");
    assertThatThrownBy(() -> new HeldUpload(new byte[1], "text/html")).hasMessageContaining("text/html");
  }
}
