"""The cluster recipes in examples/: their output equals the CLI's."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

EXAMPLES = REPO / "examples"


def read_lines(paths):
    lines = []
    for p in sorted(paths):
        with open(p, encoding="utf-8") as f:
            lines.extend(line.rstrip("\n") for line in f if line.strip())
    return lines


def run(args, timeout):
    proc = subprocess.run([sys.executable, *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


def test_dask_local_cluster_equals_cli(tmp_path, corpus_paths, cli_lines):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    out = tmp_path / "pred"
    # A small block size splits the corpus into several partitions.
    run([EXAMPLES / "dask_extract.py", *corpus_paths, "--out", out,
         "--local-workers", "2", "--blocksize", "20kB"], timeout=300)
    parts = list(out.glob("part-*.jsonl"))
    assert len(parts) > len(corpus_paths)
    assert read_lines(parts) == cli_lines


def _spark_missing():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark)"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return ("no Java runtime (install one, e.g. Debian's "
                "default-jre-headless, or set JAVA_HOME)")
    return None


spark = pytest.mark.skipif(_spark_missing() is not None,
                           reason=f"Spark recipe not tested: "
                                  f"{_spark_missing()}")


@spark
def test_spark_jsonl_equals_cli(tmp_path, corpus_paths, cli_lines):
    # One input file (the corpus files concatenated) in several partitions.
    src = tmp_path / "corpus.jsonl"
    with open(src, "wb") as f:
        for p in corpus_paths:
            f.write(p.read_bytes())
    out = tmp_path / "pred"
    run([EXAMPLES / "spark_extract.py", src, "--out", out,
         "--master", "local[2]", "--min-partitions", "4"], timeout=900)
    assert (out / "_SUCCESS").exists()
    assert read_lines(out.glob("part-*")) == cli_lines


@spark
def test_spark_parquet_equals_cli(tmp_path, corpus_docs, cli_docs):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    src = tmp_path / "in.parquet"
    rows = [{"id": d["id"], "text": d["text"], "dct": d.get("dct"),
             "sections": d.get("sections")} for d in corpus_docs]
    pd.DataFrame(rows).to_parquet(src)
    out = tmp_path / "pred.parquet"
    run([EXAMPLES / "spark_extract.py", src, "--input-format", "parquet",
         "--out", out, "--output-format", "parquet", "--master", "local[2]"],
        timeout=900)
    df = pd.read_parquet(out)
    assert list(df.id) == [d["id"] for d in cli_docs]
    for row, want in zip(df.itertuples(), cli_docs):
        assert json.loads(row.extraction) == want
        assert (None if pd.isna(row.dct) else row.dct) == want["dct"]
