package org.clipsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClipsearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void version_names_the_project_and_the_java_it_runs_on() {
    CommandRun run = CommandRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("clipsearch \\d+\\.\\d+\\.\\d+").contains("Java 25");
  }

  @Test
  void help_lists_the_subcommands() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.out()).contains("tokenize", "embed-text", "embed-image", "models");
  }

  @Test
  void tokenize_prints_start_ids_end_and_padding_to_the_context_length() {
    CommandRun run = CommandRun.of("tokenize", "--model", TestModels.tinyClip().toString(), "a photo of a cat");

    assertThat(run.exitCode()).as(run.err()).isZero();
    int[] ids = Arrays.stream(run.out().trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(ids).hasSize(77);
    assertThat(ids[0]).isGreaterThan(ids[1]);
    assertThat(ids[ids.length - 1]).isZero();
  }

  @Test
  void embed_text_prints_one_unit_vector_per_text() throws Exception {
    CommandRun run = CommandRun.of("embed-text", "--model", TestModels.tinyClip().toString(), "--threads", "1",
        "a photo of a cat", "a windmill at sunset");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().trim().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines[0]);
    assertThat(first.path("input").asText()).isEqualTo("a photo of a cat");
    assertThat(norm(first.path("embedding"))).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void embed_text_writes_npy_with_the_shape_of_the_batch(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("texts.npy");
    CommandRun run = CommandRun.of("embed-text", "--model", TestModels.tinyClip().toString(), "--format", "npy",
        "--out", out.toString(), "one", "two", "three");

    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
    String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
    int dim = JSON.readTree(TestModels.tinyClip().resolve("model.json").toFile()).path("embedding_dim").asInt();
    assertThat(header).contains("'descr': '<f4'", "'shape': (3, " + dim + ")");
    assertThat((10 + headerLength) % 64).isZero();
    assertThat(bytes.length).isEqualTo(10 + headerLength + 3 * dim * Float.BYTES);
  }

  @Test
  void embed_image_skips_a_broken_file_names_it_and_exits_1(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("scene.png");
    ImageIO.write(ModelsVerifyCommand.testImage(), "png", good.toFile());
    Path broken = dir.resolve("broken.jpg");
    Files.writeString(broken, "this is not a JPEG");

    CommandRun run = CommandRun.of("embed-image", "--model", TestModels.tinyClip().toString(),
        good.toString(), broken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("skipped").contains("broken.jpg");
    String[] lines = run.out().trim().split("\n");
    assertThat(lines).hasSize(1);
    assertThat(JSON.readTree(lines[0]).path("input").asText()).isEqualTo(good.toString());
  }

  @Test
  void a_broken_manifest_is_one_line_on_stderr_with_exit_code_2(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("model.json"), "{\"name\": \"x\", \"embedding_dim\": 0}");

    CommandRun run = CommandRun.of("embed-text", "--model", dir.toString(), "hello");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: model.json: embedding_dim must be a positive integer, got 0")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static double norm(JsonNode vector) {
    double sum = 0;
    for (JsonNode v : vector) {
      sum += v.asDouble() * v.asDouble();
    }
    return Math.sqrt(sum);
  }
}
