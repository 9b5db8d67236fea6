package org.figlint.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review page: {@code /} is the classpath resource {@code index.html} under a folder
 * ({@code web/}), {@code /assets/NAME} the resource {@code NAME} beside it, for plain names of
 * scripts, style sheets and images only. Resources come from the classpath, never from the file
 * system; a name that does not fit or a resource that is missing is 404.
 */
final class StaticFiles {
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(js|css|svg|png|ico)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml; charset=utf-8",
      "png", "image/png",
      "ico", "image/x-icon");

  private final ClassLoader loader;
  private final String folder;

  /** @param folder a classpath folder ending with a slash, such as {@code web/} */
  StaticFiles(ClassLoader loader, String folder) {
    this.loader = loader;
    this.folder = folder;
  }

  void index(HttpExchange exchange) throws IOException {
    serve(exchange, "index.html", "html");
  }

  void asset(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getRawPath().substring("/assets/".length());
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new HttpError(404, "no such asset: " + name);
    }
    serve(exchange, name, m.group(1));
  }

  private void serve(HttpExchange exchange, String name, String extension) throws IOException {
    byte[] body;
    try (InputStream in = loader.getResourceAsStream(folder + name)) {
      if (in == null) {
        throw new HttpError(404, "no such file: " + name);
      }
      body = in.readAllBytes();
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    Responses.send(exchange, 200, TYPES.get(extension), body);
  }
}
