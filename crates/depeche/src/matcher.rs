//! The lexicon: every surface form of every gazetteer row in one
//! Aho–Corasick automaton over folded text, with typed tables behind it.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::Error;
use crate::gazetteer::inflect::{self, Pos};
use crate::gazetteer::{Gazetteer, Row, RowKind};
use crate::normalize::{
    fold_keep_case, fold_name, on_word_boundaries, Folded,
};
use crate::Span;

/// Which selection a candidate competes in. Entities and triggers are
/// chosen separately, since one word can be both (`déplacés`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// Places, actors, actor nouns, descriptors, demonyms.
    Entity,
    /// Event triggers.
    Trigger,
}

/// What one automaton pattern stands for.
#[derive(Clone, Debug)]
struct Entry {
    /// Index of the row in the gazetteer.
    row: u32,
    /// For case-sensitive rows: the surface form folded with case kept.
    case_form: Option<Box<str>>,
    /// A demonym's combining form (`syro`), not the demonym itself.
    prefix: bool,
}

/// One match kept after boundary and flag checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Span in the folded text.
    pub folded: Span,
    /// Span in the original text.
    pub span: Span,
    /// Gazetteer row index.
    pub row: u32,
    /// True for a demonym's combining form.
    pub prefix: bool,
    /// The selection it belongs to.
    pub layer: Layer,
}

/// Gazetteer rows compiled for matching.
pub struct Lexicon {
    gazetteer: Gazetteer,
    automaton: AhoCorasick,
    entries: Vec<Vec<Entry>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("rows", &self.gazetteer.rows().len())
            .field("patterns", &self.entries.len())
            .finish()
    }
}

/// The surface forms of a row, before folding.
fn surface_forms(row: &Row) -> Vec<String> {
    let mut forms = Vec::new();
    match (row.kind, row.flags.pos) {
        (RowKind::Trigger, pos) => {
            let pos = pos.unwrap_or(Pos::Phrase);
            forms.extend(inflect::expand(&row.canonical, pos));
            for v in &row.variants {
                forms.extend(inflect::expand(v, pos));
            }
        }
        _ => forms.extend(row.names().map(str::to_string)),
    }
    forms
}

impl Lexicon {
    /// Compiles a gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Result<Lexicon, Error> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut add = |form: &str, entry: Entry| {
            let folded = fold_name(form);
            if folded.is_empty() {
                return;
            }
            let id = *index.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                entries.push(Vec::new());
                entries.len() - 1
            });
            let list = &mut entries[id];
            if !list.iter().any(|e| {
                e.row == entry.row
                    && e.prefix == entry.prefix
                    && e.case_form == entry.case_form
            }) {
                list.push(entry);
            }
        };
        for (i, row) in gazetteer.rows().iter().enumerate() {
            let row_idx = i as u32;
            for form in surface_forms(row) {
                let case_form = row
                    .flags
                    .case_sensitive
                    .then(|| fold_keep_case(form.trim()).into_boxed_str());
                add(&form, Entry { row: row_idx, case_form, prefix: false });
            }
            if let Some(p) = &row.flags.prefix {
                add(p, Entry { row: row_idx, case_form: None, prefix: true });
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&patterns)
            .map_err(|e| Error::gazetteer("(all)", 0, e.to_string()))?;
        Ok(Lexicon { gazetteer, automaton, entries })
    }

    /// The gazetteer behind the lexicon.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The row at `index`.
    pub fn row(&self, index: u32) -> &Row {
        &self.gazetteer.rows()[index as usize]
    }

    /// Number of distinct folded patterns.
    pub fn patterns_len(&self) -> usize {
        self.entries.len()
    }

    /// Every candidate of `folded` (the fold of `original`) that passes
    /// boundary and flag checks, then the leftmost-longest choice among
    /// them within each layer. All rows that share a chosen span are kept
    /// (ambiguity is resolved later, with context). Sorted by start.
    pub fn find(&self, original: &str, folded: &Folded) -> Vec<Candidate> {
        let text = folded.text.as_str();
        let mut all: Vec<Candidate> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let fspan = Span::new(m.start(), m.end());
            if !on_word_boundaries(text, fspan) {
                continue;
            }
            let span = folded.to_original(fspan);
            let orig = &original[span];
            for e in &self.entries[m.pattern().as_usize()] {
                let row = self.row(e.row);
                if let Some(form) = &e.case_form {
                    if fold_keep_case(orig) != **form {
                        continue;
                    }
                }
                if row.flags.capitalized
                    && !orig.chars().next().is_some_and(char::is_uppercase)
                {
                    continue;
                }
                let layer = match row.kind {
                    RowKind::Trigger => Layer::Trigger,
                    _ => Layer::Entity,
                };
                all.push(Candidate {
                    folded: fspan,
                    span,
                    row: e.row,
                    prefix: e.prefix,
                    layer,
                });
            }
        }
        select_longest(all)
    }
}

/// Leftmost-longest selection per layer, keeping every candidate whose
/// span equals a chosen span.
fn select_longest(mut all: Vec<Candidate>) -> Vec<Candidate> {
    all.sort_by(|a, b| {
        (a.layer, a.folded.start, std::cmp::Reverse(a.folded.end)).cmp(&(
            b.layer,
            b.folded.start,
            std::cmp::Reverse(b.folded.end),
        ))
    });
    let mut out: Vec<Candidate> = Vec::with_capacity(all.len());
    let mut layer = None;
    let mut chosen: Option<Span> = None;
    for c in all {
        if layer != Some(c.layer) {
            layer = Some(c.layer);
            chosen = None;
        }
        match chosen {
            Some(s) if s == c.folded => out.push(c),
            Some(s) if c.folded.start < s.end => {}
            _ => {
                chosen = Some(c.folded);
                out.push(c);
            }
        }
    }
    out.sort_by_key(|c| (c.span.start, c.layer));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    const HEADER: &str = "id\tkind\tsubkind\tcanonical\tvariants\tcountry\t\
                          lat\tlon\tgeonames\twikidata\tflags\tsource\n";

    fn lexicon(rows: &str) -> Lexicon {
        let mut g = Gazetteer::new();
        g.add_file("t.tsv", &format!("{HEADER}{rows}")).unwrap();
        Lexicon::new(g).unwrap()
    }

    fn found(lex: &Lexicon, text: &str) -> Vec<(String, String)> {
        let f = fold(text);
        lex.find(text, &f)
            .iter()
            .map(|c| (text[c.span].to_string(), lex.row(c.row).id.clone()))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $rows:expr, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let lex = lexicon($rows);
                let want: Vec<(String, String)> = $want
                    .iter()
                    .map(|(a, b): &(&str, &str)| {
                        (a.to_string(), b.to_string())
                    })
                    .collect();
                assert_eq!(found(&lex, $text), want);
            }
        };
    }

    const ALEP: &str = "P:1\tplace\tcity\tAlep\t\tSY\t\t\t\t\t\ts\n";
    const EI: &str =
        "A:1\tactor\tarmed_group\tÉtat islamique\tEI|Daech\t\t\t\t\t\tcs\ts\n";
    const DEIR: &str = "P:2\tplace\tcity\tDeir ez-Zor\tDeir Al-Zour\tSY\t\t\t\t\t\ts\n\
                        P:3\tplace\tadmin1\tDeir ez-Zor\tDeir Al-Zour\tSY\t\t\t\t\t\ts\n";

    t!(alep_elided, ALEP, "prise d'Alep", &[("Alep", "P:1")]);
    t!(alep_not_inside_word, ALEP, "Alepine", &[]);
    t!(ei_elided, EI, "l'EI et l’EI", &[("EI", "A:1"), ("EI", "A:1")]);
    t!(ei_case_sensitive, EI, "ei EI", &[("EI", "A:1")]);
    t!(accent_free_name, EI, "l'Etat islamique", &[("Etat islamique", "A:1")]);
    t!(
        ambiguous_kept,
        DEIR,
        "DEIR-EZ-ZOR",
        &[("DEIR-EZ-ZOR", "P:2"), ("DEIR-EZ-ZOR", "P:3")]
    );
    t!(
        shorter_inside_longer,
        "P:1\tplace\tcity\tGaza\t\tPS\t\t\t\t\t\ts\n\
        P:2\tplace\tregion\tbande de Gaza\t\tPS\t\t\t\t\t\ts\n",
        "la bande de Gaza et Gaza",
        &[("bande de Gaza", "P:2"), ("Gaza", "P:1")]
    );
    t!(
        longer_failing_boundary_keeps_shorter,
        "P:1\tplace\tcity\tGao\t\tML\t\t\t\t\t\ts\n\
        P:2\tplace\tcity\tGao Ber\t\tML\t\t\t\t\t\ts\n",
        "à Gao Berne",
        &[("Gao", "P:1")]
    );
    t!(
        capitalized_flag,
        "P:1\tplace\ttown\tSur\t\tOM\t\t\t\t\tcap\ts\n",
        "sur la route de Sur",
        &[("Sur", "P:1")]
    );
}
