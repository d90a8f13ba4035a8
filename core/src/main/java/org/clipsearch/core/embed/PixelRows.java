package org.clipsearch.core.embed;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Reads runs of an image's pixels as packed {@code 0xRRGGBB} values (alpha bits, if any, stay in the
 * top byte, which the resampler ignores).
 *
 * <p>The types decoders return most ({@code INT_RGB}, {@code INT_ARGB}, {@code 3BYTE_BGR},
 * {@code BYTE_GRAY}) are read straight from the raster's data buffer; any other type goes through
 * {@code getRGB}, which converts each pixel through the colour model and is several times slower.
 * 8-bit grey gives its grey value in all three channels, as PIL's grey-to-RGB conversion does
 * ({@code getRGB} would map it through Java's linear grey colour space and brighten it).
 */
sealed interface PixelRows {

  /** Fills {@code dest} with the pixels from {@code (x, y)} rightwards. */
  void read(int x, int y, int[] dest);

  /** The fastest reader for the image's type and raster layout. */
  static PixelRows of(BufferedImage image) {
    Raster raster = image.getRaster();
    int type = image.getType();
    if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
        && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
        && raster.getDataBuffer() instanceof DataBufferInt buffer) {
      return new PackedInts(buffer.getData(), origin(raster, buffer.getOffset(), model.getScanlineStride(), 1),
          model.getScanlineStride());
    }
    if ((type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY)
        && raster.getSampleModel() instanceof ComponentSampleModel model
        && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1) {
      int[] bands = model.getBandOffsets();
      return new InterleavedBytes(buffer.getData(),
          origin(raster, buffer.getOffset(), model.getScanlineStride(), model.getPixelStride()),
          model.getScanlineStride(), model.getPixelStride(),
          bands[0], bands[bands.length == 1 ? 0 : 1], bands[bands.length == 1 ? 0 : 2]);
    }
    return new Converted(image);
  }

  /** Index in the data array of the sample model's pixel at the image's (0, 0). */
  private static int origin(Raster raster, int bufferOffset, int scanline, int pixelStride) {
    return bufferOffset - raster.getSampleModelTranslateY() * scanline - raster.getSampleModelTranslateX() * pixelStride;
  }

  /** One int per pixel, already {@code 0x(AA)RRGGBB}: rows are copied. */
  record PackedInts(int[] data, int origin, int scanline) implements PixelRows {
    @Override
    public void read(int x, int y, int[] dest) {
      System.arraycopy(data, origin + y * scanline + x, dest, 0, dest.length);
    }
  }

  /** Interleaved 8-bit samples; a grey image has one band, read as red, green and blue alike. */
  record InterleavedBytes(byte[] data, int origin, int scanline, int pixelStride, int red, int green, int blue)
      implements PixelRows {
    @Override
    public void read(int x, int y, int[] dest) {
      int p = origin + y * scanline + x * pixelStride;
      for (int i = 0; i < dest.length; i++, p += pixelStride) {
        dest[i] = (data[p + red] & 0xFF) << 16 | (data[p + green] & 0xFF) << 8 | (data[p + blue] & 0xFF);
      }
    }
  }

  /** Any other image, through its colour model. */
  record Converted(BufferedImage image) implements PixelRows {
    @Override
    public void read(int x, int y, int[] dest) {
      image.getRGB(x, y, dest.length, 1, dest, 0, dest.length);
    }
  }
}
