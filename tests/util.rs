use std::path::PathBuf;

use depeche::{Document, Extraction, Extractor};

/// The shared corpus directory, beside the checkout.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

pub fn read(name: &str) -> String {
    let p = corpus_dir().join(name);
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Every gold document of the shared corpus as (raw JSON line, document).
pub fn gold_lines() -> Vec<(String, Document)> {
    let mut out = Vec::new();
    for f in ["seed.jsonl", "dev-mena.jsonl", "dev-sahel.jsonl"] {
        for line in read(f).lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let mut doc = Document::new(
                v["id"].as_str().unwrap(),
                v["text"].as_str().unwrap(),
            );
            if let Some(d) = v["dct"].as_str() {
                doc = doc.with_dct(d);
            }
            out.push((line.to_string(), doc));
        }
    }
    out
}

/// Extracts every gold document.
pub fn predictions() -> Vec<Extraction> {
    let ex = Extractor::new();
    gold_lines().iter().map(|(_, d)| ex.extract(d)).collect()
}

/// The chars of `text` from `start` to `end` (char offsets).
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The first event one of whose triggers reads `word`, or a panic listing
/// the events found.
pub fn event_told_by<'a>(
    out: &'a Extraction,
    word: &str,
) -> &'a depeche::Event {
    out.events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == word))
        .unwrap_or_else(|| {
            panic!("no event told by {word:?}: {:#?}", out.events)
        })
}
