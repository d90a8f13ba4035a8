package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The image tower of a model: its ONNX file, tensor names and preprocessing.
 *
 * @param onnx          file name of the image tower inside the model directory
 * @param input         name of the input tensor, float32 {@code [N,3,size,size]}
 * @param output        name of the output tensor, float32 {@code [N,embedding_dim]}
 * @param size          side of the square input
 * @param resize        {@code shortest-side} (the shorter side to {@code size}, as CLIP) or {@code squash} (the whole
 *                      image to {@code size x size}, aspect ratio not kept, as SigLIP)
 * @param interpolation {@code bicubic} or {@code bilinear}
 * @param crop          {@code center} after {@code shortest-side}, {@code none} after {@code squash}
 * @param mean          per-channel mean (RGB) subtracted after scaling
 * @param std           per-channel standard deviation (RGB) divided by
 * @param resizeSize    {@code shortest-side}: the shorter side's length before the centre crop to {@code size} (Hugging
 *                      Face's {@code shortest_edge} 256 then {@code crop_size} 224); {@code size} by default
 * @param cropOffset    how the crop's first row and column are rounded when the margin is odd: {@code round} (half
 *                      to even, torchvision's {@code CenterCrop}, the default) or {@code floor} (Hugging Face's
 *                      {@code center_crop})
 * @param rescale       factor from 8-bit channel values to the values the mean and std apply to: 1/255 by default
 *                      ({@code ToTensor}), 1 for an export that takes 0..255
 */
public record ImageSpec(String onnx, String input, String output, int size, String resize,
                        Interpolation interpolation, String crop, float[] mean, float[] std, int resizeSize,
                        CropOffset cropOffset, double rescale) {

  /** {@code ToTensor}'s scaling: 8-bit values to [0,1]. */
  public static final double DEFAULT_RESCALE = 1.0 / 255;

  private static final String SQUASH = "squash";

  /** How a centre crop's offset is rounded when the margin around it is odd. */
  public enum CropOffset {
    ROUND, FLOOR;

    static CropOffset parse(String value) {
      return switch (value) {
        case "round" -> ROUND;
        case "floor" -> FLOOR;
        default -> throw new IllegalArgumentException(
            "model.json: image.crop_offset must be 'round' or 'floor', got '" + value + "'");
      };
    }

    String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The resampling filters the preprocessing implements. */
  public enum Interpolation {
    BICUBIC, BILINEAR;

    static Interpolation parse(String value) {
      return switch (value) {
        case "bicubic" -> BICUBIC;
        case "bilinear" -> BILINEAR;
        default -> throw new IllegalArgumentException(
            "model.json: image.interpolation must be 'bicubic' or 'bilinear', got '" + value + "'");
      };
    }

    String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ImageSpec {
    ManifestFields.requireNonBlank("image.onnx", onnx);
    ManifestFields.requireNonBlank("image.input", input);
    ManifestFields.requireNonBlank("image.output", output);
    if (size <= 0 || size > 4096) {
      throw new IllegalArgumentException("model.json: image.size must be between 1 and 4096, got " + size);
    }
    if (!"shortest-side".equals(resize) && !SQUASH.equals(resize)) {
      throw new IllegalArgumentException(
          "model.json: image.resize must be 'shortest-side' or 'squash', got '" + resize + "'");
    }
    if (!defaultCrop(resize).equals(crop)) {
      throw new IllegalArgumentException("model.json: image.crop must be '" + defaultCrop(resize) + "' with resize '"
          + resize + "', got '" + crop + "'");
    }
    mean = ManifestFields.checkTriple("image.mean", mean, false);
    std = ManifestFields.checkTriple("image.std", std, true);
    if (SQUASH.equals(resize) ? resizeSize != size : resizeSize < size || resizeSize > 4096) {
      throw new IllegalArgumentException("model.json: image.resize_size must be " + (SQUASH.equals(resize)
          ? "image.size (" + size + ") with resize 'squash'" : "between image.size (" + size + ") and 4096")
          + ", got " + resizeSize);
    }
    if (cropOffset == null) {
      throw new IllegalArgumentException("model.json: image.crop_offset is missing");
    }
    if (!(rescale > 0) || Double.isInfinite(rescale)) {
      throw new IllegalArgumentException("model.json: image.rescale must be a positive number, got " + rescale);
    }
  }

  /** A spec whose shorter side is resized to {@code size} itself, cropped as torchvision does, scaled to [0,1]. */
  public ImageSpec(String onnx, String input, String output, int size, String resize, Interpolation interpolation,
                   String crop, float[] mean, float[] std) {
    this(onnx, input, output, size, resize, interpolation, crop, mean, std, size, CropOffset.ROUND, DEFAULT_RESCALE);
  }

  /** Whether the whole image is resized to the square ({@code squash}) rather than its centre cropped. */
  public boolean squashes() {
    return SQUASH.equals(resize);
  }

  private static String defaultCrop(String resize) {
    return SQUASH.equals(resize) ? "none" : "center";
  }

  @Override
  public float[] mean() {
    return mean.clone();
  }

  @Override
  public float[] std() {
    return std.clone();
  }

  static ImageSpec fromJson(ManifestFields f) {
    String resize = f.optionalText("resize", "shortest-side");
    int size = f.requiredInt("size");
    return new ImageSpec(
        f.optionalText("onnx", "visual.onnx"),
        f.optionalText("input", "pixel_values"),
        f.optionalText("output", "image_embeds"),
        size,
        resize,
        Interpolation.parse(f.optionalText("interpolation", "bicubic")),
        f.optionalText("crop", defaultCrop(resize)),
        f.floatArray("mean", new float[] {0.48145466f, 0.4578275f, 0.40821073f}),
        f.floatArray("std", new float[] {0.26862954f, 0.26130258f, 0.27577711f}),
        f.optionalInt("resize_size", size),
        CropOffset.parse(f.optionalText("crop_offset", "round")),
        f.optionalDouble("rescale", DEFAULT_RESCALE));
  }

  ObjectNode toJson() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("onnx", onnx).put("input", input).put("output", output).put("size", size)
        .put("resize", resize).put("interpolation", interpolation.jsonName()).put("crop", crop);
    var meanNode = node.putArray("mean");
    var stdNode = node.putArray("std");
    for (int c = 0; c < 3; c++) {
      meanNode.add(mean[c]);
      stdNode.add(std[c]);
    }
    if (resizeSize != size) {
      node.put("resize_size", resizeSize);
    }
    if (cropOffset != CropOffset.ROUND) {
      node.put("crop_offset", cropOffset.jsonName());
    }
    if (rescale != DEFAULT_RESCALE) {
      node.put("rescale", rescale);
    }
    return node;
  }
}
