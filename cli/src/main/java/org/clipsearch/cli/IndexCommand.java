package org.clipsearch.cli;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.pipeline.ConsoleProgressBar;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;
import org.clipsearch.indexer.pipeline.WriterSettings;
import org.clipsearch.solr.SolrSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Indexes a folder of images: embeddings, labels, metadata and thumbnails into a Lucene index. Incremental:
 * unchanged files are skipped, changed ones replaced; safe to re-run after a crash.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index a folder of images (or a list of them) with their metadata sidecar into a Lucene HNSW index"
        + " with labels and thumbnails, or with --backend solr into a SolrCloud collection made by clipsearch solr init.",
        "Re-running skips unchanged files, replaces changed ones and finishes what a killed run left;"
            + " --prune also removes documents whose file is gone.",
        "Exit code 0 when every file was indexed, 1 when any failed (see ingest-failures.jsonl in the index"
            + " folder), 2 for bad options."})
final class IndexCommand implements Callable<Integer> {

  @Mixin
  ModelOptionsMixin model;

  @Mixin
  BackendOptions backends;

  @Option(names = "--images", paramLabel = "DIR", description = "Folder of images; paths are relative to it.")
  Path images;

  @Option(names = "--iiif", paramLabel = "URL|FILE",
      description = "Instead of --images: a IIIF Presentation 2 or 3 manifest or collection to harvest (its images are"
          + " fetched once into the index folder's iiif/ and indexed from there with the manifest's metadata).")
  String iiif;

  @Option(names = "--allow-private", description = "Let --iiif fetch from loopback, link-local and private addresses.")
  boolean allowPrivate;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "With --iiif: the longest one request (a manifest, an image) may take, body included; a longer one"
          + " is listed as failed. Default: ${DEFAULT-VALUE}.")
  int requestTimeout;

  @Option(names = "--list", paramLabel = "FILE",
      description = "Index only the images listed in FILE (one path relative to --images per line) instead of walking.")
  Path list;

  @Option(names = "--metadata", paramLabel = "FILE", description = "Metadata sidecar, CSV or JSON, keyed by relative path.")
  Path metadata;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index-data/<collection>; with "
      + "--backend solr, index-data/solr-<collection>, which keeps the failures report and thumbnails as written).")
  Path index;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "Collection name, part of each image's id (default: the name of the --images folder).")
  String collection;

  @Option(names = "--vector-format", paramLabel = "float|int8|int4|binary", defaultValue = "float",
      description = "How vectors are stored (default: ${DEFAULT-VALUE}).")
  String vectorFormat;

  @CommandLine.Mixin
  HnswOptions hnsw;

  @Option(names = "--prune", description = "Delete documents of this collection whose file is gone.")
  boolean prune;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "16", description = "Images per inference batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--decode-threads", paramLabel = "N", description = "Decode workers (default: cores).")
  Integer decodeThreads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Commit after N changed documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "60",
      description = "Commit at least every S seconds while indexing (default: ${DEFAULT-VALUE}).")
  int commitSeconds;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB",
      description = "The index writer's RAM buffer: larger flushes fewer, larger segments (default: a sixteenth of"
          + " the maximum heap, between 16 and 256 MB; at most half the heap). Ignored with --backend solr.")
  Integer ramBufferMb;

  @Mixin
  VerifyIndexOption verify;

  @Option(names = "--force-merge", description = "Merge the index into one segment at the end (after a bulk load).")
  boolean forceMerge;

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    WriterSettings writer = writerSettings();
    if ((images == null) == (iiif == null)) {
      throw new IllegalArgumentException("give --images DIR or --iiif URL, one of them");
    }
    String name = collection != null ? collection
        : iiif != null ? "iiif"
        : images.toAbsolutePath().normalize().getFileName() == null ? "images"
        : images.toAbsolutePath().normalize().getFileName().toString();
    Path folder = index != null ? index
        : IndexLayout.defaultFor(backends.solr() ? "solr-" + name : name).root();
    if (requestTimeout < 1) {
      throw new IllegalArgumentException("--request-timeout must be at least 1 second, got " + requestTimeout);
    }
    if (!backends.solr()) {
      verify.verify(folder, spec.commandLine().getErr());
    }
    var harvest = iiif == null ? null : IiifHarvest.run(iiif, folder,
        new IiifHarvest.Options(allowPrivate, Duration.ofSeconds(requestTimeout), !noProgress),
        spec.commandLine().getErr());
    if (harvest != null) {
      images = harvest.folder();
      metadata = metadata != null ? metadata : harvest.sidecar();
    }
    var settings = IngestSettings.of(images, name)
        .withIndex(folder)
        .withImageList(list)
        .withMetadata(metadata)
        .withVectorFormat(hnsw.format(vectorFormat))
        .withPrune(prune)
        .withThreads(batch, decodeThreads != null ? decodeThreads : Runtime.getRuntime().availableProcessors())
        .withWriter(writer)
        .withForceMerge(forceMerge);
    var err = spec.commandLine().getErr();
    IngestListener progress = noProgress ? IngestListener.NONE : new ConsoleProgressBar(err);
    IngestReport report;
    try (ClipModel clip = model.open()) {
      var pipeline = new IngestPipeline(clip);
      report = backends.solr() ? pipeline.run(settings, SolrSink.into(backends.target(name)), progress)
          : pipeline.run(settings, progress);
    }
    err.print(report.summary());
    if (report.hasFailures()) {
      err.println("failures listed in " + settings.index().failureReport());
    }
    err.flush();
    return report.hasFailures() || harvest != null && !harvest.failures().isEmpty() ? 1 : 0;
  }

  private WriterSettings writerSettings() {
    if (commitSeconds < 1) {
      throw new IllegalArgumentException("--commit-seconds must be at least 1, got " + commitSeconds);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be at least 1, got " + commitEvery);
    }
    var writer = WriterSettings.defaults().withCommits(commitEvery, Duration.ofSeconds(commitSeconds));
    try {
      return ramBufferMb == null ? writer : writer.withRamBufferMb(ramBufferMb);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ram-buffer-mb: " + e.getMessage(), e);
    }
  }
}
