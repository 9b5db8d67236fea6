package org.figlint.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings files that change on disk: every project is read again and every document linted. */
final class FiglintWorkspaceService implements WorkspaceService {
  private final Projects projects;
  private final Linting linting;

  FiglintWorkspaceService(Projects projects, Linting linting) {
    this.projects = projects;
    this.linting = linting;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    projects.clear();
    linting.all();
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    projects.clear();
    linting.all();
  }
}
