#!/usr/bin/env python3
"""Run depeche over a JSON Lines archive on a Dask cluster.

Input: JSON Lines files (local paths, globs, or any fsspec URL the workers
can read, such as s3://bucket/articles/*.jsonl), one
{"id", "text", "dct"?, "sections"?} object a line, as `depeche extract
--jsonl` reads them. Output: a directory of part files
(part-00000.jsonl, part-00001.jsonl, ...) whose concatenation, in name
order, is what `depeche extract --jsonl INPUT --format jsonl` prints.

    # a local cluster of 2 worker processes (one thread each):
    python examples/dask_extract.py corpus.jsonl --out pred/ --local-workers 2

    # a real cluster (every worker needs `pip install depeche`):
    python examples/dask_extract.py 's3://archive/2017/*.jsonl' --out s3://archive/pred/ \\
        --scheduler tcp://scheduler:8786

Each partition (a block of input lines, --blocksize) is one task; a worker
builds one Extractor per process and reuses it for all its tasks. Blank
lines are skipped; a malformed line is reported on stderr (in the worker's
log) and skipped, as the CLI skips it.
"""

import argparse
import json
import sys


def _extractor(gazetteers, keep_comments):
    """One Extractor per worker process and configuration. The cache lives
    on the imported depeche module: this script's own globals are shipped
    to the workers anew with every task."""
    import depeche

    cache = getattr(depeche, "_worker_extractors", None)
    if cache is None:
        cache = depeche._worker_extractors = {}
    key = (tuple(gazetteers), keep_comments)
    if key not in cache:
        cache[key] = depeche.Extractor(list(gazetteers) or None,
                                       keep_comments=keep_comments)
    return cache[key]


def extract_partition(lines, gazetteers=(), keep_comments=False, dct=None,
                      threads=1):
    """Extracts the documents of an iterable of JSON Lines; returns their
    results as JSON text (the CLI's output lines), in order."""
    ex = _extractor(gazetteers, keep_comments)
    docs = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            doc = json.loads(line)
        except ValueError as e:
            print(f"depeche: line {n} of a block: malformed JSON: {e}",
                  file=sys.stderr)
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            print(f"depeche: line {n} of a block: missing string field "
                  f"\"text\"", file=sys.stderr)
            continue
        docs.append(doc)
    return ex.extract_many(docs, threads=threads, dct=dct, as_json=True)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("inputs", nargs="+", help="JSON Lines files, globs or URLs")
    p.add_argument("--out", required=True,
                   help="output directory (local or URL) for part-*.jsonl")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler",
                       help="address of a running Dask scheduler")
    where.add_argument("--local-workers", type=int, default=2,
                       help="start a LocalCluster of N worker processes "
                            "(default 2; ignored with --scheduler)")
    p.add_argument("--threads-per-worker", type=int, default=1)
    p.add_argument("--blocksize", default="16MiB",
                   help="input bytes per partition (default 16MiB)")
    p.add_argument("--gazetteer", action="append", default=[],
                   metavar="DIR", help="extra gazetteer directory, readable "
                                       "by every worker (repeatable)")
    p.add_argument("--keep-comments", action="store_true")
    p.add_argument("--dct", help="document creation time for every "
                                 "document (YYYY-MM-DD)")
    args = p.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    if args.dct is not None:
        import depeche

        depeche.Extractor().extract("", dct=args.dct)  # fail early

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local_workers,
                               threads_per_worker=args.threads_per_worker,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        lines = db.read_text(args.inputs, blocksize=args.blocksize,
                             encoding="utf-8")
        out = lines.map_partitions(
            extract_partition,
            gazetteers=tuple(args.gazetteer),
            keep_comments=args.keep_comments,
            dct=args.dct,
        )
        out_dir = args.out.rstrip("/")
        out.to_textfiles(f"{out_dir}/part-*.jsonl",
                         name_function=lambda i: f"{i:05d}",
                         encoding="utf-8", last_endline=True)
        print(f"depeche: {out.npartitions} part files written to {out_dir}",
              file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
