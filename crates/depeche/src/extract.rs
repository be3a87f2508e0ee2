//! The extractor: the whole pipeline from a document to an [`Extraction`].

use std::mem;
use std::path::PathBuf;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entities::{self, EntitySet};
use crate::error::{Error, ErrorKind};
use crate::events::{self, EventDraft};
use crate::gazetteer::Gazetteer;
use crate::matcher::{Candidate, Lexicon};
use crate::normalize::{fold, Folded};
use crate::output::{
    CharIndex, DctInfo, Entity, EntityKind, Event, Extraction, Mention,
};
use crate::sections::{self, Section};
use crate::Span;

/// One input document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Document id, copied to the output.
    pub id: String,
    /// The text.
    pub text: String,
    /// Document creation time (`YYYY-MM-DD`), when known.
    pub dct: Option<String>,
    /// Declared sections (byte offsets into `text`).
    pub sections: Vec<Section>,
}

impl Document {
    /// A document with an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            dct: None,
            sections: Vec::new(),
        }
    }

    /// Sets the document creation time (`YYYY-MM-DD`).
    pub fn with_dct(mut self, dct: impl Into<String>) -> Document {
        self.dct = Some(dct.into());
        self
    }
}

/// Internal knobs.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// Recognise and resolve dates.
    dates: bool,
    /// Keep matches found in reader comments (flagged by section).
    keep_comments: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            // Dates are part of every extraction unless turned off.
            dates: true,
            // Comments are not reporting: dropped unless asked for.
            keep_comments: false,
        }
    }
}

/// Builds an [`Extractor`] with options.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    dirs: Vec<PathBuf>,
    no_default: bool,
    config: Config,
}

impl ExtractorBuilder {
    /// Adds the `*.tsv` files of `dir` after the embedded default
    /// (rows with an existing id replace it).
    pub fn gazetteer_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.dirs.push(dir.into());
        self
    }

    /// Starts from no gazetteer at all instead of the embedded default.
    pub fn embedded_default(&mut self, yes: bool) -> &mut Self {
        self.no_default = !yes;
        self
    }

    /// Recognises dates (on by default).
    pub fn dates(&mut self, yes: bool) -> &mut Self {
        self.config.dates = yes;
        self
    }

    /// Keeps entities and events found in reader comments.
    pub fn keep_comments(&mut self, yes: bool) -> &mut Self {
        self.config.keep_comments = yes;
        self
    }

    /// Reads and checks the gazetteers and compiles the lexicon.
    pub fn build(&self) -> Result<Extractor, Error> {
        let lexicon = if self.dirs.is_empty() && !self.no_default {
            (DEFAULT.0.clone(), DEFAULT.1.clone())
        } else {
            let mut g = if self.no_default {
                Gazetteer::new()
            } else {
                Gazetteer::embedded()?
            };
            for d in &self.dirs {
                g.add_dir(d)?;
            }
            g.check_roles()?;
            let lexicon = Arc::new(Lexicon::new(g)?);
            let tables = Arc::new(entities::Tables::new(&lexicon));
            (lexicon, tables)
        };
        let (lexicon, tables) = lexicon;
        Ok(Extractor { lexicon, tables, config: self.config.clone() })
    }
}

type Compiled = (Arc<Lexicon>, Arc<entities::Tables>);

static DEFAULT: Lazy<Compiled> = Lazy::new(|| {
    // The patterns of the date and name rules compile on first use; other
    // threads do that while this one loads the lexicon, so the first
    // document does not wait for them in turn.
    std::thread::scope(|s| {
        s.spawn(crate::dates::warm_union);
        s.spawn(crate::dates::warm_rule_set);
        s.spawn(entities::warm_patterns);
        s.spawn(|| {
            crate::numbers::warm_patterns();
            crate::sections::warm_patterns();
            crate::dates::warm_common_rules();
            entities::warm_more_patterns();
        });
        let lexicon = Arc::new(
            Lexicon::embedded()
                .expect("embedded gazetteers are valid and compile (tested)"),
        );
        let tables = Arc::new(entities::Tables::new(&lexicon));
        (lexicon, tables)
    })
});

// The warm-up threads compile and never search: the regex crate hands the
// first thread to search a pattern a cache of its own for good, and every
// other thread takes a slower shared path (a lock per search). A search
// there would also build lazy-DFA states that no worker ever uses.

/// Extracts places, actors, dates and events from French text. Build it
/// once and share it: it is `Send + Sync` and `extract` takes `&self`.
#[derive(Clone, Debug)]
pub struct Extractor {
    lexicon: Arc<Lexicon>,
    tables: Arc<entities::Tables>,
    config: Config,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor over the embedded default gazetteers.
    pub fn new() -> Extractor {
        Extractor {
            lexicon: DEFAULT.0.clone(),
            tables: DEFAULT.1.clone(),
            config: Config::default(),
        }
    }

    /// A builder for other gazetteers and options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The compiled lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Checks a DCT string, as the CLI does before extracting.
    pub fn parse_dct(s: &str) -> Result<crate::dates::Date, Error> {
        crate::dates::Date::parse(s.trim())
            .ok_or_else(|| Error::new(ErrorKind::InvalidDct(s.to_string())))
    }

    /// Extracts one document. Never fails and never panics: an unusable
    /// DCT is ignored (and inferred from the text instead).
    pub fn extract(&self, doc: &Document) -> Extraction {
        self.extract_many(std::slice::from_ref(doc))
            .pop()
            .expect("one extraction a document")
    }

    /// Extracts several documents, in order: the same as [`extract`]
    /// on each, but faster on short ones. Each stage of the pipeline runs
    /// over every document before the next stage starts, so the data a
    /// stage reads (the lexicon's trie, the entity tables, the regexes'
    /// caches) stays in the processor's caches across documents instead
    /// of being evicted by the other stages after a few hundred bytes.
    /// Hand it a batch of a few hundred KB at most: the stages' working
    /// data of the whole batch is kept until its output is built.
    ///
    /// [`extract`]: Extractor::extract
    pub fn extract_many(&self, docs: &[Document]) -> Vec<Extraction> {
        let mut work: Vec<Work<'_>> =
            docs.iter().map(|doc| self.prepare(doc)).collect();
        for w in &mut work {
            w.cands = self.lexicon.find(w.text(), &w.folded);
        }
        for w in &mut work {
            let ctx = entities::Context {
                text: w.text(),
                folded: &w.folded,
                lexicon: &self.lexicon,
                tables: &self.tables,
                skip: w.skip,
            };
            w.set = entities::find(&ctx, &w.cands);
        }
        for w in &mut work {
            self.find_dates(w);
        }
        for w in &mut work {
            let text = w.doc.text.as_str();
            let sentences = crate::segment::sentences(text);
            // The span the DCT was read from, or else the dispatch's
            // dateline.
            let dateline = w
                .dct_info
                .as_ref()
                .and_then(|(_, s)| *s)
                .or_else(|| crate::dates::dateline_span(text));
            let word_starts = events::word_starts(text);
            let state_actors = events::state_actors(&w.set);
            let ectx = events::Context {
                text,
                folded: &w.folded,
                lexicon: &self.lexicon,
                entities: &w.set,
                sentences: &sentences,
                skip: w.skip,
                dateline,
                date_spans: &w.date_spans,
                word_starts: &word_starts,
                state_actors: &state_actors,
            };
            w.events = events::find(&ectx, &w.cands);
            // The folded copy and its maps take several bytes per byte of
            // text: freed before the output is built.
            w.folded = Folded::default();
            w.cands = Vec::new();
        }
        work.into_iter().map(|w| self.finish(w)).collect()
    }

    /// Folds the text and finds its sections.
    fn prepare<'d>(&self, doc: &'d Document) -> Work<'d> {
        let text = doc.text.as_str();
        let folded = fold(text);
        // Comments: declared sections win, else detection.
        let mut sections: Vec<Section> = doc
            .sections
            .iter()
            .filter(|s| {
                s.start <= s.end
                    && s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            })
            .cloned()
            .collect();
        if !sections.iter().any(|s| s.kind == "comments") {
            if let Some(c) = sections::find_comments(text) {
                sections.push(Section {
                    kind: "comments".into(),
                    start: c.start,
                    end: c.end,
                });
            }
        }
        let comments = sections
            .iter()
            .find(|s| s.kind == "comments")
            .map(|s| Span::new(s.start, s.end));
        let skip = if self.config.keep_comments { None } else { comments };
        Work {
            doc,
            folded,
            sections,
            comments,
            skip,
            cands: Vec::new(),
            set: EntitySet::default(),
            dct: None,
            dct_info: None,
            date_spans: Vec::new(),
            events: Vec::new(),
        }
    }

    /// The DCT (given, else inferred from the text) and the dates it
    /// resolves.
    fn find_dates(&self, w: &mut Work<'_>) {
        let text = w.doc.text.as_str();
        let given = w
            .doc
            .dct
            .as_deref()
            .and_then(|d| crate::dates::Date::parse(d.trim()));
        w.dct = match given {
            Some(d) => {
                w.dct_info = Some((
                    DctInfo { how: "given".into(), rule: None, mention: None },
                    None,
                ));
                Some(d)
            }
            None => crate::dates::infer_dct(text).map(|inf| {
                w.dct_info = Some((
                    DctInfo {
                        how: "inferred".into(),
                        rule: Some(inf.how.to_string()),
                        mention: None,
                    },
                    Some(inf.span),
                ));
                inf.date
            }),
        };
        let found_dates = crate::dates::find_dates(text, w.dct);
        w.date_spans = found_dates.iter().map(|d| d.span).collect();
        if self.config.dates {
            add_dates(text, found_dates, w.skip, &mut w.set);
        }
    }

    /// The output of one document.
    fn finish(&self, w: Work<'_>) -> Extraction {
        let text = w.doc.text.as_str();
        let mut ix = CharIndex::new(text);
        let dct_source = w.dct_info.map(|(mut info, span)| {
            if let Some(s) = span {
                info.mention = Some(ix.mention(s));
            }
            info
        });
        let sections = w
            .sections
            .into_iter()
            .map(|s| Section {
                kind: s.kind,
                start: ix.char_at(s.start),
                end: ix.char_at(s.end),
            })
            .collect();
        Extraction {
            id: w.doc.id.clone(),
            dct: w.dct.map(|d| d.to_string()),
            dct_source,
            sections,
            events: Vec::new(),
            entities: Vec::new(),
        }
        .with_entities_and_events(
            text,
            &self.lexicon,
            w.set,
            w.events,
            // Kept comments are flagged, so that users can tell them apart.
            if self.config.keep_comments { w.comments } else { None },
        )
    }
}

/// One document on its way through [`Extractor::extract_many`].
struct Work<'d> {
    doc: &'d Document,
    folded: Folded,
    sections: Vec<Section>,
    comments: Option<Span>,
    skip: Option<Span>,
    cands: Vec<Candidate>,
    set: EntitySet,
    dct: Option<crate::dates::Date>,
    dct_info: Option<(DctInfo, Option<Span>)>,
    date_spans: Vec<Span>,
    events: Vec<EventDraft>,
}

impl Work<'_> {
    fn text(&self) -> &str {
        self.doc.text.as_str()
    }
}

/// Date entities: one per (value, folded text).
fn add_dates(
    text: &str,
    found: Vec<crate::dates::DateMatch>,
    skip: Option<Span>,
    set: &mut EntitySet,
) {
    // One merge into the span map: a run-on text may hold tens of
    // thousands of dates among its other mentions. Dates never overlap
    // one another.
    let mut items: Vec<(Span, usize)> = Vec::with_capacity(found.len());
    for m in found {
        if skip.is_some_and(|s| s.overlaps(m.span)) || set.covers(m.span) {
            continue;
        }
        // `date:{value or ?}:{folded text}`.
        let folded = crate::normalize::fold_name(&text[m.span]);
        let value = m.value.as_deref().unwrap_or("?");
        let mut key = String::with_capacity(6 + value.len() + folded.len());
        key.push_str("date:");
        key.push_str(value);
        key.push(':');
        key.push_str(&folded);
        let gran = m.granularity;
        let value = m.value;
        let e = set.entity(key, || entities::Draft {
            kind: EntityKind::Date,
            canonical: String::new().into(),
            subkind: String::new().into(),
            country: None,
            row: None,
            value,
            granularity: Some(gran.as_str().to_string()),
            mentions: Vec::new(),
            group: None,
        });
        items.push((m.span, e));
    }
    set.add_all(&items);
}

impl Extraction {
    fn with_entities_and_events(
        mut self,
        text: &str,
        lex: &Lexicon,
        set: EntitySet,
        mut events: Vec<EventDraft>,
        comments: Option<Span>,
    ) -> Extraction {
        for d in &mut events {
            d.triggers.sort();
            d.triggers.dedup();
        }
        let mut drafts = set.drafts;
        shed_leading_nouns(text, &mut drafts);
        let order = output_order(&mut drafts);
        // Every span of the output, in output order: the mentions of the
        // entities, then the triggers of the events.
        let count =
            order.iter().map(|&i| drafts[i].mentions.len()).sum::<usize>()
                + events.iter().map(|d| d.triggers.len()).sum::<usize>();
        let mut spans: Vec<Span> = Vec::with_capacity(count);
        for &i in &order {
            spans.extend_from_slice(&drafts[i].mentions);
        }
        for d in &events {
            spans.extend_from_slice(&d.triggers);
        }
        let mut mentions = spans.iter().zip(char_spans(text, &spans)).map(
            |(&b, (start, end))| Mention {
                start,
                end,
                text: text[b].to_string(),
            },
        );
        let (entities, slots) =
            to_entities(lex, drafts, &order, &mut mentions);
        // Entity indices of draft indices.
        let pick = |v: &[usize]| -> Vec<usize> {
            v.iter().filter_map(|&i| slots.get(i).copied().flatten()).collect()
        };
        let name = |v: &[usize]| -> Vec<String> {
            v.iter().map(|&e| entities[e].id.clone()).collect()
        };
        // The ids of the entities of draft indices.
        let pick_names = |v: &[usize]| -> Vec<String> {
            v.iter()
                .filter_map(|&i| slots.get(i).copied().flatten())
                .map(|e| entities[e].id.clone())
                .collect()
        };
        let mut out_events = Vec::with_capacity(events.len());
        for (n, d) in events.into_iter().enumerate() {
            let time_ix = pick(&d.time);
            let date = {
                // The most useful resolved value, as it is: a day, else a
                // time of day, else a week, month or year; a duration only
                // when no point in time is given.
                let rank = |g: Option<&str>| match g {
                    Some("day") => 0,
                    Some("time") => 1,
                    Some("week") => 2,
                    Some("month") => 3,
                    Some("year") => 4,
                    Some("duration") => 9,
                    _ => 5,
                };
                time_ix
                    .iter()
                    .map(|&e| &entities[e])
                    .filter_map(|e| {
                        e.value
                            .as_deref()
                            .map(|v| (v, e.granularity.as_deref()))
                    })
                    .enumerate()
                    .min_by_key(|(i, (_, g))| (rank(*g), *i))
                    .map(|(_, (v, _))| v.to_string())
            };
            let agent_ix = pick(&d.agent);
            let target_ix = pick(&d.target);
            let source_ix = pick(&d.source);
            // Actors are coded with their role on the event's date.
            let actor_roles = crate::actor_roles::for_event(
                lex.gazetteer().roles(),
                &entities,
                [&agent_ix, &target_ix, &source_ix],
                crate::actor_roles::event_days(
                    date.as_deref(),
                    self.dct.as_deref(),
                ),
            );
            let subkind_of = |e: usize| {
                let e = &entities[e];
                crate::actor_roles::subkind(&actor_roles, &e.id)
                    .or(e.subkind.as_deref())
            };
            let agent_state = agent_ix.iter().any(|&a| {
                matches!(subkind_of(a), Some("state_force" | "government"))
            });
            let target_civilians = target_ix
                .iter()
                .any(|&a| matches!(subkind_of(a), Some("civilians")))
                && !target_ix.iter().any(|&a| {
                    matches!(
                        subkind_of(a),
                        Some("state_force" | "armed_group")
                    )
                });
            let triggers: Vec<Mention> =
                mentions.by_ref().take(d.triggers.len()).collect();
            let suicide = triggers
                .iter()
                .any(|t| says_any(&t.text, &["kamikaze", "suicide"]));
            let (acled_type, acled_sub, plover) =
                events::codes(&d.kind, agent_state, target_civilians, suicide);
            let mut extra = serde_json::Map::new();
            extra.insert("acled_event_type".into(), acled_type.into());
            extra.insert("acled_sub_event_type".into(), acled_sub.into());
            extra.insert(
                "plover".into(),
                plover.map_or(serde_json::Value::Null, Into::into),
            );
            if comments.is_some_and(|c| c.contains(d.triggers[0])) {
                extra.insert("section".into(), "comments".into());
            }
            let abducted = if d.kind == "abduction" {
                d.abducted.or_else(|| {
                    target_ix.iter().map(|&e| &entities[e]).find_map(|e| {
                        e.mentions.first().and_then(|m| {
                            crate::numbers::find_counts(&m.text)
                                .first()
                                .filter(|c| {
                                    c.span.start == 0 && !c.count.vague
                                })
                                .map(|c| c.count.value)
                        })
                    })
                })
            } else {
                d.abducted
            };
            out_events.push(Event {
                id: short_id('V', n + 1),
                kind: d.kind,
                triggers,
                agent: name(&agent_ix),
                target: name(&target_ix),
                location: pick_names(&d.location),
                time: name(&time_ix),
                destination: pick_names(&d.destination),
                source: name(&source_ix),
                date,
                killed: d.killed,
                injured: d.injured,
                abducted,
                polarity: if d.negated { "negated" } else { "affirmative" }
                    .into(),
                modality: d.modality.into(),
                actor_roles,
                extra,
            });
        }
        self.entities = entities;
        self.events = out_events;
        self
    }
}

/// An id such as `E12`: `prefix` then `n` in decimal (what `format!`
/// gives, without its machinery).
fn short_id(prefix: char, n: usize) -> String {
    let mut buf = [0u8; 20];
    let digits = crate::output::decimal(n as u64, &mut buf);
    let mut id = String::with_capacity(1 + digits.len());
    id.push(prefix);
    id.extend(digits.iter().map(|&d| char::from(d)));
    id
}

/// True when the folded `text` holds one of `words` (lowercase ASCII
/// letters). Folding an ASCII text only lowercases it and turns runs of
/// spaces into one, which such words do not hold: only other texts are
/// folded.
fn says_any(text: &str, words: &[&str]) -> bool {
    if text.is_ascii() {
        let text = text.as_bytes();
        words.iter().any(|w| {
            text.windows(w.len()).any(|t| t.eq_ignore_ascii_case(w.as_bytes()))
        })
    } else {
        let f = crate::normalize::fold_name(text);
        words.iter().any(|w| f.contains(w))
    }
}

/// The char offsets `(start, end)` of byte spans of `text`, each end
/// clamped to the text and moved back to a char boundary (as
/// [`CharIndex::char_at`] does).
fn char_spans(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let limit = spans.iter().map(|s| s.start.max(s.end)).max().unwrap_or(0);
    let limit = limit.min(text.len());
    if u32::try_from(limit).is_err() {
        // Beyond 4 GiB: end by end.
        let mut ix = CharIndex::new(text);
        return spans
            .iter()
            .map(|s| (ix.char_at(s.start), ix.char_at(s.end)))
            .collect();
    }
    // The text up to the last end as little-endian words of 8 bytes (the
    // last one padded with zeros), and the chars before every word,
    // counted in one pass (entities come in order of first mention and
    // events in order of finding, so their spans jump about the text).
    let word = |k: usize| {
        let mut w = [0u8; 8];
        match text.as_bytes().get(8 * k..8 * k + 8) {
            Some(full) => w.copy_from_slice(full),
            None => {
                for (d, &b) in w.iter_mut().zip(&text.as_bytes()[8 * k..]) {
                    *d = b;
                }
            }
        }
        u64::from_le_bytes(w)
    };
    let words = limit / 8 + 1;
    let mut before = Vec::with_capacity(words);
    let mut chars = 0u32;
    for chunk in text.as_bytes()[..8 * (words - 1)].chunks_exact(8) {
        before.push(chars);
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        chars += 8 - continuation_bytes(u64::from_le_bytes(w));
    }
    before.push(chars);
    let char_at = |b: usize| {
        let mut b = b.min(limit);
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        let (k, r) = (b / 8, b % 8);
        let mut n = before[k];
        if r > 0 {
            // The first `r` bytes of word `k` (which lie in the text).
            let head = word(k) & ((1u64 << (8 * r)) - 1);
            n += r as u32 - continuation_bytes(head);
        }
        n as usize
    };
    spans.iter().map(|s| (char_at(s.start), char_at(s.end))).collect()
}

/// The UTF-8 continuation bytes (`10xxxxxx`) among the 8 bytes of `w`.
#[inline]
fn continuation_bytes(w: u64) -> u32 {
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    // Bit 7 set and bit 6 (shifted up to bit 7) clear: one bit a byte,
    // moved down to bit 0 and summed into the top byte by the product.
    (((w & !(w << 1) & HIGH) >> 7).wrapping_mul(ONES) >> 56) as u32
}

/// Common nouns that lead a group's name and are no part of it: "la
/// coalition Viv Ansanm", "le gang Gran Grif", "la force Licorne".
const LEADING_NOUNS: &[&str] =
    &["coalition", "alliance", "gang", "force", "groupe", "mouvement"];

/// Nouns of fighters that name a group's members before its name, a
/// mention of their own: "les paramilitaires des Forces de soutien
/// rapide", "les rebelles du M23".
const MEMBER_NOUNS: &[&str] =
    &["paramilitaires", "rebelles", "miliciens", "jihadistes", "insurgés"];

/// Reads a named group's mentions the way annotators mark them, once
/// every stage has used the whole phrase: a leading common noun is left
/// out ("coalition Viv Ansanm" → "Viv Ansanm") and a noun of its members
/// before "de" becomes a mention of its own ("rebelles du M23" →
/// "rebelles", "M23").
fn shed_leading_nouns(text: &str, drafts: &mut [entities::Draft]) {
    for d in drafts.iter_mut() {
        if d.kind != EntityKind::Actor || d.row.is_none() {
            continue;
        }
        let mut split: Vec<Span> = Vec::new();
        for m in d.mentions.iter_mut() {
            let t = &text[*m];
            let Some((head, rest)) = t.split_once(' ') else { continue };
            let named = |r: &str| {
                r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            };
            // ("le groupe Hafiz Gul Bahadur": a man's name names it.)
            let personal = head == "groupe" && rest.split(' ').count() > 2;
            if LEADING_NOUNS.contains(&head) && named(rest) && !personal {
                m.start += head.len() + 1;
            } else if MEMBER_NOUNS.contains(&head) {
                let name = ["des ", "du ", "de ", "d'", "d’"]
                    .iter()
                    .find_map(|p| rest.strip_prefix(p))
                    .filter(|r| named(r));
                if let Some(name) = name {
                    split.push(Span::new(m.start, m.start + head.len()));
                    m.start = m.end - name.len();
                }
            }
        }
        if !split.is_empty() {
            d.mentions.extend(split);
            d.mentions.sort();
        }
    }
}

/// The indices of the entity drafts that have mentions, in output order
/// (places, actors, dates; by first mention). Sorts the mentions of every
/// draft.
fn output_order(drafts: &mut [entities::Draft]) -> Vec<usize> {
    let mut keys: Vec<(usize, Span, usize)> = drafts
        .iter_mut()
        .enumerate()
        .filter_map(|(i, d)| {
            d.mentions.sort();
            Some((kind_rank(d.kind), *d.mentions.first()?, i))
        })
        .collect();
    // The index breaks ties, as a stable sort would.
    keys.sort_unstable();
    keys.into_iter().map(|(_, _, i)| i).collect()
}

/// Where entities of a kind come in the output.
fn kind_rank(k: EntityKind) -> usize {
    match k {
        EntityKind::Place => 0,
        EntityKind::Actor => 1,
        EntityKind::Date => 2,
    }
}

/// Entities of the drafts at `order` (see [`output_order`]), with ids,
/// taking their mentions in turn from `mentions`. Also returns the index
/// in the entities of every draft (None for drafts with no mention).
fn to_entities(
    lex: &Lexicon,
    mut drafts: Vec<entities::Draft>,
    order: &[usize],
    mentions: &mut impl Iterator<Item = Mention>,
) -> (Vec<Entity>, Vec<Option<usize>>) {
    let mut counters = [0usize; 3];
    let mut slots: Vec<Option<usize>> = vec![None; drafts.len()];
    let entities = order
        .iter()
        .enumerate()
        .map(|(n, &orig)| {
            let d = &mut drafts[orig];
            let r = kind_rank(d.kind);
            counters[r] += 1;
            let prefix = ['E', 'A', 'T'][r];
            slots[orig] = Some(n);
            let row = d.row.map(|i| lex.row(i));
            let is_date = d.kind == EntityKind::Date;
            Entity {
                id: short_id(prefix, counters[r]),
                kind: d.kind,
                canonical: (!is_date)
                    .then(|| mem::take(&mut d.canonical))
                    .map(std::borrow::Cow::into_owned),
                subkind: (!is_date)
                    .then(|| mem::take(&mut d.subkind))
                    .map(std::borrow::Cow::into_owned),
                country: d.country.take().map(std::borrow::Cow::into_owned),
                geonames: row.and_then(|r| r.geonames),
                wikidata: row
                    .and_then(|r| r.wikidata.clone())
                    .map(std::borrow::Cow::into_owned),
                lat: row.and_then(|r| r.lat),
                lon: row.and_then(|r| r.lon),
                value: d.value.take(),
                granularity: d.granularity.take(),
                gazetteer_id: row
                    .map(|r| r.id.clone())
                    .map(std::borrow::Cow::into_owned),
                mentions: mentions.take(d.mentions.len()).collect(),
            }
        })
        .collect();
    (entities, slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(short_id('E', n), format!("E{n}"));
        }
    }

    #[test]
    fn continuation_bytes_counted() {
        for w in [0u64, u64::MAX, 0x8080_8080_8080_8080, 0xBFC0_7F80_00BF_BF41]
        {
            let want = w
                .to_le_bytes()
                .iter()
                .filter(|&&b| (b & 0xC0) == 0x80)
                .count();
            assert_eq!(continuation_bytes(w) as usize, want, "{w:x}");
        }
    }

    #[test]
    fn char_spans_as_char_index() {
        let text = "L’armée à Alep — é".repeat(20);
        let spans: Vec<Span> = (0..text.len() + 3)
            .step_by(5)
            .flat_map(|a| [Span::new(a, a + 4), Span::new(a, a)])
            .collect();
        let mut ix = CharIndex::new(&text);
        let want: Vec<(usize, usize)> = spans
            .iter()
            .map(|s| (ix.char_at(s.start), ix.char_at(s.end)))
            .collect();
        assert_eq!(char_spans(&text, &spans), want);
        assert!(char_spans(&text, &[]).is_empty());
        // In any order, and ends before starts.
        let mut jumbled: Vec<Span> = spans.iter().rev().copied().collect();
        jumbled.rotate_left(spans.len() / 3);
        jumbled.push(Span { start: 9, end: 2 });
        jumbled.push(Span { start: text.len() + 9, end: 1 });
        let want: Vec<(usize, usize)> = jumbled
            .iter()
            .map(|s| (ix.char_at(s.start), ix.char_at(s.end)))
            .collect();
        assert_eq!(char_spans(&text, &jumbled), want);
    }

    proptest::proptest! {
        #[test]
        fn char_spans_as_char_index_anywhere(
            text in "[a-zé’\u{10348} ]{0,70}",
            ends in proptest::collection::vec((0usize..90, 0usize..90), 0..12),
        ) {
            let spans: Vec<Span> =
                ends.iter().map(|&(a, b)| Span { start: a, end: b }).collect();
            let mut ix = CharIndex::new(&text);
            let want: Vec<(usize, usize)> = spans
                .iter()
                .map(|s| (ix.char_at(s.start), ix.char_at(s.end)))
                .collect();
            proptest::prop_assert_eq!(char_spans(&text, &spans), want);
        }
    }

    #[test]
    fn says_any_as_folding() {
        let words = ["kamikaze", "suicide"];
        for t in [
            "attentat-suicide",
            "KAMIKAZE",
            "kami kaze",
            "Attentat suicidé",
            "un kamikazé",
            "attaque",
            "tué",
        ] {
            let f = crate::normalize::fold_name(t);
            let want = words.iter().any(|w| f.contains(w));
            assert_eq!(says_any(t, &words), want, "{t}");
        }
    }

    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }
}
