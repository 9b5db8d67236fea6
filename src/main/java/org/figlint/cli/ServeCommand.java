package org.figlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.figlint.review.Reviewer;
import org.figlint.rule.RuleException;
import org.figlint.server.ReviewServer;
import org.figlint.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figlint serve}: the HTTP server (figlint's JSON API, LanguageTool's API, the page). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Sert la relecture par HTTP : l'API JSON de figlint, l'API de LanguageTool"
        + " (/v2/check) et la page de relecture.",
    exitCodeListHeading = "%nExit codes:%n",
    footer = "%nRuns until stopped (Ctrl-C): requests in progress get up to a second to finish.",
    exitCodeList = {
      "2:usage error, broken rule or configuration file, or address already in use"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(names = "--port", defaultValue = "8081",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Time a review may take before the request gets 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--threads", paramLabel = "N",
      description = "Reviews run at once (default: the number of processors).")
  Integer threads;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "Let pages from ORIGIN call the server (CORS; repeatable). Closed by default.")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Project settings to use instead of the nearest .figlint.yaml.")
  Path configFile;

  @Option(names = "--no-config", description = "Do not read any .figlint.yaml.")
  boolean noConfig;

  /** Where .figlint.yaml is looked for: the current folder (tests set another). */
  Path workingDirectory = Path.of("").toAbsolutePath();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds < 1) {
      err.println("figlint: --timeout must be at least 1 second");
      return ExitCode.ERROR.code;
    }
    if (threads != null && threads < 1) {
      err.println("figlint: --threads must be at least 1");
      return ExitCode.ERROR.code;
    }
    ServerOptions options;
    try {
      ServerOptions loopback = ServerOptions.loopback(port);
      options = new ServerOptions(host, port, Duration.ofSeconds(timeoutSeconds), allowedOrigins,
          loopback.maxBodyBytes(), threads == null ? loopback.workers() : threads);
    } catch (IllegalArgumentException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    Reviewer reviewer;
    try {
      reviewer = Reviewer.forConfig(ProjectSettings.read(configFile, noConfig, workingDirectory));
    } catch (RuleException e) {
      err.println(e.getMessage());
      return ExitCode.ERROR.code;
    }
    ReviewServer server;
    try {
      server = ReviewServer.start(options, reviewer::review);
    } catch (IOException | RuntimeException e) {
      err.println("figlint: cannot listen on " + host + ":" + port + " ("
          + Main.describe(e) + ")");
      return ExitCode.ERROR.code;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "figlint-shutdown"));
    if (!isLoopback(host)) {
      err.println("figlint: warning: listening on " + host
          + ", not only loopback: anyone who reaches it can use the server");
    }
    err.println("figlint: serving on " + server.uri());
    err.flush();
    server.awaitClose();
    return ExitCode.OK.code;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
