#!/bin/sh
# Integration test of the update site: install org.advocacy.feature into a plain host console with the p2
# director, headlessly, exactly as a support team would; then prove the installed bundles resolve and work
# by running the Advocacy command line inside the host.
#   install-test.sh <target dir>
set -eu
target=$1
host="$target/install-test/host"
log="$target/install-test/log.txt"
rm -rf "$target/install-test"
mkdir -p "$target/install-test"
cp -r "$target/products/org.advocacy.host/linux/gtk/x86_64" "$host"
launcher=$(ls "$host"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
repository="file:$(cd "$target/repository" && pwd)"

run() {
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$launcher" -install "$host" -nosplash -consoleLog "$@" >>"$log" 2>&1
}
fail() {
  echo "install-test: FAILED: $1" >&2
  cat "$log" >&2
  exit 1
}

echo "install-test: installing org.advocacy.feature from $repository into $host"
run -application org.eclipse.equinox.p2.director -repository "$repository" \
  -installIU org.advocacy.feature.feature.group || fail "the p2 director could not install the feature"
grep -q 'org.advocacy.ui,' "$host/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "bundles.info does not list the installed Advocacy bundles"

echo "install-test: checking that the installed bundles resolve"
run -application org.advocacy.cli.app diagnose || fail "an installed Advocacy bundle did not resolve"
expected=$(grep -c '<plugin id="org\.advocacy\.' "$(dirname "$0")/../../features/org.advocacy.feature/feature.xml")
grep -q "All $expected Advocacy bundles resolved." "$log" \
  || fail "diagnose did not report the $expected bundles of org.advocacy.feature as resolved"

echo "install-test: running the installed command line on a sample repository"
run -application org.advocacy.cli.app sample "$target/install-test/sample.advocacy" \
  || fail "the installed command line could not write a sample repository"
run -application org.advocacy.cli.app summary "$target/install-test/sample.advocacy" \
  || fail "the installed command line could not read the sample repository"
echo "install-test: passed"
