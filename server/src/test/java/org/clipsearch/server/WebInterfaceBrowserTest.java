package org.clipsearch.server;

import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Scene;
import org.clipsearch.server.image.ImageUrls;
import org.clipsearch.server.page.PageRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser (Debian's headless Chromium) over a real server and a real index of
 * generated demo pictures: a visitor searches, selects a facet, opens a detail page, searches with an uploaded
 * image, and reads the results on a phone. Each page is saved as a screenshot under {@code target/screenshots/}.
 */
class WebInterfaceBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;

  private static DemoServer demo;
  private static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.unavailable().ifPresent(Assumptions::abort);
    Assumptions.assumeTrue(DemoServer.demoModelPresent(), "skipped: the demo model is not there");
    demo = DemoServer.start(dir.resolve("served"), 20_261_126L, 160, images -> { },
        List.of(PageRoutes.withDefaults()));
    browser = Browser.desktop(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + demo.port + pathAndQuery;
  }

  /** The scene most of the demo pictures show. */
  private static String commonScene() {
    return demo.truth.values().stream().collect(Collectors.groupingBy(GroundTruth::scene, Collectors.counting()))
        .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static String query(String scene) {
    return "a photo of " + Scene.fromLabel(scene).english();
  }

  private static String idOf(WebElement card) {
    var href = card.findElement(By.cssSelector(".hit-title")).getAttribute("href");
    var segment = href.substring(href.indexOf("/images/") + "/images/".length()).replaceFirst("\\?.*", "");
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Test
  void a_visitor_types_a_query_on_the_home_page_and_gets_pictures_of_that_scene() {
    var scene = commonScene();
    browser.open(url("/"));
    browser.screenshot(SCREENSHOTS.resolve("home.png"));

    browser.find("body").sendKeys("/");
    assertThat(browser.active().getAttribute("id")).as("'/' focuses the search box").isEqualTo("q");
    browser.active().sendKeys(query(scene), Keys.ENTER);
    browser.awaitUrl("/search?");

    var cards = browser.findAll(".hit").subList(0, 10);
    assertThat(cards.stream().filter(c -> demo.truth.get(idOf(c)).scene().equals(scene)).count())
        .as("pictures of " + scene + " among the first 10").isGreaterThanOrEqualTo(6);
    browser.awaitImages();
    assertThat(browser.imagesShown(".hit img[loading=lazy]:not([src=''])")).isTrue();
  }

  private static String selectScene(int nth) {
    var option = browser.findAll("[data-facet=scene] .facet-option:not(.selected)").get(nth);
    var value = option.findElement(By.cssSelector(".value"));
    var scene = value.getText();
    var key = value.getAttribute("data-value");
    option.click();
    browser.awaitUrl("scene=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    return scene;
  }

  @Test
  void selecting_scene_facets_keeps_only_those_scenes_and_marks_the_choice() {
    browser.open(url("/search?q=" + URLEncoder.encode("a photo", StandardCharsets.UTF_8)));
    var first = selectScene(1);

    assertThat(browser.find("[data-facet=scene] .facet-option.selected").getText()).contains(first);
    assertThat(browser.findAll(".hit .label.scene")).isNotEmpty()
        .allSatisfy(label -> assertThat(label.getText()).startsWith(first + " "));
    assertThat(browser.find(".clear-all").isDisplayed()).isTrue();

    var second = selectScene(0);
    assertThat(browser.findAll("[data-facet=scene] .facet-option.selected")).hasSize(2);
    assertThat(browser.findAll(".hit .label.scene")).extracting(label -> label.getText().split(" ")[0])
        .containsOnly(first, second).contains(first, second);
    browser.screenshot(SCREENSHOTS.resolve("results-facet.png"));
  }

  @Test
  void a_hit_opens_its_detail_page_which_searches_with_its_image() {
    browser.open(url("/search?q=" + URLEncoder.encode(query(commonScene()), StandardCharsets.UTF_8)));
    var id = idOf(browser.find(".hit"));
    browser.find(".hit-title").click();
    browser.awaitUrl("/images/");

    assertThat(browser.find("h1").getText()).isNotBlank();
    assertThat(browser.findAll(".bars li")).isNotEmpty();
    assertThat(browser.findAll(".similar-images .hit")).isNotEmpty();
    browser.screenshot(SCREENSHOTS.resolve("detail.png"));
    assertThat(browser.imagesShown(".large img")).as("the original, served by the API").isTrue();

    browser.find(".actions .button").click();
    browser.awaitUrl("like=");
    assertThat(idOf(browser.find(".hit"))).as("the image itself comes first").isEqualTo(id);

    browser.find(".refine summary").click();
    browser.find("#text_weight").sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
    assertThat(browser.find("#text_weight_value").getText()).as("the weight's label follows the slider")
        .isEqualTo("0.8");
  }

  @Test
  void choosing_a_file_in_the_drop_zone_searches_with_that_image() {
    var id = demo.truth.keySet().stream().sorted().skip(11).findFirst().orElseThrow();
    browser.open(url("/"));

    browser.find("#image-file").sendKeys(demo.file(id).toAbsolutePath().toString());
    browser.awaitUrl("upload=");

    assertThat(browser.find(".query-image figcaption").getText()).contains("Your image");
    assertThat(idOf(browser.find(".hit"))).as("the uploaded picture finds itself").isEqualTo(id);
    browser.screenshot(SCREENSHOTS.resolve("upload-results.png"));
    assertThat(browser.imagesShown(".query-image img")).as("the held upload, shown back").isTrue();
  }

  @Test
  void results_fit_a_phone_screen_with_the_facets_folded() {
    try (var phone = Browser.phone(dir.resolve("phone-profile"))) {
      phone.open(url("/search?lang=nl&q=" + URLEncoder.encode(query(commonScene()), StandardCharsets.UTF_8)));

      assertThat(phone.horizontalOverflow()).as("pixels wider than the screen").isZero();
      assertThat(phone.find(".facet-panel").getAttribute("open")).as("facets folded away").isNull();
      assertThat(phone.find(".summary").getText()).contains("afbeeldingen");
      phone.screenshot(SCREENSHOTS.resolve("phone-results.png"));
    }
  }

  @Test
  void thumbnails_link_the_pages_to_the_api_with_the_same_id_encoding() {
    var id = demo.truth.keySet().stream().sorted().findFirst().orElseThrow();
    browser.open(url("/images/" + ImageUrls.segment(id)));

    assertThat(browser.find("h1").getText()).isNotBlank();
    assertThat(browser.find(".large img").getAttribute("src")).endsWith(ImageUrls.file(id));
  }
}
