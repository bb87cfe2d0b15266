#!/usr/bin/env python3
"""Measures `privcheck log` on two 100,000-entry privilege logs against Python's C `csv` module
merely reading the same files, side by side in one run (a report, not a test).

    python3 scripts/log-bench.py [ENTRIES]

- The repeated-facts log states three facts per entry from a handful of answers, so its entries
  share a few dozen fact sets: the review decides each once, and the run measures reading,
  the log-side checks and writing the results.
- The distinct-facts log states each entry's own facts (twelve columns, often blank for not
  known), so its entries have tens of thousands of distinct fact sets: the review's verdict
  cache cannot hide what the engine costs per entry.

Writes the logs to target/log-bench/ (about 30 and 32 MB for 100,000 entries). Builds the
command line with `cargo build --release` first (into CARGO_TARGET_DIR when it is set);
PRIVCHECK_BIN=path times that binary instead.
"""
import csv
import os
import random
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "log-bench")
ENTRIES = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = 3

SUBJECTS = ["the injury determination", "melamine imports from Italy", "the Austrian respondent's data",
            "the causation analysis", "the domestic industry's capacity", "pricing comparisons",
            "the negative determination", "lost sales allegations", "the threat analysis", "import volume trends"]
KINDS = ["Staff draft recommendation on", "Memorandum weighing the pros and cons of", "Email discussing",
         "Final determination as adopted concerning", "Statistics and data tables on", "Options paper on",
         "Preliminary staff views on", "Letter submitted by counsel regarding"]
PRIVILEGES = ["Deliberative process", "DPP", "Deliberative process; attorney-client", "Attorney-client", "Work product"]

HEADING = ["Entry ID", "Date", "Author", "Recipients", "Document Type", "Description", "Privilege Asserted"]
# The facts the repeated-facts log states.
REPEATED_FACTS = ["personal_review", "affidavit", "contents_questioned"]
# The facts each entry of the distinct-facts log states, each often blank (not known): what the
# document is, how the privilege was invoked for it, and how the balance went (contract names).
DISTINCT_FACTS = [
    ("deliberative", ["yes", "no", "", ""]),
    ("predecisional", ["yes", "no", "", ""]),
    ("post_decisional", ["no", "yes", "", ""]),
    ("solely_internal_use", ["yes", "no", "", ""]),
    ("factual_content", ["none", "segregable", "intertwined", "", "", ""]),
    ("personal_review", ["yes", "no", "", ""]),
    ("affidavit", ["yes", "no", "", ""]),
    ("affidavit_refuted", ["no", "yes", "", ""]),
    ("contents_questioned", ["no", "yes", "", ""]),
    ("need_shown", ["none", "general", "specific", "compelling", "", "", "", ""]),
    ("need_outweighs_harm", ["yes", "no", "", ""]),
    ("available_elsewhere", ["yes", "no", "", ""]),
]


def entry_cells(rng, i):
    """The log's own columns of entry `i` (the same in both logs)."""
    description = (f"{rng.choice(KINDS)} {rng.choice(SUBJECTS)}, prepared for the Commission's "
                   f"deliberations in investigation 731-TA-{13 + i % 2}, with notes on "
                   f"{rng.choice(SUBJECTS)} and {rng.choice(SUBJECTS)}; entry {i}.")
    return [f"ITC-{i:06d}", f"1980-{1 + i % 12:02d}-{1 + i % 28:02d}",
            rng.choice(["Staff economist", "General Counsel's office", "Investigator", ""]),
            rng.choice(["Commissioners", "Chairman Alberger", "Staff", ""]),
            rng.choice(["Memorandum", "Email", "Draft opinion", "Table"]),
            description, rng.choice(PRIVILEGES)]


def write_repeated(path):
    """The log as this benchmark has always written it (same seed, same bytes)."""
    rng = random.Random(1980)
    stated = set()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADING + REPEATED_FACTS)
        for i in range(ENTRIES):
            cells = entry_cells(rng, i)
            facts = [rng.choice(["yes", "no", "", "y"]), rng.choice(["yes", "yes", "no", ""]),
                     rng.choice(["no", "no", "yes", ""])]
            stated.add(tuple(facts))
            w.writerow(cells + facts)
    return len(stated)


def write_distinct(path):
    rng = random.Random(1981)
    stated = set()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADING + [name for name, _ in DISTINCT_FACTS])
        for i in range(ENTRIES):
            cells = entry_cells(rng, i)
            facts = [rng.choice(values) for _, values in DISTINCT_FACTS]
            stated.add(tuple(facts))
            w.writerow(cells + facts)
    return len(stated)


def timed(fn):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_csv_read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f))


def binary():
    given = os.environ.get("PRIVCHECK_BIN")
    if given:
        return given
    subprocess.run(["cargo", "build", "--quiet", "--release", "--bin", "privcheck"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or "target"
    return os.path.join(ROOT, target, "release", "privcheck")


def main():
    os.makedirs(OUT, exist_ok=True)
    logs = [("repeated facts", os.path.join(OUT, "log.csv"), write_repeated),
            ("distinct facts", os.path.join(OUT, "distinct-facts.csv"), write_distinct)]
    stated = {name: write(path) for name, path, write in logs}
    facts = os.path.join(OUT, "dispute.json")
    with open(facts, "w") as f:
        f.write('{"mode":"full","facts":{"setting":"trade_record_review","extension_sought":false,'
                '"state_secret":false,"presidential":false,"intra_governmental":true,"formal_claim":true,'
                '"claimant":"agency_head","itemized":true,"inspected_in_camera":false,"affidavit_refuted":false,'
                '"misconduct":false,"opposition_grounds":["premature"]}}')
    privcheck_binary = binary()

    def privcheck(log):
        with open(os.devnull, "wb") as null:
            subprocess.run([privcheck_binary, "log", "--facts", facts, "--accept-cues", log],
                           stdout=null, stderr=null, check=True)

    print(f"{ENTRIES:,} entries per log; medians of {RUNS} runs, each log's runs side by side")
    for name, path, _ in logs:
        py = timed(lambda: python_csv_read(path))
        ours = timed(lambda: privcheck(path))
        print(f"{name} log ({os.path.getsize(path) / 1e6:.1f} MB, {stated[name]:,} distinct sets of stated facts):")
        print(f"  python3 csv.reader, reading only: {py * 1000:.0f} ms")
        print(f"  privcheck log (read, check, cues, results CSV): {ours * 1000:.0f} ms")
        print(f"  ratio privcheck / python read: {ours / py:.2f}")


if __name__ == "__main__":
    main()
