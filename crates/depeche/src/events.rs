//! Events: triggers from the lexicon, arguments from local syntax in the
//! sentence, attributes (casualties, polarity, modality), and merging of
//! the mentions of one happening.
//!
//! Everything here works sentence by sentence on the original text, using
//! the folded text for word tests. Argument rules, in order of trust:
//! a preposition right before an entity (`par` → agent, `contre` → target,
//! `à`/`dans`/`près de` → location, `vers` → destination, `selon` →
//! source), a nominal trigger followed by `de` + entity, the subject before
//! an active verb, the object after it; the nearest place only as a
//! fallback.

use std::collections::HashMap;

use crate::entities::{words_before, EntitySet};
use crate::gazetteer::inflect::Pos;
use crate::gazetteer::RowKind;
use crate::matcher::{Candidate, Layer, Lexicon};
use crate::normalize::Folded;
use crate::numbers;
use crate::output::EntityKind;
use crate::Span;

/// An event before ids and char offsets are assigned.
#[derive(Clone, Debug)]
pub(crate) struct EventDraft {
    pub kind: String,
    pub triggers: Vec<Span>,
    pub agent: Vec<usize>,
    pub target: Vec<usize>,
    pub location: Vec<usize>,
    pub time: Vec<usize>,
    pub destination: Vec<usize>,
    pub source: Vec<usize>,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    pub abducted: Option<u64>,
    pub negated: bool,
    pub modality: &'static str,
    /// Sentence index of the first trigger.
    sentence: usize,
}

/// Kinds whose `de` + actor complement is the agent ("la capitulation de
/// Daech"); for the others it is the target ("l'enlèvement de soldats").
const DE_AGENT_KINDS: &[&str] = &[
    "surrender",
    "withdrawal",
    "deployment",
    "attack",
    "armed_clash",
    "airstrike",
    "shelling",
    "bombing",
    "negotiation",
    "threat",
    "protest",
    "displacement",
    "riot",
    "ceasefire",
    "agreement",
    "humanitarian",
];

/// Kinds that kill: casualty counts of a sentence attach to them.
const VIOLENT_KINDS: &[&str] =
    &["attack", "armed_clash", "airstrike", "shelling", "bombing", "killing"];

/// Kinds where a place after `vers` is a destination.
const MOVING_KINDS: &[&str] =
    &["withdrawal", "deployment", "displacement", "capture"];

const HYPOTHETICAL: &[&str] = &[
    "aurait",
    "auraient",
    "pourrait",
    "pourraient",
    "presume",
    "presumee",
    "presumes",
    "presumees",
    "eventuel",
    "eventuelle",
    "eventuels",
    "eventuelles",
    "probable",
    "possible",
    "suppose",
    "supposee",
    "aurait ete",
    "auraient ete",
    "serait",
    "seraient",
];
const FUTURE: &[&str] = &[
    "va",
    "vont",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "prevoit",
    "prevoient",
    "prevu",
    "prevue",
    "apprete",
    "appretent",
    "compte",
    "comptent",
    "pour",
    "afin de",
    "en vue de",
    "preparer",
    "prepare",
    "preparent",
    "preparait",
    "preparaient",
    "projette",
    "envisage",
    "envisagent",
    "prochaine",
    "prochain",
    "menace de",
    "menacent de",
    "promis de",
    "promet de",
    "s'engage a",
];
const DEMANDED: &[&str] = &[
    "appelle a",
    "appellent a",
    "appele a",
    "appelant a",
    "appel a",
    "exige",
    "exigent",
    "exigeant",
    "reclame",
    "reclament",
    "reclamant",
    "demande",
    "demandent",
    "demandant",
    "somme",
    "sommes de",
    "ultimatum",
    "ou mourir",
    "plaide pour",
    "plaident pour",
    "souhaite",
    "reclamer",
    "exiger",
    "demander",
    "l'autorisation de",
    "autorisation de",
];
const NEGATION_AFTER_NE: &[&str] =
    &["pas", "jamais", "plus", "aucun", "aucune", "ni", "guere", "nullement"];
const SAYING: &[&str] = &[
    "selon",
    "a indique",
    "ont indique",
    "indique",
    "a annonce",
    "ont annonce",
    "annonce",
    "a rapporte",
    "rapporte",
    "a affirme",
    "affirme",
    "a declare",
    "declare",
    "a precise",
    "precise",
    "a confirme",
    "confirme",
    "a ajoute",
    "a assure",
    "assure",
    "a revendique",
    "a rapporte",
    "d'apres",
    "a fait savoir",
    "a fait etat",
    "a signale",
    "signale",
    "rapportent",
    "indiquent",
    "affirment",
];
const KILLED_WORDS: &[&str] = &[
    "morts",
    "mort",
    "tues",
    "tuees",
    "tue",
    "tuee",
    "victimes",
    "corps",
    "deces",
    "peri",
    "perissent",
    "tues",
    "cadavres",
    "morts.",
    "martyrs",
];
const INJURED_WORDS: &[&str] =
    &["blesses", "blessees", "blesse", "blessee", "blessures"];

/// Inputs the event pass needs.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub lexicon: &'a Lexicon,
    pub entities: &'a EntitySet,
    pub sentences: &'a [Span],
    pub skip: Option<Span>,
    /// Date spans not to use as event times (the dateline).
    pub dateline: Option<Span>,
}

/// A mention in a sentence, with what the argument rules need.
#[derive(Clone, Copy, Debug)]
struct Arg {
    span: Span,
    entity: usize,
    kind: EntityKind,
}

fn folded_words_before(ctx: &Context<'_>, at: usize, n: usize) -> Vec<String> {
    let f = ctx.folded.from_original(at);
    words_before(&ctx.folded.text, f, n)
        .into_iter()
        .map(String::from)
        .collect()
}

/// Folded words after original byte `at`, up to `n`, stopping at clause
/// punctuation.
fn folded_words_after(ctx: &Context<'_>, at: usize, n: usize) -> Vec<String> {
    let f = ctx.folded.from_original(at);
    let rest = &ctx.folded.text[f.min(ctx.folded.text.len())..];
    let mut out = Vec::new();
    for w in rest.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        if out.len() >= n {
            break;
        }
        if !w.is_empty() {
            out.push(w.to_string());
        }
    }
    out
}

fn ends_with_any(words: &[String], phrases: &[&str]) -> bool {
    let joined = words.join(" ");
    phrases.iter().any(|p| joined == *p || joined.ends_with(&format!(" {p}")))
}

fn contains_any(words: &[String], phrases: &[&str]) -> bool {
    let joined = format!(" {} ", words.join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}

/// The preposition right before a mention (folded, one or two words).
fn prep_before(ctx: &Context<'_>, at: usize) -> String {
    let w = folded_words_before(ctx, at, 3);
    // Skip determiners.
    let mut w: Vec<String> = w;
    while w.last().is_some_and(|x| {
        matches!(
            x.as_str(),
            "le" | "la"
                | "les"
                | "l'"
                | "un"
                | "une"
                | "des"
                | "ses"
                | "son"
                | "sa"
                | "leur"
                | "leurs"
                | "ce"
                | "cette"
                | "ces"
        )
    }) {
        let last = w.pop();
        if last.as_deref() == Some("des") {
            w.push("de".into());
            break;
        }
    }
    let last = w.last().cloned().unwrap_or_default();
    let prev =
        if w.len() >= 2 { w[w.len() - 2].clone() } else { String::new() };
    match last.as_str() {
        "de" | "d'" | "du" if prev == "pres" => "pres de".into(),
        "de" | "d'" | "du"
            if prev == "region"
                || prev == "province"
                || prev == "ville"
                || prev == "localite"
                || prev == "village"
                || prev == "secteur"
                || prev == "zone"
                || prev == "commune"
                || prev == "district" =>
        {
            "a".into()
        }
        "du" | "d'" => "de".into(),
        "au" | "aux" => "a".into(),
        x => x.to_string(),
    }
}

/// Finds events in a document.
pub(crate) fn find(ctx: &Context<'_>, cands: &[Candidate]) -> Vec<EventDraft> {
    let lex = ctx.lexicon;
    let mentions = ctx.entities.mentions();
    let sentence_of = |pos: usize| -> usize {
        ctx.sentences.partition_point(|s| s.end <= pos)
    };
    // Sentence-level facts.
    let n_sent = ctx.sentences.len();
    let mut args_by_sentence: Vec<Vec<Arg>> = vec![Vec::new(); n_sent];
    for &(span, e) in &mentions {
        let s = sentence_of(span.start);
        if s < n_sent {
            args_by_sentence[s].push(Arg {
                span,
                entity: e,
                kind: ctx.entities.drafts[e].kind,
            });
        }
    }

    // Triggers, with context checks.
    struct Trig {
        span: Span,
        kind: String,
        weak: bool,
        pos: Option<Pos>,
        sentence: usize,
        form: String,
    }
    let mut trigs: Vec<Trig> = Vec::new();
    let mut last_span: Option<Span> = None;
    for c in cands.iter().filter(|c| c.layer == Layer::Trigger) {
        if ctx.skip.is_some_and(|s| s.overlaps(c.span)) {
            continue;
        }
        if last_span == Some(c.span) {
            continue; // one kind per span: the first row wins
        }
        last_span = Some(c.span);
        let row = lex.row(c.row);
        if row.kind != RowKind::Trigger || row.subkind == "none" {
            continue;
        }
        let s = sentence_of(c.span.start);
        if s >= n_sent {
            continue;
        }
        trigs.push(Trig {
            span: c.span,
            kind: row.subkind.clone(),
            weak: row.flags.weak,
            pos: row.flags.pos,
            sentence: s,
            form: ctx.folded.text[c.folded.start..c.folded.end].to_string(),
        });
    }

    // Casualty counts per sentence.
    let counts = numbers::find_counts(ctx.text);
    let mut casualties: Vec<(Option<u64>, Option<u64>, Option<Span>)> =
        vec![(None, None, None); n_sent];
    for (si, s) in ctx.sentences.iter().enumerate() {
        let in_s: Vec<&numbers::CountMatch> =
            counts.iter().filter(|c| s.contains(c.span)).collect();
        for (k, c) in in_s.iter().enumerate() {
            let before = folded_words_before(ctx, c.span.start, 1);
            if before.last().is_some_and(|w| w == "dont") {
                continue; // a subset: "305 personnes, dont 27 enfants"
            }
            let after = folded_words_after(ctx, c.span.end, 7);
            // Stop at the next count.
            let limit = in_s.get(k + 1).map(|n| n.span.start).unwrap_or(s.end);
            let after: Vec<String> = {
                let f_end = ctx.folded.from_original(limit);
                let f_start = ctx.folded.from_original(c.span.end);
                let window = &ctx.folded.text[f_start..f_end.max(f_start)];
                let ws: Vec<String> = window
                    .split(|ch: char| !(ch.is_alphanumeric() || ch == '\''))
                    .filter(|w| !w.is_empty())
                    .take(7)
                    .map(String::from)
                    .collect();
                if ws.is_empty() {
                    after
                } else {
                    ws
                }
            };
            let value = if c.count.vague { None } else { Some(c.count.value) };
            let dont_follows = after.first().is_some_and(|w| w == "dont");
            let _ = dont_follows;
            if after.iter().any(|w| KILLED_WORDS.contains(&w.as_str())) {
                if casualties[si].0.is_none() {
                    casualties[si].0 = value;
                    casualties[si].2 = Some(c.span);
                }
            } else if after.iter().any(|w| INJURED_WORDS.contains(&w.as_str()))
                && casualties[si].1.is_none()
            {
                casualties[si].1 = value;
            }
        }
    }

    let mut drafts: Vec<EventDraft> = Vec::new();
    for t in &trigs {
        let sent = ctx.sentences[t.sentence];
        let args = &args_by_sentence[t.sentence];
        let has_conflict_actor = args.iter().any(|a| {
            a.kind == EntityKind::Actor
                && matches!(
                    ctx.entities.drafts[a.entity].subkind.as_str(),
                    "state_force" | "armed_group" | "unidentified_armed_group"
                )
        });
        let has_place = args.iter().any(|a| a.kind == EntityKind::Place);
        let has_casualty = casualties[t.sentence].0.is_some()
            || casualties[t.sentence].1.is_some();
        let strong_nearby = trigs
            .iter()
            .any(|o| o.sentence == t.sentence && !o.weak && o.span != t.span);
        if t.weak
            && !(has_conflict_actor
                || has_casualty
                || (has_place && strong_nearby))
        {
            continue;
        }
        if !t.weak && args.is_empty() && !has_casualty {
            continue;
        }
        let mut kind = t.kind.clone();
        // "libération de <place>" is a capture, of people a release.
        if kind == "release" {
            let next_place = args.iter().find(|a| a.span.start >= t.span.end);
            if let Some(a) = next_place {
                let gap = folded_words_after(ctx, t.span.end, 4);
                if a.kind == EntityKind::Place
                    && a.span.start - t.span.end < 40
                    && !gap.iter().any(|w| w == "otages" || w == "prisonniers")
                {
                    kind = "capture".into();
                }
            }
        }
        let mut d = EventDraft {
            kind,
            triggers: vec![t.span],
            agent: Vec::new(),
            target: Vec::new(),
            location: Vec::new(),
            time: Vec::new(),
            destination: Vec::new(),
            source: Vec::new(),
            killed: None,
            injured: None,
            abducted: None,
            negated: false,
            modality: "asserted",
            sentence: t.sentence,
        };
        assign_arguments(ctx, t.span, t.pos, &t.form, sent, args, &mut d);
        set_attributes(ctx, t.span, sent, &mut d);
        drafts.push(d);
    }

    // Killing triggers of the "tuer/mort" kind next to another violent
    // event in the sentence give their count to it instead.
    let keep: Vec<bool> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if d.kind != "killing" {
                return true;
            }
            let form =
                &ctx.folded.text[ctx.folded.from_original(d.triggers[0].start)
                    ..ctx.folded.from_original(d.triggers[0].end)];
            let plain = form.starts_with("tu")
                || form.starts_with("mort")
                || form.starts_with("peri")
                || form.starts_with("abat");
            !(plain
                && drafts.iter().enumerate().any(|(j, o)| {
                    j != i
                        && o.sentence == d.sentence
                        && o.kind != "killing"
                        && VIOLENT_KINDS.contains(&o.kind.as_str())
                }))
        })
        .collect();
    let mut drafts: Vec<EventDraft> = drafts
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(d, _)| d)
        .collect();

    // Casualties: to the violent events of the sentence.
    for d in &mut drafts {
        if VIOLENT_KINDS.contains(&d.kind.as_str()) {
            let (k, i, _) = casualties[d.sentence];
            d.killed = d.killed.or(k);
            d.injured = d.injured.or(i);
        }
    }
    // Deaths-only sentences: a killing event on the casualty word.
    for (si, (k, _, span)) in casualties.iter().enumerate() {
        let (Some(k), Some(span)) = (k, span) else { continue };
        if ctx.skip.is_some_and(|s| s.overlaps(*span)) {
            continue;
        }
        if drafts.iter().any(|d| {
            d.sentence == si && VIOLENT_KINDS.contains(&d.kind.as_str())
        }) {
            continue;
        }
        // The casualty word itself is the trigger.
        let sent = ctx.sentences[si];
        let f_start = ctx.folded.from_original(span.end);
        let f_end = ctx.folded.from_original(sent.end);
        let window = &ctx.folded.text[f_start..f_end.max(f_start)];
        let mut trig = None;
        let mut off = 0;
        for w in window.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
            let pos = window[off..].find(w).map(|p| p + off);
            if let Some(p) = pos {
                off = p + w.len();
                if KILLED_WORDS.contains(&w) && !w.is_empty() {
                    trig = Some(ctx.folded.to_original(Span::new(
                        f_start + p,
                        f_start + p + w.len(),
                    )));
                    break;
                }
            }
        }
        let Some(tspan) = trig else { continue };
        let args = &args_by_sentence[si];
        let mut d = EventDraft {
            kind: "killing".into(),
            triggers: vec![tspan],
            agent: Vec::new(),
            target: Vec::new(),
            location: Vec::new(),
            time: Vec::new(),
            destination: Vec::new(),
            source: Vec::new(),
            killed: Some(*k),
            injured: casualties[si].1,
            abducted: None,
            negated: false,
            modality: "asserted",
            sentence: si,
        };
        assign_arguments(
            ctx,
            tspan,
            Some(Pos::Verb),
            "tues",
            sent,
            args,
            &mut d,
        );
        set_attributes(ctx, tspan, sent, &mut d);
        drafts.push(d);
    }
    drafts.sort_by_key(|d| d.triggers[0]);
    merge(ctx, drafts)
}

fn push_unique(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

/// Subkind rank of places: most specific first.
fn specificity(subkind: &str) -> u32 {
    match subkind {
        "feature" | "camp" => 0,
        "village" => 1,
        "town" => 2,
        "city" => 3,
        "admin2" => 4,
        "border" => 5,
        "admin1" => 6,
        "region" => 7,
        "country" => 8,
        _ => 5,
    }
}

fn assign_arguments(
    ctx: &Context<'_>,
    trig: Span,
    pos: Option<Pos>,
    form: &str,
    sent: Span,
    args: &[Arg],
    d: &mut EventDraft,
) {
    let kind = d.kind.as_str();
    let ents = &ctx.entities.drafts;
    let participle = matches!(pos, Some(Pos::Verb))
        && (form.ends_with('e')
            || form.ends_with("es")
            || form.ends_with("ee")
            || form.ends_with("ees"))
        && !form.ends_with("ee ");
    let before_trig = folded_words_before(ctx, trig.start, 2);
    let passive = participle
        && (before_trig.iter().any(|w| {
            matches!(
                w.as_str(),
                "ete"
                    | "est"
                    | "sont"
                    | "etaient"
                    | "etait"
                    | "soit"
                    | "sera"
                    | "seront"
            )
        }) || !before_trig.iter().any(|w| {
            matches!(
                w.as_str(),
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "aurait"
                    | "auraient"
                    | "avoir"
                    | "ayant"
                    | "s'est"
                    | "se"
                    | "s'etaient"
                    | "s'etait"
            )
        }));
    let verb = matches!(pos, Some(Pos::Verb));

    // Sources: after a verb of saying or "selon".
    for a in args.iter().filter(|a| a.kind == EntityKind::Actor) {
        let w = folded_words_before(ctx, a.span.start, 4);
        let trimmed: Vec<String> = w
            .iter()
            .filter(|x| {
                !matches!(
                    x.as_str(),
                    "le" | "la"
                        | "les"
                        | "l'"
                        | "un"
                        | "une"
                        | "des"
                        | "du"
                        | "de"
                        | "journal"
                        | "agence"
                        | "chaine"
                        | "television"
                        | "quotidien"
                        | "site"
                        | "porte"
                        | "parole"
                )
            })
            .cloned()
            .collect();
        if ends_with_any(&trimmed, SAYING) {
            push_unique(&mut d.source, a.entity);
        }
    }

    // Places: by preposition; vers → destination.
    let mut locs: Vec<(u32, usize, usize)> = Vec::new();
    for a in args.iter().filter(|a| a.kind == EntityKind::Place) {
        let p = prep_before(ctx, a.span.start);
        let dist = if a.span.start >= trig.end {
            a.span.start - trig.end
        } else {
            trig.start - a.span.end
        };
        if p == "vers" && MOVING_KINDS.contains(&kind) {
            push_unique(&mut d.destination, a.entity);
            continue;
        }
        let located =
            matches!(
                p.as_str(),
                "a" | "dans"
                    | "pres de"
                    | "en"
                    | "sur"
                    | "au"
                    | "aux"
                    | "entre"
                    | "vers"
                    | "contre"
            ) || (p == "de" && a.span.start >= trig.end && dist < 12);
        if located {
            locs.push((specificity(&ents[a.entity].subkind), dist, a.entity));
            if p == "contre" || (kind == "siege" && p == "de") {
                push_unique(&mut d.target, a.entity);
            }
        }
    }
    if locs.is_empty() {
        // Fallback: the nearest place in the sentence.
        if let Some(a) = args
            .iter()
            .filter(|a| a.kind == EntityKind::Place)
            .min_by_key(|a| {
                if a.span.start >= trig.end {
                    a.span.start - trig.end
                } else {
                    trig.start - a.span.end
                }
            })
        {
            if !d.destination.contains(&a.entity) {
                locs.push((specificity(&ents[a.entity].subkind), 0, a.entity));
            }
        }
    }
    locs.sort();
    for (_, _, e) in locs {
        if !d.destination.contains(&e) {
            push_unique(&mut d.location, e);
        }
    }

    // Times: dates of the sentence, nearest first, not the dateline.
    let mut times: Vec<(usize, usize)> = args
        .iter()
        .filter(|a| a.kind == EntityKind::Date)
        .filter(|a| !ctx.dateline.is_some_and(|dl| dl.overlaps(a.span)))
        .map(|a| {
            let dist = if a.span.start >= trig.end {
                a.span.start - trig.end
            } else {
                trig.start - a.span.end
            };
            (dist, a.entity)
        })
        .collect();
    times.sort();
    for (_, e) in times {
        push_unique(&mut d.time, e);
    }

    // Actors.
    let actors: Vec<&Arg> = args
        .iter()
        .filter(|a| {
            a.kind == EntityKind::Actor && !d.source.contains(&a.entity)
        })
        .collect();
    // After the trigger: by preposition.
    let mut first_after = true;
    for a in actors.iter().filter(|a| a.span.start >= trig.end) {
        let gap_words = {
            let f0 = ctx.folded.from_original(trig.end);
            let f1 = ctx.folded.from_original(a.span.start);
            ctx.folded.text[f0..f1.max(f0)].split_whitespace().count()
        };
        if gap_words > 8 {
            break;
        }
        let clause_break = {
            let between = &ctx.text[trig.end..a.span.start];
            between.contains(['.', ';', '?', '!'])
                || between.contains(", qui")
                || between.contains(", a ")
                || between.contains(" et ont ")
        };
        if clause_break {
            break;
        }
        let p = prep_before(ctx, a.span.start);
        match p.as_str() {
            "par" => push_unique(&mut d.agent, a.entity),
            "contre" | "visant" | "ciblant" => {
                push_unique(&mut d.target, a.entity)
            }
            "avec" | "entre" | "et"
                if matches!(
                    kind,
                    "negotiation" | "ceasefire" | "agreement" | "armed_clash"
                ) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            "a" if matches!(kind, "surrender" | "capture" | "release") => {
                push_unique(&mut d.target, a.entity)
            }
            "de" if first_after && gap_words <= 3 => {
                if DE_AGENT_KINDS.contains(&kind) {
                    push_unique(&mut d.agent, a.entity)
                } else {
                    push_unique(&mut d.target, a.entity)
                }
            }
            _ if verb
                && first_after
                && !passive
                && gap_words <= 3
                && !matches!(
                    p.as_str(),
                    "de" | "a" | "selon" | "avec" | "pour"
                ) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            _ => {}
        }
        first_after = false;
    }
    // Before the trigger: the subject, with coordinated actors.
    let before: Vec<&&Arg> =
        actors.iter().filter(|a| a.span.end <= trig.start).collect();
    if let Some(last) = before.last() {
        let between = &ctx.text[last.span.end..trig.start];
        let words = ctx.folded.text[ctx.folded.from_original(last.span.end)
            ..ctx.folded.from_original(trig.start)]
            .split_whitespace()
            .count();
        let p = prep_before(ctx, last.span.start);
        let is_complement = matches!(
            p.as_str(),
            "de" | "a"
                | "contre"
                | "avec"
                | "selon"
                | "pour"
                | "sur"
                | "vers"
                | "par"
                | "entre"
        );
        if !between.contains(['.', ';', '?', '!'])
            && words <= 10
            && !is_complement
        {
            let role_is_target = passive && verb;
            let mut subj = vec![last.entity];
            // "L'armée syrienne et le Hezbollah": coordinated subjects.
            let mut k = before.len() - 1;
            while k > 0 {
                let prev = before[k - 1];
                let cur = before[k];
                let gap =
                    ctx.folded.text[ctx.folded.from_original(prev.span.end)
                        ..ctx.folded.from_original(cur.span.start)]
                        .trim();
                let gap_words: Vec<&str> = gap.split_whitespace().collect();
                let coord = !gap_words.is_empty()
                    && gap_words.len() <= 3
                    && (gap_words[0] == "et"
                        || gap_words[0] == ","
                        || gap.starts_with(','));
                if coord {
                    subj.push(prev.entity);
                    k -= 1;
                } else {
                    break;
                }
            }
            for e in subj.into_iter().rev() {
                if role_is_target {
                    push_unique(&mut d.target, e);
                } else if !d.target.contains(&e) {
                    push_unique(&mut d.agent, e);
                }
            }
        } else if matches!(p.as_str(), "de") && !passive {
            // "le bilan de l'attaque de X": nothing.
        }
    }
    d.agent.retain(|e| !d.source.contains(e));
    let agents = d.agent.clone();
    d.target.retain(|e| !agents.contains(e));
    let _ = sent;
}

fn set_attributes(
    ctx: &Context<'_>,
    trig: Span,
    sent: Span,
    d: &mut EventDraft,
) {
    let start = ctx.folded.from_original(sent.start);
    let t0 = ctx.folded.from_original(trig.start);
    let t1 = ctx.folded.from_original(trig.end);
    // The clause before the trigger: back to the last comma-free stretch,
    // at most 8 words.
    let before_text = &ctx.folded.text[start..t0.max(start)];
    let before_words: Vec<String> = before_text
        .rsplit(|c: char| c == ',' || c == ';' || c == ':' || c == '"')
        .next()
        .unwrap_or("")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let near: Vec<String> =
        before_words.iter().rev().take(6).rev().cloned().collect();
    let after: Vec<String> = folded_words_after(ctx, trig.end, 3);
    let _ = t1;
    // Polarity.
    let ne_pos = near
        .iter()
        .rposition(|w| w == "ne" || w == "n'" || w.starts_with("n'"));
    let neg_word_near = near
        .iter()
        .chain(after.iter().take(2))
        .any(|w| NEGATION_AFTER_NE.contains(&w.as_str()));
    let aucun = near.iter().rev().take(2).any(|w| {
        matches!(w.as_str(), "aucun" | "aucune" | "sans" | "nul" | "nulle")
    });
    let denied = contains_any(
        &before_words,
        &[
            "dement",
            "dementi",
            "a dementi",
            "nie",
            "a nie",
            "dementent",
            "nient",
        ],
    );
    d.negated = (ne_pos.is_some() && neg_word_near) || aucun || denied;
    // Modality: demanded > future > hypothetical.
    let window: Vec<String> =
        before_words.iter().rev().take(7).rev().cloned().collect();
    if contains_any(&window, DEMANDED)
        || after.first().is_some_and(|w| w == "ou")
            && after.get(1).is_some_and(|w| w == "mourir")
    {
        d.modality = "demanded";
    } else if contains_any(&window, FUTURE) {
        d.modality = "future";
    } else if contains_any(&window, HYPOTHETICAL)
        || contains_any(&after, &["presume", "presumee", "presumes"])
    {
        d.modality = "hypothetical";
    }
}

/// Merges mentions of one happening: same kind, compatible arguments.
fn merge(ctx: &Context<'_>, drafts: Vec<EventDraft>) -> Vec<EventDraft> {
    let dates: Vec<Option<&str>> =
        ctx.entities.drafts.iter().map(|d| d.value.as_deref()).collect();
    let mut out: Vec<EventDraft> = Vec::new();
    let mut by_kind: HashMap<String, Vec<usize>> = HashMap::new();
    'next: for d in drafts {
        if let Some(idx) = by_kind.get(&d.kind) {
            for &i in idx {
                let o = &out[i];
                if compatible(o, &d, &dates) {
                    let o = &mut out[i];
                    o.triggers.extend(d.triggers.iter().copied());
                    for (dst, src) in [
                        (&mut o.agent, &d.agent),
                        (&mut o.target, &d.target),
                        (&mut o.location, &d.location),
                        (&mut o.time, &d.time),
                        (&mut o.destination, &d.destination),
                        (&mut o.source, &d.source),
                    ] {
                        for &e in src {
                            push_unique(dst, e);
                        }
                    }
                    o.killed = o.killed.max(d.killed);
                    o.injured = o.injured.max(d.injured);
                    o.abducted = o.abducted.or(d.abducted);
                    let agents = o.agent.clone();
                    o.target.retain(|e| !agents.contains(e));
                    continue 'next;
                }
            }
        }
        by_kind.entry(d.kind.clone()).or_default().push(out.len());
        out.push(d);
    }
    out
}

fn compatible(a: &EventDraft, b: &EventDraft, dates: &[Option<&str>]) -> bool {
    if a.negated != b.negated || a.modality != b.modality {
        return false;
    }
    let clash = |x: &[usize], y: &[usize]| {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|e| y.contains(e))
    };
    if clash(&a.agent, &b.agent) || clash(&a.location, &b.location) {
        return false;
    }
    let da: Vec<&str> = a
        .time
        .iter()
        .filter_map(|&t| dates.get(t).copied().flatten())
        .collect();
    let db: Vec<&str> = b
        .time
        .iter()
        .filter_map(|&t| dates.get(t).copied().flatten())
        .collect();
    if !da.is_empty() && !db.is_empty() && !da.iter().any(|x| db.contains(x)) {
        return false;
    }
    // Far-apart mentions with nothing in common stay apart.
    let share = |x: &[usize], y: &[usize]| x.iter().any(|e| y.contains(e));
    let any_shared = share(&a.agent, &b.agent)
        || share(&a.target, &b.target)
        || share(&a.location, &b.location)
        || (!da.is_empty() && da.iter().any(|x| db.contains(x)));
    let close = b.sentence <= a.sentence + 2;
    any_shared || close
}

/// ACLED event type, sub-event type and PLOVER event type of an event
/// kind (see `docs/mapping.md`). `attack` and `capture` depend on the
/// actors: an attack on civilians is violence against civilians, a capture
/// by a state force is a government regaining territory.
pub(crate) fn codes(
    kind: &str,
    agent_state: bool,
    target_civilians: bool,
    suicide: bool,
) -> (&'static str, &'static str, Option<&'static str>) {
    match kind {
        "ceasefire" => {
            ("Strategic developments", "Agreement", Some("CEASEFIRE"))
        }
        "agreement" => ("Strategic developments", "Agreement", Some("AGREE")),
        "surrender" => ("Strategic developments", "Other", Some("YIELD")),
        "siege" => ("Strategic developments", "Other", Some("COERCE")),
        "attack" if target_civilians => {
            ("Violence against civilians", "Attack", Some("ASSAULT"))
        }
        "attack" | "armed_clash" => ("Battles", "Armed clash", Some("FIGHT")),
        "airstrike" => {
            ("Explosions/Remote violence", "Air/drone strike", Some("FIGHT"))
        }
        "shelling" => (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            Some("FIGHT"),
        ),
        "bombing" if suicide => {
            ("Explosions/Remote violence", "Suicide bomb", Some("ASSAULT"))
        }
        "bombing" => (
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            Some("ASSAULT"),
        ),
        "abduction" => (
            "Violence against civilians",
            "Abduction/forced disappearance",
            Some("ASSAULT"),
        ),
        "killing" => ("Violence against civilians", "Attack", Some("ASSAULT")),
        "release" => ("Strategic developments", "Other", Some("RELEASE")),
        "capture" if agent_state => {
            ("Battles", "Government regains territory", Some("SEIZE"))
        }
        "capture" => {
            ("Battles", "Non-state actor overtakes territory", Some("SEIZE"))
        }
        "withdrawal" => (
            "Strategic developments",
            "Non-violent transfer of territory",
            Some("RETREAT"),
        ),
        "deployment" => (
            "Strategic developments",
            "Change to group/activity",
            Some("MOBILIZE"),
        ),
        "negotiation" => ("Strategic developments", "Other", Some("CONSULT")),
        "arrest" => ("Strategic developments", "Arrests", Some("SEIZE")),
        "displacement" => ("Strategic developments", "Other", None),
        "protest" => ("Protests", "Peaceful protest", Some("PROTEST")),
        "riot" => ("Riots", "Violent demonstration", Some("PROTEST")),
        "humanitarian" => ("Strategic developments", "Other", Some("AID")),
        "threat" => ("Strategic developments", "Other", Some("THREATEN")),
        _ => ("Strategic developments", "Other", None),
    }
}
