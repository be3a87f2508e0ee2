//! The pattern table of a lexicon: every surface form of every row,
//! folded, with the rows each folded pattern stands for; the trie over
//! the patterns; and their byte encoding.
//!
//! `build.rs` compiles this file too and runs it over the embedded
//! gazetteer, so the default lexicon is loaded rather than built. It may
//! only use the gazetteer, normalization and error modules, and the
//! trie beside it.

use std::collections::HashMap;

use crate::error::Error;
use crate::gazetteer::codec::{Reader, Writer};
use crate::gazetteer::inflect::{self, Pos};
use crate::gazetteer::{Row, RowKind};
use crate::normalize::{fold_keep_case, fold_name};

use super::trie::Trie;

/// What one pattern stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Index of the row in the gazetteer.
    pub row: u32,
    /// For case-sensitive rows: the surface form folded with case kept.
    pub case_form: Option<Box<str>>,
    /// A demonym's combining form (`syro`), not the demonym itself.
    pub prefix: bool,
}

/// Folded patterns and their entries: pattern `i` stands for
/// `entries[starts[i]..starts[i + 1]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The entries of all patterns, pattern after pattern.
    pub entries: Vec<Entry>,
    /// Where each pattern's entries start, plus the end of the last.
    pub starts: Vec<u32>,
}

impl Table {
    /// Number of patterns.
    pub fn patterns_len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The entries of pattern `id`.
    pub fn entries(&self, id: u32) -> &[Entry] {
        let i = id as usize;
        &self.entries[self.starts[i] as usize..self.starts[i + 1] as usize]
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

/// The folded patterns of `rows`, in first-seen order, and their table.
pub fn patterns(rows: &[Row]) -> (Vec<String>, Table) {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut lists: Vec<Vec<Entry>> = Vec::new();
    let mut add = |form: &str, entry: Entry| {
        let folded = fold_name(form);
        if folded.is_empty() {
            return;
        }
        let id = *index.entry(folded.clone()).or_insert_with(|| {
            patterns.push(folded);
            lists.push(Vec::new());
            lists.len() - 1
        });
        let list = &mut lists[id];
        if !list.contains(&entry) {
            list.push(entry);
        }
    };
    for (i, row) in rows.iter().enumerate() {
        let row_idx = u32::try_from(i).expect("fewer than 2^32 rows");
        for form in surface_forms(row) {
            // A name of four words or more is no common phrase: it keeps
            // no case ("le Front de Libération de l'Azawad").
            let long = form.split_whitespace().count() >= 4;
            let case_form = (row.flags.case_sensitive && !long)
                .then(|| fold_keep_case(form.trim()).into_boxed_str());
            add(&form, Entry { row: row_idx, case_form, prefix: false });
        }
        if let Some(p) = &row.flags.prefix {
            add(p, Entry { row: row_idx, case_form: None, prefix: true });
        }
    }
    let mut table = Table::default();
    table.starts.push(0);
    for list in lists {
        table.entries.extend(list);
        let end = u32::try_from(table.entries.len());
        table.starts.push(end.expect("fewer than 2^32 entries"));
    }
    (patterns, table)
}

/// The trie of the patterns (distinct, as [`patterns`] makes them), with
/// each pattern's index as value.
pub fn trie(patterns: &[String]) -> Result<Trie, Error> {
    let keys: Vec<(&[u8], u32)> = patterns
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let id = u32::try_from(i).expect("fewer than 2^32 patterns");
            (p.as_bytes(), id)
        })
        .collect();
    Trie::build(&keys).map_err(|e| Error::gazetteer("(all)", 0, e))
}

/// Encodes a table and its trie for [`decode`]; `build.rs` stores the
/// embedded default this way.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(table: &Table, trie: &Trie) -> Vec<u8> {
    let mut w = Writer::default();
    w.count(table.patterns_len());
    // The entries of all patterns, so the decoder sizes them once.
    w.count(table.entries.len());
    for id in 0..table.patterns_len() {
        let entries = table.entries(id as u32);
        w.count(entries.len());
        for e in entries {
            w.u32(e.row);
            w.u8(e.prefix as u8);
            w.opt_str(e.case_form.as_deref());
        }
    }
    let mut bytes = w.finish();
    bytes.extend_from_slice(&trie.to_bytes());
    bytes
}

/// Decodes what [`encode`] wrote; `None` if it is malformed.
pub fn decode(bytes: &[u8]) -> Option<(Table, Trie)> {
    let mut r = Reader::new(bytes)?;
    let n = r.count()?;
    let total = r.count()?;
    // An entry takes at least six bytes: no more can follow.
    let mut table = Table {
        entries: Vec::with_capacity(total.min(r.rest().len() / 6)),
        starts: Vec::with_capacity(n.min(r.rest().len() / 4) + 1),
    };
    table.starts.push(0);
    for _ in 0..n {
        for _ in 0..r.count()? {
            let row = r.u32()?;
            let prefix = match r.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            let case_form = r.opt_str()?.map(Box::from);
            table.entries.push(Entry { row, case_form, prefix });
        }
        table.starts.push(u32::try_from(table.entries.len()).ok()?);
    }
    if table.entries.len() != total {
        return None;
    }
    let trie = Trie::from_bytes(r.rest())?;
    // Every value the trie can report names a pattern of the table.
    (trie.values_end() <= table.patterns_len() as u64).then_some((table, trie))
}
