package org.clipsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.indexer.iiif.AddressPolicy;
import org.clipsearch.indexer.iiif.CollectionWalker;
import org.clipsearch.indexer.iiif.HarvestFailure;
import org.clipsearch.indexer.iiif.IiifHarvester;
import org.clipsearch.indexer.iiif.PoliteFetcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static IiifHarvest run(String source, Path index, boolean allowPrivate, PrintWriter err)
      throws IOException, InterruptedException {
    URI start = source.matches("(?i)https?://.*") ? URI.create(source) : Path.of(source).toAbsolutePath().toUri();
    var defaults = PoliteFetcher.Settings.defaults();
    var fetcher = new PoliteFetcher(new PoliteFetcher.Settings(new AddressPolicy(allowPrivate), defaults.perHost(),
        defaults.connect(), defaults.request(), defaults.longestWait()));
    var harvester = new IiifHarvester(fetcher, new CollectionWalker(fetcher, MAX_DEPTH, MAX_DOCUMENT_BYTES),
        new IiifHarvester.Settings(SHORT_SIDE, MAX_IMAGE_BYTES, List.of("en", "nl")));
    Path folder = index.resolve("iiif");
    var report = harvester.harvest(start, folder);
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
