package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The formats for CI services: goldens, XML that parses, and the shape readers expect. */
class CiFormatsTest {

  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void github(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("github",
        Golden.render("github", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void checkstyle(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("checkstyle",
        Golden.render("checkstyle", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void junit(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("junit",
        Golden.render("junit", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }

  // ------------------------------------------------------------------ github

  @Test
  void githubEscapesMessagesAndProperties() {
    Finding finding = new Finding("rule-a", Severity.WARNING, "100 % sûr,\r\nvraiment: oui",
        new Location("dir,1/a:b%.md", 3, 5, 3, 9, "x", null), List.of(), false);
    String out = render("github", finding);
    assertEquals("::warning file=dir%2C1/a%3Ab%25.md,line=3,col=5,endLine=3,endColumn=8,"
        + "title=rule-a::100 %25 sûr,%0D%0Avraiment: oui\n", out);
  }

  @Test
  void githubSendsColumnsOnlyForASpanOnOneLine() {
    Finding finding = new Finding("rule-a", Severity.INFO, "m",
        new Location("a.md", 3, 5, 4, 2, "x", null), List.of(), false);
    assertEquals("::notice file=a.md,line=3,endLine=4,title=rule-a::m\n",
        render("github", finding));
  }

  @Test
  void githubLeavesOutSuppressedFindings() {
    String out = Golden.render("github", Locale.FRENCH, Sample.report(), Sample.sources(0));
    assertEquals(3, out.lines().count());
    assertTrue(out.lines().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")));
    assertTrue(!out.contains("rounding"), out);
  }

  // ------------------------------------------------------------------ checkstyle

  @Test
  void checkstyleParsesAndListsEveryFile() throws Exception {
    Document xml = parse(Golden.render("checkstyle", Locale.FRENCH, Sample.report(),
        Sample.sources(0)));
    Element root = xml.getDocumentElement();
    assertEquals("checkstyle", root.getTagName());
    List<String> files = new ArrayList<>();
    NodeList fileNodes = root.getElementsByTagName("file");
    for (int i = 0; i < fileNodes.getLength(); i++) {
      files.add(((Element) fileNodes.item(i)).getAttribute("name"));
    }
    assertEquals(List.of(Sample.QUIET, Sample.ARTICLE, Sample.DEBATE), files);
    NodeList errors = root.getElementsByTagName("error");
    assertEquals(3, errors.getLength(), "the suppressed finding is left out");
    Element first = (Element) errors.item(0);
    assertEquals("figlint.unsourced-growth", first.getAttribute("source"));
    assertEquals("warning", first.getAttribute("severity"));
    assertEquals("3", first.getAttribute("line"));
  }

  @Test
  void checkstyleSurvivesCharactersXmlCannotHold() throws Exception {
    String message = "a <b> & \"c\" 'd' ]]> \u0001\u0008 tab\there\nline \uD800 end";
    Finding finding = new Finding("rule-a", Severity.ERROR, message,
        new Location("x&<\"y\".md", 1, 1, 1, 2, "x", null), List.of(), false);
    Element error = (Element) parse(render("checkstyle", finding))
        .getElementsByTagName("error").item(0);
    assertEquals("a <b> & \"c\" 'd' ]]> \uFFFD\uFFFD tab\there\nline \uFFFD end",
        error.getAttribute("message"));
    assertEquals("x&<\"y\".md",
        ((Element) error.getParentNode()).getAttribute("name"));
  }

  // ------------------------------------------------------------------ junit

  @Test
  void junitHasOneTestcasePerDocumentAndOneFailurePerFinding() throws Exception {
    Document xml = parse(Golden.render("junit", Locale.FRENCH, Sample.report(),
        Sample.sources(0)));
    Element suite = xml.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("figlint", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    NodeList cases = suite.getElementsByTagName("testcase");
    assertEquals(3, cases.getLength());
    List<String> names = new ArrayList<>();
    List<Integer> failures = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      assertEquals(suite, testcase.getParentNode());
      assertEquals("figlint", testcase.getAttribute("classname"));
      names.add(testcase.getAttribute("name"));
      failures.add(testcase.getElementsByTagName("failure").getLength());
    }
    assertEquals(List.of(Sample.QUIET, Sample.ARTICLE, Sample.DEBATE), names);
    assertEquals(List.of(0, 2, 1), failures, "the suppressed finding is no failure");
    Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure")
        .item(0);
    assertEquals("unsourced-growth", failure.getAttribute("type"));
    assertEquals("Hausse de 12\u00a0% sans période de référence ni source",
        failure.getAttribute("message"));
    assertTrue(failure.getTextContent().startsWith(Sample.ARTICLE + ":3:"),
        failure.getTextContent());
  }

  @Test
  void junitWithoutFindingsPasses() throws Exception {
    Report clean = new Report(List.of(), List.of(), "0.1.0-test", List.of("a.md", "b.md"));
    Element suite = parse(Golden.render("junit", Locale.FRENCH, clean, SourceText.of(
        java.util.Map.of()))).getDocumentElement();
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("0", suite.getAttribute("failures"));
    assertEquals(0, suite.getElementsByTagName("failure").getLength());
  }

  // ------------------------------------------------------------------ helpers

  private static String render(String format, Finding finding) {
    Report report = new Report(List.of(finding), List.of(), "0.1.0-test",
        List.of(finding.location().file()));
    return Golden.render(format, Locale.FRENCH, report, SourceText.of(java.util.Map.of()));
  }

  /** Parses with the JDK's parser, which refuses anything that is not well-formed XML. */
  static Document parse(String xml) throws ParserConfigurationException, SAXException,
      IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new InputSource(new StringReader(xml)));
  }
}
