package org.clipsearch.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a model's manifest and ONNX files: the identity an index records, so that opening an index with
 * another model is refused instead of answered with meaningless neighbours.
 *
 * @param value {@code sha256:} followed by 64 hex digits
 */
public record ModelFingerprint(String value) {

  public ModelFingerprint {
    if (value == null || !value.matches("sha256:[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a model fingerprint is 'sha256:' and 64 hex digits, got '" + value + "'");
    }
  }

  /** Digests {@code model.json} and each ONNX file it names, in a fixed order, each preceded by its name. */
  public static ModelFingerprint of(Path modelDir, ModelManifest manifest) throws IOException {
    MessageDigest digest = sha256();
    update(digest, modelDir, ModelManifest.FILE_NAME);
    if (manifest.image() != null) {
      update(digest, modelDir, manifest.image().onnx());
    }
    if (manifest.text() != null) {
      update(digest, modelDir, manifest.text().onnx());
    }
    return new ModelFingerprint("sha256:" + HexFormat.of().formatHex(digest.digest()));
  }

  /** The first 12 hex digits, for logs and messages. */
  public String shortForm() {
    return value.substring("sha256:".length(), "sha256:".length() + 12);
  }

  @Override
  public String toString() {
    return value;
  }

  private static void update(MessageDigest digest, Path modelDir, String fileName) throws IOException {
    digest.update(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digest.update((byte) 0);
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(modelDir.resolve(fileName))) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
