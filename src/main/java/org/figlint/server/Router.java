package org.figlint.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends each request to its endpoint by exact path (and {@code /assets/} by prefix): 404 for an
 * unknown path, 405 for a method the endpoint does not take. CORS stays closed (no
 * {@code Access-Control-*} header) unless the request's origin is one of the allowed ones: then
 * it is echoed and preflights are answered. Every refusal is a one-line JSON error.
 */
final class Router implements HttpHandler {
  /** One endpoint: what answers a request that passed routing. */
  @FunctionalInterface
  interface Endpoint {
    void handle(HttpExchange exchange) throws IOException;
  }

  private record Route(Set<String> methods, Endpoint endpoint) {}

  private static final String ASSETS = "/assets/";

  private final Map<String, Route> routes = new LinkedHashMap<>();
  private final Set<String> allowedOrigins;
  private Route assets;

  Router(List<String> allowedOrigins) {
    this.allowedOrigins = Set.copyOf(allowedOrigins);
  }

  Router route(String path, String method, Endpoint endpoint) {
    routes.put(path, new Route(Set.of(method), endpoint));
    return this;
  }

  Router assets(Endpoint endpoint) {
    assets = new Route(Set.of("GET"), endpoint);
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      dispatch(exchange);
    } catch (HttpError e) {
      if (e.status == 413) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      Responses.error(exchange, e.status, e.getMessage());
    } catch (IOException e) {
      // The client went away: nothing to answer.
    } catch (RuntimeException e) {
      Responses.error(exchange, 500, "internal error: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } finally {
      exchange.close();
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    Route route = routes.get(path);
    if (route == null && assets != null && path != null && path.startsWith(ASSETS)) {
      route = assets;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    boolean cors = origin != null && allowedOrigins.contains(origin);
    if (cors) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
      exchange.getResponseHeaders().set("Vary", "Origin");
    }
    if (route == null) {
      throw new HttpError(404, "no such path: " + path);
    }
    String method = exchange.getRequestMethod();
    String allow = String.join(", ", route.methods());
    if (method.equals("OPTIONS") && cors) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Methods", allow + ", OPTIONS");
      exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
      exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    if (!route.methods().contains(method)) {
      exchange.getResponseHeaders().set("Allow", allow);
      throw new HttpError(405, "method " + method + " not allowed on " + path + ": " + allow);
    }
    route.endpoint().handle(exchange);
  }
}
