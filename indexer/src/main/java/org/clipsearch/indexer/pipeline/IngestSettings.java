package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What one ingest does.
 *
 * <pre>{@code
 * var settings = IngestSettings.of(Path.of("/data/scans"), "city-archive")
 *     .withMetadata(Path.of("/data/scans/metadata.csv"))
 *     .withVectorFormat(VectorFormat.of(VectorFormat.Encoding.INT8))
 *     .withPrune(true);
 * }</pre>
 *
 * @param images         the images folder; paths are relative to it
 * @param imageList      a file listing the images to take (paths relative to {@code images}), or null to walk
 * @param metadata       a CSV or JSON sidecar, or null
 * @param index          the index directory
 * @param collection     the collection name: with the relative path, each image's id
 * @param vectorFormat   how vectors are stored
 * @param prune          delete the documents of this collection whose file is gone
 * @param batchSize      images per inference batch
 * @param decodeThreads  decode and preprocess workers
 * @param writer         when the sink commits, and the writer's RAM buffer
 * @param thumbnailSize  longest side of thumbnails in pixels
 * @param forceMerge     merge the index into one segment at the end (after a bulk load)
 */
public record IngestSettings(Path images, Path imageList, Path metadata, IndexLayout index, String collection,
                             VectorFormat vectorFormat, boolean prune, int batchSize, int decodeThreads,
                             WriterSettings writer, int thumbnailSize, boolean forceMerge) {

  /** Images per inference batch unless told otherwise. */
  public static final int DEFAULT_BATCH = 16;
  /** Longest thumbnail side unless told otherwise. */
  public static final int DEFAULT_THUMBNAIL_SIZE = 384;

  public IngestSettings {
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(vectorFormat, "vectorFormat");
    Objects.requireNonNull(writer, "writer");
    ImageRecord.requireCollectionName(collection);
    if (!Files.isDirectory(images)) {
      throw new IllegalArgumentException("images folder " + images + (Files.exists(images)
          ? " is not a folder" : " does not exist"));
    }
    if (imageList != null && !Files.isRegularFile(imageList)) {
      throw new IllegalArgumentException("image list " + imageList + " does not exist");
    }
    if (metadata != null && !Files.isRegularFile(metadata)) {
      throw new IllegalArgumentException("metadata file " + metadata + " does not exist");
    }
    requireAtLeast("batch size", batchSize, 1);
    requireAtLeast("decode threads", decodeThreads, 1);
    requireAtLeast("thumbnail size", thumbnailSize, 16);
  }

  private static void requireAtLeast(String what, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(what + " must be at least " + least + ", got " + value);
    }
  }

  /**
   * Walk {@code images} into {@code index-data/<collection>} as float vectors, no metadata, no prune, batches of
   * {@value #DEFAULT_BATCH}, a decode thread per core, {@link WriterSettings#defaults() the default commits and RAM
   * buffer}.
   */
  public static IngestSettings of(Path images, String collection) {
    return new IngestSettings(images, null, null, IndexLayout.defaultFor(collection), collection,
        VectorFormat.of(VectorFormat.Encoding.FLOAT), false, DEFAULT_BATCH,
        Runtime.getRuntime().availableProcessors(), WriterSettings.defaults(), DEFAULT_THUMBNAIL_SIZE, false);
  }

  public IngestSettings withIndex(Path indexDir) {
    return new IngestSettings(images, imageList, metadata, new IndexLayout(indexDir), collection, vectorFormat, prune,
        batchSize, decodeThreads, writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withImageList(Path list) {
    return new IngestSettings(images, list, metadata, index, collection, vectorFormat, prune, batchSize,
        decodeThreads, writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withMetadata(Path sidecar) {
    return new IngestSettings(images, imageList, sidecar, index, collection, vectorFormat, prune, batchSize,
        decodeThreads, writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withVectorFormat(VectorFormat format) {
    return new IngestSettings(images, imageList, metadata, index, collection, format, prune, batchSize,
        decodeThreads, writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withPrune(boolean yes) {
    return new IngestSettings(images, imageList, metadata, index, collection, vectorFormat, yes, batchSize,
        decodeThreads, writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withThreads(int batch, int decoders) {
    return new IngestSettings(images, imageList, metadata, index, collection, vectorFormat, prune, batch, decoders,
        writer, thumbnailSize, forceMerge);
  }

  public IngestSettings withCommits(int every, Duration interval) {
    return new IngestSettings(images, imageList, metadata, index, collection, vectorFormat, prune, batchSize,
        decodeThreads, writer.withCommits(every, interval), thumbnailSize, forceMerge);
  }

  public IngestSettings withWriter(WriterSettings settings) {
    return new IngestSettings(images, imageList, metadata, index, collection, vectorFormat, prune, batchSize,
        decodeThreads, settings, thumbnailSize, forceMerge);
  }

  public IngestSettings withForceMerge(boolean yes) {
    return new IngestSettings(images, imageList, metadata, index, collection, vectorFormat, prune, batchSize,
        decodeThreads, writer, thumbnailSize, yes);
  }
}
