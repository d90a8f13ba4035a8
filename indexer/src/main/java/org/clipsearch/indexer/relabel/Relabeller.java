package org.clipsearch.indexer.relabel;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexCorruptedException;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelPrediction;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.indexer.pipeline.WriterSettings;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Recomputes the labels of every document of an index from the vectors it stores, after a head was trained or a
 * prompt set changed: no image is decoded or embedded again. Each document is written back with
 * {@link IndexWriter#updateDocument} on its id, from its stored fields and its stored vector (so ids, metadata,
 * thumbnails and vectors stay), with the new labels and facets, and one commit at the end makes the change atomic:
 * a reader (the server's {@code SearcherManager}) sees all new labels or none. The commit records which head or
 * prompt file labelled each set ({@link IndexSchema#DATA_LABELS_PREFIX}).
 *
 * <pre>{@code
 * try (ClipModel model = ClipModel.open(Path.of("models/demo-clip"), ModelOptions.defaults())) {
 *   Relabeller.Report report = Relabeller.run(new IndexLayout(Path.of("index-data/demo")), model);
 * }
 * }</pre>
 */
public final class Relabeller {

  /**
   * What a relabelling did.
   *
   * @param documents  documents written back
   * @param changed    per label set, documents whose most probable label changed
   * @param labelledBy per label set, what labelled it ({@code head sha256:...} or {@code prompts sha256:...})
   * @param elapsed    wall time
   */
  public record Report(int documents, Map<String, Integer> changed, Map<String, String> labelledBy,
                       Duration elapsed) {

    public Report {
      changed = Map.copyOf(changed);
      labelledBy = Map.copyOf(labelledBy);
    }

    /** One line per label set, for the command line. */
    public String summary() {
      var text = new StringBuilder(String.format(java.util.Locale.ROOT, "relabelled %d documents in %.1f s%n",
          documents, elapsed.toMillis() / 1000.0));
      new TreeMap<>(labelledBy).forEach((set, by) -> text.append(String.format(java.util.Locale.ROOT,
          "  %s: top label changed for %d documents, labelled by %s%n", set, changed.getOrDefault(set, 0), by)));
      return text.toString();
    }
  }

  private Relabeller() {
  }

  /** Relabels with the model's own heads ({@link LabelHeads#load}). */
  public static Report run(IndexLayout layout, ClipModel model) throws IOException {
    return run(layout, model, LabelHeads.load(model), LabelHeads.provenance(model));
  }

  /**
   * Relabels with these heads.
   *
   * <p>Every checksum of the index is verified first ({@link IndexIntegrity.Depth#FULL}): relabelling reads every
   * vector and stored field and writes them back, so a flipped byte would otherwise be written into new segments
   * with good checksums; the check costs one more read of what the relabelling reads anyway.
   *
   * @param labelledBy what each head is, recorded in the commit
   * @throws IllegalStateException   naming both sides when the index was built with another model, or is not a
   *                                 clipsearch index
   * @throws IndexCorruptedException naming the file when the index is damaged
   */
  public static Report run(IndexLayout layout, ClipModel model, List<LabelHead> heads, Map<String, String> labelledBy)
      throws IOException {
    Objects.requireNonNull(model, "model");
    long start = System.nanoTime();
    try (Directory directory = FSDirectory.open(layout.lucene())) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IllegalArgumentException("no index in " + layout.root() + " (expected a Lucene index in "
            + layout.lucene() + ")");
      }
      IndexIntegrity.verify(directory, layout, IndexIntegrity.Depth.FULL);
      return rewrite(directory, layout, model, heads, labelledBy, start);
    } catch (IOException e) {
      IndexIntegrity.throwIfCorruption(e, layout);
      throw e;
    }
  }

  private static Report rewrite(Directory directory, IndexLayout layout, ClipModel model, List<LabelHead> heads,
                                Map<String, String> labelledBy, long start) throws IOException {
    FacetsConfig facets = IndexSchema.facetsConfig(heads.stream().map(LabelHead::labelSet).toList());
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    IndexIdentity existing = IndexIdentity.fromUserData(data).orElseThrow(() -> new IllegalStateException("index "
        + layout.root() + " has a Lucene index that clipsearch did not make (no model fingerprint in its commit"
        + " data)"));
    existing.requireSameAs(IndexIdentity.of(model, existing.vectorFormat()), layout.root());
    IndexWriterConfig config = IndexSchema.writerConfig(existing.vectorFormat())
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setRAMBufferSizeMB(WriterSettings.defaultRamBufferMb())
        .setCommitOnClose(false);
    var changed = new TreeMap<String, Integer>();
    int documents = 0;
    try (IndexWriter writer = new IndexWriter(directory, config);
         DirectoryReader snapshot = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : snapshot.leaves()) {
        documents += relabel(leaf, heads, facets, writer, changed);
      }
      var commit = new LinkedHashMap<>(data);
      commit.keySet().removeIf(key -> key.startsWith(IndexSchema.DATA_LABELS_PREFIX));
      labelledBy.forEach((set, by) -> commit.put(IndexSchema.DATA_LABELS_PREFIX + set, by));
      commit.put(IndexSchema.DATA_DOCUMENTS, Integer.toString(snapshot.numDocs()));
      commit.put(IndexSchema.DATA_COMMITTED_AT, Instant.now().toString());
      writer.setLiveCommitData(commit.entrySet());
      writer.commit();
    }
    return new Report(documents, changed, labelledBy, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The most probable label of stored scores, or null when there are none. */
  private static String topLabel(String stored) {
    if (stored == null) {
      return null;
    }
    var scores = IndexSchema.parseScores(stored);
    return scores.isEmpty() ? null : scores.getFirst().label();
  }

  private static int relabel(LeafReaderContext leaf, List<LabelHead> heads, FacetsConfig facets, IndexWriter writer,
                             Map<String, Integer> changed) throws IOException {
    FloatVectorValues vectors = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
    if (vectors == null) {
      return 0;
    }
    StoredFields stored = leaf.reader().storedFields();
    Bits live = leaf.reader().getLiveDocs();
    KnnVectorValues.DocIndexIterator docs = vectors.iterator();
    int count = 0;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document document = stored.document(doc);
      Embedding embedding = Embedding.of(vectors.vectorValue(docs.index()));
      var labels = new ArrayList<LabelPrediction>(heads.size());
      for (LabelHead head : heads) {
        labels.add(head.predict(embedding));
      }
      ImageRecord record = IndexSchema.record(document, embedding, labels);
      Document updated = IndexSchema.document(record, facets);
      for (LabelPrediction prediction : labels) {
        if (!Objects.equals(topLabel(document.get(IndexSchema.LABELS_PREFIX + prediction.set())),
            prediction.top(1).getFirst().label())) {
          changed.merge(prediction.set(), 1, Integer::sum);
        }
      }
      writer.updateDocument(IndexSchema.idTerm(record.id()), updated);
      count++;
    }
    return count;
  }
}
