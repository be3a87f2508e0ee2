//! Scoring predictions against an annotated corpus (`docs/schema.md` §6).
//!
//! Matching is one-to-one: each gold mention (or trigger, or event) is
//! paired with at most one prediction, greedily by largest overlap, so a
//! long predicted span cannot claim several gold spans at once.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

/// The argument roles of an event.
pub const ROLES: [&str; 6] =
    ["agent", "target", "location", "time", "destination", "source"];
/// The core roles reported together.
pub const CORE_ROLES: [&str; 4] = ["agent", "target", "location", "time"];

/// An entity as scoring sees it.
#[derive(Clone, Debug, Default)]
pub struct EvalEntity {
    /// Document-local id.
    pub id: String,
    /// `place`, `actor` or `date`.
    pub kind: String,
    /// Date value.
    pub value: Option<String>,
    /// Mention char spans.
    pub mentions: Vec<(usize, usize)>,
}

/// An event as scoring sees it.
#[derive(Clone, Debug, Default)]
pub struct EvalEvent {
    /// Event kind.
    pub kind: String,
    /// Trigger char spans.
    pub triggers: Vec<(usize, usize)>,
    /// Entity ids per role.
    pub roles: BTreeMap<String, Vec<String>>,
    /// Attributes compared on matched events, as JSON values.
    pub attrs: BTreeMap<String, Value>,
}

/// A document as scoring sees it.
#[derive(Clone, Debug, Default)]
pub struct EvalDoc {
    /// Document id.
    pub id: String,
    /// Entities.
    pub entities: Vec<EvalEntity>,
    /// Events.
    pub events: Vec<EvalEvent>,
}

/// Attributes compared on matched events.
pub const ATTRIBUTES: [&str; 6] =
    ["date", "killed", "injured", "abducted", "polarity", "modality"];

fn span_of(v: &Value) -> Option<(usize, usize)> {
    Some((
        v.get("start")?.as_u64()? as usize,
        v.get("end")?.as_u64()? as usize,
    ))
}

fn parse_doc(v: &Value) -> Result<EvalDoc, String> {
    let id = match v.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("missing \"id\"".into()),
    };
    let mut doc = EvalDoc { id, ..EvalDoc::default() };
    for e in v.get("entities").and_then(Value::as_array).into_iter().flatten()
    {
        doc.entities.push(EvalEntity {
            id: e.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
            kind: e
                .get("kind")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            value: e.get("value").and_then(Value::as_str).map(String::from),
            mentions: e
                .get("mentions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(span_of)
                .collect(),
        });
    }
    for ev in v.get("events").and_then(Value::as_array).into_iter().flatten() {
        let mut event = EvalEvent {
            kind: ev
                .get("kind")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            triggers: ev
                .get("triggers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(span_of)
                .collect(),
            ..EvalEvent::default()
        };
        for role in ROLES {
            let ids = ev
                .get(role)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_str().map(String::from))
                .collect();
            event.roles.insert(role.to_string(), ids);
        }
        for a in ATTRIBUTES {
            event.attrs.insert(
                a.to_string(),
                ev.get(a).cloned().unwrap_or(Value::Null),
            );
        }
        doc.events.push(event);
    }
    Ok(doc)
}

/// Reads a JSON Lines corpus, returning documents and (line, error) pairs
/// for lines that could not be read.
pub fn read_corpus(text: &str) -> (Vec<EvalDoc>, Vec<(usize, String)>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => match parse_doc(&v) {
                Ok(d) => docs.push(d),
                Err(e) => errors.push((i + 1, e)),
            },
            Err(e) => errors.push((i + 1, format!("malformed JSON: {e}"))),
        }
    }
    (docs, errors)
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    /// Correct predictions (for precision).
    pub tp_pred: usize,
    /// Recalled gold items.
    pub tp_gold: usize,
    /// Predictions.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp_pred, self.pred)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp_gold, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp_pred += o.tp_pred;
        self.tp_gold += o.tp_gold;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A share: correct out of total.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Share {
    /// Correct.
    pub correct: usize,
    /// Compared.
    pub total: usize,
}

impl Share {
    /// Accuracy.
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.total)
    }
}

/// Every score of §6.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Documents scored (present in gold).
    pub documents: usize,
    /// Gold documents with no prediction.
    pub missing: Vec<String>,
    /// Entity mentions per kind.
    pub mentions: BTreeMap<String, Prf>,
    /// Linking, pairwise.
    pub linking: Prf,
    /// Date values among matched date mentions.
    pub date_values: Share,
    /// Triggers per event kind.
    pub triggers: BTreeMap<String, Prf>,
    /// Triggers, micro-averaged.
    pub triggers_micro: Prf,
    /// Arguments per role on matched events.
    pub arguments: BTreeMap<String, Prf>,
    /// Core arguments (agent, target, location, time) together.
    pub core_arguments: Prf,
    /// Attributes on matched events.
    pub attributes: BTreeMap<String, Share>,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Greedy one-to-one pairing of gold and predicted spans by overlap.
/// Returns pairs (gold index, pred index).
fn pair(
    gold: &[(usize, usize)],
    pred: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (g, gs) in gold.iter().enumerate() {
        for (p, ps) in pred.iter().enumerate() {
            let o = overlap(*gs, *ps);
            if o > 0 {
                cands.push((o, g, p));
            }
        }
    }
    cands
        .sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_g = HashSet::new();
    let mut used_p = HashSet::new();
    let mut out = Vec::new();
    for (_, g, p) in cands {
        if used_g.contains(&g) || used_p.contains(&p) {
            continue;
        }
        used_g.insert(g);
        used_p.insert(p);
        out.push((g, p));
    }
    out
}

/// Flattened mentions of one kind: (span, entity index).
fn mentions_of(
    doc: &EvalDoc,
    kind: &str,
) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut spans = Vec::new();
    let mut owners = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind == kind {
            for &m in &e.mentions {
                spans.push(m);
                owners.push(i);
            }
        }
    }
    (spans, owners)
}

/// Scores predicted documents against gold ones (matched by id).
pub fn score(gold: &[EvalDoc], pred: &[EvalDoc]) -> Report {
    let by_id: HashMap<&str, &EvalDoc> =
        pred.iter().map(|d| (d.id.as_str(), d)).collect();
    let empty = EvalDoc::default();
    let mut r = Report::default();
    for g in gold {
        r.documents += 1;
        let p = match by_id.get(g.id.as_str()) {
            Some(p) => *p,
            None => {
                r.missing.push(g.id.clone());
                &empty
            }
        };
        score_doc(g, p, &mut r);
    }
    for (_, prf) in r.triggers.iter() {
        r.triggers_micro.add(*prf);
    }
    for role in CORE_ROLES {
        if let Some(prf) = r.arguments.get(role) {
            r.core_arguments.add(*prf);
        }
    }
    r
}

fn score_doc(g: &EvalDoc, p: &EvalDoc, r: &mut Report) {
    // Entity mentions and linking.
    for kind in ["place", "actor", "date"] {
        let (gs, go) = mentions_of(g, kind);
        let (ps, po) = mentions_of(p, kind);
        let pairs = pair(&gs, &ps);
        r.mentions.entry(kind.to_string()).or_default().add(Prf {
            tp_pred: pairs.len(),
            tp_gold: pairs.len(),
            pred: ps.len(),
            gold: gs.len(),
        });
        for a in 0..pairs.len() {
            for b in a + 1..pairs.len() {
                let same_g = go[pairs[a].0] == go[pairs[b].0];
                let same_p = po[pairs[a].1] == po[pairs[b].1];
                if same_p {
                    r.linking.pred += 1;
                }
                if same_g {
                    r.linking.gold += 1;
                }
                if same_g && same_p {
                    r.linking.tp_pred += 1;
                    r.linking.tp_gold += 1;
                }
            }
        }
        if kind == "date" {
            for &(gi, pi) in &pairs {
                r.date_values.total += 1;
                let gv = &g.entities[go[gi]].value;
                let pv = &p.entities[po[pi]].value;
                if gv == pv {
                    r.date_values.correct += 1;
                }
            }
        }
    }

    // Triggers per kind.
    let kinds: HashSet<&str> =
        g.events.iter().chain(&p.events).map(|e| e.kind.as_str()).collect();
    for kind in kinds {
        let flat = |d: &EvalDoc| -> Vec<(usize, usize)> {
            d.events
                .iter()
                .filter(|e| e.kind == kind)
                .flat_map(|e| e.triggers.iter().copied())
                .collect()
        };
        let (gt, pt) = (flat(g), flat(p));
        let n = pair(&gt, &pt).len();
        r.triggers.entry(kind.to_string()).or_default().add(Prf {
            tp_pred: n,
            tp_gold: n,
            pred: pt.len(),
            gold: gt.len(),
        });
    }

    // Events: pair by kind and trigger overlap.
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, ge) in g.events.iter().enumerate() {
        for (pi, pe) in p.events.iter().enumerate() {
            if ge.kind != pe.kind {
                continue;
            }
            let o: usize = ge
                .triggers
                .iter()
                .flat_map(|a| pe.triggers.iter().map(move |b| overlap(*a, *b)))
                .sum();
            if o > 0 {
                cands.push((o, gi, pi));
            }
        }
    }
    cands
        .sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut ug, mut up) = (HashSet::new(), HashSet::new());
    let ent = |d: &EvalDoc| -> HashMap<String, Vec<(usize, usize)>> {
        d.entities.iter().map(|e| (e.id.clone(), e.mentions.clone())).collect()
    };
    let (gent, pent) = (ent(g), ent(p));
    let touches = |a: &[(usize, usize)], b: &[(usize, usize)]| {
        a.iter().any(|x| b.iter().any(|y| overlap(*x, *y) > 0))
    };
    for (_, gi, pi) in cands {
        if ug.contains(&gi) || up.contains(&pi) {
            continue;
        }
        ug.insert(gi);
        up.insert(pi);
        let (ge, pe) = (&g.events[gi], &p.events[pi]);
        for role in ROLES {
            let none = Vec::new();
            let gids = ge.roles.get(role).unwrap_or(&none);
            let pids = pe.roles.get(role).unwrap_or(&none);
            let gm: Vec<&[(usize, usize)]> = gids
                .iter()
                .map(|i| gent.get(i).map_or(&[][..], |v| &v[..]))
                .collect();
            let pm: Vec<&[(usize, usize)]> = pids
                .iter()
                .map(|i| pent.get(i).map_or(&[][..], |v| &v[..]))
                .collect();
            let tp_pred =
                pm.iter().filter(|x| gm.iter().any(|y| touches(x, y))).count();
            let tp_gold =
                gm.iter().filter(|y| pm.iter().any(|x| touches(x, y))).count();
            r.arguments.entry(role.to_string()).or_default().add(Prf {
                tp_pred,
                tp_gold,
                pred: pm.len(),
                gold: gm.len(),
            });
        }
        for a in ATTRIBUTES {
            let s = r.attributes.entry(a.to_string()).or_default();
            s.total += 1;
            if ge.attrs.get(a) == pe.attrs.get(a) {
                s.correct += 1;
            }
        }
    }
}

impl Report {
    /// A plain-text table of every score.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let row = |s: &mut String, name: &str, p: &Prf| {
            s.push_str(&format!(
                "{name:<24} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6}\n",
                p.precision(),
                p.recall(),
                p.f1(),
                p.pred,
                p.gold
            ));
        };
        s.push_str(&format!("documents: {}", self.documents));
        if !self.missing.is_empty() {
            s.push_str(&format!(
                " (no prediction for: {})",
                self.missing.join(", ")
            ));
        }
        s.push('\n');
        s.push_str(&format!(
            "{:<24} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
            "", "P", "R", "F1", "pred", "gold"
        ));
        for (k, p) in &self.mentions {
            row(&mut s, &format!("mentions {k}"), p);
        }
        row(&mut s, "linking (pairs)", &self.linking);
        s.push_str(&format!(
            "{:<24} {:>6.3}  ({}/{})\n",
            "date values",
            self.date_values.accuracy(),
            self.date_values.correct,
            self.date_values.total
        ));
        for (k, p) in &self.triggers {
            row(&mut s, &format!("trigger {k}"), p);
        }
        row(&mut s, "triggers (micro)", &self.triggers_micro);
        for (k, p) in &self.arguments {
            row(&mut s, &format!("arg {k}"), p);
        }
        row(&mut s, "core arguments", &self.core_arguments);
        for (k, a) in &self.attributes {
            s.push_str(&format!(
                "{:<24} {:>6.3}  ({}/{})\n",
                format!("attr {k}"),
                a.accuracy(),
                a.correct,
                a.total
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(json: &str) -> EvalDoc {
        parse_doc(&serde_json::from_str(json).unwrap()).unwrap()
    }

    #[test]
    fn perfect_and_partial() {
        let g = doc(r#"{"id":"d","entities":[
            {"id":"E1","kind":"place","mentions":[{"start":0,"end":4},{"start":10,"end":14}]},
            {"id":"T1","kind":"date","value":"2017","mentions":[{"start":20,"end":24}]}],
            "events":[{"kind":"attack","triggers":[{"start":30,"end":36}],
              "agent":[],"target":[],"location":["E1"],"time":["T1"],"destination":[],"source":[],
              "date":"2017","killed":null,"injured":null,"abducted":null,"polarity":"affirmative","modality":"asserted"}]}"#);
        let r = score(&[g.clone()], &[g.clone()]);
        assert_eq!(r.mentions["place"].f1(), 1.0);
        assert_eq!(r.linking.f1(), 1.0);
        assert_eq!(r.date_values.accuracy(), 1.0);
        assert_eq!(r.triggers_micro.f1(), 1.0);
        assert_eq!(r.core_arguments.f1(), 1.0);
        let p = doc(r#"{"id":"d","entities":[
            {"id":"E1","kind":"place","mentions":[{"start":0,"end":4}]},
            {"id":"E2","kind":"place","mentions":[{"start":10,"end":14},{"start":50,"end":54}]},
            {"id":"T1","kind":"date","value":"2016","mentions":[{"start":20,"end":24}]}],"events":[]}"#);
        let r = score(&[g], &[p]);
        let pl = r.mentions["place"];
        assert_eq!((pl.tp_pred, pl.pred, pl.gold), (2, 3, 2));
        assert_eq!(r.linking.gold, 1);
        assert_eq!(r.linking.tp_gold, 0);
        assert_eq!(r.date_values.accuracy(), 0.0);
        assert_eq!(r.triggers_micro.recall(), 0.0);
    }

    #[test]
    fn one_long_span_claims_one_gold() {
        assert_eq!(pair(&[(0, 4), (5, 9)], &[(0, 9)]).len(), 1);
    }

    #[test]
    fn bad_lines_are_reported() {
        let (docs, errs) =
            read_corpus("{\"id\":\"a\"}\nnot json\n{\"x\":1}\n");
        assert_eq!(docs.len(), 1);
        assert_eq!(errs.iter().map(|e| e.0).collect::<Vec<_>>(), vec![2, 3]);
    }
}
