package org.clipsearch.core.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of one index directory, shared by the indexer that writes it and the server that reads it.
 *
 * <pre>
 * ROOT/lucene/                   the Lucene index
 * ROOT/thumbnails/ab/abcd....jpg one thumbnail per document, named by a digest of the document id
 * ROOT/ingest-failures.jsonl     the last ingest's failures, one JSON object per line: path, reason, detail
 * </pre>
 *
 * @param root the index directory
 */
public record IndexLayout(Path root) {

  /** The default home of indexes, relative to the working directory: {@code index-data/<collection>}. */
  public static final Path DEFAULT_HOME = Path.of("index-data");

  public IndexLayout {
    Objects.requireNonNull(root, "root");
  }

  /** The default index of a collection: {@code index-data/<collection>}. */
  public static IndexLayout defaultFor(String collection) {
    return new IndexLayout(DEFAULT_HOME.resolve(ImageRecord.requireCollectionName(collection)));
  }

  /** The Lucene index directory. */
  public Path lucene() {
    return root.resolve("lucene");
  }

  /**
   * What the latest commit of the Lucene index records of the model and vector format that built it; empty when
   * there is no index yet or its commit records none.
   *
   * @throws IllegalArgumentException when the commit's entries are malformed
   */
  public Optional<IndexIdentity> recordedIdentity() throws IOException {
    if (!Files.isDirectory(lucene())) {
      return Optional.empty();
    }
    try (var directory = FSDirectory.open(lucene())) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      return IndexIdentity.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
    }
  }

  /** The thumbnails folder. */
  public Path thumbnails() {
    return root.resolve("thumbnails");
  }

  /** The last ingest's failure report. */
  public Path failureReport() {
    return root.resolve("ingest-failures.jsonl");
  }

  /** The thumbnail of a document, relative to {@link #root()}: {@code thumbnails/ab/<32 hex digits>.jpg}. */
  public static String thumbnailPath(String documentId) {
    String digest = HexFormat.of().formatHex(sha256(documentId.getBytes(StandardCharsets.UTF_8)), 0, 16);
    return "thumbnails/" + digest.substring(0, 2) + "/" + digest + ".jpg";
  }

  /** The thumbnail file of a document. */
  public Path thumbnailFile(String documentId) {
    return root.resolve(thumbnailPath(documentId));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
