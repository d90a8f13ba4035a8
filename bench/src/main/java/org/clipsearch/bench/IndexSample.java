package org.clipsearch.bench;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Ids of documents drawn at random from an index, for {@code like} queries. */
record IndexSample(Path index) {

  List<String> ids(int count, long seed) throws IOException {
    try (var directory = FSDirectory.open(new IndexLayout(index).lucene());
         var reader = DirectoryReader.open(directory)) {
      var random = new SplittableRandom(seed);
      var stored = reader.storedFields();
      var live = MultiBits.getLiveDocs(reader);
      var ids = new ArrayList<String>(count);
      while (ids.size() < count) {
        int doc = random.nextInt(reader.maxDoc());
        if (live != null && !live.get(doc)) {
          continue;
        }
        var document = stored.document(doc, Set.of(IndexSchema.ID));
        if (document.get(IndexSchema.ID) != null) {
          ids.add(document.get(IndexSchema.ID));
        }
      }
      return ids;
    }
  }
}
