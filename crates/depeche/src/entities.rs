//! Entities: places and actors from gazetteer matches, composed actors
//! (actor noun × demonym), descriptor groups, counted groups, titled
//! persons; one entity per real-world thing per document.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::byteclass::{ALNUM, BYTE_CLASS};
use crate::gazetteer::{Row, RowKind, Text};
use crate::matcher::{Candidate, Layer, Lexicon};
use crate::normalize::Folded;
use crate::numbers::Piece;
use crate::output::EntityKind;
use crate::span::{stretch_after, stretch_before};
use crate::Span;

/// An entity before ids and char offsets are assigned.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    pub kind: EntityKind,
    pub canonical: Text,
    pub subkind: Text,
    pub country: Option<Text>,
    pub row: Option<u32>,
    pub value: Option<String>,
    pub granularity: Option<String>,
    pub mentions: Vec<Span>,
    /// Group of a composed actor (`army`), for linking bare nouns.
    pub group: Option<Text>,
}

impl Draft {
    /// An entity that no gazetteer row, date value or group describes;
    /// mentions are added by [`EntitySet::add`].
    pub(crate) fn plain(
        kind: EntityKind,
        canonical: impl Into<Text>,
        subkind: impl Into<Text>,
        country: Option<Text>,
    ) -> Draft {
        Draft {
            kind,
            canonical: canonical.into(),
            subkind: subkind.into(),
            country,
            row: None,
            value: None,
            granularity: None,
            mentions: Vec::new(),
            group: None,
        }
    }
}

/// A map with [`KeyHasher`]: entity keys are short and hashed for every
/// candidate, where SipHash's resistance to chosen keys buys nothing.
type KeyMap<K, V> = HashMap<K, V, crate::keyhash::KeyHash>;

/// The keys a gazetteer row makes for [`EntitySet::add_row`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum RowKey {
    /// [`place_key`].
    Place,
    /// [`actor_key`].
    Actor,
    /// The key of a descriptor group.
    Descriptor,
}

/// Every entity of a document, with a sorted list of mentions.
#[derive(Clone, Debug, Default)]
pub(crate) struct EntitySet {
    pub drafts: Vec<Draft>,
    by_key: KeyMap<String, usize>,
    /// The entity of each key a gazetteer row makes, once built: a row
    /// seen again needs no key.
    by_row: KeyMap<(RowKey, u32), usize>,
    /// Every mention span, start → (end, entity), for overlap tests and
    /// owner look-ups in log time (mentions never overlap).
    spans: SpanMap,
    /// Length of the longest mention.
    max_len: usize,
}

/// How far back, in bytes, a mention is looked for to resolve a word
/// that refers to one told before ("la coalition", "le pays", "la
/// milice"): farther than any article's own reach.
const LOOK_BACK: usize = 50_000;

/// Mention spans by start, as (start, end, entity) sorted by start, one
/// per start: a map read far more than written, whose entries mostly
/// come in order, so a sorted vector serves it with binary searches.
#[derive(Clone, Debug, Default)]
struct SpanMap(Vec<(usize, usize, usize)>);

impl SpanMap {
    /// Where the entry of `start` is, or would go.
    fn find(&self, start: usize) -> Result<usize, usize> {
        match self.0.last() {
            Some(l) if l.0 < start => Err(self.0.len()),
            _ => self.0.binary_search_by_key(&start, |e| e.0),
        }
    }

    /// Sets the entry of `start`.
    fn insert(&mut self, start: usize, end: usize, entity: usize) {
        match self.find(start) {
            Ok(k) => self.0[k] = (start, end, entity),
            Err(k) => self.0.insert(k, (start, end, entity)),
        }
    }

    fn remove(&mut self, start: usize) {
        if let Ok(k) = self.find(start) {
            self.0.remove(k);
        }
    }

    /// Sets the entries of many starts at once (the last given for a
    /// start wins): one merge, not one shift of the map per entry, so
    /// that thousands of mentions moved in a run-on text cost no more
    /// than a pass.
    fn insert_all(&mut self, mut items: Vec<(usize, usize, usize)>) {
        if items.len() < 16 {
            for (start, end, entity) in items {
                self.insert(start, end, entity);
            }
            return;
        }
        // Stable: of entries with one start, the last given stays last.
        items.sort_by_key(|e| e.0);
        let mut fresh: Vec<(usize, usize, usize)> =
            Vec::with_capacity(items.len());
        for e in items {
            match fresh.last_mut() {
                Some(l) if l.0 == e.0 => *l = e,
                _ => fresh.push(e),
            }
        }
        self.merge(fresh.len(), fresh.into_iter());
    }

    /// Merges `fresh`, sorted by start with no start twice, into the map
    /// in one pass; an entry of `fresh` replaces the map's entry of the
    /// same start.
    fn merge(
        &mut self,
        count: usize,
        fresh: impl Iterator<Item = (usize, usize, usize)>,
    ) {
        let old = std::mem::take(&mut self.0);
        let mut out = Vec::with_capacity(old.len() + count);
        let mut o = old.into_iter().peekable();
        for e in fresh {
            while let Some(x) = o.next_if(|x| x.0 < e.0) {
                out.push(x);
            }
            o.next_if(|x| x.0 == e.0);
            out.push(e);
        }
        out.extend(o);
        self.0 = out;
    }

    fn get(&self, start: usize) -> Option<&(usize, usize, usize)> {
        self.find(start).ok().map(|k| &self.0[k])
    }

    /// The last entry that starts before `high`.
    fn last_before(&self, high: usize) -> Option<&(usize, usize, usize)> {
        let to = self.0.partition_point(|e| e.0 < high);
        to.checked_sub(1).map(|k| &self.0[k])
    }

    /// The entries that start from `low` to before `high`.
    fn range(&self, low: usize, high: usize) -> &[(usize, usize, usize)] {
        let from = self.0.partition_point(|e| e.0 < low);
        let to = self.0.partition_point(|e| e.0 < high);
        &self.0[from..to.max(from)]
    }
}

impl EntitySet {
    /// An empty set whose drafts, mention spans and key maps hold `n`
    /// entities without growing: a document's gazetteer hits bound most
    /// of its entities.
    fn with_capacity(n: usize) -> EntitySet {
        EntitySet {
            drafts: Vec::with_capacity(n),
            by_key: KeyMap::with_capacity_and_hasher(n, Default::default()),
            by_row: KeyMap::with_capacity_and_hasher(n, Default::default()),
            spans: SpanMap(Vec::with_capacity(n)),
            ..EntitySet::default()
        }
    }

    /// Adds a mention to the entity of `key`, creating it from `make`.
    pub fn add(
        &mut self,
        key: String,
        span: Span,
        make: impl FnOnce() -> Draft,
    ) -> usize {
        let i = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.drafts.len();
                self.drafts.push(make());
                self.by_key.insert(key, i);
                i
            }
        };
        self.add_to(i, span);
        i
    }

    /// [`EntitySet::add`] with the key of kind `kind` that `key` makes
    /// of gazetteer row `row`, made once per row.
    fn add_row(
        &mut self,
        kind: RowKey,
        row: u32,
        key: impl FnOnce() -> String,
        span: Span,
        make: impl FnOnce() -> Draft,
    ) -> usize {
        if let Some(&i) = self.by_row.get(&(kind, row)) {
            self.add_to(i, span);
            return i;
        }
        let i = self.add(key(), span, make);
        self.by_row.insert((kind, row), i);
        i
    }

    /// For each (entity, its mention, place entity, place mention) of
    /// `joins`, the place mention goes and the entity's mention reaches
    /// over it to its end: in one pass each over the mentions and the span
    /// map (a run-on text may join thousands).
    fn grow_over_places(&mut self, joins: &[(usize, Span, usize, Span)]) {
        if joins.is_empty() {
            return;
        }
        let gone: std::collections::HashSet<usize> =
            joins.iter().map(|j| j.3.start).collect();
        let grown: std::collections::HashMap<usize, usize> =
            joins.iter().map(|j| (j.1.start, j.3.end)).collect();
        let mut places: Vec<usize> = joins.iter().map(|j| j.2).collect();
        places.sort_unstable();
        places.dedup();
        for e in places {
            self.drafts[e].mentions.retain(|x| !gone.contains(&x.start));
        }
        let respan: std::collections::HashMap<usize, Span> = grown
            .iter()
            .map(|(&start, &end)| (start, Span::new(start, end)))
            .collect();
        self.respan_mentions(joins.iter().map(|j| j.0).collect(), &respan);
        self.spans.0.retain(|entry| !gone.contains(&entry.0));
        for entry in self.spans.0.iter_mut() {
            if let Some(&end) = grown.get(&entry.0) {
                entry.1 = end;
            }
        }
    }

    /// Gives each mention of `entities` that starts at a key of `respan`
    /// the span it maps to, in one pass over each entity's mentions (a
    /// run-on text may change thousands of one entity's). The span map is
    /// left to the caller.
    fn respan_mentions(
        &mut self,
        mut entities: Vec<usize>,
        respan: &std::collections::HashMap<usize, Span>,
    ) {
        entities.sort_unstable();
        entities.dedup();
        for e in entities {
            for x in self.drafts[e].mentions.iter_mut() {
                if let Some(&to) = respan.get(&x.start) {
                    *x = to;
                    self.max_len = self.max_len.max(to.len());
                }
            }
        }
    }

    /// Adds a mention to entity `i`, unless it overlaps a mention that is
    /// already there (of any entity: mentions never overlap).
    pub fn add_to(&mut self, i: usize, span: Span) {
        if self.covers(span) {
            return;
        }
        self.drafts[i].mentions.push(span);
        self.spans.insert(span.start, span.end, i);
        self.max_len = self.max_len.max(span.len());
    }

    /// Adds to entity `i` the mentions `spans`, sorted by start, none of
    /// which overlaps another or a mention already held: one merge of the
    /// span map rather than an insertion each (a name linked across a
    /// text of megabytes may have tens of thousands of mentions).
    fn add_all_to(&mut self, i: usize, spans: &[Span]) {
        if spans.is_empty() {
            return;
        }
        self.merge_spans(spans.len(), spans.iter().map(|&s| (s, i)));
        self.drafts[i].mentions.extend_from_slice(spans);
        let longest = spans.iter().map(|s| s.len()).max().unwrap_or(0);
        self.max_len = self.max_len.max(longest);
    }

    /// Merges `count` new entries (span and entity), sorted by start, into
    /// the span map in one pass.
    fn merge_spans(
        &mut self,
        count: usize,
        new: impl Iterator<Item = (Span, usize)>,
    ) {
        self.spans.merge(count, new.map(|(s, i)| (s.start, s.end, i)));
    }

    /// Adds the mentions `items` (span and entity), sorted by start, none
    /// of which overlaps another or a mention already held, in one merge
    /// of the span map.
    pub(crate) fn add_all(&mut self, items: &[(Span, usize)]) {
        if items.is_empty() {
            return;
        }
        self.merge_spans(items.len(), items.iter().copied());
        for &(span, i) in items {
            self.drafts[i].mentions.push(span);
            self.max_len = self.max_len.max(span.len());
        }
    }

    /// The entity of `key`, created from `make` with no mention yet.
    pub(crate) fn entity(
        &mut self,
        key: String,
        make: impl FnOnce() -> Draft,
    ) -> usize {
        match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.drafts.len();
                self.drafts.push(make());
                self.by_key.insert(key, i);
                i
            }
        }
    }

    /// True when some mention of any entity overlaps `span`.
    ///
    /// Only the last mention that starts before the end of `span` can:
    /// mentions never overlap, so each one before it ends before it
    /// starts, and before `span` does when it does not overlap `span`.
    pub fn covers(&self, span: Span) -> bool {
        let last = self.spans.last_before(span.end.max(span.start + 1));
        last.is_some_and(|&(s, e, _)| {
            Span::new(s, e).overlaps(span)
                || (s == span.start && span.is_empty())
        })
    }

    /// The entity of the last of the `reach` mentions that end by byte
    /// `at` which `keep` accepts: a bounded look back, whatever the
    /// number of mentions before.
    fn last_nearby_before(
        &self,
        at: usize,
        reach: usize,
        mut keep: impl FnMut(&Draft) -> bool,
    ) -> Option<usize> {
        let k = match self.spans.find(at) {
            Ok(k) | Err(k) => k,
        };
        self.spans.0[..k]
            .iter()
            .rev()
            .filter(|&&(_, end, _)| end <= at)
            .take(reach)
            .find(|&&(_, _, e)| keep(&self.drafts[e]))
            .map(|&(_, _, e)| e)
    }

    /// The entity, among those `keep` accepts (index and draft), with the
    /// last mention that ends by byte `at`.
    fn last_mentioned_before(
        &self,
        at: usize,
        keep: impl FnMut(usize, &Draft) -> bool,
    ) -> Option<usize> {
        self.last_mention_where(at, keep, |_| true).map(|(_, k)| k)
    }

    /// The start of the last mention, within [`LOOK_BACK`] bytes before
    /// byte `at`, that ends by `at` and that
    /// `keep_mention` accepts, among the entities `keep` accepts (index
    /// and draft), with its entity.
    fn last_mention_where(
        &self,
        at: usize,
        mut keep: impl FnMut(usize, &Draft) -> bool,
        keep_mention: impl Fn(&Span) -> bool,
    ) -> Option<(usize, usize)> {
        // Read back through the span map from `at`, no further than
        // LOOK_BACK bytes: a text of many entities (a run-on list of
        // counted groups) would otherwise be read whole at each call.
        let lo = at.saturating_sub(LOOK_BACK);
        let to = self.spans.0.partition_point(|e| e.0 < at);
        let from = self.spans.0[..to].partition_point(|e| e.0 < lo);
        self.spans.0[from..to].iter().rev().find_map(|&(s, e, k)| {
            let m = Span::new(s, e);
            (e <= at && keep(k, &self.drafts[k]) && keep_mention(&m))
                .then_some((s, k))
        })
    }

    /// Removes the mentions overlapping `span` when every one is a place
    /// mention starting inside it for which `droppable(draft, end)` holds;
    /// true when there were any.
    fn drop_places_where(
        &mut self,
        span: Span,
        droppable: impl Fn(&Draft, usize) -> bool,
    ) -> bool {
        self.drop_where(span, |d, e, _| {
            d.kind == EntityKind::Place && droppable(d, e)
        })
    }

    /// Removes the mentions overlapping `span` when all start inside it
    /// and `droppable` holds for each (its entity's draft, its end, the
    /// entity); true when it did.
    fn drop_where(
        &mut self,
        span: Span,
        droppable: impl Fn(&Draft, usize, usize) -> bool,
    ) -> bool {
        let Some(hit) = self.droppable_in(span, droppable) else {
            return false;
        };
        for &(i, s) in &hit {
            self.drafts[i].mentions.retain(|m| m.start != s);
            self.spans.remove(s);
        }
        !hit.is_empty()
    }

    /// The mentions overlapping `span`, as (entity, start), when all
    /// start inside it and `droppable` holds for each (its entity's draft,
    /// its end, the entity); none otherwise.
    fn droppable_in(
        &self,
        span: Span,
        droppable: impl Fn(&Draft, usize, usize) -> bool,
    ) -> Option<Vec<(usize, usize)>> {
        self.overlapping(span)
            .map(|&(s, e, i)| {
                (s >= span.start && droppable(&self.drafts[i], e, i))
                    .then_some((i, s))
            })
            .collect()
    }

    /// [`Self::drop_places_where`] for each of `spans` (with a flag that
    /// `droppable` reads), the mentions removed together at the end: true
    /// for each span whose mentions were dropped.
    fn drop_places_each<T: Copy>(
        &mut self,
        spans: &[(Span, T)],
        droppable: impl Fn(&Draft, usize, T) -> bool,
    ) -> Vec<bool> {
        let mut gone: std::collections::BTreeSet<usize> =
            std::collections::BTreeSet::new();
        let mut starts: std::collections::HashSet<usize> =
            std::collections::HashSet::new();
        let mut result = Vec::with_capacity(spans.len());
        for &(span, flag) in spans {
            // A mention an earlier span took is no longer there to drop.
            let hits = self
                .droppable_in(span, |d, e, _| {
                    d.kind == EntityKind::Place && droppable(d, e, flag)
                })
                .filter(|h| h.iter().all(|(_, s)| !starts.contains(s)))
                .unwrap_or_default();
            for &(i, s) in &hits {
                gone.insert(i);
                starts.insert(s);
            }
            result.push(!hits.is_empty());
        }
        for i in gone {
            self.drafts[i].mentions.retain(|m| !starts.contains(&m.start));
        }
        if !starts.is_empty() {
            self.spans.0.retain(|e| !starts.contains(&e.0));
        }
        result
    }

    /// Drops the place mentions strictly inside `span` that are no
    /// country or region ("Uba" of "le gouverneur Uba Sani", whatever the
    /// size of the town of that name); true when there were any and no
    /// other mention overlaps the span.
    fn drop_places_inside(&mut self, span: Span) -> bool {
        self.drop_places_where(span, |d, e| {
            e < span.end && !is_division(&d.subkind)
        })
    }

    /// Moves mentions of entity `from`, each to its own entity, in one
    /// pass (a mention is moved once; each entity is sorted once).
    fn move_each_mention(&mut self, from: usize, moves: &[(Span, usize)]) {
        if moves.is_empty() {
            return;
        }
        let moved: std::collections::HashSet<Span> =
            moves.iter().map(|(m, _)| *m).collect();
        self.drafts[from].mentions.retain(|x| !moved.contains(x));
        self.attach_mentions(moves);
    }

    /// Gives each span its entity, in the span map and in the entity's
    /// sorted mentions; each entity is sorted once, however many it gets.
    /// (The spans must have left their former entities' lists.)
    fn attach_mentions(&mut self, adds: &[(Span, usize)]) {
        let mut touched: Vec<usize> = Vec::with_capacity(adds.len());
        self.spans.insert_all(
            adds.iter().map(|&(m, to)| (m.start, m.end, to)).collect(),
        );
        for &(m, to) in adds {
            self.drafts[to].mentions.push(m);
            touched.push(to);
        }
        touched.sort_unstable();
        touched.dedup();
        for to in touched {
            self.drafts[to].mentions.sort();
        }
    }

    /// Moves every mention of entity `from` to entity `to`.
    fn move_mentions(&mut self, from: usize, to: usize) {
        let moved = std::mem::take(&mut self.drafts[from].mentions);
        self.spans
            .insert_all(moved.iter().map(|m| (m.start, m.end, to)).collect());
        let t = &mut self.drafts[to].mentions;
        t.extend(moved);
        t.sort();
    }

    /// The span-map entries (start, end, entity) of the mentions that
    /// overlap `span`: only those starting within the longest mention's
    /// length before it can.
    fn overlapping(
        &self,
        span: Span,
    ) -> impl Iterator<Item = &(usize, usize, usize)> + '_ {
        let low = span.start.saturating_sub(self.max_len);
        self.spans
            .range(low, span.end.max(span.start + 1))
            .iter()
            .filter(move |&&(s, e, _)| Span::new(s, e).overlaps(span))
    }

    /// The entities of the mentions that overlap `span`.
    fn mentions_in(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.overlapping(span).map(|&(_, _, i)| i)
    }

    /// The entity with a mention starting at byte `at`.
    pub fn mentions_at(&self, at: usize) -> Option<usize> {
        self.spans.get(at).map(|&(_, _, i)| i)
    }

    /// (mention span, entity index), sorted by span start.
    pub fn mentions(&self) -> Vec<(Span, usize)> {
        // The span map holds a mention of each start, in order, with its
        // entity: when it holds as many as the entities, it holds them
        // all, and nothing needs sorting.
        let total: usize = self.drafts.iter().map(|d| d.mentions.len()).sum();
        let all = &self.spans.0;
        if total == all.len() {
            return all
                .iter()
                .map(|&(s, e, i)| (Span::new(s, e), i))
                .collect();
        }
        let mut v: Vec<(Span, usize)> = self
            .drafts
            .iter()
            .enumerate()
            .flat_map(|(i, d)| d.mentions.iter().map(move |&s| (s, i)))
            .collect();
        v.sort();
        v
    }
}

/// Cue words before a name that say it is an administrative division.
const ADMIN_CUES: &[&str] = &[
    "province",
    "provinces",
    "gouvernorat",
    "gouvernorats",
    "region",
    "regions",
    "district",
    "districts",
    "cercle",
    "departement",
    "prefecture",
    "etat",
    "wilaya",
    "oblast",
    "comte",
    "arrondissement",
    "division",
    "territoire",
    "muhafaza",
];
/// Cue words before a name that say it is a settlement.
const SETTLEMENT_CUES: &[&str] = &[
    "ville",
    "village",
    "villages",
    "localite",
    "localites",
    "commune",
    "bourgade",
    "cite",
    "agglomeration",
    "quartier",
    "hameau",
    "bourg",
    "chef-lieu",
    "capitale",
];
/// Words right before a name that make it a place (for `cue` rows);
/// [`has_place_prep`] tests them word by word.
#[cfg(test)]
const PLACE_PREPS: &[&str] = &[
    "a",
    "au",
    "aux",
    "vers",
    "pres de",
    "pres d'",
    "depuis",
    "entre",
    "environs de",
    "region de",
    "secteur de",
    "zone de",
    "axe",
    "route de",
    "sud de",
    "nord de",
    "est de",
    "ouest de",
    "localite de",
    "ville de",
    "village de",
    "commune de",
    "cercle de",
    "district de",
    "province de",
    "autour de",
    "alentours de",
    "abords de",
    "proximite de",
    "peripherie de",
    "entree de",
    "sortie de",
    "large de",
    "portes de",
    "camp de",
    "base de",
    "garnison de",
    "caserne de",
    "marche de",
    "hopital de",
    "aeroport de",
    "prison de",
    "commissariat de",
    "detachement de",
    "securite de",
    "police de",
    "positions de",
    "position de",
    "kilometres de",
    "kilometre de",
    "km de",
    "kilometres d'",
    "kilometre d'",
    "km d'",
];

/// Whether every hyphen of `s` joins two capitalized words, neither of
/// them an Arabic or Berber particle ("Camille-Chamoun", "Kwame-Nkrumah";
/// not "al-Charaa", "El-Béchir", "Ould-Abdallah").
fn hyphen_joins_names(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    words.iter().filter(|w| w.contains('-')).all(|w| {
        w.split('-').all(|part| {
            part.chars().next().is_some_and(char::is_uppercase)
                && !matches!(
                    part.to_lowercase().as_str(),
                    "al" | "el"
                        | "ad"
                        | "ar"
                        | "as"
                        | "at"
                        | "az"
                        | "ech"
                        | "ben"
                        | "bin"
                        | "ould"
                        | "abou"
                        | "abu"
                        | "ibn"
                        | "ag"
                )
        })
    })
}

/// Whether the word right before byte `at` of `text` is in lower case or
/// opens a sentence: "en Europe", "En Afrique, …", not the particle of a
/// name ("Adolphe Lele L'Afrique").
fn article_in_lower_case(text: &str, at: usize) -> bool {
    let lead = text[..at].trim_end();
    let start = lead
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &lead[start..];
    let rest = lead[..start].trim_end();
    word.chars().next().is_some_and(char::is_lowercase)
        || rest.is_empty()
        || rest.ends_with(['.', '!', '?', ':', '»', '"'])
}

/// Subkind order used when nothing else decides between rows sharing a
/// name: settlements before divisions, big before small.
fn place_rank(subkind: &str) -> u32 {
    match subkind {
        "country" => 0,
        "city" => 1,
        "region" => 2,
        "admin1" => 3,
        "town" => 4,
        "camp" => 5,
        "admin2" => 6,
        "feature" => 7,
        "border" => 8,
        _ => 9,
    }
}

/// The last `n` words of `folded[..end]`, lowercase, joined by spaces, with
/// elided determiners kept (`d'`).
pub(crate) fn words_before(folded: &str, end: usize, n: usize) -> Vec<&str> {
    let mut out: Vec<&str> = WordsBack::new(folded, end).take(n).collect();
    out.reverse();
    out
}

/// The words of [`words_before`], last first: runs of letters, digits
/// and apostrophes separated by whitespace, up to a sentence or bracket
/// mark.
pub(crate) struct WordsBack<'a> {
    rest: &'a str,
    done: bool,
}

impl<'a> WordsBack<'a> {
    pub(crate) fn new(folded: &'a str, end: usize) -> WordsBack<'a> {
        WordsBack { rest: trim_end_ws(&folded[..end]), done: false }
    }
}

impl<'a> Iterator for WordsBack<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.done || self.rest.is_empty() {
            return None;
        }
        let cut = word_start(self.rest);
        let w = &self.rest[cut..];
        if w.is_empty() {
            self.done = true;
            return None;
        }
        self.rest = trim_end_ws(&self.rest[..cut]);
        if crate::byteclass::ends_with_stop(self.rest) {
            self.done = true;
        }
        Some(w)
    }
}

/// `s.trim_end()`, reading ASCII bytes without decoding them.
#[inline]
fn trim_end_ws(s: &str) -> &str {
    &s[..run_start_back(s, &WS_ASCII, char::is_whitespace)]
}

/// `s.trim_start()`, reading ASCII bytes without decoding them.
#[inline]
fn trim_start_ws(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && WS_ASCII[usize::from(b[i])] {
        i += 1;
    }
    match b.get(i) {
        Some(c) if !c.is_ascii() => {
            s[i..].trim_start_matches(char::is_whitespace)
        }
        _ => &s[i..],
    }
}

/// The ASCII whitespace bytes.
static WS_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        t[c] = matches!(c as u8, b'\t'..=b'\r' | b' ');
        c += 1;
    }
    t
};

/// Where the run of chars that ends `s` starts, the chars read from the
/// end: an ASCII byte is in the run when `ascii` says so (it says no to
/// every other byte), another char when `wide` does.
#[inline(always)]
fn run_start_back(
    s: &str,
    ascii: &[bool; 256],
    wide: impl Fn(char) -> bool,
) -> usize {
    // Most runs are ASCII and end at an ASCII byte: read here, without
    // a call.
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    while i > 0 && ascii[usize::from(bytes[i - 1])] {
        i -= 1;
    }
    if i == 0 || bytes[i - 1].is_ascii() {
        return i;
    }
    run_start_back_wide(s, i, ascii, wide)
}

/// [`run_start_back`] from byte `i`, the end of a non-ASCII char.
#[inline(never)]
fn run_start_back_wide(
    s: &str,
    mut i: usize,
    ascii: &[bool; 256],
    wide: impl Fn(char) -> bool,
) -> usize {
    let bytes = s.as_bytes();
    loop {
        // The ASCII bytes of the run, read without decoding them.
        i = match bytes[..i].iter().rposition(|&b| !ascii[usize::from(b)]) {
            Some(k) => k + 1,
            None => return 0,
        };
        if bytes[i - 1].is_ascii() {
            return i;
        }
        let c = s[..i].chars().next_back().unwrap_or_default();
        if !wide(c) {
            return i;
        }
        i -= c.len_utf8();
    }
}

/// At most four words of [`words_before`] in a stack buffer: what the
/// entity passes read for every candidate, without an allocation.
struct Words<'a> {
    buf: [&'a str; 4],
    from: usize,
}

impl<'a> Words<'a> {
    /// The last `n` (at most 4) words of `folded[..end]`.
    fn before(folded: &'a str, end: usize, n: usize) -> Words<'a> {
        debug_assert!(n <= 4);
        let mut buf = [""; 4];
        let mut from = 4;
        for w in WordsBack::new(folded, end).take(n.min(4)) {
            from -= 1;
            buf[from] = w;
        }
        Words { buf, from }
    }
}

impl<'a> Words<'a> {
    /// The words of `folded[..end]` that the tests of a gazetteer hit
    /// read: the last one ([`ends_with_cue`] and [`has_place_prep`] read
    /// the one before "de", "du", "des" or "d'" too, and the two before
    /// "la" or "l'"; no test reads further).
    fn before_hit(folded: &'a str, end: usize) -> Words<'a> {
        let mut words = Words { buf: [""; 4], from: 4 };
        let mut back = WordsBack::new(folded, end);
        let Some(last) = back.next() else { return words };
        let more = match last {
            "la" | "l'" => 2,
            "de" | "du" | "des" | "d'" => 1,
            _ => 0,
        };
        for w in std::iter::once(last).chain(back.take(more)) {
            words.from -= 1;
            words.buf[words.from] = w;
        }
        words
    }
}

impl<'a> std::ops::Deref for Words<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.buf[self.from..]
    }
}

/// Where the run of letters, digits and apostrophes that ends `s` starts:
/// one past the last other char, or 0.
fn word_start(s: &str) -> usize {
    run_start_back(s, &crate::byteclass::WORD_ASCII, char::is_alphanumeric)
}

/// Where the word of a name that ends `s` starts: the run of letters,
/// hyphens and apostrophes ("d'Awdiinle", "Darat-Izza"), one past the last
/// other char, or 0.
fn name_word_start(s: &str) -> usize {
    run_start_back(s, &NAME_WORD_ASCII, |c| c.is_alphabetic() || c == '’')
}

/// The ASCII bytes of a word of a name: letters, the hyphen and the
/// apostrophe.
static NAME_WORD_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphabetic() || b == b'-' || b == b'\'';
        c += 1;
    }
    t
};

/// True when `words`, joined by spaces, end with a cue word of `cues`,
/// alone or followed by "de", "du", "des", "d'", "de la" or "de l'": the
/// cue is the whole text or follows a space, except before "d'", where
/// any ending counts.
///
/// Words have no spaces and are never empty, so each ending is a test of
/// the last words themselves (this runs for every place candidate).
fn ends_with_cue(words: &[&str], cues: &[&str]) -> bool {
    // A whole word that is a cue, after an optional "l'" ("l'État du
    // Niger", "l'État de Borno").
    let cue = |w: &str| cues.contains(&w.strip_prefix("l'").unwrap_or(w));
    match words {
        [] => false,
        [.., w, "de", "la" | "l'"] if cue(w) => true,
        [.., w, "d'"] if cues.iter().any(|c| w.ends_with(c)) => true,
        [.., w, "de" | "du" | "des"] if cue(w) => true,
        // "les localités arméniennes de Jermouk", "les villages voisins
        // de Kidal": past an adjective of origin or nearness.
        [.., w, a, "de" | "d'"] if cue(w) && cue_adjective(a) => true,
        [.., last] => cue(last),
    }
}

/// Whether a folded word is an adjective that may stand between a cue
/// word and "de": of origin ("arméniennes", "maliens", "libanais") or
/// nearness ("voisins", "frontalières").
fn cue_adjective(a: &str) -> bool {
    let stem = a.trim_end_matches('s');
    matches!(
        stem,
        "voisin"
            | "voisine"
            | "frontalier"
            | "frontaliere"
            | "environnant"
            | "environnante"
            | "proche"
    ) || a.len() >= 6 && origin_adjective(a)
}

/// Whether a lowercase word ends as an adjective of origin does
/// ("arméniennes", "maliens", "libanais", "marocaines", "chinoises").
/// (Not those of other meanings with the same endings: "la base
/// aérienne d'Osman Digna" is one name.)
fn origin_adjective(a: &str) -> bool {
    [
        "ien", "iens", "ienne", "iennes", "ais", "aise", "aises", "ain",
        "ains", "aine", "aines", "ois", "oise", "oises",
    ]
    .iter()
    .any(|e| a.ends_with(e))
        && ![
            "aérien",
            "aerien",
            "ancien",
            "quotidien",
            "moyen",
            "prochain",
            "certain",
            "urbain",
            "humain",
            "souterrain",
            "lointain",
            "souverain",
            "mauvais",
            "épais",
            "frais",
        ]
        .iter()
        .any(|w| a.starts_with(w))
}

/// What may follow a cue word in [`ends_with_cue`].
#[cfg(test)]
const CUE_TAILS: &[&str] =
    &[" de", " du", " des", " d'", " de la", " de l'", ""];

/// True when `words`, joined by spaces, end with a word or words of
/// [`PLACE_PREPS`] (or with "d'" after a word ending in "pres").
fn has_place_prep(words: &[&str]) -> bool {
    match words {
        [] => false,
        [.., w, "de"] if PREPS_BEFORE_DE.contains(w) => true,
        [.., w, "d'"]
            if ["pres", "kilometres", "kilometre", "km"]
                .iter()
                .any(|p| w.ends_with(p)) =>
        {
            true
        }
        [.., last] => SINGLE_PREPS.contains(last),
    }
}

/// True when the name ending at byte `end` of the folded text is followed
/// by a settlement word in apposition ("Boni, une bourgade de 10 000
/// habitants", "Ngouma, un hameau situé à …"): a place, not the common
/// word or surname it is spelled like.
fn apposed_settlement(folded: &str, end: usize) -> bool {
    let Some(rest) = folded.get(end..).and_then(|r| r.strip_prefix(", "))
    else {
        return false;
    };
    let mut words = rest
        .split(' ')
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let (Some(article), Some(mut noun)) = (words.next(), words.next()) else {
        return false;
    };
    if !matches!(article, "une" | "un" | "cette" | "ce") {
        return false;
    }
    if matches!(noun, "petite" | "petit" | "grande" | "grosse" | "gros") {
        noun = words.next().unwrap_or("");
    }
    SETTLEMENT_CUES.contains(&noun)
        && !matches!(noun, "capitale" | "quartier" | "cite" | "commune")
}

/// The one-word entries of [`PLACE_PREPS`].
const SINGLE_PREPS: &[&str] =
    &["a", "au", "aux", "vers", "depuis", "entre", "axe"];

/// The words before "de" in the entries of [`PLACE_PREPS`].
const PREPS_BEFORE_DE: &[&str] = &[
    "pres",
    "environs",
    "region",
    "secteur",
    "zone",
    "route",
    "sud",
    "nord",
    "est",
    "ouest",
    "localite",
    "ville",
    "village",
    "commune",
    "cercle",
    "district",
    "province",
    "autour",
    "alentours",
    "abords",
    "proximite",
    "peripherie",
    "entree",
    "sortie",
    "large",
    "portes",
    // "le camp de Ber", "au marché de Moqokori": a site named after
    // its place.
    "camp",
    "base",
    "garnison",
    "caserne",
    "marche",
    "hopital",
    "aeroport",
    "prison",
    "commissariat",
    "detachement",
    // "le poste de sécurité de Boni", "le commissariat de police de X".
    "securite",
    "police",
    "positions",
    "position",
    "kilometres",
    "kilometre",
    "km",
];

/// A letter, digit or underscore: a char of `[\p{L}\p{N}_]`.
static WORD_CHAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^[\p{L}\p{N}_]$").expect("word char pattern is valid")
});

/// True for a char of `[\p{L}\p{N}_]`.
///
/// Every letter and digit of that class is alphanumeric for `char`, and
/// up to the end of Latin Extended-B every alphanumeric char is a letter
/// or digit of it: the pattern, compiled on first use, is asked only
/// about the other alphanumeric chars, which French text hardly has.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else if c <= '\u{24f}' || !c.is_alphanumeric() {
        c.is_alphanumeric()
    } else {
        WORD_CHAR.is_match(c.encode_utf8(&mut [0u8; 4]))
    }
}

/// A match at the start of `hay`, which starts at byte `base` of the
/// text, with the named groups its users read.
pub(crate) struct Found<'h> {
    base: usize,
    hay: &'h str,
    /// The length of the whole match.
    len: usize,
    /// (name, start, end) of each group read that took part, in `hay`.
    groups: [Option<(&'static str, usize, usize)>; 2],
}

impl<'h> Found<'h> {
    /// A group, with offsets in the whole text.
    fn name(&self, name: &str) -> Option<Piece<'h>> {
        self.groups.iter().flatten().find(|g| g.0 == name).map(|&(_, s, e)| {
            Piece { start: self.base + s, text: &self.hay[s..e] }
        })
    }

    /// A match of length `len` in `hay` whose only group read is `name`.
    fn one_group(
        hay: &'h str,
        len: usize,
        name: &'static str,
        span: (usize, usize),
    ) -> Found<'h> {
        let groups = [Some((name, span.0, span.1)), None];
        Found { base: 0, hay, len, groups }
    }
}

/// How a pattern is matched at the start of a text.
type MatchAt = for<'h> fn(&'h str) -> Option<Found<'h>>;

/// The captures `captures_iter` gives for `(?:^|[^\p{L}\p{N}_])`
/// followed by a pattern, found without an unanchored search for either:
/// a pattern that starts with that class has no literal prefix, so the
/// regex engine reads every byte, and an unanchored search runs the
/// pattern backwards from each match end to find its start.
///
/// A match of the pattern counts when it starts the text or follows a
/// char that is not a letter, digit or underscore and that lies after
/// the previous match (the class consumed that char). Otherwise the
/// search starts again one char further, as the longer pattern's would.
/// The pattern must not match the empty string.
///
/// `match_at` matches the pattern at the start of a text (the pattern
/// has no assertion but a final `$`); every match of the pattern starts
/// where a literal of
/// its family starts; `lits` holds, in text order, the start and end of
/// the literal found at each place that may start a word (see
/// [`LitHits`]); `may_match(text, start, end)`, given those, is false
/// only where the pattern cannot match at `start`. Only those places are
/// tried.
///
/// A literal after a letter, digit or underscore cannot start a match
/// that counts, and leaving it out changes nothing else: its first char,
/// a letter, could only be the char before a later match, which does not
/// count either.
fn after_non_word_at<'r, 'h>(
    lits: &'r [(usize, usize)],
    match_at: MatchAt,
    text: &'h str,
    may_match: fn(&str, usize, usize) -> bool,
) -> impl Iterator<Item = Found<'h>> + 'r
where
    'h: 'r,
{
    // `at` as in `after_non_word`; `from`: where the next start of a
    // literal is looked for (each start is tried once); `k`: the next
    // literal of `lits`.
    let (mut at, mut from, mut k) = (0, 0, 0);
    std::iter::from_fn(move || {
        while let Some(&(start, lit_end)) = lits.get(k) {
            k += 1;
            if start < from {
                continue;
            }
            from =
                start + text[start..].chars().next().map_or(1, char::len_utf8);
            if start < at || !may_match(text, start, lit_end) {
                continue;
            }
            let Some(mut found) = match_at(&text[start..]) else {
                continue;
            };
            let end = start + found.len;
            let ok = match text[..start].chars().next_back() {
                None => true,
                Some(p) => start - p.len_utf8() >= at && !is_word_char(p),
            };
            if ok {
                at = end;
                from = from.max(at);
                found.base = start;
                return Some(found);
            }
            at = from;
        }
        None
    })
}

/// The literal families where the patterns found through
/// [`after_non_word_at`] start: titles, roles before a nationality,
/// place words, location cues, articles before a place noun, roles
/// after a name and a comma, verbs of saying and "selon".
const TITLE_FAMILY: usize = 0;
const ROLE_FAMILY: usize = 1;
const CUE_FAMILY: usize = 2;
const LOCATED_FAMILY: usize = 3;
const ARTICLE_FAMILY: usize = 4;
const SAID_ROLE_FAMILY: usize = 5;
const SAID_CUE_FAMILY: usize = 6;
/// How many literal families there are.
const FAMILIES: usize = 7;

/// For each literal family, the (start, end) of the literal that starts
/// at each place of a text that may start a word, in text order: what a
/// search for the family's alternation (leftmost first) finds there.
pub(crate) struct LitHits {
    by_family: [Vec<(usize, usize)>; FAMILIES],
}

/// The literals of every family, in priority order within a family,
/// indexed by their first two bytes (every literal has two or more).
struct LitTable {
    /// The literals grouped by first two bytes, then by family and
    /// priority.
    lits: Vec<Lit>,
    /// `lits[index[k]..index[k + 1]]` start with the two bytes of `k`.
    index: Vec<u32>,
    /// Whether some literal starts with each byte.
    firsts: [bool; 256],
}

/// Every family of [`LitTable::find_at`].
const ALL_FAMILIES: u8 = (1 << FAMILIES) - 1;

/// The bytes that leave a word going on in [`LitHits::scan`]: ASCII
/// letters, digits and underscores, and the continuation bytes of other
/// chars.
static WORD_TAIL: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] =
            b.is_ascii_alphanumeric() || b == b'_' || (b >= 0x80 && b < 0xC0);
        c += 1;
    }
    t
};

/// A literal of a family, with its first 8 bytes as a little-endian
/// word and the mask of those it has, to compare in one step.
struct Lit {
    family: usize,
    text: &'static [u8],
    head: u64,
    mask: u64,
}

impl Lit {
    fn new(family: usize, text: &'static str) -> Lit {
        let text = text.as_bytes();
        let mut head = [0u8; 8];
        let mut mask = [0u8; 8];
        for (k, &c) in text.iter().take(8).enumerate() {
            head[k] = c;
            mask[k] = 0xFF;
        }
        Lit {
            family,
            text,
            head: u64::from_le_bytes(head),
            mask: u64::from_le_bytes(mask),
        }
    }
}

/// The literals of an alternation of [`TITLE_WORDS`]' form: each
/// alternative is text with `\.` for a dot, after an optional class of
/// first letters (`[Gg]énéral`).
fn expand_literals(list: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for alt in list.split('|') {
        let (firsts, rest) = match alt.strip_prefix('[') {
            Some(r) => r.split_once(']').expect("closed class"),
            None => ("", alt),
        };
        let rest = rest.replace(r"\.", ".");
        let words: Vec<String> = if firsts.is_empty() {
            vec![rest]
        } else {
            firsts.chars().map(|c| format!("{c}{rest}")).collect()
        };
        // Leaked once for the process: the table lives as long.
        out.extend(words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())));
    }
    out
}

/// The place words of [`CUED_BODY`]'s matches' starts.
const CUE_LITERALS: &str = "village|localit|hameau|bourgade|commune|ville|\
     cité|quartier|camp|site|département|district|cercle|canton|préfecture|\
     sous-préfecture|province|aéroport|base|caserne|poste|école|hôpital|\
     mosquée|église|marché|prison|pont|barrage|stade|rivière|fleuve|lac|\
     forêt|colline|mont|massif|vallée|île|îlot|plateau|château|secteur|zone|comté|\
     woreda|kebele|arrondissement|groupement|chefferie|paroisse|route|plaine|oued|\
     habitant|résidents|territoire";

/// The cue words of [`LOCATED_BODY`]'s matches' starts.
const LOCATED_LITERALS: &str = "à|près|non|aux|autour";

static LIT_TABLE: Lazy<LitTable> = Lazy::new(|| {
    let families = [
        (TITLE_FAMILY, TITLE_WORDS),
        (ROLE_FAMILY, QUALIFIED_ROLES),
        (CUE_FAMILY, CUE_LITERALS),
        (LOCATED_FAMILY, LOCATED_LITERALS),
        (ARTICLE_FAMILY, FACILITY_ARTICLES),
        (SAID_ROLE_FAMILY, SAID_ROLES),
        (SAID_CUE_FAMILY, SAID_VERBS),
        (SAID_CUE_FAMILY, SAID_PREPS),
    ];
    let mut all: Vec<(usize, usize, usize, &'static str)> = Vec::new();
    for (family, list) in families {
        for (prio, lit) in expand_literals(list).into_iter().enumerate() {
            let b = lit.as_bytes();
            assert!(b.len() >= 2, "literal of two bytes or more");
            let key = usize::from(b[0]) << 8 | usize::from(b[1]);
            all.push((key, family, prio, lit));
        }
    }
    all.sort_unstable();
    let mut index = vec![0u32; (1 << 16) + 1];
    let mut firsts = [false; 256];
    for &(key, ..) in &all {
        index[key + 1] += 1;
        firsts[key >> 8] = true;
    }
    for k in 0..1 << 16 {
        index[k + 1] += index[k];
    }
    let lits = all.into_iter().map(|(_, f, _, l)| Lit::new(f, l)).collect();
    LitTable { lits, index, firsts }
});

impl LitHits {
    /// One pass over `text` for every family. A place may start a word
    /// unless the char before it is surely a letter, digit or underscore
    /// (ASCII ones, Latin-1 letters, "œ"); other chars are left to the
    /// exact test of [`after_non_word_at`]. The verbs of saying and
    /// "selon" are noted after Latin-1 letters and "œ" too: the
    /// said-person pattern wants only an ASCII word boundary before them.
    pub(crate) fn scan(text: &str) -> LitHits {
        let table = &*LIT_TABLE;
        let b = text.as_bytes();
        let mut by_family: [Vec<(usize, usize)>; FAMILIES] =
            Default::default();
        let n = b.len();
        let mut prev_word = false;
        let mut i = 0;
        while i < n {
            if prev_word {
                // Inside a word, its ASCII letters, digits and underscores
                // and the continuation bytes of its other chars change
                // nothing.
                while i < n && WORD_TAIL[usize::from(b[i])] {
                    i += 1;
                }
                if i == n {
                    break;
                }
            }
            let c = b[i];
            if c < 0x80 {
                if !prev_word && i + 1 < n {
                    table.find_at(b, i, ALL_FAMILIES, &mut by_family);
                }
                prev_word = c.is_ascii_alphanumeric() || c == b'_';
            } else if c >= 0xC0 {
                // A char's first byte: "À"–"ÿ" but "×" and "÷", "Œ", "œ".
                let next = b.get(i + 1).copied().unwrap_or(0);
                if !prev_word && i + 1 < n {
                    table.find_at(b, i, ALL_FAMILIES, &mut by_family);
                }
                prev_word = (c == 0xC3 && next != 0x97 && next != 0xB7)
                    || (c == 0xC5 && (next == 0x92 || next == 0x93));
                // Those letters take two bytes.
                if prev_word && i + 3 < n {
                    let cues = 1 << SAID_CUE_FAMILY;
                    table.find_at(b, i + 2, cues, &mut by_family);
                }
            }
            i += 1;
        }
        LitHits { by_family }
    }

    fn of(&self, family: usize) -> &[(usize, usize)] {
        &self.by_family[family]
    }
}

impl LitTable {
    /// Notes the first literal of each family of the bit set `families`
    /// that starts at byte `i`, which has a byte after it.
    #[inline(always)]
    fn find_at(
        &self,
        b: &[u8],
        i: usize,
        families: u8,
        out: &mut [Vec<(usize, usize)>; FAMILIES],
    ) {
        if !self.firsts[usize::from(b[i])] {
            return;
        }
        let key = usize::from(b[i]) << 8 | usize::from(b[i + 1]);
        let (lo, hi) =
            (self.index[key] as usize, self.index[key + 1] as usize);
        if lo == hi {
            return;
        }
        // The text's next 8 bytes, zeros past its end (no literal has a
        // zero byte).
        let head = match b.get(i..i + 8) {
            Some(w) => u64::from_le_bytes(w.try_into().expect("8 bytes")),
            None => {
                let mut head = [0u8; 8];
                head[..b.len() - i].copy_from_slice(&b[i..]);
                u64::from_le_bytes(head)
            }
        };
        let mut seen = !families;
        // Most literals of the bucket differ from the text in their first
        // 8 bytes: that test comes first.
        for lit in &self.lits[lo..hi] {
            if head & lit.mask == lit.head
                && seen & 1 << lit.family == 0
                && (lit.text.len() <= 8 || b[i..].starts_with(lit.text))
            {
                seen |= 1 << lit.family;
                out[lit.family].push((i, i + lit.text.len()));
            }
        }
    }
}

/// A personal name: 2–4 capitalized words on one line, with Arabic and
/// French particles inside (`Hussein al-Tawil`, `Abou Bakr al-Baghdadi`).
/// [`name_end`] finds its matches without compiling it (a pattern of
/// many Unicode classes, slow to compile); tests hold them equal.
#[cfg(test)]
const NAME: &str = r"(?:[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:-[A-ZÀ-ÖØ-Þa-z][\p{Ll}]+)*)(?:[ \u{a0}]+(?:(?:al|el|ben|bin|ibn|ould|ag|abou|abu|de|du|van|von|da|dos|ba)[- \u{a0}])?[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:-[A-ZÀ-ÖØ-Þa-z][\p{Ll}]+)*){1,3}";

#[cfg(test)]
static NAME_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{NAME})")).expect("name pattern is valid")
});

/// The particles of [`NAME`] and [`TITLED_NAME`]. None is the start of
/// another.
const PARTICLES: &[&str] = &[
    "al", "el", "ben", "bin", "ibn", "ould", "ag", "abou", "abu", "de", "du",
    "van", "von", "da", "dos", "ba",
];

/// A char of `\p{Ll}`, the lowercase letters of [`NAME`] and
/// [`TITLED_NAME`]. Below U+0250 these are the chars `char::is_lowercase`
/// takes but `ª` and `º` (checked against the pattern for every char by a
/// test); above, the pattern decides, compiled only when such a char
/// comes up in a name.
fn is_ll(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    if (c as u32) < 0x250 {
        return c.is_lowercase() && !matches!(c, 'ª' | 'º');
    }
    static LL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^\p{Ll}").expect("lowercase pattern is valid")
    });
    LL.is_match(c.encode_utf8(&mut [0; 4]))
}

/// The end of the run of chars of `text` from byte `i` that `take`.
fn run_end(text: &str, i: usize, take: impl Fn(char) -> bool) -> usize {
    let rest = &text[i..];
    i + rest.len() - rest.trim_start_matches(take).len()
}

/// The end of a capital (`[A-ZÀ-ÖØ-Þ]`) at byte `i` of `text` followed
/// by at least one char that `run` takes, and as many as follow.
fn capitalized_end(
    text: &str,
    i: usize,
    run: impl Fn(char) -> bool,
) -> Option<usize> {
    let c = text[i..].chars().next().filter(|&c| is_name_initial(c))?;
    let from = i + c.len_utf8();
    let end = run_end(text, from, run);
    (end > from).then_some(end)
}

/// The end of one more word of a name at byte `i` of `text`: spaces
/// (`[ \u{a0}]+`), a particle and its separator (`[- \u{a0}]`) if one
/// leads to a `word` there, and the `word`. Every alternative is tried in
/// the pattern's order; a word that cannot follow the particle can follow
/// nothing else, since particles are lowercase.
fn name_word_after(
    text: &str,
    i: usize,
    word: impl Fn(&str, usize) -> Option<usize>,
) -> Option<usize> {
    let at = run_end(text, i, |c| matches!(c, ' ' | '\u{a0}'));
    if at == i {
        return None;
    }
    for p in PARTICLES {
        let Some(rest) = text[at..].strip_prefix(p) else { continue };
        let Some(sep) = rest.chars().next() else { continue };
        if matches!(sep, '-' | ' ' | '\u{a0}') {
            let from = text.len() - rest.len() + sep.len_utf8();
            if let Some(end) = word(text, from) {
                return Some(end);
            }
        }
    }
    word(text, at)
}

/// The end of a word of [`NAME`] at byte `i` of `text`: a capital, a run
/// of lowercase letters and apostrophes, and parts of a hyphen, a capital
/// or ASCII lowercase letter and lowercase letters.
fn name_word_end(text: &str, i: usize) -> Option<usize> {
    let mut end =
        capitalized_end(text, i, |c| is_ll(c) || matches!(c, '\'' | '’'))?;
    while let Some(rest) = text[end..].strip_prefix('-') {
        let Some(c) = rest.chars().next() else { break };
        if !(is_name_initial(c) || c.is_ascii_lowercase()) {
            break;
        }
        let from = end + 1 + c.len_utf8();
        let part = run_end(text, from, is_ll);
        if part == from {
            break;
        }
        end = part;
    }
    Some(end)
}

/// Where the match of [`NAME`] at the start of `text` ends, as the
/// pattern's leftmost-first match: two to four words, each taken as far
/// as it goes. Taking less of a word, or no particle, leaves a char that
/// is no space where the next word's spaces must start (or where the
/// name may end), so the first way through is the only one.
fn name_end(text: &str) -> Option<usize> {
    let first = name_word_end(text, 0)?;
    let mut end = name_word_after(text, first, name_word_end)?;
    for _ in 1..3 {
        match name_word_after(text, end, name_word_end) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// Names right after a verb of saying ("a déclaré Hussein al-Tawil") or
/// right before a role in apposition ("Hussein al-Tawil, responsable").
#[cfg(test)]
fn said_body() -> String {
    let cue = said_cue();
    format!("(?:{cue})(?P<name>{NAME})|(?P<name2>{NAME}){SAID_TAIL}")
}

/// A verb of saying after "a" or "ont", or "selon", and the spaces before
/// a name in [`said_body`].
fn said_cue() -> String {
    format!(
        r"(?-u:\b)(?:a|ont)\s+(?:{SAID_VERBS})\s+{SAID_TO}|(?-u:\b)(?:{SAID_PREPS})\s+"
    )
}

/// The outlet told, between a verb of saying and a name: "a déclaré à
/// l'AFP Marta Quintero", "a indiqué à Reuters Musa Danladi". One word:
/// the name after it is read on its own.
const SAID_TO: &str = r"(?:(?:à\s+(?:l'|l’)?|au\s+)[\p{Lu}][\p{L}\p{N}]*\s+)?";

const SAID_VERBS: &str = "déclaré|indiqué|affirmé|précisé|annoncé|expliqué|ajouté|confié|dit|assuré|souligné|raconté|témoigné|dénoncé|estimé";

/// The comma and role after a name in [`said_body`]. [`said_tail_end`]
/// finds its matches without compiling it; tests hold them equal.
#[cfg(test)]
const SAID_TAIL: &str = r",\s+(?:(?:le|la|l'|l’|un|une|ancien|ancienne|nouveau|nouvelle)\s+)?(?:porte-parole|responsable|chef|ministre|président|présidente|directeur|directrice|gouverneur|commandant|coordinateur|coordinatrice|représentant|représentante|maire|préfet|secrétaire|député|sélectionneur|fondateur|cadre|membre|habitant|habitante|témoin|militant|militante|analyste|chercheur|chercheuse|expert|experte|médecin|imam|émir|dirigeant|leader|bénévole|correspondant|correspondante|journaliste|enseignant|enseignante|commerçant|commerçante|notable|infirmier|infirmière|pasteur|prêtre|agriculteur|éleveur|officier|survivant|survivante|rescapé|rescapée|étudiant|étudiante|chargé|chargée|coordonnateur|coordonnatrice|secouriste|cultivateur|cultivatrice|paysan|paysanne)(?:[^\p{L}\p{N}_]|$)";

/// The roles of [`SAID_TAIL`].
const SAID_ROLES: &str = "porte-parole|responsable|chef|ministre|président|présidente|directeur|directrice|gouverneur|commandant|coordinateur|coordinatrice|représentant|représentante|maire|préfet|secrétaire|député|sélectionneur|fondateur|cadre|membre|habitant|habitante|témoin|militant|militante|analyste|chercheur|chercheuse|expert|experte|médecin|imam|émir|dirigeant|leader|bénévole|correspondant|correspondante|journaliste|enseignant|enseignante|commerçant|commerçante|notable|infirmier|infirmière|pasteur|prêtre|agriculteur|éleveur|officier|survivant|survivante|rescapé|rescapée|étudiant|étudiante|chargé|chargée|coordonnateur|coordonnatrice|secouriste|cultivateur|cultivatrice|paysan|paysanne";

/// The articles [`SAID_TAIL`] allows before a role.
const SAID_ARTICLES: &[&str] = &[
    "le", "la", "l'", "l’", "un", "une", "ancien", "ancienne", "nouveau",
    "nouvelle",
];

/// False when [`SAID_TAIL`] cannot match at a comma whose text up to
/// the next role of [`SAID_ROLES`] that may start a word is `gap`: the
/// pattern wants whitespace there, or whitespace, an article and
/// whitespace (no role starts inside those).
fn said_gap_may_match(gap: &str) -> bool {
    let rest = trim_start_ws(gap);
    if rest.len() == gap.len() {
        return false;
    }
    let word = rest.trim_end_matches(char::is_whitespace);
    word.is_empty()
        || (word.len() < rest.len() && SAID_ARTICLES.contains(&word))
}

static SAID_CUE_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{})", said_cue()))
        .expect("said-person cue pattern is valid")
});

/// Where the match of [`SAID_TAIL`] at the start of `hay` ends, as the
/// pattern's leftmost-first match: the comma and whitespace, then each
/// article and its whitespace, or none, and each role, in the pattern's
/// order, until a role that a char other than a letter, digit or
/// underscore, or the end, follows ("présidente" after "président").
fn said_tail_end(hay: &str) -> Option<usize> {
    hay.strip_prefix(',')?;
    let at = ws_end(hay, 1);
    if at == 1 {
        return None;
    }
    let articles = SAID_ARTICLES.iter().filter_map(|a| {
        let from = at + hay[at..].strip_prefix(a).map(|_| a.len())?;
        let next = ws_end(hay, from);
        (next > from).then_some(next)
    });
    articles.chain([at]).find_map(|from| {
        SAID_ROLES.split('|').find_map(|role| {
            hay[from..].strip_prefix(role)?;
            located_boundary(hay, from + role.len())
        })
    })
}

#[cfg(test)]
static SAID_TAIL_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{SAID_TAIL})"))
        .expect("said-person role pattern is valid")
});

/// The prepositions of [`said_cue`].
const SAID_PREPS: &str = "selon|d'après|d’après|Selon|D'après|D’après";

/// The verbs of [`SAID_VERBS`] and the prepositions of [`said_cue`].
#[cfg(test)]
static SAID_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("{SAID_VERBS}|{SAID_PREPS}"))
        .expect("said-person cue pattern is valid")
});

/// Where a match of [`said_body`] can start, in order: "a" or "ont" and
/// spaces before each verb, each "selon" or "d'après", and each capital
/// letter between a comma (or the start) and the next comma when a role
/// follows that one. `cues` holds the verbs and prepositions, `roles`
/// the roles of [`SAID_ROLES`], found by [`LitHits::scan`]: the verbs
/// that count follow whitespace.
fn said_starts(
    text: &str,
    cues: &[(usize, usize)],
    roles: &[(usize, usize)],
) -> Vec<usize> {
    let mut starts = Vec::new();
    for &(s, e) in cues {
        if matches!(
            &text[s..e],
            "selon" | "d'après" | "d’après" | "Selon" | "D'après" | "D’après"
        ) {
            starts.push(s);
            continue;
        }
        let head = text[..s].trim_end_matches(char::is_whitespace);
        if head.len() == s {
            continue;
        }
        if head.ends_with("ont") {
            starts.push(head.len() - 3);
        } else if head.ends_with('a') {
            starts.push(head.len() - 1);
        }
    }
    // A comma counts when the next role after it follows it after
    // whitespace and an optional article, which hold no comma: it is the
    // last comma before that role, and after the role before.
    let mut after_role = 0;
    for &(r, _) in roles {
        let from = std::mem::replace(&mut after_role, r);
        let Some(c) = text[from..r].rfind(',').map(|i| from + i) else {
            continue;
        };
        if !said_gap_may_match(&text[c + 1..r])
            || said_tail_end(&text[c..]).is_none()
        {
            continue;
        }
        let after_comma = text[..c].rfind(',').map_or(0, |i| i + 1);
        starts.extend(
            text[after_comma..c]
                .char_indices()
                .filter(|&(_, ch)| is_name_initial(ch))
                .map(|(i, _)| after_comma + i),
        );
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// The captures `captures_iter` gives for [`said_body`], found by
/// trying the pattern anchored at [`said_starts`] only.
fn said_persons<'h>(
    text: &'h str,
    lits: &LitHits,
) -> impl Iterator<Item = Found<'h>> {
    let mut at = 0;
    let starts =
        said_starts(text, lits.of(SAID_CUE_FAMILY), lits.of(SAID_ROLE_FAMILY));
    starts.into_iter().filter_map(move |p| {
        if p < at {
            return None;
        }
        // The pattern's ASCII word boundary before "a", "ont", "selon".
        let b = text.as_bytes();
        if b[p].is_ascii_lowercase()
            && p > 0
            && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_')
        {
            return None;
        }
        let mut found = said_at(&text[p..])?;
        at = p + found.len;
        found.base = p;
        Some(found)
    })
}

/// The match of [`said_body`] at the start of `hay`, by parts: the cue
/// or the role after the name decide nothing about the name, which ends
/// where [`NAME`] does (no shorter name is followed by a comma, nor
/// stops before anything but more of a name). One departure from the
/// pattern: a capitalized "Selon" or "D'après" before one name word and
/// its role ("Selon Moussa, un habitant") is the cue, not the name's
/// first word.
fn said_at(hay: &str) -> Option<Found<'_>> {
    // The cue first ("Selon", "D'après" start with a capital too).
    let cued = || {
        let cue = SAID_CUE_AT.find(hay)?.end();
        let name = cue + name_end(&hay[cue..])?;
        Some(Found::one_group(hay, name, "name", (cue, name)))
    };
    cued().or_else(|| {
        if !hay.starts_with(is_name_initial) {
            return None;
        }
        // "Selon Moussa, un habitant": the cue is no part of the name,
        // which may be one word before its role.
        if let Some(c) = ["Selon ", "D'après ", "D’après "]
            .iter()
            .find(|c| hay.starts_with(**c))
        {
            let rest = &hay[c.len()..];
            let name = name_word_end(rest, 0)?;
            let tail = said_tail_end(&rest[name..])?;
            return Some(Found::one_group(
                hay,
                c.len() + name + tail,
                "name2",
                (c.len(), c.len() + name),
            ));
        }
        let name = name_end(hay)?;
        let tail = said_tail_end(&hay[name..])?;
        Some(Found::one_group(hay, name + tail, "name2", (0, name)))
    })
}

/// A role and a nationality before a name: "le réalisateur israélien Ari
/// Folman", "le sélectionneur malien Éric Chelle". Found through
/// [`after_non_word_at`], which checks the char before the role.
#[cfg(test)]
fn qualified_body() -> String {
    format!("{}(?P<name>{NAME})", qualified_head())
}

/// The role, nationality and spaces before the name of
/// [`qualified_body`]. [`qualified_head_end`] finds its matches without
/// compiling it; tests hold them equal.
#[cfg(test)]
fn qualified_head() -> String {
    format!(
        r"(?:{QUALIFIED_ROLES})\s+\p{{Ll}}+(?:ien|ienne|ais|aise|ain|aine|ois|oise|è|é|e|an|ane|in|ine|al|ale|en|enne)\s+"
    )
}

/// The endings of the nationality in [`qualified_head`].
const NATIONALITY_ENDINGS: &[&str] = &[
    "ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "è", "é",
    "e", "an", "ane", "in", "ine", "al", "ale", "en", "enne",
];

/// Where the match of [`qualified_head`] at the start of `hay` ends, as
/// the pattern's leftmost-first match: the first role (in the pattern's
/// order) that whitespace, a nationality and whitespace follow. The
/// lowercase letters of the nationality are a run that one of the endings
/// must end, whitespace coming next, with a letter before the ending.
fn qualified_head_end(hay: &str) -> Option<usize> {
    QUALIFIED_ROLES.split('|').find_map(|role| {
        // "[Gg]énéral": either capital, then the rest of the word.
        let (capitals, rest) = role.strip_prefix('[')?.split_once(']')?;
        let c = hay.chars().next().filter(|&c| capitals.contains(c))?;
        let after = c.len_utf8();
        let after =
            after + hay[after..].strip_prefix(rest).map(|_| rest.len())?;
        let word = ws_end(hay, after);
        let end = run_end(hay, word, is_ll);
        let nationality = &hay[word..end];
        let ending = NATIONALITY_ENDINGS
            .iter()
            .any(|e| nationality.len() > e.len() && nationality.ends_with(e));
        let next = ws_end(hay, end);
        (word > after && ending && next > end).then_some(next)
    })
}

#[cfg(test)]
static QUALIFIED_HEAD_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{})", qualified_head()))
        .expect("qualified person pattern is valid")
});

/// The match of [`qualified_body`] at the start of `hay`, by parts: the
/// head ends after all the spaces that follow the nationality, however
/// it is split, and the name is what [`NAME`] matches there.
fn qualified_at(hay: &str) -> Option<Found<'_>> {
    let head = qualified_head_end(hay)?;
    let name = head + name_end(&hay[head..])?;
    Some(Found::one_group(hay, name, "name", (head, name)))
}

/// The roles before a nationality. None is the start of another.
const QUALIFIED_ROLES: &str = r"[Gg]énéral|[Cc]olonel|[Pp]résident|[Pp]remier ministre|[Mm]inistre|[Pp]orte-parole|[Rr]éalisateur|[Rr]éalisatrice|[Ss]électionneur|[Dd]éfenseur|[Aa]ttaquant|[Jj]oueur|[Jj]ournaliste|[Éé]crivain|[Cc]hercheur|[Cc]hef|[Dd]irigeant|[Oo]pposant|[Mm]ilitant|[Aa]mbassadeur|[Éé]missaire|[Dd]iplomate|[Pp]rédicateur|[Ii]mam|[Cc]ommandant|[Rr]esponsable|[Gg]ouverneur|[Pp]réfet|[Mm]aire|[Pp]rocureur";

#[cfg(test)]
static QUALIFIED_ROLE: Lazy<Regex> =
    Lazy::new(|| Regex::new(QUALIFIED_ROLES).expect("role pattern is valid"));

/// False when [`qualified_at`] cannot match at the role ending at byte
/// `end`: no spaces, lowercase letters, spaces and a capital of a name
/// follow it.
fn role_may_match(text: &str, _start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let after = trim_start_ws(rest);
    // The nationality is lowercase letters, then spaces and a name.
    let word_end = after.trim_start_matches(char::is_lowercase);
    after.len() < rest.len()
        && word_end.len() < after.len()
        && spaces_then_name(word_end)
}

/// A title, with its optional ending and adjective, and the spaces before
/// a name; [`titled_at`] is found through [`after_non_word_at`], which
/// checks the char before the title.
const TITLED_HEAD: &str = r"(?x)
        (?:[Gg]énérale?(?:-major|\ de\ (?:brigade|division|corps\ d'armée))?|[Pp]ape|[Rr]oi|[Rr]eine|[Pp]rince|[Éé]mir|[Hh]omologue|[Cc]olonel(?:-major)?|[Cc]ommandant|[Bb]rigadier(?:-général)?|
           [Ll]ieutenant(?:-colonel)?|[Cc]apitaine|[Cc]aporal|[Ss]ergent|[Mm]aréchal|
           [Pp]résident|[Pp]remier\ ministre|[Mm]inistre(?:\ de\ la\ Défense|\ des\ Affaires\ étrangères|\ de\ l'Intérieur)?|
           [Pp]orte-parole(?:\ de\ l'armée|\ du\ gouvernement|\ de\ la\ police|\ de\ la\ gendarmerie|\ de\ la\ présidence|\ de\ la\ junte|\ de\ la\ coalition|\ de\ la\ rébellion)?|[Éé]missaire(?:\ onusien)?|[Ee]nvoyée?\ spéciale?|[Cc]orrespondante?|
           [Rr]esponsable(?:\ local)?|[Cc]hef(?:\ (?:bandit|de\ gang|rebelle|jihadiste|djihadiste|milicien|coutumier|traditionnel))?|[Ii]mam|[Cc]heikh|[Dd]octeur|[Dd]r|M\.|Mme|[Rr]éalisateur|
           [Gg]ouverneure?|[Ss]oldat|[Aa]djudant(?:-chef)?|[Pp]réfet|[Mm]aire|[Dd]éputée?|[Ss]énateur|[Aa]mbassadeur|[Jj]ournaliste|
           [Ll]eader|[Ff]ondateur|[Ss]ecrétaire\ général|[Pp]rocureur|[Jj]uge|[Pp]ar|
           [Ii]nspecteur(?:\ divisionnaire|\ général)?|[Cc]hercheu(?:r|se)|[Aa]nalyste|[Pp]rofesseur|[Aa]vocate?|[Mm]ilitante?|[Aa]ctiviste|[Ss]ecouriste|[Mm]édecin|[Cc]ommissaire(?:\ divisionnaire|\ principal)?|[Pp]ère|[Aa]bbé|[Pp]asteur|[Mm]gr|
           épouse|époux|veuve|fils|frère|sœur|neveu|nièce|[Dd]énommée?|certaine?)
        (?:\ (?:régionale?|provinciale?|adjointe?|intérimaire|militaire|sortante?|déchue?|locale?|générale?|par\ intérim))?
        (?:\ (?:de\ l'|de\ la\ |du\ |de\ )[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ\-]+(?:\ [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ\-]+)?)?
        ,?\s+";

/// The name after a title in [`titled_body`]: 1–4 capitalized words,
/// with Arabic and French particles allowed inside. Found by
/// [`titled_name_end`] without compiling it, as [`NAME`] is.
#[cfg(test)]
const TITLED_NAME: &str = r"(?x)
          (?:[A-ZÀ-ÖØ-Þ](?:[\p{Ll}'’]|-[A-ZÀ-ÖØ-Þ]?)+|[A-ZÀ-ÖØ-Þ]\.)
          (?:[\ \u{a0}]+(?:(?:al|el|ben|bin|ibn|ould|ag|abou|abu|de|du|van|von|da|dos|ba)[\-\ \u{a0}])?
             [A-ZÀ-ÖØ-Þ](?:[\p{Ll}'’]|-[A-ZÀ-ÖØ-Þ]?)+(?:-[A-ZÀ-ÖØ-Þ][\p{Ll}]+)?){0,3}";

/// A title, then a name.
#[cfg(test)]
fn titled_body() -> String {
    format!("{TITLED_HEAD}(?P<name>{TITLED_NAME})")
}

/// The titles of [`TITLED_HEAD`] without their optional endings: where a
/// match of it can start. None is the start of another.
const TITLE_WORDS: &str = r"[Gg]énéral|[Pp]ape|[Rr]oi|[Rr]eine|[Pp]rince|[Éé]mir|[Hh]omologue|[Cc]olonel|[Cc]ommandant|[Bb]rigadier|[Ll]ieutenant|[Cc]apitaine|[Cc]aporal|[Ss]ergent|[Mm]aréchal|[Pp]résident|[Pp]remier ministre|[Mm]inistre|[Pp]orte-parole|[Éé]missaire|[Ee]nvoyé|[Cc]orrespondant|[Rr]esponsable|[Cc]hef|[Ii]mam|[Cc]heikh|[Dd]octeur|[Dd]r|M\.|Mme|[Rr]éalisateur|[Gg]ouverneur|[Ss]oldat|[Aa]djudant|[Pp]réfet|[Mm]aire|[Dd]éputé|[Ss]énateur|[Aa]mbassadeur|[Jj]ournaliste|[Ll]eader|[Ff]ondateur|[Ss]ecrétaire général|[Pp]rocureur|[Jj]uge|[Pp]ar|[Ii]nspecteur|[Cc]hercheu|[Aa]nalyste|[Pp]rofesseur|[Aa]vocat|[Mm]ilitant|[Aa]ctiviste|[Ss]ecouriste|[Mm]édecin|[Cc]ommissaire|[Pp]ère|[Aa]bbé|[Pp]asteur|[Mm]gr|épouse|époux|veuve|fils|frère|sœur|neveu|nièce|[Dd]énommé|certain";

/// The match of [`titled_body`] at the start of `hay`, by parts: no
/// title is followed by another's ending, and an ending, an adjective, a
/// comma or a space left out would leave a lowercase word, a hyphen, a
/// comma or a space where the name must start, so the first head found
/// is the only one a name can follow.
///
/// The one exception is a complement of two capitalized words ("le chef
/// de Gran Grif, Luckson Elan"): when no name follows it, the pattern
/// backtracks to a complement of one word ("le ministre de la Justice
/// Jean"), and so does this.
fn titled_at(hay: &str) -> Option<Found<'_>> {
    let at = |head: usize| {
        // A blank line between them parts a title from a name
        // ("Commandement général / (blank) / Communiqué n° 47").
        let gap = hay[..head].len() - hay[..head].trim_end().len();
        if hay[head - gap..head].matches('\n').nth(1).is_some() {
            return None;
        }
        let name = head + titled_name_end(&hay[head..])?;
        Some(Found::one_group(hay, name, "name", (head, name)))
    };
    let head = TITLED_HEAD_AT.find(hay)?.end();
    at(head).or_else(|| {
        let short = TITLED_HEAD_SHORT_AT.find(hay)?.end();
        (short != head).then(|| at(short)).flatten()
    })
}

static TITLED_HEAD_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{TITLED_HEAD})")).expect("title pattern is valid")
});

/// [`TITLED_HEAD`] with a complement of one word only.
static TITLED_HEAD_SHORT_AT: Lazy<Regex> = Lazy::new(|| {
    debug_assert_eq!(TITLED_HEAD.matches(TWO_WORD_COMPLEMENT).count(), 1);
    let short = TITLED_HEAD.replace(TWO_WORD_COMPLEMENT, "");
    Regex::new(&format!("^(?:{short})")).expect("title pattern is valid")
});

/// The second word of a title's complement in [`TITLED_HEAD`].
const TWO_WORD_COMPLEMENT: &str = r"(?:\ [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ\-]+)?";

/// The end of a word of [`TITLED_NAME`] at byte `i` of `text`: a capital
/// and a run of lowercase letters, apostrophes and hyphens. The pattern's
/// optional hyphen part after it never matches: the run takes every
/// hyphen.
fn titled_word_end(text: &str, i: usize) -> Option<usize> {
    // A hyphen may lead to a capital: "Jean-Claude", "Ould-Abdallah".
    let c = text[i..].chars().next().filter(|&c| is_name_initial(c))?;
    let from = i + c.len_utf8();
    let mut end = from;
    let mut chars = text[from..].chars().peekable();
    while let Some(c) = chars.next() {
        if is_ll(c) || matches!(c, '\'' | '’') {
            end += c.len_utf8();
        } else if c == '-' {
            end += 1;
            if let Some(&n) = chars.peek() {
                if is_name_initial(n) {
                    end += n.len_utf8();
                    chars.next();
                }
            }
        } else {
            break;
        }
    }
    (end > from).then_some(end)
}

/// Where the match of [`TITLED_NAME`] at the start of `text` ends, as the
/// pattern's leftmost-first match: a word or an initial, then up to three
/// words, each taken as far as it goes (see [`name_end`]).
fn titled_name_end(text: &str) -> Option<usize> {
    let mut end = match titled_word_end(text, 0) {
        Some(e) => e,
        None => {
            let c = text.chars().next().filter(|&c| is_name_initial(c))?;
            let after = c.len_utf8();
            text[after..].starts_with('.').then_some(after + 1)?
        }
    };
    for _ in 0..3 {
        match name_word_after(text, end, titled_word_end) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

#[cfg(test)]
static TITLED_NAME_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{TITLED_NAME})"))
        .expect("titled name pattern is valid")
});

#[cfg(test)]
static TITLES: Lazy<Regex> =
    Lazy::new(|| Regex::new(TITLE_WORDS).expect("title pattern is valid"));

/// The optional endings of the titles of [`TITLED_HEAD`].
const TITLE_ENDINGS: &[&str] = &[
    "-major",
    "-général",
    "-colonel",
    " de la Défense",
    " des Affaires étrangères",
    " de l'Intérieur",
    " de l'armée",
    " du gouvernement",
    " de la police",
    " de la gendarmerie",
    " de la présidence",
    " de la junte",
    " de la coalition",
    " de la rébellion",
    " onusien",
    " local",
    " de brigade",
    " de division",
    " de corps",
    " divisionnaire",
    " principal",
    " bandit",
    " de gang",
    " rebelle",
    " jihadiste",
    " djihadiste",
    " milicien",
    " coutumier",
    " traditionnel",
    // "chercheur", "chercheuse", "avocate", "militante": the rest of a
    // title whose literal is its stem.
    "r ",
    "se ",
    "e ",
];

/// False when [`titled_at`] cannot match at a title that ends at byte
/// `end`: no optional ending follows it, and no capitalized word after
/// an optional comma and spaces.
fn title_may_match(text: &str, _start: usize, end: usize) -> bool {
    let rest = &text[end..];
    if TITLE_ENDINGS.iter().any(|e| rest.starts_with(e))
        || rest.strip_prefix(' ').is_some_and(|r| {
            TITLE_ADJECTIVES
                .iter()
                .any(|a| r.starts_with(a.trim_end_matches(' ')))
        })
    {
        return true;
    }
    // "le gouverneur de l'Etat, Uba Sani", "le président du Niger,
    // Mohamed Bazoum": a capitalized complement may come first.
    let complement = ["de l'", "de la ", "du ", "de "]
        .iter()
        .find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p)))
        .filter(|r| r.starts_with(is_name_initial));
    if let Some(r) = complement {
        let word = |r: &'_ str| -> usize {
            r.len()
                - r.trim_start_matches(|c: char| c.is_alphabetic() || c == '-')
                    .len()
        };
        let name_after =
            |r: &str| spaces_then_name(r.strip_prefix(',').unwrap_or(r));
        let one = &r[word(r)..];
        if name_after(one) {
            return true;
        }
        // A complement of two capitalized words: "le chef de Gran Grif,
        // Luckson Elan".
        if let Some(t) =
            one.strip_prefix(' ').filter(|t| t.starts_with(is_name_initial))
        {
            if name_after(&t[word(t)..]) {
                return true;
            }
        }
    }
    spaces_then_name(rest.strip_prefix(',').unwrap_or(rest))
}

/// True when `s` starts with whitespace and then a capital of a name.
fn spaces_then_name(s: &str) -> bool {
    let after = trim_start_ws(s);
    after.len() < s.len() && after.starts_with(is_name_initial)
}

/// Adjectives that may sit between a title and a name ("le gouverneur
/// régional Oleh Synegoubov"), each followed by a space.
const TITLE_ADJECTIVES: &[&str] = &[
    "régionale ",
    "régional ",
    "provinciale ",
    "provincial ",
    "adjointe ",
    "adjoint ",
    "intérimaire ",
    "militaire ",
    "sortante ",
    "sortant ",
    "déchue ",
    "déchu ",
    "locale ",
    "local ",
    "général ",
    "générale ",
    "par intérim ",
];

/// A char of `[A-ZÀ-ÖØ-Þ]`.
fn is_name_initial(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ')
}

static COUNT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?xi)
        (?:(?-u:\b)(?:au\ moins|plus\ de|près\ de|environ|quelque|quelques|entre\s+\S+\s+et)\s+)?
        # A range: 3 000 à 4 000 soldats, deux ou trois civils.
        (?:(?-u:\b)(?:\d(?:[\d\u{a0}\u{202f}\ .]*\d)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|cent)\s+(?:à|ou)\s+)?
        (?:(?-u:\b)\d(?:[\d\u{a0}\u{202f}\ ]*[.,]?\d)+|(?-u:\b)\d|
           (?-u:\b)(?:une\s+|plusieurs\s+)?(?:(?:dizaines?|centaines?)\s+de\s+)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|milliers|centaines|dizaines)|
           (?-u:\b)(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)
             (?:[-\ ](?:et[-\ ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|cent|cents|mille))*|
           (?-u:\b)(?:plus\ d['’]|près\ d['’])?un\s+(?:million|milliard)|
           (?-u:\b)(?:des|plusieurs)\s+(?:millions|milliards)|
           (?-u:\b)plusieurs|(?-u:\b)nombreu(?:x|ses))
        (?:\s+(?:millions?|milliards?))?
        (?:\s+\(\s*\d+\s*\))?
        (?:\s+autres)?
        (?:\s+de\s+(?:ses|ces|nos|leurs|vos|mes))?
        (?:\s+[«\x22\x{201C}])?
        \s+(?:de\s+|d['’])?$",
    )
    .expect("count pattern is valid")
});

/// Compiles the name and count patterns now rather than on first use (see
/// the extractor's start-up).
pub(crate) fn warm_patterns() {
    for re in [
        &SAID_CUE_AT,
        &TITLED_HEAD_AT,
        &COUNT_BEFORE,
        &BARE_CAPITAL,
        &FACILITY_AT,
    ] {
        Lazy::force(re);
    }
    Lazy::force(&LIT_TABLE);
}

/// Compiles the patterns of streets, named persons, numbered units and
/// institutions now rather than on first use: every document is searched
/// with them.
pub(crate) fn warm_more_patterns() {
    for re in [&STREET, &PERSON_NAME_AT, &NUMBERED_UNIT, &INSTITUTION_HEAD] {
        Lazy::force(re);
    }
}

/// The start of a number expression that ends right before byte `at`.
fn count_before(text: &str, at: usize) -> Option<usize> {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    COUNT_BEFORE.find(window).map(|m| {
        let s = &window[m.start()..];
        // Drop a leading "une " of "une vingtaine" to follow the corpus
        // practice of spanning the head count word.
        let lead = if starts_with_une(s) { 4 } else { 0 };
        from + m.start() + lead
    })
}

/// `s.to_lowercase().starts_with("une ")`, without the copy: only ASCII
/// chars lowercase to ASCII letters but "K" (Kelvin sign) and "İ", whose
/// lowercase starts with "i", so the first four bytes must be those
/// letters and the space, in either case.
fn starts_with_une(s: &str) -> bool {
    s.as_bytes().get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"une "))
}

/// Inputs shared by the entity passes.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub lexicon: &'a Lexicon,
    /// Lookups built once per lexicon.
    pub tables: &'a Tables,
    /// Byte span of a comments section whose matches are skipped.
    pub skip: Option<Span>,
}

/// The entity candidates of one span.
struct Hit<'r> {
    span: Span,
    folded: Span,
    /// (row, prefix) of each candidate.
    rows: &'r [(u32, bool)],
}

/// The entity candidates grouped by span, out of `skip`; their rows go
/// to `rows`, one run per hit, rather than to a vector each.
fn group_hits<'r>(
    cands: &[Candidate],
    skip: Option<Span>,
    rows: &'r mut Vec<(u32, bool)>,
) -> Vec<Hit<'r>> {
    // Each hit's spans and where its rows start.
    let mut heads: Vec<(Span, Span, usize)> = Vec::with_capacity(cands.len());
    rows.clear();
    rows.reserve(cands.len());
    for c in cands.iter().filter(|c| c.layer == Layer::Entity) {
        if skip.is_some_and(|s| s.overlaps(c.span)) {
            continue;
        }
        if heads.last().map_or(true, |h| h.1 != c.folded) {
            heads.push((c.span, c.folded, rows.len()));
        }
        rows.push((c.row, c.prefix));
    }
    let rows: &'r [(u32, bool)] = rows;
    let ends = heads.iter().skip(1).map(|h| h.2).chain([rows.len()]);
    heads
        .iter()
        .zip(ends)
        .map(|(&(span, folded, start), end)| Hit {
            span,
            folded,
            rows: &rows[start..end],
        })
        .collect()
}

/// True when only spaces separate folded byte `a` from `b`.
fn adjacent(folded: &str, a: usize, b: usize) -> bool {
    a <= b && folded[a..b].bytes().all(|c| c == b' ')
}

/// Where the run of letters that ends `s` starts (`s.len()` when `s`
/// ends with no letter): the word right before a position.
fn letters_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(s.len(), |(k, _)| k)
}

/// Whether the name at byte `start` of `text` follows a capitalized word
/// and a hyphen that make it the tail of a longer name ("Tin-Hama"): not
/// an Arabic article ("al-Bab", "El-Fasher") nor a word of direction or
/// size ("Nord-Darfour", "Haut-Mbomou", "Grand-Bassam").
fn compound_tail(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix('-') else {
        return false;
    };
    let from = letters_start(head);
    let word = &head[from..];
    if word.chars().count() < 2 || !word.starts_with(char::is_uppercase) {
        return false;
    }
    // "la route Thall-Parachinar", "l'axe Beni-Mbau": an axis joins two
    // places.
    // (Only the last word before is read: a bounded look back.)
    let lead = head[..from].trim_end();
    let lead = lead[letters_start(lead)..].to_lowercase();
    if ["route", "axe", "tronçon", "troncon", "liaison", "corridor"]
        .iter()
        .any(|w| lead.ends_with(w))
    {
        return false;
    }
    let lower = word.to_lowercase();
    !matches!(
        lower.as_str(),
        "al" | "el"
            | "ad"
            | "ar"
            | "as"
            | "ash"
            | "ach"
            | "ech"
            | "ed"
            | "er"
            | "es"
            | "et"
            | "an"
            | "az"
            | "at"
            | "nord"
            | "sud"
            | "est"
            | "ouest"
            | "centre"
            | "haut"
            | "haute"
            | "bas"
            | "basse"
            | "grand"
            | "grande"
            | "petit"
            | "petite"
            | "moyen"
            | "nouveau"
            | "nouvelle"
            | "vieux"
            | "saint"
            | "sainte"
            | "port"
            | "fort"
            | "cap"
    )
}

/// Builds the entities of a document from the lexicon's candidates.
pub(crate) fn find(ctx: &Context<'_>, cands: &[Candidate]) -> EntitySet {
    let lex = ctx.lexicon;
    let ftext = ctx.folded.text.as_str();
    let mut hit_rows = Vec::new();
    let hits = group_hits(cands, ctx.skip, &mut hit_rows);
    let row = |r: u32| lex.row(r);

    // Country votes: unambiguous places and demonyms.
    // Iterated only to be sorted: its order never counts.
    let mut votes: KeyMap<&str, usize> = KeyMap::default();
    // The hit's place and demonym rows, in a buffer reused from hit to hit.
    let mut place_rows: Vec<&Row> = Vec::new();
    for h in &hits {
        place_rows.clear();
        place_rows.extend(h.rows.iter().map(|&(r, _)| row(r)).filter(|r| {
            r.kind == RowKind::Place || r.kind == RowKind::Demonym
        }));
        if !place_rows.is_empty() {
            if let Some(c) = crate::homonyms::one_country(&place_rows) {
                *votes.entry(c).or_default() += 1;
            }
        } else {
            // A named national force or body ("FAMa", "armée malienne")
            // says which country the story is about too, when no place
            // row competes for the span.
            let mut actors = h.rows.iter().map(|&(r, _)| row(r)).filter(|r| {
                r.kind == RowKind::Actor
                    && matches!(
                        r.subkind.as_ref(),
                        "state_force" | "government"
                    )
            });
            if let (Some(a), None) = (actors.next(), actors.next()) {
                if let Some(c) = &a.country {
                    *votes.entry(c.as_ref()).or_default() += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = votes.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top_country: Option<Text> =
        ranked.first().map(|(c, _)| Text::Owned(c.to_string()));
    let vote_of = |c: &Option<Text>| -> usize {
        c.as_deref()
            .and_then(|c| ranked.iter().find(|(k, _)| *k == c))
            .map_or(0, |(_, n)| *n)
    };

    // Whether the story is sports reporting: a pass over the whole text,
    // made only when a country with an article asks.
    let sports = std::cell::OnceCell::new();
    let mut set = EntitySet::with_capacity(hits.len());
    let mut consumed = vec![false; hits.len()];
    // Most recent named armed actor, for anaphoric descriptors.
    let mut last_named_armed: Option<usize> = None;
    // The last group counted by each noun, which a bare mention of the
    // same noun after it names again ("137 élèves" … "les élèves").
    let mut last_counted: HashMap<&str, usize> = HashMap::new();
    // The key of the last one person told of by each singular noun ("un
    // commerçant"), which "le commerçant" takes up.
    let mut last_one: HashMap<String, String> = HashMap::new();
    // Named armed groups: entity → (mentions so far, last hit index).
    // Its greatest entry is unique: its order never counts.
    let mut armed_counts: KeyMap<usize, (usize, usize)> = KeyMap::default();
    // Titles in apposition to a name that follows.
    let mut titles: Vec<Span> = Vec::new();
    let mut folded_names = FoldedNames::default();

    let mut demonyms: Vec<u32> = Vec::new();
    let mut prefix_dem: Vec<u32> = Vec::new();
    let mut nouns: Vec<u32> = Vec::new();
    let mut descriptors: Vec<u32> = Vec::new();
    let mut actors: Vec<u32> = Vec::new();
    let mut places: Vec<u32> = Vec::new();
    // Where the last country read as its government ends (folded): the
    // next ones of its list are too ("sous l'égide de l'Egypte, du Qatar
    // et de la Turquie").
    let mut last_state_end: Option<usize> = None;
    // The drafts that have a group, in order, kept up as drafts are added
    // (they are never removed here): a bare noun asks only those, not
    // every counted group and place of a long text.
    let mut grouped: Vec<usize> = Vec::new();
    let mut grouped_upto = 0;
    for i in 0..hits.len() {
        if consumed[i] {
            continue;
        }
        let h = &hits[i];
        // The hit's rows by kind, in one pass, into buffers reused from
        // hit to hit.
        for v in [
            &mut demonyms,
            &mut prefix_dem,
            &mut nouns,
            &mut descriptors,
            &mut actors,
            &mut places,
        ] {
            v.clear();
        }
        for &(r, p) in h.rows {
            if p {
                prefix_dem.push(r);
                continue;
            }
            match row(r).kind {
                RowKind::Demonym => demonyms.push(r),
                RowKind::ActorNoun => nouns.push(r),
                RowKind::Descriptor => descriptors.push(r),
                RowKind::Actor => actors.push(r),
                RowKind::Place => places.push(r),
                _ => {}
            }
        }
        // "près du village de Tin-Hama", "TIN-HAMA": a place name after a
        // capitalized word and a hyphen is the tail of another name, not
        // the place (Hama, in Syria). Not after an article ("al-Bab"), a
        // word of direction ("Nord-Darfour") or a place ("Bunia-Komanda").
        if !places.is_empty()
            && actors.is_empty()
            && compound_tail(ctx.text, h.span.start)
            && !(i > 0 && hits[i - 1].span.end + 1 == h.span.start)
        {
            continue;
        }
        // "Vladimir Medinski", "le journal Centrafrique Matin", "la Kabul
        // Bank": a place name run on by a capitalized word that starts no
        // name of its own is the head of a longer name (a person's, a
        // title's, a firm's), not the place.
        if !places.is_empty()
            && actors.is_empty()
            && name_runs_on(ctx.text, h.span.end)
            && hits.get(i + 1).is_none_or(|n| n.span.start > h.span.end + 1)
        {
            continue;
        }
        // "Alexander Díaz, alias « Calarcá »": a name given as an alias
        // is a nickname, not the place.
        if !places.is_empty()
            && actors.is_empty()
            && after_alias(ctx.text, h.span.start)
        {
            continue;
        }
        // "des missiles Fatah", "les drones Shahed": a name right after a
        // weapon noun is the weapon's model, not the group of that name.
        if !actors.is_empty()
            && places.is_empty()
            && weapon_before(ctx.text, h.span.start)
        {
            continue;
        }
        // "l'ancien président Petro Porochenko": a person's surname of
        // the gazetteer ("Petro", Gustavo Petro) right before another
        // capitalized word is a given name of someone else.
        if !actors.is_empty()
            && places.is_empty()
            && actors.iter().all(|&r| {
                let r = row(r);
                r.subkind == "person" && r.canonical.contains(' ')
            })
            && !ctx.text[h.span.start..h.span.end].contains(' ')
            && name_word_follows(&ctx.text[h.span.end..])
            && hits.get(i + 1).map_or(true, |n| n.span.start > h.span.end + 1)
        {
            continue;
        }
        // "Hani ben Brik", "Ahmed ould Abdallah": a name that a filiation
        // particle and a capitalized name follow is a person's given name,
        // not the town it also names.
        if !places.is_empty()
            && actors.is_empty()
            && filiation_follows(&ctx.text[h.span.end..])
        {
            continue;
        }
        let before = Words::before_hit(ftext, h.folded.start);
        if actors.is_empty()
            && places.is_empty()
            && !nouns.is_empty()
            && power_not_its_holders(ftext, h.folded, &before)
        {
            continue;
        }
        // "vers 3h heure de Moscou": a time zone, no place told of; "les
        // conventions de Genève": a body of law.
        if !places.is_empty()
            && actors.is_empty()
            && matches!(
                &before[..],
                [
                    ..,
                    "heure" | "heures" | "convention" | "conventions",
                    "de" | "d'"
                ]
            )
        {
            continue;
        }
        // The start of a number expression before the hit, found once.
        let count = std::cell::OnceCell::new();
        let count_start_of =
            || *count.get_or_init(|| count_before(ctx.text, h.span.start));
        let next = hits.get(i + 1).filter(|n| {
            !consumed[i + 1] && adjacent(ftext, h.folded.end, n.folded.start)
        });
        let next_demonym: Option<u32> = next.and_then(|n| {
            n.rows
                .iter()
                .find(|&&(r, p)| !p && row(r).kind == RowKind::Demonym)
                .map(|&(r, _)| r)
        });

        // "frontière syro-libanaise", "frontière syrienne".
        if (!demonyms.is_empty() || !prefix_dem.is_empty())
            && before.last() == Some(&"frontiere")
        {
            let start = start_of_word_before(ctx, h, "frontiere");
            let mut end = h.span.end;
            let mut countries: Vec<Text> = Vec::new();
            let first = prefix_dem.first().or(demonyms.first()).copied();
            if let Some(r) = first {
                countries.extend(row(r).country.clone());
            }
            if !prefix_dem.is_empty() {
                if let Some(d) = next_demonym {
                    consumed[i + 1] = true;
                    end = hits[i + 1].span.end;
                    countries.extend(row(d).country.clone());
                }
            }
            let span = Span::new(start, end);
            let key = format!("border:{}", countries.join("-"));
            let country = countries.first().cloned();
            set.add(key, span, || {
                Draft::plain(
                    EntityKind::Place,
                    ctx.text[span].to_string(),
                    "border",
                    country,
                )
            });
            continue;
        }

        // "la commission libano-syrienne": the first half of a compound
        // adjective names no place ("Líbano").
        if !prefix_dem.is_empty()
            && ctx.text[h.span].starts_with(char::is_lowercase)
            && ctx.text[h.span.end..].starts_with('-')
        {
            continue;
        }

        // "la capitale yéménite" is the capital city.
        if !demonyms.is_empty() && before.last() == Some(&"capitale") {
            let d = row(demonyms[0]);
            if let Some((idx, cap)) =
                d.country.as_deref().and_then(|c| capital_of(ctx, c))
            {
                let span = Span::new(
                    start_of_word_before(ctx, h, "capitale"),
                    h.span.end,
                );
                set.add_row(
                    RowKey::Place,
                    idx,
                    || place_key(cap),
                    span,
                    || place_draft(cap, Some(idx)),
                );
                continue;
            }
        }
        // "territoire syrien" and "le sol afghan" are the country.
        let land = before
            .last()
            .copied()
            .filter(|w| matches!(*w, "territoire" | "sol"));
        if let (false, Some(land)) = (demonyms.is_empty(), land) {
            let d = row(demonyms[0]);
            let country_row = d
                .country
                .as_ref()
                .and_then(|c| ctx.tables.countries.get(c.as_ref()).copied());
            if let Some(ci) = country_row {
                let cr = lex.row(ci);
                let span =
                    Span::new(start_of_word_before(ctx, h, land), h.span.end);
                let idx = Some(ci);
                set.add_row(
                    RowKey::Place,
                    ci,
                    || place_key(cr),
                    span,
                    || place_draft(cr, idx),
                );
                continue;
            }
        }

        // Actor noun × demonym: "armée syrienne", "soldats libanais".
        if !nouns.is_empty() {
            let noun = row(nouns[0]);
            let count_start = count_start_of();
            // "dont des femmes et des enfants": the make-up of a group.
            if noun.subkind == "civilians"
                && count_start.is_none()
                && subset_told(ftext, h.folded.start)
            {
                continue;
            }
            // "ont détruit deux chars", "dix blindés perdus": vehicles
            // counted are things, not a force.
            if noun.canonical == "blindés" && count_start.is_some() {
                continue;
            }
            // "sur la base de renseignements", "des renseignements
            // concordants": information, not the service, when no owner
            // or article names the service.
            if next_demonym.is_none()
                && matches!(before.last().copied(), Some("de" | "des" | "d'"))
                && fold_key(&ctx.text[h.span]) == "renseignements"
            {
                continue;
            }
            // "des systèmes de défense antiaérienne", "une batterie de
            // défense aérienne": the weapons, not the force.
            if matches!(
                before[..],
                [.., "systeme" | "systemes" | "batterie" | "batteries", "de"]
            ) {
                continue;
            }
            // "l'opération militaire israélienne", "des véhicules
            // militaires": after the noun of a deed or a thing, the word
            // is its adjective.
            if matches!(
                fold_key(&ctx.text[h.span]).as_str(),
                "militaire"
                    | "militaires"
                    | "paramilitaire"
                    | "paramilitaires"
            ) && before.last().is_some_and(|w| qualifies_a_thing(w))
            {
                continue;
            }
            // The country that makes the noun its body: a demonym right
            // after it ("armée malienne", "soldats libanais"), or, for a
            // state body, the country named after it ("l'armée du Mali",
            // "les forces armées de l'Ukraine", "le ministère de la
            // Défense du Niger").
            let owner: Option<Option<Text>> = match next_demonym {
                Some(d) => Some(row(d).country.clone()),
                None if count_start.is_none()
                    && matches!(
                        noun.subkind.as_ref(),
                        "state_force" | "government"
                    ) =>
                {
                    country_of_owner(ctx, &hits, i)
                        .map(|c| lex.row(c).country.clone())
                }
                None => None,
            };
            if let Some(country) = owner {
                consumed[i + 1] = true;
                // "le président ukrainien Volodymyr Zelensky": a title
                // before a name is not a mention of its own; the name is.
                let after = ctx.text[hits[i + 1].span.end..]
                    .trim_start_matches([' ', '\u{a0}']);
                if noun.subkind == "person"
                    && count_start.is_none()
                    && after.starts_with(char::is_uppercase)
                {
                    continue;
                }
                let span = Span::new(
                    count_start.unwrap_or(h.span.start),
                    hits[i + 1].span.end,
                );
                let group = noun.flags.group.clone().unwrap_or_else(|| {
                    ctx.tables.folded_noun(nouns[0], noun).into()
                });
                let key = match count_start {
                    Some(_) => counted_key(span.start),
                    None => {
                        let c = country.as_deref().unwrap_or("");
                        ["comp:", &group, ":", c].concat()
                    }
                };
                // The words as written ("forces russes"), in lower case
                // but for a capitalized first word of a name.
                let canonical = lower_first(
                    &ctx.text[Span::new(h.span.start, hits[i + 1].span.end)],
                );
                let subkind = noun.subkind.clone();
                let g = count_start.is_none().then(|| group.clone());
                set.add(key, span, || Draft {
                    kind: EntityKind::Actor,
                    canonical: canonical.into(),
                    subkind,
                    country,
                    row: None,
                    value: None,
                    granularity: None,
                    mentions: Vec::new(),
                    group: g,
                });
                continue;
            }
            if let Some(cs) = count_start {
                let span = Span::new(cs, h.span.end);
                let e = add_counted(
                    &mut set,
                    ctx,
                    span,
                    noun,
                    top_country.clone(),
                );
                last_counted.insert(noun.canonical.as_ref(), e);
                continue;
            }
            // A bare noun of a state body with a definite article links to
            // the composed entity of its group, else to the document's
            // main country.
            let definite = before.last().is_some_and(|w| {
                matches!(
                    *w,
                    "l'" | "le"
                        | "la"
                        | "les"
                        | "du"
                        | "au"
                        | "aux"
                        | "nos"
                        | "notre"
                        | "ces"
                        | "cette"
                        | "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                        | "des"
                )
            });
            let mut handled = false;
            // A multiword noun ("ministère de la Défense", "forces
            // armées") names one body even without a demonym.
            // A title followed by a name is not a mention of its own: the
            // name is ("le Premier ministre Haïdar al-Abadi").
            let person = noun.subkind == "person";
            let rest =
                ctx.text[h.span.end..].trim_start_matches([' ', '\u{a0}']);
            // "le gouverneur régional Oleh Synegoubov".
            let after_adjective = TITLE_ADJECTIVES
                .iter()
                .find_map(|a| rest.strip_prefix(a))
                .map(|r| r.trim_start_matches([' ', '\u{a0}']))
                .filter(|r| r.len() < rest.len() && !r.is_empty());
            if person
                && (rest.starts_with(char::is_uppercase)
                    || after_adjective
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                    || follows_name(ctx.text, h.span.start))
            {
                continue;
            }
            // "le porte-parole du gouvernement, Ousséni Tamboura", "le
            // gouverneur du Darfour, Minni Minawi": a title in apposition
            // is a mention of the person named after it.
            if person && apposition_follows(rest) {
                titles.push(h.span);
                continue;
            }
            let folded_noun = ctx.tables.folded_noun(nouns[0], noun);
            let multiword = folded_noun.contains(' ');
            // "les unités de l'armée", "l'aviation de la coalition": a
            // bare force noun whose owner is named right after is part of
            // that owner's mention, not a mention of its own.
            // A staff or a command that speaks for the force is a body of
            // its own: "L'État-major général des FARDC porte à la
            // connaissance", "le commandement général des SSPDF informe".
            let command = matches!(
                noun.flags.group.as_deref(),
                Some("general-staff" | "command")
            );
            if noun.subkind == "state_force"
                && !command
                && owner_follows(ctx, &hits, i)
            {
                continue;
            }
            let group_key =
                noun.flags.group.clone().unwrap_or(folded_noun.into());
            // "abattus par des soldats", "un militaire a été tué": an
            // indefinite soldier or policeman is one of the story's
            // forces, or a force of its own.
            let indefinite_force = matches!(
                fold_key(&ctx.text[h.span]).as_str(),
                "soldat"
                    | "soldats"
                    | "soldate"
                    | "soldates"
                    | "militaire"
                    | "militaires"
                    | "troupes"
                    | "policier"
                    | "policiers"
                    | "gendarme"
                    | "gendarmes"
            ) && match &before[..] {
                [.., "un" | "une"] => true,
                // "des" is the article after a verb or a preposition that
                // takes one ("abattus par des soldats", "blessant des
                // militaires"), "de les" after a noun ("au nom des soldats").
                [.., w, "des"] => {
                    matches!(
                        *w,
                        "par"
                            | "contre"
                            | "avec"
                            | "pour"
                            | "sur"
                            | "entre"
                            | "chez"
                    ) || [
                        "e", "es", "ee", "ees", "ant", "ent", "ait", "aient",
                        "er",
                    ]
                    .iter()
                    .any(|e| w.ends_with(e))
                        && !w.ends_with("ment")
                }
                [.., "des"] => true,
                _ => false,
            };
            // "l'enlèvement de bergers", "l'arrestation de journalistes":
            // people of a trade named bare as those a deed befell are a
            // group of their own too.
            let deed_befell = matches!(
                noun.subkind.as_ref(),
                "civilians" | "other"
            ) && ctx.text[h.span].ends_with(['s', 'x'])
                && matches!(
                    before[..],
                    [.., n, "de" | "d'"]
                        if DEED_NOUNS.contains(&n.strip_prefix("l'").unwrap_or(n))
                );
            if indefinite_force || deed_befell {
                // No group: a bare "l'armée" later names the army, not
                // these men.
                let key = format!("indef:{}", h.span.start);
                set.add(key, h.span, || {
                    Draft::plain(
                        EntityKind::Actor,
                        noun.canonical.clone(),
                        noun.subkind.clone(),
                        None,
                    )
                });
                continue;
            }
            if let (true, Some(group)) =
                (definite || multiword || person, Some(&group_key))
            {
                // The arms of an army ("l'artillerie", "leurs blindés")
                // alone are its guns, not the army; with a nationality
                // they are the army ("l'artillerie ukrainienne").
                let arm = matches!(
                    noun.canonical.as_ref(),
                    "artillerie" | "blindés"
                );
                if BARE_GROUPS.contains(&group.as_ref()) && !arm
                    || multiword
                    || person
                {
                    // "Au Tchad voisin, l'armée a annoncé …": a country set
                    // before the clause owns the bare force noun.
                    let frame = fronted_country(ctx, &set, h.span.start);
                    for (k, d) in
                        set.drafts.iter().enumerate().skip(grouped_upto)
                    {
                        if d.group.is_some() {
                            grouped.push(k);
                        }
                    }
                    grouped_upto = set.drafts.len();
                    let existing = grouped.iter().rev().copied().find(|&k| {
                        let d = &set.drafts[k];
                        d.group.as_deref() == Some(group)
                            && frame.as_ref().map_or(true, |c| {
                                d.country.as_deref() == Some(c.as_ref())
                            })
                    });
                    let owner = frame.as_ref().or(top_country.as_ref());
                    match (existing, owner) {
                        (Some(e), _) => {
                            set.add_to(e, h.span);
                            handled = true;
                        }
                        // "Des jihadistes ont attaqué l'armée près de
                        // Gao": a story that names no country still has
                        // its army, of no known country.
                        (None, owner) => {
                            let c = owner.map_or("", AsRef::as_ref);
                            let key = ["comp:", group, ":", c].concat();
                            let country = owner.cloned();
                            let g = Some(group.clone());
                            set.add(key, h.span, || Draft {
                                kind: EntityKind::Actor,
                                canonical: noun.canonical.clone(),
                                subkind: noun.subkind.clone(),
                                country,
                                row: None,
                                value: None,
                                granularity: None,
                                mentions: Vec::new(),
                                group: g,
                            });
                            handled = true;
                        }
                    }
                }
            }
            // Otherwise the same word may be a descriptor ("les civils").
            if handled || descriptors.is_empty() {
                continue;
            }
        }

        // "ministère russe de la Défense": demonym inside a multiword noun.
        if !demonyms.is_empty() {
            if let Some((span, noun, dem)) = split_noun(ctx, h, &demonyms) {
                let group = noun
                    .flags
                    .group
                    .clone()
                    .unwrap_or_else(|| fold_key(&noun.canonical).into());
                let country = dem.country.clone();
                let c = country.as_deref().unwrap_or("");
                let key = ["comp:", &group, ":", c].concat();
                let canonical = ctx.text[span].to_string();
                let subkind = noun.subkind.clone();
                let g = Some(group);
                set.add(key, span, || Draft {
                    kind: EntityKind::Actor,
                    canonical: canonical.into(),
                    subkind,
                    country,
                    row: None,
                    value: None,
                    granularity: None,
                    mentions: Vec::new(),
                    group: g,
                });
                continue;
            }
            // A capitalized plural demonym names a people: "les Palestiniens".
            let orig = &ctx.text[h.span];
            let dem = row(demonyms[0]);
            let folded_form = &ftext[h.folded.start..h.folded.end];
            let plural = match ctx.tables.demonym_forms.get(&demonyms[0]) {
                Some(forms) => forms.iter().any(|f| f == folded_form),
                None => dem.variants.get(1..).is_some_and(|v| {
                    v.iter()
                        .any(|f| crate::normalize::fold_name(f) == folded_form)
                }),
            };
            let capital = orig.chars().next().is_some_and(char::is_uppercase)
                && orig.chars().skip(1).any(char::is_lowercase);
            if plural && capital && places.is_empty() && actors.is_empty() {
                let key =
                    ["people:", dem.country.as_deref().unwrap_or("")].concat();
                let country = dem.country.clone();
                set.add(key, h.span, || {
                    Draft::plain(
                        EntityKind::Actor,
                        orig.to_string(),
                        "civilians",
                        country,
                    )
                });
            }
            if places.is_empty() && actors.is_empty() && descriptors.is_empty()
            {
                continue;
            }
        }

        // Named places.
        // Only places and actors read the words before as cues.
        let (admin_cue, town_cue, prep) =
            if places.is_empty() && actors.is_empty() {
                (false, false, false)
            } else {
                // "Province du Lac": a name whose matched form holds its
                // cue ("TCHAD – Province du Lac •").
                let own = ftext[h.folded.start..h.folded.end]
                    .split(' ')
                    .next()
                    .unwrap_or("");
                let admin_cue = ends_with_cue(&before, ADMIN_CUES)
                    || ADMIN_CUES.contains(&own);
                let town_cue = ends_with_cue(&before, SETTLEMENT_CUES);
                (
                    admin_cue,
                    town_cue,
                    has_place_prep(&before) || admin_cue || town_cue,
                )
            };
        // A name that is both a small place and an actor (a channel named
        // after a town) is the actor unless a place word precedes it.
        // "membres du Shene", "les combattants du Shene": the body one
        // belongs to, not a place.
        let member_of = matches!(
            before[..],
            [.., n, "du" | "de" | "des" | "d'"] if matches!(
                n,
                "membres"
                    | "membre"
                    | "combattants"
                    | "elements"
                    | "militants"
                    | "rangs"
                    | "chefs"
                    | "chef"
                    | "commandant"
                    | "porte-parole"
            )
        );
        // A name read as its actor before keeps that sense after a
        // preposition ("membres du Shene … impute au Shene"), not after a
        // place word.
        let read_as_actor = !admin_cue
            && !town_cue
            && actors
                .iter()
                .any(|&r| set.by_row.contains_key(&(RowKey::Actor, r)));
        let actor_wins = !actors.is_empty()
            && (!prep || member_of || read_as_actor)
            && !places.iter().any(|&r| {
                let p = row(r);
                matches!(p.subkind.as_ref(), "country" | "admin1" | "region")
                    || p.flags.population.unwrap_or(0) >= 100_000
            });
        // "l'opération Amani Boni", "opération Barkhane": a name given to
        // an operation, not where it is.
        let named_operation = before.last().is_some_and(|w| {
            matches!(
                w.strip_prefix("l'").unwrap_or(w),
                "operation" | "operations"
            )
        });
        if !places.is_empty() && !actor_wins && !named_operation {
            // "CAN 2023": a short all-capitals word is an acronym more
            // often than a small town.
            let orig = &ctx.text[h.span];
            // Not in a line of capitals, after a preposition: "À RENK,".
            let shouted_prep = || {
                prep && {
                    let lead = ctx.text[..h.span.start].trim_end();
                    let w = &lead[letters_start(lead)..];
                    !w.is_empty() && w.chars().all(char::is_uppercase)
                }
            };
            let short_caps = orig.chars().count() <= 4
                && orig
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
                && !shouted_prep()
                && !opens_dateline(ctx.text, h.span);
            // "GRÂCE À UNE MÉDIATION": in a line of capitals, a word of
            // grammar spelled like a village is that word.
            if orig.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                && matches!(
                    &ftext[h.folded.start..h.folded.end],
                    "un" | "une"
                        | "le"
                        | "la"
                        | "les"
                        | "des"
                        | "du"
                        | "de"
                        | "sur"
                        | "sous"
                        | "en"
                        | "au"
                        | "aux"
                        | "par"
                        | "pour"
                        | "avec"
                        | "dans"
                        | "et"
                        | "ou"
                        | "plus"
                        | "apres"
                        | "avant"
                        | "contre"
                        | "entre"
                        | "vers"
                )
            {
                continue;
            }
            // "dans le Lac", "dans le Sila": a division named with its
            // article, not a compass point ("dans le Nord"); looked at
            // once, for names that need a cue and have none.
            // "dans le Centre-Nord", "chef-lieu du Centre-Nord": a compound
            // of compass points is the region of the country the story is
            // about.
            let compound_region = |r: u32| {
                ctx.text[h.span].contains('-')
                    && row(r).country == top_country
                    && matches!(
                        before.last(),
                        Some(&("le" | "du" | "au" | "dans"))
                    )
            };
            let in_article = !prep
                && places.iter().any(|&r| row(r).flags.needs_cue)
                && matches!(
                    Words::before(ftext, h.folded.start, 2)[..],
                    ["dans", "le" | "la"]
                )
                && !["Nord", "Sud", "Est", "Ouest", "Centre"]
                    .iter()
                    .any(|c| ctx.text[h.span].starts_with(c));
            // "les régions du Sahel, de l'Est, du Nord": a name listed
            // after a plural cue shares it.
            let listed = !prep
                && places.iter().any(|&r| row(r).flags.needs_cue)
                && listed_after_plural_cue(ctx.text, h.span.start);
            // "près du fleuve Niger": the river, not the country.
            let river = matches!(
                before.last(),
                Some(&("fleuve" | "riviere" | "fleuves"))
            );
            let apposed = apposed_settlement(ftext, h.folded.end);
            // "en Europe", "la plus grande du Moyen-Orient": a world region
            // is named after an article or a preposition, while a menu or
            // a breadcrumb ("International › Europe › Ukraine") lists it bare.
            let article = || {
                matches!(
                    before.last(),
                    Some(
                        &("en"
                            | "au"
                            | "aux"
                            | "du"
                            | "des"
                            | "de"
                            | "d'"
                            | "l'"
                            | "le"
                            | "la"
                            | "les"
                            | "a"
                            | "vers"
                            | "dans"
                            | "pour"
                            | "sur"
                            | "et"
                            | "ou")
                    )
                ) && !matches!(
                    before[..],
                    [
                        ..,
                        "coupe" | "championnat" | "championnats" | "ligue",
                        "d'" | "de"
                    ]
                ) && article_in_lower_case(ctx.text, h.span.start)
            };
            // (Only the blanks before the name are read back to its line's
            // start: a text with no line break costs no square time.)
            let kicker = || {
                let lead = ctx.text[..h.span.start]
                    .trim_end_matches([' ', '\t', '\r', '\u{a0}']);
                (lead.is_empty() || lead.ends_with('\n'))
                    && [" : ", "\u{a0}: ", "\u{a0}:\u{a0}"]
                        .iter()
                        .any(|p| ctx.text[h.span.end..].starts_with(p))
            };
            let usable = places
                .iter()
                .copied()
                .filter(|&r| !row(r).flags.needs_article || article())
                .filter(|&r| {
                    !row(r).flags.needs_cue
                        || prep
                        || apposed
                        // Once a cue has made it this place, the name
                        // stays the place ("la ville de Nasir … des
                        // soldats de Nasir").
                        || set.by_row.contains_key(&(RowKey::Place, r))
                        // "sur Nasir et Ulang": listed with a place of
                        // its country that needs no cue.
                        || coordinated_with_place(
                            ctx,
                            h.span,
                            hits.get(i + 1).map(|n| (n.span, n.rows)),
                            &row(r).country,
                        )
                        || river && row(r).subkind == "feature"
                        // "Lac : Boko Haram frappe une île": a division
                        // named as a headline's kicker, when nothing else
                        // goes by that name.
                        || places.iter().all(|&q| row(q).flags.needs_cue)
                            && kicker()
                            && matches!(
                                row(r).subkind.as_ref(),
                                "admin1" | "admin2" | "region"
                            )
                        || (in_article || listed || compound_region(r))
                            && matches!(
                                row(r).subkind.as_ref(),
                                "admin1" | "admin2" | "region"
                            )
                })
                .filter(|&r| !short_caps || big_place(row(r)));
            if let Some(best) = usable.min_by_key(|&r| {
                let p = row(r);
                let admin = matches!(p.subkind.as_ref(), "admin1" | "admin2");
                let cue_rank = if admin_cue {
                    u32::from(!admin)
                } else if town_cue {
                    u32::from(admin)
                } else {
                    0
                };
                // A country's own name names it: "au Niger et au Nigeria"
                // is the country, not the Nigerian state, unless a cue
                // says otherwise ("l'État du Niger").
                let votes = if p.subkind == "country" {
                    3
                } else {
                    vote_of(&p.country)
                };
                (
                    !(river && p.subkind == "feature"),
                    crate::homonyms::unnamed_country(votes),
                    cue_rank,
                    std::cmp::Reverse(votes.min(3)),
                    place_rank(&p.subkind),
                    std::cmp::Reverse(p.flags.population.unwrap_or(0)),
                )
            }) {
                let p = row(best);
                // "Damas accuse", "selon Washington", "conduite par
                // l'Arabie saoudite": a country or a capital that acts or
                // speaks is its government.
                // "le Mali s'est qualifié", "en battant le Burkina Faso":
                // in a sports story a country with an article is its team.
                if p.subkind == "country"
                    && matches!(before.last(), Some(&("le" | "la" | "l'")))
                    && *sports.get_or_init(|| is_sports_story(ftext))
                {
                    let c = p.country.as_deref().unwrap_or_default();
                    let key = ["team:", c].concat();
                    let country = p.country.clone();
                    let canonical = p.canonical.clone();
                    set.add(key, h.span, || {
                        Draft::plain(
                            EntityKind::Actor,
                            canonical,
                            "other",
                            country,
                        )
                    });
                    continue;
                }
                if let Some((iso, polity)) = state_of(ctx, p, best) {
                    let listed = last_state_end.is_some_and(|end| {
                        end <= h.folded.start
                            && is_list_gap(&ftext[end..h.folded.start])
                    });
                    // "reliant Port-au-Prince à Malpasse": "à", folded to
                    // "a", is no auxiliary.
                    let grave_a = ctx.text[h.span.end..].starts_with(" à ");
                    if listed
                        || acts_as_state(ftext, h.folded, grave_a)
                        || p.subkind != "country"
                            && capitals_arms(ftext, h.folded)
                    {
                        last_state_end = Some(h.folded.end);
                        let key = match polity {
                            Some(name) => {
                                ["comp:government:", iso, ":", name].concat()
                            }
                            None => ["comp:government:", iso].concat(),
                        };
                        let country = Some(Text::Owned(iso.to_string()));
                        let canonical = match polity {
                            Some(name) => Text::Owned(name.to_string()),
                            None => ctx
                                .tables
                                .countries
                                .get(iso)
                                .map_or(&p.canonical, |&c| {
                                    &lex.row(c).canonical
                                })
                                .clone(),
                        };
                        set.add(key, h.span, || Draft {
                            kind: EntityKind::Actor,
                            canonical,
                            subkind: "government".into(),
                            country,
                            row: None,
                            value: None,
                            granularity: None,
                            mentions: Vec::new(),
                            group: Some("government".into()),
                        });
                        continue;
                    }
                }
                set.add_row(
                    RowKey::Place,
                    best,
                    || place_key(p),
                    h.span,
                    || place_draft(p, Some(best)),
                );
                continue;
            }
            if actors.is_empty() && descriptors.is_empty() {
                continue;
            }
        }

        // Named actors.
        if !actors.is_empty() {
            let best = actors
                .iter()
                .copied()
                .max_by_key(|&r| vote_of(&row(r).country))
                .unwrap_or(actors[0]);
            let a = row(best);
            // "BAMAKO, 17 septembre 2024 (AFP) -", "© AFP": an agency's
            // credit line is not the agency cited as a source, nor a
            // mention of it (annotators leave the dateline's agency
            // unmarked about three times in four).
            if a.subkind == "media" && is_credit(ctx.text, h.span) {
                continue;
            }
            // "la Cité sportive Camille-Chamoun", "l'avenue Kwame-Nkrumah":
            // a person's names joined by a hyphen that none of the row's
            // forms has name a street, a stadium or a building.
            if a.subkind == "person"
                && ctx.text[h.span].contains('-')
                && !a.names().any(|n| n.contains('-'))
                && hyphen_joins_names(&ctx.text[h.span])
            {
                continue;
            }
            // "Trois VDP ont perdu la vie": members counted by the name of
            // their force are a group of their own.
            if matches!(a.subkind.as_ref(), "armed_group" | "state_force") {
                if let Some(cs) = count_start_of() {
                    let n = crate::numbers::parse_number(
                        ctx.text[cs..h.span.start].trim(),
                    );
                    if n.is_some_and(|n| (2..1000).contains(&n)) {
                        let span = Span::new(cs, h.span.end);
                        add_counted(&mut set, ctx, span, a, a.country.clone());
                        continue;
                    }
                }
            }
            let e = set.add_row(
                RowKey::Actor,
                best,
                || actor_key(a),
                h.span,
                || Draft {
                    kind: EntityKind::Actor,
                    canonical: a.canonical.clone(),
                    subkind: a.subkind.clone(),
                    country: a.country.clone(),
                    row: Some(best),
                    value: None,
                    granularity: None,
                    mentions: Vec::new(),
                    group: None,
                },
            );
            // A militia beside the state is no antecedent of "les
            // terroristes" or "les jihadistes".
            if a.subkind == "armed_group"
                && a.flags.group.as_deref() != Some("progov")
            {
                last_named_armed = Some(e);
                let c = armed_counts.entry(e).or_insert((0, i));
                c.0 += 1;
                c.1 = i;
            }
            continue;
        }

        // Descriptor groups. Not when used as an adjective right after an
        // actor ("les forces fidèles à"), nor as a participle after an
        // auxiliary ("se sont déplacés").
        let after_actor = i > 0
            && adjacent(ftext, hits[i - 1].folded.end, h.folded.start)
            && hits[i - 1].rows.iter().any(|&(r, _)| {
                matches!(row(r).kind, RowKind::Actor | RowKind::ActorNoun)
            });
        let after_aux = before.last().is_some_and(|w| {
            matches!(
                *w,
                "est"
                    | "sont"
                    | "a"
                    | "ont"
                    | "ete"
                    | "etait"
                    | "etaient"
                    | "avait"
                    | "avaient"
                    | "s'est"
                    | "etre"
                    | "soit"
            )
        });
        // "une attaque jihadiste", "des violences jihadistes": after a
        // common noun, a descriptor is an adjective.
        // (One that opens on its own determiner is a noun phrase: "a
        // confié cet officier".)
        let determined = ["ce ", "cet ", "cette ", "ces "]
            .iter()
            .any(|p| ftext[h.folded.start..].starts_with(p));
        let adjective = !determined
            && before.last().is_some_and(|w| {
                w.chars().all(char::is_alphabetic)
                    && ctx.text[..h.span.start]
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(char::is_lowercase)
                    && !NOUN_OPENERS.contains(w)
            })
            && count_start_of().is_none();
        // "le camp de réfugiés de Nousseirat", "un site de déplacés": the
        // people name the place, they are no group of their own there.
        let names_a_site = matches!(
            before[..],
            [
                ..,
                "camp" | "camps" | "site" | "sites" | "centre" | "centres",
                "de"
            ]
        );
        // "la prise d'otages de l'hôtel": the deed, no hostages named
        // (the gold sets mark none of 7).
        let hostage_taking =
            matches!(before[..], [.., "prise" | "prises", "d'" | "de"])
                && fold_key(&ctx.text[h.span]).starts_with("otage");
        if !descriptors.is_empty()
            && !after_actor
            && !after_aux
            && !adjective
            && !names_a_site
            && !hostage_taking
        {
            let d = row(descriptors[0]);
            if d.flags.deed_only() && !deed_follows(&ftext[h.folded.end..]) {
                continue;
            }
            // "Hussein al-Tawil, responsable local": a role after a name
            // describes the person.
            if d.subkind == "other" && follows_name(ctx.text, h.span.start) {
                continue;
            }
            // "sans faire de victime", "aucune victime": no one.
            if d.canonical == "victimes"
                && matches!(
                    &before[..],
                    [.., "aucune" | "aucun" | "sans"]
                        | [.., "faire" | "fait" | "causer" | "cause", "de"]
                        | [.., "pas", "de"]
                        | [.., "sans", "de"]
                )
            {
                continue;
            }
            // "les jeunes de l'Armée blanche", "des hommes du 3R": members
            // of the force named after, not civilians, when not counted.
            let force_after = hits.get(i + 1).and_then(|n| {
                if !matches!(
                    ftext[h.folded.end..n.folded.start].trim(),
                    "de" | "du" | "des" | "de la" | "de l'" | "d'"
                ) {
                    return None;
                }
                n.rows.iter().find_map(|&(r, p)| {
                    (!p && row(r).kind == RowKind::Actor
                        && matches!(
                            row(r).subkind.as_ref(),
                            "armed_group" | "state_force"
                        ))
                    .then_some(r)
                })
            });
            if d.subkind == "civilians" && count_start_of().is_none() {
                if let Some(r) = force_after {
                    let a = row(r);
                    add_named(&mut set, a, r, h.span);
                    continue;
                }
            }
            if let Some(cs) = count_start_of() {
                // "61 morts et 159 blessés": the wounded of a toll are a
                // figure, not a group that acts.
                if d.flags.counted_only()
                    && d.canonical == "blessés"
                    && in_toll(ftext, ctx.folded.from_original(cs))
                {
                    continue;
                }
                let span = Span::new(cs, h.span.end);
                // A counted demonym may follow: "civils palestiniens".
                let span = match next_demonym {
                    Some(_) => {
                        consumed[i + 1] = true;
                        Span::new(span.start, hits[i + 1].span.end)
                    }
                    None => span,
                };
                let e =
                    add_counted(&mut set, ctx, span, d, top_country.clone());
                // "avait déployé quelque 10 000 hommes en RDC", "a dépêché
                // 300 hommes": men sent are troops.
                if d.canonical == "hommes"
                    && set.drafts[e].subkind == "civilians"
                    && Words::before(ftext, ctx.folded.from_original(cs), 2)
                        .iter()
                        .any(|w| {
                            ["deploy", "depech", "envoy", "mobilis", "mass"]
                                .iter()
                                .any(|v| w.starts_with(v))
                        })
                {
                    set.drafts[e].subkind = "state_force".into();
                }
                last_counted.insert(d.canonical.as_ref(), e);
                continue;
            }
            if d.flags.counted_only() {
                // "dont un pêcheur", "tuant un homme", "la mort d'un
                // citoyen", "un enfant a été tué": one victim, counted.
                if let Some(start) = single_victim_at(ctx.text, h.span) {
                    add_counted(
                        &mut set,
                        ctx,
                        Span::new(start, h.span.end),
                        d,
                        top_country.clone(),
                    );
                    continue;
                }
                // "un commerçant de Rutshuru", "aucun civil", "son
                // chauffeur": one person of a trade or age, the noun alone;
                // not "Issiaka Bio Sanni, un cultivateur" (the person
                // named).
                if one_civilian(
                    d,
                    &ctx.text[h.span],
                    &before,
                    &ctx.text[h.span.end..],
                ) && {
                    let head = ctx.text[..h.span.start]
                        .trim_end_matches([' ', '\u{a0}', '\'', '’']);
                    !follows_name(ctx.text, letters_start(head))
                } {
                    // "un commerçant … le commerçant": a definite article
                    // or a possessive takes up the one told of before;
                    // "un", "aucun" tell of a new one.
                    let noun = crate::normalize::fold_name(&ctx.text[h.span]);
                    let fresh = matches!(
                        before.last(),
                        Some(
                            &("un"
                                | "une"
                                | "d'un"
                                | "d'une"
                                | "aucun"
                                | "aucune")
                        )
                    );
                    let key = if fresh {
                        let key = counted_key(h.span.start);
                        last_one.insert(noun, key.clone());
                        key
                    } else {
                        last_one
                            .get(&noun)
                            .cloned()
                            .unwrap_or_else(|| ["one:", &noun].concat())
                    };
                    set.add(key, h.span, || Draft {
                        kind: EntityKind::Actor,
                        canonical: ctx.text[h.span].to_string().into(),
                        subkind: d.subkind.clone(),
                        country: top_country.clone(),
                        row: None,
                        value: None,
                        granularity: None,
                        mentions: Vec::new(),
                        group: None,
                    });
                    continue;
                }
                // "des commerçants ont été enlevés", "les agriculteurs de
                // la zone": people of a trade or age taken as a whole,
                // one group however often told.
                if !bare_civilian_group(
                    d,
                    &Words::before(ftext, h.folded.start, 3),
                ) || subset_told(ftext, h.folded.start)
                {
                    continue;
                }
                if let Some(&e) = last_counted.get(d.canonical.as_ref()) {
                    set.add_to(e, h.span);
                    continue;
                }
            }
            // "dans la municipalité d'Aguililla": the municipality as a
            // territory, where things happen, not the town hall.
            if d.canonical == "mairie"
                && matches!(
                    Words::before(ftext, h.folded.start, 2)[..],
                    ["dans", "la"]
                )
                && {
                    let rest = ctx.text[h.span.end..].trim_start();
                    ["de ", "d'", "d’", "du "].iter().any(|p| {
                        rest.strip_prefix(p).is_some_and(|r| {
                            r.trim_start().starts_with(char::is_uppercase)
                        })
                    })
                }
            {
                continue;
            }
            let mut span = h.span;
            let mut country =
                d.country.clone().or_else(|| top_country.clone());
            if let Some(dn) = next_demonym {
                consumed[i + 1] = true;
                span = Span::new(span.start, hits[i + 1].span.end);
                country = row(dn).country.clone();
            }
            // "les terroristes de Daech", "des combattants de Boko Haram":
            // the armed group named right after.
            let armed_descriptor = d.flags.anaphor
                || matches!(
                    d.subkind.as_ref(),
                    "armed_group" | "unidentified_armed_group"
                );
            // The hit from `k + 1` on that names an actor, with nothing
            // but one or two adjectives between it and hit `k` ("la milice
            // CODECO", "le mouvement chiite Hezbollah", "le mouvement
            // islamiste palestinien Hamas").
            let apposed_name = |k: usize| {
                (k + 1..hits.len().min(k + 4)).find(|&j| {
                    let n = &hits[j];
                    let gap = ftext[hits[k].folded.end..n.folded.start].trim();
                    gap.split(' ').count() <= 2
                        && (gap.is_empty()
                            || gap.split(' ').all(apposed_adjective))
                        && n.rows
                            .iter()
                            .any(|&(r, p)| !p && row(r).kind == RowKind::Actor)
                })
            };
            let armed_row = |n: &Hit<'_>| {
                n.rows.iter().copied().find(|&(r, p)| {
                    !p && row(r).kind == RowKind::Actor
                        && row(r).subkind == "armed_group"
                })
            };
            // The next hit, or the one after a demonym ("du groupe russe
            // Wagner").
            let next_named = hits.get(i + 1).and_then(|n| {
                let demonym_only = n
                    .rows
                    .iter()
                    .all(|&(r, _)| row(r).kind == RowKind::Demonym);
                if demonym_only {
                    hits.get(i + 2)
                } else {
                    Some(n)
                }
            });
            let named_after =
                next_named.filter(|_| armed_descriptor).and_then(|n| {
                    let gap = ftext[h.folded.end..n.folded.start].trim();
                    // "des assaillants de la milice CODECO": the name after
                    // a second, apposed descriptor.
                    if matches!(gap, "de la" | "du" | "des" | "de l'")
                        && n.rows.iter().any(|&(r, p)| {
                            !p && row(r).kind == RowKind::Descriptor
                                && row(r).subkind == "armed_group"
                        })
                    {
                        if let Some(j) = apposed_name(i + 1) {
                            if let Some(found) = armed_row(&hits[j]) {
                                consumed[i + 1..j]
                                    .iter_mut()
                                    .for_each(|c| *c = true);
                                return Some(found);
                            }
                        }
                    }
                    // "sa branche dissidente, l'État islamique en
                    // Afrique de l'Ouest": an apposition names it too.
                    let gap = gap
                        .strip_suffix(" l'")
                        .or_else(|| gap.strip_suffix(" le"))
                        .or_else(|| gap.strip_suffix(" la"))
                        .unwrap_or(gap);
                    // "des jihadistes du groupe Etat islamique",
                    // "mercenaires du groupe russe Wagner": the name after a
                    // collective noun and an adjective.
                    let collective = ["du ", "de la ", "de l'", "des "]
                        .iter()
                        .find_map(|p| gap.strip_prefix(p))
                        .is_some_and(|rest| {
                            let mut ws = rest.split(' ');
                            ws.next().is_some_and(|w| {
                                matches!(
                                    w,
                                    "groupe"
                                        | "organisation"
                                        | "mouvement"
                                        | "milice"
                                        | "coalition"
                                        | "alliance"
                                        | "branche"
                                        | "faction"
                                        | "rebellion"
                                )
                            }) && ws.clone().count() <= 1
                                && ws.all(|w| {
                                    w.len() > 2
                                        && w.bytes().all(|b| {
                                            b.is_ascii_lowercase() || b == b'-'
                                        })
                                })
                        });
                    if !collective
                        && !matches!(
                            gap,
                            "de" | "du" | "des" | "d'" | "de l'" | ","
                        )
                    {
                        return None;
                    }
                    armed_row(n)
                });
            // A descriptor right before the name, or before one or two
            // adjectives and the name, is part of it, not a mention of its
            // own.
            if armed_descriptor && named_after.is_none() {
                if let Some(j) = apposed_name(i) {
                    consumed[i + 1..j].iter_mut().for_each(|c| *c = true);
                    continue;
                }
            }
            if let Some((r, _)) = named_after {
                let a = row(r);
                add_named(&mut set, a, r, h.span);
                continue;
            }
            // "une milice rivale", "un autre groupe armé", "arrêté par une
            // milice": a group of its own, not the one named before.
            let new_referent = {
                let before = Words::before(ftext, h.folded.start, 2);
                let after = ftext[h.folded.end..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                matches!(
                    after,
                    "rivale"
                        | "rival"
                        | "rivaux"
                        | "rivales"
                        | "concurrente"
                        | "concurrent"
                        | "concurrents"
                        | "adverse"
                        | "adverses"
                        | "ennemie"
                        | "ennemies"
                ) || matches!(
                    before.last().copied(),
                    // "au moins cinq anciens guérilleros": former members
                    // are no longer the group's.
                    Some("autre" | "autres" | "anciens" | "anciennes" | "ex")
                ) || matches!(
                    &before[..],
                    [.., "par" | "contre" | "avec", "un" | "une"]
                )
            };
            if d.flags.anaphor && !new_referent {
                // "la coalition" after "la coalition arabe", "le mouvement"
                // after "le Mouvement du 23 mars": the named actor, seen
                // last, whose name starts with the descriptor's noun.
                let head = fold_key(&d.canonical);
                let named_like =
                    set.last_mentioned_before(h.span.start, |k, x| {
                        x.kind == EntityKind::Actor
                            && x.row.is_some()
                            && folded_names
                                .get(k, &x.canonical)
                                .strip_prefix(head.as_str())
                                .is_some_and(|rest| rest.starts_with(' '))
                    });
                if let Some(e) = named_like {
                    set.add_to(e, span);
                    continue;
                }
            }
            // "des dozos de Dan Na Ambassagou ont affronté les jihadistes
            // du JNIM … selon un cadre de la milice": a militia is the
            // pro-government one told last, never a jihadist group.
            if d.flags.anaphor && d.canonical == "milice" && !new_referent {
                let lo = h.span.start.saturating_sub(1_500);
                let militia = set.last_mention_where(
                    h.span.start,
                    |_, x| {
                        x.kind == EntityKind::Actor
                            && x.row.is_some_and(|r| {
                                row(r).flags.group.as_deref() == Some("progov")
                            })
                    },
                    |m| m.start >= lo,
                );
                if let Some((_, e)) = militia {
                    set.add_to(e, span);
                    continue;
                }
            }
            // Else the armed group named most often so far (the most
            // recent on a tie), for descriptors of armed groups.
            if d.flags.anaphor && d.subkind == "armed_group" && !new_referent {
                // "Les FDS accusent les rebelles d'avoir …": the accused are
                // not the accuser named right before the verb.
                let accuser = {
                    let w = Words::before(ftext, h.folded.start, 2);
                    let accusing = matches!(
                        &w[..],
                        [v, "les" | "le" | "la" | "l'" | "des"]
                            if v.starts_with("accus")
                    );
                    // The space before the verb: the actor told last
                    // before it is the accuser.
                    let verb_at = || {
                        let head = ftext[..h.folded.start].trim_end();
                        let article = head.rfind(' ')?;
                        head[..article].trim_end().rfind(' ')
                    };
                    if accusing {
                        verb_at().and_then(|v| {
                            set.last_nearby_before(
                                ctx.folded.original_start(v),
                                1,
                                |x| x.kind == EntityKind::Actor,
                            )
                        })
                    } else {
                        None
                    }
                };
                let best = armed_counts
                    .iter()
                    .filter(|(e, _)| Some(**e) != accuser)
                    .max_by_key(|(e, (n, last))| (*n, *last, usize::MAX - **e))
                    .map(|(e, _)| *e);
                let fallback =
                    last_named_armed.filter(|e| Some(*e) != accuser);
                if let Some(e) = best.or(fallback) {
                    set.add_to(e, span);
                    continue;
                }
                // "l'ennemi" with no armed group named: the armed actor told
                // last, or a foreign army ("l'armée russe … l'ennemi").
                if d.canonical == "ennemi" {
                    let foe = set.last_nearby_before(h.span.start, 64, |x| {
                        x.kind == EntityKind::Actor
                            && (matches!(
                                x.subkind.as_ref(),
                                "armed_group" | "unidentified_armed_group"
                            ) || x.subkind == "state_force"
                                && x.country.is_some()
                                && x.country != top_country)
                    });
                    if let Some(e) = foe {
                        set.add_to(e, span);
                        continue;
                    }
                }
            }
            // "entre 25 et 30 hommes armés … les assaillants": the first
            // bare descriptor of unnamed attackers is the group counted
            // before, when one was (and the next ones with it).
            if d.subkind == "unidentified_armed_group"
                && !set.by_key.contains_key("desc:unidentified")
            {
                let counted = set.drafts.iter().rposition(|x| {
                    x.kind == EntityKind::Actor
                        && x.row.is_none()
                        && x.subkind == "unidentified_armed_group"
                        && x.mentions.iter().any(|m| m.end <= span.start)
                });
                if let Some(e) = counted {
                    set.by_key.insert("desc:unidentified".to_string(), e);
                    set.add_to(e, span);
                    continue;
                }
            }
            // A descriptor of a group of nouns with a country of its own
            // ("des colons") is the entity that group's nouns make for
            // that country ("colons israéliens").
            let group = d
                .flags
                .group
                .as_deref()
                .filter(|g| *g != "counted" && d.country.is_some());
            let key = || {
                if let (Some(g), Some(c)) = (group, d.country.as_deref()) {
                    ["comp:", g, ":", c].concat()
                } else if d.subkind == "unidentified_armed_group" {
                    "desc:unidentified".to_string()
                } else {
                    ["desc:", &fold_key(&d.canonical)].concat()
                }
            };
            set.add_row(RowKey::Descriptor, descriptors[0], key, span, || {
                Draft {
                    kind: EntityKind::Actor,
                    canonical: d.canonical.clone(),
                    subkind: d.subkind.clone(),
                    country,
                    row: Some(descriptors[0]),
                    value: None,
                    granularity: None,
                    mentions: Vec::new(),
                    group: group.map(|g| Text::Owned(g.to_string())),
                }
            });
        }
    }
    // Where titles, roles, place words and location cues start: one
    // pass over the text for the passes below.
    let lits = LitHits::scan(ctx.text);
    add_bare_capitals(ctx, &mut set, top_country.as_deref());
    add_named_facilities(ctx, &mut set);
    add_cued_places(ctx, &mut set, &lits, top_country.as_deref());
    add_apposed_towns(ctx, &mut set, top_country.as_deref());
    add_streets(ctx, &mut set, top_country.as_deref());
    add_facilities(ctx, &mut set, &lits);
    add_determined_sites(ctx, &mut set);
    add_struck_sites(ctx, &mut set);
    add_named_vessels(ctx, &mut set);
    add_cited_sources(ctx, &mut set);
    add_acronym_bodies(ctx, &mut set);
    add_letterhead_bodies(ctx, &mut set);
    add_named_institutions(ctx, &mut set);
    add_numbered_units(ctx, &mut set);
    add_taken_places(ctx, &mut set, top_country.as_deref());
    add_apposed_persons(ctx, &mut set);
    add_located_names(ctx, &mut set, &lits, top_country.as_deref());
    add_listed_towns(ctx, &mut set, top_country.as_deref());
    add_titled_persons(ctx, &mut set, &lits);
    add_alias_persons(ctx, &mut set);
    add_line_lead_persons(ctx, &mut set);
    add_role_led_persons(ctx, &mut set);
    add_speaker_labels(ctx, &mut set);
    add_credited_persons(ctx, &mut set);
    link_speaker_anaphors(ctx.text, &mut set);
    link_titles(ctx, &mut set, &titles);
    add_quoted_aliases(ctx, &mut set);
    link_named_armies(ctx, &mut set);
    link_peacekeepers(ctx, &mut set);
    add_persons_over_places(ctx, &mut set, cands);
    add_places_picked_from_plural(ctx, &mut set, top_country.as_deref());
    add_listed_places(ctx, &mut set, top_country.as_deref());
    add_posts_towns(ctx, &mut set, top_country.as_deref());
    add_bare_towns(ctx, &mut set);
    add_bare_sites(ctx, &mut set);
    site_seats_of_power(ctx, &mut set, top_country.as_deref());
    add_apposed_seats(ctx, &mut set);
    join_self_ruled_to_bodies(ctx, &mut set);
    join_branches_to_groups(ctx, &mut set);
    grow_fighters_into_groups(ctx, &mut set);
    add_counted_others(ctx, &mut set);
    link_counted_again(ctx, &mut set);
    add_unnamed_spokespersons(ctx, &mut set);
    add_bare_bodies(ctx, &mut set);
    add_apposed_titles(ctx, &mut set);
    split_cued_divisions(ctx, &mut set);
    drop_media_words_before_names(ctx, &mut set);
    link_lone_surnames(ctx.text, &mut set);
    set
}

/// "Le porte-parole, Wilfried Houngbédji, … a assuré M. Houngbédji": a
/// person named by a surname alone, after one person (and one only) was
/// named in full with it, is that person, whichever rule found each.
fn link_lone_surnames(text: &str, set: &mut EntitySet) {
    let person = |d: &Draft| {
        d.kind == EntityKind::Actor
            && d.subkind == "person"
            && !d.mentions.is_empty()
    };
    // Folded surname → (the full name's entity, its first mention), or
    // None when two persons share it.
    let mut full: HashMap<String, Option<(usize, usize)>> = HashMap::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if !person(d) {
            continue;
        }
        // The names it is given in full ("le porte-parole du gouvernement,
        // Wilfried Houngbédji": the name, not the title).
        for m in &d.mentions {
            let name = &text[m.start..m.end];
            let Some(last) = name.split_whitespace().last() else {
                continue;
            };
            if !name.contains(' ')
                || !name.starts_with(char::is_uppercase)
                || !last.starts_with(char::is_uppercase)
                || last.chars().count() < 4
            {
                continue;
            }
            full.entry(fold_key(last))
                .and_modify(|v| {
                    if v.is_some_and(|(x, _)| x != e) {
                        *v = None;
                    }
                })
                .or_insert(Some((e, m.start)));
        }
    }
    if full.is_empty() {
        return;
    }
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if !person(d)
            || d.canonical.contains(' ')
            || !d.canonical.starts_with(char::is_uppercase)
        {
            continue;
        }
        if let Some(Some((to, first))) = full.get(&fold_key(&d.canonical)) {
            if *to != e && *first < d.mentions[0].start {
                moves.push((e, *to));
            }
        }
    }
    for (from, to) in moves {
        set.move_mentions(from, to);
    }
}

/// Nouns (folded) of deeds done to people, whose "de" names them bare:
/// "l'enlèvement de bergers", "des assassinats de commerçants".
const DEED_NOUNS: &[&str] = &[
    "enlevement",
    "enlevements",
    "rapt",
    "rapts",
    "assassinat",
    "assassinats",
    "meurtre",
    "meurtres",
    "massacre",
    "massacres",
    "execution",
    "executions",
    "arrestation",
    "arrestations",
    "interpellation",
    "interpellations",
    "liberation",
    "detention",
    "expulsion",
    "expulsions",
];

/// "la télévision publique Télé Sahel", "la radio nationale ORTM": the
/// words that say what kind of outlet a named one is are no outlet of
/// their own.
fn drop_media_words_before_names(ctx: &Context<'_>, set: &mut EntitySet) {
    // (Most texts cite no outlet: their mentions are not listed.)
    if !set.drafts.iter().any(|d| d.subkind == "media") {
        return;
    }
    let text = ctx.text;
    let mentions = set.mentions();
    let drops: Vec<(Span, usize)> = mentions
        .windows(2)
        .filter_map(|w| {
            let ((m1, e1), (m2, e2)) = (w[0], w[1]);
            let (d1, d2) = (&set.drafts[e1], &set.drafts[e2]);
            (e1 != e2
                && d1.kind == EntityKind::Actor
                && d2.kind == EntityKind::Actor
                && d1.subkind == "media"
                && d2.subkind == "media"
                && m1.end <= m2.start
                && text[m1.end..m2.start].chars().all(|c| c == ' ')
                && text[m1].starts_with(char::is_lowercase)
                && text[m2].starts_with(char::is_uppercase))
            .then_some((m1, e1))
        })
        .collect();
    for (m, e) in drops {
        set.drop_where(m, |_, _, i| i == e);
    }
}

/// "les forces du Puntland", "le ministère de la Défense du Somaliland":
/// a body of a self-ruling region ([`SELF_RULED`]) is named with it, one
/// actor mention over both, as a state's own forces would be.
fn join_self_ruled_to_bodies(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut joins: Vec<(usize, Span, usize, Span)> = Vec::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Place
            || d.subkind != "region"
            || !SELF_RULED.iter().any(|(c, n, p)| {
                d.country.as_deref() == Some(*c) && n == p && *n == d.canonical
            })
        {
            continue;
        }
        for &m in &d.mentions {
            let lead = &text[..m.start];
            let Some(body_end) = ["du ", "de la ", "de l'", "de l’"]
                .iter()
                .find_map(|p| lead.strip_suffix(p))
                .and_then(|l| l.strip_suffix(' '))
                .map(str::len)
            else {
                continue;
            };
            let Some(&(s, end, a)) = set.spans.last_before(body_end) else {
                continue;
            };
            let body = &set.drafts[a];
            if end == body_end
                && body.kind == EntityKind::Actor
                && matches!(
                    body.subkind.as_ref(),
                    "state_force" | "government"
                )
            {
                joins.push((a, Span::new(s, end), e, m));
            }
        }
    }
    set.grow_over_places(&joins);
}

/// "l'EI-Somalie", "Daech-Khorasan": an armed group joined by a hyphen to
/// a place names its branch there, one actor mention over both.
fn join_branches_to_groups(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut joins: Vec<(usize, Span, usize, Span)> = Vec::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Place {
            continue;
        }
        for &m in &d.mentions {
            let Some(group_end) =
                text[..m.start].strip_suffix('-').map(str::len)
            else {
                continue;
            };
            let Some(&(s, end, a)) = set.spans.last_before(group_end) else {
                continue;
            };
            let group = &set.drafts[a];
            // The place ends the word: "EI-Somalie", not "EI-Somalie-Nord".
            let ends = text[m.end..]
                .chars()
                .next()
                .map_or(true, |c| !(c.is_alphanumeric() || c == '-'));
            if end == group_end
                && ends
                && group.kind == EntityKind::Actor
                && group.subkind == "armed_group"
            {
                joins.push((a, Span::new(s, end), e, m));
            }
        }
    }
    set.grow_over_places(&joins);
}

/// "des combattants Fano", "des éléments shebab": a noun of fighters
/// right before a named armed group is part of its mention, as "les
/// miliciens Fano" is.
fn grow_fighters_into_groups(ctx: &Context<'_>, set: &mut EntitySet) {
    const FIGHTERS: &[&str] =
        &["combattants", "combattant", "éléments", "militants", "militant"];
    let text = ctx.text;
    // (entity, old start, new start, end)
    let mut grown: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Actor
            || d.subkind != "armed_group"
            || d.row.is_none()
        {
            continue;
        }
        for m in &d.mentions {
            let lead = &text[..m.start];
            let Some(lead) = lead.strip_suffix(' ') else { continue };
            let Some(noun) = FIGHTERS.iter().find(|n| {
                lead.ends_with(**n) || lead.ends_with(&n.to_uppercase())
            }) else {
                continue;
            };
            let from = lead.len() - noun.len();
            // A whole word, with no mention over it.
            if text[..from]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                || set.spans.last_before(m.start).is_some_and(|p| p.1 > from)
            {
                continue;
            }
            grown.push((e, m.start, from, m.end));
        }
    }
    if grown.is_empty() {
        return;
    }
    let respan: std::collections::HashMap<usize, Span> =
        grown.iter().map(|g| (g.1, Span::new(g.2, g.3))).collect();
    set.respan_mentions(grown.iter().map(|g| g.0).collect(), &respan);
    for (_, old, new, _) in grown {
        if let Ok(k) = set.spans.find(old) {
            set.spans.0[k].0 = new;
        }
    }
}

/// The division or camp a cue names after a town's name: "le district de
/// Mecula" beside "près de Mecula", "la région de Kayes" beside "à
/// Kayes", "le camp de déplacés de Tawila" beside "à Tawila". A mention
/// of a town, city or village after a division word or a camp names the
/// division or camp: a place of its own (admin1, admin2, camp) when other
/// mentions name the settlement, the entity itself when all do.
fn split_cued_divisions(ctx: &Context<'_>, set: &mut EntitySet) {
    let ftext = ctx.folded.text.as_str();
    let level = |span: Span| -> Option<&'static str> {
        let f = ctx.folded.from_original(span.start);
        // "le camp de déplacés de Tawila" beside the town of Tawila.
        let w4 = Words::before(ftext, f, 4);
        if let ["camp" | "camps" | "site" | "sites", "de", "deplaces" | "refugies", "de" | "d'" | "du"] =
            &w4[..]
        {
            return Some("camp");
        }
        let w = Words::before(ftext, f, 2);
        match &w[..] {
            [c, "de" | "du" | "d'"] => match *c {
                "district" | "territoire" | "departement" | "cercle"
                | "prefecture" | "comte" | "arrondissement" => Some("admin2"),
                "province" | "region" | "gouvernorat" | "wilaya" | "etat" => {
                    Some("admin1")
                }
                _ => None,
            },
            _ => None,
        }
    };
    let mut moves: Vec<(usize, Vec<(Span, &'static str)>)> = Vec::new();
    for (i, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Place
            || !matches!(d.subkind.as_ref(), "city" | "town" | "village")
        {
            continue;
        }
        let cued: Vec<(Span, &'static str)> = d
            .mentions
            .iter()
            .filter_map(|&m| level(m).map(|l| (m, l)))
            .collect();
        if !cued.is_empty() {
            moves.push((i, cued));
        }
    }
    for (i, cued) in moves {
        let all = cued.len() == set.drafts[i].mentions.len();
        let first = cued[0].1;
        if all && cued.iter().all(|c| c.1 == first) {
            set.drafts[i].subkind = Text::Borrowed(first);
            set.drafts[i].group = Some("town-division".into());
            continue;
        }
        let name = ctx.text[cued[0].0].to_string();
        let country = set.drafts[i].country.clone();
        let mut gone: Vec<Span> = Vec::with_capacity(cued.len());
        for (span, lvl) in cued {
            let key = ["division:", lvl, ":", &fold_key(&name)].concat();
            let e = set.entity(key, || Draft {
                // As precise as the town it is named after: events in two
                // such places are two happenings.
                group: Some("town-division".into()),
                ..Draft::plain(
                    EntityKind::Place,
                    if lvl == "camp" {
                        format!("camp de {name}")
                    } else {
                        name.clone()
                    },
                    Text::Borrowed(lvl),
                    country.clone(),
                )
            });
            set.drafts[e].mentions.push(span);
            set.spans.insert(span.start, span.end, e);
            gone.push(span);
        }
        gone.sort_unstable();
        set.drafts[i].mentions.retain(|m| gone.binary_search(m).is_err());
    }
}

/// Capitalized words that begin a place's name ("Camp Boiro", "Tal Afar",
/// "Deir Ez-Zor") or are function words at the head of a clause ("A Gao",
/// without the accent): before a place, they do not make a person's name.
const PLACE_NAME_HEADS: &[&str] = &[
    "a",
    "au",
    "aux",
    "en",
    "dans",
    "de",
    "des",
    "du",
    "le",
    "la",
    "les",
    "vers",
    "selon",
    "pres",
    "depuis",
    "pour",
    "sur",
    "entre",
    "par",
    "et",
    "ou",
    "hier",
    "camp",
    "stade",
    "hopital",
    "lycee",
    "college",
    "aeroport",
    "universite",
    "place",
    "mont",
    "monts",
    "lac",
    "fort",
    "port",
    "cap",
    "pont",
    "porte",
    "grand",
    "grande",
    "petit",
    "petite",
    "haut",
    "haute",
    "bas",
    "basse",
    "nord",
    "sud",
    "est",
    "ouest",
    "nouveau",
    "nouvelle",
    "vieux",
    "saint",
    "sainte",
    "cheikh",
    "sidi",
    "ras",
    "tell",
    "tal",
    "bir",
    "ain",
    "beit",
    "kafr",
    "kfar",
    "deir",
    "abu",
    "abou",
    "jabal",
    "djebel",
    "jebel",
    "oued",
    "wadi",
    "al",
    "el",
    "ben",
    "bani",
    "beni",
    "khan",
    "tel",
    "bab",
    "um",
    "umm",
    "oum",
    "ville",
    "province",
    "region",
    "district",
    "commune",
    "village",
    "quartier",
    "route",
    "rue",
    "avenue",
    "boulevard",
    "gare",
    "base",
    "prison",
    "ecole",
    "marche",
    "pays",
    "republique",
    "etat",
    "royaume",
    "sultanat",
    "emirat",
];

/// Whether the name at `at` is one of a list that a plural division cue
/// opens: "les régions du Sahel, de l'Est, du Nord et de la Boucle du
/// Mouhoun". Between the cue and the name lie only other capitalized
/// names, commas, "et" and the articles of "de"; at least one comma or
/// "et" (the first name right after the cue has its cue already). Reads
/// at most 160 bytes back.
fn listed_after_plural_cue(text: &str, at: usize) -> bool {
    let from = stretch_before(text, at, 160, 0);
    let window = &text[from..at];
    let mut joined = false;
    let mut names = 0;
    for w in window
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .rev()
        .filter(|w| !w.is_empty())
    {
        let w = match w.strip_suffix(',') {
            Some(w) => {
                joined = true;
                w
            }
            None => w,
        };
        let lower = w.to_lowercase();
        match lower.as_str() {
            "régions" | "regions" | "provinces" | "départements"
            | "departements" | "districts" | "gouvernorats"
            | "préfectures" | "prefectures" => {
                return joined && names > 0;
            }
            "et" => joined = true,
            "de" | "du" | "des" | "d" | "l" | "la" | "le" => {}
            _ if w.chars().next().is_some_and(char::is_uppercase) => {
                names += 1;
                if names > 8 {
                    return false;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether the place name at `span` is listed ("X et Y", "X, Y") with the
/// next hit, a place of the same country that needs no cue.
fn coordinated_with_place(
    ctx: &Context<'_>,
    span: Span,
    next: Option<(Span, &[(u32, bool)])>,
    country: &Option<Text>,
) -> bool {
    let Some((n, rows)) = next else { return false };
    if country.is_none() || n.start < span.end {
        return false;
    }
    let gap = &ctx.text[span.end..n.start];
    // ("les habitants de Kenscoff, de Furcy et de Fermathe": the
    // preposition said again, where no plural cue before shares its
    // kind: "des comtés de Nasir et d'Ulang".)
    let repeated = matches!(
        gap,
        " et de " | ", de " | " et d'" | " et d’" | " et à " | ", à "
    ) && !listed_after_plural_cue(ctx.text, span.start)
        && !after_plural_division(ctx.text, span.start);
    (matches!(gap, " et " | ", " | " ou ") || repeated)
        && rows.iter().any(|&(r, prefix)| {
            let p = ctx.lexicon.row(r);
            !prefix
                && p.kind == RowKind::Place
                && !p.flags.needs_cue
                && &p.country == country
                && !matches!(p.subkind.as_ref(), "country")
        })
}

/// Whether the name at byte `at` follows the plural noun of a division
/// and its "de": "des comtés de Nasir", "les villages d'Ouro" (a noun of
/// [`ADMIN_CUES`] or [`SETTLEMENT_CUES`], or a sector, zone or camp).
fn after_plural_division(text: &str, at: usize) -> bool {
    let from = stretch_before(text, at, 40, 0);
    let lead = text[from..at].trim_end();
    let Some(lead) =
        ["de", "d'", "d’", "du"].iter().find_map(|p| lead.strip_suffix(p))
    else {
        return false;
    };
    let noun = lead.trim_end().rsplit(' ').next().unwrap_or("");
    let noun = crate::normalize::fold(noun).text;
    noun.len() > 3
        && noun.ends_with(['s', 'x'])
        && ADMIN_CUES
            .iter()
            .chain(SETTLEMENT_CUES)
            .chain(&["secteur", "zone", "camp"])
            .any(|n| noun.starts_with(n))
}

/// Whether `rest` opens on one space and a capitalized word of three
/// letters or more whose other letters are lowercase ("Porochenko").
fn name_word_follows(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else { return false };
    let Some(first) = r.chars().next().filter(|c| c.is_uppercase()) else {
        return false;
    };
    let tail = &r[first.len_utf8()..];
    let tail = &tail[..tail
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(tail.len())];
    tail.chars().count() >= 2
        && tail.chars().all(|c| c.is_lowercase() || c == '-')
}

/// "un chef de milice, Babakura Kolo", "le gouverneur Uba Sani": a small
/// place whose name follows another capitalized word, inside a sentence,
/// is the surname of a person named by both words.
fn add_persons_over_places(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    cands: &[Candidate],
) {
    let text = ctx.text;
    // (name span, whether a big city's name ends it)
    let mut found: Vec<(Span, bool)> = Vec::new();
    // (the person, its mention, the place, the place's mention right
    // after it)
    let mut longer: Vec<(usize, Span, usize, Span)> = Vec::new();
    for (m, i) in set.mentions() {
        let d = &set.drafts[i];
        let Some(r) = d.row.filter(|_| d.kind == EntityKind::Place) else {
            continue;
        };
        // A small place; or a city whose name a comma ends ("le
        // porte-parole de la police, Musa Bello, a dit", "Faadumo Cali,
        // une commerçante").
        let r = ctx.lexicon.row(r);
        // "Pingdwendé Gilbert OUÉDRAOGO": a surname in capitals after it,
        // as a signature or an official list writes it.
        let caps = caps_surname_len(&text[m.end..]);
        let big_city = big_place(r)
            && matches!(r.subkind.as_ref(), "city" | "town")
            && !r.flags.case_sensitive
            && (name_closes(&text[m.end..]) || caps > 0);
        if big_place(r) && !big_city {
            continue;
        }
        // One plain space between the two words.
        let Some(head) = text[..m.start].strip_suffix(' ') else {
            continue;
        };
        let word_start = letters_start(head);
        let word = &head[word_start..];
        let mut chars = word.chars();
        let capitalized = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
            && chars.all(char::is_lowercase);
        // "Joaquín Guzmán López": the surname after a person already
        // named by the words before.
        if capitalized && !big_city {
            if let Some(&(s, e, j)) = set.spans.last_before(head.len()) {
                let d = &set.drafts[j];
                if e == head.len()
                    && d.kind == EntityKind::Actor
                    && d.subkind == "person"
                    && text[s..e].contains(' ')
                {
                    longer.push((j, Span::new(s, e), i, m));
                    continue;
                }
            }
        }
        if !capitalized
            || PLACE_NAME_HEADS.contains(&fold_key(word).as_str())
            || set.covers(Span::new(word_start, m.start))
            // A gazetteer name starts there ("Paris Mitiga", "Ansongo
            // Ménaka"): one more place, not a given name (the candidates
            // come in text order).
            || cands
                .binary_search_by_key(&word_start, |c| c.span.start)
                .is_ok()
        {
            continue;
        }
        // Not the first word of a sentence or a line: its capital says
        // nothing there.
        let before = head[..word_start].trim_end_matches([' ', '\t']);
        let opens = before.is_empty()
            || before
                .ends_with(['.', '!', '?', '\n', ':', '"', '«', '(', '-'])
            || before.ends_with('—');
        // "le contrôle de Halimet Qara", "à Ras Baalbek": after a
        // preposition or an article, the two words name a place.
        let lead = before
            .rsplit(|c: char| !(c.is_alphabetic() || c == '\''))
            .next()
            .unwrap_or("");
        let lead = fold_key(lead);
        let located = matches!(
            lead.as_str(),
            "a" | "de"
                | "d'"
                | "l'"
                | "du"
                | "des"
                | "vers"
                | "dans"
                | "sur"
                | "pres"
                | "depuis"
                | "en"
                | "au"
                | "aux"
                | "entre"
                | "contre"
                | "la"
                | "le"
                | "les"
                | "et"
                | "ou"
        );
        // "le stade General Santander", "la base aérienne Marco Fidel
        // Suárez": a site named after someone, not the person.
        let site = |w: &str| {
            matches!(
                fold_key(w).as_str(),
                "stade"
                    | "base"
                    | "aerienne"
                    | "navale"
                    | "aeroport"
                    | "hopital"
                    | "universite"
                    | "lycee"
                    | "caserne"
                    | "pont"
                    | "boulevard"
                    | "avenue"
            )
        };
        let site_named = site(&lead) || {
            let mut back = before.rsplit(' ').filter(|w| !w.is_empty());
            back.next().is_some_and(|w| w.starts_with(char::is_uppercase))
                && back.next().is_some_and(site)
        };
        if opens && caps == 0
            || located
            || site_named
            || ctx.skip.is_some_and(|k| k.overlaps(m))
        {
            continue;
        }
        found.push((Span::new(word_start, m.end + caps), big_city));
    }
    set.grow_over_places(&longer);
    // The places each name ends, dropped in one pass (a story of many such
    // names would otherwise remove them one by one from long lists).
    let dropped = set.drop_places_each(&found, |d, _, big_city| {
        d.row.is_some_and(|r| big_city || !big_place(ctx.lexicon.row(r)))
    });
    // One merge into the span map: a run-on text may name thousands of
    // such persons between other mentions.
    let mut items: Vec<(Span, usize)> = Vec::new();
    for ((span, _), dropped) in found.into_iter().zip(dropped) {
        if !dropped
            || set.covers(span)
            || items
                .last()
                .is_some_and(|l: &(Span, usize)| l.0.end > span.start)
        {
            continue;
        }
        let name = text[span.start..span.end].to_string();
        let key = ["person:", &fold_key(&name)].concat();
        let e = set.entity(key, || {
            Draft::plain(EntityKind::Actor, name.clone(), "person", None)
        });
        items.push((span, e));
    }
    set.add_all(&items);
}

/// The length of one space and a word of three capitals or more at the
/// start of `rest` ("OUÉDRAOGO", "KABORÉ"), when the word ends the name
/// (no other capital word after it); 0 otherwise.
fn caps_surname_len(rest: &str) -> usize {
    let Some(r) = rest.strip_prefix(' ') else { return 0 };
    let end =
        r.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(r.len());
    let word = &r[..end];
    if word.chars().filter(|c| c.is_alphabetic()).count() < 3
        || !word.chars().all(|c| c.is_uppercase() || c == '-')
        || word.starts_with('-')
        || name_word_follows(&r[end..])
    {
        return 0;
    }
    1 + end
}

/// True when `rest`, the text after a name, shows the name has ended: a
/// comma, a full stop, a closing bracket, a line end or "et" ("Tukur
/// Gusau.", "Emily Damari et Doron Steinbrecher"), not another word of
/// it.
fn name_closes(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ')', '\n', '\r'])
        || rest.starts_with(" et ")
}

/// The folded canonical name of each entity, folded once (names never
/// change once made).
#[derive(Default)]
struct FoldedNames {
    names: Vec<Option<String>>,
}

impl FoldedNames {
    /// The folded `canonical` of entity `i`.
    fn get(&mut self, i: usize, canonical: &str) -> &str {
        if self.names.len() <= i {
            self.names.resize(i + 1, None);
        }
        self.names[i].get_or_insert_with(|| fold_key(canonical))
    }
}

/// The gazetteer rows of UN peacekeeping missions and forces.
const PEACEKEEPING_ROWS: &[&str] = &[
    "A:monusco",
    "A:minusma",
    "A:minusca",
    "A:unifil",
    "A:undof",
    "A:unmiss",
    "A:unisfa",
];

/// "les Casques bleus", "les soldats de la paix" are the troops of the
/// one UN mission the story names, when it names exactly one.
fn link_peacekeepers(ctx: &Context<'_>, set: &mut EntitySet) {
    let missions: Vec<usize> = set
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            !d.mentions.is_empty()
                && d.row.is_some_and(|r| {
                    PEACEKEEPING_ROWS.contains(&ctx.lexicon.row(r).id.as_ref())
                })
        })
        .map(|(i, _)| i)
        .collect();
    let [mission] = missions[..] else { return };
    for i in 0..set.drafts.len() {
        let d = &set.drafts[i];
        if d.row.is_none()
            && d.group.as_deref() == Some("peacekeepers")
            && !d.mentions.is_empty()
        {
            set.move_mentions(i, mission);
        }
    }
}

/// "ont enlevé deux bergers … Les deux bergers ont été relâchés": a
/// counted group taken up with a definite article ("les", "ces") and the
/// same words, a few thousand bytes on at most, is the group counted
/// before.
fn link_counted_again(ctx: &Context<'_>, set: &mut EntitySet) {
    let counted = |d: &Draft| {
        d.kind == EntityKind::Actor
            && d.row.is_none()
            && d.mentions.len() == 1
            && d.canonical.split(' ').next().is_some_and(counts_several)
    };
    let mut groups: Vec<(usize, usize)> = set
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| counted(d))
        .map(|(i, d)| (d.mentions[0].start, i))
        .collect();
    if groups.len() < 2 {
        return;
    }
    groups.sort_unstable();
    let mut last: HashMap<String, (usize, usize)> = HashMap::new();
    for (start, i) in groups {
        let key = fold_key(&set.drafts[i].canonical);
        let lead = ctx.text[..start].trim_end_matches(' ');
        let definite = ["les", "Les", "ces", "Ces"].iter().any(|a| {
            lead.strip_suffix(a).is_some_and(|l| {
                l.is_empty() || l.ends_with(|c: char| !c.is_alphanumeric())
            })
        });
        match last.get(&key) {
            Some(&(at, e)) if definite && start - at <= 3000 => {
                set.move_mentions(i, e);
                last.insert(key, (start, e));
            }
            _ => {
                last.insert(key, (start, i));
            }
        }
    }
}

/// Whether `word` counts two people or more: digits ("57") or a number
/// word ("deux", "Quatre").
fn counts_several(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || crate::numbers::parse_number_words(&fold_key(word))
            .is_some_and(|n| n >= 2)
}

/// "l'armée" and "l'armée libanaise" (a gazetteer row) are one actor: the
/// army a bare or composed noun makes for a country joins the named
/// national army of that country when the story names exactly one, even
/// when the bare noun comes first (a headline).
fn link_named_armies(ctx: &Context<'_>, set: &mut EntitySet) {
    for i in 0..set.drafts.len() {
        let d = &set.drafts[i];
        // "la police" joins the "Police nationale d'Haïti" as "l'armée"
        // joins the named army.
        let rows = match d.group.as_deref() {
            Some("army") => &ctx.tables.army_rows,
            Some("police") => &ctx.tables.police_rows,
            _ => continue,
        };
        let is_army_row = |r: u32| rows.contains(&r);
        if d.row.is_some() || d.mentions.is_empty() {
            continue;
        }
        let Some(country) = d.country.clone() else { continue };
        let named: Vec<usize> = set
            .drafts
            .iter()
            .enumerate()
            .filter(|(j, o)| {
                *j != i
                    && !o.mentions.is_empty()
                    && o.country.as_deref() == Some(country.as_ref())
                    && o.row.is_some_and(is_army_row)
            })
            .map(|(j, _)| j)
            .collect();
        if let [target] = named[..] {
            set.move_mentions(i, target);
        }
    }
}

/// True when a death toll ("morts", "tués") ends shortly before folded
/// byte `at`, in the same sentence.
fn in_toll(ftext: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(60);
    while !ftext.is_char_boundary(from) {
        from += 1;
    }
    let window = &ftext[from..at];
    let window =
        &window[window.rfind(['.', '\n', ';']).map_or(0, |i| i + 1)..];
    window
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "morts" | "mort" | "tues" | "tuees" | "deces"))
}

/// The hit right after hit `i` when "de"/"du"/"des"/"d'"/"de la"/"de
/// l'" alone lies between them, or with a state's formal name ("de la
/// République (fédérale) de"): the owner of what hit `i` names.
fn owner_after<'h>(
    ctx: &Context<'_>,
    hits: &'h [Hit<'h>],
    i: usize,
) -> Option<&'h Hit<'h>> {
    let n = hits.get(i + 1)?;
    let ftext = ctx.folded.text.as_str();
    let end = hits[i].folded.end;
    if n.folded.start < end || n.folded.start - end > 32 {
        return None;
    }
    let gap = ftext[end..n.folded.start].trim();
    // "ministère de la Défense de la République d'Arménie": the state's
    // formal name.
    let gap = ["de la republique federale ", "de la republique "]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
        .unwrap_or(gap);
    let gap = gap
        .strip_suffix(" l'")
        .or_else(|| gap.strip_suffix(" la"))
        .or_else(|| gap.strip_suffix(" les"))
        .unwrap_or(gap);
    matches!(gap, "de" | "du" | "des" | "d'").then_some(n)
}

/// The country row of the country named right after hit `i` as its
/// owner ("armée du Mali", "forces armées de l'Ukraine"), when that is
/// all the next hit can be.
fn country_of_owner(
    ctx: &Context<'_>,
    hits: &[Hit<'_>],
    i: usize,
) -> Option<u32> {
    let n = owner_after(ctx, hits, i)?;
    let mut country = None;
    for &(r, p) in n.rows {
        let row = ctx.lexicon.row(r);
        match row.kind {
            RowKind::Place if !p && row.subkind == "country" => {
                country = Some(r);
            }
            RowKind::Place => {}
            _ => return None,
        }
    }
    country
}

/// Whether `rest` opens with a filiation particle and a capitalized name:
/// " ben Brik", " ould Abdallah", " ag Ghaly".
fn filiation_follows(rest: &str) -> bool {
    ["ben ", "bin ", "ibn ", "ould ", "ag "].iter().any(|p| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(p))
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    })
}

/// Whether the noun at `at` (folded) names power or a set of rules, not
/// those who hold it: "a pris le pouvoir", "son retour au pouvoir", "le
/// partage du pouvoir", "le régime de cessez-le-feu".
fn power_not_its_holders(ftext: &str, at: Span, before: &[&str]) -> bool {
    let noun = ftext[at.start..at.end].trim();
    let after = ftext[at.end..].trim_start();
    match noun {
        "pouvoir" => {
            matches!(before.last(), Some(&("au" | "du")))
                || WordsBack::new(ftext, at.start).take(3).any(|w| {
                    [
                        "pris",
                        "prend",
                        "prendre",
                        "prise",
                        "cede",
                        "ceder",
                        "quitte",
                        "quitter",
                        "conserv",
                        "garde",
                        "exerc",
                        "empar",
                        "remet",
                        "remis",
                        "rend",
                        "confisqu",
                        "saisi",
                        "accede",
                        "acces",
                        "partag",
                        "transf",
                        "passation",
                        "retour",
                        "revenu",
                        "arrive",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))
                })
        }
        // "le Cachemire sous administration indienne": the rule a land is
        // under, not a body that acts.
        "administration" => matches!(before.last(), Some(&"sous")),
        "regime" => [
            // (Folding makes hyphens spaces.)
            "de cessez le feu",
            "du cessez le feu",
            "de cessation",
            "de treve",
            "de sanctions",
            "des sanctions",
        ]
        .iter()
        .any(|p| after.starts_with(p)),
        _ => false,
    }
}

/// True when "de"/"du"/"de la"/"de l'" and an actor or actor noun follow
/// hit `i`.
fn owner_follows(ctx: &Context<'_>, hits: &[Hit<'_>], i: usize) -> bool {
    let Some(n) = owner_after(ctx, hits, i) else { return false };
    // "l'aviation de la junte", "les forces du régime": a regime's
    // forces are a force of their own beside it, not a part of its name.
    let regime = matches!(
        ctx.folded.text[n.folded.start..n.folded.end].trim(),
        "junte" | "regime"
    );
    !regime
        && n.rows.iter().any(|&(r, p)| {
            !p && matches!(
                ctx.lexicon.row(r).kind,
                RowKind::Actor | RowKind::ActorNoun
            )
        })
}

/// True when a capitalized word of two letters or more, lower case past
/// its first letter, follows byte `end` after one space: "Medinski" in
/// "Vladimir Medinski". Not a word of direction ("Kivu Nord"), nor a
/// word in capitals (a heading).
fn name_runs_on(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else { return false };
    let word: &str = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    first.is_uppercase()
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_lowercase() || c == '-')
        && !matches!(
            word,
            "Nord"
                | "Sud"
                | "Est"
                | "Ouest"
                | "Centre"
                | "Central"
                | "Occidental"
                | "Oriental"
                | "Septentrional"
                | "Méridional"
                | "Supérieur"
                | "Inférieur"
                // "la ville de Goma Mardi": a date set off in capitals.
                | "Lundi" | "Mardi" | "Mercredi" | "Jeudi" | "Vendredi"
                | "Samedi" | "Dimanche" | "Janvier" | "Février" | "Mars"
                | "Avril" | "Mai" | "Juin" | "Juillet" | "Août"
                | "Septembre" | "Octobre" | "Novembre" | "Décembre"
        )
}

/// True when "alias" comes right before `at`, past an opening quote:
/// "alias Calarcá", "alias « Fito »".
fn after_alias(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\u{a0}', '«', '"', '“']);
    head.len() + 12 >= at && {
        let word =
            head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        word.eq_ignore_ascii_case("alias")
    }
}

/// True when the word right before `at` (one space apart) is a weapon
/// noun: "missiles", "drones", "roquettes".
fn weapon_before(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix(' ') else { return false };
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        word.to_lowercase().as_str(),
        "missile"
            | "missiles"
            | "roquette"
            | "roquettes"
            | "drone"
            | "drones"
            | "obus"
            | "bombe"
            | "bombes"
            | "char"
            | "chars"
    )
}

/// True when a capitalized name ends right before byte `at`, set off by
/// a comma or a line break ("Hussein al-Tawil, responsable local",
/// a signature's name above its title).
fn follows_name(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let trimmed = before.trim_end_matches([' ', '\u{a0}', ',', '\n', '\r']);
    let gap = &before[trimmed.len()..];
    if !gap.contains([',', '\n']) {
        return false;
    }
    // The last two words: a surname ("al-Tawil" counts by its last part)
    // after a capitalized word or a particle, not "de la République".
    let mut words = trimmed.rsplit([' ', '\u{a0}']);
    let last = words.next().unwrap_or("");
    let prev = words.next().unwrap_or("");
    let tail = last.rsplit('-').next().unwrap_or("");
    let mut chars = tail.chars();
    let surname = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '\'' || c == '’');
    let given = prev.starts_with(char::is_uppercase)
        || matches!(
            prev,
            "al" | "el"
                | "ben"
                | "bin"
                | "ibn"
                | "ould"
                | "ag"
                | "abou"
                | "abu"
        );
    surname && given
}

/// After a title: an optional adjective ("régional") or complement ("du
/// Darfour") and a comma before a capitalized name.
fn apposition_follows(rest: &str) -> bool {
    let mut r = rest;
    // "le gouverneur régional, Volodymyr Artioukh".
    if let Some(after) = TITLE_ADJECTIVES.iter().find_map(|a| {
        r.strip_prefix(a.trim_end_matches(' '))
            .filter(|x| x.starts_with([',', ' ', '\u{a0}']))
    }) {
        r = after.trim_start_matches([' ', '\u{a0}']);
    }
    if r.starts_with("de ")
        || r.starts_with("du ")
        || r.starts_with("des ")
        || r.starts_with("d'")
        || r.starts_with("d’")
    {
        let Some(comma) = r.find(',') else { return false };
        if comma > 60 || r[..comma].contains(['.', '\n', ';', ':']) {
            return false;
        }
        r = &r[comma..];
    }
    r.strip_prefix(',').is_some_and(|a| {
        a.trim_start_matches([' ', '\u{a0}']).starts_with(char::is_uppercase)
    })
}

/// Adds each title in apposition to the person whose mention follows it
/// closest, or makes it a person of its own.
fn link_titles(ctx: &Context<'_>, set: &mut EntitySet, titles: &[Span]) {
    // The persons' mention starts, sorted once: each title looks up the
    // nearest after it rather than reading them all (a run-on text may
    // hold thousands of titles and names). A title linked or made a
    // person here starts before the titles after it, so it is never the
    // name one of them looks for.
    let mut persons: Vec<(usize, usize)> = set
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.subkind == "person")
        .flat_map(|(i, d)| d.mentions.iter().map(move |m| (m.start, i)))
        .collect();
    persons.sort_unstable();
    let mut titles = titles.to_vec();
    titles.sort_unstable_by_key(|t| t.start);
    // Added in one merge of the span map, not one insertion each.
    let mut items: Vec<(Span, usize)> = Vec::with_capacity(titles.len());
    for t in titles {
        let k = persons.partition_point(|&(s, _)| s < t.end);
        let near = persons.get(k).copied().filter(|&(s, _)| s - t.end <= 120);
        let e = match near {
            Some((_, e)) => e,
            None => {
                let canonical = lower_first(&ctx.text[t]);
                let key = ["title:", &fold_key(&canonical)].concat();
                set.entity(key, || {
                    Draft::plain(EntityKind::Actor, canonical, "person", None)
                })
            }
        };
        if !set.covers(t)
            && items.last().map_or(true, |(l, _)| l.end <= t.start)
        {
            items.push((t, e));
        }
    }
    set.add_all(&items);
}

/// Original byte where `word` (folded, the word right before the hit)
/// starts: "frontière" in "frontière syrienne".
fn start_of_word_before(ctx: &Context<'_>, h: &Hit<'_>, word: &str) -> usize {
    let f = ctx.folded.text[..h.folded.start]
        .trim_end()
        .len()
        .saturating_sub(word.len());
    ctx.folded.original_start(f)
}

/// True when the folded text reads as sports reporting: one pass over its
/// words (runs of alphanumeric chars).
fn is_sports_story(ftext: &str) -> bool {
    // Two strong words are needed: a text none is part of, most stories,
    // is told by a few quick substring tests, without the pass.
    if !SPORTS_STRONG_PARTS.iter().any(|w| ftext.contains(w)) {
        return false;
    }
    let (mut strong, mut weak) = (0usize, 0usize);
    let bytes = ftext.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A word starts here: find its end. ASCII bytes decide by
        // themselves; a non-ASCII alphanumeric char makes the word one
        // that is no sports word (those are ASCII).
        let start = i;
        let mut ascii = true;
        while i < bytes.len() {
            let b = bytes[i];
            if BYTE_CLASS[usize::from(b)] == ALNUM {
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let c = ftext[i..].chars().next().unwrap_or_default();
                if !c.is_alphanumeric() {
                    break;
                }
                ascii = false;
                i += c.len_utf8();
            }
        }
        if ascii && i > start {
            match sports_word(&bytes[start..i]) {
                Some(true) => strong += 1,
                Some(false) => weak += 1,
                None => {}
            }
        }
        // Skip the separator char.
        if i < bytes.len() {
            i += ftext[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    strong >= 2 && strong + weak >= 5
}

/// Parts of the strong words of [`sports_word`]: each strong word holds
/// one ("football" is in "footballeur").
const SPORTS_STRONG_PARTS: &[&str] = &[
    "football",
    "championnat",
    "selectionneur",
    "buteur",
    "penalty",
    "derby",
    "entraineur",
    "basket",
];

/// Whether `w` is a word of sports reporting that hardly occurs elsewhere
/// (true: football, championnat …) or one that also does (false: match,
/// stade …).
fn sports_word(w: &[u8]) -> Option<bool> {
    match w {
        b"football" | b"championnat" | b"selectionneur" | b"buteur"
        | b"penalty" | b"derby" | b"entraineur" | b"footballeur"
        | b"basket" => Some(true),
        b"match" | b"matchs" | b"stade" | b"qualifie" | b"qualification"
        | b"finale" | b"supporteurs" | b"supporters" | b"gardien"
        | b"ligue" | b"coupe" | b"equipe" | b"victoire" | b"score"
        | b"but" | b"buts" => Some(false),
        _ => None,
    }
}

/// Cities that stand for their state in the press though the state's
/// capital is another: the seat of most of its government, or its former
/// capital ("Bujumbura dément", "la brouille entre Abidjan et Ouagadougou").
const SEATS: &[(&str, &str)] = &[
    ("BI", "Bujumbura"),
    ("BJ", "Cotonou"),
    ("CI", "Abidjan"),
    ("PS", "Ramallah"),
];

/// Regions that govern themselves and act as states in the press, and
/// the seats of their governments ("Hargeisa n'a pas confirmé"): country,
/// name, the polity it stands for.
const SELF_RULED: &[(&str, &str, &str)] = &[
    ("SO", "Somaliland", "Somaliland"),
    ("SO", "Puntland", "Puntland"),
    ("SO", "Jubaland", "Jubaland"),
    ("SO", "Hargeisa", "Somaliland"),
    ("SO", "Garowe", "Puntland"),
    ("SO", "Kismayo", "Jubaland"),
];

/// The state a place may stand for: its country and, for a region of
/// [`SELF_RULED`] or its seat, the region's name. The country itself, its
/// capital or one of [`SEATS`] stand for the country.
fn state_of<'a>(
    ctx: &Context<'a>,
    p: &'a Row,
    idx: u32,
) -> Option<(&'a str, Option<&'static str>)> {
    let iso = p.country.as_deref()?;
    let name = p.canonical.as_ref();
    if matches!(p.subkind.as_ref(), "region" | "city") {
        if let Some(&(_, _, polity)) =
            SELF_RULED.iter().find(|(c, n, _)| *c == iso && *n == name)
        {
            return Some((iso, Some(polity)));
        }
    }
    match p.subkind.as_ref() {
        "country" => Some((iso, None)),
        "city"
            if ctx.tables.capitals.get(iso) == Some(&idx)
                || SEATS.contains(&(iso, name)) =>
        {
            Some((iso, None))
        }
        // Ramallah, seat of the Palestinian Authority, is a town.
        "town" if SEATS.contains(&(iso, name)) => Some((iso, None)),
        _ => None,
    }
}

/// Whether the folded text between two names only lists them: a comma
/// or "et", and an article or "de" ("', du '", "' et de la '", "', l''").
fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim();
    let g = g
        .strip_prefix(',')
        .or_else(|| g.strip_prefix("et"))
        .map(str::trim_start);
    let Some(mut g) = g else { return false };
    if let Some(rest) = g.strip_prefix("et ") {
        g = rest;
    }
    // ("lié aux États-Unis et à la Grande-Bretagne": "à" again.)
    matches!(
        g,
        "" | "l'"
            | "le"
            | "la"
            | "les"
            | "du"
            | "des"
            | "de"
            | "de la"
            | "de l'"
            | "d'"
            | "a"
            | "a la"
            | "a l'"
            | "au"
            | "aux"
    )
}

/// Words before a name that make it an agent: "accuse Israël", "selon
/// Moscou", "conduite par l'Arabie saoudite", "ni avec Damas".
const STATE_AGENT_BEFORE: &[&str] = &[
    "accuse",
    "accusent",
    "accusant",
    "accuser",
    "selon",
    "d'apres",
    // Addressees: "a mis en garde Islamabad", "a menacé Téhéran",
    // "exhorte Kinshasa".
    "garde",
    "menace",
    "menacent",
    "averti",
    "convoque",
    "exhorte",
    "exhortent",
    "somme",
    // "le médiateur engage Kinshasa et les rebelles à cesser les combats".
    "engage",
    "appele",
    "appelle",
    "condamne",
    // Backing: "l'armée ougandaise, qui soutient Juba".
    "soutient",
    "soutiennent",
    "soutenir",
    // "en remerciant Abou Dhabi", "contraindre la Russie à accepter".
    "remerciant",
    "remercie",
    // "menaçant Islamabad de représailles".
    "menacant",
    "contraindre",
    // "la résolution autorise la France à lancer une opération".
    "autorise",
    // "a convaincu Téhéran d'accepter la trêve", "pousser Kigali à
    // retirer ses troupes": a state brought to act.
    "convaincu",
    "convaincre",
    "persuade",
    "dissuade",
    "dissuader",
    "incite",
    "inciter",
    "encourage",
    "encourager",
    "pousse",
    "pousser",
];
/// Participles before "par" that make the name after it an agent.
const STATE_AGENT_BY: &[&str] = &[
    "conduite",
    "conduit",
    "conduites",
    "menee",
    "mene",
    "menees",
    "soutenue",
    "soutenu",
    "soutenus",
    "soutenues",
    "appuyee",
    "appuye",
    "appuyes",
    "armee",
    "armes",
    "financee",
    "finances",
    "parrainee",
    "parraine",
    "revendiquee",
    "lancee",
    "ordonnee",
    // "le déclenchement par Israël de l'opération".
    "declenchement",
    // "le comité présidé par les États-Unis", "nommé par Addis-Abeba",
    // "des pourparlers facilités par la Suisse".
    "preside",
    "presidee",
    "presides",
    "nomme",
    "nommee",
    "facilites",
    "facilitee",
    "facilite",
    "lancement",
];
/// Nouns and words before "avec" that make the name after it a party.
const STATE_PARTY_WITH: &[&str] = &[
    "conclu",
    "signe",
    "accord",
    // "un accord de paix avec Manille".
    "paix",
    "treve",
    // "aucun cessez-le-feu avec Kiev" (the words split at hyphens).
    "cessez",
    "armistice",
    "entretiens",
    "discussions",
    "coordination",
    "ni",
    "negocier",
    // "le rôle de médiateur avec Téhéran".
    "mediateur",
    "mediatrice",
    // "Moscou, qui négocie avec Damas le sort de sa base".
    "negocie",
    "negocient",
    "negociait",
    "negociations",
    "pourparlers",
    "dialogue",
    "normalisation",
    "cooperation",
    "negociation",
    // "accusent ses policiers de collaborer avec Israël".
    "collaborer",
    // "a rompu avec la France", "un protocole de sécurité avec Ankara".
    "rompu",
    "rompre",
    "protocole",
    "collabore",
    "collaboration",
    // "affaibli par sa guerre avec Israël", "en conflit avec Kigali".
    "guerre",
    "conflit",
    // "ses relations diplomatiques avec Kigali".
    "relations",
    "diplomatiques",
    // "Moscou, principal allié de Damas avec Téhéran".
    "allie",
    "allies",
    // "qui entretient des liens étroits avec Ankara".
    "liens",
    "etroits",
];
/// Verbs (folded, after "a"/"ont"/"n'a pas" or in the present) whose
/// subject acts or speaks as a state.
const STATE_VERBS: &[&str] = &[
    // "Kigali souhaitait un cessez-le-feu", "le Rwanda exerce un
    // commandement", "la Russie montre qu'elle ne veut pas la paix".
    "souhaite",
    "montre",
    // "Moscou évacue plus de 120 000 civils", "Kinshasa a déployé".
    "evacue",
    "deploie",
    "deploye",
    "souhaitait",
    "exerce",
    "accuse",
    "affirme",
    "annonce",
    "assure",
    "averti",
    "commente",
    "communique",
    "voit",
    "juge",
    "deplore",
    "regrette",
    "fustige",
    "condamne",
    "confirme",
    "declare",
    "demande",
    "dementi",
    "dement",
    "denonce",
    "estime",
    "exige",
    "menace",
    "nie",
    "ordonne",
    "proteste",
    "reagi",
    // "tant qu'Israël la respecte".
    "respecte",
    "reclame",
    // "Washington se félicite de l'accord", "Paris se réjouit".
    "felicite",
    "rejouit",
    "refuse",
    "rejete",
    "rejette",
    "repondu",
    "repond",
    "revendique",
    "riposte",
    "salue",
    "promis",
    "promet",
    "reconnu",
    "reconnait",
    "appele",
    "appelle",
    "reproche",
    "autorise",
    "decide",
    "soutient",
    // Military action: "la Russie a lancé des missiles", "Israël mène".
    "lance",
    "mene",
    "menent",
    "frappe",
    "bombarde",
    "attaque",
    "intensifie",
    "deploye",
    "deploie",
    "envoye",
    "envoie",
    // Talks: "le Qatar a relancé les négociations".
    "relance",
    "negocie",
    "negocient",
    // Agreements: "Israël et le Hamas ont conclu une trêve".
    "conclu",
    "signe",
    "accepte",
    // "Kiev et Moscou ont procédé à un échange", "Kaboul a mis en garde".
    "procede",
    "mis",
    // "la Russie avait tiré", "que Damas impute au groupe".
    "tire",
    "impute",
    "attribue",
    // "Moscou présente ces frappes comme une réponse", "Kiev assume".
    "presente",
    "assume",
    // "Téhéran minimise les dégâts", "l'Iran se réserve le droit", "Abou
    // Dhabi, qui entretient de bonnes relations avec les deux pays".
    // ("accueilli" only for talks: see acts_as_state.)
    "minimise",
    "reserve",
    "entretient",
    // "La Russie détient des milliers de prisonniers".
    "detient",
    "detiennent",
    // Taking and holding ground, striking: "l'Azerbaïdjan avait repris",
    // "la Russie a abattu", "Israël occupe".
    "repris",
    "reprend",
    "abattu",
    "intercepte",
    "detruit",
    "cible",
    "vise",
    "pilonne",
    "occupe",
    "envahi",
    "annexe",
    "impose",
    "retire",
    "suspendu",
    "rompu",
    "expulse",
    "livre",
    "fourni",
    "poursuit",
    // Stances and backing: "Ankara considère les YPG comme terroristes",
    // "le Qatar plaide pour un compromis", "Washington, qui pilote la
    // force", "tant que l'État hébreu maintiendra son blocus".
    "considere",
    "plaide",
    "pilote",
    "dirige",
    "finance",
    "appuie",
    "arme",
    "insiste",
    "maintient",
    "maintiendra",
    // "Pékin tente une médiation", "Kiev, qui s'exprime rarement",
    // "Israël, qui se pose en protecteur des Druzes".
    "tente",
    "tentent",
    "s'exprime",
    "pose",
    // "Kiev redoute une nouvelle offensive", "Bamako craint".
    // "Le Pakistan attend du régime taliban", "Cotonou et Niamey
    // renouent le dialogue".
    "attend",
    // "le Burundi renforce sa frontière", "Pékin, qui avait parrainé",
    // "que Yaoundé peine à nommer". (Not "accueille": a country hosts
    // refugees as a place.)
    "renforce",
    "parraine",
    "peine",
    "exhorte",
    "exhortent",
    "renoue",
    "renouent",
    // "Washington presse Moscou", "si Cotonou n'obtempère pas".
    "presse",
    "pressent",
    "obtempere",
    "redoute",
    "redoutent",
    "craint",
    "craignent",
    // "Israël relâche cinq prisonniers".
    "relache",
    "relachent",
    "remet",
    // Plural and other present forms: "les États-Unis accusent",
    // "Ouagadougou exclut". (Not "accueille": "le Tchad accueille des
    // réfugiés" is where they are.)
    "exclut",
    "excluent",
    "accusent",
    "affirment",
    "assurent",
    "denoncent",
    "exigent",
    "condamnent",
    "rejettent",
    "demandent",
    "refusent",
    "soutiennent",
    "menacent",
    "reclament",
    "annoncent",
    // "Washington pousse pour un accord", "Moscou choisit la terreur",
    // "Kiev veut", "Kigali cherche à".
    "pousse",
    "choisit",
    "veut",
    "cherche",
    // "Washington multiplie les efforts", "qu'Ankara qualifie de
    // terroriste", "Kiev et Moscou achèvent un échange".
    "multiplie",
    "qualifie",
    "acheve",
    // "ce que Moscou conteste", "la Russie lançait l'invasion", "Israël
    // désigne Sinouar", "le Hezbollah et Israël échangent des tirs",
    // "Washington et Niamey concluent un accord".
    // "Israël rompt la trêve", "Moscou met des semaines à riposter",
    // "Israël agira contre le Hamas", "Moscou a pris note", "Moscou
    // obtient des gestes".
    "rompt",
    "rompent",
    "met",
    "mettent",
    "agira",
    "agit",
    "pris",
    "obtient",
    "conteste",
    "lancait",
    "lancaient",
    "designe",
    "echange",
    "concluent",
    // "Moscou commence par démentir", "Kiev espère un échange", "la
    // Russie suspend sa participation", "l'Inde dit avoir frappé", "Bakou
    // justifie son opération", "Moscou conditionne chaque renouvellement",
    // "la France déclenche l'opération", "Paris instaure une zone", "les
    // États-Unis dépêchent leur émissaire", "la France rapatrie".
    "commence",
    "espere",
    "suspend",
    "dit",
    "justifie",
    "conditionne",
    "invoque",
    "declenche",
    "instaure",
    "depeche",
    "rapatrie",
];

/// Nouns of a relation between two parties (folded): in "les
/// négociations entre Israël et le Hamas" or "la guerre entre la Russie et
/// l'Ukraine" the countries are sides, not places. ("la frontière entre
/// le Liban et Israël" is a place and has no such noun.)
const PARTY_BETWEEN: &[&str] = &[
    // "l'arrangement entre le Liban et Israël", "l'entente entre".
    "arrangement",
    "entente",
    "negociation",
    "discussion",
    "entretiens",
    "contacts",
    "negociations",
    "pourparlers",
    "discussions",
    "dialogue",
    "accord",
    "treve",
    "cessez-le-feu",
    "feu",
    "guerre",
    "conflit",
    "hostilites",
    "echange",
    "mediation",
    "tensions",
    "normalisation",
    "rapprochement",
    // "les confrontations entre Israël et le Hezbollah".
    "confrontation",
    "confrontations",
    "reconciliation",
    "differend",
    "rencontre",
    "sommet",
    // "les relations entre Bujumbura et Kigali", "la brouille entre
    // Cotonou et Niamey".
    "relations",
    "brouille",
    "crise",
    "rupture",
    // "l'accord-cadre signé à Doha le 15 novembre entre Kinshasa et
    // l'AFC/M23".
    "accord-cadre",
    "accords",
    "protocole",
    "signe",
    "signee",
    "conclu",
    "conclue",
    // "les zones disputées entre Bagdad et Erbil".
    "disputees",
    "disputee",
    "contestees",
    // "la brouille entre Cotonou et Niamey".
    "brouille",
    "rupture",
    "crise",
    // "le principal point de blocage entre Beyrouth et Israël", "les
    // divisions entre Mogadiscio et le Jubaland".
    "blocage",
    "divisions",
    // "la coopération militaire entre Abuja et Niamey".
    "cooperation",
    "partenariat",
    "alliance",
    "coordination",
    "reunion",
];

/// Whether the name at `start` is one of the two sides after "entre" of a
/// noun of [`PARTY_BETWEEN`], possibly past one adjective ("négociations
/// indirectes entre Israël et le Hamas"): the first side right after
/// "entre", the second after "et" within four words of it.
fn party_between(ftext: &str, start: usize) -> bool {
    let mut back = WordsBack::new(ftext, start).take(9).peekable();
    let mut w = back.next();
    if matches!(w, Some("l'" | "le" | "la" | "les")) {
        w = back.next();
    }
    match w {
        Some("entre") => {}
        Some("et") => {
            if !back.by_ref().take(4).any(|w| w == "entre") {
                return false;
            }
        }
        _ => return false,
    }
    // "à la frontière entre l'Ukraine et le Bélarus": the two sides of a
    // line are the lands it runs between, whatever is told there.
    if back.peek().is_some_and(|w| {
        matches!(
            *w,
            "frontiere"
                | "frontieres"
                | "ligne"
                | "route"
                | "axe"
                | "corridor"
                | "passage"
                | "pont"
                | "detroit"
                | "zone"
        )
    }) {
        return false;
    }
    // "négociations entre", "les pourparlers doivent se tenir lundi à
    // Doha entre Israël et le Hamas": the noun a few words before.
    // ("quatorze mois d'hostilités entre Israël et le Hezbollah".)
    let noun = |w: &str| {
        let w = w.rsplit_once('\'').map_or(w, |(_, noun)| noun);
        PARTY_BETWEEN.contains(&w)
    };
    if back.take(8).any(noun) {
        return true;
    }
    // "un « cessez-le-feu complet et total » entre Israël et l'Iran":
    // the quote marks that stop the words are read past.
    let from = crate::span::stretch_before(ftext, start, 160, 0);
    ftext[from..start].contains(['»', '"', '”']) && {
        let plain: String = ftext[from..start]
            .chars()
            .map(|c| {
                if matches!(c, '«' | '»' | '"' | '“' | '”') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let mut back = WordsBack::new(&plain, plain.len());
        back.by_ref()
            .take(12)
            .position(|w| w == "entre")
            .is_some_and(|_| back.take(8).any(noun))
    }
}

/// Whether a folded word before "par" is a participle whose agent follows
/// ("annoncée par le Qatar", "bombardée par la Russie"), not a verb of
/// passage ("passé par la Turquie", "entrés par le Liban").
fn passive_by(w: &str) -> bool {
    let stem = w
        .strip_suffix("es")
        .or_else(|| w.strip_suffix('e'))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w);
    // "tirés par la Russie": a stem too short for the rule above
    // ("tires" less "es" is "tir").
    participle_stem(stem) || matches!(w, "tires" | "vises" | "lies")
}

/// Whether `stem`, a folded word without its ending of gender or number,
/// is the past participle of a verb whose agent "par" introduces: the
/// masculine singular ("proclame", "soutenu"), as [`passive_by`] reads
/// every form.
fn participle_stem(stem: &str) -> bool {
    let participle = stem.len() > 3
        && (stem.ends_with('e') || stem.ends_with('u') || stem.ends_with('i'));
    participle
        && !matches!(
            stem,
            "passe"
                | "transite"
                | "entre"
                | "arrive"
                | "rentre"
                | "sorti"
                | "parti"
                | "venu"
                | "revenu"
                | "traverse"
                | "evacue"
                | "achemine"
                | "envoye"
                | "expedie"
                | "livre"
                | "fourni"
                | "infiltre"
                | "exfiltre"
        )
}

/// "l'aviation de Moscou", "les supplétifs syriens d'Ankara", "les forces
/// de Damas": a capital whose arms act is its state (a country so named
/// may be where they are, "les forces du Mali").
fn capitals_arms(ftext: &str, f: Span) -> bool {
    let before = Words::before(ftext, f.start, 4);
    let b: &[&str] = &before;
    let arms = |w: &str| {
        matches!(
            w.strip_prefix("l'").unwrap_or(w),
            "aviation"
                | "forces"
                | "suppletifs"
                | "soldats"
                | "militaires"
                | "armee"
                | "avions"
                | "drones"
                | "frappes"
                | "bombardiers"
                | "mercenaires"
                | "milices"
                | "allies"
                | "parrains"
        )
    };
    match b {
        [.., n, adj, "de" | "d'"] => {
            arms(adj)
                // "les supplétifs syriens d'Ankara".
                || arms(n)
                    && ["ien", "iens", "ais", "ains", "ois", "es"]
                        .iter()
                        .any(|e| adj.ends_with(e))
        }
        [n, "de" | "d'"] => arms(n),
        _ => false,
    }
}

/// True when the folded words around `f` make a country or capital an
/// agent rather than a location.
fn acts_as_state(ftext: &str, f: Span, grave_a: bool) -> bool {
    acts_as_state_within(ftext, f, grave_a, 1)
}

/// [`acts_as_state`], reading on to the second of a pair at most `pairs`
/// times (a run of "X et Y, ses alliés, et Z, …" costs no deeper stack).
fn acts_as_state_within(
    ftext: &str,
    f: Span,
    grave_a: bool,
    pairs: u8,
) -> bool {
    let before = Words::before(ftext, f.start, 4);
    let mut b: &[&str] = &before;
    if let [rest @ .., last] = b {
        if matches!(*last, "l'" | "le" | "la" | "les") {
            b = rest;
        }
    }
    // "a accusé jeudi l'Azerbaïdjan": past the day of the statement.
    let b_past_day: &[&str] = match b {
        [rest @ .., d] if crate::dates::is_day_word(d) => rest,
        // "a accusé mardi soir les Émirats arabes unis".
        [rest @ .., d, "soir" | "matin" | "midi" | "apres-midi"]
            if crate::dates::is_day_word(d) =>
        {
            rest
        }
        // "Tripoli accuse par ailleurs Benghazi", "a aussi accusé Kigali".
        [rest @ .., "par", "ailleurs"] => rest,
        // "L'OLA accuse au contraire Addis-Abeba".
        [rest @ .., "au", "contraire"] => rest,
        // "Islamabad accuse depuis lors Kaboul", "depuis des mois".
        [rest @ .., "depuis", "lors"] => rest,
        [rest @ .., "depuis", "des", "mois" | "semaines" | "annees"] => rest,
        [rest @ .., a] if STATE_ADVERBS.contains(a) => rest,
        _ => b,
    };
    // "la reconquête du Haut-Karabakh par l'Azerbaïdjan", "les
    // négociations menées par le Qatar, l'Égypte et les États-Unis": an
    // event noun a few words before "par".
    let by_event_noun = || {
        let wide = words_before(ftext, f.start, 8);
        let w: &[&str] = &wide;
        let Some(at) = w.iter().rposition(|x| *x == "par") else {
            return false;
        };
        w[at + 1..].iter().all(|x| {
            matches!(*x, "et" | "le" | "la" | "les" | "l'")
                || x.chars().any(|c| c.is_uppercase())
                || w.len() - at <= 2
        }) && (w[at.saturating_sub(5)..at]
            .iter()
            .any(|x| STATE_AGENT_BY.contains(x) || passive_by(x))
            || w[at.saturating_sub(5)..at].iter().any(|x| {
                matches!(
                    *x,
                    "reconquete"
                        | "conquete"
                        | "prise"
                        | "invasion"
                        | "occupation"
                        | "annexion"
                        | "offensive"
                        | "attaque"
                        | "bombardement"
                        | "bombardements"
                        | "frappes"
                        | "blocus"
                        | "siege"
                        | "mediation"
                        | "negociations"
                        | "pourparlers"
                        | "menees"
                        | "menee"
                        | "parrainee"
                        | "parraines"
                )
            }))
    };
    // "menées par le Qatar, l'Égypte et les États-Unis": a list after
    // "par" and a participle or an event noun, across its commas.
    let listed_after_by = || {
        let from = stretch_before(ftext, f.start, 90, 0);
        let seg = &ftext[from..f.start];
        let Some(p) = seg.rfind(" par ") else { return false };
        let between: Vec<&str> =
            seg[p + 5..].split([' ', ',']).filter(|t| !t.is_empty()).collect();
        let lead = words_before(ftext, from + p, 5);
        // The name is an item of the list: a comma or "et" (and an
        // article) just before it ("Soutenus par l'Iran, les Houthis se
        // sont emparés de Sanaa": a clause, not a list).
        let tail = seg.trim_end();
        let tail = ["l'", " le", " la", " les"]
            .iter()
            .find_map(|a| tail.strip_suffix(a))
            .unwrap_or(tail)
            .trim_end();
        between.len() <= 9
            && (tail.ends_with(',') || tail.ends_with(" et"))
            && seg[p + 5..].contains(',')
            && !between.iter().any(|t| breaks_name_list(t))
            && lead.iter().any(|x| {
                STATE_AGENT_BY.contains(x)
                    || passive_by(x)
                    || matches!(
                        *x,
                        "negociations"
                            | "pourparlers"
                            | "mediation"
                            | "menees"
                    )
            })
    };
    // "une médiation des Émirats arabes unis", "sous l'égide du Qatar".
    let mediator = match b {
        // "échappe au contrôle de Bamako", "sous le contrôle de Damas":
        // the state's control ("reprendre le contrôle de Kaboul" takes
        // the city).
        // ("échappe en grande partie au contrôle de Bamako".)
        [.., "au", "controle", "de" | "d'"] => words_before(ftext, f.start, 8)
            .iter()
            .any(|w| w.starts_with("echapp")),
        [.., "sous", "le", "controle", "de" | "d'"] => true,
        // "allié clé de Paris", "principal allié de Moscou".
        [.., n, "cle" | "principal" | "proche" | "fidele", "de" | "du" | "d'"] =>
        {
            matches!(
                *n,
                "allie" | "alliee" | "allies" | "alliees" | "partenaire"
            )
        }
        // "les alliés occidentaux de Kiev", "les partenaires
        // internationaux de Bamako".
        [.., n, adj, "de" | "du" | "d'"]
            if matches!(
                *n,
                "allies" | "alliees" | "partenaires" | "soutiens" | "parrains"
            ) && adj.len() > 4
                && adj.bytes().all(|b| b.is_ascii_lowercase())
                && (adj.ends_with('s') || adj.ends_with('x')) =>
        {
            true
        }
        // "premier soutien militaire de Kiev", "allié historique de
        // Moscou": one backer, with its adjective.
        [.., n, adj, "de" | "du" | "d'"]
            if matches!(
                *n,
                "allie" | "alliee" | "partenaire" | "soutien" | "parrain"
            ) && adj.len() > 4
                && adj.bytes().all(|b| b.is_ascii_lowercase())
                && !adj.ends_with('s') =>
        {
            true
        }
        [.., n, "de" | "du" | "des" | "d'"] => {
            let n = n.strip_prefix("l'").unwrap_or(n);
            MEDIATION_NOUNS.contains(&n)
                || n == "initiative"
                // "les délégations de Kinshasa et de l'AFC/M23", "les
                // émissaires de Washington": who sends envoys takes part.
                || matches!(
                    n,
                    "delegation"
                        | "delegations"
                        // "les services de renseignement de Kiev", "sans
                        // la participation d'Israël".
                        | "renseignement"
                        | "renseignements"
                        | "participation"
                        | "emissaires"
                        | "emissaire"
                        | "negociateurs"
                        | "representants"
                        | "envoyes"
                        // "l'armée burundaise, alliée de Kinshasa".
                        | "allie"
                        | "alliee"
                        | "allies"
                        | "alliees"
                        // "les partenaires de Bamako".
                        | "partenaires"
                        | "parrains"
                        // "les troupes de Damas", "les promesses de
                        // N'Djamena": the state's.
                        | "troupes"
                        | "autorites"
                        | "regime"
                        | "promesses"
                        | "promesse"
                        // "l'ultimatum de Moscou", "les exigences de
                        // Kiev", "la décision de Washington".
                        | "ultimatum"
                        | "menace"
                        | "menaces"
                        | "exigence"
                        | "exigences"
                        | "proposition"
                        | "refus"
                        | "decision"
                        // "les accusations d'Erevan selon lesquelles",
                        // "les allégations d'Islamabad": the state's word.
                        | "accusations"
                        | "allegations"
                        | "affirmations"
                        | "dementi"
                        | "dementis"
                        // "tombée aux mains de Moscou".
                        | "mains"
                        // "a exigé d'Israël qu'il renonce".
                        | "exige"
                        | "exigent"
                        // "déployés à la demande de Maputo".
                        | "demande"
                        | "invitation"
                        // "servir l'agenda de l'Iran", "sous la pression
                        // du Qatar".
                        | "agenda"
                        // "le Fitna al-Khawarij, mandataire de l'Inde".
                        | "mandataire"
                        // "le soutien de Kigali aux rebelles".
                        | "soutien"
                        // "un paravent de Kigali", "une marionnette de
                        // Moscou", "les supplétifs de Téhéran": a front
                        // for the state.
                        | "paravent"
                        | "marionnette"
                        | "marionnettes"
                        | "suppletif"
                        | "suppletifs"
                        | "vassal"
                        | "appui"
                        | "ingerence"
                        // "toute implication de Belgrade".
                        | "implication"
                        // "se sont rapprochées de la Russie", "le pouvoir
                        // de Yaoundé", "le gouvernement de Damas".
                        | "rapprochees"
                        | "rapprochee"
                        | "rapproches"
                        | "rapproche"
                        | "pouvoir"
                        | "gouvernement"
                        | "pression"
                        | "pressions"
                        // "l'opposition de la Russie", "le veto de
                        // Washington", "la position de Paris".
                        | "opposition"
                        | "veto"
                        | "position"
                        | "reaction"
                        | "strategie"
                        // "aux côtés d'Addis-Abeba", "avec l'aide de la
                        // France", "par l'intermédiaire de l'Iran", "les
                        // responsabilités de la France".
                        | "cotes"
                        | "aide"
                        | "intermediaire"
                        | "responsabilite"
                        | "responsabilites"
                )
        }
        _ => false,
    };
    // "…, a annoncé Ankara.": the subject of a verb of saying put after
    // it, closing the clause.
    let inverted_speaker = matches!(
        b,
        [
            ..,
            "a" | "ont" | "avait",
            "annonce"
                | "declare"
                | "affirme"
                | "indique"
                | "assure"
                | "precise"
                | "ajoute"
                | "souligne"
                | "dementi"
                | "reconnu"
                | "averti"
                // "…, a confirmé Téhéran.", "…, a rapporté Washington.".
                | "confirme"
                | "rapporte"
                | "explique"
                | "estime"
                | "denonce"
                | "condamne"
                | "repondu"
                | "reagi"
                | "promis"
                | "insiste"
                | "martele"
                | "rappele"
        ]
    ) && (ftext[f.end..].starts_with(['.', ',', ';'])
        // "…, ont annoncé Washington et Londres.": the first of a pair.
        || ftext[f.end..].strip_prefix(" et ").is_some_and(|r| {
            let r = r
                .strip_prefix("l'")
                .or_else(|| r.strip_prefix("le "))
                .or_else(|| r.strip_prefix("la "))
                .or_else(|| r.strip_prefix("les "))
                .unwrap_or(r);
            let end = r.find([' ', '.', ',', ';']).unwrap_or(r.len());
            end > 0 && r[end..].starts_with(['.', ',', ';'])
        }));
    // "l'offensive éclair de Bakou sur le Haut-Karabakh", "l'invasion de
    // Moscou contre l'Ukraine": the state whose offensive it is, when
    // what it is against follows ("l'offensive de Kherson" is a place).
    let offensive_of = {
        let noun = |w: &str| {
            matches!(
                w.strip_prefix("l'").unwrap_or(w),
                "offensive" | "invasion" | "agression" | "incursion"
            )
        };
        let of = match b {
            [.., n, a, "de" | "d'"] => noun(n) || noun(a),
            [.., n, "de" | "d'"] => noun(n),
            _ => false,
        };
        of && [" sur ", " contre "]
            .iter()
            .any(|p| ftext[f.end..].starts_with(p))
    };
    let agent_before = match b {
        _ if inverted_speaker || offensive_of => true,
        [.., w] if STATE_AGENT_BEFORE.contains(w) => true,
        // "« À bas la France ! »": the state booed.
        [.., "a", "bas"] => true,
        _ if mediator => true,
        _ if by_event_noun() => true,
        _ if listed_after_by() => true,
        _ if b_past_day
            .last()
            .is_some_and(|w| STATE_AGENT_BEFORE.contains(w)) =>
        {
            true
        }
        // "proclamé par Washington", "le gouverneur installé par Moscou":
        // a masculine participle too.
        // ("arrivés à la frontière par la Turquie": a noun after its
        // article is no participle.)
        [.., p, "par"] => {
            let noun = b.len() >= 3
                && matches!(
                    b[b.len() - 3],
                    "la" | "le"
                        | "les"
                        | "une"
                        | "un"
                        | "des"
                        | "du"
                        | "de"
                        | "sa"
                        | "son"
                        | "ce"
                        | "cette"
                );
            STATE_AGENT_BY.contains(p)
                || passive_by(p)
                || !noun
                    && !p.contains('\'')
                    && p.len() >= 6
                    && (p.ends_with('e')
                        // "présentés par Bangui": a masculine plural.
                        || p.ends_with("es"))
                    && participle_stem(p.strip_suffix('s').unwrap_or(p))
                // "la « neutralisation » par Kinshasa des FDLR": the
                // doer of an act named by its noun.
                || noun
                    && p.len() >= 8
                    && p.ends_with("tion")
                    && !matches!(
                        *p,
                        "evacuation"
                            | "circulation"
                            | "importation"
                            | "exportation"
                            | "migration"
                            | "destination"
                            | "infiltration"
                    )
        }
        // "des négociations directes avec Kyiv", "un nouvel échange de
        // prisonniers avec la Russie": a party to talks or a swap, a few
        // words past the noun.
        [.., "avec"] => words_before(ftext, f.start, 7)
            .iter()
            .rev()
            .skip_while(|w| matches!(**w, "le" | "la" | "les" | "l'"))
            .skip(1)
            .take(4)
            .any(|w| {
                STATE_PARTY_WITH.contains(w)
                    || matches!(*w, "echange" | "echanges")
            }),
        // "Kyiv a remis à Moscou 150 soldats", "transmis à Moscou des
        // coordonnées": a state handed people or secrets.
        // "L'ONU demande à Israël que …", "reprochent en retour au
        // Pakistan": the state asked or blamed.
        [.., p, "en", "retour", "a"] => STATE_RECIPIENT_OF.contains(p),
        // "Israël a remis vendredi au Liban cinq ressortissants".
        [.., p, d, "a" | "au"] if crate::dates::is_day_word(d) => {
            STATE_RECIPIENT_OF.contains(p)
        }
        // "la Russie remettrait prochainement à Kiev": past an adverb.
        [.., p, adv, "a"]
            if STATE_ADVERBS.contains(adv) || adv.ends_with("ment") =>
        {
            STATE_RECIPIENT_OF.contains(p)
        }
        [.., p, "a"] => STATE_RECIPIENT_OF.contains(p),
        // "de nouvelles sanctions contre Moscou": the state sanctioned.
        [.., "sanctions", "contre"] => true,
        // "faire pression sur Kiev", "une pression plus forte sur la
        // Russie": the state pressed.
        // (Read past quote marks: "faire « pression » sur Kiev".)
        [.., "sur"] => ftext[..f.start]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .skip_while(|w| matches!(*w, "l" | "le" | "la" | "les"))
            .skip(1)
            .take(4)
            .any(|w| matches!(w, "pression" | "pressions")),
        [.., p, "en", "retour", "au"] | [.., p, "au" | "aux"] => {
            STATE_RECIPIENT_OF.contains(p)
        }
        // "Washington presse Moscou d'accepter" (not "communiqué de
        // presse", a heading that ends its line before a dateline).
        [.., x, "presse" | "pressent"] => {
            !matches!(*x, "de" | "la" | "sa" | "leur" | "une" | "en")
                && !ftext[..f.start].trim_end_matches(' ').ends_with('\n')
        }
        // "des médias proches de Damas": the state whose line the media
        // follow ("une localité proche de Gao" is a place).
        [.., n, "proche" | "proches", "de"] => matches!(
            *n,
            "medias"
                | "media"
                | "sources"
                | "source"
                | "milices"
                | "milice"
                | "groupes"
                | "cercles"
                | "comptes"
                | "sites"
                | "journaux"
                | "chaines"
                | "factions"
                | "responsables"
                | "reseaux"
        ),
        _ => false,
    };
    // "Pour Kiev, la campagne est un levier": a sentence that opens on
    // the state's view.
    let view_of = || {
        ftext[f.end..].starts_with(',')
            && ftext[..f.start].trim_end().strip_suffix("pour").is_some_and(
                |pre| {
                    // A heading before ends with its line break.
                    let pre = pre.trim_end_matches([' ', '\t']);
                    pre.is_empty()
                        || pre.trim_end().ends_with(['.', '!', '?'])
                        || pre.ends_with('\n')
                },
            )
    };
    if agent_before || party_between(ftext, f.start) || view_of() {
        return true;
    }
    // "Par Claire Dumas (Beyrouth, correspondance)": the city a byline
    // is filed from.
    if [", correspondance", ", envoye special", ", envoyee speciale"]
        .iter()
        .any(|p| ftext[f.end..].starts_with(p))
    {
        return false;
    }
    // "le Quad (Etats-Unis, Arabie saoudite, Egypte …)": members listed
    // in brackets after a body ("GOMA (RD Congo)" names one country).
    // ("(Nairobi, le 13 juin 2023) –" is a dateline: a date follows.)
    if ftext[..f.start].trim_end().ends_with('(')
        && ftext[f.end..].starts_with(", ")
        && !ftext[f.end + 2..]
            .trim_start_matches("le ")
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // "Kinshasa accuse le M23 et Kigali", "négocié par Moscou et Ankara":
    // the second of a pair takes the role of the first.
    let and_pair = matches!(b, [.., "et"] | [.., "et", "de" | "du" | "des"]);
    if and_pair {
        let mut wide = words_before(ftext, f.start, 8);
        while wide.last().is_some_and(|x| {
            matches!(*x, "le" | "la" | "les" | "l'" | "de" | "du" | "des")
        }) {
            wide.pop();
        }
        let w: &[&str] = &wide;
        let n = w.len();
        if n >= 3 && w[n - 1] == "et" {
            let head = &w[..n - 1];
            let by = head.iter().rposition(|x| *x == "par").is_some_and(|i| {
                i > 0 && passive_by(head[i - 1]) && head.len() - i <= 4
            });
            let accused = head
                .iter()
                .rev()
                .take(4)
                .any(|x| STATE_AGENT_BEFORE.contains(x));
            // "sous l'égide du Qatar et de l'Égypte".
            let mediated = head.iter().rev().take(5).any(|x| {
                MEDIATION_NOUNS.contains(&x.strip_prefix("l'").unwrap_or(x))
            });

            if by || accused || mediated {
                return true;
            }
        }
    }
    // "Damas a accusé", "Israël n'a pas commenté", "Moscou dément"; not
    // the complement of a noun or a preposition ("les groupes de la
    // banlieue de Tripoli ont signé").
    if b.last().is_some_and(|w| {
        matches!(
            *w,
            "de" | "d'"
                | "du"
                | "des"
                | "a"
                | "au"
                | "aux"
                | "en"
                | "dans"
                | "vers"
                | "pres"
                // "une offensive sur N'Djamena ont entamé": the object
                // of a preposition is no subject.
                | "sur"
                | "contre"
                | "depuis"
        )
    }) {
        return false;
    }
    let after = &ftext[f.end..];
    // "Oman, qui avait négocié la trêve": the relative's subject.
    // "Moscou, principal allié de Damas": an ally named in apposition.
    if [
        ", principal allie",
        ", allie d",
        ", proche allie",
        ", parrain d",
        ", principal soutien",
        ", premier soutien",
        // "L'Érythrée, dont l'armée a combattu aux côtés des forces
        // fédérales": the state whose army fought.
        ", dont l'armee",
        ", dont les troupes",
        ", dont les forces",
        ", dont les soldats",
        ", premier allie",
        ", principal partenaire",
        ", soutien d",
        // "l'Angola, désigné médiateur par l'Union africaine".
        ", mediateur",
        ", designe mediateur",
        ", designee mediatrice",
    ]
    .iter()
    .any(|p| after.starts_with(p))
    {
        return true;
    }
    // "l'Iran, de son côté, a nié", "Washington, prévenu à l'avance, a
    // assuré": read past a short aside between commas (a phrase of
    // stance, or one opened by a participle).
    let after = match after.strip_prefix(", ") {
        Some(rest) => {
            let aside = head(rest, 48).find(", ").filter(|&k| {
                k <= 40 && !rest[..k].contains(['.', ';', ':', '(', '\n'])
            });
            let first = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .next()
                .unwrap_or("");
            let stance = [
                "de son cote",
                "de leur cote",
                "pour sa part",
                "pour leur part",
                "quant a lui",
                "quant a elle",
                "elle aussi",
                "lui aussi",
            ]
            .iter()
            .any(|p| rest.starts_with(p));
            // "Moscou et Téhéran, ses principaux alliés, ont réaffirmé",
            // "Moscou, médiateur traditionnel, a dit": a role among
            // states named in apposition.
            let role = aside.is_some_and(|k| {
                rest[..k].split(' ').take(3).any(|w| {
                    matches!(
                        w,
                        "allie"
                            | "allies"
                            | "alliee"
                            | "alliees"
                            | "mediateur"
                            | "mediatrice"
                            | "mediateurs"
                            | "mediatrices"
                            | "parrain"
                            | "parrains"
                            | "partenaire"
                            | "partenaires"
                            | "garant"
                            | "garants"
                            | "protecteur"
                            | "rival"
                            | "adversaire"
                    )
                })
            });
            match aside {
                Some(k)
                    if stance
                        || role
                        || is_past_participle(first)
                            && !STATE_UNDERGONE.contains(&first)
                            && !matches!(
                                first,
                                "qui" | "ville" | "capitale"
                            ) =>
                {
                    &rest[k + 1..]
                }
                _ => after,
            }
        }
        None => after,
    };
    // "a promis d'avancer « jusqu'à Damas » et appelé": a name that ends
    // a quotation (an odd number of quote marks before it on its line)
    // is no subject of what follows it.
    let closes_quote = after.trim_start_matches(' ').starts_with('"') && {
        let from = stretch_before(ftext, f.start, 600, 0);
        let lead = &ftext[from..f.start];
        let line = lead.rfind('\n').map_or(lead, |k| &lead[k + 1..]);
        line.matches('"').count() % 2 == 1
    };
    if !closes_quote && verb_acts(after, grave_a) {
        return true;
    }
    // "L'Iran, qui borde le Syunik, a mis en garde": past a relative
    // clause, the verb of the main one.
    if let Some(rest) = after.strip_prefix(", qui ") {
        // The comma that closes the relative clause.
        // ("Pékin, qui possède d'importants intérêts économiques de part
        // et d'autre de la frontière, a accueilli": a long relative.)
        let close = head(rest, 128).find(", ").filter(|&k| {
            k <= 120 && !rest[..k].contains(['.', ';', ':', '(', '\n'])
        });
        if let Some(k) = close {
            // (Not past one the state underwent: "Le Tchad, qui a
            // accueilli 500 000 réfugiés, demande de l'aide" is where they
            // are.)
            let undergone = rest[..k]
                .split(' ')
                .take(4)
                .any(|w| STATE_UNDERGONE.contains(&w));
            if !undergone && verb_acts(&rest[k + 1..], grave_a) {
                return true;
            }
            // "Israël, qui compte une importante communauté druze, affirme
            // vouloir …": whatever the relative tells, a state that
            // speaks after it acts.
            let next = rest[k + 2..].split(' ').next().unwrap_or("");
            if matches!(
                next,
                "affirme"
                    | "accuse"
                    | "annonce"
                    | "assure"
                    | "dement"
                    | "denonce"
                    | "condamne"
                    | "exige"
                    | "reclame"
                    | "estime"
                    | "juge"
                    | "menace"
            ) {
                return true;
            }
        }
    }
    // "Les États-Unis, l'Arabie saoudite et la Turquie ont appelé": the
    // first of a list of names, past the others to their verb.
    if let Some(rest) = after.strip_prefix(", ") {
        if let Some(e) = head(rest, 64).find(" et ").filter(|&e| e <= 60) {
            let names_only = rest[..e].split(", ").all(|part| {
                let words: Vec<&str> = part.split(' ').collect();
                words.len() <= 3
                    && !part.contains(['.', ';', ':', '(', '\n', '«'])
                    && !words.iter().any(|w| {
                        breaks_name_list(w)
                            || matches!(*w, "ville" | "capitale" | "pays")
                    })
            });
            if names_only && verb_acts(&rest[e..], grave_a) {
                return true;
            }
        }
    }
    // "Moscou et Téhéran, ses principaux alliés, ont réaffirmé": the
    // first of a pair acts as the second, read with its aside.
    if let Some(rest) = after.strip_prefix(" et ") {
        let second = head(rest, 36).find(", ").filter(|&k| {
            k <= 30
                && rest[..k].split(' ').count() <= 3
                && !rest[..k].contains(['.', ';', ':', '(', '\n', '«'])
        });
        if let Some(k) = second.filter(|_| pairs > 0) {
            let start = ftext.len() - rest.len();
            let f2 = Span { start, end: start + k };
            if acts_as_state_within(ftext, f2, false, pairs - 1) {
                return true;
            }
        }
    }
    false
}

/// The first `n` bytes of `s` or fewer, cut at a char boundary: where a
/// search for a mark that must come within a few words looks, so that
/// a text without the mark is not read to its end at each name.
fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Whether the words from `after` (the text right after a state's name,
/// or past an aside) begin with a verb by which the state acts.
fn verb_acts(after: &str, grave_a: bool) -> bool {
    // "les Émirats arabes unis, accusés d'armer les FSR": a state blamed
    // for a deed in an aside.
    if let Some(r) = after.strip_prefix(", ") {
        let mut ws = r.split(' ');
        if matches!(
            ws.next(),
            Some(
                "accuse"
                    | "accuses"
                    | "accusee"
                    | "accusees"
                    | "soupconne"
                    | "soupconnes"
                    | "soupconnee"
                    | "soupconnees"
            )
        ) && ws.next().is_some_and(|w| w == "de" || w.starts_with("d'"))
        {
            return true;
        }
    }
    let (after, relative) = match after.strip_prefix(", qui ") {
        Some(rest) => (rest, true),
        None => match after.strip_prefix(' ') {
            Some(rest) => (rest, false),
            None => return false,
        },
    };
    // "le Pakistan « frappera les sanctuaires »": past a quote mark.
    let after = if after.starts_with(['«', '"', '“']) {
        after.trim_start_matches(['«', '"', '“', ' ', '\u{a0}', '\u{202f}'])
    } else {
        after
    };
    // Words, with an empty string for each other mark ("Mali : à
    // Tombouctou" stops at the colon); quote marks are passed over
    // ("n'avait « pas participé »").
    let mut words = after
        .split([' ', '\u{a0}', '\u{202f}', '«', '»', '"', '“', '”'])
        .filter(|p| !p.is_empty())
        .flat_map(|p| p.split(|c: char| !(c.is_alphanumeric() || c == '\'')))
        .take(6);
    let mut w = words.next().unwrap_or("");
    const AUX: [&str; 9] = [
        "n'a",
        "n'ont",
        "n'avait",
        "n'avaient",
        "a",
        "ont",
        "avait",
        "avaient",
        "aurait",
    ];
    // "Kinshasa et Kampala mènent", "Israël et le Hamas ont conclu": past
    // the other party of the pair (an article and a name of two words at
    // most).
    if w == "et" {
        for _ in 0..4 {
            w = words.next().unwrap_or("");
            if w.is_empty()
                || AUX.contains(&w)
                || matches!(w, "sont" | "est" | "s'est" | "etaient" | "etait")
                || is_state_verb(w, false)
                || w.strip_prefix("s'")
                    .is_some_and(|v| is_state_verb(v, false))
                || STATE_MODALS.contains(&w)
                || STATE_INTENT.contains(&w)
            {
                break;
            }
        }
    }
    // "Moscou y a envoyé des paramilitaires", "Kigali en a livré":
    // past a pronoun before the auxiliary.
    if matches!(w, "y" | "en" | "lui" | "leur")
        && words.clone().next().is_some_and(|x| AUX.contains(&x))
    {
        w = words.next().unwrap_or("");
    }
    // "tant que Kiev ne renoncera pas": the negation leaves the verb
    // simple; "Moscou l'a accusé", "Kiev les a": past an object pronoun
    // to the auxiliary.
    if w == "ne" {
        w = words.next().unwrap_or("");
    } else if let Some(v) = w.strip_prefix("n'").filter(|_| !AUX.contains(&w))
    {
        // "Washington n'hésiterait pas à sanctionner": the elided
        // negation before a simple verb.
        w = v;
    }
    if w == "les" {
        let mut ahead = words.clone();
        if ahead.next().is_some_and(|x| AUX.contains(&x)) {
            w = words.next().unwrap_or("");
        }
    } else if let Some(aux) = w.strip_prefix("l'").filter(|x| AUX.contains(x))
    {
        w = aux;
    } else if let Some(v) =
        w.strip_prefix("l'").filter(|x| is_state_verb(x, false))
    {
        // "Washington l'attribue à l'EI-K".
        w = v;
    }
    let mut compound = false;
    for aux in AUX {
        if w == aux && !(grave_a && aux == "a") {
            w = words.next().unwrap_or("");
            compound = true;
            break;
        }
    }
    // "Les États-Unis ont également mené", "Israël n'a pas encore
    // répondu": past adverbs.
    // ("Kiev et Moscou ont par ailleurs procédé".)
    w = past_state_adverbs(w, &mut words);
    // "Les États-Unis et la France ont explicitement exigé": past an
    // adverb in "-ment" between the auxiliary and the participle.
    if compound && w.len() >= 8 && w.ends_with("ment") {
        w = words.next().unwrap_or("");
    }
    // "Israël, qui se pose en protecteur": a pronominal verb.
    // "Washington en attribue la responsabilité": past an object pronoun.
    // "Kiev la rejette", "Moscou les accuse": past an object pronoun
    // before a verb of the list.
    if matches!(w, "se" | "en" | "y" | "lui" | "leur")
        || matches!(w, "la" | "le" | "les") && {
            let mut ahead = words.clone();
            ahead.next().is_some_and(|v| is_state_verb(v, compound))
        }
    {
        w = words.next().unwrap_or("");
    }
    // "Moscou et Kiev s'accusent mutuellement": the elided pronoun.
    if let Some(v) = w.strip_prefix("s'") {
        if !STATE_VERBS.contains(&w) && is_state_verb(v, false) {
            w = v;
        }
    }
    if is_state_verb(w, compound) || (!compound && conditional_or_future(w)) {
        return true;
    }
    // "Ankara, qui avait accueilli les pourparlers": a state that hosted
    // talks acted as one; one that took in refugees is where they are
    // ("accueilli" stays among the verbs undergone).
    // ("a accueilli plusieurs séries de pourparlers".)
    if w == "accueilli"
        && words.clone().take(5).any(|x| {
            matches!(
                x,
                "pourparlers"
                    | "negociations"
                    | "discussions"
                    | "sommet"
                    | "reunion"
                    | "entretiens"
                    | "conference"
                    | "rencontre"
            )
        })
    {
        return true;
    }
    // "Israël accusant le Hamas", "la Russie affirmant": a present
    // participle of one of those verbs.
    if !compound {
        if let Some(stem) = w.strip_suffix("ant").filter(|s| s.len() >= 3) {
            let e = [stem, "e"].concat();
            if STATE_VERBS.contains(&stem) || STATE_VERBS.contains(&e.as_str())
            {
                return true;
            }
        }
    }
    // "Israël et le Hamas sont parvenus à un accord", "Moscou s'est dit
    // prêt": a state reaching or declaring something.
    // ("qu'Israël et le Hamas étaient parvenus à un accord".)
    if matches!(w, "sont" | "est" | "s'est" | "etaient" | "etait") {
        let mut v = words.next().unwrap_or("");
        // "Niamey s'est depuis rapproché de Moscou": past an adverb.
        if matches!(v, "depuis" | "deja" | "ensuite" | "alors" | "encore") {
            v = words.next().unwrap_or("");
        }
        if matches!(
            v,
            "parvenu"
                | "parvenus"
                | "convenu"
                | "convenus"
                | "dit"
                | "dits"
                | "dite"
                | "dites"
                | "declare"
                | "declares"
                | "declaree"
                | "declarees"
                | "engage"
                | "engages"
                | "engagee"
                | "engagees"
                | "retire"
                | "retires"
                | "retiree"
                | "retirees"
                | "parvenue"
                | "parvenues"
                | "convenue"
                | "convenues"
                // "Kiev et Moscou se sont mis d'accord", "se sont entendus
                // sur une trêve".
                | "mis"
                | "mises"
                | "entendu"
                | "entendus"
                | "entendues"
                // "Paris s'est réjoui de la trêve", "s'est félicité".
                | "rejoui"
                | "rejouie"
                | "felicite"
                | "felicitee"
                // "Niamey s'est rapproché de Moscou".
                | "rapproche"
                | "rapproches"
                | "rapprochee"
                | "rapprochees"
        ) {
            return true;
        }
        // "Les États-Unis sont entrés dans le conflit", "est entrée en
        // guerre".
        if matches!(v, "entre" | "entres" | "entree" | "entrees")
            && words
                .clone()
                .take(3)
                .any(|x| matches!(x, "guerre" | "conflit" | "guerres"))
        {
            return true;
        }
    }
    // "Islamabad a fait le choix de sacrifier", "Kiev a fait savoir": a
    // choice made or a word sent is done ("a fait 20 morts" is not).
    if compound && w == "fait" {
        let mut ahead = words.clone();
        match (ahead.next(), ahead.next()) {
            (Some("savoir" | "appel" | "pression" | "part"), _)
            | (Some("le"), Some("choix")) => return true,
            _ => {}
        }
    }
    // "Moscou et Kiev ont échangé", "l'Égypte a accueilli les
    // pourparlers": a state that has done something acts, whatever the
    // verb, but not one that underwent or went through it ("la Syrie a
    // été frappée", "le Soudan a connu").
    if compound
        && !relative
        && is_past_participle(w)
        && !STATE_UNDERGONE.contains(&w)
    {
        return true;
    }
    // "Bakou pourrait lancer", "Le Kenya prévoit de déployer": a modal or
    // a verb of intent, then an action.
    let intent = STATE_INTENT.contains(&w);
    if STATE_MODALS.contains(&w) || intent {
        // "Bamako et Niamey doivent par ailleurs lancer".
        let first = words.next().unwrap_or("");
        let mut v = past_state_adverbs(first, &mut words);
        if intent && matches!(v, "de" | "d'" | "a") {
            v = words.next().unwrap_or("");
        }
        let v = v.strip_prefix("d'").unwrap_or(v);
        return STATE_ACTIONS.contains(&v);
    }
    false
}

/// Whether a folded word cannot stand in a list of names: a relative, a
/// verb or a preposition ends it ("par Ankara, l'Union européenne et les
/// États-Unis" is one; "par Ankara, qui a …" is not).
fn breaks_name_list(w: &str) -> bool {
    matches!(
        w,
        "qui"
            | "que"
            | "a"
            | "ont"
            | "est"
            | "sont"
            | "dans"
            | "pour"
            | "sur"
            | "avec"
            | "selon"
            | "contre"
            | "en"
            | "au"
            | "aux"
            | "vers"
    )
}

/// Whether a folded word is one of [`STATE_VERBS`] or, when no auxiliary
/// comes before it, its plural ("Niamey et Moscou renforcent", "Kiev et
/// Moscou achèvent").
fn is_state_verb(w: &str, compound: bool) -> bool {
    STATE_VERBS.contains(&w)
        || !compound
            && (w.ends_with("ent")
                && w.strip_suffix("nt").is_some_and(|v| STATE_VERBS.contains(&v))
                // "Téhéran ne cherchait pas", "Kiev et Moscou
                // négociaient": the imperfect of one of them.
                || w.strip_suffix("ait")
                    .or_else(|| w.strip_suffix("aient"))
                    .filter(|s| s.len() >= 3)
                    .is_some_and(|s| {
                        STATE_VERBS.contains(&[s, "e"].concat().as_str())
                    }))
}

/// Whether a folded word is a verb in the conditional or the future
/// ("protégerait", "occuperaient", "ripostera", "frapperont"): right after
/// a state's name, the state is its subject ("qu'Israël protégerait").
fn conditional_or_future(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "retrait",
        "portrait",
        "extrait",
        "attrait",
        "abstrait",
        "soustrait",
        "camera",
        "opera",
        "cholera",
    ];
    w.len() > 5
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && [
            "rait", "raient", "eront", "iront", "era", "ira",
            // "Israël ne permettra pas", "Kiev prendra", "Moscou devra".
            "ttra", "ndra", "rra", "vra", "ttront", "ndront", "rront", "vront",
        ]
        .iter()
        .any(|e| w.ends_with(e))
        && !NOUNS.contains(&w)
}

/// `w`, or the word after up to two adverbs of [`STATE_ADVERBS`], "par
/// ailleurs" or "de nouveau" starting at `w`, taken from `words`.
fn past_state_adverbs<'a, I>(mut w: &'a str, words: &mut I) -> &'a str
where
    I: Iterator<Item = &'a str> + Clone,
{
    for _ in 0..2 {
        if STATE_ADVERBS.contains(&w) {
            w = words.next().unwrap_or("");
        } else if w.is_empty() && {
            // "Le Royaume-Uni a, lui aussi, condamné": an aside between
            // commas.
            let mut ahead = words.clone();
            matches!(
                (ahead.next(), ahead.next()),
                (
                    Some("lui" | "elle" | "eux" | "elles"),
                    Some("aussi" | "egalement" | "meme")
                )
            )
        } {
            words.next();
            words.next();
            w = words.next().unwrap_or("");
            if w.is_empty() {
                w = words.next().unwrap_or("");
            }
        } else if (w == "de" || w == "pour") && {
            // "de son côté", "pour sa part".
            let mut ahead = words.clone();
            let (a, b) = (ahead.next(), ahead.next());
            matches!(
                (w, a, b),
                ("de", Some("son" | "leur"), Some("cote"))
                    | ("pour", Some("sa" | "leur"), Some("part"))
            )
        } {
            words.next();
            words.next();
            w = words.next().unwrap_or("");
        } else if w == "par" || w == "de" || w == "en" {
            // "par ailleurs", "de nouveau", "en contrepartie".
            let mut ahead = words.clone();
            if ahead.next()
                == Some(match w {
                    "par" => "ailleurs",
                    "de" => "nouveau",
                    _ => "contrepartie",
                })
            {
                *words = ahead;
                w = words.next().unwrap_or("");
            }
        }
    }
    w
}

/// Participles (folded) after which a state's name is no doer: it
/// underwent, saw or lived through what follows.
const STATE_UNDERGONE: &[&str] = &[
    "ete",
    "connu",
    "vecu",
    "subi",
    "enregistre",
    "recense",
    "perdu",
    "traverse",
    "souffert",
    "fait",
    "eu",
    "vu",
    "pris",
    "accueilli",
    "abrite",
    "compte",
    "totalise",
    "beneficie",
    "recu",
    "atteint",
];

/// Whether `w` (folded) has the ending of a past participle: "echange",
/// "fini", "rendu", "mis", "dit", "ouvert", "atteint".
fn is_past_participle(w: &str) -> bool {
    w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && ["e", "i", "u", "is", "it", "ert", "int"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// Nouns of brokering after which a state is the broker ("une médiation
/// des Émirats", "sous l'égide du Qatar et de l'Égypte").
const MEDIATION_NOUNS: &[&str] =
    &["mediation", "entremise", "egide", "parrainage", "diplomatie"];

/// Participles before "à" that make the name after it the state handed
/// something ("remis à Moscou").
const STATE_RECIPIENT_OF: &[&str] = &[
    "remis",
    // "Khamenei a promis à Israël un « sort amer »".
    "promis",
    "remet",
    "remettent",
    "remettra",
    "remettrait",
    "remises",
    "transmis",
    "transmises",
    "restitue",
    "restitues",
    "extrade",
    "extrades",
    "demande",
    "demandent",
    "reproche",
    "reprochent",
    // "reprochant à Kiev d'avoir refusé", "devra restituer à Bakou trois
    // districts", "en soutien à Israël", "présenté ses excuses à Moscou",
    // "des slogans hostiles à la France", "une frappe attribuée à Israël".
    "reprochant",
    "restituer",
    "soutien",
    "excuses",
    "hostile",
    "hostiles",
    "attribue",
    "attribuee",
    "attribues",
    "attribuees",
    // "un ultimatum de 48 heures adressé à Islamabad".
    "adresse",
    "adressee",
    "adresses",
    // "tout navire lié aux États-Unis", "des intérêts liés à Israël".
    "lie",
    "lies",
    "liee",
    "liees",
    // "un assassinat imputé à Israël".
    "impute",
    "imputee",
    "imputes",
    "imputees",
];

/// Adverbs between a state's name (and its auxiliary) and its verb.
const STATE_ADVERBS: &[&str] = &[
    // "Bujumbura a plusieurs fois mis en garde".
    "plusieurs",
    "fois",
    "pas",
    "deja",
    "aussitot",
    "egalement",
    "aussi",
    "encore",
    "jamais",
    "finalement",
    "immediatement",
    "officiellement",
    "publiquement",
    "fermement",
    "vivement",
    "toujours",
    "desormais",
    "recemment",
    "notamment",
    "jusqu'ici",
    "formellement",
    "categoriquement",
    "regulierement",
    "souvent",
    "ouvertement",
    "constamment",
    "alors",
    "ensuite",
    "pourtant",
];

/// Modal verbs after which a state's name acts ("Bakou pourrait lancer").
const STATE_MODALS: &[&str] = &[
    "pourrait",
    "pourraient",
    "peut",
    "peuvent",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "va",
    "vont",
    "veut",
    "veulent",
    "entend",
    "entendent",
    "entendait",
    "refusait",
    "tente",
    // "la Russie voulait frapper", "Kiev pouvait riposter".
    "voulait",
    "voulaient",
    "pouvait",
    "pouvaient",
    "devait",
    "devaient",
];

/// Verbs of intent that take "de" and an action ("prévoit de déployer").
const STATE_INTENT: &[&str] = &[
    "prevoit",
    "prevoient",
    "envisage",
    "envisagent",
    "menace",
    "menacent",
    "promet",
    "tente",
    "decide",
    "refuse",
    "accepte",
    "cherche",
    "s'apprete",
    "s'engage",
    "continue",
    "compte",
];

/// Infinitives of what states do to or with others.
const STATE_ACTIONS: &[&str] = &[
    "lancer",
    // "Kinshasa continue d'exclure tout dialogue", "Kigali continue de
    // nier".
    "exclure",
    "nier",
    "dementir",
    "rejeter",
    // "Israël doit relâcher des prisonniers".
    "relacher",
    "liberer",
    "neutraliser",
    "desarmer",
    "lever",
    "relancer",
    "accueillir",
    "proteger",
    "defendre",
    "parrainer",
    "attaquer",
    "frapper",
    "bombarder",
    "riposter",
    "repondre",
    "intervenir",
    "envoyer",
    "deployer",
    "retirer",
    "reprendre",
    "livrer",
    "fournir",
    "mener",
    "intensifier",
    "imposer",
    "negocier",
    "conclure",
    "signer",
    "accepter",
    "refuser",
    "reconnaitre",
    "soutenir",
    "annoncer",
    "declarer",
    "menacer",
    "exiger",
    "envahir",
    "annexer",
    "occuper",
    "sanctionner",
    "expulser",
    "rompre",
    "suspendre",
    "cibler",
    "viser",
    "detruire",
    "abattre",
    "armer",
    "financer",
    // "Le Bénin et le Togo doivent tenir une réunion", "Kinshasa va
    // rencontrer Kigali".
    // "si Kiev entendait conserver ces positions".
    "conserver",
    "garder",
    "maintenir",
    "tenir",
    "organiser",
    "rencontrer",
    "discuter",
    "dialoguer",
    "participer",
    "ratifier",
    "renforcer",
    "cooperer",
];

/// True when `span` opens a wire's dateline, at the start of its line
/// and followed by a comma or a bracket, then a date and an agency in
/// brackets on that line: "ADRÉ (Tchad), 16 juin 2023 (AFP) -".
fn opens_dateline(text: &str, span: Span) -> bool {
    let head = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    if !(head.is_empty() || head.ends_with('\n')) {
        return false;
    }
    let after = &text[span.end..];
    if !(after.starts_with(',') || after.starts_with(" (")) {
        return false;
    }
    let line = text[span.end..stretch_after(text, span.end, 80)]
        .split('\n')
        .next()
        .unwrap_or("");
    line.contains(|c: char| c.is_ascii_digit())
        && [") -", ")\u{a0}-", ") –", ")\u{a0}–"]
            .iter()
            .any(|d| line.contains(d))
}

/// True when `span` is a news agency's credit: "(AFP) -" after a
/// dateline, "© AFP", "Photo AFP", "AFP/Archives".
fn is_credit(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    let after = &text[span.end..];
    if before.ends_with('(') && after.starts_with(')') {
        let rest = after[1..].trim_start_matches([' ', '\u{a0}']);
        return rest.starts_with(['-', '–', '—', '\n']) || rest.is_empty();
    }
    before.ends_with('©')
        || before.ends_with("Photo")
        || before.ends_with("photo")
        || after.starts_with("/Archives")
        || after.starts_with(" / Archives")
}

/// Whether a gazetteer place is below [`big_place`]: one a person's name
/// may hold ("Uba" of "Uba Sani").
fn small_place(ctx: &Context<'_>, d: &Draft) -> bool {
    d.row.is_some_and(|r| !big_place(ctx.lexicon.row(r)))
}

/// Whether a place subkind is a country, a division or a region.
fn is_division(subkind: &str) -> bool {
    matches!(subkind, "country" | "admin1" | "admin2" | "region")
}

/// Countries, divisions, regions and cities of 100,000 or more.
fn big_place(p: &Row) -> bool {
    is_division(&p.subkind)
        || p.flags.population.unwrap_or(0) >= 100_000
        || p.flags.case_sensitive
}

/// Whether the folded gap between a descriptor and a name leaves them one
/// phrase: nothing, or one lowercase word that reads as an adjective
/// ("chiite", "kurde", "rebelle"), not a verb ("attaquent") or a
/// function word.
fn apposed_adjective(gap: &str) -> bool {
    gap.is_empty()
        || (gap.len() > 3
            && gap.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !["ent", "ont", "ait", "er"].iter().any(|e| gap.ends_with(e))
            && !matches!(
                gap,
                "dont"
                    | "avec"
                    | "sans"
                    | "pour"
                    | "contre"
                    | "chez"
                    | "vers"
                    | "selon"
            ))
}

/// Words after which a descriptor is a noun, not an adjective.
const NOUN_OPENERS: &[&str] = &[
    "les",
    "des",
    "de",
    "d'",
    "ces",
    "l'",
    "le",
    "la",
    "un",
    "une",
    "aux",
    "du",
    "par",
    "contre",
    "leurs",
    "leur",
    "ses",
    "sa",
    "son",
    "mon",
    "ma",
    "mes",
    "notre",
    "nos",
    "plusieurs",
    "quelques",
    "nombreux",
    "certains",
    // "les derniers assaillants", "les premiers soldats".
    "derniers",
    "dernieres",
    "premiers",
    "premieres",
    "deux",
    "trois",
    "et",
    "ou",
    "a",
    "avec",
    "entre",
    "sur",
    "dont",
    "que",
    "qui",
    "nos",
    "vos",
    "tous",
    "toutes",
    "autres",
    "selon",
    "pour",
    "chez",
    "vers",
    "ex",
    "anciens",
    "presumes",
    "supposes",
    "dizaines",
    "centaines",
    "milliers",
    "nouveaux",
    "aucun",
    "aucune",
];

/// Groups whose bare noun ("l'armée", "le gouvernement") is linked.
const BARE_GROUPS: &[&str] = &[
    "army",
    "government",
    "police",
    "airforce",
    "gendarmerie",
    "prosecution",
    "presidency",
    "general-staff",
    "parliament",
];

impl crate::gazetteer::Flags {
    /// Descriptors that only name a group when counted ("305 personnes").
    fn counted_only(&self) -> bool {
        self.group.as_deref() == Some("counted")
    }

    /// Descriptors that only name a group when its deed follows ("les
    /// auteurs de l'embuscade").
    fn deed_only(&self) -> bool {
        self.group.as_deref() == Some("deed")
    }
}

/// Whether folded text `after` (what follows a noun) opens with a
/// violent deed it is of: "de l'embuscade", "du massacre", "des
/// enlèvements", "de ces attaques"; not crimes or abuses in general
/// ("les auteurs d'exactions", which the gold sets leave unmarked).
fn deed_follows(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(rest) = [
        "de l'",
        "du ",
        "des ",
        "de la ",
        "de ces ",
        "de cette ",
        "de cet ",
        "d'",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p)) else {
        return false;
    };
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    [
        "attaque",
        "embuscade",
        "massacre",
        "attentat",
        "enlevement",
        "rapt",
        "tuerie",
        "assassinat",
        "meurtre",
        "tir",
        "frappe",
        "incendie",
        "pillage",
        "agression",
        "raid",
        "carnage",
        "explosion",
        "bombardement",
    ]
    .iter()
    .any(|s| word.starts_with(s))
}

fn fold_key(s: &str) -> String {
    crate::normalize::fold_name(s)
}

/// Lowercases the first char of a common-noun phrase at a sentence start
/// ("Armée syrienne" → "armée syrienne").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// Rows of one place under several ids (an acronym row beside the main
/// one) link through their canonical name, country and subkind.
fn place_key(p: &Row) -> String {
    let country = p.country.as_deref().unwrap_or("");
    let name = fold_key(&p.canonical);
    let mut key = String::with_capacity(
        "place:::".len() + p.subkind.len() + country.len() + name.len(),
    );
    for part in ["place:", &p.subkind, ":", country, ":", &name] {
        key.push_str(part);
    }
    key
}

fn actor_key(a: &Row) -> String {
    let country = a.country.as_deref().unwrap_or("");
    let name = fold_key(&a.canonical);
    let mut key =
        String::with_capacity("actor::".len() + country.len() + name.len());
    for part in ["actor:", country, ":", &name] {
        key.push_str(part);
    }
    key
}

fn named_draft(a: &Row, idx: u32) -> Draft {
    Draft {
        kind: EntityKind::Actor,
        canonical: a.canonical.clone(),
        subkind: a.subkind.clone(),
        country: a.country.clone(),
        row: Some(idx),
        value: None,
        granularity: None,
        mentions: Vec::new(),
        group: None,
    }
}

fn place_draft(p: &Row, idx: Option<u32>) -> Draft {
    Draft {
        kind: EntityKind::Place,
        canonical: p.canonical.clone(),
        subkind: p.subkind.clone(),
        country: p.country.clone(),
        row: idx,
        value: None,
        granularity: None,
        mentions: Vec::new(),
        group: None,
    }
}

/// Whether a noun that names people only when counted ("commerçants",
/// "enfants") names them as a group without a number: civilians, right
/// after an article or a possessive that makes the noun the head of the
/// phrase ("des commerçants", "les élèves", "aux agriculteurs", "de
/// nombreux pêcheurs"). Not the wounded, who are a figure of a toll; not
/// prisoners, mostly told of in exchanges; not "les hommes", often the
/// troops of a commander.
fn bare_civilian_group(d: &Row, before: &[&str]) -> bool {
    d.subkind == "civilians"
        && !matches!(
            d.canonical.as_ref(),
            "blessés" | "détenus" | "hommes" | "personnes"
        )
        && matches!(
            before,
            [.., "des" | "les" | "ces" | "aux" | "leurs"]
                | [.., "de", "nombreux" | "nombreuses"]
                | [.., "d'", "autres"]
                // "des affrontements entre éleveurs et agriculteurs".
                | [.., "entre"]
                | [.., "entre", _, "et"]
        )
}

/// Whether the people named at `start` are only the make-up of a group
/// told just before ("dix personnes, dont des femmes et des enfants"): no
/// group of their own. ("61 morts, en majorité des civils" tells who the
/// dead were: those civilians are a group.)
fn subset_told(ftext: &str, start: usize) -> bool {
    let before = words_before(ftext, start, 6);
    // "52 personnes, en majorité des femmes et des enfants": the make-up
    // by sex and age of those counted, not a group (unlike "en majorité
    // des civils").
    let mostly = before.iter().rposition(|w| {
        matches!(*w, "majorite" | "majoritairement" | "plupart")
    });
    if let Some(at) = mostly {
        let noun = ftext[start..].split(|c: char| !c.is_alphanumeric()).next();
        let rest = &before[at + 1..];
        return matches!(
            noun,
            Some("femmes" | "enfants" | "jeunes" | "filles" | "garcons")
        ) && matches!(rest.first(), Some(&"des"))
            && rest.iter().filter(|w| !matches!(**w, "des" | "et")).count()
                <= 1;
    }
    let Some(at) = before.iter().rposition(|w| *w == "dont") else {
        return false;
    };
    let rest = &before[at + 1..];
    matches!(rest.first(), Some(&("des" | "de")))
        && rest.iter().filter(|w| !matches!(**w, "des" | "de" | "et")).count()
            <= 1
}

/// Whether a noun that names people only when counted names one civilian
/// (or one elected official, member, expert …) at `surface`: a singular
/// form right after a singular article, a possessive or "aucun" ("un
/// commerçant", "le chauffeur", "aucun civil"). Not the wounded (a
/// figure), men (often troops), "personne" ("no one") or a reporter's
/// title ("notre correspondant à Juba").
fn one_civilian(d: &Row, surface: &str, before: &[&str], after: &str) -> bool {
    // "mon voisin", "sa cousine", "un frère": kin and neighbours are
    // told with a possessive or "un" (not "le frère du président"), and
    // not when named right after ("Son épouse, Asma, …").
    if d.canonical == "voisin"
        && (kin_named_after(after)
            || !matches!(
                before.last(),
                Some(
                    &("mon"
                        | "ma"
                        | "son"
                        | "sa"
                        | "notre"
                        | "leur"
                        | "un"
                        | "une"
                        | "d'un"
                        | "d'une")
                )
            ))
    {
        return false;
    }
    matches!(d.subkind.as_ref(), "civilians" | "other")
        && (!matches!(
            d.canonical.as_ref(),
            "blessés" | "détenus" | "hommes" | "personnes" | "collègues"
        )
            // "un jeune homme": no soldier is told so.
            || surface.starts_with("jeune "))
        && !surface.ends_with(['s', 'x'])
        && matches!(
            before,
            [
                ..,
                "un" | "une"
                    // "l'enlèvement d'un commerçant".
                    | "d'un"
                    | "d'une"
                    | "le"
                    | "la"
                    | "l'"
                    | "mon"
                    | "ma"
                    | "son"
                    | "sa"
                    | "leur"
                    | "notre"
                    | "aucun"
                    | "aucune"
                    | "cet"
                    | "cette"
            ]
        )
        // "aucun membre de l'équipage": no one of a body.
        && (d.subkind == "civilians"
            || !matches!(before.last(), Some(&("aucun" | "aucune"))))
}

/// "Son épouse, Asma, a également péri": kin named right after, between
/// commas; the name is the mention.
fn kin_named_after(rest: &str) -> bool {
    rest.strip_prefix(", ").is_some_and(|r| {
        let end = r.find([',', '.', ';']).unwrap_or(r.len());
        let name = &r[..end];
        (1..=3).contains(&name.split(' ').count())
            && name.split(' ').all(|w| name_word(w, 2))
            && r[end..].starts_with(',')
    })
}

/// Adds `span` as a mention of the actor of gazetteer row `r` (`a`).
fn add_named(set: &mut EntitySet, a: &Row, r: u32, span: Span) {
    set.add_row(RowKey::Actor, r, || actor_key(a), span, || named_draft(a, r));
}

/// The key of a counted group: each is an entity of its own.
fn counted_key(start: usize) -> String {
    let mut buf = [0u8; 20];
    let digits = crate::output::decimal(start as u64, &mut buf);
    let mut key = String::with_capacity("counted:".len() + digits.len());
    key.push_str("counted:");
    key.extend(digits.iter().map(|&d| char::from(d)));
    key
}

fn add_counted(
    set: &mut EntitySet,
    ctx: &Context<'_>,
    span: Span,
    noun: &Row,
    country: Option<Text>,
) -> usize {
    let subkind = if noun.subkind.is_empty() {
        Text::Borrowed("civilians")
    } else {
        noun.subkind.clone()
    };
    set.add(counted_key(span.start), span, || Draft {
        kind: EntityKind::Actor,
        canonical: ctx.text[span].to_string().into(),
        subkind,
        country,
        row: None,
        value: None,
        granularity: None,
        mentions: Vec::new(),
        group: None,
    })
}

/// "ministère russe de la Défense": a demonym right after the first word
/// of a multiword actor noun, with the rest of the noun after it.
fn split_noun<'a>(
    ctx: &Context<'a>,
    h: &Hit<'_>,
    demonyms: &[u32],
) -> Option<(Span, &'a Row, &'a Row)> {
    let ftext = ctx.folded.text.as_str();
    let before = Words::before(ftext, h.folded.start, 1);
    let head = *before.first()?;
    let after = &ftext[h.folded.end..];
    for (r, rest) in ctx.tables.multi_nouns.get(head)? {
        if !after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(rest.as_str()))
        {
            continue;
        }
        let end_f = h.folded.end + 1 + rest.len();
        if end_f < ftext.len()
            && ftext[end_f..].chars().next().is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let start_f = ftext[..h.folded.start].trim_end().len() - head.len();
        let span = ctx.folded.to_original(Span::new(start_f, end_f));
        let dem = ctx.lexicon.row(demonyms[0]);
        return Some((span, ctx.lexicon.row(*r), dem));
    }
    None
}

/// Lookups built once per lexicon, so that no document pays for a scan
/// of the gazetteer. They are read for every candidate, with the hash of
/// [`KeyMap`].
#[derive(Debug)]
pub(crate) struct Tables {
    /// Multiword actor nouns by their first folded word: (row, rest).
    multi_nouns: KeyMap<String, Vec<(u32, String)>>,
    /// Capital city row by ISO2 country.
    capitals: KeyMap<String, u32>,
    /// Country row by ISO2.
    countries: KeyMap<String, u32>,
    /// Actor rows of national armies: state forces one of whose names is
    /// "armée …" or "forces armées …" (for [`link_named_armies`]).
    army_rows: std::collections::HashSet<u32, crate::keyhash::KeyHash>,
    /// Actor rows of national police forces: state forces one of whose
    /// names is "police nationale …" (for [`link_named_armies`]).
    police_rows: std::collections::HashSet<u32, crate::keyhash::KeyHash>,
    /// The folded canonical name of each actor noun row.
    folded_nouns: KeyMap<u32, String>,
    /// The folded forms but the first (the plurals and feminines) of each
    /// demonym row.
    demonym_forms: KeyMap<u32, Vec<String>>,
}

impl Tables {
    /// The folded canonical name of actor noun row `r`.
    fn folded_noun(&self, r: u32, noun: &Row) -> String {
        match self.folded_nouns.get(&r) {
            Some(f) => f.clone(),
            None => fold_key(&noun.canonical),
        }
    }
}

impl Tables {
    /// Builds the tables of a lexicon.
    pub(crate) fn new(lex: &Lexicon) -> Tables {
        let rows = lex.gazetteer().rows();
        let mut multi_nouns: KeyMap<String, Vec<(u32, String)>> =
            KeyMap::default();
        let mut countries: KeyMap<String, u32> = KeyMap::default();
        let mut army_rows = std::collections::HashSet::default();
        let mut police_rows = std::collections::HashSet::default();
        let mut folded_nouns = KeyMap::default();
        let mut demonym_forms = KeyMap::default();
        for (i, r) in rows.iter().enumerate() {
            if r.kind == RowKind::Demonym {
                let forms = r.variants.get(1..).unwrap_or_default();
                let forms = forms.iter().map(|f| fold_key(f)).collect();
                demonym_forms.insert(i as u32, forms);
            }
            if r.kind == RowKind::Actor
                && r.subkind == "state_force"
                && std::iter::once(&r.canonical).chain(&r.variants).any(|v| {
                    let f = fold_key(v);
                    f.starts_with("armee ") || f.starts_with("forces armees ")
                })
            {
                army_rows.insert(i as u32);
            }
            if r.kind == RowKind::Actor
                && r.subkind == "state_force"
                && std::iter::once(&r.canonical)
                    .chain(&r.variants)
                    .any(|v| fold_key(v).starts_with("police nationale "))
            {
                police_rows.insert(i as u32);
            }
            if r.kind == RowKind::ActorNoun {
                let name = crate::normalize::fold_name(&r.canonical);
                folded_nouns.insert(i as u32, name.clone());
                if let Some((first, rest)) = name.split_once(' ') {
                    multi_nouns
                        .entry(first.to_string())
                        .or_default()
                        .push((i as u32, rest.to_string()));
                }
            }
            if r.kind == RowKind::Place && r.subkind == "country" {
                if let Some(c) = &r.country {
                    if r.id == format!("P:{c}:country") {
                        countries.insert(c.clone().into_owned(), i as u32);
                    }
                }
            }
        }
        // The capital is the city of the country at the country row's
        // coordinates (country rows are placed on their capital).
        let mut best: HashMap<String, (u32, f64)> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            if r.kind != RowKind::Place || r.subkind != "city" {
                continue;
            }
            let Some(c) = &r.country else { continue };
            let Some(&ci) = countries.get(c.as_ref()) else { continue };
            let country = &rows[ci as usize];
            let (Some(lat), Some(lon), Some(clat), Some(clon)) =
                (r.lat, r.lon, country.lat, country.lon)
            else {
                continue;
            };
            let d = (lat - clat).powi(2) + (lon - clon).powi(2);
            if d < 0.01 && best.get(c.as_ref()).map_or(true, |&(_, bd)| d < bd)
            {
                best.insert(c.clone().into_owned(), (i as u32, d));
            }
        }
        let capitals = best.into_iter().map(|(c, (i, _))| (c, i)).collect();
        Tables {
            multi_nouns,
            capitals,
            countries,
            army_rows,
            police_rows,
            folded_nouns,
            demonym_forms,
        }
    }
}

/// The capital of a country.
fn capital_of<'a>(ctx: &Context<'a>, iso: &str) -> Option<(u32, &'a Row)> {
    let &i = ctx.tables.capitals.get(iso)?;
    Some((i, ctx.lexicon.row(i)))
}

static BARE_CAPITAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)(?:[Ll]a|[Ss]a|[Ll]eur)\s+capitale(?-u:\b)")
        .expect("capital pattern is valid")
});

/// "la capitale" alone: the capital of the document's main country.
fn add_bare_capitals(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    let Some((idx, cap)) = top.and_then(|c| capital_of(ctx, c)) else {
        return;
    };
    for m in BARE_CAPITAL.find_iter(ctx.text) {
        let start = m.end() - "capitale".len();
        let span = Span::new(start, m.end());
        let after = ctx.text[m.end()..].trim_start();
        // "la capitale de X", "la capitale, Bamako": X names it.
        // "la capitale régionale": not the country's.
        let qualified = [
            "régionale",
            "provinciale",
            "économique",
            "administrative",
            "politique",
            "historique",
            "spirituelle",
            "culturelle",
            "religieuse",
        ]
        .iter()
        .any(|q| after.starts_with(q));
        // "Maiduguri, la capitale …": an apposition to the place before.
        let apposition = ctx.text[..m.start()].trim_end().ends_with(',');
        // "la capitale, Bamako" names it; "dans la capitale, est" not.
        let comma_name = after.strip_prefix(',').is_some_and(|a| {
            a.trim_start().chars().next().is_some_and(char::is_uppercase)
        });
        // "la capitale de X", "la capitale d'X", "du pays"; not "la
        // capitale depuis février", "dans la capitale dimanche".
        let of_name = ["de ", "du ", "des ", "d'", "d’"]
            .iter()
            .any(|p| after.starts_with(p));
        let named_after = qualified
            || apposition
            || comma_name
            || of_name
            || after.chars().next().is_some_and(char::is_uppercase);
        if named_after
            || ctx.skip.is_some_and(|s| s.overlaps(span))
            || set.covers(span)
        {
            continue;
        }
        set.add_row(
            RowKey::Place,
            idx,
            || place_key(cap),
            span,
            || place_draft(cap, Some(idx)),
        );
    }
}

/// "à", "près de" and a capitalized name; found through
/// [`after_non_word_at`], which checks the char before the cue.
///
/// A short first word needs a second one: "à Um Kadada", "à Ed Damer".
/// [`located_end`] finds its matches without compiling it; tests hold
/// them equal.
#[cfg(test)]
const LOCATED_BODY: &str = r"(?:(?:à|près\s+de|non\s+loin\s+de|aux\s+environs\s+de|à\s+proximité\s+de|autour\s+de)\s+|(?:près|non\s+loin|aux\s+environs|à\s+proximité|autour)\s+d['’])(?:al-|el-)?(?P<name>(?:[A-ZÀ-ÖØ-Þ][\p{Ll}]{2,}(?:-[A-ZÀ-ÖØ-Þa-z][\p{Ll}]+)*|[A-ZÀ-ÖØ-Þ][\p{Ll}](?:-[A-ZÀ-ÖØ-Þa-z][\p{Ll}]+)+|[A-ZÀ-ÖØ-Þ][\p{Ll}](?:\s+[A-ZÀ-ÖØ-Þ][\p{Ll}]{2,}))(?:\s+[A-ZÀ-ÖØ-Þ][\p{Ll}]{2,}(?:-[A-ZÀ-ÖØ-Þa-z][\p{Ll}]+)*)?)(?:[^\p{L}\p{N}_]|$)";

/// The match of [`LOCATED_BODY`] at the start of `hay`, found without
/// captures: the name starts at the first capital (the cue is lowercase
/// letters and spaces) and ends before the last char unless the match
/// ends the text with it (the name ends with a letter, the char after it
/// is none).
fn located_at(hay: &str) -> Option<Found<'_>> {
    let end = located_end(hay)?;
    let start = hay.find(is_name_initial)?;
    let last = hay[..end].chars().next_back()?;
    let name_end =
        if is_word_char(last) { end } else { end - last.len_utf8() };
    Some(Found::one_group(hay, end, "name", (start, name_end)))
}

/// The end of the whitespace (`\s*`) from byte `i` of `text`.
fn ws_end(text: &str, i: usize) -> usize {
    text.len() - trim_start_ws(&text[i..]).len()
}

/// The ends of a capital and at least `min` lowercase letters at byte
/// `i` of `text`, then, with `parts`, of each hyphen part after it (a
/// capital or ASCII lowercase letter, and lowercase letters): nothing
/// when no capital and enough letters start there. Every run is taken
/// whole: a shorter one would leave a letter where what follows in
/// [`LOCATED_BODY`] wants whitespace, a hyphen or no letter.
fn located_word_ends(
    text: &str,
    i: usize,
    min: usize,
    parts: bool,
) -> Vec<usize> {
    let mut ends = Vec::new();
    let Some(c) = text[i..].chars().next().filter(|&c| is_name_initial(c))
    else {
        return ends;
    };
    let from = i + c.len_utf8();
    let end = run_end(text, from, is_ll);
    if text[from..end].chars().count() < min {
        return ends;
    }
    ends.push(end);
    while let Some(rest) = text[ends[ends.len() - 1]..].strip_prefix('-') {
        let Some(c) = rest.chars().next().filter(|_| parts) else { break };
        if !(is_name_initial(c) || c.is_ascii_lowercase()) {
            break;
        }
        let from = text.len() - rest.len() + c.len_utf8();
        let part = run_end(text, from, is_ll);
        if part == from {
            break;
        }
        ends.push(part);
    }
    ends
}

/// The end of the match of `(?:[^\p{L}\p{N}_]|$)` at byte `i`.
fn located_boundary(text: &str, i: usize) -> Option<usize> {
    match text[i..].chars().next() {
        None => Some(i),
        Some(c) => (!is_word_char(c)).then_some(i + c.len_utf8()),
    }
}

/// The end of the match of [`LOCATED_BODY`] from its optional second
/// word (whitespace and a word as [`located_word_ends`] gives them) at
/// byte `i`, where the first word ended.
fn located_tail(text: &str, i: usize) -> Option<usize> {
    let at = ws_end(text, i);
    if at > i {
        let ends = located_word_ends(text, at, 2, true);
        if let Some(end) =
            ends.iter().rev().find_map(|&e| located_boundary(text, e))
        {
            return Some(end);
        }
    }
    located_boundary(text, i)
}

/// Where the match of [`LOCATED_BODY`] at the start of `hay` ends, as the
/// pattern's leftmost-first match: the cue words and the whitespace
/// between and after them, then the ways through the name in the order
/// the pattern tries them (the most hyphen parts first, the second word
/// before none, then a first word of a capital and one letter with
/// hyphen parts, then one before a second word), the first one that a char
/// other than a letter, digit or underscore, or the end, follows.
fn located_end(hay: &str) -> Option<usize> {
    const CUES: &[&[&str]] = &[
        &["à"],
        &["près", "de"],
        &["non", "loin", "de"],
        &["aux", "environs", "de"],
        &["à", "proximité", "de"],
        &["autour", "de"],
    ];
    CUES.iter().find_map(|words| {
        let mut at = 0;
        // A last "de" may be elided onto the name: "près d'Alfakoara".
        let mut elided = false;
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                let next = ws_end(hay, at);
                if next == at {
                    return None;
                }
                at = next;
            }
            if *w == "de" {
                if let Some(e) =
                    ["d'", "d’"].iter().find(|e| hay[at..].starts_with(**e))
                {
                    at += e.len();
                    elided = true;
                    continue;
                }
            }
            at += hay[at..].strip_prefix(w).map(|_| w.len())?;
        }
        let name = if elided { at } else { ws_end(hay, at) };
        if name == at && !elided {
            return None;
        }
        // "près d'al-Rashad", "à el-Obeid": the article in lowercase is
        // read past; the name starts at its capital.
        let name = ["al-", "el-"]
            .iter()
            .find(|a| hay[name..].starts_with(**a))
            .map_or(name, |a| name + a.len());
        let first = located_word_ends(hay, name, 2, true);
        if let Some(end) =
            first.iter().rev().find_map(|&e| located_tail(hay, e))
        {
            return Some(end);
        }
        // "près d'Al-Hawban": a capital and one letter, then hyphen parts.
        let short = located_word_ends(hay, name, 1, true);
        if short.len() >= 2 && hay[name..short[0]].chars().count() == 2 {
            if let Some(end) =
                short[1..].iter().rev().find_map(|&e| located_tail(hay, e))
            {
                return Some(end);
            }
        }
        // "à Um Kadada": a capital and one letter, then whitespace and a
        // word of three letters or more.
        let c = hay[name..].chars().next().filter(|&c| is_name_initial(c))?;
        let l =
            hay[name + c.len_utf8()..].chars().next().filter(|&l| is_ll(l))?;
        let gap = name + c.len_utf8() + l.len_utf8();
        let next = ws_end(hay, gap);
        if next == gap {
            return None;
        }
        let second = *located_word_ends(hay, next, 2, false).first()?;
        located_tail(hay, second)
    })
}

#[cfg(test)]
static LOCATED_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{LOCATED_BODY})"))
        .expect("located name pattern is valid")
});

/// Where a match of [`LOCATED_BODY`] can start.
#[cfg(test)]
static LOCATED_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(LOCATED_LITERALS).expect("located cue pattern is valid")
});

/// False when [`LOCATED_BODY`] cannot match at the cue word from byte
/// `start` to `end`: spaces follow it, then a capital after "à", the
/// next word of the cue after the others.
fn located_may_match(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let after = trim_start_ws(rest);
    after.len() < rest.len()
        && match &text[start..end] {
            "à" => {
                after.starts_with(is_name_initial)
                    || after.starts_with("proximité")
                    || ["al-", "el-"].iter().any(|a| {
                        after
                            .strip_prefix(a)
                            .is_some_and(|n| n.starts_with(is_name_initial))
                    })
            }
            "près" | "autour" => {
                ["de", "d'", "d’"].iter().any(|p| after.starts_with(p))
            }
            "non" => after.starts_with("loin"),
            _ => after.starts_with("environs"),
        }
}

/// Capitalized words that follow "à" without being places.
const NOT_PLACES: &[&str] = &[
    "noël",
    "pâques",
    "dieu",
    "allah",
    "madame",
    "monsieur",
    "maître",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "partir",
    "travers",
    "nouveau",
    "présent",
    "propos",
    "cause",
    "peine",
    "part",
    "la",
    "le",
    "les",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "ce",
    "cette",
    "ces",
    "tout",
    "tous",
    "toute",
    "toutes",
    "chaque",
];

/// In a story that names places, an unknown capitalized name right after
/// "à" or "près de" is a place the gazetteers lack ("à Tidermène").
fn add_located_names(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    lits: &LitHits,
    top: Option<&str>,
) {
    let known_places =
        set.drafts.iter().filter(|d| d.kind == EntityKind::Place).count();
    if known_places == 0 {
        return;
    }
    let found = after_non_word_at(
        lits.of(LOCATED_FAMILY),
        located_at,
        ctx.text,
        located_may_match,
    );
    for caps in found {
        let Some(name) = caps.name("name") else { continue };
        let span = Span::new(name.start(), name.end());
        // "près de Dabanga", "à proximité de Mayadine": near a name that
        // is also a newspaper's or a radio's, the place is meant (not
        // after "à": "a déclaré à Dabanga").
        if !ctx.text[..span.start].trim_end().ends_with('à') {
            set.drop_where(span, |d, e, _| {
                d.kind == EntityKind::Actor
                    && d.subkind == "media"
                    && e == span.end
            });
        }
        add_located_town(ctx, set, span, top);
    }
    add_led_places(ctx, set, top);
}

/// The town named at `span` by the words before it, unless the span is
/// skipped or taken or its first word is no place ("À Noël").
fn add_located_town(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    span: Span,
    top: Option<&str>,
) {
    if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
        return;
    }
    let first = ctx.text[span].split([' ', '-']).next().unwrap_or("");
    if NOT_PLACES.contains(&first.to_lowercase().as_str()) {
        return;
    }
    add_unknown_town(ctx, set, span, top);
}

/// Words after which a capitalized name is a place: of going ("ont fui
/// vers Kibua", "n'a pu atteindre Nzibira", "peut gagner Tshimbulu"), of
/// position ("à hauteur de Foutouri") and of origin ("originaire de
/// Lanester").
const PLACE_LEADS: &[&str] = &[
    "vers ",
    "atteindre ",
    "rejoindre ",
    "regagner ",
    "rallier ",
    "gagner ",
    "hauteur de ",
    "hauteur d'",
    "hauteur d’",
    "originaire de ",
    "originaires de ",
    "originaire d'",
    "originaire d’",
    // The surroundings of a place: "dans les environs de Kawuri", "les
    // hauteurs de Janta", "aux abords d'Ulang".
    "environs de ",
    "environs d'",
    "environs d’",
    "hauteurs de ",
    "hauteurs d'",
    "hauteurs d’",
    "abords de ",
    "abords d'",
    "abords d’",
    "alentours de ",
    "alentours d'",
    "alentours d’",
    "périphérie de ",
    "périphérie d'",
    "périphérie d’",
    "faubourgs de ",
    "faubourgs d'",
    "faubourgs d’",
];

/// One finder per word of [`PLACE_LEADS`], then one for "À ".
static PLACE_LEAD_FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
    Lazy::new(|| {
        PLACE_LEADS
            .iter()
            .chain(&["À "])
            .map(|w| memchr::memmem::Finder::new(*w))
            .collect()
    });

/// Capitalized names of one or two words the gazetteers lack, made places
/// by the words before them: a sentence that opens on "À", a name and a
/// comma sets its scene there ("À Kaniola, un chef coutumier …"), and
/// the words of [`PLACE_LEADS`] lead to one.
fn add_led_places(ctx: &Context<'_>, set: &mut EntitySet, top: Option<&str>) {
    let text = ctx.text;
    let opening = PLACE_LEADS.len();
    let hits = PLACE_LEAD_FINDERS
        .iter()
        .enumerate()
        .flat_map(|(k, f)| f.find_iter(text.as_bytes()).map(move |i| (k, i)));
    for (k, i) in hits {
        let cue = PLACE_LEADS.get(k).copied().unwrap_or("À ");
        if k == opening {
            // At a line's start or after a sentence's end.
            let before = text[..i].trim_end_matches([' ', '\u{a0}']);
            let opens = before.is_empty()
                || before.ends_with(['\n', '.', '!', '?', '»'])
                || before.len() < text[..i].len() && before.ends_with(':');
            if !opens {
                continue;
            }
        } else if text[..i].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let start = i + cue.len();
        let Some(&end) = located_word_ends(text, start, 2, true).last() else {
            continue;
        };
        let end =
            match located_word_ends(text, ws_end(text, end), 2, true).last() {
                Some(&e) if text[end..].starts_with(' ') => e,
                _ => end,
            };
        // A whole name: no letter or apostrophe after it; after "À", a
        // comma.
        let after = text[end..].chars().next();
        if k == opening && after != Some(',')
            || after
                .is_some_and(|c| is_word_char(c) || matches!(c, '\'' | '’'))
        {
            continue;
        }
        add_located_town(ctx, set, Span::new(start, end), top);
    }
}

/// A place the gazetteers lack, named at `span` (a town of the story's
/// country), and its later mentions: linked once, when the place is new,
/// so that a text of many such names costs one pass per name.
fn add_unknown_town(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    span: Span,
    top: Option<&str>,
) {
    let name = &ctx.text[span];
    let key = ["located:", &crate::normalize::fold_name(name)].concat();
    let known = set.drafts.len();
    let e = set.add(key, span, || {
        Draft::plain(
            EntityKind::Place,
            name.to_string(),
            "town",
            top.map(|c| Text::Owned(c.to_string())),
        )
    });
    if e >= known {
        link_mentions(ctx, set, e, name, span.end);
    }
}

/// A place word and a capitalized name; found through
/// [`after_non_word_at`], which checks the char before the place word.
/// [`cued_end`] finds its matches without compiling it; tests hold them
/// equal. (Of the adjectives of origin, the code also leaves out the few
/// words of other meanings with the same endings: "aérienne", "ancien".)
#[cfg(test)]
const CUED_BODY: &str = r"(?x)
        (?P<cue>villageois|villages?|localités?|hameaux?|hameau|bourgade|communes?|ville|cité|quartiers?|
           campements?|camp\ de\ déplacés|camp\ de\ réfugiés|camp|site\ de\ déplacés|départements?|districts?|
           cercle|canton|préfecture|sous-préfecture|provinces?|aéroport|base\ militaire|base|caserne|
           poste-frontière|poste\ militaire|école|hôpital|mosquée|église|marché|prison|pont|barrage|stade|
           rivière|fleuve|lac|forêt|collines|colline|monts|mont|massif|vallées|vallée|îles|île|îlots|îlot|plateau|château|
           secteur|zone|comtés|comté|woredas|woreda|kebele|arrondissement|groupement\ des|groupement|chefferie\ des|chefferie|paroisse|route|plaines|plaine|oued|
           habitants?|résidents|territoire)
        \s+(?:(?:\p{Ll}{3,}(?:iens?|iennes?|ais|aises?|ains?|aines?|ois|oises?)|
               périphériques?|populaires?|rurales?|urbaines?|isolée?s?|reculée?s?|
               stratégiques?|hebdomadaires?|natale?|côtières?|minières?|sinistrée?s?|
               baptistes?|catholiques?|évangéliques?|protestantes?|primaires?|secondaires?|coraniques?|
               centrale?s?|centraux|principale?s?|principaux|municipale?s?|publique?s?|publics?)\s+(?:de\s+|d['’]|du\s+)|
           (?:(?:voisine?|frontali(?:er|ère))\s+)?(?:de\s+|d['’]|du\s+)?)
        (?P<name>(?:(?:al|el|Al|El|Ar|ar|As|as)-)?[A-ZÀ-ÖØ-Þ][\p{L}'’]+(?:-[\p{L}]+)*
          (?:[\s&&[^\r\n]]+(?:(?:al|el|ben|de|du|ag)[-\s&&[^\r\n]])?[A-ZÀ-ÖØ-Þ][\p{L}'’]+(?:-[\p{L}]+)*){0,2})";

/// The place words of [`CUED_BODY`] with a space inside, each tried
/// before its first word alone.
const SPACED_CUES: &[&str] = &[
    "camp de déplacés",
    "camp de réfugiés",
    "site de déplacés",
    "base militaire",
    "poste militaire",
    // "la chefferie des Bashali": chiefdoms named after their people.
    "chefferie des",
    "groupement des",
];

/// The match of [`CUED_BODY`] at the start of `hay`, found without
/// captures. The place word is the one of [`SPACED_CUES`] the match
/// starts with, if any (its first word alone leaves a lowercase word
/// where the name must start), else the match up to its first
/// whitespace. The name starts after the whitespace that follows and
/// an optional "de", "d'" or "du" (no name starts with a "d"), and ends
/// the match.
fn cued_at(hay: &str) -> Option<Found<'_>> {
    let end = cued_end(hay)?;
    let cue = match SPACED_CUES.iter().find(|c| hay.starts_with(**c)) {
        Some(c) => c.len(),
        None => hay.find(char::is_whitespace)?,
    };
    let rest = trim_start_ws(&hay[cue..]);
    // Past an adjective, as `cued_end` reads it.
    let rest = &hay[past_cue_adjective(hay, hay.len() - rest.len())..];
    let particle = ["de", "du"]
        .iter()
        .find_map(|p| {
            let after = rest.strip_prefix(p)?;
            let name = trim_start_ws(after);
            (name.len() < after.len()).then_some(name)
        })
        .or_else(|| rest.strip_prefix("d'"))
        .or_else(|| rest.strip_prefix("d’"));
    let name = hay.len() - particle.unwrap_or(rest).len();
    let groups = [Some(("cue", 0, cue)), Some(("name", name, end))];
    Some(Found { base: 0, hay, len: end, groups })
}

/// The place words of [`CUED_BODY`] in the order the pattern tries them
/// (`villages?` is "villages", then "village").
const CUES: &[&str] = &[
    "villageois",
    "villages",
    "village",
    "localités",
    "localité",
    "hameaux",
    "hameau",
    "bourgade",
    "communes",
    "commune",
    "ville",
    "cité",
    "quartiers",
    "quartier",
    "campements",
    "campement",
    "camp de déplacés",
    "camp de réfugiés",
    "camp",
    "site de déplacés",
    "départements",
    "département",
    "districts",
    "district",
    "cercle",
    "canton",
    "préfecture",
    "sous-préfecture",
    "provinces",
    "province",
    "aéroport",
    "base militaire",
    "base",
    "caserne",
    "poste-frontière",
    "poste militaire",
    "école",
    "hôpital",
    "mosquée",
    "église",
    "marché",
    "prison",
    "pont",
    "barrage",
    "stade",
    "rivière",
    "fleuve",
    "lac",
    "forêt",
    "collines",
    "colline",
    "monts",
    "mont",
    "massif",
    "vallées",
    "vallée",
    // "les îlots de Tchoukoutalia et de Kangalom" (Lake Chad).
    "îles",
    "île",
    "îlots",
    "îlot",
    "plateau",
    "château",
    "secteur",
    "zone",
    "comtés",
    "comté",
    // Ethiopia's districts and wards: "le woreda de Jikawo".
    "woredas",
    "woreda",
    "kebele",
    "arrondissement",
    // "le groupement Bashali-Mokoto", "la paroisse Pascuales", "sur la
    // route de Borobekra".
    "groupement des",
    "groupement",
    "chefferie des",
    "chefferie",
    "paroisse",
    "route",
    // "la plaine du Ghab", "les vallées de Wadi al-Shay", "l'oued
    // Tilemsi".
    "plaines",
    "plaine",
    "oued",
    // "les habitants de Tori", "des villageois de Yankara": the people
    // of a place name it.
    "habitants",
    // "un habitant de Lamman joint par téléphone".
    "habitant",
    "résidents",
    // "le territoire de Faradje": Congo's second-level division.
    "territoire",
];

/// A char of `\p{L}`: below U+0250 the chars `char::is_alphabetic` takes
/// (checked against the pattern for every char by a test), above, the
/// pattern itself, compiled only when such a char comes up in a name.
fn is_letter(c: char) -> bool {
    if (c as u32) < 0x250 {
        return c.is_alphabetic();
    }
    static L: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^\p{L}").expect("letter pattern is valid"));
    L.is_match(c.encode_utf8(&mut [0; 4]))
}

/// The end of a word of [`CUED_BODY`]'s name at byte `i` of `text`: a
/// capital, letters and apostrophes, and hyphen parts of letters, each
/// run taken whole (the name may end anywhere after its first word, so
/// the first way through is the longest).
fn cued_word_end(text: &str, i: usize) -> Option<usize> {
    let mut end =
        capitalized_end(text, i, |c| is_letter(c) || matches!(c, '\'' | '’'))?;
    while text[end..].starts_with('-') {
        let part = run_end(text, end + 1, is_letter);
        if part == end + 1 {
            break;
        }
        end = part;
    }
    Some(end)
}

/// The end of a word of [`CUED_BODY`]'s name at byte `i` of `text`, after
/// one of `particles` and the char that must follow it if a word follows
/// them (tried first, in order), else right at `i`.
fn cued_word_after(
    text: &str,
    i: usize,
    particles: &[&str],
    sep: fn(char) -> bool,
) -> Option<usize> {
    for p in particles {
        let Some(rest) = text[i..].strip_prefix(p) else { continue };
        let Some(c) = rest.chars().next().filter(|&c| sep(c)) else {
            continue;
        };
        if let Some(end) =
            cued_word_end(text, text.len() - rest.len() + c.len_utf8())
        {
            return Some(end);
        }
    }
    cued_word_end(text, i)
}

/// Byte `at` of `hay`, or the start of the next word when an adjective
/// stands there between a cue word and the name: one of nearness ("le
/// district voisin de Khyber") or, before "de", "du" or "d'", one of
/// origin ("les localités arméniennes de Jermouk") or of kind ("les
/// quartiers périphériques de Magoanine").
fn past_cue_adjective(hay: &str, at: usize) -> usize {
    for adj in ["voisine", "voisin", "frontalière", "frontalier"] {
        if let Some(r) = hay[at..].strip_prefix(adj) {
            let next = ws_end(hay, at + adj.len());
            if next > at + adj.len() && r.len() > next - at - adj.len() {
                return next;
            }
        }
    }
    let w_end = hay[at..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(hay.len(), |k| at + k);
    let next = ws_end(hay, w_end);
    let word = &hay[at..w_end];
    // "les quartiers périphériques de Magoanine", "la commune rurale
    // de X": adjectives of where or what kind, before "de".
    let of_site = matches!(
        word,
        "périphérique"
            | "périphériques"
            | "populaire"
            | "populaires"
            | "rurale"
            | "rurales"
            | "urbaine"
            | "urbaines"
            | "isolé"
            | "isolée"
            | "isolés"
            | "isolées"
            | "reculé"
            | "reculée"
            | "reculés"
            | "reculées"
            // "la localité stratégique de Qalaat al-Madiq", "le marché
            // hebdomadaire de Dembecha", "sa ville natale de Kidal", "la
            // ville côtière de Lattaquié".
            | "stratégique"
            | "stratégiques"
            | "hebdomadaire"
            | "hebdomadaires"
            | "natal"
            | "natale"
            | "côtière"
            | "côtières"
            | "minière"
            | "minières"
            | "sinistré"
            | "sinistrée"
            | "sinistrés"
            | "sinistrées"
            // "une église baptiste de Kufana", "l'école primaire de
            // Gadabo", "le marché central de Mopti".
            | "baptiste"
            | "baptistes"
            | "catholique"
            | "catholiques"
            | "évangélique"
            | "évangéliques"
            | "protestante"
            | "protestantes"
            | "primaire"
            | "primaires"
            | "secondaire"
            | "secondaires"
            | "coranique"
            | "coraniques"
            | "central"
            | "centrale"
            | "centrals"
            | "centrales"
            | "centraux"
            | "principal"
            | "principale"
            | "principals"
            | "principales"
            | "principaux"
            | "municipal"
            | "municipale"
            | "municipals"
            | "municipales"
            | "public"
            | "publique"
            | "publics"
            | "publiques"
    );
    if next > w_end
        && (word.chars().all(char::is_lowercase)
            && word.chars().count() >= 6
            && origin_adjective(word)
            || of_site)
        && ["de ", "du ", "d'", "d’"]
            .iter()
            .any(|p| hay[next..].starts_with(p))
    {
        return next;
    }
    at
}

/// Where the match of [`CUED_BODY`] at the start of `hay` ends, as the
/// pattern's leftmost-first match: the first place word, whitespace and
/// optional "de", "d'" or "du" (in the pattern's order) that a name
/// follows, and the name, one to three words each taken as far as it
/// goes.
fn cued_end(hay: &str) -> Option<usize> {
    CUES.iter().find_map(|cue| {
        let after = hay.strip_prefix(cue).map(|_| cue.len())?;
        let mut at = ws_end(hay, after);
        if at == after {
            return None;
        }
        at = past_cue_adjective(hay, at);
        let rest = &hay[at..];
        let spaced = |p: &str| {
            let from = at + rest.strip_prefix(p).map(|_| p.len())?;
            let next = ws_end(hay, from);
            (next > from).then_some(next)
        };
        let starts = [
            spaced("de"),
            rest.strip_prefix("d'").map(|_| at + 2),
            rest.strip_prefix("d’").map(|_| at + "d’".len()),
            spaced("du"),
            Some(at),
        ];
        starts.iter().flatten().find_map(|&s| cued_name_end(hay, s))
    })
}

/// The end of [`CUED_BODY`]'s name at byte `i` of `hay`: a first word
/// (after "al-", "El-" …), then up to two more on the same line, each
/// taken as far as it goes ("la route du Sud" ends its line before a
/// byline's name).
fn cued_name_end(hay: &str, i: usize) -> Option<usize> {
    let first = cued_word_after(
        hay,
        i,
        &["al", "el", "Al", "El", "Ar", "ar", "As", "as"],
        |c| c == '-',
    )?;
    let mut end = first;
    fn inline(c: char) -> bool {
        c.is_whitespace() && !matches!(c, '\r' | '\n')
    }
    for _ in 0..2 {
        let at = hay.len() - hay[end..].trim_start_matches(inline).len();
        if at == end {
            break;
        }
        let particles = ["al", "el", "ben", "de", "du", "ag"];
        let sep = |c: char| c == '-' || inline(c);
        match cued_word_after(hay, at, &particles, sep) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

#[cfg(test)]
static CUED_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{CUED_BODY})"))
        .expect("cued place pattern is valid")
});

/// Where a match of [`CUED_BODY`] can start.
#[cfg(test)]
static CUE_WORDS: Lazy<Regex> =
    Lazy::new(|| Regex::new(CUE_LITERALS).expect("cue word pattern is valid"));

/// False when [`CUED_BODY`] cannot match at the place word found from
/// byte `start` to `end`: before a name's capital come only whitespace
/// and at most 30 other letters, hyphens and apostrophes (the rest of the
/// place word, "de", "d'", "du", "al-": 15 at most).
fn cue_may_match(text: &str, _start: usize, end: usize) -> bool {
    let mut n = 0;
    for c in text[end..].chars() {
        if is_name_initial(c) {
            return true;
        }
        if c.is_whitespace() {
            continue;
        }
        if !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')) {
            return false;
        }
        n += 1;
        if n > 30 {
            return false;
        }
    }
    false
}

/// The heads (lowercase) of bodies named after the building they sit in:
/// an embassy, "la Maison Blanche", "le Kremlin".
const SEATS_OF_POWER: &[&str] = &[
    "ambassade",
    "consulat",
    "maison blanche",
    "maison-blanche",
    "kremlin",
    "élysée",
    "palais de l'élysée",
    "palais de l’élysée",
    "pentagone",
    "département d'état",
    "département d’état",
    "parlement",
    "assemblée nationale",
];

/// Words (lowercase) that put the building named after them as a site:
/// "devant l'ambassade de France", "depuis la Maison Blanche", "reçu au
/// Kremlin".
const SITED_BEFORE: &[&str] = &[
    "devant l'",
    "devant le ",
    "devant la ",
    "près de l'",
    "près du ",
    "près de la ",
    "depuis la ",
    "depuis le ",
    "depuis l'",
    "à la ",
    "au ",
    "à l'",
    "dans l'",
    "autour de l'",
    "autour du ",
    "autour de la ",
    "abords de l'",
    "abords du ",
    "enceinte de l'",
    "enceinte du ",
    "contre l'",
    "vers l'",
    "quitté l'",
    "quitter l'",
    "incendié l'",
    "saccagé l'",
    "attaqué l'",
    "pillé l'",
    "vers le ",
    "voisin du ",
    "voisine du ",
    "envahi le ",
    "envahissent le ",
    "envahissant le ",
    "d'assaut le ",
    "d'assaut l'",
    "occuper le ",
    "occupé le ",
    "incendié le ",
    "saccagé le ",
    "attaqué le ",
    "pillé le ",
];

/// An embassy, the White House or the Kremlin as the building where
/// something happens, not the body that speaks: "des manifestants devant
/// l'ambassade de France", "reçu les délégations à la Maison Blanche",
/// "l'ambassade a été incendiée". Such mentions leave the body for a
/// site of their own (the body's speaking mentions stay with it).
fn site_seats_of_power(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    let text = ctx.text;
    let mut moves: Vec<(usize, Span)> = Vec::new();
    for (i, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Actor || d.subkind != "government" {
            continue;
        }
        for &m in &d.mentions {
            let lower = text[m.start..m.end].to_lowercase();
            if !SEATS_OF_POWER.iter().any(|h| lower.starts_with(h)) {
                continue;
            }
            let from = stretch_before(text, m.start, 48, 0);
            let head = text[from..m.start]
                .to_lowercase()
                .replace('’', "'")
                .replace('\u{a0}', " ");
            // "le retour de Donald Trump à la Maison-Blanche": back in
            // power, not at a building.
            let to_power = ["retour", "arrivée", "entrée", "accession"]
                .iter()
                .any(|w| head.contains(w));
            // "a assuré devant le Parlement que …": an assembly spoken
            // to is the body, not a building.
            let assembly = lower.starts_with("parlement")
                || lower.starts_with("assemblée");
            let addressed = assembly
                && [
                    "assur", "déclar", "affirm", "exprim", "discours",
                    "annonc",
                ]
                .iter()
                .any(|w| head.contains(w));
            let to_power = to_power || addressed;
            let sited_before = !to_power
                && SITED_BEFORE.iter().any(|w| {
                    // "a demandé au Parlement de …", "élu à l'Assemblée
                    // nationale": an assembly one turns to or sits in.
                    !(assembly && matches!(*w, "au " | "à l'" | "à la "))
                        && head.ends_with(w)
                        && head[..head.len() - w.len()]
                            .chars()
                            .next_back()
                            .map_or(true, |c| !c.is_alphanumeric())
                });
            // "L'ambassade de France a été partiellement incendiée".
            let struck_after = {
                let to = stretch_after(text, m.end, 60);
                let rest = text[m.end..to].to_lowercase();
                let rest = rest
                    .strip_prefix(" a ")
                    .or_else(|| rest.strip_prefix(" avait "))
                    .map(|r| {
                        r.trim_start_matches("elle aussi ")
                            .trim_start_matches("aussi ")
                            .trim_start_matches("également ")
                    });
                rest.and_then(|r| r.strip_prefix("été ")).is_some_and(|r| {
                    let r = r
                        .split_once(' ')
                        .filter(|(adv, _)| adv.ends_with("ment"))
                        .map_or(r, |(_, rest)| rest);
                    [
                        "incendi",
                        "saccag",
                        "attaqu",
                        "pillé",
                        "visé",
                        "touché",
                        "prise d",
                        "envahi",
                        "encerclé",
                        "évacué",
                        "fermé",
                        "endommag",
                        "détruit",
                    ]
                    .iter()
                    .any(|v| r.starts_with(v))
                })
            };
            if sited_before || struck_after {
                moves.push((i, m));
            }
        }
    }
    if moves.is_empty() {
        return;
    }
    // Each mention keeps its span and changes entity: the span map is
    // updated in place, and every body loses its moved mentions in one
    // pass (a text of thousands of embassies costs no square time).
    let gone: std::collections::HashSet<usize> =
        moves.iter().map(|&(_, m)| m.start).collect();
    let mut bodies: Vec<usize> = moves.iter().map(|&(i, _)| i).collect();
    bodies.sort_unstable();
    bodies.dedup();
    for i in bodies {
        set.drafts[i].mentions.retain(|m| !gone.contains(&m.start));
    }
    let mut sites: Vec<(Span, usize)> = Vec::with_capacity(moves.len());
    for (_, m) in moves {
        let name = &text[m.start..m.end];
        let key = ["site:", &fold_key(name)].concat();
        let country = top.map(|c| Text::Owned(c.to_string()));
        let e = set.entity(key, || {
            Draft::plain(
                EntityKind::Place,
                name.to_string(),
                "feature",
                country,
            )
        });
        sites.push((m, e));
    }
    set.attach_mentions(&sites);
}

/// Numbered roads, squares, boulevards, avenues, streets and roundabouts:
/// "la route nationale 4", "la RN1", "l'autoroute M4", "la place des
/// Martyrs", "la place al-Karama", "le boulevard du 30-Juin", "la rue
/// Patrice Lumumba", "le rond-point de Chihane". A square needs its
/// article or "al-" (a bare "place" and a capital is mostly another sense
/// of the word).
static STREET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)\b(?:
            [Rr]oute\ nationale\ (?:n°\s?|N-)?\d+\b
          | RN\s?\d+\b
          | [Aa]utoroute\ [A-Z]{1,2}-?\d{1,3}\b
          | [Pp]lace\ (?:des\ |de\ la\ |de\ l['’]|du\ |al-|el-)\p{Lu}[\p{L}'’-]*
          | (?:[Bb]oulevard|[Aa]venue|[Rr]ue|[Rr]ond-point)
              \ (?:du\ |de\ la\ |des\ |de\ l['’]|de\ )?
              (?:\p{Lu}[\p{L}'’-]*|\d+-\p{Lu}\p{L}*)(?:\ \p{Lu}[\p{L}'’-]*)?
        )",
    )
    .expect("street pattern is valid")
});

fn add_streets(ctx: &Context<'_>, set: &mut EntitySet, top: Option<&str>) {
    for m in STREET.find_iter(ctx.text) {
        let span = Span::new(m.start(), m.end());
        if ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        // "l'avenue Eduardo Mondlane", "la rue Patrice Lumumba": a street
        // named after a person is the street.
        set.drop_where(span, |d, _, _| {
            d.kind == EntityKind::Actor && d.subkind == "person"
        });
        if set.covers(span) {
            continue;
        }
        let key = ["street:", &fold_key(m.as_str())].concat();
        let country = top.map(|c| Text::Owned(c.to_string()));
        set.add(key, span, || {
            Draft::plain(
                EntityKind::Place,
                m.as_str().to_string(),
                "feature",
                country,
            )
        });
    }
}

/// The head words (folded) of a communiqué's letterhead line in capitals
/// that names the body issuing it, with the body's subkind.
const LETTERHEAD_HEADS: &[(&str, &str)] = &[
    ("ministere ", "government"),
    ("presidence ", "government"),
    ("gouvernement ", "government"),
    ("primature", "government"),
    ("secretariat ", "government"),
    ("direction ", "government"),
    ("commandement ", "state_force"),
    ("quartier general ", "state_force"),
    ("etat-major ", "state_force"),
    ("etat major ", "state_force"),
    ("forces armees ", "state_force"),
    ("armee ", "state_force"),
    ("gendarmerie ", "state_force"),
    ("police ", "state_force"),
    ("coordination ", "other"),
];

/// Bodies named by a communiqué's letterhead in capitals that the
/// gazetteers lack: "QUARTIER GÉNÉRAL DE LA DÉFENSE — ABUJA",
/// "MINISTÈRE DE LA GUERRE ET DE LA DÉFENSE PATRIOTIQUE", "COMMANDEMENT
/// CENTRAL DES ÉTATS-UNIS" above "COMMUNIQUÉ". Only the lines before the
/// word, in the document's first 600 bytes.
fn add_letterhead_bodies(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let head = &text[..stretch_after(text, 0, 600)];
    let Some(word) = head.find("COMMUNIQU").or_else(|| head.find("Communiqu"))
    else {
        return;
    };
    let mut at = 0;
    for line in head[..word].split_inclusive('\n').take(10) {
        let start = at;
        at += line.len();
        // "QUARTIER GÉNÉRAL DE LA DÉFENSE — ABUJA": the body, not its seat.
        let body = line.split(['—', '–']).next().unwrap_or(line).trim_end();
        let lead = body.len() - body.trim_start().len();
        let body = body.trim_start();
        if body.len() < 8
            || body.len() > 100
            || body.chars().any(char::is_lowercase)
        {
            continue;
        }
        let folded = fold_key(body);
        let Some(&(_, subkind)) =
            LETTERHEAD_HEADS.iter().find(|(h, _)| folded.starts_with(h))
        else {
            continue;
        };
        let span = Span::new(start + lead, start + lead + body.len());
        if ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        // A country or town inside the name is part of it; a body the
        // gazetteers know there keeps its line.
        if set.covers(span)
            && !set.drop_where(span, |d, _, _| d.kind == EntityKind::Place)
        {
            continue;
        }
        // The body named again below in small letters ("les forces du
        // Commandement central des États-Unis (CENTCOM)") is that one.
        let named_below = set.drafts.iter().position(|d| {
            d.kind == EntityKind::Actor
                && d.mentions.iter().any(|m| {
                    m.start >= word
                        && m.end - m.start == body.len()
                        && fold_key(&text[*m]) == folded
                })
        });
        if let Some(j) = named_below {
            set.add_to(j, span);
            continue;
        }
        // "… du Commandement central des États-Unis (CENTCOM)": the name
        // in small letters, then an acronym the gazetteers know.
        let lower = body.to_lowercase();
        let w_end = stretch_after(text, word, 3000);
        let window = text[word..w_end].to_lowercase();
        let by_acronym = (window.len() == w_end - word)
            .then(|| window.find(&lower))
            .flatten()
            .and_then(|k| {
                let after = word + k + lower.len();
                let rest = text[after..].strip_prefix(" (")?;
                let close = rest.find(')')?;
                let acr = Span::new(after + 2, after + 2 + close);
                let j = set.mentions_at(acr.start)?;
                (set.drafts[j].kind == EntityKind::Actor
                    && set.drafts[j].mentions.contains(&acr))
                .then_some((j, Span::new(word + k, after)))
            });
        if let Some((j, named)) = by_acronym {
            set.add_to(j, span);
            if !set.covers(named) {
                set.add_to(j, named);
            }
            continue;
        }
        let key = ["letterhead:", &folded].concat();
        set.add(key, span, || {
            Draft::plain(EntityKind::Actor, body.to_string(), subkind, None)
        });
    }
}

/// The capitalized head nouns of institutions' names, and the subkind
/// each gives.
static INSTITUTION_HEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        "(?:Commission|Conseil|Comité|Agence|Bureau|Direction|Département|\
         Office|Quartier général|Haut-Commissariat|Fondation|Association|\
         Observatoire|Ligue|Assemblée|Cour|Tribunal|Parlement|Sénat|\
         Commandement|État-major|Autorité|Institut|Collectif|Syndicat|\
         Coordination|parti)\\b",
    )
    .expect("fixed pattern compiles")
});

fn institution_subkind(head: &str) -> &'static str {
    match head {
        "Quartier général" | "Commandement" | "État-major" => "state_force",
        "Commission" | "Direction" | "Département" | "Parlement" | "Sénat"
        | "Assemblée" | "Cour" | "Tribunal" | "Autorité" => "government",
        _ => "other",
    }
}

/// Whether a lowercase word reads as an adjective of a name
/// ("éthiopienne", "national", "interreligieux", "électorale").
fn name_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ien", "ienne", "iens", "iennes", "ais", "aise", "al", "ale", "aux",
        "ales", "ique", "iques", "aire", "aires", "el", "elle", "els", "ain",
        "aine", "if", "ive", "eux", "euse", "é", "ée", "és", "ées", "ois",
        "oise", "ier", "ière", "ien",
    ];
    // Verbs spelled like adjectives: "Le Quartier général appelle".
    const VERBS: &[&str] = &[
        "appelle",
        "rappelle",
        "interpelle",
        "renouvelle",
        "révèle",
        "signale",
        "dénonce",
        "déplore",
        "accuse",
        "affirme",
        "estime",
    ];
    w.chars().count() >= 4
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !VERBS.contains(&w)
}

/// Institutions no gazetteer row names, told by a capitalized head noun
/// after an article and the words that complete it: "le Conseil
/// interreligieux d'Éthiopie", "la Commission éthiopienne du dialogue
/// national", "Le Quartier général de la défense", "du parti Holos". A
/// place inside the name is part of it; any other mention there keeps
/// its place and the name is left out.
fn add_named_institutions(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut found: Vec<(Span, &'static str)> = Vec::new();
    for m in INSTITUTION_HEAD.find_iter(text) {
        let head = m.as_str();
        // After an article, or "parti" after one.
        let before = text[..m.start()].trim_end_matches([' ', '\u{a0}']);
        let articled = [
            " le", " la", " du", " des", " au", " aux", " Le", " La", " Du",
            " Au",
        ]
        .iter()
        .any(|a| {
            before.ends_with(a)
                || before.len() == a.len() - 1 && before == &a[1..]
        }) || before.ends_with("l'")
            || before.ends_with("l’")
            || before.ends_with("L'")
            || before.ends_with("L’")
            || before.ends_with(" de la");
        if !articled {
            continue;
        }
        if !text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_alphanumeric())
        {
            continue;
        }
        // The words after the head, up to six within ten tokens:
        // capitalized words, adjectives, and nouns after a link word.
        let mut end = m.end();
        let mut at = m.end();
        let mut content = 0;
        let mut after_link = false;
        for _ in 0..10 {
            let rest = &text[at..];
            let Some(r) = rest.strip_prefix(' ') else { break };
            let w_len = r
                .find(|c: char| {
                    !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                })
                .unwrap_or(r.len());
            let w = &r[..w_len];
            if w.is_empty() {
                break;
            }
            let w_end = at + 1 + w_len;
            // "d'Éthiopie", "l'Intérieur": an elided link and its word.
            let (link, word) = match w.find(['\'', '’']) {
                Some(q) if q <= 1 => {
                    let q_len =
                        w[q..].chars().next().map_or(1, char::len_utf8);
                    (true, &w[q + q_len..])
                }
                _ => (false, w),
            };
            // Link words ("de", "pour", "aux"), and an article only after
            // one ("de la défense", "pour les réfugiés"): "et" or a bare
            // article opens another name.
            let article = matches!(w, "la" | "le" | "les");
            if !link
                && (matches!(w, "de" | "du" | "des" | "pour" | "aux")
                    || article && after_link)
            {
                after_link = true;
                at = w_end;
                continue;
            }
            if article {
                break;
            }
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            // "du parti Holos": a party's name is capitalized, right after.
            if head == "parti"
                && (!capital || link || content == 0 && after_link)
            {
                break;
            }
            let ok = !word.is_empty()
                && (capital
                    || (after_link || link)
                        && word.chars().all(char::is_lowercase)
                    || !link && name_adjective(word));
            if !ok {
                break;
            }
            content += 1;
            end = w_end;
            at = w_end;
            after_link = false;
            if content >= 6 {
                break;
            }
        }
        if content == 0 {
            continue;
        }
        let span = Span::new(m.start(), end);
        if span.len() > 120 || ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        found.push((span, institution_subkind(head)));
    }
    // Places inside are dropped together, and the later mentions of a
    // name join the span map in one merge: a text that repeats such
    // names thousands of times stays linear.
    let covered: Vec<(Span, ())> = found
        .iter()
        .filter(|(s, _)| set.covers(*s))
        .map(|&(s, _)| (s, ()))
        .collect();
    set.drop_places_each(&covered, |_, _, ()| true);
    let mut later: Vec<(Span, usize)> = Vec::new();
    let mut taken_end = 0;
    for (span, subkind) in found {
        if span.start < taken_end || set.covers(span) {
            continue;
        }
        taken_end = span.end;
        let name = &text[span];
        let key = ["institution:", &fold_key(name)].concat();
        if let Some(&e) = set.by_key.get(&key) {
            later.push((span, e));
            continue;
        }
        set.add(key, span, || {
            Draft::plain(EntityKind::Actor, name.to_string(), subkind, None)
        });
    }
    set.add_all(&later);
}

/// Places the gazetteers lack, named after a place word: "le village de
/// Kuriga", "l'aéroport de Mitiga", "la mosquée al-Rawda".
fn add_cued_places(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    lits: &LitHits,
    top: Option<&str>,
) {
    let places = lits.of(CUE_FAMILY);
    let found: Vec<_> =
        after_non_word_at(places, cued_at, ctx.text, cue_may_match).collect();
    // "le village de Bombe Bakundu": a settlement of a gazetteer that only
    // begins the name after a settlement word (Bombe, a town of Ethiopia)
    // gives way to the whole name. The known names are dropped together,
    // in one pass over the mention lists (a run-on text may hold the name
    // tens of thousands of times).
    let longer: Vec<(Span, ())> = found
        .iter()
        .filter_map(|caps| {
            let (cue, name) = (caps.name("cue")?, caps.name("name")?);
            let span = Span::new(name.start(), name.end());
            let c = cue.as_str();
            let settlement = c.starts_with("villag")
                || c.starts_with("localit")
                || c.starts_with("hameau")
                || matches!(c, "ville" | "bourgade" | "commune" | "cité");
            (settlement
                && !ctx.text[cue.end()..name.start()].contains('\n')
                && !ctx.skip.is_some_and(|s| s.overlaps(span))
                && known_name_begins(ctx, set, span))
            .then_some((span, ()))
        })
        .collect();
    set.drop_places_each(&longer, |_, _, ()| true);
    for caps in found {
        let (Some(cue), Some(name)) = (caps.name("cue"), caps.name("name"))
        else {
            continue;
        };
        let span = Span::new(name.start(), name.end());
        if ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        if set.covers(span) {
            // "les villages de Ceel Baraf et de Biyo Cadde": a known
            // village opens the list; the names joined to it are
            // villages too.
            let c = cue.as_str();
            if matches!(c, "villages" | "localités" | "hameaux")
                && set.spans.range(span.start, span.end).iter().any(
                    |&(s, e, x)| {
                        s == span.start
                            && e == span.end
                            && set.drafts[x].kind == EntityKind::Place
                    },
                )
            {
                add_coordinated_places(ctx, set, span.end, "village", top);
            }
            continue;
        }
        // Only lowercase place words (a capitalized "Province" may be an
        // actor's name), and a name on the same line ("s'empare d'une
        // nouvelle ville\n\nLes rebelles": the next paragraph's first word).
        if !cue.as_str().starts_with(char::is_lowercase)
            || ctx.text[cue.end()..name.start()].contains('\n')
        {
            continue;
        }
        // "selon l'hôpital Nasser": a hospital that speaks is a source
        // (the cited-body pass reads it).
        if cue.as_str() == "hôpital" && {
            let lead = &ctx.text
                [stretch_before(ctx.text, cue.start(), 16, 0)..cue.start()];
            let lead = lead.to_lowercase();
            ["selon l'", "selon l’", "d'après l'", "d’après l’"]
                .iter()
                .any(|p| lead.ends_with(p))
        } {
            continue;
        }
        // Whether "de" joins the cue word to the name ("le village de X").
        let through_de = ["de", "du", "d'", "d’"].iter().any(|p| {
            ctx.text[cue.end()..name.start()].trim_end().ends_with(p)
        });
        // "un habitant de Lamman", not "un habitant, Moussa Traoré" nor
        // "un habitant Moussa Traoré": the people of a place name it only
        // through "de".
        if matches!(cue.as_str(), "habitant" | "habitants" | "résidents")
            && !through_de
        {
            continue;
        }
        let subkind = match cue.as_str() {
            c if c.starts_with("villag")
                || c.starts_with("localit")
                || c.starts_with("hameau")
                || c.starts_with("campement")
                || c == "kebele"
                || c.starts_with("îlot") =>
            {
                "village"
            }
            "bourgade" | "commune" | "communes" | "ville" | "cité"
            | "quartier" | "quartiers" | "secteur" | "zone" | "paroisse"
            | "route" | "habitants" | "habitant" | "résidents" => "town",
            c if c.starts_with("camp") || c.starts_with("site") => "camp",
            "poste-frontière" => "border",
            "département" | "départements" | "district" | "districts"
            | "cercle" | "canton" | "préfecture" | "sous-préfecture"
            | "comté" | "comtés" | "woreda" | "woredas" | "arrondissement"
            | "groupement" | "groupement des" | "chefferie"
            | "chefferie des" | "territoire" => "admin2",
            "province" | "provinces" => "admin1",
            // "l'église de Kufana", "l'hôpital de Kidal", "le marché
            // hebdomadaire de Dembecha": the name after "de" is the
            // locality the building stands in ("la mosquée Al-Nour" is
            // the building's own name).
            "aéroport" | "base" | "base militaire" | "caserne"
            | "poste militaire" | "école" | "hôpital" | "mosquée"
            | "église" | "marché" | "prison" | "stade"
                if through_de =>
            {
                "town"
            }
            _ => "feature",
        };
        let canonical = if subkind == "feature" {
            format!("{} {}", cue.as_str(), name.as_str())
        } else {
            name.as_str().to_string()
        };
        if !add_cued_place(ctx, set, span, canonical, subkind, top) {
            continue;
        }
        // "les villages de Tsyrkouny et de Rouski Tychky": a plural place
        // word names each of its coordinated names.
        if cue.as_str().ends_with(['s', 'x']) && subkind != "feature" {
            add_coordinated_places(ctx, set, name.end(), subkind, top);
        }
    }
}

/// The names coordinated after byte `end` ("et de Rouski Tychky", ", de
/// X"), each a place of `subkind` unless it is taken.
fn add_coordinated_places(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    mut end: usize,
    subkind: &str,
    top: Option<&str>,
) {
    while let Some((s, e)) = coordinated_name(ctx.text, end) {
        end = e;
        let span = Span::new(s, e);
        if ctx.skip.is_some_and(|k| k.overlaps(span)) || set.covers(span) {
            continue;
        }
        let canonical = ctx.text[span].to_string();
        add_cued_place(ctx, set, span, canonical, subkind, top);
    }
}

/// Whether the mentions in the cued name at `span` are one settlement of
/// a gazetteer that begins it and ends before it, the rest of the name
/// no weekday or month ("la ville de Goma Mardi": a day in a title).
fn known_name_begins(ctx: &Context<'_>, set: &EntitySet, span: Span) -> bool {
    let within = set.spans.range(span.start, span.end);
    !within.is_empty()
        && set
            .spans
            .last_before(span.start)
            .map_or(true, |m| m.1 <= span.start || m.0 == span.start)
        && within.iter().all(|&(s, e, x)| {
            s == span.start
                && e < span.end
                && set.drafts[x].kind == EntityKind::Place
                && matches!(
                    set.drafts[x].subkind.as_ref(),
                    "village" | "town" | "city"
                )
                && ctx.text[e..span.end].starts_with(' ')
                && !ctx.text[e..span.end]
                    .split_whitespace()
                    .any(|w| NOT_PLACES.contains(&w.to_lowercase().as_str()))
        })
}

/// Hospitals, airports and hotels named by the noun and a name, with
/// adjectives between ("l'hôpital Erdogan", "l'hôpital universitaire La
/// Paix", "l'aéroport international Aden Adde", "l'hôtel Radisson Blu"),
/// and the presidential or
/// royal palace: the whole phrase is the site, and the person or the town
/// a hospital is named after is no mention of its own there. "L'hôpital
/// de Bol" is the town's (the gold sets code such hospitals about half
/// the time) and "selon l'hôpital Nasser" a source the cited-body pass
/// reads.
fn add_named_facilities(ctx: &Context<'_>, set: &mut EntitySet) {
    const NOUNS: &[&str] = &["hôpital ", "aéroport ", "palais ", "hôtel "];
    // Words that end the adjectives after the noun.
    const STOPS: &[&str] = &[
        "de", "du", "des", "d", "à", "au", "aux", "et", "ou", "où", "qui",
        "que", "a", "ont", "est", "sont", "pour", "par", "sur", "dans", "en",
        "le", "la", "les", "l", "un", "une", "avec", "selon", "vers", "près",
        "contre", "entre", "depuis", "ce", "cette", "son", "sa", "ses",
    ];
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut found: Vec<Span> = Vec::new();
    for noun in NOUNS {
        let finder = memchr::memmem::Finder::new(noun.as_bytes());
        for at in finder.find_iter(bytes).take(512) {
            let lead = &text[stretch_before(text, at, 24, 0)..at];
            if lead.chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let lead = lead.to_lowercase();
            if ["selon l'", "selon l’", "après l'", "après l’"]
                .iter()
                .any(|p| lead.ends_with(p))
            {
                continue;
            }
            // Up to two lowercase adjectives, then a capitalized name.
            let mut end = at + noun.len() - 1;
            let mut adjectives = 0;
            let mut name_end = None;
            for _ in 0..3 {
                let from = end + 1;
                if !text[end..].starts_with(' ') || from >= text.len() {
                    break;
                }
                let w_end = from
                    + text[from..]
                        .find(|c: char| !(c.is_alphabetic() || c == '-'))
                        .unwrap_or(text.len() - from);
                let w = &text[from..w_end];
                let Some(first) = w.chars().next() else { break };
                if is_name_initial(first) {
                    // "La Paix": an article that starts the name.
                    let from = match w {
                        "La" | "Le" | "Les"
                            if text[w_end..].starts_with(' ') =>
                        {
                            w_end + 1
                        }
                        _ => from,
                    };
                    name_end = located_word_ends(text, from, 2, true)
                        .last()
                        .copied()
                        .map(|e| name_run_end(text, e));
                    break;
                }
                if !first.is_lowercase()
                    || STOPS.contains(&w)
                    || adjectives == 2
                {
                    break;
                }
                adjectives += 1;
                end = w_end;
            }
            let palace = *noun == "palais ";
            let span = match name_end {
                Some(e) if !palace => Span::new(at, e),
                // "le palais présidentiel", "le palais royal".
                None if palace
                    && adjectives > 0
                    && ["présidentiel", "royal"]
                        .iter()
                        .any(|a| text[at + noun.len()..].starts_with(a)) =>
                {
                    Span::new(at, end)
                }
                _ => continue,
            };
            if ctx.skip.is_some_and(|s| s.overlaps(span)) {
                continue;
            }
            found.push(span);
        }
    }
    found.sort_unstable();
    for span in found {
        // A site a gazetteer or an earlier pass already names keeps its
        // entity; the person or town a hospital is named after does not.
        let named_site = set.mentions_in(span).any(|e| {
            let d = &set.drafts[e];
            d.kind == EntityKind::Place
                && matches!(d.subkind.as_ref(), "feature" | "camp")
        });
        if named_site
            || !set.drop_where(span, |_, e, _| e <= span.end)
                && set.covers(span)
        {
            continue;
        }
        let canonical = text[span].to_string();
        let key = format!("facility:{}", fold_key(&canonical));
        set.add(key, span, || facility_draft(canonical));
    }
}

/// The end of a run of up to three capitalized words from a name that
/// ends at `end`: "Kamal Adwan", "La Paix", "Aden Adde".
fn name_run_end(text: &str, mut end: usize) -> usize {
    for _ in 0..2 {
        let Some(rest) = text[end..].strip_prefix(' ') else { break };
        let from = text.len() - rest.len();
        match located_word_ends(text, from, 2, true).last() {
            Some(&e) => end = e,
            None => break,
        }
    }
    end
}

/// Adds the place named at `span` after a place word, keyed by its
/// subkind and name, and, when it is new, the later mentions of the name
/// alone; true when it was new.
fn add_cued_place(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    span: Span,
    canonical: String,
    subkind: &str,
    top: Option<&str>,
) -> bool {
    let name = &ctx.text[span];
    let key = ["cued:", subkind, ":", &fold_key(name)].concat();
    let known = set.by_key.contains_key(&key);
    let country = top.map(|c| Text::Owned(c.to_string()));
    let e = set.add(key, span, || {
        Draft::plain(
            EntityKind::Place,
            canonical,
            Text::Owned(subkind.to_string()),
            country,
        )
    });
    if !known {
        link_mentions(ctx, set, e, name, 0);
    }
    !known
}

/// A name the gazetteers lack, told a settlement by the words in
/// apposition after it: "le marché au bétail d'Awdiinle, une localité
/// située à …", "Kalingi, un village du territoire de Fizi".
fn add_apposed_towns(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    const NOUNS: &[(&str, &str)] = &[
        ("localité", "village"),
        ("village", "village"),
        ("hameau", "village"),
        ("bourgade", "village"),
        ("bourg", "village"),
        ("ville", "town"),
        ("commune", "town"),
        ("agglomération", "town"),
    ];
    // Capitalized words that open a sentence or a phrase, no name (words
    // of fewer than three letters are never taken).
    const NOT_NAMES: &[&str] = &[
        "Selon", "Les", "Des", "Une", "Aux", "Depuis", "Vers", "Près", "Pour",
        "Par", "Sur", "Mais", "Puis", "Ainsi", "Enfin", "Ici", "Dans",
    ];
    let text = ctx.text;
    for (at, _) in text.match_indices(", un") {
        let rest = &text[at + 2..];
        let mut words = rest.split([' ', '\u{a0}']);
        let (Some(article), Some(mut noun)) = (words.next(), words.next())
        else {
            continue;
        };
        if !matches!(article, "un" | "une") {
            continue;
        }
        if matches!(noun, "petite" | "petit" | "grande" | "grosse" | "gros") {
            noun = words.next().unwrap_or("");
        }
        let noun = noun.trim_end_matches(|c: char| !c.is_alphabetic());
        let Some(&(_, subkind)) = NOUNS.iter().find(|(n, _)| *n == noun)
        else {
            continue;
        };
        // The capitalized words right before the comma (at most three,
        // back to a word that is no name).
        let mut start = at;
        let mut taken = 0;
        while taken < 3 {
            let lead = &text[..start];
            let lead_trim = lead.trim_end_matches(' ');
            if taken > 0 && lead_trim.len() == lead.len() {
                break;
            }
            let word_start = name_word_start(lead_trim);
            let mut word = &lead_trim[word_start..];
            let mut ws = word_start;
            // "d'Awdiinle", "l’Ituri": the elided article is no part.
            for el in ["d'", "d’", "l'", "l’"] {
                if let Some(w) = word.strip_prefix(el) {
                    ws += el.len();
                    word = w;
                    break;
                }
            }
            if word.chars().count() < 3
                || !word.starts_with(char::is_uppercase)
                || NOT_NAMES.contains(&word)
                || word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            {
                break;
            }
            start = ws;
            taken += 1;
            if ws != word_start {
                break;
            }
        }
        if taken == 0 {
            continue;
        }
        let span = Span::new(start, at);
        if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
            continue;
        }
        add_cued_place(ctx, set, span, text[span].to_string(), subkind, top);
    }
}

/// A name the gazetteers lack that ends a list of places ("la ville
/// d'Idleb, Sarmin, Ariha et Darat Izza"): two places joined by a comma,
/// then "et" and a capitalized name, which is a town too.
fn add_listed_towns(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    let text = ctx.text;
    let places: Vec<Span> = set
        .mentions()
        .into_iter()
        .filter(|&(_, e)| set.drafts[e].kind == EntityKind::Place)
        .map(|(m, _)| m)
        .collect();
    let mut found: Vec<Span> = Vec::new();
    for w in places.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.end > b.start || &text[a.end..b.start] != ", " {
            continue;
        }
        let Some(rest) = text[b.end..].strip_prefix(" et ") else { continue };
        let start = b.end + " et ".len();
        if !rest.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(end) = cued_name_end(text, start) else { continue };
        let span = Span::new(start, end);
        // The list ends there: a stop, a comma or a lowercase word.
        let after = &text[end..];
        let closes = after.is_empty()
            || after.starts_with(['.', ',', ';', ':', ')'])
            || after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase));
        if !closes
            || ctx.skip.is_some_and(|s| s.overlaps(span))
            || set.covers(span)
        {
            continue;
        }
        found.push(span);
    }
    for span in found {
        if !set.covers(span) {
            add_cued_place(
                ctx,
                set,
                span,
                text[span].to_string(),
                "town",
                top,
            );
        }
    }
}

/// Whether a word listed before a town looks like a settlement's name:
/// some lowercase letter after its capital (no acronym), and no word
/// that opens a sentence.
fn listed_name_like(name: &str) -> bool {
    name.chars().any(char::is_lowercase)
        && !matches!(
            name,
            "Selon" | "Les" | "Des" | "Une" | "Dans" | "Mais" | "Puis"
        )
}

/// The names the gazetteers lack in a list that ends with the place
/// starting at byte `to`, joined to it by "et": "Kroupets, d'Olgovka et
/// de Martynovka". Each item is one word (two capitalized words are more
/// often a person's given name and surname); the list opens after a
/// preposition ("de", "à", "vers", "entre"); at most eight items.
fn names_listed_before(
    text: &str,
    to: usize,
    set: &EntitySet,
) -> Option<Vec<Span>> {
    let lead = &text[..to];
    let link = [" et de ", " et d'", " et d’", " et "]
        .iter()
        .find(|l| lead.ends_with(**l))?;
    let mut out = Vec::new();
    let mut end = to - link.len();
    for _ in 0..8 {
        // The item: the capitalized word that ends at `end`, with an
        // elided "d'" glued to it.
        // (Read within 64 bytes: a longer run of letters is no name, and
        // a text of one endless word costs no more per town.)
        let lo = crate::numbers::floor_boundary(text, end.saturating_sub(64));
        let head = &text[lo..end];
        let ws = lo + name_word_start(head);
        if ws == lo && lo > 0 {
            return None;
        }
        let word = &text[ws..end];
        let start = ["d'", "d’"]
            .iter()
            .find_map(|d| word.strip_prefix(d))
            .map_or(ws, |w| end - w.len());
        if start == end || !text[start..].starts_with(char::is_uppercase) {
            return None;
        }
        let span = Span::new(start, end);
        if set.covers(span) || !listed_name_like(&text[span]) {
            return None;
        }
        if lone_name_end(text, start) != Some(end) {
            return None;
        }
        out.push(span);
        // Before the item: another link of the list, or the preposition
        // that opens it.
        let before = &text[..start];
        if before.ends_with("d'") || before.ends_with("d’") {
            let b = before
                .trim_end_matches("d'")
                .trim_end_matches("d’")
                .trim_end();
            if let Some(b) = b.strip_suffix(',') {
                end = b.len();
                continue;
            }
            return before_opens_list(b).then_some(out);
        }
        if let Some(b) = before.strip_suffix(", de ") {
            end = b.len();
            continue;
        }
        if let Some(b) = before.strip_suffix(", ") {
            end = b.len();
            continue;
        }
        return before_opens_list(before.trim_end()).then_some(out);
    }
    None
}

/// Whether `lead` (the text before a list's first item, its trailing
/// spaces trimmed, or before an elided "d'") ends with a word that opens
/// a list of places.
fn before_opens_list(lead: &str) -> bool {
    let tail = &lead[crate::numbers::floor_boundary(
        lead,
        lead.len().saturating_sub(16),
    )..];
    let word = tail
        .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "de" | "à" | "vers" | "entre" | "direction" | "localités" | "villages"
    )
}

/// The name coordinated after byte `end` of `text` by "et de", "et d'",
/// ", de" or ", d'": its start and end.
fn coordinated_name(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = &text[end..];
    let link = [" et de ", " et d'", " et d’", ", de ", ", d'", ", d’"]
        .iter()
        .find(|l| rest.starts_with(**l))?;
    let start = end + link.len();
    Some((start, cued_name_end(text, start)?))
}

/// An article and a place noun: "la base", "l'aéroport", "une
/// position"; found through [`after_non_word_at`], which checks the char
/// before the article.
const FACILITY_BODY: &str = r"(?x)
        (?:(?P<art>[Ll]e|[Ll]a|[Ll]['’])|(?:[Uu]ne?|[Dd]u|[Aa]u|[Ss]on|[Ss]a|[Cc]ette|[Cc]e)\s)\s*
        (?P<noun>camp\ militaire|base\ militaire|base\ aérienne|base\ navale|base|poste\ militaire|poste\ avancé|
           poste|caserne|garnison|position|camp|aéroport|école\ de\ gendarmerie|école\ militaire|frontière|
           détachement\ militaire|détachement)
        (?:[^\p{L}\p{N}_]|$)";

/// The match of [`FACILITY_BODY`] at the start of `hay`, found without
/// captures: a match that starts with "l" has the article group ("le",
/// "la", "l'", "l’"), the others a word and a space; the noun follows
/// the spaces after the article and ends before the last char unless
/// the match ends the text with it (nouns end with a letter).
fn facility_at(hay: &str) -> Option<Found<'_>> {
    let end = FACILITY_AT.find(hay)?.end();
    let art = match hay.as_bytes().first() {
        Some(b'l' | b'L') => {
            Some("l".len() + hay[1..].chars().next()?.len_utf8())
        }
        _ => None,
    };
    let after_art = match art {
        Some(n) => n,
        None => hay.find(char::is_whitespace)?,
    };
    let rest = &hay[after_art..];
    let noun_start = after_art + rest.len()
        - rest.trim_start_matches(char::is_whitespace).len();
    let last = hay[..end].chars().next_back()?;
    let noun_end =
        if is_word_char(last) { end } else { end - last.len_utf8() };
    let groups =
        [art.map(|n| ("art", 0, n)), Some(("noun", noun_start, noun_end))];
    Some(Found { base: 0, hay, len: end, groups })
}

static FACILITY_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{FACILITY_BODY})"))
        .expect("facility pattern is valid")
});

/// The articles of [`FACILITY_BODY`]'s matches' starts, "une" before
/// "un" and "cette" before "ce".
const FACILITY_ARTICLES: &str =
    "[Ll]e|[Ll]a|[Ll]'|[Ll]’|[Uu]ne|[Uu]n|[Dd]u|[Aa]u|[Ss]on|[Ss]a|[Cc]ette|[Cc]e";

/// The first word of each place noun of [`FACILITY_BODY`].
const FACILITY_NOUNS: &[&str] = &[
    "camp",
    "base",
    "poste",
    "caserne",
    "garnison",
    "position",
    "aéroport",
    "école",
    "frontière",
    "détachement",
];

/// False when [`FACILITY_BODY`] cannot match at the article found from
/// byte `start` to `end`: no place noun follows it after optional
/// whitespace. The article found is the longest there, and after the
/// "un" of "une" or the "ce" of "cette" comes a letter that starts no
/// noun.
fn facility_may_match(text: &str, _start: usize, end: usize) -> bool {
    let rest = trim_start_ws(&text[end..]);
    matches!(
        rest.as_bytes().first(),
        Some(b'c' | b'b' | b'p' | b'g' | b'a' | b'f' | b'd' | 0xC3)
    ) && FACILITY_NOUNS.iter().any(|n| rest.starts_with(n))
}

/// Where the role of [`SAID_TAIL`] can start.
#[cfg(test)]
static SAID_ROLE_WORDS: Lazy<Regex> =
    Lazy::new(|| Regex::new(SAID_ROLES).expect("role pattern is valid"));

/// Where a match of [`FACILITY_BODY`] can start.
#[cfg(test)]
static FACILITY_ARTICLE_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(FACILITY_ARTICLES).expect("article pattern is valid")
});

/// What a bare place noun refers back to: military sites, airports,
/// borders.
fn facility_group(noun: &str) -> &'static str {
    match noun {
        "aéroport" => "airport",
        "frontière" => "border",
        _ => "military",
    }
}

/// True when place entity `d` is a thing a bare noun of `group` can
/// refer back to.
fn fits_group(d: &Draft, group: &str) -> bool {
    let c = d.canonical.as_ref();
    match group {
        "airport" => c.starts_with("aéroport"),
        "border" => d.subkind == "border",
        _ => {
            d.subkind == "camp"
                || [
                    "camp",
                    "base",
                    "poste",
                    "caserne",
                    "garnison",
                    "position",
                    "école",
                    "détachement",
                ]
                .iter()
                .any(|n| c.starts_with(n))
        }
    }
}

/// Sites named by their noun after an article, a possessive or a
/// demonstrative, with the words that may follow it in its name: a
/// residence ("arrêté dans sa résidence", "autour de la résidence
/// présidentielle", "une résidence du ministre"), a catholic mission
/// ("réfugiés à la mission catholique"), an old town ("dans la vieille
/// ville de Mossoul") and a seafront ("sur la corniche"). (The gold sets
/// mark 27 of 33 such residences, none of those under house arrest, 3 of
/// 3 missions, 7 of 10 old towns and 2 of 2 seafronts.)
const DETERMINED_SITES: &[(&str, &[&str])] = &[
    ("résidence", &["présidentielle", "officielle"]),
    ("mission catholique", &["salésienne"]),
    ("vieille ville", &[]),
    ("corniche", &[]),
];

/// The sites of [`DETERMINED_SITES`]: one entity per noun and text. A
/// house arrest ("en résidence surveillée") is none.
fn add_determined_sites(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    for (noun, extensions) in DETERMINED_SITES {
        let initial = noun.as_bytes()[0];
        let tail = &noun[1..];
        let mut found: Vec<Span> = Vec::new();
        for (at, _) in text.match_indices(tail) {
            let Some(start) = at.checked_sub(1) else { continue };
            if !text.as_bytes()[start].eq_ignore_ascii_case(&initial)
                || text[..start].chars().next_back().is_some_and(is_word_char)
            {
                continue;
            }
            let mut end = at + tail.len();
            let after = &text[end..];
            if after.chars().next().is_some_and(is_word_char) {
                continue;
            }
            let rest = after.trim_start_matches([' ', '\u{a0}']);
            let gap = after.len() - rest.len();
            let word_at = |w: &str| {
                gap > 0
                    && rest.starts_with(w)
                    && !rest[w.len()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char)
            };
            if word_at("surveillée") {
                continue;
            }
            if let Some(q) = extensions.iter().find(|q| word_at(q)) {
                end += gap + q.len();
            }
            let head = text[..start].trim_end_matches([' ', '\u{a0}']);
            if head.len() == text[..start].len() {
                continue;
            }
            let det = head
                .rsplit(|c: char| !is_word_char(c))
                .next()
                .unwrap_or("")
                .to_lowercase();
            if !matches!(det.as_str(), "la" | "sa" | "une" | "cette" | "leur")
            {
                continue;
            }
            let span = Span::new(start, end);
            if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
                continue;
            }
            found.push(span);
        }
        let Some(first) = found.first() else { continue };
        let canonical = text[*first].to_lowercase();
        let key = ["facility:", noun].concat();
        let e = set.entity(key, || facility_draft(canonical));
        let items: Vec<(Span, usize)> =
            found.into_iter().map(|s| (s, e)).collect();
        set.add_all(&items);
    }
}

/// Military sites and infrastructure named by a noun: "la base de
/// Bohoma" (the base, beside the village), "la base 101", and bare nouns
/// referring back to one ("le camp", "la position", "l'aéroport", "la
/// frontière").
fn add_facilities(ctx: &Context<'_>, set: &mut EntitySet, lits: &LitHits) {
    let text = ctx.text;
    // Place mentions (start, end, entity) in text order, for the bare
    // nouns that refer back to one: those found before, and the sites
    // this pass adds (`added`), in text order as it goes. The sites'
    // mentions join the span map in one merge at the end (a text of
    // megabytes may name tens of thousands).
    let mut places: Vec<(usize, usize, usize)> = set
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Place)
        .flat_map(|(i, d)| d.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    places.sort_unstable();
    let mut added: Vec<(usize, usize, usize)> = Vec::new();
    // Only the last site added can overlap a span found later.
    let covered =
        |set: &EntitySet, added: &[(usize, usize, usize)], sp: Span| {
            set.covers(sp)
                || added
                    .last()
                    .is_some_and(|&(s, e, _)| Span::new(s, e).overlaps(sp))
        };
    let articles = lits.of(ARTICLE_FAMILY);
    let mut bare_borders: Vec<Span> = Vec::new();
    let found =
        after_non_word_at(articles, facility_at, text, facility_may_match);
    for caps in found {
        let Some(n) = caps.name("noun") else { continue };
        let noun = n.as_str();
        let span = Span::new(n.start(), n.end());
        if ctx.skip.is_some_and(|s| s.overlaps(span))
            || covered(set, &added, span)
        {
            continue;
        }
        // "ont franchi la frontière", "traversant la frontière": the
        // border crossed is part of the crossing, no place of its own
        // (the gold sets mark 4 of 15).
        if noun == "frontière" && {
            let head = text[..span.start].trim_end();
            head.strip_suffix("la").is_some_and(|h| {
                let verb = h.trim_end().rsplit(' ').next().unwrap_or("");
                let verb = verb.to_lowercase();
                verb.starts_with("franchi") || verb.starts_with("travers")
            })
        } {
            continue;
        }
        let after = &text[n.end()..];
        let rest = after.trim_start_matches([' ', '\u{a0}']);
        let group = facility_group(noun);
        // "la base 101".
        let digits = rest.len()
            - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && group == "military" {
            let end = n.end() + (after.len() - rest.len()) + digits;
            let full = Span::new(span.start, end);
            if !covered(set, &added, full) {
                let canonical = text[full].to_string();
                let key = format!("facility:{}", fold_key(&canonical));
                let e = set.entity(key, || facility_draft(canonical));
                added.push((full.start, full.end, e));
            }
            continue;
        }
        let complement = ["de ", "d'", "d’", "du ", "des "]
            .iter()
            .find(|p| rest.starts_with(**p));
        // "près de la frontière du Niger": the border is named whatever
        // follows it (the country is a place of its own).
        let complement = complement.filter(|_| noun != "frontière");
        if let Some(p) = complement {
            // "la base de Bohoma": the site, when a known place follows.
            let military_site = group == "military"
                && !matches!(noun, "camp" | "position" | "poste");
            let at = n.end() + (after.len() - rest.len()) + p.len();
            let at = at + (text[at..].len() - text[at..].trim_start().len());
            // "l'école de gendarmerie du quartier de Faladié": the place
            // may follow the noun of a part of town.
            let at = ["quartier de ", "quartier d'", "quartier d’"]
                .iter()
                .find(|q| text[at..].starts_with(**q))
                .map_or(at, |q| at + q.len());
            let place = set
                .mentions_at(at)
                .filter(|&e| set.drafts[e].kind == EntityKind::Place);
            if let (true, Some(e)) = (military_site, place) {
                let canonical =
                    format!("{noun} de {}", set.drafts[e].canonical);
                let key = format!("facility:{}", fold_key(&canonical));
                let e = set.entity(key, || facility_draft(canonical));
                added.push((span.start, span.end, e));
            } else if military_site
                && place.is_none()
                && !covered(set, &added, Span::new(at, at + 1))
            {
                // "la base navale de Flamingo", "la caserne de Kati" with a
                // name no gazetteer knows: the site is named by it.
                if let Some(name_end) =
                    located_word_ends(text, at, 2, true).last().copied()
                {
                    let full = Span::new(span.start, name_end);
                    if !covered(set, &added, full) {
                        let canonical = text[full].to_string();
                        let key = format!("facility:{}", fold_key(&canonical));
                        let e = set.entity(key, || facility_draft(canonical));
                        added.push((full.start, full.end, e));
                    }
                }
            }
            continue;
        }
        // A bare noun after a definite article, a contracted one or a
        // possessive ("l'entrée du camp", "la ville et son camp"), not an
        // indefinite one and not a name's title.
        let definite = caps.name("art").is_some() || {
            let head = text[..span.start].trim_end();
            let w = head.rsplit(|c: char| !c.is_alphabetic()).next();
            let w = w.unwrap_or("");
            !matches!(w, "un" | "une" | "Un" | "Une")
        };
        if !definite || rest.starts_with(char::is_uppercase) {
            continue;
        }
        // The place of the right kind mentioned last before the noun,
        // within the last 10,000 bytes, among those found before and the
        // sites added.
        let from = span.start.saturating_sub(10_000);
        let last_fit = |list: &[(usize, usize, usize)]| {
            let upto = list.partition_point(|p| p.0 < span.start);
            list[..upto]
                .iter()
                .rev()
                .take_while(|p| p.0 >= from)
                .find(|p| {
                    p.1 <= span.start && fits_group(&set.drafts[p.2], group)
                })
                .copied()
        };
        let target = last_fit(&places).max(last_fit(&added)).map(|p| p.2);
        if let Some(e) = target {
            added.push((span.start, span.end, e));
        } else if noun == "frontière" {
            // "à la frontière", "le long de la frontière": the border of
            // the story, one entity however often it comes back (the gold
            // sets code 57 of 61 such nouns), its mentions merged in once
            // at the end.
            bare_borders.push(span);
        }
    }
    let items: Vec<(Span, usize)> =
        added.iter().map(|&(s, e, i)| (Span::new(s, e), i)).collect();
    set.add_all(&items);
    if !bare_borders.is_empty() {
        let e = set.entity("border:frontière".to_string(), || {
            Draft::plain(
                EntityKind::Place,
                "frontière".to_string(),
                "border",
                None,
            )
        });
        let items: Vec<(Span, usize)> =
            bare_borders.into_iter().map(|s| (s, e)).collect();
        set.add_all(&items);
    }
}

/// The nouns of sites an attack strikes, each with the words that may
/// follow it in its name ("base militaire", "marché central"), longest
/// first, and its subkind.
const STRUCK_SITES: &[(&str, &[&str], &str)] = &[
    ("base", &[" militaire", " aérienne", " navale"], "feature"),
    ("camp", &[" militaire", " de déplacés", " de réfugiés"], "camp"),
    (
        "poste",
        &[
            " militaire",
            " de police",
            " avancé",
            " frontière",
            " de douane",
            " de contrôle",
            " de sécurité",
            " de gendarmerie",
        ],
        "feature",
    ),
    ("caserne", &[], "feature"),
    ("position", &[" militaire", " avancée"], "feature"),
    ("garnison", &[], "feature"),
    ("brigade", &[" de gendarmerie"], "feature"),
    ("gendarmerie", &[], "feature"),
    ("commissariat", &[" central", " de police"], "feature"),
    (
        "marché",
        &[" central", " principal", " hebdomadaire", " de bétail"],
        "feature",
    ),
    ("hôtel", &[], "feature"),
    ("hôpital", &[], "feature"),
    ("pénitencier", &[" national", " civil"], "feature"),
    ("Pénitencier", &[" national", " civil"], "feature"),
    ("résidence", &[" présidentielle", " officielle"], "feature"),
    ("palais", &[" présidentiel", " de justice", " national"], "feature"),
    ("quartier général", &[], "feature"),
    ("QG", &[], "feature"),
    ("aéroport", &[" international", " militaire"], "feature"),
    ("grand marché", &[], "feature"),
    ("Grand Marché", &[], "feature"),
    ("centre de détention", &[], "feature"),
    ("couvent", &[], "feature"),
    ("séminaire", &[], "feature"),
    ("citadelle", &[], "feature"),
    ("ambassade", &[], "feature"),
    ("consulat", &[], "feature"),
    ("école", &[], "feature"),
    ("lycée", &[" public", " technique", " bilingue"], "feature"),
    ("campement", &[], "feature"),
    ("collège", &[], "feature"),
    ("internat", &[], "feature"),
    ("orphelinat", &[], "feature"),
    ("mairie", &[], "feature"),
    (
        "prison",
        &[
            " de haute sécurité",
            " centrale",
            " civile",
            " locale",
            " militaire",
        ],
        "feature",
    ),
    ("mosquée", &[], "feature"),
    ("église", &[], "feature"),
    ("chapelle", &[], "feature"),
    ("check-point", &[], "feature"),
    (
        "dépôt",
        &[" logistique", " de munitions", " d'armes", " de carburant"],
        "feature",
    ),
    ("entrepôt", &[], "feature"),
    ("terminal", &[" pétrolier"], "feature"),
    ("raffinerie", &[], "feature"),
    ("centrale", &[" électrique", " thermique", " nucléaire"], "feature"),
    ("usine", &[], "feature"),
    ("port", &[], "feature"),
    ("aérodrome", &[], "feature"),
    ("tribunal", &[], "feature"),
    ("monastère", &[], "feature"),
    ("pagode", &[], "feature"),
    ("temple", &[], "feature"),
    ("cathédrale", &[], "feature"),
    ("dispensaire", &[], "feature"),
    ("centre de santé", &[], "feature"),
    ("clinique", &[], "feature"),
    ("gare", &[" routière"], "feature"),
    ("site de déplacés", &[], "camp"),
    ("village", &[], "village"),
];

/// Adjectives of kind after "hôpital" that make it one known site.
const HOSPITAL_KINDS: &[&str] = &[
    "général",
    "militaire",
    "universitaire",
    "régional",
    "central",
    "principal",
    "national",
    "provincial",
    "public",
    "civil",
    "pédiatrique",
    "gouvernemental",
    "spécialisé",
    "saoudien",
    "de référence",
    "d'instruction",
    "d’instruction",
];

/// Whether `lower` (lowercase) starts with a noun of [`STRUCK_SITES`].
pub(crate) fn starts_with_struck_site(lower: &str) -> bool {
    STRUCK_SITES.iter().any(|(n, _, _)| lower.starts_with(n))
}

/// One pass over a document for the nouns of [`STRUCK_SITES`]; a match's
/// value is the noun's index.
static STRUCK_NOUNS: Lazy<daachorse::DoubleArrayAhoCorasick<u32>> =
    Lazy::new(|| {
        daachorse::DoubleArrayAhoCorasick::new(
            STRUCK_SITES.iter().map(|(n, _, _)| *n),
        )
        .expect("site nouns compile")
    });

/// Words that end a verb's reach to the site it hits: "ont attaqué
/// mardi (soir) une base", "a visé de nouveau l'hôtel".
const STRUCK_GAP_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "soir",
    "matin",
    "hier",
    "nuit",
    "aube",
    "à",
    "l'aube",
    "l’aube",
    "dans",
    "la",
    "de",
    "nouveau",
    "également",
    "aussi",
    "encore",
    "même",
    "dernier",
];

/// True when `w` (lowercase) is a form of a verb of striking a site.
fn is_striking_verb(w: &str) -> bool {
    [
        "attaqu",
        "frapp",
        "bombard",
        "pilonn",
        "visé",
        "visa",
        "vise",
        "ciblé",
        "ciblant",
        "cibla",
        "touch",
        "assiég",
        "encercl",
        "prennent d",
        "irruption",
        "d'assaut",
        "d’assaut",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        && !w.starts_with("attaquant")
}

/// True when `w` (lowercase) names a blow that "contre" or "sur" sends
/// against a site: "une attaque contre une base", "une frappe de drone sur
/// un marché", "des obus sont tombés sur l'hôpital".
fn is_blow_word(w: &str) -> bool {
    matches!(
        w,
        "attaque"
            | "attaques"
            | "assaut"
            | "assauts"
            | "frappe"
            | "frappes"
            | "raid"
            | "raids"
            | "bombardement"
            | "bombardements"
            | "tirs"
            | "obus"
            | "roquette"
            | "roquettes"
            | "missile"
            | "missiles"
            | "drone"
            | "drones"
            | "offensive"
            | "tombé"
            | "tombés"
            | "tombée"
            | "tombées"
            | "tombe"
            | "tombent"
            | "tiré"
            | "tirés"
            | "explosion"
            | "aérienne"
            | "aériennes"
            | "meurtrière"
            | "meurtrières"
            | "kamikaze"
            | "exploser"
            | "explosé"
            | "explosée"
            | "sauter"
    )
}

/// Where, in the lowercased text after a site noun, an aside that places
/// the site opens (", située à Boni", ", basée dans le parc"): the byte of
/// its comma, within the first 60 bytes.
fn site_aside_at(tail: &str) -> Option<usize> {
    const PLACED: &[&str] = &[
        ", situé",
        ", basé",
        ", installé",
        ", stationné",
        ", implanté",
        ", positionné",
        ", localisé",
    ];
    PLACED.iter().filter_map(|p| tail.find(p)).min().filter(|&k| k <= 60)
}

/// Whether `rest`, the text right after "sur la base", goes on with a
/// complement that names no site: "de renseignements", "des
/// informations", "d'un mandat" (a site is named with a capital: "de
/// Tessalit", "de la Minusma").
fn on_the_grounds_of(rest: &str) -> bool {
    let Some(r) = [" de ", " des ", " du ", " d'", " d’"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return false;
    };
    let r = ["la ", "l'", "l’", "les ", "le "]
        .iter()
        .find_map(|a| r.strip_prefix(a))
        .unwrap_or(r);
    r.starts_with(char::is_lowercase)
}

/// A site named by a common noun that an attack strikes: "ont attaqué
/// mardi une base militaire à Malam Fatori", "une frappe de drone sur un
/// marché", "les shebab attaquent un hôtel de Mogadiscio", "la brigade de
/// gendarmerie de Bali a été attaquée". The noun is a place of its own,
/// beside the town after it; a noun whose complement is a name the cue
/// passes read as the site's ("le marché de Sabreen") is left to them.
fn add_struck_sites(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let b = text.as_bytes();
    let mut found: Vec<(Span, &'static str)> = Vec::new();
    for m in STRUCK_NOUNS.find_overlapping_iter(b) {
        {
            let (noun, tails, subkind) = STRUCK_SITES[m.value() as usize];
            let i = m.start();
            let end = m.end();
            // A whole word, after an article.
            let before_ok = text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\'' | '’'));
            let after_ok = text[end..]
                .chars()
                .next()
                .map_or(true, |c| !(c.is_alphanumeric() || c == '-'));
            if !before_ok || !after_ok {
                continue;
            }
            let from = stretch_before(text, i, 90, 0);
            let lead = text[from..i].to_lowercase();
            let mut words: Vec<&str> = lead
                .split([' ', '\u{a0}'])
                .filter(|w| !w.is_empty())
                .collect();
            // The article: its own word, or elided onto the noun.
            let elided = lead.ends_with('\'') || lead.ends_with('’');
            // "l'attaque d'un commissariat", "l'attaque de l'hôpital": the
            // site a blow noun governs.
            let mut genitive = false;
            // "d'un poste", "d'une base": one site among others.
            let mut indefinite = false;
            // "l'aéroport", "du QG": one site the story knows.
            let definite;
            let article = if elided {
                let w = words.pop().unwrap_or("");
                let base = w.trim_end_matches(['\'', '’']);
                // Split after the last char that is no letter (it may be
                // several bytes long: "«l'", "–l'").
                let cut = base
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(0, |(k, c)| k + c.len_utf8());
                let (head, art) = base.split_at(cut);
                if !head.is_empty() {
                    continue;
                }
                if art == "l" && words.last() == Some(&"de") {
                    words.pop();
                    genitive = true;
                }
                definite = art == "l";
                definite
            } else {
                let w = words.pop();
                genitive = matches!(
                    w,
                    Some("d'un" | "d'une" | "d’un" | "d’une" | "du")
                );
                indefinite = genitive && w != Some("du");
                definite = matches!(
                    w,
                    Some(
                        "du" | "le"
                            | "la"
                            | "les"
                            | "ce"
                            | "cette"
                            | "son"
                            | "sa"
                            | "leur"
                    )
                );
                genitive || definite || matches!(w, Some("un" | "une" | "des"))
            };
            if !article {
                continue;
            }
            // "effectuées sur la base de renseignements recoupés", "sur la
            // base des informations reçues": on the grounds of, no site.
            if noun == "base"
                && words.last() == Some(&"sur")
                && !elided
                && on_the_grounds_of(&text[end..])
            {
                continue;
            }
            let mut span = Span::new(i, end);
            if let Some(t) =
                tails.iter().find(|t| text[end..].starts_with(**t))
            {
                span = Span::new(i, end + t.len());
            }
            if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
                continue;
            }
            // "le marché de Sabreen": the cue passes read the name as the
            // site's own; "la base de Bohoma" or "un hôtel de Mogadiscio"
            // keep the town a place of its own.
            let rest = text[span.end..].trim_start_matches([' ', '\u{a0}']);
            // "l'hôpital Nasser": the name right after the noun too.
            let particle = ["de ", "du ", "d'", "d’"]
                .iter()
                .find(|p| rest.starts_with(**p))
                .map(|p| p.len())
                .or_else(|| rest.starts_with(char::is_uppercase).then_some(0));
            if let Some(p) = particle {
                let at = text.len() - rest.len() + p;
                if let Some(e) = set.mentions_at(at) {
                    let d = &set.drafts[e];
                    if d.kind == EntityKind::Place
                        && matches!(d.subkind.as_ref(), "feature" | "camp")
                    {
                        continue;
                    }
                }
            }
            // "le village de Wad Al-Noura", "le village voisin de X": the
            // name is the place; a bare "un village" is one.
            // "un village d'Al-Jazira" is a village of a province.
            let named = ["de ", "du ", "d'", "d’"].iter().find_map(|p| {
                let r = rest.strip_prefix(p)?;
                r.starts_with(char::is_uppercase)
                    .then_some(text.len() - r.len())
            });
            let of_region =
                named.and_then(|at| set.mentions_at(at)).is_some_and(|e| {
                    matches!(
                        set.drafts[e].subkind.as_ref(),
                        "admin1" | "admin2" | "region" | "country"
                    )
                });
            if noun == "village"
                && (named.is_some() && !of_region
                    || rest.starts_with(char::is_lowercase)
                        && !rest.starts_with("d"))
            {
                continue;
            }
            // The verb or blow before it.
            let mut k = words.len();
            while k > 0 && STRUCK_GAP_WORDS.contains(&words[k - 1]) {
                k -= 1;
            }
            // "ont visé le port de Hodeida et la centrale électrique":
            // a site joined to one struck just before.
            let joined = k > 0
                && words[k - 1] == "et"
                && found.last().is_some_and(|(f, _)| {
                    f.end <= i
                        && i - f.end <= 60
                        && !text[f.end..i].contains(['.', ';', ':'])
                });
            // "s'emparer de la base", "pris le contrôle du camp": a site
            // taken.
            // (Not a village, whose name after it is the place taken.)
            // ("s'empare du quartier général", "pris le contrôle total du
            // QG".)
            let taking = |w: &str| {
                noun != "village"
                    && (w.ends_with("emparer")
                        || w.starts_with("emparé")
                        || matches!(
                            w,
                            "contrôle"
                                | "prise"
                                | "s'empare"
                                | "s'emparent"
                                | "s’empare"
                                | "s’emparent"
                        )
                        || w == "total"
                            && words.len() >= 2
                            && words[words.len() - 2] == "contrôle")
            };
            let hit_before = joined
                || genitive
                    && words.last().is_some_and(|w| {
                        is_blow_word(w.rsplit(['\'', '’']).next().unwrap_or(w))
                            || !indefinite && taking(w)
                    })
                || !genitive
                    && k > 0
                    && taking(words[k - 1])
                    && words.get(k) == Some(&"de")
                || !genitive && k > 0 && {
                    let w = words[k - 1];
                    if matches!(w, "contre" | "sur" | "visant" | "devant") {
                        // ("l'assaut contre le camp": past the elision.)
                        words[..k - 1]
                            .iter()
                            .rev()
                            .take(5)
                            .map(|w| w.rsplit(['\'', '’']).next().unwrap_or(w))
                            .any(|w| is_blow_word(w) || is_striking_verb(w))
                            && !words[..k - 1]
                                .iter()
                                .rev()
                                .take(5)
                                .any(|w| w.ends_with(['.', ';', ':']))
                    } else {
                        // "ont pillé un entrepôt", "a détruit une base".
                        let ravaging = [
                            "pill", "incendi", "saccag", "détrui", "endommag",
                        ]
                        .iter()
                        .any(|p| w.starts_with(p));
                        (is_striking_verb(w) || ravaging)
                            && !words[k - 1..]
                                .iter()
                                .any(|w| w.ends_with([',', '.', ';', ':']))
                    }
                };
            // "la brigade de gendarmerie de Bali a été attaquée", "le
            // marché a été la cible d'une frappe".
            let hit_after = !hit_before && {
                let tail_end = text[span.end..]
                    .char_indices()
                    .take(70)
                    .last()
                    .map_or(span.end, |(k, c)| span.end + k + c.len_utf8());
                let mut tail = text[span.end..tail_end].to_lowercase();
                // "une position de l'armée, située à Boni, a fait l'objet
                // d'une attaque": past the aside that places the site.
                if let Some(k) = site_aside_at(&tail) {
                    let longer = stretch_after(text, span.end, 200);
                    let longer = text[span.end..longer].to_lowercase();
                    if let Some(j) =
                        longer.get(k + 2..).and_then(|r| r.find(','))
                    {
                        tail = format!(
                            "{}{}",
                            &longer[..k],
                            &longer[k + 3 + j..]
                        );
                    }
                }
                let tail =
                    tail.split(['.', ';', ':', '«', '»']).next().unwrap_or("");
                let ws: Vec<&str> = tail.split_whitespace().take(10).collect();
                let struck = ws.windows(2).any(|p| {
                    matches!(p[0], "été" | "ete")
                        && (is_striking_verb(p[1])
                            || matches!(p[1], "la" | "prise" | "pris"))
                }) && ws.iter().any(|w| {
                    is_striking_verb(w) || matches!(*w, "cible" | "assaut")
                });
                let object = ws.windows(3).any(|p| {
                    p[0] == "fait"
                        && matches!(p[1], "l'objet" | "l’objet")
                        && p[2].starts_with('d')
                });
                // "la base n'est jamais tombée", "le camp n'est à aucun
                // moment tombé": a site said fallen or not.
                let fallen = ws.iter().take(6).any(|w| w.starts_with("tomb"));
                struck || object || fallen
            };
            // A prison or a police station is a site wherever an article
            // names it ("devant la prison", "le commissariat de Mariani");
            // a market is one when a name or a kind follows it ("le
            // marché de Kulbus", "le marché central"),
            // which keeps the trade sense ("un marché de plusieurs
            // millions") out.
            let standing = match noun {
                "prison" => {
                    !(rest.starts_with("à vie") || rest.starts_with("ferme"))
                }
                "commissariat" => {
                    !rest.starts_with('à') && !rest.starts_with("aux ")
                }
                "marché" => span.end > end || named.is_some(),
                // The airport or the headquarters a story speaks of ("près
                // de l'aéroport", "les bâtiments du QG"), not one among
                // others ("le seul aéroport", "un aéroport").
                "aéroport" | "QG" | "quartier général" => definite,
                // A hospital with its kind or its name ("l'hôpital
                // saoudien", "l'hôpital Nasser"), not the bare noun ("sur
                // son lit d'hôpital", "l'hôpital de la ville").
                "hôpital" => {
                    span.end > end
                        || rest.starts_with(is_name_initial)
                        || HOSPITAL_KINDS.iter().any(|k| {
                            rest.strip_prefix(k).is_some_and(|r| {
                                !r.starts_with(|c: char| c.is_alphanumeric())
                            })
                        })
                }
                _ => false,
            };
            // "l'aéroport de Mitiga": an airport named after a place no
            // other rule knows takes the name into its span.
            if noun == "aéroport" && standing {
                if let Some(at) = named {
                    if set.mentions_at(at).is_some() {
                        continue;
                    }
                    let Some(&first) =
                        located_word_ends(text, at, 1, true).last()
                    else {
                        continue;
                    };
                    span = Span::new(span.start, name_run_end(text, first));
                }
            }
            if hit_before || hit_after || standing {
                found.push((span, subkind));
            }
        }
    }
    found.sort_unstable_by_key(|f| f.0.start);
    // One merge into the span map (a run-on text may strike sites
    // thousands of times), of the sites that overlap no mention and no
    // site before them.
    let mut items: Vec<(Span, usize)> = Vec::with_capacity(found.len());
    for (span, subkind) in found {
        if set.covers(span)
            || items.last().is_some_and(|l| l.0.end > span.start)
        {
            continue;
        }
        let canonical = text[span].to_string();
        let key = format!("site:{}:{}", fold_key(&canonical), span.start);
        let e = set.entity(key, || {
            Draft::plain(EntityKind::Place, canonical, subkind, None)
        });
        items.push((span, e));
    }
    set.add_all(&items);
}

/// The end of a lone unknown name at byte `at`: a capitalized word
/// (hyphened parts allowed) that no second capitalized word follows (a
/// person's name, or a longer name these rules do not read), not one of
/// [`NOT_PLACES`].
fn lone_name_end(text: &str, at: usize) -> Option<usize> {
    let end = *located_word_ends(text, at, 2, true).last()?;
    let rest = &text[end..];
    let next = rest.trim_start_matches([' ', '\u{a0}']);
    if next.len() < rest.len() && next.starts_with(is_name_initial)
        || rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'')
    {
        return None;
    }
    let lower = text[at..end].to_lowercase();
    (!NOT_PLACES.contains(&lower.as_str())).then_some(end)
}

/// "le poste de Domel", "le commissariat central de Wana": the unknown
/// name after a post or a police station is the town it stands in (the
/// gold sets code 9 of 9 so; two are border crossings, read elsewhere).
fn add_posts_towns(ctx: &Context<'_>, set: &mut EntitySet, top: Option<&str>) {
    const HEADS: &[&str] = &[
        "poste de ",
        "poste d'",
        "poste d’",
        "postes de ",
        "commissariat de ",
        "commissariat d'",
        "commissariat central de ",
    ];
    // Offices, not towns: "le poste de Premier ministre".
    const TITLES: &[&str] = &[
        "premier",
        "président",
        "chef",
        "directeur",
        "secrétaire",
        "ministre",
    ];
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut found: Vec<Span> = Vec::new();
    for head in HEADS {
        let finder = memchr::memmem::Finder::new(head.as_bytes());
        for at in finder.find_iter(bytes).take(256) {
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let from = at + head.len();
            let Some(end) = lone_name_end(text, from) else { continue };
            let span = Span::new(from, end);
            let lower = text[span].to_lowercase();
            if TITLES.contains(&lower.as_str())
                || ctx.skip.is_some_and(|s| s.overlaps(span))
                || set.covers(span)
            {
                continue;
            }
            found.push(span);
        }
    }
    add_unknown_towns(ctx, set, found, top);
}

/// Adds each of `found` (unknown names, in any order) not yet covered as
/// a town, in text order.
fn add_unknown_towns(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    mut found: Vec<Span>,
    top: Option<&str>,
) {
    found.sort_unstable();
    for span in found {
        if !set.covers(span) {
            add_unknown_town(ctx, set, span, top);
        }
    }
}

/// "plusieurs villages de la zone d'Abyei, dont Nyinkuac et Majbong",
/// "des localités frontalières du Hermel, notamment Qasr": the unknown
/// name picked out of villages or localities named just before is one of
/// them (the rest of the list is read by [`add_listed_places`]). The
/// plural noun stands at most 100 bytes before, with no pause between.
fn add_places_picked_from_plural(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    const PICKS: &[&str] = &[", dont ", ", notamment ", " notamment "];
    const PLURALS: &[&str] = &[
        "villages",
        "localités",
        "hameaux",
        "bourgades",
        "agglomérations",
        "communes",
        "quartiers",
    ];
    let text = ctx.text;
    let mut found: Vec<Span> = Vec::new();
    for pick in PICKS {
        let finder = memchr::memmem::Finder::new(pick.as_bytes());
        for at in finder.find_iter(text.as_bytes()).take(256) {
            let from = at + pick.len();
            if !text[from..].starts_with(is_name_initial) {
                continue;
            }
            let lead = &text[stretch_before(text, at, 100, 0)..at];
            let lead = match lead.rfind([',', '.', ';', ':', '\n', '(']) {
                Some(k) => &lead[k + 1..],
                None => lead,
            };
            let cued = lead.split(' ').any(|w| PLURALS.contains(&w));
            if !cued {
                continue;
            }
            let Some(end) = lone_name_end(text, from) else { continue };
            let span = Span::new(from, end);
            // An acronym is a group's ("notamment le JNIM").
            let acronym = text[span].chars().filter(|c| c.is_uppercase());
            if acronym.count() > 1
                || ctx.skip.is_some_and(|s| s.overlaps(span))
                || set.covers(span)
            {
                continue;
            }
            found.push(span);
        }
    }
    add_unknown_towns(ctx, set, found, top);
}

/// Unknown names listed with a town ("ont fui Litamanda, Nguida et
/// Chitunda", "entre Birao et Tiringoulou", "les districts de Sirwah et
/// de Raghwan") and the ends of an axis ("l'axe Macomia-Oasse") are
/// places of the same kind. A name after a comma needs another item
/// after it (", X et", ", X,"): "à Goma, Kabila a dit" is no list.
fn add_listed_places(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    let text = ctx.text;
    let townish = |d: &Draft| {
        d.kind == EntityKind::Place
            && matches!(
                d.subkind.as_ref(),
                "town"
                    | "village"
                    | "city"
                    | "admin2"
                    | "camp"
                    | "region"
                    // "les régions de Qandil, Gara et Asos": mountains.
                    | "feature"
            )
    };
    let mut ends: Vec<usize> = set
        .drafts
        .iter()
        .filter(|d| townish(d))
        .flat_map(|d| d.mentions.iter().map(|m| m.end))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    let mut added = 0;
    let mut i = 0;
    while i < ends.len() && added < 256 {
        let end = ends[i];
        i += 1;
        let rest = &text[end..];
        let (joint, comma) = if let Some(r) = rest.strip_prefix(", ") {
            (rest.len() - r.len(), true)
        } else if let Some(r) = rest.strip_prefix(" et ") {
            let r = ["de ", "d'", "d’"]
                .iter()
                .find_map(|p| r.strip_prefix(p))
                .unwrap_or(r);
            (rest.len() - r.len(), false)
        } else {
            continue;
        };
        let at = end + joint;
        let Some(name_end) = lone_name_end(text, at) else { continue };
        let after = &text[name_end..];
        if comma && !(after.starts_with(',') || after.starts_with(" et ")) {
            continue;
        }
        let span = Span::new(at, name_end);
        if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
            continue;
        }
        add_unknown_town(ctx, set, span, top);
        added += 1;
        // After the current end: read next, as the list goes on.
        let k = ends.partition_point(|&e| e <= name_end);
        ends.insert(k, name_end);
    }
    // The names listed before a town the list ends with: "en direction
    // de Kroupets, d'Olgovka et de Martynovka".
    let starts: Vec<usize> = set
        .drafts
        .iter()
        .filter(|d| townish(d))
        .flat_map(|d| d.mentions.iter().map(|m| m.start))
        .collect();
    for to in starts.into_iter().take(256) {
        for span in names_listed_before(text, to, set).unwrap_or_default() {
            if !ctx.skip.is_some_and(|s| s.overlaps(span)) && !set.covers(span)
            {
                add_unknown_town(ctx, set, span, top);
            }
        }
    }
    // "l'axe Macomia-Oasse", "l'axe Bahir Dar-Debre Markos".
    for at in memchr::memmem::find_iter(text.as_bytes(), b"axe ").take(256) {
        if at > 0
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let from = at + "axe ".len();
        let stop = text[from..]
            .find(|c: char| {
                !(c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
            })
            .map_or(text.len(), |n| from + n);
        // The words that start with a capital, hyphens splitting parts.
        let mut parts: Vec<Span> = Vec::new();
        let mut part_start = from;
        let mut last_cap_end = from;
        let mut pos = from;
        for w in text[from..stop].split_inclusive([' ', '-']) {
            let word = w.trim_end_matches([' ', '-']);
            if !word.starts_with(is_name_initial) {
                break;
            }
            last_cap_end = pos + word.len();
            if w.ends_with('-') {
                parts.push(Span::new(part_start, last_cap_end));
                part_start = pos + w.len();
            }
            pos += w.len();
        }
        if last_cap_end > part_start {
            parts.push(Span::new(part_start, last_cap_end));
        }
        if parts.len() != 2 {
            continue;
        }
        for span in parts {
            if span.is_empty()
                || ctx.skip.is_some_and(|s| s.overlaps(span))
                || set.covers(span)
            {
                continue;
            }
            add_unknown_town(ctx, set, span, top);
        }
    }
}

/// Adds `span` ("le pays") as a mention of the country of the place
/// mentioned last after byte `lo`, when the gazetteers know that country.
fn add_country_of_last_place(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    span: Span,
    lo: usize,
) {
    let last = set.last_mention_where(
        span.start,
        |_, d| d.kind == EntityKind::Place && d.country.is_some(),
        |m| m.start >= lo,
    );
    let Some((_, e)) = last else { return };
    let Some(code) = set.drafts[e].country.clone() else { return };
    let Some(&ci) = ctx.tables.countries.get(code.as_ref()) else { return };
    let cr = ctx.lexicon.row(ci);
    set.add_row(
        RowKey::Place,
        ci,
        || place_key(cr),
        span,
        || place_draft(cr, Some(ci)),
    );
}

/// The referring nouns of towns, the articles that make them refer, and
/// the subkinds each can stand for.
const TOWN_NOUNS: &[(&str, &[&str], &[&str])] = &[
    ("ville", &["la", "cette"], &["city", "town"]),
    ("localité", &["la", "cette"], &["town", "village", "city"]),
    ("village", &["le", "ce"], &["village", "town"]),
    ("bourgade", &["la", "cette"], &["town", "village"]),
    // "l'enclave", "le territoire" alone: Gaza and its like.
    ("enclave", &["l'", "l’", "cette"], &["region"]),
    ("territoire", &["le", "ce", "du"], &["region"]),
    // "le pays", "rentrés au pays" alone: the country named last. ("la
    // région" alone is often a wider area.) "Du pays" mostly completes a
    // noun ("le nord du pays", "la deuxième ville du pays", "le réseau
    // électrique du pays") and annotators leave it, as "ce pays".
    ("pays", &["le", "au"], &["country"]),
    // "déployées dans la province", "le sud de la province": the province
    // named last; "fuir la commune": the commune.
    ("province", &["la", "cette"], &["admin1"]),
    // "dans le gouvernorat", "le sud du district": as a province.
    ("gouvernorat", &["le", "ce", "du"], &["admin1"]),
    ("district", &["le", "ce", "du"], &["admin2"]),
    ("commune", &["la", "cette"], &["town", "city", "village", "admin2"]),
    // "une habitante du site", "un incendie s'est déclaré sur le site":
    // the camp or the site named last.
    ("site", &["le", "ce", "du"], &["camp", "feature"]),
];

/// Words (lowercase) before "de la province", "de la commune" that make
/// the noun a seat or an office, not a place told of: "le chef-lieu de la
/// province", "le maire de la commune".
const SEAT_OF: &[&str] = &[
    "chef-lieu",
    "maire",
    "procureur",
    "gouverneur",
    "porte-parole",
    "administrateur",
    "autorités",
    "districts",
    "préfet",
    "conseil",
    "capitale",
];

/// Whether folded word `w` (singular or plural) is a noun of a deed, a
/// thing or a place that "militaire" right after it qualifies:
/// "opération militaire", "véhicules militaires", "base militaire".
fn qualifies_a_thing(w: &str) -> bool {
    // ("l'operation" may come as one word.)
    let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "operation"
            | "offensive"
            | "intervention"
            | "presence"
            | "aide"
            | "cooperation"
            | "campagne"
            | "pression"
            | "base"
            | "cour"
            | "tribunal"
            | "tribunaux"
            | "convoi"
            | "coup"
            | "regime"
            | "administration"
            | "transition"
            | "zone"
            | "avion"
            | "helicoptere"
            | "vehicule"
            | "materiel"
            | "equipement"
            | "attaque"
            | "frappe"
            | "source"
            | "position"
            | "escorte"
            | "manoeuvre"
            | "exercice"
            | "formation"
            | "assistance"
            | "solution"
            | "option"
            | "victoire"
            | "defaite"
            | "pouvoir"
            | "tenue"
            | "uniforme"
            | "secret"
            | "hopital"
            | "academie"
            | "ecole"
            | "camp"
            | "installation"
            | "infrastructure"
            | "cible"
            | "objectif"
            | "site"
            | "incursion"
            | "raid"
    )
}

/// One finder per noun of [`TOWN_NOUNS`].
static TOWN_FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
    Lazy::new(|| {
        TOWN_NOUNS
            .iter()
            .map(|(n, _, _)| memchr::memmem::Finder::new(*n))
            .collect()
    });

/// "la ville", "la localité", "le village" alone: a referring noun that
/// names the town of its kind mentioned last, within 1,500 bytes before
/// ("Les rebelles ont pilonné Goma … la ville est privée d'eau"). Not
/// when a name or a complement follows it ("la ville de Goma", "la ville,
/// Goma") or an adjective makes it another ("la ville voisine").
fn add_bare_towns(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    // (article start, noun, subkinds)
    let mut hits: Vec<(usize, Span, &[&str])> = Vec::new();
    for (finder, &(noun, articles, kinds)) in
        TOWN_FINDERS.iter().zip(TOWN_NOUNS)
    {
        for i in finder.find_iter(text.as_bytes()) {
            // An elided article is written against its noun.
            let head = match text[..i].strip_suffix(' ') {
                Some(h) => h,
                None if text[..i].ends_with(['\'', '’']) => &text[..i],
                None => continue,
            };
            let art = articles.iter().find(|a| {
                head.len() >= a.len()
                    && head.is_char_boundary(head.len() - a.len())
                    && head[head.len() - a.len()..].eq_ignore_ascii_case(a)
            });
            if let Some(a) = art {
                let span = Span::new(i, i + noun.len());
                hits.push((head.len() - a.len(), span, kinds));
            }
        }
    }
    if hits.is_empty() {
        return;
    }
    hits.sort_unstable_by_key(|h| h.0);
    let mut lookups = 0;
    for (at, span, kinds) in hits {
        let (start, end) = (span.start, span.end);
        let before_ok = text[..at]
            .chars()
            .next_back()
            .map_or(true, |c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .map_or(true, |c| !(c.is_alphanumeric() || c == '-'));
        if !before_ok || !after_ok {
            continue;
        }
        if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
            continue;
        }
        let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
        let named = ["de ", "d'", "d’", "du ", "des "]
            .iter()
            .any(|p| rest.starts_with(p))
            || rest.starts_with(char::is_uppercase)
            || rest.strip_prefix(',').is_some_and(|r| {
                r.trim_start().starts_with(char::is_uppercase)
            });
        let next = rest
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        // "la ville syrienne de Deir Ez-Zor": an adjective, then the name.
        let after_adj = rest[next.len()..].trim_start();
        let named = named
            || next.starts_with(char::is_lowercase)
                && ["de ", "d'", "d’", "du "].iter().any(|p| {
                    after_adj.strip_prefix(p).is_some_and(|r| {
                        r.trim_start().starts_with(char::is_uppercase)
                    })
                });
        let other = matches!(
            next,
            "voisine"
                | "voisin"
                | "natale"
                | "sainte"
                | "jumelle"
                | "suivante"
                | "proche"
                | "même"
                | "entière"
        );
        // "le territoire syrien", "l'enclave palestinienne", "le
        // territoire national": an adjective makes it another.
        let qualified = !kinds.contains(&"town")
            && next.starts_with(char::is_lowercase)
            && !matches!(
                next,
                "par"
                    | "depuis"
                    | "dans"
                    | "et"
                    | "à"
                    | "au"
                    | "aux"
                    | "pour"
                    | "où"
                    | "qui"
                    | "que"
                    | "en"
                    | "sur"
                    | "vers"
                    | "après"
                    | "avant"
                    | "ont"
                    | "a"
                    | "est"
                    | "sont"
                    | "mardi"
                    | "lundi"
                    | "mercredi"
                    | "jeudi"
                    | "vendredi"
                    | "samedi"
                    | "dimanche"
                    | "avec"
                    | "sans"
                    | "contre"
            );
        // "le pays comptait", "du pays, à": a verb or a pause after the
        // country; "le pays hôte", "le pays voisin": another one.
        let qualified = if &text[span] == "pays" {
            next.starts_with(char::is_lowercase)
                && (matches!(
                    next,
                    "hôte" | "natal" | "membre" | "membres" | "tiers" | "ami"
                ) || ["ien", "ienne", "ais", "aise", "ain", "aine", "ois"]
                    .iter()
                    .any(|s| next.ends_with(s)))
                // "la deuxième ville du pays": a rank among its towns.
                || text[..at].trim_end().ends_with("ville")
        } else {
            qualified
        };
        // "le territoire national": the country.
        if &text[span] == "territoire" && next == "national" && !named {
            lookups += 1;
            if lookups > 64 {
                break;
            }
            // Up to the end of "national" (after_adj is a tail of text).
            let adj_end = text.len() - after_adj.len();
            let whole = Span::new(
                start,
                start + text[start..adj_end].trim_end().len(),
            );
            let lo = start.saturating_sub(1_500);
            let country = set.last_mention_where(
                start,
                |_, d| d.kind == EntityKind::Place && d.subkind == "country",
                |m| m.start >= lo,
            );
            match country {
                Some((_, e)) => set.add_to(e, whole),
                None => add_country_of_last_place(ctx, set, whole, lo),
            }
            continue;
        }
        if named || other || qualified {
            continue;
        }
        if matches!(&text[span], "province" | "commune") {
            let lead = text[..at].trim_end();
            let seat = lead.strip_suffix(" de").is_some_and(|l| {
                let w = l.rsplit([' ', '\n', '\'', '’']).next().unwrap_or("");
                SEAT_OF.iter().any(|s| w.eq_ignore_ascii_case(s))
            });
            if seat {
                continue;
            }
        }
        lookups += 1;
        if lookups > 64 {
            break;
        }
        // The town mentioned last, but not as a point of reference ("près
        // d'Avdiïvka", "Mellit, au nord de la ville").
        let lo = start.saturating_sub(1_500);
        let target = set.last_mention_where(
            start,
            |_, d| {
                d.kind == EntityKind::Place
                    && kinds.contains(&d.subkind.as_ref())
            },
            |m| {
                m.start >= lo
                    && !is_reference_point(text, m.start)
                    && !in_quarter(text, m.start)
            },
        );
        let Some((last, e)) = target else {
            // "la ville de Soueïda, dans le sud du pays": with no country
            // named before, the country of the place named last.
            if kinds == ["country"] {
                add_country_of_last_place(ctx, set, span, lo);
            }
            continue;
        };
        // "Mellit, au nord de la ville": the town it lies by is another.
        // ("Soueïda, dans le sud du pays": a country holds the town.)
        if is_reference_point(text, start)
            && kinds != ["country"]
            && kinds != ["region"]
            && !text[last..start].contains(['.', '\n'])
        {
            continue;
        }
        set.add_to(e, span);
    }
}

/// Bare nouns of sites, each with the heads of the named sites it may
/// refer back to: "le barrage" and "l'ouvrage" after "le barrage de
/// Tichrine", "le monastère" after "un monastère de Kanbalu",
/// "l'établissement" after "un collège public de Kaura Namoda".
const BARE_SITES: &[(&str, &[&str])] = &[
    ("barrage", &["barrage"]),
    ("ouvrage", &["barrage", "pont"]),
    ("pont", &["pont"]),
    ("marché", &["marché"]),
    ("hôpital", &["hôpital", "centre hospitalier"]),
    ("monastère", &["monastère"]),
    ("pagode", &["pagode"]),
    ("mosquée", &["mosquée"]),
    ("église", &["église"]),
    ("école", &["école"]),
    ("lycée", &["lycée"]),
    ("collège", &["collège"]),
    ("université", &["université"]),
    (
        "établissement",
        &["école", "lycée", "collège", "université", "hôpital", "hôtel"],
    ),
    ("port", &["port"]),
    ("forêt", &["forêt"]),
    ("prison", &["prison"]),
    ("raffinerie", &["raffinerie"]),
    ("palais", &["palais"]),
    ("stade", &["stade"]),
    ("usine", &["usine"]),
    ("centrale", &["centrale"]),
    ("entrepôt", &["entrepôt"]),
    ("dépôt", &["dépôt"]),
];

/// A bare site noun after a definite article, a contracted one, a
/// possessive or a demonstrative ("le barrage", "de l'ouvrage", "au
/// marché") is the site of that kind named last within 3,000 bytes, when
/// no complement, name or adjective follows it ("le marché central" is
/// another one).
fn add_bare_sites(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let head_of = |d: &Draft| {
        d.canonical.split([' ', '\'']).next().unwrap_or("").to_lowercase()
    };
    // The heads of the sites the text names.
    let mut heads: Vec<String> = set
        .drafts
        .iter()
        .filter(|d| {
            d.kind == EntityKind::Place
                && matches!(d.subkind.as_ref(), "feature" | "camp")
        })
        .map(head_of)
        .collect();
    if heads.is_empty() {
        return;
    }
    heads.sort_unstable();
    heads.dedup();
    let mut found: Vec<(Span, usize)> = Vec::new();
    let mut lookups = 0;
    for &(noun, refers) in BARE_SITES {
        if !refers.iter().any(|r| heads.iter().any(|h| h == r)) {
            continue;
        }
        let finder = memchr::memmem::Finder::new(noun.as_bytes());
        for i in finder.find_iter(text.as_bytes()).take(256) {
            let span = Span::new(i, i + noun.len());
            let head = &text[..i];
            let definite = head.ends_with("l'")
                || head.ends_with("l’")
                || head.strip_suffix(' ').is_some_and(|h| {
                    let w = h.rsplit(|c: char| !c.is_alphabetic()).next();
                    matches!(
                        w.unwrap_or("").to_lowercase().as_str(),
                        "le" | "la"
                            | "du"
                            | "au"
                            | "ce"
                            | "cet"
                            | "cette"
                            | "son"
                            | "sa"
                    )
                });
            let rest = &text[span.end..];
            let next = rest.chars().next();
            if !definite
                || next.is_some_and(|c| c.is_alphanumeric() || c == '-')
                || ctx.skip.is_some_and(|s| s.overlaps(span))
                || set.covers(span)
            {
                continue;
            }
            // "le marché de Kulbus", "le marché central", "le port
            // Soudan": a complement, an adjective or a name makes another.
            let after = rest.trim_start_matches([' ', '\u{a0}']);
            let word: String = after
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
                .collect();
            let lower = word.to_lowercase();
            let free = !(after.starts_with(char::is_uppercase)
                || matches!(lower.as_str(), "de" | "du" | "des")
                || lower.starts_with("d'")
                || lower.starts_with("d’")
                // An adjective: "central", "hebdomadaire", "voisin",
                // "public", "militaire", "syrien", "nationale".
                || [
                    "al", "ale", "aux", "aire", "ien", "ienne", "ais", "aise",
                    "if", "ive", "ique", "el", "elle", "in", "ine", "ier",
                    "ière", "é", "ée", "ant", "ante",
                ]
                .iter()
                .any(|x| lower.ends_with(x))
                    // Words that only look like one.
                    && !matches!(lower.as_str(), "avant" | "pendant" | "durant"));
            if !free {
                continue;
            }
            lookups += 1;
            if lookups > 64 {
                break;
            }
            let lo = i.saturating_sub(3_000);
            let target = set.last_mention_where(
                i,
                |_, d| {
                    d.kind == EntityKind::Place
                        && matches!(d.subkind.as_ref(), "feature" | "camp")
                        && {
                            let h = head_of(d);
                            refers.iter().any(|r| {
                                *r == h
                                    || d.canonical
                                        .to_lowercase()
                                        .starts_with(r)
                            })
                        }
                },
                |m| m.start >= lo,
            );
            if let Some((_, e)) = target {
                found.push((span, e));
            }
        }
    }
    found.sort_unstable_by_key(|f| f.0.start);
    found.dedup_by_key(|f| f.0.start);
    set.add_all(&found);
}

/// The seat nouns set in apposition after a town's name, with the
/// adjectives of level that stay in the mention.
const SEAT_APPOSITIONS: &[(&str, &[&str])] = &[
    (", la capitale", &["régionale", "provinciale", "administrative"]),
    (", sa capitale", &[]),
];

static SEAT_FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
    Lazy::new(|| {
        SEAT_APPOSITIONS
            .iter()
            .map(|(n, _)| memchr::memmem::Finder::new(*n))
            .collect()
    });

/// "Nyala, la capitale du Darfour-Sud": a capital set in apposition right
/// after a city's or town's name refers to it, and is a mention of it
/// (with its adjective of level: "capitale provinciale"). ("Bunia, le
/// chef-lieu provincial": annotators leave the seat of lesser rank
/// unmarked.)
fn add_apposed_seats(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    // Added in one merge: a text may hold thousands.
    let mut found: Vec<(Span, usize)> = Vec::new();
    for (finder, &(lead, levels)) in SEAT_FINDERS.iter().zip(SEAT_APPOSITIONS)
    {
        for i in finder.find_iter(text.as_bytes()) {
            let noun_at = i + lead.rfind(' ').map_or(0, |k| k + 1);
            let mut end = i + lead.len();
            if text[end..]
                .starts_with(|c: char| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            let rest = &text[end..];
            if let Some(adj) = rest.strip_prefix(' ').and_then(|r| {
                levels.iter().find(|a| {
                    r.strip_prefix(**a).is_some_and(|t| {
                        !t.starts_with(|c: char| c.is_alphanumeric())
                    })
                })
            }) {
                end += 1 + adj.len();
            }
            let span = Span::new(noun_at, end);
            if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
                continue;
            }
            let Some(&(_, name_end, e)) = set.spans.last_before(i) else {
                continue;
            };
            let d = &set.drafts[e];
            let town = d.kind == EntityKind::Place
                && matches!(d.subkind.as_ref(), "city" | "town" | "village");
            if name_end == i && town {
                found.push((span, e));
            }
        }
    }
    found.sort_unstable_by_key(|(span, _)| span.start);
    set.add_all(&found);
}

/// Whether the name at byte `at` is of a quarter ("le quartier de
/// Saltivka"): the town it is in is what "la ville" refers to.
fn in_quarter(text: &str, at: usize) -> bool {
    let from = stretch_before(text, at, 16, 0);
    let lead = text[from..at].trim_end();
    ["quartier de", "quartier d'", "quartier d’", "quartiers de"]
        .iter()
        .any(|q| lead.ends_with(q))
}

/// Whether the name or noun at byte `at` follows a phrase that places
/// something by it ("près de", "au nord de", "à 30 km de"): a point of
/// reference, not where things happen.
fn is_reference_point(text: &str, at: usize) -> bool {
    let from = stretch_before(text, at, 40, 0);
    let lead = text[from..at].trim_end().to_lowercase();
    let lead = lead
        .strip_suffix("de la")
        .or_else(|| lead.strip_suffix("du"))
        .or_else(|| lead.strip_suffix("d'"))
        .or_else(|| lead.strip_suffix("d’"))
        .or_else(|| lead.strip_suffix("de"))
        .map(str::trim_end);
    let Some(lead) = lead else { return false };
    [
        "près",
        "proximité",
        "loin",
        "nord",
        "sud",
        "est",
        "ouest",
        "km",
        "kilomètres",
        "environs",
        "direction",
    ]
    .iter()
    .any(|w| {
        lead.strip_suffix(w).is_some_and(|r| {
            r.chars().next_back().map_or(true, |c| !c.is_alphanumeric())
        })
    }) || lead.ends_with("nord-est")
        || lead.ends_with("nord-ouest")
        || lead.ends_with("sud-est")
        || lead.ends_with("sud-ouest")
}

/// The country of a place that opens the sentence before `at` as its
/// frame ("Au Tchad voisin, l'armée …", "En Somalie, …"), up to a comma.
fn fronted_country(
    ctx: &Context<'_>,
    set: &EntitySet,
    at: usize,
) -> Option<Text> {
    let text = ctx.text;
    let from = stretch_before(text, at, 160, 0);
    let head = &text[from..at];
    let s = head.rfind(['.', '\n', '!', '?']).map_or(0, |i| i + 1);
    let clause = &head[s..];
    let lead = clause.len() - clause.trim_start().len();
    let clause = clause.trim_start();
    let prep =
        ["Au ", "En ", "Aux "].iter().find(|p| clause.starts_with(**p))?;
    let comma = clause.find(',')?;
    if comma > 40 {
        return None;
    }
    let place_at = from + s + lead + prep.len();
    let e = set.mentions_at(place_at)?;
    let d = &set.drafts[e];
    (d.kind == EntityKind::Place && d.subkind == "country")
        .then(|| d.country.clone())
        .flatten()
}

/// Head nouns of the bodies a report cites that no gazetteer lists ("selon
/// le Réseau des médecins soudanais", "a indiqué la société civile
/// locale"), folded, with whether they are media.
const CITED_HEADS: &[(&str, bool)] = &[
    ("reseau", false),
    ("syndicat", false),
    ("centre", false),
    ("comite", false),
    ("collectif", false),
    ("observatoire", false),
    ("association", false),
    ("societe civile", false),
    ("coordination", false),
    ("ligue", false),
    ("federation", false),
    ("plateforme", false),
    ("organisation", false),
    ("ong", false),
    ("hopital", false),
    ("radio", true),
    ("chaine", true),
    ("television", true),
    ("journal", true),
    ("quotidien", true),
    ("hebdomadaire", true),
    ("site", true),
    ("agence", true),
    ("media", true),
    ("station", true),
    // "selon une source égyptienne", "des sources maritimes".
    ("sources", false),
    ("source", false),
    ("meme source", false),
];

/// Words that end the name of a cited body.
fn ends_cited_name(w: &str) -> bool {
    crate::dates::is_day_word(w)
        || matches!(
            w,
            "qui"
                | "que"
                | "qu'"
                | "dont"
                | "et"
                | "a"
                | "ont"
                | "est"
                | "sont"
                | "selon"
                | "dans"
                | "lors"
                | "pour"
                | "sur"
                | "depuis"
                | "cite"
                | "citee"
                | "cites"
                | "citees"
                | "ce"
                | "cette"
                | "mais"
                | "ou"
                | "car"
                | "apres"
                | "avant"
                | "via"
                | "par"
                | "aupres"
        )
}

/// Where "un"/"une" starts before a victim noun at `span` that a casualty
/// cue governs: after "dont", a gerund or participle of harm, "mort d'",
/// or before "a été tué(e)", "a été blessé(e)", "a été enlevé(e)", "a
/// péri".
fn single_victim_at(text: &str, span: Span) -> Option<usize> {
    let head = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    // The article: the last word, "un" or "une", maybe elided onto "d'".
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric()))
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let art = &head[word_start..];
    if !matches!(art, "un" | "une" | "Un" | "Une") {
        return None;
    }
    let rest = &head[..word_start];
    // The few words before the article are all the cue needs.
    let rest = &rest[stretch_before(rest, rest.len(), 40, 0)..];
    let lead =
        crate::numbers::fold(rest.trim_end_matches(['\'', '’']).trim_end());
    // "la mort d'un citoyen": past the elided "de".
    let lead = lead
        .strip_suffix(" d")
        .or_else(|| lead.strip_suffix(" de"))
        .unwrap_or(&lead)
        .to_string();
    let cue_before = [
        "dont",
        "tuant",
        "blessant",
        "enlevant",
        "tue",
        "blesse",
        "enleve",
        "mort",
        "deces",
        "assassinat",
        "meurtre",
    ]
    .iter()
    .any(|c| lead.ends_with(c));
    let after = crate::numbers::fold(
        &text[span.end..stretch_after(text, span.end, 40)],
    );
    // "un enseignant aurait été exécuté": the conditional too.
    let after = after
        .strip_prefix(" aurait ete")
        .map(|r| format!(" a ete{r}"))
        .unwrap_or(after);
    let cue_after = [
        " a ete tue",
        " a ete bless",
        " a ete enlev",
        " a ete abattu",
        " a ete execut",
        " a ete assassin",
        " a ete egorg",
        " a ete decapit",
        " a ete retrouve mort",
        " a peri",
        " est mort",
        " a ete kidnapp",
    ]
    .iter()
    .any(|c| after.starts_with(c));
    (cue_before || cue_after).then_some(word_start)
}

/// Two or three capitalized words (hyphened parts, particles allowed)
/// at the start of the text: a person's name.
static PERSON_NAME_AT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        // (Spaces within the line only: a name never runs on past a line
        // break, "Ibrahim Maïga\n\nPlus d'un an après".)
        r"^[A-ZÀ-ÖØ-Þ][\p{Ll}]+(?:-[A-ZÀ-ÖØ-Þ][\p{Ll}]+)?(?:[ \t\x{a0}]+(?:(?:de|da|dos|al|el|ben|ould|ag)[- \t\x{a0}])?[A-ZÀ-ÖØ-Þ][\p{Ll}'’]+(?:-[A-ZÀ-ÖØ-Þ][\p{Ll}]+)?){1,2}",
    )
    .expect("person name pattern is valid")
});

/// "a déclaré à l'AFP un docker, Fouad Saleh,", "une marchande, Jesula
/// Pierre-Louis,": a phrase that ends with "un" or "une" and a common
/// noun (and maybe an adjective) introduces whoever it names next.
fn indefinite_role(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let lower = |w: &&str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    match words[..] {
        [.., art, noun] | [.., art, noun, _]
            if matches!(art, "un" | "une" | "Un" | "Une") && lower(&noun) =>
        {
            words[words.len() - 1..].iter().all(lower)
        }
        _ => false,
    }
}

/// Role nouns (folded, singular) after which a comma and a name name the
/// holder of the role.
const APPOSED_ROLES: &[&str] = &[
    "correspondant",
    "correspondante",
    "coordonnateur",
    "coordonnatrice",
    "representant",
    "representante",
    "emissaire",
    "secouriste",
    "chercheur",
    "chercheuse",
    "analyste",
    "commissaire",
    "haut-commissaire",
    "haute-commissaire",
    "vice-president",
    "vice-presidente",
    "vice-ministre",
    "sous-prefet",
    "administrateur",
    "administratrice",
    "dirigeant",
    "dirigeante",
    "responsable",
    "militant",
    "militante",
    "journaliste",
    "leader",
    "elu",
    "elue",
    "depute",
    "deputee",
    "ministre",
    "porte-parole",
    "porte",
    "commandant",
    "chef",
    "cheffe",
    "temoin",
    "envoye",
    "envoyee",
    "mediateur",
    "negociateur",
    "ambassadeur",
    "gouverneur",
    "maire",
    "prefet",
    "president",
    "presidente",
    "secretaire",
    "conseiller",
    "directeur",
    "directrice",
    "coordinateur",
    "coordinatrice",
    "enseignant",
    "enseignante",
    "medecin",
    "pretre",
    "imam",
    "epouse",
    "veuve",
    "fils",
    "fille",
];

/// A word as [`APPOSED_ROLES`] lists it: folded, without an elided
/// article ("l'envoyé") and without a plural "s".
fn role_noun(w: &str) -> String {
    let f = crate::numbers::fold(
        w.trim_start_matches(|c: char| c == '\'' || c == '’'),
    );
    let f = f.rsplit('\'').next().unwrap_or(&f).to_string();
    f.strip_suffix('s').map(str::to_string).unwrap_or(f)
}

/// Words that make the role noun after them a title told of one person.
const TITLE_DETERMINERS: &[&str] =
    &["le", "la", "l'", "l’", "son", "sa", "leur", "du", "au", "un", "une"];

/// "le ministre de l'Information, Mohammed Idris", "la cheffe de la
/// Minusca, Valentine Rugwabiza", "sa cheffe, Hanna Tetteh": a role in
/// apposition before a person's name is a mention of that person. The
/// role runs from its noun to the comma, and stops before a body or place
/// already named inside it ("cheffe" of "la cheffe de la Minusca").
fn add_apposed_titles(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut found: Vec<(usize, Span)> = Vec::new();
    for (e, d) in set.drafts.iter().enumerate() {
        if d.kind != EntityKind::Actor || d.subkind != "person" {
            continue;
        }
        for m in &d.mentions {
            let Some(head) = text[..m.start].strip_suffix(", ") else {
                continue;
            };
            let comma = head.len();
            let from = stretch_before(text, comma, 90, 0);
            // Past the mark that opens the clause ('«' and '»' are two
            // bytes long).
            let clause = text[from..comma]
                .char_indices()
                .rev()
                .find(|&(_, c)| {
                    matches!(
                        c,
                        ',' | '.'
                            | ';'
                            | ':'
                            | '('
                            | ')'
                            | '«'
                            | '»'
                            | '\n'
                            | '|'
                    )
                })
                .map_or(from, |(k, c)| from + k + c.len_utf8());
            if let Some(span) = apposed_title(text, clause, comma, set) {
                found.push((e, span));
            }
        }
    }
    // Added in one merge: a text of many appositions stays linear.
    found.sort_unstable_by_key(|&(_, s)| s.start);
    let mut items: Vec<(Span, usize)> = Vec::with_capacity(found.len());
    for (e, span) in found {
        if items.last().is_some_and(|(l, _)| l.overlaps(span)) {
            continue;
        }
        items.push((span, e));
    }
    set.add_all(&items);
}

/// The title in `text[from..to]` (a clause that ends at the comma before
/// a name): a determiner of [`TITLE_DETERMINERS`], then a role noun of
/// [`APPOSED_ROLES`] (or "Premier ministre"); its span, up to the first
/// mention inside, without the words that tie it to that mention.
fn apposed_title(
    text: &str,
    from: usize,
    to: usize,
    set: &EntitySet,
) -> Option<Span> {
    let clause = &text[from..to];
    // (start, word) of each word, an elided article apart.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let is_space = |c: char| c == ' ' || c == '\u{a0}';
    let mut rest = clause;
    while let Some(k) = rest.find(|c: char| !is_space(c)) {
        let w_at = from + (clause.len() - rest.len()) + k;
        let tail = &rest[k..];
        let w = &tail[..tail.find(is_space).unwrap_or(tail.len())];
        // "l'Information": the article, then the word.
        let cut = w
            .find(['\'', '’'])
            .filter(|&q| q > 0)
            .map(|q| q + w[q..].chars().next().map_or(1, char::len_utf8))
            .filter(|&cut| cut < w.len());
        match cut {
            Some(cut) => {
                words.push((w_at, &w[..cut]));
                words.push((w_at + cut, &w[cut..]));
            }
            None => words.push((w_at, w)),
        }
        rest = &tail[w.len()..];
    }
    let start = words.windows(2).find_map(|pair| {
        let [(_, det), (s, noun)] = pair else { return None };
        if !TITLE_DETERMINERS.iter().any(|d| det.eq_ignore_ascii_case(d)) {
            return None;
        }
        let f = role_noun(noun);
        let f = f.as_str();
        let role = APPOSED_ROLES.contains(&f)
            || f == "premier"
                && text[s + noun.len()..].trim_start().starts_with("ministre");
        // A spokesperson speaks for the body named after them and is
        // left to it ("le porte-parole de Tsahal, Jonathan Conricus").
        let excluded = matches!(
            f,
            "fils" | "fille" | "epouse" | "veuve" | "porte-parole" | "porte"
        );
        (role && !excluded).then_some(*s)
    })?;
    // Up to the first mention inside, else to the comma.
    let mut end = to;
    if let Some(&(s, _, _)) = set.spans.range(start, to).first() {
        end = s;
    }
    // In a title an article follows a preposition ("de la Défense",
    // "chargé de l'Intérieur"); after any other word it opens the object
    // of a verb ("Le ministre réitère l'appel du chef de l'État, Paul
    // Biya"), and no title runs there.
    let is_article = |w: &str| {
        ["le", "la", "les", "l'", "l’", "un", "une"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    let links = |w: &str| {
        [
            "de", "d'", "d’", "à", "au", "aux", "pour", "sur", "contre",
            "entre", "avec", "chez", "par", "auprès", "en", "et", "dans",
            "vers", "sous", "ou",
        ]
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a))
    };
    if words
        .windows(2)
        .filter(|p| p[0].0 >= start && p[1].0 < end)
        .any(|p| is_article(p[1].1) && !links(p[0].1))
    {
        return None;
    }
    let mut title = text[start..end].trim_end();
    loop {
        let cut = [
            " de la", " de l'", " de l’", " du", " des", " de", " d'", " d’",
            " au", " aux", " à", " l'", " l’", " la", " le", " les",
        ]
        .iter()
        .find_map(|t| title.strip_suffix(t));
        match cut {
            Some(rest) => title = rest.trim_end(),
            None => break,
        }
    }
    let span = Span::new(start, start + title.len());
    (!span.is_empty() && span.len() <= 80 && !set.covers(span)).then_some(span)
}

/// A person's name that covers place mentions, as [`held_by_name`] reads
/// it.
#[derive(Clone, Copy)]
struct NameShape {
    /// Where the name ends.
    end: usize,
    /// The name has several words.
    spaced: bool,
    /// A town may end it too, not only stand inside it.
    town_may_end: bool,
    /// The name signs a byline.
    byline: bool,
}

/// Whether the place `d`, a mention ending at `e` inside a name of shape
/// `n`, is part of the name: a small place anywhere, a town or city
/// strictly inside a name of several words (or at its end when
/// `town_may_end`), and in a byline any but a country or a division.
fn held_by_name(ctx: &Context<'_>, d: &Draft, e: usize, n: NameShape) -> bool {
    small_place(ctx, d)
        || n.spaced
            && (e < n.end || n.town_may_end)
            && !is_division(&d.subkind)
        || n.byline && !is_division(&d.subkind)
}

/// Persons named in apposition to a role noun that no gazetteer or title
/// rule found: "une dirigeante indigène, Carmelina Yule, a été tuée", "le
/// porte-parole de la PNH, Michel-Ange Louis-Jeune,", "leurs ministres
/// des Affaires étrangères, Ararat Mirzoyan et Djeyhoun Baïramov,"; and
/// the head of "le gouvernement de Gustavo Petro".
fn add_apposed_persons(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut names: Vec<Span> = Vec::new();
    // A name of PERSON_NAME_AT at `at`, and the end of the match.
    let name_at = |at: usize| {
        PERSON_NAME_AT.find(&text[at..]).map(|m| Span::new(at, at + m.end()))
    };
    for i in memchr::memmem::find_iter(bytes, b", ") {
        let at = i + 2;
        if !text[at..].starts_with(is_name_initial) {
            continue;
        }
        // The phrase before the comma, back to the last mark, holds a role
        // noun.
        let from = stretch_before(text, i, 120, 0);
        let head = &text[from..i];
        // "Le porte-parole de la Police de la République du Mozambique
        // (PRM), Orlando Mudumane,": past an acronym in brackets.
        let head = head
            .strip_suffix(')')
            .and_then(|h| h.rsplit_once('('))
            .filter(|(_, acr)| acr.len() <= 12 && !acr.contains(' '))
            .map_or(head, |(h, _)| h);
        let head = head
            .rsplit([',', '.', ';', ':', '(', ')', '«', '»', '\n'])
            .next()
            .unwrap_or(head);
        let role = head
            .split_whitespace()
            .any(|w| APPOSED_ROLES.contains(&role_noun(w).as_str()))
            || indefinite_role(head);
        if !role {
            continue;
        }
        let Some(mut n1) = name_at(at) else { continue };
        // "Claire Vasseur Publié le 24 juillet": a byline's name runs into
        // the stamp of the page it heads.
        if let Some(k) = text[n1].find(" Publié") {
            n1 = Span::new(n1.start, n1.start + k);
        }
        let rest = &text[n1.end..];
        let mut found = vec![n1];
        let mut end = n1.end;
        if rest.starts_with(" et ") {
            if let Some(n2) = name_at(n1.end + " et ".len()) {
                found.push(n2);
                end = n2.end;
            }
        }
        // Closed by a comma or a full stop, or by the end of a byline's
        // line ("Par notre correspondant à Kandi, Rodrigue Adimi").
        let after = &text[end..];
        let line_end = after.trim_start_matches([' ', '\t']);
        if !(after.trim_start().starts_with([',', '.'])
            || line_end.is_empty()
            || line_end.starts_with(['\n', '\r', '|'])
            || line_end.starts_with("Publié le")
            || line_end.starts_with("Mis à jour"))
        {
            continue;
        }
        names.extend(found);
    }
    names.extend(lead_role_names(ctx, &name_at));
    for i in memchr::memmem::find_iter(bytes, "ouvernement d".as_bytes()) {
        let mut at = i + "ouvernement d".len();
        for p in ["e ", "u "] {
            if text[at..].starts_with(p) {
                at += p.len();
            }
        }
        for p in ["président ", "premier ministre "] {
            if text[at..].starts_with(p) {
                at += p.len();
            }
        }
        if let Some(n) = name_at(at) {
            names.push(n);
        }
    }
    names.retain(|s| !ctx.skip.is_some_and(|k| k.overlaps(*s)));
    names.sort_by_key(|s| s.start);
    // "le gouverneur de la région, Emmanuel Tabi Nfor": a small place
    // matched inside the name gives way to the person.
    // "Hussein Adan Ibrahim": a town or city (Aden) that a name of
    // several words holds before its end is part of the name.
    // Both kinds are asked of each place in one pass ("Aminu Bello
    // Kankara": a city of 390,000 before the end and a village at it),
    // and all the names are dropped from together: a text that names
    // such a person thousands of times stays linear.
    let covered: Vec<(Span, NameShape)> = names
        .iter()
        .filter(|s| set.covers(**s))
        .map(|&s| {
            let shape = NameShape {
                end: s.end,
                spaced: text[s].contains(' '),
                town_may_end: false,
                byline: false,
            };
            (s, shape)
        })
        .collect();
    set.drop_places_each(&covered, |d, e, n| held_by_name(ctx, d, e, n));
    // Each person is made at its first name found, its surname linked
    // from there; the later mentions of persons already made join the
    // span map in one merge.
    let mut later: Vec<(Span, usize)> = Vec::new();
    let mut taken_end = 0;
    for span in names {
        if span.start < taken_end || set.covers(span) {
            continue;
        }
        let name = &text[span];
        let first = name.split_whitespace().next().unwrap_or("");
        if NOT_PLACES.contains(&first.to_lowercase().as_str()) {
            continue;
        }
        taken_end = span.end;
        let key = ["person:", &fold_key(name)].concat();
        if let Some(&e) = set.by_key.get(&key) {
            later.push((span, e));
            continue;
        }
        let known = set.drafts.len();
        let e = set.add(key, span, || {
            Draft::plain(EntityKind::Actor, name.to_string(), "person", None)
        });
        if let Some(surname) = name.split_whitespace().last() {
            if e >= known && surname.chars().count() >= 4 {
                link_mentions(ctx, set, e, surname, span.end);
            }
        }
    }
    // A surname linked since may have taken the place.
    later.retain(|&(span, _)| !set.covers(span));
    set.add_all(&later);
}

/// Nouns of persons that no title rule reads, which may stand right
/// before a name with at most two adjectives between ("l'historien
/// Vincent Duclert", "le caméraman néerlandais Stan Storimans", "son
/// adjoint Sviatoslav Palamar").
const NAME_LEAD_ROLES: &[&str] = &[
    "historien",
    "historienne",
    "caméraman",
    "cameraman",
    "photographe",
    "photojournaliste",
    "reporter",
    "cinéaste",
    "documentariste",
    "écrivain",
    "écrivaine",
    "missionnaire",
    "religieuse",
    "cardinal",
    "évêque",
    "archevêque",
    "prêtre",
    "adjoint",
    "adjointe",
    "colonelle",
    "commandante",
    "homme politique",
    "femme politique",
    "homme d'affaires",
    "homme d’affaires",
    "opposant",
    "opposante",
    "syndicaliste",
    "universitaire",
    "politologue",
    "sociologue",
    "anthropologue",
    "économiste",
    "diplomate",
    "humanitaire",
    "infirmier",
    "infirmière",
    "chirurgien",
    "chirurgienne",
    "étudiant",
    "étudiante",
    "blogueur",
    "blogueuse",
    "rappeur",
    "chanteur",
    "chanteuse",
    "artiste",
    "otage",
    "ressortissant",
    "ressortissante",
];

/// [`NAME_LEAD_ROLES`], matched leftmost-longest ("historienne" over
/// its "historien").
static NAME_LEAD_AC: Lazy<daachorse::DoubleArrayAhoCorasick<u32>> =
    Lazy::new(|| {
        daachorse::DoubleArrayAhoCorasickBuilder::new()
            .match_kind(daachorse::MatchKind::LeftmostLongest)
            .build(NAME_LEAD_ROLES)
            .expect("role nouns compile")
    });

/// Words that cannot stand between a role noun and the name it leads.
fn breaks_role_lead(w: &str) -> bool {
    matches!(
        w,
        "de" | "du"
            | "des"
            | "le"
            | "la"
            | "les"
            | "et"
            | "ou"
            | "a"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "qui"
            | "que"
            | "est"
            | "sont"
            | "ont"
            | "par"
            | "pour"
            | "sur"
            | "dans"
            | "avec"
            | "selon"
    )
}

/// Where a capitalized word starts after byte `at` of `text`, past a
/// space and at most two lowercase adjectives, each followed by a space
/// ("caméraman néerlandais Stan").
fn name_after_adjectives(text: &str, mut at: usize) -> Option<usize> {
    for _ in 0..=2 {
        let rest = text[at..].strip_prefix(' ')?;
        if rest.starts_with(is_name_initial) {
            return Some(at + 1);
        }
        let w = rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        if w.is_empty()
            || !w.starts_with(char::is_lowercase)
            || breaks_role_lead(w)
            || !rest[w.len()..].starts_with(' ')
        {
            return None;
        }
        at += 1 + w.len();
    }
    None
}

/// Names of two or three words led by a noun of [`NAME_LEAD_ROLES`] and
/// at most two lowercase adjectives, the name ending the phrase (a mark,
/// "et" or a lowercase word after it).
fn lead_role_names(
    ctx: &Context<'_>,
    name_at: &dyn Fn(usize) -> Option<Span>,
) -> Vec<Span> {
    let text = ctx.text;
    let mut out = Vec::new();
    for hit in NAME_LEAD_AC.leftmost_find_iter(text) {
        let (start, end) = (hit.start(), hit.end());
        if text[..start].chars().next_back().is_some_and(is_word_char)
            || text[end..].chars().next().is_some_and(is_word_char)
        {
            continue;
        }
        let Some(at) = name_after_adjectives(text, end) else { continue };
        let Some(name) = name_at(at) else { continue };
        let after = &text[name.end..];
        let closed = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '!', '?', '\n'])
            || after.strip_prefix(' ').is_some_and(|r| {
                r.starts_with(|c: char| {
                    c.is_lowercase() || c == '(' || c == '»'
                })
            });
        if closed && !ctx.skip.is_some_and(|k| k.overlaps(name)) {
            out.push(name);
        }
    }
    out
}

/// Verbs of taking, attacking and entering whose object is a place
/// (folded, with the space or elision that ends them).
const TAKING_CUE_LIST: &[&str] = &[
    "empare ",
    "emparee ",
    "empares ",
    "emparees ",
    "emparer ",
    "ont repris ",
    "a repris ",
    "avaient repris ",
    "avait repris ",
    "ont attaque ",
    "a attaque ",
    "ont pris ",
    "a pris ",
    "controle ",
    "entres dans ",
    "entre dans ",
    "ont assiege ",
    "a assiege ",
    "ont encercle ",
    "a encercle ",
    "ont bombarde ",
    "a bombarde ",
    "ont pilonne ",
    "a pilonne ",
    "ont frappe ",
    "a frappe ",
    "ont vise ",
    "a vise ",
    "ont cible ",
    "a cible ",
    "ont fui ",
    "a fui ",
    "retires ",
    "retire ",
    "replies vers ",
    "replie vers ",
    "repliees vers ",
    "repliee vers ",
    "offensive contre ",
    "attaque contre ",
    "assaut contre ",
    "assaut sur ",
    // "ont pris d'assaut Korma", "affirment avoir pris Dhasan", "ont
    // investi Kalembe", "ont quitté Mweso".
    "avoir pris ",
    "avoir repris ",
    "avoir attaque ",
    "ont investi ",
    "a investi ",
    "ont envahi ",
    "a envahi ",
    "ont conquis ",
    "a conquis ",
    "ont quitte ",
    "a quitte ",
];

/// One pass over a document for [`TAKING_CUE_LIST`].
static TAKING_CUES: once_cell::sync::Lazy<
    daachorse::DoubleArrayAhoCorasick<u32>,
> = once_cell::sync::Lazy::new(|| {
    daachorse::DoubleArrayAhoCorasick::new(TAKING_CUE_LIST)
        .expect("taking cues compile")
});

/// In a story that names places, an unknown capitalized name right after
/// a verb of taking, attacking or fleeing is a place the gazetteers lack
/// ("se sont emparés de Nyanzale", "ont attaqué Mahaday", "ont fui
/// Kitshanga"): one capitalized word, hyphened parts allowed, with no
/// second capitalized word after it (a person's name has one).
fn add_taken_places(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    top: Option<&str>,
) {
    if !set.drafts.iter().any(|d| d.kind == EntityKind::Place) {
        return;
    }
    let text = ctx.text;
    let f = &ctx.folded;
    for m in TAKING_CUES.find_iter(f.text.as_str()) {
        if m.start() > 0
            && f.text.as_bytes()[m.start() - 1].is_ascii_alphanumeric()
        {
            continue;
        }
        // Past a day ("se sont emparés dimanche de Nyanzale"), the "de"
        // of the verb and the "d'assaut" of "ont pris d'assaut".
        let mut fe = m.end();
        let fb = f.text.as_bytes();
        for _ in 0..3 {
            let rest = &f.text[fe..];
            let w_end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
                .unwrap_or(rest.len());
            let w = &rest[..w_end];
            let skip = crate::dates::is_day_word(w)
                || matches!(w, "matin" | "soir" | "de" | "du" | "d'assaut");
            if skip && fb.get(fe + w_end) == Some(&b' ') {
                fe += w_end + 1;
            } else if w.starts_with("d'") {
                fe += 2;
                break;
            } else {
                break;
            }
        }
        let at = f.original_start(fe);
        let Some(c) = text[at..].chars().next() else { continue };
        if !is_name_initial(c) {
            continue;
        }
        let Some(end) = lone_name_end(text, at) else { continue };
        let span = Span::new(at, end);
        if ctx.skip.is_some_and(|s| s.overlaps(span)) || set.covers(span) {
            continue;
        }
        add_unknown_town(ctx, set, span, top);
    }
}

/// What introduces a cited body (folded), and whether it is the article
/// of a media noun: "selon", "d'après", a verb of saying after its clause,
/// or "la chaîne", "le journal"… before an outlet's name.
const CITED_CUE_LIST: &[(&str, bool)] = &[
    ("selon ", false),
    ("d'apres ", false),
    ("a indique ", false),
    ("a rapporte ", false),
    ("a precise ", false),
    ("a affirme ", false),
    ("a annonce ", false),
    ("a declare ", false),
    ("a ajoute ", false),
    ("a souligne ", false),
    ("a assure ", false),
    ("a confirme ", false),
    ("a denonce ", false),
    ("a estime ", false),
    ("ont indique ", false),
    ("ont rapporte ", false),
    ("ont precise ", false),
    ("ont affirme ", false),
    ("ont annonce ", false),
    // A media outlet named anywhere by its kind and its name ("La chaîne
    // Al-Masirah a fait état de …"): the article opens it.
    ("la chaine ", true),
    ("la radio ", true),
    ("le journal ", true),
    ("le quotidien ", true),
    ("l'agence ", true),
    ("la television ", true),
    ("l'hebdomadaire ", true),
    ("le site ", true),
    // So is a civic body ("L'ONG Kuendeleza a appelé …", "le collectif
    // Tabital Pulaaku"): its head noun gives its kind.
    ("l'ong ", true),
    ("l'association ", true),
    ("le collectif ", true),
    ("l'observatoire ", true),
    ("la plateforme ", true),
    ("la ligue ", true),
    ("le syndicat ", true),
];

/// One pass over a document for [`CITED_CUE_LIST`].
static CITED_CUES: once_cell::sync::Lazy<
    daachorse::DoubleArrayAhoCorasick<u32>,
> = once_cell::sync::Lazy::new(|| {
    daachorse::DoubleArrayAhoCorasick::new(
        CITED_CUE_LIST.iter().map(|&(cue, _)| cue),
    )
    .expect("cited cues compile")
});

/// Bodies cited as the source of a report and named by a head noun of
/// [`CITED_HEADS`] after "selon", "d'après" or an inverted verb of saying
/// ("…, a rapporté la chaîne Al-Qahera News"): actors of their own
/// (media, or `other`), linked by their name. A body the gazetteers know
/// is found already and left alone.
fn add_cited_sources(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let f = &ctx.folded;
    let ftext = f.text.as_str();
    // Bare "le journal", "la même source" look back over the entities: a
    // document gets a bounded number of such links.
    let mut lookups = 0usize;
    // The bodies named, added in one merge (a text that cites one body
    // thousands of times stays linear), and before each look-up back.
    let mut pending: Vec<(Span, usize)> = Vec::new();
    let flush = |set: &mut EntitySet, pending: &mut Vec<(Span, usize)>| {
        pending.sort_unstable_by_key(|&(s, _)| s.start);
        set.add_all(pending);
        pending.clear();
    };
    for m in CITED_CUES.find_iter(ftext) {
        let (cue, noun_cue) = CITED_CUE_LIST[m.value() as usize];
        let at = m.start();
        // A media cue (or a civic body's) is read from its noun: the
        // article is before it.
        let from = if noun_cue {
            at + cue.find([' ', '\'']).map_or(0, |i| i + 1)
        } else {
            m.end()
        };
        if at > 0 && ftext.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        if noun_cue {
            // Only a name after the noun: "la chaîne Al-Masirah", not "la
            // radio locale".
            let after = f.original_start(m.end());
            if !text[after..].starts_with(char::is_uppercase) {
                continue;
            }
        }
        // A verb of saying is inverted after a comma or a quote.
        if !noun_cue
            && !cue.starts_with("selon")
            && !cue.starts_with("d'apres")
        {
            let lead = ftext[..at].trim_end();
            if !lead.ends_with([',', '"']) {
                continue;
            }
        }
        // The article, then the words of the name.
        let mut p = from;
        let rest = &ftext[p..];
        for art in ["le ", "la ", "l'", "les ", "des ", "une ", "un "] {
            if rest.starts_with(art) {
                p += art.len();
                break;
            }
        }
        let head = CITED_HEADS.iter().find(|(h, _)| {
            ftext[p..].starts_with(h)
                && !ftext[p + h.len()..]
                    .starts_with(|c: char| c.is_alphanumeric())
        });
        let Some(&(head, media)) = head else { continue };
        // The name runs to clause punctuation or a word that ends it,
        // eight words at most.
        let mut end = p + head.len();
        let mut words = 0;
        let mut q = end;
        loop {
            let b = ftext.as_bytes();
            let ws = q;
            while q < b.len() && b[q] == b' ' {
                q += 1;
            }
            let w0 = q;
            while q < b.len()
                && (b[q].is_ascii_alphanumeric()
                    || b[q] >= 0x80
                    || matches!(b[q], b'-' | b'\''))
            {
                q += 1;
            }
            if w0 == q || ws == w0 || words >= 8 {
                break;
            }
            let w = &ftext[w0..q];
            // "LE JOURNAL DE 12H00 TU": an hour ends a news slot's name.
            let hour =
                w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('h');
            if ends_cited_name(w) || hour {
                break;
            }
            end = q;
            words += 1;
        }
        // "de", "des", "d'" may not end it.
        let mut name = &ftext[p..end];
        for tail in [" de", " des", " du", " d'", " de la", " l'"] {
            if let Some(n) = name.strip_suffix(tail) {
                name = n;
            }
        }
        let span = f.to_original(Span::new(p, p + name.len()));
        // "le quotidien The Northwest Courier": a place inside a media
        // outlet's name is part of the name.
        if span.is_empty()
            || pending.last().is_some_and(|&(p, _)| p.overlaps(span))
            || set.covers(span) && !set.drop_places_inside(span)
            || ctx.skip.is_some_and(|s| s.overlaps(span))
        {
            continue;
        }
        let subkind = if media { "media" } else { "other" };
        // "selon la même source": the body cited last before through
        // "selon" or "d'après".
        if head == "meme source" {
            lookups += 1;
            if lookups > 64 {
                continue;
            }
            flush(set, &mut pending);
            let last = set
                .mentions()
                .into_iter()
                .rev()
                .filter(|(m, e)| {
                    m.end <= span.start
                        && set.drafts[*e].kind == EntityKind::Actor
                        && {
                            let fm = f.from_original(m.start);
                            let lead = ftext[..fm].trim_end();
                            [
                                "selon",
                                "selon l'",
                                "selon le",
                                "selon la",
                                "selon les",
                                "selon des",
                                "selon une",
                                "selon un",
                                "d'apres",
                            ]
                            .iter()
                            .any(|c| lead.ends_with(c))
                        }
                })
                .map(|(_, e)| e)
                .next();
            if let Some(e) = last {
                set.add_to(e, span);
            }
            continue;
        }
        // A bare "des sources" names no one.
        if head.starts_with("source") && name == head {
            continue;
        }
        // "selon le journal", "a précisé l'ONG": the body of that kind
        // named last before.
        if name == head {
            lookups += 1;
            if lookups > 64 {
                continue;
            }
            flush(set, &mut pending);
            let last = set.last_mentioned_before(span.start, |_, d| {
                d.kind == EntityKind::Actor
                    && if media {
                        d.subkind == "media"
                    } else {
                        matches!(d.subkind.as_ref(), "other" | "intl_org")
                    }
            });
            if let Some(e) = last {
                set.add_to(e, span);
            }
            continue;
        }
        let canonical = text[span].to_string();
        let key = format!("cited:{}", fold_key(&canonical));
        let e = set.entity(key, || {
            Draft::plain(EntityKind::Actor, canonical, subkind, None)
        });
        pending.push((span, e));
    }
    flush(set, &mut pending);
}

/// A ship named after its kind ("le cargo Sea Orchid", "du pétrolier
/// Sounion", "un destroyer américain, l'USS Mason").
static VESSEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"\b(?P<noun>cargo|navire(?:\s+de\s+guerre)?|pétrolier|vraquier|porte-conteneurs|méthanier|chimiquier|tanker|minéralier|destroyer|frégate|porte-avions|croiseur|corvette|patrouilleur)(?:\s+\p{Ll}+)?(?:\s*,)?\s+(?:l['’])?(?P<name>(?:(?:USS|HMS|INS)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})",
    )
    .expect("vessel pattern is valid")
});

/// Ships named after their kind: actors (a warship is a state force, of
/// the United States or Britain by its prefix), linked with the bare
/// name told later ("l'équipage du Galaxy Leader").
fn add_named_vessels(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    // Most texts name no ship kind: the pattern is then neither compiled
    // nor run.
    const KINDS: &[&str] = &[
        "cargo",
        "navire",
        "trolier",
        "vraquier",
        "conteneurs",
        "thanier",
        "chimiquier",
        "tanker",
        "inéralier",
        "destroyer",
        "frégate",
        "porte-avions",
        "croiseur",
        "corvette",
        "patrouilleur",
    ];
    if !KINDS
        .iter()
        .any(|k| memchr::memmem::find(text.as_bytes(), k.as_bytes()).is_some())
    {
        return;
    }
    let mut found = 0usize;
    for c in VESSEL.captures_iter(text) {
        let (Some(noun), Some(name)) = (c.name("noun"), c.name("name")) else {
            continue;
        };
        // Between kind and name the pattern lets only spaces, an
        // adjective, a comma and "l'" through. A line break there ends a
        // heading: what follows is no name.
        let gap = &text[noun.end()..name.start()];
        if gap.contains('\n') {
            continue;
        }
        // The kind right before the name is part of the mention ("le
        // cargo Sea Orchid"): what governs the ship is read before it.
        let from =
            if gap.trim().is_empty() { noun.start() } else { name.start() };
        let span = Span::new(from, name.end());
        if set.covers(span) || ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        let n = name.as_str();
        let prefix = n.split_whitespace().next().unwrap_or("");
        let country = match prefix {
            "USS" => Some(Text::Borrowed("US")),
            "HMS" => Some(Text::Borrowed("GB")),
            _ => None,
        };
        let military = country.is_some()
            || prefix == "INS"
            || !matches!(
                noun.as_str(),
                "cargo"
                    | "navire"
                    | "pétrolier"
                    | "vraquier"
                    | "porte-conteneurs"
                    | "méthanier"
                    | "chimiquier"
                    | "tanker"
                    | "minéralier"
            );
        let subkind = if military { "state_force" } else { "other" };
        let canonical = n.to_string();
        let key = format!("vessel:{}", fold_key(&canonical));
        let e = set.add(key, span, || {
            Draft::plain(EntityKind::Actor, canonical, subkind, country)
        });
        link_mentions(ctx, set, e, n, 0);
        found += 1;
        if found >= 64 {
            break;
        }
    }
}

fn facility_draft(canonical: String) -> Draft {
    Draft::plain(EntityKind::Place, canonical, "feature", None)
}

/// Adds to entity `e` every whole-word occurrence of `name` from byte
/// `from` on that no other mention covers.
fn link_mentions(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    e: usize,
    name: &str,
    mut from: usize,
) {
    let text = ctx.text;
    let mut found: Vec<Span> = Vec::new();
    while let Some(pos) = text[from..].find(name) {
        let sp = Span::new(from + pos, from + pos + name.len());
        from = sp.end;
        let ok_before = text[..sp.start]
            .chars()
            .next_back()
            .map_or(true, |c| !c.is_alphanumeric());
        let ok_after = text[sp.end..]
            .chars()
            .next()
            .map_or(true, |c| !c.is_alphanumeric());
        if ok_before
            && ok_after
            && !inside_longer_name(text, sp.start)
            && !ctx.skip.is_some_and(|k| k.overlaps(sp))
            && !set.covers(sp)
        {
            found.push(sp);
        }
    }
    set.add_all_to(e, &found);
}

/// Whether the name at byte `at` ends a longer name: a capitalized word
/// and one space come before it, inside a sentence, and the word is no
/// title ("Abdifatah Aden Hassan" after "Abdullahi Hassan" names someone
/// else; "le Président Hassan", "Selon Hassan" do not).
fn inside_longer_name(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix(' ') else { return false };
    let w_start = head
        .rfind(|c: char| {
            !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        })
        .map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8));
    let word = &head[w_start..];
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || word.chars().count() < 3
        || !chars.all(|c| c.is_lowercase() || c == '-')
    {
        return false;
    }
    const TITLES: &[&str] = &[
        "président",
        "présidente",
        "général",
        "colonel",
        "commandant",
        "capitaine",
        "lieutenant",
        "sergent",
        "maréchal",
        "ministre",
        "premier",
        "cheikh",
        "imam",
        "émir",
        "roi",
        "reine",
        "prince",
        "docteur",
        "professeur",
        "monsieur",
        "madame",
        "mme",
        "mgr",
        "selon",
        "pour",
        "avec",
        "chez",
        "par",
    ];
    let lower = word.to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    // The word opens a sentence or a line: its capital tells nothing.
    let before = head[..w_start].trim_end_matches([' ', '\u{a0}', '\t']);
    !(before.is_empty()
        || before
            .ends_with(['.', '!', '?', '\n', ':', '«', '"', '»', '(', '|']))
}

/// Verbs of saying in the present, put after what was said: "»,
/// témoigne Achta Mahamat", ", explique Ali Diallo".
fn is_said_present(w: &str) -> bool {
    matches!(
        w,
        "déclare"
            | "indique"
            | "affirme"
            | "précise"
            | "annonce"
            | "explique"
            | "ajoute"
            | "confie"
            | "dit"
            | "assure"
            | "souligne"
            | "raconte"
            | "témoigne"
            | "dénonce"
            | "estime"
            | "résume"
            | "poursuit"
            | "regrette"
            | "déplore"
            | "insiste"
            | "rappelle"
            | "observe"
            | "commente"
            | "confirme"
            | "reconnaît"
            | "martèle"
            | "avertit"
            | "prévient"
            | "relève"
            | "conclut"
            | "constate"
            | "s'inquiète"
            | "s’inquiète"
            | "souffle"
            | "soupire"
            | "murmure"
    )
}

/// Names after a comma and a verb of saying in the present ("», témoigne
/// Achta Mahamat"): two capitalized words or more, as [`NAME`] reads them.
fn inverted_speakers(text: &str) -> impl Iterator<Item = Found<'_>> {
    memchr::memchr_iter(b',', text.as_bytes()).filter_map(move |c| {
        let after = ws_end(text, c + 1);
        if after == c + 1 {
            return None;
        }
        let rest = &text[after..];
        let w_len = rest
            .find(|ch: char| !(ch.is_alphabetic() || ch == '\'' || ch == '’'))
            .unwrap_or(rest.len());
        let verb = &rest[..w_len];
        // "», se souvient Boukary": a reflexive verb of two words.
        let w_len = match verb {
            "se" => {
                let second = ["souvient", "rappelle", "désole", "lamente"]
                    .iter()
                    .find(|v| {
                        rest[w_len..]
                            .strip_prefix(' ')
                            .is_some_and(|r| r.starts_with(**v))
                    })?;
                w_len + 1 + second.len()
            }
            _ if is_said_present(verb) => w_len,
            _ => return None,
        };
        let start = ws_end(text, after + w_len);
        if start == after + w_len {
            return None;
        }
        let hay = &text[start..];
        if !hay.starts_with(is_name_initial) {
            return None;
        }
        // "», souffle Espérance.": after a quote, one word is a name too
        // when the sentence or the clause ends on it.
        let quoted = text[..c].trim_end().ends_with(['»', '"', '”']);
        let one_word = || {
            let n = hay
                .find(|ch: char| !(ch.is_alphabetic() || ch == '-'))
                .unwrap_or(hay.len());
            (quoted
                && n >= 3
                && hay[..n].chars().skip(1).all(char::is_lowercase)
                && hay[n..].starts_with(['.', ',', ';']))
            .then_some(n)
        };
        let name = name_end(hay).or_else(one_word)?;
        let mut found = Found::one_group(hay, name, "name", (0, name));
        found.base = start;
        Some(found)
    })
}

/// Role nouns that a name follows after their complement: "le
/// secrétaire d'État John Kerry", "le ministre des Finances Patrick
/// Boivert", "le chef de guerre Ismaïl Khan", "le représentant spécial de
/// l'ONU, Choi Young-jin".
fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "ministre"
            | "secrétaire"
            | "commandant"
            | "commandante"
            | "dirigeant"
            | "dirigeante"
            | "chef"
            | "cheffe"
            | "scientifique"
            | "physicien"
            | "ingénieur"
            | "défenseur"
            | "défenseure"
            | "représentant"
            | "représentante"
            | "ambassadeur"
            | "ambassadrice"
            | "président"
            | "présidente"
            | "vice-président"
            | "vice-présidente"
            | "envoyé"
            | "envoyée"
            | "émissaire"
            | "conseiller"
            | "conseillère"
            | "directeur"
            | "directrice"
            | "procureur"
            | "procureure"
            | "coordonnateur"
            | "coordonnatrice"
            | "coordinateur"
            | "coordinatrice"
            | "médiateur"
            | "médiatrice"
            | "négociateur"
            | "fondateur"
            | "gouverneur"
            | "député"
            | "députée"
            | "sénateur"
            | "opposant"
            | "opposante"
            | "militant"
            | "militante"
            | "activiste"
            | "journaliste"
            | "photographe"
            | "reporter"
            | "avocat"
            | "avocate"
            | "évêque"
            | "archevêque"
            | "haut-commissaire"
            | "rapporteur"
            | "rapporteuse"
            | "chercheur"
            | "chercheuse"
            | "analyste"
            | "expert"
            | "experte"
            | "patron"
            | "patronne"
            | "leader"
            | "responsable"
            | "candidat"
            | "candidate"
            | "homologue"
            | "général"
            | "colonel"
            | "capitaine"
            | "lieutenant"
            | "officier"
            | "prédicateur"
    )
}

/// Names of two words or more that no mention holds, led by a role noun
/// across its complement: lowercase words, and a capitalized word or a
/// known name right after "de", "des", "du", "d'" or an article, with a
/// comma before the name at most. Found as [`add_titled_persons`] reads
/// a title's matches, the role's start to the name's end.
fn role_led_names<'t>(text: &'t str, set: &EntitySet) -> Vec<Found<'t>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // The next capital at a word start.
        let Some(k) = text[i..].find(is_name_initial) else { break };
        let at = i + k;
        let c_len = text[at..].chars().next().map_or(1, char::len_utf8);
        i = at + c_len;
        if text[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some(end) = titled_name_end(&text[at..]).map(|e| at + e) else {
            continue;
        };
        i = end.max(i);
        // (A place past the first word, "Mohamed Abdi Farah", is left to
        // the drops of places that names hold; one that opens the run may
        // be the role's complement, "le maire de Goma Jean Dupont", and
        // any other mention stops the name.)
        if !text[at..end].contains([' ', '\u{a0}'])
            || set.spans.range(at, end).iter().any(|&(s, e, x)| {
                s == at || e > end || set.drafts[x].kind != EntityKind::Place
            })
            || set.spans.last_before(at).is_some_and(|m| m.1 > at)
            // A name runs on to the next capital: "Hussein Pierre Louis".
            || text[end..].starts_with(|c: char| c.is_alphanumeric())
        {
            continue;
        }
        // "Amir Saeid Iravani, ambassadeur iranien auprès des Nations
        // unies", "Nasser Mansour Hadi, frère de l'ancien président": a
        // role or a kinship in apposition after the name.
        if role_after(&text[end..]) {
            let mut f =
                Found::one_group(&text[at..], end - at, "name", (0, end - at));
            f.base = at;
            out.push(f);
            continue;
        }
        // "le secrétaire d'État John Kerry", "le ministre des Finances
        // Patrick Boivert": the run's first word may be the complement's;
        // the name is then the rest, of two words or more.
        let mut from = at;
        loop {
            if let Some(start) = role_before(text, from, set) {
                let hay = &text[start..];
                let name = (from - start, end - start);
                let mut f = Found::one_group(hay, end - start, "name", name);
                f.base = start;
                out.push(f);
                break;
            }
            let Some(k) = text[from..end].find([' ', '\u{a0}']) else {
                break;
            };
            let rest = &text[from + k..end];
            let next = end - rest.trim_start_matches([' ', '\u{a0}']).len();
            if !text[next..end].contains([' ', '\u{a0}'])
                || !text[next..].starts_with(is_name_initial)
            {
                break;
            }
            from = next;
        }
    }
    out
}

/// Whether the text after a name opens an apposition that gives its role
/// or kinship: a comma, maybe an article or "ancien", and the noun.
fn role_after(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(", ") else { return false };
    let mut words = r.split([' ', '\u{a0}', ',']);
    let mut w = words.next().unwrap_or("");
    if matches!(w, "le" | "la" | "l'" | "un" | "une" | "son" | "sa" | "leur")
        || w.starts_with("l'")
        || w.starts_with("l’")
    {
        w = match w.strip_prefix("l'").or_else(|| w.strip_prefix("l’")) {
            Some(rest) if !rest.is_empty() => rest,
            _ => words.next().unwrap_or(""),
        };
    }
    if matches!(w, "ancien" | "ancienne" | "nouveau" | "nouvelle" | "ex") {
        w = words.next().unwrap_or("");
    }
    is_role_noun(w)
        || matches!(
            w,
            "frère"
                | "sœur"
                | "fils"
                | "fille"
                | "père"
                | "mère"
                | "épouse"
                | "époux"
                | "veuve"
                | "oncle"
                | "neveu"
                | "nièce"
                | "cousin"
                | "beau-frère"
                | "gendre"
        )
}

/// Where the role noun that leads to the name at byte `at` starts, read
/// back over its complement (see [`role_led_names`]).
fn role_before(text: &str, at: usize, set: &EntitySet) -> Option<usize> {
    let mut p = at;
    let trim = |p: usize| text[..p].trim_end_matches([' ', '\u{a0}']).len();
    // "le représentant spécial de l'ONU, Choi Young-jin".
    let q = trim(p);
    let comma = q < p && text[..q].ends_with(',');
    if comma {
        p = trim(q - 1);
    } else if q == p {
        return None;
    }
    let mut words = 0;
    let mut cap_pending = false;
    while words < 8 && p > 0 {
        let q = trim(p);
        if q == 0 {
            return None;
        }
        // A known name of the complement, read whole: "le chef de Viv
        // Ansanm Jimmy Chérizier"; or the role itself, found as a mention
        // ("le représentant spécial de l'ONU, …").
        if let Some(&(s, e, _)) = set.spans.last_before(q) {
            if e == q && s < q {
                let first =
                    text[s..e].split([' ', '\u{a0}']).next().unwrap_or("");
                let opens = text[..s]
                    .trim_end_matches([' ', '\u{a0}'])
                    .ends_with(['.', '\n', '—', '–', '!', '?'])
                    || text[..s].trim().is_empty();
                let lower = first.starts_with(char::is_lowercase);
                if (lower || opens && !comma)
                    && is_role_noun(&first.to_lowercase())
                {
                    return Some(s);
                }
                p = s;
                words += 1;
                cap_pending = true;
                continue;
            }
        }
        let head = &text[..q];
        let w_start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| {
                c.is_alphabetic() || matches!(c, '-' | '\'' | '’')
            })
            .last()
            .map_or(q, |(k, _)| k);
        if w_start == q {
            return None;
        }
        let w = &head[w_start..];
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        let prep = matches!(
            w,
            "de" | "des"
                | "du"
                | "d'"
                | "d’"
                | "l'"
                | "l’"
                | "la"
                | "le"
                | "les"
        ) || w.ends_with(['\'', '’'])
            && matches!(w.trim_end_matches(['\'', '’']), "d" | "l");
        // An elided "d'" or "l'" is written against the word after it.
        let (w, elided) = match w.find(['\'', '’']) {
            Some(k) if k + 3 <= w.len() && !prep => (
                &w[k + w[k..].chars().next().map_or(1, char::len_utf8)..],
                true,
            ),
            _ => (w, false),
        };
        if cap_pending && !(prep || elided) {
            return None;
        }
        // The name is no complement's object ("le ministre des Finances
        // Patrick Boivert" is read from "Patrick").
        if prep && trim(at) == q {
            return None;
        }
        cap_pending = false;
        if elided {
            // "d'État", "l'ONU": the capital is the complement's.
            if w.starts_with(char::is_uppercase) {
                p = w_start;
                words += 1;
                continue;
            }
        }
        // (A capitalized role mid-sentence is a title of something
        // else: "le Directeur, Grand Hotel Palace".)
        let opens =
            text[..w_start].trim_end_matches([' ', '\u{a0}']).is_empty()
                || text[..w_start]
                    .trim_end_matches([' ', '\u{a0}'])
                    .ends_with(['.', '\n', '—', '–', '-', '!', '?']);
        // ("Chercheuse à l'université de Mekele, Hiwet Gebreyesus
        // décrypte": a sentence led by a role is read elsewhere.)
        if (lower || opens && !comma) && is_role_noun(&w.to_lowercase()) {
            return Some(w_start);
        }
        if prep {
            p = w_start;
            words += 1;
            continue;
        }
        if lower {
            if matches!(
                w,
                "a" | "ont"
                    | "est"
                    | "sont"
                    | "avait"
                    | "avaient"
                    | "sera"
                    | "qui"
                    | "que"
                    | "et"
                    | "ou"
                    | "à"
                    | "en"
                    | "par"
                    | "pour"
                    | "sur"
                    | "avec"
                    | "dans"
                    | "selon"
                    | "contre"
                    | "vers"
                    | "mais"
                    | "dont"
            ) {
                return None;
            }
            p = w_start;
            words += 1;
            continue;
        }
        // A capitalized word: the complement's only after "de" or an
        // article, read on the next step.
        p = w_start;
        words += 1;
        cap_pending = true;
    }
    None
}

/// A name found after a title, a verb of saying or a role.
struct TitledName {
    span: Span,
    /// Another mention (a place, mostly) overlaps it.
    covered: bool,
    /// Not a lone capitalized word of two letters or fewer.
    named: bool,
    /// Of several words.
    spaced: bool,
    /// In a byline ("Par Halima Bello |").
    byline: bool,
}

/// Persons introduced by a title ("le général Souheil al-Hassan"), and
/// later mentions of their surname.
/// The canonical name of the descriptor row of "cet officier", "cette
/// source", "ce haut gradé".
const SPEAKER_ANAPHOR: &str = "cet officier";

/// "…, selon une source militaire. « … », a confié cet officier", "Selon
/// le général X, … Selon cet officier, …", "…, a indiqué
/// l'administration régionale. Selon cette source, …": each such mention
/// is the source, person or body that can speak mentioned last within a
/// few sentences before it; one with none stays an unnamed source of its
/// own.
fn link_speaker_anaphors(text: &str, set: &mut EntitySet) {
    let Some(i) = set.drafts.iter().position(|d| {
        d.kind == EntityKind::Actor
            && d.row.is_some()
            && d.canonical == SPEAKER_ANAPHOR
    }) else {
        return;
    };
    let mut moves: Vec<(Span, usize)> = Vec::new();
    for &m in &set.drafts[i].mentions {
        let at = m.start;
        let lo = at.saturating_sub(800);
        let speaker = set.last_mention_where(
            at,
            |k, x| {
                k != i
                    && x.kind == EntityKind::Actor
                    && x.canonical != SPEAKER_ANAPHOR
                    && matches!(
                        x.subkind.as_ref(),
                        "other"
                            | "person"
                            | "government"
                            | "intl_org"
                            | "media"
                    )
            },
            // ("un responsable de la société civile … Selon ce témoin":
            // the speaker, not the body his title names.)
            |m| {
                m.start >= lo && {
                    let lead = text[..m.start].trim_end();
                    ![" de la", " du", " de l'", " de l’", " des"]
                        .iter()
                        .any(|p| lead.ends_with(p))
                }
            },
        );
        if let Some((_, e)) = speaker {
            moves.push((m, e));
        }
    }
    set.move_each_mention(i, &moves);
}

fn add_titled_persons(ctx: &Context<'_>, set: &mut EntitySet, lits: &LitHits) {
    let text = ctx.text;
    let mut cands: Vec<TitledName> = Vec::new();
    let titles = lits.of(TITLE_FAMILY);
    let titled = after_non_word_at(titles, titled_at, text, title_may_match);
    let said = said_persons(text, lits);
    let qualified = after_non_word_at(
        lits.of(ROLE_FAMILY),
        qualified_at,
        text,
        role_may_match,
    );
    let inverted = inverted_speakers(text);
    let role_led = role_led_names(text, set);
    for caps in
        titled.chain(said).chain(qualified).chain(inverted).chain(role_led)
    {
        let Some(m) = caps.name("name").or_else(|| caps.name("name2")) else {
            continue;
        };
        // "le pape Léon XIV", "le roi Mohammed VI": a regnal number ends
        // the name.
        let mut span =
            Span::new(m.start(), m.end() + regnal_len(&text[m.end()..]));
        // "le gouverneur Adolphe Lele L'Afrique": an elided particle
        // that ends the name runs on to the capitalized word after it;
        // with none, it is left out.
        if text[span].ends_with(['\'', '’']) {
            let q =
                text[..span.end].chars().next_back().map_or(1, char::len_utf8);
            match capitalized_end(text, span.end, |c| is_ll(c) || c == '-') {
                Some(e) => span = Span::new(span.start, e),
                None => {
                    let cut = text[span.start..span.end - q]
                        .rfind([' ', '\u{a0}'])
                        .map_or(span.start, |k| span.start + k);
                    span = Span::new(span.start, cut);
                }
            }
            if span.is_empty() {
                continue;
            }
        }
        if ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        // "à Lashkar Gah, chef-lieu de la province": a seat, not a head.
        if [", chef-lieu", ", le chef-lieu", ", chefs-lieux"]
            .iter()
            .any(|p| text[span.end..].starts_with(p))
        {
            continue;
        }
        // "le gouverneur Uba Sani", "son épouse, Asma": a small place
        // matched inside a titled name gives way to the person.
        // "Par Halima Bello |": a byline's name holds no town, whatever
        // its size.
        let byline = caps.hay[..caps.len].starts_with("Par ")
            && text[..caps.base]
                .trim_end_matches([' ', '\t'])
                .ends_with(['\n', '|']);
        // "entrés par Kerem Shalom": after "par" within a sentence, a
        // place whose name is the whole name stays a place.
        let by = caps.hay[..caps.len].starts_with("par ")
            || caps.hay[..caps.len].starts_with("Par ") && !byline;
        // "le maire de Datu Hoffer Ampatuan": a place the title is of
        // stays a place.
        let lead = text[..span.start].trim_end_matches([' ', '\u{a0}']);
        let of = lead.ends_with(" de")
            || lead.ends_with(" du")
            || lead.ends_with(" d'")
            || lead.ends_with(" d’")
            || text[..span.start].ends_with("d'")
            || text[..span.start].ends_with("d’");
        if (by || of)
            && set.spans.get(span.start).is_some_and(|&(_, end, e)| {
                end == span.end && set.drafts[e].kind == EntityKind::Place
            })
        {
            continue;
        }
        let name = &text[span];
        // "Par La Rédaction": a newsroom signs, no person.
        if fold_key(name).starts_with("la redaction") {
            continue;
        }
        // "le Président de la République, Chef de l'État, X": a second
        // title is no name.
        let first = name.split_whitespace().next().unwrap_or("");
        if matches!(
            fold_key(first).as_str(),
            "chef"
                | "president"
                | "ministre"
                | "premier"
                | "general"
                | "colonel"
                | "commandant"
                | "gouverneur"
                | "prefet"
                | "maire"
                | "secretaire"
                | "porte parole"
        ) {
            continue;
        }
        // "le Ministre Délégué Jean Dupont": the rest of a title is
        // passed; alone ("le Ministre Délégué à la Présidence"), it
        // names no one.
        if matches!(
            fold_key(first).as_str(),
            "delegue" | "deleguee" | "adjoint" | "adjointe"
        ) {
            let rest = name[first.len()..].trim_start();
            if rest.is_empty() {
                continue;
            }
            span = Span::new(span.end - rest.len(), span.end);
        }
        let covered = set.covers(span);
        let name = &text[span];
        // A lone capitalized word after "Par"/"M." that is a common word
        // at a sentence start is not a name.
        cands.push(TitledName {
            span,
            covered,
            named: !(name.split_whitespace().count() == 1 && name.len() < 3),
            spaced: name.contains(' '),
            byline,
        });
    }
    // A covered name drops the places it holds: small ones ("le
    // gouverneur Uba Sani", "son épouse, Asma"), any town strictly inside
    // a name of several words or ending one of three words or more ("le
    // capitaine de police Mohamed Abdi Farah"), and in a byline any but
    // a country or a division. Each place is asked every test that its
    // name allows, and the drops are made together in one pass over the
    // mention lists (a story that names many such persons would
    // otherwise remove them one at a time from long lists).
    let spans: Vec<(Span, NameShape)> = cands
        .iter()
        .filter(|c| c.covered)
        .map(|c| {
            let shape = NameShape {
                end: c.span.end,
                spaced: c.spaced,
                town_may_end: text[c.span].split_whitespace().count() >= 3,
                byline: c.spaced && c.byline,
            };
            (c.span, shape)
        })
        .collect();
    let ok =
        set.drop_places_each(&spans, |d, e, n| held_by_name(ctx, d, e, n));
    let dropped: std::collections::HashSet<usize> = spans
        .iter()
        .zip(ok)
        .filter(|&(_, k)| k)
        .map(|(s, _)| s.0.start)
        .collect();
    let found = cands
        .iter()
        .filter(|c| c.named && (!c.covered || dropped.contains(&c.span.start)))
        .map(|c| c.span);
    // The names are taken in the order found (an earlier find wins an
    // overlap), each person made once and its surname linked from its
    // first name found; the mentions of persons already made are then
    // given in one merge of the span map (a story that names someone
    // tens of thousands of times would otherwise insert each mention
    // into the middle of the map).
    let mut taken: std::collections::BTreeMap<usize, usize> =
        std::collections::BTreeMap::new();
    let mut fresh: std::collections::HashSet<String> =
        std::collections::HashSet::new();
    let mut firsts: Vec<Span> = Vec::new();
    let mut later: Vec<(Span, String)> = Vec::new();
    for span in found {
        let overlaps = taken
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        if overlaps || set.covers(span) {
            continue;
        }
        taken.insert(span.start, span.end);
        let key = ["person:", &fold_key(&text[span])].concat();
        if !set.by_key.contains_key(&key) && fresh.insert(key.clone()) {
            firsts.push(span);
        } else {
            later.push((span, key));
        }
    }
    for span in firsts {
        if !set.covers(span) {
            add_named_person(ctx, set, span);
        }
    }
    let mut known: Vec<(Span, usize)> = later
        .into_iter()
        .filter_map(|(span, key)| set.by_key.get(&key).map(|&e| (span, e)))
        .collect();
    known.sort_unstable_by_key(|&(span, _)| span.start);
    // A surname linked since may have taken the place.
    known.retain(|&(span, _)| !set.covers(span));
    set.add_all(&known);
}

/// The length of a regnal number (" XIV", " II") at the start of `rest`,
/// a space and one to five of the letters I, V and X that end a word;
/// zero when there is none.
fn regnal_len(rest: &str) -> usize {
    let Some(r) = rest.strip_prefix(' ') else { return 0 };
    let n = r.len() - r.trim_start_matches(['I', 'V', 'X']).len();
    let ends = r[n..].chars().next().map_or(true, |c| !c.is_alphanumeric());
    if (1..=5).contains(&n) && ends {
        n + 1
    } else {
        0
    }
}

/// Words that give the name someone goes by: after "alias" the name
/// runs on from the one before ("Gul Rehman alias Zubair" is one name),
/// after the others the name is told alone ("connu sous le nom de Malam
/// Bako").
const ALIAS_CUES: &[(&str, bool)] = &[
    (" alias ", true),
    ("connu sous le nom de ", false),
    ("connue sous le nom de ", false),
    ("surnommé ", false),
    ("surnommée ", false),
];

/// Stems of nouns (lowercase) whose name "connu sous le nom de" gives is
/// not a person's.
const NAMED_NOT_PERSONS: &[&str] = &[
    "groupe",
    "milice",
    "mouvement",
    "faction",
    "coalition",
    "organisation",
    "brigade",
    "unité",
    "force",
    "bataillon",
    "opération",
    "offensive",
    "quartier",
    "zone",
    "camp",
    "village",
    "localité",
    "région",
    "secteur",
    "forêt",
    "route",
    "axe",
    "base",
    "prison",
    "accord",
    "plan",
    "loi",
    "drone",
    "missile",
    "réseau",
];

/// Stems of nouns (lowercase) of persons known by a name.
const NAMED_PERSONS: &[&str] = &[
    "chef",
    "commandant",
    "leader",
    "émir",
    "homme",
    "combattant",
    "militant",
    "responsable",
    "dirigeant",
    "lieutenant",
    "colonel",
    "général",
];

/// One finder per cue of [`ALIAS_CUES`].
static ALIAS_FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> =
    Lazy::new(|| {
        ALIAS_CUES
            .iter()
            .map(|(c, _)| memchr::memmem::Finder::new(*c))
            .collect()
    });

/// Persons named by an alias: "Gul Rehman alias Zubair" (the whole as one
/// name), "un chef connu sous le nom de Malam Bako", "surnommé Zubair".
/// A town or city whose name is a word of it gives way to the person.
fn add_alias_persons(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    for (finder, &(cue, joins)) in ALIAS_FINDERS.iter().zip(ALIAS_CUES) {
        for at in finder.find_iter(text.as_bytes()) {
            let after = at + cue.len();
            let Some(len) = titled_name_end(&text[after..]) else {
                continue;
            };
            let mut start = after;
            if joins {
                // The capitalized words right before "alias", one space
                // apart, up to three.
                let mut p = at;
                for _ in 0..3 {
                    let head = &text[..p];
                    let w = letters_start(head);
                    let word = &head[w..];
                    if !word.starts_with(char::is_uppercase) {
                        break;
                    }
                    start = w;
                    match head[..w].strip_suffix(' ') {
                        Some(h) => p = h.len(),
                        None => break,
                    }
                }
                if start == after {
                    continue;
                }
            } else {
                // "un groupe connu sous le nom de …", "une opération
                // surnommée …": the name of a body, a place or an
                // operation, not of a person.
                // ("Un chef local du groupe, connu sous le nom de …": a
                // person's noun among the words before wins.)
                let from = stretch_before(text, at, 60, 0);
                let lead = text[from..at].to_lowercase();
                let words = || lead.split([' ', '\'', '’', ',']).rev().take(6);
                let stem_in = |w: &str, stems: &[&str]| {
                    stems.iter().any(|n| w.starts_with(n))
                };
                if !words().any(|w| stem_in(w, NAMED_PERSONS))
                    && words().any(|w| stem_in(w, NAMED_NOT_PERSONS))
                {
                    continue;
                }
            }
            let span = Span::new(start, after + len);
            if ctx.skip.is_some_and(|k| k.overlaps(span)) {
                continue;
            }
            // A town, or the person named before "alias", gives way.
            if set.covers(span)
                && !set.drop_where(span, |d, _, _| {
                    matches!(
                        (d.kind, d.subkind.as_ref()),
                        (EntityKind::Place, "city" | "town" | "village")
                            | (EntityKind::Actor, "person")
                    )
                })
            {
                continue;
            }
            if !set.covers(span) {
                add_named_person(ctx, set, span);
            }
        }
    }
}

/// The two or three capitalized words of a name that ends at byte `end`,
/// one space apart: "Alexander Díaz".
fn capitalized_run_before(text: &str, end: usize) -> Option<Span> {
    let mut start = end;
    let mut words = 0;
    let mut p = end;
    while words < 3 {
        let head = &text[..p];
        let w = letters_start(head);
        let word = &head[w..];
        if !is_name_word(word)
            || matches!(word, "La" | "Le" | "Les" | "De" | "Du" | "Des")
        {
            break;
        }
        start = w;
        words += 1;
        match head[..w].strip_suffix(' ') {
            Some(h) => p = h.len(),
            None => break,
        }
    }
    (words >= 2).then(|| Span::new(start, end))
}

/// "Jimmy Chérizier, alias « Barbecue »", "Jimmy Chérizier, dit «
/// Barbecue »": a nickname in quotes right after a person named before
/// it is a mention of that person (one to three capitalized words).
fn add_quoted_aliases(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut adds: Vec<(usize, Span)> = Vec::new();
    for open in memchr::memmem::find_iter(text.as_bytes(), "«".as_bytes()) {
        let head = text[..open].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
        // "alias" with or without a comma before it; "dit", "surnommé"
        // only after one (not "il a dit « Nous … »").
        let Some((cue_start, comma_needed)) = [
            ("alias", false),
            ("dit", true),
            ("dite", true),
            ("surnommé", true),
        ]
        .iter()
        .find_map(|&(c, comma)| {
            head.strip_suffix(c).map(|h| (h.len(), comma))
        }) else {
            continue;
        };
        let lead = &text[..cue_start];
        if lead.ends_with(char::is_alphanumeric) {
            continue;
        }
        let trimmed = lead.trim_end_matches([' ', '\u{a0}']);
        let comma = trimmed.ends_with(',');
        if comma_needed && !comma {
            continue;
        }
        let name_end = trimmed.trim_end_matches(',').len();
        let known =
            set.spans.last_before(name_end).copied().filter(|&(_, e, j)| {
                let d = &set.drafts[j];
                e == name_end
                    && d.kind == EntityKind::Actor
                    && d.subkind == "person"
            });
        let j = match known {
            Some((_, _, j)) => j,
            // "la faction d'Alexander Díaz, alias « Calarcá »": two or
            // three capitalized words no entity holds name the person.
            None => {
                let Some(name) = capitalized_run_before(text, name_end) else {
                    continue;
                };
                if set.covers(name)
                    || ctx.skip.is_some_and(|k| k.overlaps(name))
                {
                    continue;
                }
                add_named_person(ctx, set, name)
            }
        };
        // The nickname: up to the closing mark, 40 bytes at most.
        let inner = open + '«'.len_utf8();
        let window = &text[inner..stretch_after(text, inner, 40)];
        let Some(close) = window.find('»') else { continue };
        let raw = &window[..close];
        let name = raw.trim_matches([' ', '\u{a0}', '\u{202f}']);
        let lead_ws = raw.len()
            - raw.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
        let words: Vec<&str> = name.split(' ').collect();
        if name.is_empty()
            || words.len() > 3
            || !words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            continue;
        }
        let span = Span::new(inner + lead_ws, inner + lead_ws + name.len());
        if set.covers(span) {
            continue;
        }
        adds.push((j, span));
    }
    // Each person's nicknames in one merge (a run-on text may repeat one
    // thousands of times).
    adds.sort_unstable_by_key(|&(j, s)| (j, s.start));
    let mut from = 0;
    while from < adds.len() {
        let j = adds[from].0;
        let to = from + adds[from..].iter().take_while(|a| a.0 == j).count();
        let spans: Vec<Span> =
            adds[from..to].iter().map(|&(_, s)| s).collect();
        set.add_all_to(j, &spans);
        from = to;
    }
}

/// The draft of a person named `name`, with no mention yet.
fn person_draft(name: &str) -> Draft {
    Draft::plain(EntityKind::Actor, name.to_string(), "person", None)
}

/// Adds the person named by `span` and links the later mentions of the
/// surname alone (of four letters or more, when the name has two words
/// or more).
fn add_named_person(
    ctx: &Context<'_>,
    set: &mut EntitySet,
    span: Span,
) -> usize {
    let name = &ctx.text[span];
    let key = ["person:", &fold_key(name)].concat();
    let known = set.drafts.len();
    let e = set.add(key, span, || person_draft(name));
    // The surname is linked once, when the person is new: a text that
    // names them thousands of times costs one pass.
    if e >= known {
        link_surname(ctx, set, e, span);
    }
    e
}

/// Links the later mentions of the surname of person `e`, named in full
/// at `span`, when the name has two words or more and the surname four
/// letters or more.
fn link_surname(ctx: &Context<'_>, set: &mut EntitySet, e: usize, span: Span) {
    let name = &ctx.text[span];
    let Some(surname) = name.split_whitespace().last() else { return };
    if surname.chars().count() < 4 || name.split_whitespace().count() < 2 {
        return;
    }
    link_mentions(ctx, set, e, surname, span.end);
}

/// "Marisol Quintero est reporter à …", "Andrés Villamizar dirige la
/// sous-délégation …": near the top of a text (the introduction of an
/// interview or a portrait), a line that opens with two or three
/// capitalized words and a verb of what someone is or does names a
/// person.
fn add_line_lead_persons(ctx: &Context<'_>, set: &mut EntitySet) {
    const TOP: usize = 1500;
    const VERBS: &[&str] = &[
        "est",
        "dirige",
        "coordonne",
        "préside",
        "travaille",
        "enseigne",
        "anime",
        "représente",
        "était",
        "vit",
        "fut",
    ];
    const NOT_NAMES: &[&str] = &[
        "Le", "La", "Les", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Selon",
        "Depuis", "Dans", "Pour", "Par", "Sur", "En", "Au", "Aux", "Du", "De",
        "Il", "Elle", "Ils", "Elles", "Nous", "On", "Mais", "Et",
    ];
    let text = ctx.text;
    let mut found: Vec<Span> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if at >= TOP {
            break;
        }
        let start = at;
        at += line.len();
        let lead = line.trim_start_matches([' ', '\t']);
        let base = start + (line.len() - lead.len());
        let mut end = base;
        let mut names = 0;
        let mut verb = false;
        for w in lead.split(' ').take(5) {
            let capitalized = is_name_word(w);
            if capitalized && !verb && names < 3 {
                if names == 0 && NOT_NAMES.contains(&w) {
                    break;
                }
                names += 1;
                end = if names == 1 {
                    base + w.len()
                } else {
                    end + 1 + w.len()
                };
                continue;
            }
            verb = VERBS.contains(&w);
            break;
        }
        if names >= 2 && verb {
            let span = Span::new(base, end);
            if !(ctx.skip.is_some_and(|k| k.overlaps(span))
                || set.covers(span))
            {
                found.push(span);
            }
        }
    }
    for span in found {
        add_named_person(ctx, set, span);
    }
}

/// A word written as a name is: a capital, then one or more lowercase
/// letters, hyphens or apostrophes ("Hiwet", "Jean-Marc", "N'diaye").
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

/// Role words that open a sentence presenting a person: "Chercheuse à
/// l'université de Mekele, Hiwet Gebreyesus décrypte …", "Responsable des
/// programmes d'une ONG, Thiri Nwe Oo a quitté Sittwe …".
const ROLE_LEADS: &[&str] = &[
    "Chercheur",
    "Chercheuse",
    "Responsable",
    "Directeur",
    "Directrice",
    "Coordinateur",
    "Coordinatrice",
    "Analyste",
    "Spécialiste",
    "Professeur",
    "Professeure",
    "Journaliste",
    "Médecin",
    "Infirmier",
    "Infirmière",
    "Représentant",
    "Représentante",
    "Militant",
    "Militante",
    "Avocat",
    "Avocate",
    "Enseignant",
    "Enseignante",
    "Chargé",
    "Chargée",
    "Fondateur",
    "Fondatrice",
    "Député",
    "Députée",
    "Sénateur",
    "Sénatrice",
    "Économiste",
    "Politologue",
    "Historien",
    "Historienne",
    "Sociologue",
    "Anthropologue",
    "Chef",
    "Cheffe",
    "Commandant",
    "Colonel",
    "Ancien",
    "Ancienne",
    "Porte-parole",
    "Secrétaire",
];

/// One pass over a document for [`ROLE_LEADS`].
static ROLE_LEAD_AC: Lazy<daachorse::DoubleArrayAhoCorasick<u32>> =
    Lazy::new(|| {
        daachorse::DoubleArrayAhoCorasick::new(ROLE_LEADS)
            .expect("role leads compile")
    });

/// A sentence that opens with a role and its complement, then a comma, a
/// name of two to four capitalized words and a lowercase word: the name
/// is a person, and the role word another mention of them.
fn add_role_led_persons(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut found: Vec<(Span, Span)> = Vec::new();
    for hit in ROLE_LEAD_AC.find_iter(text.as_bytes()) {
        let (start, end) = (hit.start(), hit.end());
        // A whole word that opens a sentence or a line.
        let lead = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
        let opens = lead.is_empty()
            || lead.ends_with(['.', '!', '?', '\n', '—', '–', '»'])
                && !lead.ends_with(" M.");
        if !opens
            || text[end..].chars().next().is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        // The comma that ends the role's complement, within the sentence.
        let window = &text[end..stretch_after(text, end, 160)];
        let Some(comma) = window.find(", ") else { continue };
        if window[..comma].contains(['.', '\n', ';', ':', '«', '»']) {
            continue;
        }
        let name_start = end + comma + 2;
        let mut name_end = name_start;
        let mut words = 0;
        let mut next_lower = false;
        for w in text[name_start..].split(' ').take(6) {
            if is_name_word(w) && words < 4 {
                words += 1;
                name_end = if words == 1 {
                    name_start + w.len()
                } else {
                    name_end + 1 + w.len()
                };
                continue;
            }
            next_lower = w.chars().next().is_some_and(char::is_lowercase);
            break;
        }
        if words < 2 || !next_lower {
            continue;
        }
        let name = Span::new(name_start, name_end);
        if ctx.skip.is_some_and(|k| k.overlaps(name)) || set.covers(name) {
            continue;
        }
        found.push((name, Span::new(start, end)));
    }
    for (name, role) in found {
        let e = add_named_person(ctx, set, name);
        if !set.covers(role) {
            set.add_to(e, role);
            continue;
        }
        // "Responsable" read alone as an unnamed official: the same
        // person.
        let alone =
            set.spans.get(role.start).map(|&(_, _, o)| o).filter(|&o| {
                let d = &set.drafts[o];
                o != e
                    && d.kind == EntityKind::Actor
                    && d.subkind == "other"
                    && d.mentions.len() == 1
                    && d.mentions[0].start == role.start
            });
        if let Some(o) = alone {
            set.move_mentions(o, e);
        }
    }
}

/// Labels of a page's credits, before a name: "Présentation : Marc
/// Lefèvre", "Contact presse : Julien Marchetti".
const CREDIT_LABEL_LIST: &[&str] = &[
    "Présentation :",
    "Présentation\u{a0}:",
    "Contact presse :",
    "Contact presse\u{a0}:",
    "Contact :",
    "Contact\u{a0}:",
    "Propos recueillis par ",
    "Texte :",
    "Traduction :",
    "Rédaction :",
    "Édition :",
];

/// One pass over a document for [`CREDIT_LABEL_LIST`].
static CREDIT_LABELS: Lazy<daachorse::DoubleArrayAhoCorasick<u32>> =
    Lazy::new(|| {
        daachorse::DoubleArrayAhoCorasick::new(CREDIT_LABEL_LIST)
            .expect("credit labels compile")
    });

/// A word of a person's name: a capital, then at least `min` chars in
/// all, the others lowercase letters or hyphens ("Abdelrahmane",
/// "Kaka").
fn name_word(w: &str, min: usize) -> bool {
    // A capital may open each part of a hyphen ("Jean-Robert").
    let mut prev = ' ';
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() >= min
        && w.chars().skip(1).all(|c| {
            let ok = c.is_lowercase()
                || c == '-'
                || prev == '-' && c.is_uppercase();
            prev = c;
            ok
        })
}

/// The people a wire credits and a communiqué's signatory:
/// "(Reportage Bashir Adamu à Maiduguri ; version française Hélène
/// Castel, édité par Sophie Laurent)", and a line that holds only a name
/// above a line that opens with a role ("Faisal Raza Bhatti" /
/// "Porte-parole du ministère de l'Intérieur").
fn add_credited_persons(ctx: &Context<'_>, set: &mut EntitySet) {
    const CREDITS: &[&str] = &[
        "Reportage ",
        "reportage ",
        "Reportage d'",
        "reportage d'",
        "Reportage d’",
        "reportage d’",
        "Reportage de ",
        "reportage de ",
        "version française ",
        "Version française ",
        "rédigé par ",
        "Rédigé par ",
        "traduit par ",
        "Traduit par ",
        "avec ",
        "Avec ",
    ];
    const ROLES: &[&str] = &[
        "Porte-parole",
        "Directeur",
        "Directrice",
        "Ministre",
        "Chef",
        "Commandant",
        "Coordonnateur",
        "Coordonnatrice",
        "Secrétaire",
        "Président",
        "Présidente",
        "Responsable",
        "Chargé",
        "Chargée",
        "Colonel",
        "Général",
        "Gouverneur",
        "Représentant",
        "Représentante",
    ];
    let text = ctx.text;
    let mut found: Vec<Span> = Vec::new();
    let mut quoted_witnesses: Vec<Span> = Vec::new();
    // Credits: inside the brackets that open with "(Reportage".
    for i in memchr::memmem::find_iter(text.as_bytes(), b"(Reportage") {
        // Within 400 bytes: a bracket left open costs no scan of the rest.
        let to = stretch_after(text, i, 400);
        let end = text[i..to].find([')', '\n']).map_or(to, |k| i + k);
        let Some(end) = (i..=end).rev().find(|&k| text.is_char_boundary(k))
        else {
            continue;
        };
        let inner = &text[i + 1..end];
        for cue in CREDITS {
            for (k, _) in inner.match_indices(cue) {
                // The cue opens the brackets or follows a mark or a space.
                if k > 0 && !inner[..k].ends_with([' ', ';', ',']) {
                    continue;
                }
                let at = i + 1 + k + cue.len();
                if let Some(m) = PERSON_NAME_AT.find(&text[at..end]) {
                    found.push(Span::new(at, at + m.end()));
                }
            }
        }
    }
    // Labels of a page's credits: "Présentation : Marc Lefèvre",
    // "Contact presse : Julien Marchetti, MSF Genève".
    for hit in CREDIT_LABELS.find_overlapping_iter(text.as_bytes()) {
        let k = hit.start();
        let label = CREDIT_LABEL_LIST[hit.value() as usize];
        let lead_ok = text[..k]
            .chars()
            .next_back()
            .map_or(true, |c| matches!(c, '\n' | '.' | ' ' | '\u{a0}'));
        if !lead_ok {
            continue;
        }
        let mut at = k + label.len();
        at += text[at..].len()
            - text[at..].trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
        // The name is on the label's line, within a few words.
        let to = stretch_after(text, at, 120);
        let line_end = text[at..to].find('\n').map_or(to, |n| at + n);
        if let Some(m) = PERSON_NAME_AT.find(&text[at..line_end]) {
            found.push(Span::new(at, at + m.end()));
        }
    }
    // A photographer credited before the agency: "© Ibrahim Haddad /
    // AFP", "(Photo : Ibrahim Sanogo / DR)" (7 of 7 in the gold sets).
    for cue in ["©", "Photo :", "Photo\u{a0}:", "Photo:", "Crédit photo :"] {
        for k in memchr::memmem::find_iter(text.as_bytes(), cue.as_bytes()) {
            let mut at = k + cue.len();
            at += text[at..].len()
                - text[at..]
                    .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                    .len();
            let to = stretch_after(text, at, 80);
            if let Some(m) = PERSON_NAME_AT.find(&text[at..to]) {
                let end = at + m.end();
                if text[end..]
                    .trim_start_matches([' ', '\u{a0}'])
                    .starts_with('/')
                {
                    found.push(Span::new(at, end));
                }
            }
        }
    }
    // A name told with an age: "raconte Hawa, 42 ans,", "le havildar
    // Tariq Mehmood, 34 ans" (6 of 6 in the gold sets).
    for j in memchr::memmem::find_iter(text.as_bytes(), " ans") {
        if text[j + 4..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let digits = text[..j].len()
            - text[..j].trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if !(1..=3).contains(&digits) || !text[..j - digits].ends_with(", ") {
            continue;
        }
        let end = j - digits - 2;
        // Up to three capitalized words before the comma.
        let mut start = end;
        for _ in 0..3 {
            let lead = &text[..start];
            let word_start = lead
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
                .last()
                .map_or(start, |(k, _)| k);
            let word = &text[word_start..start];
            if word.chars().count() < 2
                || !word.starts_with(char::is_uppercase)
                || word.chars().skip(1).all(char::is_uppercase)
            {
                break;
            }
            start = word_start;
            if !text[..start].ends_with(' ') {
                break;
            }
            start -= 1;
        }
        let start = start + usize::from(text[start..end].starts_with(' '));
        if start >= end
            || ["Le ", "La ", "Les ", "Un ", "Une ", "Selon "]
                .iter()
                .any(|a| text[start..end].starts_with(a))
        {
            continue;
        }
        found.push(Span::new(start, end));
    }
    // A witness quoted, then named by a first name and what they are:
    // "», témoigne Abdelrahmane, un infirmier", "», raconte Aminata, une
    // déplacée".
    for j in memchr::memmem::find_iter(text.as_bytes(), "», ".as_bytes()) {
        let at = j + "», ".len();
        let to = stretch_after(text, at, 80);
        let rest = &text[at..to];
        // "a raconté à l'AFP Jean-Robert, un commerçant": a past tense,
        // and the agency told, are read past.
        let (aux, rest) = match rest.strip_prefix("a ") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let at = to - rest.len();
        let Some(verb_end) = rest.find(' ') else { continue };
        let verb = &rest[..verb_end];
        let told = if aux {
            matches!(
                verb,
                "témoigné"
                    | "raconté"
                    | "expliqué"
                    | "confié"
                    | "ajouté"
                    | "affirmé"
                    | "assuré"
                    | "déclaré"
                    | "dit"
                    | "souligné"
                    | "précisé"
                    | "indiqué"
            )
        } else {
            matches!(
                verb,
                "témoigne"
                    | "raconte"
                    | "explique"
                    | "confie"
                    | "ajoute"
                    | "poursuit"
                    | "souligne"
                    | "assure"
                    | "affirme"
                    | "dit"
                    | "lance"
                    | "résume"
                    | "soupire"
                    | "murmure"
                    | "déplore"
                    | "insiste"
            )
        };
        if !told {
            continue;
        }
        let mut name_at = verb_end + 1;
        for agency in ["à l'AFP ", "à l’AFP ", "à Reuters ", "à RFI "] {
            if rest[name_at..].starts_with(agency) {
                name_at += agency.len();
            }
        }
        let Some(comma) = rest[name_at..].find(", ") else { continue };
        let name = &rest[name_at..name_at + comma];
        let words: Vec<&str> = name.split(' ').collect();
        let after = &rest[name_at + comma + 2..];
        if words.len() <= 3
            && words.iter().all(|w| name_word(w, 3))
            && ["un ", "une ", "mère ", "père "]
                .iter()
                .any(|a| after.starts_with(a))
        {
            let span = Span::new(at + name_at, at + name_at + comma);
            found.push(span);
            // Quoted, then told as one of a trade: a person even when a
            // village bears the name ("», explique Serhiï, un chauffeur").
            quoted_witnesses.push(span);
        }
    }
    // A witness named at the start of a sentence, then what they are:
    // "Abba Kaka, un autre pêcheur, affirme …".
    const WITNESS_NOUNS: &[&str] = &[
        "pêcheur",
        "pêcheuse",
        "commerçant",
        "commerçante",
        "habitant",
        "habitante",
        "enseignant",
        "enseignante",
        "infirmier",
        "infirmière",
        "agriculteur",
        "agricultrice",
        "cultivateur",
        "éleveur",
        "témoin",
        "rescapé",
        "rescapée",
        "déplacé",
        "déplacée",
        "réfugié",
        "réfugiée",
        "chauffeur",
        "étudiant",
        "étudiante",
        "médecin",
        "notable",
        "survivant",
        "survivante",
    ];
    for j in memchr::memmem::find_iter(text.as_bytes(), b", un") {
        let rest = &text[j + 2..stretch_after(text, j + 2, 40)];
        let rest = ["une autre ", "un autre ", "une ", "un "]
            .iter()
            .find_map(|a| rest.strip_prefix(a));
        let Some(rest) = rest else { continue };
        let noun =
            rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !WITNESS_NOUNS.contains(&noun) {
            continue;
        }
        // Two or three capitalized words before the comma, opening a
        // sentence or a line.
        let from = stretch_before(text, j, 60, 0);
        let lead = &text[from..j];
        let Some(k) = lead.rfind(['.', '\n', '»', '«', '!', '?']) else {
            continue;
        };
        let name =
            lead[k..].trim_start_matches(['.', '\n', '»', '«', '!', '?']);
        let name_trim = name.trim_start();
        let start = j - name_trim.len();
        let words: Vec<&str> = name_trim.split(' ').collect();
        if (2..=3).contains(&words.len())
            && words.iter().all(|w| name_word(w, 2))
            && !["Le", "La", "Les", "Un", "Une", "Selon"].contains(&words[0])
        {
            found.push(Span::new(start, j));
        }
    }
    // Signatures: a name alone on its line above a role.
    let mut at = 0;
    let mut prev: Option<(usize, &str)> = None;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if let Some((pstart, name)) = prev.take() {
            if ROLES.iter().any(|r| {
                trimmed.strip_prefix(r).is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with([' ', ','])
                })
            }) {
                found.push(Span::new(pstart, pstart + name.len()));
            }
        }
        let lead = line.trim_start();
        if let Some(m) = PERSON_NAME_AT.find(lead) {
            if m.end() == lead.trim_end().len() {
                prev = Some((start + (line.len() - lead.len()), m.as_str()));
            }
        }
    }
    // In text order, merged into the mentions once (a text may credit
    // the same reporter thousands of times); each new person's surname is
    // linked after.
    found.sort_unstable_by_key(|s| (s.start, s.end));
    let mut items: Vec<(Span, usize)> = Vec::new();
    let mut fresh: Vec<(usize, Span)> = Vec::new();
    for span in found {
        if ctx.skip.is_some_and(|s| s.overlaps(span))
            || items.last().is_some_and(|l| l.0.end > span.start)
        {
            continue;
        }
        // The surname alone may already be linked to the person named
        // higher up (a byline): that mention and a place inside the name
        // ("Emmanuel") give way to the whole name.
        let key = ["person:", &fold_key(&text[span])].concat();
        let person = set.by_key.get(&key).copied();
        // A place that is the whole name stays; one of its words is part
        // of the name ("Getnet Adane" signing a communiqué).
        let whole = set.spans.get(span.start).is_some_and(|m| m.1 == span.end)
            // (Pushed in text order: sorted, searched in log time.)
            && quoted_witnesses
                .binary_search_by_key(&(span.start, span.end), |s| {
                    (s.start, s.end)
                })
                .is_err();
        if set.covers(span)
            && !set.drop_where(span, |d, _, i| {
                Some(i) == person
                    || d.kind == EntityKind::Place
                        && !whole
                        && !is_division(&d.subkind)
            })
        {
            continue;
        }
        let known = set.drafts.len();
        let e = set.entity(key, || person_draft(&text[span]));
        if e >= known {
            fresh.push((e, span));
        }
        items.push((span, e));
    }
    set.add_all(&items);
    for (e, span) in fresh {
        link_surname(ctx, set, e, span);
    }
}

/// "SAMUEL OKELLO : Oui, Amélie.": in a transcript, a line that opens
/// with a name in capitals and a colon gives the speaker's turn. The
/// name counts when the text names that person elsewhere in lower case,
/// or opens two turns or more with it; a heading in capitals ("BILAN
/// LOURD : …") does neither. Roles ("LA PRÉSENTATRICE") are no names.
fn add_speaker_labels(ctx: &Context<'_>, set: &mut EntitySet) {
    const NOT_NAMES: &[&str] = &[
        "LA",
        "LE",
        "LES",
        "L'",
        "L’",
        "UN",
        "UNE",
        "DES",
        "NOTRE",
        "VOTRE",
        "NOS",
        "QUESTION",
        "RÉPONSE",
        "PRÉSENTATRICE",
        "PRÉSENTATEUR",
        "JOURNALISTE",
        "CORRESPONDANT",
        "CORRESPONDANTE",
        "ENVOYÉ",
        "ENVOYÉE",
        "SOURCE",
        "SOURCES",
        "LIRE",
        "AUSSI",
        "MISE",
        "JOUR",
        "PHOTO",
        "VIDÉO",
        "DIRECT",
        "ALERTE",
        "URGENT",
        "FLASH",
        "INFO",
        "INFOS",
        "EXTRAIT",
        "TRANSCRIPTION",
        "SUITE",
        "FIN",
    ];
    let text = ctx.text;
    let mut labels: Vec<(Span, String)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let lead = line.trim_start_matches([' ', '\t']);
        let Some(colon) =
            lead.get(..lead.len().min(60)).and_then(|h| h.find(':'))
        else {
            continue;
        };
        let label = lead[..colon].trim_end_matches([' ', '\u{a0}']);
        let words: Vec<&str> = label.split(' ').collect();
        if !(2..=4).contains(&words.len())
            || NOT_NAMES.contains(&words[0])
            || !words.iter().all(|w| {
                w.chars().count() >= 2
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| {
                        c.is_uppercase() || matches!(c, '-' | '\'' | '’')
                    })
                    && !NOT_NAMES.contains(w)
            })
        {
            continue;
        }
        let base = start + (line.len() - lead.len());
        let span = Span::new(base, base + label.len());
        if ctx.skip.is_some_and(|k| k.overlaps(span)) || set.covers(span) {
            continue;
        }
        labels.push((span, fold_key(label)));
    }
    // The turns of each label, counted once.
    let mut turns: KeyMap<&str, usize> = KeyMap::default();
    for (_, key) in &labels {
        *turns.entry(key.as_str()).or_default() += 1;
    }
    for (span, key) in &labels {
        let turns = turns.get(key.as_str()).copied().unwrap_or(0);
        let key = ["person:", key].concat();
        if turns >= 2 || set.by_key.contains_key(&key) {
            // No surname linking: the turns are whole names.
            let name = &ctx.text[*span];
            set.add(key, *span, || {
                Draft::plain(
                    EntityKind::Actor,
                    name.to_string(),
                    "person",
                    None,
                )
            });
        }
    }
}

#[cfg(test)]
mod tests {
    /// `is_ll` is the pattern's `\p{Ll}` on every char.
    #[test]
    fn is_ll_as_pattern() {
        let ll = super::Regex::new(r"^\p{Ll}$").unwrap();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            assert_eq!(
                super::is_ll(c),
                ll.is_match(c.encode_utf8(&mut buf)),
                "{c:?}"
            );
        }
    }

    /// Asserts that `scan` ends where `pattern`'s match does on `t`, and
    /// gives that end.
    fn scan_agrees(
        pattern: &Regex,
        scan: fn(&str) -> Option<usize>,
        t: &str,
    ) -> Option<usize> {
        let want = pattern.find(t).map(|m| m.end());
        assert_eq!(scan(t), want, "{t:?}");
        want
    }

    /// Asserts that `scan` ends where `pattern`'s match does on every
    /// text of [`name_texts`] after one of `cues` in turn, and that enough
    /// of them hold a match for the test to mean much.
    fn scan_as_pattern(
        pattern: &Regex,
        scan: fn(&str) -> Option<usize>,
        cues: &[&str],
    ) {
        let mut found = 0;
        for (k, t) in name_texts().iter().enumerate() {
            let t = format!("{}{t}", cues[k % cues.len()]);
            found += usize::from(scan_agrees(pattern, scan, &t).is_some());
        }
        assert!(found > 2000, "{found}");
    }

    /// Texts made of the pieces that decide where a name ends: words
    /// (capitalized or not, with letters in and out of `\p{Ll}`, short
    /// and long) and what may join them.
    fn name_texts() -> Vec<String> {
        let words = [
            "Ali", "Hassan", "Gao", "Um", "Éric", "Ωmega", "Aω", "Eª", "Ab",
            "A", "M.", "x", "de", "al", "ben", "dos", "abou", "ba", "el",
            "Ould", "Al", "Ǆa", "Dǅ", "Bǆa", "Eß", "İb", "Kʰa", "Nº", "é",
            "Qods", "Aa", "Ar", "As", "ag", "du", "d'", "d’",
        ];
        let joins = [
            " ", " ", " ", "  ", "\u{a0}", "-", "-", "'", "’", "", ",", ".",
            "2", "_", "\t", " -", "\u{2003}",
        ];
        let mut out = Vec::new();
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..20000 {
            let mut t = String::new();
            for _ in 0..1 + next(7) {
                t.push_str(words[next(words.len())]);
                t.push_str(joins[next(joins.len())]);
            }
            out.push(t);
        }
        for t in [
            "Hussein al-Tawil, porte-parole",
            "Abou Bakr al-Baghdadi Ibn Zayd Musa Kamal",
            "Jean-Pierre Dupont de la Fontaine",
            "Jean de Gaulle",
            "Marie-élise dos Santos Aveiro Junior Cinq",
            "Ali",
            "Ali ",
            "A. Diallo",
            "M. Macron",
            "Al-Hassan Ag Ghaly",
            "Ahmed\u{a0}Ould\u{a0}Mohamed",
            "Éric Chelle",
            "Ali Ba Bo Bi Bu",
            "Ali-ba Ould-Ali",
            "",
        ] {
            out.push(t.to_string());
        }
        out
    }

    /// `name_end` and `titled_name_end` end where the patterns' matches do.
    #[test]
    fn names_end_as_patterns() {
        let mut found = [0; 2];
        for t in name_texts() {
            let want = scan_agrees(&super::NAME_AT, super::name_end, &t);
            found[0] +=
                usize::from(want.is_some_and(|e| t[..e].contains(' ')));
            let want = scan_agrees(
                &super::TITLED_NAME_AT,
                super::titled_name_end,
                &t,
            );
            found[1] +=
                usize::from(want.is_some_and(|e| t[..e].contains(' ')));
        }
        // Enough of the texts hold a name of several words.
        assert!(found[0] > 500 && found[1] > 500, "{found:?}");
    }

    proptest::proptest! {
        #[test]
        fn names_end_as_patterns_anywhere(
            t in "([A-DÉa-eé'’ \u{a0}.-]|al|ben|de|dos|Ω|ω|ª){0,24}",
        ) {
            let want = super::NAME_AT.find(&t).map(|m| m.end());
            proptest::prop_assert_eq!(super::name_end(&t), want);
            let want = super::TITLED_NAME_AT.find(&t).map(|m| m.end());
            proptest::prop_assert_eq!(super::titled_name_end(&t), want);
        }
    }

    /// `is_letter` is the pattern's `\p{L}` on every char.
    #[test]
    fn is_letter_as_pattern() {
        let l = super::Regex::new(r"^\p{L}$").unwrap();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            assert_eq!(
                super::is_letter(c),
                l.is_match(c.encode_utf8(&mut buf)),
                "{c:?}"
            );
        }
    }

    /// `cued_end` ends where the pattern's match does.
    #[test]
    fn cued_end_as_pattern() {
        let cues = [
            "village ",
            "villages\t",
            "villages",
            "camp de déplacés ",
            "camp de ",
            "camp ",
            "hameau  d'",
            "quartier de ",
            "ville du ",
            "base militaire\u{a0}de\u{2003}",
            "commune d’",
            "pont de",
            "sous-préfecture ",
            "stade d",
            "cité ",
        ];
        scan_as_pattern(&super::CUED_AT, super::cued_end, &cues);
        for t in [
            "village de Kuriga",
            "camp de déplacés Kalma",
            "camp de réfugiés de Zaatari Nord",
            "village d'Ouani",
            "village d’Al-Qods",
            "camp al-Hol et Ar-Raqqa",
            "quartier Bagdadji\u{a0}à Mopti",
            "cité Ben Amar ag Diallo de Kidal",
            "village Al-qods-x'y Bé de  Gao el-Ali Zé",
            "ville de de Gao",
            "ville As-Sadr",
            "localités arméniennes de Jermouk, Goris",
            "villages maliens d'Ogossagou",
        ] {
            scan_agrees(&super::CUED_AT, super::cued_end, t);
        }
    }

    /// `said_tail_end` ends where the pattern's match does.
    #[test]
    fn said_tail_end_as_pattern() {
        let heads = [
            ", ",
            ",",
            ",\t",
            ", le ",
            ", l'",
            ", l’ ",
            ", une ",
            ", un\u{a0}",
            ", ancienne  ",
        ];
        let roles: Vec<&str> = super::SAID_ROLES.split('|').collect();
        let tails =
            ["", " ", "e", "s", "ne", ",", "2", "_", "ω", "\u{a0}x", "-", "é"];
        let mut found = 0;
        let mut k = 0usize;
        for h in heads {
            for r in &roles {
                for t in tails {
                    k += 1;
                    let extra = ["", "le ", "une ", "l' "][k % 4];
                    let text = format!("{h}{extra}{r}{t}");
                    let want = scan_agrees(
                        &super::SAID_TAIL_AT,
                        super::said_tail_end,
                        &text,
                    );
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 300, "{found}");
    }

    /// `qualified_head_end` ends where the pattern's match does.
    #[test]
    fn qualified_head_end_as_pattern() {
        let words = [
            "malien",
            "israélien",
            "x",
            "é",
            "ien",
            "française",
            "Malien",
            "algérienne",
            "mali",
            "sénégalais",
            "ine",
            "ωien",
            "aï",
            "ªal",
            "béninoise",
            "togolaisé",
            "burkinabè",
        ];
        let spaces = ["", " ", "  ", "\t", "\u{a0}", "\u{2003}", ",", "-"];
        let mut found = 0;
        let mut k = 0usize;
        for role in super::QUALIFIED_ROLES.split('|') {
            let (capitals, rest) =
                role.strip_prefix('[').unwrap().split_once(']').unwrap();
            for c in capitals.chars().chain(['X']) {
                for w in words {
                    k += 1;
                    let (a, b) = (spaces[k % 8], spaces[(k / 8) % 8]);
                    let text = format!("{c}{rest}{a}{w}{b}Ali");
                    let want = scan_agrees(
                        &super::QUALIFIED_HEAD_AT,
                        super::qualified_head_end,
                        &text,
                    );
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 200, "{found}");
    }

    /// `located_end` ends where the pattern's match does.
    #[test]
    fn located_end_as_pattern() {
        let cues = [
            "à ",
            "près de ",
            "non  loin\tde\u{a0}",
            "aux environs de ",
            "à",
            "près ",
            "près d'",
            "à proximité d’",
            "à proximité de ",
            "non loin d'",
            "autour de ",
            "autour d’",
            "autour  de",
        ];
        scan_as_pattern(&super::LOCATED_AT, super::located_end, &cues);
        for t in [
            "à Um Kadada",
            "à Um  Kadada-Nord Est1",
            "à Gao-Bamba2",
            "à Gao-Bamba-x Sud",
            "à Gao Bamako2",
            "à Gao Bamako-Nord_",
            "près de Tessalit, hier",
            "à Ed Da",
            "à Kidal\u{2003}Nord",
        ] {
            scan_agrees(&super::LOCATED_AT, super::located_end, t);
        }
    }

    proptest::proptest! {
        #[test]
        fn located_end_as_pattern_anywhere(
            t in "(à|près|de|non|loin|aux|environs|proximité|autour|d')([ \t\u{a0}\u{2003}]|[A-CÉa-cé2_.'’-]|Ω|ω|d'|de|proximité){0,20}",
        ) {
            let want = super::LOCATED_AT.find(&t).map(|m| m.end());
            proptest::prop_assert_eq!(super::located_end(&t), want);
        }
    }

    /// The span of each named group of a regex match, in the order of
    /// `names`.
    fn caps_spans(
        c: &regex::Captures<'_>,
        names: &[&str],
    ) -> Vec<Option<(usize, usize)>> {
        names.iter().map(|n| c.name(n).map(|m| (m.start(), m.end()))).collect()
    }

    /// The same for a match found from an anchor.
    fn found_spans(
        f: &Found<'_>,
        names: &[&str],
    ) -> Vec<Option<(usize, usize)>> {
        names.iter().map(|n| f.name(n).map(|m| (m.start(), m.end()))).collect()
    }

    use super::*;

    /// Calls `f` with `words` joined by single spaces, in a stack buffer when
    /// they are short (these tests run for every candidate).
    fn with_joined<R>(words: &[&str], f: impl FnOnce(&str) -> R) -> R {
        let mut buf = [0u8; 128];
        let mut len = 0;
        for (i, w) in words.iter().enumerate() {
            let sep = usize::from(i > 0);
            if len + sep + w.len() > buf.len() {
                return f(&words.join(" "));
            }
            if sep == 1 {
                buf[len] = b' ';
            }
            buf[len + sep..len + sep + w.len()].copy_from_slice(w.as_bytes());
            len += sep + w.len();
        }
        // Whole words and ASCII spaces: valid UTF-8.
        f(std::str::from_utf8(&buf[..len]).unwrap_or_default())
    }

    /// `is_word_char` answers what the pattern answers, for the chars it
    /// tells without it and a few others.
    #[test]
    fn is_word_char_equals_pattern() {
        let others =
            ['\u{250}', 'ʰ', 'Ω', 'ж', 'ا', '٣', 'Ⅳ', 'ⓐ', '中', '\u{345}'];
        for c in ('\0'..='\u{24f}').chain(others) {
            let want = WORD_CHAR.is_match(c.encode_utf8(&mut [0u8; 4]));
            assert_eq!(is_word_char(c), want, "{c:?}");
        }
    }

    /// `SpanMap` does what a `BTreeMap` from start to (end, entity) did.
    #[test]
    fn span_map_equals_btree_map() {
        let mut map = SpanMap::default();
        let mut want = std::collections::BTreeMap::new();
        let mut x: usize = 7;
        for step in 0..400 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let start = (x >> 33) % 50;
            if step % 5 == 4 {
                map.remove(start);
                want.remove(&start);
            } else {
                map.insert(start, start + step % 7, step);
                want.insert(start, (start + step % 7, step));
            }
            let all: Vec<(usize, usize, usize)> =
                want.iter().map(|(&s, &(e, i))| (s, e, i)).collect();
            assert_eq!(map.0, all);
            for at in 0..52 {
                let got = map.get(at).map(|&(_, e, i)| (e, i));
                assert_eq!(got, want.get(&at).copied());
                let before = want.range(..at).next_back();
                let before = before.map(|(&s, &(e, i))| (s, e, i));
                assert_eq!(map.last_before(at).copied(), before);
                for high in at..52 {
                    let range: Vec<(usize, usize, usize)> = want
                        .range(at..high)
                        .map(|(&s, &(e, i))| (s, e, i))
                        .collect();
                    assert_eq!(map.range(at, high), &range[..]);
                }
            }
        }
    }

    /// `mentions` gives every mention of every entity, sorted, once.
    #[test]
    fn mentions_are_every_mention_sorted() {
        let sorted = |set: &EntitySet| {
            let mut v: Vec<(Span, usize)> = Vec::new();
            for (i, d) in set.drafts.iter().enumerate() {
                v.extend(d.mentions.iter().map(|&m| (m, i)));
            }
            v.sort();
            v
        };
        let draft = || Draft::plain(EntityKind::Place, "x", "town", None);
        let mut set = EntitySet::default();
        for (key, start, end) in [
            ("b", 40, 45),
            ("a", 10, 14),
            ("c", 0, 3),
            ("a", 12, 20),
            ("b", 30, 33),
            ("c", 20, 22),
            ("a", 50, 60),
        ] {
            set.add(key.into(), Span::new(start, end), draft);
        }
        assert_eq!(set.mentions(), sorted(&set));
        set.move_mentions(0, 2);
        assert_eq!(set.mentions(), sorted(&set));
        assert_eq!(set.mentions().len(), 6);
        // `covers` asks every mention, as it did.
        set.add("d".into(), Span::new(25, 25), draft);
        for start in 0..65 {
            for end in start..65 {
                let span = Span::new(start, end);
                let want = sorted(&set).iter().any(|&(m, _)| {
                    m.overlaps(span) || (m.start == start && start == end)
                });
                assert_eq!(set.covers(span), want, "{span:?}");
            }
        }
    }

    /// `starts_with_une` tells what lowercasing the text tells, on texts
    /// of chars whose lowercase is or starts with such a letter.
    #[test]
    fn starts_with_une_as_lowercase() {
        let pieces = [
            "u", "U", "n", "N", "e", "E", " ", "\u{a0}", "İ", "\u{212a}", "Σ",
            "é", "É", "ß", "ẞ", "ǅ", "une ", "UNE ", "Une ", "ﬀ", "x",
        ];
        let mut rng = crate::testgen::XorShift(0x1234_5678_9ABC_DEF1);
        for len in 0..8 {
            for _ in 0..3000 {
                let s = rng.text(&pieces, len);
                let want = s.to_lowercase().starts_with("une ");
                assert_eq!(starts_with_une(&s), want, "{s:?}");
            }
        }
    }

    /// `word_start` finds what a scan of the chars from the end finds.
    #[test]
    fn word_start_equals_char_scan() {
        let scan = |s: &str| {
            s.char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0)
        };
        for s in [
            "",
            "a",
            "de la region d'alep",
            "l'ouest",
            "x-y",
            "près de Ménaka",
            "ville² ",
            "au nord-est de Ⅳ",
            "e\u{301}",
            "foo, 中国",
            "a\u{a0}b",
            "’a",
            "'",
        ] {
            assert_eq!(word_start(s), scan(s), "{s:?}");
        }
    }

    /// The words [`sports_word`] knows: of sports reporting, the strong
    /// ones hardly occurring elsewhere.
    const SPORTS_STRONG: &[&str] = &[
        "football",
        "championnat",
        "selectionneur",
        "buteur",
        "penalty",
        "derby",
        "entraineur",
        "footballeur",
        "basket",
    ];
    const SPORTS_WEAK: &[&str] = &[
        "match",
        "matchs",
        "stade",
        "qualifie",
        "qualification",
        "finale",
        "supporteurs",
        "supporters",
        "gardien",
        "ligue",
        "coupe",
        "equipe",
        "victoire",
        "score",
        "but",
        "buts",
    ];

    /// `sports_word` knows the words of the lists and no others, and
    /// `is_sports_story` counts what a split on non-alphanumeric chars
    /// gives.
    #[test]
    fn sports_words_and_story() {
        for w in SPORTS_STRONG {
            assert_eq!(sports_word(w.as_bytes()), Some(true), "{w}");
        }
        for w in SPORTS_WEAK {
            assert_eq!(sports_word(w.as_bytes()), Some(false), "{w}");
        }
        for w in ["", "matc", "matchss", "Match", "but ", "coupes"] {
            assert_eq!(sports_word(w.as_bytes()), None, "{w}");
        }
        for w in SPORTS_STRONG {
            assert!(SPORTS_STRONG_PARTS.iter().any(|p| w.contains(p)), "{w}");
        }
        let split = |t: &str| {
            let (mut strong, mut weak) = (0, 0);
            for w in t.split(|c: char| !c.is_alphanumeric()) {
                if SPORTS_STRONG.contains(&w) {
                    strong += 1;
                } else if SPORTS_WEAK.contains(&w) {
                    weak += 1;
                }
            }
            strong >= 2 && strong + weak >= 5
        };
        for t in [
            "football derby match but buts",
            "football derby match but butsé",
            "football derbyé match but buts",
            "football-derby,match but\u{a0}buts",
            "football derby match but ébuts",
            "football derby match but 中buts",
            "football derby match but ²buts",
            "football derby match but buts²",
            "football derby match but —buts—",
            "football derby match but buts_",
            "footballeur buteur match but buts",
            "footballeurs buteurs match but buts",
            "basket penaltys match but buts",
            "match but buts stade coupe",
            "",
            "but",
        ] {
            assert_eq!(is_sports_story(t), split(t), "{t:?}");
        }
    }

    /// `ends_with_cue` finds what trying every cue after every tail finds.
    #[test]
    fn ends_with_cue_equals_all_pairs() {
        let slow = |words: &[&str], cues: &[&str]| {
            let joined = words.join(" ");
            CUE_TAILS.iter().any(|tail| {
                let Some(head) = joined.strip_suffix(tail) else {
                    return false;
                };
                cues.iter().any(|cue| {
                    head.strip_suffix(cue).is_some_and(|h| {
                        let h = h.strip_suffix("l'").unwrap_or(h);
                        h.is_empty() || h.ends_with(' ') || *tail == " d'"
                    })
                })
            })
        };
        for cues in [ADMIN_CUES, SETTLEMENT_CUES] {
            assert!(cues.iter().all(|c| !c.contains(' ') && !c.is_empty()));
        }
        let words = [
            "province",
            "provinces",
            "de",
            "la",
            "l'",
            "d'",
            "du",
            "des",
            "ville",
            "xville",
            "xprovince",
            "chef-lieu",
            "lieu",
            "etat",
            "l'etat",
            "l'xetat",
            "region",
            "a",
            "",
        ];
        for a in words {
            for b in words {
                for c in words {
                    for n in 0..=3 {
                        let all = [a, b, c];
                        let w = &all[3 - n..];
                        for cues in [ADMIN_CUES, SETTLEMENT_CUES] {
                            assert_eq!(
                                ends_with_cue(w, cues),
                                slow(w, cues),
                                "{w:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// `has_place_prep` finds what trying every entry of [`PLACE_PREPS`]
    /// on the joined words finds.
    #[test]
    fn has_place_prep_equals_joined_suffixes() {
        let slow = |words: &[&str]| {
            with_joined(words, |joined| {
                PLACE_PREPS.iter().any(|p| {
                    joined.strip_suffix(p).is_some_and(|h| {
                        h.is_empty() || h.ends_with(' ') || p.ends_with('\'')
                    })
                })
            })
        };
        let mut words: Vec<&str> = vec!["", "x", "xde", "d'", "l'", "xpres"];
        for p in PLACE_PREPS {
            words.extend(p.split(' '));
        }
        words.sort_unstable();
        words.dedup();
        for a in &words {
            for b in &words {
                for c in &words {
                    for n in 0..=3 {
                        let all = [*a, *b, *c];
                        let w = &all[3 - n..];
                        assert_eq!(has_place_prep(w), slow(w), "{w:?}");
                    }
                }
            }
        }
    }

    /// `place_key` and `actor_key` build what `format!` built, for every
    /// row of the embedded gazetteer, and `counted_key` for any start.
    #[test]
    fn keys_equal_format() {
        let gaz = crate::gazetteer::Gazetteer::embedded().unwrap();
        for r in gaz.rows() {
            let country = r.country.as_deref().unwrap_or("");
            let name = fold_key(&r.canonical);
            let place = format!("place:{}:{}:{}", r.subkind, country, name);
            assert_eq!(place_key(r), place);
            assert_eq!(actor_key(r), format!("actor:{country}:{name}"));
        }
        for n in [0, 7, 10, 99, 12_345, usize::MAX] {
            assert_eq!(counted_key(n), format!("counted:{n}"));
        }
    }

    /// `trim_end_ws` trims what `trim_end` trims.
    #[test]
    fn trim_end_ws_equals_trim_end() {
        for t in [
            "",
            " ",
            "a \t\n\r\x0b\x0c",
            "a\u{a0}",
            "a\u{2003} \u{202f}",
            "a\u{85}",
            "é\u{3000}",
            "a\x1c",
            "a\u{200b}",
            " \u{a0} ",
        ] {
            assert_eq!(trim_end_ws(t), t.trim_end(), "{t:?}");
            let r: String = t.chars().rev().collect();
            assert_eq!(trim_start_ws(&r), r.trim_start(), "{r:?}");
        }
    }

    /// `Words::before` holds what `words_before` gives.
    #[test]
    fn words_equal_words_before() {
        for t in [
            "",
            "  ",
            "a la region d'alep, pres de",
            "fin. de la ville de",
            "(ville de",
            "x-y z",
            "l'etat du\n",
            "un deux trois quatre cinq six",
            "é\u{301}e ² a",
            "la ville de la region de l'etat d'alep pres d'idleb",
            "au sud de la province du cercle des villages de l'ouest",
            "le district de la, la region de l', x pres d', l'etat de la",
        ] {
            for end in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                for n in 0..=4 {
                    let w = Words::before(t, end, n);
                    assert_eq!(&*w, &words_before(t, end, n)[..], "{t:?}");
                }
                // The tests of a hit read the same of the fewer words.
                let (all, hit) =
                    (Words::before(t, end, 3), Words::before_hit(t, end));
                assert!(all.ends_with(&hit), "{t:?} {end}");
                assert_eq!(all.last(), hit.last());
                assert_eq!(has_place_prep(&all), has_place_prep(&hit));
                for cues in [ADMIN_CUES, SETTLEMENT_CUES] {
                    assert_eq!(
                        ends_with_cue(&all, cues),
                        ends_with_cue(&hit, cues),
                        "{t:?} {end}"
                    );
                }
            }
        }
    }

    /// `said_persons` gives what `captures_iter` gives for the pattern
    /// (whose roles grew with "bénévole" and the other roles of people
    /// quoted), but for the cue before one name word that `said_at`
    /// tells apart (the integration tests hold that case).
    #[test]
    fn said_persons_equal_captures_iter() {
        let original = r"(?:(?-u:\b)(?:a|ont)\s+(?:déclaré|indiqué|affirmé|précisé|annoncé|expliqué|ajouté|confié|dit|assuré|souligné|raconté|témoigné|dénoncé|estimé)\s+(?:(?:à\s+(?:l'|l’)?|au\s+)[\p{{Lu}}][\p{{L}}\p{{N}}]*\s+)?|(?-u:\b)(?:selon|d'après|d’après|Selon|D'après|D’après)\s+)(?P<name>{NAME})|(?P<name2>{NAME}),\s+(?:(?:le|la|l'|l’|un|une|ancien|ancienne|nouveau|nouvelle)\s+)?(?:porte-parole|responsable|chef|ministre|président|présidente|directeur|directrice|gouverneur|commandant|coordinateur|coordinatrice|représentant|représentante|maire|préfet|secrétaire|député|sélectionneur|fondateur|cadre|membre|habitant|habitante|témoin|militant|militante|analyste|chercheur|chercheuse|expert|experte|médecin|imam|émir|dirigeant|leader|bénévole|correspondant|correspondante|journaliste|enseignant|enseignante|commerçant|commerçante|notable|infirmier|infirmière|pasteur|prêtre|agriculteur|éleveur|officier|survivant|survivante|rescapé|rescapée|étudiant|étudiante|chargé|chargée|coordonnateur|coordonnatrice|secouriste|cultivateur|cultivatrice|paysan|paysanne)(?:[^\p{{L}}\p{{N}}_]|$)";
        let original = original
            .replace("{NAME}", NAME)
            .replace("{{", "{")
            .replace("}}", "}");
        assert_eq!(said_body(), original);
        assert!(SAID_TAIL.contains(&format!("(?:{SAID_ROLES})")));
        let full = Regex::new(&original).unwrap();
        let texts = [
            "a déclaré Hussein al-Tawil, responsable local",
            "Hussein al-Tawil, responsable local, a déclaré Jean Dupont",
            "selon Jean Dupont, porte-parole. D'après Marie Curie, la ministre",
            "d’après Jean Dupont Durand Martin Petit, le chef",
            "Jean Pierre Paul Marc Luc, porte-parole; McDonald Smith, cadre",
            "ta déclaré Jean Dupont, éa déclaré Jean Dupont, 2ont dit Ahmed \
             Ould Mohamed, _selon Jean Dupont, xselon Jean Dupont",
            "ont\u{a0}affirmé\u{2003}Abou Bakr al-Baghdadi, un émir",
            "Jean Dupont,  responsablement, Jean Dupont, responsable",
            "Jean Dupont, présidente, Jean Dupont, présidentes de",
            "Jean, chef. Jean Dupont,\nchef\nÉric Chelle, sélectionneur",
            "a dit Jean Dupont, chef, a dit Éric Chelle, expert",
            "Jean Dupont, chef",
            ", chef",
            "a dit Jean",
            "",
            "Jean Dupont,\u{a0}le chef; Jean Dupont,le chef; Jean Dupont, \
             lea chef; Jean Dupont, une  chef, Jean Dupont,\n\tnouvelle\u{2003}\
             responsable",
            "Jean Dupont, l’ chef, Jean Dupont, l'analyste, Jean Dupont, \
             chefs, Jean Dupont, le, chef, Jean Dupont, ancienne ministre",
            "a déclaré Jean-Pierre de La Fontaine-Durand Martin Petit, le \
             chef, Jean d'Arc Dupont, chef, D'Ali Hassan, chef, Jean \
             al-Qaida ben Laden, émir, Jean  Dupont, chef",
            "Jean\u{a0}Dupont, chef, Jean Dupont-smith Jr, chef, Jean \
             Dupont-, chef, selon Jean de  Gaulle, chef, a dit Jean Du \
             Pont ould Ahmed, expert",
            "Jean Dupont Durand Martin Petit Leroy, chef; ont dit Jean \
             Dupont Durand Martin Petit Leroy, selon Ali Ba, d'après \
             Ali ba-Ali, a précisé Ali Ba’ath Ould, a  dit  Ali  Ba",
            "éselon Jean Dupont, œd'après Jean Dupont, Ød’après Jean \
             Dupont, ×selon Jean Dupont, ÿselon Jean Dupont, éa dit Jean \
             Dupont, é a dit Jean Dupont, àont dit Jean Dupont, é",
            "chef Jean Dupont, chef chef, Ali Ba, le chef et expert, Jean \
             Dupont, la chef, expert Ali, Ba, membre, Jean, Paul, , chef",
            "Jean Dupont, xchef, Jean Dupont, le le chef, Jean Dupont, \
             leader, Jean Dupont, leaders, Jean Dupont, émir; Jean Dupont, \
             Émir, Jean Dupont, porte-parole",
        ];
        let names = ["name", "name2"];
        for text in texts {
            let want: Vec<Vec<Option<(usize, usize)>>> = full
                .captures_iter(text)
                .map(|c| caps_spans(&c, &names))
                .collect();
            let got: Vec<Vec<Option<(usize, usize)>>> =
                said_persons(text, &LitHits::scan(text))
                    .map(|c| found_spans(&c, &names))
                    .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The facility pattern with the class in front is the one
    /// `add_facilities` always searched for.
    #[test]
    fn facility_body_is_the_leading_class_pattern() {
        let original = r"(?x)
        (?:^|[^\p{L}\p{N}_])(?:(?P<art>[Ll]e|[Ll]a|[Ll]['’])|(?:[Uu]ne?|[Dd]u|[Aa]u|[Ss]on|[Ss]a|[Cc]ette|[Cc]e)\s)\s*
        (?P<noun>camp\ militaire|base\ militaire|base\ aérienne|base\ navale|base|poste\ militaire|poste\ avancé|
           poste|caserne|garnison|position|camp|aéroport|école\ de\ gendarmerie|école\ militaire|frontière|
           détachement\ militaire|détachement)
        (?:[^\p{L}\p{N}_]|$)";
        // The class in front is what `after_non_word_at` checks; the
        // rest is the body, but for insignificant whitespace.
        let body = original.replacen(r"(?:^|[^\p{L}\p{N}_])", " ", 1);
        let words =
            |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words(&body), words(FACILITY_BODY));
    }

    /// `LitHits::scan` finds, at every place that starts a word, the
    /// literal a leftmost-first search for each family's alternation
    /// finds there, and no literal elsewhere that is not one.
    #[test]
    fn lit_hits_equal_regex_literals() {
        let texts = [
            "Le général Souheil al-Hassan, le colonel-major Maïga, M. Diallo",
            "Par Ahmed\nPar ailleurs, Mme Traoré, Dr Mukwege, le Dr. X",
            "xgénéral égénéral _général 2général ²général ’général «général",
            "œgénéral Œgénéral ×général ÷général \u{a0}général Ⅳgénéral",
            "e\u{301}général ªgénéral 中général اgénéral \u{200b}général",
            "le village de Kuriga, la sous-préfecture de Tonka, villages",
            "la localité, les localités, l'aéroport, l’école, une église",
            "à Paris, près de Gao, non loin, aux environs, àà, Là, déjà",
            "le réalisateur israélien, la Présidente, Premier ministre X",
            "sœur, frère, nièce, épouse, époux, veuve, fils, neveu, Envoyé",
            "",
            "à",
            "M",
            "Émissaire, émissaire, Écrivain, École, Église, É",
            "la base, une école, un camp, cette caserne, ce poste, Sa, sa",
            "l’aéroport, L'aéroport, du camp, au camp, son camp, unecamp",
            "X, le chef, Y, présidente, porte-parole, émir, chercheuse",
            "a dit, selon, éselon, œd'après, Ød’après, ×selon, ditdit, \
             dénoncé ont estimé, d'après, d’après, xselon",
        ];
        let families = [
            (TITLE_FAMILY, &*TITLES),
            (ROLE_FAMILY, &*QUALIFIED_ROLE),
            (CUE_FAMILY, &*CUE_WORDS),
            (LOCATED_FAMILY, &*LOCATED_WORDS),
            (ARTICLE_FAMILY, &*FACILITY_ARTICLE_WORDS),
            (SAID_ROLE_FAMILY, &*SAID_ROLE_WORDS),
            (SAID_CUE_FAMILY, &*SAID_WORDS),
        ];
        for text in texts {
            let hits = LitHits::scan(text);
            for (family, re) in families {
                let at = |p: usize| {
                    re.find_at(text, p)
                        .filter(|m| m.start() == p)
                        .map(|m| m.end())
                };
                let starts_word = |p: usize| {
                    text[..p]
                        .chars()
                        .next_back()
                        .map_or(true, |c| !is_word_char(c))
                };
                let want: Vec<(usize, usize)> = (0..text.len())
                    .filter(|&p| text.is_char_boundary(p) && starts_word(p))
                    .filter_map(|p| at(p).map(|e| (p, e)))
                    .collect();
                let got = hits.of(family);
                for &(p, e) in got {
                    assert_eq!(at(p), Some(e), "{text:?} {p}");
                }
                let got: Vec<(usize, usize)> = got
                    .iter()
                    .copied()
                    .filter(|&(p, _)| starts_word(p))
                    .collect();
                assert_eq!(got, want, "{text:?} family {family}");
            }
        }
    }

    /// `after_non_word_at` gives what the pattern with the class in
    /// front gives.
    #[test]
    fn after_non_word_at_equals_leading_class() {
        let texts = [
            "Le général Souheil al-Hassan, le colonel-major Abdoulaye Maïga",
            "général Jean Dupont",
            "Par Ahmed Ould Mohamed\nPar ailleurs, M. Diallo et Mme Traoré",
            "le Ministre de la Défense Sadio Camara, le ministre Camara",
            "son épouse, Asma et son fils Hafez, sa sœur\u{a0}Bouchra",
            "xgénéral Jean, égénéral Jean, _général Jean, 2général Jean",
            "généralgénéral Jean Paul général Jean général Jean",
            "le porte-parole du gouvernement Abdoulaye Maïga",
            "le lieutenant-colonel Jean, le brigadier-général Paul, le \
             ministre des Affaires étrangères Lavrov, le ministre de \
             l'Intérieur Bruno, le porte-parole de l'armée Jean, \
             l'émissaire onusien Jean, le responsable local Jean, le \
             ministre de la Justice Jean, le chef de l'État Jean, le \
             général-major Jean, le colonel-majorX Jean, le Colonel-major Y",
            "le porte-parole, Abdoulaye Maïga; l'imam\tMahmoud Dicko",
            "le Ministre de la Défenses Jean, le gouverneur régionale Jean, \
             le responsable locale Jean, le général ,Jean, le général,  \
             Jean, le général régional, Jean, le porte-parole de l'armée, \
             Jean, le ministre de l'Intérieur  Jean A. B., le juge J. K.",
            "le colonel-major régional Jean, le brigadier-générale Jean, \
             l'émissaire onusienne Jean, le chef militaire  Ali al-Ali \
             ben-Ali Ba Bo Bi, Par Ali-ba, M. A.",
            "le chef Abou Bakr al-Baghdadi Ibn Zayd Musa Kamal",
            "le président\u{2003}Macron, le président  ,  Macron",
            "M. Macron M.Macron M.  A. Macron Dr. Dr Jean Dr A.",
            "le village de Kuriga, la ville de Gao, le camp de déplacés \
             Kalma, la sous-préfecture de Tonka, la préfecture Kara",
            "villages Diallo hameauxKoro ville Sévaré, villageKidal \
             village d'Ouani, village d’Al-Qods, camp al-Hol et Ar-Raqqa",
            "quartier Bagdadji\u{a0}à Mopti’commune Rural, cité Ben Amar ag \
             Diallo de Kidal",
            "la base militaire de Tessalit, la base Tessalit, poste \
             militaire de Boni, le poste Boni, baseBoni base\nBoni",
            "Noëlville Gao éville Gao ²ville Gao Ⅳville Gao اville Gao",
            "",
            "à",
            "village",
            "Par",
            "le réalisateur israélien Ari Folman, le sélectionneur \
             malien Éric Chelle",
            "Le Président malien Assimi Goïta, xChef malien Assimi Goïta \
             éChef malien Assimi Goïta, chef\u{a0}ªmalien Assimi Goïta",
            "le ministre   burkinabè\nJean Pierre, le Premier ministre \
             malien Choguel Maïga Kokalla, l'imam syrien Abou Bakr al-Baghdadi",
            "le réalisateur israélien Ari Folman-Durand de La Fontaine \
             Martin Petit, le ministre malien  Jean, le joueur \
             camerounaisxe Jean Paul, le chef mali Jean Paul, le chef \
             maliene Jean Paul, le chef malien Jean, le chef é Jean Paul",
            "le chef malien\u{a0}Jean Paul, le chef malien Jean-paul Ba, \
             le chef malienne Ali al-Ali ben Ali, le chef ienne Ali Ba",
            "à Paris à Lyon, près de Gao",
            "à Paris-Lyon X, à Gao-ville, à Gaoⓐ, à Paris Lyon2, à \
             Paris\u{a0}Lyon, à Paris-Lyon-Nord Est-Ouest. à Paris",
            "À Paris, près  de\nGao-Ville, non loin de Kidal Nord; aux \
             environs de Mopti2 à Mopti_ à Mopti",
            "Noëlà Tessalit éà Ménaka _à Gao 2à Gao ²à Gao Ⅳà Gao à Ga",
            "e\u{301}à Gao \u{200b}à Gao ǅà Gao ªà Gao اà Gao 中à Gao",
            "à\u{a0}Bamako à\u{2003}Bamako à Bamako-ville à Bamako-Ville à",
            "près Gao, aux Gao, non Gao, à  Gao Kidal Mopti, à  gao",
            "le camp de déplacés de Kalma, la base militaire d’Al-Qods, \
             la ville\n\n  de  Gao, la commune rurale de Gao, le camp \
             al-Hol, la localités de Bol, le hameaux de Koro, la ville, \
             Gao; la ville 2 Gao, la ville de la région de l'extrême \
             nord-est du pays de Nord Kivu, la ville d’«Gao»",
            "le camp de réfugiés de Mbera, la base militaire\u{a0}Kati, le \
             camp de déplacésX Kalma, le camp de déplacés, la base \
             militaires Gao, le poste militaire d'Ali, la ville de  de \
             Gao, la ville du\tNord, la ville de\u{2003}Gao, la ville \
             d’Al-Qods, la ville deGao, la ville du Gao, la ville \
             d'al-Qods, la cité al-Amal, le camp de réfugiés Mbera, le \
             camp de Déplacés, la base Militaire Kati, la base  \
             militaire Kati, le camp\u{a0}de déplacés Kalma, ville De Gaulle",
            "la base de Bohoma, la base 101, le camp, la position, \
             l'aéroport, l’école de gendarmerie, la frontière, une base \
             navale, un poste avancé, son camp militaire, cette caserne",
            "lacaserne Lebase l'  aéroport une\u{a0}\u{2003}position \
             un\ncamp uncamp unecamp ce camp cecamp cette  garnison \
             Cettebase du poste militaires au poste militaire2 Sa base_",
            "xla base éla base _la base 2la base ²la base œla base \
             ×la base ÷la base Ⅳla base اla base 中la base \u{200b}la base",
            "la base la base-la base, la basela base\nla base. La Base, \
             LA BASE, la basé, la frontières, la frontière",
            "e\u{301}la base ªla base ǅla base la",
        ];
        let qualified = qualified_body();
        let titled = titled_body();
        let pairs: [(&str, usize, MatchAt, fn(&str, usize, usize) -> bool);
            5] = [
            (&titled, TITLE_FAMILY, titled_at, title_may_match),
            (CUED_BODY, CUE_FAMILY, cued_at, cue_may_match),
            (LOCATED_BODY, LOCATED_FAMILY, located_at, located_may_match),
            (&qualified, ROLE_FAMILY, qualified_at, role_may_match),
            (FACILITY_BODY, ARTICLE_FAMILY, facility_at, facility_may_match),
        ];
        for (body, family, match_at, may) in pairs {
            let full = Regex::new(&format!(r"(?:^|[^\p{{L}}\p{{N}}_]){body}"))
                .unwrap();
            let names: Vec<&str> = full.capture_names().flatten().collect();
            for text in texts {
                let want: Vec<Vec<Option<(usize, usize)>>> = full
                    .captures_iter(text)
                    .map(|c| caps_spans(&c, &names))
                    .collect();
                let hits = LitHits::scan(text);
                let got: Vec<Vec<Option<(usize, usize)>>> =
                    after_non_word_at(hits.of(family), match_at, text, may)
                        .map(|c| found_spans(&c, &names))
                        .collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
        // No title starts another: the end of the title found is the
        // end of the only one there.
        for list in [TITLE_WORDS, QUALIFIED_ROLES] {
            let words: Vec<String> = list
                .split('|')
                .flat_map(|w| match w.strip_prefix('[') {
                    Some(r) => {
                        let (cs, rest) = r.split_once(']').unwrap();
                        cs.chars().map(|c| format!("{c}{rest}")).collect()
                    }
                    None => vec![w.replace(r"\.", ".")],
                })
                .collect();
            for a in &words {
                for b in &words {
                    assert!(a == b || !b.starts_with(a.as_str()), "{a} {b}");
                }
            }
        }
    }
}

/// A word of an organisation's name that its acronym skips.
fn is_name_glue(w: &str) -> bool {
    matches!(
        w,
        // "Tehreek-e-Jihad", "Lashkar-e-Taiba".
        "e" | "de"
            | "des"
            | "du"
            | "d"
            | "la"
            | "le"
            | "les"
            | "l"
            | "pour"
            | "et"
            | "en"
            | "a"
            | "au"
            | "aux"
            | "sur"
            | "contre"
            | "of"
            | "the"
            | "and"
            | "for"
    )
}

/// "CCAT", "FACa", "CNDDR": two to ten letters, the first two capitals,
/// none of them after a lower-case letter but the last.
fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    if !(2..=10).contains(&n) || !s.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    let lower = s.chars().filter(|c| c.is_lowercase()).count();
    let mut cs = s.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_some_and(char::is_uppercase)
        && (lower == 0
            || lower == 1 && s.chars().last().is_some_and(char::is_lowercase))
}

/// "Conasur", "Minusma": an acronym written as a word, four to ten
/// letters, the first a capital and the others small.
fn is_word_acronym(s: &str) -> bool {
    let mut cs = s.chars();
    (4..=10).contains(&s.chars().count())
        && cs.next().is_some_and(char::is_uppercase)
        && cs.all(|c| c.is_lowercase())
}

/// Where the name before `end` starts whose words' initials, but for
/// the words of glue, spell `letters` (folded, lower-case): the head
/// word of the name is capitalized. Twelve words at most, within a
/// clause.
fn initials_start(text: &str, end: usize, letters: &[char]) -> Option<usize> {
    let mut j = letters.len();
    let mut words = 0;
    let mut p = end;
    while j > 0 && words < 16 {
        // Spaces and commas between words.
        let (w_start, w_end) =
            word_back(text, p, |c| matches!(c, b' ' | b','))?;
        words += 1;
        let w = fold_key(&text[w_start..w_end]);
        p = w_start;
        if is_name_glue(&w) {
            continue;
        }
        if !w.starts_with(letters[j - 1]) {
            return None;
        }
        j -= 1;
        if j == 0 {
            let head = &text[w_start..w_end];
            return head.starts_with(char::is_uppercase).then_some(w_start);
        }
    }
    None
}

/// The word that ends at byte `p` of `text` or before it, past the bytes
/// `gap` accepts and past an elided article's apostrophe, a hyphen or a
/// no-break space joining words: its start and end, or `None` at any
/// other mark (the clause ends there).
fn word_back(
    text: &str,
    mut p: usize,
    gap: impl Fn(u8) -> bool,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    loop {
        while p > 0 && gap(b[p - 1]) {
            p -= 1;
        }
        let w_end = p;
        let w_start = text[..w_end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric())
            .last()
            .map_or(w_end, |(i, _)| i);
        if w_start < w_end {
            return Some((w_start, w_end));
        }
        let c = text[..w_end].chars().next_back()?;
        if !matches!(c, '\'' | '’' | '-' | '\u{a0}') {
            return None;
        }
        p = w_end - c.len_utf8();
    }
}

/// Where the name before `end` starts that a capitalized head word of a
/// body opens ("Centre", "Mission", "Matrice" …, as
/// [`acronym_body_kind`] reads them), fourteen words at most, within a
/// clause (no comma or other mark between).
fn headed_start(text: &str, end: usize) -> Option<usize> {
    let mut p = end;
    for _ in 0..14 {
        let (w_start, w_end) = word_back(text, p, |c| c == b' ')?;
        p = w_start;
        let head = &text[w_start..w_end];
        if head.starts_with(char::is_uppercase)
            && acronym_body_kind(&fold_key(&text[w_start..end])).is_some()
            && BODY_HEADS.contains(&fold_key(head).as_str())
        {
            return Some(w_start);
        }
    }
    None
}

/// Head words of bodies that may open a name its acronym does not spell.
const BODY_HEADS: &[&str] = &[
    "centre",
    "mission",
    "matrice",
    "bureau",
    "commission",
    "comite",
    "conseil",
    "cellule",
    "unite",
    "direction",
    "agence",
    "observatoire",
    "programme",
    "fonds",
    "office",
    "front",
    "mouvement",
    "coalition",
    "alliance",
    "conference",
    // "Forces de défense du peuple (PDF)", "Forces de soutien rapide
    // (RSF)", "Armée de libération nationale (ELN)": names of armed
    // bodies whose acronym is English or Spanish.
    "forces",
    "force",
    "armee",
    "brigades",
    "groupe",
    "organisation",
    "parti",
    "union",
    // "Syndicat national des policiers haïtiens (Synapoha)".
    "syndicat",
    "association",
    "ligue",
    "collectif",
    "reseau",
    "federation",
    "institut",
];

/// Heads of councils, agencies and the like: the state's when the name
/// says so ("Comité national de …"), else bodies of civil society.
const COUNCIL_HEADS: &[&str] = &[
    "comite",
    "commission",
    "conseil",
    "agence",
    "cellule",
    "autorite",
    "institut",
    "centre",
];

/// The kind of body a name introduced with an acronym is, from its head
/// word and, for councils and agencies, whether it is the state's.
fn acronym_body_kind(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let head = *words.first()?;
    let has = |w: &str| words.contains(&w);
    let national = has("national")
        || has("nationale")
        || has("republique")
        || has("etat")
        || has("gouvernement");
    Some(match head {
        "armee" if has("liberation") || has("resistance") => "armed_group",
        "armee" | "bataillon" | "brigade" | "garde" | "gendarmerie"
        | "police" | "commandement" | "escadron" | "regiment"
        | "groupement" | "direction" | "directeurs" | "directeur" => {
            "state_force"
        }
        "forces"
            if has("armees")
                || has("defense")
                || has("securite")
                || has("speciales") =>
        {
            "state_force"
        }
        "force"
            if has("multinationale")
                || has("internationale")
                || has("regionale")
                || has("conjointe")
                || has("africaine") =>
        {
            "intl_org"
        }
        "front" | "mouvement" | "groupe" | "coalition" | "alliance"
        | "coordination" | "milice" | "milices" | "brigades" | "forces"
        | "force" | "resistance" => "armed_group",
        // "Tehreek-e-Jihad Pakistan (TJP)", "Jaish al-Adl".
        "tehreek" | "tehrik" | "jaish" | "lashkar" | "harakat" | "hayat"
        | "jamaat" | "jabhat" | "katiba" | "liwa" | "saraya" | "ansar" => {
            "armed_group"
        }
        "agence" if has("presse") || has("information") => "media",
        // "la Matrice de suivi des déplacements (DTM)" of the IOM.
        "matrice" => "intl_org",
        "unite" => "state_force",
        "radio" | "journal" | "television" | "quotidien" => "media",
        "ministere" | "secretariat" | "prefecture" | "gouvernorat"
        | "presidence" | "haut" | "division" | "office" => "government",
        h if COUNCIL_HEADS.contains(&h) && national => "government",
        "mission" | "programme" | "fonds" | "bureau" | "organisation"
            if has("nations")
                || has("internationale")
                || has("mondiale")
                || has("onu")
                || has("multidimensionnelle")
                || has("integree") =>
        {
            "intl_org"
        }
        h if COUNCIL_HEADS.contains(&h) => "other",
        "observatoire" | "reseau" | "association" | "ligue" | "collectif"
        | "syndicat" | "plateforme" | "parti" | "federation"
        | "confederation" | "fondation" | "union" | "rassemblement"
        | "conference" | "organisation" | "mission" | "convention"
        | "congres" => "other",
        _ => return None,
    })
}

/// A unit named by its number: "la 103e brigade", "les éléments du 11e
/// bataillon", "la 6e division d'infanterie", "la 1ère zone de défense".
static NUMBERED_UNIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)\d{1,4}\s?(?:e|ème|eme|er|re|ère|ere)\s+
        (?:brigade|bataillon|division|régiment|compagnie|escadron|
           groupement|légion|corps\ d['’]armée|zone\ de\ défense|
           zone\ militaire|région\ militaire|secteur)
        (?:\ d['’](?:infanterie|intervention(?:\ rapide)?|artillerie|élite)|
           \ de\ (?:gendarmerie|commandos?|parachutistes|marines|montagne|
                  réaction\ rapide|forces\ spéciales)|
           \ (?:mécanisée|motorisée|blindée|aéroportée|parachutiste|
                d['’]assaut|d['’]infanterie))?
        (?-u:\b)",
    )
    .expect("unit pattern is valid")
});

/// Units named by their number are forces of their own ([`NUMBERED_UNIT`]);
/// a gazetteer row that names one ("7e brigade", a Libyan militia) keeps
/// it.
fn add_numbered_units(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let found: Vec<Span> = NUMBERED_UNIT
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .filter(|&s| {
            !ctx.skip.is_some_and(|k| k.overlaps(s)) && !set.covers(s)
        })
        .collect();
    // One merge into the span map: a run-on text may name a unit
    // thousands of times.
    let items: Vec<(Span, usize)> = found
        .into_iter()
        .map(|span| {
            let name = text[span].to_string();
            let key = ["unit:", &fold_key(&name)].concat();
            let e = set.entity(key, || {
                Draft::plain(
                    EntityKind::Actor,
                    name.clone(),
                    "state_force",
                    None,
                )
            });
            (span, e)
        })
        .collect();
    set.add_all(&items);
}

/// Bodies introduced with their acronym in brackets: "la Cellule de
/// coordination des actions de terrain (CCAT)" is an actor, and so is
/// each later "CCAT"; after a known body's name ("les Forces armées
/// centrafricaines (FACa)"), the acronym and its later uses join it.
/// The initials of the name must spell the acronym.
fn add_acronym_bodies(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let b = text.as_bytes();
    // Each acronym is read at its first definition, which links its later
    // uses: a text that defines it again and again costs no more.
    let mut seen: Vec<&str> = Vec::new();
    for open in memchr::memchr_iter(b'(', b) {
        let Some(len) = b[open + 1..].iter().take(12).position(|&c| c == b')')
        else {
            continue;
        };
        let acr_span = Span::new(open + 1, open + 1 + len);
        let acr = &text[acr_span];
        // "(Conasur)", "(Synapoha)": an acronym written as a word is read
        // only after a body's head word.
        let word_like = is_word_acronym(acr);
        if !(is_acronym(acr) || word_like)
            || ctx.skip.is_some_and(|s| s.overlaps(acr_span))
            || seen.contains(&acr)
        {
            continue;
        }
        if seen.len() >= 64 {
            break;
        }
        seen.push(acr);
        // An acronym read as another body of that acronym ("FDS", of
        // Syria's Forces démocratiques syriennes or of the Sahel's forces
        // de défense et de sécurité): the name before it says which.
        let read_as = if set.covers(acr_span) {
            let Some(&(s, e, j)) = set.spans.last_before(acr_span.end) else {
                continue;
            };
            let only_acronym = Span::new(s, e) == acr_span
                && set.drafts[j].kind == EntityKind::Actor
                && set.drafts[j].mentions.iter().all(|m| &text[*m] == acr);
            if !only_acronym {
                continue;
            }
            Some(j)
        } else {
            None
        };
        // The initials are the capitals ("FACa": Forces armées
        // centrafricaines).
        let capitals: String =
            acr.chars().filter(|c| c.is_uppercase()).collect();
        let letters: Vec<char> = fold_key(&capitals).chars().collect();
        let end = text[..open].trim_end().len();
        // A name whose initials do not spell the acronym (a foreign one,
        // "Centre conjoint d'information maritime (JMIC)", or a shortened
        // name, "Mission des Nations unies en Centrafrique (MINUSCA)")
        // still defines it when a body's head word opens it.
        let initials =
            if word_like { None } else { initials_start(text, end, &letters) };
        let (start, by_head) = match initials {
            Some(s) => (s, false),
            None => match headed_start(text, end) {
                Some(s) => (s, true),
                None => continue,
            },
        };
        let name = Span::new(start, end);
        if let (true, Some(j)) = (by_head, read_as) {
            // The name joins the known body, and what the name holds
            // (a country, the UN) is part of it.
            let inside = |d: &Draft, e: usize| {
                e <= name.end
                    && (d.kind == EntityKind::Place || d.subkind == "intl_org")
            };
            if !set.covers(name)
                || set.drop_where(name, |d, e, _| inside(d, e))
            {
                set.add_to(j, name);
            }
            continue;
        }
        // A known body whose name ends there.
        let known = set.spans.last_before(end).and_then(|&(s, e, i)| {
            (e == end && s >= start && set.drafts[i].kind == EntityKind::Actor)
                .then_some(i)
        });
        if let Some(j) = read_as {
            if let Some(i) = known.filter(|&i| i != j) {
                set.move_mentions(j, i);
            }
            continue;
        }
        let e = match known {
            Some(i) => i,
            None => {
                let folded_name = fold_key(&text[name]);
                let Some(subkind) = acronym_body_kind(&folded_name) else {
                    continue;
                };
                // Places inside the name are part of it ("Front de
                // libération du Macina"), and so is the UN in a mission's
                // ("Mission … des Nations unies en Ukraine (HRMMU)").
                // (So is a bare head read as a body of its own: "les
                // Forces républicaines de Côte d'Ivoire (FRCI)".)
                // (And so is the head word read as a generic body:
                // "Mouvement" in "Mouvement pour la paix et la justice
                // (MPJ)".)
                let head_end =
                    name.start + text[name].find(' ').unwrap_or(name.len());
                if set.covers(name)
                    && !set.drop_where(name, |d, e, _| {
                        e <= name.end
                            && (d.kind == EntityKind::Actor
                                && d.subkind != "person"
                                && e <= head_end
                                || d.kind == EntityKind::Place
                                || subkind == "intl_org"
                                    && d.subkind == "intl_org"
                                || d.kind == EntityKind::Actor
                                    && d.row.is_none()
                                    && d.subkind != "person"
                                    && d.mentions.len() == 1)
                    })
                {
                    continue;
                }
                let canonical = text[name].to_string();
                let key = format!("acronym:{}", fold_key(acr));
                set.add(key, name, || {
                    Draft::plain(EntityKind::Actor, canonical, subkind, None)
                })
            }
        };
        set.add_to(e, acr_span);
        link_mentions(ctx, set, e, acr, acr_span.end);
    }
}

/// A spokesperson the text does not name ("un porte-parole de l'UPC a
/// nié", "a indiqué son porte-parole.", "selon le porte-parole de la
/// division") is a person of their own; one named right after ("le
/// porte-parole de l'armée, le général X", "son porte-parole, X") is left
/// to the name.
fn add_unnamed_spokespersons(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let mut found: Vec<(Span, usize)> = Vec::new();
    for i in memchr::memmem::find_iter(text.as_bytes(), "porte-parole") {
        let mut end = i + "porte-parole".len();
        // A determiner right before: "le", "un", "son", "leur", "du"…
        let lead = text[..i].trim_end_matches([' ', '\u{a0}']);
        let det = lead
            .rsplit([' ', '\u{a0}', '\'', '’', '\n'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let elided = lead.ends_with(['\'', '’']);
        if !(elided
            || matches!(
                det.as_str(),
                "le" | "la"
                    | "un"
                    | "une"
                    | "son"
                    | "sa"
                    | "leur"
                    | "du"
                    | "au"
                    | "dont"
            ))
            || text[end..].starts_with(char::is_alphanumeric)
        {
            continue;
        }
        for adj in [" militaire", " adjoint", " adjointe"] {
            if text[end..].starts_with(adj) {
                end += adj.len();
                break;
            }
        }
        // The words after, past the body spoken for ("de l'armée"): a
        // name (capitalized, or a title and a capital) ends the search.
        let tail_end = stretch_after(text, end, 120);
        let tail = &text[end..tail_end];
        let named = tail.split([',', '(']).nth(1).is_some_and(|rest| {
            let r = rest.trim_start_matches([' ', '\u{a0}']);
            let mut words = r.split([' ', '\u{a0}']);
            let w1 = words.next().unwrap_or("");
            let w2 = words.next().unwrap_or("");
            let w3 = words.next().unwrap_or("");
            // "le général de brigade Mohammed Yerima": a title of a few
            // words.
            let w45 = [words.next().unwrap_or(""), words.next().unwrap_or("")];
            let long_title = matches!(w3, "de" | "d'")
                && w45.iter().any(|w| w.starts_with(char::is_uppercase));
            // "l'inspecteur Fritz Alcindor": an elided title.
            let titled = ["l'", "l’"]
                .iter()
                .any(|a| w1.strip_prefix(a).is_some_and(|t| !t.is_empty()))
                && w2.starts_with(char::is_uppercase);
            titled
                || w1.starts_with(char::is_uppercase)
                    && !w1.starts_with("Selon")
                || matches!(w1, "le" | "la" | "l'" | "M." | "Mme")
                    && (w2.starts_with(char::is_uppercase)
                        || w3.starts_with(char::is_uppercase)
                        || long_title)
        }) && !tail
            .split([',', '('])
            .next()
            .unwrap_or("")
            .contains(['.', ';']);
        // "…, a déclaré X, porte-parole": a name right before.
        let named_before = lead.ends_with(',')
            || text[..i].trim_end().ends_with(|c: char| c.is_uppercase());
        let span = Span::new(i, end);
        if named
            || named_before
            || set.covers(span)
            || ctx.skip.is_some_and(|s| s.overlaps(span))
        {
            continue;
        }
        let key = format!("spokesperson:{i}");
        let e = set.entity(key, || person_draft(&text[span]));
        found.push((span, e));
    }
    set.add_all(&found);
}

/// "Trois civils ont été tués et dix-sept autres blessés", "en blessant
/// 27 autres", "une trentaine d'autres ont été blessées": others counted
/// after victims are people of their own, of the kind of the last
/// counted people of the clause before them (civilians when none). So
/// is a part counted of them: "Six d'entre elles ont été relâchées".
fn add_counted_others(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let f = &ctx.folded;
    let ftext = f.text.as_str();
    let fb = ftext.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut found: Vec<(Span, usize)> = Vec::new();
    // The spans found, and whether each counts a part of those named
    // before ("d'entre eux").
    let mut spans: Vec<(Span, bool)> = Vec::new();
    for i in memchr::memmem::find_iter(fb, b"autres") {
        let end = i + "autres".len();
        if i > 0 && is_word(fb[i - 1]) && fb[i - 1] != b'\''
            || end < fb.len() && is_word(fb[end])
        {
            continue;
        }
        // "cinq autres personnes blessées": the noun of people joins.
        let mut tail = end;
        let next = |at: usize| {
            let s = &ftext[at..];
            let t = s.trim_start_matches(' ');
            let w_end =
                t.find(|c: char| !(c.is_alphanumeric())).unwrap_or(t.len());
            (at + (s.len() - t.len()), &t[..w_end])
        };
        let (at, w) = next(tail);
        if w == "personnes" {
            tail = at + w.len();
        }
        let (_, w) = next(tail);
        let hurt = w.is_empty()
            || matches!(
                w,
                "blesses"
                    | "blessees"
                    | "blesse"
                    | "blessee"
                    | "tues"
                    | "tuees"
                    | "ont"
                    | "sont"
                    | "avaient"
                    | "etaient"
                    | "grievement"
                    | "legerement"
                    // "Deux ravisseurs ont été abattus et trois autres
                    // capturés", "cinq autres faits prisonniers".
                    | "enleves"
                    | "enlevees"
                    | "captures"
                    | "capturees"
                    | "arretes"
                    | "arretees"
                    | "interpelles"
                    | "apprehendes"
                    | "neutralises"
                    | "abattus"
                    | "executes"
                    | "kidnappes"
                    | "relaches"
                    | "liberes"
                    | "liberees"
                    | "faits"
                    | "portes"
                    | "se"
            );
        // The count before, with its "d'" ("une trentaine d'autres").
        let o_start = f.original_start(i);
        let Some(start) = count_before(text, o_start) else { continue };
        if !hurt || start >= o_start {
            continue;
        }
        let span = Span::new(start, f.to_original(Span::new(i, tail)).end);
        spans.push((span, false));
    }
    // "Six d'entre elles ont été relâchées": a count of the people just
    // named.
    for pat in ["d'entre eux", "d'entre elles"] {
        for i in memchr::memmem::find_iter(fb, pat.as_bytes()).take(4096) {
            let end = i + pat.len();
            if end < fb.len() && is_word(fb[end]) {
                continue;
            }
            let o_start = f.original_start(i);
            let lead = text[..o_start].trim_end_matches(' ');
            // The count word right before: digits or a number word.
            let from = word_start(lead);
            if counts_several(&lead[from..]) {
                let span =
                    Span::new(from, f.to_original(Span::new(i, end)).end);
                spans.push((span, true));
            }
        }
    }
    spans.sort_unstable();
    for (span, part) in spans {
        if set.covers(span) || ctx.skip.is_some_and(|s| s.overlaps(span)) {
            continue;
        }
        // The counted people before, in the clause (or, for a part of
        // them, "d'entre eux", in the sentence before too).
        let low = stretch_before(text, span.start, 200, 0);
        let clause_from = if part {
            low
        } else {
            text[low..span.start]
                .rfind(['.', ';', '\n', '!', '?'])
                .map_or(low, |k| low + k + 1)
        };
        let (subkind, country) = set
            .spans
            .range(clause_from, span.start)
            .iter()
            .rev()
            .map(|&(_, _, e)| &set.drafts[e])
            .find(|d| {
                d.kind == EntityKind::Actor
                    && matches!(
                        d.subkind.as_ref(),
                        "civilians"
                            | "state_force"
                            | "armed_group"
                            | "unidentified_armed_group"
                    )
            })
            .map_or((Text::Borrowed("civilians"), None), |d| {
                (d.subkind.clone(), d.country.clone())
            });
        let e = set.entity(counted_key(span.start), || {
            Draft::plain(
                EntityKind::Actor,
                text[span].to_string(),
                subkind,
                country,
            )
        });
        found.push((span, e));
    }
    // One merge of the span map: a run-on text may count thousands.
    set.add_all(&found);
}

/// Whether a bare referring noun may point back to entity `d`: a ministry
/// for "le ministère", else a named body of the noun's kinds whose folded
/// names tell what it is.
fn refers_to(noun: &str, d: &Draft, lex: &Lexicon) -> bool {
    if d.kind != EntityKind::Actor {
        return false;
    }
    // "le ministère": the ministry named last, whatever made it.
    if noun == "ministere" {
        return d.subkind == "government"
            && (d.group.as_deref().is_some_and(|g| g.ends_with("ministry"))
                || fold_key(&d.canonical).contains("ministere"));
    }
    // "le Commandement": the command named last ("Commandement des
    // opérations conjointes", "Commandement des forces terrestres").
    if noun == "commandement" {
        return d.subkind == "state_force"
            && fold_key(&d.canonical).starts_with("commandement");
    }
    // The other nouns take up a body the gazetteer names.
    let Some(row) = d.row.map(|r| lex.row(r)) else { return false };
    if row.kind != RowKind::Actor {
        return false;
    }
    let subkind = d.subkind.as_ref();
    // The row's folded names, read only by the nouns that ask.
    let any = |parts: &[&str]| {
        std::iter::once(&row.canonical).chain(row.variants.iter()).any(|n| {
            let n = fold_key(n);
            parts.iter().any(|p| n.contains(p))
        })
    };
    match noun {
        "groupe" => subkind == "armed_group",
        "mission" => {
            subkind == "intl_org"
                && any(&[
                    "mission", "minus", "monusco", "unmiss", "manul", "atmis",
                    "aussom", "amisom", "minurso", "misca",
                ])
        }
        "agence" => {
            matches!(subkind, "intl_org" | "government" | "media")
                && any(&[
                    "agence",
                    "haut commissariat",
                    "programme alimentaire",
                    "fonds des nations",
                    "organisation mondiale",
                    "organisation internationale pour les migrations",
                    "office de secours",
                    "bureau de la coordination",
                    "unrwa",
                    "unicef",
                    "ocha",
                ])
        }
        "organisation" => {
            subkind == "intl_org"
                || subkind == "other"
                    && any(&[
                        "organisation",
                        "ong",
                        "human rights",
                        "amnesty",
                        "croix rouge",
                        "croissant rouge",
                        "medecins",
                        "association",
                        "comite",
                        "observatoire",
                    ])
        }
        _ => false,
    }
}

/// A body named before and taken up by a bare noun with its article: "Le
/// groupe n'a pas revendiqué l'enlèvement" (the armed group), "Le
/// Commandement dément" (the command named before), "selon la
/// mission" (the peacekeeping mission), "L'agence appelle les bailleurs"
/// (the UN agency), "selon un responsable de l'organisation". A noun
/// followed by a complement or a name is no reference ("le groupe de
/// travail", "l'agence de presse", "le groupe Wagner").
fn add_bare_bodies(ctx: &Context<'_>, set: &mut EntitySet) {
    let text = ctx.text;
    let f = &ctx.folded;
    let ftext = f.text.as_str();
    let fb = ftext.as_bytes();
    let lex = ctx.lexicon;
    let mut lookups = 0usize;
    let mut found: Vec<(Span, usize)> = Vec::new();
    for (noun, articles) in [
        ("ministere", &["le", "du", "au"][..]),
        ("commandement", &["le", "du", "au"][..]),
        ("groupe", &["le", "du", "au"][..]),
        ("mission", &["la"][..]),
        ("agence", &["l'"][..]),
        ("organisation", &["l'"][..]),
    ] {
        for i in memchr::memmem::find_iter(fb, noun.as_bytes()) {
            let end = i + noun.len();
            if end < fb.len()
                && (fb[end].is_ascii_alphanumeric() || fb[end] >= 0x80)
            {
                continue;
            }
            let lead = &ftext[..i];
            let article = articles.iter().any(|a| {
                if a.ends_with('\'') {
                    lead.ends_with(a)
                        && lead[..lead.len() - a.len()]
                            .ends_with(|c: char| !c.is_alphanumeric())
                } else {
                    lead.strip_suffix(' ').is_some_and(|l| {
                        l.ends_with(a)
                            && l[..l.len() - a.len()]
                                .ends_with(|c: char| !c.is_alphanumeric())
                    })
                }
            });
            if !article {
                continue;
            }
            // What follows: a complement, a name or a qualifier makes
            // another phrase.
            let o_end = f.to_original(Span::new(i, end)).end;
            let rest = text[o_end..].trim_start_matches([' ', '\u{a0}']);
            if rest.starts_with(char::is_uppercase)
                || rest.starts_with(['-', '(', '«', '"'])
            {
                continue;
            }
            let next = ftext[end..]
                .trim_start()
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .next()
                .unwrap_or("");
            let next = next.split('\'').next().unwrap_or(next);
            if matches!(
                next,
                "de" | "d"
                    | "des"
                    | "du"
                    | "arme"
                    | "armes"
                    | "terroriste"
                    | "jihadiste"
                    | "djihadiste"
                    | "islamiste"
                    | "rebelle"
                    | "parlementaire"
                    | "humanitaire"
                    | "onusienne"
                    | "internationale"
                    | "africaine"
                    | "europeenne"
                    | "militaire"
                    | "officielle"
            ) {
                continue;
            }
            let span = f.to_original(Span::new(i, end));
            if set.covers(span) || ctx.skip.is_some_and(|s| s.overlaps(span)) {
                continue;
            }
            lookups += 1;
            if lookups > 256 {
                break;
            }
            // The body named last before, within a few thousand bytes.
            let low = stretch_before(text, span.start, 4000, 0);
            let referent = set
                .spans
                .range(low, span.start)
                .iter()
                .rev()
                .take(64)
                .map(|&(_, _, e)| e)
                .find(|&e| refers_to(noun, &set.drafts[e], lex));
            if let Some(e) = referent {
                found.push((span, e));
            }
        }
    }
    // One merge of the span map, in order of the text.
    found.sort_unstable_by_key(|(s, _)| s.start);
    set.add_all(&found);
}
