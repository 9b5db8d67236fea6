package org.figlint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.figlint.report.HtmlReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The --format html report opened from a file:// URL in headless Chromium. */
class HtmlReportBrowserTest {
  private static ChromeDriver driver;
  private static String html;
  private static WebDriverWait wait;

  @BeforeAll
  static void open() throws Exception {
    driver = Browser.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    html = HtmlReports.render(HtmlReports.review(HtmlReports.ALL));
    Path file = Path.of("target", "figlint-report.html").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
    driver.get(file.toUri().toString());
    wait.until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("scripted"));
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theScriptRendersTheTextsAsTheServerDid() {
    Document page = Jsoup.parse(html);
    for (Element text : page.select("div.text")) {
      String rendered = driver.findElement(By.id(text.id())).getAttribute("innerHTML");
      assertEquals(Jsoup.parseBodyFragment(text.html()).body().html(),
          Jsoup.parseBodyFragment(rendered).body().html(), text.id());
    }
    assertEquals(List.of(), driver.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(Object::toString).toList());
  }

  @Test
  void uncheckingARuleHidesItsRowsAndMessages() {
    List<WebElement> weekday = driver.findElements(By.cssSelector("tr[data-rule='weekday-mismatch']"));
    List<WebElement> dates = driver.findElements(By.cssSelector("tr[data-rule='date-mismatch']"));
    assertEquals(2, weekday.size());
    assertTrue(weekday.get(0).isDisplayed());
    assertFalse(weekday.get(1).isDisplayed(), "the suppressed finding is hidden");
    WebElement box = driver.findElement(By.cssSelector("input[data-filter='rule'][value='weekday-mismatch']"));
    box.click();
    wait.until(ExpectedConditions.invisibilityOf(weekday.get(0)));
    assertTrue(dates.get(0).isDisplayed());
    assertFalse(driver.findElement(By.cssSelector("#text-0 .msg[data-rule='weekday-mismatch']")).isDisplayed());
    assertEquals("1 constat affiché sur 3",
        driver.findElement(By.id("shown-count")).getText().replace('\u00a0', ' '));
    box.click();
    wait.until(ExpectedConditions.visibilityOf(weekday.get(0)));

    driver.findElement(By.cssSelector("input[data-filter='severity'][value='warning']")).click();
    wait.until(ExpectedConditions.invisibilityOf(dates.get(0)));
    assertTrue(weekday.get(0).isDisplayed());
    driver.findElement(By.cssSelector("input[data-filter='severity'][value='warning']")).click();
    wait.until(ExpectedConditions.visibilityOf(dates.get(0)));
  }

  @Test
  void theToggleShowsSuppressedFindingsInTheTableAndTheText() {
    WebElement suppressed = driver.findElement(By.cssSelector("tr.suppressed"));
    assertFalse(suppressed.isDisplayed());
    WebElement toggle = driver.findElement(By.id("show-suppressed"));
    toggle.click();
    wait.until(ExpectedConditions.visibilityOf(suppressed));
    WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#text-0 .msg.suppressed")));
    assertTrue(message.getText().contains("mercredi"), message.getText());
    toggle.click();
    wait.until(ExpectedConditions.invisibilityOf(suppressed));
    assertTrue(driver.findElements(By.cssSelector("#text-0 .msg.suppressed")).isEmpty());
  }

  @Test
  void hoveringARowHighlightsItsSpansAndALinkJumpsToTheOtherDocument() {
    WebElement row = driver.findElement(By.cssSelector("tr[data-rule='date-mismatch']"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
    new Actions(driver).moveToElement(row).perform();
    wait.until(d -> d.findElements(By.cssSelector(".at.hl")).size() == 2);
    List<String> lit = driver.findElements(By.cssSelector(".at.hl")).stream()
        .map(WebElement::getText).sorted().toList();
    assertEquals(List.of("du 22 au 25 mai 2024", "du 29 mai au 1er juin 2024"), lit);
    row.findElement(By.cssSelector(".related-list a")).click();
    wait.until(d -> d.getCurrentUrl().contains("#at-4-"));
    WebElement target = driver.findElement(By.cssSelector(".at:target"));
    assertEquals("du 22 au 25 mai 2024", target.getText());
    driver.executeScript("window.scrollTo(0, 0)");
    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
    Browser.screenshot(driver, "html-report.png");
    driver.executeScript("document.getElementById('timeline').scrollIntoView()");
    Browser.screenshot(driver, "html-report-timeline.png");
  }
}
