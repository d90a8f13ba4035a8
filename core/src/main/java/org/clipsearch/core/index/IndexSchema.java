package org.clipsearch.core.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.label.LabelPrediction;
import org.clipsearch.core.label.LabelScore;
import org.clipsearch.core.label.LabelSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one definition of the index format that the indexer writes and the server reads: field names, how each
 * {@link ImageRecord} becomes a document, the vector field, the facets, the codec and the commit user data.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>Lucene</th><th>content</th></tr>
 *   <tr><td>{@value #ID}</td><td>string, stored</td><td>{@code collection:path}, the update key</td></tr>
 *   <tr><td>{@value #SOURCE}, {@value #PATH}</td><td>string, stored</td><td>the collection indexed under, the
 *       relative path</td></tr>
 *   <tr><td>{@value #CONTENT_HASH}</td><td>string, stored</td><td>SHA-256 of the bytes: equal for duplicates</td></tr>
 *   <tr><td>{@value #METADATA_HASH}</td><td>stored</td><td>{@link ImageMetadata#digest()}: shows a changed
 *       sidecar row</td></tr>
 *   <tr><td>{@value #WIDTH}, {@value #HEIGHT}, {@value #FILE_SIZE}, {@value #INDEXED_AT}</td><td>stored</td>
 *       <td>pixels, bytes, epoch milliseconds</td></tr>
 *   <tr><td>{@value #ORIGINAL}, {@value #THUMBNAIL}</td><td>stored</td><td>absolute path of the original; thumbnail
 *       relative to the index root</td></tr>
 *   <tr><td>{@value #TITLE}, {@value #DESCRIPTION}, {@value #CREATOR}</td><td>text, stored</td><td>analysed with
 *       {@link #analyzer()}</td></tr>
 *   <tr><td>{@value #DATE}; {@value #YEAR}</td><td>stored; int point and stored</td><td>as given; its year</td></tr>
 *   <tr><td>{@value #COLLECTION}, {@value #LICENCE}</td><td>string, stored, facet</td><td>from the sidecar; the
 *       collection defaults to the source</td></tr>
 *   <tr><td>{@value #SOURCE_URL}, {@value #IIIF_IMAGE}, {@value #IIIF_MANIFEST}, {@code meta.<column>}</td>
 *       <td>stored</td><td>from the sidecar</td></tr>
 *   <tr><td>{@value #VECTOR}</td><td>float vector, DOT_PRODUCT</td><td>the L2-normalised embedding</td></tr>
 *   <tr><td>{@code labels.<set>}</td><td>stored</td><td>{@code label<TAB>probability} lines, most probable first:
 *       the top {@value #STORED_SINGLE_LABEL_SCORES} of a single-label set, all of a multi-label set</td></tr>
 * </table>
 *
 * <p>Facets (sorted-set doc values): {@value #DECADE} ({@code 1960s}), {@value #COLLECTION}, {@value #LICENCE}, and
 * one per label set named as the set: the top label of a single-label set (scene), every assigned label of a
 * multi-label set (motif, multi-valued).
 */
public final class IndexSchema {

  /** Version of this layout; an index of another version is refused. */
  public static final int VERSION = 1;

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String PATH = "path";
  public static final String CONTENT_HASH = "sha256";
  public static final String METADATA_HASH = "metadata_sha256";
  public static final String WIDTH = "width";
  public static final String HEIGHT = "height";
  public static final String FILE_SIZE = "file_size";
  public static final String INDEXED_AT = "indexed_at";
  public static final String ORIGINAL = "original";
  public static final String THUMBNAIL = "thumbnail";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String CREATOR = "creator";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String COLLECTION = "collection";
  public static final String LICENCE = "licence";
  public static final String SOURCE_URL = "source_url";
  public static final String IIIF_IMAGE = "iiif_image";
  public static final String IIIF_MANIFEST = "iiif_manifest";
  /** Prefix of the stored fields that keep the sidecar's other columns. */
  public static final String EXTRA_PREFIX = "meta.";
  /** Prefix of the stored label probabilities of each label set. */
  public static final String LABELS_PREFIX = "labels.";
  public static final String VECTOR = "vector";

  /** Facet dimension of the decade, e.g. {@code 1960s}. */
  public static final String DECADE = "decade";
  /** The usual single-label set. */
  public static final String SCENE = "scene";
  /** The usual multi-label set. */
  public static final String MOTIF = "motif";

  /** Scores kept for a single-label set (top 5, as the HisVis card reports top-5 accuracy). */
  public static final int STORED_SINGLE_LABEL_SCORES = 5;

  /** How the embedding is compared: the dot product of unit vectors is their cosine. */
  public static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  public static final String DATA_SCHEMA_VERSION = "clipsearch.schema_version";
  public static final String DATA_MODEL_FINGERPRINT = "clipsearch.model.fingerprint";
  public static final String DATA_MODEL_NAME = "clipsearch.model.name";
  public static final String DATA_DIMENSION = "clipsearch.model.dimension";
  public static final String DATA_VECTOR_FORMAT = "clipsearch.vector.format";
  public static final String DATA_HNSW_M = "clipsearch.vector.hnsw_m";
  public static final String DATA_HNSW_BEAM = "clipsearch.vector.hnsw_beam";
  /** Documents in the index at the commit. */
  public static final String DATA_DOCUMENTS = "clipsearch.count.documents";
  /** Prefix of the running ingest's counts at the commit (indexed, updated, removed, failed...). */
  public static final String DATA_INGEST_PREFIX = "clipsearch.ingest.";
  /**
   * Prefix of what labelled the documents, per label set: {@code clipsearch.labels.scene = head sha256:...} (a
   * trained head file) or {@code prompts sha256:...} (a prompt set), by the file's SHA-256.
   */
  public static final String DATA_LABELS_PREFIX = "clipsearch.labels.";
  /** When the commit was made, ISO-8601. */
  public static final String DATA_COMMITTED_AT = "clipsearch.committed_at";
  /**
   * Prefix of the images folder (its real path) each collection was last indexed from, one entry per collection:
   * {@code clipsearch.images_root.<collection>}. The server serves original files only from inside these folders.
   */
  public static final String DATA_IMAGES_ROOT_PREFIX = "clipsearch.images_root.";

  /** Facet dimensions from metadata; label sets may not take these names. */
  public static final Set<String> METADATA_DIMENSIONS = Set.of(DECADE, COLLECTION, LICENCE);

  private IndexSchema() {
  }

  /** The analyzer of the text fields (title, description, creator), for indexing and for queries. */
  public static StandardAnalyzer analyzer() {
    return new StandardAnalyzer();
  }

  /** The type of the vector field for embeddings of {@code dimension}. */
  public static FieldType vectorFieldType(int dimension) {
    return KnnFloatVectorField.createFieldType(dimension, SIMILARITY);
  }

  /** The term that finds a document by id, for update and delete. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * The facet configuration for these label sets: multi-label sets are multi-valued dimensions.
   *
   * @throws IllegalArgumentException when a label set is named like a metadata facet
   */
  public static FacetsConfig facetsConfig(Collection<LabelSet> labelSets) {
    var config = new FacetsConfig();
    for (LabelSet set : labelSets) {
      if (METADATA_DIMENSIONS.contains(set.name())) {
        throw new IllegalArgumentException("label set '" + set.name() + "' has the name of a metadata facet "
            + METADATA_DIMENSIONS + "; rename its prompt or head file");
      }
      config.setMultiValued(set.name(), set.kind() == LabelSet.Kind.MULTI_LABEL);
    }
    return config;
  }

  /** A writer configuration with the codec that writes the vector field in {@code format}. */
  public static IndexWriterConfig writerConfig(VectorFormat format) {
    return new IndexWriterConfig(analyzer()).setCodec(new IndexCodec(format));
  }

  /**
   * The document of a record, with its facets built by {@code facets} (from {@link #facetsConfig}).
   *
   * @throws IllegalArgumentException when a label set of the record is not configured in {@code facets}
   */
  public static Document document(ImageRecord record, FacetsConfig facets) {
    var doc = new Document();
    doc.add(new StringField(ID, record.id(), Field.Store.YES));
    doc.add(new StringField(SOURCE, record.collection(), Field.Store.YES));
    doc.add(new StringField(PATH, record.path(), Field.Store.YES));
    doc.add(new StringField(CONTENT_HASH, record.contentHash(), Field.Store.YES));
    doc.add(new StoredField(METADATA_HASH, record.metadata().digest()));
    doc.add(new StoredField(WIDTH, record.width()));
    doc.add(new StoredField(HEIGHT, record.height()));
    doc.add(new StoredField(FILE_SIZE, record.fileSize()));
    doc.add(new StoredField(INDEXED_AT, record.indexedAt().toEpochMilli()));
    doc.add(new StoredField(ORIGINAL, record.original()));
    if (record.thumbnail() != null) {
      doc.add(new StoredField(THUMBNAIL, record.thumbnail()));
    }
    addMetadata(doc, record);
    doc.add(new KnnFloatVectorField(VECTOR, record.embedding().values(),
        vectorFieldType(record.embedding().dimension())));
    for (LabelPrediction prediction : record.labels()) {
      addLabels(doc, prediction, facets);
    }
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("building the facets of " + record.id() + " failed", e);
    }
  }

  private static void addMetadata(Document doc, ImageRecord record) {
    ImageMetadata m = record.metadata();
    addText(doc, TITLE, m.title());
    addText(doc, DESCRIPTION, m.description());
    addText(doc, CREATOR, m.creator());
    if (m.date() != null) {
      doc.add(new StoredField(DATE, m.date()));
    }
    m.year().ifPresent(year -> {
      doc.add(new IntPoint(YEAR, year));
      doc.add(new StoredField(YEAR, year));
      doc.add(new SortedSetDocValuesFacetField(DECADE, decade(year)));
    });
    String collection = m.collection() != null ? m.collection() : record.collection();
    doc.add(new StringField(COLLECTION, collection, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(COLLECTION, collection));
    if (m.licence() != null) {
      doc.add(new StringField(LICENCE, m.licence(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(LICENCE, m.licence()));
    }
    addStored(doc, SOURCE_URL, m.sourceUrl());
    addStored(doc, IIIF_IMAGE, m.iiifImage());
    addStored(doc, IIIF_MANIFEST, m.iiifManifest());
    m.extra().forEach((column, value) -> doc.add(new StoredField(EXTRA_PREFIX + column, value)));
  }

  private static void addLabels(Document doc, LabelPrediction prediction, FacetsConfig facets) {
    if (!facets.isDimConfigured(prediction.set())) {
      throw new IllegalArgumentException("label set '" + prediction.set() + "' is not in the facet configuration "
          + facets.getDimConfigs().keySet());
    }
    boolean multi = facets.getDimConfig(prediction.set()).multiValued;
    doc.add(new StoredField(LABELS_PREFIX + prediction.set(), storedScores(prediction, multi)));
    for (String label : prediction.assigned()) {
      doc.add(new SortedSetDocValuesFacetField(prediction.set(), label));
    }
  }

  /** The decade facet value of a year: {@code 1963 -> 1960s}. */
  public static String decade(int year) {
    return Math.floorDiv(year, 10) * 10 + "s";
  }

  /**
   * What a document stores of a prediction ({@link #LABELS_PREFIX}): every label's score for a multi-label set,
   * the {@value #STORED_SINGLE_LABEL_SCORES} most probable for a single-label one.
   */
  public static String storedScores(LabelPrediction prediction, boolean multiLabel) {
    return formatScores(multiLabel ? prediction.scores() : prediction.top(STORED_SINGLE_LABEL_SCORES));
  }

  /** Stored label scores: {@code label<TAB>probability} lines. */
  public static String formatScores(List<LabelScore> scores) {
    var text = new StringBuilder();
    for (LabelScore score : scores) {
      text.append(score.label()).append('\t').append(String.format(Locale.ROOT, "%.6f", score.probability()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The record a document was made from, read back from its stored fields, with {@code embedding} (read from the
   * vector field) and new {@code labels}: what relabelling writes back with {@link #document}, so that every field,
   * point and facet is made exactly as at ingest. The sidecar's collection is stored only when it differs from the
   * source or is given; the reading that reproduces the stored metadata digest is taken.
   */
  public static ImageRecord record(Document stored, Embedding embedding, List<LabelPrediction> labels) {
    String source = stored.get(SOURCE);
    var extra = new java.util.TreeMap<String, String>();
    for (var field : stored.getFields()) {
      if (field.name().startsWith(EXTRA_PREFIX)) {
        extra.put(field.name().substring(EXTRA_PREFIX.length()), field.stringValue());
      }
    }
    String collection = stored.get(COLLECTION);
    ImageMetadata metadata = metadata(stored, collection, extra);
    if (collection != null && collection.equals(source)
        && !metadata.digest().equals(stored.get(METADATA_HASH))) {
      metadata = metadata(stored, null, extra);
    }
    String thumbnail = stored.get(THUMBNAIL);
    return new ImageRecord(source, stored.get(PATH), stored.get(CONTENT_HASH),
        stored.getField(FILE_SIZE).numericValue().longValue(), stored.getField(WIDTH).numericValue().intValue(),
        stored.getField(HEIGHT).numericValue().intValue(),
        java.time.Instant.ofEpochMilli(stored.getField(INDEXED_AT).numericValue().longValue()), stored.get(ORIGINAL),
        thumbnail, metadata, embedding, labels);
  }

  private static ImageMetadata metadata(Document stored, String collection, java.util.Map<String, String> extra) {
    return new ImageMetadata(stored.get(TITLE), stored.get(DESCRIPTION), stored.get(CREATOR), stored.get(DATE),
        collection, stored.get(LICENCE), stored.get(SOURCE_URL), stored.get(IIIF_IMAGE), stored.get(IIIF_MANIFEST),
        extra);
  }

  /** Reads stored label scores written by {@link #formatScores}. */
  public static List<LabelScore> parseScores(String stored) {
    var scores = new ArrayList<LabelScore>();
    for (String line : stored.split("\n")) {
      if (!line.isEmpty()) {
        int tab = line.lastIndexOf('\t');
        scores.add(new LabelScore(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1))));
      }
    }
    return scores;
  }

  private static void addText(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new TextField(field, value, Field.Store.YES));
    }
  }

  private static void addStored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }
}
