package org.figlint.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies up to a limit. A body over it, whether its Content-Length says so or its
 * chunks add up to it, is refused with 413 without being kept; a bounded part of it is read and
 * dropped first, so that a client still writing it reads the answer rather than a reset.
 */
final class Bodies {
  private final long limit;
  private final long drain;

  Bodies(long limit) {
    this.limit = limit;
    this.drain = limit * 4;
  }

  byte[] read(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("bad Content-Length '" + declared + "'");
      }
      if (length > limit) {
        if (length <= drain) {
          skip(in, length);
        }
        throw tooLarge();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) {
        skip(in, drain - total);
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private HttpError tooLarge() {
    return new HttpError(413, "request body larger than " + limit + " bytes");
  }

  private static void skip(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = max;
    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
      left -= n;
    }
  }
}
