package org.clipsearch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart {@code POST} of a JPEG as the search API's {@code image} field, after any plain form fields. */
public final class ImageUpload {

  private ImageUpload() {
  }

  /** The request to {@code uri}, still open for headers and timeouts. */
  public static HttpRequest.Builder post(URI uri, byte[] jpeg, Map<String, String> fields) {
    String boundary = UUID.randomUUID().toString();
    var head = new StringBuilder();
    fields.forEach((name, value) -> head.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
        .append("\r\n"));
    head.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"image\"; filename=\"query.jpg\"\r\n")
        .append("Content-Type: image/jpeg\r\n\r\n");
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    var body = HttpRequest.BodyPublishers.concat(
        HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
        HttpRequest.BodyPublishers.ofByteArray(jpeg), HttpRequest.BodyPublishers.ofByteArray(tail));
    return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(body);
  }
}
