//! Output formats for researchers' tools: ACLED-style CSV, BRAT
//! standoff annotation (and its reader), Label Studio pre-annotations,
//! GeoJSON and a self-contained HTML report.
//!
//! Every writer takes an [`Extraction`] (and, where the format carries
//! text, the original text it was extracted from). Offsets stay **char**
//! offsets, as in the JSON contract: BRAT uses the same convention, so
//! annotations round-trip through it unchanged.

use serde::{Deserialize, Serialize};

use crate::output::{Entity, Extraction};
use crate::sections::Section;

pub mod brat;
pub mod csv;
pub mod geojson;
pub mod html;
pub mod label_studio;

/// One document of an annotated corpus (`docs/schema.md` §5): an
/// extraction together with its text, as one JSON Lines line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorpusDoc {
    /// Document id.
    pub id: String,
    /// Document creation time.
    #[serde(default)]
    pub dct: Option<String>,
    /// The document text.
    pub text: String,
    /// Sections that are not reporting (char offsets).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Events.
    #[serde(default)]
    pub events: Vec<crate::output::Event>,
}

impl CorpusDoc {
    /// A corpus document from an extraction and the text it came from.
    pub fn new(ex: &Extraction, text: &str) -> CorpusDoc {
        CorpusDoc {
            id: ex.id.clone(),
            dct: ex.dct.clone(),
            text: text.to_string(),
            sections: ex.sections.clone(),
            entities: ex.entities.clone(),
            events: ex.events.clone(),
        }
    }

    /// The extraction part (without the text).
    pub fn extraction(&self) -> Extraction {
        Extraction {
            id: self.id.clone(),
            dct: self.dct.clone(),
            dct_source: None,
            sections: self.sections.clone(),
            entities: self.entities.clone(),
            events: self.events.clone(),
        }
    }
}

/// The entity with id `id`, if any.
pub(crate) fn entity<'a>(ex: &'a Extraction, id: &str) -> Option<&'a Entity> {
    ex.entities.iter().find(|e| e.id == id)
}

/// `place`, `actor` or `date`.
pub(crate) fn kind_name(e: &Entity) -> &'static str {
    match e.kind {
        crate::EntityKind::Place => "place",
        crate::EntityKind::Actor => "actor",
        crate::EntityKind::Date => "date",
    }
}

/// A readable name: the canonical name, else the first mention's text,
/// else the id.
pub(crate) fn display_name(e: &Entity) -> String {
    e.canonical
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| e.mentions.first().map(|m| m.text.clone()))
        .unwrap_or_else(|| e.id.clone())
}

/// The first location entity of an event that has coordinates.
pub(crate) fn located<'a>(
    ex: &'a Extraction,
    ev: &crate::output::Event,
) -> Option<&'a Entity> {
    ev.location
        .iter()
        .filter_map(|id| entity(ex, id))
        .find(|e| e.lat.is_some() && e.lon.is_some())
}

/// The event's string-valued extra field `key` (ACLED and PLOVER codes).
pub(crate) fn extra_str<'a>(
    ev: &'a crate::output::Event,
    key: &str,
) -> Option<&'a str> {
    ev.extra.get(key).and_then(|v| v.as_str())
}

/// Byte offset of every char offset of `text`, plus one past the end.
pub(crate) fn char_starts(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// The substring of `text` between char offsets (clamped).
pub(crate) fn slice_chars<'a>(
    text: &'a str,
    starts: &[usize],
    start: usize,
    end: usize,
) -> &'a str {
    let last = starts.len() - 1;
    let (s, e) = (start.min(last), end.min(last));
    if s >= e {
        return "";
    }
    &text[starts[s]..starts[e]]
}
