#!/usr/bin/env python3
"""Measures `privcheck log` on a 100,000-entry privilege log against Python's C `csv` module
merely reading the same file, side by side in one run (a report, not a test).

    python3 scripts/log-bench.py [ENTRIES]

Writes the log to target/log-bench/log.csv (about 25 MB for 100,000 entries).
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

SUBJECTS = ["the injury determination", "melamine imports from Italy", "the Austrian respondent's data",
            "the causation analysis", "the domestic industry's capacity", "pricing comparisons",
            "the negative determination", "lost sales allegations", "the threat analysis", "import volume trends"]
KINDS = ["Staff draft recommendation on", "Memorandum weighing the pros and cons of", "Email discussing",
         "Final determination as adopted concerning", "Statistics and data tables on", "Options paper on",
         "Preliminary staff views on", "Letter submitted by counsel regarding"]
PRIVILEGES = ["Deliberative process", "DPP", "Deliberative process; attorney-client", "Attorney-client", "Work product"]


def write_log(path):
    rng = random.Random(1980)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Entry ID", "Date", "Author", "Recipients", "Document Type", "Description",
                    "Privilege Asserted", "personal_review", "affidavit", "contents_questioned"])
        for i in range(ENTRIES):
            description = (f"{rng.choice(KINDS)} {rng.choice(SUBJECTS)}, prepared for the Commission's "
                           f"deliberations in investigation 731-TA-{13 + i % 2}, with notes on "
                           f"{rng.choice(SUBJECTS)} and {rng.choice(SUBJECTS)}; entry {i}.")
            w.writerow([f"ITC-{i:06d}", f"1980-{1 + i % 12:02d}-{1 + i % 28:02d}",
                        rng.choice(["Staff economist", "General Counsel's office", "Investigator", ""]),
                        rng.choice(["Commissioners", "Chairman Alberger", "Staff", ""]),
                        rng.choice(["Memorandum", "Email", "Draft opinion", "Table"]),
                        description, rng.choice(PRIVILEGES),
                        rng.choice(["yes", "no", "", "y"]), rng.choice(["yes", "yes", "no", ""]),
                        rng.choice(["no", "no", "yes", ""])])


def timed(fn, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_csv_read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f))


def main():
    os.makedirs(OUT, exist_ok=True)
    log = os.path.join(OUT, "log.csv")
    write_log(log)
    facts = os.path.join(OUT, "dispute.json")
    with open(facts, "w") as f:
        f.write('{"mode":"full","facts":{"setting":"trade_record_review","extension_sought":false,'
                '"state_secret":false,"presidential":false,"intra_governmental":true,"formal_claim":true,'
                '"claimant":"agency_head","itemized":true,"inspected_in_camera":false,"affidavit_refuted":false,'
                '"misconduct":false,"opposition_grounds":["premature"]}}')
    subprocess.run(["cargo", "build", "--quiet", "--profile", "cli", "--bin", "privcheck"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, "target", "cli", "privcheck")

    def privcheck():
        with open(os.devnull, "wb") as null:
            subprocess.run([binary, "log", "--facts", facts, "--accept-cues", log], stdout=null, stderr=null, check=True)

    size = os.path.getsize(log)
    py = timed(lambda: python_csv_read(log))
    ours = timed(privcheck)
    print(f"log: {ENTRIES:,} entries, {size / 1e6:.1f} MB")
    print(f"python3 csv.reader, reading only: {py * 1000:.0f} ms (median of 3)")
    print(f"privcheck log (read, check, cues, results CSV): {ours * 1000:.0f} ms (median of 3)")
    print(f"ratio privcheck / python read: {ours / py:.2f}")


if __name__ == "__main__":
    main()
