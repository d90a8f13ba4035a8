package org.clipsearch.demo.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.clipsearch.core.image.JpegEncoder;
import org.clipsearch.demo.world.ImageFormat;

/** Writes pictures as JPEG (quality 0.9) or PNG; the same pixels always give the same bytes. */
public final class ImageFiles {

  private static final float JPEG_QUALITY = 0.9f;

  private ImageFiles() {
  }

  public static void write(BufferedImage image, ImageFormat format, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    switch (format) {
      case PNG -> {
        if (!ImageIO.write(image, "png", file.toFile())) {
          throw new IOException("no PNG writer in this JDK for " + file);
        }
      }
      case JPEG -> JpegEncoder.write(image, JPEG_QUALITY, file);
    }
  }

}
