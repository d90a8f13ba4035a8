package org.clipsearch.core.image;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * JPEG at a stated quality through ImageIO's JPEG writer, for thumbnails, generated pictures and images served
 * ({@code ImageIO.write} takes no quality).
 */
public final class JpegEncoder {

  private JpegEncoder() {
  }

  /** {@code image} as JPEG bytes; {@code quality} from 0 to 1. */
  public static byte[] encode(BufferedImage image, float quality) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new MemoryCacheImageOutputStream(bytes)) {
      write(image, quality, out);
    }
    return bytes.toByteArray();
  }

  /** {@code image} as a JPEG file; {@code quality} from 0 to 1. */
  public static void write(BufferedImage image, float quality, Path file) throws IOException {
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      write(image, quality, out);
    }
  }

  private static void write(BufferedImage image, float quality, ImageOutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
