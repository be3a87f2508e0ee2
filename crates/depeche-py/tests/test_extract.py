"""The Python package against the CLI on the shared corpus, and its API."""

import json
import pickle
import threading
import time

import pytest

import depeche

from conftest import run_cli


@pytest.fixture(scope="module")
def ex():
    return depeche.Extractor()


def test_corpus_is_not_empty(corpus_docs, cli_docs):
    assert len(corpus_docs) >= 10
    assert len(cli_docs) == len(corpus_docs)
    assert sum(len(d["events"]) for d in cli_docs) > 0


def test_extract_equals_cli(ex, corpus_docs, cli_docs):
    for doc, want in zip(corpus_docs, cli_docs):
        got = ex.extract(doc["text"], dct=doc.get("dct"), id=doc["id"],
                         sections=doc.get("sections"))
        assert got == want, doc["id"]


def test_extract_many_equals_cli(ex, corpus_docs, cli_docs):
    assert ex.extract_many(corpus_docs, threads=2) == cli_docs


def test_extract_many_as_json_is_the_cli_line(ex, corpus_docs, cli_lines):
    assert ex.extract_many(corpus_docs, threads=2, as_json=True) == cli_lines


def test_results_are_plain_python(ex, corpus_docs):
    r = ex.extract(corpus_docs[0]["text"], dct=corpus_docs[0]["dct"])
    assert type(r) is dict
    assert type(r["entities"]) is list and type(r["events"]) is list
    text = corpus_docs[0]["text"]
    for e in r["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("threads", [1, 2, 3, None])
def test_extract_many_order_and_threads(ex, corpus_docs, cli_docs, threads):
    # Many chunks' worth of documents, in a shuffled but known order.
    n = len(corpus_docs)
    order = [(i * 7) % n for i in range(n)] * 40
    docs = ({**corpus_docs[i], "id": f"{k}"} for k, i in enumerate(order))
    got = ex.extract_many(docs, threads=threads)  # a generator works too
    assert [g["id"] for g in got] == [str(k) for k in range(len(order))]
    for k, i in enumerate(order[:3 * n]):
        assert {**got[k], "id": cli_docs[i]["id"]} == cli_docs[i]


def test_extract_many_plain_texts(ex, corpus_docs):
    texts = [d["text"] for d in corpus_docs[:4]]
    got = ex.extract_many(texts, threads=2)
    assert [g["id"] for g in got] == ["0", "1", "2", "3"]
    assert got[1] == ex.extract(texts[1], id="1")
    assert ex.extract_many([]) == []


def test_extract_many_dct_override_as_cli(ex, cli, corpus_paths,
                                          corpus_docs):
    want = [json.loads(line) for line in run_cli(
        cli, "extract", "--jsonl", corpus_paths[1], "--format", "jsonl",
        "--dct", "2020-02-29").stdout.splitlines() if line]
    n = len(want)
    docs = corpus_docs[1:1 + n]
    assert ex.extract_many(docs, dct="2020-02-29") == want


def test_releases_the_gil(ex, corpus_docs):
    docs = corpus_docs * 6
    done = threading.Event()
    ticks = 0

    def work():
        ex.extract_many(docs, threads=1)
        done.set()

    t = threading.Thread(target=work)
    start = time.perf_counter()
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.002)
    t.join()
    elapsed = time.perf_counter() - start
    # Holding the GIL, the loop above could not run while Rust works.
    assert elapsed < 0.05 or ticks >= 10, (ticks, elapsed)


def test_invalid_dct_same_message_as_cli(ex, cli, corpus_paths):
    err = run_cli(cli, "extract", "--dct", "2017-13-45", corpus_paths[0],
                  check=False)
    assert err.returncode != 0
    message = err.stderr.strip().removeprefix("depeche: ")
    assert message == "invalid document date '2017-13-45' (expected YYYY-MM-DD)"
    with pytest.raises(depeche.DepecheError) as e:
        ex.extract("Des combats à Gao.", dct="2017-13-45")
    assert str(e.value) == message
    with pytest.raises(ValueError, match="invalid document date"):
        ex.extract_many(["x"], dct="2017-13-45")


def test_bad_gazetteer_dir_same_message_as_cli(cli, tmp_path,
                                               corpus_paths):
    missing = tmp_path / "nope"
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "actors.tsv").write_text(
        "id\tkind\tsubkind\tcanonical\nA:x\tnot-a-kind\n", encoding="utf-8")
    for d in (missing, empty, bad):
        err = run_cli(cli, "extract", "--gazetteer", d, corpus_paths[0],
                      check=False)
        assert err.returncode != 0
        message = err.stderr.strip().removeprefix("depeche: ")
        with pytest.raises(depeche.DepecheError) as e:
            depeche.Extractor(d)
        assert str(e.value) == message


def test_gazetteer_dir_equals_cli(cli, tmp_path, corpus_paths, corpus_docs):
    g = tmp_path / "gaz"
    g.mkdir()
    (g / "extra.tsv").write_text(
        "id\tkind\tsubkind\tcanonical\tvariants\tcountry\tlat\tlon\t"
        "geonames\twikidata\tflags\tsource\n"
        "A:test-brigade\tactor\tarmed_group\tBrigade du test\t"
        "Brigade Test\t\t\t\t\t\t\tcurated\n", encoding="utf-8")
    ex = depeche.Extractor(str(g))
    assert [str(p) for p in ex.gazetteer_dirs] == [str(g)]
    want = [json.loads(line) for line in run_cli(
        cli, "extract", "--gazetteer", g, "--jsonl", corpus_paths[0],
        "--format", "jsonl").stdout.splitlines() if line]
    assert ex.extract_many(corpus_docs[:len(want)]) == want
    text = "La Brigade Test a attaqué Gao dimanche."
    names = [e.get("canonical") for e in ex.extract(text)["entities"]]
    assert "Brigade du test" in names
    # Unpickling rebuilds the extractor with the same directories.
    again = pickle.loads(pickle.dumps(ex))
    assert again.extract(text) == ex.extract(text)


def test_keep_comments_equals_cli(cli, corpus_paths, corpus_docs):
    ex = depeche.Extractor(keep_comments=True)
    want = [json.loads(line) for line in run_cli(
        cli, "extract", "--keep-comments", "--jsonl", corpus_paths[0],
        "--format", "jsonl").stdout.splitlines() if line]
    assert ex.extract_many(corpus_docs[:len(want)]) == want


@pytest.mark.parametrize("item, message", [
    (42, "item 0: expected a str or a dict"),
    ({"id": "a"}, 'item 0: missing string field "text"'),
    ({"text": "x", "id": [1]}, 'item 0: field "id" must be a string'),
    ({"text": "x", "dct": 20170101}, 'item 0: field "dct" must be a string'),
])
def test_bad_items(ex, item, message):
    with pytest.raises(TypeError) as e:
        ex.extract_many([item])
    assert str(e.value) == message


def test_bad_arguments(ex):
    with pytest.raises(ValueError):
        ex.extract_many(["x"], threads=0)
    with pytest.raises(TypeError):
        ex.extract(None)
    with pytest.raises(TypeError):
        depeche.Extractor(42)


def test_to_pandas(ex, corpus_docs, cli_docs):
    pd = pytest.importorskip("pandas")
    results = ex.extract_many(corpus_docs)
    df = depeche.to_pandas(results)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(d["events"]) for d in cli_docs)
    for col in ("doc_id", "event_id", "kind", "trigger", "agent",
                "location", "date", "killed", "polarity", "modality"):
        assert col in df.columns
    first = next(d for d in cli_docs if d["events"])
    row = df[df.doc_id == first["id"]].iloc[0]
    ev = first["events"][0]
    assert row.event_id == ev["id"] and row.kind == ev["kind"]
    assert row.trigger == ev["triggers"][0]["text"]
    # JSON texts (as_json=True) give the same frame.
    again = depeche.to_pandas(ex.extract_many(corpus_docs, as_json=True))
    pd.testing.assert_frame_equal(df, again)
    assert len(depeche.to_pandas([])) == 0


def test_module_metadata():
    assert depeche.__version__
    assert issubclass(depeche.DepecheError, ValueError)
    assert "GIL" in depeche.Extractor.extract_many.__doc__
    assert depeche.to_pandas.__doc__
