package org.clipsearch.bench;

import org.clipsearch.indexer.pipeline.IngestReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ingest's own stage times ({@link IngestReport#stageTimes()}), in milliseconds per image, median over
 * ingests. Stages on several threads are summed over them, so they add up to more than the wall time.
 */
record IngestStages(Map<String, Samples> millisPerImage) {

  static IngestStages of(List<IngestRunner.Ingest> ingests) {
    var values = new LinkedHashMap<String, List<Double>>();
    for (IngestRunner.Ingest ingest : ingests) {
      for (Map.Entry<String, Duration> stage : ingest.report().stageTimes().entrySet()) {
        values.computeIfAbsent(stage.getKey(), k -> new ArrayList<>())
            .add(stage.getValue().toNanos() / 1e6 / ingest.images());
      }
    }
    var samples = new LinkedHashMap<String, Samples>();
    values.forEach((stage, list) -> samples.put(stage, Samples.of(list)));
    return new IngestStages(samples);
  }

  /** Median milliseconds per image of one stage. */
  double median(String stage) {
    Samples samples = millisPerImage.get(stage);
    if (samples == null) {
      throw new IllegalArgumentException("no stage '" + stage + "' in " + millisPerImage.keySet());
    }
    return samples.median();
  }

  /** E.g. "walk 0.01, hash 0.35, decode+embed 98.20, ...". */
  String format() {
    return millisPerImage.entrySet().stream()
        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue().median()))
        .collect(Collectors.joining(", "));
  }
}
