package org.clipsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clipsearch.core.label.train.Evaluation;
import org.clipsearch.core.label.train.HtmlReport;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/** Where an evaluating command writes its report besides the text table on standard output. */
final class ReportOptions {

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write an HTML page with tables and charts to FILE.")
  Path html;

  /** Writes the JSON and HTML reports asked for. */
  void write(String title, String preamble, List<Evaluation> evaluations) throws IOException {
    if (json != null) {
      var root = new LinkedHashMap<String, Object>();
      root.put("title", title);
      root.put("about", preamble);
      root.put("evaluations", evaluations.stream().map(Evaluation::toJson).toList());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    }
    if (html != null) {
      Files.writeString(html, HtmlReport.page(title, preamble, evaluations));
    }
  }
}
