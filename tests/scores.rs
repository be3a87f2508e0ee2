use depeche::eval;

use crate::util::{gold_lines, predictions};

/// Scores of the current extractor on the whole shared corpus.
fn report() -> eval::Report {
    let gold: String =
        gold_lines().into_iter().map(|(l, _)| l + "\n").collect();
    let pred: String = predictions()
        .iter()
        .map(|p| serde_json::to_string(p).unwrap() + "\n")
        .collect();
    let (g, ge) = eval::read_corpus(&gold);
    let (p, pe) = eval::read_corpus(&pred);
    assert!(ge.is_empty() && pe.is_empty());
    eval::score(&g, &p)
}

#[test]
fn entity_scores_do_not_regress() {
    let r = report();
    println!("{}", r.table());
    let place = r.mentions["place"].f1();
    let actor = r.mentions["actor"].f1();
    assert!(place >= 0.94, "place F1 {place:.3} < 0.94");
    assert!(actor >= 0.92, "actor F1 {actor:.3} < 0.92");
}

#[test]
fn date_scores_do_not_regress() {
    let r = report();
    let date = r.mentions["date"].f1();
    let values = r.date_values.accuracy();
    assert!(date >= 0.95, "date mention F1 {date:.3} < 0.95");
    assert!(values >= 0.95, "date value accuracy {values:.3} < 0.95");
}

#[test]
fn event_scores_do_not_regress() {
    let r = report();
    let triggers = r.triggers_micro.f1();
    let core = r.core_arguments.f1();
    let polarity = r.attributes["polarity"].accuracy();
    let modality = r.attributes["modality"].accuracy();
    assert!(triggers >= 0.87, "trigger F1 {triggers:.3} < 0.87");
    assert!(core >= 0.65, "core argument F1 {core:.3} < 0.65");
    assert!(polarity >= 0.95, "polarity accuracy {polarity:.3} < 0.95");
    assert!(modality >= 0.95, "modality accuracy {modality:.3} < 0.95");
}

/// Extracting the corpus in one batch, stage by stage, gives what
/// extracting each document alone gives, in input order, with empty and
/// odd documents among them.
#[test]
fn batch_extraction_equals_one_by_one() {
    let ex = depeche::Extractor::new();
    let mut docs: Vec<depeche::Document> =
        gold_lines().into_iter().map(|(_, d)| d).collect();
    docs.insert(3, depeche::Document::new("empty", ""));
    docs.insert(7, depeche::Document::new("quotes", "''''-- ’’ «»"));
    let alone: Vec<String> = docs
        .iter()
        .map(|d| serde_json::to_string(&ex.extract(d)).unwrap())
        .collect();
    let batch: Vec<String> = ex
        .extract_many(&docs)
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    assert_eq!(alone.len(), docs.len());
    assert_eq!(alone, batch);
}
