package org.clipsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void installs_a_model_directory_lists_and_verifies_it(@TempDir Path models) {
    CommandRun install = CommandRun.of("models", "install", TestModels.tinyClip().toString(), "--name", "tiny",
        "--models-dir", models.toString());

    assertThat(install.exitCode()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed").contains("model directory");
    assertThat(models.resolve("tiny/model.json")).exists();
    assertThat(models.resolve("tiny/visual.onnx")).exists();

    CommandRun list = CommandRun.of("models", "list", "--models-dir", models.toString());
    assertThat(list.out()).contains("tiny").contains("image+text");

    CommandRun verify = CommandRun.of("models", "verify", "--model", models.resolve("tiny").toString());
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("unit length, finite").contains("ms per image").contains("ms per text")
        .endsWith("ok\n");
  }

  @Test
  void writes_the_manifest_of_a_hugging_face_export(@TempDir Path dir) throws Exception {
    Path export = huggingFaceExport(dir.resolve("export"));

    CommandRun install = CommandRun.of("models", "install", export.toString(), "--name", "hf",
        "--models-dir", dir.resolve("models").toString());

    assertThat(install.exitCode()).as(install.err()).isZero();
    assertThat(install.out()).contains("Hugging Face per-tower export");
    JsonNode original = JSON.readTree(TestModels.tinyClip().resolve("model.json").toFile());
    JsonNode written = JSON.readTree(dir.resolve("models/hf/model.json").toFile());
    assertThat(written.path("embedding_dim")).isEqualTo(original.path("embedding_dim"));
    assertThat(written.path("image").path("size")).isEqualTo(original.path("image").path("size"));
    assertThat(written.path("image").path("output").asText()).isEqualTo("image_embeds");
    assertThat(written.path("text").path("context_length").asInt()).isEqualTo(77);
    assertThat(written.path("text").path("tokenizer").path("end_token"))
        .isEqualTo(original.path("text").path("tokenizer").path("end_token"));
  }

  @Test
  void installs_an_immich_export(@TempDir Path dir) {
    Path immich = TestModels.tinyClip().resolveSibling("layouts/immich");

    CommandRun install = CommandRun.of("models", "install", immich.toString(), "--name", "im",
        "--models-dir", dir.toString());

    assertThat(install.exitCode()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed im (Immich export, 16 dimensions)");
    CommandRun verify = CommandRun.of("models", "verify", "--model", dir.resolve("im").toString());
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
  }

  @Test
  void an_export_whose_preprocessing_is_not_understood_is_refused_by_file_and_field(@TempDir Path dir)
      throws Exception {
    Path export = huggingFaceExport(dir.resolve("export"));
    var preprocessor = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
        export.resolve("preprocessor_config.json").toFile());
    JSON.writeValue(export.resolve("preprocessor_config.json").toFile(), preprocessor.put("resample", 0));

    CommandRun install = CommandRun.of("models", "install", export.toString(), "--models-dir",
        dir.resolve("models").toString());

    assertThat(install.exitCode()).isEqualTo(2);
    assertThat(install.err()).contains("preprocessor_config.json: resample is 0").doesNotContain("\tat ");
  }

  @Test
  void a_failed_install_leaves_nothing_behind(@TempDir Path dir) throws Exception {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("visual.onnx"), "not onnx");
    Files.writeString(broken.resolve("open_clip_config.json"),
        "{\"model_cfg\": {}, \"preprocess_cfg\": {\"size\": 64}}");

    CommandRun install = CommandRun.of("models", "install", broken.toString(), "--models-dir",
        dir.resolve("models").toString());

    assertThat(install.exitCode()).isEqualTo(2);
    assertThat(install.err()).contains("visual.onnx").contains("ONNX");
    try (var left = Files.list(dir.resolve("models"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void downloads_from_a_model_hub_and_installs(@TempDir Path dir) throws Exception {
    Path export = huggingFaceExport(dir.resolve("export"));
    HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String listing = JSON.writeValueAsString(Map.of("siblings", java.util.List.of(
        Map.of("rfilename", "onnx/vision_model.onnx"), Map.of("rfilename", "onnx/text_model.onnx"),
        Map.of("rfilename", "onnx/vision_model_quantized.onnx"), Map.of("rfilename", "vocab.json"),
        Map.of("rfilename", "merges.txt"), Map.of("rfilename", "preprocessor_config.json"))));
    hub.createContext("/api/models/demo/tiny-clip", exchange -> {
      byte[] body = listing.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    hub.createContext("/demo/tiny-clip/resolve/main/", exchange -> {
      String file = exchange.getRequestURI().getPath().substring("/demo/tiny-clip/resolve/main/".length());
      Path path = export.resolve(file);
      if (!Files.exists(path)) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        byte[] body = Files.readAllBytes(path);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    hub.start();
    try {
      CommandRun install = CommandRun.of("models", "install", "demo/tiny-clip", "--name", "from-hub",
          "--hub", "http://127.0.0.1:" + hub.getAddress().getPort(), "--models-dir", dir.resolve("models").toString());

      assertThat(install.exitCode()).as(install.err()).isZero();
      assertThat(dir.resolve("models/from-hub/visual.onnx")).exists();
    } finally {
      hub.stop(0);
    }
  }

  @Test
  void an_unreachable_hub_gets_a_clear_message_and_no_stack_trace(@TempDir Path dir) throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    CommandRun install = CommandRun.of("models", "install", "openai/clip-vit-base-patch32",
        "--hub", "http://127.0.0.1:" + closedPort, "--models-dir", dir.toString());

    assertThat(install.exitCode()).isEqualTo(2);
    assertThat(install.err()).contains("cannot reach the model hub").contains("models install FOLDER")
        .doesNotContain("\tat ");
  }

  /** The tiny model laid out as a transformers.js export: per-tower ONNX under onnx/, configs, no model.json. */
  private static Path huggingFaceExport(Path export) throws Exception {
    Path tiny = TestModels.tinyClip();
    JsonNode manifest = JSON.readTree(tiny.resolve("model.json").toFile());
    Files.createDirectories(export.resolve("onnx"));
    Files.copy(tiny.resolve(manifest.path("image").path("onnx").asText()), export.resolve("onnx/vision_model.onnx"));
    Files.copy(tiny.resolve(manifest.path("text").path("onnx").asText()), export.resolve("onnx/text_model.onnx"));
    Files.copy(tiny.resolve("vocab.json"), export.resolve("vocab.json"));
    Files.copy(tiny.resolve("merges.txt"), export.resolve("merges.txt"));
    var preprocessor = JSON.createObjectNode();
    preprocessor.putObject("size").put("shortest_edge", manifest.path("image").path("size").asInt());
    preprocessor.put("crop_size", manifest.path("image").path("size").asInt());
    preprocessor.put("rescale_factor", 1 / 255.0);
    preprocessor.set("image_mean", manifest.path("image").path("mean"));
    preprocessor.set("image_std", manifest.path("image").path("std"));
    preprocessor.put("resample", 3);
    JSON.writeValue(export.resolve("preprocessor_config.json").toFile(), preprocessor);
    return export;
  }
}
