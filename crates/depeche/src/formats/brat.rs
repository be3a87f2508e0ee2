//! BRAT standoff annotation: a `.txt` + `.ann` pair per document and an
//! `annotation.conf`, which BRAT and INCEpTION open; and the reader that
//! turns a corrected BRAT directory back into the corpus format.
//!
//! How the JSON maps onto BRAT:
//!
//! - each entity **mention** is a text-bound annotation of type `Place`,
//!   `Actor` or `Date`; its `Subkind` or `Granularity` is an attribute;
//!   the rest (`id`, `canonical`, `country`, `value`, `geonames`,
//!   `wikidata`, `lat`, `lon`, `gazetteer_id`) is an `AnnotatorNotes`
//!   line `key=value; key=value`. Mentions of one entity share its `id`
//!   and are also joined by a `Same` equivalence, which BRAT draws.
//! - each event **trigger** is a text-bound annotation of the event type
//!   (`Ceasefire`, `Armed_clash` …) with a BRAT event whose arguments
//!   (`Agent`, `Target`, `Location`, `Time`, `Destination`, `Source`,
//!   numbered from the second on) point at the argument entities'
//!   nearest mentions; `Polarity` and `Modality` are attributes and the
//!   rest (`id`, `date`, `killed`, `injured`, `abducted`, ACLED/PLOVER
//!   codes) a note. An event with several triggers is one BRAT event per
//!   trigger, all with the same `id`.
//! - a **section** (reader comments) is a text-bound `Comments`
//!   annotation.
//! - `index.jsonl` keeps each document's id, file name and DCT, which
//!   BRAT has no place for.
//!
//! Offsets are char offsets in BRAT as in depeche's JSON. A span that
//! crosses a line break is written as fragments, one per line.
//!
//! Reading back: an annotation added in the tool without a note becomes a
//! new entity (or joins one through a `Same` equivalence) and a new event;
//! a deleted one disappears.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{char_starts, kind_name, slice_chars, CorpusDoc};
use crate::output::{Entity, EntityKind, Event, Extraction, Mention};
use crate::sections::Section;

/// The argument roles in the order they are written.
const ROLES: [&str; 6] =
    ["agent", "target", "location", "time", "destination", "source"];

pub use crate::gazetteer::EVENT_KINDS;
use crate::gazetteer::{ACTOR_SUBKINDS, PLACE_SUBKINDS};

/// `armed_clash` → `Armed_clash`.
fn type_name(kind: &str) -> String {
    let mut c = kind.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The `annotation.conf` for the given event kinds, subkinds and section
/// kinds (the schema's lists are always included).
pub fn annotation_conf<'a>(
    extra_kinds: impl IntoIterator<Item = &'a str>,
    extra_subkinds: impl IntoIterator<Item = &'a str>,
    section_kinds: impl IntoIterator<Item = &'a str>,
) -> String {
    let mut kinds: Vec<String> =
        EVENT_KINDS.iter().map(|s| s.to_string()).collect();
    for k in extra_kinds {
        if !kinds.iter().any(|x| x == k) && !k.is_empty() {
            kinds.push(k.to_string());
        }
    }
    let mut subkinds: Vec<String> = PLACE_SUBKINDS
        .iter()
        .chain(ACTOR_SUBKINDS)
        .map(|s| s.to_string())
        .collect();
    for k in extra_subkinds {
        if !subkinds.iter().any(|x| x == k) && !k.is_empty() {
            subkinds.push(k.to_string());
        }
    }
    let mut sections: BTreeSet<String> = BTreeSet::new();
    sections.insert("Comments".into());
    for k in section_kinds {
        sections.insert(type_name(k));
    }
    let mut s = String::new();
    s.push_str("# depeche annotation scheme (BRAT, INCEpTION).\n");
    s.push_str("[entities]\nPlace\nActor\nDate\n");
    for k in &sections {
        let _ = writeln!(s, "{k}");
    }
    s.push_str("\n[relations]\n");
    s.push_str(
        "Same\tArg1:Place|Actor|Date, Arg2:Place|Actor|Date, \
         <REL-TYPE>:symmetric-transitive\n",
    );
    s.push_str("\n[events]\n");
    let any = "Place|Actor|Date";
    for k in &kinds {
        let _ = write!(s, "{}\t", type_name(k));
        let args: Vec<String> =
            ROLES.iter().map(|r| format!("{}*:{any}", type_name(r))).collect();
        let _ = writeln!(s, "{}", args.join(", "));
    }
    s.push_str("\n[attributes]\n");
    let _ =
        writeln!(s, "Subkind\tArg:Place|Actor, Value:{}", subkinds.join("|"));
    s.push_str("Granularity\tArg:Date, Value:year|month|day|time|duration\n");
    s.push_str("Polarity\tArg:<EVENT>, Value:affirmative|negated\n");
    s.push_str(
        "Modality\tArg:<EVENT>, Value:asserted|hypothetical|future|demanded\n",
    );
    s
}

/// Escapes a note value (`;`, `\`, line breaks and tabs).
fn esc(v: &str) -> String {
    let mut o = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c => o.push(c),
        }
    }
    o
}

/// Parses a note `key=value; key=value` (values escaped by [`esc`]).
fn parse_note(note: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut it = note.chars();
    let mut parts = Vec::new();
    while let Some(c) = it.next() {
        match c {
            '\\' => match it.next() {
                Some('n') => cur.push('\n'),
                Some('t') => cur.push('\t'),
                Some('r') => cur.push('\r'),
                Some(o) => cur.push(o),
                None => {}
            },
            ';' => parts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    for p in parts {
        if let Some((k, v)) = p.split_once('=') {
            let k = k.trim();
            let v = v.strip_prefix(' ').unwrap_or(v);
            if !k.is_empty() {
                fields.push((k.to_string(), v.to_string()));
            }
        }
    }
    fields
}

/// The fragments of a char span, split at line breaks (BRAT's text-bound
/// annotations may not contain one).
fn fragments(
    text: &str,
    starts: &[usize],
    start: usize,
    end: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    let mut i = start;
    for c in slice_chars(text, starts, start, end).chars() {
        if c == '\n' || c == '\r' {
            if i > s {
                out.push((s, i));
            }
            s = i + 1;
        }
        i += 1;
    }
    if end > s {
        out.push((s, end));
    }
    out
}

/// Builds the `.ann` text of one document.
struct Ann<'a> {
    text: &'a str,
    starts: Vec<usize>,
    out: String,
    t: usize,
    e: usize,
    a: usize,
    n: usize,
}

impl<'a> Ann<'a> {
    /// Writes a text-bound annotation; returns its id, or None for a span
    /// that cannot be shown (empty, or out of the text).
    fn textbound(
        &mut self,
        ty: &str,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let frags = fragments(self.text, &self.starts, start, end);
        if frags.is_empty() || end > self.starts.len() - 1 {
            return None;
        }
        self.t += 1;
        let id = format!("T{}", self.t);
        let spans: Vec<String> =
            frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let words: Vec<&str> = frags
            .iter()
            .map(|&(s, e)| slice_chars(self.text, &self.starts, s, e))
            .collect();
        let _ = writeln!(
            self.out,
            "{id}\t{ty} {}\t{}",
            spans.join(";"),
            words.join(" ")
        );
        Some(id)
    }

    fn attribute(&mut self, name: &str, target: &str, value: &str) {
        self.a += 1;
        let _ = writeln!(self.out, "A{}\t{name} {target} {value}", self.a);
    }

    fn note(&mut self, target: &str, fields: &[(String, String)]) {
        if fields.is_empty() {
            return;
        }
        self.n += 1;
        let body: Vec<String> =
            fields.iter().map(|(k, v)| format!("{k}={}", esc(v))).collect();
        let _ = writeln!(
            self.out,
            "#{}\tAnnotatorNotes {target}\t{}",
            self.n,
            body.join("; ")
        );
    }
}

/// Entity-level note fields.
fn entity_fields(e: &Entity) -> Vec<(String, String)> {
    let mut f = vec![("id".to_string(), e.id.clone())];
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            f.push((k.to_string(), v));
        }
    };
    put("canonical", e.canonical.clone());
    put("country", e.country.clone());
    put("value", e.value.clone());
    put("geonames", e.geonames.map(|g| g.to_string()));
    put("wikidata", e.wikidata.clone());
    put("lat", e.lat.map(|x| x.to_string()));
    put("lon", e.lon.map(|x| x.to_string()));
    put("gazetteer_id", e.gazetteer_id.clone());
    f
}

/// The `.ann` text of one document.
pub fn to_ann(ex: &Extraction, text: &str) -> String {
    let mut a = Ann {
        text,
        starts: char_starts(text),
        out: String::new(),
        t: 0,
        e: 0,
        a: 0,
        n: 0,
    };
    for s in &ex.sections {
        a.textbound(&type_name(&s.kind), s.start, s.end);
    }
    // Entity id → its mentions' (start, end, T id).
    let mut tb: HashMap<&str, Vec<(usize, usize, String)>> = HashMap::new();
    for e in &ex.entities {
        let ty = type_name(kind_name(e));
        let mut ids = Vec::new();
        for (i, m) in e.mentions.iter().enumerate() {
            let Some(t) = a.textbound(&ty, m.start, m.end) else { continue };
            if let Some(s) = &e.subkind {
                a.attribute("Subkind", &t, s);
            }
            if let Some(g) = &e.granularity {
                a.attribute("Granularity", &t, g);
            }
            if i == 0 || ids.is_empty() {
                a.note(&t, &entity_fields(e));
            } else {
                a.note(&t, &[("id".to_string(), e.id.clone())]);
            }
            ids.push((m.start, m.end, t));
        }
        if ids.len() > 1 {
            let list: Vec<&str> = ids.iter().map(|x| x.2.as_str()).collect();
            let _ = writeln!(a.out, "*\tSame {}", list.join(" "));
        }
        tb.insert(e.id.as_str(), ids);
    }
    for ev in &ex.events {
        let ty = type_name(&ev.kind);
        for trig in &ev.triggers {
            let Some(t) = a.textbound(&ty, trig.start, trig.end) else {
                continue;
            };
            let mut args = vec![format!("{ty}:{t}")];
            for role in ROLES {
                let ids = role_ids(ev, role);
                let mut n = 0;
                for id in ids {
                    // The argument's mention nearest the trigger.
                    let Some(m) = tb.get(id.as_str()).and_then(|ms| {
                        ms.iter().min_by_key(|(s, e, _)| {
                            if *e <= trig.start {
                                trig.start - e
                            } else {
                                s.saturating_sub(trig.end)
                            }
                        })
                    }) else {
                        continue;
                    };
                    n += 1;
                    let suffix =
                        if n == 1 { String::new() } else { n.to_string() };
                    args.push(format!("{}{suffix}:{}", type_name(role), m.2));
                }
            }
            a.e += 1;
            let eid = format!("E{}", a.e);
            let _ = writeln!(a.out, "{eid}\t{}", args.join(" "));
            a.attribute("Polarity", &eid, &ev.polarity);
            a.attribute("Modality", &eid, &ev.modality);
            a.note(&t, &event_fields(ev));
        }
    }
    a.out
}

fn role_ids<'a>(ev: &'a Event, role: &str) -> &'a [String] {
    match role {
        "agent" => &ev.agent,
        "target" => &ev.target,
        "location" => &ev.location,
        "time" => &ev.time,
        "destination" => &ev.destination,
        _ => &ev.source,
    }
}

fn role_ids_mut<'a>(
    ev: &'a mut Event,
    role: &str,
) -> Option<&'a mut Vec<String>> {
    Some(match role {
        "agent" => &mut ev.agent,
        "target" => &mut ev.target,
        "location" => &mut ev.location,
        "time" => &mut ev.time,
        "destination" => &mut ev.destination,
        "source" => &mut ev.source,
        _ => return None,
    })
}

/// Event-level note fields: known ones raw, extra fields as JSON.
fn event_fields(ev: &Event) -> Vec<(String, String)> {
    let mut f = vec![("id".to_string(), ev.id.clone())];
    if let Some(d) = &ev.date {
        f.push(("date".into(), d.clone()));
    }
    for (k, v) in [
        ("killed", ev.killed),
        ("injured", ev.injured),
        ("abducted", ev.abducted),
    ] {
        if let Some(v) = v {
            f.push((k.into(), v.to_string()));
        }
    }
    if !ev.actor_roles.is_empty() {
        let roles = serde_json::to_string(&ev.actor_roles).unwrap_or_default();
        f.push(("actor_roles".into(), roles));
    }
    for (k, v) in &ev.extra {
        f.push((k.clone(), v.to_string()));
    }
    f
}

/// A file name for a document id: its characters outside
/// `[A-Za-z0-9._-]` become `_`.
pub fn file_stem(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with('.') {
        format!("doc{s}")
    } else {
        s
    }
}

/// Writes a BRAT directory document by document; [`BratWriter::finish`]
/// writes `annotation.conf` and `visual.conf`.
pub struct BratWriter {
    dir: PathBuf,
    index: io::BufWriter<std::fs::File>,
    used: BTreeSet<String>,
    kinds: BTreeSet<String>,
    subkinds: BTreeSet<String>,
    sections: BTreeSet<String>,
}

impl BratWriter {
    /// Creates `dir` (and its parents) and starts `index.jsonl`.
    pub fn new(dir: impl Into<PathBuf>) -> io::Result<BratWriter> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        let index = io::BufWriter::new(std::fs::File::create(
            dir.join("index.jsonl"),
        )?);
        Ok(BratWriter {
            dir,
            index,
            used: BTreeSet::new(),
            kinds: BTreeSet::new(),
            subkinds: BTreeSet::new(),
            sections: BTreeSet::new(),
        })
    }

    /// Writes `<id>.txt` and `<id>.ann` for one document.
    pub fn add(&mut self, ex: &Extraction, text: &str) -> io::Result<()> {
        let base = file_stem(&ex.id);
        let mut stem = base.clone();
        let mut n = 1;
        while self.used.contains(&stem) {
            n += 1;
            stem = format!("{base}-{n}");
        }
        self.used.insert(stem.clone());
        std::fs::write(self.dir.join(format!("{stem}.txt")), text)?;
        std::fs::write(
            self.dir.join(format!("{stem}.ann")),
            to_ann(ex, text),
        )?;
        let line =
            serde_json::json!({"file": stem, "id": ex.id, "dct": ex.dct});
        writeln!(self.index, "{line}")?;
        self.kinds.extend(ex.events.iter().map(|e| e.kind.clone()));
        self.subkinds
            .extend(ex.entities.iter().filter_map(|e| e.subkind.clone()));
        self.sections.extend(ex.sections.iter().map(|s| s.kind.clone()));
        Ok(())
    }

    /// Writes the configuration files and flushes the index.
    pub fn finish(mut self) -> io::Result<()> {
        self.index.flush()?;
        let conf = annotation_conf(
            self.kinds.iter().map(String::as_str),
            self.subkinds.iter().map(String::as_str),
            self.sections.iter().map(String::as_str),
        );
        std::fs::write(self.dir.join("annotation.conf"), conf)?;
        std::fs::write(self.dir.join("visual.conf"), visual_conf())
    }
}

/// Colours for BRAT's display, matching the HTML report.
pub fn visual_conf() -> String {
    let mut s = String::from("[labels]\n[drawing]\n");
    s.push_str("Place\tbgColor:#9fd4a3\nActor\tbgColor:#f5c77e\n");
    s.push_str("Date\tbgColor:#a9c8f0\nComments\tbgColor:#dddddd\n");
    for k in EVENT_KINDS {
        let _ = writeln!(s, "{}\tbgColor:#f29b9b", type_name(k));
    }
    s
}

/// Writes a whole corpus as a BRAT directory.
pub fn write_dir<'a>(
    dir: &Path,
    docs: impl IntoIterator<Item = (&'a Extraction, &'a str)>,
) -> io::Result<()> {
    let mut w = BratWriter::new(dir)?;
    for (ex, text) in docs {
        w.add(ex, text)?;
    }
    w.finish()
}

/// One parsed text-bound annotation.
struct Tb {
    ty: String,
    start: usize,
    end: usize,
}

/// Reads one document back from its text and `.ann`.
pub fn from_ann(
    id: &str,
    dct: Option<String>,
    text: &str,
    ann: &str,
) -> Result<CorpusDoc, String> {
    let starts = char_starts(text);
    let nchars = starts.len() - 1;
    let mut tbs: Vec<(String, Tb)> = Vec::new();
    let mut evs: Vec<(String, String, Vec<(String, String)>)> = Vec::new();
    let mut attrs: Vec<(String, String, String)> = Vec::new();
    let mut notes: HashMap<String, Vec<(String, String)>> = HashMap::new();
    let mut same: Vec<Vec<String>> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let bad = |what: &str| format!("{id}.ann:{}: {what}", n + 1);
        let mut cols = line.splitn(3, '\t');
        let aid = cols.next().unwrap_or("");
        let body = cols.next().ok_or_else(|| bad("missing tab"))?;
        match aid.chars().next() {
            Some('T') => {
                let (ty, spans) =
                    body.split_once(' ').ok_or_else(|| bad("bad span"))?;
                let mut lo = usize::MAX;
                let mut hi = 0;
                for frag in spans.split(';') {
                    let mut it = frag.split_whitespace();
                    let s: usize = it
                        .next()
                        .and_then(|x| x.parse().ok())
                        .ok_or_else(|| bad("bad offset"))?;
                    let e: usize = it
                        .next()
                        .and_then(|x| x.parse().ok())
                        .ok_or_else(|| bad("bad offset"))?;
                    lo = lo.min(s);
                    hi = hi.max(e);
                }
                if lo > hi || hi > nchars {
                    return Err(bad("span out of the text"));
                }
                tbs.push((
                    aid.to_string(),
                    Tb { ty: ty.to_string(), start: lo, end: hi },
                ));
            }
            Some('E') => {
                let mut parts = body.split_whitespace();
                let (ty, trig) = parts
                    .next()
                    .and_then(|p| p.split_once(':'))
                    .ok_or_else(|| bad("bad event"))?;
                let args = parts
                    .filter_map(|p| p.split_once(':'))
                    .map(|(r, t)| (r.to_string(), t.to_string()))
                    .collect();
                evs.push((ty.to_string(), trig.to_string(), args));
            }
            Some('A') | Some('M') => {
                let mut it = body.split_whitespace();
                let name = it.next().unwrap_or("").to_string();
                let target = it.next().unwrap_or("").to_string();
                let value = it.next().unwrap_or("true").to_string();
                attrs.push((name, target, value));
            }
            Some('#') => {
                let target =
                    body.split_whitespace().nth(1).unwrap_or("").to_string();
                let note = cols.next().unwrap_or("");
                notes.entry(target).or_default().extend(parse_note(note));
            }
            Some('*') => {
                let ids: Vec<String> = body
                    .split_whitespace()
                    .skip(1)
                    .map(String::from)
                    .collect();
                same.push(ids);
            }
            _ => {} // Relations and anything else: not part of the schema.
        }
    }
    let event_ids: HashMap<String, usize> =
        evs.iter().enumerate().map(|(i, (_, t, _))| (t.clone(), i)).collect();
    let note = |t: &str, k: &str| -> Option<String> {
        notes.get(t).and_then(|f| {
            f.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone())
        })
    };
    let attr = |t: &str, name: &str| -> Option<String> {
        attrs
            .iter()
            .find(|(n, tt, _)| n == name && tt == t)
            .map(|(_, _, v)| v.clone())
    };
    let mention = |tb: &Tb| Mention {
        start: tb.start,
        end: tb.end,
        text: slice_chars(text, &starts, tb.start, tb.end).to_string(),
    };

    // Sections and entity mentions.
    let mut sections = Vec::new();
    let entity_types = ["Place", "Actor", "Date"];
    // Equivalence classes: T id → class representative.
    let mut parent: HashMap<String, String> = HashMap::new();
    fn find(p: &HashMap<String, String>, x: &str) -> String {
        let mut x = x.to_string();
        while let Some(y) = p.get(&x) {
            if *y == x {
                break;
            }
            x = y.clone();
        }
        x
    }
    for group in &same {
        for w in group.windows(2) {
            let (a, b) = (find(&parent, &w[0]), find(&parent, &w[1]));
            if a != b {
                parent.insert(b, a);
            }
        }
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut t_entity: HashMap<String, String> = HashMap::new();
    // Noted ids first, so that new annotations do not take them.
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for (t, tb) in &tbs {
        if entity_types.contains(&tb.ty.as_str()) {
            if let Some(i) = note(t, "id") {
                taken.insert(i);
            }
        }
    }
    let fresh = |prefix: &str, taken: &mut BTreeSet<String>| -> String {
        let mut n = 1;
        loop {
            let id = format!("{prefix}{n}");
            if taken.insert(id.clone()) {
                return id;
            }
            n += 1;
        }
    };
    // Pass 1: the id of each equivalence class from its noted members.
    let mut class_id: HashMap<String, String> = HashMap::new();
    for (t, tb) in &tbs {
        if !entity_types.contains(&tb.ty.as_str()) {
            continue;
        }
        if let Some(i) = note(t, "id") {
            class_id.entry(find(&parent, t)).or_insert(i);
        }
    }
    for (t, tb) in &tbs {
        let ty = tb.ty.as_str();
        if !entity_types.contains(&ty) {
            if !event_ids.contains_key(t) {
                sections.push(Section {
                    kind: ty.to_lowercase(),
                    start: tb.start,
                    end: tb.end,
                });
            }
            continue;
        }
        let kind = match ty {
            "Place" => EntityKind::Place,
            "Actor" => EntityKind::Actor,
            _ => EntityKind::Date,
        };
        let eid = match note(t, "id") {
            Some(i) => i,
            None => {
                let root = find(&parent, t);
                match class_id.get(&root) {
                    Some(i) => i.clone(),
                    None => {
                        let prefix = match kind {
                            EntityKind::Place => "E",
                            EntityKind::Actor => "A",
                            EntityKind::Date => "T",
                        };
                        let i = fresh(prefix, &mut taken);
                        class_id.insert(root, i.clone());
                        i
                    }
                }
            }
        };
        t_entity.insert(t.clone(), eid.clone());
        let idx = *by_key.entry(eid.clone()).or_insert_with(|| {
            entities.push(Entity {
                id: eid.clone(),
                kind,
                canonical: None,
                subkind: None,
                country: None,
                geonames: None,
                wikidata: None,
                lat: None,
                lon: None,
                value: None,
                granularity: None,
                gazetteer_id: None,
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        let e = &mut entities[idx];
        e.mentions.push(mention(tb));
        let fill = |slot: &mut Option<String>, v: Option<String>| {
            if slot.is_none() {
                *slot = v;
            }
        };
        fill(&mut e.canonical, note(t, "canonical"));
        fill(&mut e.country, note(t, "country"));
        fill(&mut e.value, note(t, "value"));
        fill(&mut e.wikidata, note(t, "wikidata"));
        fill(&mut e.gazetteer_id, note(t, "gazetteer_id"));
        fill(&mut e.subkind, attr(t, "Subkind"));
        fill(&mut e.granularity, attr(t, "Granularity"));
        if e.geonames.is_none() {
            e.geonames = note(t, "geonames").and_then(|g| g.parse().ok());
        }
        if e.lat.is_none() {
            e.lat = note(t, "lat").and_then(|g| g.parse().ok());
        }
        if e.lon.is_none() {
            e.lon = note(t, "lon").and_then(|g| g.parse().ok());
        }
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| (m.start, m.end));
        // A new annotation's canonical name is its text.
        if e.canonical.is_none() && e.kind != EntityKind::Date {
            e.canonical = e.mentions.first().map(|m| m.text.clone());
        }
    }

    // Events, grouped by their noted id.
    let tb_of: HashMap<&str, &Tb> =
        tbs.iter().map(|(t, tb)| (t.as_str(), tb)).collect();
    let mut events: Vec<Event> = Vec::new();
    let mut ev_index: HashMap<String, usize> = HashMap::new();
    let mut ev_taken: BTreeSet<String> =
        evs.iter().filter_map(|(_, trig, _)| note(trig, "id")).collect();
    let e_ids: Vec<String> = {
        // The E ids in file order, to find each event's attributes.
        let mut v = Vec::new();
        for line in ann.lines() {
            if line.starts_with('E') {
                v.push(line.split('\t').next().unwrap_or("").to_string());
            }
        }
        v
    };
    for (i, (ty, trig, args)) in evs.iter().enumerate() {
        let Some(tb) = tb_of.get(trig.as_str()) else { continue };
        let vid =
            note(trig, "id").unwrap_or_else(|| fresh("V", &mut ev_taken));
        let eid = e_ids.get(i).cloned().unwrap_or_default();
        let idx = *ev_index.entry(vid.clone()).or_insert_with(|| {
            let mut extra = serde_json::Map::new();
            let known =
                ["id", "date", "killed", "injured", "abducted", "actor_roles"];
            if let Some(fields) = notes.get(trig) {
                for (k, v) in fields {
                    if !known.contains(&k.as_str()) {
                        let val = serde_json::from_str(v)
                            .unwrap_or(serde_json::Value::String(v.clone()));
                        extra.insert(k.clone(), val);
                    }
                }
            }
            let num = |k: &str| note(trig, k).and_then(|v| v.parse().ok());
            events.push(Event {
                id: vid.clone(),
                kind: ty.to_lowercase(),
                triggers: Vec::new(),
                agent: Vec::new(),
                target: Vec::new(),
                location: Vec::new(),
                time: Vec::new(),
                destination: Vec::new(),
                source: Vec::new(),
                date: note(trig, "date"),
                killed: num("killed"),
                injured: num("injured"),
                abducted: num("abducted"),
                polarity: attr(&eid, "Polarity")
                    .unwrap_or_else(|| "affirmative".into()),
                modality: attr(&eid, "Modality")
                    .unwrap_or_else(|| "asserted".into()),
                actor_roles: note(trig, "actor_roles")
                    .and_then(|v| serde_json::from_str(&v).ok())
                    .unwrap_or_default(),
                extra,
            });
            events.len() - 1
        });
        let ev = &mut events[idx];
        ev.triggers.push(mention(tb));
        for (role, t) in args {
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            let Some(entity) = t_entity.get(t) else { continue };
            if let Some(list) = role_ids_mut(ev, &role.to_lowercase()) {
                if !list.contains(entity) {
                    list.push(entity.clone());
                }
            }
        }
    }
    for ev in &mut events {
        ev.triggers.sort_by_key(|m| (m.start, m.end));
    }
    Ok(CorpusDoc {
        id: id.to_string(),
        dct,
        text: text.to_string(),
        sections,
        entities,
        events,
    })
}

/// Reads a BRAT directory: the documents of `index.jsonl` in its order
/// (with their ids and DCTs), else every `.txt` file with an `.ann`
/// beside it, sorted by name (id = file name, no DCT). Each document is
/// read or reported as an error.
pub fn read_dir(dir: &Path) -> io::Result<Vec<Result<CorpusDoc, String>>> {
    let mut list: Vec<(String, String, Option<String>)> = Vec::new();
    let index = dir.join("index.jsonl");
    if index.is_file() {
        for line in std::fs::read_to_string(&index)?.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let file = v.get("file").and_then(|f| f.as_str());
            let id = v.get("id").and_then(|f| f.as_str());
            if let (Some(file), Some(id)) = (file, id) {
                let dct =
                    v.get("dct").and_then(|d| d.as_str()).map(String::from);
                list.push((file.to_string(), id.to_string(), dct));
            }
        }
    } else {
        let mut names: Vec<String> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let p = e.path();
                (p.extension().and_then(|x| x.to_str()) == Some("txt"))
                    .then(|| p.file_stem()?.to_str().map(String::from))
                    .flatten()
            })
            .collect();
        names.sort();
        for n in names {
            list.push((n.clone(), n, None));
        }
    }
    let mut out = Vec::new();
    for (file, id, dct) in list {
        let txt = dir.join(format!("{file}.txt"));
        let ann = dir.join(format!("{file}.ann"));
        let text = match std::fs::read_to_string(&txt) {
            Ok(t) => t,
            Err(e) => {
                out.push(Err(format!("cannot read '{}': {e}", txt.display())));
                continue;
            }
        };
        let ann_text = match std::fs::read_to_string(&ann) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                out.push(Err(format!("cannot read '{}': {e}", ann.display())));
                continue;
            }
        };
        out.push(from_ann(&id, dct, &text, &ann_text));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip() {
        let f = vec![
            ("canonical".to_string(), "a; b\\c=d".to_string()),
            ("x".to_string(), "\"json\"".to_string()),
        ];
        let body: Vec<String> =
            f.iter().map(|(k, v)| format!("{k}={}", esc(v))).collect();
        assert_eq!(parse_note(&body.join("; ")), f);
    }

    #[test]
    fn fragments_split_at_line_breaks() {
        let text = "ab\ncd";
        let s = char_starts(text);
        assert_eq!(fragments(text, &s, 0, 5), vec![(0, 2), (3, 5)]);
    }
}
