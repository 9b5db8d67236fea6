package org.figlint.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The renderers' own words, from {@code messages.properties} (English) and {@code
 * messages_fr.properties}. The JVM's default locale is never consulted: a locale without its own
 * bundle gets English.
 */
final class Messages {

  private static final String BUNDLE = "org.figlint.report.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
