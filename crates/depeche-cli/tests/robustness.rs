//! Robustness of the `depeche` binary on hostile input: bad encodings,
//! empty and huge inputs, malformed JSON Lines, bad gazetteers, a closed
//! output pipe, and arbitrary bytes (property test). Every span written
//! must map back to the input text (char offsets).
//!
//! `DEPECHE_PROPTEST_CASES` scales the property test (see `cli_cases`).

mod common;
use common::TempDir;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use proptest::prelude::*;
use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_depeche"));
    c.env("RUST_BACKTRACE", "1");
    c
}

fn run(args: &[&str], files: &[&Path]) -> Output {
    bin().args(args).args(files).stdin(Stdio::null()).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// No panic message nor backtrace on stderr.
fn no_panic(o: &Output) {
    let e = stderr(o);
    assert!(
        !e.contains("panicked") && !e.contains("stack backtrace"),
        "panic on stderr: {e}"
    );
    assert_ne!(o.status.code(), Some(101), "panic exit status: {e}");
}

/// The JSON documents written on stdout (pretty or one a line).
fn documents(o: &Output) -> Vec<Value> {
    let s = std::str::from_utf8(&o.stdout).expect("output is UTF-8");
    serde_json::Deserializer::from_str(s)
        .into_iter::<Value>()
        .map(|v| v.expect("output is JSON"))
        .collect()
}

/// Every `{start, end, text}` object in `v` slices `chars` exactly;
/// returns how many were checked.
fn check_spans(v: &Value, chars: &[char]) -> usize {
    match v {
        Value::Object(m) => {
            let mut n = 0;
            if let (Some(s), Some(e), Some(t)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
                m.get("text").and_then(Value::as_str),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= chars.len(),
                    "span {s}..{e} out of text"
                );
                let got: String = chars[s..e].iter().collect();
                assert_eq!(got, t, "span {s}..{e} does not map back");
                n += 1;
            }
            n + m.values().map(|x| check_spans(x, chars)).sum::<usize>()
        }
        Value::Array(a) => a.iter().map(|x| check_spans(x, chars)).sum(),
        _ => 0,
    }
}

fn spans_map_back(doc: &Value, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    check_spans(doc, &chars)
}

fn mention_texts(doc: &Value) -> Vec<String> {
    doc["entities"]
        .as_array()
        .map(|es| {
            es.iter()
                .flat_map(|e| {
                    e["mentions"].as_array().cloned().unwrap_or_default()
                })
                .filter_map(|m| m["text"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

const DISPATCH: &str = "Syrie : l'armée syrienne a repris Deir ez-Zor à \
                        Daech le 19 août 2017, selon l'AFP. Des combats ont \
                        fait trois morts à Alep.";

#[test]
fn invalid_utf8_names_file_and_offset_and_lossy_goes_on() {
    let dir = TempDir::new("utf8");
    let mut bytes = b"Combats \xC3\xA0 Alep. ".to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xFF\xFE Deux morts \xC3\xA0 Gao.");
    let bad = dir.file("bad.txt", &bytes);

    let o = run(&["extract"], &[&bad]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("bad.txt"), "{e}");
    assert!(e.contains(&format!("byte {offset}")), "{e}");

    let o = run(&["extract", "--lossy"], &[&bad]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), 1);
    let text = String::from_utf8_lossy(&bytes);
    assert!(spans_map_back(&docs[0], &text) >= 2);
    let names = mention_texts(&docs[0]);
    assert!(names.contains(&"Alep".into()) && names.contains(&"Gao".into()));

    // Inside JSON Lines: the line is named, the other lines go on.
    let mut jl = b"{\"id\": \"a\", \"text\": \"Alep\"}\n".to_vec();
    jl.extend_from_slice(b"{\"id\": \"b\", \"text\": \"\xFF\"}\n");
    jl.extend_from_slice(b"{\"id\": \"c\", \"text\": \"Gao\"}\n");
    let f = dir.file("bad.jsonl", &jl);
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &[&f]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.jsonl:2"), "{}", stderr(&o));
    let ids: Vec<Value> =
        documents(&o).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, vec!["a", "c"]);
}

#[test]
fn empty_inputs() {
    let dir = TempDir::new("empty");
    let f = dir.file("empty.txt", b"");
    let o = run(&["extract"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "empty");
    assert_eq!(docs[0]["entities"].as_array().map(Vec::len), Some(0));

    let o = run_stdin(&["extract"], b"");
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(documents(&o).len(), 1);

    let j = dir.file("empty.jsonl", b"");
    let o = run(&["extract", "--jsonl"], &[&j]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(documents(&o).is_empty());

    let d = TempDir::new("empty-dir");
    let o = run(&["extract"], &[&d.0]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(documents(&o).is_empty());
}

#[test]
fn directory_with_thousands_of_files() {
    let dir = TempDir::new("many");
    let n = 3000;
    for i in 0..n {
        let sub = dir.0.join(format!("d{}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            sub.join(format!("f{i:05}.txt")),
            format!("Dépêche {i} : combats à Alep."),
        )
        .unwrap();
    }
    let o = run(&["extract", "--format", "jsonl"], &[&dir.0]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), n);
    // Sorted by path: d0/…, d1/…, d2/…, each in file order.
    let mut want: Vec<(usize, usize)> = (0..n).map(|i| (i % 3, i)).collect();
    want.sort();
    for (doc, (_, i)) in docs.iter().zip(want) {
        assert_eq!(doc["id"], format!("f{i:05}"));
        let text = format!("Dépêche {i} : combats à Alep.");
        assert!(spans_map_back(doc, &text) >= 1, "{doc}");
    }
}

fn jsonl_run(dir: &TempDir, lines: &[&str]) -> (Output, Vec<Value>, String) {
    let f = dir.file("in.jsonl", lines.join("\n").as_bytes());
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &[&f]);
    no_panic(&o);
    let docs = documents(&o);
    let e = stderr(&o);
    (o, docs, e)
}

#[test]
fn jsonl_malformed_lines_are_reported_and_others_processed() {
    let dir = TempDir::new("malformed");
    let good = |id: &str| {
        format!("{{\"id\": \"{id}\", \"text\": \"Combats à Alep.\"}}")
    };
    let (g1, g2, g3) = (good("g1"), good("g2"), good("g3"));
    let lines = [
        g1.as_str(),
        "{\"id\": \"x\", \"text\": ",
        "",
        "not json at all",
        g2.as_str(),
        "[1, 2, 3]",
        "{\"id\": \"t\", \"text\": \"a\"} trailing",
        g3.as_str(),
    ];
    let (o, docs, e) = jsonl_run(&dir, &lines);
    assert_eq!(o.status.code(), Some(1), "{e}");
    for n in [2, 4, 6, 7] {
        assert!(e.contains(&format!("in.jsonl:{n}:")), "line {n}: {e}");
    }
    for n in [1, 3, 5, 8] {
        assert!(!e.contains(&format!("in.jsonl:{n}:")), "line {n}: {e}");
    }
    let ids: Vec<&str> =
        docs.iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(ids, ["g1", "g2", "g3"]);
    for d in &docs {
        assert!(spans_map_back(d, "Combats à Alep.") >= 1);
    }
}

/// Documents go to the extractor in runs of consecutive documents:
/// across many runs and batches, with bad lines and blank lines among
/// them, every document comes out once, in input order, and each bad
/// line is reported by number.
#[test]
fn jsonl_order_kept_across_runs_with_bad_lines() {
    let dir = TempDir::new("order");
    let filler = "Des combats ont opposé l'armée aux rebelles près de Goma. "
        .repeat(40);
    let mut lines: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut bad: Vec<usize> = Vec::new();
    for i in 0..700 {
        match i % 97 {
            13 => {
                lines.push("{\"id\": oops".into());
                bad.push(lines.len());
            }
            40 => lines.push(String::new()),
            _ => {
                let id = format!("d{i}");
                lines.push(
                    serde_json::json!({"id": id, "text": format!("{i}. {filler}")})
                        .to_string(),
                );
                ids.push(id);
            }
        }
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (o, docs, e) = jsonl_run(&dir, &refs);
    assert_eq!(o.status.code(), Some(1), "{e}");
    let got: Vec<&str> =
        docs.iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(got, ids);
    for n in bad {
        assert!(e.contains(&format!("in.jsonl:{n}:")), "line {n}: {e}");
    }
}

#[test]
fn jsonl_missing_text() {
    let dir = TempDir::new("missing");
    let (o, docs, e) = jsonl_run(
        &dir,
        &["{\"id\": \"a\"}", "{\"id\": \"b\", \"text\": \"Gao\"}", "{}"],
    );
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("in.jsonl:1:") && e.contains("\"text\""), "{e}");
    assert!(e.contains("in.jsonl:3:"), "{e}");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "b");
}

#[test]
fn jsonl_wrong_types() {
    let dir = TempDir::new("types");
    let (o, docs, e) = jsonl_run(
        &dir,
        &[
            "{\"id\": \"a\", \"text\": 5}",
            "{\"id\": [\"b\"], \"text\": \"Gao\"}",
            "{\"id\": \"c\", \"text\": \"Gao\", \"dct\": 2017}",
            "{\"id\": \"d\", \"text\": null}",
            "{\"id\": \"e\", \"text\": \"Gao\", \"sections\": \"nope\"}",
            "{\"id\": \"f\", \"text\": \"Gao\", \"sections\": [{\"kind\": 1, \"start\": -4}]}",
            "{\"id\": \"g\", \"text\": \"Gao\", \"dct\": \"not a date\"}",
            "{\"id\": 7, \"text\": \"Gao\"}",
            "\"just a string\"",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{e}");
    for n in [1, 2, 3, 4, 9] {
        assert!(e.contains(&format!("in.jsonl:{n}:")), "line {n}: {e}");
    }
    let ids: Vec<String> = docs.iter().map(|d| d["id"].to_string()).collect();
    for id in ["\"e\"", "\"f\"", "\"g\"", "\"7\""] {
        assert!(ids.contains(&id.to_string()), "{id} missing from {ids:?}");
    }
    for d in &docs {
        spans_map_back(d, "Gao");
    }
}

#[test]
fn ten_megabyte_line() {
    let dir = TempDir::new("big-line");
    let filler = "Le marché était calme ce matin-là, rien à signaler. ";
    let mut text = String::new();
    while text.len() < 10_000_000 {
        text.push_str(filler);
    }
    text.push_str("Puis des combats ont éclaté à Alep.");
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let f = dir.file("big.jsonl", format!("{line}\n").as_bytes());
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), 1);
    assert!(o.stdout.iter().filter(|&&b| b == b'\n').count() == 1);
    assert!(spans_map_back(&docs[0], &text) >= 1);
    assert!(mention_texts(&docs[0]).contains(&"Alep".into()));
}

#[test]
fn nul_bytes() {
    let dir = TempDir::new("nul");
    let text = "Combats\0 à Alep\0\0. Trois morts à\0Gao.\0";
    let f = dir.file("nul.txt", text.as_bytes());
    let o = run(&["extract"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert!(spans_map_back(&docs[0], text) >= 2);

    let (o, docs, e) = jsonl_run(
        &dir,
        &[&serde_json::json!({"id": "n", "text": text}).to_string()],
    );
    assert!(o.status.success(), "{e}");
    assert!(spans_map_back(&docs[0], text) >= 2);
}

#[test]
fn mixed_line_endings() {
    let dir = TempDir::new("crlf");
    let text =
        "Syrie : combats à Alep\r\n\r\nDes combats ont fait trois morts \
                à Alep.\r\nDeux morts à Gao.\n\rFin du communiqué\r";
    let f = dir.file("crlf.txt", text.as_bytes());
    let o = run(&["extract"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert!(spans_map_back(&docs[0], text) >= 3);

    // JSON Lines with CRLF and LF line ends mixed.
    let a = serde_json::json!({"id": "a", "text": text}).to_string();
    let body =
        format!("{a}\r\n{{\"id\": \"b\", \"text\": \"Gao\"}}\n\r\n{a}\r\n");
    let f = dir.file("crlf.jsonl", body.as_bytes());
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), 3);
    assert!(spans_map_back(&docs[0], text) >= 3);
    assert!(spans_map_back(&docs[2], text) >= 3);
}

#[test]
fn byte_order_mark() {
    let dir = TempDir::new("bom");
    let text = "Combats à Alep.";
    let f = dir.file("bom.txt", format!("\u{feff}{text}").as_bytes());
    let o = run(&["extract"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    // The BOM is not part of the text: offsets count from after it.
    let docs = documents(&o);
    assert!(spans_map_back(&docs[0], text) >= 1);

    // Also when --lossy replaces bad bytes further on.
    let mut bytes = format!("\u{feff}{text} ").into_bytes();
    bytes.push(0xFF);
    let f = dir.file("bom-lossy.txt", &bytes);
    let o = run(&["extract", "--lossy"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert!(spans_map_back(&docs[0], &format!("{text} \u{fffd}")) >= 1);

    let body = format!("\u{feff}{{\"id\": \"b\", \"text\": \"{text}\"}}\n");
    let f = dir.file("bom.jsonl", body.as_bytes());
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &[&f]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), 1);
    assert!(spans_map_back(&docs[0], text) >= 1);
}

#[test]
fn bad_gazetteer_row_names_file_and_line() {
    let dir = TempDir::new("gaz");
    let header = "id\tkind\tsubkind\tcanonical\tvariants\tcountry\tlat\tlon\t\
                  geonames\twikidata\tflags\tsource\n";
    let good = "P:X:1\tplace\tcity\tBourg-Test\t\tML\t\t\t\t\t\ttest\n";
    let bad = "P:X:2\tplace\tcity\tAutre\tML\n";
    let f = dir.file("extra.tsv", format!("{header}{good}{bad}").as_bytes());
    let _ = f;
    let input = dir.file("in.txt", b"Combats \xC3\xA0 Bourg-Test.");
    let o =
        run(&["extract", "--gazetteer", dir.0.to_str().unwrap()], &[&input]);
    no_panic(&o);
    assert!(!o.status.success());
    let e = stderr(&o);
    assert!(e.contains("extra.tsv:3"), "{e}");
    assert!(e.contains("bad gazetteer row"), "{e}");
    assert!(o.stdout.is_empty());

    // The good row alone is used.
    let g = TempDir::new("gaz-good");
    g.file("extra.tsv", format!("{header}{good}").as_bytes());
    let o = run(&["extract", "--gazetteer", g.0.to_str().unwrap()], &[&input]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert!(mention_texts(&docs[0]).contains(&"Bourg-Test".into()));
}

#[test]
fn closed_stdout_pipe_exits_without_panic() {
    let dir = TempDir::new("pipe");
    let line = serde_json::json!({"id": "d", "text": DISPATCH}).to_string();
    let body = format!("{line}\n").repeat(3000);
    let f = dir.file("many.jsonl", body.as_bytes());
    for args in [
        &["extract", "--jsonl", "--format", "jsonl"][..],
        &["extract", "--jsonl", "--format", "json"][..],
    ] {
        let mut child = bin()
            .args(args)
            .arg(&f)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 1];
        stdout.read_exact(&mut first).unwrap();
        assert_eq!(first[0], b'{');
        drop(stdout); // like `| head -c 1`
        let o = child.wait_with_output().unwrap();
        no_panic(&o);
        assert!(o.status.code().is_some(), "killed by a signal");
    }
}

#[test]
fn corpus_spans_map_back_through_the_cli() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus");
    let mut texts = Vec::new();
    let mut files = Vec::new();
    for f in ["seed.jsonl", "dev-mena.jsonl", "dev-sahel.jsonl"] {
        let p = corpus.join(f);
        for l in std::fs::read_to_string(&p).unwrap().lines() {
            if !l.trim().is_empty() {
                let v: Value = serde_json::from_str(l).unwrap();
                texts.push(v["text"].as_str().unwrap().to_string());
            }
        }
        files.push(p);
    }
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let o = run(&["extract", "--jsonl", "--format", "jsonl"], &paths);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = documents(&o);
    assert_eq!(docs.len(), texts.len());
    let checked: usize =
        docs.iter().zip(&texts).map(|(d, t)| spans_map_back(d, t)).sum();
    assert!(checked > 100, "only {checked} spans");
}

/// Cases of the CLI property test: each case runs the binary twice over a
/// directory of up to 48 arbitrary files. `DEPECHE_PROPTEST_CASES` (the
/// suite's case budget, default 10,000) divided by 250.
fn cli_cases() -> u32 {
    let total: u32 = std::env::var("DEPECHE_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    (total / 250).max(4)
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        "(Daech|Alep|l’EI|armée|attaque|le 19 août|\r\n|\n|\u{feff}|\0|’|-| |\\.){0,40}"
            .prop_map(String::into_bytes),
        (any::<String>(), proptest::collection::vec(any::<u8>(), 0..4))
            .prop_map(|(s, b)| [s.into_bytes(), b].concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cli_cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_through_the_cli(files in proptest::collection::vec(any_bytes(), 1..48)) {
        let dir = TempDir::new("prop");
        for (i, b) in files.iter().enumerate() {
            dir.file(&format!("{i:03}.txt"), b);
        }
        // Strict: valid files are extracted, invalid ones named with
        // their offset.
        let o = run(&["extract", "--format", "jsonl"], &[&dir.0]);
        no_panic(&o);
        let docs = documents(&o);
        let valid: Vec<(usize, &Vec<u8>)> = files
            .iter()
            .enumerate()
            .filter(|(_, b)| std::str::from_utf8(b).is_ok())
            .collect();
        prop_assert_eq!(docs.len(), valid.len());
        prop_assert_eq!(o.status.code(), Some(if valid.len() == files.len() { 0 } else { 1 }));
        let e = stderr(&o);
        for (i, b) in files.iter().enumerate() {
            if let Err(err) = std::str::from_utf8(b) {
                let want = format!("{i:03}.txt: invalid UTF-8 at byte {}", err.valid_up_to());
                prop_assert!(e.contains(&want), "{} not in {}", want, e);
            }
        }
        for (d, (i, b)) in docs.iter().zip(&valid) {
            let id = format!("{i:03}");
            prop_assert_eq!(d["id"].as_str(), Some(id.as_str()));
            let text = std::str::from_utf8(b).unwrap();
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            spans_map_back(d, text);
        }
        // Lossy: every file is extracted.
        let o = run(&["extract", "--format", "jsonl", "--lossy"], &[&dir.0]);
        no_panic(&o);
        prop_assert!(o.status.success(), "{}", stderr(&o));
        let docs = documents(&o);
        prop_assert_eq!(docs.len(), files.len());
        for (d, b) in docs.iter().zip(&files) {
            let text = String::from_utf8_lossy(b);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            spans_map_back(d, text);
        }
    }
}
