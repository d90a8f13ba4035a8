package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.label.LabelSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where an ingest's documents go: the one seam between the pipeline (walk, decode, embed, label, thumbnail) and an
 * index. The embedded Lucene index ({@link LuceneSink}) is the default; a distributed engine implements the same
 * contract, and the pipeline does not change.
 *
 * <p>The contract that makes an ingest incremental and kill-safe: {@link #indexed} reports what a previous run made
 * durable; {@link #write} replaces any document with the record's id, so writing an image twice leaves it once;
 * after {@link #commit} returns, the changes survive a crash of the indexer. Only the thread that owns the sink
 * calls it.
 */
public interface IndexSink extends AutoCloseable {

  /** What the index holds for one path of a collection. */
  record Indexed(String contentHash, String metadataHash) {
  }

  /** Opens the sink of one ingest. */
  @FunctionalInterface
  interface Opener {

    /**
     * Opens or creates the index. An existing index must have been built with the same model, vector format and
     * schema.
     *
     * @param layout         the local index folder: thumbnails and the failures report are written there
     * @param labelledBy     what labels each set, recorded with every commit
     * @param labelSets      the label sets the documents carry
     * @param writer         when to commit, and the writer's RAM buffer
     * @throws IllegalStateException naming both sides when the index was built otherwise
     */
    IndexSink open(IndexLayout layout, IndexIdentity identity, Map<String, String> labelledBy,
                   List<LabelSet> labelSets, WriterSettings writer) throws IOException;
  }

  /** The opener of the embedded Lucene index in the layout's {@code lucene/} folder: the default. */
  static Opener embedded() {
    return LuceneSink.OPENER;
  }

  /** Path to what is indexed, for every document of {@code collection}, as of the last commit. */
  Map<String, Indexed> indexed(String collection) throws IOException;

  /** Records, from the next commit on, that {@code collection} is indexed from the folder {@code root}. */
  void recordImagesRoot(String collection, Path root);

  /** Adds the record's document, replacing any document with its id. */
  void write(ImageRecord record) throws IOException;

  /** Deletes the document with this id, if there is one. */
  void delete(String id) throws IOException;

  /** Commits when {@link WriterSettings#commitEvery} changes or its interval have passed since the last commit. */
  boolean commitIfDue(Map<String, String> counts) throws IOException;

  /** Makes every change so far durable, with the identity, the document count and the ingest's {@code counts}. */
  void commit(Map<String, String> counts) throws IOException;

  /** Merges the index's segments and commits (after a bulk load of a read-mostly collection). */
  void forceMerge(Map<String, String> counts) throws IOException;

  /** Documents in the index. */
  int documents() throws IOException;

  /** Drops what it can of the changes since the last commit, as a crash would, and closes. */
  void rollback() throws IOException;

  /** Closes without committing: call {@link #commit} first to keep the changes. */
  @Override
  void close() throws IOException;
}
