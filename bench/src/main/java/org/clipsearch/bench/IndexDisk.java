package org.clipsearch.bench;

import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an index takes on disk: all the Lucene files, the vector files among them by kind (as their extensions
 * tell, looking inside compound files, where small segments keep their parts), the segments of the last commit,
 * and the thumbnails.
 *
 * @param lucene     bytes of every file in the Lucene folder
 * @param vectors    bytes per vector kind, in {@link #KINDS} order
 * @param segments   segments in the last commit
 * @param thumbnails bytes of the thumbnail files
 */
record IndexDisk(long lucene, Map<String, Long> vectors, int segments, long thumbnails) {

  /** The kinds of vector file: {@code .vec}, {@code .veq}, {@code .vex}. */
  static final List<String> KINDS = List.of("float vectors", "quantised vectors", "HNSW graph");

  IndexDisk {
    vectors = Map.copyOf(vectors);
  }

  static IndexDisk of(IndexLayout layout) throws IOException {
    var vectors = new LinkedHashMap<String, Long>();
    KINDS.forEach(kind -> vectors.put(kind, 0L));
    long total = 0;
    int segments;
    try (Directory directory = FSDirectory.open(layout.lucene())) {
      for (String file : directory.listAll()) {
        total += directory.fileLength(file);
      }
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      segments = commit.size();
      for (SegmentCommitInfo segment : commit) {
        if (segment.info.getUseCompoundFile()) {
          try (CompoundDirectory compound = segment.info.getCodec().compoundFormat()
              .getCompoundReader(directory, segment.info)) {
            count(compound, compound.listAll(), vectors);
          }
        } else {
          count(directory, segment.files().toArray(String[]::new), vectors);
        }
      }
    }
    return new IndexDisk(total, vectors, segments, TempDirs.size(layout.thumbnails()));
  }

  private static void count(Directory directory, String[] files, Map<String, Long> vectors) throws IOException {
    for (String file : files) {
      String kind = switch (file.substring(file.lastIndexOf('.') + 1)) {
        case "vec" -> "float vectors";
        case "veq" -> "quantised vectors";
        case "vex" -> "HNSW graph";
        default -> null;
      };
      if (kind != null) {
        vectors.merge(kind, directory.fileLength(file), Long::sum);
      }
    }
  }

  long bytes(String kind) {
    return vectors.getOrDefault(kind, 0L);
  }

  /** The Lucene files that are not vectors: stored fields, terms, doc values, facets, commit points. */
  long other() {
    return lucene - vectors.values().stream().mapToLong(Long::longValue).sum();
  }
}
