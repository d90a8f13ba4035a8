package org.clipsearch.bench;

import org.clipsearch.core.image.JpegEncoder;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's images: photo-like JPEGs (sky and ground gradients, shapes, stripes, sensor-like noise, quality
 * 90), made once with Java2D into a cache folder and reused. The noise matters: it gives the files the entropy of
 * a photograph, so decoding them costs what decoding a photograph costs.
 */
final class BenchImages {

  /** The two sizes, alternating: a 4:3 and a 3:2 photograph, both below twice CLIP's 224, so never subsampled. */
  private static final int[][] SIZES = {{640, 480}, {900, 600}};

  private BenchImages() {
  }

  /** The first {@code count} images in {@code dir}, made where missing. */
  static List<Path> ensure(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    var files = new ArrayList<Path>(count);
    for (int i = 0; i < count; i++) {
      int[] size = SIZES[i % SIZES.length];
      Path file = dir.resolve(String.format("photo-%03d-%dx%d.jpg", i, size[0], size[1]));
      if (!Files.isRegularFile(file)) {
        Path partial = dir.resolve(file.getFileName() + ".partial");
        JpegEncoder.write(photo(size[0], size[1], new Random(i)), 0.9f, partial);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      files.add(file);
    }
    return files;
  }

  /** Describes the image set, e.g. "96 JPEGs: 48 at 640x480, 48 at 900x600, 9.4 MB". */
  static String describe(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    int first = (files.size() + 1) / 2;
    return String.format("%d JPEGs (quality 90): %d at %dx%d, %d at %dx%d; %.1f MB", files.size(), first,
        SIZES[0][0], SIZES[0][1], files.size() - first, SIZES[1][0], SIZES[1][1], bytes / 1e6);
  }

  private static BufferedImage photo(int width, int height, Random random) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int horizon = height / 3 + random.nextInt(height / 3);
    g.setPaint(new GradientPaint(0, 0, colour(random, 60, 140, 220), 0, horizon, colour(random, 230, 190, 140)));
    g.fillRect(0, 0, width, horizon);
    g.setPaint(new GradientPaint(0, horizon, colour(random, 70, 120, 50), 0, height, colour(random, 40, 60, 30)));
    g.fillRect(0, horizon, width, height - horizon);
    for (int shape = 0; shape < 12; shape++) {
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      int w = 20 + random.nextInt(width / 3);
      int h = 20 + random.nextInt(height / 3);
      g.setPaint(new GradientPaint(x, y, colour(random, 128, 128, 128), x + w, y + h, colour(random, 128, 128, 128)));
      switch (shape % 3) {
        case 0 -> g.fillOval(x, y, w, h);
        case 1 -> g.fillRect(x, y, w, h);
        default -> g.fillPolygon(new Polygon(new int[] {x, x + w, x + w / 2}, new int[] {y + h, y + h, y}, 3));
      }
    }
    g.setStroke(new BasicStroke(2f));
    for (int line = 0; line < 40; line++) {
      g.setColor(colour(random, 128, 128, 128));
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      g.drawLine(x, y, x + random.nextInt(80) - 40, y + random.nextInt(80) - 40);
    }
    g.dispose();
    addNoise(image, random);
    return image;
  }

  /** Per-pixel noise of about 6 levels, as a camera sensor leaves it. */
  private static void addNoise(BufferedImage image, Random random) {
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int n = (int) Math.round(random.nextGaussian() * 6);
      pixels[i] = clamp((p >> 16 & 0xFF) + n) << 16 | clamp((p >> 8 & 0xFF) + n) << 8 | clamp((p & 0xFF) + n);
    }
  }

  private static Color colour(Random random, int r, int g, int b) {
    return new Color(clamp(r + random.nextInt(121) - 60), clamp(g + random.nextInt(121) - 60),
        clamp(b + random.nextInt(121) - 60));
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

}
