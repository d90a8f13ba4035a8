package org.clipsearch.core.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JpegEncoderTest {

  @TempDir
  Path dir;

  private static BufferedImage noise() {
    var image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
    var random = new Random(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  @Test
  void the_bytes_and_the_file_are_the_same_jpeg_and_quality_sets_its_size() throws Exception {
    BufferedImage image = noise();
    byte[] high = JpegEncoder.encode(image, 0.95f);
    byte[] low = JpegEncoder.encode(image, 0.3f);
    Path file = dir.resolve("noise.jpg");
    JpegEncoder.write(image, 0.95f, file);

    assertThat(Files.readAllBytes(file)).isEqualTo(high);
    assertThat(low.length).isLessThan(high.length);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(high));
    assertThat(decoded.getWidth()).isEqualTo(120);
    assertThat(decoded.getHeight()).isEqualTo(80);
    assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(high))).next()
        .getFormatName()).isEqualToIgnoringCase("jpeg");
  }
}
