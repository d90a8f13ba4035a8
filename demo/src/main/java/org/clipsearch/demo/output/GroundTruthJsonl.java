package org.clipsearch.demo.output;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;

import org.clipsearch.demo.GroundTruth;

/** Writes ground-truth.jsonl: one JSON object per line, per picture, in index order. */
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
}
