#!/usr/bin/env python3
"""Prints criterion's medians (with their 95 % confidence intervals) as a
Markdown table, from the estimates of the last `cargo bench` run.

    python3 scripts/bench-table.py [TARGET_DIR] [GROUP_PREFIX ...]

TARGET_DIR defaults to `target`; `benches/cedar/target` holds the Cedar
comparison's estimates.
"""
import json
import sys
from pathlib import Path

target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("target")
prefixes = sys.argv[2:]


def fmt(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


rows = []
for est in sorted((target / "criterion").glob("**/new/estimates.json")):
    bench = est.parent.parent.relative_to(target / "criterion").as_posix()
    if prefixes and not any(bench.startswith(p) for p in prefixes):
        continue
    median = json.loads(est.read_text())["median"]
    ci = median["confidence_interval"]
    rows.append((bench, median["point_estimate"], ci["lower_bound"], ci["upper_bound"]))

print("| benchmark | median | 95 % interval |")
print("|---|---|---|")
for bench, m, lo, hi in rows:
    print(f"| `{bench}` | {fmt(m)} | [{fmt(lo)}, {fmt(hi)}] |")
