//! Output types: the JSON contract of `docs/schema.md`.
//!
//! Wire format: every `start`/`end` is a **char** (Unicode scalar value)
//! offset into the original text, end exclusive; `text` is exactly the
//! original characters of that range. Entities are listed places first,
//! then actors, then dates, each in order of first mention; mentions and
//! triggers are sorted by `start`.

use serde::{Deserialize, Serialize};

use crate::sections::Section;
use crate::Span;

/// One mention of an entity, or one trigger of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First char, inclusive.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The original characters.
    pub text: String,
}

/// Entity kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A place.
    Place,
    /// An actor.
    Actor,
    /// A date, time or duration.
    Date,
}

/// One real-world thing with all its mentions in the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id: `E1…` for places, `A1…` actors, `T1…` dates.
    pub id: String,
    /// Kind.
    pub kind: EntityKind,
    /// Canonical name (places, actors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Subkind (places, actors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subkind: Option<String>,
    /// ISO 3166-1 alpha-2 (places, actors; null when none or a date).
    #[serde(default)]
    pub country: Option<String>,
    /// GeoNames id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames: Option<u64>,
    /// Wikidata QID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Latitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Resolved date value (dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Date granularity (dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// Gazetteer row id the entity comes from, when one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer_id: Option<String>,
    /// Mentions, sorted by start.
    pub mentions: Vec<Mention>,
}

/// One event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Document-local id `V1…`.
    pub id: String,
    /// Event kind (schema §3).
    pub kind: String,
    /// Trigger mentions, sorted by start.
    pub triggers: Vec<Mention>,
    /// Who does it.
    pub agent: Vec<String>,
    /// Who or what it is done to.
    pub target: Vec<String>,
    /// Where it happens, most specific first.
    pub location: Vec<String>,
    /// Date entities saying when.
    pub time: Vec<String>,
    /// Where people or forces go.
    pub destination: Vec<String>,
    /// Who reports it.
    pub source: Vec<String>,
    /// Resolved date of the time argument.
    pub date: Option<String>,
    /// People killed.
    pub killed: Option<u64>,
    /// People injured.
    pub injured: Option<u64>,
    /// People abducted.
    pub abducted: Option<u64>,
    /// `affirmative` or `negated`.
    pub polarity: String,
    /// `asserted`, `hypothetical`, `future` or `demanded`.
    pub modality: String,
    /// The dated role, on the event's date, of each agent, target and
    /// source actor that has dated roles in the gazetteer; omitted when
    /// empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actor_roles: Vec<ActorRole>,
    /// Extra fields (ACLED and PLOVER codes, confidence …).
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// What an actor of an event was on the event's date
/// (`gazetteers/actor-roles.tsv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRole {
    /// The actor entity's id.
    pub entity: String,
    /// Short French label of the role on that period.
    pub role: String,
    /// Actor subkind on that period (the entity's own unless the period
    /// says otherwise).
    pub subkind: String,
    /// Country on that period (the entity's own unless the period says
    /// otherwise).
    #[serde(default)]
    pub country: Option<String>,
    /// The name the actor carried on that period, when it differs from
    /// the entity's canonical name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// First day of the period as the gazetteer gives it (`YYYY`,
    /// `YYYY-MM` or `YYYY-MM-DD`), null when open.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day of the period (inclusive), null when open.
    #[serde(default)]
    pub to: Option<String>,
}

impl Event {
    /// Every argument role with its entity ids, in the schema's order.
    pub fn roles(&self) -> [(&'static str, &Vec<String>); 6] {
        [
            ("agent", &self.agent),
            ("target", &self.target),
            ("location", &self.location),
            ("time", &self.time),
            ("destination", &self.destination),
            ("source", &self.source),
        ]
    }
}

/// How the document creation time was obtained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DctInfo {
    /// `given` or `inferred`.
    pub how: String,
    /// For an inferred DCT: the rule that found it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// For an inferred DCT: the span it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<Mention>,
}

/// The result of extracting one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Document id.
    pub id: String,
    /// Document creation time, `YYYY-MM-DD`, given or inferred.
    pub dct: Option<String>,
    /// How the DCT was obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct_source: Option<DctInfo>,
    /// Sections that are not reporting (char offsets).
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Entities.
    pub entities: Vec<Entity>,
    /// Events.
    pub events: Vec<Event>,
}

/// Converts byte offsets of one text to char offsets, cheaply for offsets
/// given in increasing order and correctly for any order.
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    /// Chars before byte `k * STRIDE`, for going back without counting
    /// from the start; counted the first time an offset goes back.
    marks: Option<Vec<usize>>,
}

/// Bytes between two marks of a [`CharIndex`].
const STRIDE: usize = 512;

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> CharIndex<'a> {
        CharIndex { text, byte: 0, chars: 0, marks: None }
    }

    /// The marks of the text (see [`CharIndex::marks`]).
    fn count_marks(text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(STRIDE) {
            marks.push(chars);
            // A char starts at every byte that is not a continuation byte.
            chars += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        marks
    }

    /// Char offset of byte offset `b` (clamped to the text, moved back to
    /// a char boundary).
    pub(crate) fn char_at(&mut self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        if b < self.byte {
            // Back to the mark at or before `b` (on a char boundary: a
            // mark may fall inside a char, whose bytes are then counted
            // from the mark on as the char's continuation bytes are not).
            let k = b / STRIDE;
            let mut at = k * STRIDE;
            let text = self.text;
            let marks =
                self.marks.get_or_insert_with(|| Self::count_marks(text));
            let chars = marks.get(k).copied().unwrap_or(0);
            while !self.text.is_char_boundary(at) {
                at += 1;
            }
            self.byte = at.min(b);
            self.chars = chars;
        }
        self.chars += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.chars
    }

    /// A mention for a byte span.
    pub(crate) fn mention(&mut self, span: Span) -> Mention {
        let start = self.char_at(span.start);
        let end = self.char_at(span.end);
        Mention { start, end, text: self.text[span].to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_in_any_order() {
        let text = "L’armée à Alep — é".repeat(200);
        let mut ix = CharIndex::new(&text);
        let bounds: Vec<usize> =
            (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        // Forward, then backward, then jumping about.
        let order = bounds
            .iter()
            .copied()
            .chain(bounds.iter().rev().copied())
            .chain(bounds.iter().step_by(7).rev().copied());
        for b in order {
            assert_eq!(ix.char_at(b), text[..b].chars().count(), "byte {b}");
        }
    }

    #[test]
    fn char_offsets() {
        let text = "L’armée à Alep";
        let mut ix = CharIndex::new(text);
        let b = text.find("Alep").unwrap();
        let m = ix.mention(Span::new(b, b + 4));
        assert_eq!((m.start, m.end, m.text.as_str()), (10, 14, "Alep"));
        // Going backwards works too.
        let m = ix.mention(Span::new(0, "L’armée".len()));
        assert_eq!((m.start, m.end), (0, 7));
    }
}
