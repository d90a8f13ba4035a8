package org.clipsearch.core.embed;

import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.DecodedImage;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.model.ClipModel;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Embeds image files as a pipeline: decoding and preprocessing run on a small pool of worker threads while the
 * calling thread runs the model on batches.
 *
 * <pre>{@code
 * try (ClipModel model = ClipModel.open(dir, ModelOptions.defaults());
 *      ImageFileEmbedder files = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(16))) {
 *   files.embed(paths, result -> {
 *     switch (result) {
 *       case FileEmbedding.Embedded e -> writer.add(e.file(), e.embedding());
 *       case FileEmbedding.Failed f -> log.warn("skipped {}", f.error().getMessage());
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>The strategy: the calling thread walks the files and keeps at most {@link Settings#queueCapacity()} of them
 * submitted to the decode pool ahead of the batch it is filling, taking the results in input order. As soon as a
 * batch has {@link Settings#batchSize()} images it tops the queue up again, so the workers decode the next images
 * while the model runs, then embeds the batch and hands its results to the callback, in input order, on the
 * calling thread. Memory therefore stays flat however many files there are: at most {@code queueCapacity +
 * batchSize} preprocessed images exist at any time.
 *
 * <p>A file that cannot be decoded becomes a {@link FileEmbedding.Failed} with the decoder's reason, in its
 * place in the order; the files around it are embedded as usual. Everything else (an inference failure, an
 * exception from the callback, a bug) ends the call: the files still queued are cancelled and the exception is
 * rethrown.
 *
 * <p>A {@link DecodeListener} sees each decoded image on the worker that decoded it, before preprocessing: the
 * indexer writes thumbnails there, so the pixels are decoded once for both.
 *
 * <p>Calls may come from several threads at once; they share the decode pool. {@link #close()} stops the pool:
 * call it when no call is running.
 */
public final class ImageFileEmbedder implements AutoCloseable {

  /** Work done with each decoded image on the decode worker, before it is preprocessed (e.g. a thumbnail). */
  @FunctionalInterface
  public interface DecodeListener {

    /** Does nothing. */
    DecodeListener NONE = (file, image) -> { };

    /**
     * Called once per decoded image, on a decode worker, possibly for several files at once. An exception thrown
     * here ends the {@code embed} call, so a listener handles its own expected failures.
     */
    void decoded(Path file, DecodedImage image);
  }

  /**
   * How the pipeline is sized.
   *
   * @param batchSize     images per inference batch; at least 1
   * @param decodeThreads worker threads that read, decode and preprocess files; at least 1
   * @param queueCapacity files decoded ahead of the batch being filled; at least 1. Twice the batch size lets
   *                      the workers prepare the whole next batch while the model runs
   */
  public record Settings(int batchSize, int decodeThreads, int queueCapacity) {

    public Settings {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
      }
      if (decodeThreads < 1) {
        throw new IllegalArgumentException("decode threads must be at least 1, got " + decodeThreads);
      }
      if (queueCapacity < 1) {
        throw new IllegalArgumentException("queue capacity must be at least 1, got " + queueCapacity);
      }
    }

    /** Batches of {@code batchSize}, one decode thread per core, twice the batch size queued. */
    public static Settings of(int batchSize) {
      return new Settings(batchSize, Runtime.getRuntime().availableProcessors(), 2 * batchSize);
    }

    /** These settings with another number of decode threads. */
    public Settings withDecodeThreads(int threads) {
      return new Settings(batchSize, threads, queueCapacity);
    }

    /** These settings with another queue capacity. */
    public Settings withQueueCapacity(int capacity) {
      return new Settings(batchSize, decodeThreads, capacity);
    }
  }

  /** A file on its way through the decode pool. */
  private record Queued(Path file, Future<Decoded> result) {
  }

  /** A file's model input and full size, or why it has none. */
  private record Decoded(Path file, float[] tensor, int width, int height, String format, ImageDecodeException error) {
  }

  private final ImageEmbedder embedder;
  private final ImageDecoder decoder;
  private final Settings settings;
  private final DecodeListener listener;
  private final ExecutorService pool;

  /**
   * A pipeline over any image embedder and decoder. {@link #forModel} is the usual way in: it gives the decoder
   * the model's input size, so that large scans are subsampled while they are read.
   */
  public ImageFileEmbedder(ImageEmbedder embedder, ImageDecoder decoder, Settings settings) {
    this(embedder, decoder, settings, DecodeListener.NONE);
  }

  /** A pipeline that also hands each decoded image to {@code listener} on the worker that decoded it. */
  public ImageFileEmbedder(ImageEmbedder embedder, ImageDecoder decoder, Settings settings, DecodeListener listener) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.pool = Executors.newFixedThreadPool(settings.decodeThreads(),
        Thread.ofPlatform().name("image-decode-", 1).daemon(true).factory());
  }

  /**
   * A pipeline over the model's image tower, decoding with the default limits and the model's input size as the
   * target short side.
   *
   * @throws IllegalStateException when the model has no image tower
   */
  public static ImageFileEmbedder forModel(ClipModel model, Settings settings) {
    ImageEmbedder embedder = model.imageEmbedder();
    var limits = DecodeLimits.defaults().withTargetShortSide(model.manifest().image().size());
    return new ImageFileEmbedder(embedder, new ImageDecoder(limits), settings);
  }

  /** How this pipeline is sized. */
  public Settings settings() {
    return settings;
  }

  /**
   * Embeds the files and hands each result to {@code results}, in input order, on the calling thread. The files
   * are read lazily, so {@code files} may be a stream's iterator over more files than fit in memory.
   *
   * @throws InterruptedException when the calling thread is interrupted while it waits for a worker
   */
  public void embed(Iterable<Path> files, Consumer<? super FileEmbedding> results) throws InterruptedException {
    Objects.requireNonNull(results, "results");
    Iterator<Path> next = files.iterator();
    var queue = new ArrayDeque<Queued>();
    var batch = new ArrayList<Decoded>();
    int images = 0;
    try {
      while (true) {
        topUp(queue, next);
        Queued head = queue.poll();
        if (head == null) {
          break;
        }
        Decoded decoded = await(head);
        batch.add(decoded);
        if (decoded.tensor() != null && ++images == settings.batchSize()) {
          topUp(queue, next);
          deliver(batch, results);
          images = 0;
        }
      }
      deliver(batch, results);
    } finally {
      queue.forEach(queued -> queued.result().cancel(true));
    }
  }

  /** Embeds the files and returns the results in input order. */
  public List<FileEmbedding> embed(List<Path> files) throws InterruptedException {
    var results = new ArrayList<FileEmbedding>(files.size());
    embed(files, results::add);
    return results;
  }

  private void topUp(ArrayDeque<Queued> queue, Iterator<Path> next) {
    while (queue.size() < settings.queueCapacity() && next.hasNext()) {
      Path file = Objects.requireNonNull(next.next(), "file");
      queue.add(new Queued(file, pool.submit(() -> decode(file))));
    }
  }

  private Decoded decode(Path file) {
    try {
      DecodedImage image = decoder.decode(file);
      listener.decoded(file, image);
      float[] tensor = embedder.preprocess(image.image());
      return new Decoded(file, tensor, image.width(), image.height(), image.format(), null);
    } catch (ImageDecodeException e) {
      return new Decoded(file, null, 0, 0, null, e);
    }
  }

  private static Decoded await(Queued queued) throws InterruptedException {
    try {
      return queued.result().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("preparing " + queued.file() + " failed", e.getCause());
    }
  }

  /** Embeds the batch's images as one inference call, hands out every result in order and empties the batch. */
  private void deliver(List<Decoded> batch, Consumer<? super FileEmbedding> results) {
    List<float[]> tensors = batch.stream().map(Decoded::tensor).filter(Objects::nonNull).toList();
    Iterator<Embedding> embeddings = tensors.isEmpty()
        ? List.<Embedding>of().iterator()
        : embedder.embedPreprocessed(tensors).iterator();
    for (Decoded decoded : batch) {
      results.accept(decoded.tensor() == null
          ? new FileEmbedding.Failed(decoded.file(), decoded.error())
          : new FileEmbedding.Embedded(decoded.file(), embeddings.next(), decoded.width(), decoded.height(),
              decoded.format()));
    }
    batch.clear();
  }

  /** Stops the decode pool, waiting for the images it is decoding. */
  @Override
  public void close() {
    pool.close();
  }
}
