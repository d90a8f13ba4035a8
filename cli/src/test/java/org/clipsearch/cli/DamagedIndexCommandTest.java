package org.clipsearch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DamagedIndexCommandTest {

  @TempDir
  Path dir;

  private Path photos(int from, int to) throws Exception {
    Path root = Files.createDirectories(dir.resolve("photos"));
    for (int i = from; i < to; i++) {
      var image = new BufferedImage(90 + 10 * i, 70, BufferedImage.TYPE_INT_RGB);
      image.setRGB(i, i, 0xFFFFFF);
      ImageIO.write(image, "png", root.resolve("p" + i + ".png").toFile());
    }
    return root;
  }

  private CommandRun index(String... extra) {
    var args = Stream.concat(Stream.of("index", "--model", TestModels.tinyClip().toString(), "--images",
        dir.resolve("photos").toString(), "--index", dir.resolve("ix").toString(), "--no-progress"),
        Stream.of(extra)).toArray(String[]::new);
    return CommandRun.of(args);
  }

  private Set<String> luceneFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("ix/lucene"))) {
      return Set.copyOf(files.map(f -> f.getFileName().toString()).toList());
    }
  }

  private static void flipMiddleByte(Path file) throws Exception {
    try (var raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(raw.length() / 2);
      int value = raw.read();
      raw.seek(raw.length() / 2);
      raw.write(~value & 0xFF);
    }
  }

  private static String oneLine(CommandRun run) {
    assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ");
    return run.err().strip();
  }

  @Test
  void a_bad_ram_buffer_is_a_usage_error_of_one_line() throws Exception {
    photos(0, 1);

    CommandRun huge = index("--ram-buffer-mb", "100000000");
    CommandRun zero = index("--ram-buffer-mb", "0");
    CommandRun depth = index("--verify-index", "sometimes");
    CommandRun good = index("--ram-buffer-mb", "24");

    assertThat(huge.exitCode()).isEqualTo(2);
    assertThat(oneLine(huge)).startsWith("error: --ram-buffer-mb: RAM buffer must be between 1 and ")
        .contains("half the maximum heap").endsWith("got 100000000");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(oneLine(zero)).endsWith("got 0");
    assertThat(depth.exitCode()).isEqualTo(2);
    assertThat(oneLine(depth)).isEqualTo("error: --verify-index must be full or open, got 'sometimes'");
    assertThat(good.exitCode()).as(good.err()).isZero();
  }

  @Test
  void index_serve_relabel_and_check_refuse_a_flipped_byte_naming_the_file() throws Exception {
    photos(0, 3);
    assertThat(index().exitCode()).isZero();
    CommandRun intact = CommandRun.of("check", "--index", dir.resolve("ix").toString());
    String compound = luceneFiles().stream().filter(f -> f.endsWith(".cfs")).findFirst().orElseThrow();
    flipMiddleByte(dir.resolve("ix/lucene").resolve(compound));

    CommandRun check = CommandRun.of("check", "--index", dir.resolve("ix").toString());
    CommandRun reindex = index();
    CommandRun serve = CommandRun.of("serve", "--index", dir.resolve("ix").toString(), "--model",
        TestModels.tinyClip().toString(), "--port", "0");
    CommandRun relabel = CommandRun.of("relabel", "--index", dir.resolve("ix").toString(), "--model",
        TestModels.tinyClip().toString());

    assertThat(intact.exitCode()).as(intact.err()).isZero();
    assertThat(intact.err()).contains("verified the checksums of 4 files").contains(": intact");
    assertThat(check.exitCode()).isEqualTo(1);
    for (CommandRun run : new CommandRun[] {reindex, serve, relabel}) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    }
    for (CommandRun run : new CommandRun[] {check, reindex, serve, relabel}) {
      assertThat(oneLine(run)).startsWith("error: index " + dir.resolve("ix") + " is damaged: " + compound + ": ")
          .contains("checksum failed").contains("delete " + dir.resolve("ix/lucene") + " and run `clipsearch index`");
    }
  }

  @Test
  void a_truncated_file_is_refused_even_when_told_only_to_open_the_index() throws Exception {
    photos(0, 3);
    assertThat(index().exitCode()).isZero();
    String compound = luceneFiles().stream().filter(f -> f.endsWith(".cfs")).findFirst().orElseThrow();
    try (var raw = new RandomAccessFile(dir.resolve("ix/lucene").resolve(compound).toFile(), "rw")) {
      raw.setLength(raw.length() - 7);
    }

    CommandRun serve = CommandRun.of("serve", "--index", dir.resolve("ix").toString(), "--model",
        TestModels.tinyClip().toString(), "--port", "0", "--verify-index", "open");
    CommandRun reindex = index("--verify-index", "open");

    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(oneLine(serve)).contains("is damaged: " + compound + ": ");
    assertThat(reindex.exitCode()).isEqualTo(2);
    assertThat(oneLine(reindex)).contains("is damaged: " + compound + ": ");
  }

  @Test
  void damage_in_a_commit_made_while_serving_fails_requests_with_a_json_error_naming_it() throws Exception {
    photos(0, 3);
    assertThat(index().exitCode()).isZero();
    var run = ServingRun.start("serve", "--index", dir.resolve("ix").toString(), "--model",
        TestModels.tinyClip().toString(), "--port", "0", "--threads", "1");
    Set<String> before = luceneFiles();
    photos(3, 5);
    assertThat(index().exitCode()).isZero();
    String added = luceneFiles().stream().filter(f -> f.endsWith(".si") && !before.contains(f)).findFirst()
        .orElseThrow();
    flipMiddleByte(dir.resolve("ix/lucene").resolve(added));
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var search = HttpRequest.newBuilder(URI.create(run.url() + "api/search?q=white+dot"))
        .timeout(Duration.ofSeconds(20)).build();

    var first = http.send(search, HttpResponse.BodyHandlers.ofString());
    var second = http.send(search, HttpResponse.BodyHandlers.ofString());
    int exit = run.stop();

    for (var response : List.of(first, second)) {
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/json"));
      assertThat(response.body()).contains("the index is damaged (" + added + ")")
          .doesNotContain(dir.toString());
    }
    assertThat(exit).isZero();
  }
}
