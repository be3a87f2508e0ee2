//! Bench inputs: the shared corpus texts repeated to a given size.
//!
//! The corpus is read from `../shared/corpus` beside the checkout, or from
//! `DEPECHE_CORPUS` when set. Sizes are 1 and 10 MB by default; 100 MB is
//! added when `DEPECHE_BENCH_LARGE=1`.

use std::path::PathBuf;

use depeche::Document;

/// The shared corpus directory.
pub fn corpus_dir() -> PathBuf {
    match std::env::var_os("DEPECHE_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus"),
    }
}

/// Every document of the shared corpus (seed, dev-mena, dev-sahel).
pub fn base_documents() -> Vec<Document> {
    let mut out = Vec::new();
    for f in ["seed.jsonl", "dev-mena.jsonl", "dev-sahel.jsonl"] {
        let p = corpus_dir().join(f);
        let text = std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let mut doc = Document::new(
                v["id"].as_str().unwrap_or("?"),
                v["text"].as_str().unwrap_or(""),
            );
            if let Some(d) = v["dct"].as_str() {
                doc = doc.with_dct(d);
            }
            out.push(doc);
        }
    }
    assert!(!out.is_empty(), "empty corpus in {}", corpus_dir().display());
    out
}

/// The corpus documents repeated (with fresh ids) until their texts add
/// up to at least `bytes`.
pub fn batch(base: &[Document], bytes: usize) -> Vec<Document> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < bytes {
        let mut d = base[i % base.len()].clone();
        d.id = format!("{}-{}", d.id, i / base.len());
        total += d.text.len();
        out.push(d);
        i += 1;
    }
    out
}

/// Batch sizes in MB: 1 and 10, plus 100 with `DEPECHE_BENCH_LARGE=1`.
pub fn sizes_mb() -> Vec<usize> {
    let mut v = vec![1, 10];
    if std::env::var("DEPECHE_BENCH_LARGE").is_ok_and(|v| v == "1") {
        v.push(100);
    }
    v
}

/// Total bytes of the texts of `docs`.
pub fn text_bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

/// Total whitespace-separated words of the texts of `docs`.
pub fn text_words(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.split_whitespace().count() as u64).sum()
}

/// With `DEPECHE_BENCH_ONE_PASS=1`, each bench only checks its output
/// and times one pass (quick figures at 100 MB), without sampling.
pub fn one_pass_only() -> bool {
    std::env::var("DEPECHE_BENCH_ONE_PASS").is_ok_and(|v| v == "1")
}

/// Times one pass of `f` over a batch and prints MB/s and words/s.
pub fn report_one_pass(name: &str, bytes: u64, words: u64, f: impl FnOnce()) {
    let t = std::time::Instant::now();
    f();
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{name}: one pass over {:.1} MB in {:.3} s: {:.2} MB/s, {:.0} words/s",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        words as f64 / secs,
    );
}
