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
    /// Appends the compact JSON of the extraction to `out`: the bytes
    /// `serde_json::to_writer` gives, written without going through
    /// serde's field-by-field machinery (keys are written as they are,
    /// strings escaped as serde_json escapes them).
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json::str(out, &self.id);
        out.extend_from_slice(b",\"dct\":");
        json::opt_str(out, self.dct.as_deref());
        if let Some(d) = &self.dct_source {
            out.extend_from_slice(b",\"dct_source\":{\"how\":");
            json::str(out, &d.how);
            if let Some(r) = &d.rule {
                out.extend_from_slice(b",\"rule\":");
                json::str(out, r);
            }
            if let Some(m) = &d.mention {
                out.extend_from_slice(b",\"mention\":");
                m.write_json(out);
            }
            out.push(b'}');
        }
        out.extend_from_slice(b",\"sections\":[");
        for (i, s) in self.sections.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"kind\":");
            json::str(out, &s.kind);
            out.extend_from_slice(b",\"start\":");
            json::uint(out, s.start as u64);
            out.extend_from_slice(b",\"end\":");
            json::uint(out, s.end as u64);
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

impl Mention {
    /// Compact JSON, as serde_json writes it.
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"start\":");
        json::uint(out, self.start as u64);
        out.extend_from_slice(b",\"end\":");
        json::uint(out, self.end as u64);
        out.extend_from_slice(b",\"text\":");
        json::str(out, &self.text);
        out.push(b'}');
    }
}

/// Compact JSON of mentions, as serde_json writes a list of them.
fn write_mentions(out: &mut Vec<u8>, mentions: &[Mention]) {
    out.push(b'[');
    for (i, m) in mentions.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        m.write_json(out);
    }
    out.push(b']');
}

impl Entity {
    /// Compact JSON, as serde_json writes it.
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json::str(out, &self.id);
        out.extend_from_slice(match self.kind {
            EntityKind::Place => b",\"kind\":\"place\"",
            EntityKind::Actor => b",\"kind\":\"actor\"",
            EntityKind::Date => b",\"kind\":\"date\"",
        });
        if let Some(c) = &self.canonical {
            out.extend_from_slice(b",\"canonical\":");
            json::str(out, c);
        }
        if let Some(s) = &self.subkind {
            out.extend_from_slice(b",\"subkind\":");
            json::str(out, s);
        }
        out.extend_from_slice(b",\"country\":");
        json::opt_str(out, self.country.as_deref());
        if let Some(g) = self.geonames {
            out.extend_from_slice(b",\"geonames\":");
            json::uint(out, g);
        }
        if let Some(w) = &self.wikidata {
            out.extend_from_slice(b",\"wikidata\":");
            json::str(out, w);
        }
        if let Some(x) = self.lat {
            out.extend_from_slice(b",\"lat\":");
            json::float(out, x);
        }
        if let Some(x) = self.lon {
            out.extend_from_slice(b",\"lon\":");
            json::float(out, x);
        }
        if let Some(v) = &self.value {
            out.extend_from_slice(b",\"value\":");
            json::str(out, v);
        }
        if let Some(g) = &self.granularity {
            out.extend_from_slice(b",\"granularity\":");
            json::str(out, g);
        }
        if let Some(g) = &self.gazetteer_id {
            out.extend_from_slice(b",\"gazetteer_id\":");
            json::str(out, g);
        }
        out.extend_from_slice(b",\"mentions\":");
        write_mentions(out, &self.mentions);
        out.push(b'}');
    }
}

impl Event {
    /// Compact JSON, as serde_json writes it (the extra fields last).
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json::str(out, &self.id);
        out.extend_from_slice(b",\"kind\":");
        json::str(out, &self.kind);
        out.extend_from_slice(b",\"triggers\":");
        write_mentions(out, &self.triggers);
        let lists: [(&[u8], &Vec<String>); 6] = [
            (b",\"agent\":[", &self.agent),
            (b",\"target\":[", &self.target),
            (b",\"location\":[", &self.location),
            (b",\"time\":[", &self.time),
            (b",\"destination\":[", &self.destination),
            (b",\"source\":[", &self.source),
        ];
        for (key, ids) in lists {
            out.extend_from_slice(key);
            for (i, id) in ids.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                json::str(out, id);
            }
            out.push(b']');
        }
        out.extend_from_slice(b",\"date\":");
        json::opt_str(out, self.date.as_deref());
        out.extend_from_slice(b",\"killed\":");
        json::opt_uint(out, self.killed);
        out.extend_from_slice(b",\"injured\":");
        json::opt_uint(out, self.injured);
        out.extend_from_slice(b",\"abducted\":");
        json::opt_uint(out, self.abducted);
        out.extend_from_slice(b",\"polarity\":");
        json::str(out, &self.polarity);
        out.extend_from_slice(b",\"modality\":");
        json::str(out, &self.modality);
        if !self.actor_roles.is_empty() {
            out.extend_from_slice(b",\"actor_roles\":[");
            for (i, r) in self.actor_roles.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                r.write_json(out);
            }
            out.push(b']');
        }
        for (k, v) in &self.extra {
            out.push(b',');
            json::str(out, k);
            out.push(b':');
            json::value(out, v);
        }
        out.push(b'}');
    }
}

impl ActorRole {
    /// Compact JSON, as serde_json writes it.
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"entity\":");
        json::str(out, &self.entity);
        out.extend_from_slice(b",\"role\":");
        json::str(out, &self.role);
        out.extend_from_slice(b",\"subkind\":");
        json::str(out, &self.subkind);
        out.extend_from_slice(b",\"country\":");
        json::opt_str(out, self.country.as_deref());
        if let Some(c) = &self.canonical {
            out.extend_from_slice(b",\"canonical\":");
            json::str(out, c);
        }
        out.extend_from_slice(b",\"from\":");
        json::opt_str(out, self.from.as_deref());
        out.extend_from_slice(b",\"to\":");
        json::opt_str(out, self.to.as_deref());
        out.push(b'}');
    }
}

/// The decimal digits of `n` (what `n.to_string()` gives), written at
/// the end of `buf`.
pub(crate) fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    // Two digits a step, from a table of the hundred pairs: half the
    // divisions.
    while n >= 100 {
        // `n % 100` is below 100.
        let k = 2 * (n % 100) as usize;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[k..k + 2]);
    }
    if n >= 10 {
        let k = 2 * n as usize;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[k..k + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    &buf[i..]
}

/// "00", "01", … "99", one after the other.
static DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut k = 0;
    while k < 100 {
        t[2 * k] = b'0' + (k / 10) as u8;
        t[2 * k + 1] = b'0' + (k % 10) as u8;
        k += 1;
    }
    t
};

/// Pieces of compact JSON, written as serde_json writes them.
mod json {
    /// Escape of each byte in a string: 0 for none, `u` for `\u00XX`,
    /// else the letter after the backslash (serde_json's table).
    static ESCAPE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = b'u';
            b += 1;
        }
        t[0x08] = b'b';
        t[0x09] = b't';
        t[0x0A] = b'n';
        t[0x0C] = b'f';
        t[0x0D] = b'r';
        t[b'"' as usize] = b'"';
        t[b'\\' as usize] = b'\\';
        t
    };

    /// A JSON string.
    pub(super) fn str(out: &mut Vec<u8>, s: &str) {
        let bytes = s.as_bytes();
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        match first_escape(bytes) {
            None => out.extend_from_slice(bytes),
            Some(i) => escape_from(out, bytes, i),
        }
        out.push(b'"');
    }

    /// Index of the first byte of `bytes` that needs an escape.
    ///
    /// Eight bytes at a time; the bytes after the last whole eight are
    /// read as the last eight bytes of `bytes`, which overlap the ones
    /// before them (found clean already), instead of one by one.
    #[inline]
    fn first_escape(bytes: &[u8]) -> Option<usize> {
        let n = bytes.len();
        let in_chunk = |at: usize| {
            let c = &bytes[at..at + 8];
            if !may_escape(c.try_into().expect("8 bytes")) {
                return None;
            }
            c.iter().position(|&b| ESCAPE[usize::from(b)] != 0).map(|i| at + i)
        };
        if n < 8 {
            return bytes.iter().position(|&b| ESCAPE[usize::from(b)] != 0);
        }
        let mut at = 0;
        while at + 8 <= n {
            if let Some(i) = in_chunk(at) {
                return Some(i);
            }
            at += 8;
        }
        if at < n {
            return in_chunk(n - 8);
        }
        None
    }

    /// False when no byte of `w` needs an escape; true when some byte
    /// may (seldom when none does).
    #[inline]
    fn may_escape(w: [u8; 8]) -> bool {
        const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
        const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
        let x = u64::from_ne_bytes(w);
        // Some high bit is set when a byte is below 0x20, or is '"' or
        // '\\' (whose high bits are clear, so that `!x` stands for
        // `!(x ^ c)` there), and only then.
        let ctl = x.wrapping_sub(ONES * 0x20);
        let quote = (x ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
        let slash = (x ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
        (ctl | quote | slash) & !x & HIGH != 0
    }

    /// The contents of a string whose first byte to escape is at `first`.
    #[cold]
    fn escape_from(out: &mut Vec<u8>, bytes: &[u8], first: usize) {
        out.extend_from_slice(&bytes[..first]);
        let mut run = first;
        for (i, &b) in bytes.iter().enumerate().skip(first) {
            let e = ESCAPE[usize::from(b)];
            if e == 0 {
                continue;
            }
            out.extend_from_slice(&bytes[run..i]);
            run = i + 1;
            if e == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            } else {
                out.push(b'\\');
                out.push(e);
            }
        }
        out.extend_from_slice(&bytes[run..]);
    }

    /// A string or `null`.
    pub(super) fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
        match s {
            Some(s) => str(out, s),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// An unsigned integer in decimal.
    pub(super) fn uint(out: &mut Vec<u8>, n: u64) {
        let mut buf = [0u8; 20];
        out.extend_from_slice(super::decimal(n, &mut buf));
    }

    /// An unsigned integer or `null`.
    pub(super) fn opt_uint(out: &mut Vec<u8>, n: Option<u64>) {
        match n {
            Some(n) => uint(out, n),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// A float, by serde_json itself (`null` when not finite).
    pub(super) fn float(out: &mut Vec<u8>, x: f64) {
        // Writing to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, &x);
    }

    /// Any JSON value: strings and null here, the rest by serde_json.
    pub(super) fn value(out: &mut Vec<u8>, v: &serde_json::Value) {
        match v {
            serde_json::Value::String(s) => str(out, s),
            serde_json::Value::Null => out.extend_from_slice(b"null"),
            v => {
                // Writing to a Vec cannot fail.
                let _ = serde_json::to_writer(&mut *out, v);
            }
        }
    }
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
    use proptest::prelude::*;

    fn serde_str(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap()
    }

    fn our_str(s: &str) -> Vec<u8> {
        let mut out = b"x".to_vec();
        json::str(&mut out, s);
        out.remove(0);
        out
    }

    proptest! {
        #[test]
        fn json_strings_as_serde(s in any::<String>()) {
            prop_assert_eq!(our_str(&s), serde_str(&s));
        }

        #[test]
        fn json_strings_with_escapes_as_serde(
            s in "[\\x00-\\x7f\"\\\\éà’\u{2028}\u{10FFFF}]{0,40}"
        ) {
            prop_assert_eq!(our_str(&s), serde_str(&s));
        }

        #[test]
        fn json_numbers_as_serde(n in any::<u64>(), x in any::<f64>()) {
            let mut out = Vec::new();
            json::uint(&mut out, n);
            prop_assert_eq!(&out, &serde_json::to_vec(&n).unwrap());
            out.clear();
            json::float(&mut out, x);
            prop_assert_eq!(&out, &serde_json::to_vec(&x).unwrap());
        }
    }

    #[test]
    fn decimal_as_to_string() {
        let mut buf = [0u8; 20];
        let mut check = |n: u64| {
            assert_eq!(decimal(n, &mut buf), n.to_string().as_bytes(), "{n}");
        };
        for n in 0..100_000 {
            check(n);
        }
        for p in 0..20 {
            let t = 10u64.pow(p);
            for n in [t - 1, t, t + 1, 2 * t, 99 * (t / 10).max(1)] {
                check(n);
            }
        }
        check(u64::MAX);
    }

    #[test]
    fn json_strings_every_byte() {
        for b in 0..=0x7Fu8 {
            let c = char::from(b);
            for s in [
                c.to_string(),
                format!("abcdefg{c}"),
                format!("abcdefgh{c}ijklmnop{c}"),
                format!("{c}{c}é{c}0123456789"),
            ] {
                assert_eq!(our_str(&s), serde_str(&s), "{s:?}");
            }
            // One such byte, or two, anywhere in strings of every length
            // up to 25 (whole chunks, a last chunk overlapping the one
            // before, and no chunk at all).
            for len in 1..=25 {
                for at in 0..len {
                    let mut s: Vec<char> = "azé0’ »bcdéfghijklmnopqrstu"
                        .chars()
                        .take(len)
                        .collect();
                    s[at] = c;
                    let one: String = s.iter().collect();
                    assert_eq!(our_str(&one), serde_str(&one), "{one:?}");
                    s[len - 1 - at / 2] = c;
                    let two: String = s.iter().collect();
                    assert_eq!(our_str(&two), serde_str(&two), "{two:?}");
                }
            }
        }
    }

    fn mention(start: usize, text: &str) -> Mention {
        Mention { start, end: start + text.len(), text: text.into() }
    }

    /// An extraction with every optional field both set and not, and
    /// strings that need escapes.
    fn odd_extraction() -> Extraction {
        let odd = "a\"b\\c\n\u{1}\u{1f}\u{7f} é’ \u{2028}";
        let full = Entity {
            id: "E1".into(),
            kind: EntityKind::Place,
            canonical: Some(odd.into()),
            subkind: Some("city".into()),
            country: Some("SY".into()),
            geonames: Some(u64::MAX),
            wikidata: Some("Q1".into()),
            lat: Some(33.5102),
            lon: Some(-0.0),
            value: Some("2020".into()),
            granularity: Some("year".into()),
            gazetteer_id: Some("P:SY:1".into()),
            mentions: vec![mention(0, odd), mention(40, "")],
        };
        let bare = Entity {
            id: odd.into(),
            kind: EntityKind::Date,
            canonical: None,
            subkind: None,
            country: None,
            geonames: None,
            wikidata: None,
            lat: Some(f64::NAN),
            lon: Some(f64::INFINITY),
            value: None,
            granularity: None,
            gazetteer_id: None,
            mentions: Vec::new(),
        };
        let actor = Entity {
            kind: EntityKind::Actor,
            lat: Some(1e300),
            lon: Some(5e-324),
            ..bare.clone()
        };
        let mut extra = serde_json::Map::new();
        extra.insert("acled_event_type".into(), odd.into());
        extra.insert("plover".into(), serde_json::Value::Null);
        extra.insert("n".into(), serde_json::json!(-3));
        extra.insert("x".into(), serde_json::json!(0.1));
        extra.insert("b".into(), serde_json::json!(true));
        extra.insert(
            odd.into(),
            serde_json::json!([1, "a\"", {"k\n": [null, false, 2.5]}]),
        );
        let event = Event {
            id: "V1".into(),
            kind: odd.into(),
            triggers: vec![mention(3, "tué"), mention(9, odd)],
            agent: vec!["A1".into(), odd.into()],
            target: Vec::new(),
            location: vec!["E1".into()],
            time: vec!["T1".into()],
            destination: Vec::new(),
            source: vec![odd.into()],
            date: Some("2020-01-02".into()),
            killed: Some(3),
            injured: None,
            abducted: Some(0),
            polarity: "negated".into(),
            modality: odd.into(),
            actor_roles: vec![
                ActorRole {
                    entity: "A1".into(),
                    role: odd.into(),
                    subkind: "armed_group".into(),
                    country: None,
                    canonical: Some(odd.into()),
                    from: Some("2011".into()),
                    to: None,
                },
                ActorRole {
                    entity: "A2".into(),
                    role: "r".into(),
                    subkind: "state_force".into(),
                    country: Some("ML".into()),
                    canonical: None,
                    from: None,
                    to: Some("2020-03".into()),
                },
            ],
            extra,
        };
        let bare_event = Event {
            date: None,
            killed: None,
            abducted: None,
            actor_roles: Vec::new(),
            extra: serde_json::Map::new(),
            triggers: Vec::new(),
            ..event.clone()
        };
        Extraction {
            id: odd.into(),
            dct: Some("2020-01-02".into()),
            dct_source: Some(DctInfo {
                how: "inferred".into(),
                rule: Some(odd.into()),
                mention: Some(mention(0, odd)),
            }),
            sections: vec![
                Section { kind: "comments".into(), start: 3, end: 9 },
                Section { kind: odd.into(), start: 0, end: 0 },
            ],
            entities: vec![full, bare, actor],
            events: vec![event, bare_event],
        }
    }

    fn assert_json_as_serde(ex: &Extraction) {
        let mut ours = b"[".to_vec();
        ex.write_json(&mut ours);
        let theirs = serde_json::to_vec(ex).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours[1..]),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn json_extraction_as_serde() {
        let ex = odd_extraction();
        assert_json_as_serde(&ex);
        // Without the optional parts.
        let mut ex2 = ex.clone();
        ex2.dct = None;
        ex2.dct_source =
            Some(DctInfo { how: "given".into(), rule: None, mention: None });
        ex2.sections.clear();
        assert_json_as_serde(&ex2);
        ex2.dct_source = None;
        ex2.entities.clear();
        ex2.events.clear();
        assert_json_as_serde(&ex2);
    }

    #[test]
    fn json_of_extractions_as_serde() {
        let x = crate::Extractor::new();
        for (i, text) in [
            "",
            "BAMAKO, 3 mars 2020 (AFP) - Le lundi 2 mars, trois soldats \
             maliens ont été tués par des jihadistes près de Mopti, a \
             déclaré l'armée. Des hommes armés ont enlevé deux civils.",
            "DAMAS (Reuters) - Des frappes aériennes russes ont tué 12 \
             civils à Idleb le 4 avril 2017, selon l'OSDH.\n\nCommentaires\n\
             Un lecteur : « les \"rebelles\" ont attaqué Alep »\t\u{1}",
        ]
        .into_iter()
        .enumerate()
        {
            let doc = crate::Document::new(format!("d\"{i}"), text);
            assert_json_as_serde(&x.extract(&doc));
            assert_json_as_serde(&x.extract(&doc.with_dct("2017-04-05")));
        }
    }

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
