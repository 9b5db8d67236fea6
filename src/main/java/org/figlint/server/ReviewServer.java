package org.figlint.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * figlint over HTTP: {@code POST /api/lint} (the review JSON), {@code POST /v2/check} and
 * {@code GET /v2/languages} (LanguageTool's API), and the review page at {@code /} and
 * {@code /assets/}. Requests are read by a bounded pool of threads; reviews run on another, each
 * with a deadline. Nothing a request says reaches the file system.
 */
public final class ReviewServer implements AutoCloseable {
  private final HttpServer http;
  private final ThreadPoolExecutor requests;
  private final Deadlines deadlines;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private ReviewServer(HttpServer http, ThreadPoolExecutor requests, Deadlines deadlines) {
    this.http = http;
    this.requests = requests;
    this.deadlines = deadlines;
  }

  /** Starts a server serving the page from the classpath folder {@code web/}. */
  public static ReviewServer start(ServerOptions options, Reviews reviews) throws IOException {
    return start(options, reviews, new StaticFiles(ReviewServer.class.getClassLoader(), "web/"));
  }

  static ReviewServer start(ServerOptions options, Reviews reviews, StaticFiles files)
      throws IOException {
    Bodies bodies = new Bodies(options.maxBodyBytes());
    Deadlines deadlines = new Deadlines(options.workers(), 64, options.timeout());
    LintEndpoint lint = new LintEndpoint(reviews, bodies, deadlines);
    CheckEndpoint check = new CheckEndpoint(reviews, bodies, deadlines);
    Router router = new Router(options.allowedOrigins())
        .route("/", "GET", files::index)
        .assets(files::asset)
        .route("/api/lint", "POST", lint::handle)
        .route("/v2/check", "POST", check::handle)
        .route("/v2/languages", "GET", CheckEndpoint::languages);
    int threads = Math.max(8, options.workers() * 4);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor requests = new ThreadPoolExecutor(threads, threads, 0,
        TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1024), r -> {
          Thread t = new Thread(r, "figlint-http-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    } catch (IOException e) {
      requests.shutdownNow();
      deadlines.close();
      throw e;
    }
    http.createContext("/", router);
    http.setExecutor(requests);
    http.start();
    return new ReviewServer(http, requests, deadlines);
  }

  /** The port listened on (the one picked when 0 was asked). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The base address, such as {@code http://127.0.0.1:8081/}. */
  public URI uri() {
    String host = http.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Waits until {@link #close} has run. */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  /** Stops listening, lets exchanges in progress finish for up to a second, then stops. */
  @Override
  public synchronized void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    http.stop(1);
    requests.shutdownNow();
    deadlines.close();
    stopped.countDown();
  }
}
