package org.clipsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server with the web pages over a real index whose catalogue is hostile: titles, creators, descriptions,
 * licences and an extra column holding markup and script, spreadsheet formulas, and a {@code javascript:} source
 * link. The pages show it as text, the JSON carries it exactly, the CSV export defuses the formulas.
 */
class UntrustedMetadataTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
  private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")",
      "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");
  private static final int COUNT = 24;

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static RawHttp http;
  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  @BeforeAll
  static void serve() throws Exception {
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "the demo model is not there");
    demo = DemoServer.start(dir, 20_261_302L, COUNT, UntrustedMetadataTest::poison, List.of(PageRoutes.withDefaults()));
    http = new RawHttp(demo.port, 30_000);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  /** Rewrites the sidecar: every picture gets a hostile title, creator, description, licence and note. */
  private static void poison(Path images) {
    var csv = new CsvMapper();
    Path file = images.resolve("metadata.csv");
    try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      var poisoned = new ArrayList<Map<String, String>>();
      var hostile = new ArrayList<>(List.of(SCRIPT, BREAKOUT));
      hostile.addAll(FORMULAS);
      int i = 0;
      for (Map<String, String> row : rows.readAll()) {
        var copy = new LinkedHashMap<>(row);
        String title = hostile.get(i % hostile.size()) + " #" + i;
        copy.put("title", title);
        copy.put("creator", BREAKOUT);
        copy.put("description", SCRIPT);
        copy.put("licence", "<b onmouseover=alert(1)>CC0</b>");
        copy.put("source_url", "javascript:alert(document.cookie)");
        copy.put("note", SCRIPT);
        TITLES.put("demo:" + row.get("path"), title);
        poisoned.add(copy);
        i++;
      }
      var schema = CsvSchema.builder().addColumns(poisoned.getFirst().keySet(), CsvSchema.ColumnType.STRING)
          .build().withHeader();
      csv.writer(schema).writeValue(file.toFile(), poisoned);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String page(String target) throws IOException {
    var answer = http.get(target);
    assertThat(answer.status()).as(target + ": " + answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Security-Policy")).contains("script-src 'self'");
    return answer.body();
  }

  private static void assertInert(String html) {
    assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("<b onmouseover")
        .doesNotContain("href=\"javascript:");
    assertThat(html.replaceAll("<script src=\"/static/clipsearch.js\" defer></script>", ""))
        .doesNotContainIgnoringCase("<script");
  }

  @Test
  void the_results_page_shows_hostile_titles_as_text() throws IOException {
    String html = page("/search?q=boats&size=" + COUNT);
    assertInert(html);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x");
  }

  @Test
  void the_image_page_shows_every_hostile_field_as_text_and_links_no_script() throws IOException {
    String id = TITLES.keySet().iterator().next();
    String html = page("/images/" + ImageUrls.segment(id));
    assertInert(html);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b onmouseover=alert(1)&gt;CC0&lt;/b&gt;").contains("javascript:alert(document.cookie)");
  }

  @Test
  void the_home_page_is_inert() throws IOException {
    assertInert(page("/"));
  }

  @Test
  void the_json_carries_the_values_exactly_as_json() throws IOException {
    String id = TITLES.keySet().iterator().next();
    var answer = http.get(ImageUrls.details(id));
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    JsonNode image = new ObjectMapper().readTree(answer.body());
    assertThat(image.get("title").asText()).isEqualTo(TITLES.get(id));
    assertThat(image.get("creator").asText()).isEqualTo(BREAKOUT);
  }

  @Test
  void the_csv_export_defuses_formulas_and_keeps_the_rest() throws IOException {
    var answer = http.get("/api/search?q=boats&size=" + COUNT + "&format=csv");
    assertThat(answer.status()).isEqualTo(200);
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(answer.body())) {
      rows = read.readAll();
    }
    assertThat(rows).hasSize(COUNT);
    var stored = new LinkedHashMap<String, String>();
    new ObjectMapper().readTree(http.get("/api/search?q=boats&size=" + COUNT).body()).get("hits")
        .forEach(hit -> stored.put(hit.get("id").asText(), hit.get("title").asText()));
    for (Map<String, String> row : rows) {
      String title = stored.get(row.get("id"));
      String cell = row.get("title");
      assertThat(cell).as(row.get("id")).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
          .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
      assertThat(cell).isEqualTo("=+-@\t\r".indexOf(title.charAt(0)) >= 0 ? "'" + title : title);
    }
    assertThat(rows).anySatisfy(row -> assertThat(row.get("title")).startsWith("'=HYPERLINK("));
  }
}
