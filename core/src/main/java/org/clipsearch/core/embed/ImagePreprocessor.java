package org.clipsearch.core.embed;

import org.clipsearch.core.model.ImageSpec;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Turns an image into the image tower's input as the model manifest says: resize so the shorter side
 * is {@code resize_size} ({@code size} unless the manifest says otherwise) and centre crop to
 * {@code size x size} (or, for {@code "resize": "squash"}, resize the whole image to {@code size x size}),
 * scale to [0,1] (or by the manifest's {@code rescale}), subtract the mean and divide by the standard
 * deviation per channel, channel-first (RGB).
 *
 * <p>The reference is OpenAI CLIP's torchvision transform on a PIL image, which every CLIP model was
 * trained with: {@code Resize(size, BICUBIC)}, {@code CenterCrop(size)}, {@code ToTensor()},
 * {@code Normalize(mean, std)}. Its resize is PIL's {@code Image.resize}: a separable convolution
 * whose filter widens with the downscale factor (antialiasing), weights normalised per output pixel
 * and rounded to fixed point, the horizontal pass rounded to 8 bits before the vertical one. No Java
 * library reproduces that resampler (Java2D's bicubic and the usual scaling libraries neither widen
 * the filter nor round between passes), so it is implemented here, in {@code ResampleKernel} and
 * {@code Resampler}, and gives PIL's bytes exactly. torchvision's sizes are kept too: the longer
 * side is truncated, crop offsets are rounded half to even.
 *
 * <p>The input is an opaque sRGB image: alpha, if any, is ignored (the decoder composites it on
 * white first), 8-bit grey images are read as grey RGB. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * var preprocessor = new ImagePreprocessor(manifest.image());
 * float[] batch = new float[images.size() * preprocessor.tensorLength()];
 * for (int i = 0; i < images.size(); i++) {
 *   preprocessor.toTensor(images.get(i), batch, i * preprocessor.tensorLength());
 * }
 * }</pre>
 */
public final class ImagePreprocessor {

  private final int size;
  private final Resampler resampler;
  private final float[][] normalised;

  /** A preprocessor for the image tower described by {@code spec}. */
  public ImagePreprocessor(ImageSpec spec) {
    Objects.requireNonNull(spec, "spec");
    this.size = spec.size();
    this.resampler = new Resampler(ResampleFilter.of(spec.interpolation()), spec.resizeSize(), size, spec.squashes(),
        spec.cropOffset() == ImageSpec.CropOffset.FLOOR);
    this.normalised = normalisationTable(spec.mean(), spec.std(), spec.rescale());
  }

  /** Side of the square the image is resized to. */
  public int size() {
    return size;
  }

  /** Floats in one image's tensor: {@code 3 * size * size}. */
  public int tensorLength() {
    return 3 * size * size;
  }

  /** The image's tensor, {@code [3, size, size]} float32 in channel-first order. */
  public float[] toTensor(BufferedImage rgb) {
    float[] tensor = new float[tensorLength()];
    toTensor(rgb, tensor, 0);
    return tensor;
  }

  /**
   * Writes the image's tensor into {@code dest} from {@code offset}, for filling a batch buffer
   * without copying.
   *
   * @throws IllegalArgumentException when {@code dest} has no room for {@link #tensorLength()} floats at {@code offset}
   */
  public void toTensor(BufferedImage rgb, float[] dest, int offset) {
    Objects.requireNonNull(rgb, "image");
    Objects.requireNonNull(dest, "dest");
    if (offset < 0 || offset > dest.length - tensorLength()) {
      throw new IllegalArgumentException("an image tensor needs " + tensorLength() + " floats from offset " + offset
          + ", the buffer has " + dest.length);
    }
    int[] pixels = resampler.resizeCrop(rgb);
    int plane = size * size;
    for (int i = 0; i < plane; i++) {
      int p = pixels[i];
      dest[offset + i] = normalised[0][(p >>> 16) & 0xFF];
      dest[offset + plane + i] = normalised[1][(p >>> 8) & 0xFF];
      dest[offset + 2 * plane + i] = normalised[2][p & 0xFF];
    }
  }

  /**
   * Every channel value's tensor value, computed in float32: {@code (v / 255 - mean) / std} as torchvision does
   * for the default scale, {@code (v * rescale - mean) / std} as Hugging Face's {@code rescale} for another.
   */
  private static float[][] normalisationTable(float[] mean, float[] std, double rescale) {
    float[][] table = new float[3][256];
    for (int c = 0; c < 3; c++) {
      for (int v = 0; v < 256; v++) {
        float scaled = rescale == ImageSpec.DEFAULT_RESCALE ? v / 255f : (float) (v * rescale);
        table[c][v] = (scaled - mean[c]) / std[c];
      }
    }
    return table;
  }
}
