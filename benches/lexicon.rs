//! Loading the gazetteers and compiling the lexicon, apart from
//! extraction: it is paid once per process, and bounds start-up time.
//!
//! Run with `cargo bench -p depeche --bench lexicon`.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use depeche::gazetteer::Gazetteer;
use depeche::matcher::Lexicon;
use depeche::normalize::fold;
use depeche::Extractor;

fn finds_daech(lex: &Lexicon) -> bool {
    let text = "la capitulation de Daech";
    lex.find(text, &fold(text)).iter().any(|m| &text[m.span] == "Daech")
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("lexicon");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));

    // Parsing the embedded TSV files only.
    let g = Gazetteer::embedded().unwrap();
    assert!(g.rows().len() > 1000, "{} rows", g.rows().len());
    group.bench_function("parse_embedded", |b| {
        b.iter(|| Gazetteer::embedded().unwrap())
    });

    // Compiling the lexicon from parsed rows (the embedded default loads
    // its precomputed table and trie).
    let lex = Lexicon::new(g.clone()).unwrap();
    assert!(finds_daech(&lex));
    group.bench_function("compile", |b| {
        b.iter(|| Lexicon::new(g.clone()).unwrap())
    });

    // Both, through the builder, with the repository's gazetteer
    // directory added on top of the embedded copy (as `--gazetteer` does).
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../gazetteers");
    let build = || {
        let mut b = Extractor::builder();
        b.gazetteer_dir(&dir);
        b.build().unwrap()
    };
    assert!(finds_daech(build().lexicon()));
    group.bench_function("builder_with_dir", |b| b.iter(build));
    group.finish();
}

criterion_group!(lexicon, benches);
criterion_main!(lexicon);
