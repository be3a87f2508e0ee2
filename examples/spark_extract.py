#!/usr/bin/env python3
"""Run depeche over an archive with Apache Spark (PySpark mapPartitions).

Input: JSON Lines (one {"id", "text", "dct"?, "sections"?} object a line, as
`depeche extract --jsonl` reads them) or Parquet with string columns `id`,
`text` and optionally `dct` (and `sections`, a list of {kind, start, end}
structs). Output: JSON Lines part files, one CLI output line per document,
or Parquet with columns `id`, `dct` and `extraction` (that same JSON
document as a string; `json.loads` it, or `from_json` in Spark SQL). For
one input file, the part files concatenated in name order are exactly what
`depeche extract --jsonl INPUT --format jsonl` prints; with several input
files Spark chooses the order of the files (the ids tell documents apart).

    # locally, on 2 cores:
    python examples/spark_extract.py corpus.jsonl --out pred/ --master 'local[2]'

    # on a cluster (every executor needs `pip install depeche`):
    spark-submit examples/spark_extract.py hdfs:///archive/*.parquet \\
        --input-format parquet --out hdfs:///pred --output-format parquet

Each partition builds one Extractor (cached per Python worker process) and
streams its rows through `extract_many` in batches, so memory stays
bounded whatever the partition size. Blank lines are skipped; a malformed
line is reported on stderr (in the executor's log) and skipped, as the CLI
skips it.
"""

import argparse
import json
import os
import sys

BATCH = 512


def _extractor(gazetteers, keep_comments):
    """One Extractor per Python worker process and configuration (cached
    on the depeche module: this script's globals travel with each task)."""
    import depeche

    cache = getattr(depeche, "_worker_extractors", None)
    if cache is None:
        cache = depeche._worker_extractors = {}
    key = (tuple(gazetteers), keep_comments)
    if key not in cache:
        cache[key] = depeche.Extractor(list(gazetteers) or None,
                                       keep_comments=keep_comments)
    return cache[key]


def _docs_from_lines(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            doc = json.loads(line)
        except ValueError as e:
            print(f"depeche: line {n} of a partition: malformed JSON: {e}",
                  file=sys.stderr)
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            print(f"depeche: line {n} of a partition: missing string field "
                  f"\"text\"", file=sys.stderr)
            continue
        yield doc


def _docs_from_rows(rows):
    for r in rows:
        d = r.asDict(recursive=True)
        if isinstance(d.get("text"), str):
            yield {k: d[k] for k in ("id", "text", "dct", "sections")
                   if k in d}


def make_partition_fn(parquet_input, gazetteers, keep_comments, dct):
    def extract_partition(items):
        ex = _extractor(gazetteers, keep_comments)
        docs = _docs_from_rows(items) if parquet_input else \
            _docs_from_lines(items)
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= BATCH:
                yield from ex.extract_many(batch, threads=1, dct=dct,
                                           as_json=True)
                batch = []
        if batch:
            yield from ex.extract_many(batch, threads=1, dct=dct,
                                       as_json=True)

    return extract_partition


def _row(line):
    doc = json.loads(line)
    return (doc["id"], doc.get("dct"), line)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input", help="file, directory or glob (any Spark path)")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--input-format", choices=["jsonl", "parquet"],
                   default="jsonl")
    p.add_argument("--output-format", choices=["jsonl", "parquet"],
                   default="jsonl")
    p.add_argument("--master", help="Spark master (default: spark-submit's, "
                                     "else local[*])")
    p.add_argument("--min-partitions", type=int,
                   help="split JSON Lines input into at least N partitions")
    p.add_argument("--partitions", type=int,
                   help="repartition the input into N partitions first "
                        "(loses the input order)")
    p.add_argument("--gazetteer", action="append", default=[],
                   metavar="DIR", help="extra gazetteer directory, readable "
                                       "by every executor (repeatable)")
    p.add_argument("--keep-comments", action="store_true")
    p.add_argument("--dct", help="document creation time for every "
                                 "document (YYYY-MM-DD)")
    args = p.parse_args(argv)

    if args.dct is not None:
        import depeche

        depeche.Extractor().extract("", dct=args.dct)  # fail early

    # Local runs: executors use this very interpreter (and its depeche).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType

    builder = SparkSession.builder.appName("depeche-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        if args.input_format == "parquet":
            df = spark.read.parquet(args.input)
            cols = [c for c in ("id", "text", "dct", "sections")
                    if c in df.columns]
            rdd = df.select(*cols).rdd
        else:
            rdd = spark.sparkContext.textFile(args.input,
                                              args.min_partitions)
        if args.partitions:
            rdd = rdd.repartition(args.partitions)
        out = rdd.mapPartitions(make_partition_fn(
            args.input_format == "parquet", tuple(args.gazetteer),
            args.keep_comments, args.dct))
        if args.output_format == "jsonl":
            out.saveAsTextFile(args.out)
        else:
            schema = StructType([
                StructField("id", StringType(), False),
                StructField("dct", StringType(), True),
                StructField("extraction", StringType(), False),
            ])
            spark.createDataFrame(out.map(_row), schema) \
                .write.mode("error").parquet(args.out)
        print(f"depeche: written to {args.out}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
