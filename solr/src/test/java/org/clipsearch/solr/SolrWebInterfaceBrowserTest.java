package org.clipsearch.solr;

import org.clipsearch.server.Browser;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser (Debian's headless Chromium) over a SolrCloud collection of two shards: a
 * visitor searches, selects a scene facet, opens a picture and asks for more like it, in English and in Dutch.
 * Screenshots go to {@code target/screenshots/}.
 */
class SolrWebInterfaceBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;

  private static DemoCorpus corpus;
  private static BackendPair.Served served;
  private static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.unavailable().ifPresent(Assumptions::abort);
    Assumptions.assumeTrue(DemoCorpus.demoModelPresent(), "skipped: the demo model is not there");
    corpus = DemoCorpus.generate(dir.resolve("images"), 20_261_207L, 120);
    SolrTarget target = TestCluster.target("browser");
    DemoCorpus.createCollection(target, 2, 1);
    corpus.indexSolr(target, dir.resolve("local"));
    served = BackendPair.solr(target, dir.resolve("local"), List.of(PageRoutes.withDefaults()));
    browser = Browser.desktop(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (served != null) {
      served.close();
    }
  }

  private static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + served.port() + pathAndQuery;
  }

  private static String idOfFirstHit() {
    var href = browser.find(".hit .hit-title").getAttribute("href");
    var segment = href.substring(href.indexOf("/images/") + "/images/".length()).replaceFirst("\\?.*", "");
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Test
  void a_visitor_searches_selects_a_scene_and_asks_for_more_like_a_picture() {
    browser.open(url("/"));
    browser.find("#q").sendKeys("boats in a harbour", Keys.ENTER);
    browser.awaitUrl("/search?");
    assertThat(browser.findAll(".hit")).hasSizeGreaterThanOrEqualTo(10);
    browser.awaitImages();
    assertThat(browser.imagesShown(".hit img[loading=lazy]:not([src=''])")).as("thumbnails from Solr").isTrue();
    browser.screenshot(SCREENSHOTS.resolve("solr-results.png"));

    var option = browser.findAll("[data-facet=scene] .facet-option:not(.selected)").get(0);
    var value = option.findElement(By.cssSelector(".value"));
    String scene = value.getText();
    String key = value.getAttribute("data-value");
    option.click();
    browser.awaitUrl("scene=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    assertThat(browser.findAll(".hit .label.scene")).isNotEmpty()
        .allSatisfy(label -> assertThat(label.getText()).startsWith(scene + " "));

    String first = idOfFirstHit();
    browser.find(".hit-title").click();
    browser.awaitUrl("/images/");
    assertThat(browser.find("h1").getText()).isNotBlank();
    assertThat(browser.findAll(".similar-images .hit")).isNotEmpty();
    browser.find(".actions .button").click();
    browser.awaitUrl("like=");
    assertThat(idOfFirstHit()).as("the picture itself comes first").isEqualTo(first);
    browser.screenshot(SCREENSHOTS.resolve("solr-more-like-this.png"));
  }

  @Test
  void the_dutch_page_reads_the_same_collection() {
    browser.open(url("/search?lang=nl&q=" + URLEncoder.encode("a photo", StandardCharsets.UTF_8)));
    assertThat(browser.find(".summary").getText()).contains("afbeeldingen");
    assertThat(browser.findAll(".hit")).isNotEmpty();
  }
}
