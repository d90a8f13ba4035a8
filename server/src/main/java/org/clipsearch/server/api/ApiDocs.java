package org.clipsearch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's documentation: the hand-written OpenAPI 3.1 document at {@code /openapi.json}, and {@code /api}, a
 * plain HTML page rendered from it (no scripts, nothing fetched from elsewhere).
 */
public final class ApiDocs {

  private static final String RESOURCE = "openapi.json";

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
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
    ctx.html(html);
  }

}
