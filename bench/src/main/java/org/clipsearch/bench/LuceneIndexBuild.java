package org.clipsearch.bench;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a plain Lucene index of a {@link VectorFile}'s rows: one document per row with the embedding field as the
 * product writes it ({@link VectorFormat}, dot product) and the row number as doc values, added by {@code threads}
 * threads (one in-memory segment each, flushed at a 1,900 MB buffer), then force-merged into one segment whose graph
 * the same number of merge workers build, so that one graph is searched, as in faiss and hnswlib. Build time is
 * adding, merging and committing. Records it in a
 * {@code .properties} file beside the index folder.
 *
 * @param format  encoding, M and beam width
 * @param threads indexing threads and merge workers
 */
record LuceneIndexBuild(VectorFormat format, int threads) {

  /** The doc-values field holding a document's row in the vector file. */
  static final String ROW = "row";

  /** What the build took. */
  record Result(double addSeconds, double mergeSeconds, double seconds) {
  }

  Result build(VectorFile vectors, Path index) throws IOException, InterruptedException {
    ExecutorService merges = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    ExecutorService adders = Executors.newFixedThreadPool(threads);
    try (var directory = FSDirectory.open(index);
         var writer = new IndexWriter(directory, config(format.knnVectorsFormat(threads, merges)))) {
      long start = System.nanoTime();
      var tasks = new ArrayList<Future<?>>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        tasks.add(adders.submit(() -> add(writer, vectors, first)));
      }
      await(tasks);
      long added = System.nanoTime();
      writer.forceMerge(1);
      writer.commit();
      long end = System.nanoTime();
      var result = new Result((added - start) / 1e9, (end - added) / 1e9, (end - start) / 1e9);
      record(index, result);
      return result;
    } finally {
      adders.shutdown();
      if (merges != null) {
        merges.shutdown();
      }
    }
  }

  /** The build time recorded beside {@code index}. */
  static double recordedSeconds(Path index) throws IOException {
    var properties = new Properties();
    try (var in = Files.newBufferedReader(properties(index))) {
      properties.load(in);
    }
    return Double.parseDouble(properties.getProperty("seconds"));
  }

  private static Path properties(Path index) {
    return index.resolveSibling(index.getFileName() + ".properties");
  }

  private IndexWriterConfig config(KnnVectorsFormat vectors) {
    return new IndexWriterConfig()
        .setCodec(new Lucene104Codec() {
          @Override
          public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
          }
        })
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(1900)
        .setUseCompoundFile(false);
  }

  private Void add(IndexWriter writer, VectorFile vectors, int first) {
    var type = IndexSchema.vectorFieldType(vectors.columns());
    try {
      for (int row = first; row < vectors.rows(); row += threads) {
        var doc = new Document();
        doc.add(new KnnFloatVectorField(IndexSchema.VECTOR, vectors.floats(row), type));
        doc.add(new NumericDocValuesField(ROW, row));
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private static void await(List<Future<?>> tasks) throws IOException, InterruptedException {
    for (Future<?> task : tasks) {
      try {
        task.get();
      } catch (ExecutionException e) {
        throw new IOException("adding documents failed", e.getCause());
      }
    }
  }

  private void record(Path index, Result result) throws IOException {
    var properties = new Properties();
    properties.setProperty("format", format.toString());
    properties.setProperty("threads", Integer.toString(threads));
    properties.setProperty("add_seconds", Double.toString(result.addSeconds()));
    properties.setProperty("merge_seconds", Double.toString(result.mergeSeconds()));
    properties.setProperty("seconds", Double.toString(result.seconds()));
    try (var out = Files.newBufferedWriter(properties(index))) {
      properties.store(out, "Lucene build of the peer benchmark");
    }
  }
}
