package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** figlint's SARIF against the official SARIF 2.1.0 schema (see src/test/resources/sarif/). */
class SarifSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = registry.getSchema(in);
    }
  }

  @Test
  void sampleReportIsValid() {
    assertEquals(List.of(), validate(sample()));
  }

  @Test
  void reportWithoutFindingsIsValid() {
    var report = new Report(List.of(), Sample.RULES, "0.1.0", List.of());
    assertEquals(List.of(), validate(parse(Golden.render("sarif", Locale.ROOT, report,
        SourceText.none()))));
  }

  @Test
  void missingToolNameIsCaught() {
    assertInvalid(sarif -> driver(sarif).remove("name"), "name");
  }

  @Test
  void missingResultMessageIsCaught() {
    assertInvalid(sarif -> result(sarif).remove("message"), "message");
  }

  @Test
  void missingRunsIsCaught() {
    assertInvalid(sarif -> sarif.remove("runs"), "runs");
  }

  @Test
  void pathThatIsNotPercentEncodedIsCaught() {
    assertInvalid(sarif -> ((ObjectNode) sarif.at("/runs/0/artifacts/1/location"))
        .put("uri", Sample.ARTICLE), "uri");
  }

  @Test
  void levelOutsideTheSarifWordsIsCaught() {
    assertInvalid(sarif -> result(sarif).put("level", "info"), "level");
  }

  @Test
  void fingerprintsDoNotMoveWithLines() {
    JsonNode before = sample();
    JsonNode after = parse(Golden.render("sarif", Locale.ROOT, Sample.report(5),
        Sample.sources(5)));
    assertNotEquals(before.at("/runs/0/results/0/locations"),
        after.at("/runs/0/results/0/locations"));
    for (int i = 0; i < before.at("/runs/0/results").size(); i++) {
      String path = "/runs/0/results/" + i + "/partialFingerprints";
      assertEquals(before.at(path), after.at(path));
      assertFalse(before.at(path).isMissingNode());
    }
  }

  private static void assertInvalid(Consumer<ObjectNode> breakIt, String property) {
    ObjectNode sarif = sample();
    breakIt.accept(sarif);
    List<Error> errors = validate(sarif);
    assertFalse(errors.isEmpty(), "a broken log must not pass the schema");
    assertTrue(errors.stream().anyMatch(e -> e.toString().contains(property)),
        () -> "no error names " + property + ": " + errors);
  }

  private static ObjectNode driver(ObjectNode sarif) {
    return (ObjectNode) sarif.at("/runs/0/tool/driver");
  }

  private static ObjectNode result(ObjectNode sarif) {
    return (ObjectNode) sarif.at("/runs/0/results/0");
  }

  private static List<Error> validate(JsonNode sarif) {
    return schema.validate(sarif);
  }

  private static ObjectNode sample() {
    return parse(Golden.render("sarif", Locale.ROOT, Sample.report(), Sample.sources(0)));
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
