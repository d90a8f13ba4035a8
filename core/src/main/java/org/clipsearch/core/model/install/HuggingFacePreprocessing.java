package org.clipsearch.core.model.install;

import org.clipsearch.core.model.ImageSpec;

import java.util.Optional;

/**
 * Reads a Hugging Face image processor's {@code preprocessor_config.json} ({@code CLIPImageProcessor},
 * {@code SiglipImageProcessor}, as {@code save_pretrained} writes them) with the meaning transformers gives its
 * fields: {@code do_resize} with {@code size} ({@code {"shortest_edge": S}}: the shorter side to S, the longer
 * truncated; {@code {"height": H, "width": W}}: the whole image to H x W; a bare integer is a shortest edge, as
 * the older {@code CLIPFeatureExtractor} wrote), {@code resample} (PIL's codes: 2 bilinear, 3 bicubic),
 * {@code do_center_crop} with {@code crop_size} (offsets {@code (resized - crop) // 2}), {@code do_rescale} with
 * {@code rescale_factor}, {@code do_normalize} with {@code image_mean} and {@code image_std}.
 *
 * <p>Refused, naming the field: no resize, a non-square input, a shortest edge without a square crop, a crop after
 * a squash, a crop larger than the resize, another {@code resample} code.
 */
final class HuggingFacePreprocessing {

  private HuggingFacePreprocessing() {
  }

  static ImagePreprocessing read(ConfigFile cfg) {
    if (!cfg.bool("do_resize", true)) {
      throw cfg.unsupported("do_resize", "is false: the towers take a fixed size, so the image must be resized");
    }
    Optional<Integer> crop = cropSize(cfg);
    ImageSpec.Interpolation interpolation = switch (cfg.integer("resample")) {
      case 2 -> ImageSpec.Interpolation.BILINEAR;
      case 3 -> ImageSpec.Interpolation.BICUBIC;
      default -> throw cfg.unsupported("resample", "is " + cfg.integer("resample")
          + "; the preprocessor implements PIL's 2 (bilinear) and 3 (bicubic)");
    };
    double rescale = cfg.bool("do_rescale", true) ? cfg.number("rescale_factor") : 1.0;
    boolean normalize = cfg.bool("do_normalize", true);
    float[] mean = normalize ? cfg.rgb("image_mean") : new float[] {0, 0, 0};
    float[] std = normalize ? cfg.rgb("image_std") : new float[] {1, 1, 1};
    var sizeNode = cfg.raw("size");
    if (sizeNode.isInt() || sizeNode.has("shortest_edge")) {
      int edge = sizeNode.isInt() ? cfg.integer("size") : cfg.object("size").integer("shortest_edge");
      int cropped = crop.orElseThrow(() -> cfg.unsupported("do_center_crop",
          "is false after a shortest_edge resize: the input would not be square"));
      if (cropped > edge) {
        throw cfg.unsupported("crop_size", "(" + cropped + ") is larger than the resized shorter side (" + edge
            + "): padding is not implemented");
      }
      return new ImagePreprocessing(cropped, "shortest-side", interpolation, mean, std, edge,
          ImageSpec.CropOffset.FLOOR, rescale);
    }
    if (sizeNode.has("height") || sizeNode.has("width")) {
      ConfigFile size = cfg.object("size");
      int height = size.integer("height");
      if (size.integer("width") != height) {
        throw cfg.unsupported("size", "is " + sizeNode + ": only square inputs are implemented");
      }
      if (crop.isPresent() && crop.get() != height) {
        throw cfg.unsupported("crop_size", "(" + crop.get() + ") crops the " + height + " x " + height
            + " squash: not implemented");
      }
      return new ImagePreprocessing(height, "squash", interpolation, mean, std, height, ImageSpec.CropOffset.ROUND,
          rescale);
    }
    throw cfg.invalid("size", "must be {\"shortest_edge\": S} or {\"height\": H, \"width\": W}", sizeNode);
  }

  private static Optional<Integer> cropSize(ConfigFile cfg) {
    if (!cfg.bool("do_center_crop", cfg.has("crop_size"))) {
      return Optional.empty();
    }
    var node = cfg.raw("crop_size");
    if (node.isInt()) {
      return Optional.of(cfg.integer("crop_size"));
    }
    ConfigFile crop = cfg.object("crop_size");
    int height = crop.integer("height");
    if (crop.integer("width") != height) {
      throw cfg.unsupported("crop_size", "is " + node + ": only square inputs are implemented");
    }
    return Optional.of(height);
  }
}
