#!/usr/bin/env bash
# Starts a Strategy Workbench plugin project from this folder's template; run through
#   ./workbench new-plugin NAME [DIR]
# NAME is the plugin's bundle symbolic name and root package, e.g. com.example.norway; the project
# is written to DIR (default: ./NAME in the current folder) and builds with `mvn package` against
# this workbench's API bundles. The guide: docs/plugins.md.
set -euo pipefail

template="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$template/../.." && pwd)"
bundles="$root/product/org.strategyworkbench.product/target/workbench/api"

usage() { echo "usage: ./workbench new-plugin NAME [DIR]   (NAME like com.example.norway)" >&2; exit 2; }
fail() { echo "workbench new-plugin: $*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || usage
name="$1"
[[ "$name" =~ ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$ ]] \
  || fail "'$name' is not a bundle name: lower-case words separated by dots, such as com.example.norway"
[[ "$name" == org.strategyworkbench* ]] && fail "'$name': org.strategyworkbench is the product's own namespace"
# NAME is also the plugin's Java package: none of its words may be a Java keyword (int, new, …).
keywords=(abstract assert boolean break byte case catch char class const continue default do double else enum
  extends false final finally float for goto if implements import instanceof int interface long native new null
  package private protected public return short static strictfp super switch synchronized this throw throws
  transient true try void volatile while)
IFS=. read -r -a words <<<"$name"
for word in "${words[@]}"; do
  for keyword in "${keywords[@]}"; do
    if [ "$word" = "$keyword" ]; then
      suggestion="$(IFS=.; fixed=(); for w in "${words[@]}"; do [ "$w" = "$word" ] && w="${w}_"; fixed+=("$w"); done; echo "${fixed[*]}")"
      fail "'$word' is a Java keyword, and NAME is also the plugin's Java package: choose another word (for example $suggestion)"
    fi
  done
done
dir="${2:-$PWD/$name}"
[ -e "$dir" ] && fail "$dir already exists"

# The API bundles come from the workbench's own build; build it first when it has not been built.
if ! ls "$bundles"/org.strategyworkbench.core-*.jar >/dev/null 2>&1; then
  echo "building the workbench first (once)…" >&2
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2 || fail "the workbench build failed"
fi

last="${name##*.}"
title="$(tr '[:lower:]' '[:upper:]' <<<"${last:0:1}")${last:1}"
path="${name//.//}"
sed_args=(-e "s|__NAME__|$name|g" -e "s|__TITLE__|$title|g" -e "s|__LOWER__|$last|g" -e "s|__PATH__|$path|g"
  -e "s|__BUNDLES__|$bundles|g")
for api in core workbench commitments allies actions milestones reporting; do
  jar="$(ls "$bundles"/org.strategyworkbench."$api"-[0-9]*.jar 2>/dev/null | head -n 1)"
  [ -n "$jar" ] || fail "the API bundle org.strategyworkbench.$api is missing from $bundles"
  version="$(basename "$jar" .jar)"; version="${version#org.strategyworkbench.$api-}"
  sed_args+=(-e "s|__V_${api}__|$version|g")
done

mkdir -p "$dir"
(cd "$template" && find . -type f ! -name new-plugin.sh) | while read -r file; do
  target="$dir/${file//__PATH__/$path}"
  mkdir -p "$(dirname "$target")"
  sed "${sed_args[@]}" "$template/$file" >"$target"
done
echo "created $dir"
echo "next:  cd $dir && mvn package && cp target/$name-1.0.0.jar $root/plugins/"
