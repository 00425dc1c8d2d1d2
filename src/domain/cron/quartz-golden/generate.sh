#!/bin/sh
# Regenerates ../fixtures/quartz-golden.json from corpus.txt with Debian's Quartz 2.3.2 (libquartz2-java).
# Run by hand; the tests only read the fixture.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cp=/usr/share/java/quartz2.jar:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-nop.jar
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
javac -d "$build" -cp "$cp" "$here/QuartzGolden.java"
java -cp "$build:$cp" QuartzGolden "$here/corpus.txt" "$here/../fixtures/quartz-golden.json"
echo "wrote $here/../fixtures/quartz-golden.json"
