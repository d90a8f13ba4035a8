package org.clipsearch.server.error;

/**
 * An expected failure with its HTTP status: a file that may not or cannot be served (403, 404), an upload too
 * large (413), a server too busy or too slow (503).
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String parameter;

  /**
   * @param status    the HTTP status
   * @param parameter the request parameter at fault, or null
   * @param message   what went wrong, for a person
   */
  public ApiException(int status, String parameter, String message) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  public int status() {
    return status;
  }

  /** The error body. */
  public ApiError body() {
    return new ApiError(getMessage(), parameter);
  }
}
