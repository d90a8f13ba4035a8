package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.embed.FileEmbedding;
import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.index.ImageMetadata;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.io.ContentHash;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelPrediction;
import org.clipsearch.core.model.ClipModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a folder of images and a metadata sidecar into an index: one document per image with its embedding,
 * labels, metadata and thumbnail.
 *
 * <pre>{@code
 * try (ClipModel model = ClipModel.open(Path.of("models/demo-clip"), ModelOptions.defaults())) {
 *   IngestReport report = new IngestPipeline(model).run(
 *       IngestSettings.of(Path.of("/data/scans"), "scans").withMetadata(Path.of("/data/scans/metadata.csv")),
 *       new ConsoleProgressBar(stderr));
 * }
 * }</pre>
 *
 * <p>The stages run on their own threads, joined by bounded queues so memory stays flat however large the
 * collection:
 * <ol>
 *   <li><b>source</b> (one thread): walks the folder ({@link ImageSource}), hashes each file, and compares it with
 *       what the index holds: an image whose bytes and metadata are as indexed is counted unchanged and never
 *       decoded; the others are queued;</li>
 *   <li><b>decode + embed</b> ({@link ImageFileEmbedder}): decode workers read, decode, write the thumbnail
 *       ({@link ThumbnailWriter}) and preprocess while the calling thread runs the model on batches, then scores
 *       the labels ({@link LabelHead}) and queues the record;</li>
 *   <li><b>sink</b> (one thread, an {@link IndexSink}, the embedded {@link LuceneSink} by default): replaces each document by id, commits every N changes or T
 *       seconds.</li>
 * </ol>
 * At the end, with prune, the documents of this collection whose file was not seen are deleted (except below a
 * folder that could not be read), and a last commit records the counts.
 *
 * <p>Nothing a file can do stops the ingest: it is a {@link IngestReport.Failure} and the rest goes on. What does
 * stop it (the index cannot be written, the model fails) rolls back to the last commit, as a crash would.
 */
public final class IngestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

  /** A file on its way to the model. */
  private record Candidate(ImageSource.ImageFile file, String contentHash, long size, boolean update) {
  }

  /** What the sink is asked to do. */
  private sealed interface SinkOp permits Write, Delete, End {
  }

  private record Write(ImageRecord record, boolean update) implements SinkOp {
  }

  private record Delete(String id) implements SinkOp {
  }

  private record End() implements SinkOp {
  }

  private static final Candidate END_OF_SOURCE = new Candidate(null, null, 0, false);

  private final ClipModel model;
  private final List<LabelHead> heads;
  private final Map<String, String> labelledBy;

  /**
   * An ingest with the model's own label heads ({@link LabelHeads#load}); each commit records which head or prompt
   * file labelled each set.
   */
  public IngestPipeline(ClipModel model) throws IOException {
    this(model, LabelHeads.load(model), LabelHeads.provenance(model));
  }

  /** An ingest with these label heads. */
  public IngestPipeline(ClipModel model, List<LabelHead> heads) {
    this(model, heads, Map.of());
  }

  /**
   * An ingest with these label heads.
   *
   * @param labelledBy what each label set's head is, recorded in every commit ({@link IndexSchema#DATA_LABELS_PREFIX})
   */
  public IngestPipeline(ClipModel model, List<LabelHead> heads, Map<String, String> labelledBy) {
    this.model = Objects.requireNonNull(model, "model");
    this.heads = List.copyOf(heads);
    this.labelledBy = Map.copyOf(labelledBy);
    if (!model.hasImageTower()) {
      throw new IllegalArgumentException("model " + model.manifest().name() + " has no image tower: it cannot index");
    }
  }

  /**
   * Runs one ingest and writes its failures to {@link IndexLayout#failureReport()}.
   *
   * @throws IllegalStateException when the index was built with another model or vector format
   * @throws IOException           when the index cannot be written
   */
  public IngestReport run(IngestSettings settings, IngestListener listener) throws IOException, InterruptedException {
    return run(settings, IndexSink.embedded(), listener);
  }

  /**
   * Runs one ingest into the index that {@code sinks} opens (the embedded Lucene index, or a cluster), and writes
   * its failures to {@link IndexLayout#failureReport()}: the pipeline is the same whatever the index.
   *
   * @throws IllegalStateException when the index was built with another model or vector format
   * @throws IOException           when the index cannot be written
   */
  public IngestReport run(IngestSettings settings, IndexSink.Opener sinks, IngestListener listener)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    var counts = new IngestCounts();
    MetadataSidecar sidecar = settings.metadata() == null ? MetadataSidecar.none()
        : MetadataSidecar.read(settings.metadata());
    for (MetadataSidecar.Problem problem : sidecar.problems()) {
      if (problem.fatal()) {
        counts.fail(problem.where(), "bad metadata row", problem.where() + ": " + problem.reason());
      } else {
        counts.warn(problem.where() + ": " + problem.reason());
      }
    }
    IndexLayout layout = settings.index();
    ImageSource source = settings.imageList() != null
        ? ImageSource.listed(settings.images(), settings.imageList())
        : ImageSource.walking(settings.images(), Set.of(layout.root()));
    var identity = IndexIdentity.of(model, settings.vectorFormat());
    var labelSets = heads.stream().map(LabelHead::labelSet).toList();
    int documents;
    try (IndexSink sink = sinks.open(layout, identity, labelledBy, labelSets, settings.writer())) {
      sink.recordImagesRoot(settings.collection(), settings.images().toRealPath());
      var known = sink.indexed(settings.collection());
      listener.started(source.estimateCount());
      documents = new Run(settings, source, sidecar, sink, known, counts, listener).execute();
    }
    for (String orphan : sidecar.orphans()) {
      counts.warn("metadata for a file that was not found: " + orphan);
    }
    IngestReport report = counts.report(documents, Duration.ofNanos(System.nanoTime() - start));
    report.writeFailures(layout.failureReport());
    listener.finished(report);
    LOG.debug("{}: {}", layout.root(), report.summary().strip());
    return report;
  }

  /** The state of one run, shared by its threads. */
  private final class Run {

    private final IngestSettings settings;
    private final ImageSource source;
    private final MetadataSidecar sidecar;
    private final IndexSink sink;
    private final Map<String, IndexSink.Indexed> known;
    private final IngestCounts counts;
    private final IngestListener listener;
    private final BlockingQueue<Candidate> candidates;
    private final BlockingQueue<SinkOp> writes;
    private final List<String> unreadableFolders = new ArrayList<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    /** Written and read by the source thread alone: hashing, and waiting for room in the candidate queue. */
    private long hashNanos;
    private long queueNanos;

    Run(IngestSettings settings, ImageSource source, MetadataSidecar sidecar, IndexSink sink,
        Map<String, IndexSink.Indexed> known, IngestCounts counts, IngestListener listener) {
      this.settings = settings;
      this.source = source;
      this.sidecar = sidecar;
      this.sink = sink;
      this.known = known;
      this.counts = counts;
      this.listener = listener;
      this.candidates = new ArrayBlockingQueue<>(4 * settings.batchSize() + 16);
      this.writes = new ArrayBlockingQueue<>(2 * settings.batchSize() + 16);
    }

    int execute() throws IOException, InterruptedException {
      Thread sourceThread = Thread.ofPlatform().name("ingest-source").start(guarded(this::walk));
      Thread sinkThread = Thread.ofPlatform().name("ingest-sink").start(guarded(this::drain));
      try {
        embed();
        put(writes, new End());
        sourceThread.join();
        sinkThread.join();
        rethrowFatal();
        if (settings.prune()) {
          prune();
        }
        timed(IngestCounts.Stage.COMMIT, () -> sink.commit(counts.asUserData()));
        if (settings.forceMerge()) {
          timed(IngestCounts.Stage.COMMIT, () -> sink.forceMerge(counts.asUserData()));
        }
        listener.committed(sink.documents());
        return sink.documents();
      } catch (IOException | InterruptedException | RuntimeException | Error e) {
        fatal.compareAndSet(null, e);
        sourceThread.interrupt();
        sinkThread.interrupt();
        sourceThread.join();
        sinkThread.join();
        sink.rollback();
        throw e;
      }
    }

    /**
     * The source thread: walk, hash, decide. Its time is split into hashing and walking; the time it waits for
     * room in the full candidate queue (the model is the bottleneck) is neither.
     */
    private void walk() throws IOException, InterruptedException {
      long begin = System.nanoTime();
      try {
        source.forEach(entry -> {
          switch (entry) {
            case ImageSource.Problem problem -> {
              counts.fail(problem.path(), problem.reason(), problem.path() + ": " + problem.reason()
                  + (problem.detail().isEmpty() ? "" : ": " + problem.detail()));
              if (problem.isDirectory()) {
                synchronized (unreadableFolders) {
                  unreadableFolders.add(problem.path() + "/");
                }
              }
              listener.progress(counts.done(), counts.failed());
            }
            case ImageSource.ImageFile file -> consider(file);
          }
        });
      } finally {
        counts.time(IngestCounts.Stage.HASH, hashNanos);
        counts.time(IngestCounts.Stage.WALK, System.nanoTime() - begin - hashNanos - queueNanos);
        put(candidates, END_OF_SOURCE);
      }
    }

    private void consider(ImageSource.ImageFile file) {
      sidecar.markFound(file.path());
      IndexSink.Indexed before;
      synchronized (known) {
        before = known.remove(file.path());
      }
      String hash;
      long size;
      long hashStart = System.nanoTime();
      try {
        size = Files.size(file.file());
        hash = ContentHash.of(file.file());
      } catch (IOException e) {
        counts.fail(file.path(), "read error", file.path() + ": read error: " + e);
        listener.progress(counts.done(), counts.failed());
        return;
      } finally {
        hashNanos += System.nanoTime() - hashStart;
      }
      String metadataHash = sidecar.get(file.path()).digest();
      if (before != null && hash.equals(before.contentHash()) && metadataHash.equals(before.metadataHash())) {
        counts.unchanged.incrementAndGet();
        listener.progress(counts.done(), counts.failed());
        return;
      }
      long queueStart = System.nanoTime();
      try {
        put(candidates, new Candidate(file, hash, size, before != null));
        queueNanos += System.nanoTime() - queueStart;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest stopped", e);
      }
    }

    /** The calling thread: decode on workers, embed in batches, label, queue for the sink. */
    private void embed() throws InterruptedException {
      var inFlight = new ArrayDeque<Candidate>();
      long[] waiting = {0};
      long[] callback = {0};
      var thumbnails = new ThumbnailWriter(settings.index(), source, settings.collection(), settings.thumbnailSize());
      int targetShortSide = Math.max(model.manifest().image().size(), (settings.thumbnailSize() + 1) / 2);
      var decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(targetShortSide));
      var embedderSettings = new ImageFileEmbedder.Settings(settings.batchSize(), settings.decodeThreads(),
          2 * settings.batchSize());
      Iterable<Path> files = () -> new Iterator<>() {
        private Candidate next;

        @Override
        public boolean hasNext() {
          if (next == null) {
            long t = System.nanoTime();
            next = take(candidates);
            waiting[0] += System.nanoTime() - t;
          }
          return next != END_OF_SOURCE;
        }

        @Override
        public Path next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          inFlight.add(next);
          Path file = next.file().file();
          next = null;
          return file;
        }
      };
      long begin = System.nanoTime();
      try (var embedder = new ImageFileEmbedder(model.imageEmbedder(), decoder, embedderSettings, thumbnails)) {
        embedder.embed(files, result -> {
          long t = System.nanoTime();
          Candidate candidate = inFlight.poll();
          if (candidate == null || !candidate.file().file().equals(result.file())) {
            throw new IllegalStateException("results out of order at " + result.file());
          }
          handle(candidate, result, thumbnails);
          callback[0] += System.nanoTime() - t;
        });
      }
      counts.time(IngestCounts.Stage.THUMBNAILS, thumbnails.nanos());
      counts.time(IngestCounts.Stage.DECODE_EMBED, System.nanoTime() - begin - waiting[0] - callback[0]);
    }

    private void handle(Candidate candidate, FileEmbedding result, ThumbnailWriter thumbnails) {
      String path = candidate.file().path();
      String id = ImageRecord.idOf(settings.collection(), path);
      switch (result) {
        case FileEmbedding.Embedded embedded -> {
          long t = System.nanoTime();
          List<LabelPrediction> labels = predict(embedded.embedding());
          counts.time(IngestCounts.Stage.LABELS, System.nanoTime() - t);
          String thumbnail = IndexLayout.thumbnailPath(id);
          var thumbnailFailure = thumbnails.failure(embedded.file());
          if (thumbnailFailure.isPresent()) {
            counts.warn(path + ": no thumbnail: " + thumbnailFailure.get());
            thumbnail = null;
          }
          ImageMetadata metadata = sidecar.get(path);
          ImageRecord record;
          try {
            record = new ImageRecord(settings.collection(), path, candidate.contentHash(), candidate.size(),
                embedded.width(), embedded.height(), Instant.now(), embedded.file().toAbsolutePath().toString(),
                thumbnail, metadata, embedded.embedding(), labels);
          } catch (IllegalArgumentException e) {
            counts.fail(path, "not indexable", path + ": " + e.getMessage());
            listener.progress(counts.done(), counts.failed());
            return;
          }
          putUnchecked(new Write(record, candidate.update()));
        }
        case FileEmbedding.Failed failed -> {
          counts.fail(path, failed.reason().label(), failed.error().getMessage());
          if (candidate.update()) {
            putUnchecked(new Delete(id));
          }
          listener.progress(counts.done(), counts.failed());
        }
      }
    }

    private List<LabelPrediction> predict(Embedding embedding) {
      var labels = new ArrayList<LabelPrediction>(heads.size());
      for (LabelHead head : heads) {
        labels.add(head.predict(embedding));
      }
      return labels;
    }

    /** The sink thread: write, delete, commit when due. */
    private void drain() throws IOException, InterruptedException {
      while (true) {
        SinkOp op = writes.poll(200, TimeUnit.MILLISECONDS);
        if (fatal.get() != null) {
          return;
        }
        long t = System.nanoTime();
        switch (op) {
          case null -> {
          }
          case End end -> {
            return;
          }
          case Write write -> {
            sink.write(write.record());
            (write.update() ? counts.updated : counts.indexed).incrementAndGet();
            listener.progress(counts.done(), counts.failed());
          }
          case Delete delete -> {
            sink.delete(delete.id());
            counts.removed.incrementAndGet();
          }
        }
        counts.time(IngestCounts.Stage.WRITE, System.nanoTime() - t);
        long c = System.nanoTime();
        if (sink.commitIfDue(counts.asUserData())) {
          counts.time(IngestCounts.Stage.COMMIT, System.nanoTime() - c);
          listener.committed(sink.documents());
        }
      }
    }

    /** Deletes the documents whose file was not seen, except below folders that could not be read. */
    private void prune() throws IOException {
      for (String path : known.keySet().stream().sorted().toList()) {
        boolean underUnreadable = unreadableFolders.stream().anyMatch(path::startsWith);
        if (!underUnreadable) {
          String id = ImageRecord.idOf(settings.collection(), path);
          sink.delete(id);
          Files.deleteIfExists(settings.index().thumbnailFile(id));
          counts.removed.incrementAndGet();
        }
      }
    }

    private <T> void put(BlockingQueue<T> queue, T item) throws InterruptedException {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        rethrowFatal();
      }
    }

    private void putUnchecked(SinkOp op) {
      try {
        put(writes, op);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest stopped", e);
      }
    }

    private Candidate take(BlockingQueue<Candidate> queue) {
      try {
        while (true) {
          Candidate c = queue.poll(100, TimeUnit.MILLISECONDS);
          if (c != null) {
            return c;
          }
          rethrowFatal();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest stopped", e);
      }
    }

    private void rethrowFatal() {
      Throwable failure = fatal.get();
      if (failure != null) {
        throw new IllegalStateException("ingest stopped: " + failure.getMessage(), failure);
      }
    }

    private Runnable guarded(ThrowingRunnable body) {
      return () -> {
        try {
          body.run();
        } catch (Throwable e) {
          if (fatal.compareAndSet(null, e)) {
            LOG.error("ingest stage {} failed", Thread.currentThread().getName(), e);
          }
        }
      };
    }

    private void timed(IngestCounts.Stage stage, ThrowingRunnable body) throws IOException {
      long t = System.nanoTime();
      try {
        body.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest stopped", e);
      } finally {
        counts.time(stage, System.nanoTime() - t);
      }
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws IOException, InterruptedException;
  }
}
