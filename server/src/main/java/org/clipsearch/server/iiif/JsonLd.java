package org.clipsearch.server.iiif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/** Sends IIIF JSON-LD: UTF-8 bytes (JSON's encoding, whatever the servlet's default), typed with the API's context. */
final class JsonLd {

  private JsonLd() {
  }

  static void send(Context ctx, String context, ObjectNode document) {
    ctx.contentType("application/ld+json;charset=utf-8;profile=\"" + context + "\"");
    ctx.result(document.toString().getBytes(StandardCharsets.UTF_8));
  }
}
