package org.clipsearch.indexer.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriterSettingsTest extends TinyModelTest {

  private static final long MB = 1024 * 1024;

  @Test
  void the_default_ram_buffer_is_a_sixteenth_of_the_heap_between_16_and_256_mb() {
    assertThat(WriterSettings.defaultRamBufferMb(128 * MB)).isEqualTo(16);
    assertThat(WriterSettings.defaultRamBufferMb(512 * MB)).isEqualTo(32);
    assertThat(WriterSettings.defaultRamBufferMb(2048 * MB)).isEqualTo(128);
    assertThat(WriterSettings.defaultRamBufferMb(16384 * MB)).isEqualTo(256);
    assertThat(WriterSettings.defaults().ramBufferMb())
        .isEqualTo(WriterSettings.defaultRamBufferMb(Runtime.getRuntime().maxMemory()));
  }

  @Test
  void a_ram_buffer_over_half_the_heap_or_below_1_mb_is_refused_naming_the_limit() {
    int most = WriterSettings.maxRamBufferMb(Runtime.getRuntime().maxMemory());

    assertThat(WriterSettings.defaults().withRamBufferMb(most).ramBufferMb()).isEqualTo(most);
    assertThatThrownBy(() -> WriterSettings.defaults().withRamBufferMb(most + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RAM buffer must be between 1 and " + most + " MB (half the maximum heap")
        .hasMessageEndingWith("got " + (most + 1));
    assertThatThrownBy(() -> WriterSettings.defaults().withRamBufferMb(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WriterSettings.defaults().withCommits(0, Duration.ofSeconds(1)))
        .hasMessage("commit every must be at least 1, got 0");
  }

  @Test
  void the_ram_buffer_of_the_settings_is_the_live_writers() throws Exception {
    Path images = Files.createDirectories(dir.resolve("images"));
    TestCollection.images(images, 2);
    var seen = new ArrayList<Double>();
    IndexSink.Opener watching = (layout, identity, labelledBy, sets, writer) -> {
      var sink = (LuceneSink) IndexSink.embedded().open(layout, identity, labelledBy, sets, writer);
      seen.add(sink.ramBufferMb());
      return sink;
    };
    var settings = IngestSettings.of(images, "test").withIndex(dir.resolve("index")).withThreads(2, 1);

    new IngestPipeline(model).run(settings.withWriter(settings.writer().withRamBufferMb(24)), watching,
        IngestListener.NONE);
    new IngestPipeline(model).run(settings, watching, IngestListener.NONE);

    assertThat(seen).isEqualTo(List.of(24.0, (double) WriterSettings.defaultRamBufferMb()));
  }
}
