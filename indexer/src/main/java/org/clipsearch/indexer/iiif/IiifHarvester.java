package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Harvests a IIIF manifest or collection into a folder the indexer reads like any other: one image per image
 * canvas, fetched once at the size the model needs ({@link ImageRequest}) under {@code images/}, and a
 * {@code metadata.json} sidecar keyed by those paths with what the manifest says (label in the preferred language,
 * every language's label, summary, navDate, rights, attribution, provider, homepage, metadata pairs, manifest,
 * canvas and image service ids). The pipeline after this is the folder pipeline: incremental by content hash,
 * resumable after a kill. A re-run asks again only with the ETag or Last-Modified it was given, so unchanged images
 * are not downloaded again. Each image is written to a temporary file and moved into place, so a killed harvest
 * leaves no partial image.
 */
public final class IiifHarvester {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SIDECAR = "metadata.json";
  static final String STATE = "harvest-state.json";

  /**
   * What a harvest fetches.
   *
   * @param shortSide     the shorter side asked of each image
   * @param maxImageBytes the largest image response taken
   * @param languages     the languages to prefer for titles, first first
   */
  public record Settings(int shortSide, long maxImageBytes, List<String> languages) {
  }

  /** What a harvest did: images fetched, images unchanged, and what failed or was skipped. */
  public record Report(int fetched, int unchanged, List<HarvestFailure> failures) {
  }

  private final PoliteFetcher fetcher;
  private final CollectionWalker walker;
  private final Settings settings;

  public IiifHarvester(PoliteFetcher fetcher, CollectionWalker walker, Settings settings) {
    this.fetcher = fetcher;
    this.walker = walker;
    this.settings = settings;
  }

  /** Harvests {@code start} into {@code folder}. */
  public Report harvest(URI start, Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder.resolve("images"));
    ObjectNode state = readObject(folder.resolve(STATE));
    ObjectNode sidecar = JSON.createObjectNode();
    var failures = new ArrayList<HarvestFailure>();
    var found = new ArrayList<CollectionWalker.Found>();
    walker.walk(start, found::add, failures::add);
    int fetched = 0;
    int unchanged = 0;
    for (CollectionWalker.Found manifest : found) {
      manifest.manifest().skipped()
          .forEach(s -> failures.add(new HarvestFailure(s.canvasId(), s.reason())));
      for (ImageCanvas canvas : manifest.manifest().canvases()) {
        String path = "images/" + key(canvas.canvasId()) + ".jpg";
        try {
          if (fetch(canvas, folder.resolve(path), state)) {
            fetched++;
          } else {
            unchanged++;
          }
          sidecar.set(path, ManifestMetadata.row(manifest.manifest(), canvas, settings.languages()));
        } catch (IOException e) {
          failures.add(new HarvestFailure(canvas.canvasId(), e.getMessage()));
        }
      }
      // After each manifest, so that a killed harvest keeps the validators of what it fetched.
      writeAtomically(folder.resolve(STATE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
    }
    writeAtomically(folder.resolve(SIDECAR), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sidecar));
    return new Report(fetched, unchanged, failures);
  }

  /** Fetches the canvas's image into {@code file} unless the server says it has not changed; true if fetched. */
  private boolean fetch(ImageCanvas canvas, Path file, ObjectNode state) throws IOException, InterruptedException {
    String url = ImageRequest.url(canvas, settings.shortSide())
        .orElseThrow(() -> new IOException("the canvas has neither an image service nor an image URL"));
    var known = state.path(canvas.canvasId());
    boolean same = Files.exists(file) && url.equals(known.path("url").asText(null));
    Fetched answer = fetcher.get(URI.create(url), settings.maxImageBytes(),
        same ? known.path("etag").asText(null) : null, same ? known.path("lastModified").asText(null) : null);
    if (answer.notModified()) {
      return false;
    }
    Files.createDirectories(file.getParent());
    writeAtomically(file, answer.body());
    ObjectNode entry = state.putObject(canvas.canvasId());
    entry.put("url", url);
    entry.put("etag", answer.etag());
    entry.put("lastModified", answer.lastModified());
    return true;
  }

  /** A stable file name for a canvas: the SHA-256 of its id, in two levels. */
  static String key(String canvasId) {
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canvasId.getBytes(StandardCharsets.UTF_8)));
      return hex.substring(0, 2) + "/" + hex.substring(2, 34);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static ObjectNode readObject(Path file) throws IOException {
    if (!Files.exists(file)) {
      return JSON.createObjectNode();
    }
    var node = JSON.readTree(file.toFile());
    return node instanceof ObjectNode object ? object : JSON.createObjectNode();
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.write(partial, bytes);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
