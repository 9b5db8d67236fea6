package org.figlint.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Chooses a renderer by format name. */
public final class Renderers {

  private static final Map<String, Function<Locale, Renderer>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("text", TextRenderer::new);
    BY_NAME.put("json", locale -> new JsonRenderer());
    BY_NAME.put("sarif", locale -> new SarifRenderer());
    BY_NAME.put("github", locale -> new GithubRenderer());
    BY_NAME.put("checkstyle", locale -> new CheckstyleRenderer());
    BY_NAME.put("junit", locale -> new JunitRenderer());
    BY_NAME.put("html", locale -> new HtmlRenderer());
  }

  private Renderers() {}

  /** The known format names, in a fixed order. */
  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  /** The renderer for format {@code name}, with French messages. */
  public static Renderer byName(String name) {
    return byName(name, Locale.FRENCH);
  }

  /** The renderer for format {@code name}, with messages in {@code locale} (French or English). */
  public static Renderer byName(String name, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Function<Locale, Renderer> factory =
        name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown output format '" + name + "'; known formats: " + String.join(", ", names()));
    }
    return factory.apply(locale);
  }
}
