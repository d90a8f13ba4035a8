package org.clipsearch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.clipsearch.core.label.train.AnnotationsCsv;
import org.clipsearch.core.label.train.Tier;
import org.clipsearch.demo.output.MetadataCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorldTest {

  private static final long SEED = 2024;
  private static final int COUNT = 40;

  @TempDir
  static Path tmp;
  private static Path oneThread;
  private static Path twoThreads;
  private static GenerationSummary summary;

  @BeforeAll
  static void generateTwice() throws IOException {
    oneThread = tmp.resolve("one");
    twoThreads = tmp.resolve("two");
    summary = DemoWorld.generate(SEED, COUNT, oneThread, 1);
    DemoWorld.generate(SEED, COUNT, twoThreads, 2);
  }

  @Test
  void the_same_seed_gives_byte_identical_files_on_one_thread_and_on_two() throws IOException {
    var files = relativeFiles(oneThread);
    assertThat(files).hasSize(COUNT + 3).isEqualTo(relativeFiles(twoThreads));
    for (var file : files) {
      assertThat(Files.readAllBytes(twoThreads.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(oneThread.resolve(file)));
    }
  }

  @Test
  void metadata_csv_parses_with_one_row_per_picture_keyed_by_its_path() throws IOException {
    var rows = CsvRows.parse(Files.readString(oneThread.resolve("metadata.csv")));
    assertThat(rows.getFirst()).isEqualTo(MetadataCsv.COLUMNS);
    assertThat(rows).hasSize(COUNT + 1);
    for (var row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(MetadataCsv.COLUMNS.size());
      assertThat(oneThread.resolve(row.getFirst())).isRegularFile();
    }
  }

  @Test
  void annotations_csv_gives_each_picture_its_scene_and_its_primary_and_secondary_motifs_with_their_tier()
      throws IOException {
    var scenes = AnnotationsCsv.read(oneThread.resolve("annotations.csv"), "scene");
    var motifs = AnnotationsCsv.read(oneThread.resolve("annotations.csv"), "motif");
    assertThat(scenes).hasSize(COUNT);
    assertThat(motifs).hasSize(COUNT);
    for (int i = 0; i < COUNT; i++) {
      GroundTruth truth = DemoWorld.describe(SEED, i);
      assertThat(scenes.get(i).image()).isEqualTo(oneThread.resolve(truth.path()).toAbsolutePath().normalize());
      assertThat(scenes.get(i).primary()).containsExactly(truth.scene());
      assertThat(motifs.get(i).primary()).isEqualTo(truth.motifs());
      assertThat(motifs.get(i).secondary()).isEqualTo(truth.secondaryMotifs());
      assertThat(motifs.get(i).tier()).isEqualTo(truth.tier() == null ? Tier.STANDARD : Tier.parse(truth.tier()));
    }
    assertThat(motifs).anyMatch(a -> a.primary().isEmpty()).anyMatch(a -> !a.secondary().isEmpty())
        .anyMatch(a -> a.tier() == Tier.RED_FLAG).anyMatch(a -> a.tier() == Tier.CANONICAL);
  }

  @Test
  void ground_truth_has_one_line_per_picture_matching_render() throws IOException {
    var mapper = new ObjectMapper();
    var lines = Files.readAllLines(oneThread.resolve("ground-truth.jsonl"));
    assertThat(lines).hasSize(COUNT);
    for (int i = 0; i < COUNT; i++) {
      var json = mapper.readTree(lines.get(i));
      assertThat(json.get("index").asInt()).isEqualTo(i);
      assertThat(json.get("seed").asLong()).isEqualTo(SEED);
      assertThat(mapper.readValue(lines.get(i), GroundTruth.class)).isEqualTo(DemoWorld.describe(SEED, i));
      assertThat(json.fieldNames()).toIterable().containsExactly("path", "scene", "scene_en", "scene_nl",
          "main_object", "main_object_nl", "objects", "motifs", "secondary_motifs", "tier", "time_of_day", "weather",
          "style", "caption", "captions", "captions_nl", "width", "height", "year", "seed", "index");
    }
  }

  @Test
  void written_pictures_have_the_size_of_their_ground_truth_and_png_keeps_the_rendered_pixels() throws IOException {
    int pngs = 0;
    for (int i = 0; i < COUNT; i++) {
      var rendered = DemoWorld.render(SEED, i);
      BufferedImage read = ImageIO.read(oneThread.resolve(rendered.truth().path()).toFile());
      assertThat(read.getWidth()).isEqualTo(rendered.truth().width()).isBetween(300, 900);
      assertThat(read.getHeight()).isEqualTo(rendered.truth().height()).isBetween(300, 900);
      if (rendered.truth().path().endsWith(".png")) {
        pngs++;
        assertThat(pixels(read)).isEqualTo(pixels(rendered.image()));
      }
    }
    assertThat(pngs).isEqualTo(summary.png()).isPositive();
    assertThat(summary.jpeg()).isGreaterThan(summary.png());
  }

  @Test
  void bad_counts_and_thread_numbers_are_refused() {
    assertThatThrownBy(() -> DemoWorld.generate(1, -1, tmp.resolve("x"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> DemoWorld.generate(1, 1, tmp.resolve("x"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
