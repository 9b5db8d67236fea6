package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenderersTest {

  @Test
  void knownNames() {
    assertEquals(List.of("text", "json", "sarif", "github", "checkstyle", "junit", "html"),
        List.copyOf(Renderers.names()));
    assertInstanceOf(TextRenderer.class, Renderers.byName("text"));
    assertInstanceOf(JsonRenderer.class, Renderers.byName("json", Locale.ENGLISH));
    assertInstanceOf(SarifRenderer.class, Renderers.byName(" SARIF "));
    assertInstanceOf(GithubRenderer.class, Renderers.byName("github"));
    assertInstanceOf(CheckstyleRenderer.class, Renderers.byName("checkstyle"));
    assertInstanceOf(JunitRenderer.class, Renderers.byName("junit"));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    var e = assertThrows(IllegalArgumentException.class, () -> Renderers.byName("xml"));
    assertEquals("unknown output format 'xml'; known formats: text, json, sarif, github,"
        + " checkstyle, junit, html", e.getMessage());
  }
}
