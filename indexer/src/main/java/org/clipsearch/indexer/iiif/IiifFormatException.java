package org.clipsearch.indexer.iiif;

/** A document that is not a IIIF Presentation manifest or collection clipsearch can read, with the reason. */
public final class IiifFormatException extends Exception {

  public IiifFormatException(String reason) {
    super(reason);
  }
}
