package org.clipsearch.core.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.embed.Embedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VectorFormatTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(VectorFormat.Encoding.class)
  void each_format_writes_the_vector_field_and_a_search_finds_each_vector_itself_first(VectorFormat.Encoding encoding)
      throws Exception {
    VectorFormat format = VectorFormat.of(encoding).withHnsw(8, 50);
    var random = new Random(7);
    List<Embedding> vectors = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      float[] v = new float[64];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) random.nextGaussian();
      }
      vectors.add(Embedding.of(v));
    }
    try (var directory = FSDirectory.open(dir);
         var writer = new IndexWriter(directory, IndexSchema.writerConfig(format))) {
      for (int i = 0; i < vectors.size(); i++) {
        var doc = new Document();
        doc.add(new StringField(IndexSchema.ID, "v" + i, Field.Store.YES));
        doc.add(new KnnFloatVectorField(IndexSchema.VECTOR, vectors.get(i).values(), IndexSchema.vectorFieldType(64)));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }

    try (var directory = FSDirectory.open(dir); var reader = DirectoryReader.open(directory)) {
      LeafReaderContext leaf = reader.leaves().getFirst();
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(IndexSchema.VECTOR);
      assertThat(info.attributes()).containsValue(format.knnVectorsFormat().getName());
      var searcher = new IndexSearcher(reader);
      for (int i = 0; i < vectors.size(); i += 37) {
        float[] query = vectors.get(i).values();
        var knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, query, 50);
        ScoreDoc top = searcher.search(RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, query,
            IndexSchema.VECTOR, 5), 5).scoreDocs[0];
        assertThat(searcher.storedFields().document(top.doc).get(IndexSchema.ID)).as(encoding + " query " + i)
            .isEqualTo("v" + i);
      }
    }
  }

  @Test
  void encodings_are_parsed_by_name_and_a_bad_name_lists_the_good_ones() {
    assertThat(VectorFormat.parse("INT4").encoding()).isEqualTo(VectorFormat.Encoding.INT4);
    assertThatThrownBy(() -> VectorFormat.parse("int2"))
        .hasMessage("vector format must be one of [float, int8, int4, binary], got 'int2'");
    assertThatThrownBy(() -> VectorFormat.of(VectorFormat.Encoding.FLOAT).withHnsw(1, 100))
        .hasMessage("HNSW M must be between 2 and 512, got 1");
  }
}
