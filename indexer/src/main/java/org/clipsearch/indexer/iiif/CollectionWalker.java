package org.clipsearch.indexer.iiif;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a IIIF manifest or collection to its manifests: nested collections followed to {@code maxDepth}, the pages
 * of a paged Presentation 2 collection followed, each document fetched once (so a collection that contains itself,
 * or two that contain each other, end), documents larger than {@code maxDocumentBytes} refused. Every document that
 * cannot be fetched or read is a {@link HarvestFailure}; the walk goes on with the rest.
 */
public final class CollectionWalker {

  /** A manifest found, with the URL it was read from. */
  public record Found(URI source, IiifDocument.Manifest manifest) {
  }

  private final PoliteFetcher fetcher;
  private final int maxDepth;
  private final long maxDocumentBytes;
  private final DocumentCache cache;

  /** A walker that fetches every document each time. */
  public CollectionWalker(PoliteFetcher fetcher, int maxDepth, long maxDocumentBytes) {
    this(fetcher, maxDepth, maxDocumentBytes, null);
  }

  /** A walker that asks again only whether the documents it kept in {@code cache} changed; null for none. */
  public CollectionWalker(PoliteFetcher fetcher, int maxDepth, long maxDocumentBytes, DocumentCache cache) {
    this.fetcher = fetcher;
    this.maxDepth = maxDepth;
    this.maxDocumentBytes = maxDocumentBytes;
    this.cache = cache;
  }

  /** Walks from {@code start} (an http(s) URL or a local file), handing each manifest and each failure on. */
  public void walk(URI start, Consumer<Found> manifests, Consumer<HarvestFailure> failures)
      throws InterruptedException {
    record Pending(URI uri, int depth) {
    }
    Set<String> seen = new HashSet<>();
    var queue = new ArrayDeque<Pending>(List.of(new Pending(start, 0)));
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      if (!seen.add(next.uri().toString())) {
        continue;
      }
      IiifDocument document;
      try {
        document = PresentationParser.parse(read(next.uri()));
      } catch (IOException | IiifFormatException e) {
        failures.accept(new HarvestFailure(next.uri().toString(), e.getMessage()));
        continue;
      }
      switch (document) {
        case IiifDocument.Manifest manifest -> manifests.accept(new Found(next.uri(), manifest));
        case IiifDocument.Collection collection -> {
          seen.add(collection.id());
          if (collection.nextPage() != null) {
            follow(next.uri(), collection.nextPage(), failures)
                .ifPresent(uri -> queue.add(new Pending(uri, next.depth())));
          }
          for (IiifDocument.Reference member : collection.members()) {
            if (next.depth() + 1 > maxDepth) {
              failures.accept(new HarvestFailure(member.id(), "deeper than " + maxDepth
                  + " nested collections: not followed"));
            } else {
              follow(next.uri(), member.id(), failures)
                  .ifPresent(uri -> queue.add(new Pending(uri, next.depth() + 1)));
            }
          }
        }
      }
    }
  }

  /**
   * The URI of a reference in the document at {@code base}; empty, with the failure told, when it is not a URI, or
   * names a local file from a document that was fetched (only a local start may lead to local files).
   */
  private static Optional<URI> follow(URI base, String id, Consumer<HarvestFailure> failures) {
    URI uri;
    try {
      uri = base.resolve(new URI(id));
    } catch (URISyntaxException | IllegalArgumentException e) {
      failures.accept(new HarvestFailure(id, "not a URI: not followed (" + e.getMessage() + ")"));
      return Optional.empty();
    }
    if ("file".equals(uri.getScheme()) && !"file".equals(base.getScheme())) {
      failures.accept(new HarvestFailure(id, "a fetched document may not point at local files: not followed"));
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  private byte[] read(URI uri) throws IOException, InterruptedException {
    if ("file".equals(uri.getScheme())) {
      Path file = Path.of(uri);
      if (Files.size(file) > maxDocumentBytes) {
        throw new IOException(file + ": larger than the " + maxDocumentBytes + " bytes a IIIF document may have");
      }
      return Files.readAllBytes(file);
    }
    return cache == null ? fetcher.get(uri, maxDocumentBytes).body() : cache.get(fetcher, uri, maxDocumentBytes);
  }
}
