package org.clipsearch.server.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every API error: {@code {"error": "size must be between 1 and 100, got 0", "parameter": "size"}}.
 * No stack trace or internal detail ever goes into it.
 *
 * @param error     what went wrong, for a person
 * @param parameter the request parameter at fault, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String parameter) {

  /** An error that names no parameter. */
  public static ApiError of(String error) {
    return new ApiError(error, null);
  }
}
