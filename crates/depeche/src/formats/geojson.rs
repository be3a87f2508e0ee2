//! GeoJSON: events as point features (RFC 7946), for QGIS or a web map.
//!
//! A feature's point is the first location of the event that has
//! coordinates; an event with none has a `null` geometry (kept, so that
//! counts agree with the other formats). Properties: document and event
//! ids, kind, ACLED and PLOVER codes, date, actors, place, counts,
//! polarity, modality and triggers.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::{display_name, entity, located};
use crate::output::{Event, Extraction};

/// The features of one document's events.
pub fn features(ex: &Extraction) -> Vec<Value> {
    ex.events.iter().map(|ev| feature(ex, ev)).collect()
}

fn feature(ex: &Extraction, ev: &Event) -> Value {
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter().filter_map(|id| entity(ex, id)).map(display_name).collect()
    };
    let place = located(ex, ev);
    let geometry = match place.and_then(|p| Some((p.lon?, p.lat?))) {
        Some((lon, lat)) => {
            json!({"type": "Point", "coordinates": [lon, lat]})
        }
        None => Value::Null,
    };
    let mut props = serde_json::Map::new();
    props.insert("document_id".into(), json!(ex.id));
    props.insert("event_id".into(), json!(ev.id));
    props.insert("kind".into(), json!(ev.kind));
    for (k, v) in &ev.extra {
        props.insert(k.clone(), v.clone());
    }
    props.insert("date".into(), json!(ev.date));
    props.insert("agent".into(), json!(names(&ev.agent)));
    props.insert("target".into(), json!(names(&ev.target)));
    props.insert("location".into(), json!(names(&ev.location)));
    props.insert("time".into(), json!(names(&ev.time)));
    props.insert("destination".into(), json!(names(&ev.destination)));
    props.insert("source".into(), json!(names(&ev.source)));
    props.insert("place".into(), json!(place.map(display_name)));
    props.insert("place_id".into(), json!(place.map(|p| p.id.clone())));
    props.insert(
        "place_subkind".into(),
        json!(place.and_then(|p| p.subkind.clone())),
    );
    props.insert(
        "country".into(),
        json!(place.and_then(|p| p.country.clone())),
    );
    props.insert("killed".into(), json!(ev.killed));
    props.insert("injured".into(), json!(ev.injured));
    props.insert("abducted".into(), json!(ev.abducted));
    props.insert("polarity".into(), json!(ev.polarity));
    props.insert("modality".into(), json!(ev.modality));
    props.insert(
        "triggers".into(),
        json!(ev.triggers.iter().map(|t| t.text.clone()).collect::<Vec<_>>()),
    );
    json!({
        "type": "Feature",
        "id": format!("{}/{}", ex.id, ev.id),
        "geometry": geometry,
        "properties": props,
    })
}

/// A whole FeatureCollection for several documents.
pub fn to_string<'a>(
    docs: impl IntoIterator<Item = &'a Extraction>,
) -> String {
    let feats: Vec<Value> = docs.into_iter().flat_map(features).collect();
    json!({"type": "FeatureCollection", "features": feats}).to_string()
}

/// Writes a FeatureCollection feature by feature, for long runs:
/// [`GeoJsonWriter::add`] per document, then [`GeoJsonWriter::finish`].
pub struct GeoJsonWriter {
    first: bool,
}

impl GeoJsonWriter {
    /// Writes the collection's opening.
    pub fn new<W: Write + ?Sized>(w: &mut W) -> io::Result<GeoJsonWriter> {
        w.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
        Ok(GeoJsonWriter { first: true })
    }

    /// Writes one document's features.
    pub fn add<W: Write + ?Sized>(
        &mut self,
        w: &mut W,
        ex: &Extraction,
    ) -> io::Result<()> {
        for f in features(ex) {
            if !self.first {
                w.write_all(b",")?;
            }
            self.first = false;
            w.write_all(b"\n")?;
            serde_json::to_writer(&mut *w, &f).map_err(io::Error::from)?;
        }
        Ok(())
    }

    /// Closes the collection.
    pub fn finish<W: Write + ?Sized>(self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n]}\n")
    }
}
