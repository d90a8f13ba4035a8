package org.clipsearch.core.model.install;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ImageSpec;
import org.clipsearch.core.model.ModelManifest;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.core.model.TokenizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Installs the three export layouts made by {@code tools/make_layout_fixtures.py} and checks their embeddings
 * against PyTorch's (each image preprocessed as its exporter defines it), the manifest fields read from each
 * layout's own config, and the refusals of broken variants.
 */
class ExportLayoutsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MIN_COSINE = 0.9999;

  /** One row of {@code expected/<layout>.tsv}: an image file or a text, its ids (texts), its embedding. */
  private record Expected(String kind, String key, int[] ids, float[] embedding) {
  }

  @ParameterizedTest
  @ValueSource(strings = {"openclip", "huggingface", "immich"})
  void embeds_as_pytorch_does(String layout, @TempDir Path dir) throws Exception {
    var installed = new ModelInstaller(dir.resolve("models")).install(copy(layout, dir), layout, false);
    var decoder = new ImageDecoder(DecodeLimits.defaults());

    try (ClipModel model = ClipModel.open(installed.directory(), new ModelOptions(1, ModelOptions.Device.CPU))) {
      var expected = expected(layout);
      var images = expected.stream().filter(e -> e.kind().equals("image")).toList();
      var texts = expected.stream().filter(e -> e.kind().equals("text")).toList();
      var pictures = new ArrayList<java.awt.image.BufferedImage>();
      for (Expected image : images) {
        pictures.add(decoder.decode(resource("preprocess/" + image.key())).image());
      }
      List<Embedding> imageEmbeddings = model.imageEmbedder().embed(pictures);
      List<Embedding> textEmbeddings = model.textEmbedder().embed(texts.stream()
          .map(t -> JSON.convertValue(readJson(t.key()), String.class)).toList());

      assertThat(images).hasSize(6);
      assertThat(texts).hasSize(5);
      for (int i = 0; i < images.size(); i++) {
        assertThat(cosine(imageEmbeddings.get(i), images.get(i).embedding())).as(layout + " " + images.get(i).key())
            .isGreaterThanOrEqualTo(MIN_COSINE);
      }
      for (int i = 0; i < texts.size(); i++) {
        String text = JSON.convertValue(readJson(texts.get(i).key()), String.class);
        assertThat(model.tokenizer().tokenize(text, model.manifest().text().contextLength())).as(text)
            .containsExactly(texts.get(i).ids());
        assertThat(cosine(textEmbeddings.get(i), texts.get(i).embedding())).as(layout + " " + text)
            .isGreaterThanOrEqualTo(MIN_COSINE);
      }
    }
  }

  @Test
  void reads_an_openclip_export_and_its_open_clip_config(@TempDir Path dir) throws Exception {
    var installed = new ModelInstaller(dir.resolve("models")).install(copy("openclip", dir), "oc", false);

    ModelManifest manifest = installed.manifest();
    assertThat(installed.layout()).isEqualTo("OpenCLIP export");
    assertThat(manifest.embeddingDim()).isEqualTo(32);
    ImageSpec image = manifest.image();
    assertThat(image.input()).isEqualTo("image");
    assertThat(image.output()).isEqualTo("image_features");
    assertThat(image.size()).isEqualTo(80);
    assertThat(image.resize()).isEqualTo("shortest-side");
    assertThat(image.interpolation()).isEqualTo(ImageSpec.Interpolation.BICUBIC);
    assertThat(image.mean()).containsExactly(0.485f, 0.456f, 0.406f);
    assertThat(image.std()).containsExactly(0.229f, 0.224f, 0.225f);
    assertThat(image.cropOffset()).isEqualTo(ImageSpec.CropOffset.ROUND);
    assertThat(manifest.text().input()).isEqualTo("text");
    assertThat(manifest.text().output()).isEqualTo("text_features");
    assertThat(manifest.text().contextLength()).isEqualTo(32);
    assertThat(manifest.text().tokenizer().padToken()).isZero();
  }

  @Test
  void reads_a_hugging_face_export_and_its_preprocessor_config(@TempDir Path dir) throws Exception {
    var installed = new ModelInstaller(dir.resolve("models")).install(copy("huggingface", dir), "hf", false);

    ModelManifest manifest = installed.manifest();
    assertThat(installed.layout()).isEqualTo("Hugging Face per-tower export");
    assertThat(manifest.embeddingDim()).isEqualTo(24);
    assertThat(manifest.logitScale()).isCloseTo(Math.exp(2.6592), org.assertj.core.data.Offset.offset(1e-9));
    ImageSpec image = manifest.image();
    assertThat(image.input()).isEqualTo("pixel_values");
    assertThat(image.output()).isEqualTo("image_embeds");
    assertThat(image.size()).isEqualTo(64);
    assertThat(image.resizeSize()).isEqualTo(72);
    assertThat(image.cropOffset()).isEqualTo(ImageSpec.CropOffset.FLOOR);
    assertThat(image.interpolation()).isEqualTo(ImageSpec.Interpolation.BILINEAR);
    assertThat(image.mean()).containsExactly(0.42f, 0.46f, 0.39f);
    assertThat(image.std()).containsExactly(0.21f, 0.27f, 0.24f);
    assertThat(manifest.text().output()).isEqualTo("text_embeds");
    assertThat(manifest.text().contextLength()).as("config.json text_config.max_position_embeddings").isEqualTo(40);
    TokenizerSpec tokenizer = manifest.text().tokenizer();
    assertThat(tokenizer.padToken()).as("tokenizer_config.json pad_token").isEqualTo(tokenizer.endToken());
  }

  @Test
  void reads_an_immich_export_and_runs_its_batch_of_one_towers(@TempDir Path dir) throws Exception {
    var installed = new ModelInstaller(dir.resolve("models")).install(copy("immich", dir), "im", false);

    ModelManifest manifest = installed.manifest();
    assertThat(installed.layout()).isEqualTo("Immich export");
    assertThat(manifest.embeddingDim()).isEqualTo(16);
    ImageSpec image = manifest.image();
    assertThat(image.input()).isEqualTo("image");
    assertThat(image.output()).isEqualTo("embedding");
    assertThat(image.size()).isEqualTo(96);
    assertThat(image.squashes()).isTrue();
    assertThat(image.mean()).containsExactly(0.5f, 0.5f, 0.5f);
    assertThat(manifest.text().input()).isEqualTo("text");
    assertThat(manifest.text().inputType()).isEqualTo(org.clipsearch.core.model.TextSpec.IdType.INT32);
    assertThat(manifest.text().contextLength()).isEqualTo(64);
    assertThat(installed.directory().resolve("vocab.json")).exists();
  }

  @Test
  void a_preprocessing_config_that_is_missing_is_named(@TempDir Path dir) throws Exception {
    assertRefused(dir, "huggingface", root -> delete(root.resolve("preprocessor_config.json")),
        "preprocessor_config.json is missing");
    assertRefused(dir, "immich", root -> delete(root.resolve("visual/preprocess_cfg.json")),
        "visual/preprocess_cfg.json is missing");
    assertRefused(dir, "openclip", root -> delete(root.resolve("open_clip_config.json")),
        "open_clip_config.json is missing");
  }

  @Test
  void a_resize_mode_that_is_not_implemented_is_refused_with_its_field(@TempDir Path dir) throws Exception {
    assertRefused(dir, "immich", root -> editJson(root.resolve("visual/preprocess_cfg.json"),
        json -> json.put("resize_mode", "longest")), "visual/preprocess_cfg.json: resize_mode is 'longest'");
    assertRefused(dir, "openclip", root -> editJson(root.resolve("open_clip_config.json"),
        json -> ((ObjectNode) json.get("preprocess_cfg")).put("interpolation", "lanczos")),
        "open_clip_config.json: preprocess_cfg.interpolation is 'lanczos'");
    assertRefused(dir, "huggingface", root -> editJson(root.resolve("preprocessor_config.json"),
        json -> json.put("resample", 1)), "preprocessor_config.json: resample is 1");
    assertRefused(dir, "huggingface", root -> editJson(root.resolve("preprocessor_config.json"),
        json -> json.put("do_center_crop", false)), "preprocessor_config.json: do_center_crop is false");
  }

  @Test
  void a_text_tower_without_a_tokenizer_is_refused(@TempDir Path dir) throws Exception {
    assertRefused(dir, "immich", root -> {
      delete(root.resolve("textual/vocab.json"));
      delete(root.resolve("textual/merges.txt"));
    }, "the text tower has no tokenizer: textual/vocab.json and textual/merges.txt");
  }

  @Test
  void a_lone_tokenizer_json_becomes_an_hf_tokenizer(@TempDir Path dir) throws Exception {
    Path root = copy("huggingface", dir);
    delete(root.resolve("vocab.json"));
    delete(root.resolve("merges.txt"));
    Files.writeString(root.resolve("tokenizer.json"), "{}");

    ExportFiles files = ExportFiles.find(root);

    assertThat(files.tokenizer().spec().type()).isEqualTo(TokenizerSpec.Type.HF_TOKENIZER);
    assertThat(files.tokenizer().files()).containsOnlyKeys("tokenizer.json");
  }

  @Test
  void graphs_without_a_recognisable_input_or_embedding_output_are_refused(@TempDir Path dir) throws Exception {
    assertRefused(dir, "huggingface", root -> replace(root.resolve("onnx/text_model.onnx"),
        resource("models/layouts/broken/text_model_without_projection.onnx")),
        "onnx/text_model.onnx: its only embedding-shaped output is pooler_output");
    assertRefused(dir, "huggingface", root -> replace(root.resolve("onnx/vision_model.onnx"),
        root.resolve("onnx/text_model.onnx")), "onnx/vision_model.onnx: cannot tell which input takes the pixels");
  }

  @Test
  void a_folder_of_no_known_layout_names_what_each_layout_needs(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("export/onnx"));
    Files.writeString(root.resolve("model.onnx"), "");

    assertThatThrownBy(() -> new ModelInstaller(dir.resolve("models")).install(root.getParent(), "x", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onnx/model.onnx is a combined graph")
        .hasMessageContaining("visual/model.onnx, textual/model.onnx")
        .hasMessageContaining("onnx/vision_model.onnx, onnx/text_model.onnx");
  }

  private static void assertRefused(Path dir, String layout, IoConsumer<Path> breakIt, String message)
      throws Exception {
    Path work = Files.createTempDirectory(dir, layout);
    Path root = copy(layout, work);
    breakIt.accept(root);

    assertThatThrownBy(() -> new ModelInstaller(work.resolve("models")).install(root, layout, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    try (Stream<Path> left = Files.list(work.resolve("models"))) {
      assertThat(left).as("nothing left behind").isEmpty();
    }
  }

  /** A step that may throw, for breaking a copied export. */
  private interface IoConsumer<T> {
    void accept(T value) throws IOException;
  }

  private static void editJson(Path file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
    edit.accept(json);
    JSON.writeValue(file.toFile(), json);
  }

  private static void replace(Path file, Path by) throws IOException {
    Files.copy(by, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void delete(Path file) throws IOException {
    Files.delete(file);
  }

  private static Path copy(String layout, Path dir) throws IOException {
    Path from = resource("models/layouts/" + layout);
    Path to = dir.resolve("export-" + layout);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return to;
  }

  private static List<Expected> expected(String layout) throws IOException {
    var rows = new ArrayList<Expected>();
    for (String line : Files.readAllLines(resource("models/layouts/expected/" + layout + ".tsv"))) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      boolean text = f[0].equals("text");
      rows.add(new Expected(f[0], f[1], text ? ints(f[2]) : null, floats(f[text ? 3 : 2])));
    }
    return rows;
  }

  private static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int[] ints(String s) {
    return java.util.Arrays.stream(s.split(" ")).mapToInt(Integer::parseInt).toArray();
  }

  private static float[] floats(String s) {
    String[] parts = s.split(" ");
    float[] out = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Float.parseFloat(parts[i]);
    }
    return out;
  }

  private static double cosine(Embedding actual, float[] expected) {
    float[] a = actual.values();
    assertThat(a).hasSameSizeAs(expected);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * expected[i];
      na += (double) a[i] * a[i];
      nb += (double) expected[i] * expected[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ExportLayoutsTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
