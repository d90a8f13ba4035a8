package org.clipsearch.bench.soak;

import org.clipsearch.bench.ImageUpload;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The requests a soak's clients send, a mix of what visitors, librarians and researchers do: text searches in
 * English and Dutch, image uploads, more-like-this, facet filters, CSV exports, result pages and thumbnails.
 */
final class SoakRequests {

  /** One request to send, and its kind for the report. */
  record Planned(String kind, HttpRequest.Builder request) {
  }

  private static final List<String> QUERIES = List.of("a windmill at sunset", "boats in a harbour", "a red house",
      "children skating on a frozen canal", "een windmolen in de sneeuw", "een rood huis", "schepen in de haven",
      "a church in the village", "twee schaatsers", "a train station", "people on a beach", "een kerk");

  private final ServerAddress server;
  private final List<String> ids;
  private final List<String> scenes;
  private final List<byte[]> uploads;

  /** Where requests go: the server's base URI for a path and query. */
  @FunctionalInterface
  interface ServerAddress {
    URI uri(String pathAndQuery);
  }

  SoakRequests(ServerAddress server, List<String> ids, List<String> scenes, List<byte[]> uploads) {
    this.server = server;
    this.ids = List.copyOf(ids);
    this.scenes = List.copyOf(scenes);
    this.uploads = List.copyOf(uploads);
  }

  Planned next(SplittableRandom random) {
    String q = "q=" + URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8);
    String id = URLEncoder.encode(ids.get(random.nextInt(ids.size())), StandardCharsets.UTF_8);
    int pick = random.nextInt(20);
    if (pick < 7) {
      return get("text", "/api/search?" + q + "&size=20");
    } else if (pick < 10) {
      return upload(uploads.get(random.nextInt(uploads.size())));
    } else if (pick < 13) {
      return get("more-like-this", "/api/images/" + id + "/similar?size=20");
    } else if (pick < 16) {
      return get("facets", "/api/search?" + q + "&size=20&scene="
          + URLEncoder.encode(scenes.get(random.nextInt(scenes.size())), StandardCharsets.UTF_8)
          + "&motif_mode=any");
    } else if (pick < 17) {
      return get("export", "/api/search?" + q + "&size=200&format=csv");
    } else if (pick < 19) {
      return get("page", "/search?" + q);
    }
    return get("thumbnail", "/api/images/" + id + "/thumbnail");
  }

  private Planned get(String kind, String pathAndQuery) {
    return new Planned(kind, HttpRequest.newBuilder(server.uri(pathAndQuery)).GET());
  }

  private Planned upload(byte[] jpeg) {
    return new Planned("image", ImageUpload.post(server.uri("/api/search?size=20"), jpeg, Map.of()));
  }
}
