package org.figlint.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and what it accepts: the address ({@code port} 0 picks a free port),
 * the time a review may take, the origins allowed to call it from a browser (none: CORS
 * closed), the largest request body in bytes, and the number of reviews run at once.
 */
public record ServerOptions(String host, int port, Duration timeout, List<String> allowedOrigins,
    long maxBodyBytes, int workers) {

  /** 1 MB, the largest request body by default. */
  public static final long MAX_BODY_BYTES = 1_000_000;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    allowedOrigins = List.copyOf(allowedOrigins);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxBodyBytes < 1 || workers < 1) {
      throw new IllegalArgumentException("maxBodyBytes and workers must be positive");
    }
  }

  /** Loopback, the given port, 10 s per review, CORS closed, 1 MB bodies, one worker per core. */
  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, Duration.ofSeconds(10), List.of(), MAX_BODY_BYTES,
        Runtime.getRuntime().availableProcessors());
  }

  public ServerOptions withTimeout(Duration value) {
    return new ServerOptions(host, port, value, allowedOrigins, maxBodyBytes, workers);
  }

  public ServerOptions withAllowedOrigins(List<String> value) {
    return new ServerOptions(host, port, timeout, value, maxBodyBytes, workers);
  }
}
