#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers a user's files reach (cargo-fuzz, libFuzzer, nightly).
# Installs cargo-fuzz first if it is missing. Idempotent.
#
#   ./scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   fuzz each target (default: 60 s, all)
#   ./scripts/fuzz.sh minimise [TARGET...]               fold what runs found into the
#                                                        committed corpus, minimised (cargo fuzz
#                                                        cmin, a set cover of the edges reached;
#                                                        the named, hand-made seeds stay as they are)
#
# Targets (fuzz/fuzz_targets/): log_reader (privilege-log CSV / JSON Lines, column mapping and the
# review), label_parser ("privilege asserted" cells), context_reader (log_context JSON).
#
# Each run starts from the committed corpus (fuzz/corpus/<target>/, read only) and writes what it
# finds to a scratch corpus (fuzz/target/fuzz-corpus/<target>/), so the committed corpus does not
# grow on every run. A crash, timeout or out-of-memory input is saved under
# fuzz/artifacts/<target>/; the script goes on with the other targets, then names every such file
# and exits 1. Replay one with: cargo +nightly fuzz run <target> <file>   (inside fuzz/)
#
# One process per target, one after the other: `--jobs 1`, and no libFuzzer -jobs / -workers / -fork
# (even -jobs=1 would move the run into a child process logging to ./fuzz-0.log), since the
# machine's cores are shared. Each input may take 10 s (-timeout) and 2 GB (-rss_limit_mb).
# Logs are in fuzz/target/fuzz-logs/.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT/fuzz"

say() { printf '[fuzz] %s\n' "$*" >&2; }

# The longest input a run tries, per target: a log just past MAX_CELL_CHARS (100,000), so that the
# cut of a long cell is reached; a privilege cell of 4 KB and a context file of 64 KB, far past any
# real one (parse_labels scans the cell once per known phrase: longer cells only slow the search).
max_len() {
  case "$1" in
    log_reader) echo 131072 ;;
    label_parser) echo 4096 ;;
    *) echo 65536 ;;
  esac
}

# The longest input `minimise` keeps in the committed corpus (longer ones are cut to it). Logs past
# 8 KB add a few edges each at 30-100 KB apiece; the long cells are in the hand-made seeds.
keep_len() {
  case "$1" in
    log_reader) echo 8192 ;;
    *) max_len "$1" ;;
  esac
}

# The hand-made seeds: every file of the corpus not named by its SHA-1 (as libFuzzer names what it
# finds). `minimise` keeps them whole, whatever their length or coverage.
seeds() {
  find "corpus/$1" -maxdepth 1 -type f -regextype posix-extended ! -regex '.*/[0-9a-f]{40}'
}

need_cargo_fuzz

mode=run
seconds=60
if [ "${1:-}" = minimise ] || [ "${1:-}" = minimize ]; then
  mode=minimise
  shift
elif [ $# -gt 0 ]; then
  seconds="$1"
  shift
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...] | $0 minimise [TARGET...]" >&2
  exit 2
fi
if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

say "building ${targets[*]}"
for target in "${targets[@]}"; do
  cargo +nightly fuzz build "$target"
done

if [ "$mode" = minimise ]; then
  mkdir -p target/fuzz-logs
  for target in "${targets[@]}"; do
    committed="corpus/$target"
    scratch="target/fuzz-corpus/$target"
    kept="target/fuzz-seeds/$target"
    mkdir -p "$committed"
    rm -rf "$kept"
    mkdir -p "$kept"
    seeds "$target" | xargs -r mv -t "$kept"
    if [ -d "$scratch" ]; then
      find "$scratch" -maxdepth 1 -type f -exec cp -n -t "$committed" {} +
    fi
    before="$(find "$committed" "$kept" -type f | wc -l)"
    # A set cover of the edges reached (hit counts aside): the fewest inputs that reach every
    # edge the corpus reaches.
    cargo +nightly fuzz cmin "$target" "$committed" -- -set_cover_merge=1 -use_counters=0 \
      -max_len="$(keep_len "$target")" -rss_limit_mb=2048 -timeout=10 \
      >"target/fuzz-logs/$target.cmin.log" 2>&1
    find "$kept" -maxdepth 1 -type f -exec mv -t "$committed" {} +
    say "$target: $before inputs minimised to $(find "$committed" -type f | wc -l)" \
      "($(du -sb "$committed" | cut -f1) bytes, $(seeds "$target" | wc -l) of them seeds)"
  done
  du -sb corpus
  exit 0
fi

mkdir -p target/fuzz-logs
failed=()
for target in "${targets[@]}"; do
  scratch="target/fuzz-corpus/$target"
  artifacts="artifacts/$target"
  log="target/fuzz-logs/$target.log"
  mkdir -p "$scratch" "corpus/$target" "$artifacts"
  dict=()
  [ -f "dict/$target.dict" ] && dict=(-dict="dict/$target.dict")
  marker="$(mktemp)"
  say "$target: ${seconds}s (log: fuzz/$log)"
  # Scratch first: libFuzzer writes new inputs to the first corpus directory only.
  status=0
  cargo +nightly fuzz run --jobs 1 "$target" "$scratch" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 "${dict[@]}" >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
    "$log" | sed "s/^/[fuzz] $target: /" >&2 || true
  found="$(find "$artifacts" -type f -newer "$marker" \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)"
  rm -f "$marker"
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    tail -n 60 "$log" >&2
    say "$target FAILED (exit $status)"
    for file in $found; do
      say "  artifact: fuzz/$file"
    done
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  say "failed: ${failed[*]} (inputs above; replay inside fuzz/ with: cargo +nightly fuzz run <target> <file>)"
  exit 1
fi
say "no crash in ${targets[*]} (${seconds}s each)"
