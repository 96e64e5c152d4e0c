#!/usr/bin/env python3
"""Regenerates the command outputs quoted in Markdown files.

Every block

    <!-- output: COMMAND -->
    ...
    <!-- /output -->

is replaced by COMMAND's standard output (run with bash from the repository
root) in a ```text fence, so the outputs in the README are real.

    python3 scripts/update-outputs.py README.md docs/cli.md
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- output: (.*?) -->\n)(.*?)(<!-- /output -->)", re.S)


def run(command: str) -> str:
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return done.stdout.rstrip("\n")


def update(path: Path) -> None:
    text = path.read_text()

    def replace(m: re.Match) -> str:
        return f"{m.group(1)}```text\n$ {m.group(2)}\n{run(m.group(2))}\n```\n{m.group(4)}"

    path.write_text(BLOCK.sub(replace, text))


for name in sys.argv[1:] or ["README.md"]:
    update(ROOT / name)
