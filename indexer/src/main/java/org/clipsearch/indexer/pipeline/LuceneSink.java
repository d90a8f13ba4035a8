package org.clipsearch.indexer.pipeline;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexCorruptedException;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one writer of an index: replaces documents by id, deletes them, and commits every N changes or T seconds
 * with the index's identity and the ingest's counts in the commit user data.
 *
 * <p>Crash safety comes from Lucene's commits and from the id: a document is written with
 * {@link IndexWriter#updateDocument} on its id term, so writing an image again replaces it; after a kill, the
 * index is as of the last commit, and the next ingest finds the committed images unchanged and writes the rest.
 * Only the thread that owns the sink calls it.
 */
final class LuceneSink implements IndexSink {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSink.class);

  private final IndexLayout layout;
  private final IndexIdentity identity;
  private final Map<String, String> labelledBy;
  private final FacetsConfig facets;
  private final Directory directory;
  private final IndexWriter writer;
  private final int commitEvery;
  private final long commitIntervalNanos;
  private final Map<String, String> imagesRoots = new LinkedHashMap<>();
  private int changesSinceCommit;
  private long lastCommit = System.nanoTime();

  /** Opens the embedded index of an ingest, with the facets of its label sets. */
  static final IndexSink.Opener OPENER = (layout, identity, labelledBy, labelSets, writer) ->
      open(layout, identity, labelledBy, IndexSchema.facetsConfig(labelSets), writer);

  private LuceneSink(IndexLayout layout, IndexIdentity identity, Map<String, String> labelledBy, FacetsConfig facets,
                     Directory directory, IndexWriter writer, WriterSettings settings) {
    this.layout = layout;
    this.identity = identity;
    this.labelledBy = labelledBy;
    this.facets = facets;
    this.directory = directory;
    this.writer = writer;
    this.commitEvery = settings.commitEvery();
    this.commitIntervalNanos = settings.commitInterval().toNanos();
  }

  /**
   * Opens or creates the index. An existing index must have been built with the same model, vector format and
   * schema; a new one is committed at once, empty, so that its identity is recorded before any document. An
   * existing index is first {@linkplain IndexIntegrity.Depth#OPEN opened whole} so that a damaged one is refused
   * before anything is written to it (a full check of every checksum is {@link IndexIntegrity#verify}'s).
   *
   * @param labelledBy what labels each set ({@link IndexSchema#DATA_LABELS_PREFIX}), recorded in every commit
   * @throws IllegalStateException   naming both sides when the index was built otherwise, or is not a clipsearch
   *                                 index
   * @throws IndexCorruptedException naming the file when the index is damaged
   */
  static LuceneSink open(IndexLayout layout, IndexIdentity identity, Map<String, String> labelledBy,
                         FacetsConfig facets, WriterSettings settings) throws IOException {
    Files.createDirectories(layout.lucene());
    Directory directory = FSDirectory.open(layout.lucene());
    try {
      IndexIntegrity.verify(directory, layout, IndexIntegrity.Depth.OPEN);
      requireCompatible(directory, layout, identity);
      IndexWriterConfig config = IndexSchema.writerConfig(identity.vectorFormat())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(settings.ramBufferMb())
          .setCommitOnClose(false);
      var writer = new IndexWriter(directory, config);
      var sink = new LuceneSink(layout, identity, Map.copyOf(labelledBy), facets, directory, writer, settings);
      if (DirectoryReader.indexExists(directory)) {
        SegmentInfos.readLatestCommit(directory).getUserData().forEach((key, value) -> {
          if (key.startsWith(IndexSchema.DATA_IMAGES_ROOT_PREFIX)) {
            sink.imagesRoots.put(key, value);
          }
        });
      } else {
        sink.commit(Map.of());
      }
      return sink;
    } catch (IOException | RuntimeException e) {
      directory.close();
      IndexIntegrity.throwIfCorruption(e, layout);
      throw e;
    }
  }

  /** The RAM buffer of the live writer, in MB. */
  double ramBufferMb() {
    return writer.getConfig().getRAMBufferSizeMB();
  }

  private static void requireCompatible(Directory directory, IndexLayout layout, IndexIdentity identity)
      throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
    Optional<IndexIdentity> existing = IndexIdentity.fromUserData(latest.getUserData());
    if (existing.isEmpty()) {
      throw new IllegalStateException("index " + layout.root() + " has a Lucene index that clipsearch did not make"
          + " (no model fingerprint in its commit data); choose another --index directory");
    }
    existing.get().requireSameAs(identity, layout.root());
  }

  /** Path to what is indexed, for every document of {@code collection}. */
  @Override
  public Map<String, Indexed> indexed(String collection) throws IOException {
    var result = new HashMap<String, Indexed>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      var searcher = new IndexSearcher(reader);
      TopDocs all = searcher.search(new TermQuery(new Term(IndexSchema.SOURCE, collection)),
          Math.max(1, reader.maxDoc()));
      StoredFields stored = reader.storedFields();
      Set<String> fields = Set.of(IndexSchema.PATH, IndexSchema.CONTENT_HASH, IndexSchema.METADATA_HASH);
      for (ScoreDoc hit : all.scoreDocs) {
        Document doc = stored.document(hit.doc, fields);
        result.put(doc.get(IndexSchema.PATH),
            new Indexed(doc.get(IndexSchema.CONTENT_HASH), doc.get(IndexSchema.METADATA_HASH)));
      }
    }
    return result;
  }

  /**
   * Records, from the next commit on, that {@code collection} is indexed from the folder {@code root} (a real path);
   * the folders of the index's other collections stay recorded.
   */
  @Override
  public void recordImagesRoot(String collection, Path root) {
    imagesRoots.put(IndexSchema.DATA_IMAGES_ROOT_PREFIX + collection, root.toString());
  }

  /** Adds the record's document, replacing any document with its id. */
  @Override
  public void write(ImageRecord record) throws IOException {
    writer.updateDocument(IndexSchema.idTerm(record.id()), IndexSchema.document(record, facets));
    changesSinceCommit++;
  }

  /** Deletes the document with this id, if there is one. */
  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(IndexSchema.idTerm(id));
    changesSinceCommit++;
  }

  /** Commits when {@code commitEvery} changes or the commit interval have passed since the last commit. */
  @Override
  public boolean commitIfDue(Map<String, String> counts) throws IOException {
    if (changesSinceCommit >= commitEvery
        || (changesSinceCommit > 0 && System.nanoTime() - lastCommit >= commitIntervalNanos)) {
      commit(counts);
      return true;
    }
    return false;
  }

  /** Makes every change so far durable, with the identity, the document count and {@code counts}. */
  @Override
  public void commit(Map<String, String> counts) throws IOException {
    var data = new LinkedHashMap<>(identity.toUserData());
    data.putAll(imagesRoots);
    labelledBy.forEach((set, by) -> data.put(IndexSchema.DATA_LABELS_PREFIX + set, by));
    data.put(IndexSchema.DATA_DOCUMENTS, Integer.toString(documents()));
    counts.forEach((k, v) -> data.put(IndexSchema.DATA_INGEST_PREFIX + k, v));
    data.put(IndexSchema.DATA_COMMITTED_AT, Instant.now().toString());
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    changesSinceCommit = 0;
    lastCommit = System.nanoTime();
    LOG.debug("committed {}: {} documents", layout.root(), documents());
  }

  /** Merges the index into one segment and commits (after a bulk load of a read-mostly collection). */
  @Override
  public void forceMerge(Map<String, String> counts) throws IOException {
    writer.forceMerge(1);
    commit(counts);
  }

  /** Documents in the index, counting uncommitted changes. */
  @Override
  public int documents() {
    return writer.getDocStats().numDocs;
  }

  /** Drops every change since the last commit, as a crash would, and closes. */
  @Override
  public void rollback() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer.isOpen()) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
