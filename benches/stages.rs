//! Throughput of each stage of the pipeline and of the whole extraction,
//! on batches built by repeating the shared corpus to 1 and 10 MB (and
//! 100 MB with `DEPECHE_BENCH_LARGE=1`).
//!
//! Run with `cargo bench -p depeche` (see the README's Benchmarks section).
//! Throughput is in bytes of input text; each bench also prints MB/s and
//! words/s of one pass before sampling. Every bench checks its expected
//! output once before timing.

use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};
use depeche::dates::{find_dates, Date};
use depeche::normalize::{fold, Folded};
use depeche::segment::{sentences, tokens};
use depeche::{Document, Extraction, Extractor, Span};

#[path = "corpus.rs"]
mod corpus;

use corpus::{
    base_documents, batch, one_pass_only, report_one_pass, sizes_mb,
    text_bytes, text_words,
};

/// Registers one bench per batch size. `prepare` turns a batch into the
/// stage's input (done once, and only when the bench is selected); `run`
/// is one pass of the stage over it.
fn stage<P>(
    c: &mut Criterion,
    name: &str,
    base: &[Document],
    prepare: impl Fn(Vec<Document>) -> P,
    run: impl Fn(&P),
) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for mb in sizes_mb() {
        let docs = batch(base, mb * 1_000_000);
        let (bytes, words) = (text_bytes(&docs), text_words(&docs));
        group.throughput(Throughput::Bytes(bytes));
        let mut docs = Some(docs);
        let mut input: Option<(P, Duration)> = None;
        let label = format!("{name}/{mb}MB");
        group.bench_function(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            |b| {
                let (p, once) = input.get_or_insert_with(|| {
                    let p = prepare(docs.take().expect("prepared once"));
                    let t = std::time::Instant::now();
                    report_one_pass(&label, bytes, words, || run(&p));
                    (p, t.elapsed())
                });
                if one_pass_only() {
                    let once = *once;
                    b.iter_custom(|iters| once * iters as u32);
                } else {
                    b.iter(|| run(p));
                }
            },
        );
    }
    group.finish();
}

/// Folding with the offset map.
fn bench_fold(c: &mut Criterion, base: &[Document]) {
    let text = "L’armée à Deir-ez-Zor";
    let f = fold(text);
    assert_eq!(f.text, "l'armee a deir ez zor");
    let i = f.text.find("deir").unwrap();
    assert_eq!(
        &text[f.to_original(Span::new(i, f.text.len()))],
        "Deir-ez-Zor"
    );

    stage(
        c,
        "fold",
        base,
        |d| d,
        |docs| {
            for d in docs {
                std::hint::black_box(fold(&d.text));
            }
        },
    );
}

/// Sentence and token segmentation.
fn bench_segment(c: &mut Criterion, base: &[Document]) {
    let s = sentences("Les combats ont repris. Deux morts à Gao.\nTitre");
    assert_eq!(s.len(), 3, "{s:?}");
    let t = tokens("l’armée a repris Alep");
    assert_eq!(t.len(), 5, "{t:?}");

    stage(
        c,
        "sentences",
        base,
        |d| d,
        |docs| {
            for d in docs {
                std::hint::black_box(sentences(&d.text));
            }
        },
    );
    stage(
        c,
        "tokens",
        base,
        |d| d,
        |docs| {
            for d in docs {
                std::hint::black_box(tokens(&d.text));
            }
        },
    );
}

/// Gazetteer matching over text folded beforehand.
fn bench_gazetteer(c: &mut Criterion, base: &[Document]) {
    let ex = Extractor::new();
    let text = "suite à la capitulation de Daech, selon l’AFP";
    let found = ex.lexicon().find(text, &fold(text));
    assert!(found.iter().any(|m| &text[m.span] == "Daech"), "{found:?}");

    let lex = ex.lexicon();
    stage(
        c,
        "gazetteer",
        base,
        |docs| -> Vec<(Document, Folded)> {
            docs.into_iter()
                .map(|d| {
                    let f = fold(&d.text);
                    (d, f)
                })
                .collect()
        },
        |docs| {
            for (d, f) in docs {
                std::hint::black_box(lex.find(&d.text, f));
            }
        },
    );
}

/// Temporal expressions, resolved against each document's DCT.
fn bench_dates(c: &mut Criterion, base: &[Document]) {
    let found = find_dates("Les combats du 19 août 2017 à Tal Afar.", None);
    assert!(
        found.iter().any(|m| m.value.as_deref() == Some("2017-08-19")),
        "{found:?}"
    );

    stage(
        c,
        "dates",
        base,
        |docs| -> Vec<(Document, Option<Date>)> {
            docs.into_iter()
                .map(|d| {
                    let dct = d.dct.as_deref().and_then(Date::parse);
                    (d, dct)
                })
                .collect()
        },
        |docs| {
            for (d, dct) in docs {
                std::hint::black_box(find_dates(&d.text, *dct));
            }
        },
    );
}

fn mentions(ex: &Extraction) -> Vec<&str> {
    ex.entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
        .collect()
}

/// The whole extraction, one thread.
fn bench_end_to_end(c: &mut Criterion, base: &[Document]) {
    let ex = Extractor::new();
    let seed = base.iter().find(|d| d.text.contains("Daech")).unwrap();
    let out = ex.extract(seed);
    assert!(mentions(&out).contains(&"Daech"), "{:?}", mentions(&out));
    assert!(!out.events.is_empty());

    stage(
        c,
        "end_to_end",
        base,
        |d| d,
        |docs| {
            for d in docs {
                std::hint::black_box(ex.extract(d));
            }
        },
    );
}

/// JSON writing of extractions (throughput in bytes of input text).
fn bench_json(c: &mut Criterion, base: &[Document]) {
    let ex = Extractor::new();
    let outs: Vec<Extraction> = base.iter().map(|d| ex.extract(d)).collect();
    let seed = base.iter().position(|d| d.text.contains("Daech")).unwrap();
    let json = serde_json::to_string(&outs[seed]).unwrap();
    assert!(json.contains("\"Daech\""), "{json}");

    stage(
        c,
        "json",
        base,
        |docs| -> Vec<Extraction> {
            // The batch repeats the corpus in order: reuse its extractions.
            (0..docs.len()).map(|i| outs[i % outs.len()].clone()).collect()
        },
        |outs| {
            for o in outs {
                std::hint::black_box(serde_json::to_string(o).unwrap());
            }
        },
    );
}

fn benches(c: &mut Criterion) {
    let base = base_documents();
    bench_fold(c, &base);
    bench_segment(c, &base);
    bench_gazetteer(c, &base);
    bench_dates(c, &base);
    bench_json(c, &base);
    bench_end_to_end(c, &base);
}

criterion_group!(stages, benches);
criterion_main!(stages);
