"""Shared fixtures: the repository, the shared corpus, and the CLI's output
on it (the reference every Python result is compared with).

Paths come from the environment when set (DEPECHE_CORPUS, DEPECHE_CLI,
CARGO_TARGET_DIR), else from the repository layout: the corpus is at
../shared/corpus beside the checkout and the CLI at target/release/depeche.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
CORPUS_FILES = ("seed.jsonl", "dev-mena.jsonl", "dev-sahel.jsonl")


def corpus_dir():
    return Path(os.environ.get("DEPECHE_CORPUS",
                               REPO.parent / "shared" / "corpus"))


def cli_path():
    if "DEPECHE_CLI" in os.environ:
        return Path(os.environ["DEPECHE_CLI"])
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    if not target.is_absolute():
        target = REPO / target
    return target / "release" / "depeche"


@pytest.fixture(scope="session")
def cli():
    path = cli_path()
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "-p", "depeche-cli"],
                       cwd=REPO, check=True)
    return path


def run_cli(cli, *args, check=True):
    return subprocess.run([str(cli), *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", check=check)


@pytest.fixture(scope="session")
def corpus_paths():
    d = corpus_dir()
    paths = [d / f for f in CORPUS_FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        pytest.fail(f"shared corpus not found: {', '.join(missing)} "
                    "(set DEPECHE_CORPUS)")
    return paths


@pytest.fixture(scope="session")
def corpus_docs(corpus_paths):
    """The corpus lines as dicts, in order (gold annotations included: the
    extractor ignores keys it does not read, as the CLI does)."""
    docs = []
    for p in corpus_paths:
        with open(p, encoding="utf-8") as f:
            docs.extend(json.loads(line) for line in f if line.strip())
    return docs


@pytest.fixture(scope="session")
def cli_lines(cli, corpus_paths):
    """`depeche extract --jsonl FILE --format jsonl` on each corpus file:
    the output lines, in order, all files concatenated."""
    lines = []
    for p in corpus_paths:
        out = run_cli(cli, "extract", "--jsonl", p, "--format", "jsonl")
        lines.extend(line for line in out.stdout.split("\n") if line)
    return lines


@pytest.fixture(scope="session")
def cli_docs(cli_lines):
    return [json.loads(line) for line in cli_lines]
