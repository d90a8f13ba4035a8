package org.clipsearch.indexer.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IIIF documents a harvest fetched, kept with the ETag and Last-Modified they came with, so that the next
 * harvest asks each server only whether a manifest or collection changed and reads the kept copy when it did not
 * (304). A document whose server gives no validator is fetched again each time.
 */
public final class DocumentCache {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  /** A cache in {@code folder} (created when needed). */
  public DocumentCache(Path folder) {
    this.folder = folder;
  }

  /** The body of {@code uri}, fetched unless the server says the kept copy is current. */
  byte[] get(PoliteFetcher fetcher, URI uri, long maxBytes) throws IOException, InterruptedException {
    String key = IiifHarvester.key(uri.toString());
    Path body = folder.resolve(key + ".json");
    Path validators = folder.resolve(key + ".validators.json");
    JsonNode known = Files.exists(body) && Files.exists(validators) ? JSON.readTree(validators.toFile()) : null;
    Fetched answer = fetcher.get(uri, maxBytes, known == null ? null : known.path("etag").asText(null),
        known == null ? null : known.path("lastModified").asText(null));
    if (answer.notModified()) {
      return Files.readAllBytes(body);
    }
    if (answer.etag() != null || answer.lastModified() != null) {
      Files.createDirectories(body.getParent());
      AtomicFiles.write(body, answer.body());
      AtomicFiles.write(validators, JSON.writeValueAsBytes(JSON.createObjectNode().put("uri", uri.toString())
          .put("etag", answer.etag()).put("lastModified", answer.lastModified())));
    }
    return answer.body();
  }
}
