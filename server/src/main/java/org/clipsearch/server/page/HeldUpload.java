package org.clipsearch.server.page;

/**
 * An image uploaded from the web interface, held so a search with it can be a URL.
 *
 * @param bytes       the file as uploaded
 * @param contentType the media type the browser gave, always {@code image/*}
 */
public record HeldUpload(byte[] bytes, String contentType) {

  public HeldUpload {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("an upload needs at least one byte");
    }
    if (!contentType.startsWith("image/")) {
      throw new IllegalArgumentException("an upload must be an image, got content type " + contentType);
    }
  }
}
