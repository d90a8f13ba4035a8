package org.clipsearch.server.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser (Debian's headless Chromium): a visitor searches, selects a facet, opens a
 * detail page and searches with an uploaded image; the results also fit a phone. Each page is saved as a screenshot
 * under {@code target/screenshots/}.
 */
class PageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path temp;

  private static PageServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    Browser.unavailable().ifPresent(reason -> Assumptions.abort(reason));
    server = new PageServer(PageFixtures.service());
    browser = Browser.desktop(temp.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void a_visitor_types_a_query_on_the_home_page_and_gets_results() {
    browser.open(server.base() + "/");
    browser.screenshot(SCREENSHOTS.resolve("home.png"));

    browser.find("body").sendKeys("/");
    var box = browser.find("#q");
    assertThat(box.equals(browser.active())).as("'/' focuses the search box").isTrue();
    box.sendKeys("boats in a harbour", Keys.ENTER);
    browser.awaitUrl("/search?");

    assertThat(browser.url()).contains("q=boats+in+a+harbour");
    assertThat(browser.findAll(".hit")).isNotEmpty();
  }

  @Test
  void selecting_a_facet_value_filters_and_marks_it() {
    browser.open(server.base() + "/search?q=boats");
    browser.find("[data-facet=scene] .facet-option").click();
    browser.awaitUrl("scene=");

    assertThat(browser.find("[data-facet=scene] .facet-option.selected").getText()).contains("haven");
    assertThat(browser.find(".clear-all").isDisplayed()).isTrue();
    browser.screenshot(SCREENSHOTS.resolve("results-facet.png"));
  }

  @Test
  void a_hit_opens_its_detail_page_with_labels_and_similar_images() {
    browser.open(server.base() + "/search?q=boats");
    browser.find(".hit-title").click();
    browser.awaitUrl("/images/");

    assertThat(browser.find("h1").getText()).isNotBlank();
    assertThat(browser.findAll(".bars li")).isNotEmpty();
    assertThat(browser.find(".bar-fill").getAttribute("style")).startsWith("width:");
    browser.screenshot(SCREENSHOTS.resolve("detail.png"));
  }

  @Test
  void choosing_a_file_in_the_drop_zone_searches_with_that_image() throws IOException {
    var file = temp.resolve("query.png").toFile();
    ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", file);
    browser.open(server.base() + "/");

    browser.find("#image-file").sendKeys(file.getAbsolutePath());
    browser.awaitUrl("upload=");

    assertThat(browser.find(".query-image figcaption").getText()).contains("Your image");
    assertThat(browser.findAll(".hit")).isNotEmpty();
    browser.screenshot(SCREENSHOTS.resolve("upload-results.png"));
  }

  @Test
  void results_fit_a_phone_screen_with_the_facets_folded() {
    try (var phone = Browser.phone(temp.resolve("phone-profile"))) {
      phone.open(server.base() + "/search?q=boats&scene=haven");

      assertThat(phone.horizontalOverflow()).as("pixels wider than the screen").isZero();
      assertThat(phone.find(".facet-panel").getAttribute("open")).as("facets folded away").isNull();
      phone.screenshot(SCREENSHOTS.resolve("phone-results.png"));
    }
  }
}
