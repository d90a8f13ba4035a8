package org.clipsearch.server.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/** Renders an OpenAPI document as one readable HTML page: each route with its parameters and answers. */
final class ApiPage {

  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  /** The page's one style sheet, inline; the page's Content-Security-Policy allows it by its hash. */
  static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
      + "line-height:1.4}code,.path{font-family:monospace}table{border-collapse:collapse;width:100%}"
      + "td,th{border:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}"
      + ".method{font-weight:bold;text-transform:uppercase;margin-right:.5em}";

  private ApiPage() {
  }

  static String render(JsonNode doc) {
    var out = new StringBuilder(32_768);
    JsonNode info = doc.path("info");
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(info.path("title").asText())).append("</title>\n<style>").append(STYLE)
        .append("</style></head><body>\n")
        .append("<h1>").append(escape(info.path("title").asText())).append("</h1>\n<p>")
        .append(prose(info.path("description").asText())).append("</p>\n<p>The same as OpenAPI 3.1: ")
        .append("<a href=\"/openapi.json\">/openapi.json</a></p>\n");
    doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
        renderOperation(out, path.getKey(), operation.getKey(), operation.getValue())));
    return out.append("</body></html>\n").toString();
  }

  private static void renderOperation(StringBuilder out, String path, String method, JsonNode op) {
    out.append("<h2><span class=\"method\">").append(escape(method)).append("</span><span class=\"path\">")
        .append(escape(path)).append("</span></h2>\n<p><b>").append(escape(op.path("summary").asText()))
        .append("</b>");
    if (op.has("description")) {
      out.append(" ").append(prose(op.get("description").asText()));
    }
    out.append("</p>\n");
    if (op.path("parameters").size() > 0) {
      out.append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>\n");
      for (JsonNode parameter : op.get("parameters")) {
        JsonNode schema = parameter.path("schema");
        String type = schema.path("type").asText() + (schema.has("items") ? " of " + schema.get("items")
            .path("type").asText() : "");
        out.append("<tr><td><code>").append(escape(parameter.path("name").asText())).append("</code>")
            .append(parameter.path("required").asBoolean() ? " (required)" : "").append("</td><td>")
            .append(escape(parameter.path("in").asText())).append("</td><td>").append(escape(type))
            .append("</td><td>").append(prose(parameter.path("description").asText())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("<ul>\n");
    op.path("responses").properties().forEach(response -> out.append("<li>").append(escape(response.getKey()))
        .append(": ").append(prose(response.getValue().path("description").asText())).append("</li>\n"));
    out.append("</ul>\n");
  }

  /** Escaped text with the document's {@code `code`} spans as {@code <code>}. */
  private static String prose(String text) {
    return CODE.matcher(escape(text)).replaceAll("<code>$1</code>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
