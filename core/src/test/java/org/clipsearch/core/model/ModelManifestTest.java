package org.clipsearch.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelManifestTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ObjectNode contractExample() throws Exception {
    return (ObjectNode) MAPPER.readTree("""
        {
          "name": "openai-clip-vit-base-patch32",
          "embedding_dim": 512,
          "image": {
            "onnx": "visual.onnx", "input": "pixel_values", "output": "image_embeds",
            "size": 224, "resize": "shortest-side", "interpolation": "bicubic", "crop": "center",
            "mean": [0.48145466, 0.4578275, 0.40821073],
            "std":  [0.26862954, 0.26130258, 0.27577711]
          },
          "text": {
            "onnx": "textual.onnx", "input": "input_ids", "attention_mask": null, "output": "text_embeds",
            "context_length": 77,
            "tokenizer": { "type": "clip-bpe", "vocab": "vocab.json", "merges": "merges.txt",
                           "start_token": 49406, "end_token": 49407, "pad_token": 0 }
          },
          "logit_scale": 100.0,
          "source": "where the weights came from",
          "license": "licence of the weights"
        }
        """);
  }

  @Test
  void reads_the_contract_example() throws Exception {
    ModelManifest manifest = ModelManifest.fromJson(contractExample());

    assertThat(manifest.name()).isEqualTo("openai-clip-vit-base-patch32");
    assertThat(manifest.embeddingDim()).isEqualTo(512);
    assertThat(manifest.image().size()).isEqualTo(224);
    assertThat(manifest.image().interpolation()).isEqualTo(ImageSpec.Interpolation.BICUBIC);
    assertThat(manifest.image().mean()).containsExactly(0.48145466f, 0.4578275f, 0.40821073f);
    assertThat(manifest.text().attentionMask()).isNull();
    assertThat(manifest.text().inputType()).isEqualTo(TextSpec.IdType.INT64);
    assertThat(manifest.text().tokenizer().vocab()).isEqualTo("vocab.json");
    assertThat(manifest.text().tokenizer().endToken()).isEqualTo(49407);
    assertThat(manifest.logitScale()).isEqualTo(100.0);
  }

  @Test
  void reads_a_squashing_model_whose_crop_defaults_to_none() throws Exception {
    ObjectNode json = contractExample();
    image(json).put("resize", "squash").remove("crop");

    ImageSpec image = ModelManifest.fromJson(json).image();

    assertThat(image.squashes()).isTrue();
    assertThat(image.crop()).isEqualTo("none");
    assertThat(ModelManifest.fromJson(contractExample()).image().squashes()).isFalse();
  }

  @Test
  void survives_a_round_trip_through_model_json(@TempDir Path dir) throws Exception {
    ModelManifest manifest = ModelManifest.fromJson(contractExample());
    manifest.write(dir);

    ModelManifest read = ModelManifest.read(dir);

    assertThat(read.toJson()).isEqualTo(manifest.toJson());
  }

  @Test
  void reads_a_larger_resize_floored_crop_offsets_and_a_rescale_and_writes_them_back(@TempDir Path dir)
      throws Exception {
    ObjectNode json = contractExample();
    image(json).put("resize_size", 256).put("crop_offset", "floor").put("rescale", 1.0);

    ModelManifest manifest = ModelManifest.fromJson(json);
    manifest.write(dir);

    ImageSpec image = ModelManifest.read(dir).image();
    assertThat(image.resizeSize()).isEqualTo(256);
    assertThat(image.cropOffset()).isEqualTo(ImageSpec.CropOffset.FLOOR);
    assertThat(image.rescale()).isEqualTo(1.0);
  }

  @Test
  void leaves_the_new_image_fields_out_of_a_manifest_that_does_not_use_them() throws Exception {
    ImageSpec image = ModelManifest.fromJson(contractExample()).image();

    assertThat(image.resizeSize()).isEqualTo(image.size());
    assertThat(image.cropOffset()).isEqualTo(ImageSpec.CropOffset.ROUND);
    assertThat(image.rescale()).isEqualTo(1.0 / 255);
    assertThat(ModelManifest.fromJson(contractExample()).toJson().path("image").fieldNames())
        .toIterable().doesNotContain("resize_size", "crop_offset", "rescale");
  }

  @Test
  void reads_the_openai_tokenizer_layout() throws Exception {
    ObjectNode json = contractExample();
    ObjectNode tokenizer = (ObjectNode) json.path("text").path("tokenizer");
    tokenizer.remove("vocab");
    tokenizer.remove("merges");
    tokenizer.put("bpe", "bpe_simple_vocab_16e6.txt.gz");

    TokenizerSpec spec = ModelManifest.fromJson(json).text().tokenizer();

    assertThat(spec.bpe()).isEqualTo("bpe_simple_vocab_16e6.txt.gz");
    assertThat(spec.vocab()).isNull();
  }

  static Stream<Arguments> broken_manifests() {
    return Stream.of(
        broken("embedding_dim is missing", j -> j.remove("embedding_dim")),
        broken("embedding_dim must be a positive integer, got -3", j -> j.put("embedding_dim", -3)),
        broken("embedding_dim must be an integer, got \"512\"", j -> j.put("embedding_dim", "512")),
        broken("image.size must be between 1 and 4096, got 0", j -> image(j).put("size", 0)),
        broken("image.interpolation must be 'bicubic' or 'bilinear', got 'lanczos'",
            j -> image(j).put("interpolation", "lanczos")),
        broken("image.crop must be 'center' with resize 'shortest-side', got 'random'",
            j -> image(j).put("crop", "random")),
        broken("image.resize must be 'shortest-side' or 'squash', got 'longest-side'",
            j -> image(j).put("resize", "longest-side")),
        broken("image.crop must be 'none' with resize 'squash', got 'center'",
            j -> image(j).put("resize", "squash")),
        broken("image.resize_size must be between image.size (224) and 4096, got 200",
            j -> image(j).put("resize_size", 200)),
        broken("image.resize_size must be image.size (224) with resize 'squash', got 256",
            j -> image(j).put("resize", "squash").put("crop", "none").put("resize_size", 256)),
        broken("image.crop_offset must be 'round' or 'floor', got 'ceil'", j -> image(j).put("crop_offset", "ceil")),
        broken("image.rescale must be a positive number, got 0.0", j -> image(j).put("rescale", 0)),
        broken("image.mean must have 3 values (R, G, B), got 2", j -> image(j).putArray("mean").add(0.5).add(0.5)),
        broken("image.std must hold positive finite numbers", j -> image(j).putArray("std").add(0.2).add(0).add(0.2)),
        broken("text.context_length must be between 2 and 4096, got 1", j -> text(j).put("context_length", 1)),
        broken("text.input_type must be 'int64' or 'int32', got 'float'", j -> text(j).put("input_type", "float")),
        broken("text.tokenizer is missing", j -> text(j).remove("tokenizer")),
        broken("text.tokenizer.type must be one of 'clip-bpe', 'hf-tokenizer', 'sentencepiece', got 'wordlevel'",
            j -> ((ObjectNode) text(j).get("tokenizer")).put("type", "wordlevel")),
        broken("at least one of 'image' and 'text' must be given", j -> {
          j.remove("image");
          j.remove("text");
        }),
        broken("logit_scale must be a positive number", j -> j.put("logit_scale", -1)),
        broken("name must be a string", j -> j.put("name", 7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void broken_manifests(String expectedMessage, Consumer<ObjectNode> breakIt) throws Exception {
    ObjectNode json = contractExample();
    breakIt.accept(json);

    assertThatThrownBy(() -> ModelManifest.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("model.json: ")
        .hasMessageContaining(expectedMessage);
  }

  @Test
  void a_directory_without_manifest_is_named_in_the_error(@TempDir Path dir) {
    assertThatThrownBy(() -> ModelManifest.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no model.json in model directory " + dir);
  }

  @Test
  void invalid_json_is_reported_with_the_file(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("model.json"), "{ \"name\": ");

    assertThatThrownBy(() -> ModelManifest.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve("model.json") + " is not valid JSON");
  }

  private static Arguments broken(String message, Consumer<ObjectNode> breakIt) {
    return Arguments.of(message, breakIt);
  }

  private static ObjectNode image(ObjectNode json) {
    return (ObjectNode) json.get("image");
  }

  private static ObjectNode text(ObjectNode json) {
    return (ObjectNode) json.get("text");
  }
}
