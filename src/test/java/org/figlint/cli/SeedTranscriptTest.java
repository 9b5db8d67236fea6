package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The seed transcript: no figure is fused with the timestamp that starts its line. */
class SeedTranscriptTest {
  @Test
  void timestampsAreNotPartOfFigures() throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("extract", "seeds/002_17b833aa618b417f.txt"));
    List<JsonNode> mentions = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        mentions.add(json.readTree(line));
      }
    }
    JsonNode eighty = mentions.stream()
        .filter(m -> m.get("line").asInt() == 98).findFirst().orElseThrow();
    assertEquals("80 millions d'euros", eighty.get("text").asText());
    assertEquals(6, eighty.get("column").asInt());
    assertEquals("80000000", eighty.at("/value/amount").asText());
    for (JsonNode m : mentions) {
      String text = m.get("text").asText();
      assertTrue(!text.matches("^\\d{1,2}:\\d{2}.*") && !(m.get("column").asInt() == 1
          && text.matches("^\\d.*") && text.length() > 2 && text.charAt(2) == ':'), text);
    }
  }
}
