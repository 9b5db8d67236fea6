import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for figlint serve: N POST /v2/check requests from C concurrent clients, each answer
 * checked (200 and a "matches" array); prints p50/p90/p99/max latency and requests per second.
 * Run with the JDK's source launcher: java bench/serve/Load.java BASE_URL [N] [C] [WARMUP].
 */
public final class Load {
  private static final String[] TEXTS = {
    "Le conseil municipal se réunira le lundi 18 mars 2025 pour voter un budget de 15 millions"
        + " d'euros, dont 4,5 millions pour la rénovation des écoles et 2 millions pour la voirie.",
    "Selon l'Insee, le chômage a reculé à 7,3 % au troisième trimestre 2024, soit 0,2 point de"
        + " moins qu'un an plus tôt. Environ 2,3 millions de personnes cherchaient un emploi.",
    "La société a levé 225 millions de livres (270 millions d'euros) le 1er novembre 2023 auprès"
        + " de 12 investisseurs, dont 15 fonds européens. 🎉 Le tour a été bouclé en trois semaines.",
    "Ce document, issu du G7 d'Hiroshima en mai 2021, comprend 11 recommandations sur"
        + " l'intelligence artificielle. Les cinq membres permanents, à savoir la Chine, la France"
        + " et les États-Unis, se sont réunis mardi.",
  };

  public static void main(String[] args) throws Exception {
    URI check = URI.create(args[0]).resolve("/v2/check");
    int total = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    run(http, check, warmup, clients);
    Result r = run(http, check, total, clients);
    long[] ms = r.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT,
        "%d requests, %d clients, %d failed; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " %.1f requests/s%n",
        total, clients, r.failures.size(), pct(ms, 50), pct(ms, 90), pct(ms, 99),
        ms[ms.length - 1] / 1e6, total / (r.nanos / 1e9));
    r.failures.stream().limit(5).forEach(f -> System.out.println("failure: " + f));
    if (!r.failures.isEmpty() || ms.length != total) {
      System.exit(1);
    }
  }

  private record Result(List<Long> latencies, List<String> failures, long nanos) {}

  private static Result run(HttpClient http, URI check, int total, int clients)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < total; ) {
          String body = "language=fr&text="
              + URLEncoder.encode(TEXTS[i % TEXTS.length], StandardCharsets.UTF_8);
          HttpRequest request = HttpRequest.newBuilder(check)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() != 200 || !r.body().contains("\"matches\":[")) {
              failures.add(r.statusCode() + " " + r.body());
            }
          } catch (Exception e) {
            failures.add(e.toString());
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Result(new ArrayList<>(latencies), new ArrayList<>(failures),
        System.nanoTime() - start);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
