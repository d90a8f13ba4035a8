package org.clipsearch.server.iiif;

import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * The scheme, host and port by which the client reached the server ({@code https://search.example.org}), which
 * IIIF ids must begin with since they are absolute URIs. Behind a reverse proxy the {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} headers it sets say how the client reached the proxy.
 */
final class PublicOrigin {

  private static final Pattern SCHEME = Pattern.compile("https?");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+");

  private PublicOrigin() {
  }

  static String of(Context ctx) {
    String scheme = first(ctx.header("X-Forwarded-Proto"));
    String host = first(ctx.header("X-Forwarded-Host"));
    if (scheme == null || !SCHEME.matcher(scheme).matches()) {
      scheme = ctx.scheme();
    }
    if (host == null || !HOST.matcher(host).matches()) {
      host = ctx.host();
    }
    if (host == null) {
      host = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
    }
    return scheme + "://" + host;
  }

  /** The first of a header's comma-separated values (each proxy on the way adds one), or null. */
  private static String first(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    return header.split(",", 2)[0].strip();
  }
}
