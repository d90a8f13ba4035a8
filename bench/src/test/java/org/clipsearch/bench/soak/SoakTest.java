package org.clipsearch.bench.soak;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's short form, with real processes: {@code clipsearch index} killed with SIGKILL four times over 150 demo
 * pictures (with bad files, and pictures replaced, deleted and damaged between runs), then half a minute of
 * {@code serve} under four clients while {@code index} feeds it, the server killed and restarted in the middle.
 * The long form ({@code bench/soak.sh}) is the same code with the sizes of the README.
 */
class SoakTest {

  private static final Path DEMO_CLIP = Path.of("..", "models", "demo-clip").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void killed_indexing_and_a_fed_restarted_server_lose_nothing_and_fail_no_request() throws Exception {
    Assumptions.assumeTrue(Files.exists(DEMO_CLIP.resolve("model.json")), "the demo model is not there");
    var settings = new SoakSettings(dir, DEMO_CLIP, 150, 4, Duration.ofSeconds(6), Duration.ofSeconds(30), 4, 1,
        20_261_207L);

    SoakReport report = Soak.run(settings);

    assertThat(report.passed()).as(report.markdown()).isTrue();
    assertThat(report.kills().rounds()).hasSize(4);
    assertThat(report.load().restarts()).hasSize(1);
    assertThat(report.load().feederExits()).isNotEmpty();
    assertThat(report.load().outcomes()).filteredOn(outcome -> outcome.status() == 200)
        .extracting(SoakClients.Outcome::kind).contains("text", "image", "more-like-this", "facets", "export");
    assertThat(report.load().indexDocuments()).isGreaterThan(150 - 4);
  }
}
