package org.clipsearch.core.image;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.PackedColorModel;
import java.util.Set;

/**
 * Converts whatever a reader returned into 8-bit sRGB {@link BufferedImage#TYPE_INT_RGB}, alpha composited over
 * white.
 *
 * <p>Written here because ImageIO hands back images in the file's own layout (grey, palette, 16-bit, float,
 * premultiplied, CMYK, Lab, ICC-tagged RGB) and Java2D's own conversions disagree on grey: drawing treats grey
 * values as display values, while {@link ColorModel#getRGB(Object)} and {@link ColorConvertOp} treat the
 * standard grey space as linear and brighten it. Grey here is always a display value, as every viewer shows it.
 * The strategy, by colour model:
 * <ol>
 *   <li>the standard Java2D image types: drawn onto white (exact, fast);</li>
 *   <li>other grey and sRGB component or packed models (16-bit, 12-bit, float, odd bit fields): each pixel's
 *       normalised components, composited over white;</li>
 *   <li>other models in sRGB (custom palettes): {@link ColorModel#getRGB(Object)} per pixel;</li>
 *   <li>everything else (ICC-tagged RGB, CMYK, Lab): colour-managed to sRGB with {@link ColorConvertOp}, using
 *       the profile the reader attached.</li>
 * </ol>
 */
final class RgbConverter {

  private static final Set<Integer> JAVA2D_TYPES = Set.of(
      BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_BGR,
      BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_4BYTE_ABGR_PRE,
      BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_USHORT_555_RGB, BufferedImage.TYPE_BYTE_GRAY,
      BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED);

  private RgbConverter() {
  }

  /** The image as 8-bit sRGB {@code TYPE_INT_RGB}; returns the argument itself when it already is. */
  static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    if (JAVA2D_TYPES.contains(image.getType())) {
      return drawOverWhite(image);
    }
    ColorModel model = image.getColorModel();
    ColorSpace space = model.getColorSpace();
    boolean componentModel = model instanceof ComponentColorModel || model instanceof PackedColorModel;
    if (componentModel && (space.getType() == ColorSpace.TYPE_GRAY || space.isCS_sRGB())) {
      return fromNormalizedComponents(image);
    }
    if (space.isCS_sRGB()) {
      return fromArgb(image);
    }
    return colourManaged(image);
  }

  private static BufferedImage drawOverWhite(BufferedImage image) {
    var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    try {
      g.drawImage(image, 0, 0, Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static BufferedImage fromNormalizedComponents(BufferedImage image) {
    ColorModel model = image.getColorModel();
    var raster = image.getRaster();
    int w = image.getWidth();
    int h = image.getHeight();
    int colours = model.getNumColorComponents();
    boolean alpha = model.hasAlpha();
    boolean premultiplied = model.isAlphaPremultiplied();
    float[] norm = new float[model.getNumComponents()];
    int[] row = new int[w];
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Object pixel = null;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixel = raster.getDataElements(x, y, pixel);
        model.getNormalizedComponents(pixel, norm, 0);
        float a = alpha ? clamp(norm[colours]) : 1f;
        float r = norm[0];
        float gr = colours == 1 ? r : norm[1];
        float b = colours == 1 ? r : norm[2];
        row[x] = premultiplied
            ? rgb(r + 1f - a, gr + 1f - a, b + 1f - a)
            : rgb(r * a + 1f - a, gr * a + 1f - a, b * a + 1f - a);
      }
      out.getRaster().setDataElements(0, y, w, 1, row);
    }
    return out;
  }

  private static BufferedImage fromArgb(BufferedImage image) {
    ColorModel model = image.getColorModel();
    var raster = image.getRaster();
    int w = image.getWidth();
    int h = image.getHeight();
    int[] row = new int[w];
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Object pixel = null;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixel = raster.getDataElements(x, y, pixel);
        row[x] = overWhite(model.getRGB(pixel));
      }
      out.getRaster().setDataElements(0, y, w, 1, row);
    }
    return out;
  }

  private static BufferedImage colourManaged(BufferedImage image) {
    boolean alpha = image.getColorModel().hasAlpha();
    if (alpha && image.isAlphaPremultiplied()) {
      image.coerceData(false);
    }
    var converted = new BufferedImage(image.getWidth(), image.getHeight(),
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    new ColorConvertOp(null).filter(image, converted);
    return alpha ? drawOverWhite(converted) : converted;
  }

  /** A non-premultiplied ARGB value composited over white, as RGB. */
  static int overWhite(int argb) {
    int a = argb >>> 24;
    if (a == 255) {
      return argb & 0xFFFFFF;
    }
    int inverse = 255 - a;
    int r = ((argb >> 16 & 0xFF) * a + 255 * inverse + 127) / 255;
    int g = ((argb >> 8 & 0xFF) * a + 255 * inverse + 127) / 255;
    int b = ((argb & 0xFF) * a + 255 * inverse + 127) / 255;
    return r << 16 | g << 8 | b;
  }

  private static int rgb(float r, float g, float b) {
    return to8(r) << 16 | to8(g) << 8 | to8(b);
  }

  private static int to8(float value) {
    return Math.round(clamp(value) * 255f);
  }

  private static float clamp(float value) {
    return value >= 1f ? 1f : value > 0f ? value : 0f;
  }
}
