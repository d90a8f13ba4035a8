package org.clipsearch.server.search;

import java.util.Objects;

/** A request parameter that cannot be answered; the API answers 400 with the parameter's name. */
public final class BadParameterException extends IllegalArgumentException {

  private final String parameter;

  /**
   * @param parameter the HTTP parameter at fault, e.g. {@code size}
   * @param message   what is wrong with it, e.g. {@code size must be between 1 and 100, got 0}
   */
  public BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** The HTTP parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
