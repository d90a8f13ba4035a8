package org.clipsearch.indexer.iiif;

import java.net.URI;

/**
 * What one fetch returned.
 *
 * @param uri          the URL answered, after redirects
 * @param body         the body, or null when the server said it has not changed (304)
 * @param contentType  its Content-Type, or null
 * @param etag         its ETag, or null
 * @param lastModified its Last-Modified, or null
 */
public record Fetched(URI uri, byte[] body, String contentType, String etag, String lastModified) {

  /** Whether the server answered 304 Not Modified to a conditional request. */
  public boolean notModified() {
    return body == null;
  }
}
