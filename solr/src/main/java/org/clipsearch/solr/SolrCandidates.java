package org.clipsearch.solr;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.backend.BackendHit;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.backend.CandidateFacets;
import org.clipsearch.server.backend.CosineCutoff;
import org.clipsearch.server.backend.RankFusion;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.SearchRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One search on the cluster, as the embedded index does it: the N candidates (the nearest neighbours by
 * {@code {!knn}} under the filters, keyword matches by BM25, or both fused by reciprocal rank), their facets counted
 * here over exactly those N, and the page's documents fetched by id. Every shard returns its own top N and the node
 * that is asked merges them, so the candidates are the collection's best N; ties are broken by id, so that pages do
 * not shift between requests whichever shard answers first.
 */
final class SolrCandidates {

  private static final String[] KEYWORD_FIELDS = {IndexSchema.TITLE, IndexSchema.DESCRIPTION, IndexSchema.CREATOR};

  /** A candidate: its document (candidate fields) and its ranking score. */
  private record Candidate(SolrDocument doc, float score) {
    String id() {
      return SolrDocuments.string(doc, IndexSchema.ID);
    }
  }

  private final SolrConnection solr;
  private final BackendQuery query;
  private final String candidateFields;

  /**
   * @param candidateFields what each candidate is read with: {@link #candidateFields} of the collection's label sets
   */
  SolrCandidates(SolrConnection solr, BackendQuery query, String candidateFields) {
    this.solr = solr;
    this.query = query;
    this.candidateFields = candidateFields;
  }

  /**
   * What a candidate is read with: its ranking, its duplicate check and its facet values. Every one is a docValues
   * field, named one by one: with a pattern among them Solr reads each candidate's stored document instead.
   */
  static String candidateFields(List<String> labelSets) {
    var fields = new ArrayList<>(List.of(IndexSchema.ID, "score", IndexSchema.CONTENT_HASH, IndexSchema.YEAR));
    fields.addAll(IndexSchema.METADATA_DIMENSIONS);
    labelSets.forEach(set -> fields.add(SolrDocuments.ASSIGNED_PREFIX + set));
    return String.join(",", fields);
  }

  BackendResult run(long generation) {
    long start = System.nanoTime();
    List<Candidate> candidates = candidates();
    if (query.sort() == SearchRequest.Sort.DATE) {
      candidates = byYear(candidates);
    }
    long found = System.nanoTime();
    var facets = CandidateFacets.count(candidates.stream().map(c -> SolrDocuments.facetValues(c.doc())).toList());
    long counted = System.nanoTime();
    List<BackendHit> page = page(candidates);
    long loaded = System.nanoTime();
    return new BackendResult(page, candidates.size(), facets, generation, millis(found - start + loaded - counted),
        millis(counted - found));
  }

  private List<Candidate> candidates() {
    List<String> filters = SolrFilters.of(query.filters());
    int limit = query.candidateLimit();
    List<Candidate> vector = query.vector() == null ? null : nearest(filters, limit);
    List<Candidate> keywords = query.keywords() == null ? null : keywords(filters, limit);
    if (keywords == null) {
      return vector;
    }
    if (vector == null) {
      return keywords;
    }
    Map<String, Candidate> byId = new HashMap<>();
    vector.forEach(c -> byId.put(c.id(), c));
    keywords.forEach(c -> byId.putIfAbsent(c.id(), c));
    var fused = new ArrayList<Candidate>();
    for (RankFusion.Fused<String> f : RankFusion.fuse(List.of(ids(vector), ids(keywords)), limit)) {
      fused.add(new Candidate(byId.get(f.item()).doc(), f.score()));
    }
    return fused;
  }

  private List<Candidate> nearest(List<String> filters, int limit) {
    var params = params(filters, limit);
    params.set("q", "{!knn f=" + IndexSchema.VECTOR + " topK=" + limit + "}" + vectorText(query.vector()));
    List<Candidate> top = ranked(params, "find the nearest neighbours", CosineCutoff::cosineOfScore);
    if (top.isEmpty()) {
      return top;
    }
    float floor = CosineCutoff.floor(top.getFirst().score(), query.minScore(), query.relativeCutoff());
    return top.stream().filter(c -> c.score() >= floor).toList();
  }

  private List<Candidate> keywords(List<String> filters, int limit) {
    var params = params(filters, limit);
    params.set("q", query.keywords());
    params.set("defType", "edismax");
    params.set("qf", String.join(" ", KEYWORD_FIELDS));
    params.set("q.op", "AND");
    return ranked(params, "search the keywords", Function.identity());
  }

  private ModifiableSolrParams params(List<String> filters, int limit) {
    var params = new ModifiableSolrParams();
    filters.forEach(fq -> params.add("fq", fq));
    params.set("rows", limit);
    params.set("fl", candidateFields);
    return params;
  }

  private List<Candidate> ranked(ModifiableSolrParams params, String what, Function<Float, Float> score) {
    var ranked = new ArrayList<Candidate>();
    for (SolrDocument doc : solr.query(params, what).getResults()) {
      ranked.add(new Candidate(doc, score.apply(((Number) doc.getFirstValue("score")).floatValue())));
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::id));
    return ranked;
  }

  private static String vectorText(float[] vector) {
    var text = new StringBuilder(vector.length * 12).append('[');
    for (int i = 0; i < vector.length; i++) {
      text.append(i == 0 ? "" : ",").append(vector[i]);
    }
    return text.append(']').toString();
  }

  private static List<String> ids(List<Candidate> ranking) {
    return ranking.stream().map(Candidate::id).toList();
  }

  /** The candidates by year, oldest first, those without a year last; relevance order within a year. */
  private static List<Candidate> byYear(List<Candidate> candidates) {
    var sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(c -> c.doc().getFirstValue(IndexSchema.YEAR) instanceof Number year
        ? year.intValue() : Integer.MAX_VALUE));
    return sorted;
  }

  private List<BackendHit> page(List<Candidate> candidates) {
    int from = Math.min(query.offset(), candidates.size());
    int to = Math.min(from + query.count(), candidates.size());
    if (from == to) {
      return List.of();
    }
    var firstWithHash = new HashMap<String, String>();
    for (int i = 0; i < from; i++) {
      firstWithHash.putIfAbsent(hash(candidates.get(i)), candidates.get(i).id());
    }
    List<Candidate> onPage = candidates.subList(from, to);
    Map<String, StoredImage> images = fetch(onPage.stream().map(Candidate::id).toList());
    var page = new ArrayList<BackendHit>(onPage.size());
    for (Candidate candidate : onPage) {
      StoredImage image = images.get(candidate.id());
      if (image == null) {
        continue;
      }
      String duplicateOf = firstWithHash.get(hash(candidate));
      firstWithHash.putIfAbsent(hash(candidate), candidate.id());
      page.add(new BackendHit(image, candidate.score(), duplicateOf));
    }
    return page;
  }

  private Map<String, StoredImage> fetch(List<String> ids) {
    var images = new HashMap<String, StoredImage>();
    for (SolrDocument doc : solr.byIds(ids, SolrDocuments.STORED_FIELDS, "read the page's images")) {
      StoredImage image = SolrDocuments.image(doc);
      images.put(image.id(), image);
    }
    return images;
  }

  private static String hash(Candidate candidate) {
    return SolrDocuments.string(candidate.doc(), IndexSchema.CONTENT_HASH);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
