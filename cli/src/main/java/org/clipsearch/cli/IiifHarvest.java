package org.clipsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.indexer.iiif.AddressPolicy;
import org.clipsearch.indexer.iiif.CollectionWalker;
import org.clipsearch.indexer.iiif.DocumentCache;
import org.clipsearch.indexer.iiif.HarvestFailure;
import org.clipsearch.indexer.iiif.IiifHarvester;
import org.clipsearch.indexer.iiif.PoliteFetcher;

import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.indexer.pipeline.ConsoleProgressBar;
import org.clipsearch.indexer.pipeline.IngestListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code index --iiif}: harvests the manifest or collection into {@code <index>/iiif/} before the folder is indexed,
 * and lists what could not be harvested in {@code <index>/iiif/harvest-failures.jsonl}.
 *
 * @param folder   the harvest's images folder, indexed as {@code --images}
 * @param sidecar  its metadata sidecar
 * @param failures what was skipped or failed
 */
record IiifHarvest(Path folder, Path sidecar, List<HarvestFailure> failures) {

  /** Images are fetched with the shorter side at least this: the model's input and the thumbnail come from them. */
  static final int SHORT_SIDE = 512;
  private static final int MAX_DEPTH = 8;
  private static final long MAX_DOCUMENT_BYTES = 50L << 20;
  private static final long MAX_IMAGE_BYTES = 50L << 20;

  /**
   * How to harvest.
   *
   * @param allowPrivate whether loopback, link-local and private addresses may be fetched
   * @param request      the longest one request may take
   * @param progress     whether to draw a progress bar over the canvases
   */
  record Options(boolean allowPrivate, Duration request, boolean progress) {
  }

  static IiifHarvest run(String source, Path index, Options options, PrintWriter err)
      throws IOException, InterruptedException {
    URI start = source.matches("(?i)https?://.*") ? URI.create(source) : Path.of(source).toAbsolutePath().toUri();
    var defaults = PoliteFetcher.Settings.defaults();
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(options.allowPrivate()),
        defaults.perHost(), defaults.connect(), options.request(), defaults.longestWait()));
    Path folder = index.resolve("iiif");
    var walker = new CollectionWalker(fetcher, MAX_DEPTH, MAX_DOCUMENT_BYTES,
        new DocumentCache(folder.resolve("documents")));
    var harvester = new IiifHarvester(fetcher, walker,
        new IiifHarvester.Settings(SHORT_SIDE, MAX_IMAGE_BYTES, DecodeLimits.DEFAULT_MAX_PIXELS, List.of("en", "nl")));
    var bar = options.progress() ? new ConsoleProgressBar(err) : null;
    var report = harvester.harvest(start, folder, bar == null ? IngestListener.NONE : bar);
    if (bar != null) {
      bar.end();
    }
    var json = new ObjectMapper();
    var lines = new StringBuilder();
    for (HarvestFailure failure : report.failures()) {
      lines.append(json.writeValueAsString(failure)).append('\n');
    }
    Files.writeString(folder.resolve("harvest-failures.jsonl"), lines);
    err.printf("harvested %s: %d images fetched, %d unchanged, %d skipped or failed%s%n", source, report.fetched(),
        report.unchanged(), report.failures().size(),
        report.failures().isEmpty() ? "" : " (listed in " + folder.resolve("harvest-failures.jsonl") + ")");
    err.flush();
    return new IiifHarvest(folder, folder.resolve("metadata.json"), report.failures());
  }
}
