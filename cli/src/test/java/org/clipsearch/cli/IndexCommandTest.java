package org.clipsearch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IndexCommandTest {

  @TempDir
  Path dir;

  private Path images(int count) throws Exception {
    Path root = Files.createDirectories(dir.resolve("photos"));
    for (int i = 0; i < count; i++) {
      var image = new BufferedImage(90 + 10 * i, 70, BufferedImage.TYPE_INT_RGB);
      image.setRGB(i, i, 0xFFFFFF);
      ImageIO.write(image, "png", root.resolve("p" + i + ".png").toFile());
    }
    Files.writeString(root.resolve("metadata.csv"), "path,title\r\np0.png,First\r\n");
    return root;
  }

  @Test
  void indexing_a_good_folder_exits_0_and_prints_the_summary() throws Exception {
    Path root = images(3);

    CommandRun run = CommandRun.of("index", "--model", TestModels.tinyClip().toString(), "--images", root.toString(),
        "--metadata", root.resolve("metadata.csv").toString(), "--index", dir.resolve("ix").toString(),
        "--vector-format", "int8", "--no-progress", "--force-merge");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("indexed 3, updated 0, unchanged 0, removed 0, failed 0; 3 documents");
    assertThat(dir.resolve("ix/lucene")).isDirectory();
    assertThat(dir.resolve("ix/ingest-failures.jsonl")).isEmptyFile();
  }

  @Test
  void a_failed_file_makes_the_exit_code_1_and_names_the_failure_report() throws Exception {
    Path root = images(2);
    Files.writeString(root.resolve("broken.jpg"), "not a jpeg");

    CommandRun run = CommandRun.of("index", "--model", TestModels.tinyClip().toString(), "--images", root.toString(),
        "--index", dir.resolve("ix").toString(), "--collection", "photos-2");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("failed 1").contains("failed: unsupported format: 1")
        .contains("ingest-failures.jsonl").contains("3/3 images").contains("1 failed");
    assertThat(Files.readString(dir.resolve("ix/ingest-failures.jsonl"))).contains("\"path\":\"broken.jpg\"");
  }

  @Test
  void a_bad_option_value_exits_2_with_one_line_naming_it() throws Exception {
    Path root = images(1);

    CommandRun format = CommandRun.of("index", "--model", TestModels.tinyClip().toString(), "--images",
        root.toString(), "--index", dir.resolve("ix").toString(), "--vector-format", "int3");
    CommandRun folder = CommandRun.of("index", "--model", TestModels.tinyClip().toString(), "--images",
        dir.resolve("nope").toString(), "--index", dir.resolve("ix").toString());

    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("vector format must be one of [float, int8, int4, binary], got 'int3'");
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("images folder " + dir.resolve("nope") + " does not exist");
  }
}
