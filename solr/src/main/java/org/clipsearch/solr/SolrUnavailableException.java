package org.clipsearch.solr;

import org.clipsearch.server.backend.BackendUnavailableException;

/**
 * The cluster could not answer: no node reachable, every try timed out, or an answer that is not Solr's. The server
 * answers 503 with this message; the indexer stops with it after its retries, and a re-run resumes.
 */
public final class SolrUnavailableException extends BackendUnavailableException {

  public SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
