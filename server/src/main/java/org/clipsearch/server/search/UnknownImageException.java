package org.clipsearch.server.search;

/** A request named an image id that the index does not have; the API answers 404. */
public final class UnknownImageException extends RuntimeException {

  private final String id;

  public UnknownImageException(String id) {
    super("no image with id '" + id + "'");
    this.id = id;
  }

  /** The id asked for. */
  public String id() {
    return id;
  }
}
