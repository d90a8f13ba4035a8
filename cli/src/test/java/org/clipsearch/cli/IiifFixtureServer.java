package org.clipsearch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A loopback IIIF publisher for harvesting end to end, offline: it serves the shared real Presentation documents
 * with every URL in them rewritten to itself ({@code https://host/path} becomes {@code <base>/proxy/host/path}), and
 * answers every image request under {@code /proxy/} with one of the given pictures, as a fake Image API would. Beside
 * them, hostile answers under {@code /hostile/}: 404 and 500 images, a 429 with Retry-After once, an image that never
 * comes, a redirect loop, a 60000 x 60000 PNG, an HTML page for an image, and a manifest of 100 MB; and
 * {@code /collection.json}, a collection of all of it that contains itself.
 */
final class IiifFixtureServer implements AutoCloseable {

  static final long BIG_MANIFEST_BYTES = 100L << 20;
  private static final Pattern URL = Pattern.compile("https?://([^/\"\\s]+)");
  private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|tiff?|gif|webp)$");

  private final HttpServer server;
  private final String base;
  private final Map<String, String> documents = new LinkedHashMap<>();
  private final List<byte[]> pictures;
  private final AtomicBoolean limited = new AtomicBoolean();
  final AtomicLong bigManifestBytesSent = new AtomicLong();
  final AtomicLong imagesServed = new AtomicLong();

  /** Serves the documents under {@code fixtures} and answers image requests with {@code pictures}. */
  IiifFixtureServer(Path fixtures, List<byte[]> pictures) throws IOException {
    this.pictures = List.copyOf(pictures);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (var files = Files.walk(fixtures)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        documents.put("/fixtures/" + fixtures.relativize(file).toString().replace('\\', '/'),
            rewrite(Files.readString(file)));
      }
    }
    server.createContext("/", this::answer);
    server.start();
  }

  /** The server's address, {@code http://127.0.0.1:<port>}. */
  String base() {
    return base;
  }

  /** The paths of the shared documents served. */
  List<String> documents() {
    return List.copyOf(documents.keySet());
  }

  private String rewrite(String json) {
    return URL.matcher(json.replace("\\/", "/")).replaceAll(m -> base + "/proxy/" + m.group(1));
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String document = documents.get(path);
      if (document == null && path.startsWith("/proxy/")) {
        document = documents.values().stream().filter(d -> d.contains("\"" + base + path + "\"")
            && isSelf(d, base + path)).findFirst().orElse(null);
      }
      if (document != null) {
        send(exchange, 200, "application/json", document.getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/collection.json")) {
        send(exchange, 200, "application/json", collection().getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith("/hostile/")) {
        hostile(exchange, path.substring("/hostile/".length()));
      } else if (path.startsWith("/proxy/") && IMAGE.matcher(path).matches()) {
        imagesServed.incrementAndGet();
        send(exchange, 200, "image/png", pictures.get(Math.floorMod(path.hashCode(), pictures.size())));
      } else {
        send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Whether {@code url} is the document's own id (its first {@code id} or {@code @id}). */
  private static boolean isSelf(String document, String url) {
    var id = Pattern.compile("\"@?id\"\\s*:\\s*\"([^\"]+)\"").matcher(document);
    return id.find() && id.group(1).equals(url);
  }

  private void hostile(HttpExchange exchange, String name) throws IOException {
    switch (name) {
      case "manifest.json" -> send(exchange, 200, "application/json",
          hostileManifest().getBytes(StandardCharsets.UTF_8));
      case "big.json" -> bigManifest(exchange);
      case "loop.json", "loop.jpg" -> {
        exchange.getResponseHeaders().set("Location", base + "/hostile/" + name);
        exchange.sendResponseHeaders(302, -1);
      }
      case "404.jpg" -> send(exchange, 404, "text/plain", new byte[0]);
      case "500.jpg" -> send(exchange, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
      case "429.jpg" -> {
        if (limited.compareAndSet(false, true)) {
          exchange.getResponseHeaders().set("Retry-After", "1");
          send(exchange, 429, "text/plain", new byte[0]);
        } else {
          send(exchange, 200, "image/png", pictures.getFirst());
        }
      }
      case "hang.jpg" -> {
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      case "huge.png" -> send(exchange, 200, "image/png", pngHeader(60_000, 60_000));
      case "page.jpg" -> send(exchange, 200, "text/html", "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8));
      default -> send(exchange, 404, "text/plain", new byte[0]);
    }
  }

  private String collection() {
    var members = new ArrayList<String>();
    for (var entry : documents.entrySet()) {
      String type = entry.getValue().contains("\"Collection\"") || entry.getValue().contains("sc:Collection")
          ? "Collection" : "Manifest";
      members.add(member(base + entry.getKey(), type));
    }
    members.add(member(base + "/hostile/manifest.json", "Manifest"));
    members.add(member(base + "/hostile/big.json", "Manifest"));
    members.add(member(base + "/hostile/loop.json", "Manifest"));
    members.add(member(base + "/collection.json", "Collection"));
    return """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%s/collection.json",
         "type": "Collection", "label": {"en": ["Everything"]}, "items": [%s]}""".formatted(base,
        String.join(",\n", members));
  }

  private static String member(String id, String type) {
    return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"label\": {\"none\": [\"" + id + "\"]}}";
  }

  private String hostileManifest() {
    var canvases = new ArrayList<String>();
    for (String image : List.of("404.jpg", "500.jpg", "429.jpg", "hang.jpg", "loop.jpg", "huge.png", "page.jpg")) {
      String canvas = base + "/hostile/canvas/" + image;
      canvases.add("""
          {"id": "%1$s", "type": "Canvas", "width": 800, "height": 600, "label": {"none": ["%2$s"]},
           "items": [{"id": "%1$s/page", "type": "AnnotationPage", "items": [{"id": "%1$s/image",
             "type": "Annotation", "motivation": "painting", "target": "%1$s",
             "body": {"id": "%3$s/hostile/%2$s", "type": "Image", "format": "image/jpeg"}}]}]}"""
          .formatted(canvas, image, base));
    }
    return """
        {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "%s/hostile/manifest.json",
         "type": "Manifest", "label": {"en": ["Hostile"]}, "items": [%s]}""".formatted(base,
        String.join(",\n", canvases));
  }

  /** A valid manifest's start, then a label that never ends, sent until the client hangs up. */
  private void bigManifest(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, BIG_MANIFEST_BYTES);
    byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    OutputStream out = exchange.getResponseBody();
    out.write(("{\"type\": \"Manifest\", \"id\": \"" + base + "/hostile/big.json\", \"label\": {\"none\": [\"")
        .getBytes(StandardCharsets.US_ASCII));
    try {
      for (long sent = 0; sent + chunk.length < BIG_MANIFEST_BYTES - 1024; sent += chunk.length) {
        out.write(chunk);
        bigManifestBytesSent.addAndGet(chunk.length);
      }
    } catch (IOException e) {
      // The client hung up, as it should once the manifest passed its limit.
    }
  }

  /** The signature and header chunk of a PNG of this size: all a reader needs to tell its size. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
        .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    var crc = new CRC32();
    crc.update(ihdr.array());
    return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
        .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type.toLowerCase(Locale.ROOT));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
