//! The extractor: the whole pipeline from a document to an [`Extraction`].

use std::path::PathBuf;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entities::{self, EntitySet};
use crate::error::{Error, ErrorKind};
use crate::events::{self, EventDraft};
use crate::gazetteer::Gazetteer;
use crate::matcher::Lexicon;
use crate::normalize::fold;
use crate::output::{
    CharIndex, DctInfo, Entity, EntityKind, Event, Extraction,
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
    // The patterns of the date, number, comment and name rules compile on
    // first use; two other threads do that while this one loads the
    // lexicon, so the first document does not wait for them in turn.
    std::thread::scope(|s| {
        s.spawn(crate::dates::warm_union);
        s.spawn(crate::dates::warm_rule_set);
        s.spawn(warm_other_patterns);
        let g = Gazetteer::embedded()
            .expect("embedded gazetteers are valid (tested)");
        let lexicon = Arc::new(
            Lexicon::new(g).expect("embedded lexicon compiles (tested)"),
        );
        let tables = Arc::new(entities::Tables::new(&lexicon));
        (lexicon, tables)
    })
});

/// A short text with numbers, a comment-like line and names.
const WARM_TEXT: &str =
    "BAMAKO, 3 mars 2020 (AFP) - Le lundi 2 mars à 14h00, \
    trois morts et 12 blessés, a déclaré le général Ali Diallo.";

fn warm_other_patterns() {
    let _ = crate::numbers::find_counts(WARM_TEXT);
    let _ = sections::find_comments(WARM_TEXT);
    entities::warm_patterns();
}

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

        let cands = self.lexicon.find(text, &folded);
        let ctx = entities::Context {
            text,
            folded: &folded,
            lexicon: &self.lexicon,
            tables: &self.tables,
            skip,
        };
        let mut set = entities::find(&ctx, &cands);

        // Dates.
        let given = doc
            .dct
            .as_deref()
            .and_then(|d| crate::dates::Date::parse(d.trim()));
        let mut dct_info = None;
        let dct = match given {
            Some(d) => {
                dct_info = Some((
                    DctInfo { how: "given".into(), rule: None, mention: None },
                    None,
                ));
                Some(d)
            }
            None => crate::dates::infer_dct(text).map(|inf| {
                dct_info = Some((
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
        let found_dates = crate::dates::find_dates(text, dct);
        let date_spans: Vec<Span> =
            found_dates.iter().map(|d| d.span).collect();
        if self.config.dates {
            add_dates(text, found_dates, skip, &mut set);
        }
        let sentences = crate::segment::sentences(text);
        // The span the DCT was read from, or else the dispatch's dateline.
        let dateline = dct_info
            .as_ref()
            .and_then(|(_, s)| *s)
            .or_else(|| crate::dates::dateline_span(text));
        let word_starts = events::word_starts(text);
        let ectx = events::Context {
            text,
            folded: &folded,
            lexicon: &self.lexicon,
            entities: &set,
            sentences: &sentences,
            skip,
            dateline,
            date_spans: &date_spans,
            word_starts: &word_starts,
        };
        let event_drafts = events::find(&ectx, &cands);

        let mut ix = CharIndex::new(text);
        let dct_source = dct_info.map(|(mut info, span)| {
            if let Some(s) = span {
                info.mention = Some(ix.mention(s));
            }
            info
        });
        let sections = sections
            .into_iter()
            .map(|s| Section {
                kind: s.kind,
                start: ix.char_at(s.start),
                end: ix.char_at(s.end),
            })
            .collect();
        Extraction {
            id: doc.id.clone(),
            dct: dct.map(|d| d.to_string()),
            dct_source,
            sections,
            events: Vec::new(),
            entities: Vec::new(),
        }
        .with_entities_and_events(
            text,
            &self.lexicon,
            set,
            event_drafts,
            // Kept comments are flagged, so that users can tell them apart.
            if self.config.keep_comments { comments } else { None },
        )
    }
}

/// Date entities: one per (value, folded text).
fn add_dates(
    text: &str,
    found: Vec<crate::dates::DateMatch>,
    skip: Option<Span>,
    set: &mut EntitySet,
) {
    for m in found {
        if skip.is_some_and(|s| s.overlaps(m.span)) || set.covers(m.span) {
            continue;
        }
        let key = format!(
            "date:{}:{}",
            m.value.as_deref().unwrap_or("?"),
            crate::normalize::fold_name(&text[m.span])
        );
        let value = m.value.clone();
        let gran = m.granularity.as_str().to_string();
        set.add(key, m.span, || entities::Draft {
            kind: EntityKind::Date,
            canonical: String::new(),
            subkind: String::new(),
            country: None,
            row: None,
            value,
            granularity: Some(gran),
            mentions: Vec::new(),
            group: None,
        });
    }
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
        // Every offset of the output, converted to chars in one pass in
        // text order (entities come in order of first mention and events
        // in order of finding, so their spans jump about the text).
        let mut offsets = Vec::new();
        for d in &set.drafts {
            offsets.extend(d.mentions.iter().flat_map(|s| [s.start, s.end]));
        }
        for d in &mut events {
            d.triggers.sort();
            d.triggers.dedup();
            offsets.extend(d.triggers.iter().flat_map(|s| [s.start, s.end]));
        }
        let chars = CharMap::new(text, offsets);
        let (entities, slots) = to_entities(text, lex, set, &chars);
        // Entity indices of draft indices.
        let pick = |v: &[usize]| -> Vec<usize> {
            v.iter().filter_map(|&i| slots.get(i).copied().flatten()).collect()
        };
        let name = |v: &[usize]| -> Vec<String> {
            v.iter().map(|&e| entities[e].id.clone()).collect()
        };
        let mut out_events = Vec::with_capacity(events.len());
        for (n, d) in events.into_iter().enumerate() {
            let time_ix = pick(&d.time);
            let date = {
                let vals: Vec<(&str, Option<&str>)> = time_ix
                    .iter()
                    .map(|&e| &entities[e])
                    .filter_map(|e| {
                        e.value
                            .as_deref()
                            .map(|v| (v, e.granularity.as_deref()))
                    })
                    .collect();
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
                vals.iter()
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
            let triggers: Vec<crate::output::Mention> =
                d.triggers.iter().map(|&s| chars.mention(text, s)).collect();
            let suicide = triggers.iter().any(|t| {
                let f = crate::normalize::fold_name(&t.text);
                f.contains("kamikaze") || f.contains("suicide")
            });
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
                location: name(&pick(&d.location)),
                time: name(&time_ix),
                destination: name(&pick(&d.destination)),
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
fn short_id(prefix: char, mut n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        // `n % 10` is below 10.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - i);
    id.push(prefix);
    id.extend(digits[i..].iter().map(|&d| char::from(d)));
    id
}

/// Char offsets of a set of byte offsets of one text, counted in one pass.
struct CharMap {
    /// The byte offsets, sorted, each once.
    bytes: Vec<usize>,
    /// The char offset of each (as [`CharIndex::char_at`] gives it).
    chars: Vec<usize>,
}

impl CharMap {
    fn new(text: &str, mut bytes: Vec<usize>) -> CharMap {
        bytes.sort_unstable();
        bytes.dedup();
        let mut ix = CharIndex::new(text);
        let chars = bytes.iter().map(|&b| ix.char_at(b)).collect();
        CharMap { bytes, chars }
    }

    /// The char offset of byte offset `b` (one of those given to
    /// [`CharMap::new`]; any other is counted from the start).
    fn char_at(&self, text: &str, b: usize) -> usize {
        match self.bytes.binary_search(&b) {
            Ok(i) => self.chars[i],
            Err(_) => CharIndex::new(text).char_at(b),
        }
    }

    /// A mention for a byte span.
    fn mention(&self, text: &str, span: Span) -> crate::output::Mention {
        crate::output::Mention {
            start: self.char_at(text, span.start),
            end: self.char_at(text, span.end),
            text: text[span].to_string(),
        }
    }
}

/// Orders entities (places, actors, dates; by first mention), assigns ids
/// and converts spans to char offsets. Also returns the index in the
/// entities of every draft (None for drafts with no mention).
fn to_entities(
    text: &str,
    lex: &Lexicon,
    set: EntitySet,
    chars: &CharMap,
) -> (Vec<Entity>, Vec<Option<usize>>) {
    let mut drafts: Vec<(usize, entities::Draft)> =
        set.drafts.into_iter().enumerate().collect();
    for (_, d) in &mut drafts {
        d.mentions.sort();
    }
    drafts.retain(|(_, d)| !d.mentions.is_empty());
    let rank = |k: EntityKind| match k {
        EntityKind::Place => 0,
        EntityKind::Actor => 1,
        EntityKind::Date => 2,
    };
    drafts.sort_by_key(|(_, d)| (rank(d.kind), d.mentions[0]));
    let mut counters = [0usize; 3];
    let total = drafts.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
    let mut slots: Vec<Option<usize>> = vec![None; total];
    let entities = drafts
        .into_iter()
        .enumerate()
        .map(|(n, (orig, d))| {
            let r = rank(d.kind);
            counters[r] += 1;
            let prefix = ['E', 'A', 'T'][r];
            slots[orig] = Some(n);
            let row = d.row.map(|i| lex.row(i));
            let is_date = d.kind == EntityKind::Date;
            Entity {
                id: short_id(prefix, counters[r]),
                kind: d.kind,
                canonical: (!is_date).then_some(d.canonical),
                subkind: (!is_date).then_some(d.subkind),
                country: d.country,
                geonames: row.and_then(|r| r.geonames),
                wikidata: row.and_then(|r| r.wikidata.clone()),
                lat: row.and_then(|r| r.lat),
                lon: row.and_then(|r| r.lon),
                value: d.value,
                granularity: d.granularity,
                gazetteer_id: row.map(|r| r.id.clone()),
                mentions: d
                    .mentions
                    .iter()
                    .map(|&s| chars.mention(text, s))
                    .collect(),
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
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }
}
