package org.clipsearch.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class DemoDataCommandTest {

  @TempDir
  Path tmp;

  @Test
  void demo_data_writes_the_pictures_and_reports_the_rate() throws Exception {
    var out = new StringWriter();
    var cli = new CommandLine(new DemoDataCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()));
    var sheet = tmp.resolve("sheet.png");
    int code = cli.execute("--seed", "5", "--count", "6", "--out", tmp.resolve("out").toString(), "--threads", "2",
        "--contact-sheet", sheet.toString(), "--contact-tile", "64");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("wrote 6 pictures").contains("per minute").contains("contact sheet");
    assertThat(Files.readAllLines(tmp.resolve("out/ground-truth.jsonl"))).hasSize(6);
    assertThat(javax.imageio.ImageIO.read(sheet.toFile()).getWidth()).isEqualTo(6 * 68 + 4);
  }

  @Test
  void truth_only_writes_the_same_ground_truth_as_painting_without_a_picture() throws Exception {
    var quiet = new PrintWriter(new StringWriter());
    var painted = tmp.resolve("painted");
    var described = tmp.resolve("described");
    new CommandLine(new DemoDataCommand()).setOut(quiet).setErr(quiet)
        .execute("--seed", "8", "--count", "5", "--out", painted.toString(), "--threads", "1");
    int code = new CommandLine(new DemoDataCommand()).setOut(quiet).setErr(quiet)
        .execute("--seed", "8", "--count", "5", "--out", described.toString(), "--truth-only");
    assertThat(code).isZero();
    assertThat(Files.readAllLines(described.resolve("ground-truth.jsonl")))
        .isEqualTo(Files.readAllLines(painted.resolve("ground-truth.jsonl")))
        .allSatisfy(line -> assertThat(line).contains("\"captions_nl\":[\"een "));
    assertThat(described.resolve("images")).doesNotExist();
  }

  @Test
  void a_negative_count_or_zero_threads_is_a_usage_error() {
    var err = new StringWriter();
    var cli = new CommandLine(new DemoDataCommand()).setErr(new PrintWriter(err));
    assertThat(cli.execute("--count", "-3", "--out", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be >= 0");
    assertThat(cli.execute("--count", "3", "--out", tmp.toString(), "--threads", "0")).isEqualTo(2);
  }
}
