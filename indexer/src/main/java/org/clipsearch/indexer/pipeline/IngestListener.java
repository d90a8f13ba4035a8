package org.clipsearch.indexer.pipeline;

/**
 * Hears how an ingest goes, e.g. to draw a progress bar. Calls come from the pipeline's threads, possibly
 * several at once; implementations are thread-safe and quick.
 */
public interface IngestListener {

  /** Hears nothing. */
  IngestListener NONE = new IngestListener() {
  };

  /** The ingest starts with about this many images to look at. */
  default void started(long estimatedImages) {
  }

  /** One more image was looked at (indexed, unchanged or failed). */
  default void progress(long done, long failed) {
  }

  /** A commit made this many documents durable. */
  default void committed(int documents) {
  }

  /** The ingest ended. */
  default void finished(IngestReport report) {
  }
}
