package org.clipsearch.server.backend.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.server.backend.CandidateFacets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFacetCountsTest {

  @TempDir
  Path dir;

  @Test
  void counts_by_ordinal_equal_counting_every_candidates_values_over_several_segments() throws Exception {
    var config = new FacetsConfig();
    config.setMultiValued("motif", true);
    var random = new SplittableRandom(7);
    try (var directory = FSDirectory.open(dir)) {
      try (var writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(100)
          .setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 1000; i++) {
          var doc = new Document();
          doc.add(new SortedSetDocValuesFacetField("scene", "scene-" + random.nextInt(30)));
          for (int m = 0; m < random.nextInt(4); m++) {
            doc.add(new SortedSetDocValuesFacetField("motif", "motif " + (char) ('a' + random.nextInt(10))));
          }
          if (i % 7 != 0) {
            doc.add(new SortedSetDocValuesFacetField("decade", (1900 + 10 * random.nextInt(8)) + "s"));
          }
          writer.addDocument(config.build(doc));
        }
      }
      try (var reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        for (int trial = 0; trial < 20; trial++) {
          var candidates = new ArrayList<Integer>(IntStream.range(0, 1000).boxed().toList());
          Collections.shuffle(candidates, new Random(trial));
          List<Integer> some = candidates.subList(0, 1 + random.nextInt(999));
          var expected = CandidateFacets.count(FacetValues.of(reader, some).values());
          assertThat(CandidateFacets.sorted(CandidateFacetCounts.of(reader, some))).isEqualTo(expected);
        }
        assertThat(CandidateFacetCounts.of(reader, List.of())).isEmpty();
      }
    }
  }
}
