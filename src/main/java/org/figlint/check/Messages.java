package org.figlint.check;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Finding messages, in French by default or English, from messages*.properties. */
public final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.figlint.check.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  /** A message; with arguments it is a MessageFormat pattern (quotes doubled: ''). */
  public String get(String key, Object... args) {
    if (args.length == 0) {
      return bundle.getString(key);
    }
    MessageFormat format = formats.computeIfAbsent(key,
        k -> new MessageFormat(bundle.getString(k), locale));
    // A MessageFormat (and the number formats inside it) is not safe for concurrent use.
    synchronized (format) {
      return format.format(args);
    }
  }

  /**
   * The patterns read once per key: reading one makes a number format for each number argument,
   * which costs more than the formatting, and a run formats the same few messages many times.
   */
  private final java.util.Map<String, MessageFormat> formats =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A message without formatting (examples quote text as it is). */
  public String raw(String key) {
    return bundle.getString(key);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public static List<Locale> supported() {
    return List.of(Locale.FRENCH, Locale.ENGLISH);
  }
}
