package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.indexer.pipeline.IngestListener;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
  /** Images fetched at once: each host also has the fetcher's own limit; bounds the bodies held in memory. */
  static final int IN_FLIGHT = 8;
  private static final long SAVE_EVERY_NANOS = 2_000_000_000L;

  /**
   * What a harvest fetches.
   *
   * @param shortSide     the shorter side asked of each image
   * @param maxImageBytes the largest image response taken
   * @param maxPixels     the most pixels (width x height, from the header) an image may have, as for local files
   * @param languages     the languages to prefer for titles, first first
   */
  public record Settings(int shortSide, long maxImageBytes, long maxPixels, List<String> languages) {
  }

  /** What a harvest did: images fetched, images unchanged, and what failed or was skipped. */
  public record Report(int fetched, int unchanged, List<HarvestFailure> failures) {
  }

  private final PoliteFetcher fetcher;
  private final CollectionWalker walker;
  private final Settings settings;
  private final ImageDecoder decoder;

  public IiifHarvester(PoliteFetcher fetcher, CollectionWalker walker, Settings settings) {
    this.fetcher = fetcher;
    this.walker = walker;
    this.settings = settings;
    this.decoder = new ImageDecoder(new DecodeLimits(settings.maxImageBytes(), settings.maxPixels(), 0));
  }

  /** Harvests {@code start} into {@code folder}. */
  public Report harvest(URI start, Path folder) throws IOException, InterruptedException {
    return harvest(start, folder, IngestListener.NONE);
  }

  /**
   * Harvests {@code start} into {@code folder}, telling {@code progress} the canvases found (once every manifest has
   * been read) and the canvases done and failed as they finish. Images are fetched {@link #IN_FLIGHT} at a time,
   * each host within the fetcher's own limit.
   */
  public Report harvest(URI start, Path folder, IngestListener progress) throws IOException, InterruptedException {
    Files.createDirectories(folder.resolve("images"));
    ObjectNode state = readObject(folder.resolve(STATE));
    var failures = Collections.synchronizedList(new ArrayList<HarvestFailure>());
    var found = new ArrayList<CollectionWalker.Found>();
    walker.walk(start, found::add, failures::add);
    var rows = Collections.synchronizedMap(new LinkedHashMap<String, ObjectNode>());
    var canvases = new ArrayList<ImageCanvas>();
    for (CollectionWalker.Found manifest : found) {
      manifest.manifest().skipped().forEach(s -> failures.add(new HarvestFailure(s.canvasId(), s.reason())));
      for (ImageCanvas canvas : manifest.manifest().canvases()) {
        if (rows.putIfAbsent(path(canvas), ManifestMetadata.row(manifest.manifest(), canvas, settings.languages()))
            == null) {
          canvases.add(canvas);
        }
      }
    }
    progress.started(canvases.size());
    var fetched = new AtomicInteger();
    var unchanged = new AtomicInteger();
    var failed = new AtomicInteger();
    var slots = new Semaphore(IN_FLIGHT);
    var saved = new AtomicLong(System.nanoTime());
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (ImageCanvas canvas : canvases) {
        slots.acquire();
        pool.execute(() -> {
          try {
            (fetch(canvas, folder.resolve(path(canvas)), state) ? fetched : unchanged).incrementAndGet();
          } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            if (!Files.exists(folder.resolve(path(canvas)))) {
              rows.remove(path(canvas));
            }
            failures.add(new HarvestFailure(canvas.canvasId(), e.getMessage() != null ? e.getMessage() : e.toString()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            slots.release();
            progress.progress(fetched.get() + unchanged.get(), failed.get());
            saveEvery(folder, state, saved);
          }
        });
      }
    }
    writeState(folder, state);
    ObjectNode sidecar = JSON.createObjectNode();
    synchronized (rows) {
      rows.forEach(sidecar::set);
    }
    AtomicFiles.write(folder.resolve(SIDECAR), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sidecar));
    return new Report(fetched.get(), unchanged.get(), List.copyOf(failures));
  }

  /** Writes the validators at most every {@link #SAVE_EVERY_NANOS}, so a killed harvest keeps most of them. */
  private static void saveEvery(Path folder, ObjectNode state, AtomicLong saved) {
    long last = saved.get();
    if (System.nanoTime() - last > SAVE_EVERY_NANOS && saved.compareAndSet(last, System.nanoTime())) {
      try {
        writeState(folder, state);
      } catch (IOException e) {
        // The harvest's last save writes the same file and fails the harvest with the cause if it persists.
        return;
      }
    }
  }

  private static void writeState(Path folder, ObjectNode state) throws IOException {
    byte[] bytes;
    synchronized (state) {
      bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
    }
    synchronized (IiifHarvester.class) {
      AtomicFiles.write(folder.resolve(STATE), bytes);
    }
  }

  private static String path(ImageCanvas canvas) {
    return "images/" + key(canvas.canvasId()) + ".jpg";
  }

  /** Fetches the canvas's image into {@code file} unless the server says it has not changed; true if fetched. */
  private boolean fetch(ImageCanvas canvas, Path file, ObjectNode state) throws IOException, InterruptedException {
    String url = ImageRequest.url(canvas, settings.shortSide())
        .orElseThrow(() -> new IOException("the canvas has neither an image service nor an image URL"));
    JsonNode known;
    synchronized (state) {
      known = state.path(canvas.canvasId()).deepCopy();
    }
    boolean same = Files.exists(file) && url.equals(known.path("url").asText(null));
    Fetched answer = fetcher.get(URI.create(url), settings.maxImageBytes(),
        same ? known.path("etag").asText(null) : null, same ? known.path("lastModified").asText(null) : null);
    if (answer.notModified()) {
      return false;
    }
    checkHeader(url, answer.body());
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, answer.body());
    synchronized (state) {
      ObjectNode entry = state.putObject(canvas.canvasId());
      entry.put("url", url);
      entry.put("etag", answer.etag());
      entry.put("lastModified", answer.lastModified());
    }
    return true;
  }

  /** Refuses a body that is no image, or whose header declares more pixels than a local file may have. */
  private void checkHeader(String url, byte[] body) throws IOException {
    try {
      decoder.probe(body, url);
    } catch (ImageDecodeException e) {
      throw new IOException(e.getMessage(), e);
    }
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
}
