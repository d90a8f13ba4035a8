package org.clipsearch.demo;

/** Told after each picture is written, in index order; a command line draws its progress bar from it. */
@FunctionalInterface
public interface ProgressListener {

  /** {@code done} of {@code total} pictures are written. */
  void written(int done, int total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> { };
  }
}
