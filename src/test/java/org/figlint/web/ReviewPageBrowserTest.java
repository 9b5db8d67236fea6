package org.figlint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.figlint.review.Reviewer;
import org.figlint.server.ReviewServer;
import org.figlint.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review page, served with the real linter, typed into in headless Chromium. */
class ReviewPageBrowserTest {
  private static ChromeDriver driver;
  private static ReviewServer server;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start();
    server = ReviewServer.start(ServerOptions.loopback(0), Reviewer.bundled()::review);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void load() {
    driver.get(server.uri().toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
  }

  private static void setDate(String iso) {
    driver.executeScript("var d = document.getElementById('date'); d.value = arguments[0];"
        + " d.dispatchEvent(new Event('change'));", iso);
  }

  @Test
  void typingAnArticleHighlightsItsFiguresAndExplainsTheWeekdayError() {
    setDate("2025-03-01");
    WebElement area = driver.findElement(By.id("text"));
    area.sendKeys("Le conseil municipal se réunira le lundi 18 mars 2025 à l’hôtel de ville.");
    area.sendKeys(Keys.ENTER, "Il votera un budget de 12,5 millions d’euros, en hausse de 3 % sur un an.");
    WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#findings li.finding[data-rule='weekday-mismatch']")));
    assertTrue(finding.getText().contains("est un mardi, pas un lundi"), finding.getText());
    assertTrue(finding.getText().contains("ligne 1, colonne 36"), finding.getText());
    wait.until(d -> d.findElements(By.cssSelector("#mirror span.m")).size() == 3);
    List<String> marks = driver.findElements(By.cssSelector("#mirror span.m")).stream()
        .map(e -> e.getAttribute("data-kind") + ":" + e.getAttribute("textContent")).toList();
    assertEquals(List.of("date:lundi 18 mars 2025", "money:12,5 millions d’euros", "percent:3 %"), marks);
    assertEquals(area.getAttribute("value"),
        driver.executeScript("return document.getElementById('mirror').textContent.replace(/ $/, '')"));

    WebElement mention = driver.findElement(By.cssSelector("#mirror span.at.f-error"));
    assertEquals("lundi 18 mars 2025", mention.getAttribute("textContent"));
    assertTrue(!mention.getAttribute("class").contains("hl"));
    new Actions(driver).moveToElement(finding).perform();
    wait.until(ExpectedConditions.attributeContains(mention, "class", "hl"));
    Browser.screenshot(driver, "review-page.png");
    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
    wait.until(d -> !mention.getAttribute("class").contains("hl"));
  }

  @Test
  void aCorrectedTextLosesItsFindingAndMarksFollowTheEdits() {
    setDate("2025-03-01");
    WebElement area = driver.findElement(By.id("text"));
    area.sendKeys("Le lundi 18 mars 2025, 45 élus ont voté.");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#findings li.finding")));
    area.sendKeys(Keys.HOME);
    area.sendKeys("Hier, ");
    // At once, before the next review, the marks move with the text they stand under.
    WebElement count = wait.until(d -> d.findElement(By.cssSelector("#mirror span.m-count")));
    assertEquals("45 élus", count.getAttribute("textContent"));
    area.clear();
    area.sendKeys("Le mardi 18 mars 2025, 45 élus ont voté.");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-findings")));
    wait.until(d -> d.findElements(By.cssSelector("#findings li.finding")).isEmpty()
        && d.findElements(By.cssSelector("#mirror span.m")).size() == 2);
  }

  @Test
  void theFormatAndTheDateAreSentWithTheText() {
    new Select(driver.findElement(By.id("format"))).selectByValue("markdown");
    setDate("2025-03-01");
    WebElement area = driver.findElement(By.id("text"));
    area.sendKeys("# Agenda", Keys.ENTER, Keys.ENTER, "Réunion le *lundi 18 mars 2025*.");
    WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#findings li.finding[data-rule='weekday-mismatch']")));
    assertTrue(finding.getText().contains("ligne 3"), finding.getText());
    WebElement date = wait.until(d -> d.findElement(By.cssSelector("#mirror span.m-date")));
    assertEquals("lundi 18 mars 2025", date.getAttribute("textContent"));
  }
}
