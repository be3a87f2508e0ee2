//! The output formats on the shared corpus, through the built binary.

mod common;
use common::TempDir;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_depeche");
const CORPUS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
const FILES: [&str; 3] = ["seed.jsonl", "dev-mena.jsonl", "dev-sahel.jsonl"];

fn corpus_files() -> Vec<PathBuf> {
    FILES.iter().map(|f| Path::new(CORPUS).join(f)).collect()
}

fn run(args: &[&str]) -> Output {
    let out = Command::new(BIN).args(args).output().expect("binary runs");
    assert!(
        out.status.success(),
        "depeche {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The gold corpus as one JSON Lines file.
fn gold(dir: &Path) -> PathBuf {
    let mut all = String::new();
    for f in corpus_files() {
        all.push_str(&std::fs::read_to_string(f).unwrap());
        if !all.ends_with('\n') {
            all.push('\n');
        }
    }
    let p = dir.join("gold.jsonl");
    std::fs::write(&p, all).unwrap();
    p
}

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `depeche extract --jsonl` on the corpus with `extra` arguments.
fn extract(extra: &[&str]) -> Output {
    let files = corpus_files();
    let mut args = vec!["extract", "--jsonl"];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(|p| path_str(p)));
    run(&args)
}

fn extracted() -> Vec<Value> {
    jsonl(&String::from_utf8(extract(&["--format", "jsonl"]).stdout).unwrap())
}

fn count_events(docs: &[Value]) -> usize {
    docs.iter().map(|d| d["events"].as_array().unwrap().len()).sum()
}

/// A minimal RFC 4180 reader.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn csv_has_acled_columns_and_one_row_per_event() {
    let out = extract(&["--format", "csv"]);
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap());
    let header = &rows[0];
    let acled = [
        "event_date",
        "year",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "assoc_actor_2",
        "inter2",
        "interaction",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ];
    assert_eq!(&header[..acled.len()], &acled[..]);
    for c in ["document_id", "plover_type", "polarity", "modality", "triggers"]
    {
        assert!(header.iter().any(|h| h == c), "missing column {c}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let events = count_events(&extracted());
    assert_eq!(rows.len() - 1, events);
    assert!(events > 0);
    for r in &rows[1..] {
        assert_eq!(r.len(), header.len(), "row {r:?}");
        assert!(
            ["", "1", "2", "3"].contains(&r[col("time_precision")].as_str())
        );
        assert!(
            ["", "1", "2", "3"].contains(&r[col("geo_precision")].as_str())
        );
        for c in ["inter1", "inter2"] {
            let v = &r[col(c)];
            assert!(
                v.is_empty() || ("1"..="8").contains(&v.as_str()),
                "{c}={v}"
            );
        }
        assert!(r[col("fatalities")].parse::<u64>().is_ok());
        assert!([
            "Political violence",
            "Demonstrations",
            "Strategic developments"
        ]
        .contains(&r[col("disorder_type")].as_str()));
    }
    // The gold corpus exported: one row per gold event.
    let dir = TempDir::new("csv");
    let g = gold(&dir);
    let out = run(&["export", "--format", "csv", path_str(&g)]);
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap());
    let gold_events =
        count_events(&jsonl(&std::fs::read_to_string(&g).unwrap()));
    assert_eq!(rows.len() - 1, gold_events);
}

/// Every count pair of an eval report is perfect.
fn assert_perfect(v: &Value, path: &str) {
    match v {
        Value::Object(m) => {
            if let (Some(p), Some(tp)) = (m.get("pred"), m.get("tp_pred")) {
                assert_eq!(p, tp, "precision below 1 at {path}");
                assert_eq!(
                    m.get("gold"),
                    m.get("tp_gold"),
                    "recall below 1 at {path}"
                );
            }
            if let (Some(c), Some(t)) = (m.get("correct"), m.get("total")) {
                assert_eq!(c, t, "accuracy below 1 at {path}");
            }
            for (k, x) in m {
                assert_perfect(x, &format!("{path}.{k}"));
            }
        }
        Value::Array(a) => a.iter().for_each(|x| assert_perfect(x, path)),
        _ => {}
    }
}

/// Nulls and empty section lists dropped: absent and null are the same
/// field in the schema.
fn normalize(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, x)| {
                    !x.is_null()
                        && !(k.as_str() == "sections"
                            && x.as_array().is_some_and(|a| a.is_empty()))
                })
                .map(|(k, x)| (k.clone(), normalize(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        x => x.clone(),
    }
}

#[test]
fn brat_round_trip_is_lossless() {
    let dir = TempDir::new("brat");
    let g = gold(&dir);
    let ann = dir.join("ann");
    run(&[
        "export",
        "--format",
        "brat",
        "--out",
        path_str(&ann),
        path_str(&g),
    ]);
    let conf = std::fs::read_to_string(ann.join("annotation.conf")).unwrap();
    for part in [
        "[entities]",
        "[events]",
        "[attributes]",
        "[relations]",
        "Ceasefire\t",
        "Agent*:",
    ] {
        assert!(conf.contains(part), "annotation.conf lacks {part}");
    }
    let gold_docs = jsonl(&std::fs::read_to_string(&g).unwrap());
    for d in &gold_docs {
        let id = d["id"].as_str().unwrap();
        let txt =
            std::fs::read_to_string(ann.join(format!("{id}.txt"))).unwrap();
        assert_eq!(txt, d["text"].as_str().unwrap());
        assert!(ann.join(format!("{id}.ann")).is_file());
    }
    let out = run(&["import", "brat", path_str(&ann)]);
    let back = dir.join("back.jsonl");
    std::fs::write(&back, &out.stdout).unwrap();
    let back_docs = jsonl(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(back_docs.len(), gold_docs.len());
    for (a, b) in gold_docs.iter().zip(&back_docs) {
        assert_eq!(normalize(a), normalize(b), "document {} changed", a["id"]);
    }
    let out = run(&["eval", "--json", path_str(&g), path_str(&back)]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"], gold_docs.len());
    assert_perfect(&report, "report");
}

#[test]
fn brat_from_extract_reads_back_to_the_same_annotations() {
    let dir = TempDir::new("brat-extract");
    let ann = dir.join("ann");
    let out = extract(&["--format", "brat", "--out", path_str(&ann)]);
    assert!(out.stdout.is_empty());
    let back = jsonl(
        &String::from_utf8(run(&["import", "brat", path_str(&ann)]).stdout)
            .unwrap(),
    );
    let pred = extracted();
    assert_eq!(back.len(), pred.len());
    for (p, b) in pred.iter().zip(&back) {
        assert_eq!(p["id"], b["id"]);
        assert_eq!(normalize(&p["entities"]), normalize(&b["entities"]));
        assert_eq!(normalize(&p["events"]), normalize(&b["events"]));
    }
}

#[test]
fn label_studio_tasks_have_regions_and_relations() {
    let out = extract(&["--format", "label-studio"]);
    let tasks: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tasks = tasks.as_array().unwrap();
    let pred = extracted();
    assert_eq!(tasks.len(), pred.len());
    let mut relations = 0;
    for (t, p) in tasks.iter().zip(&pred) {
        let text = t["data"]["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let result = t["predictions"][0]["result"].as_array().unwrap();
        let ids: Vec<&str> =
            result.iter().filter_map(|r| r["id"].as_str()).collect();
        let mentions: usize = p["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["mentions"].as_array().unwrap().len())
            .sum();
        let triggers: usize = p["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["triggers"].as_array().unwrap().len())
            .sum();
        assert_eq!(ids.len(), mentions + triggers);
        for r in result {
            if r["type"] == "labels" {
                let v = &r["value"];
                let (s, e) = (
                    v["start"].as_u64().unwrap() as usize,
                    v["end"].as_u64().unwrap() as usize,
                );
                let span: String = chars[s..e].iter().collect();
                assert_eq!(span, v["text"].as_str().unwrap());
                assert_eq!(v["labels"].as_array().unwrap().len(), 1);
            } else {
                assert_eq!(r["type"], "relation");
                relations += 1;
                assert!(ids.contains(&r["from_id"].as_str().unwrap()));
                assert!(ids.contains(&r["to_id"].as_str().unwrap()));
            }
        }
    }
    assert!(relations > 0);
}

#[test]
fn geojson_has_one_feature_per_event() {
    let out = extract(&["--format", "geojson"]);
    let fc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let feats = fc["features"].as_array().unwrap();
    assert_eq!(feats.len(), count_events(&extracted()));
    let mut points = 0;
    for f in feats {
        assert_eq!(f["type"], "Feature");
        assert!(f["properties"]["kind"].is_string());
        assert!(f["properties"]["document_id"].is_string());
        if !f["geometry"].is_null() {
            points += 1;
            assert_eq!(f["geometry"]["type"], "Point");
            let c = f["geometry"]["coordinates"].as_array().unwrap();
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            assert!(
                (-180.0..=180.0).contains(&lon)
                    && (-90.0..=90.0).contains(&lat)
            );
        }
    }
    assert!(points > 0, "no event was located");
}

#[test]
fn explain_names_a_row_or_rule_for_every_mention_and_event() {
    let out = extract(&["--format", "jsonl", "--explain"]);
    let docs = jsonl(&String::from_utf8(out.stdout).unwrap());
    let mut rows = 0;
    for d in &docs {
        for e in d["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let x = &m["explain"];
                assert!(x["rule"].is_string(), "no explanation: {m}");
                if let Some(r) = x.get("row") {
                    assert!(r["file"].as_str().unwrap().ends_with(".tsv"));
                    assert!(r["line"].as_u64().unwrap() > 0);
                    rows += 1;
                }
            }
        }
        for v in d["events"].as_array().unwrap() {
            assert!(v["explain"]["rule"].is_string(), "no explanation: {v}");
        }
    }
    assert!(rows > 0);
    // Without --explain the JSON has none.
    let plain = extracted();
    assert!(!serde_json::to_string(&plain).unwrap().contains("\"explain\""));
}

#[test]
fn summary_line_and_no_progress_when_not_a_terminal() {
    let out = extract(&["--format", "jsonl"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains('\r'), "progress drawn on a non-terminal");
    let docs = extracted();
    let line = format!(
        "{} documents, {} events, 0 errors",
        docs.len(),
        count_events(&docs)
    );
    assert!(err.contains(&line), "no summary line in {err:?}");
}

fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

fn headless(
    browser: &Path,
    profile: &Path,
    extra: &[&str],
    url: &str,
) -> Output {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(url);
    cmd.output().expect("chromium runs")
}

/// The `<li class="event" …>` blocks of a page.
fn event_blocks(dom: &str) -> Vec<&str> {
    dom.split("<li class=\"event\"")
        .skip(1)
        .map(|b| b.split("</li>").next().unwrap())
        .collect()
}

#[test]
fn html_report_of_the_seed_article() {
    let dir = TempDir::new("html");
    let page = dir.join("seed.html");
    let seed = Path::new(CORPUS).join("seed-article.txt");
    run(&[
        "extract",
        "--dct",
        "2017-08-27",
        "--format",
        "html",
        "--out",
        path_str(&page),
        path_str(&seed),
    ]);
    let html = std::fs::read_to_string(&page).unwrap();
    // Self-contained: nothing to fetch.
    for bad in ["http://", "https://", " src=", "<link", "@import", "url("] {
        assert!(
            !html.contains(bad),
            "the page refers to something outside: {bad}"
        );
    }
    for kind in ["ceasefire", "surrender"] {
        assert!(html.contains(&format!("<b class=\"kind\">{kind}</b>")));
    }

    let Some(browser) = chromium() else {
        println!(
            "SKIPPED: html_report_of_the_seed_article browser part: no Chromium at \
             /usr/bin/chromium (install Debian's chromium package)"
        );
        return;
    };
    let url = format!("file://{}", page.display());
    let out =
        headless(&browser, &dir.join("profile-dom"), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        dom.contains("class=\"tl-item\""),
        "the timeline script did not run"
    );
    let blocks = event_blocks(&dom);
    let find = |kind: &str| -> Vec<&str> {
        blocks
            .iter()
            .copied()
            .filter(|b| b.contains(&format!("<b class=\"kind\">{kind}</b>")))
            .collect()
    };
    let ceasefire = find("ceasefire");
    assert!(
        ceasefire.iter().any(|b| b.contains("<dt>agent</dt>")
            && b.contains("Hezbollah")
            && b.contains("armée syrienne")
            && b.contains("<dt>location</dt>")
            && b.contains("Qalamoun")),
        "no ceasefire with its parties and place in {ceasefire:?}"
    );
    let surrender = find("surrender");
    assert!(
        surrender.iter().any(|b| b.contains("<dt>agent</dt>")
            && (b.contains("État islamique") || b.contains("Daech"))
            && b.contains("capitulation")),
        "no surrender of Daech in {surrender:?}"
    );

    let shot = dir.join("seed.png");
    let arg = format!("--screenshot={}", shot.display());
    headless(&browser, &dir.join("profile-shot"), &[&arg], &url);
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(png.len() > 10_000, "screenshot too small: {} bytes", png.len());
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}
