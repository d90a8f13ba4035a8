package org.clipsearch.core.model.install;

import com.fasterxml.jackson.databind.JsonNode;

import org.clipsearch.core.model.ImageSpec;

/**
 * Reads open_clip's {@code PreprocessCfg} ({@code preprocess_cfg} of {@code open_clip_config.json}, Immich's
 * {@code visual/preprocess_cfg.json}, written by {@code open_clip.get_model_preprocess_cfg}): {@code size} (an
 * integer or {@code [height, width]}), {@code mode}, {@code mean}, {@code std}, {@code interpolation},
 * {@code resize_mode}, {@code fill_color}. Absent fields take open_clip's own defaults (its {@code PreprocessCfg}
 * dataclass: RGB, OpenAI mean and std, bicubic, {@code shortest}; the size from the model's
 * {@code vision_cfg.image_size}). Its eval transform ({@code open_clip.transform.image_transform}) is torchvision's
 * {@code Resize(size)} + {@code CenterCrop(size)} for {@code shortest} and {@code Resize((size, size))} for
 * {@code squash}; {@code longest} (resize the longer side, pad with {@code fill_color}) is refused.
 */
final class OpenClipPreprocessing {

  private static final float[] OPENAI_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
  private static final float[] OPENAI_STD = {0.26862954f, 0.26130258f, 0.27577711f};

  private OpenClipPreprocessing() {
  }

  /** The preprocessing {@code cfg} states; {@code fallbackSize} is the model config's image size, if any. */
  static ImagePreprocessing read(ConfigFile cfg, Integer fallbackSize) {
    int size = size(cfg, fallbackSize);
    String mode = cfg.text("mode", "RGB");
    if (!"RGB".equals(mode)) {
      throw cfg.unsupported("mode", "is '" + mode + "'; only RGB images are fed to the towers");
    }
    String resize = switch (cfg.text("resize_mode", "shortest")) {
      case "shortest" -> "shortest-side";
      case "squash" -> "squash";
      case "longest" -> throw cfg.unsupported("resize_mode",
          "is 'longest' (the longer side resized, then padded with fill_color): not implemented; "
              + "'shortest' and 'squash' are");
      default -> throw cfg.invalid("resize_mode", "must be 'shortest', 'squash' or 'longest'",
          cfg.raw("resize_mode"));
    };
    ImageSpec.Interpolation interpolation = switch (cfg.text("interpolation", "bicubic")) {
      case "bicubic" -> ImageSpec.Interpolation.BICUBIC;
      case "bilinear" -> ImageSpec.Interpolation.BILINEAR;
      default -> throw cfg.unsupported("interpolation", "is '" + cfg.text("interpolation")
          + "'; the preprocessor implements 'bicubic' and 'bilinear'");
    };
    return new ImagePreprocessing(size, resize, interpolation,
        cfg.has("mean") ? cfg.rgb("mean") : OPENAI_MEAN.clone(), cfg.has("std") ? cfg.rgb("std") : OPENAI_STD.clone(),
        size, ImageSpec.CropOffset.ROUND, ImageSpec.DEFAULT_RESCALE);
  }

  private static int size(ConfigFile cfg, Integer fallbackSize) {
    if (!cfg.has("size")) {
      if (fallbackSize == null) {
        throw cfg.unsupported("size", "is missing, and the model config has no vision_cfg.image_size");
      }
      return fallbackSize;
    }
    JsonNode size = cfg.raw("size");
    if (size.isArray() && size.size() == 2 && size.get(0).canConvertToInt() && size.get(1).canConvertToInt()) {
      if (size.get(0).asInt() != size.get(1).asInt()) {
        throw cfg.unsupported("size", "is " + size + ": only square inputs are implemented");
      }
      return size.get(0).asInt();
    }
    return cfg.integer("size");
  }
}
