//! `--explain`: what produced each mention and event — the gazetteer row
//! (file and line) for data, a rule name for code — so a researcher can
//! see why something was found and fix the data.

use std::collections::HashMap;

use depeche::gazetteer::{inflect, Row, RowKind};
use depeche::normalize::fold_name;
use depeche::{Entity, EntityKind, Event, Extraction, Extractor};
use serde_json::{json, Value};

/// Gazetteer rows by folded surface form.
pub struct Explainer<'a> {
    rows: &'a [Row],
    by_name: HashMap<String, Vec<usize>>,
    triggers: HashMap<String, Vec<usize>>,
}

fn row_json(r: &Row) -> Value {
    json!({"id": r.id, "file": r.file, "line": r.line})
}

impl<'a> Explainer<'a> {
    pub fn new(extractor: &'a Extractor) -> Explainer<'a> {
        let rows = extractor.lexicon().gazetteer().rows();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut triggers: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            for name in r.names() {
                if r.kind == RowKind::Trigger {
                    let mut forms = vec![name.to_string()];
                    if let Some(pos) = r.flags.pos {
                        forms.extend(inflect::expand(name, pos));
                    }
                    for f in forms {
                        let v = triggers.entry(fold_name(&f)).or_default();
                        if !v.contains(&i) {
                            v.push(i);
                        }
                    }
                } else {
                    let v = by_name.entry(fold_name(name)).or_default();
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
            }
        }
        Explainer { rows, by_name, triggers }
    }

    fn rule(e: &Entity) -> &'static str {
        match (e.kind, e.subkind.as_deref()) {
            (EntityKind::Date, _) => "date-grammar",
            (EntityKind::Actor, Some("person")) => "titled-person",
            (
                EntityKind::Actor,
                Some("civilians" | "unidentified_armed_group" | "other"),
            ) => "descriptor",
            (EntityKind::Actor, _) => "composed-actor",
            (EntityKind::Place, _) => "place-cue",
        }
    }

    /// The explanation of one mention of `e`.
    fn mention(&self, e: &Entity, text: &str) -> Value {
        let folded = fold_name(text);
        let exact: Vec<&Row> = self
            .by_name
            .get(&folded)
            .into_iter()
            .flatten()
            .map(|&i| &self.rows[i])
            .collect();
        // The entity's own row first, when this mention names it.
        if let Some(id) = &e.gazetteer_id {
            if let Some(r) = exact.iter().find(|r| &r.id == id) {
                return json!({"rule": "gazetteer", "row": row_json(r)});
            }
        }
        if let Some(r) = exact.iter().find(|r| r.kind == RowKind::Descriptor) {
            return json!({"rule": "descriptor", "row": row_json(r)});
        }
        if let Some(r) = exact.first() {
            return json!({"rule": "gazetteer", "row": row_json(r)});
        }
        // Composed names: the rows of their words (actor noun, demonym,
        // descriptor, place).
        let words: Vec<&str> = folded.split([' ', '\'', '-']).collect();
        let mut parts = Vec::new();
        for n in 1..=words.len().min(4) {
            for w in words.windows(n) {
                let key = w.join(" ");
                if let Some(ids) = self.by_name.get(&key) {
                    if let Some(&i) = ids.first() {
                        let r = &self.rows[i];
                        if r.kind != RowKind::Trigger {
                            parts.push(row_json(r));
                        }
                    }
                }
            }
        }
        let rule = match (&e.gazetteer_id, e.kind) {
            (Some(_), _) => "gazetteer-variant",
            _ => Self::rule(e),
        };
        let mut v = json!({"rule": rule});
        if let Some(id) = &e.gazetteer_id {
            if let Some(r) = self.rows.iter().find(|r| &r.id == id) {
                v["row"] = row_json(r);
            }
        }
        if !parts.is_empty() {
            v["parts"] = Value::Array(parts);
        }
        v
    }

    /// The explanation of one event: its triggers' lexicon rows.
    pub fn event(&self, ev: &Event) -> Value {
        let triggers: Vec<Value> = ev
            .triggers
            .iter()
            .map(|t| {
                let folded = fold_name(&t.text);
                let rows: Vec<&Row> = self
                    .triggers
                    .get(&folded)
                    .into_iter()
                    .flatten()
                    .map(|&i| &self.rows[i])
                    .collect();
                let row = rows
                    .iter()
                    .find(|r| r.subkind == ev.kind)
                    .or(rows.first())
                    .map(|r| row_json(r));
                match row {
                    Some(r) => json!({"text": t.text, "row": r}),
                    None => json!({"text": t.text, "rule": "trigger-pattern"}),
                }
            })
            .collect();
        json!({"rule": "trigger-lexicon", "triggers": triggers})
    }

    /// Adds `explain` to every event's extra fields.
    pub fn annotate_events(&self, ex: &mut Extraction) {
        for ev in &mut ex.events {
            let v = self.event(ev);
            ev.extra.insert("explain".into(), v);
        }
    }

    /// The JSON of an extraction with `explain` on every entity, mention
    /// and event.
    pub fn to_json(&self, ex: &Extraction) -> Value {
        let mut ex = ex.clone();
        self.annotate_events(&mut ex);
        let mut v = serde_json::to_value(&ex).unwrap_or(Value::Null);
        if let Some(ents) = v.get_mut("entities").and_then(Value::as_array_mut)
        {
            for (ev, e) in ents.iter_mut().zip(&ex.entities) {
                let ms: Vec<Value> = e
                    .mentions
                    .iter()
                    .map(|m| self.mention(e, &m.text))
                    .collect();
                let entity_level = match &e.gazetteer_id {
                    Some(id) => match self.rows.iter().find(|r| &r.id == id) {
                        Some(r) => {
                            json!({"rule": "gazetteer", "row": row_json(r)})
                        }
                        None => json!({"rule": "gazetteer", "id": id}),
                    },
                    None => json!({"rule": Self::rule(e)}),
                };
                ev["explain"] = entity_level;
                if let Some(mv) =
                    ev.get_mut("mentions").and_then(Value::as_array_mut)
                {
                    for (m, x) in mv.iter_mut().zip(ms) {
                        m["explain"] = x;
                    }
                }
            }
        }
        v
    }
}
