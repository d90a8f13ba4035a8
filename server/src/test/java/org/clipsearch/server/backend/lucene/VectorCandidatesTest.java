package org.clipsearch.server.backend.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cut-offs of the vector candidates, on an index of unit vectors at known angles to the query (1, 0). */
class VectorCandidatesTest {

  private static final float[] QUERY = {1f, 0f};

  @TempDir
  Path dir;

  @Test
  void the_relative_cutoff_keeps_candidates_within_that_fraction_of_a_positive_best() throws Exception {
    List<Float> kept = cosinesKept(new float[] {0.8f, 0.5f, 0.3f}, null, 0.6f);

    assertThat(kept).hasSize(2);
    assertThat(kept.get(0)).isCloseTo(0.8f, within(1e-5f));
    assertThat(kept.get(1)).isCloseTo(0.5f, within(1e-5f));
  }

  @Test
  void the_relative_cutoff_keeps_the_best_and_its_near_neighbours_when_the_best_is_negative() throws Exception {
    List<Float> kept = cosinesKept(new float[] {-0.2f, -0.25f, -0.5f, -0.9f}, null, 0.5f);

    assertThat(kept).as("within (1 - 0.5) x 0.2 below the best, -0.2").hasSize(2);
    assertThat(kept.get(0)).isCloseTo(-0.2f, within(1e-5f));
    assertThat(kept.get(1)).isCloseTo(-0.25f, within(1e-5f));
  }

  @Test
  void the_absolute_floor_drops_what_is_below_it_and_may_drop_everything() throws Exception {
    assertThat(cosinesKept(new float[] {0.4f, 0.1f, -0.3f}, 0.0f, null)).hasSize(2);
    assertThat(cosinesKept(new float[] {-0.2f, -0.5f}, 0.0f, null)).isEmpty();
  }

  private List<Float> cosinesKept(float[] cosines, Float minScore, Float relativeCutoff) throws Exception {
    try (var directory = FSDirectory.open(dir.resolve("index-" + System.nanoTime()))) {
      try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (float cosine : cosines) {
          var doc = new Document();
          float sine = (float) Math.sqrt(1 - cosine * cosine);
          doc.add(new KnnFloatVectorField(IndexSchema.VECTOR, new float[] {cosine, sine},
              VectorSimilarityFunction.DOT_PRODUCT));
          writer.addDocument(doc);
        }
      }
      try (var reader = DirectoryReader.open(directory)) {
        return VectorCandidates.search(new IndexSearcher(reader), QUERY, null, cosines.length,
                VectorFormat.Encoding.FLOAT, minScore, relativeCutoff).stream()
            .map(Scored::score).toList();
      }
    }
  }
}
