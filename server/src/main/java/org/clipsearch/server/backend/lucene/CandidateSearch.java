package org.clipsearch.server.backend.lucene;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.server.backend.CandidateFacets;
import org.clipsearch.server.backend.BackendHit;
import org.clipsearch.server.backend.BackendQuery;
import org.clipsearch.server.backend.BackendResult;
import org.clipsearch.server.backend.RankFusion;
import org.clipsearch.server.search.FacetCount;
import org.clipsearch.server.search.SearchRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search on one searcher: the candidates (nearest neighbours, keyword matches, or both fused by reciprocal
 * rank), ordered by relevance or by year, their facets, and the requested page with duplicates flagged.
 */
final class CandidateSearch {

  private final IndexSearcher searcher;
  private final VectorFormat.Encoding encoding;
  private final BackendQuery query;

  CandidateSearch(IndexSearcher searcher, VectorFormat.Encoding encoding, BackendQuery query) {
    this.searcher = searcher;
    this.encoding = encoding;
    this.query = query;
  }

  BackendResult run(long generation) throws IOException {
    long start = System.nanoTime();
    List<Scored> candidates = candidates();
    if (query.sort() == SearchRequest.Sort.DATE) {
      candidates = byYear(candidates);
    }
    long found = System.nanoTime();
    var docs = candidates.stream().map(Scored::doc).toList();
    Map<String, List<FacetCount>> facets = CandidateFacets.sorted(
        CandidateFacetCounts.of(searcher.getIndexReader(), docs));
    long counted = System.nanoTime();
    List<BackendHit> page = page(candidates);
    long loaded = System.nanoTime();
    return new BackendResult(page, candidates.size(), facets, generation,
        millis(found - start + loaded - counted), millis(counted - found));
  }

  private List<Scored> candidates() throws IOException {
    Query filter = FilterQuery.of(query.filters());
    int limit = query.candidateLimit();
    List<Scored> vector = query.vector() == null ? null : VectorCandidates.search(searcher, query.vector(), filter,
        limit, encoding, query.minScore(), query.relativeCutoff());
    List<Scored> keywords = query.keywords() == null ? null
        : KeywordCandidates.search(searcher, query.keywords(), filter, limit);
    if (keywords == null) {
      return vector;
    }
    if (vector == null) {
      return keywords;
    }
    var fused = new ArrayList<Scored>();
    for (RankFusion.Fused<Integer> f : RankFusion.fuse(List.of(docs(vector), docs(keywords)), limit)) {
      fused.add(new Scored(f.item(), f.score()));
    }
    return fused;
  }

  private static List<Integer> docs(List<Scored> ranking) {
    return ranking.stream().map(Scored::doc).toList();
  }

  /** The candidates by year, oldest first, those without a year last; relevance order within a year. */
  private List<Scored> byYear(List<Scored> candidates) throws IOException {
    var years = new HashMap<Integer, Integer>();
    StoredFields stored = searcher.storedFields();
    for (Scored candidate : candidates) {
      var year = stored.document(candidate.doc(), Set.of(IndexSchema.YEAR))
          .getField(IndexSchema.YEAR);
      years.put(candidate.doc(), year == null ? Integer.MAX_VALUE : year.numericValue().intValue());
    }
    var sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(c -> years.get(c.doc())));
    return sorted;
  }

  private List<BackendHit> page(List<Scored> candidates) throws IOException {
    int from = Math.min(query.offset(), candidates.size());
    int to = Math.min(from + query.count(), candidates.size());
    var facetValues = FacetValues.of(searcher.getIndexReader(),
        candidates.subList(from, to).stream().map(Scored::doc).toList());
    var firstWithHash = new HashMap<String, String>();
    var hashes = new ArrayList<String>();
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < to; i++) {
      var doc = stored.document(candidates.get(i).doc(), Set.of(IndexSchema.ID,
          IndexSchema.CONTENT_HASH));
      String hash = doc.get(IndexSchema.CONTENT_HASH);
      hashes.add(hash);
      if (i < from) {
        firstWithHash.putIfAbsent(hash, doc.get(IndexSchema.ID));
      }
    }
    var page = new ArrayList<BackendHit>(to - from);
    for (int i = from; i < to; i++) {
      Scored candidate = candidates.get(i);
      var image = StoredImages.of(stored.document(candidate.doc()),
          facetValues.get(candidate.doc()));
      String duplicateOf = firstWithHash.get(hashes.get(i));
      firstWithHash.putIfAbsent(hashes.get(i), image.id());
      page.add(new BackendHit(image, candidate.score(), duplicateOf));
    }
    return page;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
