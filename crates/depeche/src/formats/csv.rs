//! ACLED-style CSV: one row per event, ACLED's columns in ACLED's order
//! and vocabulary, then depeche's own columns.
//!
//! Written by hand (RFC 4180 quoting: a field with a comma, a quote or a
//! line break is quoted and its quotes doubled), which needs no extra
//! dependency for a dozen lines of code.
//!
//! The mapping, and what has no ACLED counterpart, is documented in
//! `docs/mapping.md`.

use std::borrow::Cow;
use std::io::{self, Write};

use once_cell::sync::Lazy;
use regex::Regex;

use super::{char_starts, display_name, entity, extra_str, located};
use crate::output::{Entity, Event, Extraction};

/// The column names, ACLED's first.
pub const COLUMNS: [&str; 31] = [
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    // depeche's own columns.
    "document_id",
    "event_id",
    "event_kind",
    "plover_type",
    "plover_mode",
    "polarity",
    "modality",
    "triggers",
];

/// Writes the header line.
pub fn write_header<W: Write + ?Sized>(w: &mut W) -> io::Result<()> {
    write_row(w, COLUMNS.iter().map(|c| c.to_string()))
}

/// Writes one row per event of `ex`. `text` is the document text (for the
/// notes column and vague fatality counts); pass `""` when it is not at
/// hand.
pub fn write_events<W: Write + ?Sized>(
    w: &mut W,
    ex: &Extraction,
    text: &str,
) -> io::Result<()> {
    for ev in &ex.events {
        write_row(w, row(ex, ev, text).into_iter())?;
    }
    Ok(())
}

/// A whole CSV file (header and rows) for one document.
pub fn to_string(ex: &Extraction, text: &str) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_header(&mut out);
    let _ = write_events(&mut out, ex, text);
    String::from_utf8(out).unwrap_or_default()
}

/// Quotes one field when it needs it.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn write_row<W: Write + ?Sized>(
    w: &mut W,
    fields: impl Iterator<Item = String>,
) -> io::Result<()> {
    let line: Vec<String> = fields.map(|f| quote(&f)).collect();
    w.write_all(line.join(",").as_bytes())?;
    w.write_all(b"\r\n")
}

/// The ACLED fields of one event, then depeche's.
fn row(ex: &Extraction, ev: &Event, text: &str) -> Vec<String> {
    let event_type = extra_str(ev, "acled_event_type")
        .map(str::to_string)
        .unwrap_or_else(|| {
            crate::events::codes(&ev.kind, false, false, false).0.to_string()
        });
    let sub_event_type = extra_str(ev, "acled_sub_event_type")
        .map(str::to_string)
        .unwrap_or_else(|| {
            crate::events::codes(&ev.kind, false, false, false).1.to_string()
        });
    let plover = match ev.extra.get("plover") {
        Some(v) => v.as_str().unwrap_or("").to_string(),
        None => crate::events::codes(&ev.kind, false, false, false)
            .2
            .unwrap_or("")
            .to_string(),
    };
    let (event_date, year, precision) = event_date(ex, ev);

    let places: Vec<&Entity> =
        ev.location.iter().filter_map(|id| entity(ex, id)).collect();
    let country_code =
        places.iter().find_map(|p| p.country.clone()).or_else(|| {
            // A place-less event: the country of the document's first place.
            ex.entities
                .iter()
                .find(|e| e.kind == crate::EntityKind::Place)
                .and_then(|e| e.country.clone())
        });
    // Actors with a dated role are named and coded as they were on the
    // event's date.
    let actors = |ids: &[String]| -> Vec<Cow<Entity>> {
        ids.iter()
            .filter_map(|id| entity(ex, id))
            .filter(|e| e.kind == crate::EntityKind::Actor)
            .map(|e| crate::actor_roles::dated(ev, e))
            .collect()
    };
    let agents = actors(&ev.agent);
    let targets = actors(&ev.target);
    let inter = |e: Option<&Cow<Entity>>, target: bool| -> Option<u8> {
        e.and_then(|e| {
            inter_code(e, &ev.kind, target, country_code.as_deref())
        })
    };
    let inter1 = inter(agents.first(), false);
    let inter2 = inter(targets.first(), true);
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
        (Some(a), None) | (None, Some(a)) => format!("{a}0"),
        (None, None) => String::new(),
    };
    let names = |v: &[Cow<Entity>]| -> String {
        v.iter().map(|e| display_name(e)).collect::<Vec<_>>().join("; ")
    };
    let admin = |sub: &str| -> String {
        places
            .iter()
            .find(|p| p.subkind.as_deref() == Some(sub))
            .map(|p| display_name(p))
            .unwrap_or_default()
    };
    let geo = located(ex, ev);
    let geo_precision = geo
        .map(|g| match g.subkind.as_deref() {
            Some("city" | "town" | "village" | "camp") => "1",
            Some("admin1" | "country") => "3",
            _ => "2",
        })
        .unwrap_or("");
    let sources: Vec<Cow<Entity>> = ev
        .source
        .iter()
        .filter_map(|id| entity(ex, id))
        .map(|e| crate::actor_roles::dated(ev, e))
        .collect();

    vec![
        event_date,
        year,
        precision,
        disorder_type(&event_type, &sub_event_type).to_string(),
        event_type,
        sub_event_type,
        agents.first().map(|e| display_name(e)).unwrap_or_default(),
        names(agents.get(1..).unwrap_or(&[])),
        inter1.map(|i| i.to_string()).unwrap_or_default(),
        targets.first().map(|e| display_name(e)).unwrap_or_default(),
        names(targets.get(1..).unwrap_or(&[])),
        inter2.map(|i| i.to_string()).unwrap_or_default(),
        interaction,
        country_code
            .as_deref()
            .map(|c| country_name(c).unwrap_or(c).to_string())
            .unwrap_or_default(),
        admin("admin1"),
        admin("admin2"),
        places.first().map(|p| display_name(p)).unwrap_or_default(),
        geo.and_then(|g| g.lat).map(|x| x.to_string()).unwrap_or_default(),
        geo.and_then(|g| g.lon).map(|x| x.to_string()).unwrap_or_default(),
        geo_precision.to_string(),
        names(&sources),
        notes(ev, text),
        fatalities(ev, text).to_string(),
        ex.id.clone(),
        ev.id.clone(),
        ev.kind.clone(),
        plover,
        plover_mode(&ev.kind).to_string(),
        ev.polarity.clone(),
        ev.modality.clone(),
        ev.triggers
            .iter()
            .map(|t| format!("{}-{} {}", t.start, t.end, t.text))
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

/// ACLED's date, year and time precision (1 = the day is known, 2 = the
/// week, taken as the report's date, 3 = only the month or year).
fn event_date(ex: &Extraction, ev: &Event) -> (String, String, String) {
    let ymd = |s: &str| -> Option<(String, Option<String>, Option<String>)> {
        let mut it = s.splitn(3, '-');
        let y = it.next().filter(|y| {
            y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
        })?;
        Some((
            y.to_string(),
            it.next().map(str::to_string),
            it.next().map(|d| d.chars().take(2).collect()),
        ))
    };
    if let Some((y, m, d)) = ev.date.as_deref().and_then(ymd) {
        return match (m, d) {
            (Some(m), Some(d)) => (format!("{y}-{m}-{d}"), y, "1".into()),
            // Month only: ACLED dates it mid-month.
            (Some(m), None) => (format!("{y}-{m}-15"), y, "3".into()),
            _ => (format!("{y}-07-01"), y, "3".into()),
        };
    }
    // No date of its own (or a duration): the report's date, precision 2.
    match ex.dct.as_deref().and_then(ymd) {
        Some((y, Some(m), Some(d))) => (format!("{y}-{m}-{d}"), y, "2".into()),
        _ => (String::new(), String::new(), String::new()),
    }
}

/// ACLED's disorder type for an event type.
fn disorder_type(event_type: &str, sub: &str) -> &'static str {
    match event_type {
        "Protests" => "Demonstrations",
        "Riots" if sub == "Violent demonstration" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    }
}

/// ACLED inter code of an actor: 1 state forces, 2 rebel groups, 3
/// political militias, 4 identity militias, 5 rioters, 6 protesters, 7
/// civilians, 8 external/other forces.
pub fn inter_code(
    actor: &Entity,
    kind: &str,
    target: bool,
    country: Option<&str>,
) -> Option<u8> {
    let sub = actor.subkind.as_deref().unwrap_or("");
    let crowd = matches!(sub, "civilians" | "other");
    Some(match sub {
        _ if !target && crowd && kind == "protest" => 6,
        _ if !target && crowd && kind == "riot" => 5,
        "state_force" | "government" => {
            // Forces of another state than the event's country are
            // external forces.
            match (actor.country.as_deref(), country) {
                (Some(a), Some(c)) if a != c => 8,
                _ => 1,
            }
        }
        "armed_group" => 2,
        "unidentified_armed_group" => 3,
        "civilians" => 7,
        "person" if target => 7,
        "intl_org" | "other" => 8,
        _ => return None,
    })
}

/// A PLOVER mode where the event kind says one.
fn plover_mode(kind: &str) -> &'static str {
    match kind {
        "airstrike" => "aerial",
        "shelling" => "artillery",
        "abduction" => "abduct",
        "protest" => "demo",
        "riot" => "riot",
        _ => "",
    }
}

/// ACLED's notes: the sentence of the first trigger, else the triggers.
fn notes(ev: &Event, text: &str) -> String {
    let from_text = sentence_of(ev, text)
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
    from_text.filter(|s| !s.is_empty()).unwrap_or_else(|| {
        ev.triggers
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" … ")
    })
}

/// The sentences holding the event's triggers.
fn sentence_of<'a>(ev: &Event, text: &'a str) -> Option<&'a str> {
    let t = ev.triggers.first()?;
    let starts = char_starts(text);
    let b = *starts.get(t.start)?;
    crate::segment::sentences(text)
        .into_iter()
        .find(|s| s.start <= b && b < s.end.max(s.start + 1))
        .map(|s| &text[s.start..s.end])
}

/// Vague death counts near a trigger: ACLED codes "tens" as 10, "dozens"
/// as 12, "hundreds" as 100, "thousands" as 1000, "several" or "many" as
/// 10 and "a few" as 3.
static VAGUE_DEATHS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(des\s+dizaines|des\s+douzaines|une\s+douzaine|des\s+centaines|des\s+milliers|plusieurs|de\s+nombreux|de\s+nombreuses|quelques)\s+(?:de\s+|d['’])?(?:\w+\s+){0,2}?(morts|tués|tuées|victimes|décès|cadavres|corps)\b",
    )
    .expect("vague count pattern is valid")
});

/// Fatalities, ACLED's way: the count the text commits to; for a vague
/// count in the event's sentence, ACLED's conservative number; else 0.
pub fn fatalities(ev: &Event, text: &str) -> u64 {
    if let Some(k) = ev.killed {
        return k;
    }
    if ev.polarity == "negated" {
        return 0;
    }
    let Some(sentence) = sentence_of(ev, text) else { return 0 };
    VAGUE_DEATHS
        .captures_iter(sentence)
        .filter_map(|c| {
            let q = c.get(1)?.as_str().to_lowercase();
            Some(if q.contains("dizaines") {
                10
            } else if q.contains("douzaine") {
                12
            } else if q.contains("centaines") {
                100
            } else if q.contains("milliers") {
                1000
            } else if q.starts_with("quelques") {
                3
            } else {
                10
            })
        })
        .min()
        .unwrap_or(0)
}

/// ACLED's English country name for an ISO 3166-1 alpha-2 code.
pub fn country_name(iso2: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(iso2))
        .map(|(_, n)| *n)
}

const COUNTRIES: &[(&str, &str)] = &[
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("BF", "Burkina Faso"),
    ("BH", "Bahrain"),
    ("BJ", "Benin"),
    ("CD", "Democratic Republic of Congo"),
    ("CF", "Central African Republic"),
    ("CG", "Republic of Congo"),
    ("CI", "Ivory Coast"),
    ("CM", "Cameroon"),
    ("CY", "Cyprus"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DZ", "Algeria"),
    ("EG", "Egypt"),
    ("ER", "Eritrea"),
    ("ET", "Ethiopia"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("GH", "Ghana"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GW", "Guinea-Bissau"),
    ("IL", "Israel"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("JO", "Jordan"),
    ("KW", "Kuwait"),
    ("LB", "Lebanon"),
    ("LR", "Liberia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("ML", "Mali"),
    ("MR", "Mauritania"),
    ("NE", "Niger"),
    ("NG", "Nigeria"),
    ("OM", "Oman"),
    ("PS", "Palestine"),
    ("QA", "Qatar"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SD", "Sudan"),
    ("SL", "Sierra Leone"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SS", "South Sudan"),
    ("SY", "Syria"),
    ("TD", "Chad"),
    ("TG", "Togo"),
    ("TN", "Tunisia"),
    ("TR", "Turkey"),
    ("UA", "Ukraine"),
    ("US", "United States"),
    ("YE", "Yemen"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("dit \"non\""), "\"dit \"\"non\"\"\"");
        assert_eq!(quote("plain"), "plain");
    }

    #[test]
    fn vague_deaths() {
        let ev = Event {
            id: "V1".into(),
            kind: "attack".into(),
            triggers: vec![crate::Mention {
                start: 4,
                end: 11,
                text: "attaque".into(),
            }],
            agent: vec![],
            target: vec![],
            location: vec![],
            time: vec![],
            destination: vec![],
            source: vec![],
            date: None,
            killed: None,
            injured: None,
            abducted: None,
            polarity: "affirmative".into(),
            modality: "asserted".into(),
            actor_roles: Vec::new(),
            extra: Default::default(),
        };
        let text = "Une attaque a fait des dizaines de morts.";
        assert_eq!(fatalities(&ev, text), 10);
        assert_eq!(fatalities(&ev, "Une attaque a eu lieu."), 0);
        let text = "Une attaque a fait des centaines de victimes civiles.";
        assert_eq!(fatalities(&ev, text), 100);
    }
}
