package org.clipsearch.demo;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A grid of pictures, each scaled to fit a square tile, for looking at many generated pictures at once; at a
 * tile of 64 pixels it shows what a small model trained on them sees.
 */
public final class ContactSheet {

  private ContactSheet() {
  }

  /** The pictures in a grid of {@code columns}, each scaled into a {@code tile}-pixel square, 4 pixels apart. */
  public static BufferedImage of(List<BufferedImage> pictures, int columns, int tile) {
    if (pictures.isEmpty() || columns < 1 || tile < 8) {
      throw new IllegalArgumentException("a contact sheet needs pictures, columns >= 1 and tiles >= 8 px; got "
          + pictures.size() + " pictures, " + columns + " columns, " + tile + " px");
    }
    int gap = 4;
    int rows = (pictures.size() + columns - 1) / columns;
    var sheet = new BufferedImage(columns * (tile + gap) + gap, rows * (tile + gap) + gap, BufferedImage.TYPE_INT_RGB);
    var g = sheet.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    for (int i = 0; i < pictures.size(); i++) {
      var picture = pictures.get(i);
      double scale = (double) tile / Math.max(picture.getWidth(), picture.getHeight());
      int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
      int x = gap + (i % columns) * (tile + gap) + (tile - w) / 2;
      int y = gap + (i / columns) * (tile + gap) + (tile - h) / 2;
      g.drawImage(downscaled(picture, w, h), x, y, null);
    }
    g.dispose();
    return sheet;
  }

  /** Halves the picture step by step before the last scaling, so small tiles are smooth, not aliased. */
  private static BufferedImage downscaled(BufferedImage picture, int w, int h) {
    var current = picture;
    while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
      current = scaled(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    return scaled(current, w, h);
  }

  private static BufferedImage scaled(BufferedImage picture, int w, int h) {
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(picture, 0, 0, w, h, null);
    g.dispose();
    return out;
  }
}
