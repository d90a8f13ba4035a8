package org.clipsearch.server.backend;

/**
 * The backend cannot answer now (a cluster unreachable, too slow, or answering garbage): the server answers 503 with
 * the message and a {@code Retry-After}, and answers again once the backend is back.
 */
public class BackendUnavailableException extends RuntimeException {

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
