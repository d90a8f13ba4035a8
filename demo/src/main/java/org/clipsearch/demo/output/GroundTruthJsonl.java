package org.clipsearch.demo.output;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clipsearch.demo.GroundTruth;

/** Writes and reads ground-truth.jsonl: one JSON object per line, per picture, in index order. */
public final class GroundTruthJsonl {

  private final ObjectMapper mapper = new ObjectMapper();
  private final Writer out;

  public GroundTruthJsonl(Writer out) {
    this.out = out;
  }

  public void write(GroundTruth truth) throws IOException {
    out.write(mapper.writeValueAsString(truth));
    out.write('\n');
  }

  /** Reads every line of a ground-truth.jsonl file; an error names the file and the line. */
  public static List<GroundTruth> read(Path file) throws IOException {
    var mapper = new ObjectMapper();
    var truths = new ArrayList<GroundTruth>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      int lineNumber = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          truths.add(mapper.readValue(line, GroundTruth.class));
        } catch (IOException e) {
          throw new IllegalArgumentException(file + " line " + lineNumber + " is not a ground-truth record: "
              + e.getMessage(), e);
        }
      }
    }
    return truths;
  }
}
