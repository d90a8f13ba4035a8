package org.clipsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clipsearch.core.embed.Embedding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes embeddings with the input each came from, as JSON lines or as one {@code .npy} array.
 *
 * <p>The {@code .npy} header is written by hand: the format is a short ASCII dictionary padded to 64 bytes, and
 * no well-kept Java library for it is worth a dependency.
 */
final class EmbeddingWriter {

  private final ObjectMapper mapper = new ObjectMapper();

  void write(OutputFormat format, List<String> inputs, List<Embedding> embeddings, OutputStream out)
      throws IOException {
    if (format == OutputFormat.NPY) {
      writeNpy(embeddings, out);
    } else {
      writeJsonLines(inputs, embeddings, out);
    }
    out.flush();
  }

  private void writeJsonLines(List<String> inputs, List<Embedding> embeddings, OutputStream out) throws IOException {
    for (int i = 0; i < embeddings.size(); i++) {
      ObjectNode line = mapper.createObjectNode();
      line.put("input", inputs.get(i));
      var vector = line.putArray("embedding");
      for (float v : embeddings.get(i).values()) {
        vector.add(v);
      }
      out.write(mapper.writeValueAsBytes(line));
      out.write('\n');
    }
  }

  static void writeNpy(List<Embedding> embeddings, OutputStream out) throws IOException {
    int rows = embeddings.size();
    int columns = rows == 0 ? 0 : embeddings.getFirst().dimension();
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
    int unpadded = 10 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String header = dict + " ".repeat(padding) + "\n";
    ByteBuffer preamble = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    preamble.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
        .putShort((short) header.length());
    out.write(preamble.array());
    out.write(header.getBytes(StandardCharsets.US_ASCII));
    ByteBuffer row = ByteBuffer.allocate(columns * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (Embedding embedding : embeddings) {
      row.clear();
      row.asFloatBuffer().put(embedding.values());
      out.write(row.array());
    }
  }
}
