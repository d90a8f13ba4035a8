package org.clipsearch.solr;

import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.backend.CandidateFacets;
import org.clipsearch.server.backend.IndexBackend;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.IndexStats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SolrCloud collection as an {@link IndexBackend}: the same searches, facets, images and stats as the embedded
 * index, from any node of the cluster. Every call has the target's timeout and fails over to another live node; when
 * no node answers, a {@link SolrUnavailableException} (the server's 503) says so, and the next request tries again.
 *
 * <pre>{@code
 * try (SolrBackend backend = SolrBackend.open(SolrTarget.ofUrls(List.of("http://127.0.0.1:8983/solr"), "scans"))) {
 *   BackendResult result = backend.search(query);
 * }
 * }</pre>
 */
public final class SolrBackend implements IndexBackend {

  /** Whole-collection facet counts of one generation. */
  private record CollectionFacets(long generation, Map<String, List<FacetCount>> counts) {
  }

  /** The collection's state as last read: its generation, its document count, and when it was read. */
  private record Generation(long value, long documents, long readAtNanos) {
  }

  /** How long a generation read from the cluster is taken as current. */
  static final Duration GENERATION_MAX_AGE = Duration.ofSeconds(1);

  private final SolrConnection solr;
  private final IndexIdentity identity;
  private final List<String> labelSets;
  private final String candidateFields;
  private volatile CollectionRecord record;
  private volatile long recordGeneration;
  private volatile Generation generation = new Generation(0, 0, System.nanoTime() - GENERATION_MAX_AGE.toNanos());
  private volatile CollectionFacets collectionFacets = new CollectionFacets(-1, Map.of());

  private SolrBackend(SolrConnection solr, CollectionRecord record) {
    this.solr = solr;
    this.record = record;
    this.identity = record.identity().orElseThrow();
    this.labelSets = List.copyOf(record.labelSets().keySet());
    this.candidateFields = SolrCandidates.candidateFields(labelSets);
  }

  /**
   * Connects to the target's collection.
   *
   * @throws IllegalArgumentException when the collection does not exist or clipsearch did not make it
   * @throws SolrUnavailableException when the cluster cannot be reached
   */
  public static SolrBackend open(SolrTarget target) {
    var solr = SolrConnection.open(target, Retries.NONE);
    try {
      return new SolrBackend(solr, CollectionRecord.ofExisting(solr));
    } catch (RuntimeException e) {
      solr.close();
      throw e;
    }
  }

  @Override
  public IndexIdentity identity() {
    return identity;
  }

  /**
   * A number that changes when the searchable collection does: the count of documents and the newest indexing time,
   * both as of the last commit (Solr has no single commit generation across shards). Asked of the cluster at most
   * once per {@link #GENERATION_MAX_AGE}, since asking costs a distributed search: a commit is seen within that.
   */
  @Override
  public long generation() {
    return state().value();
  }

  private Generation state() {
    Generation known = generation;
    if (System.nanoTime() - known.readAtNanos() < GENERATION_MAX_AGE.toNanos()) {
      return known;
    }
    Generation read = readState();
    generation = read;
    return read;
  }

  private Generation readState() {
    var params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 1);
    params.set("fl", IndexSchema.INDEXED_AT);
    params.set("sort", IndexSchema.INDEXED_AT + " desc");
    SolrDocumentList newest = solr.query(params, "read the collection's state").getResults();
    long indexedAt = newest.isEmpty() ? 0 : ((Number) newest.getFirst().getFirstValue(IndexSchema.INDEXED_AT))
        .longValue();
    return new Generation(indexedAt * 31 + newest.getNumFound(), newest.getNumFound(), System.nanoTime());
  }

  @Override
  public BackendResult search(BackendQuery query) {
    return new SolrCandidates(solr, query, candidateFields).run(generation());
  }

  @Override
  public Optional<StoredImage> image(String id) {
    return one(id, SolrDocuments.STORED_FIELDS, "read image " + id).map(SolrDocuments::image);
  }

  @Override
  public Optional<float[]> vector(String id) {
    return one(id, IndexSchema.VECTOR, "read the vector of " + id).map(doc -> {
      var values = doc.getFieldValues(IndexSchema.VECTOR);
      float[] vector = new float[values.size()];
      int i = 0;
      for (Object value : values) {
        vector[i++] = ((Number) value).floatValue();
      }
      return vector;
    });
  }

  @Override
  public Optional<byte[]> storedThumbnail(String id) {
    return one(id, SolrDocuments.THUMBNAIL_JPEG, "read the thumbnail of " + id)
        .map(doc -> (byte[]) doc.getFirstValue(SolrDocuments.THUMBNAIL_JPEG));
  }

  private Optional<SolrDocument> one(String id, String fields, String what) {
    SolrDocumentList found = solr.byIds(List.of(id), fields, what);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  @Override
  public List<String> withContentHash(String contentHash) {
    var params = new ModifiableSolrParams();
    params.set("q", IndexSchema.CONTENT_HASH + ":" + SolrFilters.quoted(contentHash));
    params.set("rows", 100);
    params.set("fl", IndexSchema.ID);
    var ids = new ArrayList<String>();
    for (SolrDocument doc : solr.query(params, "find duplicates").getResults()) {
      ids.add(SolrDocuments.string(doc, IndexSchema.ID));
    }
    ids.sort(null);
    return ids;
  }

  @Override
  public Map<String, List<FacetCount>> facets() {
    long generation = generation();
    CollectionFacets cached = collectionFacets;
    if (cached.generation() != generation) {
      cached = new CollectionFacets(generation, countAll());
      collectionFacets = cached;
    }
    return cached.counts();
  }

  private Map<String, List<FacetCount>> countAll() {
    var params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("facet", true);
    params.set("facet.limit", -1);
    params.set("facet.mincount", 1);
    var dimensions = new HashMap<String, String>();
    labelSets.forEach(set -> dimensions.put(SolrDocuments.ASSIGNED_PREFIX + set, set));
    IndexSchema.METADATA_DIMENSIONS.forEach(d -> dimensions.put(d, d));
    dimensions.keySet().forEach(field -> params.add("facet.field", field));
    QueryResponse response = solr.query(params, "count the facets");
    var counts = new HashMap<String, Map<String, Integer>>();
    for (FacetField field : response.getFacetFields()) {
      var values = new HashMap<String, Integer>();
      field.getValues().forEach(count -> values.put(count.getName(), Math.toIntExact(count.getCount())));
      if (!values.isEmpty()) {
        counts.put(dimensions.get(field.getName()), values);
      }
    }
    return CandidateFacets.sorted(counts);
  }

  @Override
  public IndexStats stats() {
    Map<String, List<FacetCount>> facets = facets();
    return new IndexStats(state().documents(), identity.modelName(), identity.fingerprint().value(),
        identity.dimension(), identity.vectorFormat().encoding().id(), collectionFacets.generation(),
        labelSets.stream().filter(facets::containsKey).sorted().toList(),
        facets.getOrDefault(IndexSchema.COLLECTION, List.of()));
  }

  /** The images folder an ingest recorded; read again when the collection has changed since it was last read. */
  @Override
  public Optional<Path> imagesRoot(String source) {
    long generation = generation();
    if (generation != recordGeneration) {
      record = CollectionRecord.read(solr);
      recordGeneration = generation;
    }
    return record.imagesRoot(source);
  }

  /** The collection's index size, summed over its shards' leaders as Solr's core status reports them. */
  @Override
  public long sizeOnDisk() {
    return IndexSize.of(solr);
  }

  @Override
  public void close() {
    solr.close();
  }
}
