//! The lexicon: every surface form of every gazetteer row in one trie
//! over folded text, with typed tables behind it.

mod table;
mod trie;

use crate::byteclass::{ALNUM, BYTE_CLASS, PUNCT, SPACE};
use crate::error::Error;
use crate::gazetteer::{Gazetteer, Row, RowKind};
use crate::normalize::{fold_keep_case, is_word_char, Folded};
use crate::Span;

use table::Table;
use trie::Trie;

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

/// A case-sensitive name of three words or more, written all in a
/// headline's capitals ("RÉPONSE DU FRONT DE LIBÉRATION DE L'AZAWAD"):
/// no common words in that case.
fn headline_caps(orig: &str, form: &str) -> bool {
    form.split_whitespace().count() >= 3
        && !orig.chars().any(char::is_lowercase)
}

/// Gazetteer rows compiled for matching.
pub struct Lexicon {
    gazetteer: Gazetteer,
    trie: Trie,
    table: Table,
    /// Per row, the flags [`Lexicon::find`] tests ([`CAPITALIZED`],
    /// [`TRIGGER`]): a byte read for each match instead of a whole row.
    row_bits: Vec<u8>,
    /// Per pattern, see [`one_rows`].
    one_row: Vec<u32>,
}

/// In [`Lexicon::one_row`]: the pattern stands for one row, no more.
const ONE_ROW: u32 = 1 << 31;
/// In [`Lexicon::one_row`]: the row is an event trigger.
const ONE_ROW_TRIGGER: u32 = 1 << 30;
/// In [`Lexicon::one_row`]: the pattern is a demonym's combining form.
const ONE_ROW_PREFIX: u32 = 1 << 29;
/// In [`Lexicon::one_row`]: the bits that hold the row index.
const ONE_ROW_INDEX: u32 = ONE_ROW_PREFIX - 1;

/// Per pattern of `table`, when it stands for a single row that has no
/// case form and does not need a capital, that row and what a candidate
/// takes from it, packed with [`ONE_ROW`]; 0 for any other pattern. Most
/// matches are of such patterns, and then [`Lexicon::find`] reads one
/// word instead of the pattern's entries, the entry and the row's bits,
/// three places of memory.
fn one_rows(table: &Table, row_bits: &[u8]) -> Vec<u32> {
    let one = |id: usize| {
        let [e] = table.entries(id as u32) else { return 0 };
        let bits = row_bits.get(e.row as usize).copied();
        if e.case_form.is_some() || e.row > ONE_ROW_INDEX {
            return 0;
        }
        let mut packed = ONE_ROW | e.row;
        match bits {
            Some(b) if b & CAPITALIZED != 0 => return 0,
            Some(b) if b & TRIGGER != 0 => packed |= ONE_ROW_TRIGGER,
            Some(_) => {}
            None => return 0,
        }
        if e.prefix {
            packed |= ONE_ROW_PREFIX;
        }
        packed
    };
    (0..table.patterns_len()).map(one).collect()
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

// The table and trie of the embedded default, precomputed by
// `build.rs` (see `table`), or `None` if it could not build them.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_lexicon.rs"));
}

/// The table and trie `build.rs` precomputed, decoded.
fn decode_embedded() -> Option<(Table, Trie)> {
    embedded::LEXICON.map(|bytes| {
        table::decode(bytes)
            .expect("lexicon encoded by build.rs decodes (tested)")
    })
}

impl Lexicon {
    /// Compiles a gazetteer.
    ///
    /// The embedded default, untouched, loads the table and trie
    /// `build.rs` precomputed from it (a few milliseconds); any other
    /// gazetteer is folded, inflected and compiled here.
    pub fn new(gazetteer: Gazetteer) -> Result<Lexicon, Error> {
        let precomputed =
            gazetteer.is_precomputed().then(decode_embedded).flatten();
        Lexicon::from_precomputed(gazetteer, precomputed)
    }

    /// The lexicon of the embedded default gazetteer. Its rows decode on
    /// this thread while the table and trie `build.rs` precomputed from
    /// them decode on another: each is a good part of the start-up.
    pub(crate) fn embedded() -> Result<Lexicon, Error> {
        std::thread::scope(|s| {
            let precomputed = s.spawn(decode_embedded);
            let gazetteer = Gazetteer::embedded()?;
            let precomputed = precomputed
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Lexicon::from_precomputed(gazetteer, precomputed)
        })
    }

    /// The lexicon of `gazetteer` from the precomputed table and trie
    /// while it is the embedded default untouched, else built.
    fn from_precomputed(
        gazetteer: Gazetteer,
        precomputed: Option<(Table, Trie)>,
    ) -> Result<Lexicon, Error> {
        match precomputed {
            Some((table, trie)) if gazetteer.is_precomputed() => {
                Ok(Lexicon::assemble(gazetteer, trie, table))
            }
            _ => Lexicon::build(gazetteer),
        }
    }

    /// Compiles a gazetteer from its rows, never using precomputed
    /// tables.
    fn build(gazetteer: Gazetteer) -> Result<Lexicon, Error> {
        let (patterns, table) = table::patterns(gazetteer.rows());
        let trie = table::trie(&patterns)?;
        Ok(Lexicon::assemble(gazetteer, trie, table))
    }

    /// The lexicon of a gazetteer, its trie and its table.
    fn assemble(gazetteer: Gazetteer, trie: Trie, table: Table) -> Lexicon {
        let row_bits = row_bits(&gazetteer);
        let one_row = one_rows(&table, &row_bits);
        Lexicon { gazetteer, trie, table, row_bits, one_row }
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
    ///
    /// A candidate starts and ends on word boundaries (as
    /// [`on_word_boundaries`](crate::normalize::on_word_boundaries) puts
    /// it), so the trie is walked only from the positions where one can
    /// start, and every walk stops at the first byte no pattern
    /// continues with. Starts are taken left to right, and the patterns
    /// found from one start longest first: the order the selection
    /// wants, so it is made as the candidates come.
    pub fn find(&self, original: &str, folded: &Folded) -> Vec<Candidate> {
        let text = folded.text.as_str();
        let bytes = text.as_bytes();
        // News text holds about one candidate in 20 bytes: room for one in
        // 16 spares the vector most of its growing.
        let mut out: Vec<Candidate> = Vec::with_capacity(bytes.len() / 16);
        // Per layer, the span chosen last.
        let mut chosen: [Option<Span>; 2] = [None, None];
        // The patterns found from one start that end on a boundary:
        // (end, pattern), shortest first.
        let mut ends: Vec<(usize, u32)> = Vec::new();
        // Every `i` the loop visits is a char with no word char on both
        // sides of its start: the start of the text, of a word, or a
        // char that is not a word char. A match can start nowhere else.
        let mut i = 0;
        while i < bytes.len() {
            if self.trie.may_start(bytes[i]) {
                ends.clear();
                self.trie.prefixes(&bytes[i..], |len, id| {
                    if ends_on_boundary(text, i + len)
                        && !ends_elided(bytes, i, i + len)
                    {
                        ends.push((i + len, id));
                    }
                });
                for &(end, id) in ends.iter().rev() {
                    self.select(
                        original,
                        folded,
                        Span::new(i, end),
                        id,
                        &mut chosen,
                        &mut out,
                    );
                }
            }
            // ASCII, most chars, is told here without a call.
            i = match BYTE_CLASS[usize::from(bytes[i])] {
                ALNUM => word_end(text, i + 1),
                SPACE | PUNCT => i + 1,
                _ => {
                    let (word, next) = word_char_at(text, i);
                    if word {
                        word_end(text, next)
                    } else {
                        next
                    }
                }
            };
        }
        // Already in order of folded start, hence of original start;
        // within one start, entities before triggers.
        out.sort_by_key(|c| (c.span.start, c.layer));
        out
    }

    /// Adds the rows of pattern `id`, found at `fspan`, that pass the flag
    /// checks and the leftmost-longest choice of their layer to `out`.
    /// Spans must come by start, and by decreasing end within a start:
    /// a span is chosen when it starts at or after the end of the span
    /// chosen before it, and rows on a chosen span are all kept.
    fn select(
        &self,
        original: &str,
        folded: &Folded,
        fspan: Span,
        id: u32,
        chosen: &mut [Option<Span>; 2],
        out: &mut Vec<Candidate>,
    ) {
        let overlapped = |s: Option<Span>| {
            s.is_some_and(|s| s != fspan && fspan.start < s.end)
        };
        if overlapped(chosen[0]) && overlapped(chosen[1]) {
            return;
        }
        let packed = self.one_row[id as usize];
        if packed != 0 {
            let layer = if packed & ONE_ROW_TRIGGER != 0 {
                Layer::Trigger
            } else {
                Layer::Entity
            };
            let slot = &mut chosen[layer as usize];
            if !overlapped(*slot) {
                *slot = Some(fspan);
                out.push(Candidate {
                    folded: fspan,
                    span: folded.to_original(fspan),
                    row: packed & ONE_ROW_INDEX,
                    prefix: packed & ONE_ROW_PREFIX != 0,
                    layer,
                });
            }
            return;
        }
        let span = folded.to_original(fspan);
        let orig = &original[span];
        // Folded with case kept, once per match and only when an entry is
        // case-sensitive.
        let mut kept: Option<String> = None;
        for e in self.table.entries(id) {
            if let Some(form) = &e.case_form {
                let kept = kept.get_or_insert_with(|| fold_keep_case(orig));
                if **kept != **form && !headline_caps(orig, form) {
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
            let slot = &mut chosen[layer as usize];
            if overlapped(*slot) {
                continue;
            }
            *slot = Some(fspan);
            out.push(Candidate {
                folded: fspan,
                span,
                row: e.row,
                prefix: e.prefix,
                layer,
            });
        }
    }
}

/// Whether the char at byte `i` of `text` is a word char, and where the
/// next char starts.
#[inline]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), i + 1);
    }
    let c = text[i..].chars().next().unwrap_or_default();
    (is_word_char(c), i + c.len_utf8())
}

/// The first char boundary at or after byte `i` (a char boundary) of
/// `text` where no word char starts.
#[inline]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        match BYTE_CLASS[usize::from(b)] {
            ALNUM => i += 1,
            SPACE | PUNCT => break,
            _ => {
                let (word, next) = word_char_at(text, i);
                if !word {
                    break;
                }
                i = next;
            }
        }
    }
    i
}

/// Whether the folded match `start..end` ends on a lone letter that an
/// apostrophe follows: in "l'APLS n'a pas attaqué" the letter is the
/// elided "ne", no end of a name such as "APLS-N".
fn ends_elided(bytes: &[u8], start: usize, end: usize) -> bool {
    end >= start + 3
        && bytes.get(end) == Some(&b'\'')
        && bytes[end - 1].is_ascii_alphabetic()
        && matches!(bytes[end - 2], b' ' | b'-')
}

/// True when no word char runs across byte `end` of `text` (a char
/// boundary).
#[inline]
fn ends_on_boundary(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&next) = bytes.get(end) else { return true };
    let next_word = match BYTE_CLASS[usize::from(next)] {
        ALNUM => true,
        SPACE | PUNCT => false,
        _ => text[end..].chars().next().is_some_and(is_word_char),
    };
    if !next_word || end == 0 {
        return true;
    }
    match BYTE_CLASS[usize::from(bytes[end - 1])] {
        ALNUM => false,
        SPACE | PUNCT => true,
        _ => !text[..end].chars().next_back().is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{fold, on_word_boundaries};
    use proptest::prelude::*;

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
            .map(|c| (text[c.span].to_string(), lex.row(c.row).id.to_string()))
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
        let pre = Lexicon::embedded().unwrap();
        let fresh =
            Lexicon::build(Gazetteer::parse_embedded().unwrap()).unwrap();
        // The precomputed tables were loaded, not built again.
        assert!(pre.gazetteer().is_precomputed());
        assert!(embedded::LEXICON.is_some());
        assert_eq!(pre.gazetteer().rows(), fresh.gazetteer().rows());
        assert_eq!(pre.patterns_len(), fresh.patterns_len());
        assert_eq!(pre.table, fresh.table);
        assert_eq!(pre.trie, fresh.trie);
        assert_eq!(pre.one_row, fresh.one_row);
        // Most patterns take the one-row path of `select`.
        let one = pre.one_row.iter().filter(|&&p| p != 0).count();
        assert!(one * 2 > pre.patterns_len(), "{one} one-row patterns");
        // Every pattern, one after another: both tries find the same
        // prefixes from every position.
        let (patterns, _) = table::patterns(fresh.gazetteer().rows());
        let all = patterns.join(" | ");
        let raw = |lex: &Lexicon| {
            let mut v = Vec::new();
            for i in 0..all.len() {
                let text = &all.as_bytes()[i..];
                lex.trie.prefixes(text, |n, id| v.push((i, i + n, id)));
            }
            v
        };
        let got = raw(&pre);
        assert!(got.len() > patterns.len(), "{} matches", got.len());
        assert_eq!(got, raw(&fresh));
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
        let a = table::trie(&patterns).unwrap();
        let bytes = table::encode(&table, &a);
        let (t, b) = table::decode(&bytes).unwrap();
        assert_eq!(t, table);
        assert_eq!(b, a);
        assert!(table::decode(&bytes[..bytes.len() - 1]).is_none());
        // A trie whose values name patterns the table does not have.
        let mut fewer = table.clone();
        fewer.starts.pop();
        fewer.entries.truncate(*fewer.starts.last().unwrap() as usize);
        assert!(table::decode(&table::encode(&fewer, &a)).is_none());
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

    /// How candidates were found before the trie: every overlapping
    /// occurrence of every pattern in the folded text (an Aho–Corasick
    /// automaton), kept when on word boundaries, then the flag checks,
    /// then one sort and the leftmost-longest selection.
    struct Reference {
        automaton: daachorse::DoubleArrayAhoCorasick<u32>,
    }

    impl Reference {
        fn new(lex: &Lexicon) -> Reference {
            let (patterns, table) = table::patterns(lex.gazetteer().rows());
            assert_eq!(table, lex.table);
            let automaton = daachorse::DoubleArrayAhoCorasickBuilder::new()
                .match_kind(daachorse::MatchKind::Standard)
                .build_with_values(
                    patterns.iter().enumerate().map(|(i, p)| (p, i as u32)),
                )
                .unwrap();
            Reference { automaton }
        }

        fn find(
            &self,
            lex: &Lexicon,
            original: &str,
            folded: &Folded,
        ) -> Vec<Candidate> {
            let text = folded.text.as_str();
            let mut all: Vec<Candidate> = Vec::new();
            for m in self.automaton.find_overlapping_iter(text) {
                let fspan = Span::new(m.start(), m.end());
                if !on_word_boundaries(text, fspan) {
                    continue;
                }
                let span = folded.to_original(fspan);
                let orig = &original[span];
                for e in lex.table.entries(m.value()) {
                    if let Some(form) = &e.case_form {
                        if *fold_keep_case(orig) != **form
                            && !headline_caps(orig, form)
                        {
                            continue;
                        }
                    }
                    let row = lex.row(e.row);
                    if row.flags.capitalized
                        && !orig.chars().next().is_some_and(char::is_uppercase)
                    {
                        continue;
                    }
                    let layer = if row.kind == RowKind::Trigger {
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
            all.sort_by_key(|c| {
                (c.layer, c.folded.start, std::cmp::Reverse(c.folded.end))
            });
            let mut out: Vec<Candidate> = Vec::new();
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
    }

    /// Names whose folds start or end on non-word chars, nest, overlap,
    /// hold accents, ligatures and apostrophes, are case-sensitive or
    /// capitalized, or are triggers.
    const ODD_ROWS: &str = "\
        P:1\tplace\tcity\tAlep\tHalab\tSY\t\t\t\t\t\ts\n\
        P:2\tplace\tcity\tGaza\t\tPS\t\t\t\t\t\ts\n\
        P:3\tplace\tregion\tbande de Gaza\tGaza City|Gaza-Ville\tPS\t\t\t\t\t\ts\n\
        P:4\tplace\tcity\tDeir ez-Zor\tDeir\tSY\t\t\t\t\t\ts\n\
        P:5\tplace\tcity\tİdlib\tIdleb\tSY\t\t\t\t\t\ts\n\
        P:6\tplace\ttown\tSur\tŒil|Cœur d'Alep\tOM\t\t\t\t\tcap\ts\n\
        P:7\tplace\tcity\tSaint-Louis\tSt. Louis|St.|A.Q.M.I.\tSN\t\t\t\t\t\ts\n\
        P:8\tplace\tcity\t'Ayn\t'Ayn al-'Arab|(Kobané)|Kobané\tSY\t\t\t\t\t\ts\n\
        P:9\tplace\tcity\t1er arrondissement\t1er|2e\tFR\t\t\t\t\t\ts\n\
        A:1\tactor\tarmed_group\tÉtat islamique\tEI|Daech|l'EI\t\t\t\t\t\tcs\ts\n\
        A:2\tactor\tarmed_group\tEI\t\t\t\t\t\t\t\ts\n\
        D:SY\tdemonym\t\tsyrien\tsyrienne|syriens|syriennes\tSY\t\t\t\t\tprefix=syro\ts\n\
        V:1\ttrigger\tattack\tattaque\tattaquer|attaque de\t\t\t\t\t\tpos=noun\ts\n\
        V:2\ttrigger\tattack\tfrappe\tfrappé|frappe aérienne|Gaza\t\t\t\t\t\tpos=noun\ts\n";

    /// Texts made of pieces of those names and of odd chars.
    fn odd_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Alep"),
            Just("alep"),
            Just("ALEP"),
            Just("Halab"),
            Just("Gaza"),
            Just("bande"),
            Just("de"),
            Just("Deir"),
            Just("ez"),
            Just("Zor"),
            Just("İdlib"),
            Just("idlib"),
            Just("Idleb"),
            Just("Sur"),
            Just("sur"),
            Just("Œil"),
            Just("œil"),
            Just("OEIL"),
            Just("Cœur"),
            Just("coeur"),
            Just("Saint"),
            Just("Louis"),
            Just("St"),
            Just("."),
            Just("A.Q.M.I."),
            Just("'Ayn"),
            Just("al"),
            Just("Arab"),
            Just("(Kobané)"),
            Just("Kobane\u{301}"),
            Just("KOBANÉ"),
            Just("1er"),
            Just("2e"),
            Just("arrondissement"),
            Just("EI"),
            Just("ei"),
            Just("l'EI"),
            Just("l’EI"),
            Just("État"),
            Just("Etat"),
            Just("islamique"),
            Just("Daech"),
            Just("syro"),
            Just("syrien"),
            Just("syriens"),
            Just("attaque"),
            Just("attaques"),
            Just("frappé"),
            Just("aérienne"),
            Just("Ville"),
            Just("City"),
            Just(" "),
            Just(" "),
            Just(" "),
            Just("-"),
            Just("–"),
            Just("’"),
            Just("'"),
            Just("\u{a0}"),
            Just("\u{301}"),
            Just("\u{ad}"),
            Just("\n"),
            Just("é"),
            Just("É"),
            Just("x"),
            Just("1"),
            Just("9"),
            Just("ß"),
            Just("ﬁ"),
            Just("Ⅸ"),
            Just("²"),
            Just("٣"),
            Just("ǅ"),
            Just("\u{fe0f}"),
            Just(","),
            Just("«"),
            Just("»"),
        ];
        prop_oneof![
            proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat()),
            any::<String>(),
        ]
    }

    fn odd_lexicon() -> &'static (Lexicon, Reference) {
        static LEX: std::sync::OnceLock<(Lexicon, Reference)> =
            std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            let lex = lexicon(ODD_ROWS);
            let reference = Reference::new(&lex);
            (lex, reference)
        })
    }

    fn embedded_lexicon() -> &'static (Lexicon, Reference) {
        static LEX: std::sync::OnceLock<(Lexicon, Reference)> =
            std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            let lex = Lexicon::new(Gazetteer::embedded().unwrap()).unwrap();
            let reference = Reference::new(&lex);
            (lex, reference)
        })
    }

    /// Cases per property: a share of `DEPECHE_PROPTEST_CASES` (the
    /// suite's budget, default 10,000).
    fn cases() -> u32 {
        let total: u32 = std::env::var("DEPECHE_PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10_000);
        (total / 5).max(1)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(cases()))]

        #[test]
        fn trie_walk_agrees_with_overlapping_automaton(text in odd_text()) {
            let folded = fold(&text);
            for (lex, reference) in [odd_lexicon(), embedded_lexicon()] {
                prop_assert_eq!(
                    lex.find(&text, &folded),
                    reference.find(lex, &text, &folded)
                );
            }
        }
    }

    #[test]
    fn trie_walk_agrees_on_test_texts() {
        let (lex, reference) = embedded_lexicon();
        let mut found = 0;
        for text in test_texts() {
            let folded = fold(&text);
            let want = reference.find(lex, &text, &folded);
            assert_eq!(lex.find(&text, &folded), want);
            found += want.len();
        }
        let (lex, reference) = odd_lexicon();
        let text = "À Alep, l’EI et l'ei : A.Q.M.I. St. Louis (Kobané) \
                    Kobane\u{301}s 1er 2eme İdlib œil Œil COEUR D’ALEP \
                    bande de Gaza-Ville, frappé·e syro-syriens";
        let folded = fold(text);
        let got = lex.find(text, &folded);
        assert_eq!(got, reference.find(lex, text, &folded));
        assert!(got.len() > 10, "{got:?}");
        assert!(found > 1000, "{found} candidates");
    }
}
