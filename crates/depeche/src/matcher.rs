//! The lexicon: every surface form of every gazetteer row in one
//! Aho–Corasick automaton over folded text, with typed tables behind it.

mod table;

use crate::error::Error;
use crate::gazetteer::{Gazetteer, Row, RowKind};
use crate::normalize::{fold_keep_case, on_word_boundaries, Folded};
use crate::Span;

use table::{Automaton, Table};

/// Which selection a candidate competes in. Entities and triggers are
/// chosen separately, since one word can be both (`déplacés`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// Places, actors, actor nouns, descriptors, demonyms.
    Entity,
    /// Event triggers.
    Trigger,
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
    automaton: Automaton,
    table: Table,
    /// Per row, the flags [`Lexicon::find`] tests ([`CAPITALIZED`],
    /// [`TRIGGER`]): a byte read for each match instead of a whole row.
    row_bits: Vec<u8>,
}

/// Row bit: the match must start with a capital letter.
const CAPITALIZED: u8 = 1;
/// Row bit: an event trigger (selected in [`Layer::Trigger`]).
const TRIGGER: u8 = 2;

/// The bits of every row of `gazetteer`.
fn row_bits(gazetteer: &Gazetteer) -> Vec<u8> {
    gazetteer
        .rows()
        .iter()
        .map(|row| {
            let mut bits = 0;
            if row.flags.capitalized {
                bits |= CAPITALIZED;
            }
            if row.kind == RowKind::Trigger {
                bits |= TRIGGER;
            }
            bits
        })
        .collect()
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("rows", &self.gazetteer.rows().len())
            .field("patterns", &self.table.patterns_len())
            .finish()
    }
}

// The table and automaton of the embedded default, precomputed by
// `build.rs` (see `table`), or `None` if it could not build them.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_lexicon.rs"));
}

impl Lexicon {
    /// Compiles a gazetteer.
    ///
    /// The embedded default, untouched, loads the table and automaton
    /// `build.rs` precomputed from it (a few milliseconds); any other
    /// gazetteer is folded, inflected and compiled here.
    pub fn new(gazetteer: Gazetteer) -> Result<Lexicon, Error> {
        if gazetteer.is_precomputed() {
            if let Some(bytes) = embedded::LEXICON {
                let (table, automaton) = table::decode(bytes)
                    .expect("lexicon encoded by build.rs decodes (tested)");
                let row_bits = row_bits(&gazetteer);
                return Ok(Lexicon { gazetteer, automaton, table, row_bits });
            }
        }
        Lexicon::build(gazetteer)
    }

    /// Compiles a gazetteer from its rows, never using precomputed
    /// tables.
    fn build(gazetteer: Gazetteer) -> Result<Lexicon, Error> {
        let (patterns, table) = table::patterns(gazetteer.rows());
        let automaton = table::automaton(&patterns)?;
        let row_bits = row_bits(&gazetteer);
        Ok(Lexicon { gazetteer, automaton, table, row_bits })
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
        self.table.patterns_len()
    }

    /// Every candidate of `folded` (the fold of `original`) that passes
    /// boundary and flag checks, then the leftmost-longest choice among
    /// them within each layer. All rows that share a chosen span are kept
    /// (ambiguity is resolved later, with context). Sorted by start.
    pub fn find(&self, original: &str, folded: &Folded) -> Vec<Candidate> {
        let text = folded.text.as_str();
        let bytes = text.as_bytes();
        let mut all: Vec<Candidate> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let fspan = Span::new(m.start(), m.end());
            // Most matches start inside a word: between two ASCII letters
            // or digits, which `on_word_boundaries` rejects too.
            if fspan.start > 0
                && bytes[fspan.start - 1].is_ascii_alphanumeric()
                && bytes[fspan.start].is_ascii_alphanumeric()
            {
                continue;
            }
            if !on_word_boundaries(text, fspan) {
                continue;
            }
            let span = folded.to_original(fspan);
            let orig = &original[span];
            // Folded with case kept, once per match and only when an
            // entry is case-sensitive.
            let mut kept: Option<String> = None;
            for e in self.table.entries(m.value()) {
                if let Some(form) = &e.case_form {
                    let kept =
                        kept.get_or_insert_with(|| fold_keep_case(orig));
                    if **kept != **form {
                        continue;
                    }
                }
                let bits = self.row_bits[e.row as usize];
                if bits & CAPITALIZED != 0
                    && !orig.chars().next().is_some_and(char::is_uppercase)
                {
                    continue;
                }
                let layer = if bits & TRIGGER != 0 {
                    Layer::Trigger
                } else {
                    Layer::Entity
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
    /// Texts to compare lexicons on: the shared corpus (when present
    /// beside the checkout) and the texts of the crates' tests.
    fn test_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let dirs = [
            root.join("../../../shared/corpus"),
            root.join("../../tests/data"),
            root.join("../../examples"),
        ];
        let mut texts = Vec::new();
        for dir in &dirs {
            let Ok(rd) = std::fs::read_dir(dir) else { continue };
            let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                let ext = p.extension().and_then(|x| x.to_str());
                let Ok(text) = std::fs::read_to_string(&p) else { continue };
                match ext {
                    Some("jsonl") => {
                        for line in text.lines().filter(|l| !l.is_empty()) {
                            let v: serde_json::Value =
                                serde_json::from_str(line).unwrap();
                            if let Some(t) = v["text"].as_str() {
                                texts.push(t.to_string());
                            }
                        }
                    }
                    Some("txt" | "tsv") => texts.push(text),
                    _ => {}
                }
            }
        }
        texts
    }

    #[test]
    fn precomputed_lexicon_equals_fresh_build() {
        let pre = Lexicon::new(Gazetteer::embedded().unwrap()).unwrap();
        let fresh =
            Lexicon::build(Gazetteer::parse_embedded().unwrap()).unwrap();
        // The precomputed tables were loaded, not built again.
        assert!(pre.gazetteer().is_precomputed());
        assert!(embedded::LEXICON.is_some());
        assert_eq!(pre.gazetteer().rows(), fresh.gazetteer().rows());
        assert_eq!(pre.patterns_len(), fresh.patterns_len());
        assert_eq!(pre.table, fresh.table);
        assert_eq!(pre.automaton.serialize(), fresh.automaton.serialize());
        // Every pattern, one after another: both automata report the
        // same overlapping matches.
        let (patterns, _) = table::patterns(fresh.gazetteer().rows());
        let all = patterns.join(" | ");
        let raw = |lex: &Lexicon| {
            let mut v: Vec<_> = lex
                .automaton
                .find_overlapping_iter(&all)
                .map(|m| (m.start(), m.end(), m.value()))
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(raw(&pre), raw(&fresh));
        // The candidates of real texts.
        let texts = test_texts();
        assert!(texts.len() > 3, "{} texts", texts.len());
        let mut found = 0;
        for text in texts.iter().map(String::as_str).chain([all.as_str()]) {
            let folded = fold(text);
            let want = fresh.find(text, &folded);
            assert_eq!(pre.find(text, &folded), want);
            found += want.len();
        }
        assert!(found > 1000, "{found} candidates");
    }

    #[test]
    fn table_round_trip() {
        let lex = lexicon(&format!("{ALEP}{EI}{DEIR}"));
        let (patterns, table) = table::patterns(lex.gazetteer().rows());
        assert_eq!(patterns.len(), lex.patterns_len());
        let a = table::automaton(&patterns).unwrap();
        let bytes = table::encode(&table, &a);
        let (t, b) = table::decode(&bytes).unwrap();
        assert_eq!(t, table);
        assert_eq!(b.serialize(), a.serialize());
        assert!(table::decode(&bytes[..bytes.len() - 1]).is_none());
    }

    #[test]
    fn empty_gazetteer() {
        let lex = Lexicon::new(Gazetteer::new()).unwrap();
        assert_eq!(lex.patterns_len(), 0);
        assert_eq!(found(&lex, "Alep"), vec![]);
    }

    t!(
        capitalized_flag,
        "P:1\tplace\ttown\tSur\t\tOM\t\t\t\t\tcap\ts\n",
        "sur la route de Sur",
        &[("Sur", "P:1")]
    );
}
