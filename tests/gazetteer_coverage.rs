//! Gazetteer coverage and ambiguity, measured through the whole extractor.
//!
//! * `places_resolve` / `actors_resolve`: spellings of places and actors as
//!   French reporting prints them (`tests/data/coverage-*.tsv`), each put in
//!   a short neutral carrier sentence, must resolve to the intended entry:
//!   recall >= 97%.
//! * `neutral_text_has_few_false_entities`: ordinary French text with no
//!   conflict content (`tests/data/neutral-fr.txt`) yields fewer than one
//!   named place or actor per 1,000 words.

use std::collections::HashSet;

use depeche::gazetteer::RowKind;
use depeche::normalize::fold_name;
use depeche::{Document, Entity, EntityKind, Extractor};

const PLACES: &str = include_str!("data/coverage-places.tsv");
const ACTORS: &str = include_str!("data/coverage-actors.tsv");
const NEUTRAL: &str = include_str!("data/neutral-fr.txt");

const MIN_RECALL: f64 = 0.97;

/// Data rows of a coverage file: comments, blank lines and the header
/// (first field `spelling`) skipped.
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c[0] != "spelling")
        .collect()
}

/// The entity of `kind` with a mention exactly at `start` (chars) spelled
/// `spelling`.
fn entity_at<'a>(
    entities: &'a [Entity],
    kind: EntityKind,
    start: usize,
    spelling: &str,
) -> Option<&'a Entity> {
    entities.iter().find(|e| {
        e.kind == kind
            && e.mentions
                .iter()
                .any(|m| m.start == start && m.text == spelling)
    })
}

fn describe(e: Option<&Entity>) -> String {
    match e {
        None => "nothing".to_string(),
        Some(e) => format!(
            "{} ({}, {}, {})",
            e.canonical.as_deref().unwrap_or("?"),
            e.subkind.as_deref().unwrap_or("?"),
            e.country.as_deref().unwrap_or("-"),
            e.gazetteer_id.as_deref().unwrap_or("no id")
        ),
    }
}

fn report(what: &str, total: usize, misses: &[String]) {
    let recall = (total - misses.len()) as f64 / total as f64;
    println!(
        "{what}: {}/{total} resolved, recall {:.3}",
        total - misses.len(),
        recall
    );
    for m in misses {
        println!("  miss: {m}");
    }
    assert!(
        recall >= MIN_RECALL,
        "{what}: recall {recall:.3} < {MIN_RECALL} ({} misses, listed above)",
        misses.len()
    );
}

#[test]
fn places_resolve() {
    let ex = Extractor::new();
    let gaz = ex.lexicon().gazetteer();
    let list = rows(PLACES);
    assert!(list.len() >= 600, "only {} place spellings", list.len());
    let prefix = "Des combats ont eu lieu à ";
    let start = prefix.chars().count();
    let mut misses = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let (spelling, entry) = (c[0], c[1]);
        let country = c.get(2).copied().unwrap_or("");
        let subkind = c.get(3).copied().unwrap_or("");
        let text = format!("{prefix}{spelling} hier.");
        let out = ex.extract(&Document::new(format!("p{i}"), text));
        let e = entity_at(&out.entities, EntityKind::Place, start, spelling);
        let ok = e.is_some_and(|e| {
            let row = e.gazetteer_id.as_deref().and_then(|id| gaz.get(id));
            e.country.as_deref().unwrap_or("") == country
                && (subkind.is_empty()
                    || e.subkind.as_deref() == Some(subkind))
                && row.is_some_and(|r| {
                    r.names().any(|n| fold_name(n) == fold_name(entry))
                })
        });
        if !ok {
            misses.push(format!(
                "{spelling} -> want {entry} ({country}{}{subkind}), got {}",
                if subkind.is_empty() { "" } else { ", " },
                describe(e)
            ));
        }
    }
    report("places", list.len(), &misses);
}

#[test]
fn actors_resolve() {
    let ex = Extractor::new();
    let gaz = ex.lexicon().gazetteer();
    let list = rows(ACTORS);
    assert!(list.len() >= 300, "only {} actor spellings", list.len());
    let mut misses = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let (spelling, id) = (c[0], c[1]);
        assert!(
            gaz.get(id).is_some(),
            "{spelling}: unknown gazetteer id {id}"
        );
        let text = format!("{spelling} a publié un communiqué.");
        let out = ex.extract(&Document::new(format!("a{i}"), text));
        let e = entity_at(&out.entities, EntityKind::Actor, 0, spelling);
        if e.and_then(|e| e.gazetteer_id.as_deref()) != Some(id) {
            misses
                .push(format!("{spelling} -> want {id}, got {}", describe(e)));
        }
    }
    report("actors", list.len(), &misses);
}

#[test]
fn neutral_text_has_few_false_entities() {
    let ex = Extractor::new();
    let gaz = ex.lexicon().gazetteer();
    // Group descriptors ("les familles", "huit personnes") are actors by the
    // annotation scheme, not names: they are reported, not counted.
    let group_words: HashSet<String> = gaz
        .rows()
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Descriptor | RowKind::ActorNoun))
        .flat_map(|r| r.names().map(fold_name).collect::<Vec<_>>())
        .collect();
    let words = NEUTRAL.split_whitespace().count();
    assert!(words >= 5000, "neutral text has only {words} words");
    let out = ex.extract(&Document::new("neutral", NEUTRAL));
    let mut named = Vec::new();
    let mut groups = 0usize;
    for e in &out.entities {
        if !matches!(e.kind, EntityKind::Place | EntityKind::Actor) {
            continue;
        }
        let row_kind = e.gazetteer_id.as_deref().and_then(|id| gaz.get(id));
        for m in &e.mentions {
            let last = m.text.split_whitespace().last().unwrap_or("");
            let last = last.rsplit(['\'', '’']).next().unwrap_or(last);
            let group = match row_kind {
                Some(r) => {
                    matches!(r.kind, RowKind::Descriptor | RowKind::ActorNoun)
                }
                None => {
                    e.kind == EntityKind::Actor
                        && group_words.contains(&fold_name(last))
                }
            };
            if group {
                groups += 1;
            } else {
                named.push(format!(
                    "{:?} {:?} -> {}",
                    e.kind,
                    m.text,
                    describe(Some(e))
                ));
            }
        }
    }
    let rate = named.len() as f64 * 1000.0 / words as f64;
    println!(
        "neutral text: {words} words, {} named place/actor mentions \
         ({rate:.2} per 1,000 words), {groups} group descriptors",
        named.len()
    );
    for n in &named {
        println!("  false entity: {n}");
    }
    assert!(rate < 1.0, "{rate:.2} false entities per 1,000 words");
}
