package org.figlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiglintLanguageServerTest {
  private static final String WEEKDAY = "Le conseil se réunira le lundi 18 mars 2025.\n";

  @TempDir Path dir;
  private LspConnection lsp;

  @BeforeEach
  void start() throws Exception {
    lsp = new LspConnection();
  }

  @AfterEach
  void stop() throws Exception {
    lsp.close();
  }

  private String uri(String name) {
    return dir.resolve(name).toUri().toString();
  }

  @Test
  void initializeAdvertisesIncrementalSyncHoverAndQuickFixes() throws Exception {
    InitializeResult result = lsp.initialize();
    var caps = result.getCapabilities();
    assertEquals(TextDocumentSyncKind.Incremental, caps.getTextDocumentSync().getRight().getChange());
    assertTrue(caps.getTextDocumentSync().getRight().getOpenClose());
    assertTrue(caps.getHoverProvider().getLeft());
    assertEquals(List.of("quickfix"), caps.getCodeActionProvider().getRight().getCodeActionKinds());
    assertEquals("figlint", result.getServerInfo().getName());
  }

  @Test
  void aWeekdayErrorIsPublishedAtItsRangeThenClearedByAnIncrementalEdit() throws Exception {
    lsp.initialize();
    String uri = uri("agenda.md");
    lsp.open(uri, "markdown", WEEKDAY);
    PublishDiagnosticsParams published = lsp.awaitDiagnostics(uri, 1);
    assertEquals(1, published.getDiagnostics().size(), published.toString());
    Diagnostic d = published.getDiagnostics().get(0);
    int from = WEEKDAY.indexOf("lundi");
    int to = WEEKDAY.indexOf(" 2025") + 5;
    assertEquals(LspConnection.range(0, from, to), d.getRange());
    assertEquals("weekday-mismatch", d.getCode().getLeft());
    assertEquals("figlint", d.getSource());
    assertEquals(DiagnosticSeverity.Error, d.getSeverity());
    assertTrue(d.getMessage().contains("mardi"), d.getMessage());

    lsp.edit(uri, 2, LspConnection.range(0, from, from + "lundi".length()), "mardi");
    assertEquals(List.of(), lsp.awaitDiagnostics(uri, 2).getDiagnostics());
  }

  @Test
  void aCleanTextPublishesAnEmptyList() throws Exception {
    lsp.initialize();
    String uri = uri("propre.txt");
    lsp.open(uri, "plaintext",
        "Le mardi 18 mars 2025, la société a levé 15 millions d'euros auprès de 12 investisseurs.");
    assertEquals(List.of(), lsp.awaitDiagnostics(uri, 1).getDiagnostics());
  }

  @Test
  void openDocumentsOfAProjectAreComparedWithEachOther() throws Exception {
    lsp.initialize();
    String a = uri("a.txt");
    String b = uri("b.txt");
    lsp.open(a, "plaintext",
        "date 2024-05-02\nLa société Mistral AI a levé 15 millions d'euros le 2 mai 2024.\n");
    lsp.awaitDiagnostics(a, 1);
    lsp.open(b, "plaintext",
        "date 2024-05-03\nLa société Mistral AI a levé 20 millions d'euros le 2 mai 2024.\n");
    PublishDiagnosticsParams withRelated = lsp.awaitDiagnostics(b, p -> p.getDiagnostics()
        .stream().anyMatch(d -> d.getRelatedInformation() != null
            && d.getRelatedInformation().stream()
                .anyMatch(r -> r.getLocation().getUri().equals(a))));
    Diagnostic d = withRelated.getDiagnostics().stream()
        .filter(x -> x.getCode().getLeft().equals("figure-mismatch")).findFirst().orElseThrow();
    DiagnosticRelatedInformation related = d.getRelatedInformation().stream()
        .filter(r -> r.getLocation().getUri().equals(a)).findFirst().orElseThrow();
    String line = "La société Mistral AI a levé 15 millions d'euros le 2 mai 2024.";
    assertEquals(1, related.getLocation().getRange().getStart().getLine());
    assertEquals(line.indexOf("15"), related.getLocation().getRange().getStart().getCharacter());
    assertTrue(!related.getMessage().isBlank());
  }

  @Test
  void hoverOnAnAmountShowsItsValue() throws Exception {
    lsp.initialize();
    String uri = uri("levee.md");
    String text = "La start-up a levé 15 millions d'euros en 2024.\n";
    lsp.open(uri, "markdown", text);
    Hover hover = hover(uri, 0, text.indexOf("millions"));
    String shown = hover.getContents().getRight().getValue();
    assertEquals("markdown", hover.getContents().getRight().getKind());
    assertTrue(shown.replace('\u202F', ' ').contains("15 000 000 EUR"), shown);
    assertEquals(LspConnection.range(0, text.indexOf("15"), text.indexOf(" en 2024")),
        hover.getRange());
  }

  @Test
  void hoverOnADateRangeShowsItsDays() throws Exception {
    lsp.initialize();
    String uri = uri("g7.txt");
    String text = "Le sommet s'est tenu du 19 au 21 mai 2023 à Hiroshima.";
    lsp.open(uri, "plaintext", text);
    String shown = hover(uri, 0, text.indexOf("mai")).getContents().getRight().getValue();
    assertTrue(shown.contains("du 19 au 21 mai 2023"), shown);
  }

  @Test
  void hoverOnPoundsConvertsToEurosAtTheDocumentDate() throws Exception {
    lsp.initialize();
    String uri = uri("calcul.txt");
    String text = "date 2023-11-02\nUne enveloppe de 225 millions de livres sterling pour le "
        + "superordinateur.\n";
    lsp.open(uri, "plaintext", text);
    int column = text.split("\n")[1].indexOf("225");
    String shown = hover(uri, 1, column + 1).getContents().getRight().getValue()
        .replace('\u202F', ' ');
    // 225 000 000 / 0.87305, the ECB rate of 2 November 2023.
    assertTrue(shown.contains("225 000 000 GBP"), shown);
    assertTrue(shown.contains("257 717 198 EUR"), shown);
    assertTrue(shown.contains("1 EUR = 0,87305 GBP"), shown);
    assertTrue(shown.contains("2023-11-02"), shown);
  }

  @Test
  void hoverSaysWhenNoRateIsKnown() throws Exception {
    lsp.initialize();
    String uri = uri("ancien.txt");
    String text = "date 1990-05-02\nUne enveloppe de 225 millions de livres sterling.\n";
    lsp.open(uri, "plaintext", text);
    String shown = hover(uri, 1, text.split("\n")[1].indexOf("225"))
        .getContents().getRight().getValue();
    assertTrue(shown.contains("Aucun taux de change connu pour GBP au 1990-05-02"), shown);
  }

  @Test
  void noHoverAwayFromFigures() throws Exception {
    lsp.initialize();
    String uri = uri("mots.txt");
    lsp.open(uri, "plaintext", "La start-up a levé 15 millions d'euros.");
    assertEquals(null, hover(uri, 0, 3));
  }

  @Test
  void aWeekdayMismatchIsFixedKeepingTheCase() throws Exception {
    lsp.initialize();
    String uri = uri("conseil.md");
    String text = "Lundi 18 mars 2025 : le conseil se réunira.\n";
    lsp.open(uri, "markdown", text);
    Diagnostic d = lsp.awaitDiagnostics(uri, 1).getDiagnostics().get(0);
    CodeAction action = onlyAction(uri, d);
    assertEquals("quickfix", action.getKind());
    assertEquals(List.of(d), action.getDiagnostics());
    List<TextEdit> edits = action.getEdit().getChanges().get(uri);
    assertEquals(List.of(new TextEdit(LspConnection.range(0, 0, 5), "Mardi")), edits);
  }

  /**
   * A client may ask for the actions of the whole text with all its diagnostics: each action
   * carries the diagnostic sent back for its own finding.
   */
  @Test
  void eachOfManyActionsCarriesItsOwnDiagnostic() throws Exception {
    lsp.initialize();
    String uri = uri("agenda.txt");
    lsp.open(uri, "plaintext", "Lundi 18 mars 2025, lundi 25 mars 2025.\n".repeat(1_000));
    List<Diagnostic> all = lsp.awaitDiagnostics(uri, 1).getDiagnostics();
    assertEquals(2_000, all.size());
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server
        .getTextDocumentService().codeAction(new CodeActionParams(
            new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(1_000, 0)),
            new CodeActionContext(all)))
        .get(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertEquals(2_000, actions.size());
    for (Either<org.eclipse.lsp4j.Command, CodeAction> a : actions) {
      CodeAction action = a.getRight();
      Diagnostic d = action.getDiagnostics().get(0);
      assertTrue(all.contains(d), d.toString());
      assertEquals(List.of(d.getRange().getStart()), action.getEdit().getChanges().get(uri)
          .stream().map(e -> e.getRange().getStart()).toList());
    }
  }

  @Test
  void aNameVariantIsReplacedByTheKnownName() throws Exception {
    lsp.initialize();
    String uri = uri("partenariat.txt");
    String text = "date 2024-11-15\nMistrai IA a dévoilé un partenariat avec Microsoft.\n";
    lsp.open(uri, "plaintext", text);
    Diagnostic d = lsp.awaitDiagnostics(uri, 1).getDiagnostics().stream()
        .filter(x -> x.getCode().getLeft().equals("name-variant")).findFirst().orElseThrow();
    CodeAction action = onlyAction(uri, d);
    assertEquals(List.of(new TextEdit(LspConnection.range(1, 0, "Mistrai IA".length()),
        "Mistral AI")), action.getEdit().getChanges().get(uri));
  }

  @Test
  void projectSettingsApplyAndAreReadAgainWhenTheyChange() throws Exception {
    Path config = dir.resolve(".figlint.yaml");
    Files.writeString(config, "checks:\n  weekday-mismatch: { enabled: false }\n");
    Files.createDirectories(dir.resolve("articles"));
    lsp.initialize();
    String uri = dir.resolve("articles/agenda.md").toUri().toString();
    lsp.open(uri, "markdown", WEEKDAY);
    assertEquals(List.of(), lsp.awaitDiagnostics(uri, 1).getDiagnostics());

    Files.writeString(config, "checks:\n  weekday-mismatch: { enabled: true }\n");
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    PublishDiagnosticsParams again = lsp.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
    assertEquals("weekday-mismatch", again.getDiagnostics().get(0).getCode().getLeft());
  }

  @Test
  void aBrokenSettingsFileIsShownAndPublishesNothing() throws Exception {
    Path project = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(project.resolve(".figlint.yaml"), "checks:\n  no-such-check: {}\n");
    lsp.initialize();
    String uri = project.resolve("agenda.md").toUri().toString();
    lsp.open(uri, "markdown", WEEKDAY);
    MessageParams shown = lsp.client.shown.poll(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(shown);
    assertEquals(MessageType.Error, shown.getType());
    assertTrue(shown.getMessage().contains(".figlint.yaml:2:"), shown.getMessage());
    assertEquals(List.of(), lsp.awaitDiagnostics(uri, 1).getDiagnostics());

    // The server goes on with the documents of other projects.
    String other = uri("ailleurs.md");
    lsp.open(other, "markdown", WEEKDAY);
    assertEquals(1, lsp.awaitDiagnostics(other, 1).getDiagnostics().size());
  }

  /** An archive that another figlint or lexicon analysed is shown once, not at every change. */
  @Test
  void anArchiveAnalysedOtherwiseIsShownOnce() throws Exception {
    Path project = Files.createDirectories(dir.resolve("desk"));
    Path db = project.resolve("archive.db");
    org.figlint.rule.RuleSet rules = org.figlint.review.Reviewer.loadRules(null, List.of(), true);
    try (org.figlint.archive.Archive archive = org.figlint.archive.Archive.open(db, true)) {
      org.figlint.archive.Archiver archiver = new org.figlint.archive.Archiver(archive,
          new org.figlint.check.Linter(rules, org.figlint.rule.ExchangeRates.bundled(),
              java.util.Locale.FRENCH), "another", null, 10, n -> { });
      archiver.offer(org.figlint.document.DocumentLoader.fromText(
          "date 2024-03-01\nLa société Mistral AI a levé 15 millions d'euros.", "a.txt"),
          new byte[] {1});
      archiver.finish();
    }
    Files.writeString(project.resolve(".figlint.yaml"), "archive: archive.db\n");
    lsp.initialize();
    String uri = project.resolve("draft.md").toUri().toString();
    String text = "date 2024-03-02\n\nLa société Mistral AI a levé 22 millions d'euros.\n";
    lsp.open(uri, "markdown", text);
    assertEquals("figure-mismatch", lsp.awaitDiagnostics(uri, 1).getDiagnostics().get(0)
        .getCode().getLeft());
    MessageParams shown = lsp.client.shown.poll(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(shown);
    assertEquals(MessageType.Warning, shown.getType());
    assertTrue(shown.getMessage().contains("1 archived document was analysed by another figlint"),
        shown.getMessage());
    int at = text.split("\n")[2].indexOf("22");
    lsp.edit(uri, 2, LspConnection.range(2, at, at + 2), "23");
    lsp.awaitDiagnostics(uri, 2);
    assertEquals(null, lsp.client.shown.poll(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void onlyTheLatestVersionIsPublishedLast() throws Exception {
    lsp.initialize();
    String uri = uri("frappe.md");
    lsp.open(uri, "markdown", WEEKDAY);
    int from = WEEKDAY.indexOf("lundi");
    for (int version = 2; version <= 9; version++) {
      lsp.edit(uri, version, LspConnection.range(0, from, from + 5),
          version % 2 == 0 ? "mardi" : "lundi");
    }
    PublishDiagnosticsParams last = lsp.awaitDiagnostics(uri, 9);
    assertEquals(1, last.getDiagnostics().size());
    int previous = 0;
    for (PublishDiagnosticsParams p : lsp.seen()) {
      assertTrue(p.getVersion() >= previous, "version " + p.getVersion() + " after " + previous);
      previous = p.getVersion();
    }
  }

  @Test
  void shutdownThenExitEndsWithCodeZero() throws Exception {
    lsp.initialize();
    assertEquals(null, lsp.server.shutdown().get(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS));
    lsp.server.exit();
    assertEquals(0, lsp.exitCode.get(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS));
  }

  private Hover hover(String uri, int line, int character) throws Exception {
    return lsp.server.getTextDocumentService().hover(new HoverParams(
        new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private CodeAction onlyAction(String uri, Diagnostic d) throws Exception {
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server
        .getTextDocumentService().codeAction(new CodeActionParams(
            new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d))))
        .get(LspConnection.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertEquals(1, actions.size(), actions.toString());
    return actions.get(0).getRight();
  }
}
