package org.clipsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.model.ModelFingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * The vectors every engine of the peer benchmark reads, in one folder: {@code base.f32} (the indexed vectors),
 * {@code queries.f32} (held out: drawn after them from the same collection, never indexed), {@code exact.i32} (the
 * true 100 nearest base rows of each query by dot product, best first, written by {@code bench/peers.py exact}) and
 * {@code meta.json}. The vectors are those of {@link SyntheticCollection} with this seed: clustered on the unit
 * sphere, L2-normalised.
 *
 * @param dir       the folder
 * @param count     indexed vectors
 * @param queries   held-out query vectors
 * @param dimension components per vector
 * @param seed      the collection's seed
 */
record PeerData(Path dir, int count, int queries, int dimension, long seed) {

  /** True neighbours kept per query in {@code exact.i32}. */
  static final int EXACT = 100;

  Path base() {
    return dir.resolve("base.f32");
  }

  Path queryFile() {
    return dir.resolve("queries.f32");
  }

  Path exact() {
    return dir.resolve("exact.i32");
  }

  /** Writes the vectors and {@code meta.json} (not the exact neighbours) into {@link #dir}. */
  void write() throws IOException {
    Files.createDirectories(dir);
    var identity = new IndexIdentity(IndexSchema.VERSION, new ModelFingerprint("sha256:" + "0".repeat(64)),
        "synthetic", dimension, VectorFormat.of(VectorFormat.Encoding.FLOAT));
    var collection = new SyntheticCollection(identity, count + queries, seed);
    try (var base = new VectorFile.Writer(base()); var held = new VectorFile.Writer(queryFile())) {
      int[] row = {0};
      collection.forEach(record -> (row[0]++ < count ? base : held).write(record.embedding().values()));
    }
    var meta = new LinkedHashMap<String, Object>();
    meta.put("count", count);
    meta.put("queries", queries);
    meta.put("dimension", dimension);
    meta.put("seed", seed);
    meta.put("source", "org.clipsearch.bench.SyntheticCollection: 500 centres on the unit sphere, spread 0.6,"
        + " L2-normalised; queries are the rows after the base rows");
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("meta.json").toFile(), meta);
  }
}
