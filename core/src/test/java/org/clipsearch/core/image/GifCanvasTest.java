package org.clipsearch.core.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GifCanvasTest {

  private static final BufferedImage FRAME = redFrame(50, 40);

  @Test
  void a_frame_smaller_than_the_screen_gets_a_canvas_of_the_screen_size() throws IOException {
    Optional<GifCanvas> canvas = canvasOf(TestImages.gifOnScreen(FRAME, 75, 40, 25, 0));

    assertThat(canvas).contains(new GifCanvas(75, 40, 25, 0));
  }

  @Test
  void a_frame_reaching_beyond_the_screen_enlarges_the_canvas() throws IOException {
    Optional<GifCanvas> canvas = canvasOf(TestImages.gifOnScreen(FRAME, 60, 30, 20, 10));

    assertThat(canvas).contains(new GifCanvas(70, 50, 20, 10));
  }

  @Test
  void a_frame_covering_the_screen_needs_no_canvas() throws IOException {
    assertThat(canvasOf(TestImages.gifOnScreen(FRAME, 50, 40, 0, 0))).isEmpty();
  }

  @Test
  void the_frame_is_placed_at_its_offset_on_a_transparent_canvas() {
    BufferedImage placed = new GifCanvas(75, 40, 25, 0).place(FRAME, 1);

    assertThat(placed.getWidth()).isEqualTo(75);
    assertThat(placed.getRGB(10, 20) >>> 24).isZero();
    assertThat(placed.getRGB(30, 20)).isEqualTo(0xFFFF0000);
  }

  @Test
  void a_subsampled_frame_is_placed_at_its_subsampled_offset() {
    BufferedImage placed = new GifCanvas(75, 40, 25, 0).place(redFrame(25, 20), 2);

    assertThat(placed.getWidth()).isEqualTo(38);
    assertThat(placed.getHeight()).isEqualTo(20);
    assertThat(placed.getRGB(11, 5) >>> 24).isZero();
    assertThat(placed.getRGB(12, 5)).isEqualTo(0xFFFF0000);
  }

  private static Optional<GifCanvas> canvasOf(byte[] gif) throws IOException {
    try (var stream = new ByteArrayImageInputStream(gif)) {
      ImageReader reader = ImageIO.getImageReaders(stream).next();
      try {
        reader.setInput(stream, false, false);
        return GifCanvas.of(reader, reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage redFrame(int width, int height) {
    var frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
    var g = frame.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return frame;
  }
}
