#!/usr/bin/env bash
# Compares the lint throughput of builds of figlint in one JVM, their passes taking turns:
#
#   bash bench/ab/run.sh OLD.jar NEW.jar [OLD-AGAIN.jar] [ROUNDS] [BYTES] [DENSITY]
#
# (jars as target/figlint.jar is built; defaults: 45 rounds of 10,000,000 bytes of NEWS-density
# generated news.) Giving the first jar twice, under another name, shows what separates two
# identical builds: each class loader gets its own compiled code, and on a virtual machine of
# two cores that alone is a few per cent. Run from the repository root.
set -euo pipefail
jars=()
while [ $# -gt 0 ] && [[ "$1" == *.jar ]]; do
  jars+=("$(readlink -f "$1")")
  shift
done
if [ "${#jars[@]}" -lt 2 ]; then
  echo "usage: bash bench/ab/run.sh OLD.jar NEW.jar [MORE.jar...] [ROUNDS] [BYTES] [DENSITY]" >&2
  exit 2
fi
rounds="${1:-45}"
bytes="${2:-10000000}"
density="${3:-NEWS}"
classes=target/ab-classes
rm -rf "$classes"
mkdir -p "$classes"
javac -d "$classes" -cp "${jars[-1]}" bench/ab/Lint.java bench/ab/AB.java
exec java -XX:+UseSerialGC -Xss4m -cp "$classes" ab.AB "$(readlink -f "$classes")/" "${jars[@]}" \
  "$rounds" "$bytes" "$density"
