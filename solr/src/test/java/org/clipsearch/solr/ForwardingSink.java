package org.clipsearch.solr;

import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.indexer.pipeline.IndexSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A sink that hands every call to another, for tests that act at a given point of an ingest. */
class ForwardingSink implements IndexSink {

  private final IndexSink sink;

  ForwardingSink(IndexSink sink) {
    this.sink = sink;
  }

  @Override
  public Map<String, Indexed> indexed(String collection) throws IOException {
    return sink.indexed(collection);
  }

  @Override
  public void recordImagesRoot(String collection, Path root) {
    sink.recordImagesRoot(collection, root);
  }

  @Override
  public void write(ImageRecord record) throws IOException {
    sink.write(record);
  }

  @Override
  public void delete(String id) throws IOException {
    sink.delete(id);
  }

  @Override
  public boolean commitIfDue(Map<String, String> counts) throws IOException {
    return sink.commitIfDue(counts);
  }

  @Override
  public void commit(Map<String, String> counts) throws IOException {
    sink.commit(counts);
  }

  @Override
  public void forceMerge(Map<String, String> counts) throws IOException {
    sink.forceMerge(counts);
  }

  @Override
  public int documents() throws IOException {
    return sink.documents();
  }

  @Override
  public void rollback() throws IOException {
    sink.rollback();
  }

  @Override
  public void close() throws IOException {
    sink.close();
  }
}
