//! Label Studio pre-annotations: one task per document, for the
//! named-entity + relations labeling template ([`labeling_config`]).
//!
//! Each entity mention and each event trigger is a `labels` region
//! (`Place`, `Actor`, `Date`, or the event kind); each event argument is a
//! `relation` from the trigger region to the argument's nearest mention,
//! labeled with its role; mentions of one entity are chained by `same`
//! relations. Region `meta.text` holds the ids, canonical names and
//! attributes. Offsets are char offsets (the same as Label Studio's for
//! text in the Basic Multilingual Plane, which French news is).

use serde_json::{json, Value};

use super::{brat::EVENT_KINDS, kind_name};
use crate::output::{Extraction, Mention};

/// The model version written in the predictions.
pub const MODEL_VERSION: &str = concat!("depeche-", env!("CARGO_PKG_VERSION"));

/// The labeling configuration (XML) the tasks are made for.
pub fn labeling_config() -> String {
    let mut s = String::from("<View>\n  <Relations>\n");
    for r in [
        "agent",
        "target",
        "location",
        "time",
        "destination",
        "source",
        "same",
    ] {
        s.push_str(&format!("    <Relation value=\"{r}\"/>\n"));
    }
    s.push_str("  </Relations>\n  <Labels name=\"label\" toName=\"text\">\n");
    for (l, c) in
        [("Place", "#9fd4a3"), ("Actor", "#f5c77e"), ("Date", "#a9c8f0")]
    {
        s.push_str(&format!(
            "    <Label value=\"{l}\" background=\"{c}\"/>\n"
        ));
    }
    for k in EVENT_KINDS {
        s.push_str(&format!(
            "    <Label value=\"{k}\" background=\"#f29b9b\"/>\n"
        ));
    }
    s.push_str(
        "  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n",
    );
    s
}

/// A labelled text region of a prediction, with its details as meta text.
fn region(id: &str, m: &Mention, label: &str, meta: &[String]) -> Value {
    json!({
        "id": id,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "origin": "prediction",
        "value": {"start": m.start, "end": m.end, "text": m.text, "labels": [label]},
        "meta": {"text": [meta.join(" | ")]},
    })
}

/// The Label Studio task of one document, with its predictions.
pub fn task(ex: &Extraction, text: &str) -> Value {
    let mut result: Vec<Value> = Vec::new();
    // Entity id → its regions (start, end, region id).
    let mut regions: std::collections::HashMap<
        &str,
        Vec<(usize, usize, String)>,
    > = Default::default();
    for e in &ex.entities {
        let label = match kind_name(e) {
            "place" => "Place",
            "actor" => "Actor",
            _ => "Date",
        };
        let mut meta = vec![e.id.clone()];
        for v in
            [&e.canonical, &e.subkind, &e.country, &e.value, &e.granularity]
                .into_iter()
                .flatten()
        {
            meta.push(v.clone());
        }
        let mut ids = Vec::new();
        for (i, m) in e.mentions.iter().enumerate() {
            let rid = format!("{}-{}", e.id, i + 1);
            result.push(region(&rid, m, label, &meta));
            ids.push((m.start, m.end, rid));
        }
        for w in ids.windows(2) {
            result.push(json!({
                "from_id": w[0].2, "to_id": w[1].2, "type": "relation",
                "direction": "right", "labels": ["same"],
            }));
        }
        regions.insert(e.id.as_str(), ids);
    }
    for ev in &ex.events {
        let mut meta =
            vec![ev.id.clone(), ev.polarity.clone(), ev.modality.clone()];
        if let Some(d) = &ev.date {
            meta.push(d.clone());
        }
        for (i, t) in ev.triggers.iter().enumerate() {
            let rid = format!("{}-{}", ev.id, i + 1);
            result.push(region(&rid, t, &ev.kind, &meta));
            let roles = ev.roles();
            for (role, ids) in roles {
                for id in ids {
                    let Some(m) = regions.get(id.as_str()).and_then(|ms| {
                        ms.iter().min_by_key(|(s, e, _)| {
                            s.abs_diff(t.start).min(e.abs_diff(t.end))
                        })
                    }) else {
                        continue;
                    };
                    result.push(json!({
                        "from_id": rid, "to_id": m.2, "type": "relation",
                        "direction": "right", "labels": [role],
                    }));
                }
            }
        }
    }
    json!({
        "data": {"text": text, "id": ex.id, "dct": ex.dct},
        "predictions": [{"model_version": MODEL_VERSION, "result": result}],
    })
}

/// A JSON array of tasks, as Label Studio imports it.
pub fn to_string<'a>(
    docs: impl IntoIterator<Item = (&'a Extraction, &'a str)>,
) -> String {
    let tasks: Vec<Value> =
        docs.into_iter().map(|(ex, t)| task(ex, t)).collect();
    Value::Array(tasks).to_string()
}
