package org.clipsearch.core.index;

/**
 * A damaged Lucene index, refused rather than half-read: names the index, the file and what Lucene found, and says
 * how to rebuild. The command line prints the message as one line and exits 2.
 */
public final class IndexCorruptedException extends IllegalStateException {

  private final String file;

  /**
   * @param layout the index
   * @param file   the damaged or missing file, as named in the index folder
   * @param found  what Lucene found
   * @param cause  Lucene's exception
   */
  public IndexCorruptedException(IndexLayout layout, String file, String found, Throwable cause) {
    super("index " + layout.root() + " is damaged: " + file + ": " + found + ". Restore a backup, or delete "
        + layout.lucene() + " and run `clipsearch index` again (as a last resort, Lucene's CheckIndex -exorcise"
        + " keeps the rest but drops every document of a broken segment)", cause);
    this.file = file;
  }

  /** The damaged or missing file. */
  public String file() {
    return file;
  }
}
