package org.figlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.figlint.document.Document;
import org.figlint.document.LineMap;
import org.figlint.document.Position;
import org.figlint.parse.Mention;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Decimals;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Value;

/** The JSON shape of a mention, as {@code figlint extract --format jsonl} prints it. */
public final class MentionJson {
  private final ObjectMapper mapper;

  public MentionJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A mention with its span in the original file; {@code text} is the original text of that
   * span (markup and character references included, as written).
   */
  public ObjectNode toJson(Document doc, LineMap lines, Mention m) {
    int from = doc.originalOffset(m.start());
    int to = Math.max(from, doc.originalEnd(m.end()));
    Position start = lines.position(from);
    Position end = lines.position(to);
    ObjectNode node = mapper.createObjectNode();
    node.put("file", doc.path());
    node.put("line", start.line());
    node.put("column", start.column());
    node.put("endLine", end.line());
    node.put("endColumn", end.column());
    node.put("text", doc.text().substring(from, to));
    node.put("kind", m.kind().id());
    node.set("value", value(m.value()));
    return node;
  }

  public ObjectNode value(Value v) {
    ObjectNode node = mapper.createObjectNode();
    if (v instanceof Money money) {
      node.put("amount", Decimals.format(money.amount()));
      node.put("currency", money.currency());
      node.put("qualifier", money.qualifier().id());
      node.put("min", Decimals.format(money.min()));
      node.put("max", Decimals.format(money.max()));
      if (money.period() != null) {
        node.put("period", money.period().id());
      }
      if (!money.alternatives().isEmpty()) {
        node.set("alternatives", mapper.valueToTree(money.alternatives()));
      }
    } else if (v instanceof DateInterval d) {
      node.put("start", iso(d.start()));
      node.put("end", iso(d.end()));
      node.put("grain", d.grain().id());
      if (d.weekday() != null) {
        node.put("weekday", d.weekday().name().toLowerCase(java.util.Locale.ROOT));
      }
    } else if (v instanceof Percent p) {
      node.put("value", Decimals.format(p.value()));
      if (p.points()) {
        node.put("points", true);
      }
      if (p.qualifier() != org.figlint.value.Qualifier.EXACT) {
        node.put("qualifier", p.qualifier().id());
      }
    } else if (v instanceof Count c) {
      node.put("value", Decimals.format(c.value()));
      node.put("unit", c.unit());
      if (c.qualifier() != org.figlint.value.Qualifier.EXACT) {
        node.put("qualifier", c.qualifier().id());
      }
    }
    return node;
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
