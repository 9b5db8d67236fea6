#!/usr/bin/env bash
# Fuzzes each Jazzer target in turn for MINUTES minutes (default 5), one at a time.
#
#   bench/fuzz/run.sh [MINUTES] [TARGET...]
#
# TARGET is Class#method (for example ExtractorFuzzTest#extractText) for a class of
# org.figlint.fuzz, or package.Class#method under org.figlint (server.CheckFuzzTest#check); by
# default every target runs. A crash or a hang (an input that takes more than 10 s,
# the @Timeout of the fuzz tests) stops its target and is written to that target's inputs folder,
# src/test/resources/org/figlint/<package>/<Class>Inputs/<method>/, where mvn test replays it from
# then on. The corpus the fuzzer grows is kept in .cifuzz-corpus/ (not committed), so that the
# next run starts from it. Logs go to target/fuzz/<Class>#<method>.log.
set -euo pipefail

cd "$(dirname "$0")/../.."
minutes="${1:-5}"
seconds=$(awk -v m="${minutes}" 'BEGIN { printf "%d", m * 60 }')
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    ExtractorFuzzTest#extractText
    ExtractorFuzzTest#extractFigures
    parse.AnchorsFuzzTest#sameMentions
    ReviewerFuzzTest#reviewText
    ReviewerFuzzTest#reviewBytes
    HtmlReportFuzzTest#htmlReport
    server.CheckFuzzTest#check
    archive.ArchiveRowFuzzTest#row
    lsp.HoverFuzzTest#hover
    RuleFilesFuzzTest#factFile
    RuleFilesFuzzTest#rulesFolderFile
  )
fi

# Compile once, then run each target in its own JVM: Jazzer fuzzes one target per JVM.
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
mkdir -p target/fuzz
status=0
for target in "${targets[@]}"; do
  log="target/fuzz/${target}.log"
  echo "fuzzing ${target} for ${minutes} min (log: ${log})"
  # jazzer.internal.arg.* are passed to libFuzzer last, so they win over @FuzzTest(maxDuration).
  # JUnit's own timeout is off while fuzzing: Jazzer turns @Timeout into libFuzzer's per-input
  # -timeout instead.
  case "${target%%#*}" in
    *.*) class="org.figlint.${target}" ;;
    *) class="org.figlint.fuzz.${target}" ;;
  esac
  if JAZZER_FUZZ=1 mvn -B -o surefire:test -Dtest="${class}" \
      -Dsurefire.failIfNoSpecifiedTests=false \
      -Djunit.jupiter.execution.timeout.mode=disabled \
      -Djazzer.instrument='org.figlint.**,org.antlr.v4.runtime.**,org.yaml.snakeyaml.**,com.fasterxml.jackson.dataformat.yaml.**,org.commonmark.**,org.jsoup.**' \
      -Djazzer.internal.arg.0=figlint-fuzz \
      -Djazzer.internal.arg.1="-max_total_time=${seconds}" \
      >"${log}" 2>&1; then
    result="no finding"
  else
    result="FINDING (or error): see ${log}"
    status=1
  fi
  stats=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "${log}" | tail -1 || true)
  echo "  ${result}; last libFuzzer line: ${stats:-none}"
done
exit ${status}
