package org.figlint.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.figlint.report.Finding;
import org.figlint.review.Review;
import org.figlint.review.Source;

/**
 * Lints the open documents and publishes their diagnostics. Changes are debounced: each one
 * (re)starts a delay after which every project with a changed document is reviewed, its open
 * documents together, on one background thread. A result is published only for the version of a
 * document it was computed from, so a stale review never overwrites a newer one. Nothing that
 * goes wrong in a review stops the server.
 */
final class Linting {
  private static final Logger LOG = Logger.getLogger(Linting.class.getName());

  /** A document as last reviewed: the text's version, its project and the review. */
  record Reviewed(OpenDocument document, Projects.Project project, Review review) {
    String path() {
      return Uris.path(document.uri());
    }
  }

  private final DocumentStore store;
  private final Projects projects;
  private final Supplier<LanguageClient> client;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      r -> daemon(r, "figlint-lint"));
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Map<String, Reviewed> latest = new ConcurrentHashMap<>();
  /** The configuration errors and notices already shown, so that typing does not repeat them. */
  private final Set<String> shown = ConcurrentHashMap.newKeySet();
  private volatile long delayMillis;
  private ScheduledFuture<?> pending;

  Linting(DocumentStore store, Projects projects, Supplier<LanguageClient> client,
      long delayMillis) {
    this.store = store;
    this.projects = projects;
    this.client = client;
    this.delayMillis = delayMillis;
  }

  void delay(long millis) {
    this.delayMillis = Math.max(0, millis);
  }

  /** Lints the project of {@code uri} after the debounce delay (a change). */
  void changed(String uri) {
    schedule(List.of(uri), delayMillis);
  }

  /** Lints the project of {@code uri} at once (an open, a save). */
  void now(String uri) {
    schedule(List.of(uri), 0);
  }

  /** Lints every open document at once (settings may have changed). */
  void all() {
    schedule(store.all().stream().map(OpenDocument::uri).toList(), 0);
  }

  /** A document was closed: clears its diagnostics and lints the documents it was read with. */
  void closed(String uri, Projects.Project project) {
    latest.remove(uri);
    publish(uri, null, List.of());
    List<String> peers = new ArrayList<>();
    for (OpenDocument d : store.all()) {
      if (sameProject(projects.of(d.uri()), project)) {
        peers.add(d.uri());
      }
    }
    if (!peers.isEmpty()) {
      schedule(peers, 0);
    }
  }

  private synchronized void schedule(List<String> uris, long delay) {
    if (scheduler.isShutdown()) {
      return;
    }
    dirty.addAll(uris);
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(this::run, delay, TimeUnit.MILLISECONDS);
  }

  private void run() {
    Set<String> uris;
    synchronized (this) {
      uris = new LinkedHashSet<>(dirty);
      dirty.clear();
    }
    try {
      Map<Object, Projects.Project> byKey = new LinkedHashMap<>();
      Map<Object, List<OpenDocument>> docs = new HashMap<>();
      Set<Object> touched = new HashSet<>();
      for (OpenDocument d : store.all()) {
        Projects.Project p = projects.of(d.uri());
        Object key = key(p);
        byKey.putIfAbsent(key, p);
        docs.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        if (uris.contains(d.uri())) {
          touched.add(key);
        }
      }
      for (Object key : touched) {
        lint(byKey.get(key), docs.get(key));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "figlint: lint failed", e);
      log(MessageType.Error, "figlint : échec de l'analyse : " + e);
    }
  }

  /** Reviews the open documents of one project together and publishes their diagnostics. */
  private void lint(Projects.Project project, List<OpenDocument> docs) {
    if (project.reviewer() == null) {
      if (shown.add(project.config() + "\n" + project.error())) {
        LanguageClient c = client.get();
        if (c != null) {
          c.showMessage(new MessageParams(MessageType.Error, project.error()));
        }
      }
      for (OpenDocument d : docs) {
        latest.remove(d.uri());
        publish(d.uri(), d.version(), List.of());
      }
      return;
    }
    shown.removeIf(s -> s.startsWith(project.config() + "\n"));
    Map<String, String> uriByPath = new HashMap<>();
    List<Source> sources = new ArrayList<>();
    for (OpenDocument d : docs) {
      String path = Uris.path(d.uri());
      uriByPath.put(path, d.uri());
      sources.add(source(d));
    }
    Review review;
    try {
      review = project.reviewer().review(sources);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "figlint: review failed", e);
      log(MessageType.Error, "figlint : échec de l'analyse : " + e);
      return;
    }
    for (String error : review.errors()) {
      log(MessageType.Warning, "figlint : " + error);
    }
    for (String notice : review.notices()) {
      // Shown once: the same review comes at every change of a text. (A configuration error
      // is forgotten once the project works, so that it is shown again if it comes back.)
      if (shown.add("notice\n" + project.config() + "\n" + notice)) {
        LanguageClient c = client.get();
        if (c != null) {
          c.showMessage(new MessageParams(MessageType.Warning, "figlint : " + notice));
        }
      }
    }
    for (OpenDocument d : docs) {
      String path = Uris.path(d.uri());
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (Finding f : review.findingsIn(path)) {
        if (!f.suppressed()) {
          diagnostics.add(Diagnostics.of(f, p -> uriByPath.containsKey(p) ? uriByPath.get(p)
              : Uris.of(p, project.directory())));
        }
      }
      synchronized (store) {
        if (store.isCurrent(d.uri(), d.version())) {
          latest.put(d.uri(), new Reviewed(d, project, review));
          publish(d.uri(), d.version(), diagnostics);
        }
      }
    }
  }

  /**
   * The document at {@code uri} as reviewed at its current version: the last review if it is
   * still current, else a review of its text alone. Empty when it is not open or its project's
   * settings are broken.
   */
  Optional<Reviewed> current(String uri) {
    Optional<OpenDocument> open = store.get(uri);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    OpenDocument doc = open.get();
    Reviewed last = latest.get(uri);
    if (last != null && last.document().version() == doc.version()) {
      return Optional.of(last);
    }
    Projects.Project project = projects.of(uri);
    if (project.reviewer() == null) {
      return Optional.empty();
    }
    return Optional.of(new Reviewed(doc, project, project.reviewer().review(source(doc))));
  }

  /** Loads the bundled settings in the background, so that the first lint does not wait. */
  void warmUp() {
    try {
      scheduler.execute(() -> {
        try {
          projects.of("untitled:figlint");
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "figlint: warm-up failed", e);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // shut down already
    }
  }

  /**
   * Starts no more lints and drops the one waiting for its delay. A lint under way is not
   * interrupted: it could be cut in the middle of a message to the editor, and the response to
   * {@code shutdown} would be lost behind it.
   */
  synchronized void shutdown() {
    if (pending != null) {
      pending.cancel(false);
    }
    scheduler.shutdown();
  }

  static Source source(OpenDocument d) {
    return new Source(Uris.path(d.uri()), d.text(), Uris.format(d.languageId(), d.uri()), null);
  }

  private void publish(String uri, Integer version, List<Diagnostic> diagnostics) {
    LanguageClient c = client.get();
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }
  }

  private void log(MessageType type, String message) {
    LanguageClient c = client.get();
    if (c != null) {
      c.logMessage(new MessageParams(type, message));
    }
  }

  private static boolean sameProject(Projects.Project a, Projects.Project b) {
    return java.util.Objects.equals(a.config(), b.config());
  }

  private static Object key(Projects.Project p) {
    return p.config() == null ? "" : p.config();
  }

  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
