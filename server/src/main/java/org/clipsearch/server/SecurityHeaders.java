package org.clipsearch.server;

import io.javalin.http.Context;

/**
 * The security headers of every answer, set before any handler runs so that errors, refusals and static files
 * carry them too. Every answer has {@code X-Content-Type-Options: nosniff}. The pages (and their static files,
 * images and uploads) may load scripts, styles and images only from this server ({@code img-src} also
 * {@code data:}; inline {@code style} attributes for the probability bars, no inline script), may not be framed,
 * and send the referrer only to this server. The JSON API may load nothing and not be framed, and sends no
 * referrer. The IIIF routes keep what external IIIF viewers need: any origin may read them
 * ({@code Access-Control-Allow-Origin: *}, set by their controller) and nothing limits where they are shown.
 */
final class SecurityHeaders {

  static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "style-src-attr 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {
  }

  static void set(Context ctx) {
    String path = ctx.path();
    ctx.header("X-Content-Type-Options", "nosniff");
    if (path.startsWith("/iiif/")) {
      ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    } else if (path.startsWith("/api/") || path.equals("/openapi.json") || path.equals("/health")
        || path.equals("/metrics")) {
      ctx.header("Content-Security-Policy", API_POLICY);
      ctx.header("Referrer-Policy", "no-referrer");
    } else {
      ctx.header("Content-Security-Policy", PAGE_POLICY);
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "same-origin");
    }
  }
}
