package org.clipsearch.solr;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.indexer.pipeline.IndexSink;
import org.clipsearch.indexer.pipeline.WriterSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexer's sink into a SolrCloud collection. Documents are sent in batches of {@value #BATCH} (each batch one
 * update request, retried with backoff while a node restarts); deletes go out with the next batch. The commit policy
 * is the embedded index's: a hard commit that opens a searcher every N changes or T seconds and at the end of a run.
 *
 * <p>Kill safety: Solr writes an acknowledged update to its transaction log before it answers, so what a killed
 * indexer sent survives; the next run commits first, so that {@link #indexed} sees it, and skips it as unchanged.
 * A batch that was not acknowledged is sent again by the next run, under the same ids: each image is in the
 * collection once. A Solr node that stops between a batch and the next commit may lose what it had acknowledged for
 * its shards (measured with the dev cluster: a node stopped and started again came back without its uncommitted
 * documents); the run goes on through the other nodes, and the next run finds those images missing and sends them
 * again. Thumbnails are read from the local index folder, where the pipeline wrote them, and stored in the
 * document.
 */
public final class SolrSink implements IndexSink {

  /** Documents per update request: about 1.6 MB with 512-d float vectors (2 KB) and median demo thumbnails (14 KB). */
  static final int BATCH = 100;

  private final SolrConnection solr;
  private final IndexLayout layout;
  private final Map<String, LabelSet.Kind> labelSets;
  private final CollectionRecord record;
  private final int commitEvery;
  private final long commitIntervalNanos;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final List<String> pendingDeletes = new ArrayList<>();
  private final Map<String, String> imagesRoots = new LinkedHashMap<>();
  private int changesSinceCommit;
  private long lastCommit = System.nanoTime();

  private SolrSink(SolrConnection solr, IndexLayout layout, CollectionRecord record, WriterSettings writer) {
    this.solr = solr;
    this.layout = layout;
    this.record = record;
    this.labelSets = record.labelSets();
    this.commitEvery = writer.commitEvery();
    this.commitIntervalNanos = writer.commitInterval().toNanos();
  }

  /**
   * The opener of sinks into {@code target}: each ingest connects, checks that the collection was made for its model,
   * vector format and label sets, and closes the connection when it ends. The writer's RAM buffer is ignored: Solr's
   * nodes buffer with their own {@code ramBufferSizeMB}, set in the collection's configuration.
   */
  public static IndexSink.Opener into(SolrTarget target) {
    return (layout, identity, labelledBy, sets, writer) -> {
      var solr = SolrConnection.open(target, Retries.INGEST);
      try {
        CollectionRecord record = CollectionRecord.ofExisting(solr);
        requireCompatible(record, identity, sets, target);
        Files.createDirectories(layout.root());
        return new SolrSink(solr, layout, record, writer);
      } catch (IOException | RuntimeException e) {
        solr.close();
        throw e;
      }
    };
  }

  private static void requireCompatible(CollectionRecord record, IndexIdentity identity, List<LabelSet> sets,
                                        SolrTarget target) {
    record.identity().orElseThrow().requireSameAs(identity, target.describe());
    var recorded = record.labelSets();
    for (LabelSet set : sets) {
      if (recorded.get(set.name()) != set.kind()) {
        throw new IllegalStateException(target.describe() + " was made for the label sets " + recorded
            + "; this model's heads label '" + set.name() + "' (" + set.kind() + "): make a new collection with "
            + "clipsearch solr init");
      }
    }
  }

  @Override
  public Map<String, Indexed> indexed(String collection) {
    hardCommit();
    var result = new HashMap<String, Indexed>();
    var params = new ModifiableSolrParams();
    params.set("q", IndexSchema.SOURCE + ":" + ClientUtils.escapeQueryChars(collection));
    params.set("fl", String.join(",", IndexSchema.PATH, IndexSchema.CONTENT_HASH, IndexSchema.METADATA_HASH));
    params.set("sort", IndexSchema.ID + " asc");
    params.set("rows", 1000);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = solr.query(params, "list what is indexed");
      for (SolrDocument doc : page.getResults()) {
        result.put(SolrDocuments.string(doc, IndexSchema.PATH), new Indexed(
            SolrDocuments.string(doc, IndexSchema.CONTENT_HASH), SolrDocuments.string(doc, IndexSchema.METADATA_HASH)));
      }
      if (page.getNextCursorMark().equals(cursor)) {
        return result;
      }
      cursor = page.getNextCursorMark();
    }
  }

  @Override
  public void recordImagesRoot(String collection, Path root) {
    String key = IndexSchema.DATA_IMAGES_ROOT_PREFIX + collection;
    if (!root.toString().equals(record.properties().get(key))) {
      imagesRoots.put(key, root.toString());
    }
  }

  @Override
  public void write(ImageRecord image) throws IOException {
    pending.add(SolrDocuments.of(image, thumbnail(image), labelSets));
    changesSinceCommit++;
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private byte[] thumbnail(ImageRecord image) throws IOException {
    if (image.thumbnail() == null) {
      return null;
    }
    try {
      return Files.readAllBytes(layout.root().resolve(image.thumbnail()));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public void delete(String id) {
    pendingDeletes.add(id);
    changesSinceCommit++;
  }

  private void flush() {
    if (pending.isEmpty() && pendingDeletes.isEmpty()) {
      return;
    }
    var update = new UpdateRequest();
    if (!pending.isEmpty()) {
      update.add(pending);
    }
    if (!pendingDeletes.isEmpty()) {
      update.deleteById(new ArrayList<>(pendingDeletes));
    }
    solr.onCollection(update, "write " + pending.size() + " documents and " + pendingDeletes.size() + " deletions");
    pending.clear();
    pendingDeletes.clear();
  }

  @Override
  public boolean commitIfDue(Map<String, String> counts) {
    if (changesSinceCommit >= commitEvery
        || (changesSinceCommit > 0 && System.nanoTime() - lastCommit >= commitIntervalNanos)) {
      commit(counts);
      return true;
    }
    return false;
  }

  /**
   * Sends what is pending and commits. The ingest's counts stay in the local index folder's report: recording them
   * in the collection would reload its cores at every commit.
   */
  @Override
  public void commit(Map<String, String> counts) {
    flush();
    hardCommit();
    imagesRoots.forEach((key, value) -> CollectionRecord.set(solr, key, value));
    imagesRoots.clear();
    changesSinceCommit = 0;
    lastCommit = System.nanoTime();
  }

  private void hardCommit() {
    solr.onCollection(new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true), "commit");
  }

  @Override
  public void forceMerge(Map<String, String> counts) {
    flush();
    solr.onCollection(new UpdateRequest().setAction(UpdateRequest.ACTION.OPTIMIZE, true, true, 1),
        "merge the segments");
    commit(counts);
  }

  @Override
  public int documents() {
    var params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    return Math.toIntExact(solr.query(params, "count the documents").getResults().getNumFound());
  }

  /** Drops what was not sent; what was sent is in the cluster's transaction logs, as after a crash. */
  @Override
  public void rollback() {
    pending.clear();
    pendingDeletes.clear();
    close();
  }

  @Override
  public void close() {
    solr.close();
  }
}
