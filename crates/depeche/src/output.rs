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

impl Extraction {
    /// Appends the extraction to `out` as compact JSON: the same bytes as
    /// `serde_json::to_writer` gives, written directly (keys as fixed
    /// bytes, strings escaped in runs) rather than through the generic
    /// serializer.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json_str(out, &self.id);
        out.extend_from_slice(b",\"dct\":");
        json_opt_str(out, self.dct.as_deref());
        if let Some(d) = &self.dct_source {
            out.extend_from_slice(b",\"dct_source\":{\"how\":");
            json_str(out, &d.how);
            if let Some(r) = &d.rule {
                out.extend_from_slice(b",\"rule\":");
                json_str(out, r);
            }
            if let Some(m) = &d.mention {
                out.extend_from_slice(b",\"mention\":");
                json_mention(out, m);
            }
            out.push(b'}');
        }
        out.extend_from_slice(b",\"sections\":[");
        for (i, s) in self.sections.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"kind\":");
            json_str(out, &s.kind);
            out.extend_from_slice(b",\"start\":");
            json_uint(out, s.start as u64);
            out.extend_from_slice(b",\"end\":");
            json_uint(out, s.end as u64);
            out.push(b'}');
        }
        out.extend_from_slice(b"],\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            e.write_json(out);
        }
        out.extend_from_slice(b"],\"events\":[");
        for (i, e) in self.events.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            e.write_json(out);
        }
        out.extend_from_slice(b"]}");
    }
}

impl Entity {
    /// See [`Extraction::write_json`].
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json_str(out, &self.id);
        out.extend_from_slice(match self.kind {
            EntityKind::Place => b",\"kind\":\"place\"",
            EntityKind::Actor => b",\"kind\":\"actor\"",
            EntityKind::Date => b",\"kind\":\"date\"",
        });
        if let Some(c) = &self.canonical {
            out.extend_from_slice(b",\"canonical\":");
            json_str(out, c);
        }
        if let Some(s) = &self.subkind {
            out.extend_from_slice(b",\"subkind\":");
            json_str(out, s);
        }
        out.extend_from_slice(b",\"country\":");
        json_opt_str(out, self.country.as_deref());
        if let Some(g) = self.geonames {
            out.extend_from_slice(b",\"geonames\":");
            json_uint(out, g);
        }
        if let Some(w) = &self.wikidata {
            out.extend_from_slice(b",\"wikidata\":");
            json_str(out, w);
        }
        if let Some(v) = self.lat {
            out.extend_from_slice(b",\"lat\":");
            json_float(out, v);
        }
        if let Some(v) = self.lon {
            out.extend_from_slice(b",\"lon\":");
            json_float(out, v);
        }
        if let Some(v) = &self.value {
            out.extend_from_slice(b",\"value\":");
            json_str(out, v);
        }
        if let Some(g) = &self.granularity {
            out.extend_from_slice(b",\"granularity\":");
            json_str(out, g);
        }
        if let Some(g) = &self.gazetteer_id {
            out.extend_from_slice(b",\"gazetteer_id\":");
            json_str(out, g);
        }
        out.extend_from_slice(b",\"mentions\":");
        json_mentions(out, &self.mentions);
        out.push(b'}');
    }
}

impl Event {
    /// See [`Extraction::write_json`]. `extra` is flattened: its entries
    /// follow the fields, in the map's order.
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json_str(out, &self.id);
        out.extend_from_slice(b",\"kind\":");
        json_str(out, &self.kind);
        out.extend_from_slice(b",\"triggers\":");
        json_mentions(out, &self.triggers);
        for (key, ids) in [
            (&b",\"agent\":"[..], &self.agent),
            (b",\"target\":", &self.target),
            (b",\"location\":", &self.location),
            (b",\"time\":", &self.time),
            (b",\"destination\":", &self.destination),
            (b",\"source\":", &self.source),
        ] {
            out.extend_from_slice(key);
            out.push(b'[');
            for (i, id) in ids.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                json_str(out, id);
            }
            out.push(b']');
        }
        out.extend_from_slice(b",\"date\":");
        json_opt_str(out, self.date.as_deref());
        for (key, n) in [
            (&b",\"killed\":"[..], self.killed),
            (b",\"injured\":", self.injured),
            (b",\"abducted\":", self.abducted),
        ] {
            out.extend_from_slice(key);
            match n {
                Some(n) => json_uint(out, n),
                None => out.extend_from_slice(b"null"),
            }
        }
        out.extend_from_slice(b",\"polarity\":");
        json_str(out, &self.polarity);
        out.extend_from_slice(b",\"modality\":");
        json_str(out, &self.modality);
        if !self.actor_roles.is_empty() {
            out.extend_from_slice(b",\"actor_roles\":[");
            for (i, r) in self.actor_roles.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(b"{\"entity\":");
                json_str(out, &r.entity);
                out.extend_from_slice(b",\"role\":");
                json_str(out, &r.role);
                out.extend_from_slice(b",\"subkind\":");
                json_str(out, &r.subkind);
                out.extend_from_slice(b",\"country\":");
                json_opt_str(out, r.country.as_deref());
                if let Some(c) = &r.canonical {
                    out.extend_from_slice(b",\"canonical\":");
                    json_str(out, c);
                }
                out.extend_from_slice(b",\"from\":");
                json_opt_str(out, r.from.as_deref());
                out.extend_from_slice(b",\"to\":");
                json_opt_str(out, r.to.as_deref());
                out.push(b'}');
            }
            out.push(b']');
        }
        for (k, v) in &self.extra {
            out.push(b',');
            json_str(out, k);
            out.push(b':');
            match v {
                serde_json::Value::Null => out.extend_from_slice(b"null"),
                serde_json::Value::String(s) => json_str(out, s),
                // Writing to a Vec cannot fail.
                v => {
                    let _ = serde_json::to_writer(&mut *out, v);
                }
            }
        }
        out.push(b'}');
    }
}

/// A list of mentions as JSON.
fn json_mentions(out: &mut Vec<u8>, mentions: &[Mention]) {
    out.push(b'[');
    for (i, m) in mentions.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_mention(out, m);
    }
    out.push(b']');
}

fn json_mention(out: &mut Vec<u8>, m: &Mention) {
    out.extend_from_slice(b"{\"start\":");
    json_uint(out, m.start as u64);
    out.extend_from_slice(b",\"end\":");
    json_uint(out, m.end as u64);
    out.extend_from_slice(b",\"text\":");
    json_str(out, &m.text);
    out.push(b'}');
}

fn json_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A number as serde_json writes it (shortest round-trip form; `null`
/// when not finite).
fn json_float(out: &mut Vec<u8>, v: f64) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &v);
}

fn json_uint(out: &mut Vec<u8>, mut n: u64) {
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
    out.extend_from_slice(&digits[i..]);
}

/// A JSON string with serde_json's escapes: `"` and `\` backslashed,
/// control chars as `\b \t \n \f \r` or `\u00xx` (lowercase hex), every
/// other char as it is. Runs of plain bytes are copied whole.
fn json_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            0x0C => b"\\f",
            b'\r' => b"\\r",
            0x00..=0x1F => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ],
            _ => continue,
        };
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(esc);
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
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

    /// `write_json` gives the bytes serde_json gives.
    #[test]
    fn write_json_matches_serde() {
        let mention = |s: usize, t: &str| Mention {
            start: s,
            end: s + t.chars().count(),
            text: t.to_string(),
        };
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        let mut extra = serde_json::Map::new();
        extra.insert("acled_event_type".into(), "Battles".into());
        extra.insert("plover".into(), serde_json::Value::Null);
        extra.insert("confidence".into(), serde_json::json!(0.25));
        extra.insert("list".into(), serde_json::json!([1, "a\"b", null]));
        let ex = Extraction {
            id: "doc \"1\"\\".into(),
            dct: Some("2020-03-01".into()),
            dct_source: Some(DctInfo {
                how: "inferred".into(),
                rule: Some("dateline".into()),
                mention: Some(mention(0, "3 mars 2020")),
            }),
            sections: vec![Section {
                kind: "comments".into(),
                start: 5,
                end: 9,
            }],
            entities: vec![
                Entity {
                    id: "E1".into(),
                    kind: EntityKind::Place,
                    canonical: Some("Tillabéri".into()),
                    subkind: Some("region".into()),
                    country: Some("NE".into()),
                    geonames: Some(u64::MAX),
                    wikidata: Some("Q1".into()),
                    lat: Some(14.2117),
                    lon: Some(-1e-7),
                    value: None,
                    granularity: None,
                    gazetteer_id: Some("ne-1".into()),
                    mentions: vec![
                        mention(3, "Tillabéri"),
                        mention(40, &all_controls),
                        mention(90, "« L’armée » \u{7f}\u{2028} 🙂"),
                    ],
                },
                Entity {
                    id: "A1".into(),
                    kind: EntityKind::Actor,
                    canonical: Some("x".into()),
                    subkind: None,
                    country: None,
                    geonames: None,
                    wikidata: None,
                    lat: Some(f64::NAN),
                    lon: Some(1e300),
                    value: None,
                    granularity: None,
                    gazetteer_id: None,
                    mentions: vec![],
                },
                Entity {
                    id: "T1".into(),
                    kind: EntityKind::Date,
                    canonical: None,
                    subkind: None,
                    country: None,
                    geonames: Some(0),
                    wikidata: None,
                    lat: None,
                    lon: None,
                    value: Some("2020-03-02".into()),
                    granularity: Some("day".into()),
                    gazetteer_id: None,
                    mentions: vec![mention(7, "lundi")],
                },
            ],
            events: vec![
                Event {
                    id: "V1".into(),
                    kind: "attack".into(),
                    triggers: vec![mention(1, "attaque"), mention(9, "tués")],
                    agent: vec!["A1".into(), "A2".into()],
                    target: vec![],
                    location: vec!["E1".into()],
                    time: vec!["T1".into()],
                    destination: vec![],
                    source: vec!["A\n3".into()],
                    date: Some("2020-03-02".into()),
                    killed: Some(12),
                    injured: None,
                    abducted: Some(0),
                    polarity: "affirmative".into(),
                    modality: "asserted".into(),
                    actor_roles: vec![
                        ActorRole {
                            entity: "A1".into(),
                            role: "président".into(),
                            subkind: "government".into(),
                            country: Some("ML".into()),
                            canonical: Some("Y".into()),
                            from: Some("2020".into()),
                            to: None,
                        },
                        ActorRole {
                            entity: "A2".into(),
                            role: "r".into(),
                            subkind: "s".into(),
                            country: None,
                            canonical: None,
                            from: None,
                            to: Some("2021-01-01".into()),
                        },
                    ],
                    extra: extra.clone(),
                },
                Event {
                    id: "V2".into(),
                    kind: "protest".into(),
                    triggers: vec![],
                    agent: vec![],
                    target: vec![],
                    location: vec![],
                    time: vec![],
                    destination: vec![],
                    source: vec![],
                    date: None,
                    killed: None,
                    injured: Some(3),
                    abducted: None,
                    polarity: "negated".into(),
                    modality: "future".into(),
                    actor_roles: vec![],
                    extra: serde_json::Map::new(),
                },
            ],
        };
        let mut ours = Vec::new();
        ex.write_json(&mut ours);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&ex).unwrap()
        );
        let empty = Extraction {
            id: String::new(),
            dct: None,
            dct_source: Some(DctInfo {
                how: "given".into(),
                rule: None,
                mention: None,
            }),
            sections: vec![],
            entities: vec![],
            events: vec![],
        };
        let mut ours = Vec::new();
        empty.write_json(&mut ours);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&empty).unwrap()
        );
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
