package org.clipsearch.indexer.pipeline;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files for ingest tests: a copy of the tiny model with prompt sets, and folders of generated images. */
public final class TestCollection {

  private TestCollection() {
  }

  /** The committed tiny random-weight model. */
  public static Path tinyClip() {
    Path dir = Path.of(System.getProperty("clipsearch.test.models", "../core/src/test/resources/models"))
        .resolve("tiny-clip");
    assertThat(dir.resolve("model.json")).as("the tiny test model").exists();
    return dir;
  }

  /** A copy of the tiny model in {@code target} with a 3-label scene set and a 3-label motif set. */
  public static Path tinyClipWithPrompts(Path target) throws IOException {
    Files.createDirectories(target.resolve("prompts"));
    try (Stream<Path> files = Files.list(tinyClip())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    Files.writeString(target.resolve("prompts/scene.tsv"), """
        haven\ta photo of a {}\ta photo of a harbour
        strand\ta photo of a beach\ta photo of a {}
        bos_park\ta photo of a forest park
        """);
    Files.writeString(target.resolve("prompts/motif.tsv"), """
        # kind: multi-label
        # threshold: 0.3
        Hug\ttwo people hugging
        Kiss\ttwo people kissing
        Line\tpeople standing in a line
        """);
    return target;
  }

  /** {@code count} distinct images under {@code dir}, alternately JPEG and PNG, three per folder. */
  public static List<Path> images(Path dir, int count) throws IOException {
    var files = new ArrayList<Path>();
    for (int i = 0; i < count; i++) {
      String format = i % 2 == 0 ? "jpg" : "png";
      Path file = dir.resolve("images/" + (i / 3) + "/" + i + "." + format);
      Files.createDirectories(file.getParent());
      write(file, i, format);
      files.add(file);
    }
    return files;
  }

  /** Writes a photo-like picture that depends on {@code seed}. */
  public static void write(Path file, long seed, String format) throws IOException {
    var random = new Random(seed * 7919L + 17);
    int width = 80 + random.nextInt(500);
    int height = 80 + random.nextInt(300);
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
        new Color(random.nextInt(0xFFFFFF))));
    g.fillRect(0, 0, width, height);
    for (int shape = 0; shape < 6; shape++) {
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillRect(random.nextInt(width), random.nextInt(height), 10 + random.nextInt(width / 2),
          10 + random.nextInt(height / 2));
    }
    g.dispose();
    ImageIO.write(image, format, file.toFile());
  }

  /** A metadata.csv with a row for each image, the title {@code Picture <i>} and the date {@code 19<50+i>}. */
  public static Path metadata(Path root, List<Path> images, String... extraLines) throws IOException {
    var csv = new StringBuilder("path,title,description,creator,date,collection,licence,source_url\r\n");
    for (int i = 0; i < images.size(); i++) {
      String path = root.relativize(images.get(i)).toString();
      csv.append(path).append(",Picture ").append(i).append(",\"A view, with commas\",Studio NL-0").append(i % 3)
          .append(',').append(1950 + i).append(',').append(i % 2 == 0 ? "Demo Harbour Archive" : "Demo City Archive")
          .append(",CC BY 4.0,https://example.org/").append(i).append("\r\n");
    }
    for (String line : extraLines) {
      csv.append(line).append("\r\n");
    }
    return Files.writeString(root.resolve("metadata.csv"), csv);
  }
}
