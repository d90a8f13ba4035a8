package org.clipsearch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The API's documentation: the hand-written OpenAPI 3.1 document at {@code /openapi.json}, and {@code /api}, a
 * plain HTML page rendered from it (no scripts, nothing fetched from elsewhere).
 */
public final class ApiDocs {

  private static final String RESOURCE = "openapi.json";
  /** The page may show its own inline style sheet and nothing else; it runs no script and may not be framed. */
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(ApiPage.STYLE)
      + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final String json;
  private final String html;

  private ApiDocs(String json, String html) {
    this.json = json;
    this.html = html;
  }

  /** Reads the document shipped with the server. */
  public static ApiDocs load() {
    try (InputStream in = ApiDocs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the server jar lacks " + RESOURCE);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ApiDocs(json, ApiPage.render(new ObjectMapper().readTree(json)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
    }
  }

  /** {@code GET /openapi.json}. */
  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(json);
  }

  /** {@code GET /api}. */
  public void page(Context ctx) {
    ctx.header("Content-Security-Policy", PAGE_POLICY).html(html);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
