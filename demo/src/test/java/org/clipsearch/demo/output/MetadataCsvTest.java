package org.clipsearch.demo.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.clipsearch.demo.CsvRows;
import org.clipsearch.demo.caption.ArchiveRecord;
import org.junit.jupiter.api.Test;

class MetadataCsvTest {

  @Test
  void fields_with_commas_quotes_and_line_breaks_survive_a_round_trip() throws IOException {
    var text = new StringWriter();
    var csv = new MetadataCsv(text);
    csv.write(new ArchiveRecord("images/000/000001.jpg", "Haven, \"oud\"", "two boats,\nat dusk", "Studio NL-04",
        "1963", "Demo Harbour Archive", "CC BY 4.0", ""));
    var rows = CsvRows.parse(text.toString());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(MetadataCsv.COLUMNS);
    assertThat(rows.get(1)).isEqualTo(List.of("images/000/000001.jpg", "Haven, \"oud\"", "two boats,\nat dusk",
        "Studio NL-04", "1963", "Demo Harbour Archive", "CC BY 4.0", ""));
  }

  @Test
  void plain_fields_are_not_quoted() {
    assertThat(MetadataCsv.quoted("Studio NL-04")).isEqualTo("Studio NL-04");
    assertThat(MetadataCsv.quoted("a, b")).isEqualTo("\"a, b\"");
  }
}
