package org.clipsearch.core.model.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Downloads the files of a CLIP export from a Hugging Face-style model hub ({@code GET /api/models/{id}} lists
 * the files, {@code GET /{id}/resolve/main/{file}} serves each) into a local folder, which
 * {@link ModelInstaller} then installs like any other. Only the files an install reads are fetched; quantised
 * and fp16 variants of the towers are passed over.
 */
public final class HubDownloader {

  /** The public hub. */
  public static final URI DEFAULT_HUB = URI.create("https://huggingface.co");

  private static final Set<String> WANTED = Set.of("model.json", "visual.onnx", "textual.onnx", "vision_model.onnx",
      "text_model.onnx", "vocab.json", "merges.txt", "bpe_simple_vocab_16e6.txt.gz", "tokenizer.json",
      "tokenizer_config.json", "preprocessor_config.json", "open_clip_config.json", "preprocess_cfg.json",
      "config.json", "README.md");
  /** Immich's towers, {@code visual/model.onnx} and {@code textual/model.onnx} (not transformers.js' combined one). */
  private static final Set<String> IMMICH_TOWERS = Set.of("visual/model.onnx", "textual/model.onnx");

  private final URI hub;
  private final HttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();

  public HubDownloader(URI hub) {
    this.hub = hub;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** True for strings shaped like a hub id, {@code owner/name}. */
  public static boolean looksLikeHubId(String value) {
    return value.matches("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");
  }

  /**
   * Downloads model {@code id} into {@code target} (created) and returns the files written.
   *
   * @throws IOException with a message saying the hub cannot be reached, or which file failed and why
   */
  public List<Path> download(String id, Path target) throws IOException {
    if (!looksLikeHubId(id)) {
      throw new IllegalArgumentException("'" + id + "' is not a hub id (owner/name)");
    }
    JsonNode listing = mapper.readTree(send(hub.resolve("/api/models/" + id), id, HttpResponse.BodyHandlers.ofByteArray()));
    var written = new ArrayList<Path>();
    for (JsonNode sibling : listing.path("siblings")) {
      String file = sibling.path("rfilename").asText("");
      String base = file.substring(file.lastIndexOf('/') + 1);
      boolean wantedPlace = !file.contains("/") || file.startsWith("onnx/") || file.startsWith("tokenizer/")
          || file.startsWith("visual/") || file.startsWith("textual/");
      if (!(WANTED.contains(base) || IMMICH_TOWERS.contains(file)) || !wantedPlace || file.contains("..")) {
        continue;
      }
      Path out = target.resolve(file).normalize();
      if (!out.startsWith(target)) {
        continue;
      }
      Files.createDirectories(out.getParent());
      send(hub.resolve("/" + id + "/resolve/main/" + file), id, HttpResponse.BodyHandlers.ofFile(out));
      written.add(out);
    }
    if (written.isEmpty()) {
      throw new IllegalArgumentException("model " + id + " on " + hub + " has no ONNX export this command recognises");
    }
    return written;
  }

  private <T> T send(URI uri, String id, HttpResponse.BodyHandler<T> handler) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET().build();
    HttpResponse<T> response;
    try {
      response = http.send(request, handler);
    } catch (IOException e) {
      throw new IOException("cannot reach the model hub " + hub + " (" + describe(e) + "). This machine may have no "
          + "access to it: download the model's ONNX export elsewhere and install it from a folder with "
          + "'clipsearch models install FOLDER'", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + uri, e);
    }
    if (response.statusCode() == 404) {
      throw new IllegalArgumentException("the model hub " + hub + " has no model " + id + " (HTTP 404 for " + uri + ")");
    }
    if (response.statusCode() != 200) {
      throw new IOException("the model hub answered HTTP " + response.statusCode() + " for " + uri);
    }
    return response.body();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }
}
