package org.clipsearch.server;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's headless Chromium driven through its ChromeDriver, both named by path so that Selenium Manager never
 * looks for (or downloads) a browser or a driver. Started as this machine runs Chromium: no sandbox (root), no GPU,
 * no background connections, a fresh profile.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  /** Why the browser cannot run here, or empty when both binaries are installed. */
  public static Optional<String> unavailable() {
    var missing = new ArrayList<String>();
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of("skipped: " + String.join(" and ", missing)
        + " not installed (Debian packages chromium and chromium-driver; tools/ensure-browser.sh installs them)");
  }

  private Browser(Path profile, ChromeOptions options) {
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .build();
    options.setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--hide-scrollbars", "--lang=en-GB");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** A desktop window, 1280 x 900. */
  public static Browser desktop(Path profile) {
    return new Browser(profile, new ChromeOptions().addArguments("--window-size=1280,900"));
  }

  /** A phone screen, 390 x 844 CSS pixels (Chromium's window cannot be narrower than 500, so it is emulated). */
  public static Browser phone(Path profile) {
    return new Browser(profile, new ChromeOptions().setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0))));
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The element that has the keyboard focus. */
  public WebElement active() {
    return driver.switchTo().activeElement();
  }

  /** Whether every image matching {@code css} has loaded and decoded (a broken one has no natural width). */
  public boolean imagesShown(String css) {
    return (Boolean) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
        + ".every(i => i.complete && i.naturalWidth > 0)", css);
  }

  /** How many pixels the page is wider than the window (0 when nothing needs sideways scrolling). */
  public int horizontalOverflow() {
    return ((Number) driver.executeScript(
        "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")).intValue();
  }

  /** Runs {@code script} in the page, with {@code arguments} as {@code arguments[i]}; returns what it returns. */
  public Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Waits up to {@code timeout} until {@code script} returns true in the page. */
  public void awaitScript(String script, Duration timeout) {
    new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  /** Waits until every image on the page has loaded or failed (lazy ones load once they are in the window). */
  public void awaitImages() {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return Array.from(document.images).every(i => i.complete)"));
  }

  /** Waits until the page at a URL containing {@code part} has loaded. */
  public void awaitUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains(part)
        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Saves the whole page, not only the window, as a PNG. Lazy images below the window are switched to load at once
   * first, and the screenshot waits for every image.
   */
  public void screenshot(Path file) {
    driver.executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
    awaitImages();
    var width = ((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue();
    var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
    var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the screenshot " + file, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
