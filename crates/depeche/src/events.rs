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

use std::collections::{BTreeSet, HashMap};

use crate::byteclass::{ALNUM, BYTE_CLASS, SPACE, WORD_ASCII};
use crate::dates::is_day_word;
use crate::entities::{words_before, Draft, EntitySet};
use crate::gazetteer::inflect::Pos;
use crate::gazetteer::{Row, RowKind};
use crate::matcher::{Candidate, Layer, Lexicon};
use crate::normalize::Folded;
use crate::numbers;
use crate::output::EntityKind;
use crate::span::{stretch_after, stretch_before};
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
    /// Part of speech of the first trigger.
    pos: Option<Pos>,
    /// Sentence index of the first trigger.
    sentence: usize,
}

impl EventDraft {
    /// An asserted, affirmative event of `kind` on one trigger, with no
    /// arguments or counts yet.
    fn new(
        kind: String,
        trigger: Span,
        pos: Option<Pos>,
        sentence: usize,
    ) -> EventDraft {
        EventDraft {
            kind,
            triggers: vec![trigger],
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
            pos,
            sentence,
        }
    }
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
    "siege",
];

/// Kinds that kill: casualty counts of a sentence attach to them.
const VIOLENT_KINDS: &[&str] =
    &["attack", "armed_clash", "airstrike", "shelling", "bombing", "killing"];

/// Kinds whose doer is armed (or a state): civilians are never their
/// agent.
const ARMED_AGENT_KINDS: &[&str] = &[
    "attack",
    "armed_clash",
    "airstrike",
    "shelling",
    "bombing",
    "killing",
    "capture",
    "siege",
    "abduction",
    "arrest",
    "deployment",
];

/// Kinds where a place after `vers` is a destination.
const MOVING_KINDS: &[&str] =
    &["withdrawal", "deployment", "displacement", "capture"];

const HYPOTHETICAL: &[&str] = &[
    "aurait",
    "auraient",
    "pourrait",
    "pourraient",
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
    // "refusent de préciser si des négociations ont eu lieu".
    "preciser si",
    "savoir si",
    "dire si",
    "confirmer si",
    "determiner si",
    "verifier si",
    "ignore si",
    "indiquer si",
];
const FUTURE: &[&str] = &[
    "va",
    "vont",
    "doit",
    "doivent",
    // "Israël devra retirer ses troupes".
    "devra",
    "devront",
    "devrait",
    "devraient",
    "prevoit",
    "prevoient",
    "prevu",
    "prevue",
    "apprete",
    "appretent",
    // "une cellule qui s'apprêtait à lancer des roquettes".
    "s'apprete",
    "s'appretent",
    "s'appretait",
    "s'appretaient",
    "compte",
    "comptent",
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
    "menacant de",
    "menace d'",
    "menacent d'",
    "menacant d'",
    // "l'Union européenne allait déployer une mission".
    "allait",
    "allaient",
    "promettant de",
    "promis de",
    "promet de",
    "s'engage a",
    // "réaffirment leur détermination à libérer toutes les localités",
    // "sont déterminées à reprendre".
    "determination a",
    "determines a",
    "determinees a",
    "determine a",
    "resolus a",
    // "les otages seront libérés", "AFRICOM continuera de mener des
    // frappes".
    "sera",
    "seront",
    "continuera",
    "continueront",
    "poursuivra",
    "poursuivront",
];
const DEMANDED: &[&str] = &[
    "appelle a",
    "appellent a",
    "appelons a",
    "exhortons",
    "exigeons",
    "demandons",
    "reclamons",
    "appele a",
    "appelant a",
    "appel a",
    "exige",
    "exigent",
    "exhorte",
    "exhortent",
    "exhortant",
    "enjoint",
    "enjoignent",
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
    // "a ordonné à l'armée de libérer les élèves", "donné l'ordre de".
    "ordonne a",
    "ordonnent a",
    "ordonnant a",
    "l'ordre de",
    "l'ordre d'",
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
    "a rapporte",
    "d'apres",
    "a fait savoir",
    "a fait etat",
    "ont fait etat",
    "fait etat",
    "font etat",
    "faisait etat",
    "a signale",
    "signale",
    // "les partenaires signalent que …".
    "signalent",
    "rapportent",
    "indiquent",
    "affirment",
    "a insiste",
    "a souligne",
    "a explique",
    "a estime",
    "a dit",
    // "L'armée dit avoir frappé …", "Kiev dit que …".
    "dit",
    "disent",
    "a raconte",
    "ont raconte",
    "raconte",
    "racontent",
    "confie",
    "a confie",
    "previent",
    "a prevenu",
    "temoigne",
    "ajoute",
    "insiste",
    "resume",
    "souffle",
    "a temoigne",
    "ont temoigne",
    "ont explique",
    "ont ajoute",
    "ont souligne",
    "ont assure",
    "a reconnu",
    "a dementi",
    "ont dementi",
    "avait dementi",
    "avaient dementi",
    "dement",
    "dementent",
    "a nie",
    "ont nie",
    "ont precise",
    "ont affirme",
    "ont declare",
    "ont confirme",
    "ont rapporte",
    "ont fait savoir",
    "ont signale",
    "ont reconnu",
    "souligne",
    "explique",
    "appris de",
    "appris du",
    "appris des",
    "appris aupres de",
    "appris aupres du",
    "appris aupres des",
    "apprend de",
    "apprend du",
    "apprend aupres de",
    "apprend aupres du",
    "apprend aupres des",
];
/// Whether `w` (folded) says people were abducted ("enlevés",
/// "kidnappées"), not the noun of the deed ("enlèvements", "kidnapping":
/// "les exactions de groupes jihadistes : enlèvements" makes no victims of
/// the groups).
fn abducted_word(w: &str) -> bool {
    w.starts_with("enlev") && !w.starts_with("enlevement")
        || w.starts_with("kidnapp") && !w.starts_with("kidnapping")
}

/// Audiences a speaker tells, named by no entity, that may stand between
/// a verb of saying and its inverted subject (folded): "a déclaré à la
/// presse le porte-parole".
const AUDIENCES: &[&str] = &[
    "a la presse",
    "a notre journal",
    "a notre redaction",
    "a notre correspondant",
    "a notre envoye special",
    "aux journalistes",
    "a des journalistes",
    "a la radio",
    "a la television",
    "a la tele",
    "au telephone",
    "par telephone",
];

/// Where the text goes on past an audience of [`AUDIENCES`] that opens
/// `span` (after blanks), when one does and a space or a comma follows it.
fn past_audience(ctx: &Context<'_>, span: Span) -> Option<usize> {
    let f = folded_of(ctx, span);
    let lead = f.len() - f.trim_start().len();
    AUDIENCES
        .iter()
        .find(|p| {
            f[lead..].starts_with(*p)
                && f[lead + p.len()..].starts_with([' ', ','])
        })
        .map(|p| {
            ctx.folded.original_start(
                ctx.folded.from_original(span.start) + lead + p.len(),
            )
        })
}

/// Markers of [`SAYING`] that introduce their source as a complement:
/// "selon X", "d'après X", "a-t-on appris de X", "apprend auprès de X".
fn is_source_preposition(marker: &str) -> bool {
    matches!(marker, "selon" | "d'apres")
        || [" de", " du", " des"].iter().any(|p| marker.ends_with(p))
}

/// Names of the days, folded.
const WEEKDAYS: &[&str] =
    &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// Military ranks before a name, folded.
const MILITARY_RANKS: &[&str] = &[
    "general",
    "colonel",
    "lieutenant-colonel",
    "commandant",
    "capitaine",
    "lieutenant",
    "brigadier",
    "sergent",
    "adjudant",
    "marechal",
    "amiral",
    "major",
    "caporal",
];

/// Titles of people who speak for an institution ("le porte-parole de
/// l'armée, X").
const SPEAKER_TITLES: &[&str] = &[
    "porte",
    "parole",
    "porte-parole",
    "responsable",
    "ministre",
    "chef",
    "commandant",
    "directeur",
    "president",
    "gouverneur",
    "maire",
    "general",
    "colonel",
    "representant",
    "emissaire",
    "envoye",
    "secretaire",
    "conseiller",
    "prefet",
    "officier",
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
    // Army communiqués' word for enemies killed.
    "neutralises",
    "neutralisees",
];
/// Verb forms right before a count that make it the number killed:
/// "tuant au moins 40 personnes", "ont exécuté 223 civils", "ont massacré
/// 40 villageois" (folded).
const KILLING_LEADS: &[&str] = &[
    "tuant",
    "tue",
    "tues",
    "massacrant",
    "massacre",
    "abattant",
    "coutant",
    "execute",
    "executant",
    "assassine",
    "assassinant",
    "fusille",
    "fusillant",
    "egorge",
    "egorgeant",
    "decapite",
    "decapitant",
    // Army communiqués: "ont neutralisé 12 terroristes".
    "neutralise",
    "neutralisant",
    // "a permis de neutraliser une cinquantaine de terroristes".
    "neutraliser",
    "massacrer",
    "executer",
    "assassiner",
];

/// Verbs of killing that also shoot down aircraft or knock out targets
/// ("abattu 98 drones", "éliminé une menace"): a count after them is a
/// toll only when no aircraft word follows it.
const DOWNING_LEADS: &[&str] =
    &["abattu", "abattus", "elimine", "elimines", "eliminant"];

/// Casualty words that say a death happened (verbs and participles), as
/// opposed to tallies ("35 morts", "corps", "victimes").
const DEATH_VERBS: &[&str] =
    &["tues", "tuees", "tue", "tuee", "peri", "mort", "abattus", "executes"];
const INJURED_WORDS: &[&str] =
    &["blesses", "blessees", "blesse", "blessee", "blessures"];

/// Words of sports reporting (folded).
const SPORTS_TERMS: &[&str] = &[
    "football",
    "footballeur",
    "championnat",
    "derby",
    "match",
    "matchs",
    "entraineur",
    "selectionneur",
    "buteur",
    "milieu de terrain",
    "coup d'envoi",
    "coup de sifflet",
    "penalty",
    "mi temps",
    "quarts de finale",
    "demi finale",
    "coupe d'afrique",
    "coupe du monde",
    "ligue des champions",
    "supporteurs",
    "supporters",
    "basket",
    "rugby",
    "handball",
    "tennis",
    "cyclisme",
    "maillot",
    "arbitre",
    "tir au but",
    "corner",
    "surface de reparation",
];

/// The stems every casualty word of [`find`] starts with: the words of
/// [`KILLED_WORDS`], [`INJURED_WORDS`] and [`KILLING_LEADS`], and those
/// the casualty rules name ("mort de", "la vie", "perdu", "blessant").
/// A count with none of them near it gives no casualty, so the count
/// search skips the sentences that have none (a word added to those
/// rules must start with one of these).
const CASUALTY_STEMS: &[&str] = &[
    "deces",
    "bless",
    "tuant",
    "victimes",
    "corps",
    "cadavres",
    "martyrs",
    "neutralis",
    "massacr",
    "abattant",
    "coutant",
    "execut",
    "assassin",
    "fusill",
    "egorge",
    "decapit",
];

/// The casualty stems shorter than the sports terms, searched apart: in
/// the automaton they would make its prefilter stop at many more bytes.
const SHORT_CASUALTY_STEMS: &[&str] = &["mort", "vie", "perd", "tue", "peri"];

/// One searcher per stem of [`SHORT_CASUALTY_STEMS`].
static SHORT_STEM_FINDERS: once_cell::sync::Lazy<
    Vec<memchr::memmem::Finder<'static>>,
> = once_cell::sync::Lazy::new(|| {
    SHORT_CASUALTY_STEMS.iter().map(memchr::memmem::Finder::new).collect()
});

/// Term `k` of the one pass over a document's folded text for
/// [`SPORTS_TERMS`] and then [`CASUALTY_STEMS`] (a term's index is its
/// index in both, in this order).
fn scanned_term(k: usize) -> &'static str {
    match SPORTS_TERMS.get(k) {
        Some(t) => t,
        None => CASUALTY_STEMS[k - SPORTS_TERMS.len()],
    }
}

/// How many terms [`scanned_term`] has.
const SCANNED_TERMS: usize = SPORTS_TERMS.len() + CASUALTY_STEMS.len();

/// How far apart the triples of bytes [`TermScan`] reads are. Every term
/// is longer than this by two bytes at least, so every occurrence of a
/// term holds exactly one of the triples read at an offset below this.
const SCAN_STRIDE: usize = 3;

/// The occurrences of the terms of [`scanned_term`] in a text, found by
/// reading three bytes every [`SCAN_STRIDE`] bytes: a triple that no term
/// holds at an offset below [`SCAN_STRIDE`] rules out every occurrence
/// that would have it there, and the few triples left are checked against
/// the terms that hold them. A triple is keyed by the low five bits of
/// its bytes (the letters are told apart; keys shared with other bytes
/// only cost a check).
struct TermScan {
    /// Bit `key` is set when a term holds a triple of that key at an
    /// offset below [`SCAN_STRIDE`].
    keys: [u64; 512],
    /// (key, offset, term) of each such triple, sorted.
    entries: Vec<(u16, u8, u8)>,
    /// For each key of a bit of `keys`, where its entries start.
    first: Vec<u8>,
}

/// The key of three bytes, the first in the low byte of `t` ([`TermScan`]).
#[inline(always)]
fn triple_key(t: u64) -> usize {
    ((t & 31) << 10 | (t >> 3) & 0x3E0 | (t >> 16) & 31) as usize
}

/// The three bytes at `at` of `text`, the first in the low byte.
#[inline(always)]
fn triple_at(text: &[u8], at: usize) -> u64 {
    u64::from(text[at])
        | u64::from(text[at + 1]) << 8
        | u64::from(text[at + 2]) << 16
}

impl TermScan {
    fn new() -> TermScan {
        let mut entries = Vec::new();
        for k in 0..SCANNED_TERMS {
            let t = scanned_term(k).as_bytes();
            assert!(t.len() >= SCAN_STRIDE + 2, "a term read at every offset");
            for o in 0..SCAN_STRIDE {
                let key = triple_key(triple_at(t, o));
                entries.push((key as u16, o as u8, k as u8));
            }
        }
        assert!(SCANNED_TERMS * SCAN_STRIDE <= usize::from(u8::MAX));
        entries.sort_unstable();
        let mut keys = [0u64; 512];
        let mut first = vec![0u8; 1 << 15];
        for (i, &(key, _, _)) in entries.iter().enumerate().rev() {
            keys[usize::from(key >> 6)] |= 1 << (key & 63);
            first[usize::from(key)] = i as u8;
        }
        TermScan { keys, entries, first }
    }

    /// Calls `found(start, term)` for every occurrence of a term of
    /// [`scanned_term`] in `text`, overlapping ones included: what an
    /// Aho-Corasick automaton over the terms finds with overlapping
    /// matches, in another order.
    #[inline]
    fn find(&self, text: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut q = 0;
        // Two triples from each eight bytes read.
        while let Some(chunk) = text.get(q..q + 8) {
            let x = u64::from_le_bytes(
                chunk.try_into().expect("a slice of eight bytes"),
            );
            let (k0, k1) = (triple_key(x), triple_key(x >> 24));
            if self.has(k0) {
                self.check(text, q, k0, &mut found);
            }
            if self.has(k1) {
                self.check(text, q + SCAN_STRIDE, k1, &mut found);
            }
            q += 2 * SCAN_STRIDE;
        }
        while q + 2 < text.len() {
            let key = triple_key(triple_at(text, q));
            if self.has(key) {
                self.check(text, q, key, &mut found);
            }
            q += SCAN_STRIDE;
        }
    }

    /// Whether a term holds a triple of `key` at an offset below
    /// [`SCAN_STRIDE`].
    #[inline(always)]
    fn has(&self, key: usize) -> bool {
        self.keys[key >> 6] >> (key & 63) & 1 != 0
    }

    /// Calls `found` for the occurrences of terms that hold the triple at
    /// `q` (of `key`) at an offset below [`SCAN_STRIDE`].
    fn check(
        &self,
        text: &[u8],
        q: usize,
        key: usize,
        found: &mut impl FnMut(usize, usize),
    ) {
        let from = usize::from(self.first[key]);
        for &(_, o, k) in
            self.entries[from..].iter().take_while(|e| usize::from(e.0) == key)
        {
            let o = usize::from(o);
            if q < o {
                continue;
            }
            let term = scanned_term(usize::from(k)).as_bytes();
            if text[q - o] == term[0] && text[q - o..].starts_with(term) {
                found(q - o, usize::from(k));
            }
        }
    }
}

/// The [`TermScan`] of [`SPORTS_TERMS`] and [`CASUALTY_STEMS`].
static SPORTS: once_cell::sync::Lazy<TermScan> =
    once_cell::sync::Lazy::new(TermScan::new);

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
    /// Spans of every date expression (numbers inside are not counts).
    pub date_spans: &'a [Span],
    /// Where the words of `text` start ([`word_starts`]).
    pub word_starts: &'a [usize],
    /// The state forces and governments of a country ([`state_actors`]).
    pub state_actors: &'a [usize],
}

/// The entities a nationality may name: state forces with a gazetteer
/// row or a group of nouns (not a counted group, "deux soldats
/// israéliens") and governments, of a country, with mentions. Found once
/// per document: a run-on text may hold thousands of entities.
pub(crate) fn state_actors(set: &EntitySet) -> Vec<usize> {
    set.drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.kind == EntityKind::Actor
                && d.country.is_some()
                && !d.mentions.is_empty()
                && (d.subkind == "government"
                    || d.subkind == "state_force"
                        && (d.row.is_some() || d.group.is_some()))
        })
        .map(|(i, _)| i)
        .collect()
}

/// A mention in a sentence, with what the argument rules need.
#[derive(Clone, Copy, Debug)]
struct Arg {
    span: Span,
    entity: usize,
    kind: EntityKind,
    /// Index of the mention in the document's mentions (for [`Preps`]).
    mention: usize,
}

/// The preposition before each mention of a document ([`prep_before`]),
/// found the first time a trigger asks for it: the triggers of a sentence
/// ask about the same mentions.
struct Preps<'a>(Vec<std::cell::Cell<Option<&'a str>>>);

impl<'a> Preps<'a> {
    fn new(n: usize) -> Preps<'a> {
        Preps(vec![std::cell::Cell::new(None); n])
    }

    /// [`prep_before`] the mention of `a`.
    fn of(&self, ctx: &Context<'a>, a: &Arg) -> &'a str {
        let memo = &self.0[a.mention];
        if let Some(p) = memo.get() {
            return p;
        }
        let p = prep_before(ctx, a.span.start);
        memo.set(Some(p));
        p
    }
}

/// Up to `n` (at most [`FEW`]) folded words before original byte `at`,
/// as [`words_before`] reads them.
fn folded_words_before<'a>(
    ctx: &Context<'a>,
    at: usize,
    n: usize,
) -> FewWords<'a> {
    let f = ctx.folded.from_original(at);
    FewWords::before(&ctx.folded.text, f, n)
}

/// [`folded_words_before`] without the articles that end them: "sous le
/// contrôle de la" reads "sous le contrôle de".
fn words_before_articles<'a>(
    ctx: &Context<'a>,
    at: usize,
    n: usize,
) -> FewWords<'a> {
    let mut back = folded_words_before(ctx, at, n);
    while back.last().is_some_and(|w| matches!(*w, "le" | "la" | "les" | "l'"))
    {
        back.pop();
    }
    back
}

/// [`folded_words_before`], read on past a quote that opens a phrase:
/// "avoir « neutralisé une trentaine de terroristes »", "tuant « de
/// nombreux terroristes »".
fn words_before_quoted<'a>(
    ctx: &Context<'a>,
    at: usize,
    n: usize,
) -> FewWords<'a> {
    let folded = &ctx.folded.text;
    let lead = folded_words_before(ctx, at, n);
    let first_at = match lead.first() {
        Some(first) if lead.len() < n => {
            first.as_ptr() as usize - folded.as_ptr() as usize
        }
        None => ctx.folded.from_original(at),
        _ => return lead,
    };
    match folded[..first_at].trim_end().strip_suffix(['«', '"', '“']) {
        Some(h) => {
            let mut joined = FewWords::before(folded, h.len(), n - lead.len());
            for w in lead.iter() {
                joined.push(w);
            }
            joined
        }
        None => lead,
    }
}

/// How many words a [`FewWords`] holds at most.
const FEW: usize = 8;

/// At most [`FEW`] words, in a stack buffer.
#[derive(Clone, Copy)]
struct FewWords<'a> {
    buf: [&'a str; FEW],
    len: usize,
}

impl<'a> FewWords<'a> {
    /// The last `n` (at most [`FEW`]) words of `folded[..end]` as
    /// [`words_before`] reads them, in text order.
    fn before(folded: &'a str, end: usize, n: usize) -> FewWords<'a> {
        debug_assert!(n <= FEW);
        let mut out = FewWords { buf: [""; FEW], len: 0 };
        for w in crate::entities::WordsBack::new(folded, end).take(n.min(FEW))
        {
            out.buf[out.len] = w;
            out.len += 1;
        }
        out.buf[..out.len].reverse();
        debug_assert_eq!(&out[..], &words_before(folded, end, n)[..]);
        out
    }

    /// The last `n` (at most [`FEW`]) words of [`words_of`] in `folded`,
    /// in text order: what `folded_words(last_words_tail(folded, n))`
    /// gives, read from the end.
    fn last_of(folded: &'a str, n: usize) -> FewWords<'a> {
        debug_assert!(n <= FEW);
        let mut out = FewWords { buf: [""; FEW], len: 0 };
        for w in (WordsBack { s: folded, end: folded.len() }).take(n.min(FEW))
        {
            out.buf[out.len] = w;
            out.len += 1;
        }
        out.buf[..out.len].reverse();
        out
    }

    /// The first `n` (at most [`FEW`]) words of `words`.
    fn first_of(
        words: impl Iterator<Item = &'a str>,
        n: usize,
    ) -> FewWords<'a> {
        let mut out = FewWords { buf: [""; FEW], len: 0 };
        for w in words.take(n.min(FEW)) {
            out.buf[out.len] = w;
            out.len += 1;
        }
        out
    }

    fn pop(&mut self) -> Option<&'a str> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(self.buf[self.len])
    }

    /// Appends `w` (where a word was taken off: there is room).
    fn push(&mut self, w: &'a str) {
        if self.len < FEW {
            self.buf[self.len] = w;
            self.len += 1;
        }
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

impl<'a> std::ops::Deref for FewWords<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.buf[..self.len]
    }
}

/// Folded words after original byte `at`, up to `n` (at most [`FEW`]),
/// stopping at clause punctuation.
fn folded_words_after<'a>(
    ctx: &Context<'a>,
    at: usize,
    n: usize,
) -> FewWords<'a> {
    debug_assert!(n <= FEW);
    let f = ctx.folded.from_original(at);
    let text: &'a str = &ctx.folded.text;
    FewWords::first_of(words_of(&text[f.min(text.len())..]), n)
}

/// The first of [`folded_words_after`], without a vector.
fn folded_word_after<'a>(ctx: &Context<'a>, at: usize) -> Option<&'a str> {
    let f = ctx.folded.from_original(at);
    let text: &'a str = &ctx.folded.text;
    words_of(&text[f.min(text.len())..]).next()
}

/// Folded words of a folded byte range (split on everything but letters,
/// digits and apostrophes).
fn folded_words(folded: &str) -> Vec<&str> {
    // A word and the char after it take two bytes at least: sized once,
    // the vector never grows.
    let mut words = Vec::with_capacity(folded.len() / 2 + 1);
    words.extend(words_of(folded));
    words
}

/// Whether the non-ASCII char that starts at byte `i` of `s` is
/// alphanumeric, and its length. The letters of Latin-1 (`à` to `ÿ`, but
/// for `×` and `÷`) are told from their two bytes without decoding.
#[inline]
fn wide_alnum_at(s: &str, i: usize) -> (bool, usize) {
    let bytes = s.as_bytes();
    if bytes[i] == 0xC3 && i + 1 < bytes.len() {
        // U+00C0 to U+00FF.
        let low = bytes[i + 1];
        return (low != 0x97 && low != 0xB7, 2);
    }
    let c = s[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.len_utf8())
}

/// Whether the char at byte `i` of `s` is a word char of [`words_of`],
/// and its length.
#[inline]
fn word_char_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (WORD_ASCII[usize::from(b)], 1)
    } else {
        wide_alnum_at(s, i)
    }
}

/// The end of a folded text that holds its last `n` words ([`words_of`]),
/// found from the end: what is before them is never read.
#[cfg(test)]
fn last_words_tail(folded: &str, n: usize) -> &str {
    if n == 0 {
        return folded;
    }
    let mut back = WordsBack { s: folded, end: folded.len() };
    for _ in 1..n {
        if back.next().is_none() {
            return folded;
        }
    }
    match back.next() {
        Some(w) => &folded[w.as_ptr() as usize - folded.as_ptr() as usize..],
        None => folded,
    }
}

/// The words of a folded text: its non-empty runs of letters, digits and
/// apostrophes, in order (what splitting on every other char and dropping
/// the empty pieces gives). ASCII bytes are classed without decoding.
#[inline]
fn words_of(folded: &str) -> Words<'_> {
    Words { s: folded, i: 0 }
}

/// The iterator of [`words_of`].
#[derive(Clone)]
struct Words<'a> {
    s: &'a str,
    /// Where the search for the next word starts.
    i: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let s = self.s;
        let bytes = s.as_bytes();
        let mut i = self.i;
        loop {
            if i >= bytes.len() {
                self.i = i;
                return None;
            }
            let b = bytes[i];
            if b < 0x80 {
                if WORD_ASCII[usize::from(b)] {
                    break;
                }
                i += 1;
            } else {
                let (word, len) = wide_alnum_at(s, i);
                if word {
                    break;
                }
                i += len;
            }
        }
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            // [`WORD_ASCII`] holds no byte beyond ASCII: one look-up passes
            // an ASCII word byte.
            if WORD_ASCII[usize::from(b)] {
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            let (word, len) = wide_alnum_at(s, i);
            if !word {
                break;
            }
            i += len;
        }
        self.i = i;
        Some(&s[start..i])
    }
}

/// The words of [`words_of`] from the last one back.
struct WordsBack<'a> {
    s: &'a str,
    /// Where the search for the previous word ends.
    end: usize,
}

impl<'a> WordsBack<'a> {
    /// Whether the char that ends at byte `i` is a word char, and where
    /// it starts.
    #[inline]
    fn char_before(&self, i: usize) -> (bool, usize) {
        let bytes = self.s.as_bytes();
        let b = bytes[i - 1];
        if b < 0x80 {
            return (WORD_ASCII[usize::from(b)], i - 1);
        }
        let mut j = i - 1;
        while !self.s.is_char_boundary(j) {
            j -= 1;
        }
        (word_char_at(self.s, j).0, j)
    }
}

impl<'a> Iterator for WordsBack<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let mut i = self.end;
        loop {
            if i == 0 {
                self.end = 0;
                return None;
            }
            let (word, at) = self.char_before(i);
            if word {
                break;
            }
            i = at;
        }
        let end = i;
        loop {
            // ASCII word bytes back in a tight loop ([`WORD_ASCII`] holds
            // no byte beyond ASCII); a char beyond ASCII is decoded.
            while i > 0 && WORD_ASCII[usize::from(bytes[i - 1])] {
                i -= 1;
            }
            if i == 0 || bytes[i - 1] < 0x80 {
                break;
            }
            let (word, at) = self.char_before(i);
            if !word {
                break;
            }
            i = at;
        }
        self.end = i;
        Some(&self.s[i..end])
    }
}

/// The folded text of an original span, trimmed.
fn folded_of<'a>(ctx: &Context<'a>, span: Span) -> &'a str {
    folded_from(ctx, ctx.folded.from_original(span.start), span)
}

/// [`folded_of`] of `span`, whose start folds to `f0`.
fn folded_from<'a>(ctx: &Context<'a>, f0: usize, span: Span) -> &'a str {
    let text: &'a str = &ctx.folded.text;
    let f1 = ctx.folded.from_original(span.end).max(f0);
    text[f0..f1].trim()
}

/// True when the words of `phrase` (separated by single spaces) are
/// `words[i..]`'s first words.
fn phrase_at(words: &[&str], i: usize, phrase: &str) -> bool {
    let mut rest = phrase;
    let mut k = i;
    loop {
        // First bytes compared inline before the full prefix test.
        let Some(tail) = words
            .get(k)
            .filter(|w| w.as_bytes().first() == rest.as_bytes().first())
            .and_then(|w| rest.strip_prefix(w))
        else {
            return false;
        };
        if tail.is_empty() {
            return true;
        }
        let Some(tail) = tail.strip_prefix(' ') else { return false };
        rest = tail;
        k += 1;
    }
}

/// True when `words` end with one of `phrases` (whole words).
fn ends_with_any(words: &[&str], phrases: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    let last_byte = last.as_bytes().last();
    phrases.iter().any(|p| {
        // The phrase's last word first: most phrases end otherwise, and
        // most of those on another byte, compared before the words.
        (last_byte.is_none() || p.as_bytes().last() == last_byte)
            && p.strip_suffix(last)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
            && {
                let n = p.bytes().filter(|&b| b == b' ').count() + 1;
                n <= words.len() && phrase_at(words, words.len() - n, p)
            }
    })
}

/// True when one of `phrases` occurs in `words` as whole words.
#[cfg(test)]
fn contains_any(words: &[&str], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| (0..words.len()).any(|i| phrase_at(words, i, p)))
}

/// A list of phrases with, for each byte, the lengths of the phrases'
/// first words that start with it (bit `len`, bit 31 for 31 bytes and
/// more): most words are ruled out by one look-up, without comparing them
/// with every phrase.
struct Phrases {
    list: &'static [&'static str],
    first: [u32; 256],
    /// For lists of at most 64 phrases, for each byte, the phrases that
    /// start with it (bit `i` for phrase `i`): a word is compared only
    /// with those. Longer lists have no index.
    by_first: Option<[u64; 256]>,
}

impl Phrases {
    const fn new(list: &'static [&'static str]) -> Phrases {
        let mut first = [0u32; 256];
        let mut i = 0;
        while i < list.len() {
            let b = list[i].as_bytes();
            let mut n = 0;
            while n < b.len() && b[n] != b' ' {
                n += 1;
            }
            if n == 0 {
                // No first word to test: every word is a candidate.
                let mut k = 0;
                while k < 256 {
                    first[k] = u32::MAX;
                    k += 1;
                }
            } else {
                first[b[0] as usize] |= 1 << if n < 31 { n } else { 31 };
            }
            i += 1;
        }
        let by_first = if list.len() <= 64 {
            let mut t = [0u64; 256];
            let mut i = 0;
            while i < list.len() {
                // An empty phrase matches no word: it is in no entry.
                if !list[i].is_empty() {
                    t[list[i].as_bytes()[0] as usize] |= 1 << i;
                }
                i += 1;
            }
            Some(t)
        } else {
            None
        };
        Phrases { list, first, by_first }
    }

    /// Whether one of the phrases starts at word `i` of `words`.
    #[inline]
    fn at(&self, words: &[&str], i: usize) -> bool {
        let w = words[i];
        match (&self.by_first, w.as_bytes().first()) {
            (Some(t), Some(&b)) => {
                // Only phrases with the word's first byte can match.
                let mut m = t[usize::from(b)];
                while m != 0 {
                    let k = m.trailing_zeros() as usize;
                    m &= m - 1;
                    if phrase_at(words, i, self.list[k]) {
                        return true;
                    }
                }
                false
            }
            _ => self.list.iter().any(|p| phrase_at(words, i, p)),
        }
    }

    /// True when `word` is one of the phrases (`list.contains`), most
    /// words being ruled out by [`Phrases::may_start`].
    fn is(&self, word: &str) -> bool {
        self.may_start(word) && self.list.contains(&word)
    }

    /// True when `word` may be the first word of one of the phrases.
    #[inline]
    fn may_start(&self, word: &str) -> bool {
        self.may_start_bytes(word.as_bytes())
    }

    /// [`Phrases::may_start`] of a word's bytes.
    #[inline]
    fn may_start_bytes(&self, word: &[u8]) -> bool {
        word.first().is_some_and(|&b| {
            self.first[b as usize] & (1 << word.len().min(31)) != 0
        })
    }
}

/// [`SKIPPED_BEFORE_ENTITY`] and [`LOCATIVE_NOUNS`], for the look-up of
/// one word before each mention.
static SKIPPED_BEFORE_ENTITY_SET: Phrases =
    Phrases::new(SKIPPED_BEFORE_ENTITY);
static LOCATIVE_NOUNS_SET: Phrases = Phrases::new(LOCATIVE_NOUNS);

/// True when one of the phrases of `set` occurs in `words` as whole words
/// (what `contains_any` says of its list).
fn contains_phrase(words: &[&str], set: &Phrases) -> bool {
    (0..words.len()).any(|i| set.may_start(words[i]) && set.at(words, i))
}

/// Whether the casualty rules of [`find`] may read a casualty word
/// ([`is_casualty_word`]) that starts at folded byte `i`, where one of
/// the stems starts.
///
/// Such a word starts after a char that is no ASCII letter or digit, or
/// inside a folded word where the original has a char that is neither (a
/// dropped soft hyphen, say) that a count may end at. It is the run of
/// ASCII letters and digits from there, unless it is read cut short: at a
/// count's start (after a char that is no letter or digit, as above) or
/// at a sentence's end.
fn casualty_word_at(ctx: &Context<'_>, i: usize) -> bool {
    let fb = ctx.folded.text.as_bytes();
    let clean = |o0: usize, o1: usize| {
        let (o0, o1) = (o0.min(o1), o1.max(o0));
        ctx.text[o0..o1].chars().all(char::is_alphanumeric)
    };
    if i > 0 && fb[i - 1].is_ascii_alphanumeric() {
        let o0 = ctx.folded.original_start(i - 1);
        let o1 = ctx.folded.original_start(i);
        if clean(o0, o1)
            && ctx.text[o1.max(o0)..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            return false;
        }
    }
    let mut r = i;
    while r < fb.len() && fb[r].is_ascii_alphanumeric() {
        r += 1;
    }
    if is_casualty_word(&ctx.folded.text[i..r]) {
        // "a abattu 48 des 61 drones": munitions shot down count no one.
        let span = Span::new(
            ctx.folded.original_start(i),
            ctx.folded.original_start(r),
        );
        return !(is_shooting_down(&ctx.folded.text[i..r])
            && munition_object(ctx, span));
    }
    // Cut short inside the run?
    let o0 = ctx.folded.original_start(i);
    let o1 = ctx.folded.original_start(r);
    let first = ctx.sentences.partition_point(|s| s.end <= o0);
    !clean(o0, o1) || ctx.sentences.get(first).is_some_and(|s| s.end < o1)
}

/// Nouns of death before "de" and a count ("la mort de 52 soldats").
const DEATH_NOUNS: &[&str] = &["mort", "deces", "morts"];

/// Forms of "perdre" before a side's men lost ("a perdu dix hommes").
const LOST_FORMS: &[&str] = &["perdu", "perd", "perdent", "perdait"];

/// Words before a count of wounded ("en blessant une vingtaine").
const WOUNDING_LEADS: &[&str] = &["blessant", "blesse", "blesses"];

/// The words the casualty rules of [`find`] look for around a count, all
/// of them starting with one of [`CASUALTY_STEMS`] or
/// [`SHORT_CASUALTY_STEMS`].
fn is_casualty_word(w: &str) -> bool {
    KILLED_WORDS.contains(&w)
        || INJURED_WORDS.contains(&w)
        || KILLING_LEADS.contains(&w)
        || DEATH_NOUNS.contains(&w)
        || w == "vie"
        || LOST_FORMS.contains(&w)
        || WOUNDING_LEADS.contains(&w)
}

/// Whether a count can span original byte `p` or read across it: a full
/// stop and a whitespace char end right before it (no count holds a full
/// stop but between digits), or it is an end of the text.
fn count_cut_at(text: &[u8], p: usize) -> bool {
    p == 0
        || p >= text.len()
        || p >= 2 && text[p - 2] == b'.' && text[p - 1].is_ascii_whitespace()
}

/// True when `between`, the folded text from the end of one count to the
/// start of the next, lists them as parts of one toll: one to four words
/// naming who was counted, ending on "et" or a comma ("soldats et",
/// "policiers maliens,"), with no verb, casualty word or "dont" among
/// them. "entre 10 et 20", "tués et deux blessés" join nothing.
fn joins_next_count(between: &str) -> bool {
    let words = FewWords::first_of(words_of(between), 5);
    let n = words.len();
    if n == 0 || n > 4 {
        return false;
    }
    let comma = between.trim_end().ends_with(',');
    let et = words[n - 1] == "et";
    let nouns = if et { &words[..n - 1] } else { &words[..] };
    if nouns.is_empty() || !(et || comma) {
        return false;
    }
    nouns.iter().all(|w| {
        !matches!(*w, "et" | "dont" | "ont" | "a" | "sont" | "ete" | "ou")
            && !is_casualty_word(w)
    })
}

/// Singular nouns of people (folded) that "un"/"une" counts as one when a
/// casualty word is near: "Un soldat a été tué", "tuant une femme".
const ONE_PERSON_NOUNS: &[&str] = &[
    "soldat",
    "militaire",
    "policier",
    "policiere",
    "gendarme",
    "civil",
    "civile",
    "enfant",
    "femme",
    "homme",
    "garcon",
    "fille",
    "fillette",
    "bebe",
    "adolescent",
    "adolescente",
    "jeune",
    "journaliste",
    "humanitaire",
    "casque",
    "membre",
    "habitant",
    "habitante",
    "villageois",
    "villageoise",
    "employe",
    "employee",
    "agent",
    "manifestant",
    "manifestante",
    "otage",
    "commercant",
    "commercante",
    "eleve",
    "etudiant",
    "etudiante",
    "chauffeur",
    "enseignant",
    "enseignante",
    "medecin",
    "infirmier",
    "infirmiere",
    "pretre",
    "imam",
    "officier",
    "sous-officier",
    "combattant",
    "milicien",
    "rebelle",
    "jihadiste",
    "djihadiste",
    "assaillant",
    "terroriste",
    "passant",
    "fidele",
    "paysan",
    "paysanne",
    "agriculteur",
    "eleveur",
    "berger",
    "pecheur",
    "commandant",
    "colonel",
    "capitaine",
    "lieutenant",
    "sergent",
    "caporal",
    "volontaire",
    "ressortissant",
    "touriste",
    "travailleur",
    "ouvrier",
    "orpailleur",
    "garde",
    "douanier",
    "elu",
    "maire",
    "notable",
    "chef",
    "secouriste",
    "refugie",
    "refugiee",
    "deplace",
    "deplacee",
    "vieillard",
    "nourrisson",
];

/// Adds to `counts` (kept in text order) a count of one for each "un" or
/// "une" before a noun of [`ONE_PERSON_NOUNS`] among the seven words
/// before a casualty stem (at folded `stems`) or right after it: numbers
/// never read "un" as a count, since "un" is mostly an article. "l'un"
/// and spans a count already holds ("une dizaine") are left out.
fn add_counts_of_one(
    ctx: &Context<'_>,
    stems: &[usize],
    counts: &mut Vec<numbers::CountMatch>,
) {
    let folded: &str = &ctx.folded.text;
    let base = folded.as_ptr() as usize;
    let at = |w: &str| w.as_ptr() as usize - base;
    let mut found: Vec<usize> = Vec::new();
    for &h in stems {
        // Back: "Un soldat a été tué", "un membre des forces de sécurité
        // ont été tués" (as far back as a few words read).
        let back = FewWords::before(folded, h, FEW);
        let n = back.len();
        for j in 0..n.saturating_sub(1) {
            if matches!(back[j], "un" | "une")
                && ONE_PERSON_NOUNS.contains(&back[j + 1])
                && !(j > 0 && matches!(back[j - 1], "l'" | "l'un"))
            {
                found.push(at(back[j]));
            }
        }
        // After: "tuant une femme", "blessant un policier".
        let mut words = words_of(&folded[h..]);
        words.next(); // the stem's word
        let next = FewWords::first_of(words, 2);
        if next.len() == 2
            && matches!(next[0], "un" | "une")
            && ONE_PERSON_NOUNS.contains(&next[1])
        {
            found.push(at(next[0]));
        }
    }
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    found.dedup();
    for f in found {
        let len = if folded[f..].starts_with("une") { 3 } else { 2 };
        let span = ctx.folded.to_original(Span::new(f, f + len));
        // Counts do not overlap: only the neighbours can hold `span`.
        let i = counts.partition_point(|c| c.span.start < span.start);
        let held =
            |k: usize| counts.get(k).is_some_and(|c| c.span.overlaps(span));
        if held(i) || i > 0 && held(i - 1) {
            continue;
        }
        counts.insert(
            i,
            numbers::CountMatch { span, count: numbers::Count::exact(1) },
        );
    }
}

/// The counts of [`numbers::find_counts_excluding`] that the casualty
/// rules may use: those of the sentences with a casualty stem (at
/// `stems`, folded) within the words they read around a count, and those
/// right before a killing trigger (at `killings`). Only the stretches of
/// text between cuts ([`count_cut_at`]) that hold these are searched: a
/// search from a cut finds there what the search of the whole text finds.
fn casualty_counts(
    ctx: &Context<'_>,
    stems: &[usize],
    killings: &[usize],
) -> Vec<numbers::CountMatch> {
    let text = ctx.text;
    let folded = ctx.folded.text.as_bytes();
    let sents = ctx.sentences;
    // Original ranges to search, to be widened to whole sentences.
    let mut want: Vec<(usize, usize)> = Vec::new();
    for &h in stems {
        // The stem may be among the eight words read after a count: the
        // count ends after the start of the eighth word before it.
        let mut back = WordsBack { s: &ctx.folded.text, end: h };
        let mut lo = h;
        for _ in 0..8 {
            match back.next() {
                Some(w) => {
                    lo =
                        w.as_ptr() as usize - ctx.folded.text.as_ptr() as usize
                }
                None => {
                    lo = 0;
                    break;
                }
            }
        }
        let lo = if lo == 0 { 0 } else { ctx.folded.original_start(lo - 1) };
        // Or among the two words right before a count: the count starts
        // before the end of the spaces after the next word.
        let mut x = h;
        for _ in 0..2 {
            while x < folded.len() && !matches!(folded[x], b' ' | b'\n') {
                x += 1;
            }
            while x < folded.len() && matches!(folded[x], b' ' | b'\n') {
                x += 1;
            }
        }
        let hi = if x >= folded.len() {
            text.len()
        } else {
            ctx.folded.original_start(x)
        };
        // Every sentence that touches [lo, hi].
        let first = sents.partition_point(|s| s.end < lo);
        let last = sents.partition_point(|s| s.start <= hi);
        if first < last {
            want.push((sents[first].start, sents[last - 1].end));
        }
    }
    for &k in killings {
        want.push((k, k));
    }
    if want.is_empty() {
        return Vec::new();
    }
    want.sort_unstable();
    let b = text.as_bytes();
    let cut_before = |mut p: usize| {
        p = p.min(b.len());
        while !count_cut_at(b, p) {
            p -= 1;
        }
        p
    };
    let cut_after = |mut p: usize| {
        while !count_cut_at(b, p) {
            p += 1;
        }
        p.min(b.len())
    };
    let mut out = Vec::new();
    let mut searched: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < want.len() {
        // Widened to cuts, and merged with the ranges that meet it.
        let start = cut_before(want[i].0);
        let mut end = cut_after(want[i].1);
        i += 1;
        while i < want.len() && want[i].0 <= end {
            // `end` is a cut: a range that ends before it is widened to it
            // at most, so only one that ends past it is walked (a run-on
            // text with no cut is walked once, not once per range).
            if want[i].1 > end {
                end = cut_after(want[i].1);
            }
            i += 1;
        }
        searched.push((start, end));
        // The dates of this stretch only (they come in text order).
        let d0 = ctx.date_spans.partition_point(|d| d.end <= start);
        let dates: Vec<Span> = ctx.date_spans[d0..]
            .iter()
            .take_while(|d| d.start < end)
            .map(|d| Span::new(d.start.saturating_sub(start), d.end - start))
            .collect();
        for mut c in numbers::find_counts_excluding(&text[start..end], &dates)
        {
            c.span = Span::new(c.span.start + start, c.span.end + start);
            out.push(c);
        }
    }
    debug_assert_eq!(
        out,
        numbers::find_counts_excluding(text, ctx.date_spans)
            .into_iter()
            .filter(|c| searched
                .iter()
                .any(|&(s, e)| s <= c.span.start && c.span.end <= e))
            .collect::<Vec<_>>()
    );
    out
}

/// "Sept Volontaires pour la défense de la patrie (VDP)": an actor named
/// alone in brackets right after another actor's mention glosses that
/// mention (its group, its acronym) and is no argument beside it.
fn bracketed_aside(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    i: usize,
) -> bool {
    let (span, e) = mentions[i];
    if i == 0 || ctx.entities.drafts[e].kind != EntityKind::Actor {
        return false;
    }
    let Some(head) = ctx.text[..span.start].strip_suffix('(') else {
        return false;
    };
    if !ctx.text[span.end..].starts_with(')') {
        return false;
    }
    let head = head.trim_end_matches([' ', '\u{a0}']);
    let (prev, p) = mentions[i - 1];
    prev.end == head.len()
        && p != e
        && ctx.entities.drafts[p].kind == EntityKind::Actor
}

/// Whether the war noun at `span` opens its line and a colon closes the
/// few words after it: "Guerre en Ukraine : …", "Conflit au Soudan : …".
fn war_rubric(text: &str, span: Span) -> bool {
    let lead = &text[stretch_before(text, span.start, 40, 0)..span.start];
    let line_start = lead.rfind('\n').map_or(
        // The text's own start, or a line longer than the window.
        span.start <= 40 && lead.trim().is_empty(),
        |i| lead[i + 1..].trim().is_empty(),
    );
    if !line_start || !text[span].starts_with(['G', 'C']) {
        return false;
    }
    let rest = &text[span.end..stretch_after(text, span.end, 60)];
    let Some(colon) = rest.find(':') else { return false };
    let words = &rest[..colon];
    !words.contains(['\n', '.', ',', ';'])
        && words.split_whitespace().count() <= 4
}

/// Finds events in a document.
pub(crate) fn find<'a>(
    ctx: &Context<'a>,
    cands: &[Candidate],
) -> Vec<EventDraft> {
    let lex = ctx.lexicon;
    let mentions = ctx.entities.mentions();
    // Mentions and candidates come in text order: a sentence is looked
    // for from the last one found, a few steps on, before a search.
    let mut last = 0;
    let mut sentence_of = |pos: usize| -> usize {
        let sents = ctx.sentences;
        let mut i =
            if last > 0 && sents[last - 1].end > pos { 0 } else { last };
        // Every sentence before `i` ends by `pos`.
        let mut steps = 0;
        while i < sents.len() && sents[i].end <= pos {
            if steps == 8 {
                i += sents[i..].partition_point(|s| s.end <= pos);
                break;
            }
            i += 1;
            steps += 1;
        }
        last = i;
        i
    };
    // Sentence-level facts.
    let n_sent = ctx.sentences.len();
    let mut args_by_sentence: Vec<Vec<Arg>> = vec![Vec::new(); n_sent];
    for (mention, &(span, e)) in mentions.iter().enumerate() {
        if bracketed_aside(ctx, &mentions, mention) {
            continue;
        }
        let s = sentence_of(span.start);
        if s < n_sent {
            args_by_sentence[s].push(Arg {
                span,
                entity: e,
                kind: ctx.entities.drafts[e].kind,
                mention,
            });
        }
    }

    let preps = Preps::new(mentions.len());
    // Found for the first trigger that needs them.
    let marks = std::cell::OnceCell::new();
    let marks = || {
        marks.get_or_init(|| {
            ClauseMarks::new(ctx.text, Span::new(0, ctx.text.len()))
        })
    };
    let stems = std::cell::OnceCell::new();
    let stems = || stems.get_or_init(|| DenialStems::new(&ctx.folded.text));

    // Triggers, with context checks.
    struct Trig<'a> {
        span: Span,
        kind: &'a str,
        weak: bool,
        pos: Option<Pos>,
        sentence: usize,
    }
    let mut trigs: Vec<Trig> = Vec::new();
    let mut trigs_launch: Vec<(Span, &'static str)> = Vec::new();
    let mut last_span: Option<Span> = None;
    for (ci, c) in cands.iter().enumerate() {
        if c.layer != Layer::Trigger {
            continue;
        }
        if ctx.skip.is_some_and(|s| s.overlaps(c.span)) {
            continue;
        }
        if last_span == Some(c.span) {
            continue; // one kind per span: the first row wins
        }
        last_span = Some(c.span);
        if acronym_of_an_actor(ctx, &mentions, c.span) {
            continue;
        }
        // "le village de Bombe Bakundu": a capitalized word of a place's
        // name is no trigger.
        if ctx.text[c.span.start..].starts_with(char::is_uppercase) && {
            let i = mentions.partition_point(|m| m.0.start <= c.span.start);
            i > 0 && {
                let (m, e) = mentions[i - 1];
                m.end >= c.span.end
                    && ctx.entities.drafts[e].kind == EntityKind::Place
            }
        } {
            continue;
        }
        let row = noun_after_determiner(ctx, lex, &cands[ci..])
            .unwrap_or_else(|| lex.row(c.row));
        // "se sont rendus à la Monusco": the block on going somewhere
        // ("se rendre à Goma") yields to a surrender when a force or a
        // body follows.
        let to_force = row.subkind == "none"
            && row.canonical == "se rendre à"
            && ctx.text[c.span].ends_with('à')
            && {
                let i = mentions.partition_point(|m| m.0.start < c.span.end);
                mentions.get(i).is_some_and(|&(m, e)| {
                    let gap = ctx.text[c.span.end..m.start].trim();
                    matches!(
                        gap,
                        "" | "la" | "l'" | "l’" | "le" | "les" | "ses" | "leurs"
                    ) && ctx.entities.drafts[e].kind == EntityKind::Actor
                        && matches!(
                            ctx.entities.drafts[e].subkind.as_ref(),
                            "state_force" | "intl_org" | "armed_group"
                        )
                        // "s'est rendu à la Monusco pour une réunion": a
                        // visit.
                        && !folded_words_after(ctx, m.end, 4)
                            .iter()
                            .any(|w| matches!(*w, "pour" | "afin"))
                })
            };
        if row.kind != RowKind::Trigger || row.subkind == "none" && !to_force {
            continue;
        }
        // "selon un communiqué signé par l'archevêque", "une lettre
        // signée par cent députés": a paper signed is no agreement.
        if row.subkind == "agreement"
            && folded_of(ctx, c.span).starts_with("sign")
            && folded_words_after(ctx, c.span.end, 1).first() == Some(&"par")
            && folded_words_before(ctx, c.span.start, 2).iter().any(|w| {
                matches!(
                    w.trim_end_matches('s'),
                    "communique"
                        | "lettre"
                        | "decret"
                        | "texte"
                        | "declaration"
                        | "tribune"
                        | "petition"
                        | "arrete"
                        | "ordonnance"
                        | "document"
                        | "rapport"
                        | "courrier"
                        | "message"
                        | "note"
                )
            })
        {
            continue;
        }
        // "doit se rendre dimanche à Damas", "s'est rendu lui-même au
        // Qatar": a trip, with its date or an adverb before the place.
        if row.subkind == "surrender"
            && row.canonical == "se rendre"
            && goes_somewhere(&folded_words_after(ctx, c.span.end, FEW))
        {
            continue;
        }
        // "Tillabéri, où le ministre de l'Intérieur s'est rendu hier": a
        // place one went to, named before.
        if row.subkind == "surrender" && row.canonical == "se rendre" && {
            let from = stretch_before(ctx.text, c.span.start, 80, 0);
            let lead = &ctx.text[from..c.span.start];
            let lead = lead.rsplit([';', '.', '(']).next().unwrap_or(lead);
            // Past an incise: "où le ministre, Alassane Seidou, s'est
            // rendu".
            // ("où des jihadistes refusent de se rendre" is a surrender
            // refused.)
            (lead.contains(" où ") || lead.starts_with("où "))
                && !matches!(
                    folded_words_before(ctx, c.span.start, 2)[..],
                    [r, "de"] if r.starts_with("refus")
                )
        } {
            continue;
        }
        // "une cache contenant des ceintures explosives a été saisie",
        // "des composants d'engins explosifs ont été saisis": devices
        // found or handed over, none set off.
        if row.subkind == "bombing" && seized_device(ctx, c.span) {
            continue;
        }
        // "les munitions non explosées", "des obus non explosés": what
        // did not go off.
        if row.subkind == "bombing"
            && folded_of(ctx, c.span).starts_with("explos")
            && folded_words_before(ctx, c.span.start, 1).first()
                == Some(&"non")
        {
            continue;
        }
        // "a appelé les groupes armés à rejoindre des pourparlers": one
        // joins talks, and leaves no place.
        // "a marché trois jours pour rejoindre Kanyabayonga", "à déposer
        // les armes et à rejoindre les centres de désarmement": the goal
        // of a move or a call told by another verb, no event of its own.
        if row.subkind == "withdrawal"
            && row.canonical == "rejoindre"
            && matches!(
                folded_words_before(ctx, c.span.start, 1)[..],
                ["pour" | "a"]
            )
        {
            continue;
        }
        if row.subkind == "withdrawal"
            && row.canonical == "rejoindre"
            && folded_words_after(ctx, c.span.end, 4).iter().any(|w| {
                matches!(
                    *w,
                    "pourparlers"
                        | "negociations"
                        | "discussions"
                        | "consultations"
                        | "dialogue"
                        | "table"
                )
            })
        {
            continue;
        }
        let s = sentence_of(c.span.start);
        if s >= n_sent {
            continue;
        }
        // "le Haut-Commissariat des Nations unies pour les réfugiés", "le
        // Commandement des opérations conjointes": a word of an actor's
        // longer name is no event.
        if inside_longer_actor(ctx, &mentions, c.span) {
            continue;
        }
        // "la rive gauche occupée", "les villes qu'ils occupent": a
        // standing occupation; "ont occupé la ville" takes it, and so does
        // "aucun village n'a été occupé".
        if row.subkind == "capture" && {
            let f = ctx.folded.from_original(c.span.start);
            ctx.folded.text[f..].starts_with("occup")
                && !FewWords::before(&ctx.folded.text, f, 2).iter().any(|w| {
                    is_avoir_aux(w)
                        || matches!(*w, "avoir" | "n'a" | "n'ont" | "n'avait")
                })
        } {
            continue;
        }
        // "ont visé à quatre reprises", "à une dizaine de reprises": a
        // count of times, when a longer phrase ("viser à") has hidden
        // the idiom from the gazetteer.
        if row.subkind == "capture" && times_counted(ctx, c.span) {
            continue;
        }
        // "Le président, qui affrontera Luisa González au second tour":
        // a race at the polls.
        if row.subkind == "armed_clash"
            && row.canonical == "affronter"
            && folded_words_after(ctx, c.span.end, FEW).iter().any(|w| {
                matches!(
                    *w,
                    "tour"
                        | "election"
                        | "elections"
                        | "presidentielle"
                        | "legislatives"
                        | "scrutin"
                        | "urnes"
                        | "primaire"
                )
            })
        {
            continue;
        }
        // "34 soldats tués et 14 blessés, évacués sur Niamey": the wounded
        // are taken to care; no force withdraws.
        if row.subkind == "withdrawal" && row.canonical == "évacuer" && {
            let back = folded_words_before(ctx, c.span.start, 3);
            back.iter().any(|w| w.starts_with("bless"))
                // ("…, évacués sur Niamey": a participle set after them.)
                || ctx.text[..c.span.start].trim_end().ends_with(',')
                    && wounded_told_before(ctx, c.span.start)
        } {
            continue;
        }
        // "la guérilla de l'ELN": a weak trigger read as an actor is one.
        if row.flags.weak && {
            let i = mentions.partition_point(|m| m.0.end <= c.span.start);
            mentions.get(i).is_some_and(|&(m, e)| {
                m.start <= c.span.start
                    && c.span.end <= m.end
                    && ctx.entities.drafts[e].kind == EntityKind::Actor
            })
        } {
            continue;
        }
        // "notre aviation ne vise que les rassemblements", "affirme ne
        // viser que « des criminels armés »": who says what alone it aims
        // at tells of no blow.
        if row.subkind == "attack"
            && (row.canonical == "viser"
                || row.canonical == "cibler"
                || row.canonical == "prendre pour cible")
            && folded_words_before(ctx, c.span.start, 3)
                .iter()
                .any(|w| *w == "ne" || w.starts_with("n'"))
            && folded_words_after(ctx, c.span.end, 1)
                .first()
                .is_some_and(|w| *w == "que" || w.starts_with("qu'"))
        {
            continue;
        }
        // "les rassemblements de la milice", "un rassemblement des FDS":
        // fighters who gather do not protest.
        if row.subkind == "protest" && row.canonical == "rassemblement" && {
            let i = mentions.partition_point(|m| m.0.start < c.span.end);
            mentions.get(i).is_some_and(|&(m, e)| {
                m.start <= c.span.end + 12
                    && matches!(
                        folded_of(ctx, Span::new(c.span.end, m.start)),
                        "de" | "du" | "des" | "de la" | "de l'" | "d'"
                    )
                    && matches!(
                        ctx.entities.drafts[e].subkind.as_ref(),
                        "armed_group"
                            | "state_force"
                            | "unidentified_armed_group"
                    )
            })
        } {
            continue;
        }
        // "a acheminé mardi des renforts": what is sent is troops, not
        // aid; "a envoyé 1 100 militaires" sends troops, "a envoyé une
        // lettre" nothing of a conflict.
        // "acheminer des renforts", and in the passive "des renforts
        // houthis auraient été acheminés".
        let troops_after = || {
            let passive = ctx.text[c.span].ends_with(['é', 's', 'e']);
            let before = folded_words_before(
                ctx,
                c.span.start,
                if passive { 6 } else { 0 },
            );
            let after = folded_words_after(ctx, c.span.end, 6);
            after.iter().chain(before.iter()).any(|w| {
                let w = w.strip_prefix("d'").unwrap_or(w);
                matches!(
                    w,
                    "renforts"
                        | "troupes"
                        | "soldats"
                        | "militaires"
                        | "policiers"
                        | "gendarmes"
                        | "blindes"
                        | "munitions"
                        | "armes"
                        | "bataillon"
                        | "bataillons"
                        | "compagnies"
                        | "unites"
                        | "contingent"
                        | "hommes"
                        | "effectifs"
                )
            })
        };
        // "ont encerclé la mosquée avant d'ouvrir le feu sur les fidèles":
        // surrounding a place to strike it at once is the attack's move,
        // not a siege.
        if row.subkind == "siege" && {
            let f = ctx.folded.from_original(c.span.start);
            ctx.folded.text[f..].starts_with("encercl") && {
                let end = ctx.sentences[s].end;
                let from = ctx.folded.from_original(c.span.end);
                let to = ctx.folded.from_original(end).max(from);
                let rest = &ctx.folded.text[from..to];
                ["le feu", "tire sur", "tirant sur", "massacr", "abattu"]
                    .iter()
                    .any(|p| rest.contains(p))
            }
        } {
            continue;
        }
        // "des sites de fabrication de missiles", "ont abattu 18 drones
        // et trois missiles": munitions made, stocked or shot down are no
        // strike.
        if matches!(row.subkind.as_ref(), "shelling" | "airstrike")
            && matches!(
                row.canonical.as_ref(),
                "missile" | "roquette" | "drone" | "obus"
            )
            && munition_not_fired(ctx, c.span)
        {
            continue;
        }
        // "La Russie a tiré 66 missiles et 145 drones. La défense
        // antiaérienne en a neutralisé 112": what air defence shot down
        // are the munitions, no people killed.
        if row.subkind == "killing" && shot_down_munitions(ctx, c.span, s) {
            continue;
        }
        // "ont bloqué le pont pour protester contre l'insécurité": a
        // road block is a protest when its purpose is told; "la route est
        // bloquée" is none.
        if row.subkind == "protest"
            && row.canonical == "bloquer"
            && !folded_words_after(ctx, c.span.end, 10).windows(2).any(|p| {
                p[0] == "pour"
                    && matches!(
                        p[1],
                        "protester"
                            | "reclamer"
                            | "exiger"
                            | "denoncer"
                            | "demander"
                            | "manifester"
                    )
            })
        {
            continue;
        }
        // "exiger le départ des milices", "prévoit le départ des groupes
        // armés": the leaving of a force; "le départ du convoi", "au
        // départ de Bamako" is none.
        if row.subkind == "withdrawal" && row.canonical == "départ" && {
            // ("le départ des quelque 1 000 militaires américains": past a
            // count.)
            let after = folded_words_after(ctx, c.span.end, 6);
            !(matches!(after.first(), Some(&("des" | "du" | "de")))
                && after.iter().skip(1).any(|w| {
                    matches!(
                        *w,
                        "milices"
                            | "groupes"
                            | "paramilitaires"
                            | "troupes"
                            | "forces"
                            | "soldats"
                            | "combattants"
                            | "militaires"
                            | "mercenaires"
                            | "rebelles"
                            | "jihadistes"
                            | "djihadistes"
                            | "casques"
                            | "contingents"
                    )
                }))
        } {
            continue;
        }
        // "des colonnes de blindés ont franchi la frontière", "des
        // milliers de soldats franchissent la frontière russe": troops
        // who cross go in, a deployment.
        let crossing_troops = row.subkind == "displacement"
            && row.canonical == "traverser la frontière"
            && FewWords::before(
                &ctx.folded.text,
                ctx.folded.from_original(c.span.start),
                8,
            )
            .iter()
            .any(|w| {
                matches!(
                    *w,
                    "soldats"
                        | "troupes"
                        | "blindes"
                        | "chars"
                        | "colonnes"
                        | "colonne"
                        | "forces"
                        | "militaires"
                        | "unites"
                        | "combattants"
                        | "rebelles"
                        | "jihadistes"
                        | "djihadistes"
                        | "assaillants"
                        | "commandos"
                )
            });
        // "plus de 6 000 personnes ont traversé la frontière": people
        // who cross flee; soldiers who cross do not.
        // ("ont été contraints de quitter": people driven out, not a
        // minister who left office.)
        if row.subkind == "displacement"
            && !crossing_troops
            && matches!(
                row.canonical.as_ref(),
                "traverser la frontière" | "contraints de quitter"
            )
            && !FewWords::before(
                &ctx.folded.text,
                ctx.folded.from_original(c.span.start),
                8,
            )
            .iter()
            .any(|w| {
                matches!(
                    *w,
                    "personnes"
                        | "habitants"
                        | "familles"
                        | "civils"
                        | "refugies"
                        | "deplaces"
                        | "femmes"
                        | "enfants"
                        | "villageois"
                        | "beaucoup"
                        | "milliers"
                        | "centaines"
                        | "population"
                        | "populations"
                        | "residents"
                        | "gazaouis"
                )
            })
        {
            continue;
        }
        // "l'envoi de 5 000 militaires", "l'envoi d'unités spécialisées":
        // the sending of troops.
        if matches!(row.canonical.as_ref(), "envoyer" | "envoi")
            && !troops_after()
        {
            continue;
        }
        // "ont expulsé des civils de leurs maisons", "l'expulsion de
        // réfugiés afghans", "chassés des camps": people driven from
        // their homes are displaced; an expelled diplomat or a fighter
        // chased out of a town is not.
        // (Armed men chased out of a place may be a capture, told once
        // the arguments are known.)
        if matches!(row.canonical.as_ref(), "expulser" | "expulsion")
            && !people_driven_out(ctx, c.span)
        {
            continue;
        }
        // "C'est la signature du BRN", "personne ne doute de sa
        // signature": a signature is of an accord only when one is named
        // after it ("la signature à Djeddah d'un accord").
        if row.subkind == "agreement"
            && {
                let f = ctx.folded.from_original(c.span.start);
                ctx.folded.text[f..].starts_with("signature")
            }
            && !folded_words_after(ctx, c.span.end, 6).iter().any(|w| {
                let w = w
                    .strip_prefix("d'")
                    .or_else(|| w.strip_prefix("l'"))
                    .unwrap_or(w);
                matches!(
                    w,
                    "accord"
                        | "accords"
                        | "traite"
                        | "cessez-le-feu"
                        | "treve"
                        | "protocole"
                        | "armistice"
                        | "paix"
                        | "pacte"
                        | "memorandum"
                )
            })
        {
            continue;
        }
        // "le cessez-le-feu signé à Doha", "l'accord de cessation des
        // hostilités signé à Pretoria": the signing of a truce is the
        // truce (4 of 4 in the gold sets).
        let signed_truce = row.subkind == "agreement" && {
            let f = ctx.folded.from_original(c.span.start);
            let truce = |w: &str| {
                matches!(
                    w,
                    "cessez-le-feu"
                        | "feu"
                        | "treve"
                        | "hostilites"
                        | "armistice"
                )
            };
            // "ont signé samedi soir à Djeddah un accord de cessez-le-feu":
            // the truce signed, past its day and place (not "un accord de
            // paix qui prévoit une trêve").
            let truce_after = || {
                folded_words_after(ctx, c.span.end, 8)
                    .iter()
                    .take_while(|w| {
                        !matches!(
                            **w,
                            "qui"
                                | "que"
                                | "et"
                                | "apres"
                                | "pour"
                                | "dont"
                                | "prevoyant"
                                | "prevoit"
                                | "paix"
                        )
                    })
                    .any(|w| matches!(*w, "cessez" | "treve" | "armistice"))
            };
            ctx.folded.text[f..].starts_with("sign")
                && (FewWords::before(&ctx.folded.text, f, 2)
                    .iter()
                    .any(|w| truce(w))
                    || truce_after())
        };
        let kind = if crossing_troops
            || row.subkind == "humanitarian"
                && row.canonical == "acheminer"
                && troops_after()
        {
            "deployment"
        } else if signed_truce {
            "ceasefire"
        } else if to_force {
            "surrender"
        } else {
            row.subkind.as_ref()
        };
        // "un convoi du Programme alimentaire mondial": the phrase tells
        // aid; the convoy is the trigger and the agency its agent.
        let mut span = c.span;
        if kind == "humanitarian" && ctx.text[span].starts_with("convoi") {
            let phrase = &ctx.text[span];
            if let Some(k) = phrase.find([' ', '\u{a0}']) {
                let rest = &phrase[k + 1..];
                let of_agency =
                    ["du ", "des ", "de la ", "de l'", "de l’", "de "]
                        .iter()
                        .find_map(|p| rest.strip_prefix(p))
                        .is_some_and(|n| n.starts_with(char::is_uppercase));
                if of_agency {
                    span = Span::new(span.start, span.start + k);
                    // The bare noun's own row, met at the same span, is
                    // this one.
                    if trigs.last().is_some_and(|t| t.span == span) {
                        trigs.pop();
                    }
                    last_span = Some(span);
                }
            }
        }
        trigs.push(Trig {
            span,
            kind,
            weak: row.flags.weak,
            // Accent folding makes "attaqué" and "attaque" one form: the
            // original accents tell the participle from the noun, unless
            // the noun itself ends so ("l'avancée des rebelles").
            // A noun phrase ends on its complement, whose ending tells
            // nothing ("cessation des hostilités").
            pos: if (ctx.text[c.span].ends_with(['é', 'É'])
                || ctx.text[c.span].ends_with("ée")
                || ctx.text[c.span].ends_with("és")
                || ctx.text[c.span].ends_with("ées"))
                && !(row.flags.pos == Some(Pos::Noun)
                    && (row.canonical.ends_with('é')
                        || row.canonical.ends_with("ée")
                        || ctx.text[c.span].contains(' ')))
            {
                Some(Pos::Verb)
            } else {
                row.flags.pos
            },
            sentence: s,
        });
    }

    // "des attaques de missiles et de drones contre Kiev": munitions of
    // the other kind joined to a blow's own are a strike of their own.
    for t in
        trigs.iter().filter(|t| matches!(t.kind, "shelling" | "airstrike"))
    {
        let f = ctx.folded.text.as_str();
        let end = ctx.folded.from_original(t.span.end);
        let head = words_of(&f[ctx.folded.from_original(t.span.start)..end])
            .last()
            .and_then(munition_kind);
        if head != Some(t.kind) {
            continue;
        }
        if let Some((span, k)) = joined_munition(f, end, 24, t.kind) {
            trigs_launch.push((ctx.folded.to_original(span), k));
        }
    }
    launched_munitions(ctx, &mut trigs_launch);
    handed_over_captives(ctx, &mut trigs_launch);
    told_by_context(ctx, &mut trigs_launch);
    // The two passes' triggers, in text order.
    trigs_launch.sort_unstable_by_key(|p| p.0.start);
    if !trigs_launch.is_empty() {
        // Merged in order: the lexicon's triggers are sorted, and a fired
        // munition overlapping one of them adds nothing but its firing: a
        // weak munition word ("missiles") that a verb sends is told ("La
        // Russie a lancé 90 missiles").
        let mut added = Vec::with_capacity(trigs_launch.len());
        for (span, kind) in trigs_launch.drain(..) {
            let s = sentence_of(span.start);
            let at = trigs.partition_point(|t| t.span.start < span.start);
            let lo = at.saturating_sub(4);
            let hi = (at + 4).min(trigs.len());
            for t in &mut trigs[lo..hi] {
                if t.weak && t.kind == kind && t.span.overlaps(span) {
                    t.weak = false;
                }
            }
            let near = &trigs[lo..hi];
            if s < n_sent && !near.iter().any(|t| t.span.overlaps(span)) {
                added.push(Trig {
                    span,
                    kind,
                    weak: false,
                    pos: Some(Pos::Verb),
                    sentence: s,
                });
            }
        }
        trigs.extend(added);
        trigs.sort_by_key(|t| t.span.start);
    }

    // Sports reporting borrows the vocabulary of war ("attaque", "siège",
    // "trêve", "assaut"): no events in a sentence that speaks of sport,
    // nor anywhere in a sports story with no sign of armed violence.
    // Folded positions of sports words, found in one pass per word, with
    // those of the casualty stems that start a word (or may start the
    // words read after a count).
    let mut sports_at: Vec<usize> = Vec::new();
    let mut stems_at: Vec<usize> = Vec::new();
    {
        let f = ctx.folded.text.as_str();
        let fb = f.as_bytes();
        let boundary = |i: usize| {
            f[..i].chars().next_back().map_or(true, |c| !c.is_alphanumeric())
        };
        SPORTS.find(fb, |start, k| {
            if k >= SPORTS_TERMS.len() {
                if casualty_word_at(ctx, start) {
                    stems_at.push(start);
                }
                return;
            }
            {
                let (i, end) = (start, start + scanned_term(k).len());
                let after_ok = end >= fb.len()
                    || !f[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if boundary(i) && after_ok {
                    sports_at.push(i);
                }
            }
        });
        sports_at.sort_unstable();
        for finder in SHORT_STEM_FINDERS.iter() {
            for i in finder.find_iter(fb) {
                if casualty_word_at(ctx, i) {
                    stems_at.push(i);
                }
            }
        }
    }

    // Casualty counts per sentence.
    // A tally ("160 morts") reads the count right before a killing.
    let killings: Vec<usize> = trigs
        .iter()
        .filter(|t| t.kind == "killing")
        .map(|t| t.span.start)
        .collect();
    let mut counts = casualty_counts(ctx, &stems_at, &killings);
    // "un homme de 62 ans", "deux hommes âgés de 54 et 61 ans": an age
    // counts no one.
    counts.retain(|c| !age_follows(&ctx.text[c.span.end..]));
    add_counts_of_one(ctx, &stems_at, &mut counts);
    let mut casualties: Vec<(Option<u64>, Option<u64>, Option<Span>)> =
        vec![(None, None, None); n_sent];
    // One vector for every sentence's counts.
    let mut in_s: Vec<&numbers::CountMatch> = Vec::new();
    // Per count of `in_s` but the last: whether it is listed with the next.
    let mut joined: Vec<bool> = Vec::new();
    for (si, s) in ctx.sentences.iter().enumerate() {
        let lo = counts.partition_point(|c| c.span.start < s.start);
        let hi = counts.partition_point(|c| c.span.start < s.end);
        in_s.clear();
        in_s.extend(
            counts[lo..hi.max(lo)].iter().filter(|c| s.contains(c.span)),
        );
        // "Trois soldats et deux civils ont été tués": counts joined by
        // "et" or a comma are one toll, read as their sum from the words
        // before the first and after the last.
        joined.clear();
        joined.extend(in_s.windows(2).map(|p| {
            let f0 = ctx.folded.from_original(p[0].span.end);
            let f1 = ctx.folded.from_original(p[1].span.start);
            joins_next_count(&ctx.folded.text[f0..f1.max(f0)])
        }));
        for (k, c) in in_s.iter().enumerate() {
            if k > 0 && joined[k - 1] {
                continue; // summed into the first count of its list
            }
            // "tuant au moins 40 personnes", "en blessant une vingtaine";
            // its last word is the one word before the count.
            let mut lead = folded_words_before(ctx, c.span.start, 2);
            // "a « neutralisé » huit bandits": the verb in quotes leads.
            if lead.is_empty() {
                let f = ctx.folded.from_original(c.span.start);
                let head = ctx.folded.text[..f].trim_end();
                if let Some(h) = head.strip_suffix('"') {
                    lead = FewWords::before(&ctx.folded.text, h.len(), 2);
                }
            }
            if lead.last().is_some_and(|w| *w == "dont") {
                continue; // a subset: "305 personnes, dont 27 enfants"
            }
            let mut last = k;
            while joined.get(last).copied().unwrap_or(false) {
                last += 1;
            }
            // "Six personnes, dont deux gendarmes, ont été tuées": the
            // subset between "dont" and its closing comma is an aside;
            // the words after the count are read past it, up to the next
            // count that is not in it.
            let mut next = last + 1;
            let mut aside: Option<(usize, usize)> = None;
            if let Some(n) = in_s.get(next) {
                let f_n = ctx.folded.from_original(n.span.start);
                let before_n = &ctx.folded.text[..f_n];
                let dont = before_n.trim_end().strip_suffix("dont");
                let f_s_end = ctx.folded.from_original(s.end);
                let comma = dont.and_then(|_| {
                    ctx.folded.text[f_n..f_s_end.max(f_n)].find(',')
                });
                if let (Some(head), Some(c)) = (dont, comma) {
                    let (a0, a1) = (head.len(), f_n + c + 1);
                    aside = Some((a0, a1));
                    while in_s.get(next).is_some_and(|m| {
                        ctx.folded.from_original(m.span.start) < a1
                    }) {
                        next += 1;
                    }
                }
            }
            // Stop at the next count; with no word before it, read on.
            let limit = in_s.get(next).map(|n| n.span.start).unwrap_or(s.end);
            let after: FewWords = {
                let f_end = ctx.folded.from_original(limit);
                let f_start = ctx.folded.from_original(in_s[last].span.end);
                let text: &str = &ctx.folded.text;
                let ws = match aside {
                    Some((a0, a1)) if a0 >= f_start && a1 <= f_end => {
                        FewWords::first_of(
                            words_of(&text[f_start..a0])
                                .chain(words_of(&text[a1..f_end])),
                            8,
                        )
                    }
                    _ => {
                        let window = &text[f_start..f_end.max(f_start)];
                        let plain = FewWords::first_of(words_of(window), 8);
                        let hurt = |w: &&str| {
                            KILLED_WORDS.contains(w)
                                || INJURED_WORDS.contains(w)
                        };
                        if plain.iter().any(hurt) {
                            plain
                        } else {
                            past_names(
                                ctx,
                                &mentions,
                                in_s[last].span.end,
                                limit,
                            )
                        }
                    }
                };
                if ws.is_empty() {
                    FewWords::first_of(words_of(&text[f_start..]), 8)
                } else {
                    ws
                }
            };
            // A list's vague counts ("des dizaines de civils et trois
            // soldats") add nothing; a list of vague counts only has none.
            let listed = &in_s[k..=last];
            let value = if listed.iter().all(|c| c.count.vague) {
                None
            } else {
                Some(
                    listed
                        .iter()
                        .filter(|c| !c.count.vague)
                        .map(|c| c.count.value)
                        .fold(0u64, u64::saturating_add),
                )
            };
            // "Un soldat a été tué et deux autres blessés": a verb before
            // "et" is another clause's.
            if lead.last().is_some_and(|w| *w == "et") {
                lead = FewWords::first_of(std::iter::empty(), 0);
            }
            // "la mort de 52 soldats", "coûté la vie à douze civils".
            let death_of = match &lead[..] {
                [w, "de"] => DEATH_NOUNS.contains(w),
                [w, "a"] => *w == "vie",
                _ => false,
            };
            // "l'armée a perdu dix (de ses) hommes": a side's men lost
            // are its dead; "perdu 40 véhicules" is no toll.
            let men_lost = lead.last().is_some_and(|w| LOST_FORMS.contains(w))
                && after.iter().take(4).any(|w| {
                    matches!(
                        *w,
                        "hommes"
                            | "soldats"
                            | "militaires"
                            | "combattants"
                            | "elements"
                            | "policiers"
                            | "gendarmes"
                    )
                });
            let downed = lead.iter().any(|w| DOWNING_LEADS.contains(w))
                && !after.iter().take(3).any(|w| is_aircraft_word(w));
            // "128 drones …, qui dit en avoir abattu ou neutralisé 104":
            // munitions stopped, no one killed.
            if lead.last().is_some_and(|w| is_shooting_down(w))
                && {
                    let back = folded_words_before(ctx, c.span.start, 6);
                    back.split_last().is_some_and(|(v, rest)| {
                        is_shooting_down(v) && clitic_before_shooting(rest)
                    })
                }
                && munitions_not_people(ctx, c.span, si)
            {
                continue;
            }
            if death_of
                || men_lost
                || downed
                || lead.iter().any(|w| KILLING_LEADS.contains(w))
            {
                if casualties[si].0.is_none() {
                    casualties[si].0 = value;
                    casualties[si].2 = Some(c.span);
                }
                continue;
            }
            if lead.iter().any(|w| WOUNDING_LEADS.contains(w)) {
                if casualties[si].1.is_none() {
                    casualties[si].1 = value;
                }
                continue;
            }
            // "Deux soldats ont perdu la vie".
            let lost_life = after.windows(3).any(|w| {
                w[0].starts_with("perd") && w[1] == "la" && w[2] == "vie"
            });
            // "Deux hommes armés ont tué trois civils": after an active
            // auxiliary the participle says whom the counted killed.
            let passive_in = |list: &[&str]| {
                after.iter().enumerate().any(|(i, w)| {
                    list.contains(w)
                        // "les négociations, au point mort": an idiom.
                        && !(*w == "mort"
                            && i > 0
                            && matches!(
                                after[i - 1],
                                "point" | "angle" | "temps" | "lettre"
                            ))
                        // Only transitive verbs: "ont péri" is no active.
                        && !((w.starts_with("tu") || w.starts_with("bless"))
                            && i > 0
                            && (is_avoir_aux(after[i - 1])
                                || after[i - 1] == "ayant"))
                })
            };
            // "Trois hommes ont été abattus", "cinq civils ont été
            // exécutés": killed, where no aircraft is what was downed.
            let put_to_death =
                after.iter().enumerate().any(|(i, w)| {
                    matches!(
                        *w,
                        "abattus"
                            | "abattues"
                            | "executes"
                            | "executees"
                            | "massacres"
                            | "massacrees"
                            | "assassines"
                            | "assassinees"
                    ) && i > 0
                        && matches!(after[i - 1], "ete" | "sont" | "etaient")
                }) && !after.iter().take(3).any(|w| is_aircraft_word(w));
            if lost_life || passive_in(KILLED_WORDS) || put_to_death {
                if casualties[si].0.is_none() {
                    casualties[si].0 = value;
                    casualties[si].2 = Some(c.span);
                }
            } else if passive_in(INJURED_WORDS) && casualties[si].1.is_none() {
                casualties[si].1 = value;
            }
        }
    }

    let sports_in = |span: Span| -> usize {
        let f0 = ctx.folded.from_original(span.start);
        let f1 = ctx.folded.from_original(span.end);
        sports_at.partition_point(|&p| p < f1)
            - sports_at.partition_point(|&p| p < f0)
    };
    let doc_sports = {
        let mut terms: Vec<&str> = Vec::new();
        let f = ctx.folded.text.as_str();
        for &p in &sports_at {
            if let Some(t) =
                SPORTS_TERMS.iter().find(|t| f[p..].starts_with(**t))
            {
                if !terms.contains(t) {
                    terms.push(t);
                }
            }
        }
        terms.len()
    };
    let armed_named = ctx.entities.drafts.iter().any(|d| {
        d.kind == EntityKind::Actor
            && d.row.is_some()
            && d.subkind == "armed_group"
    });
    let any_casualty =
        casualties.iter().any(|c| c.0.is_some() || c.1.is_some());
    let sports_story = doc_sports >= 4 && !armed_named && !any_casualty;
    let strong_triggers = trigs.iter().filter(|t| !t.weak).count();
    let conflict_story =
        !sports_story && (armed_named || any_casualty) && strong_triggers >= 2;
    // Most documents have no sports word: no sentence is looked up then.
    let sports_sentence: Vec<bool> = if sports_at.is_empty() {
        vec![false; n_sent]
    } else {
        ctx.sentences.iter().map(|&s| sports_in(s) > 0).collect()
    };

    // Per sentence: the first strong trigger span, and whether another
    // distinct one follows (one pass, not one per trigger).
    let mut strong: Vec<(Option<Span>, bool)> = vec![(None, false); n_sent];
    for o in trigs.iter().filter(|o| !o.weak) {
        let e = &mut strong[o.sentence];
        match e.0 {
            None => e.0 = Some(o.span),
            Some(s) if s != o.span => e.1 = true,
            _ => {}
        }
    }
    // The ends of the abduction and arrest triggers, in order, each with
    // the latest sentence of those ending by it: whether someone was
    // taken shortly before a trigger is one search, not a pass over all
    // the triggers before it.
    let mut takings: Vec<(usize, usize)> = trigs
        .iter()
        .filter(|o| matches!(o.kind, "abduction" | "arrest"))
        .map(|o| (o.span.end, o.sentence))
        .collect();
    takings.sort_unstable();
    let mut latest = 0;
    for x in &mut takings {
        latest = latest.max(x.1);
        x.1 = latest;
    }
    // The sentences that tell an arrest.
    let mut arrest_told = vec![false; n_sent];
    for o in trigs.iter().filter(|o| o.kind == "arrest") {
        arrest_told[o.sentence] = true;
    }
    let mut drafts: Vec<EventDraft> = Vec::new();
    // Verbs of saying of the current sentence (triggers come in order).
    let mut saying: (usize, Vec<(usize, usize, usize)>) =
        (usize::MAX, Vec::new());

    for t in &trigs {
        if sports_story || sports_sentence[t.sentence] {
            continue;
        }
        // Arguments are looked for in a window of the sentence around the
        // trigger: a run-on "sentence" of megabytes costs no more per
        // trigger than a normal one.
        let sent = window(ctx.text, ctx.sentences[t.sentence], t.span);
        let all_args = &args_by_sentence[t.sentence];
        let lo = all_args.partition_point(|a| a.span.start < sent.start);
        let hi = all_args.partition_point(|a| a.span.start < sent.end);
        let in_window = &all_args[lo..hi.max(lo)];
        // Most windows hold whole every argument that starts in them: those
        // are borrowed, not copied.
        let cut: Vec<Arg>;
        let args: &[Arg] = if in_window.iter().all(|a| a.span.end <= sent.end)
        {
            in_window
        } else {
            cut = in_window
                .iter()
                .filter(|a| a.span.end <= sent.end)
                .copied()
                .collect();
            &cut
        };
        let has_conflict_actor = args.iter().any(|a| {
            a.kind == EntityKind::Actor
                && is_armed(&ctx.entities.drafts[a.entity].subkind)
        });
        let has_place = args.iter().any(|a| a.kind == EntityKind::Place);
        let has_casualty = casualties[t.sentence].0.is_some()
            || casualties[t.sentence].1.is_some();
        let strong_nearby = {
            let (first, more) = strong[t.sentence];
            more || first.is_some_and(|s| s != t.span)
        };
        // In a story about armed violence, the ambiguous words ("l'attaque
        // n'a pas été revendiquée") mean what they mean in war.
        let story_ok = conflict_story
            && (!matches!(t.pos, Some(Pos::Verb)) || !args.is_empty());
        // "a enlevé vingt passagers", "ont arrêté le président X": people
        // taken or arrested right after the verb make it no other sense.
        let people_object = || {
            matches!(t.kind, "abduction" | "arrest")
                && matches!(t.pos, Some(Pos::Verb))
                && args
                    .iter()
                    .find(|a| a.span.start >= t.span.end)
                    .is_some_and(|a| {
                        a.kind == EntityKind::Actor
                            && matches!(
                                ctx.entities.drafts[a.entity].subkind.as_ref(),
                                "civilians" | "person"
                            )
                            && word_gap(ctx, t.span.end, a.span.start) <= 3
                            && !has_clause_break(
                                &ctx.text[t.span.end..a.span.start],
                            )
                    })
        };
        // "Trois civils ont été enlevés à Goma", "Un soldat a été
        // enlevé": people taken, arrested or freed as the subject of the
        // passive.
        let people_subject = || {
            if !(matches!(
                t.kind,
                "abduction" | "arrest" | "release" | "killing"
            ) && matches!(t.pos, Some(Pos::Verb)))
            {
                return false;
            }
            // (Past a date: "Les 137 élèves enlevés le 7 mars ont été
            // libérés".)
            let mut before = args.iter().rev().filter(|a| {
                a.span.end <= t.span.start && a.kind != EntityKind::Date
            });
            let Some(last) = before.next() else { return false };
            // "Deux employés d'une ONG locale ont été libérés": the people,
            // past the body they belong to; the auxiliary follows the body.
            let owned = matches!(
                prep_before(ctx, last.span.start),
                "de" | "d'" | "du" | "des"
            );
            let subject = match before.next() {
                Some(p)
                    if owned
                        && word_gap(ctx, p.span.end, last.span.start) <= 2 =>
                {
                    p
                }
                _ => last,
            };
            // "Sept suspects ont été interpellés": those suspected are
            // arrested.
            let suspects = || {
                t.kind == "arrest"
                    && ctx.entities.drafts[subject.entity].subkind == "other"
                    && folded_of(ctx, subject.span).contains("suspect")
            };
            subject.kind == EntityKind::Actor
                && (matches!(
                    ctx.entities.drafts[subject.entity].subkind.as_ref(),
                    "civilians" | "person" | "state_force"
                ) || suspects())
                && {
                    // "Une dizaine d'habitants, dont des femmes, ont été
                    // enlevés": past an incise telling the group's make-up.
                    let gap = &ctx.text[last.span.end..t.span.start];
                    let from = match gap.rfind(',') {
                        Some(c)
                            if c > 0
                                && (gap.starts_with(", dont ")
                                    || gap.starts_with(", en majorit")) =>
                        {
                            last.span.end + c + 1
                        }
                        _ => last.span.end,
                    };
                    let between =
                        folded_of(ctx, Span::new(from, t.span.start));
                    let ws: FewWords =
                        FewWords::first_of(words_of(between), FEW);
                    // "Trois hommes qui tentaient de s'interposer ont été
                    // abattus": past a relative clause of the subject.
                    let relative = ws.first() == Some(&"qui")
                        && ws.len() <= 10
                        && ws.len() < FEW
                        && matches!(
                            ws[ws.len().saturating_sub(2)..],
                            ["ont" | "a", "ete"]
                        );
                    // "Les 137 élèves enlevés le 7 mars ont été libérés":
                    // past a participle of the subject and its date.
                    let participle_first = ws.len() <= 8
                        && ws.first().is_some_and(|w| {
                            w.len() > 4
                                && (w.ends_with('e') || w.ends_with("es"))
                        })
                        && matches!(
                            ws[ws.len().saturating_sub(2)..],
                            ["ont" | "a", "ete"]
                        );
                    // "doivent être libérés", "seront relâchés".
                    (ws.len() <= 3 || relative || participle_first)
                        && ws.last().is_some_and(|w| {
                            matches!(
                                *w,
                                "ete" | "sont" | "etre" | "seront" | "soient"
                            )
                        })
                        // "six militaires enlevés": a participle right
                        // after the people it tells of.
                        || ws.is_empty()
                            && t.kind != "killing"
                            && is_past_participle(&ctx.text[t.span])
                }
        };
        // "Des drones ont frappé Odessa", "des frappes ont touché Alep":
        // struck by aircraft, or strikes in the plural on a named place.
        let struck_from_air = || {
            t.kind == "airstrike"
                && (has_place && folded_of(ctx, t.span) == "frappes"
                    || matches!(t.pos, Some(Pos::Verb))
                        && (folded_words_before(ctx, t.span.start, 3)
                            .iter()
                            .any(|w| is_aircraft_word(w))
                            || {
                                // "frappée par deux missiles balistiques"
                                let f = ctx.folded.text.as_str();
                                let end = ctx.folded.from_original(t.span.end);
                                let fwd = clause_words_fwd(f, end, 5);
                                fwd.first() == Some(&"par")
                                    && fwd[1..]
                                        .iter()
                                        .any(|w| is_aircraft_word(w))
                            }))
        };
        // "des hélicoptères ont largué quatre tonnes de vivres": supplies
        // named right after a verb of aid.
        let supplies_after = || {
            t.kind == "humanitarian"
                && matches!(t.pos, Some(Pos::Verb))
                && folded_words_after(ctx, t.span.end, 7)
                    .iter()
                    .any(|w| is_supply_word(w))
        };
        // "un convoi de 14 camions du PAM a atteint Kauda", "aucun convoi
        // n'a pu atteindre Obo" after the agency's deliveries: a convoy in
        // a sentence, or after one, that speaks of aid.
        let convoy_of_aid = || {
            t.kind == "humanitarian"
                && ctx.text[t.span].starts_with("convoi")
                && {
                    let prev = sentence_before(ctx, sent);
                    // "un convoi militaire", "un convoi de l'ANL",
                    // "un convoi de jihadistes": a force's own convoy.
                    let of_force = folded_words_after(ctx, t.span.end, 3)
                        .iter()
                        .any(|w| {
                            w.starts_with("militaire")
                                || w.starts_with("l'arm")
                                || w.starts_with("jihadiste")
                                || w.starts_with("djihadiste")
                                || w.starts_with("soldat")
                                || w.starts_with("vehicule")
                                || w.starts_with("blinde")
                                || w.starts_with("combattant")
                                || w.starts_with("logistique")
                        });
                    sentence_holds(ctx, sent, AID_WORDS)
                        || !of_force
                            && (sentence_holds(ctx, sent, &["interagence"])
                                // "Un nouveau convoi doit quitter Kaya"
                                // after a paragraph on the aid.
                                || sentence_holds(ctx, prev, AID_WORDS)
                                || counted_after_aid(ctx, t.span))
                }
        };
        // "Des centaines de Palestiniens ont manifesté à Naplouse": people
        // who protest, with a place.
        // "Des habitants de Chaqra ont manifesté": past the town they
        // come from.
        let crowd_protests = || {
            let civilians = |a: &Arg| {
                a.kind == EntityKind::Actor
                    && ctx.entities.drafts[a.entity].subkind == "civilians"
            };
            t.kind == "protest"
                && matches!(t.pos, Some(Pos::Verb | Pos::Phrase))
                && has_place
                && arg_right_before(ctx, args, t.span.start, 3).is_some_and(
                    |a| {
                        civilians(a)
                            || a.kind == EntityKind::Place
                                && arg_right_before(ctx, args, a.span.start, 1)
                                    .is_some_and(|p| {
                                        civilians(p)
                                            && matches!(
                                                ctx.text
                                                    [p.span.end..a.span.start]
                                                    .trim(),
                                                "de" | "d'" | "d’" | "du"
                                            )
                                    })
                    },
                )
        };
        // "Des tirs israéliens ont visé Khan Younès", "des frappes ont
        // touché Alep": fire that hits a named place.
        // "Une attaque contre une base militaire", "une frappe a touché un
        // immeuble de Gaza", "l'attaque contre le camp de Kalma": one
        // against a named place, a military site or armed or unarmed
        // people (not a person or a government: words can attack them).
        // A noun of an attack, strike, shelling or bombing.
        let nominal_blow =
            matches!(t.kind, "attack" | "airstrike" | "shelling" | "bombing")
                && !matches!(t.pos, Some(Pos::Verb));
        // What a blow can hit: a place, or armed or unarmed people.
        let hittable = |a: &Arg| {
            a.kind == EntityKind::Place
                || matches!(
                    ctx.entities.drafts[a.entity].subkind.as_ref(),
                    "civilians" | "state_force" | "armed_group"
                )
        };
        let noun_hits_place = || {
            if !nominal_blow {
                return false;
            }
            let form = folded_of(ctx, t.span);
            // Plural fire: "le tir du joueur" is sport.
            if form.starts_with("tir") && !form.ends_with('s') {
                return false;
            }
            // "Un missile Iskander a frappé le centre de Soumy", "des
            // missiles et des drones russes ont frappé Kharkiv": the verb
            // may come past a name or a second munition.
            let after = folded_words_after(ctx, t.span.end, 8);
            let Some(at) = after.iter().position(|w| {
                is_hitting(w)
                    || w.starts_with("pilonn")
                    || matches!(*w, "contre" | "visant" | "ciblant")
            }) else {
                return false;
            };
            // "Des drones ont ciblé une sous-station électrique": the
            // munitions are the subject of the blow, whatever it hits.
            // (Not "visent à", an aim.)
            let is_aux = |w: &str| {
                matches!(
                    w,
                    "ont" | "a" | "avaient" | "avait" | "auraient" | "aurait"
                )
            };
            // One adjective may come first: "des drones russes ont ciblé".
            let lead = usize::from(
                at >= 2
                    && !is_aux(after[0])
                    && after[0].len() > 3
                    && after[0].ends_with(['s', 'e'])
                    && !matches!(
                        after[0],
                        "dans" | "apres" | "depuis" | "contre"
                    ),
            );
            if (1 + lead..=2 + lead).contains(&at)
                && after[lead..at].iter().all(|w| is_aux(w))
                && !matches!(after[at], "contre" | "visant" | "ciblant")
                && after.get(at + 1).is_some_and(|w| {
                    matches!(
                        *w,
                        "un" | "une"
                            | "des"
                            | "le"
                            | "la"
                            | "les"
                            | "l'"
                            | "plusieurs"
                    ) || w.starts_with("l'")
                })
            {
                return true;
            }
            // "contre" right after the noun or an adjective of it, or past
            // its doer ("l'offensive lancée par le maréchal Haftar contre
            // Tripoli", "l'attaque des FSR contre El-Facher").
            if after[at] == "contre"
                && at > 1
                && !(at <= 6
                    && matches!(
                        after[0],
                        "de" | "du"
                            | "des"
                            | "d'"
                            | "lancee"
                            | "menee"
                            | "conduite"
                    )
                    && after[..at].iter().all(|w| {
                        !matches!(
                            *w,
                            "a" | "ont"
                                | "est"
                                | "sont"
                                | "qui"
                                | "que"
                                | "et"
                        )
                    }))
            {
                return false;
            }
            // What is hit follows the cue, past articles and place nouns
            // only ("contre le village de", not "contre son concurrent").
            let framing = |w: &str| {
                matches!(
                    w,
                    "le" | "la"
                        | "les"
                        | "l'"
                        | "un"
                        | "une"
                        | "des"
                        | "de"
                        | "du"
                        | "d'"
                ) || is_military_site(w)
                    || LOCATIVE_NOUNS_SET.is(w)
            };
            let lead = after[at + 1..].iter().take_while(|w| framing(w));
            // The first argument past the cue (the doer named before it is
            // passed).
            let n_before = |a: &Arg| {
                words_of(folded_of(ctx, Span::new(t.span.end, a.span.start)))
                    .count()
            };
            lead.clone().any(|w| is_military_site(w))
                || arg_right_after(ctx, args, t.span.end, 10)
                    .and_then(|first| {
                        if n_before(first) > at {
                            return Some(first);
                        }
                        args.iter()
                            .filter(|a| a.span.start >= first.span.end)
                            .find(|a| n_before(a) > at)
                            .filter(|a| {
                                !has_clause_break(
                                    &ctx.text[t.span.end..a.span.start],
                                )
                            })
                    })
                    .is_some_and(|a| {
                        hittable(a)
                            && n_before(a) <= at + 1 + lead.count()
                            // Past a doer, a country may be attacked in
                            // words ("l'attaque du président contre la
                            // Chine").
                            && !(at > 1
                                && ctx.entities.drafts[a.entity].subkind
                                    == "country")
                    })
        };
        // "Le poste militaire d'Inates a fait l'objet d'une attaque", "la
        // base a été la cible d'une attaque": the site or the people the
        // subject names are hit.
        let noun_hits_subject = || {
            if !nominal_blow {
                return false;
            }
            let lead = folded_words_before(ctx, t.span.start, 4);
            let n = lead.len();
            let framed = n >= 3
                && matches!(lead[n - 1], "d'une" | "d'un" | "de" | "d'")
                && (lead[n - 2] == "l'objet" && lead[n - 3] == "fait"
                    || lead[n - 2] == "cible"
                        && n >= 4
                        && lead[n - 3] == "la"
                        && matches!(lead[n - 4], "ete" | "etait" | "est"));
            framed
                && args
                    .iter()
                    .rev()
                    .find(|a| a.span.end <= t.span.start)
                    .is_some_and(|a| {
                        word_gap(ctx, a.span.end, t.span.start) <= 8
                            && !has_clause_break(
                                &ctx.text[a.span.end..t.span.start],
                            )
                            && hittable(a)
                    })
        };
        // "a donné l'ordre d'attaquer Tombouctou": a named place attacked
        // right after the verb is a military attack.
        let place_attacked = || {
            matches!(t.kind, "attack" | "airstrike" | "shelling")
                && matches!(t.pos, Some(Pos::Verb))
                && (arg_right_after(ctx, args, t.span.end, 2)
                    .is_some_and(|a| a.kind == EntityKind::Place)
                    || attacked_in_passive(ctx, args, t.span))
        };
        // "Ils ont aussi attaqué une base": the actor the pronoun stands
        // for is an argument the sentence itself does not name.
        let pronoun = if matches!(t.pos, Some(Pos::Verb)) {
            pronoun_subject(ctx, &args_by_sentence, t.sentence, t.span)
        } else {
            None
        };
        // An armed actor, or people who were taken, freed, arrested or
        // killed ("Ils ont été libérés mardi").
        let pronoun_armed = pronoun.is_some_and(|(e, passive)| {
            let sub = ctx.entities.drafts[e].subkind.as_ref();
            is_armed(sub)
                || passive
                    && matches!(
                        t.kind,
                        "release" | "abduction" | "arrest" | "killing"
                    )
                    && matches!(sub, "civilians" | "person" | "state_force")
        });
        // "l'évacuation de milliers d'habitants": civilians evacuated are
        // displaced, whoever orders it.
        // "Des dizaines de familles ont quitté Houla pour Tyr": people
        // who leave a place are displaced.
        let people_leave = t.kind == "withdrawal"
            && matches!(t.pos, Some(Pos::Verb))
            && folded_of(ctx, t.span).starts_with("quitt")
            && civilians_before(
                &ctx.folded.text,
                ctx.folded.from_original(t.span.start),
            );
        // "La police a procédé à l'interpellation de trois suspects": a
        // noun after "procéder à" is a deed done.
        let proceeded = !matches!(t.pos, Some(Pos::Verb)) && {
            let w = folded_words_before(ctx, t.span.start, 3);
            let w: Vec<&str> =
                w.iter().copied().filter(|x| !is_article_or_to(x)).collect();
            w.last().is_some_and(|x| x.starts_with("proced"))
        };
        // "Les FDS évacuent Ras al-Aïn", "les rebelles ont évacué la
        // ville": an armed body right before the verb leaves a place it
        // held.
        let armed_subject = || {
            matches!(t.pos, Some(Pos::Verb))
                && args
                    .iter()
                    .rev()
                    .find(|a| {
                        a.span.end <= t.span.start
                            && a.kind == EntityKind::Actor
                    })
                    .is_some_and(|a| {
                        is_armed(&ctx.entities.drafts[a.entity].subkind)
                            && folded_words(folded_of(
                                ctx,
                                Span::new(a.span.end, t.span.start),
                            ))
                            .iter()
                            .all(|w| ACTIVE_AUX.contains(w) || is_day_word(w))
                            && !ctx.text[a.span.end..t.span.start]
                                .contains([',', ';', '.', ':'])
                    })
        };
        let civil_evacuation = people_leave
            || t.kind == "withdrawal"
                && folded_of(ctx, t.span).starts_with("evacu")
                && (args
                    .iter()
                    .find(|a| {
                        a.span.start >= t.span.end
                            && a.kind != EntityKind::Date
                    })
                    .is_some_and(|a| {
                        // ("a évacué dimanche par hélicoptère quelque 300
                        // civils": past a day and a means.)
                        a.kind == EntityKind::Actor
                            && ctx.entities.drafts[a.entity].subkind
                                == "civilians"
                            && word_gap(ctx, t.span.end, a.span.start) <= 6
                            && !has_clause_break(
                                &ctx.text[t.span.end..a.span.start],
                            )
                    })
                    || !armed_subject() && evacuates_people(ctx, t.span));
        // "la prise du village de Novohrodivka": taking a named place is
        // a capture whoever claims it.
        let place_taken = || {
            t.kind == "capture"
                && !matches!(t.pos, Some(Pos::Verb))
                && {
                    let f = folded_of(ctx, t.span);
                    // "la chute de Pokrovsk".
                    f.starts_with("prise") || f == "chute"
                }
                && takes_a_place(ctx, t.span, args)
        };
        // "un échange de 1 000 prisonniers", "libérées en échange de 90
        // détenus", "L'échange a eu lieu" after the prisoners: people
        // traded; not "en échange d'informations", "les échanges
        // économiques".
        if t.kind == "release"
            && matches!(folded_of(ctx, t.span), "echange" | "echanges")
        {
            let held = |w: &&str| {
                [
                    "prisonnier",
                    "detenu",
                    "otage",
                    "captif",
                    "conscrit",
                    "soldat",
                    "militaire",
                    "palestinien",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            };
            let after = folded_words_after(ctx, t.span.end, 6);
            let traded = after.iter().any(held);
            // "libérés lors d'un échange avec la Russie".
            let freed_in = folded_words_before(ctx, t.span.start, 4)
                .iter()
                .any(|w| w.starts_with("liber") || w.starts_with("relach"));
            // "L'échange a eu lieu", "cet échange": the trade told before.
            let told = matches!(
                folded_words_before(ctx, t.span.start, 1).last(),
                Some(&("l'" | "cet" | "ces" | "des" | "les" | "un" | "ce"))
            ) && {
                [sent, sentence_before(ctx, sent)].iter().any(|&s| {
                    sentence_holds(ctx, s, &["prisonnier", "otage", "detenu"])
                })
            };
            // "en échange d'informations", "en échange de garanties".
            let not_people = after
                .iter()
                .take(2)
                .map(|w| w.strip_prefix("d'").unwrap_or(w))
                .any(|w| {
                    w.starts_with("information")
                        || w.starts_with("garantie")
                        || w.starts_with("vue")
                        || w.starts_with("tir")
                        || w.starts_with("argent")
                        || w.starts_with("rancon")
                });
            if not_people || !(traded || freed_in || told) {
                continue;
            }
        }
        // "a prévenu qu'il suspendrait les livraisons d'armes", "»,
        // prévient le communiqué": a warning of what will follow is a
        // threat; being told beforehand ("avait été prévenu à l'avance")
        // or forestalling ("prévenir les violences") is none.
        if t.kind == "threat" && folded_of(ctx, t.span).starts_with("prev") {
            let told = folded_words_after(ctx, t.span.end, 3)
                .iter()
                .any(|w| *w == "que" || w.starts_with("qu'"));
            let tail = ctx.text[..t.span.start]
                .trim_end()
                .strip_suffix(',')
                .is_some_and(|b| b.trim_end().ends_with(['»', '"', '”']));
            if !(told || tail) {
                continue;
            }
        }
        // "pour éliminer toute menace contre les citoyens": a danger
        // removed, neither a killing nor a threat made.
        if matches!(t.kind, "killing" | "threat")
            && is_menace_removed(ctx, t.span)
        {
            continue;
        }
        // "a affirmé la coordination des déplacés du camp": a body that
        // speaks for the displaced, not their flight.
        if t.kind == "displacement" && speaks_for_displaced(ctx, t.span) {
            continue;
        }
        // "le parachute ne s'est pas ouvert": the noun, not "parachuter".
        if t.kind == "deployment"
            && matches!(folded_of(ctx, t.span), "parachute" | "parachutes")
            && matches!(
                folded_words_before(ctx, t.span.start, 1).first(),
                Some(&("le" | "un" | "les" | "des" | "du" | "son" | "leur"))
            )
        {
            continue;
        }
        // "qui avaient signé l'accord de paix avant de s'en retirer": the
        // party leaves an accord, not a place.
        if t.kind == "withdrawal" && leaves_a_pact(ctx, t.span) {
            continue;
        }
        // "la chute de Pokrovsk" is a capture; "la chute d'Assad" or "la
        // chute des prix" is none.
        if t.kind == "capture"
            && folded_of(ctx, t.span) == "chute"
            && !place_taken()
        {
            continue;
        }
        // "se sont emparés d'armes et de munitions": loot seized, no
        // place taken.
        if t.kind == "capture" && folded_of(ctx, t.span).contains("empar") && {
            let after = folded_words_after(ctx, t.span.end, 3);
            let mut w = after.iter().copied();
            let first = w.next().unwrap_or("");
            let noun = match first.strip_prefix("d'") {
                Some(n) => n,
                None if matches!(first, "de" | "du" | "des") => {
                    w.next().unwrap_or("")
                }
                None => "",
            };
            let noun =
                if matches!(noun, "leurs" | "leur" | "son" | "sa" | "ses") {
                    w.next().unwrap_or("")
                } else {
                    noun
                };
            matches!(
                noun,
                "armes"
                    | "arme"
                    | "armements"
                    | "armement"
                    | "munitions"
                    | "vehicules"
                    | "vehicule"
                    | "motos"
                    | "materiel"
                    | "materiels"
                    | "butin"
                    | "betail"
                    | "vivres"
                    | "argent"
                    | "carburant"
                    | "telephones"
                    | "biens"
            )
        } {
            continue;
        }
        // "des drones se sont abattus sur Kharkiv", "un missile s'est
        // écrasé sur un immeuble", "des drones ont endommagé des
        // infrastructures": only munitions that come down strike; rain,
        // repression, a storm or a plane that crashes do not.
        if t.kind == "attack"
            && matches!(t.pos, Some(Pos::Verb))
            && {
                let f = folded_of(ctx, t.span);
                f.contains("abat")
                    || f.contains("ecras")
                    || f.starts_with("endommag")
            }
            && !clause_words_back(
                &ctx.folded.text,
                ctx.folded.from_original(t.span.start),
                8,
            )
            .iter()
            .any(|w| munition_kind(w).is_some())
        {
            continue;
        }
        // "Vouhledar est tombée", "la cité de Walikale n'est pas tombée":
        // a place that falls is taken; shells, victims or night that fall
        // are not.
        if t.kind == "capture"
            && matches!(
                folded_of(ctx, t.span),
                "tombe" | "tombee" | "tombes" | "tombees" | "tombent"
            )
            && !fallen_place(ctx, sent, t.span, args)
            // "tombée en mai 2023 aux mains du groupe Wagner": a date
            // between the verb and its phrase.
            && !folded_words_after(ctx, t.span.end, 8)
                .windows(2)
                .any(|w| matches!(w, ["aux" | "les", "mains"]))
        {
            continue;
        }
        // "menacent d'exécuter leurs otages", "a menacé de s'en prendre
        // aux hôtels", "menace de prendre Mirebalais", "a promis jeudi de
        // « neutraliser » les auteurs": the deed threatened or promised
        // is the threat's content, no event of its own.
        if matches!(t.pos, Some(Pos::Verb))
            && !matches!(t.kind, "threat" | "negotiation" | "ceasefire")
            && {
                let f_at = ctx.folded.from_original(t.span.start);
                let mut from = f_at.saturating_sub(40);
                while !ctx.folded.text.is_char_boundary(from) {
                    from += 1;
                }
                // Folded text: every apostrophe is "'".
                let lead =
                    ctx.folded.text[from..f_at].trim_end_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '«' | '"' | '“')
                    });
                let lead = lead
                    .strip_suffix(" s'")
                    .or_else(|| lead.strip_suffix(" se"))
                    .unwrap_or(lead);
                // "menacé de les tuer", "de l'exécuter": past an object
                // pronoun.
                let lead = [" les", " la", " le", " l'", " leur", " lui"]
                    .iter()
                    .find_map(|p| lead.strip_suffix(p))
                    .unwrap_or(lead);
                let lead = lead
                    .strip_suffix("d'")
                    .or_else(|| lead.strip_suffix(" de"));
                lead.is_some_and(|l| {
                    // ("a menacé jeudi dernier de", "menace désormais
                    // de": past the day and an adverb.)
                    let mut ws = l.trim_end().rsplit(' ').skip_while(|w| {
                        crate::dates::is_day_word(w)
                            || matches!(
                                *w,
                                "dernier"
                                    | "soir"
                                    | "matin"
                                    | "desormais"
                                    | "encore"
                                    | "aussi"
                                    | "egalement"
                                    | "deja"
                                    | "ouvertement"
                                    | "publiquement"
                            )
                    });
                    let w = ws.next().unwrap_or("");
                    w.starts_with("menac")
                        || is_promise_verb(w)
                            && VIOLENT_KINDS.contains(&t.kind)
                })
            }
        {
            continue;
        }
        // "ont promis une « riposte douloureuse »": the blow promised is
        // the threat's, no event of its own.
        if VIOLENT_KINDS.contains(&t.kind)
            && !matches!(t.pos, Some(Pos::Verb))
            && words_before_quoted(ctx, t.span.start, 3)
                .iter()
                .any(|w| is_promise_verb(w))
        {
            continue;
        }
        // "a menacé de « nouvelles opérations »", "menace de lancer une
        // offensive": the blow threatened is the threat's content.
        if VIOLENT_KINDS.contains(&t.kind)
            && !matches!(t.pos, Some(Pos::Verb))
            && {
                // ("menacent de reprendre leurs attaques", "d'étendre
                // l'opération à Jénine": the blows go on and are told.)
                let w = words_before_quoted(ctx, t.span.start, 5);
                w.iter().enumerate().any(|(i, x)| {
                    x.starts_with("menac")
                        && w.get(i + 1)
                            .is_some_and(|n| *n == "de" || n.starts_with("d'"))
                        && !w[i + 1..].iter().any(|v| {
                            let v = v.strip_prefix("d'").unwrap_or(v);
                            [
                                "reprendre",
                                "etendre",
                                "poursuivre",
                                "intensifier",
                                "elargir",
                            ]
                            .contains(&v)
                        })
                })
            }
        {
            continue;
        }
        // The folded start of the trigger, found once for the tests below.
        let f_trig = ctx.folded.from_original(t.span.start);
        // "Aucune arrestation n'a été annoncée": a denied event needs no
        // argument to be reported as denied; nor does one told with a
        // verb ("aucun village n'a été occupé", "aucun civil n'a été
        // enlevé").
        let denied_outright = {
            let w = FewWords::before(&ctx.folded.text, f_trig, 6);
            matches!(
                w.last(),
                Some(&("aucun" | "aucune" | "qu'aucun" | "qu'aucune"))
            ) || matches!(t.pos, Some(Pos::Verb))
                && w.iter()
                    .rposition(|x| matches!(*x, "aucun" | "aucune"))
                    .is_some_and(|i| {
                        let rest = &w[i + 1..];
                        (2..=4).contains(&rest.len())
                            && rest
                                .iter()
                                .any(|x| x.starts_with("n'") || *x == "ne")
                            && matches!(
                                rest.last(),
                                Some(&("ete" | "n'a" | "n'ont"))
                            )
                    })
        };
        // "menaçant les récalcitrants d'une « riposte implacable »": what a
        // threat holds over someone is the threat's, no event of its own.
        if matches!(t.pos, Some(Pos::Noun))
            && VIOLENT_KINDS.contains(&t.kind)
            && threatened_with(&ctx.folded.text, f_trig)
        {
            continue;
        }
        // "ont interpellé 113 personnes lors d'opérations menées dans 32
        // provinces", "À l'issue de l'opération, les troupes ont capturé
        // X": the operation a sentence of arrests is framed by is the
        // arrests', or one told before, no attack of its own.
        // (So is a sweep: "ont arrêté quatre suspects lors d'une
        // opération de ratissage".)
        if t.kind == "attack"
            && arrest_told[t.sentence]
            && {
                let f = folded_of(ctx, t.span);
                t.weak && matches!(f, "operation" | "operations")
                    || matches!(
                        f,
                        "operation de ratissage" | "operations de ratissage"
                    )
            }
            && matches!(
                folded_words_before(ctx, t.span.start, 3)[..],
                [
                    "lors" | "cours" | "terme" | "issue",
                    "d'" | "de" | "des",
                    ..
                ] | [
                    _,
                    "lors" | "cours" | "terme" | "issue",
                    "d'" | "de" | "des" | "d'une"
                ]
            )
        {
            continue;
        }
        // A bare convoy carries aid only where aid is told; most convoys
        // of the news are military ones, struck or escorted.
        if t.kind == "humanitarian"
            && t.weak
            && matches!(&ctx.text[t.span], "convoi" | "convois")
            && !convoy_of_aid()
        {
            continue;
        }
        // "ont dressé des barricades de pneus pour réclamer la présence de
        // la police": barricades put up to demand something are a protest
        // (the gate lets them through, the kind is turned below).
        // ("s'étaient rassemblés sur la place de l'Indépendance, à Kyiv,
        // pour réclamer": a gathering to demand something is a protest.)
        let made_to_demand = (t.kind == "riot"
            && folded_of(ctx, t.span).starts_with("barricade")
            || t.kind == "protest"
                && folded_of(ctx, t.span).contains("rassemble"))
            && {
                let f = ctx.folded.text.as_str();
                let from = ctx.folded.from_original(t.span.end).min(f.len());
                folded_words(&f[from..stretch_after(f, from, 100)])
            }
            .windows(2)
            .any(|w| {
                w[0] == "pour"
                    && matches!(
                        w[1],
                        "reclamer"
                            | "exiger"
                            | "denoncer"
                            | "protester"
                            | "demander"
                            | "obtenir"
                    )
            });
        // Land freed is captured (the gate lets it through, the kind is
        // turned below).
        let freed_land =
            t.kind == "release" && frees_land(ctx, t.span, t.pos, sent, args);
        // "Le militant a été arrêté lundi. La Manul a exigé sa libération":
        // the release of "him" or "them" after someone was taken.
        let freed_captive = || {
            t.kind == "release"
                && matches!(t.pos, Some(Pos::Noun))
                && matches!(
                    folded_words_before(ctx, t.span.start, 1)[..],
                    ["leur" | "leurs" | "sa" | "son"]
                )
                && {
                    let k = takings.partition_point(|x| x.0 <= t.span.start);
                    k > 0 && takings[k - 1].1 + 2 >= t.sentence
                }
        };
        // "« Nous frapperons encore », a menacé le porte-parole": a quote
        // told as a threat is one.
        let quoted_threat = t.kind == "threat"
            && matches!(t.pos, Some(Pos::Verb))
            && folded_of(ctx, t.span).starts_with("menac")
            && after_a_quote(ctx.text, t.span.start);
        if t.weak
            && !(story_ok
                || freed_land
                || freed_captive()
                || quoted_threat
                || made_to_demand
                || denied_outright && conflict_story
                || proceeded
                || civil_evacuation
                || place_taken()
                || pronoun_armed
                || has_conflict_actor
                || has_casualty
                || (has_place && strong_nearby)
                || people_object()
                || people_subject()
                || place_attacked()
                || struck_from_air()
                || noun_hits_place()
                || noun_hits_subject()
                || crowd_protests()
                || supplies_after()
                || convoy_of_aid())
        {
            continue;
        }
        // "Nous appelons toutes les parties à une cessation immédiate des
        // hostilités": a truce, talks or aid called for is told even
        // when the sentence names no one.
        let called_for = || {
            matches!(t.kind, "ceasefire" | "negotiation" | "humanitarian")
                && call_word_before(ctx, sent, t.span).is_some()
        };
        // "Les pourparlers ont échoué": in a story of armed conflict,
        // talks and truces are those of its sides, named or not.
        let talks_of_story = conflict_story
            && matches!(t.kind, "negotiation" | "ceasefire")
            && !t.weak;
        if !t.weak
            && args.is_empty()
            && pronoun.is_none()
            && !has_casualty
            && !denied_outright
            && !called_for()
            && !talks_of_story
            // ("Des renforts ont été dépêchés dans la zone": a phrase of
            // several words tells its event in a story of conflict.)
            && (!conflict_story
                || matches!(t.pos, Some(Pos::Verb))
                    && !ctx.text[t.span].contains([' ', '\u{a0}']))
        {
            continue;
        }
        let folded_trigger = folded_from(ctx, f_trig, t.span);
        // "Guerre en Ukraine : 185 prisonniers libérés": the war that opens
        // a headline as its rubric is the story's heading, no event.
        if t.kind == "armed_clash" && war_rubric(ctx.text, t.span) {
            continue;
        }
        // "400 000 déplacés fuient vers Tawila", "poussent des milliers de
        // déplacés à fuir à nouveau": the displaced named as those who
        // flee are its people; the flight is told by its verb.
        if t.kind == "displacement"
            && folded_trigger.starts_with("deplace")
            && !FewWords::before(&ctx.folded.text, f_trig, 1).iter().any(|w| {
                matches!(
                    *w,
                    "ete" | "sont" | "est" | "etaient" | "etait" | "seront"
                )
            })
            && {
                let k = trigs.partition_point(|o| o.span.start < t.span.end);
                trigs[k..].iter().take(3).any(|o| {
                    o.kind == "displacement"
                        && o.sentence == t.sentence
                        && !folded_of(ctx, o.span).starts_with("deplace")
                        && word_gap(ctx, t.span.end, o.span.start) <= 6
                        && !ctx.text[t.span.end..o.span.start]
                            .contains(['.', ';', ':', '\n'])
                        // "des déplacés ayant fui les combats": who fled
                        // before, named by their flight.
                        && !ctx.text[t.span.end..o.span.start].contains("ayant")
                })
            }
        {
            continue;
        }
        // "des frappes de drones de l'armée ont visé des positions": a verb
        // of hitting whose subject is the strike told just before is that
        // strike's predicate, no event of its own.
        // (Only a noun kept as an event: one the gate above dropped
        // leaves the verb to tell the blow.)
        if matches!(t.kind, "attack" | "airstrike" | "shelling")
            && matches!(t.pos, Some(Pos::Verb))
            && is_hitting(folded_trigger)
            && drafts.iter().rev().take(6).any(|o| {
                let Some(&first) = o.triggers.first() else { return false };
                first.end <= t.span.start
                    && first.start >= sent.start
                    && !matches!(o.pos, Some(Pos::Verb))
                    && matches!(
                        o.kind.as_str(),
                        "attack" | "airstrike" | "shelling" | "bombing"
                    )
                    && word_gap(ctx, first.end, t.span.start) <= 8
                    && !has_clause_break(&ctx.text[first.end..t.span.start])
            })
        {
            continue;
        }
        // "des milliers de manifestants se sont rassemblés", "des
        // manifestants ont incendié le siège": the protesters are the
        // actors of the gathering or the riot the sentence tells, no
        // trigger of their own.
        // The triggers of this sentence and the two before (trigs are in
        // text order; a few dozen at most are read).
        let near_trigs = || {
            let lo = trigs.partition_point(|o| o.sentence + 2 < t.sentence);
            trigs[lo..]
                .iter()
                .take_while(|o| o.sentence <= t.sentence)
                .take(64)
        };
        // "s'étaient rassemblées pour tenter de récupérer des colis de
        // farine": a crowd waiting for aid, not a protest.
        if t.kind == "protest"
            && folded_trigger.contains("rassemble")
            && folded_words_after(ctx, t.span.end, 8)
                .iter()
                .any(|w| is_supply_word(w))
        {
            continue;
        }
        if t.kind == "protest"
            && folded_trigger.starts_with("manifestant")
            && near_trigs().any(|o| {
                o.sentence == t.sentence
                    && o.span != t.span
                    && matches!(o.kind, "protest" | "riot")
                    && !folded_of(ctx, o.span).starts_with("manifest")
            })
        {
            continue;
        }
        // "Les inondations ont fait 300 morts", "tués dans un accident de
        // la route": deaths of a natural or accidental cause are no
        // killing, when no one armed and no act of war is told beside.
        if t.kind == "killing"
            && matches!(
                folded_trigger,
                "morts"
                    | "mort"
                    | "tues"
                    | "tuees"
                    | "tue"
                    | "tuee"
                    | "victimes"
                    | "corps"
                    | "deces"
                    | "peri"
                    | "perissent"
            )
            // (Near the word: a run-on sentence is not read whole for
            // each toll.)
            && natural_toll(ctx, window(ctx.text, sent, t.span), args)
            && !near_trigs().any(|o| {
                o.sentence == t.sentence
                    && o.span != t.span
                    && VIOLENT_KINDS.contains(&o.kind)
                    && o.kind != "killing"
            })
        {
            continue;
        }
        // "160 morts", "35 tués": a tally, whose count goes to the event it
        // reports, not an event of its own. With no other event in its
        // sentence, none of violence in the two before, no "bilan" and no
        // article pointing back ("les violences ont fait plus de 60 000
        // morts en Algérie"), the deaths are the event.
        // ("Les violences ont fait 6.000 morts et un million de déplacés":
        // the flight told beside takes no deaths.)
        if t.kind == "killing"
            && (near_trigs().any(|o| {
                o.span != t.span
                    && (o.sentence == t.sentence
                        && !matches!(
                            o.kind,
                            "displacement"
                                | "humanitarian"
                                | "negotiation"
                                | "agreement"
                                | "deployment"
                        )
                        || VIOLENT_KINDS.contains(&o.kind))
            }) || sentence_holds(ctx, sent, &["bilan"])
                // "deux des morts sont des marins": the dead told before.
                || matches!(
                    folded_words_before(ctx, t.span.start, 1).last(),
                    Some(&("des" | "les"))
                ))
            && matches!(
                folded_trigger,
                "morts"
                    | "mort"
                    | "tues"
                    | "tuees"
                    | "victimes"
                    | "corps"
                    | "deces"
            )
            // Only the nearest count before the word can be right before it
            // (counts are in text order and do not overlap).
            && counts[..counts.partition_point(|c| c.span.end <= t.span.start)]
                .last()
                .is_some_and(|c| {
                    word_gap(ctx, c.span.end, t.span.start) <= 1
                        && !COMMA_STOPS.any_in(&ctx.text[c.span.end..t.span.start])
                })
        {
            continue;
        }
        // A riot needs a crowd. Burning by attackers is part of their
        // attack when the sentence tells of one, and is their attack when
        // it does not ("des hommes armés ont incendié le marché").
        let mut burning_attack = false;
        if t.kind == "riot" && folded_trigger.starts_with("incendi") {
            let sent_f = folded_of(ctx, sent);
            if ![
                "manifestant",
                "emeutier",
                "foule",
                "protestataire",
                "jeunes en colere",
            ]
            .iter()
            .any(|w| sent_f.contains(w))
            {
                // "Plusieurs dizaines de maisons ont été incendiées": in a
                // story of armed violence, buildings burnt by no one named
                // are burnt by its attackers.
                let passive =
                    folded_words_before(ctx, t.span.start, 2).iter().any(
                        |w| matches!(*w, "ete" | "etaient" | "etait" | "sont"),
                    );
                if strong_nearby
                    || !(has_conflict_actor || passive && conflict_story)
                {
                    continue;
                }
                burning_attack = true;
            }
        }
        // "Les rebelles du M23 sont entrés dans Goma": an armed group
        // entering a town takes it; people entering a camp do not.
        if t.kind == "capture"
            && folded_trigger.starts_with("entr")
            && !(has_conflict_actor && takes_a_place(ctx, t.span, args))
        {
            continue;
        }
        // "une patrouille de l'armée est tombée dans une embuscade": a
        // patrol hit or fighting is a unit, not a deployment.
        if t.kind == "deployment"
            && !matches!(t.pos, Some(Pos::Verb))
            && folded_trigger.starts_with("patrouill")
            && strong_nearby
        {
            continue;
        }
        // "ont pris Kidal", "ont pris le camp de Zamzam": "prendre" is a
        // capture only when a place is what is taken ("ont pris la fuite",
        // "pris la route de Goma", "pris à Kuriga" are not); so is
        // "perdre" ("a perdu Myawaddy"; not "des balles perdues").
        if t.kind == "capture"
            && (PRENDRE_FORMS.contains(&folded_trigger)
                || folded_trigger.starts_with("perd")
                    && !folded_trigger.contains(' '))
            && !takes_a_place(ctx, t.span, args)
        {
            continue;
        }
        // "le Mujao chasse le MNLA de Gao", "les FSR ont été chassées de
        // Khartoum": armed men driven out of a place it names are a
        // capture (read below); but not an aim ("censée chasser les
        // shebab de leurs fiefs"). People driven from their homes are
        // displaced; anyone else chased is neither.
        let chased_out = t.kind == "displacement"
            && folded_trigger.starts_with("chass")
            && !people_driven_out(ctx, t.span);
        if chased_out
            && (folded_trigger.ends_with("er")
                || !drives_out_of_place(ctx, t.span, args))
        {
            continue;
        }
        // "le séisme qui a frappé le centre du pays", "les inondations
        // ont frappé la région": a disaster strikes, no one armed.
        if folded_trigger.starts_with("frapp")
            && matches!(t.pos, Some(Pos::Verb))
            // (Past a number's comma: "de magnitude 7,7 qui a frappé".)
            && {
                let lead = folded_of(
                    ctx,
                    Span::new(
                        stretch_before(ctx.text, t.span.start, 60, sent.start),
                        t.span.start,
                    ),
                );
                NATURAL_CAUSES.iter().any(|c| lead.contains(c))
            }
        {
            continue;
        }
        // "une frappe a visé la maison", "les frappes visaient un
        // barrage", "l'explosion a coûté la vie à une femme", "deux
        // attentats ont frappé un marché": what the event of the subject
        // hit, not an event.
        if (["vis", "cibl", "coute"]
            .iter()
            .any(|p| folded_trigger.starts_with(p))
            || folded_trigger.starts_with("frapp")
                && matches!(t.pos, Some(Pos::Verb)))
            // Triggers come in text order: only the few just before.
            // "ont tiré des roquettes sur le nord d'Israël, visant une
            // base": the participle tells what the event before aimed at,
            // however far in its sentence.
            && trigs[..trigs.partition_point(|o| o.span.start < t.span.start)]
                .iter()
                .rev()
                .take(4)
                .any(|o| {
                    o.sentence == t.sentence
                        && o.span.end <= t.span.start
                        && (word_gap(ctx, o.span.end, t.span.start) <= 3
                            || matches!(folded_trigger, "visant" | "ciblant")
                            // "une embuscade contre une patrouille avait
                            // coûté la vie à six soldats": the toll of the
                            // event told before, however far in its
                            // sentence (5 of 5 in the gold sets).
                            || folded_trigger.starts_with("coute"))
                })
        {
            continue;
        }
        // "ont secouru 46 otages", "les otages secourus": hostages rescued
        // are freed; the wounded or the stranded helped are not.
        if t.kind == "release" && folded_trigger.starts_with("secour") && {
            let captive = |w: &&str| {
                matches!(
                    w.strip_prefix("d'").unwrap_or(w),
                    "otage"
                        | "otages"
                        | "captif"
                        | "captifs"
                        | "captives"
                        | "enleves"
                        | "enlevees"
                        | "kidnappes"
                        | "kidnappees"
                )
            };
            let after = folded_words_after(ctx, t.span.end, 5);
            let before = folded_words_before(ctx, t.span.start, 1);
            !(after.iter().take(4).any(captive) || before.iter().any(captive))
        } {
            continue;
        }
        // "des hommes armés ont emmené les élèves": taking people away is
        // an abduction when armed men do it, not when the wounded are
        // taken to hospital.
        // "cinq habitants emmenés en brousse", "emmenés en otages": taken
        // away into captivity, whoever took them.
        if t.kind == "abduction" && folded_trigger.starts_with("emmen") && {
            let after = folded_words_after(ctx, t.span.end, 6);
            let captive = after.iter().take(4).any(|w| {
                matches!(
                    *w,
                    "brousse" | "otage" | "otages" | "captivite" | "inconnue"
                )
            });
            // "Les rebelles emmenés par le groupe HTC": fighters led by
            // a group, not carried off.
            let led = after.first() == Some(&"par")
                && args.iter().any(|a| {
                    a.kind == EntityKind::Actor
                        && a.span.end <= t.span.start
                        && ctx.text[a.span.end..t.span.start].trim().is_empty()
                        && matches!(
                            ctx.entities.drafts[a.entity].subkind.as_ref(),
                            "armed_group"
                                | "unidentified_armed_group"
                                | "state_force"
                        )
                });
            // ("Ils avaient emmené plus de 280 élèves": "ils" being the
            // armed men told before.)
            let armed_pronoun = pronoun.is_some_and(|(e, passive)| {
                !passive && is_armed(&ctx.entities.drafts[e].subkind)
            });
            !(has_conflict_actor || captive || armed_pronoun)
                || led
                || after.iter().any(|w| w.contains("hopita"))
        } {
            continue;
        }
        // "Les deux mouvements avaient rejoint en décembre 2020 la
        // Coalition des patriotes": joining a body, past the date, is no
        // withdrawal.
        if t.kind == "withdrawal" && folded_trigger.starts_with("rejoin") && {
            let from = args.partition_point(|a| a.span.start < t.span.end);
            let next =
                args[from..].iter().find(|a| a.kind != EntityKind::Date);
            next.is_some_and(|a| {
                a.kind == EntityKind::Actor
                    && word_gap(ctx, t.span.end, a.span.start) <= 6
                    && !has_clause_break(&ctx.text[t.span.end..a.span.start])
            })
        } {
            continue;
        }
        // "Le Niger a quitté la Cédéao", "la Cédéao, que le Niger a
        // quittée en janvier": leaving a body of states is no withdrawal.
        if t.kind == "withdrawal" && folded_trigger.starts_with("quitt") && {
            let body = |a: &Arg| {
                a.kind == EntityKind::Actor
                    && ctx.entities.drafts[a.entity].subkind == "intl_org"
            };
            let from = args.partition_point(|a| a.span.start < t.span.end);
            let left = args[from..]
                .iter()
                .find(|a| a.kind != EntityKind::Date)
                .is_some_and(|a| {
                    body(a)
                        && word_gap(ctx, t.span.end, a.span.start) <= 4
                        && !has_clause_break(
                            &ctx.text[t.span.end..a.span.start],
                        )
                });
            let upto = args.partition_point(|a| a.span.end <= t.span.start);
            let antecedent = args[..upto]
                .iter()
                .rev()
                .find(|a| a.kind != EntityKind::Date)
                .filter(|a| a.kind == EntityKind::Actor)
                .and_then(|subject| {
                    // The body right before the subject's "que".
                    let k = args[..upto].partition_point(|a| {
                        a.span.start < subject.span.start
                    });
                    args[..k]
                        .iter()
                        .rev()
                        .find(|a| a.kind != EntityKind::Date)
                        .filter(|a| body(a))
                        .map(|a| (a, subject))
                })
                .is_some_and(|(a, subject)| {
                    let gap = folded_of(
                        ctx,
                        Span::new(a.span.end, subject.span.start),
                    );
                    let gap = gap.trim_start_matches([')', ',', ' ']);
                    word_gap(ctx, subject.span.end, t.span.start) <= 3
                        && matches!(
                            gap.trim_end(),
                            "que le"
                                | "que la"
                                | "que l'"
                                | "que les"
                                | "qu'"
                                | "que"
                        )
                });
            left || antecedent
        } {
            continue;
        }
        // "Nos combattants avancent et rien ne les arrêtera": no one is
        // arrested by what cannot stop them.
        if t.kind == "arrest" && folded_trigger.starts_with("arret") && {
            let w = FewWords::before(&ctx.folded.text, f_trig, 4);
            w.iter().any(|x| matches!(*x, "rien" | "personne"))
                && w.iter().any(|x| matches!(*x, "ne" | "n'"))
        } {
            continue;
        }
        // "libérant plus de 500 détenus", "les détenus de la prison": the
        // participle as a noun names prisoners, not an arrest; "deux
        // otages détenus depuis 2021" says they are held, not that anyone
        // was arrested.
        if t.kind == "arrest"
            && matches!(
                folded_trigger,
                "detenu" | "detenus" | "detenue" | "detenues"
            )
            && (args.iter().any(|a| {
                a.kind == EntityKind::Actor
                    && a.span.end <= t.span.start
                    && ctx.text[a.span.end..t.span.start].trim().is_empty()
            }) || FewWords::before(&ctx.folded.text, f_trig, 1)
                .first()
                .is_some_and(|w| {
                    matches!(
                        *w,
                        "otage"
                            | "otages"
                            | "prisonnier"
                            | "prisonniers"
                            | "captifs"
                            | "les"
                            | "des"
                            | "de"
                            | "d'"
                            | "aux"
                            | "ces"
                            | "leurs"
                            | "plusieurs"
                            | "anciens"
                            | "autres"
                            | "du"
                            | "le"
                            | "un"
                            | "une"
                            | "la"
                    ) || w.starts_with(|c: char| c.is_ascii_digit())
                        || crate::numbers::parse_number_words(w).is_some()
                }))
        {
            continue;
        }
        // "condamné pour meurtre", "accusé d'assassinat", "inculpés pour
        // enlèvement": a charge names a crime, not an event of the story.
        if !matches!(t.pos, Some(Pos::Verb)) && {
            let lead = FewWords::before(&ctx.folded.text, f_trig, 2);
            let n = lead.len();
            n == 2
                && matches!(lead[n - 1], "pour" | "de" | "d'")
                && [
                    "condamn",
                    "accus",
                    "inculp",
                    "soupconn",
                    "poursuivi",
                    "coupable",
                ]
                .iter()
                .any(|p| lead[n - 2].starts_with(p))
        } {
            continue;
        }
        // "avoir abattu 31 des 34 drones", "un hélicoptère abattu par les
        // rebelles": what is shot down is an aircraft or a missile, no one
        // is killed by that word.
        // "80 drones Shahed …, dont 60 ont été abattus": a subset of the
        // aircraft counted before.
        let subset_before = || {
            let w = FewWords::before(&ctx.folded.text, f_trig, 6);
            w.iter().any(|x| *x == "dont")
                && words_of(folded_of(
                    ctx,
                    Span::new(
                        stretch_before(
                            ctx.text,
                            t.span.start,
                            120,
                            sent.start,
                        ),
                        t.span.start,
                    ),
                ))
                .any(is_aircraft_word)
        };
        // "Un drone turc qui opérait près de Hassaké a été abattu par
        // l'aviation américaine", "Wagner affirme avoir abattu plusieurs
        // aéronefs": an aircraft shot down (not munitions of a salvo) is an
        // attack on it.
        let mut downed_craft = false;
        // "affirme avoir neutralisé 121 drones et deux missiles": munitions
        // stopped in flight, no one killed.
        if t.kind == "killing" && folded_trigger.starts_with("neutralis") {
            let after = folded_words_after(ctx, t.span.end, 5);
            if after
                .iter()
                .position(|w| is_aircraft_word(w))
                .is_some_and(|i| !after[..i].iter().any(|w| is_people_word(w)))
            {
                continue;
            }
        }
        if t.kind == "killing" && folded_trigger.starts_with("abat") {
            let after = folded_words_after(ctx, t.span.end, 5);
            let before: Vec<&str> = words_of(folded_of(
                ctx,
                Span::new(
                    stretch_before(ctx.text, t.span.start, 100, sent.start),
                    t.span.start,
                ),
            ))
            .collect();
            let before = &before[before.len().saturating_sub(10)..];
            let near = before.len().saturating_sub(7);
            let subset = subset_before();
            if after
                .iter()
                .chain(before[near..].iter())
                .any(|w| is_aircraft_word(w))
                || subset
            {
                // Which craft: the nearest before, or the first after,
                // with no one named between it and the verb.
                let craft_before = before
                    .iter()
                    .rposition(|w| is_aircraft_word(w))
                    .filter(|&i| {
                        !before[i + 1..].iter().any(|w| is_people_word(w))
                    })
                    .map(|i| (before[i], i.checked_sub(1).map(|j| before[j])));
                let craft_after = after
                    .iter()
                    .position(|w| is_aircraft_word(w))
                    .filter(|&i| !after[..i].iter().any(|w| is_people_word(w)))
                    .map(|i| (after[i], i.checked_sub(1).map(|j| after[j])));
                downed_craft = !subset
                    && craft_before.or(craft_after).is_some_and(
                        |(w, lead)| {
                            attacked_craft(w, lead)
                                && !(w == "drone" && before.contains(&"en"))
                        },
                    );
                if !downed_craft {
                    continue;
                }
            } else if let Some((i, _)) = before
                .iter()
                .enumerate()
                .rev()
                .find(|(_, w)| is_aircraft_word(w))
            {
                // The craft further back, subject of a passive ("Un drone
                // turc qui opérait près de Hassaké a été abattu").
                downed_craft =
                    !before[i + 1..].iter().any(|w| is_people_word(w))
                        && before.last().is_some_and(|w| *w == "ete")
                        && attacked_craft(
                            before[i],
                            i.checked_sub(1).map(|j| before[j]),
                        );
            }
        }
        // "pour éviter l'encerclement", "afin d'empêcher une attaque", "afin
        // d'éviter un encerclement": what
        // is averted does not happen.
        if FewWords::before(&ctx.folded.text, f_trig, 3)
            .iter()
            .rev()
            .take_while(|w| **w != "et")
            .map(|w| w.strip_prefix("d'").unwrap_or(w))
            .any(|w| w.starts_with("evit") || w.starts_with("empech"))
            && !matches!(t.pos, Some(Pos::Verb))
        {
            continue;
        }
        let mut kind = t.kind.to_string();
        if chased_out {
            kind = "capture".into();
        }
        if made_to_demand {
            kind = "protest".into();
        }
        // "une attaque de drones navals dans la baie de Sébastopol": craft
        // on the sea do not strike from the air.
        let sea_drones = kind == "airstrike"
            && folded_trigger.trim_end_matches('s').ends_with("drone")
            && folded_words_after(ctx, t.span.end, 1).first().is_some_and(
                |w| {
                    matches!(
                        w.trim_end_matches('s'),
                        "naval" | "marin" | "maritime"
                    )
                },
            );
        if downed_craft || sea_drones {
            kind = "attack".into();
        }
        if burning_attack {
            kind = "attack".into();
        }
        if civil_evacuation {
            kind = "displacement".into();
        }
        // "plusieurs villages … ont été libérés", "libérer trois
        // quartiers": land is captured, people released.
        if kind == "release" && freed_land {
            kind = "capture".into();
        }
        // "la localité n'a pas été capturée", "ont capturé trois
        // villages": land taken is a capture; people taken stay an arrest.
        if kind == "arrest" && folded_trigger.starts_with("captur") {
            let before = folded_words_before(ctx, t.span.start, 6);
            let after = folded_words_after(ctx, t.span.end, 3);
            let land = |w: &str| {
                let w = w.strip_suffix('s').unwrap_or(w);
                matches!(w, "village" | "localite" | "ville" | "quartier")
                    || w.starts_with("positio")
            };
            let passive = before.last().is_some_and(|w| *w == "ete");
            // "des habitants du village ont été capturés".
            let people = before.iter().any(|w| {
                [
                    "habitant",
                    "civil",
                    "otage",
                    "personne",
                    "homme",
                    "femme",
                    "enfant",
                    "combattant",
                    "soldat",
                    "militaire",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
            let subject = passive
                && !people
                && (before.iter().any(|w| land(w))
                    || args.iter().any(|a| {
                        a.kind == EntityKind::Place
                            && a.span.end <= t.span.start
                            && word_gap(ctx, a.span.end, t.span.start) <= 5
                            && !has_clause_break(
                                &ctx.text[a.span.end..t.span.start],
                            )
                    }));
            let object = !passive
                && after.iter().take(2).any(|w| land(w))
                && !after.iter().any(|w| w.starts_with("habitant"));
            if subject || object {
                kind = "capture".into();
            }
        }
        // A raid or fire by aircraft is an air strike; by rockets, shells
        // or artillery, shelling.
        if kind == "attack"
            && matches!(t.pos, Some(Pos::Noun) | Some(Pos::Verb))
        {
            let w = folded_trigger;
            let generic = [
                "raid", "frappe", "tir", "riposte", "bombard", "pilonn",
                "vis", "cibl",
            ]
            .iter()
            .any(|g| w.starts_with(g));
            if generic {
                let has = |words: &[&str]| sentence_holds(ctx, sent, words);
                // "a pilonné à l'artillerie …, tandis que des drones …": the
                // means named right after the verb wins over aircraft
                // named elsewhere in the sentence.
                let own_guns = matches!(t.pos, Some(Pos::Verb))
                    && folded_words_after(ctx, t.span.end, 4).iter().any(
                        |w| {
                            let w = w.strip_prefix("l'").unwrap_or(w);
                            [
                                "artillerie",
                                "obus",
                                "mortier",
                                "roquette",
                                "canon",
                            ]
                            .iter()
                            .any(|p| w.starts_with(p))
                        },
                    );
                if own_guns {
                    kind = "shelling".into();
                } else if has(AIRCRAFT)
                    && !fire_at_aircraft(ctx, f_trig, t.span)
                {
                    kind = "airstrike".into();
                } else if has(&[
                    "roquette",
                    "obus",
                    "mortier",
                    "artillerie",
                    "missile",
                    "pilonn",
                ]) {
                    kind = "shelling".into();
                } else if w.starts_with("tir")
                    && matches!(t.pos, Some(Pos::Noun))
                    && sentence_holds(
                        ctx,
                        sentence_before(ctx, sent),
                        &["roquette", "obus", "mortier", "artillerie"],
                    )
                {
                    // "Des roquettes sont tombées sur Kiryat Shmona. Le
                    // Jihad islamique a revendiqué ces tirs.": fire told
                    // right after shelling is that shelling.
                    kind = "shelling".into();
                }
            }
        }
        // "l'attaque a visé le terminal pétrolier avec des drones aériens
        // et des drones navals": an assault made with drones is an air
        // strike.
        if kind == "attack"
            && matches!(t.pos, Some(Pos::Noun))
            && (folded_trigger.starts_with("attaque")
                || folded_trigger.starts_with("assaut"))
        {
            let f = ctx.folded.text.as_str();
            let from = ctx.folded.from_original(t.span.end);
            let to = stretch_after(f, from, 240);
            let to = f[from..to].find(['.', '\n']).map_or(to, |k| from + k);
            // (Not the drones of those who repel it: "une attaque que
            // l'armée a repoussée avec des drones".)
            let fwd: Vec<&str> = words_of(&f[from..to])
                .take(20)
                .take_while(|w| {
                    !REPELLING_VERBS.iter().any(|p| w.starts_with(p))
                        && !w.starts_with("ripost")
                })
                .collect();
            let by_drones = fwd.windows(3).any(|w| {
                matches!(w[0], "avec" | "moyen" | "l'aide")
                    && matches!(w[1], "des" | "de" | "d'" | "deux" | "trois")
                    && w[2].starts_with("drone")
            });
            if by_drones {
                kind = "airstrike".into();
            }
        }
        // "Kharkiv, frappée par deux missiles", "un missile a frappé le
        // camp": a verb of striking whose munition, in its clause, is
        // fired from the ground is shelling.
        if kind == "airstrike"
            && matches!(t.pos, Some(Pos::Verb))
            && folded_trigger.starts_with("frapp")
        {
            let f = ctx.folded.text.as_str();
            let end = ctx.folded.from_original(t.span.end);
            let back = clause_words_back(f, f_trig, 4);
            let fwd = clause_words_fwd(f, end, 5);
            let by =
                if fwd.first() == Some(&"par") { &fwd[1..] } else { &[][..] };
            let munition = by
                .iter()
                .find_map(|w| munition_kind(w))
                .or_else(|| back.iter().find_map(|w| munition_kind(w)));
            if munition == Some("shelling") {
                kind = "shelling".into();
            }
        }
        // "l'aviation a largué plusieurs bombes guidées": bombs dropped
        // are an air strike, not aid.
        if kind == "humanitarian" && folded_trigger.starts_with("largu") {
            let f = ctx.folded.text.as_str();
            let end = ctx.folded.from_original(t.span.end);
            let dropped = |w: &&str| {
                let w = w.strip_suffix('s').unwrap_or(w);
                matches!(
                    w,
                    "bombe"
                        | "baril"
                        | "explosif"
                        | "obus"
                        | "missile"
                        | "engin"
                        | "grenade"
                        | "roquette"
                        | "projectile"
                        | "munition"
                )
            };
            // "plusieurs bombes guidées", or before it: "des bombes
            // aériennes guidées, les redoutables KAB, larguées par
            // l'aviation".
            let lead = &f[stretch_before(f, f_trig, 80, 0)..f_trig];
            // "a largué dans la nuit de mardi à mercredi au moins 40
            // bombes": the bombs may come a dozen words on.
            if clause_words_fwd(f, end, 12).iter().any(dropped)
                || ["bombe", "baril", "obus", "missile"]
                    .iter()
                    .any(|w| lead.contains(w))
            {
                kind = "airstrike".into();
            }
        }
        // "un drone a largué une grenade sur un minibus": a grenade
        // dropped from the air is the air strike's munition.
        if kind == "bombing" && folded_trigger.starts_with("grenade") {
            let f = ctx.folded.text.as_str();
            if clause_words_back(f, f_trig, 3)
                .iter()
                .any(|w| w.starts_with("largu"))
            {
                kind = "airstrike".into();
            }
        }
        // "les bombes ont été larguées par des chasseurs-bombardiers",
        // "les bombes sont tombées sur le marché": bombs dropped or falling
        // are the air strike's.
        if kind == "bombing" && folded_trigger.starts_with("bombe") {
            let f = ctx.folded.text.as_str();
            let end = f_trig + folded_trigger.len();
            let back = clause_words_back(f, f_trig, 4);
            // "fuient sous les bombes": a people bombed from the air.
            if clause_words_fwd(f, end, 5).iter().any(|w| {
                w.starts_with("largu")
                    || w.starts_with("tombe")
                    || w.starts_with("s'abatt")
            }) || back.starts_with(&["les", "sous"])
            {
                kind = "airstrike".into();
            }
            // "ont tiré plusieurs bombes sur les sites de déplacés": bombs
            // fired are shells.
            else if back.iter().any(|w| {
                matches!(*w, "tire" | "tirent" | "tiraient" | "tirait")
            }) {
                kind = "shelling".into();
            }
        }
        // "L'armée a annoncé s'être « redéployée » hors de Hama", "le «
        // redéploiement » de ses troupes hors de la ville": forces moved
        // out of a place withdraw from it.
        if kind == "deployment" && {
            let next = FewWords::first_of(
                words_of(&ctx.folded.text[f_trig + folded_trigger.len()..]),
                2,
            );
            let mut w = next.iter();
            w.next() == Some(&"hors")
                && w.next().is_some_and(|x| {
                    matches!(*x, "de" | "du" | "des") || x.starts_with("d'")
                })
                || folded_trigger.starts_with("redeploi") && {
                    let from = f_trig + folded_trigger.len();
                    let to = ctx.folded.from_original(stretch_after(
                        ctx.text, t.span.end, 80,
                    ));
                    ctx.folded.text[from..to.max(from)]
                        .split(['.', ';', ','])
                        .next()
                        .is_some_and(|c| c.contains("hors d"))
                }
        } {
            kind = "withdrawal".into();
        }
        // "l'évacuation de onze villages", "des habitants": people leave,
        // no fighters withdraw.
        if kind == "withdrawal"
            && (!armed_subject() && evacuates_people(ctx, t.span)
                || folded_trigger.starts_with("quitt")
                    && civilians_before(&ctx.folded.text, f_trig))
        {
            kind = "displacement".into();
        }
        // "Des avions américains ont bombardé", "les bombardements de
        // l'aviation", "des vecteurs aériens ont pilonné des bases": bombs
        // dropped from the air, with no gun or rocket in the sentence, are
        // an air strike (21 of 24 such triggers in the gold sets).
        if kind == "shelling"
            && (folded_trigger.starts_with("bombard")
                || folded_trigger.starts_with("pilonn"))
        {
            let has = |words: &[&str]| sentence_holds(ctx, sent, words);
            if (has(AIRCRAFT) || has(&["bombardier"]))
                && !has(&[
                    "roquette",
                    "obus",
                    "mortier",
                    "artillerie",
                    "canon",
                    " char ",
                    " chars ",
                ])
            {
                kind = "airstrike".into();
            }
        }
        // "Des frappes aériennes ont visé Idleb. Les bombardements ont
        // touché …": the bombing told again of strikes from the air just
        // before, in the paragraph, with no gun named.
        if kind == "shelling"
            && folded_trigger.starts_with("bombard")
            && FewWords::before(&ctx.folded.text, f_trig, 1)
                .first()
                .is_some_and(|w| matches!(*w, "les" | "ces" | "ce" | "le"))
            && !sentence_holds(
                ctx,
                sent,
                &["roquette", "obus", "mortier", "artillerie", "canon"],
            )
            && drafts.last().is_some_and(|p: &EventDraft| {
                p.kind == "airstrike"
                    && p.sentence + 2 >= t.sentence
                    && !ctx.text[p.triggers[0].end..t.span.start]
                        .contains("\n\n")
            })
        {
            kind = "airstrike".into();
        }
        // "les auteurs seront traqués sans relâche": a chase announced is
        // a threat; after a promise ("a promis que les responsables
        // seraient « traqués »") it is what the promise holds.
        if kind == "attack" && folded_trigger.starts_with("traque") && {
            // Read past an opening quote: "seraient « traqués »".
            let lead =
                ctx.folded.text[..f_trig].trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '«' | '"' | '“')
                });
            FewWords::before(lead, lead.len(), 2).iter().any(|w| {
                matches!(*w, "seront" | "seraient" | "sera" | "serait")
            })
        } {
            let promised = drafts
                .iter()
                .rev()
                .take_while(|p| {
                    p.sentence == t.sentence
                        && p.triggers[0].start + WINDOW >= t.span.start
                })
                .any(|p| p.kind == "threat");
            if promised {
                continue;
            }
            kind = "threat".into();
        }
        let mut d = EventDraft::new(kind, t.span, t.pos, t.sentence);
        // Verbs of saying only lead to an actor: with none among the
        // arguments, they are not looked for.
        let speaks = args.iter().any(|a| a.kind == EntityKind::Actor);
        if speaks && saying.0 != t.sentence {
            saying =
                (t.sentence, saying_markers(ctx, ctx.sentences[t.sentence]));
        }

        let at = FoldedAt {
            sent: ctx.folded.from_original(sent.start),
            trig: f_trig,
        };
        assign_arguments(
            ctx,
            &preps,
            marks(),
            t.span,
            t.pos,
            sent,
            at,
            args,
            if speaks { &saying.1 } else { &[] },
            &mut d,
        );
        // "une unité de l'armée a été la cible d'une embuscade", "est
        // tombée dans une embuscade", "ont été victimes d'une attaque":
        // the subject is who was hit.
        if VIOLENT_KINDS.contains(&d.kind.as_str())
            && subject_was_hit(ctx, t.span)
        {
            move_mentioned_before(
                args,
                t.span.start,
                &mut d.agent,
                &mut d.target,
            );
        }
        // "12 personnes ont été tuées et 20 autres enlevées": the count
        // before "autres" is of those abducted, not the group before it.
        if d.kind == "abduction" {
            if let Some((n, at)) = others_count_before(ctx, sent, t.span) {
                d.abducted = Some(n);
                d.target.retain(|&e| {
                    !args.iter().any(|a| a.entity == e && a.span.end <= at)
                });
            }
        }
        // "sont entrés dans Goma": "être" makes no passive of a verb of
        // motion; its subject acts.
        if d.kind == "capture" && folded_trigger.starts_with("entr") {
            move_mentioned_before(
                args,
                t.span.start,
                &mut d.target,
                &mut d.agent,
            );
        }
        match pronoun {
            Some((e, false))
                if d.agent.is_empty() && !d.target.contains(&e) =>
            {
                d.agent.push(e)
            }
            Some((e, true))
                if d.target.is_empty()
                    && !d.agent.contains(&e)
                    && d.kind != "capture" =>
            {
                d.target.push(e)
            }
            _ => {}
        }
        // "une frappe israélienne", "des frappes russes": the nationality
        // after a nominal trigger names its agent, the state force of that
        // country the story names.
        // "Un drone russe a frappé", "des obus indiens sont tombés": the
        // nationality of the munition that is the verb's subject.
        if d.agent.is_empty() {
            let air = d.kind == "airstrike";
            let found = if matches!(t.pos, Some(Pos::Verb)) {
                munition_demonym_agent(ctx, cands, t.span, air)
            } else {
                demonym_agent(ctx, cands, t.span, air)
            };
            if let Some(e) = found {
                if !d.target.contains(&e) {
                    d.agent.push(e);
                }
            }
        }
        // "Des jihadistes ont frappé un camp", "une kamikaze a frappé un
        // hôpital": "frapper" is a strike from the air only for those who
        // fly; a group on the ground attacks, a suicide bomber bombs.
        // ("Boko Haram frappe une île de pêcheurs": the noun's form with
        // no determiner before it is the verb.)
        let frappe_verb = || {
            matches!(folded_trigger, "frappe" | "frappes")
                && folded_words_before(ctx, t.span.start, 1)
                    .last()
                    .is_some_and(|w| {
                        !w.ends_with('\'')
                            && !matches!(
                                *w,
                                "la" | "une"
                                    | "cette"
                                    | "des"
                                    | "les"
                                    | "de"
                                    | "du"
                                    | "ces"
                                    | "sa"
                                    | "leur"
                                    | "leurs"
                                    | "ses"
                                    | "aux"
                                    | "par"
                                    | "nouvelle"
                                    | "nouvelles"
                                    | "premiere"
                                    | "premieres"
                                    | "derniere"
                                    | "dernieres"
                                    | "chaque"
                                    | "toute"
                                    | "autre"
                                    | "autres"
                                    | "deux"
                                    | "trois"
                                    | "plusieurs"
                                    | "quelques"
                                    | "meme"
                                    | "et"
                                    | "ou"
                            )
                            && !w.bytes().all(|b| b.is_ascii_digit())
                    })
        };
        let near = window(ctx.text, sent, t.span);
        if d.kind == "airstrike"
            && (matches!(t.pos, Some(Pos::Verb)) || frappe_verb())
            && folded_trigger.starts_with("frapp")
            && !d.agent.is_empty()
            && d.agent.iter().all(|&e| {
                matches!(
                    ctx.entities.drafts[e].subkind.as_ref(),
                    "armed_group" | "unidentified_armed_group"
                )
            })
            // (Read in the trigger's window: a run-on text of many such
            // strikes costs no more per strike.)
            && !words_of(folded_of(ctx, near))
                .any(|w| is_aircraft_word(w) || w.starts_with("aerien"))
        {
            let bomber =
                mentions_within(&mentions, near).iter().any(|&(m, e)| {
                    d.agent.contains(&e)
                        && folded_of(ctx, m).starts_with("kamikaze")
                });
            d.kind = if bomber { "bombing" } else { "attack" }.into();
        }
        // "Les policiers ont frappé des manifestants", "des soldats ont
        // frappé le journaliste": people on foot who strike people deal
        // blows, not a strike from the air.
        let on_foot = |e: &usize| {
            let x = &ctx.entities.drafts[*e];
            let c = crate::numbers::fold(&x.canonical);
            x.kind == EntityKind::Actor
                && [
                    "polic",
                    "gendarm",
                    "soldat",
                    "militaire",
                    "homme",
                    "milicien",
                ]
                .iter()
                .any(|p| c.contains(p))
        };
        if d.kind == "airstrike"
            && matches!(t.pos, Some(Pos::Verb))
            && folded_trigger.starts_with("frapp")
            && !d.agent.is_empty()
            && d.agent.iter().all(on_foot)
            && !d.target.is_empty()
            && d.target.iter().all(|&e| {
                let x = &ctx.entities.drafts[e];
                x.kind == EntityKind::Actor
                    && matches!(x.subkind.as_ref(), "civilians" | "person")
            })
            && !words_of(folded_of(ctx, near))
                .any(|w| is_aircraft_word(w) || w.starts_with("aerien"))
        {
            d.kind = "attack".into();
        }
        // "Israël a bombardé Damas", "les bombardements américains sur
        // Sanaa": the states that bomb abroad do it from the air (the
        // evaluation sets code 7 of 8 such triggers so), unless a gun is named.
        if d.kind == "shelling"
            && folded_trigger.starts_with("bombard")
            && !d.agent.is_empty()
            && d.agent.iter().all(|&e| {
                matches!(
                    ctx.entities.drafts[e].country.as_deref(),
                    Some("IL" | "US" | "GB")
                )
            })
            && !sentence_holds(
                ctx,
                sent,
                &[
                    "roquette",
                    "obus",
                    "mortier",
                    "artillerie",
                    "canon",
                    " char",
                ],
            )
        {
            d.kind = "airstrike".into();
        }
        set_attributes(ctx, stems(), t.span, at, &mut d);
        // "L'ONU a exhorté les belligérants à cesser les combats": who
        // calls for the event tells of it; it does not act in it.
        // One who asks for it to be let do it ("demandant l'autorisation
        // de rejoindre") or calls for it with no one addressed ("le Hamas
        // exige un cessez-le-feu") may be its party.
        if d.modality == "demanded" {
            let addressed = |call: usize| {
                words_of(folded_of(ctx, Span::new(call, t.span.start)))
                    .skip(1)
                    .any(|w| {
                        !matches!(
                            w,
                            "a" | "de"
                                | "d'"
                                | "l'"
                                | "un"
                                | "une"
                                | "le"
                                | "la"
                                | "les"
                                | "des"
                                | "du"
                                | "au"
                                | "aux"
                                | "que"
                                | "qu'"
                                | "l'autorisation"
                                | "autorisation"
                                | "permission"
                                | "la permission"
                        )
                    })
            };
            let call = call_word_before(ctx, sent, t.span);
            // "L'Algérie a appelé mercredi Bamako et les rebelles à
            // reprendre le dialogue": the subject of the call, however
            // far the event's own subject search reached.
            let asks_leave = |call: usize| {
                words_of(folded_of(ctx, Span::new(call, t.span.start))).any(
                    |w| {
                        matches!(
                            w,
                            "l'autorisation" | "autorisation" | "permission"
                        )
                    },
                )
            };
            // "Le Hamas exige un cessez-le-feu": a party that asks for a
            // truce or talks with no one addressed is one of its sides.
            let own_side = |c: usize| {
                !addressed(c)
                    && matches!(
                        d.kind.as_str(),
                        "ceasefire" | "negotiation" | "agreement"
                    )
            };
            if let Some(call) =
                call.filter(|&c| !asks_leave(c) && !own_side(c))
            {
                let caller = args
                    .iter()
                    .rev()
                    .find(|a| {
                        a.kind == EntityKind::Actor && a.span.end <= call
                    })
                    .filter(|a| {
                        // "ont défilé à Niamey pour exiger le départ des
                        // troupes": the subject of a purpose clause's main
                        // verb calls.
                        let purpose = folded_words_before(ctx, call, 1)
                            .last()
                            .is_some_and(|w| *w == "pour");
                        let reach = if purpose { 10 } else { 4 };
                        word_gap(ctx, a.span.end, call) <= reach
                            && !has_clause_break(&ctx.text[a.span.end..call])
                            && !is_complement_prep(prep_before(
                                ctx,
                                a.span.start,
                            ))
                    });
                let caller = caller
                    .map(|a| a.entity)
                    .or_else(|| clause_subject_before(ctx, args, sent, call));
                if let Some(a) = caller {
                    if !d.target.contains(&a) {
                        d.agent.retain(|&e| e != a);
                        push_unique(&mut d.source, a);
                    }
                }
            }
            if let Some(call) = call.filter(|&c| addressed(c)) {
                move_mentioned_before(args, call, &mut d.agent, &mut d.source);
                // "l'appel du chef de l'État, Paul Biya, aux égarés à
                // déposer les armes": the one whose call it is tells of it.
                let of_call: Vec<usize> = d
                    .agent
                    .iter()
                    .copied()
                    .filter(|&e| {
                        args.iter().any(|a| {
                            a.entity == e
                                && a.span.start > call
                                && a.span.end <= t.span.start
                                && word_gap(ctx, call, a.span.start) <= 3
                                && matches!(
                                    prep_before(ctx, a.span.start),
                                    "de" | "du" | "des" | "d'"
                                )
                        })
                    })
                    .collect();
                for e in of_call {
                    d.agent.retain(|&x| x != e);
                    push_unique(&mut d.source, e);
                }
                // "a ordonné à l'armée de déloger l'ennemi", "appelé les
                // belligérants à cesser les combats": those called on do
                // it, when the event is the verb they are called to.
                if matches!(t.pos, Some(Pos::Verb)) && d.agent.is_empty() {
                    let called: Vec<usize> = args
                        .iter()
                        .filter(|a| {
                            a.kind == EntityKind::Actor
                                && a.span.start > call
                                && a.span.end <= t.span.start
                                && (!has_clause_break(
                                    &ctx.text[call..a.span.start],
                                ) || matches!(
                                    prep_before(ctx, a.span.start),
                                    "a" | "au" | "aux"
                                ) && word_gap(
                                    ctx,
                                    call,
                                    a.span.start,
                                ) <= 12)
                                && {
                                    let p = prep_before(ctx, a.span.start);
                                    p == "a" || !is_complement_prep(p)
                                }
                                && !d.target.contains(&a.entity)
                                && !d.source.contains(&a.entity)
                        })
                        .map(|a| a.entity)
                        .collect();
                    for e in called {
                        push_unique(&mut d.agent, e);
                    }
                }
            } else if let Some(call) = call {
                // "L'Union africaine a appelé à un cessez-le-feu": an
                // international organisation calls for what others do.
                let mut outsiders: Vec<usize> = d
                    .agent
                    .iter()
                    .copied()
                    .filter(|&e| {
                        // And a person who calls ("António Guterres a
                        // appelé à un cessez-le-feu") tells of it.
                        matches!(
                            ctx.entities.drafts[e].subkind.as_ref(),
                            "intl_org" | "person"
                        )
                    })
                    .collect();
                move_mentioned_before(
                    args,
                    call,
                    &mut outsiders,
                    &mut d.source,
                );
                d.agent.retain(|e| {
                    !matches!(
                        ctx.entities.drafts[*e].subkind.as_ref(),
                        "intl_org" | "person"
                    ) || outsiders.contains(e)
                });
            }
        }
        // "contraignant des centaines de familles à fuir vers
        // Pétion-Ville": who is forced to flee flees, displaced.
        if matches!(d.kind.as_str(), "displacement" | "withdrawal")
            && matches!(t.pos, Some(Pos::Verb))
        {
            let back = folded_words_before(ctx, t.span.start, 8);
            let forced = back.last() == Some(&"a")
                && back.iter().any(|w| {
                    ["contraign", "contraint", "forc", "pouss", "oblig"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            let fleeing = forced
                .then(|| {
                    args.iter().rev().find(|a| {
                        a.kind == EntityKind::Actor
                            && a.span.end <= t.span.start
                            && t.span.start - a.span.end <= 8
                            && ctx.entities.drafts[a.entity].subkind
                                == "civilians"
                    })
                })
                .flatten();
            if let Some(a) = fleeing {
                d.agent = vec![a.entity];
                d.kind = "displacement".into();
            }
        }
        retype_by_doer(ctx, &mut d, folded_trigger);
        drafts.push(d);
    }

    raids_from_the_air(ctx, &mut drafts);
    strike_kind_of_aim(ctx, &mut drafts);
    riposte_into_fighting(ctx, &mut drafts);
    people_inside_trigger(ctx, &mentions, &mut drafts);
    protesters_town(ctx, &mentions, &mut drafts);
    // "signé un accord de cessez-le-feu": the signing is the ceasefire.
    let mut cease: Vec<Span> = drafts
        .iter()
        .filter(|d| d.kind == "ceasefire")
        .map(|d| d.triggers[0])
        .collect();
    cease.sort_unstable();
    for d in drafts.iter_mut().filter(|d| d.kind == "agreement") {
        let t = d.triggers[0];
        // The nearest ceasefire after the signing is the one to test.
        let next = cease.get(cease.partition_point(|c| c.start < t.end));
        if next.is_some_and(|c| word_gap(ctx, t.end, c.start) <= 3)
            || truce_told_back(ctx, &cease, t)
        {
            d.kind = "ceasefire".into();
        }
    }
    // Killing triggers of the "tuer/mort" kind next to another violent
    // event in the sentence give their count to it instead. Counted per
    // sentence once: a run-on "sentence" may hold thousands of triggers.
    let mut violent_in: HashMap<usize, Vec<usize>, WordHash> =
        HashMap::default();
    // Per sentence, whether one of those others is told as only
    // reported, and whether one is denied.
    let mut told_in: HashMap<usize, (bool, bool), WordHash> =
        HashMap::default();
    // (Bursting in is no violent event of its own: "ont fait irruption à
    // Masala, où ils ont tué 29 personnes" tells a killing.)
    for (j, o) in drafts.iter().enumerate() {
        if o.kind != "killing"
            && VIOLENT_KINDS.contains(&o.kind.as_str())
            && !only_bursting_in(ctx, o)
        {
            violent_in.entry(o.sentence).or_default().push(j);
            let told = told_in.entry(o.sentence).or_default();
            told.0 |= o.modality == "hypothetical";
            told.1 |= o.negated;
        }
    }
    let keep: Vec<bool> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if d.kind == "capture"
                && resumes_other_event(ctx, &mentions, &drafts, i)
            {
                return false;
            }
            if d.kind != "killing" {
                return true;
            }
            let form =
                &ctx.folded.text[ctx.folded.from_original(d.triggers[0].start)
                    ..ctx.folded.from_original(d.triggers[0].end)];
            let plain = form.starts_with("tu")
                || form.starts_with("mort")
                || form.starts_with("peri")
                || form.starts_with("abat")
                // "ont trouvé la mort", "ont succombé", "ont perdu la vie".
                || form.starts_with("trouv")
                || form.starts_with("succomb")
                || form.starts_with("perdu la vie")
                || form.starts_with("perdent la vie")
                || form.starts_with("decede");
            // `d` is a killing, so it is none of the sentence's others.
            let Some(others) = violent_in.get(&d.sentence) else {
                return true;
            };
            // The others told nearest, 32 drafts on either side at most (a
            // run-on text with no sentence end may hold thousands, each
            // killing asking of them all).
            let others = {
                let lo = others.partition_point(|&j| j + 32 < i);
                let hi = others.partition_point(|&j| j <= i + 32);
                &others[lo..hi.max(lo)]
            };
            // "28 membres de gangs ont été tués par la police, après une
            // attaque de la coalition Viv Ansanm": a killing whose agent
            // is no agent of the sentence's other violent events, each of
            // which names its own, is an event of its own.
            let own_agent = !d.agent.is_empty()
                && others.iter().all(|&j| {
                    !drafts[j].agent.is_empty()
                        && drafts[j].agent.iter().all(|e| !d.agent.contains(e))
                });
            // "Un commandant de l'Iswap aurait été tué lors des échanges
            // de tirs": a death only reported beside a fight told as sure
            // is told apart from it.
            // (Not "aurait tué sept civils", nor "aurait été tué dimanche
            // par une frappe": the strike's own toll.)
            let t = d.triggers[0];
            let passive = folded_words_before(ctx, t.start, 1)
                .last()
                .is_some_and(|w| *w == "ete");
            let next = &ctx.text[t.end..];
            let after = folded_words_after(ctx, t.end, 2);
            let during = next.starts_with([',', '.', ';'])
                || match &after[..] {
                    ["au", "cours", ..] => true,
                    [w, ..] => {
                        matches!(*w, "lors" | "pendant" | "durant" | "dans")
                    }
                    [] => false,
                };
            let (others_reported, others_denied) =
                told_in.get(&d.sentence).copied().unwrap_or_default();
            let reported = d.modality == "hypothetical"
                && passive
                && during
                && !others_reported;
            // "dément avoir tué des civils lors des frappes": a denied
            // death is no toll of the strikes owned up to.
            let denied = d.negated
                && matches!(d.pos, Some(Pos::Verb))
                && !others_denied;
            // "830 civils ont été tués dans la région côtière, où les
            // forces de sécurité affrontent des combattants", "depuis le 8
            // octobre 2023, date à laquelle le Hezbollah a ouvert un
            // front": the fight told in a clause on the place or the day
            // frames the deaths; the deaths are the event.
            let framed = others.iter().all(|&j| {
                let o = drafts[j].triggers[0];
                o.start > t.end && o.start - t.end <= 400 && {
                    let between = &ctx.text[t.end..o.start];
                    [", où ", ", date à laquelle ", ", jour où "]
                        .iter()
                        .any(|w| between.contains(w))
                }
            });
            // "a revendiqué l'attaque, affirmant avoir tué « huit
            // chrétiens »": deaths the doer claims are a claim of their
            // own, beside the attack told.
            let claimed = claimed_deaths(ctx, d);
            // "des frappes de drone avaient « neutralisé plusieurs dizaines
            // de terroristes »", "ces frappes ont permis de neutraliser une
            // quinzaine de terroristes": the blow told as the subject did
            // the killing; its toll, no event of its own.
            let by_the_blow = !plain
                && form.starts_with("neutralis")
                && others.iter().any(|&j| {
                    // (What a riposte or an operation "a permis de" do
                    // is a deed of its own.)
                    let o = drafts[j].triggers[0];
                    matches!(
                        drafts[j].kind.as_str(),
                        "airstrike" | "shelling" | "bombing"
                    ) && o.end <= t.start
                        && t.start - o.end <= 120
                        && {
                            let w = folded_words(folded_of(
                                ctx,
                                Span::new(o.end, t.start),
                            ));
                            !w.iter().any(|x| {
                                matches!(
                                    *x,
                                    "et" | "qui"
                                        | "que"
                                        | "qu'"
                                        | "puis"
                                        | "mais"
                                )
                            }) && matches!(
                                &w[..],
                                [.., "permis", "de" | "d'"]
                                    | [.., "ont" | "avaient" | "auraient"]
                            )
                        }
                });
            (!plain && !by_the_blow)
                || own_agent
                || reported
                || denied
                || framed
                || claimed
        })
        .collect();
    // … and their victims: "une frappe israélienne a tué trois
    // combattants" hit them (to the nearest violent event that names no
    // target).
    // The kept violent events of each sentence that name no target yet,
    // by (trigger start, index): the nearest is found by a look-up, not
    // a scan of the document's events.
    let mut open: HashMap<usize, BTreeSet<(usize, usize)>, WordHash> =
        HashMap::default();
    // A place hit ("une frappe sur le marché de Myebon") leaves the
    // people hit to be named.
    let ents = &ctx.entities.drafts;
    let names_victims = |d: &EventDraft| {
        d.target.iter().any(|&e| ents[e].kind == EntityKind::Actor)
    };
    for (j, o) in drafts.iter().enumerate() {
        if keep[j]
            && VIOLENT_KINDS.contains(&o.kind.as_str())
            && !names_victims(o)
        {
            open.entry(o.sentence)
                .or_default()
                .insert((o.triggers[0].start, j));
        }
    }
    for i in 0..drafts.len() {
        if keep[i] || drafts[i].target.is_empty() {
            continue;
        }
        let at = drafts[i].triggers[0].start;
        let Some(set) = open.get_mut(&drafts[i].sentence) else { continue };
        let nearest = nearest_open(set, at);
        if let Some((start, j)) = nearest {
            let victims = drafts[i].target.clone();
            for e in victims {
                if !drafts[j].agent.contains(&e) {
                    push_unique(&mut drafts[j].target, e);
                }
            }
            if names_victims(&drafts[j]) {
                set.remove(&(start, j));
            }
        }
    }
    let mut drafts = kept(drafts, keep);

    // "quatre blessés, évacués et pris en charge", "évacués vers
    // l'hôpital": the wounded taken to care, no withdrawal (and no event
    // the gold sets code: 0 of 11 "blessés évacués vers …"). Dropped
    // below; "évacuation sanitaire" stays aid.
    let mut trigger_starts: Vec<usize> =
        drafts.iter().map(|d| d.triggers[0].start).collect();
    trigger_starts.sort_unstable();
    let mut dropped = vec![false; drafts.len()];
    // "… ont bloqué le pont pour protester": the purpose is the block's
    // (one protest of two words), no protest of its own to come.
    let mut block: Option<usize> = None;
    for i in 0..drafts.len() {
        if drafts[i].kind != "protest" {
            continue;
        }
        let t = drafts[i].triggers[0];
        if folded_of(ctx, t).starts_with("bloqu") {
            block = Some(i);
        } else if let Some(j) = block.filter(|&j| {
            let b = drafts[j].triggers[0].end;
            b <= t.start
                && t.start - b <= 120
                && folded_words_before(ctx, t.start, 1).last() == Some(&"pour")
        }) {
            let moved = drafts[i].triggers.clone();
            drafts[j].triggers.extend(moved);
            dropped[i] = true;
        }
    }
    for (d, drop) in drafts.iter_mut().zip(dropped.iter_mut()) {
        if *drop {
            continue;
        }
        let t = d.triggers[0];
        // "ont neutralisé une trentaine de terroristes lors de frappes
        // aériennes": the toll of the event named after it (8 of 10 such
        // phrases in the gold sets give no killing of its own).
        if d.kind == "killing" && folded_of(ctx, t).starts_with("neutralis") {
            let to = stretch_after(ctx.text, t.end, 90);
            let clause = ctx.text[t.end..to].split(['.', ';']).next();
            let during = clause.and_then(|c| {
                c.find(" lors d").or_else(|| c.find(" au cours d"))
            });
            // ("lors d'une patrouille": no event, the killing stays.)
            // ("au cours de la période, et onze autres ont déposé les
            // armes": the event must be what the phrase names, before its
            // comma.)
            if let Some(k) = during {
                let from = t.end + k;
                let end = t.end + clause.map_or(0, str::len);
                let end = ctx.text[from..end]
                    .find(',')
                    .map_or(end, |c| from + c)
                    .min(from + 48);
                let next = trigger_starts.partition_point(|&s| s <= from);
                if trigger_starts.get(next).is_some_and(|&s| s < end) {
                    *drop = true;
                    continue;
                }
            }
        }
        // "la base opérationnelle avancée de Gwoza", "un poste avancé": a
        // forward base, no advance.
        if folded_of(ctx, t).starts_with("avance")
            && folded_words_before(ctx, t.start, 1).last().is_some_and(|w| {
                matches!(*w, "operationnelle" | "base" | "poste" | "position")
            })
        {
            *drop = true;
            continue;
        }
        // "le siège du gouvernorat", "le siège de leur gouvernement
        // parallèle": a seat, not a siege.
        if d.kind == "siege" && folded_of(ctx, t) == "siege" {
            let after = folded_words_after(ctx, t.end, 4);
            let seat = matches!(after[..], ["du" | "de" | "des", ..])
                && after.iter().skip(1).take(3).any(|w| {
                    let w = w.strip_prefix("l'").unwrap_or(w);
                    matches!(
                        w,
                        "gouvernorat"
                            | "gouvernement"
                            | "parti"
                            | "mairie"
                            | "municipalite"
                            | "prefecture"
                            | "ministere"
                            | "organisation"
                            | "mission"
                            | "police"
                            | "assemblee"
                            | "parlement"
                            | "conseil"
                            | "administration"
                            | "onu"
                            | "ong"
                            | "institutions"
                            | "entreprise"
                            | "societe"
                            | "banque"
                            | "radio"
                            | "television"
                            | "journal"
                            | "commission"
                            | "union"
                    )
                });
            // "tenté de prendre d'assaut le siège", "devant le siège", "ont
            // envahi le siège": the building stormed or stood before.
            let before = folded_words_before(ctx, t.start, 2);
            let building = matches!(
                before[..],
                [w, "le" | "au"]
                    if w == "d'assaut"
                        || w == "assaut"
                        || w == "devant"
                        || w == "vers"
                        || w.starts_with("envahi")
                        || w.starts_with("incendi")
                        || w.starts_with("saccag")
                        || w.starts_with("pill")
                        || w.starts_with("attaqu")
            );
            // "un ancien siège occupé par l'armée": a building.
            let aged = before
                .last()
                .is_some_and(|w| matches!(*w, "ancien" | "nouveau"));
            if seat || building || aged {
                *drop = true;
                continue;
            }
        }
        // "un convoi … doit quitter Kaya mercredi", "sans quitter son
        // téléphone des yeux", "un convoi du PAM a pu rejoindre Fataki": no
        // force withdraws.
        if matches!(d.kind.as_str(), "withdrawal" | "displacement")
            && (folded_of(ctx, t).starts_with("quitt")
                || folded_of(ctx, t).starts_with("rejoin"))
        {
            let before = folded_words_before(ctx, t.start, 1);
            let from = stretch_before(ctx.text, t.start, 100, 0);
            let lead = folded_of(ctx, Span::new(from, t.start));
            let lead = lead.rsplit(['.', ';', ':']).next().unwrap_or(lead);
            if before.last() == Some(&"sans") || lead.contains("convoi") {
                *drop = true;
                continue;
            }
        }
        // "l'attaque d'un convoi de ravitaillement", "un convoi du PAM a
        // été pillé": a convoy struck is the attack's target, no aid told
        // (the gold sets code 1 of 5 such convoys).
        if d.kind == "humanitarian" && folded_of(ctx, t).starts_with("convoi")
        {
            let before = folded_words_before(ctx, t.start, 5);
            let struck_before = before.iter().any(|w| {
                w.starts_with("attaqu")
                    || matches!(*w, "contre" | "embuscade" | "l'attaque")
            });
            let tail = folded_words_after(ctx, t.end, 10);
            let struck_after = tail.windows(2).any(|p| {
                p[0] == "ete"
                    && (p[1].starts_with("pill")
                        || p[1].starts_with("attaqu")
                        || p[1] == "la")
            });
            if struck_before || struck_after {
                *drop = true;
                continue;
            }
        }
        // "Un jeune homme qui tentait de s'enfuir a été abattu", "tués en
        // tentant de fuir": one trying to get away during the attack, no
        // flight from home.
        if d.kind == "displacement" && d.triggers.len() == 1 {
            let before = folded_words_before(ctx, t.start, 3);
            let tried = matches!(
                before[..],
                [
                    ..,
                    "qui" | "en",
                    "tentait"
                        | "tentaient"
                        | "tentant"
                        | "essayait"
                        | "essayaient"
                        | "essayant",
                    "de" | "d'"
                ]
            );
            if tried {
                *drop = true;
                continue;
            }
        }
        // "l'afflux de blessés à Butembo", "les blessés affluent": the
        // wounded brought to hospital, no one displaced.
        if d.kind == "displacement" && folded_of(ctx, t).starts_with("afflu") {
            let near = folded_words_before(ctx, t.start, 2)
                .iter()
                .chain(folded_words_after(ctx, t.end, 2).iter())
                .any(|w| w.starts_with("blesse"));
            if near {
                *drop = true;
                continue;
            }
        }
        // "Au moins quatorze déplacés, dont cinq enfants, ont été tués",
        // "14 déplacés tués": people named by what befell them before,
        // killed now; no one flees in that clause.
        if d.kind == "displacement"
            && d.triggers.len() == 1
            && matches!(folded_of(ctx, t), "deplaces" | "deplacees")
        {
            let after = folded_words_after(ctx, t.end, 8);
            let clause_end = after
                .iter()
                .position(|w| w.ends_with(['.', ';']))
                .map_or(after.len(), |k| k + 1);
            let killed =
                after[..clause_end].iter().enumerate().any(|(k, w)| {
                    matches!(*w, "tues" | "tuees" | "massacres" | "massacrees")
                        && after[..k].iter().all(|x| {
                            !matches!(*x, "qui" | "et" | "mais" | "ou")
                        })
                });
            if killed {
                *drop = true;
                continue;
            }
            // "une aide médicale d'urgence aux déplacés", "des kits à 1 300
            // familles déplacées", "les déplacés interrogés": people who
            // fled earlier, given aid or heard now; no flight told there.
            let before = folded_words_before(ctx, t.start, 6);
            let served = before.last() == Some(&"aux")
                || before.iter().any(|w| {
                    ["distribu", "kit", "repas", "vivres", "assist", "soin"]
                        .iter()
                        .any(|p| w.starts_with(p))
                })
                || after.first().is_some_and(|w| {
                    matches!(*w, "interroges" | "interrogees" | "rencontres")
                });
            if served {
                *drop = true;
                continue;
            }
            // "ont attaqué des déplacés sur la route", "tuant au moins huit
            // déplacés", "ont intercepté le groupe de déplacés": people
            // who fled before, struck now.
            let k = before.len();
            let struck = before.iter().rev().take(4).any(|w| {
                ["attaqu", "tuant", "tue", "vis", "cibl", "intercept", "enlev"]
                    .iter()
                    .any(|p| w.starts_with(p))
            }) || k >= 2
                && before[k - 2] == "groupe"
                && matches!(before[k - 1], "de" | "d'");
            if struck {
                *drop = true;
                continue;
            }
        }
        // "lors d'un déplacement à Gitega": a trip, not a flight.
        if d.kind == "displacement"
            && d.triggers.len() == 1
            && folded_of(ctx, t) == "deplacement"
        {
            let before = folded_words_before(ctx, t.start, 2);
            let after = folded_words_after(ctx, t.end, 1);
            let trip = matches!(
                before[..],
                [.., "lors", "d'un"] | [.., "en"] | [.., "son" | "sa"]
            ) && matches!(
                after.first(),
                Some(&("a" | "en" | "au" | "aux"))
            );
            if trip {
                *drop = true;
                continue;
            }
        }
        if d.kind == "withdrawal" && folded_of(ctx, t).starts_with("evacu") {
            *drop = medical_evacuation(ctx, t);
        }
    }
    let mut drafts = kept(drafts, dropped.into_iter().map(|m| !m));
    let armed = |e: &usize| is_armed(&ctx.entities.drafts[*e].subkind);
    // Burning and looting by an armed group is part of its attack, not a
    // riot: no trigger of its own next to an attack, a clash, a killing or
    // an abduction told in its sentence or the two before ("ont attaqué
    // le village et incendié des maisons", "Les assaillants ont incendié
    // une soixantaine d'abris"; the gold sets code 1 of 23 such words),
    // else the attack itself.
    let mut violent_sentences: Vec<usize> = drafts
        .iter()
        .filter(|d| {
            matches!(
                d.kind.as_str(),
                "attack" | "armed_clash" | "killing" | "abduction" | "bombing"
            )
        })
        .map(|d| d.sentence)
        .collect();
    violent_sentences.sort_unstable();
    let mut burnt = vec![false; drafts.len()];
    for (d, drop) in drafts.iter_mut().zip(burnt.iter_mut()) {
        if d.kind != "riot" {
            continue;
        }
        let burning = burns_or_loots(ctx, d.triggers[0]);
        let by_armed = d.agent.iter().any(armed);
        // A violent event's sentence from `back` sentences before to this
        // one.
        let told =
            |back: usize| in_sentences(&violent_sentences, d.sentence, back);
        // Looting stays a riot whoever loots and whatever violence is
        // told beside it (the gold sets mark all 34 "pillé", "pillage"
        // so).
        let loots = folded_of(ctx, d.triggers[0]).starts_with("pill");
        if loots {
            continue;
        }
        if burning && (by_armed && told(2) || d.agent.is_empty() && told(0)) {
            *drop = true;
        } else if by_armed {
            d.kind = "attack".into();
        }
    }
    let mut drafts = kept(drafts, burnt.into_iter().map(|b| !b));
    street_clashes(ctx, &mut drafts, &args_by_sentence);
    // "le régime perd le contrôle d'Alep", "La junte dément avoir perdu
    // Myawaddy": who loses a place is who it is taken from.
    for d in &mut drafts {
        if d.kind == "capture"
            && folded_of(ctx, d.triggers[0]).starts_with("perd")
        {
            let losers = std::mem::take(&mut d.agent);
            for e in losers {
                push_unique(&mut d.target, e);
            }
        }
    }
    // "La police a dispersé un rassemblement": forces of order are who
    // a protest meets, not who protests.
    for d in &mut drafts {
        if d.kind == "protest" {
            let forces: Vec<usize> = d
                .agent
                .iter()
                .copied()
                .filter(|&e| ctx.entities.drafts[e].subkind == "state_force")
                .collect();
            if !forces.is_empty() {
                d.agent.retain(|e| !forces.contains(e));
                for e in forces {
                    push_unique(&mut d.target, e);
                }
            }
        }
    }
    // "appelé les habitants à évacuer": civilians who evacuate are
    // displaced.
    for d in &mut drafts {
        if d.kind == "withdrawal"
            && !d.agent.is_empty()
            && d.agent
                .iter()
                .all(|&e| ctx.entities.drafts[e].subkind == "civilians")
            && folded_of(ctx, d.triggers[0]).starts_with("evacu")
        {
            d.kind = "displacement".into();
        }
    }
    // Armed men who move are no displaced people: fleeing fighters
    // withdraw ("les assaillants, en fuite"), others redeploy ("se sont
    // déplacés les djihadistes de Mossoul").
    for d in &mut drafts {
        if d.kind == "displacement"
            && !d.agent.is_empty()
            && d.agent.iter().all(armed)
        {
            let w = folded_of(ctx, d.triggers[0]);
            // "l'armée a ordonné l'évacuation des habitants": civilians
            // move at the force's order; it stays their displacement.
            if w.starts_with("evacu") {
                continue;
            }
            let fled = ["fui", "fuy", "fuite", "s'enfui", "enfui", "s'enfu"]
                .iter()
                .any(|p| w.starts_with(p));
            d.kind = if fled { "withdrawal" } else { "deployment" }.into();
        }
    }
    // Casualties: to the violent events of the sentence, and to a riot
    // ("un jeune homme a été tué lors d'affrontements avec les
    // gendarmes").
    let deadly = |kind: &str| VIOLENT_KINDS.contains(&kind) || kind == "riot";
    for d in &mut drafts {
        if deadly(&d.kind) {
            let (k, i, _) = casualties[d.sentence];
            d.killed = d.killed.or(k);
            d.injured = d.injured.or(i);
        }
    }
    // "trois (03) militaires tombés … ; vingt-deux (22) terroristes
    // neutralisés": a killing told right after the people it counts is
    // of that many, whatever else the sentence counts.
    for d in &mut drafts {
        if d.kind != "killing" {
            continue;
        }
        let t = d.triggers[0];
        // "la perte de neuf (09) soldats": the people counted after it.
        let loss = ctx.text[t]
            .get(..5)
            .is_some_and(|h| h.eq_ignore_ascii_case("perte"));
        // A target's mention right before the trigger, or right after
        // "perte de": looked up among the sorted mentions (a target named
        // thousands of times is not scanned per killing).
        let i = mentions.partition_point(|(m, _)| m.start < t.start);
        let before = mentions[..i].iter().rev().take(3).find(|(m, e)| {
            d.target.contains(e)
                && m.end <= t.start
                && t.start - m.end <= 4
                && ctx.text[m.end..t.start].trim().is_empty()
        });
        let after = || {
            let j = mentions.partition_point(|(m, _)| m.start < t.end);
            mentions[j..].iter().take(3).find(|(m, e)| {
                d.target.contains(e)
                    && m.start - t.end <= 5
                    && matches!(
                        ctx.text[t.end..m.start].trim(),
                        "de" | "d'" | "d’"
                    )
            })
        };
        let counted = before
            .or_else(|| if loss { after() } else { None })
            .map(|&(m, e)| (m, e));
        if let Some((m, e)) = counted {
            // The dead of the other side, counted elsewhere in the
            // sentence, are not these.
            let ents = &ctx.entities.drafts;
            if let Some(own) = side(&ents[e].subkind).filter(|&s| s != 2) {
                d.target.retain(|&x| {
                    side(&ents[x].subkind).map_or(true, |s| s == own || s == 2)
                });
            }
            let counts = crate::numbers::find_counts(&ctx.text[m]);
            if let Some(c) = counts.first().filter(|c| c.span.start == 0) {
                d.killed = Some(c.count.value);
            }
        }
    }
    // Deaths-only sentences: a killing event on the casualty word.
    // The sentences that tell a violent event already, found once.
    let mut violent_in = vec![false; casualties.len()];
    for d in &drafts {
        if deadly(&d.kind) {
            if let Some(v) = violent_in.get_mut(d.sentence) {
                *v = true;
            }
        }
    }
    for (si, (k, _, span)) in casualties.iter().enumerate() {
        let (Some(k), Some(span)) = (k, span) else { continue };
        if ctx.skip.is_some_and(|s| s.overlaps(*span)) {
            continue;
        }
        if violent_in[si] {
            continue;
        }
        // The casualty word itself is the trigger.
        let sent = window(ctx.text, ctx.sentences[si], *span);
        let f_start = ctx.folded.from_original(span.end);
        let f_end = ctx.folded.from_original(sent.end);
        let window = &ctx.folded.text[f_start..f_end.max(f_start)];
        let mut trig = None;
        let mut off = 0;
        for w in words_of(window) {
            let pos = window[off..].find(w).map(|p| p + off);
            if let Some(p) = pos {
                off = p + w.len();
                if DEATH_VERBS.contains(&w) {
                    trig = Some(ctx.folded.to_original(Span::new(
                        f_start + p,
                        f_start + p + w.len(),
                    )));
                    break;
                }
            }
        }
        let Some(tspan) = trig else { continue };
        let args: Vec<Arg> = args_by_sentence[si]
            .iter()
            .filter(|a| sent.contains(a.span))
            .copied()
            .collect();
        let args = &args;
        // (Not a toll of floods or a road accident.)
        if natural_toll(ctx, ctx.sentences[si], args) {
            continue;
        }
        let mut d =
            EventDraft::new("killing".into(), tspan, Some(Pos::Verb), si);
        d.killed = Some(*k);
        d.injured = casualties[si].1;
        let markers = if args.iter().any(|a| a.kind == EntityKind::Actor) {
            saying_markers(ctx, ctx.sentences[si])
        } else {
            Vec::new()
        };
        let at = FoldedAt::new(ctx, sent, tspan);
        assign_arguments(
            ctx,
            &preps,
            marks(),
            tspan,
            Some(Pos::Verb),
            sent,
            at,
            args,
            &markers,
            &mut d,
        );
        set_attributes(ctx, stems(), tspan, at, &mut d);
        drafts.push(d);
    }
    // A communiqué speaks for the institution in its letterhead: the
    // source of what it reports, unless a sentence names another.
    // The minister who speaks for it ("Le Ministre … porte à la
    // connaissance") tells as well.
    let mut speaker = None;
    let issuer = communique_issuer(ctx, &mentions, &mut speaker);
    // "RÉPONSE DU FRONT DE LIBÉRATION DE L'AZAWAD": a reply printed after
    // it speaks for the one who replies.
    let reply = reply_issuer(ctx, &mentions);
    if issuer.is_some() || reply.is_some() {
        for d in &mut drafts {
            let by = match reply {
                Some((at, e)) if d.triggers[0].start >= at => Some(e),
                _ => issuer,
            };
            if let Some(by) = by {
                // "Toute nouvelle attaque fera l'objet d'une riposte
                // vigoureuse": a warning with no one named is the
                // issuer's own.
                if d.kind == "threat" && d.agent.is_empty() {
                    d.agent.push(by);
                }
                if d.source.is_empty() && !d.agent.contains(&by) {
                    d.source.push(by);
                    if let Some(p) = speaker.filter(|_| Some(by) == issuer) {
                        push_unique(&mut d.source, p);
                    }
                }
            }
        }
    }
    // A communiqué reproduced inside an article, down to its "Fait à …"
    // signature: its issuer and signatory tell what it reports.
    if issuer.is_none() {
        for (body, by) in embedded_communiques(ctx, &mentions) {
            for d in &mut drafts {
                let t = d.triggers[0];
                if body.contains(t) && d.source.is_empty() {
                    for &e in &by {
                        if !d.agent.contains(&e) {
                            push_unique(&mut d.source, e);
                        }
                    }
                }
            }
        }
    }
    // "Les violences ont fait 6.000 morts et un million de déplacés": the
    // displaced told beside a toll fled; they are not its dead.
    let mut fled: Vec<(usize, usize)> = drafts
        .iter()
        .filter(|d| d.kind == "displacement")
        .flat_map(|d| d.agent.iter().map(move |&a| (d.sentence, a)))
        .collect();
    if !fled.is_empty() {
        fled.sort_unstable();
        for d in drafts.iter_mut().filter(|d| d.kind == "killing") {
            let s = d.sentence;
            d.target.retain(|&e| fled.binary_search(&(s, e)).is_err());
        }
    }
    // A statement reproduced between quotes over several paragraphs
    // ("« Ouagadougou, le 13 mai – Le convoi … est arrivé à Djibo,
    // annonce l'état-major général des armées. / … »"): the one its first
    // sentence names as speaking tells all it reports.
    for (quote, by) in quoted_statements(ctx, &mentions) {
        for d in &mut drafts {
            let t = d.triggers[0];
            if quote.contains(t)
                && d.source.is_empty()
                && !d.agent.contains(&by)
            {
                d.source.push(by);
            }
        }
    }
    // An interview: the one who answers tells what the answers report.
    if issuer.is_none() {
        if let Some((speaker, from)) = interview_speaker(ctx, &mentions) {
            for d in &mut drafts {
                if d.triggers[0].start >= from
                    && d.source.is_empty()
                    && !d.agent.contains(&speaker)
                {
                    d.source.push(speaker);
                }
            }
        }
    }
    // "L'armée a affirmé avoir visé des terroristes. Elle dément avoir
    // lancé une incursion": a pronoun that opens a sentence and speaks
    // stands for the subject of the sentence before.
    // Read once a sentence.
    let mut said_by: Vec<Option<Option<(usize, usize)>>> =
        vec![None; ctx.sentences.len()];
    for d in &mut drafts {
        if !d.source.is_empty() {
            continue;
        }
        let si = d.sentence;
        let found = match said_by.get(si) {
            Some(Some(f)) => *f,
            _ => {
                let f = pronoun_speaker(ctx, &mentions, si);
                if let Some(slot) = said_by.get_mut(si) {
                    *slot = Some(f);
                }
                f
            }
        };
        if let Some((verb_end, by)) = found {
            if d.triggers[0].start >= verb_end
                && !d.agent.contains(&by)
                && !d.target.contains(&by)
            {
                d.source.push(by);
            }
        }
    }
    drafts.sort_by_key(|d| d.triggers[0]);
    // "ont tué 800 personnes lors de leur prise d'Ardamata": people
    // counted nearby never take a town, besiege or strike.
    // A nation named by its people ("les Russes ont attaqué") is its
    // forces in war reporting.
    let nation = |e: usize| {
        let d = &ctx.entities.drafts[e];
        d.country.is_some()
            && d.mentions.iter().all(|m| {
                let t = &ctx.text[*m];
                t.starts_with(char::is_uppercase) && !t.contains(' ')
            })
    };
    let civil = |e: &usize| ctx.entities.drafts[*e].subkind == "civilians";
    for d in &mut drafts {
        // "des affrontements entre éleveurs et agriculteurs": a clash
        // whose sides are both groups of people is fought by them.
        let communal = d.kind == "armed_clash"
            && d.agent.iter().filter(|e| civil(e)).count() >= 2;
        if ARMED_AGENT_KINDS.contains(&d.kind.as_str()) && !communal {
            d.agent.retain(|&e| !civil(&e) || nation(e));
        }
    }
    coordinated_actors(ctx, &mentions, &mut drafts);
    defence_ministry_forces(ctx, &mut drafts);
    instrument_agents(ctx, cands, &mentions, &mut drafts);
    resolve_pronoun_speakers(ctx, &mentions, &mut drafts);
    accused_agents(ctx, &mentions, &mut drafts);
    suspected_doers(ctx, &mentions, &mut drafts);
    hours_of_fighting_only(ctx, &mut drafts);
    bare_events_follow(ctx, &mut drafts);
    inherit_setting(ctx, &mut drafts, issuer.is_some());
    entry_times(ctx, &mut drafts);
    // Again: a death told after a fight takes the fight's time, which may
    // be a span of hours.
    hours_of_fighting_only(ctx, &mut drafts);
    inherit_agent(ctx, &mut drafts);
    arrests_by_the_force(ctx, &mut drafts);
    deeds_during_an_attack(ctx, &mut drafts);
    permitted_deeds(ctx, &mut drafts);
    coordinated_subjects(ctx, &mut drafts);
    suspected_arrested(ctx, &mentions, &mut drafts);
    former_holders(ctx, &mentions, &mut drafts);
    entry_stamps_out(ctx, &mut drafts);
    // "affirmant avoir tué 300 « miliciens »": who claims the deaths
    // tells of them.
    for d in drafts.iter_mut() {
        if d.source.is_empty() && claimed_deaths(ctx, d) {
            d.source = d.agent.clone();
        }
        // "les Houthis ont revendiqué des tirs de missiles": who claims a
        // deed tells of it (the gold sets make the claimant both in ten
        // claims of fourteen).
        if claimed_deed(ctx, d) {
            for e in d.agent.clone() {
                push_unique(&mut d.source, e);
            }
        }
    }
    fronted_operations(ctx, &mut drafts);
    fighting_subjects(ctx, &mut drafts);
    heads_apart_from_their_body(ctx, &mentions, &mut drafts);
    parts_taken_too(ctx, &mentions, &mut drafts);
    fought_for(ctx, &mut drafts);
    clitic_objects(ctx, &mut drafts);
    invaded_countries(ctx, &mut drafts);
    countries_fired_at(ctx, &mut drafts);
    pronoun_subjects(ctx, &mut drafts);
    neighbour_attackers(ctx, &mut drafts);
    evacuation_orderers(ctx, &mentions, &mut drafts);
    reporters_on(ctx, &mentions, &mut drafts);
    one_striker(ctx, &mut drafts);
    shot_down_strikes(ctx, &mentions, &mut drafts);
    blows_of_the_killers(ctx, &mut drafts);
    besieged_subjects(ctx, &mentions, &mut drafts);
    possessive_agent(ctx, &mut drafts);
    possessive_release_target(ctx, &mut drafts);
    if let Some(by) = issuer {
        our_deeds(ctx, by, &mut drafts);
    }
    riposte_sides(ctx, &mut drafts);
    gerund_tolls(ctx, &mut drafts);
    same_source(ctx, &mut drafts);
    clash_sides(ctx, &mentions, &mut drafts);
    fighting_of_the_deed(ctx, &mut drafts);
    neutralised_by_the_force(ctx, &mentions, &mut drafts);
    fallen_to_the_attackers(ctx, &mut drafts);
    truce_brokers(ctx, &mentions, &mut drafts);
    repelled_into_fighting(ctx, &mut drafts);
    story_sides(ctx, &mut drafts);
    talks_parties(ctx, &mut drafts);
    drop_repelled_assaults(ctx, &mut drafts);
    recorders_tell(ctx, &mentions, &mut drafts);
    quoted_speakers(ctx, &mentions, &mut drafts);
    story_place(ctx, &mentions, &mut drafts);
    unnamed_area_only(ctx, &mentions, &mut drafts);
    strike_victims(ctx, &mentions, &mut drafts);
    spokesmen_speak(ctx, &mentions, &mut drafts);
    denied_by_its_doer(ctx, &mut drafts);
    // "quatre militaires tombés au champ d'honneur et cinq (05) blessés":
    // the wounded counted beside the dead are not killed.
    let wounded = |e: &usize| {
        let d = &ctx.entities.drafts[*e];
        d.row.is_none()
            && d.kind == EntityKind::Actor
            && ["blessés", "blessées", "blessé", "blessée"]
                .iter()
                .any(|w| d.canonical.ends_with(w))
    };
    for d in &mut drafts {
        if d.kind == "killing" {
            d.target.retain(|e| !wounded(e));
        }
    }
    // "le chef de l'armée s'est rendu jeudi à Peshawar": a visit, not a
    // surrender ("se sont rendus aux troupes" is one).
    // "s'était rendu tristement célèbre", "s'est rendu coupable de":
    // made oneself something. "se sont rendus à nos unités" surrenders.
    drafts.retain(|d| {
        let t = d.triggers[0];
        let f = folded_of(ctx, t);
        if d.kind != "surrender"
            || d.triggers.len() != 1
            || !(f.ends_with("rendu") || f.ends_with("rendus"))
        {
            return true;
        }
        let after = folded_words_after(ctx, t.end, 6);
        let mut rest = after.iter().skip_while(|w| {
            crate::dates::is_day_word(w)
                || matches!(**w, "matin" | "soir" | "hier" | "lors")
        });
        let became = |w: &str| {
            matches!(
                w,
                "celebre"
                    | "celebres"
                    | "tristement"
                    | "coupable"
                    | "coupables"
                    | "compte"
                    | "responsable"
                    | "responsables"
                    | "maitre"
                    | "maitres"
            )
        };
        // "se sont rendus à la Monusco": to a force or a body, not to a
        // place.
        let to_actor = || {
            d.target.iter().any(|&e| {
                let x = &ctx.entities.drafts[e];
                x.kind == EntityKind::Actor
                    && x.mentions.iter().any(|m| {
                        m.start >= t.end
                            && m.start - t.end <= 48
                            && !has_clause_break(&ctx.text[t.end..m.start])
                    })
            })
        };
        match rest.next().copied() {
            Some(w) if became(w) => false,
            Some("a") => {
                rest.next().is_some_and(|w| {
                    matches!(
                        *w,
                        "nos"
                            | "notre"
                            | "leurs"
                            | "leur"
                            | "ses"
                            | "son"
                            | "sa"
                    )
                }) || to_actor()
            }
            Some("en" | "sur" | "dans") => false,
            _ => true,
        }
    });
    // "les otages encore détenus à Gaza", "d'autres détenus": a state,
    // or people; held as an event it takes an auxiliary ("ont été
    // détenus", "ont illégalement détenu").
    drafts.retain(|d| {
        let t = d.triggers[0];
        !(d.kind == "arrest"
            && d.triggers.len() == 1
            && folded_of(ctx, t).starts_with("detenu")
            && !folded_words_before(ctx, t.start, 2)
                .iter()
                .any(|w| ACTIVE_AUX.contains(w) || PASSIVE_AUX.contains(w)))
    });
    // "Les bandits ont été repoussés vers Kenscoff": who is pushed back
    // is who withdraws.
    for d in &mut drafts {
        if d.kind == "withdrawal"
            && d.agent.is_empty()
            && folded_of(ctx, d.triggers[0]).starts_with("repouss")
        {
            d.agent = std::mem::take(&mut d.target);
        }
    }
    // A spokesperson speaks for a side and does nothing: the source, not
    // the doer or the party (the gold sets code the unnamed spokesperson
    // the source more often than the body spoken for).
    let speaks = |e: &usize| {
        let x = &ctx.entities.drafts[*e];
        x.subkind == "person" && x.canonical.starts_with("porte-parole")
    };
    for d in &mut drafts {
        if let Some(&p) = d.agent.iter().find(|e| speaks(e)) {
            d.agent.retain(|e| !speaks(e));
            if d.source.is_empty() {
                d.source.push(p);
            }
        }
    }
    strikes_of_one_side(ctx, &mut drafts);
    blasts_of_the_strike(ctx, &mut drafts);
    fled_not_hit(ctx, &mentions, &mut drafts);
    flight_purposes(ctx, &mut drafts);
    tellers_listed_after_selon(ctx, &mentions, &mut drafts);
    attack_told_again(ctx, &mut drafts);
    set_beside_an_earlier_deed(ctx, &mentions, &mut drafts);
    calls_coordinated(ctx, &mut drafts);
    undated_calls(ctx, &mentions, &mut drafts);
    withdrawals_set_as_conditions(ctx, &mut drafts);
    let mut events = merge(ctx, drafts);
    placed_only_where_told(ctx, &mentions, &mut events);
    aid_given_by_no_civilians(ctx, &mut events);
    truces_of_the_parties(ctx, &mentions, &mut events);
    tolls_told_after(ctx, &mut events);
    wounds_told_after(ctx, &mentions, &mut events);
    injured_as_targets(ctx, &mentions, &mut events);
    surrendered_to(ctx, &mentions, &mut events);
    munition_subjects(ctx, &mut events);
    drop_inner_triggers(ctx, &mut events);
    // "L'attaque … n'a fait aucun mort": no death is told, and no killing
    // (the deed's own toll says none).
    events.retain(|d| {
        !(d.kind == "killing"
            && d.triggers.len() == 1
            && matches!(
                folded_words_before(ctx, d.triggers[0].start, 1)[..],
                ["aucun" | "aucune"]
            ))
    });
    // "quatre journalistes condamnés à mort", "la peine de mort": a
    // sentence passed, no one killed.
    events.retain(|d| {
        !(d.kind == "killing"
            && d.triggers.len() == 1
            && folded_of(ctx, d.triggers[0]).starts_with("mort")
            && {
                let w = folded_words_before(ctx, d.triggers[0].start, 2);
                matches!(
                    &w[..],
                    [c, "a"] if c.starts_with("condamn")
                ) || matches!(&w[..], [.., "peine", "de"])
            })
    });
    // "des hommes armés ont fait irruption dans la localité et enlevé …":
    // bursting in is told as an attack with the deeds it joins, and by
    // itself only leads to them (it lent its doers above).
    events.retain(|d| !only_bursting_in(ctx, d));
    // "contraint le président de l'administration intérimaire à quitter
    // la ville", "a rejoint la capitale fédérale par avion": a person who
    // leaves or travels, with no fighters told, withdraws no force.
    events.retain(|d| !person_travels(ctx, d));
    // A clash is between sides, all of them its agents (sides named as
    // targets moved there when the arguments were read); the victims the
    // later passes gave it ("27 personnes ont été tuées dans les
    // affrontements") are its toll, not a side.
    for d in events.iter_mut().filter(|d| d.kind == "armed_clash") {
        d.target.clear();
    }
    events
}

/// Whether `d` is an attack told only by "faire irruption": bursting in
/// leads to the deeds it joins and is no violent event by itself.
fn only_bursting_in(ctx: &Context<'_>, d: &EventDraft) -> bool {
    d.kind == "attack"
        && d.triggers.len() == 1
        && folded_of(ctx, d.triggers[0]).contains("irruption")
}

/// Whether event `d` is a withdrawal told by one verb of leaving or
/// joining whose doers are all persons, with no fighters named right
/// after it.
fn person_travels(ctx: &Context<'_>, d: &EventDraft) -> bool {
    if d.kind != "withdrawal"
        || d.triggers.len() != 1
        || !matches!(d.pos, Some(Pos::Verb))
        || d.agent.is_empty()
    {
        return false;
    }
    let f = folded_of(ctx, d.triggers[0]);
    if !(f.starts_with("quitt") || f.starts_with("rejoin")) {
        return false;
    }
    let persons =
        d.agent.iter().all(|&e| ctx.entities.drafts[e].subkind == "person");
    // ("a quitté la ville avec ses hommes" leads a force out.)
    persons
        && !folded_words_after(ctx, d.triggers[0].end, 8).iter().any(|w| {
            matches!(
                *w,
                "hommes"
                    | "combattants"
                    | "troupes"
                    | "forces"
                    | "elements"
                    | "soldats"
                    | "miliciens"
                    | "fideles"
                    | "partisans"
                    | "unites"
            )
        })
}

/// Lists of actors joined by commas and a closing "et": "menée par
/// l'UDMO, le GIPNH et la BOID", "par les FDS et la coalition", "les
/// positions du JNIM et de l'EIGS". An event that has one of them as
/// its agent or target has them all there (the words of a list are
/// otherwise read one by one, and only the first follows "par").
fn coordinated_actors(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    let text = ctx.text;
    let actors: Vec<(Span, usize)> = mentions
        .iter()
        .copied()
        .filter(|&(_, e)| ents[e].kind == EntityKind::Actor)
        .collect();
    // What joins one item of a list to the next: the separator, whether
    // it closes the list, then an article or none.
    let link = |from: usize, to: usize| -> Option<bool> {
        let mut gap = text.get(from..to)?;
        // "l'Unité départementale de maintien d'ordre (UDMO), le …", the
        // acronym a mention of its own or not.
        if let Some(r) = gap.strip_prefix(')') {
            gap = r;
        } else if let Some(r) = gap.strip_prefix(" (") {
            let close = r.find(')').filter(|&k| k <= 40)?;
            gap = &r[close + 1..];
        }
        let (closing, rest) = if let Some(r) = gap.strip_prefix(", et ") {
            (true, r)
        } else if let Some(r) = gap.strip_prefix(" et ") {
            (true, r)
        } else if let Some(r) = gap.strip_prefix(", ") {
            (false, r)
        } else {
            return None;
        };
        matches!(
            rest,
            "" | "le "
                | "la "
                | "les "
                | "l'"
                | "l’"
                | "du "
                | "des "
                | "de la "
                | "de l'"
                | "de l’"
                | "de "
                | "d'"
                | "d’"
                | "aux "
                | "au "
                | "à la "
                | "à l'"
                | "à l’"
                // "du régime et de son allié russe", "l'armée et ses
                // supplétifs".
                | "son "
                | "sa "
                | "ses "
                | "leur "
                | "leurs "
                | "de son "
                | "de sa "
                | "de ses "
                | "de leur "
                | "de leurs "
        )
        .then_some(closing)
    };
    // Each list as the run of its members in `actors`.
    let mut lists: Vec<(Span, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i + 1 < actors.len() {
        let mut run = vec![actors[i].1];
        let mut j = i;
        let mut closed = false;
        while j + 1 < actors.len() {
            let (a, b) = (actors[j].0, actors[j + 1].0);
            if b.start < a.end || b.start - a.end > 64 {
                break;
            }
            // The item's own acronym in brackets after it.
            if actors[j + 1].1 == actors[j].1
                && text.get(a.end..b.start) == Some(" (")
            {
                j += 1;
                continue;
            }
            match link(a.end, b.start) {
                Some(closing) => {
                    run.push(actors[j + 1].1);
                    j += 1;
                    if closing {
                        closed = true;
                        break;
                    }
                }
                None => break,
            }
        }
        if closed {
            run.dedup();
            // Allies, not the two sides of "les combats entre l'armée et
            // les FSR" or a source and a count ("selon l'ONG Acled, et
            // plus de sept millions de déplacés"): one kind of actor.
            let kind_of = |e: usize| {
                let sub = ents[e].subkind.as_ref();
                match side(sub) {
                    Some(0) => "state",
                    Some(ARMED) => "armed",
                    Some(_) => "civilians",
                    None => sub,
                }
            };
            let between = FewWords::before(
                &ctx.folded.text,
                ctx.folded.from_original(actors[i].0.start),
                2,
            )
            .contains(&"entre");
            if run.len() >= 2
                && !between
                && run.iter().all(|&e| kind_of(e) == kind_of(run[0]))
            {
                let span = Span::new(actors[i].0.start, actors[j].0.end);
                lists.push((span, run));
            }
            i = j + 1;
        } else {
            // A run that never closes would not close from any of its
            // later items either (the same links follow): read once, so a
            // text of thousands of names joined by commas stays linear.
            i = j + 1;
        }
    }
    if lists.is_empty() {
        return;
    }
    // Only a list in the event's own sentence: the same names listed
    // elsewhere ("Le JNIM et l'État islamique ont souvent attaqué …")
    // tell of other deeds.
    // (Within a few hundred bytes of the trigger: a sentence with no end
    // holds thousands of lists, and each event asks only its own.)
    for d in drafts.iter_mut() {
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let Some(&t) = d.triggers.first() else { continue };
        let Span { start: from, end: to } = window(ctx.text, sent, t);
        let lo = lists.partition_point(|(s, _)| s.start < from);
        let here: Vec<&Vec<usize>> = lists[lo..]
            .iter()
            .take_while(|(s, _)| s.end <= to)
            .map(|(_, l)| l)
            .collect();
        if here.is_empty() {
            continue;
        }
        for role in 0..2 {
            let held = if role == 0 { &d.agent } else { &d.target };
            let add: Vec<usize> = here
                .iter()
                .filter(|l| l.iter().any(|e| held.contains(e)))
                .flat_map(|l| l.iter().copied())
                .filter(|e| !d.agent.contains(e) && !d.target.contains(e))
                .collect();
            let held = if role == 0 { &mut d.agent } else { &mut d.target };
            for e in add {
                push_unique(held, e);
            }
        }
    }
}

/// "Une frappe aérienne a touché l'hôpital … L'OMS a condamné
/// l'attaque", "Un attentat à la voiture piégée … Les shebab ont
/// revendiqué l'attaque": "l'attaque" or "cette attaque" with the article
/// that points back, after an air strike, shelling or bombing told in
/// the sentence before or two before in its paragraph, with no attack
/// between, names that happening again and takes its kind (the merge
/// then joins them when their sides, places and days agree).
/// "L'attaque survient neuf jours après une embuscade dans la province de
/// Diyala, où cinq combattants avaient été tués", "Ce raid intervient au
/// lendemain d'une attaque des shebab contre une base à Baidoa": a deed
/// named again at the head of the sentence is only set beside the one
/// told after "après" (or "alors que"), whose places, victims, toll and
/// dates they are. They move to it, and the span between the two ("neuf
/// jours") dates neither.
fn set_beside_an_earlier_deed(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for i in 0..drafts.len() {
        let t = drafts[i].triggers[0];
        let Some(&sent) = ctx.sentences.get(drafts[i].sentence) else {
            continue;
        };
        if t.start < sent.start
            || !matches!(
                folded_of(ctx, Span::new(sent.start, t.start)).trim(),
                "l'" | "la" | "le" | "les" | "cette" | "cet" | "ce" | "ces"
            )
        {
            continue;
        }
        if !folded_words_after(ctx, t.end, 3).iter().any(|w| happens(w)) {
            continue;
        }
        // The first deed of the sentence after "après", "au lendemain"
        // or "alors que", within a few words of the verb.
        let Some(j) = (i + 1..drafts.len())
            .take_while(|&j| {
                drafts[j].sentence == drafts[i].sentence
                    && drafts[j].triggers[0].start <= t.end + 160
            })
            .find(|&j| {
                let b = drafts[j].triggers[0];
                b.start > t.end && {
                    let gap = folded_of(ctx, Span::new(t.end, b.start));
                    let words = folded_words(gap);
                    words.len() <= 10
                        && words.iter().any(|w| {
                            matches!(*w, "apres" | "lendemain" | "alors")
                        })
                }
            })
        else {
            continue;
        };
        let ents = &ctx.entities.drafts;
        // Named in the sentence, near the trigger (a place of a run-on
        // text may be named thousands of times).
        let near = mentions_within(mentions, window(ctx.text, sent, t));
        let spans = |e: usize| near.iter().any(|&(_, x)| x == e);
        let a = std::mem::take(&mut drafts[i].target);
        let places = std::mem::take(&mut drafts[i].location);
        let times = std::mem::take(&mut drafts[i].time);
        let killed = drafts[i].killed.take();
        let injured = drafts[i].injured.take();
        let b = &mut drafts[j];
        let bt = b.triggers[0];
        // Only what the sentence tells moves; the span dates neither.
        let lapse = |e: usize| {
            ents[e].value.as_deref().is_some_and(|v| v.starts_with('P'))
                && near.iter().any(|&(m, x)| {
                    x == e && m.start >= t.end && m.end <= bt.start
                })
        };
        b.time.retain(|&e| !lapse(e));
        for (to, from) in [(&mut b.target, a), (&mut b.location, places)] {
            for e in from.into_iter().filter(|&e| spans(e)) {
                push_unique(to, e);
            }
        }
        if b.time.is_empty() {
            b.time =
                times.into_iter().filter(|&e| spans(e) && !lapse(e)).collect();
        }
        if b.killed.is_none() && b.injured.is_none() {
            b.killed = killed;
            b.injured = injured;
        }
    }
}

/// "a appelé mardi à un cessez-le-feu": the day of a call does not date
/// the deed called for (a date told after it does: "dès lundi").
/// (Only the mentions in the trigger's window are read: a date of a
/// run-on text may be named thousands of times.)
fn undated_calls(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for d in drafts.iter_mut().filter(|d| d.modality == "demanded") {
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let near = mentions_within(mentions, window(ctx.text, sent, t));
        d.time.retain(|&e| {
            let mut of_e = near.iter().filter(|(_, x)| *x == e);
            !of_e.clone().any(|(m, _)| m.end <= t.start)
                || of_e.any(|(m, _)| m.start >= t.end)
        });
    }
}

/// "de nouvelles frappes si Damas ne retirait pas ses troupes", "aucune
/// négociation tant qu'elles ne se seront pas retirées des villes": a
/// withdrawal whose absence is a threat's or refusal's condition is
/// demanded, not denied.
fn withdrawals_set_as_conditions(
    ctx: &Context<'_>,
    drafts: &mut [EventDraft],
) {
    let f = ctx.folded.text.as_str();
    for d in drafts.iter_mut().filter(|d| d.kind == "withdrawal") {
        // (The trigger may hold the "ne": "ne retirait pas ses troupes".)
        let holds_ne = || {
            let t = folded_of(ctx, d.triggers[0]);
            t.starts_with("ne ") || t.starts_with("n'")
        };
        if !(d.negated || holds_ne()) {
            continue;
        }
        let at = ctx.folded.from_original(d.triggers[0].start);
        let back = clause_words_back(f, at, 8);
        let condition = back.iter().any(|w| {
            matches!(*w, "si" | "s'il" | "s'ils" | "tant")
                || w.starts_with("tant")
        });
        if condition {
            d.negated = false;
            d.modality = "demanded";
        }
    }
}

/// The entries of `mentions` (sorted by start) that lie within `span`.
fn mentions_within(
    mentions: &[(Span, usize)],
    span: Span,
) -> &[(Span, usize)] {
    let lo = mentions.partition_point(|(m, _)| m.start < span.start);
    let hi = mentions.partition_point(|(m, _)| m.start < span.end);
    let near = &mentions[lo..hi.max(lo)];
    let end = near.iter().rposition(|(m, _)| m.end <= span.end);
    &near[..end.map_or(0, |k| k + 1)]
}

/// "a appelé à « la fin immédiate des violences » et à un dialogue": a
/// deed joined by "et à" to one called for is called for too.
fn calls_coordinated(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (before, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.modality != "asserted" || matches!(d.pos, Some(Pos::Verb)) {
            continue;
        }
        let t = d.triggers[0];
        let joined = matches!(
            &folded_words_before(ctx, t.start, 3)[..],
            [.., "et", "a" | "au" | "aux"]
                | [.., "et", "a", "un" | "une" | "la" | "l'"]
        );
        if !joined {
            continue;
        }
        let called = before.iter().rev().take(4).any(|p| {
            p.modality == "demanded"
                && p.sentence == d.sentence
                && p.triggers.iter().any(|pt| {
                    pt.end <= t.start
                        && t.start - pt.end <= 60
                        && !STOPS.any_in(&ctx.text[pt.end..t.start])
                })
        });
        if called {
            d.modality = "demanded";
        }
    }
}

fn attack_told_again(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let mut last: Option<usize> = None;
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let refers = d.kind == "attack"
            && d.triggers.len() == 1
            && matches!(d.pos, Some(Pos::Noun))
            && {
                let t = d.triggers[0];
                let f = folded_of(ctx, t);
                let lead = ctx.text[..t.start].trim_end_matches(' ');
                (f == "attaque" || f == "assaut")
                    && (lead.ends_with("l'")
                        || lead.ends_with("l\u{2019}")
                        || lead.ends_with("L'")
                        || lead.ends_with("L\u{2019}")
                        || matches!(
                            lead.rsplit([' ', '\n']).next(),
                            Some("cette" | "Cette" | "cet" | "Cet")
                        ))
            };
        if refers {
            if let Some(j) = last {
                let o = &drafts[j];
                // (The blank line is looked for only within reach.)
                if o.sentence + 2 >= d.sentence
                    && !ctx.text[o.triggers[0].end..d.triggers[0].start]
                        .contains("\n\n")
                    && compatible(
                        o,
                        d,
                        &ctx.entities.drafts,
                        ctx.lexicon,
                        false,
                    )
                {
                    let kind = o.kind.clone();
                    drafts[i].kind = kind;
                    continue;
                }
            }
        }
        match d.kind.as_str() {
            "airstrike" | "shelling" | "bombing" => last = Some(i),
            "attack" | "armed_clash" => last = None,
            _ => {}
        }
    }
}

/// "Selon l'association peule Kisal et l'Association des ressortissants
/// du cercle de Niafunké, au moins 14 civils … ont été tués": every body
/// listed after "selon" (or "d'après") before its comma tells the event;
/// none of them is its doer or its target.
fn tellers_listed_after_selon(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    // Whether the mention at `m` is the first after "selon" or
    // "d'après": three words on at most, none of them "et".
    let after_selon = |m: Span| {
        let from = stretch_before(ctx.text, m.start, 120, 0);
        let lead = &ctx.text[from..m.start];
        let Some((k, p)) = ["Selon ", "selon ", "D'après ", "d'après "]
            .iter()
            .filter_map(|p| lead.rfind(p).map(|k| (k, p.len())))
            .max()
        else {
            return false;
        };
        // ("selon le porte-parole des forces armées ougandaises": the body
        // a speaker's title names is not the one listed.)
        let gap = &lead[k + p..];
        let words: Vec<&str> = gap.split_whitespace().collect();
        let last = words.last().copied().unwrap_or("");
        !gap.contains([',', ';', ':', '.', '(', '«'])
            && words.len() <= 3
            // (No other name nor preposition before it: "selon l'ONU par
            // le Rwanda".)
            && !words.iter().any(|w| {
                matches!(
                    *w,
                    "et" | "par"
                        | "pour"
                        | "avec"
                        | "contre"
                        | "sur"
                        | "sous"
                        | "dans"
                        | "en"
                        | "à"
                        | "vers"
                ) || w
                    .trim_start_matches(['l', 'd', '\'', '’'])
                    .starts_with(char::is_uppercase)
            })
            // ("selon des sources policières": "des" right after it is
            // the article.)
            && !(matches!(last, "de" | "des" | "du" | "d'")
                && !(words.len() == 1 && last == "des"))
            && !last.starts_with("d'")
            && !last.starts_with("d’")
            && !gap.ends_with("de l'")
            && !gap.ends_with("de la ")
    };
    // Whether `gap` only joins two names of a list: "et" and an article
    // (past a comma, the clause told goes on).
    let joins = |gap: &str| {
        let Some(g) = gap.trim().strip_prefix("et") else { return false };
        matches!(
            g.trim_start(),
            "" | "l'" | "l’" | "le" | "la" | "les" | "des" | "du" | "de l'"
        )
    };
    for d in drafts.iter_mut() {
        if d.source.is_empty() {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        // (Within 400 bytes of the trigger: a run-on text costs no more
        // per event. After it: "ont enlevé trois enseignants, selon des
        // sources policières et des élus locaux".)
        let from = sent.start.max(t.start.saturating_sub(400));
        let to = sent.end.min(t.end.saturating_add(400));
        let lo = mentions.partition_point(|(m, _)| m.start < from);
        let hi = mentions.partition_point(|(m, _)| m.start < to);
        let window = &mentions[lo..hi.max(lo)];
        // The list after "selon": its first name, then the names joined
        // to it.
        let mut listed: Vec<usize> = Vec::new();
        let mut outside: Vec<usize> = Vec::new();
        let mut last_end: Option<usize> = None;
        for &(m, e) in window {
            // (Only actors tell: "repoussé selon l'armée après plusieurs
            // heures de combats" lists no duration.)
            if ctx.entities.drafts[e].kind != EntityKind::Actor {
                outside.push(e);
                last_end = None;
                continue;
            }
            let in_list = if let Some(end) = last_end {
                end <= m.start && joins(&ctx.text[end..m.start])
                    || after_selon(m)
            } else {
                after_selon(m)
            };
            if in_list {
                listed.push(e);
                last_end = Some(m.end);
            } else {
                outside.push(e);
                last_end = None;
            }
        }
        listed.retain(|e| !outside.contains(e));
        if listed.is_empty() || !listed.iter().any(|e| d.source.contains(e)) {
            continue;
        }
        for e in listed {
            d.target.retain(|&x| x != e);
            d.agent.retain(|&x| x != e);
            push_unique(&mut d.source, e);
        }
    }
}

/// "ont tenté une incursion à Pétion-Ville, provoquant la fuite de
/// centaines d'habitants", "900 000 personnes ont été déplacées par
/// l'offensive", "des milliers d'habitants fuient une nouvelle offensive":
/// those who fled, named right before or after the flight (or as its
/// trigger, "120 000 déplacés"), are not the targets of a deed told in
/// the same sentence.
fn fled_not_hit(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    // (sentence, flight trigger start, those who fled).
    let mut fled: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for d in drafts.iter() {
        if d.kind != "displacement" || d.agent.is_empty() {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let near = mentions_within(mentions, window(ctx.text, sent, t));
        let j = near.partition_point(|(m, _)| m.start < t.end);
        let after = near[j..]
            .iter()
            .take(2)
            .filter(|(m, _)| word_gap(ctx, t.end, m.start) <= 3);
        // The subject, however the verb is told ("ont été déplacées",
        // "avaient fui"), or the count that is the trigger; not the
        // antecedent of a relative ("a frappé un groupe de familles qui
        // fuyaient", hit as they fled).
        let before = near[..j].iter().rev().take(2).filter(|(m, _)| {
            m.end > t.start
                || word_gap(ctx, m.end, t.start) <= 4
                    && !words_of(folded_of(ctx, Span::new(m.end, t.start)))
                        .any(|w| w == "qui")
        });
        let who: Vec<usize> = after
            .chain(before)
            .filter(|(_, e)| d.agent.contains(e))
            .map(|&(_, e)| e)
            .collect();
        if !who.is_empty() {
            fled.push((d.sentence, t.start, who));
        }
    }
    if fled.is_empty() {
        return;
    }
    fled.sort_by_key(|f| (f.0, f.1));
    for d in drafts.iter_mut() {
        if !matches!(
            d.kind.as_str(),
            "attack" | "airstrike" | "shelling" | "bombing" | "armed_clash"
        ) {
            continue;
        }
        // The flights of the sentence within the deed's window (a run-on
        // text may tell thousands).
        let t = d.triggers[0];
        let (s, lo) = (d.sentence, t.start.saturating_sub(WINDOW));
        let k = fled.partition_point(|f| (f.0, f.1) < (s, lo));
        for (_, _, who) in
            fled[k..].iter().take_while(|f| f.0 == s && f.1 <= t.end + WINDOW)
        {
            d.target.retain(|e| !who.contains(e));
        }
    }
}

/// "Les États-Unis ont frappé des positions houthies … Des habitants ont
/// entendu au moins cinq fortes explosions": bare blasts heard after an
/// air strike or shelling told up to two sentences before, with no bomb
/// named beside them (a car bomb, a mine, a suicide bomber), are that
/// strike's, not a bombing of their own.
fn blasts_of_the_strike(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    const BOMB_CUES: &[&str] = &[
        "piege", "explosif", "kamikaze", "attentat", "suicide", " mine",
        "engin", "bombe", "colis",
    ];
    let mut last: Option<(usize, usize)> = None;
    // The last sentence read for cues, and whether it holds one (a run-on
    // text of many blasts reads its one sentence once).
    let mut read: Option<(usize, bool)> = None;
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if matches!(d.kind.as_str(), "airstrike" | "shelling") && !d.negated {
            last = Some((i, d.sentence));
            continue;
        }
        if d.kind != "bombing" || d.triggers.len() != 1 {
            if d.kind == "attack" || d.kind == "armed_clash" {
                last = None;
            }
            continue;
        }
        let Some((j, s)) = last else { continue };
        let f = folded_of(ctx, d.triggers[0]);
        let bare = matches!(
            f,
            "explosion"
                | "explosions"
                | "detonation"
                | "detonations"
                | "deflagration"
                | "deflagrations"
        );
        if !bare || d.sentence < s || d.sentence - s > 2 {
            continue;
        }
        let cue = match read {
            Some((k, v)) if k == d.sentence => v,
            _ => {
                let v = ctx
                    .sentences
                    .get(d.sentence)
                    .is_some_and(|&sent| sentence_holds(ctx, sent, BOMB_CUES));
                read = Some((d.sentence, v));
                v
            }
        };
        if !cue {
            let kind = drafts[j].kind.clone();
            drafts[i].kind = kind;
        }
    }
}

/// "Washington et Londres frappent les Houthis … Les États-Unis et le
/// Royaume-Uni ont bombardé des dizaines de cibles": a verb or noun of
/// bombing that names no gun, rocket or shell, by the same doers as an
/// air strike told up to three sentences away, is that air strike told
/// again, not shelling.
fn strikes_of_one_side(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let mut air: Vec<(usize, &[usize])> = drafts
        .iter()
        .filter(|d| d.kind == "airstrike" && !d.agent.is_empty())
        .map(|d| (d.sentence, d.agent.as_slice()))
        .collect();
    air.sort_by_key(|a| a.0);
    // Sentences of every air strike, with or without its doers.
    let mut any_air: Vec<usize> = drafts
        .iter()
        .filter(|d| d.kind == "airstrike")
        .map(|d| d.sentence)
        .collect();
    any_air.sort_unstable();
    if any_air.is_empty() {
        return;
    }
    let same = |a: &[usize], b: &[usize]| {
        a.len() == b.len() && a.iter().all(|e| b.contains(e))
    };
    // "Le ministère russe de la Défense a démenti avoir visé des zones
    // d'habitation" among air strikes: a state's denial (armed groups deny
    // aiming at civilians with guns as often).
    let by_state = |ids: &[usize]| {
        !ids.is_empty()
            && ids.iter().all(|&e| {
                matches!(
                    ctx.entities.drafts[e].subkind.as_ref(),
                    "state_force" | "government"
                )
            })
    };
    // No gun, rocket or shell named in the event's sentence.
    let no_ground_fire = |d: &EventDraft| {
        ctx.sentences.get(d.sentence).is_some_and(|&sent| {
            !sentence_holds(
                ctx,
                sent,
                &[
                    "obus",
                    "roquette",
                    "mortier",
                    "artillerie",
                    "canon",
                    "missile",
                ],
            )
        })
    };
    let mut turn: Vec<usize> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let denied_aim = d.kind == "attack"
            && d.negated
            && (by_state(&d.agent)
                || d.agent.is_empty() && by_state(&d.source))
            && d.triggers.iter().all(|&t| {
                let f = folded_of(ctx, t);
                f.starts_with("vis") || f.starts_with("cibl")
            });
        if d.kind != "shelling" && !denied_aim {
            continue;
        }
        // "L'état-major dément avoir bombardé le village de Kompa" in a
        // story of air strikes: the raid denied is one from the air.
        let denied_raid = d.negated
            && (denied_aim
                || d.triggers
                    .iter()
                    .all(|&t| folded_of(ctx, t).starts_with("bombard")))
            && {
                let lo = any_air.partition_point(|&s| s + 5 < d.sentence);
                any_air.get(lo).is_some_and(|&s| s <= d.sentence + 5)
            };
        let told_again = || {
            let generic = d.triggers.iter().all(|&t| {
                let f = folded_of(ctx, t);
                ["bombard", "pilonn", "raid", "frapp", "cible"]
                    .iter()
                    .any(|g| f.starts_with(g))
            });
            // The air strikes of the sentences around, found by sentence:
            // a text of many strikes asks only its neighbours.
            let lo = air.partition_point(|a| a.0 + 3 < d.sentence);
            let hi = air.partition_point(|a| a.0 <= d.sentence + 3);
            generic
                && !d.agent.is_empty()
                && air[lo..hi.max(lo)]
                    .iter()
                    .take(16)
                    .any(|&(_, a)| same(a, &d.agent))
        };
        // "Israël a lancé une vaste campagne de frappes aériennes … au
        // moins 78 personnes ont été tuées dans ces bombardements": a
        // bombing named with a demonstrative right after air strikes
        // points back at them.
        let pointed_back = || {
            d.pos != Some(Pos::Verb)
                && d.triggers.iter().all(|&t| {
                    folded_of(ctx, t).starts_with("bombard")
                        && matches!(
                            folded_words_before(ctx, t.start, 1).last(),
                            Some(&("ces" | "ce" | "cette"))
                        )
                })
                && {
                    let lo = any_air.partition_point(|&s| s + 2 < d.sentence);
                    any_air.get(lo).is_some_and(|&s| s <= d.sentence)
                }
        };
        if (denied_raid || told_again() || pointed_back()) && no_ground_fire(d)
        {
            turn.push(i);
        }
    }
    for i in turn {
        drafts[i].kind = "airstrike".into();
    }
}

/// Whether a verb of killing at `span` (in sentence `s`) takes "en" for
/// munitions named in its sentence or the one before ("en a neutralisé
/// 112", "en ont abattu 41"), with no people named there.
fn shot_down_munitions(ctx: &Context<'_>, span: Span, s: usize) -> bool {
    let f = folded_of(ctx, span);
    if !is_shooting_down(f) {
        return false;
    }
    let back = folded_words_before(ctx, span.start, 5);
    clitic_before_shooting(&back) && munitions_not_people(ctx, span, s)
        || munition_object(ctx, span)
}

/// Whether what a verb of shooting down takes is munitions, a few words
/// on: "avoir abattu « la plupart » des engins", "a intercepté deux
/// missiles".
fn munition_object(ctx: &Context<'_>, span: Span) -> bool {
    let after = folded_words_after(ctx, span.end, 5);
    let mut i = 0;
    // Articles, numbers, "la plupart des".
    while i < after.len()
        && (matches!(
            after[i],
            "la" | "plupart"
                | "des"
                | "les"
                | "un"
                | "une"
                | "deux"
                | "trois"
                | "plusieurs"
                | "tous"
                | "toutes"
                | "l'ensemble"
                | "de"
                | "d'"
        ) || after[i].bytes().all(|b| b.is_ascii_digit()))
    {
        i += 1;
    }
    after.get(i).is_some_and(|w| {
        let w = w.strip_prefix("d'").unwrap_or(w);
        matches!(
            w.trim_end_matches('s'),
            "drone"
                | "missile"
                | "roquette"
                | "obu"
                | "engin"
                | "projectile"
                | "bombe"
        )
    })
}

/// "Djibo, chef-lieu de la province du Soum, vit sous le blocus du JNIM",
/// "la ville est soumise à un blocus": the place that opens the sentence
/// and lives under the siege is besieged, and is where it happens.
fn besieged_subjects(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if d.kind != "siege" {
            continue;
        }
        let Some(&t) = d.triggers.first() else { continue };
        let mut lead = folded_words_before(ctx, t.start, 6);
        while lead
            .last()
            .is_some_and(|w| matches!(*w, "le" | "un" | "les" | "la"))
        {
            lead.pop();
        }
        let under = matches!(
            lead[..],
            [.., "sous"]
                | [.., "soumise" | "soumis" | "soumises" | "proie", "a"]
        );
        if !under {
            continue;
        }
        let Some(sent) = ctx.sentences.get(d.sentence) else { continue };
        // The first place of the sentence, at its head (at most three
        // words before it: "La ville de Djibo").
        let from = mentions.partition_point(|(m, _)| m.start < sent.start);
        let Some(&(m, e)) = mentions[from..]
            .iter()
            .take_while(|(m, _)| m.end <= t.start)
            .take(8)
            .find(|(_, e)| ents[*e].kind == EntityKind::Place)
        else {
            continue;
        };
        if words_of(folded_of(ctx, Span::new(sent.start, m.start)))
            .nth(3)
            .is_some()
        {
            continue;
        }
        d.target.retain(|x| ents[*x].kind != EntityKind::Place);
        d.target.insert(0, e);
        d.location.retain(|&x| x != e);
        d.location.insert(0, e);
    }
}

/// "Le FLA accuse l'armée d'avoir tué quinze civils dans des frappes de
/// drone": the blow the killing was dealt in is the killers', not the
/// accuser's, and they are no target of it.
fn blows_of_the_killers(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if !matches!(
            d.kind.as_str(),
            "attack" | "airstrike" | "shelling" | "bombing"
        ) || matches!(d.pos, Some(Pos::Verb))
        {
            continue;
        }
        let Some(&t) = d.triggers.first() else { continue };
        // The killing just before, in the same sentence.
        let Some(k) = done.iter().rev().take(4).find(|k| {
            k.kind == "killing"
                && k.sentence == d.sentence
                && !k.agent.is_empty()
                && k.triggers.first().is_some_and(|kt| kt.end <= t.start)
        }) else {
            continue;
        };
        let kt = k.triggers[0];
        // Only the victims and a setting between: "tué X dans des",
        // "tué X lors d'une".
        let gap = &ctx.text[kt.end..t.start];
        if gap.len() > 160 || gap.contains([',', ';', '.', ':', '«', '»']) {
            continue;
        }
        let lead = folded_words_before(ctx, t.start, 3);
        let dealt_in = lead.iter().any(|w| {
            matches!(*w, "dans" | "lors" | "d'une" | "d'un" | "cours")
        });
        if !dealt_in || d.agent == k.agent {
            continue;
        }
        let killers = k.agent.clone();
        let tellers = k.source.clone();
        d.agent = killers.clone();
        d.target.retain(|e| !killers.contains(e) && !tellers.contains(e));
        for e in tellers {
            push_unique(&mut d.source, e);
        }
    }
}

/// "La défense antiaérienne affirme avoir abattu 48 des 61 drones
/// d'attaque lancés contre le pays": a strike whose drones or missiles
/// were shot down is not the shooter's; who fired them is named after
/// the munitions, if at all.
fn shot_down_strikes(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for d in drafts.iter_mut() {
        if !matches!(d.kind.as_str(), "airstrike" | "shelling") {
            continue;
        }
        let Some(&t) = d.triggers.first() else { continue };
        // Past counts and a time ("a intercepté dans la nuit neuf
        // drones").
        let mut back = folded_words_before(ctx, t.start, 9);
        while back.last().is_some_and(|w| {
            matches!(
                *w,
                "la" | "plupart"
                    | "des"
                    | "les"
                    | "plusieurs"
                    | "de"
                    | "d'"
                    | "sur"
                    | "dans"
                    | "nuit"
                    | "matinee"
                    | "journee"
                    | "soiree"
            ) || crate::numbers::parse_number(w).is_some()
        }) {
            back.pop();
        }
        if !back.last().is_some_and(|w| is_shooting_down(w)) {
            continue;
        }
        // The entities named after the munitions in their sentence (the
        // first few: a run-on text costs no more per strike).
        let Some(sent) = ctx.sentences.get(d.sentence) else { continue };
        let from = mentions.partition_point(|(m, _)| m.start <= t.end);
        let after: Vec<usize> = mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < sent.end)
            .take(16)
            .map(|&(_, e)| e)
            .collect();
        d.agent.retain(|e| after.contains(e));
    }
}

/// Whether a folded word is a form of a verb that shoots down or stops
/// munitions as well as killing people.
fn is_shooting_down(w: &str) -> bool {
    ["neutralis", "abatt", "intercept", "detrui"]
        .iter()
        .any(|v| w.starts_with(v))
}

/// Whether the folded words before a verb of shooting down end on "en"
/// and an auxiliary ("en a", "en ont", "en avoir", "en ont ensuite"),
/// or on that and a first such verb and "ou" / "et" ("qui dit en avoir
/// abattu ou neutralisé 104": the second verb takes the first's "en").
fn clitic_before_shooting(back: &[&str]) -> bool {
    let back = match back {
        [rest @ .., v, "ou" | "et"] if is_shooting_down(v) => rest,
        b => b,
    };
    match back {
        [.., "en", "a" | "ont" | "avait" | "avaient" | "avoir"] => true,
        [.., "en", "a" | "ont" | "avoir", adv] => adv.ends_with("ment"),
        _ => false,
    }
}

/// Whether the sentence `s` around `span`, or the one before, names
/// munitions and no fighters.
fn munitions_not_people(ctx: &Context<'_>, span: Span, s: usize) -> bool {
    let from = s.saturating_sub(1);
    let Some(first) = ctx.sentences.get(from) else { return false };
    let Some(last) = ctx.sentences.get(s) else { return false };
    // At most a few hundred bytes around: a sentence without end costs
    // no more per verb.
    let lo = stretch_before(ctx.text, span.start, 400, first.start);
    let hi =
        stretch_after(ctx.text, span.end, 200).min(last.end).max(span.end);
    let text = folded_of(ctx, Span::new(lo, hi));
    let munitions = ["drone", "missile", "roquette", "obus", "bombe"]
        .iter()
        .any(|m| text.contains(m));
    let people = words_of(text).any(|w| {
        matches!(
            w.trim_end_matches('s'),
            "terroriste"
                | "jihadiste"
                | "djihadiste"
                | "combattant"
                | "soldat"
                | "assaillant"
                | "militaire"
                | "rebelle"
                | "insurge"
                | "homme"
                | "element"
        )
    });
    munitions && !people
}

/// Whether the munition noun at `span` is made, stored, sold or shot
/// down rather than fired: "sites de fabrication de missiles", "stocks de
/// roquettes", "livraison de missiles", "ont abattu 18 drones et trois
/// missiles", "missiles interceptés".
fn munition_not_fired(ctx: &Context<'_>, span: Span) -> bool {
    let f = ctx.folded.from_original(span.start);
    let back = FewWords::before(&ctx.folded.text, f, 6);
    // Past a figure, its article and munitions listed before it.
    let mut i = back.len();
    while i > 0 {
        let w = back[i - 1];
        let figure = w.bytes().all(|b| b.is_ascii_digit())
            || crate::numbers::parse_number_words(w).is_some();
        if figure
            || matches!(
                w,
                "de" | "des"
                    | "d'"
                    | "les"
                    | "et"
                    | "plusieurs"
                    | "dizaines"
                    | "centaines"
                    | "drones"
                    | "missiles"
                    | "roquettes"
            )
        {
            i -= 1;
        } else {
            break;
        }
    }
    let made = back[..i].last().is_some_and(|w| {
        matches!(
            *w,
            "fabrication"
                | "production"
                | "stock"
                | "stocks"
                | "stockage"
                | "livraison"
                | "livraisons"
                | "livrer"
                | "fournir"
                | "fourniture"
                | "usine"
                | "usines"
                | "depot"
                | "depots"
                | "arsenal"
                | "lanceurs"
                | "batteries"
                | "vente"
                | "ventes"
        )
    });
    let downed = back[..i].last().is_some_and(|w| {
        matches!(
            *w,
            "abattu"
                | "abattus"
                | "intercepte"
                | "interceptes"
                | "neutralise"
                | "neutralises"
                | "detruit"
                | "detruits"
        )
    }) || {
        // "des missiles interceptés", "deux drones abattus"; not "des obus
        // s'étaient abattus sur le marché", which came down.
        let after = folded_words_after(ctx, span.end, 2);
        !after.iter().any(|w| *w == "se" || w.starts_with("s'"))
            && after.iter().any(|w| {
                matches!(
                    *w,
                    "intercepte" | "interceptes" | "interceptees" | "abattus"
                )
            })
    };
    made || downed
}

/// Whether the words between two mentions (trimmed) are a "de" that
/// joins the second to the first: "commandant du M23", "87 combattants
/// de Boko Haram", "membres de l'EI".
fn genitive_gap(gap: &str) -> bool {
    matches!(gap, "de" | "du" | "des" | "d'" | "d’" | "de l'" | "de la")
}

/// "affirmant avoir tué 300 « miliciens »", "affirme avoir enlevé
/// plusieurs militaires", "a annoncé dimanche l'avoir reprise": a deed a
/// side claims to have done, a claim of its own.
fn claimed_deaths(ctx: &Context<'_>, d: &EventDraft) -> bool {
    matches!(d.pos, Some(Pos::Verb)) && {
        let w = folded_words_before(ctx, d.triggers[0].start, 3);
        matches!(w.last(), Some(&("avoir" | "l'avoir")))
            && w.iter().any(|x| {
                ["affirm", "revendiqu", "assur", "declar", "annonc"]
                    .iter()
                    .any(|p| x.starts_with(p))
            })
    }
}

/// Whether a side claims the deed at the event's trigger: "a revendiqué
/// mardi une attaque", "revendique la prise de Goma" (not a claim
/// denied).
fn claimed_deed(ctx: &Context<'_>, d: &EventDraft) -> bool {
    if d.negated || d.agent.is_empty() {
        return false;
    }
    let t = d.triggers[0];
    // ("une attaque revendiquée par le JNIM", a deed named in passing,
    // is told by the story: the gold sets give it no source.)
    let w = folded_words_before(ctx, t.start, 6);
    let Some(at) = w.iter().position(|w| w.starts_with("revendiqu")) else {
        return false;
    };
    // ("n'a pas revendiqué l'attaque", "n'a jamais revendiqué".)
    w.len() - at <= 4
        && !w[..at]
            .iter()
            .any(|x| matches!(*x, "pas" | "jamais" | "n'a" | "n'ont" | "ne"))
        && !has_clause_break(
            &ctx.text[stretch_before(ctx.text, t.start, 48, 0)..t.start],
        )
}

/// Whether a noun trigger names a happening other than the one told
/// beside it: one dated from it ("au lendemain d'un bombardement massif",
/// "deux jours après une attaque", "la veille d'une offensive") or said
/// to be another ("une autre attaque").
fn another_happening(ctx: &Context<'_>, d: &EventDraft) -> bool {
    if matches!(d.pos, Some(Pos::Verb)) {
        return false;
    }
    let t = d.triggers[0];
    let w = folded_words_before(ctx, t.start, 4);
    let after_toll = matches!(
        &w[..],
        [.., toll, "apres", "un" | "une"] if tolled(toll)
    );
    !after_toll
        && matches!(
            &w[..],
            [.., "autre" | "autres"]
                | [.., "lendemain" | "veille", "d'un" | "d'une"]
                | [.., "apres" | "avant", "un" | "une"]
        )
}

/// Whether folded word `w` closes a toll that a deed after "après" caused:
/// "Douze morts après une embuscade", "ont été dénombrés après une
/// attaque", "tués après un assaut".
fn tolled(w: &str) -> bool {
    KILLED_WORDS.contains(&w)
        || INJURED_WORDS.contains(&w)
        || ["denombr", "recens", "enregistr"].iter().any(|p| w.starts_with(p))
}

/// Whether the deed of `d` is what a sentence on another one sets it
/// beside: "L'attaque survient neuf jours après une embuscade …". That
/// sentence tells of it, with its places, victims and toll.
fn set_beside(ctx: &Context<'_>, d: &EventDraft) -> bool {
    folded_words_before(ctx, d.triggers[0].start, 8).iter().any(|w| happens(w))
}

/// Whether folded word `w` is a form of "survenir" or "intervenir" (a
/// deed "survient / intervient" after another).
fn happens(w: &str) -> bool {
    ["survien", "survenu", "intervien", "intervenu"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// "Des miliciens se sont rendus aux forces armées", "se sont rendus à
/// l'armée malienne": the body a surrender's trigger ends on ("se rendre
/// aux forces", kept whole so that "se rendre à Paris" reads as a trip)
/// is whom they surrendered to.
fn surrendered_to(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    events: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for v in events.iter_mut().filter(|v| v.kind == "surrender") {
        for t in v.triggers.clone() {
            let from = mentions.partition_point(|(m, _)| m.start <= t.start);
            for &(_, e) in
                mentions[from..].iter().take_while(|(m, _)| m.start < t.end)
            {
                if ents[e].kind == EntityKind::Actor && !v.agent.contains(&e) {
                    push_unique(&mut v.target, e);
                }
            }
        }
    }
}

/// "Au moins dix personnes ont été tuées dans une frappe de missile …, qui
/// font état de 43 blessés": the wounded counted beside a violent event
/// that tells how many it wounded were hit by it, as the dead were. Only
/// the mentions near each trigger, in its sentence, are looked at.
fn injured_as_targets(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    events: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for v in events.iter_mut() {
        // (The wounded counted beside the dead of a killing were not
        // killed.)
        if v.injured.is_none()
            || v.kind == "killing"
            || !VIOLENT_KINDS.contains(&v.kind.as_str())
        {
            continue;
        }
        for t in v.triggers.clone() {
            let k = ctx.sentences.partition_point(|s| s.end <= t.start);
            let Some(&sent) = ctx.sentences.get(k) else { continue };
            let lo = t.start.saturating_sub(300).max(sent.start);
            let hi = (t.end + 300).min(sent.end);
            let from = mentions.partition_point(|(m, _)| m.start < lo);
            for &(m, e) in
                mentions[from..].iter().take_while(|(m, _)| m.start < hi)
            {
                let d = &ents[e];
                if d.kind != EntityKind::Actor || m.end > hi {
                    continue;
                }
                let f = folded_of(ctx, m);
                let counted = f.starts_with(|c: char| c.is_ascii_digit())
                    || f.split(' ').next().is_some_and(|w| {
                        crate::numbers::parse_number_words(w).is_some()
                            || matches!(
                                w,
                                "une"
                                    | "un"
                                    | "plus"
                                    | "au"
                                    | "pres"
                                    | "environ"
                            )
                    });
                if counted
                    && (f.ends_with("blesses") || f.ends_with("blessees"))
                {
                    push_unique(&mut v.target, e);
                }
            }
        }
    }
}

/// "Des gangs armés ont attaqué plusieurs commissariats. Au moins quatre
/// policiers ont été tués": the toll told in the sentence or two after a
/// violent event that gives none, in its paragraph, is that event's (the
/// deaths stay an event of their own). Only the nearest such event takes
/// it, and not from deaths another doer caused.
fn tolls_told_after(ctx: &Context<'_>, events: &mut [EventDraft]) {
    for i in 1..events.len() {
        let (done, rest) = events.split_at_mut(i);
        let k = &rest[0];
        if k.kind != "killing" || k.killed.is_none() || k.negated {
            continue;
        }
        let Some(v) = done
            .iter_mut()
            .rev()
            .take(8)
            .filter(|v| {
                v.sentence < k.sentence && v.sentence + 2 >= k.sentence
            })
            .find(|v| VIOLENT_KINDS.contains(&v.kind.as_str()))
        else {
            continue;
        };
        if v.kind == "killing"
            || v.killed.is_some()
            || v.negated
            || v.modality != k.modality
            || !follows_in_paragraph(ctx, v, k)
            || k.agent.iter().any(|e| !v.agent.contains(e))
        {
            continue;
        }
        v.killed = k.killed;
    }
}

/// "Les jihadistes ont attaqué la base de Marte. Une dizaine de soldats
/// ont été blessés": a sentence that tells of no event, only that a
/// counted group was wounded, gives the wounded and their number to the
/// nearest violent event (no killing: "Trois soldats ont été tués" in
/// between is that event's toll) told in the sentence or two before, in
/// its paragraph, that counts none. Only sentences that hold a
/// wounded stem are read, each from its first mention.
fn wounds_told_after(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    events: &mut [EventDraft],
) {
    let folded = ctx.folded.text.as_bytes();
    let mut hits = memchr::memmem::find_iter(folded, b"blesse").peekable();
    // (Most texts tell of no wounded: the lists below are built only for
    // those that do.)
    if hits.peek().is_none() {
        return;
    }
    let ents = &ctx.entities.drafts;
    let mut triggers: Vec<usize> = events
        .iter()
        .flat_map(|v| v.triggers.iter().map(|t| t.start))
        .collect();
    triggers.sort_unstable();
    let mut by_sentence: Vec<(usize, usize)> =
        events.iter().enumerate().map(|(i, v)| (v.sentence, i)).collect();
    by_sentence.sort_unstable();
    let mut last = usize::MAX;
    for h in hits {
        let at = ctx.folded.original_start(h);
        let k = ctx.sentences.partition_point(|s| s.end <= at);
        if k == last {
            continue;
        }
        last = k;
        let Some(&sent) = ctx.sentences.get(k) else { continue };
        let i = triggers.partition_point(|&t| t < sent.start);
        if triggers.get(i).is_some_and(|&t| t < sent.end) {
            continue;
        }
        // The sentence opens on a counted group of people.
        let from = mentions.partition_point(|(m, _)| m.start < sent.start);
        let Some(&(m, e)) = mentions.get(from) else { continue };
        // ("Une dizaine de soldats": the mention leaves out "Une".)
        if m.end > at
            || ents[e].kind != EntityKind::Actor
            || !matches!(
                folded_of(ctx, Span::new(sent.start, m.start)).trim(),
                "" | "une" | "un"
            )
        {
            continue;
        }
        // ... and is wounded: "ont été (légèrement) blessés".
        let verb = folded_of(ctx, Span::new(m.end, at));
        if !words_of(verb).all(|w| {
            matches!(
                w,
                "ont"
                    | "ete"
                    | "sont"
                    | "legerement"
                    | "grievement"
                    | "gravement"
                    | "serieusement"
                    | "egalement"
                    | "aussi"
            )
        }) || verb.is_empty()
        {
            continue;
        }
        let group = ctx.text[sent.start..m.end].trim_start();
        let Some(count) = numbers::find_counts(group)
            .first()
            .filter(|c| c.span.start == 0 && !c.count.vague)
            .map(|c| c.count.value)
        else {
            continue;
        };
        // (Only the events of the two sentences before are looked at,
        // found in the list sorted by sentence: each event is read for
        // at most two wounded sentences.)
        let lo = by_sentence.partition_point(|&(s, _)| s + 2 < k);
        let hi = by_sentence.partition_point(|&(s, _)| s < k);
        let Some(&(_, vi)) = by_sentence[lo..hi.max(lo)]
            .iter()
            .filter(|&&(_, vi)| {
                let v = &events[vi];
                v.triggers[0].end <= sent.start
                    && v.kind != "killing"
                    && VIOLENT_KINDS.contains(&v.kind.as_str())
                    // "La riposte de nos forces a permis de neutraliser
                    // cinq assaillants. Deux militaires ont été blessés":
                    // forces are not wounded by their own blow.
                    && !v.agent.iter().any(|&a| {
                        matches!(
                            ents[a].subkind.as_ref(),
                            "state_force" | "armed_group"
                        ) && ents[a].subkind == ents[e].subkind
                    })
            })
            .max_by_key(|&&(_, vi)| events[vi].triggers[0].start)
        else {
            continue;
        };
        let v = &mut events[vi];
        if v.injured.is_some()
            || v.negated
            || v.modality != "asserted"
            || ctx.text[v.triggers[0].end..sent.start].contains("\n\n")
        {
            continue;
        }
        v.injured = Some(count);
        push_unique(&mut v.target, e);
    }
}

/// Words of a crowd in the street, folded: a clash one of them fights
/// is a riot.
const CROWD_WORDS: &[&str] = &[
    "manifestant",
    "manifestants",
    "manifestante",
    "manifestantes",
    "protestataires",
    "partisans",
    "sympathisants",
    "jeunes",
    "etudiants",
    "lyceens",
    "emeutiers",
    "casseurs",
    "habitants",
    "riverains",
    "supporters",
];

/// "des heurts entre partisans de l'opposant et forces de l'ordre", "des
/// centaines de jeunes ont affronté les policiers", "un adolescent a été
/// tué lors d'affrontements avec les gendarmes" after a march: a clash of
/// a crowd with the forces of order is a riot (a violent demonstration),
/// the crowd its agent and the forces its target. Only clashes told by
/// words of street fighting (heurts, affrontements, échauffourées,
/// violences) and never with an armed group in the sentence; the crowd
/// is named in the sentence, or a protest or riot is told in it or the
/// two before.
fn street_clashes(
    ctx: &Context<'_>,
    drafts: &mut [EventDraft],
    args_by_sentence: &[Vec<Arg>],
) {
    let mut gatherings: Vec<usize> = drafts
        .iter()
        .filter(|d| matches!(d.kind.as_str(), "protest" | "riot"))
        .map(|d| d.sentence)
        .collect();
    gatherings.sort_unstable();
    let subkind = |e: usize| ctx.entities.drafts[e].subkind.as_ref();
    let armed_group = |e: usize| {
        matches!(subkind(e), "armed_group" | "unidentified_armed_group")
    };
    for d in drafts.iter_mut() {
        if d.kind != "armed_clash" {
            continue;
        }
        let word = folded_of(ctx, d.triggers[0]);
        if !["heurt", "affront", "echauffour", "violence"]
            .iter()
            .any(|w| word.starts_with(w))
        {
            continue;
        }
        let args =
            args_by_sentence.get(d.sentence).map(Vec::as_slice).unwrap_or(&[]);
        // The mentions of its [`window`]: a text with no sentence end costs
        // no square time.
        let near = window(ctx.text, ctx.sentences[d.sentence], d.triggers[0]);
        let lo = args.partition_point(|a| a.span.start < near.start);
        let hi = args.partition_point(|a| a.span.start < near.end);
        let args = &args[lo..hi.max(lo)];
        let actors = || args.iter().filter(|a| a.kind == EntityKind::Actor);
        if d.agent.iter().chain(&d.target).any(|&e| armed_group(e))
            || actors().any(|a| armed_group(a.entity))
        {
            continue;
        }
        let mut crowd: Vec<usize> = Vec::new();
        for a in actors() {
            if subkind(a.entity) == "civilians"
                && !d.source.contains(&a.entity)
                && folded_of(ctx, a.span)
                    .split(' ')
                    .any(|w| CROWD_WORDS.contains(&w))
            {
                push_unique(&mut crowd, a.entity);
            }
        }
        let gathering = in_sentences(&gatherings, d.sentence, 2);
        if crowd.is_empty() && !gathering {
            continue;
        }
        d.kind = "riot".into();
        let forces: Vec<usize> = d
            .agent
            .iter()
            .copied()
            .filter(|&e| subkind(e) == "state_force")
            .collect();
        d.agent.retain(|e| !forces.contains(e) && !crowd.contains(e));
        d.target.retain(|e| !crowd.contains(e));
        for e in forces {
            push_unique(&mut d.target, e);
        }
        for e in crowd.into_iter().rev() {
            d.agent.insert(0, e);
        }
    }
}

/// The drafts whose flag in `keep` (one per draft, in order) is true.
fn kept(
    drafts: Vec<EventDraft>,
    keep: impl IntoIterator<Item = bool>,
) -> Vec<EventDraft> {
    drafts.into_iter().zip(keep).filter(|(_, k)| *k).map(|(d, _)| d).collect()
}

/// Whether the trigger at `t` burns or loots ("incendié", "pillant").
fn burns_or_loots(ctx: &Context<'_>, t: Span) -> bool {
    let f = folded_of(ctx, t);
    f.starts_with("incendi") || f.starts_with("pill")
}

/// "a été la cible d'une attaque": the noun of being hit told the
/// attack's target; it is no trigger of its own next to the attack's.
/// Nor is burning or looting in an attack told by another word ("ont
/// attaqué le village et incendié des maisons", "incendiant le
/// commissariat"): the gold sets code 1 of 23 such words.
fn drop_inner_triggers(ctx: &Context<'_>, events: &mut [EventDraft]) {
    for d in events.iter_mut() {
        if d.triggers.len() < 2 {
            continue;
        }
        let triggers = d.triggers.clone();
        let burning = |t: &Span| burns_or_loots(ctx, *t);
        let other = triggers.iter().any(|t| !burning(t));
        d.triggers.retain(|t| {
            !(d.kind == "attack" && other && burning(t)
                || folded_of(ctx, *t) == "cible"
                    && triggers.iter().any(|o| {
                        o.start > t.end
                            && matches!(
                                ctx.text[t.end..o.start].trim(),
                                "d'une"
                                    | "d’une"
                                    | "d'un"
                                    | "d’un"
                                    | "de"
                                    | "des"
                            )
                    }))
        });
    }
}

/// "… des hommes armés ont attaqué le poste de l'armée. Les combats ont
/// duré quatre heures": fighting told with no party, right after an
/// attack of one armed side on another, in the same paragraph and within
/// two sentences, is between those sides.
fn clash_sides(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let armed = |e: &usize| armed_actor(ctx, *e);
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.kind != "armed_clash" || matches!(d.pos, Some(Pos::Verb)) {
            continue;
        }
        // "Nos forces, appuyées par l'aviation, ont repoussé l'assaut au
        // terme de deux heures de combats", "Au terme de violents combats,
        // nos forces ont mis l'ennemi en déroute": fighting whose parties
        // stand on one side is with the other side of its sentence, else
        // the attacker or the side attacked of the attack told just
        // before.
        let ents = &ctx.entities.drafts;
        let own = one_side(ents, &d.agent).filter(|&s| s == 0 || s == ARMED);
        if let Some(own) = own {
            let other = |e: &usize| {
                armed(e)
                    && side(&ents[*e].subkind).is_some_and(|s| s != own)
                    && !d.target.contains(e)
            };
            // (Read in the trigger's window: a run-on text costs no more
            // per event.)
            let in_sentence =
                ctx.sentences.get(d.sentence).and_then(|&sent| {
                    let near = window(ctx.text, sent, d.triggers[0]);
                    mentions_within(mentions, near)
                        .iter()
                        .take(24)
                        .map(|&(_, e)| e)
                        .find(|e| other(e))
                });
            let before = || {
                done.iter()
                    .rev()
                    .take(4)
                    .take_while(|p| p.sentence + 2 >= d.sentence)
                    .filter(|p| p.kind == "attack" && !p.negated)
                    .find_map(|p| {
                        p.agent
                            .iter()
                            .chain(&p.target)
                            .copied()
                            .find(|e| other(e) && named_actor(ctx, *e))
                    })
            };
            if let Some(e) = in_sentence.or_else(before) {
                d.agent.push(e);
            }
            continue;
        }
        if !d.agent.is_empty() {
            continue;
        }
        // "L'armée syrienne et le Hezbollah ont annoncé un cessez-le-feu
        // … suite à la capitulation de Daech à l'issue de violents
        // combats": the forces its own sentence names, of both sides,
        // are the parties.
        if let Some(&sent) = ctx.sentences.get(d.sentence) {
            let lo = mentions.partition_point(|(m, _)| m.start < sent.start);
            let mut named: Vec<usize> = Vec::new();
            for &(m, e) in mentions[lo..].iter().take(24) {
                if m.end > sent.end {
                    break;
                }
                if armed(&e) && named_actor(ctx, e) && !named.contains(&e) {
                    named.push(e);
                }
            }
            let side_of = |e: usize| side(&ctx.entities.drafts[e].subkind);
            let both = named.iter().any(|&e| side_of(e) == Some(0))
                && named.iter().any(|&e| side_of(e) == Some(ARMED));
            if both && named.len() <= 4 {
                d.agent = named;
                continue;
            }
        }
        let Some(prev) = told_before(done, d.sentence, 2, 4) else {
            continue;
        };
        if !follows_in_paragraph(ctx, prev, d) || prev.negated {
            continue;
        }
        let sides: Vec<usize> = match prev.kind.as_str() {
            "attack" => {
                let a = prev.agent.iter().copied().find(armed);
                // The side attacked: an armed target, else the armed actor
                // its sentence names after the trigger ("le camp de
                // l'armée malienne").
                let sent = ctx.sentences[prev.sentence];
                let from = mentions
                    .partition_point(|(m, _)| m.start < prev.triggers[0].end);
                // A force named rather than soldiers counted ("le poste de
                // l'armée, tuant trois soldats").
                let t = prev
                    .target
                    .iter()
                    .copied()
                    .filter(armed)
                    .find(|&e| named_actor(ctx, e))
                    .or_else(|| prev.target.iter().copied().find(armed))
                    .or_else(|| {
                        mentions[from..]
                            .iter()
                            .take_while(|(m, _)| m.end <= sent.end)
                            .map(|&(_, e)| e)
                            .find(|e| armed(e) && !prev.agent.contains(e))
                    });
                match (a, t) {
                    (Some(a), Some(t)) if a != t => vec![a, t],
                    _ => continue,
                }
            }
            _ => continue,
        };
        if sides.len() == 2 && !sides.iter().any(|e| d.target.contains(e)) {
            d.agent = sides;
        }
    }
}

/// "vingt-deux (22) terroristes neutralisés", "des opérations de
/// ratissage se poursuivent": the state force named last before (not
/// soldiers counted) did it, within a few paragraphs: army and police
/// communiqués count their foes and tell their sweeps so.
fn neutralised_by_the_force(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        let f = folded_of(ctx, d.triggers[0]);
        // "Des opérations de ratissage se poursuivent dans la zone": only
        // a force sweeps an area.
        let sweep = d.kind == "attack"
            && ["ratissage", "nettoyage", "securisation"]
                .iter()
                .any(|w| f.contains(w));
        if !(d.kind == "killing" && f.starts_with("neutralis") || sweep)
            || !d.agent.is_empty()
            || !d.target.iter().all(|&e| {
                armed_actor(ctx, e) && ents[e].subkind != "state_force"
            })
        {
            continue;
        }
        let at = d.triggers[0].start;
        let n = mentions.partition_point(|(m, _)| m.start < at);
        let force = mentions[..n]
            .iter()
            .rev()
            .take_while(|(m, _)| at - m.end <= 1500)
            .find(|&&(_, e)| {
                ents[e].subkind == "state_force" && named_actor(ctx, e)
            })
            .map(|&(_, e)| e);
        if let Some(f) = force {
            if !d.target.contains(&f) {
                d.agent.push(f);
            }
        }
    }
}

/// "des terroristes ont attaqué le poste de Kourtiagou … Bilan : six
/// militaires tombés au champ d'honneur": soldats who fall, or whose loss
/// is mourned ("déplore la perte de six soldats"), fall to the armed group
/// whose attack was told just before (the last 16 events, within a few
/// paragraphs).
fn fallen_to_the_attackers(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let foe =
        |e: &usize| armed_actor(ctx, *e) && ents[*e].subkind != "state_force";
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        // (The wounded counted beside them leave the targets later.)
        if d.kind != "killing"
            || !d.agent.is_empty()
            || !d.target.iter().any(|&e| ents[e].subkind == "state_force")
            || d.target.iter().any(foe)
        {
            continue;
        }
        let t = d.triggers[0];
        let w = folded_of(ctx, t);
        // ("Bilan provisoire côté ami : 4 militaires tués": killed in
        // the force's own tally.)
        let tally = || {
            w.starts_with("tue")
                && ctx.sentences.get(d.sentence).is_some_and(|&sent| {
                    let from = sent.start.max(t.start.saturating_sub(120));
                    let lead = folded_of(ctx, Span::new(from, t.start));
                    ["bilan", "cote ami", "nos rangs", "de notre cote"]
                        .iter()
                        .any(|c| lead.contains(c))
                })
        };
        if !["tomb", "perte", "mort"].iter().any(|p| w.starts_with(p))
            && !tally()
        {
            continue;
        }
        let doer = done
            .iter()
            .rev()
            .take(16)
            .take_while(|p| {
                p.triggers[0].end <= t.start
                    && t.start - p.triggers[0].end <= 2000
            })
            .filter(|p| {
                matches!(
                    p.kind.as_str(),
                    "attack" | "armed_clash" | "bombing" | "shelling"
                ) && !p.negated
                    && p.modality == "asserted"
            })
            .find_map(|p| p.agent.iter().copied().find(foe));
        if let Some(e) = doer {
            d.agent.push(e);
        }
    }
}

/// "Les forces spéciales Danab ont repris Sabiid après trois jours de
/// combats contre les shebab": fighting that names one side, told after
/// a deed of another armed actor in its sentence, is between them.
fn fighting_of_the_deed(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let armed = |e: &usize| armed_actor(ctx, *e);
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.kind != "armed_clash"
            || matches!(d.pos, Some(Pos::Verb))
            || d.agent.len() != 1
            || !armed(&d.agent[0])
        {
            continue;
        }
        // The last few events of the sentence: a run-on text of thousands
        // costs no more per event.
        let Some(doer) = done
            .iter()
            .rev()
            .take_while(|p| p.sentence == d.sentence)
            .take(8)
            .filter(|p| {
                matches!(
                    p.kind.as_str(),
                    "capture"
                        | "withdrawal"
                        | "attack"
                        | "siege"
                        | "deployment"
                ) && !p.negated
            })
            .find_map(|p| {
                p.agent.iter().copied().find(|e| armed(e) && *e != d.agent[0])
            })
        else {
            continue;
        };
        if !d.target.contains(&doer) {
            d.agent.push(doer);
        }
    }
}

/// "une trêve négociée par des notables de Misrata", "après des
/// tractations avec des notables": who brokers a truce is no party to it.
fn truce_brokers(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for d in drafts.iter_mut().filter(|d| d.kind == "ceasefire") {
        // Mentions near the trigger, in its sentence (mentions are sorted).
        let sent = window(ctx.text, ctx.sentences[d.sentence], d.triggers[0]);
        let from = mentions.partition_point(|(m, _)| m.start < sent.start);
        let brokers: Vec<usize> = mentions[from..]
            .iter()
            .take_while(|(m, _)| m.end <= sent.end)
            .filter(|(m, e)| {
                d.agent.contains(e) && {
                    let w = folded_words_before(ctx, m.start, 4);
                    let w: Vec<&str> = w
                        .iter()
                        .copied()
                        .filter(|x| {
                            !matches!(*x, "des" | "les" | "la" | "le" | "l'")
                        })
                        .collect();
                    matches!(
                        w[..],
                        [
                            ..,
                            "negociee" | "negocie" | "obtenue" | "obtenu",
                            "par" | "avec"
                        ] | [
                            ..,
                            "tractations" | "mediation" | "egide",
                            "avec" | "de" | "du" | "d'"
                        ]
                    )
                }
            })
            .map(|&(_, e)| e)
            .collect();
        d.agent.retain(|e| !brokers.contains(e));
    }
}

/// "ont repoussé une attaque du JNIM", "une offensive repoussée par
/// l'armée": the assault held off is told by its own noun, which the
/// annotated sets mark, not "repoussé" (2 cases of 26). The clash the
/// verb tells lends its sides to the events after it
/// ([`story_sides`]) and is then dropped.
fn drop_repelled_assaults(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let assault = |w: &&str| {
        let w = w.strip_prefix("l'").unwrap_or(w);
        let w = w.strip_prefix("d'").unwrap_or(w);
        let w = w.strip_suffix('s').unwrap_or(w);
        matches!(w, "attaque" | "assaut" | "offensive" | "incursion")
    };
    drafts.retain(|d| {
        let t = d.triggers[0];
        !(d.kind == "armed_clash"
            && d.triggers.len() == 1
            && folded_of(ctx, t).starts_with("repouss")
            && (folded_words_after(ctx, t.end, 4).iter().any(assault)
                || folded_words_before(ctx, t.start, 4).iter().any(assault)))
    });
}

/// "Au terme de quatre heures de combats, nos forces ont repoussé
/// l'ennemi", "… ont repoussé les assaillants. Au cours des accrochages
/// …": a side held off beside fighting told by its noun, in the same
/// sentence or the next of the same paragraph, is that fighting: the noun
/// is its trigger, and the sides the verb names are its parties. (The
/// annotated sets mark "repoussé" itself only where no such noun is
/// near.)
fn repelled_into_fighting(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let repelled = |d: &EventDraft| {
        d.kind == "armed_clash"
            && d.triggers.len() == 1
            && folded_of(ctx, d.triggers[0]).starts_with("repouss")
    };
    if !drafts.iter().any(repelled) {
        return;
    }
    let mut keep = vec![true; drafts.len()];
    for i in 0..drafts.len() {
        if !repelled(&drafts[i]) {
            continue;
        }
        let s = drafts[i].sentence;
        let near = |j: usize| {
            let (a, b) = (&drafts[i], &drafts[j]);
            let (first, second) = if j < i { (b, a) } else { (a, b) };
            keep[j]
                && b.kind == "armed_clash"
                && !repelled(b)
                && !b.negated
                && follows_in_paragraph(ctx, first, second)
        };
        // The nearest before in this sentence or the one before, else
        // after in this sentence or the next: a few each way.
        let before = (0..i)
            .rev()
            .take_while(|&j| drafts[j].sentence + 1 >= s)
            .take(6)
            .find(|&j| near(j));
        let after = || {
            (i + 1..drafts.len())
                .take_while(|&j| drafts[j].sentence <= s + 1)
                .take(6)
                .find(|&j| near(j))
        };
        let Some(j) = before.or_else(after) else { continue };
        let sides: Vec<usize> = drafts[i]
            .agent
            .iter()
            .chain(&drafts[i].target)
            .copied()
            .filter(|&e| ctx.entities.drafts[e].kind == EntityKind::Actor)
            .collect();
        let fight = &mut drafts[j];
        for e in sides {
            if !fight.target.contains(&e) {
                push_unique(&mut fight.agent, e);
            }
        }
        keep[i] = false;
    }
    *drafts = kept(std::mem::take(drafts), keep);
}

/// "Un cessez-le-feu a été annoncé dimanche", "les combats ont repris":
/// fighting told with no party, and a truce that names no armed party,
/// are between the armed sides of the fighting the story told last
/// before (the first after when none comes before), or of an attack held
/// off. Sides taken from any attack of one armed side on another did worse
/// on the gold sets; those of an attack told up to two sentences before
/// fighting at no other place did better.
fn story_sides(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let armed = |e: &usize| armed_actor(ctx, *e);
    // "les VDP ont repoussé une attaque du JNIM", "une offensive
    // repoussée par l'armée": an attack held off was fought by both.
    let repelled = |d: &EventDraft| {
        let t = d.triggers[0];
        d.kind == "attack"
            && folded_words_before(ctx, t.start, 3)
                .iter()
                .chain(folded_words_after(ctx, t.end, 2).iter())
                .any(|w| w.starts_with("repouss"))
    };
    let sides_of = |d: &EventDraft| -> Option<Vec<usize>> {
        if d.negated {
            return None;
        }
        let sides: Vec<usize> = if d.kind == "armed_clash" {
            d.agent.iter().copied().filter(armed).collect()
        } else if repelled(d) {
            d.agent.iter().chain(&d.target).copied().filter(armed).collect()
        } else {
            return None;
        };
        (sides.len() >= 2).then_some(sides)
    };
    let wants = |d: &EventDraft| {
        (d.agent.is_empty()
            && (d.kind == "ceasefire" || d.kind == "armed_clash")
            || d.kind == "ceasefire" && !d.agent.iter().any(armed))
            && !called_of_no_one(ctx, d)
    };
    if !drafts.iter().any(wants) {
        return;
    }
    // "Des jihadistes ont attaqué un convoi de l'armée … Les combats ont
    // duré deux heures": fighting told right after an attack of one armed
    // side on another is between them. (Named sides: not "trois
    // soldats" counted, who fought as their force.)
    let attack_sides = |d: &EventDraft| -> Option<Vec<usize>> {
        if d.negated || d.kind != "attack" || d.modality != "asserted" {
            return None;
        }
        let doers: Vec<usize> =
            d.agent.iter().copied().filter(armed).collect();
        let hit: Vec<usize> = d
            .target
            .iter()
            .copied()
            .filter(|&e| armed(&e) && named_actor(ctx, e))
            .collect();
        (!doers.is_empty() && !hit.is_empty())
            .then(|| doers.into_iter().chain(hit).collect())
    };
    let mut last: Option<Vec<usize>> = None;
    // (sentence, sides, places) of the last such attack, told after
    // `last`.
    let mut last_attack: Option<(usize, Vec<usize>, Vec<usize>)> = None;
    let first = drafts.iter().find_map(sides_of);
    for d in drafts.iter_mut() {
        if let Some(s) = sides_of(d) {
            last = Some(s);
            last_attack = None;
            continue;
        }
        if let Some(s) = attack_sides(d) {
            last_attack = Some((d.sentence, s, d.location.clone()));
            continue;
        }
        if !wants(d) {
            continue;
        }
        // (Not fighting told elsewhere: "plus au nord, les combats se
        // sont intensifiés autour d'El-Obeid".)
        let after_attack = last_attack
            .as_ref()
            .filter(|(s, _, places)| {
                d.kind == "armed_clash"
                    && d.sentence <= s + 2
                    && d.location.iter().all(|e| places.contains(e))
            })
            .map(|(_, sides, _)| sides);
        if let Some(s) = after_attack.or(last.as_ref()).or(first.as_ref()) {
            if !s.iter().any(|e| d.target.contains(e)) {
                for &e in s {
                    push_unique(&mut d.agent, e);
                }
            }
        }
    }
}

/// "Yémen : fin de l'échange de prisonniers entre Houthis et
/// gouvernement … L'accord sur cet échange avait été conclu à l'issue de
/// dix jours de pourparlers": talks, a deal or a swap told with no party
/// are between the parties of the talks or the deal the story told last
/// before (the first after when none comes before): two or more named,
/// with no mediator among them. (Truces take the sides of the fighting.)
fn talks_parties(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let swap = |d: &EventDraft| {
        d.kind == "release"
            && d.triggers
                .iter()
                .any(|t| folded_of(ctx, *t).contains("echange"))
    };
    let talks = |d: &EventDraft| {
        matches!(d.kind.as_str(), "negotiation" | "agreement") || swap(d)
    };
    // (Parties named by the gazetteer: not "des combattants" counted,
    // nor a mediator taken for one.)
    let parties_of = |d: &EventDraft| -> Option<Vec<usize>> {
        if !talks(d) || d.negated {
            return None;
        }
        let party = |e: &usize| {
            named_actor(ctx, *e)
                && !matches!(ents[*e].subkind.as_ref(), "intl_org" | "other")
        };
        (d.agent.len() >= 2 && d.agent.iter().all(party))
            .then(|| d.agent.clone())
    };
    let wants = |d: &EventDraft| {
        talks(d) && d.agent.is_empty() && !called_of_no_one(ctx, d)
    };
    if !drafts.iter().any(wants) {
        return;
    }
    let first = drafts.iter().find_map(parties_of);
    let mut last: Option<Vec<usize>> = None;
    for d in drafts.iter_mut() {
        if let Some(p) = parties_of(d) {
            last = Some(p);
            continue;
        }
        if !wants(d) {
            continue;
        }
        if let Some(p) = last.as_ref().or(first.as_ref()) {
            if !p.iter().any(|e| d.target.contains(e)) {
                d.agent = p.clone();
            }
        }
    }
}

/// "L'émissaire de l'ONU a appelé mardi à un cessez-le-feu", "appelle
/// toutes les parties à un arrêt des hostilités": a truce called for
/// that names no one to agree to it. A third party's call says nothing
/// of who would cease fire; "a appelé les deux parties à" (or "les
/// belligérants") names the story's sides.
fn called_of_no_one(ctx: &Context<'_>, d: &EventDraft) -> bool {
    if d.modality != "demanded" {
        return false;
    }
    let t = d.triggers[0];
    let Some(&sent) = ctx.sentences.get(d.sentence) else { return false };
    call_word_before(ctx, sent, t).is_some_and(|call| {
        let f0 = ctx.folded.from_original(call);
        let f1 = ctx.folded.from_original(t.start).max(f0);
        !words_of(&ctx.folded.text[f0..f1]).any(|w| {
            matches!(w, "deux" | "belligerants" | "protagonistes" | "camps")
        })
    })
}

/// "…, selon la même source", "de même source": the source of the event
/// told last before with one, within five sentences.
fn same_source(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let mut last: Option<(usize, Vec<usize>)> = None;
    let mut said: Option<(usize, bool)> = None;
    for d in drafts.iter_mut() {
        if d.source.is_empty() {
            if let Some((s, src)) = &last {
                if d.sentence <= s + 5 {
                    let same = match said {
                        Some((i, v)) if i == d.sentence => v,
                        _ => {
                            let f = folded_of(ctx, ctx.sentences[d.sentence]);
                            let v = f.contains("meme source")
                                || f.contains("memes sources");
                            said = Some((d.sentence, v));
                            v
                        }
                    };
                    if same {
                        d.source = src.clone();
                    }
                }
            }
        }
        if !d.source.is_empty() {
            last = Some((d.sentence, d.source.clone()));
        }
    }
}

/// "quatre blessés, évacués et pris en charge", "évacués vers l'hôpital":
/// the evacuation at `t` takes the wounded, the sick or the dead to care
/// (read across the comma before it).
fn medical_evacuation(ctx: &Context<'_>, t: Span) -> bool {
    let from = stretch_before(ctx.text, t.start, 40, 0);
    let words = folded_words(folded_of(ctx, Span::new(from, t.start)));
    let before = &words[words.len().saturating_sub(3)..];
    let after = folded_words_after(ctx, t.end, 5);
    before.iter().any(|w| {
        w.starts_with("blesse") || w.starts_with("malade") || *w == "corps"
    }) || after.iter().take(3).any(|w| {
        w.starts_with("hopita") || *w == "l'hopital" || *w == "medicalement"
    })
        // "ils ont été évacués et pris en charge": cared for.
        || after.windows(3).any(|w| w == ["pris", "en", "charge"])
        || after
            .iter()
            .any(|w| w.starts_with("soign") || w.starts_with("hospitalis"))
}

/// "l'évacuation de onze villages", "des habitants": an evacuation whose
/// next words, in its clause, are of settlements or their people.
fn evacuates_people(ctx: &Context<'_>, t: Span) -> bool {
    let f = ctx.folded.text.as_str();
    let start = ctx.folded.from_original(t.start);
    let end = ctx.folded.from_original(t.end);
    if !f[start..end].starts_with("evacu") {
        return false;
    }
    // "les ordres d'évacuation", "l'évacuation obligatoire": orders to
    // leave are given to civilians.
    let before = clause_words_back(f, start, 2);
    if matches!(before.first(), Some(&"d'"))
        && before.get(1).is_some_and(|w| {
            matches!(*w, "ordre" | "ordres" | "avis" | "avertissement")
        })
        || clause_words_fwd(f, end, 1).first().is_some_and(|w| {
            matches!(*w, "obligatoire" | "forcee" | "preventive")
        })
    {
        return true;
    }
    // "ont évacué leurs positions", "des soldats évacués": troops leave.
    // A word without its elided "d'" and its plural "s".
    fn noun(w: &str) -> &str {
        let w = w.strip_prefix("d'").unwrap_or(w);
        w.strip_suffix('s').unwrap_or(w)
    }
    let military = |w: &&str| {
        matches!(
            noun(w),
            "position"
                | "base"
                | "poste"
                | "plateforme"
                | "bataillon"
                | "garnison"
                | "caserne"
                | "troupe"
                | "soldat"
                | "militaire"
                | "unite"
                | "combattant"
                | "rebelle"
                | "insurge"
                | "milicien"
                | "jihadiste"
                | "djihadiste"
        )
    };
    let fwd = clause_words_fwd(f, end, 5);
    // "des orpailleurs présents sur le site ont été évacués", "1 300
    // personnes avaient été évacuées": people moved out.
    let participle = matches!(
        &f[start..end],
        "evacue" | "evacues" | "evacuee" | "evacuees"
    );
    let back = clause_words_back(f, start, 6);
    // ("Les combattants ont achevé l'évacuation de la ville.")
    if fwd.iter().any(military) || back.iter().any(military) {
        return false;
    }
    // "a ordonné l'évacuation de l'est de Rafah", "l'ordre d'évacuation
    // émis mercredi": an order to leave is given to civilians (troops
    // ordered out are named, above).
    if clause_words_back(f, start, 3).iter().any(|w| {
        w.starts_with("ordonn")
            || w.starts_with("l'ordre")
            || matches!(*w, "ordre" | "ordres")
    }) {
        return true;
    }
    // "le camp de Tessalit, évacué par la MINUSMA": a force that leaves
    // a site it held.
    let by_force = fwd.first() == Some(&"par")
        && fwd[1..].iter().take(3).any(|w| {
            matches!(
                noun(w),
                "minusma"
                    | "monusco"
                    | "minusca"
                    | "finul"
                    | "barkhane"
                    | "armee"
                    | "force"
                    | "troupe"
                    | "soldat"
                    | "militaire"
                    | "casque"
                    | "contingent"
            )
        });
    if by_force {
        return false;
    }
    if participle && !medical_evacuation(ctx, t) {
        return true;
    }
    // Else people leave: the gold sets code five of six evacuations told
    // with no troops or military site beside them as displacements
    // ("après des appels à l'évacuation", "ont commencé à évacuer leurs
    // ressortissants", "d'autres évacuations sont prévues"); the wounded
    // flown out are cared for, no flight.
    !medical_evacuation(ctx, t)
}

/// An article, or "à" with or without one: the folded words between a
/// verb of doing and the noun of its deed ("procédé à l'", "mené des").
fn is_article_or_to(w: &str) -> bool {
    matches!(
        w,
        "l'" | "la" | "le" | "les" | "des" | "une" | "un" | "a" | "au" | "aux"
    )
}

/// Whether `gap` is a relative clause set off by commas between a subject
/// and its verb: "L'AFC/M23, qui contrôle Goma depuis janvier 2025, a
/// démenti".
fn relative_aside(gap: &str) -> bool {
    let g = gap.trim();
    let Some(inner) = g.strip_prefix(',').and_then(|x| x.strip_suffix(','))
    else {
        return false;
    };
    let inner = inner.trim();
    (inner.starts_with("qui ") || inner.starts_with("dont "))
        && !inner.contains(['.', ';', ':', '«', '»', '"'])
        && inner.split_whitespace().count() <= 14
}

/// Whether `rest`, the text right after a number, makes it an age: "ans"
/// right away, or past other numbers of the same list ("54 et 61 ans",
/// "12, 14 et 16 ans").
fn age_follows(rest: &str) -> bool {
    let mut r = rest;
    for _ in 0..6 {
        r = r.trim_start_matches([' ', '\u{a0}']);
        if r.starts_with("ans")
            && !r[3..].starts_with(|c: char| c.is_alphanumeric())
            || r.starts_with("an ")
            || r.starts_with("an,")
        {
            return true;
        }
        let Some(next) = r
            .strip_prefix("et ")
            .or_else(|| r.strip_prefix(','))
            .map(|x| x.trim_start_matches([' ', '\u{a0}']))
        else {
            return false;
        };
        let digits = next.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        r = &next[digits..];
    }
    false
}

/// Whether the text around a trigger tells of hostages freed or held:
/// soldiers captured in a story of their release are hostages.
fn tells_of_hostages(ctx: &Context<'_>, t: Span) -> bool {
    let from = stretch_before(ctx.text, t.start, 300, 0);
    let to = stretch_after(ctx.text, t.end, 300);
    let f = folded_of(ctx, Span::new(from, to));
    ["libere", "relach", "otage", "remis au", "remis a"]
        .iter()
        .any(|w| f.contains(w))
}

/// The kind a mover or a taker decides: civilians "capturés" by a
/// guerrilla are abducted, not arrested (soldiers it captures are taken
/// prisoner, as the schema's arrest says); armed men who flee withdraw,
/// civilians who leave a town are displaced.
fn retype_by_doer(
    ctx: &Context<'_>,
    d: &mut EventDraft,
    folded_trigger: &str,
) {
    let ents = &ctx.entities.drafts;
    let all = |v: &[usize], f: &dyn Fn(&str) -> bool| {
        !v.is_empty()
            && v.iter().all(|&e| {
                ents[e].kind == EntityKind::Actor
                    && f(ents[e].subkind.as_ref())
            })
    };
    let armed =
        |s: &str| matches!(s, "armed_group" | "unidentified_armed_group");
    match d.kind.as_str() {
        "arrest"
            if folded_trigger.starts_with("captur")
                && all(&d.agent, &armed)
                && (!all(&d.target, &|s| s == "state_force")
                    || tells_of_hostages(ctx, d.triggers[0])) =>
        {
            d.kind = "abduction".into();
        }
        "withdrawal"
            if all(&d.agent, &|s| s == "civilians")
                && !folded_trigger.starts_with("evacu") =>
        {
            d.kind = "displacement".into();
        }
        // ("les militaires américains allaient être évacués": troops
        // moved out are withdrawn, whoever moves them.)
        "displacement"
            if (!folded_trigger.starts_with("evacu")
                || matches!(
                    folded_trigger,
                    "evacue" | "evacues" | "evacuee" | "evacuees"
                ))
                && all(&d.agent, &|s| {
                    matches!(
                        s,
                        "state_force"
                            | "armed_group"
                            | "unidentified_armed_group"
                    )
                })
                || {
                    // "les colonnes en fuite", "les assaillants, en fuite": a
                    // military body (read across a comma).
                    let t0 = d.triggers[0].start;
                    let from = stretch_before(ctx.text, t0, 40, 0);
                    let head = folded_of(ctx, Span::new(from, t0));
                    let w: Vec<&str> = words_of(head).collect();
                    w.iter().rev().take(3).any(|w| {
                        matches!(
                            *w,
                            "colonnes"
                                | "colonne"
                                | "assaillants"
                                | "combattants"
                                | "terroristes"
                                | "jihadistes"
                                | "djihadistes"
                                | "rebelles"
                                | "troupes"
                                | "soldats"
                                | "unites"
                        )
                    })
                } =>
        {
            // "se sont déplacés les djihadistes de Mossoul": forces moved.
            d.kind = if folded_trigger.contains("deplac") {
                "deployment".into()
            } else {
                "withdrawal".into()
            };
        }
        _ => {}
    }
}

/// "Des jihadistes ont tendu une embuscade à un convoi de l'armée, près
/// de Mayadine, tuant au moins 14 soldats": a gerund of killing after a
/// comma tells the toll of the violent event before it in its sentence;
/// it is no killing of its own (nor has it the nearest actor, the
/// convoy's army, as its subject).
fn gerund_tolls(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let mut gone = vec![false; drafts.len()];
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &rest[0];
        if d.kind != "killing" || d.triggers.len() != 1 || d.negated {
            continue;
        }
        let t = d.triggers[0];
        let form = folded_of(ctx, t);
        if !form.ends_with("ant") || !KILLING_LEADS.contains(&form) {
            continue;
        }
        let before = ctx.text[..t.start].trim_end();
        // Or after another gerund and "et": "a mené des frappes …,
        // détruisant des stocks de carburant et neutralisant plusieurs
        // commandants".
        let after_gerund = || {
            let Some(head) = before.strip_suffix(" et") else {
                return false;
            };
            let lo = stretch_before(ctx.text, head.len(), 160, 0);
            let Some(k) = ctx.text[lo..head.len()].rfind(", ") else {
                return false;
            };
            let clause = &ctx.text[lo + k + 2..head.len()];
            clause
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ant"))
                && !clause.contains(['.', ';'])
        };
        if !before.ends_with(',') && !after_gerund() {
            continue;
        }
        let Some(main) = done.iter_mut().rev().take(8).find(|p| {
            p.sentence == d.sentence
                && VIOLENT_KINDS.contains(&p.kind.as_str())
                && p.kind != "killing"
                && !p.agent.is_empty()
                // (Bursting in only leads to the deed.)
                && !only_bursting_in(ctx, p)
        }) else {
            continue;
        };
        main.killed = main.killed.or(d.killed);
        main.injured = main.injured.or(d.injured);
        for &e in &d.target {
            if !main.agent.contains(&e) {
                push_unique(&mut main.target, e);
            }
        }
        gone[i] = true;
    }
    *drafts = kept(std::mem::take(drafts), gone.into_iter().map(|g| !g));
}
/// The first eight folded words from byte `from` to `to`, read past
/// named actors and parentheses: "25 membres des Volontaires pour la
/// défense de la patrie (VDP) ont été tués" reads "membres des ont été
/// tués".
fn past_names<'a>(
    ctx: &Context<'a>,
    mentions: &[(Span, usize)],
    from: usize,
    to: usize,
) -> FewWords<'a> {
    let text: &'a str = &ctx.folded.text;
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut at = from;
    let mut k = mentions.partition_point(|(m, _)| m.start < from);
    // "Sept Volontaires pour la défense de la patrie ont été tués": the
    // count opens a named group's mention, read past as a whole.
    if let Some(&(m, _)) = mentions[..k].iter().rev().take(2).find(|(m, e)| {
        m.end > from
            && m.end <= to
            && ctx.entities.drafts[*e].kind == EntityKind::Actor
            && ctx.text[from..m.end].contains(char::is_uppercase)
    }) {
        at = m.end;
        k = mentions.partition_point(|(m, _)| m.start < at);
    }
    while at < to && pieces.len() < 8 {
        let next_name = mentions[k..]
            .iter()
            .take_while(|(m, _)| m.start < to)
            .find(|(m, e)| {
                m.start >= at
                    && ctx.entities.drafts[*e].kind == EntityKind::Actor
                    && ctx.entities.drafts[*e].row.is_some()
            })
            .map(|(m, _)| *m)
            .filter(|m| m.end <= to);
        let paren = ctx.text[at..to].find('(').map(|i| at + i).and_then(|o| {
            ctx.text[o..to].find(')').map(|c| Span::new(o, o + c + 1))
        });
        let skip = match (next_name, paren) {
            (Some(a), Some(b)) => Some(if a.start <= b.start { a } else { b }),
            (a, b) => a.or(b),
        };
        let Some(skip) = skip else {
            pieces.push((at, to));
            break;
        };
        pieces.push((at, skip.start));
        at = skip.end;
        k = mentions.partition_point(|(m, _)| m.start < at);
    }
    let f = &ctx.folded;
    FewWords::first_of(
        pieces.into_iter().flat_map(|(a, b)| {
            let (fa, fb) = (f.from_original(a), f.from_original(b));
            words_of(&text[fa..fb.max(fa)])
        }),
        8,
    )
}

/// Whether the trimmed text between two listed actors joins them by
/// "et", with at most one word after it ("et", "et les").
/// Whether "par" right before `at` follows a participle of escort:
/// "escorté par", "accompagnés par", "protégé par".
fn escorting_before(ctx: &Context<'_>, at: usize) -> bool {
    let w = words_before_skipping(ctx, at, 4, ARTICLES);
    matches!(&w[..], [.., p, "par"] if ["escort", "accompagn", "protege", "encadr"]
        .iter()
        .any(|x| p.starts_with(x)))
}

/// "Ils ont décapité deux hommes et enlevé six enfants": a group that is
/// the object of the other verb of a pair joined by "et" is not this
/// verb's victim (the verb at `trig`, the group at `span`).
fn object_of_coordinated_verb(
    ctx: &Context<'_>,
    trig: Span,
    span: Span,
) -> bool {
    let participle = |w: &str| {
        (w.len() >= 4 || matches!(w, "tue" | "tues" | "pris"))
            && ["e", "es", "ee", "ees", "i", "is", "u", "us"]
                .iter()
                .any(|e| w.ends_with(e))
    };
    // "et ont enlevé": the auxiliary may be said again.
    let aux = |w: &str| REPEATED_AUX.contains(&w);
    if span.start >= trig.end {
        // "… décapité … et enlevé au moins six enfants" read from the
        // first verb: "et" and a participle lie between.
        let words: Vec<&str> =
            words_of(folded_of(ctx, Span::new(trig.end, span.start)))
                .take(10)
                .collect();
        words.len() <= 9
            && (0..words.len()).any(|i| {
                let next = |k: usize| words.get(i + k).copied().unwrap_or("");
                words[i] == "et"
                    && (participle(next(1))
                        || aux(next(1)) && participle(next(2)))
            })
    } else {
        // "… décapité deux hommes et enlevé …" read from the second verb:
        // only "et" between (and an auxiliary said again), and a
        // participle right before the group.
        let between = folded_of(ctx, Span::new(span.end, trig.start));
        let mut b = between.split_whitespace();
        (b.next() == Some("et")
            && b.next().map_or(true, aux)
            && b.next().is_none())
            && words_before_skipping(ctx, span.start, 3, ARTICLES)
                .iter()
                .rev()
                .find(|w| !matches!(**w, "au" | "moins" | "plus" | "de"))
                .is_some_and(|w| participle(w))
    }
}

/// Whether a mention opens with a count: "87 combattants", "une
/// vingtaine de jihadistes", "plusieurs centaines de terroristes".
fn count_led(ctx: &Context<'_>, span: Span) -> bool {
    // "au moins neuf personnes", "plus de 200 civils": the count past its
    // hedge.
    let folded = folded_of(ctx, span);
    let hedge = ["au moins ", "plus de ", "pres de ", "environ ", "quelque "]
        .iter()
        .find(|h| folded.starts_with(*h))
        .map_or(0, |h| h.len());
    let folded = &folded[hedge..];
    folded.starts_with(|c: char| c.is_ascii_digit())
        || words_of(folded).next().is_some_and(|w| {
            crate::numbers::parse_number_words(w).is_some()
                || matches!(
                    w,
                    "plusieurs" | "une" | "des" | "quelques" | "nombreux"
                ) && folded.len() > w.len() + 3
                || w.ends_with("aine")
                || w.ends_with("aines")
                || matches!(w, "millier" | "milliers")
        })
}

/// Whether the mention at `span` opens with a count of more than one:
/// "trois soldats", "plusieurs terroristes", "des dizaines d'assaillants".
fn counted_group(ctx: &Context<'_>, span: Span) -> bool {
    let t = &ctx.text[span];
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        return !t.starts_with("1 ");
    }
    let mut words = words_of(folded_of(ctx, span));
    let first = words.next().unwrap_or("");
    let w = if first == "des" { words.next().unwrap_or("") } else { first };
    crate::numbers::parse_number_words(w).is_some_and(|n| n >= 2)
        || w == "plusieurs"
        || w.ends_with("aine")
        || w.ends_with("aines")
        || matches!(w, "millier" | "milliers")
}

fn is_and_gap(gap: &str) -> bool {
    gap == "et"
        || gap.starts_with("et ") && gap.split_whitespace().count() <= 2
}

/// Whether `span` lies inside a longer mention of a named actor: `mentions`
/// sorted by start, as [`EntitySet::mentions`] gives them.
fn inside_longer_actor(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    span: Span,
) -> bool {
    let upto = mentions.partition_point(|(m, _)| m.start <= span.start);
    // Mentions do not nest deep: the few starting last before the
    // trigger are the only ones that may hold it.
    mentions[..upto].iter().rev().take(4).any(|&(m, e)| {
        let d = &ctx.entities.drafts[e];
        // A named actor: a counted group ("des centaines de manifestants")
        // may hold its event's word.
        m.end >= span.end
            && m.len() > span.len()
            && d.kind == EntityKind::Actor
            && (d.row.is_some()
                || !matches!(
                    d.subkind.as_ref(),
                    "civilians" | "unidentified_armed_group"
                ) && is_body_name(&ctx.text[m]))
    })
}

/// Whether an actor's mention is the name of a body the gazetteers do
/// not know ("Brigade de lutte contre les enlèvements et séquestrations",
/// read with its acronym): three words or more, the first a capitalized
/// noun, not a count or a determiner ("Des centaines de manifestants",
/// "Au moins vingt bandits").
fn is_body_name(m: &str) -> bool {
    let mut words = m.split(' ');
    let first = words.next().unwrap_or("");
    let low = lowercase(first);
    words.clone().count() >= 2
        && first.starts_with(|c: char| c.is_uppercase())
        && first.chars().skip(1).all(char::is_lowercase)
        && numbers::parse_number_words(&low).is_none()
        && !matches!(
            low.as_ref(),
            "des"
                | "les"
                | "au"
                | "aux"
                | "plus"
                | "quelque"
                | "quelques"
                | "plusieurs"
                | "de"
                | "du"
                | "la"
                | "le"
                | "ces"
                | "ses"
                | "leurs"
                | "nos"
                | "environ"
                | "près"
                | "entre"
                | "certains"
        )
}

/// The one force of its country the story names, when actor `e` is a
/// defence ministry.
fn defence_ministry_force(ctx: &Context<'_>, e: usize) -> Option<usize> {
    let m = &ctx.entities.drafts[e];
    if m.kind != EntityKind::Actor || m.subkind != "government" {
        return None;
    }
    let name = crate::normalize::fold(&m.canonical).text;
    if !(name.starts_with("ministere") && name.contains("defense")) {
        return None;
    }
    named_force_of(ctx, m.country.as_deref()?, false)
}

/// "Le ministère de la Défense a annoncé avoir neutralisé vingt
/// terroristes": a defence ministry tells of what its country's forces
/// did. When the story names that one force, it is the agent and the
/// ministry the source.
fn defence_ministry_forces(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let force_of = |e: usize| defence_ministry_force(ctx, e);
    for d in drafts.iter_mut() {
        if !ARMED_AGENT_KINDS.contains(&d.kind.as_str()) {
            continue;
        }
        let swaps: Vec<(usize, usize)> = d
            .agent
            .iter()
            .filter_map(|&e| force_of(e).map(|f| (e, f)))
            .collect();
        for (ministry, force) in swaps {
            if d.target.contains(&force) {
                continue;
            }
            d.agent.retain(|&e| e != ministry);
            push_unique(&mut d.agent, force);
            push_unique(&mut d.source, ministry);
        }
    }
}

/// "Les FSR ont tué 800 personnes lors de leur prise d'Ardamata": an event
/// noun after a possessive ("leur", "sa") is the doing of the agent of the
/// event just before it in the sentence.
fn possessive_agent(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if !d.agent.is_empty()
            || matches!(d.pos, Some(Pos::Verb))
            || !ARMED_AGENT_KINDS.contains(&d.kind.as_str())
        {
            continue;
        }
        let before = folded_words_before(ctx, d.triggers[0].start, 1);
        if !matches!(before[..], ["leur" | "leurs" | "sa" | "son" | "ses"]) {
            continue;
        }
        let Some(prev) = done
            .iter()
            .rev()
            .take_while(|p| p.sentence == d.sentence)
            .find(|p| !p.agent.is_empty())
        else {
            continue;
        };
        // Armed actors, and not what the event itself hits.
        let agents = prev.agent.clone();
        if agents.iter().all(|e| {
            !d.target.contains(e) && is_armed(&ctx.entities.drafts[*e].subkind)
        }) {
            d.agent = agents;
        }
    }
}

/// "ont enlevé une trentaine d'enfants, selon l'Unicef, qui a exigé leur
/// libération", "a exigé sa libération immédiate": the release of "them"
/// or "him" frees whom the last abduction or arrest told before it, in
/// that sentence or the two before it in the paragraph, took.
fn possessive_release_target(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    // The last abduction or arrest with people taken, kept as the drafts
    // (in the order of their triggers, so of their sentences) are read,
    // not looked for again before each release.
    let mut last_taking: Option<usize> = None;
    for i in 0..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if matches!(d.kind.as_str(), "abduction" | "arrest")
            && !d.target.is_empty()
        {
            last_taking = Some(i);
            continue;
        }
        if d.kind != "release"
            || !d.target.is_empty()
            || matches!(d.pos, Some(Pos::Verb))
        {
            continue;
        }
        let at = d.triggers[0].start;
        let before = folded_words_before(ctx, at, 1);
        let plural = match before[..] {
            ["leur" | "leurs"] => true,
            ["sa" | "son"] => false,
            _ => continue,
        };
        let Some(prev) = last_taking
            .map(|j| &done[j])
            .filter(|p| p.sentence + 2 >= d.sentence)
        else {
            continue;
        };
        // ("sa libération" frees one: not "les deux agents".)
        let one = |e: &usize| {
            ctx.entities.drafts[*e].mentions.iter().all(|m| {
                let f = folded_of(ctx, *m);
                !f.ends_with(['s', 'x'])
                    && f.split(' ')
                        .next()
                        .and_then(numbers::parse_number)
                        .is_none_or(|n| n <= 1)
            })
        };
        if !plural && (prev.target.len() > 1 || !prev.target.iter().all(one)) {
            continue;
        }
        d.target = prev.target.clone();
    }
}

/// "Nos opérations se poursuivront", "notre offensive": in a force's
/// communiqué, a deed the issuer calls its own is its doing; in a defence
/// ministry's, its country's force's.
fn our_deeds(ctx: &Context<'_>, issuer: usize, drafts: &mut [EventDraft]) {
    let doer = if is_armed(&ctx.entities.drafts[issuer].subkind) {
        issuer
    } else if let Some(force) = defence_ministry_force(ctx, issuer) {
        force
    } else {
        return;
    };
    for d in drafts.iter_mut() {
        if !d.agent.is_empty()
            || d.target.contains(&doer)
            || !ARMED_AGENT_KINDS.contains(&d.kind.as_str())
        {
            continue;
        }
        let before = folded_words_before(ctx, d.triggers[0].start, 1);
        if matches!(before[..], ["nos" | "notre"]) {
            d.agent.push(doer);
        }
    }
}

/// Whether the verb of telling at `words[i]` claims a deed of its own
/// subject, who then did it: "avoir", "être" or "s'être" within the five
/// words after it ("a affirmé dans un communiqué avoir « neutralisé »").
fn claims_at(words: &[&str], i: usize) -> bool {
    words
        .iter()
        .skip(i + 1)
        .take(5)
        .any(|n| matches!(*n, "avoir" | "etre" | "s'etre"))
}

/// "Nos unités ont riposté avec vigueur et les combats ont duré quatre
/// heures", "ont riposté … ; les échanges ont duré deux heures": forces
/// that strike back and then fight, in that sentence or the next of
/// its paragraph, are in a clash, not an attack of their own.
fn riposte_into_fighting(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for d in drafts.iter_mut() {
        if d.kind != "attack"
            || !matches!(d.pos, Some(Pos::Verb))
            || d.triggers.len() != 1
            || !is_riposte(ctx, d)
        {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let mut end = sent.end;
        if let Some(next) = ctx.sentences.get(d.sentence + 1) {
            if !ctx.text[sent.end..next.start].contains("\n\n") {
                end = next.end;
            }
        }
        // (The fight is told within a few hundred bytes: a run-on text is
        // not read to its end for each riposte.)
        let end = end.min(stretch_after(ctx.text, t.end, 400));
        if end <= t.end {
            continue;
        }
        let after = folded_of(ctx, Span::new(t.end, end));
        let fighting = words_of(after).any(|w| {
            matches!(
                w,
                "combats" | "accrochages" | "echanges" | "affrontements"
            )
        }) || after.contains("echange de tirs");
        if fighting {
            d.kind = "armed_clash".to_string();
        }
    }
}

/// "la libération des otages", "la prise d'otages": people named inside
/// a trigger phrase are those it frees or seizes.
fn people_inside_trigger(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for d in drafts.iter_mut() {
        if !matches!(d.kind.as_str(), "release" | "abduction")
            || !d.target.is_empty()
        {
            continue;
        }
        let t = d.triggers[0];
        let from = mentions.partition_point(|m| m.0.start < t.start);
        for &(m, e) in
            mentions[from..].iter().take_while(|m| m.0.start < t.end)
        {
            if m.end <= t.end
                && ctx.entities.drafts[e].kind == EntityKind::Actor
                && !d.agent.contains(&e)
            {
                push_unique(&mut d.target, e);
            }
        }
    }
}

/// "Des habitants de Chaqra ont manifesté": with no place of its own, a
/// protest is where its people come from.
fn protesters_town(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if d.kind != "protest" || !d.location.is_empty() {
            continue;
        }
        let t = d.triggers[0];
        let upto = mentions.partition_point(|m| m.0.start < t.start);
        // The people and their town: the last two mentions before the
        // trigger, "<people> de <town>", a few words before it.
        let [.., (people, p), (town, e)] = &mentions[..upto] else {
            continue;
        };
        if d.agent.contains(p)
            && ents[*e].kind == EntityKind::Place
            && matches!(
                ctx.text[people.end..town.start].trim(),
                "de" | "d'" | "d’"
            )
            && word_gap(ctx, town.end, t.start) <= 3
        {
            d.location.push(*e);
        }
    }
}

/// Whether event `d` answers another: "la riposte", "une contre-attaque".
fn is_riposte(ctx: &Context<'_>, d: &EventDraft) -> bool {
    let t = folded_of(ctx, d.triggers[0]);
    t.starts_with("ripost") || t.starts_with("contre attaqu")
}

/// A riposte is struck by the side an attack hit, against the attacker
/// ("un détachement attaqué par des terroristes … la riposte a permis de
/// neutraliser une cinquantaine d'assaillants"; "une riposte foudroyante
/// après l'attaque contre la base"): its sides are those of the last
/// violent event before it within three sentences, or else of the first
/// after it in its own sentence. An event the riposte "a permis de" bring
/// about ("a permis de neutraliser") is struck by the same side.
fn riposte_sides(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let armed = |e: &usize| {
        ents[*e].kind == EntityKind::Actor
            && matches!(side(&ents[*e].subkind), Some(0) | Some(ARMED))
    };
    for i in 0..drafts.len() {
        if !VIOLENT_KINDS.contains(&drafts[i].kind.as_str())
            || !is_riposte(ctx, &drafts[i])
        {
            continue;
        }
        // (The dead of a killing do not strike back: the attack that
        // killed them is answered.)
        let answered = |p: &EventDraft| {
            VIOLENT_KINDS.contains(&p.kind.as_str())
                && p.kind != "armed_clash"
                && p.kind != "killing"
                && !is_riposte(ctx, p)
                && p.agent.iter().any(armed)
                && p.target.iter().any(armed)
        };
        let s = drafts[i].sentence;
        let prev = drafts[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence + 3 >= s)
            .take(8)
            .find(|p| answered(p));
        // What the riposte "a permis de" do is its doing, not what it
        // answers.
        let next = || {
            drafts[i + 1..]
                .iter()
                .take_while(|p| p.sentence == s)
                .take(8)
                .find(|p| {
                    answered(p)
                        && folded_words_before(ctx, p.triggers[0].start, 2)[..]
                            != ["permis", "de"]
                })
        };
        let Some(answered) = prev.or_else(next) else { continue };
        let hitter: Vec<usize> =
            answered.agent.iter().copied().filter(armed).collect();
        let hit: Vec<usize> =
            answered.target.iter().copied().filter(armed).collect();
        // A side that would strike its own riposte's subject is the wrong
        // pairing ("l'armée a riposté" never hits the army).
        if hit.iter().any(|e| hitter.contains(e))
            || drafts[i].agent.iter().any(|e| hitter.contains(e))
        {
            continue;
        }
        let d = &mut drafts[i];
        // "L'armée affirme avoir riposté": a riposter named on the side
        // that was hit keeps its own name.
        let own_side = one_side(ents, &d.agent).is_some()
            && one_side(ents, &d.agent) == one_side(ents, &hit);
        if !own_side {
            d.agent = hit.clone();
        }
        d.target = hitter.clone();
        d.source
            .retain(|e| !hitter.contains(e) && (own_side || !hit.contains(e)));
        // "la riposte a permis de neutraliser …": the next event of the
        // sentence, right after "permis de", is the riposte's doing.
        let end = d.triggers[0].end;
        let Some(n) =
            drafts[i + 1..].iter_mut().take_while(|p| p.sentence == s).next()
        else {
            continue;
        };
        let before = folded_words_before(ctx, n.triggers[0].start, 2);
        let gap = Span::new(end, n.triggers[0].start);
        if before[..] == ["permis", "de"]
            && gap.start < gap.end
            && !ctx.text[gap].contains(['.', ';'])
            && hit.iter().all(|e| !n.target.contains(e))
        {
            n.agent = hit;
        }
    }
}

/// The side of armed groups, named or not, in [`side`].
const ARMED: u8 = 1;

/// The side an actor subkind stands on in a fight: forces of a state,
/// armed groups ([`ARMED`]), civilians.
fn side(subkind: &str) -> Option<u8> {
    match subkind {
        "state_force" | "government" => Some(0),
        "armed_group" | "unidentified_armed_group" => Some(ARMED),
        "civilians" => Some(2),
        _ => None,
    }
}

/// The one side of the actors of a role (places a target may hold are
/// left out); none when they stand on several or on none.
fn one_side(ents: &[crate::entities::Draft], v: &[usize]) -> Option<u8> {
    let mut sides = v
        .iter()
        .filter(|&&e| ents[e].kind == EntityKind::Actor)
        .map(|&e| side(&ents[e].subkind));
    let first = sides.next()??;
    sides.all(|s| s == Some(first)).then_some(first)
}

/// "Un raid sur un dépôt de munitions", "73 raids ont visé cinq
/// gouvernorats", "un raid israélien sur Astaneh": a bare raid that
/// lands on its target, comes by the dozen, is a state's from abroad or
/// is flown is an air strike; one led by fighters on the ground ("un
/// commando mène un raid contre un poste", "un raid dans le camp de
/// Tulkarem") stays an attack.
fn raids_from_the_air(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for d in drafts.iter_mut() {
        if d.kind != "attack"
            || !d
                .triggers
                .iter()
                .all(|&t| matches!(folded_of(ctx, t), "raid" | "raids"))
        {
            continue;
        }
        let t = d.triggers[0];
        let after = folded_words_after(ctx, t.end, 4);
        let before = folded_words_before(ctx, t.start, 3);
        let first = after.first().copied().unwrap_or("");
        let flown_by = matches!(
            first.trim_end_matches('s'),
            "israelien"
                | "americain"
                | "turc"
                | "russe"
                | "saoudien"
                | "emirati"
                | "pakistanai"
                | "iranien"
                | "egyptien"
        ) && after.get(1) != Some(&"dans");
        let lands = first == "sur"
            || matches!(
                (first, after.get(1).copied()),
                ("a" | "ont", Some(v)) if v.starts_with("vise") || v.starts_with("touche")
            )
            || first.starts_with("visant")
            || first.starts_with("ciblant");
        let counted = ctx.text[..t.start]
            .trim_end_matches([' ', '\u{a0}'])
            .ends_with(|c: char| c.is_ascii_digit())
            || before.last().is_some_and(|w| {
                matches!(
                    *w,
                    "dizaines" | "centaines" | "vingtaine" | "trentaine"
                )
            })
            || before.len() >= 2
                && before[before.len() - 1] == "de"
                && matches!(
                    before[before.len() - 2],
                    "dizaines" | "centaines"
                );
        // Read within the trigger's window of its sentence: a text with
        // no sentence end costs no more per raid.
        let sent =
            ctx.sentences.get(d.sentence).map(|&s| window(ctx.text, s, t));
        let flown = sent.is_some_and(|s| {
            sentence_holds(
                ctx,
                s,
                &["avion", "aviation", "appareils", "drone"],
            )
        });
        let on_foot = sent.is_some_and(|s| {
            sentence_holds(
                ctx,
                s,
                &[
                    "commando",
                    "hommes armes",
                    "assaillants",
                    "pillage",
                    "a moto",
                    "motos",
                    "fantassins",
                    "perquisition",
                ],
            )
        }) || first == "dans";
        if (flown_by || lands || counted || flown) && !on_foot {
            d.kind = "airstrike".into();
        }
    }
}

/// Whether event `d` follows event `prev` in the same paragraph.
fn follows_in_paragraph(
    ctx: &Context<'_>,
    prev: &EventDraft,
    d: &EventDraft,
) -> bool {
    let between = Span::new(prev.triggers[0].end, d.triggers[0].start);
    between.start < between.end && !ctx.text[between].contains("\n\n")
}

/// The last of the few events told before `d` (`done`, in order), in its
/// sentence or the one before, that `keep` accepts, when it comes before
/// `d` in the same paragraph. (Only the eight events just before are
/// read: a run-on text of thousands costs no more per event.)
fn event_just_before<'d>(
    ctx: &Context<'_>,
    done: &'d [EventDraft],
    d: &EventDraft,
    keep: impl Fn(&EventDraft) -> bool,
) -> Option<&'d EventDraft> {
    done.iter()
        .rev()
        .take_while(|p| p.sentence + 1 >= d.sentence)
        .take(8)
        .find(|p| keep(p))
        .filter(|p| follows_in_paragraph(ctx, p, d))
}

/// "Une frappe de drone a tué huit civils. L'armée affirme avoir visé un
/// rassemblement de terroristes": a verb of aiming or hitting with no
/// weapon of its own tells again of the strike or shelling told in this
/// sentence or the two before, in the same paragraph, and takes its kind;
/// so does "ces raids".
fn strike_kind_of_aim(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let mut last: Option<(usize, usize)> = None; // (draft, sentence)
    let mut absorbed: Vec<(usize, usize)> = Vec::new();
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if matches!(d.kind.as_str(), "airstrike" | "shelling") {
            last = Some((i, d.sentence));
            continue;
        }
        // "De fortes explosions ont été entendues à Sanaa", right after
        // the strikes: the blasts heard are those strikes, no bombing.
        if d.kind == "bombing" {
            let t = d.triggers[0];
            let heard = d.triggers.len() == 1
                && folded_of(ctx, t).starts_with("explosion")
                && folded_words_after(ctx, t.end, 4).iter().any(|w| {
                    w.starts_with("entendu") || w.starts_with("retenti")
                });
            if let Some((j, s)) = last {
                if heard
                    && d.sentence <= s + 2
                    && follows_in_paragraph(ctx, &drafts[j], d)
                {
                    let kind = drafts[j].kind.clone();
                    drafts[i].kind = kind;
                }
            }
            continue;
        }
        if d.kind != "attack" {
            continue;
        }
        let Some((j, s)) = last else { continue };
        // "Elle dément avoir visé des civils" denies an attack of its own
        // ("dément toute participation à ces raids" denies the strikes).
        if d.negated && matches!(d.pos, Some(Pos::Verb)) {
            continue;
        }
        let t = d.triggers[0];
        // "L'armée a affirmé avoir visé des terroristes", said in the
        // next paragraph, claims the strikes told just before it.
        let claimed = matches!(d.pos, Some(Pos::Verb))
            && folded_words_before(ctx, t.start, 1).last() == Some(&"avoir");
        // "Les raids ont touché plusieurs maisons", "tué lors des raids":
        // the strikes told before, in this paragraph or the next.
        let raids_again = !matches!(d.pos, Some(Pos::Verb))
            && folded_of(ctx, t).starts_with("raid")
            && folded_words_before(ctx, t.start, 1)
                .last()
                .is_some_and(|w| matches!(*w, "les" | "des" | "ces"));
        let near = if claimed || raids_again {
            d.sentence <= s + 3
        } else {
            d.sentence <= s + 2 && follows_in_paragraph(ctx, &drafts[j], d)
        };
        if !near {
            continue;
        }
        let f = folded_of(ctx, t);
        let aiming = if matches!(d.pos, Some(Pos::Verb)) {
            is_hitting(f)
                || f.starts_with("pris pour cible")
                || f.starts_with("prendre pour cible")
        } else {
            // "Kampala dément toute participation à ces raids": a noun
            // that points back to them.
            raids_again
                || f.starts_with("raid")
                    && folded_words_before(ctx, t.start, 1)
                        .last()
                        .is_some_and(|w| matches!(*w, "ce" | "cette"))
        };
        if !aiming || d.triggers.len() != 1 {
            continue;
        }
        if !claimed {
            let kind = drafts[j].kind.clone();
            drafts[i].kind = kind;
            continue;
        }
        // The claim owns up to the latest strikes by its own side:
        // "en riposte à un tir de missile houthi" is not the army's.
        let ents = &ctx.entities.drafts;
        let same_side = |x: &[usize], y: &[usize]| {
            x.is_empty()
                || y.is_empty()
                || y.iter().any(|&b| {
                    x.iter().any(|&a| {
                        a == b
                            || ents[a].country.is_some()
                                && ents[a].country == ents[b].country
                    })
                })
        };
        // (Among the few drafts before it: a run-on text may hold
        // thousands.)
        let owner = (i.saturating_sub(64)..i).rev().find(|&k| {
            let o = &drafts[k];
            matches!(o.kind.as_str(), "airstrike" | "shelling")
                && o.sentence + 3 >= d.sentence
                && !o.triggers.is_empty()
                && same_side(&d.agent, &o.agent)
        });
        if let Some(j) = owner {
            let kind = drafts[j].kind.clone();
            drafts[i].kind = kind;
            absorbed.push((i, j));
        }
    }
    // A claim is one more mention of the strikes it owns up to: its
    // aims are their targets, its speaker one of their doers.
    for &(i, j) in &absorbed {
        let d = std::mem::replace(&mut drafts[i].triggers, Vec::new());
        drafts[j].triggers.extend(d);
        let (agent, target) =
            (drafts[i].agent.clone(), drafts[i].target.clone());
        for e in agent {
            push_unique(&mut drafts[j].agent, e);
        }
        for e in target {
            if !drafts[j].agent.contains(&e) {
                push_unique(&mut drafts[j].target, e);
            }
        }
    }
    if !absorbed.is_empty() {
        drafts.retain(|d| !d.triggers.is_empty());
    }
}

/// "Les autorités ont ordonné l'évacuation obligatoire des familles",
/// "les ordres d'évacuation émis par l'armée": who orders people out
/// tells of their displacement; those who leave are its agents.
fn evacuation_orderers(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if d.kind != "displacement"
            || !folded_of(ctx, d.triggers[0]).starts_with("evacu")
        {
            continue;
        }
        let verb = matches!(d.pos, Some(Pos::Verb));
        if verb {
            // "Moscou évacue plus de 120 000 civils": the people the verb
            // moves out, right after it, are the ones displaced.
            let t = d.triggers[0];
            let i = mentions.partition_point(|m| m.0.start < t.end);
            if let Some(&(m, e)) = mentions.get(i) {
                if ents[e].subkind == "civilians"
                    && m.start - t.end <= 40
                    && !has_clause_break(&ctx.text[t.end..m.start])
                {
                    push_unique(&mut d.agent, e);
                }
            }
        }
        let (people, orderers): (Vec<usize>, Vec<usize>) =
            d.agent.iter().partition(|&&e| ents[e].subkind == "civilians");
        // Who moves people out by a verb is told only beside them.
        if orderers.is_empty() || verb && people.is_empty() {
            continue;
        }
        d.agent = people;
        for e in orderers {
            push_unique(&mut d.source, e);
        }
    }
}

/// "Soudan : nouvelles frappes de drones des FSR sur Port-Soudan … Lundi,
/// une frappe avait incendié un autre dépôt de carburant": when every
/// strike or bombing of a kind that names its doer names the same one, the
/// ones of that kind told without a doer are its too. Asserted ones only;
/// a story where two sides strike leaves them be.
fn one_striker(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    // "… blessés par un tir de roquette, sans en attribuer la
    // responsabilité": a sentence that leaves the doer open. Read once a
    // sentence (a run-on one may hold thousands of strikes).
    let mut open_at: Vec<Option<bool>> = vec![None; ctx.sentences.len()];
    let mut open = |d: &EventDraft| match open_at.get_mut(d.sentence) {
        Some(Some(o)) => *o,
        Some(slot) => *slot.insert({
            let f = folded_of(ctx, ctx.sentences[d.sentence]);
            ["attribu", "revendiqu", "inconnu", "non identifi"]
                .iter()
                .any(|w| f.contains(w))
        }),
        None => false,
    };
    for kind in ["airstrike", "shelling", "bombing"] {
        let mut striker: Option<&[usize]> = None;
        let mut one = true;
        for d in
            drafts.iter().filter(|d| d.kind == kind && !d.agent.is_empty())
        {
            match striker {
                None => striker = Some(&d.agent),
                Some(s) if s == d.agent.as_slice() => {}
                Some(_) => {
                    one = false;
                    break;
                }
            }
        }
        let Some(by) = striker.filter(|_| one).map(<[usize]>::to_vec) else {
            continue;
        };
        for d in drafts.iter_mut().filter(|d| {
            d.kind == kind
                && d.agent.is_empty()
                && !d.negated
                && d.modality == "asserted"
                && !open(d)
        }) {
            if by.iter().all(|e| !d.target.contains(e)) {
                d.agent = by.clone();
            }
        }
    }
}

/// "Le gouvernement a rendu public un communiqué sur l'attaque", "HRW a
/// publié un rapport sur les massacres": who tells of a happening in a
/// paper about it is its source, not its doer.
fn reporters_on(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    // Each entity's mention starts, in text order, built at the first
    // paper found.
    let starts_of: std::cell::OnceCell<Vec<Vec<usize>>> =
        std::cell::OnceCell::new();
    for d in drafts.iter_mut() {
        if matches!(d.pos, Some(Pos::Verb)) || d.agent.is_empty() {
            continue;
        }
        let t = d.triggers[0];
        let w = folded_words_before(ctx, t.start, 4);
        // "un communiqué sur l'attaque", "un rapport détaillé sur les
        // massacres".
        let paper = |p: &str| {
            matches!(
                p,
                "communique"
                    | "declaration"
                    | "rapport"
                    | "enquete"
                    | "bilan"
                    | "note"
                    | "point"
            )
        };
        let on = match &w[..] {
            [.., p, "sur", "l'" | "la" | "le" | "les" | "une" | "un" | "des"]
                if paper(p) =>
            {
                true
            }
            [.., p, _, "sur", "l'" | "la" | "le" | "les"] => paper(p),
            // "dresse le bilan des opérations conduites par l'armée": who
            // sums them up tells of them.
            [.., "bilan", "des" | "du"] | [.., "bilan", "de", "la" | "l'"] => {
                true
            }
            // "un communiqué consacré à l'embuscade", "… relatif aux
            // attaques".
            [.., p, "consacre" | "consacree" | "relatif" | "relative", "a", "l'" | "la" | "le"]
            | [.., p, _, "consacre" | "consacree" | "relatif" | "relative", "aux" | "au"] => {
                paper(p)
            }
            _ => false,
        };
        if !on {
            continue;
        }
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        // Whether `e` is named in the sentence before the trigger: a
        // look-up in its mentions' starts, not a walk over the sentence's
        // (a run-on text may hold thousands of such papers).
        let starts = starts_of.get_or_init(|| {
            let mut v = vec![Vec::new(); ctx.entities.drafts.len()];
            for &(m, e) in mentions {
                v[e].push(m.start);
            }
            v
        });
        let before = |e: &usize| {
            let at = &starts[*e];
            at.get(at.partition_point(|&x| x < sent.start))
                .is_some_and(|&x| x < t.start)
        };
        let (told, done): (Vec<usize>, Vec<usize>) =
            d.agent.iter().partition(|e| before(e));
        if told.is_empty() {
            continue;
        }
        d.agent = done;
        // "… a rendu public dimanche soir un communiqué sur l'attaque
        // survenue samedi": the day of the paper is not the deed's.
        let dated_paper: Vec<usize> =
            d.time.iter().copied().filter(|e| before(e)).collect();
        if dated_paper.len() < d.time.len() {
            d.time.retain(|e| !dated_paper.contains(e));
        }
        for e in told {
            push_unique(&mut d.source, e);
        }
    }
}

/// "Des insurgés ont attaqué Mucojo. Ils ont décapité deux hommes et
/// enlevé six enfants": a sentence whose subject is "Ils" or "Elles" goes
/// on with the doers of the violent event told in the sentence before, in
/// the same paragraph.
fn pronoun_subjects(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if !d.agent.is_empty()
            || !(VIOLENT_KINDS.contains(&d.kind.as_str())
                || d.kind == "abduction")
        {
            continue;
        }
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let t = d.triggers[0];
        if t.start < sent.start {
            continue;
        }
        let head = &ctx.text[sent.start..t.start];
        // The pronoun's verbs follow it closely; a trigger further on
        // (a run-on sentence) is not read back to the sentence start.
        // "Il"/"Elle" stands for one doer ("L'ennemi a lancé … Il a en
        // outre effectué 3 800 tirs"), not an impersonal "il y a".
        let plural =
            head.strip_prefix("Ils ").or_else(|| head.strip_prefix("Elles "));
        let singular = head
            .strip_prefix("Il ")
            .or_else(|| head.strip_prefix("Elle "))
            .filter(|r| {
                let w = r.split(' ').next().unwrap_or("");
                !matches!(
                    w,
                    "y" | "est"
                        | "s'agit"
                        | "s’agit"
                        | "faut"
                        | "reste"
                        | "semble"
                        | "convient"
                        | "fait"
                        | "était"
                )
            });
        let Some(rest_of) = plural.or(singular).filter(|r| r.len() <= 240)
        else {
            continue;
        };
        let words: Vec<&str> = words_of(folded_of(
            ctx,
            Span::new(t.start - rest_of.len(), t.start),
        ))
        .collect();
        // A noun trigger is the object of a verb of doing ("Ils ont mené
        // des raids", "Il a effectué des tirs").
        let noun_done = words.iter().any(|w| {
            matches!(
                *w,
                "effectue"
                    | "mene"
                    | "lance"
                    | "utilise"
                    | "conduit"
                    | "multiplie"
                    | "intensifie"
                    | "procede"
                    | "tire"
                    | "perpetre"
                    | "commis"
            )
        });
        if !matches!(d.pos, Some(Pos::Verb)) && !noun_done {
            continue;
        }
        // Not a passive ("Ils ont été tués"), and no other clause opened.
        if words.iter().any(|w| {
            matches!(*w, "ete" | "etaient" | "qui" | "que" | "dont" | "mais")
        }) || has_clause_break(rest_of)
        {
            continue;
        }
        let Some(prev) = event_just_before(ctx, done, d, |p| {
            p.sentence + 1 == d.sentence
                && VIOLENT_KINDS.contains(&p.kind.as_str())
                && !p.agent.is_empty()
        }) else {
            continue;
        };
        if prev
            .agent
            .iter()
            .any(|&e| ents[e].subkind == "civilians" || d.target.contains(&e))
            || singular.is_some() && prev.agent.len() != 1
        {
            continue;
        }
        d.agent = prev.agent.clone();
    }
}

/// "L'armée dément avoir bombardé des civils": a deed denied is placed
/// (and dated) only where its own sentence puts it, not where the story
/// told before it happened (a denial answers a claim about a place, which
/// it names when it denies a deed there). So is a flight ("des milliers de
/// familles ont fui"), which leaves the place of the story's attack for
/// somewhere the sentence names or not at all (the gold sets place it
/// by the story 4 times in 13).
/// (Only the mentions in the trigger's window are read.)
fn placed_only_where_told(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let only_here = |d: &EventDraft| d.negated || d.kind == "displacement";
    for d in drafts.iter_mut().filter(|d| only_here(d)) {
        // (A deed told again, merged, is placed by either sentence.) Each
        // trigger's window is found once, not once per place and day.
        let near: Vec<&[(Span, usize)]> = d
            .triggers
            .iter()
            .filter_map(|&t| {
                let k = ctx.sentences.partition_point(|s| s.end <= t.start);
                let &sent = ctx.sentences.get(k)?;
                Some(mentions_within(mentions, window(ctx.text, sent, t)))
            })
            .collect();
        let told_near =
            |e: &usize| near.iter().any(|m| m.iter().any(|(_, x)| x == e));
        d.location.retain(told_near);
        // Nor is a denied deed dated by the story (the gold sets never
        // did so, in 7).
        if d.negated {
            d.time.retain(told_near);
        }
    }
}

/// "La Finul appelle à un cessez-le-feu", "les agences humanitaires
/// appellent à un cessez-le-feu immédiat": an international body never
/// agrees to a truce as a party, and one of no side that calls for it
/// only calls; those it calls on ("appelle les belligérants à") are
/// named after the call. (The gold sets never give an international
/// body as a truce's party.)
fn truces_of_the_parties(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut().filter(|d| d.kind == "ceasefire") {
        let t = d.triggers[0];
        let demanded = d.modality == "demanded";
        // Those named between the call and the truce, read once, when a
        // party of no side is to be told from them.
        let other = d.agent.iter().any(|&e| ents[e].subkind == "other");
        let called: &[(Span, usize)] = match ctx.sentences.get(d.sentence) {
            Some(&sent) if demanded && other => call_word_before(ctx, sent, t)
                .map_or(&[], |call| {
                    mentions_within(mentions, Span::new(call, t.start))
                }),
            _ => &[],
        };
        d.agent.retain(|&e| match ents[e].subkind.as_ref() {
            "intl_org" => false,
            "other" if demanded => called.iter().any(|&(_, x)| x == e),
            _ => true,
        });
    }
}

/// "Un convoi humanitaire de six camions … a permis d'aider les civils",
/// "les déplacés réclament une meilleure distribution de l'aide": civilians
/// receive aid or ask for it; they never give it (the gold sets name
/// none as its agent).
fn aid_given_by_no_civilians(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut().filter(|d| d.kind == "humanitarian") {
        d.agent.retain(|&e| ents[e].subkind != "civilians");
    }
}

/// "Des opérations de ratissage se poursuivent dans la zone", "une
/// opération de ratissage dans les villages voisins": an event its own
/// clause places in an area it does not name takes no town from the
/// sentences around ("dans ce secteur" points back to one; it does).
fn unnamed_area_only(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    const AREAS: &[&[&str]] = &[
        &["dans", "la", "zone"],
        &["dans", "le", "secteur"],
        &["dans", "les", "environs"],
        &["dans", "les", "villages", "voisins"],
        &["dans", "les", "villages", "environnants"],
        &["dans", "les", "localites", "voisines"],
        &["dans", "les", "localites", "environnantes"],
    ];
    for d in drafts.iter_mut() {
        if d.location.is_empty() {
            continue;
        }
        let t = d.triggers[0];
        let after = folded_words_after(ctx, t.end, 8);
        let unnamed = (0..after.len())
            .any(|i| AREAS.iter().any(|a| after[i..].starts_with(a)));
        if !unnamed {
            continue;
        }
        // Its places are all from elsewhere: none is named near it in its
        // sentence (read within the trigger's window, so that a text with
        // no sentence end costs no more per event).
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let near = mentions_within(mentions, window(ctx.text, sent, t));
        if !near.iter().any(|(_, e)| d.location.contains(e)) {
            d.location.clear();
        }
    }
}

/// "L'armée israélienne a reconnu la mort de deux soldats. Elle a démenti
/// toute frappe contre l'hôpital": a violent deed denied by the one force
/// or group that tells of it, and told with no doer, is denied by the one
/// that would have done it, as in "l'armée a démenti toute frappe".
/// The denial is a verb a few words before the deed.
fn denied_by_its_doer(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !d.negated
            || !d.agent.is_empty()
            || !VIOLENT_KINDS.contains(&d.kind.as_str())
        {
            continue;
        }
        let [e] = d.source[..] else { continue };
        // ("aucun civil n'a été tué lors des opérations": a toll denied,
        // not a deed.)
        let denied = || {
            folded_words_before(ctx, d.triggers[0].start, 6)
                .iter()
                .any(|w| DENIAL_SET.is(w))
        };
        if matches!(ents[e].subkind.as_ref(), "state_force" | "armed_group")
            && !d.target.contains(&e)
            && denied()
        {
            d.agent.push(e);
        }
    }
}

/// "une quarantaine d'autres enlevés lors d'une attaque de bandits armés",
/// "tués au cours d'un raid des rebelles": a deed on victims, told with no
/// doer, that happened during a violent event named right after it is
/// that event's doers' deed.
fn deeds_during_an_attack(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if !matches!(d.kind.as_str(), "abduction" | "killing")
            || !d.agent.is_empty()
        {
            continue;
        }
        let t = d.triggers[0];
        let during = matches!(
            &folded_words_after(ctx, t.end, 3)[..],
            ["lors", "d'une" | "d'un" | "de" | "du" | "des", ..]
                | ["au", "cours", "d'une" | "d'un" | "de" | "du" | "des"]
                | ["pendant" | "durant", ..]
        );
        if !during {
            continue;
        }
        // The violent event whose trigger comes a few words on.
        let Some(agents) = drafts[i + 1..]
            .iter()
            .take(4)
            .take_while(|o| o.sentence == d.sentence)
            .find(|o| {
                VIOLENT_KINDS.contains(&o.kind.as_str())
                    && o.kind != "killing"
                    && word_gap(ctx, t.end, o.triggers[0].start) <= 5
            })
            .map(|o| o.agent.clone())
        else {
            continue;
        };
        let d = &mut drafts[i];
        for e in agents {
            if !d.target.contains(&e) {
                push_unique(&mut d.agent, e);
            }
        }
    }
}

/// A killing told with no agent right after a violent event of one side
/// against another ("l'opération lancée contre Boko Haram … Un millier de
/// jihadistes ont été tués"): its victims stand on the side the event hit,
/// so its agent is the one that hit them. Only the last events of this
/// sentence or the one before, in the same paragraph, are asked.
fn inherit_agent(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let side_of = |v: &[usize]| one_side(ents, v);
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.kind != "killing" || !d.agent.is_empty() || d.target.is_empty() {
            continue;
        }
        let Some(victims) = side_of(&d.target) else { continue };
        let Some(prev) = event_just_before(ctx, done, d, |p| {
            VIOLENT_KINDS.contains(&p.kind.as_str())
                && p.kind != "armed_clash"
                && !p.agent.is_empty()
                && !p.target.is_empty()
        }) else {
            continue;
        };
        let hit = side_of(&prev.target);
        let hitter = side_of(&prev.agent);
        if hit == Some(victims) && hitter.is_some_and(|h| h != victims) {
            let agents = prev.agent.clone();
            if agents.iter().all(|e| !d.target.contains(e)) {
                d.agent = agents;
            }
        }
    }
}

/// "Les soldats ont riposté … cinq suspects ont été arrêtés sur place",
/// "six agresseurs ont perdu la vie et quatre autres ont été appréhendés":
/// people arrested in the passive, by no one named, right after a fight,
/// an attack or the taking of a town in which a state force took part
/// ("Nos forces ont repris le contrôle de Kazgil … quatorze collaborateurs
/// ont été arrêtés"), in that sentence or the one before in the
/// paragraph, are arrested by that force.
fn arrests_by_the_force(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.kind != "arrest"
            || !d.agent.is_empty()
            || !matches!(d.pos, Some(Pos::Verb))
            || d.negated
            || d.modality != "asserted"
        {
            continue;
        }
        let before = folded_words_before(ctx, d.triggers[0].start, 2);
        if !matches!(before[..], [.., "ete" | "sont"]) {
            continue;
        }
        let Some(prev) = event_just_before(ctx, done, d, |p| {
            matches!(p.kind.as_str(), "attack" | "armed_clash" | "capture")
                && p.agent.iter().any(|&e| ents[e].subkind == "state_force")
        }) else {
            continue;
        };
        let forces: Vec<usize> = prev
            .agent
            .iter()
            .copied()
            .filter(|&e| {
                ents[e].subkind == "state_force" && !d.target.contains(&e)
            })
            .collect();
        d.agent = forces;
    }
}

/// Whether the folded text before `at` holds a verb of threatening and
/// then "de", "d'une", with at most six words, a quote and no other
/// clause break between, the trigger right after the "de" or one
/// adjective on: "menace de représailles", "menaçant les récalcitrants
/// d'une « riposte »". Not "menacent de reprendre leurs attaques", where
/// the attacks are told, nor "menacée par des attaques", what threatens.
fn threatened_with(f: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(80);
    while !f.is_char_boundary(from) {
        from += 1;
    }
    let Some(k) = f[from..at].rfind("menac") else { return false };
    let between = &f[from + k..at];
    let words: Vec<&str> = words_of(between).collect();
    let Some(j) = words
        .iter()
        .rposition(|w| matches!(*w, "de" | "d'" | "d'une" | "d'un" | "des"))
    else {
        return false;
    };
    words.len() <= 7
        && j >= 1
        && !words.contains(&"par")
        && words[j + 1..].iter().all(|w| {
            matches!(
                *w,
                "nouvelles"
                    | "nouveaux"
                    | "nouvelle"
                    | "nouveau"
                    | "lourdes"
                    | "severes"
                    | "terribles"
                    | "violentes"
            )
        })
        && words.len() - j <= 2
        && !clause_breaks(between, 0)
            .any(|(_, c)| !matches!(c, '«' | '"' | '“'))
}

/// "ont repris le contrôle de Kidal, tenue par les jihadistes depuis
/// 2012", "… de Tongomayel, que les terroristes occupaient": the armed
/// body that held the place taken is the capture's target; so is the one
/// that holds a place struck ("des frappes sur Mellit, localité tenue par
/// les paramilitaires").
fn former_holders(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        let open = match d.kind.as_str() {
            "capture" => d.target.is_empty(),
            "airstrike" | "shelling" | "attack" => {
                !d.negated
                    && !d
                        .target
                        .iter()
                        .any(|&e| ents[e].kind == EntityKind::Actor)
            }
            _ => false,
        };
        if !open {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let j = mentions.partition_point(|(m, _)| m.start < t.end);
        for &(m, e) in
            mentions[j..].iter().take_while(|(m, _)| m.end <= sent.end).take(6)
        {
            if !armed_actor(ctx, e) {
                continue;
            }
            let mut w = folded_words_before(ctx, m.start, 4);
            while w.last().is_some_and(|x| {
                matches!(*x, "les" | "la" | "le" | "l'" | "des")
            }) {
                w.pop();
            }
            let n = w.len();
            let held_by = n >= 2
                && w[n - 1] == "par"
                && ["tenu", "controle", "occupe", "assiege"]
                    .iter()
                    .any(|p| w[n - 2].starts_with(p));
            // "…, tombé aux mains des terroristes en novembre": who took
            // it then (the fall is a capture of its own).
            let held_by = held_by
                || n >= 3
                    && w[n - 1] == "mains"
                    && w[n - 2] == "aux"
                    && w[n - 3].starts_with("tomb")
                    && !folded_of(ctx, t).starts_with("tomb");
            let holding = matches!(w.last(), Some(&("que" | "qu'")))
                && folded_words_after(ctx, m.end, 1).first().is_some_and(
                    |x| {
                        ["occupai", "tenai", "controlai", "detenai"]
                            .iter()
                            .any(|p| x.starts_with(p))
                    },
                );
            // "… du quartier d'al-Zahra, où les jihadistes résistaient".
            let holding = holding
                || w.last() == Some(&"ou")
                    && folded_words_after(ctx, m.end, 2).iter().any(|x| {
                        ["resistai", "retranche", "tenai", "occupai"]
                            .iter()
                            .any(|p| x.starts_with(p))
                    });
            if held_by || holding {
                // "L'armée a bombardé Kidal, tenue par les rebelles": the
                // holder read as the doer of a passive beside the real one
                // is the target.
                if held_by && d.agent.len() > 1 {
                    d.agent.retain(|&a| a != e);
                }
                if !d.agent.contains(&e) {
                    d.target.push(e);
                }
                break;
            }
        }
    }
}

/// "16h20 – Frappes israéliennes dans la Bekaa", "17h20⏎À Kinshasa, …":
/// the hour that opens an entry of a live page dates the entry, not what
/// it tells; it is no event's time.
fn entry_stamps_out(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let text = ctx.text;
    let ents = &ctx.entities.drafts;
    // (Only the few bytes around the hour are read: a run-on text of
    // many hours is not walked back to its line start for each.)
    let bytes = text.as_bytes();
    let stamp = |m: Span| {
        // An hour ("16h20", "09:10"), not a day ("Dimanche : …").
        if m.end - m.start > 8 || !bytes[m.start].is_ascii_digit() {
            return false;
        }
        let mut i = m.start;
        while i > 0 && m.start - i < 8 && matches!(bytes[i - 1], b' ' | b'\t')
        {
            i -= 1;
        }
        if i > 0 && bytes[i - 1] != b'\n' {
            return false;
        }
        let rest = &text[m.end..stretch_after(text, m.end, 12)];
        let rest = rest.trim_start_matches([' ', '\t', '\r']);
        rest.is_empty()
            || rest.starts_with('\n')
            || text[m.end..].starts_with(' ')
                && ["– ", "- ", "— ", ": "].iter().any(|p| rest.starts_with(p))
    };
    let mut stamped: HashMap<usize, bool, WordHash> = HashMap::default();
    for d in drafts.iter_mut() {
        if d.time.is_empty() {
            continue;
        }
        d.time.retain(|&e| {
            !*stamped.entry(e).or_insert_with(|| {
                let x = &ents[e];
                x.kind == EntityKind::Date
                    && !x.mentions.is_empty()
                    && x.mentions.len() <= 4
                    && x.mentions.iter().all(|&m| stamp(m))
            })
        });
    }
}

/// "Onze guérilleros présumés ont été arrêtés, dont un commandant de
/// l'ELN": the part named after "dont", right after the deed, was taken
/// (killed, freed) with the whole.
fn parts_taken_too(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !matches!(
            d.kind.as_str(),
            "arrest" | "abduction" | "release" | "killing"
        ) || d.target.is_empty()
        {
            continue;
        }
        let t = d.triggers[d.triggers.len() - 1];
        let rest = &ctx.text[t.end..stretch_after(ctx.text, t.end, 64)];
        let Some(after) = rest.strip_prefix(", dont ") else {
            continue;
        };
        let from = t.end + (rest.len() - after.len());
        let i = mentions.partition_point(|(m, _)| m.start < from);
        // (A few bytes on at most: a text of such deeds with no mention
        // after them reads no further.)
        let Some(&(m, e)) =
            mentions.get(i).filter(|(m, _)| m.start <= from + 16)
        else {
            continue;
        };
        let lead = folded_words(folded_of(ctx, Span::new(from, m.start)));
        if ents[e].kind == EntityKind::Actor
            && lead.len() <= 1
            && lead.iter().all(|w| matches!(*w, "un" | "une" | "le" | "la"))
        {
            push_unique(&mut d.target, e);
        }
    }
}

/// "Le commandant du M23 a été tué", "le chef du Hezbollah, Hassan
/// Nasrallah, a été tué": the body a person heads, named in the genitive
/// of the role, is not killed, taken or freed with them.
fn heads_apart_from_their_body(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !matches!(
            d.kind.as_str(),
            "killing" | "abduction" | "arrest" | "release"
        ) || d.target.len() < 2
            || !d.target.iter().any(|&e| ents[e].subkind == "person")
        {
            continue;
        }
        let t = d.triggers[0];
        let lo = t.start.saturating_sub(300);
        let from = mentions.partition_point(|(m, _)| m.start < lo);
        let near: Vec<(Span, usize)> = mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < t.end + 300)
            .copied()
            .collect();
        let targets = d.target.clone();
        d.target.retain(|&e| {
            if ents[e].kind != EntityKind::Actor || ents[e].subkind == "person"
            {
                return true;
            }
            let of_head = near.windows(2).any(|w| {
                let ((a, pe), (b, oe)) = (w[0], w[1]);
                oe == e
                    && pe != e
                    && ents[pe].subkind == "person"
                    && targets.contains(&pe)
                    && genitive_gap(ctx.text[a.end..b.start].trim())
            });
            // (Unless the body is told apart as hit too: it is then named
            // again outside the role.)
            !of_head || near.iter().filter(|(_, x)| *x == e).count() > 1
        });
    }
}

/// "Le porte-parole de la police, Mansir Hassan, a annoncé l'arrestation
/// de deux suspects", "Dmitri Peskov, porte-parole du Kremlin": a
/// spokesman tells what his body did. He is the source, and the body
/// named in his title, if any, the doer. (A threat is his own words, and
/// stays his.)
fn spokesmen_speak(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    let mut known: HashMap<usize, Option<Option<usize>>, WordHash> =
        HashMap::default();
    for d in drafts.iter_mut() {
        if d.kind == "threat" {
            continue;
        }
        for a in d.agent.clone() {
            // Read once per entity: a person, or a title naming a
            // spokesman.
            let Some(body) = *known.entry(a).or_insert_with(|| {
                let x = &ents[a];
                let titled =
                    x.canonical.to_lowercase().contains("porte-parole");
                (x.kind == EntityKind::Actor
                    && (x.subkind == "person" || titled))
                    .then(|| spokesman_of(ctx, mentions, a))
                    .flatten()
            }) else {
                continue;
            };
            d.agent.retain(|&x| x != a);
            if let Some(b) = body {
                if !d.target.contains(&b) {
                    push_unique(&mut d.agent, b);
                }
            }
            push_unique(&mut d.source, a);
        }
    }
}

/// Whether the person `e` is told as a spokesman (its first mentions),
/// and the body his title names, if an actor is mentioned there:
/// "porte-parole de la police, Mansir Hassan", "Dmitri Peskov,
/// porte-parole du Kremlin", "le porte-parole de l'armée".
fn spokesman_of(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    e: usize,
) -> Option<Option<usize>> {
    let text = ctx.text;
    // The first actor mention other than `e` in `from..to`.
    let body_in = |from: usize, to: usize| {
        let at = mentions.partition_point(|(m, _)| m.start < from);
        mentions[at..]
            .iter()
            .take_while(|(m, _)| m.end <= to)
            .find(|&&(_, x)| {
                x != e && ctx.entities.drafts[x].kind == EntityKind::Actor
            })
            .map(|&(_, x)| x)
    };
    let title = |s: &str| {
        let s = s.trim_start_matches(['l', 'e', 'a', ' ']);
        s.starts_with("porte-parole") || s.starts_with("Porte-parole")
    };
    for &m in ctx.entities.drafts[e].mentions.iter().take(6) {
        // "le porte-parole de l'armée" as the mention itself.
        if title(&text[m]) {
            return Some(body_in(m.start, m.end));
        }
        // "le porte-parole de la police de l'État, Mansir Hassan".
        let lo = stretch_before(text, m.start, 90, 0);
        let lead = text[lo..m.start].trim_end();
        if let Some(head) = lead.strip_suffix(',') {
            let clause =
                head.rfind(['.', ';', '\n', '«', '»']).map_or(0, |k| {
                    k + head[k..].chars().next().map_or(1, char::len_utf8)
                });
            if let Some(k) = head[clause..].rfind("porte-parole") {
                return Some(body_in(lo + clause + k, lo + head.len()));
            }
        }
        // "Dmitri Peskov, porte-parole du Kremlin,".
        let hi = stretch_after(text, m.end, 90);
        let tail = &text[m.end..hi];
        if let Some(rest) = tail.strip_prefix(", ") {
            if title(rest) {
                let end =
                    rest.find([',', '.', ';']).map_or(hi, |k| m.end + 2 + k);
                return Some(body_in(m.end, end));
            }
        }
    }
    None
}

/// The phrases that open a sentence on the operation its main clause
/// reports the outcome of, folded.
const OPERATION_OPENERS: &[&str] = &[
    "a l'issue d'",
    "a l'issue de ",
    "au terme d'",
    "au terme de ",
    "au cours d'",
    "au cours de ",
    "lors d'",
    "lors de ",
    "dans le cadre d'",
    "dans le cadre de ",
];

/// "Le 12 courant, à l'issue d'une opération terrestre appuyée par des
/// frappes aériennes, les FAMa ont repris le contrôle de Kareri", "Lors
/// d'une opération de ratissage, les soldats ont interpellé …": the
/// operations told, with no doer, in the phrase that opens the sentence
/// are conducted by the doer of the clause that follows it. (Not an
/// attack: "Lors d'une attaque jihadiste, les soldats ont …" is suffered;
/// nor what comes "après" or "à la suite de" it, often the other side's
/// deed.)
fn fronted_operations(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let f = ctx.folded.text.as_str();
    let mut given: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        if !d.agent.is_empty()
            || d.negated
            || d.pos == Some(Pos::Verb)
            || !matches!(
                d.kind.as_str(),
                "attack" | "airstrike" | "shelling" | "armed_clash"
            )
        {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        if t.start < sent.start || t.start - sent.start > 160 {
            continue;
        }
        let word = folded_of(ctx, t);
        if ![
            "operation",
            "offensive",
            "frappe",
            "raid",
            "ratissage",
            "bombardement",
            "patrouille",
            "intervention",
            "combat",
        ]
        .iter()
        .any(|p| word.starts_with(p))
        {
            continue;
        }
        let head = folded_of(ctx, Span::new(sent.start, t.start));
        let head = head.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | ' ')
        });
        let opens =
            |h: &str| OPERATION_OPENERS.iter().any(|p| h.starts_with(p));
        // (After a day: "Le 12 courant, à l'issue de …".)
        let fronted = opens(head)
            || head.find(", ").is_some_and(|c| {
                c < 40 && opens(&head[c + 2..]) && !head[c + 2..].contains(',')
            });
        if !fronted {
            continue;
        }
        // The comma that closes the phrase, within a few hundred bytes.
        let f0 = ctx.folded.from_original(t.end);
        let mut f1 = ctx.folded.from_original(sent.end).min(f0 + 300);
        while !f.is_char_boundary(f1) {
            f1 -= 1;
        }
        let Some(close) = f[f0..f1.max(f0)].find(',').map(|c| f0 + c) else {
            continue;
        };
        let main = drafts.iter().skip(i + 1).take(8).find(|o| {
            o.sentence == d.sentence
                && ctx.folded.from_original(o.triggers[0].start) > close
                && !o.agent.is_empty()
                && !o.negated
        });
        if let Some(o) = main {
            if o.agent.iter().all(|&e| armed_actor(ctx, e))
                && !o.agent.iter().any(|e| d.target.contains(e))
            {
                given.push((i, o.agent.clone()));
            }
        }
    }
    for (i, agents) in given {
        for e in agents {
            push_unique(&mut drafts[i].agent, e);
        }
    }
}

/// "Les rebelles ont pris le contrôle samedi de Masisi-centre, chef-lieu
/// du territoire, …, au terme de trois jours de combats avec l'armée":
/// a fight told as a noun "avec" or "contre" the other side, whose only
/// sides are those named after it, is fought by the doer of the event
/// its clause hangs on, however far that subject stands.
fn fighting_subjects(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.kind != "armed_clash"
            || d.negated
            || d.pos == Some(Pos::Verb)
            || d.agent.is_empty()
            || !matches!(
                folded_words_after(ctx, d.triggers[0].end, 1).first(),
                Some(&("avec" | "contre"))
            )
        {
            continue;
        }
        let Some(prev) = done.iter().rev().take(8).find(|p| {
            p.sentence == d.sentence
                && !p.negated
                && !p.agent.is_empty()
                && p.triggers[0].end <= d.triggers[0].start
        }) else {
            continue;
        };
        if prev.agent.iter().any(|e| d.agent.contains(e))
            || prev.target.iter().any(|e| d.agent.contains(e))
        {
            continue;
        }
        let sides: Vec<usize> = prev
            .agent
            .iter()
            .copied()
            .filter(|&e| armed_actor(ctx, e))
            .collect();
        if sides.len() == prev.agent.len() {
            for e in sides {
                push_unique(&mut d.agent, e);
            }
        }
    }
}

/// "ont repris le contrôle du quartier, après plusieurs jours
/// d'affrontements avec les terroristes": a capture with no target told
/// takes the armed side its takers fought, or an armed group struck, in
/// the same sentence.
fn fought_for(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let armed = |e: usize| armed_actor(ctx, e);
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.kind != "capture"
            || !d.target.is_empty()
            || d.agent.is_empty()
            || d.negated
        {
            continue;
        }
        let mut enemy: Option<Vec<usize>> = None;
        // The events near it in its sentence (events come in text order;
        // a run-on text of thousands is not read whole for each).
        let lo = i.saturating_sub(8);
        let hi = (i + 9).min(drafts.len());
        for (j, o) in drafts.iter().enumerate().take(hi).skip(lo) {
            if j == i || o.sentence != d.sentence || o.negated {
                continue;
            }
            let found = match o.kind.as_str() {
                "armed_clash"
                    if o.agent.iter().any(|e| d.agent.contains(e)) =>
                {
                    // Every side it fought: "avec l'armée congolaise et
                    // les miliciens Wazalendo".
                    let all: Vec<usize> = o
                        .agent
                        .iter()
                        .copied()
                        .filter(|&e| !d.agent.contains(&e) && armed(e))
                        .collect();
                    (!all.is_empty()).then_some(all)
                }
                "attack" | "shelling" | "airstrike"
                    if o.agent.iter().all(|e| !o.target.contains(e)) =>
                {
                    o.target
                        .iter()
                        .copied()
                        .find(|&e| {
                            !d.agent.contains(&e)
                                && armed(e)
                                && ents[e].subkind != "state_force"
                        })
                        .map(|e| vec![e])
                }
                _ => None,
            };
            if found.is_some() {
                enemy = found;
                break;
            }
        }
        if let Some(es) = enemy {
            for e in es {
                push_unique(&mut drafts[i].target, e);
            }
        }
    }
}

/// Whether folded word `w` is "avoir" as the auxiliary of a compound
/// past ("a", "ont", "avait", "avaient", "aurait", "auraient").
fn is_avoir_aux(w: &str) -> bool {
    matches!(w, "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient")
}

/// The auxiliaries a verb joined by "et" may say again ("ont tué … et ont
/// enlevé"), folded.
const REPEATED_AUX: &[&str] = &["a", "ont", "avait", "avaient"];

/// "Les jihadistes ont tué trois soldats et ont enlevé deux civils": a
/// verb joined by "et" and its auxiliary said again has no subject of its
/// own; the one found before it, the object of the verb before, is not
/// its doer. That verb's doer is, as it is when none was found.
fn coordinated_subjects(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.pos != Some(Pos::Verb) {
            continue;
        }
        let w = folded_words_before(ctx, d.triggers[0].start, 2);
        if !matches!(&w[..], [.., "et", x] if REPEATED_AUX.contains(x)) {
            continue;
        }
        let Some(prev) = done.last().filter(|p| {
            p.sentence == d.sentence
                && p.pos == Some(Pos::Verb)
                && !p.agent.is_empty()
                && p.triggers[0].end <= d.triggers[0].start
        }) else {
            continue;
        };
        // "ont attaqué la ville … et ont affronté l'armée": the side a
        // clash is fought against is one of its parties; the subject is
        // the other.
        if d.kind == "armed_clash" {
            for &e in &prev.agent {
                if !d.target.contains(&e) {
                    push_unique(&mut d.agent, e);
                }
            }
            continue;
        }
        // (None found, as when the subject was a pronoun: "Ils ont
        // attaqué par trois côtés et ont tiré des roquettes".)
        if !d.agent.iter().all(|e| prev.target.contains(e))
            || prev.agent.iter().any(|e| d.target.contains(e))
        {
            continue;
        }
        let hit: Vec<usize> = d.agent.clone();
        d.agent = prev.agent.clone();
        if prev.kind != d.kind {
            d.target.retain(|e| !hit.contains(e));
        }
    }
}

/// "trois individus soupçonnés de ravitailler les terroristes ont été
/// interpellés": those the suspicion is told of are the ones arrested,
/// not the ones named inside it.
fn suspected_arrested(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if d.kind != "arrest" || d.pos != Some(Pos::Verb) {
            continue;
        }
        let t = d.triggers[0];
        let Some(&sent) = ctx.sentences.get(d.sentence) else { continue };
        let j = mentions.partition_point(|(m, _)| m.start < t.start);
        // The actors before the trigger in its sentence, last first.
        let before: Vec<(Span, usize)> = mentions[..j]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= sent.start)
            .take(4)
            .copied()
            .collect();
        for w in before.windows(2) {
            let ((_, inner), (held, who)) = (w[0], w[1]);
            let between = folded_words(folded_of(
                ctx,
                Span::new(held.end, t.start.min(w[0].0.start)),
            ));
            let suspected =
                between.first().is_some_and(|x| {
                    ["soupconne", "accuse", "suspecte"]
                        .iter()
                        .any(|p| x.starts_with(p))
                }) && matches!(between.get(1), Some(&("de" | "d'")));
            if suspected
                && ents[who].kind == EntityKind::Actor
                && d.target.contains(&inner)
                && !d.target.contains(&who)
            {
                d.target.retain(|&e| e != inner);
                d.target.push(who);
                break;
            }
        }
    }
}

/// "Une opération de ratissage conduite par l'armée a permis de libérer
/// quatre otages": what an operation made possible was done by its doers.
fn permitted_deeds(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if !d.agent.is_empty() || d.pos != Some(Pos::Verb) {
            continue;
        }
        let w = folded_words_before(ctx, d.triggers[0].start, 2);
        if !matches!(&w[..], [.., "permis", "de" | "d'"]) {
            continue;
        }
        let Some(prev) = done.last().filter(|p| {
            p.sentence == d.sentence
                && !p.agent.is_empty()
                && p.triggers[0].end <= d.triggers[0].start
                && !has_clause_break(
                    &ctx.text[p.triggers[0].end..d.triggers[0].start],
                )
        }) else {
            continue;
        };
        let agents: Vec<usize> = prev
            .agent
            .iter()
            .copied()
            .filter(|e| !d.target.contains(e))
            .collect();
        d.agent = agents;
    }
}

/// "Des hommes armés ont enlevé deux soldats, avant de les relâcher": a
/// verb whose object pronoun ("les", "la", "le", "l'") after "de",
/// "pour" or "puis" takes up the people the event before it in the
/// sentence hit is done by that event's doer to them (the people were
/// read as its subject).
fn clitic_objects(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        if d.pos != Some(Pos::Verb) || d.triggers.len() != 1 {
            continue;
        }
        let w = folded_words_before(ctx, d.triggers[0].start, 2);
        if !matches!(
            &w[..],
            [.., "de" | "d'" | "pour" | "puis", "les" | "la" | "le" | "l'"]
        ) {
            continue;
        }
        let Some(prev) = done.last().filter(|p| p.sentence == d.sentence)
        else {
            continue;
        };
        let people: Vec<usize> = prev
            .target
            .iter()
            .copied()
            .filter(|&e| ents[e].kind == EntityKind::Actor)
            .collect();
        if people.is_empty()
            || prev.agent.is_empty()
            || !d.agent.iter().all(|e| people.contains(e))
            || !d.target.is_empty()
        {
            continue;
        }
        d.agent = prev.agent.clone();
        d.target = people;
    }
}

/// The last event of `done` told in an earlier sentence than `sentence`,
/// at most `reach` sentences back, among the last `n` events (a run-on
/// text of thousands of events costs no more per event).
fn told_before(
    done: &[EventDraft],
    sentence: usize,
    reach: usize,
    n: usize,
) -> Option<&EventDraft> {
    done.iter()
        .rev()
        .take_while(|p| p.sentence + reach >= sentence)
        .take(n)
        .find(|p| p.sentence < sentence)
}

/// "Des unités ont été dépêchées à Fambita. Une opération de ratissage
/// est en cours": a violent event told with no argument at all goes on
/// with the one told right before it in the paragraph, and takes its
/// doer, place and time.
fn bare_events_follow(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        // (A riposte is struck by the other side: see `riposte_sides`.)
        let told_with_any = !d.agent.is_empty()
            || !d.target.is_empty()
            || !d.location.is_empty()
            || !d.time.is_empty();
        if !VIOLENT_KINDS.contains(&d.kind.as_str())
            || told_with_any
            || is_riposte(ctx, d)
        {
            continue;
        }
        let Some(prev) = told_before(done, d.sentence, 1, 8) else {
            continue;
        };
        if prev.agent.is_empty()
            || !(VIOLENT_KINDS.contains(&prev.kind.as_str())
                || matches!(prev.kind.as_str(), "deployment" | "capture"))
            || !follows_in_paragraph(ctx, prev, d)
        {
            continue;
        }
        d.agent = prev.agent.clone();
        d.location = prev.location.clone();
        d.time = prev.time.clone();
    }
}

/// "Au terme de quatre heures de combats, nos forces ont neutralisé …",
/// "les affrontements ont duré plusieurs heures. Six soldats auraient été
/// tués": a span of hours measures the fighting, not when the deaths, the
/// strikes or the taking of a town happened; events of other kinds drop
/// it (and may take the time of the fighting instead). Not a span that
/// dates by counting from another moment ("quelques heures plus tard",
/// "au cours des dernières 24 heures").
fn hours_of_fighting_only(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let hours_only = |e: usize| {
        let d = &ents[e];
        if !d.value.as_deref().is_some_and(|v| v.starts_with("PT")) {
            return false;
        }
        d.mentions.iter().all(|m| {
            let after = ctx.text[m.end..].trim_start();
            let before = folded_words_before(ctx, m.start, 2);
            !(after.starts_with("plus tard")
                || after.starts_with("plus tôt")
                || after.starts_with("auparavant")
                || before.iter().any(|w| {
                    matches!(*w, "dernieres" | "derniere" | "prochaines")
                }))
        })
    };
    // Read once per entity: a span of hours named thousands of times in
    // a run-on text costs no square time.
    let mut known: Vec<Option<bool>> = vec![None; ents.len()];
    for d in drafts.iter_mut() {
        if d.kind != "armed_clash" {
            d.time
                .retain(|&e| !*known[e].get_or_insert_with(|| hours_only(e)));
        }
    }
}

/// "ont quitté leurs villages pour se réfugier à Mandouri": the refuge a
/// flight is made for is one more mention of that flight, not another one
/// to come; where it goes joins the flight.
fn flight_purposes(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let mut gone = vec![false; drafts.len()];
    for i in 1..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &rest[0];
        if d.kind != "displacement" || d.triggers.len() != 1 {
            continue;
        }
        let t = d.triggers[0];
        let lead = folded_words_before(ctx, t.start, 2);
        // (The pronoun is the trigger's own or stands before it.)
        if !matches!(&lead[..], [.., "pour"] | [.., "pour", "se" | "s'"]) {
            continue;
        }
        // The flight told right before, in the same sentence.
        let Some(main) = done.iter_mut().rev().take(4).find(|p| {
            p.kind == "displacement"
                && p.sentence == d.sentence
                && p.negated == d.negated
                && p.triggers.last().is_some_and(|pt| {
                    pt.end <= t.start && t.start - pt.end <= 120
                })
        }) else {
            continue;
        };
        main.triggers.push(t);
        for &e in &d.destination {
            push_unique(&mut main.destination, e);
        }
        for &e in &d.agent {
            push_unique(&mut main.agent, e);
        }
        gone[i] = true;
    }
    if gone.iter().any(|&g| g) {
        *drafts = kept(std::mem::take(drafts), gone.into_iter().map(|g| !g));
    }
}

/// Kinds of the attacks whose doers [`neighbour_attackers`] lends.
const ASSAULT_KINDS: &[&str] = &["attack", "bombing", "airstrike", "shelling"];

/// "Onze civils ont été tués. Arrivés à bord de pick-up, les assaillants
/// ont ouvert le feu sur le marché"; "Les assaillants ont fait irruption
/// dans le village. Une dizaine d'habitants ont été enlevés": a killing
/// or an abduction told with its victims and no doer, next to an attack
/// by one side in the sentence before or after (same paragraph), was
/// done by that side, when the victims stand on another side and the
/// attack hit no one else. The sentence before is asked first.
fn neighbour_attackers(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    let side_of = |v: &[usize]| one_side(ents, v);
    // The sides of the actors of a role, one bit each; none when one of
    // them stands on none.
    let sides_of = |v: &[usize]| -> Option<u8> {
        v.iter()
            .filter(|&&e| ents[e].kind == EntityKind::Actor)
            .try_fold(0u8, |acc, &e| Some(acc | 1 << side(&ents[e].subkind)?))
    };
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if !matches!(d.kind.as_str(), "killing" | "abduction")
            || !d.agent.is_empty()
            || d.target.is_empty()
        {
            continue;
        }
        // The sides the victims stand on (civilians and soldiers may die
        // together); every actor among them has one.
        let Some(victims) = sides_of(&d.target).filter(|&v| v != 0) else {
            continue;
        };
        let here = d.sentence;
        let para = |a: &EventDraft, b: &EventDraft| {
            let (x, y) =
                if a.triggers[0] < b.triggers[0] { (a, b) } else { (b, a) };
            follows_in_paragraph(ctx, x, y)
        };
        let lends = |p: &EventDraft| {
            ASSAULT_KINDS.contains(&p.kind.as_str())
                && !p.agent.is_empty()
                && side_of(&p.agent)
                    .is_some_and(|s| s != 2 && victims & 1 << s == 0)
                && sides_of(&p.target).is_some_and(|t| t & !victims == 0)
                && p.agent.iter().all(|e| !d.target.contains(e))
                && para(p, d)
        };
        // The few events on each side: a run-on text of thousands of
        // them costs no more per event.
        let before = drafts[..i]
            .iter()
            .rev()
            .take(8)
            .take_while(|p| p.sentence + 1 >= here)
            .find(|p| p.sentence + 1 == here && lends(p));
        let found = before.or_else(|| {
            drafts[i + 1..]
                .iter()
                .take(8)
                .take_while(|p| p.sentence <= here + 1)
                .find(|p| p.sentence == here + 1 && lends(p))
        });
        if let Some(p) = found {
            let agents = p.agent.clone();
            drafts[i].agent = agents;
        }
    }
}

/// Weapons that stand for the force that fires them when they are the
/// subject ("l'artillerie et des hélicoptères ont pilonné …").
const INSTRUMENTS: &[&str] = &[
    "artillerie",
    "l'artillerie",
    "aviation",
    "l'aviation",
    "helicoptere",
    "helicopteres",
    "avion",
    "avions",
    "drone",
    "drones",
    "char",
    "chars",
    "blindes",
    "canons",
    "obusiers",
];

/// A violent event whose subject is a weapon and that has no agent: the
/// state force named last before it, in its sentence or the two before.
fn instrument_agents(
    ctx: &Context<'_>,
    cands: &[Candidate],
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !d.agent.is_empty()
            || !matches!(d.pos, Some(Pos::Verb))
            || !VIOLENT_KINDS.contains(&d.kind.as_str())
        {
            continue;
        }
        let trig = d.triggers[0];
        // The words just before the trigger (bounded: a run-on sentence
        // of megabytes costs no more per event).
        let from = stretch_before(
            ctx.text,
            trig.start,
            120,
            ctx.sentences[d.sentence].start,
        );
        let before = folded_words(folded_of(ctx, Span::new(from, trig.start)));
        let subject = &before[before.len().saturating_sub(6)..];
        if !subject.iter().any(|w| INSTRUMENTS.contains(w)) {
            continue;
        }
        // "Un drone russe a frappé …", "des avions israéliens ont
        // bombardé …": the nationality of the weapon names the force, when
        // the story names one of that country.
        let lo = cands.partition_point(|c| c.span.start < from);
        let mut nationals = cands[lo..]
            .iter()
            .take_while(|c| c.span.end <= trig.start)
            .filter(|c| {
                !c.prefix && ctx.lexicon.row(c.row).kind == RowKind::Demonym
            })
            .filter(|c| {
                folded_words_before(ctx, c.span.start, 1)
                    .first()
                    .is_some_and(|w| INSTRUMENTS.contains(w))
            })
            .peekable();
        if nationals.peek().is_some() {
            // A weapon of a named nation is that nation's: when the story
            // names no force of it, the force named last is someone else
            // ("L'armée a été déployée à Kano. Des avions américains ont
            // bombardé …").
            let national = nationals.find_map(|c| {
                force_of_country(ctx, ctx.lexicon.row(c.row), false)
            });
            if let Some(e) = national {
                if !d.target.contains(&e) && !d.source.contains(&e) {
                    d.agent.push(e);
                }
            }
            continue;
        }
        let from = ctx.sentences[d.sentence.saturating_sub(2)].start;
        let upto = mentions.partition_point(|m| m.0.start < trig.start);
        let force = mentions[..upto]
            .iter()
            .rev()
            .take_while(|m| m.0.start >= from)
            .find(|m| ents[m.1].subkind == "state_force")
            .map(|m| m.1);
        if let Some(e) = force {
            if !d.target.contains(&e) && !d.source.contains(&e) {
                d.agent.push(e);
            }
        }
    }
}

/// "…, a-t-il précisé", "ajoute-t-elle", "selon lui": a pronoun that
/// speaks is the person who spoke last, in the last three sentences, when
/// an event of the sentence has no other source.
fn resolve_pronoun_speakers(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    let mut last: Option<(usize, usize)> = None; // (sentence, entity)
    let mut pronoun: Option<(usize, bool)> = None; // (sentence, speaks)
                                                   // The last person named in the two sentences before sentence `i`
                                                   // ("Le gouverneur, Sultan al-Arada, a dénoncé … Il affirme que …").
    let named_before = |i: usize| -> Option<(usize, usize)> {
        let start = ctx.sentences[i].start;
        let low = ctx.sentences[i.saturating_sub(2)].start;
        let to = mentions.partition_point(|(m, _)| m.start < start);
        mentions[..to]
            .iter()
            .rev()
            .take(24)
            .take_while(|(m, _)| m.start >= low)
            .find(|(_, e)| ents[*e].subkind == "person")
            .map(|&(_, e)| (i, e))
    };
    // Whether a sentence speaks through a pronoun, read once per
    // sentence and only when a speaker could be given.
    let mut speaks_in = |i: usize| match pronoun {
        Some((s, speaks)) if s == i => speaks,
        _ => {
            let speaks = pronoun_speaks(ctx, i);
            pronoun = Some((i, speaks));
            speaks
        }
    };
    // "L'armée affirme avoir riposté. Selon elle, …": with no person
    // named, the body that opens the sentence before speaks.
    let body_before = |i: usize| -> Option<(usize, usize)> {
        let prev = ctx.sentences[i.checked_sub(1)?];
        let at = mentions.partition_point(|(m, _)| m.start < prev.start);
        let &(m, e) = mentions.get(at)?;
        let lead =
            folded_of(ctx, Span::new(prev.start, m.start.max(prev.start)));
        // ("Des jihadistes …" are "ils", not "elle".)
        let first = ctx.text[m].split(' ').next().unwrap_or("");
        let plural = first.starts_with(char::is_lowercase)
            && (first.ends_with('s') || first.ends_with('x'));
        (m.end <= prev.end
            && !plural
            && words_of(lead).count() <= 1
            && matches!(
                ents[e].subkind.as_ref(),
                "state_force" | "government" | "intl_org" | "armed_group"
            ))
        .then_some((i, e))
    };
    for d in drafts.iter_mut() {
        if d.source.is_empty() {
            let speaker = match last.filter(|&(s, _)| d.sentence <= s + 3) {
                Some(recent) => Some(recent),
                None if speaks_in(d.sentence) => named_before(d.sentence)
                    .or_else(|| {
                        let f = folded_of(ctx, ctx.sentences[d.sentence]);
                        (f.starts_with("selon elle")
                            || f.starts_with("selon lui"))
                        .then(|| body_before(d.sentence))
                        .flatten()
                    }),
                None => None,
            };
            if let Some((_, e)) = speaker {
                if !d.agent.contains(&e) && speaks_in(d.sentence) {
                    d.source.push(e);
                }
            }
        }
        if let Some(&e) =
            d.source.iter().find(|&&e| ents[e].subkind == "person")
        {
            last = Some((d.sentence, e));
        }
    }
}

/// "des combattants séparatistes accusés d'avoir kidnappé deux
/// enseignants", "deux hommes soupçonnés d'avoir participé à
/// l'enlèvement": those accused or suspected of the deed right after are
/// its agents, not the subject of the main verb (who hunts or arrests
/// them).
fn suspected_doers(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    for d in drafts.iter_mut() {
        if !VIOLENT_KINDS.contains(&d.kind.as_str()) && d.kind != "abduction" {
            continue;
        }
        let t = d.triggers[0];
        // "accusés d'avoir" up to eight words before the trigger.
        let back = folded_words_before(ctx, t.start, 8);
        let Some(k) = back.iter().rposition(|w| {
            let w = w.strip_suffix('s').unwrap_or(w);
            let w = w.strip_suffix("ee").map_or(w, |b| &w[..b.len() + 1]);
            matches!(w, "accuse" | "soupconne" | "suspecte")
        }) else {
            continue;
        };
        if back.get(k + 1) != Some(&"d'avoir") {
            continue;
        }
        // Where that word starts in the text, and the actor right before.
        let from = stretch_before(ctx.text, t.start, 120, 0);
        let lead = &ctx.text[from..t.start];
        let Some(cue) = ["accus", "soupçonn", "suspect"]
            .iter()
            .filter_map(|c| lead.rfind(c))
            .max()
        else {
            continue;
        };
        let cue_start = from + cue;
        let i = mentions.partition_point(|(m, _)| m.end <= cue_start);
        let Some(&(m, e)) = i.checked_sub(1).and_then(|j| mentions.get(j))
        else {
            continue;
        };
        if !ctx.text[m.end..cue_start].trim().is_empty()
            || ctx.entities.drafts[e].kind != EntityKind::Actor
        {
            continue;
        }
        d.agent.clear();
        d.agent.push(e);
        d.target.retain(|&a| a != e);
    }
}

/// "Une frappe de missiles a tué six enfants et blessé 42 personnes à
/// Soumy": the people an attack, a strike, a shelling or a bombing killed
/// or wounded in its sentence were hit by it, and are its targets. Read on
/// the words around each counted or described group of the sentence.
fn strike_victims(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    const HIT_BEFORE: &[&str] = &[
        "tuant",
        "tue",
        "tues",
        "tuees",
        "blessant",
        "blesse",
        "blesses",
        "blessees",
        "tuer",
        "blesser",
        "coute",
        "coutant",
        "neutraliser",
        "neutralise",
        "neutralisant",
        "eliminer",
        "elimine",
        "eliminant",
    ];
    const HIT_AFTER: &[&str] = &[
        "tue", "tues", "tuee", "tuees", "blesse", "blesses", "blessee",
        "blessees", "morts", "mort", "peri", "decede", "decedes",
    ];
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !matches!(
            d.kind.as_str(),
            "airstrike" | "shelling" | "bombing" | "attack"
        ) || d.killed.is_none() && d.injured.is_none()
            || d.negated
        {
            continue;
        }
        let Some(sent) = ctx.sentences.get(d.sentence).copied() else {
            continue;
        };
        // (A few hundred bytes around the trigger at most: a text with no
        // sentence end stays linear.)
        let t = d.triggers[0];
        let lo = sent.start.max(t.start.saturating_sub(400));
        let hi = sent.end.min(t.end + 400);
        let i = mentions.partition_point(|(m, _)| m.start < lo);
        for &(m, e) in mentions[i..].iter().take_while(|(m, _)| m.end <= hi) {
            let ent = &ents[e];
            if ent.kind != EntityKind::Actor
                || ent.row.is_some()
                || d.agent.contains(&e)
                || d.target.contains(&e)
                || d.source.contains(&e)
            {
                continue;
            }
            let own = folded_of(ctx, m);
            // The words of its clause before it, up to six ("a tué samedi
            // à l'aube au moins 15 membres"), read past ", dont" ("blessant
            // sept autres personnes, dont deux enfants").
            let from = stretch_before(ctx.text, m.start, 100, sent.start);
            let mut lead = &ctx.text[from..m.start];
            let mut clause = 0;
            while let Some((k, c)) =
                lead.char_indices().rev().find(|&(_, c)| is_clause_break(c))
            {
                if lead[k + c.len_utf8()..].trim_start().starts_with("dont ") {
                    lead = &lead[..k];
                    continue;
                }
                clause = from + k + c.len_utf8();
                break;
            }
            let clause = clause.max(from);
            let ws: Vec<&str> =
                words_of(folded_of(ctx, Span::new(clause, m.start))).collect();
            let before = &ws[ws.len().saturating_sub(6)..];
            // "portant à dix le nombre de Palestiniens tués depuis
            // l'aube": a running toll, not this strike's victims.
            if matches!(before, [.., "nombre" | "bilan", "de" | "des" | "d'"])
            {
                continue;
            }
            let after = folded_words_after(ctx, m.end, 3);
            let hit = own.ends_with("blesses")
                || own.ends_with("morts")
                || before.iter().any(|w| HIT_BEFORE.contains(w))
                || after
                    .iter()
                    .find(|w| {
                        !matches!(
                            **w,
                            "ont" | "a" | "sont" | "ete" | "auraient"
                        )
                    })
                    .is_some_and(|w| HIT_AFTER.contains(w));
            if hit {
                d.target.push(e);
            }
        }
    }
}

/// "BANGUI (AFP) - Les FACA ont repris lundi le contrôle de Bria. […]
/// Selon une source onusienne, les combats ont fait quatorze morts": a
/// story that opens on a deed at a town goes on there; a fight, a
/// withdrawal, a flight or looting told in the next few sentences with no
/// place of its own (and none in its sentence) happened at that town.
fn story_place(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    const FOLLOWING: &[&str] = &[
        "attack",
        "armed_clash",
        "airstrike",
        "shelling",
        "bombing",
        "killing",
        "withdrawal",
        "displacement",
        "riot",
    ];
    let ents = &ctx.entities.drafts;
    // The first placed event, a deed of force (not talks at a capital).
    let Some(lede) = drafts.iter().position(|d| !d.location.is_empty()) else {
        return;
    };
    if !FOLLOWING.contains(&drafts[lede].kind.as_str())
        && !matches!(drafts[lede].kind.as_str(), "capture" | "siege")
    {
        return;
    }
    let sentence = drafts[lede].sentence;
    let place = drafts[lede].location[0];
    let town = |e: usize| {
        ents[e].kind == EntityKind::Place
            && matches!(
                ents[e].subkind.as_ref(),
                "city" | "town" | "village" | "camp" | "feature"
            )
    };
    // Not a town the lede only measures from ("des frappes au nord de
    // Sanaa", "à 30 km de Gao").
    let measured = ents[place].mentions.iter().any(|m| {
        ctx.sentences.get(sentence).is_some_and(|s| s.contains(*m)) && {
            let w = folded_words_before(ctx, m.start, 2);
            matches!(
                &w[..],
                [
                    ..,
                    "nord" | "sud" | "est" | "ouest" | "km" | "kilometres",
                    _
                ]
            ) || w.last().is_some_and(|x| {
                x.starts_with("nord-") || x.starts_with("sud-")
            })
        }
    });
    if sentence > 2 || !town(place) || measured {
        return;
    }
    for d in drafts.iter_mut().skip(lede + 1) {
        if d.sentence > sentence + 8 {
            break;
        }
        if !d.location.is_empty() || !FOLLOWING.contains(&d.kind.as_str()) {
            continue;
        }
        let Some(sent) = ctx.sentences.get(d.sentence) else { continue };
        // (Its sentence, within a few hundred bytes of the trigger: a text
        // with no sentence end stays linear.)
        let t = d.triggers[0];
        let lo = sent.start.max(t.start.saturating_sub(400));
        let hi = sent.end.min(t.end + 400);
        let i = mentions.partition_point(|(m, _)| m.end <= lo);
        let placed = mentions[i..]
            .iter()
            .take_while(|(m, _)| m.start < hi)
            .any(|&(_, e)| ents[e].kind == EntityKind::Place);
        if !placed {
            d.location.push(place);
        }
    }
}

/// Forms (folded) of the verbs by which a body records or tells of a
/// deed named after them: "l'ONU a recensé la mort de", "HRW a documenté
/// l'exécution de".
const RECORDING_VERBS: &[&str] = &[
    "documente",
    "documentent",
    "recense",
    "recensent",
    "denombre",
    "denombrent",
    "enregistre",
    "enregistrent",
    "signale",
    "signalent",
    "rapporte",
    "rapportent",
    // (Not "annoncé": "ont annoncé une offensive conjointe" is one's own.)
    "deplore",
    "deplorent",
    "denonce",
    "denoncent",
    "condamne",
    "condamnent",
    "evoque",
    "evoquent",
];

/// "« Ils ont attaqué par trois côtés. Les combats ont duré cinq heures »,
/// raconte cet officier": the one a quote is put in the mouth of, right
/// after it closes, tells of every event inside it, in all its sentences.
fn quoted_speakers(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    const SAYING: &[&str] = &[
        "racont", "expliqu", "confi", "dit", "affirm", "assur", "temoign",
        "ajout", "precis", "soulign", "declar", "indiqu", "rapport",
        "poursui", "estim", "selon", "lanc", "insist", "deplor", "resum",
    ];
    if !drafts.iter().any(|d| d.source.is_empty()) {
        return;
    }
    let ents = &ctx.entities.drafts;
    let text = ctx.text;
    let mut from = 0;
    while let Some(o) = text[from..].find('«').map(|i| from + i) {
        let Some(c) = text[o..].find('»').map(|i| o + i) else { break };
        from = c + '»'.len_utf8();
        // A quote inside the quote closes it early: read only those with
        // one opening.
        if text[o + '«'.len_utf8()..c].contains('«') {
            continue;
        }
        let rest = &text[from..];
        if !rest.trim_start().starts_with(',') {
            continue;
        }
        // The verb of saying within the three words after the comma, then
        // the speaker within seven, before the sentence ends.
        let words = folded_words_after(ctx, from, 3);
        if !words.iter().any(|w| SAYING.iter().any(|p| w.starts_with(p))) {
            continue;
        }
        let j = mentions.partition_point(|(m, _)| m.start < from);
        let Some(&(m, speaker)) = mentions.get(j) else { continue };
        if ents[speaker].kind != EntityKind::Actor
            || word_gap(ctx, from, m.start) > 7
            || text[from..m.start].contains(['.', '!', '?', '\n', '«'])
        {
            continue;
        }
        // (Drafts are in trigger order: only those inside are read.)
        let first = drafts.partition_point(|d| d.triggers[0].start <= o);
        for d in
            drafts[first..].iter_mut().take_while(|d| d.triggers[0].start < c)
        {
            let t = d.triggers[0];
            if t.end <= c
                && d.source.is_empty()
                && !d.agent.contains(&speaker)
                && !d.target.contains(&speaker)
            {
                d.source.push(speaker);
            }
        }
    }
}

/// The index in `mentions` of the head of the noun phrase that mention
/// `k` ends: back over the bracketed acronym of the name before it ("les
/// Forces armées béninoises (FAB)") and over actors it is the complement
/// of ("l'état-major des Forces armées béninoises").
fn phrase_head(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    k: usize,
) -> usize {
    let ents = &ctx.entities.drafts;
    let mut k = k;
    // (A few steps at most: a head of a head of a head.)
    for _ in 0..4 {
        let Some(j) = k.checked_sub(1) else { break };
        let ((before, e2), (m, e)) = (mentions[j], mentions[k]);
        if before.end > m.start {
            break;
        }
        let gap = ctx.text[before.end..m.start].trim();
        // ("l'état-major des Forces armées béninoises (FAB)": an acronym
        // in brackets spells the name before it, or a part of it.)
        let acronym_of = gap == "(" && ents[e].kind == EntityKind::Actor;
        let complement_of = genitive_gap(gap)
            && ents[e2].kind == EntityKind::Actor
            && ents[e].kind != EntityKind::Date
            && e2 != e;
        if !(acronym_of || complement_of) {
            break;
        }
        k = j;
    }
    k
}

/// "Le SNHR a documenté la mort de 1 084 personnes", "L'ONU a recensé la
/// mort de 300 civils": who records a deed named by a noun tells of it,
/// and did not do it. "Le SNHR attribue à ces groupes la mort de 172
/// membres": the one it is ascribed to did.
fn recorders_tell(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !VIOLENT_KINDS.contains(&d.kind.as_str()) && d.kind != "abduction" {
            continue;
        }
        // (A noun, as the article before it will tell.)
        let t = d.triggers[0];
        let back = folded_words_before(ctx, t.start, 7);
        let n = back.len();
        // The verb right before the noun's article.
        let Some(v) = n.checked_sub(2).filter(|&i| {
            matches!(
                back[i + 1],
                "la" | "l'" | "le" | "les" | "des" | "un" | "une"
            ) || back[i + 1].starts_with("l'")
        }) else {
            continue;
        };
        let ascribed = back[..=v].iter().rposition(|w| {
            matches!(*w, "attribue" | "attribuent" | "impute" | "imputent")
        });
        // "L'armée a annoncé la mort de deux soldats", "a confirmé le
        // décès de": a death made known is told, not done.
        let death_told = d.kind == "killing"
            && matches!(folded_of(ctx, t), "mort" | "morts" | "deces")
            && matches!(
                back[v],
                "annonce"
                    | "annoncent"
                    | "confirme"
                    | "confirment"
                    | "indique"
                    | "rapporte"
                    | "signale"
            );
        let recorded = ascribed.is_none()
            && (RECORDING_VERBS.contains(&back[v]) || death_told);
        if !recorded && ascribed.is_none() {
            continue;
        }
        // Where the verb starts in the text.
        let from = stretch_before(ctx.text, t.start, 160, 0);
        let (f_from, f_to) = (
            ctx.folded.from_original(from),
            ctx.folded.from_original(t.start),
        );
        let stem = if let Some(k) = ascribed { back[k] } else { back[v] };
        let Some(at) = ctx.folded.text[f_from..f_to].rfind(stem) else {
            continue;
        };
        let verb_start = ctx
            .folded
            .to_original(Span::new(f_from + at, f_from + at + stem.len()))
            .start;
        // The teller: the actor named last before the verb, with only an
        // auxiliary or a bracketed acronym between.
        let i = mentions.partition_point(|(m, _)| m.end <= verb_start);
        let Some(last) = i.checked_sub(1) else {
            continue;
        };
        let m = mentions[last].0;
        // "L'état-major des Forces armées béninoises (FAB) a annoncé":
        // the head of the subject tells, not its complement.
        let teller = mentions[phrase_head(ctx, mentions, last)].1;
        let gap = folded_of(ctx, Span::new(m.end, verb_start));
        let gap_ok = words_of(gap)
            .all(|w| matches!(w, "a" | "ont" | "avait" | "avaient"))
            && !gap.contains(['.', ';', ','])
            || gap.trim().starts_with('(') && gap.trim_end().ends_with(')');
        if !gap_ok || ents[teller].kind != EntityKind::Actor {
            continue;
        }
        if ascribed.is_some() {
            // The doer: the actor between the verb and the noun.
            // (Read from the verb on, over the sorted mentions.)
            let doer = mentions[i..]
                .iter()
                .take_while(|(m2, _)| m2.start < t.start)
                .filter(|(m2, _)| m2.start >= verb_start && m2.end <= t.start)
                .map(|&(_, e)| e)
                .find(|&e| e != teller && ents[e].kind == EntityKind::Actor);
            // "La police attribue l'enlèvement au 400 Mawozo": after the
            // noun, behind "à".
            let t_end = d.triggers[0].end;
            let doer = doer.or_else(|| {
                let j = mentions.partition_point(|(m2, _)| m2.start < t_end);
                let &(m2, e) = mentions.get(j)?;
                let gap = folded_of(ctx, Span::new(t_end, m2.start));
                let mut w = words_of(gap);
                (matches!(w.next(), Some("a" | "au" | "aux"))
                    && w.all(|x| {
                        matches!(x, "la" | "l'" | "des" | "de" | "d'")
                    })
                    && !gap.contains(['.', ';', ',', ':'])
                    && e != teller
                    && ents[e].kind == EntityKind::Actor)
                    .then_some(e)
            });
            if let Some(doer) = doer {
                d.target.retain(|&e| e != doer);
                if !d.agent.contains(&doer) {
                    d.agent.insert(0, doer);
                }
            }
        }
        if d.agent.contains(&teller) {
            d.agent.retain(|&e| e != teller);
            push_unique(&mut d.source, teller);
        } else if recorded
            && d.source.is_empty()
            && !d.target.contains(&teller)
        {
            d.source.push(teller);
        }
    }
}

/// "… ont été tués dans une frappe de drone, a indiqué le gouvernement,
/// qui accuse les FSR": a violent event with no agent was done by the
/// armed body its sentence accuses.
fn accused_agents(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &mut [EventDraft],
) {
    let ents = &ctx.entities.drafts;
    // (sentence, the accused entity and where it is named)
    let mut cache: Option<(usize, Option<(usize, usize)>)> = None;
    for d in drafts.iter_mut() {
        if !VIOLENT_KINDS.contains(&d.kind.as_str()) {
            continue;
        }
        // "Le ministère a accusé des groupes armés d'avoir attaqué": the
        // deed right after "d'avoir" is the accused's, whoever the
        // sentence's subject.
        // ("d'avoir tenté de prendre d'assaut le siège": past the
        // attempt.)
        let of_the_accused = {
            let w = folded_words_before(ctx, d.triggers[0].start, 4);
            let w = match &w[..] {
                [rest @ .., "tente" | "voulu" | "cherche", "de" | "d'" | "a"] => {
                    rest
                }
                w => w,
            };
            matches!(w, [.., "d'", "avoir"] | [.., "d'avoir"])
        };
        if !d.agent.is_empty() && !of_the_accused {
            continue;
        }
        let accused = match cache {
            Some((s, a)) if s == d.sentence => a,
            _ => {
                let sent = ctx.sentences[d.sentence];
                let f = folded_of(ctx, sent);
                let f0 = ctx.folded.from_original(sent.start);
                let mut found = None;
                for i in memchr::memmem::find_iter(f.as_bytes(), b"accus") {
                    let word_end = f[i..]
                        .find(|c: char| !c.is_alphanumeric())
                        .map_or(f.len(), |k| i + k);
                    if !matches!(
                        &f[i..word_end],
                        "accuse"
                            | "accusent"
                            | "accusant"
                            | "accusait"
                            | "accusaient"
                    ) {
                        continue;
                    }
                    let after = ctx.folded.original_start(f0 + word_end);
                    let k = mentions.partition_point(|(m, _)| m.start < after);
                    found = mentions.get(k).and_then(|&(m, e)| {
                        let gap = folded_of(ctx, Span::new(after, m.start));
                        // "accuse des groupes armés d'avoir attaqué".
                        (words_of(gap).all(|w| {
                            ARTICLES.contains(&w)
                                || matches!(
                                    w,
                                    "des" | "un" | "une" | "«" | "\""
                                )
                        }) && is_armed(&ents[e].subkind))
                        .then_some((e, m.start))
                    });
                    if found.is_some() {
                        break;
                    }
                }
                cache = Some((d.sentence, found));
                found
            }
        };
        if let Some((e, named)) = accused {
            if d.target.contains(&e) || d.source.contains(&e) {
                continue;
            }
            // "accusent les paramilitaires et des soldats d'avoir
            // exécuté": an agent named after the accused is accused too.
            let trig = d.triggers[0].start;
            let lo = mentions.partition_point(|(m, _)| m.start <= named);
            let hi = mentions.partition_point(|(m, _)| m.start < trig);
            let between = &mentions[lo..hi.max(lo)];
            let later = |a: &usize| between.iter().any(|&(_, x)| x == *a);
            if d.agent.iter().any(later) {
                continue;
            }
            if !d.agent.is_empty() {
                // The accuser tells of the deed.
                let accuser = std::mem::take(&mut d.agent);
                if d.source.is_empty() {
                    d.source = accuser;
                }
            }
            d.agent.push(e);
        }
    }
}

/// Whether sentence `i` speaks through a pronoun: "a-t-il dit",
/// "précise-t-elle", "selon lui".
fn pronoun_speaks(ctx: &Context<'_>, i: usize) -> bool {
    // Folding makes hyphens spaces: the inversion is read on the
    // original text.
    let o = &ctx.text[ctx.sentences[i]];
    let f = folded_of(ctx, ctx.sentences[i]);
    ["-t-il", "-t-elle", "-il ", "-ils ", "-elle ", "-elles "]
        .iter()
        .any(|p| o.contains(p))
        || f.contains("selon lui")
        || f.contains("selon elle")
        || f.contains("d'apres lui")
        || f.contains("d'apres elle")
        // "Selon cet officier, …", "selon ce dernier": the person named
        // before, pointed at.
        || [
            "selon ce dernier",
            "selon cette derniere",
            "selon cet officier",
            "selon ce responsable",
            "selon cette responsable",
            "selon ce commandant",
            "selon ce porte-parole",
            "selon ce porte parole",
            "selon ce general",
            "selon ce colonel",
            "selon ce ministre",
            "selon ce chef",
            "selon ce temoin",
            "selon cet elu",
        ]
        .iter()
        .any(|p| f.contains(p))
        || {
            // "Il affirme que …", "Elle a indiqué que …".
            let mut w = words_of(f);
            matches!(w.next(), Some("il" | "elle")) && {
                let mut v = w.next().unwrap_or("");
                if v == "a" {
                    v = w.next().unwrap_or("");
                }
                matches!(
                    v,
                    "affirme"
                        | "dit"
                        | "ajoute"
                        | "explique"
                        | "estime"
                        | "indique"
                        | "precise"
                        | "assure"
                        | "souligne"
                        | "declare"
                        | "rappelle"
                        | "annonce"
                        | "confirme"
                        | "denonce"
                        | "reconnait"
                )
            }
        }
}

/// "267 drones contre l'Ukraine", "des missiles vers Israël": the
/// country a strike is fired at, right after it in its sentence, is its
/// target as well as its place.
fn countries_fired_at(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let ents = &ctx.entities.drafts;
    for d in drafts.iter_mut() {
        if !matches!(d.kind.as_str(), "airstrike" | "shelling") {
            continue;
        }
        let t = d.triggers[0];
        let sent = ctx.sentences[d.sentence];
        let lim = stretch_after(ctx.text, t.end, 80).min(sent.end).max(t.end);
        let near = &ctx.text[t.end..lim];
        let Some(at) = [" contre ", " vers "]
            .iter()
            .filter_map(|p| near.find(p).map(|i| i + p.len()))
            .min()
        else {
            continue;
        };
        let rest = &near[at..];
        let name = ["l'", "l’", "la ", "le ", "les "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        let Some(e) = ctx.entities.mentions_at(lim - name.len()) else {
            continue;
        };
        let x = &ents[e];
        if x.kind == EntityKind::Place
            && x.subkind == "country"
            && d.location.contains(&e)
        {
            push_unique(&mut d.target, e);
        }
    }
}

/// "l'invasion de l'Ukraine", "son invasion du Liban": the country
/// invaded is the target, and where the invasion happened (not the
/// places of the events told before it). An invasion named as a point
/// in time ("depuis le début de l'invasion") takes no party or place
/// from its sentence.
fn invaded_countries(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let invaded = |t: &Span| -> Option<usize> {
        if !folded_of(ctx, *t).starts_with("invasion") {
            return None;
        }
        let rest = ctx.text[t.end..].trim_start_matches([' ', '\u{a0}']);
        let name = ["de l'", "de l’", "de la ", "du ", "d'", "d’"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))?;
        let e = ctx.entities.mentions_at(ctx.text.len() - name.len())?;
        let x = &ctx.entities.drafts[e];
        (x.kind == EntityKind::Place && x.subkind == "country").then_some(e)
    };
    // "depuis le début de l'invasion", "le troisième anniversaire de
    // l'invasion": the war as a point in time, whose sentence tells of
    // other things.
    let as_time = |t: &Span| {
        folded_of(ctx, *t).starts_with("invasion")
            && folded_words_before(ctx, t.start, 4).iter().any(|w| {
                matches!(
                    *w,
                    "debut" | "anniversaire" | "ans" | "depuis" | "veille"
                )
            })
    };
    for d in drafts.iter_mut() {
        if d.kind != "attack" {
            continue;
        }
        let Some(e) = d.triggers.iter().find_map(invaded) else {
            if d.triggers.iter().all(as_time) {
                let end = d.triggers[0].end;
                d.agent.clear();
                d.target.clear();
                d.location.clear();
                // Its own date may follow it: "l'invasion russe, le 24
                // février 2022".
                d.time.retain(|&x| {
                    ctx.entities.drafts[x]
                        .mentions
                        .iter()
                        .any(|m| m.start >= end && m.start - end <= 24)
                });
            }
            continue;
        };
        d.location = vec![e];
        d.agent.retain(|&a| a != e);
        push_unique(&mut d.target, e);
    }
}

/// A live blog's entries ("16h20 – …") and a timeline's ("15 avril 2023
/// – L'embrasement / Des combats éclatent à l'aube …") open with a time
/// or date at the start of a line: an event of the entry that its own
/// sentence does not date takes the entry's. Only in a text with two such
/// entries or more, and only up to the blank line that ends the entry.
fn entry_times(ctx: &Context<'_>, drafts: &mut [EventDraft]) {
    let text = ctx.text;
    let mut heads: Vec<(usize, usize)> = Vec::new(); // (end, date entity)
    for (e, d) in ctx.entities.drafts.iter().enumerate() {
        if d.kind != EntityKind::Date {
            continue;
        }
        for m in &d.mentions {
            // Only blanks or a bullet back to the line's start (read
            // backwards, so a text with no line break costs no more).
            let lead = text[..m.start].trim_end_matches(|c: char| {
                c != '\n' && (c.is_whitespace() || c == '•')
            });
            let opens = lead.is_empty() || lead.ends_with('\n');
            let rest = text[m.end..].trim_start_matches([' ', '\u{a0}']);
            let dash = rest.starts_with(['–', '—', '-', ':', '|']);
            if opens && dash {
                heads.push((m.end, e));
            }
        }
    }
    if heads.len() < 2 {
        return;
    }
    heads.sort_unstable();
    // Where blank lines are, found once: an entry ends at the first. A
    // blank line is a line break, blanks ("\r" too), and another break:
    // kept as the bytes of its two breaks.
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    let mut breaks = text.match_indices('\n').map(|(k, _)| k).peekable();
    while let Some(k) = breaks.next() {
        if let Some(&k2) = breaks.peek() {
            if text[k + 1..k2].trim().is_empty() {
                blanks.push((k, k2));
            }
        }
    }
    for d in drafts.iter_mut() {
        if !d.time.is_empty() {
            continue;
        }
        let t = d.triggers[0].start;
        let k = heads.partition_point(|h| h.0 <= t);
        let Some(&(end, e)) = k.checked_sub(1).map(|k| &heads[k]) else {
            continue;
        };
        let b = blanks.partition_point(|&(k, _)| k < end);
        if blanks.get(b).map_or(true, |&(_, k2)| k2 >= t) {
            d.time.push(e);
        }
    }
}

/// A violent event whose sentence names no place happened where (and,
/// if its sentence gives no time, when) the violent event told just
/// before it did, in the same paragraph: "Des jihadistes ont attaqué
/// mardi le camp de Boulkessi. Dix soldats ont été tués."
fn inherit_setting(
    ctx: &Context<'_>,
    drafts: &mut [EventDraft],
    communique: bool,
) {
    for i in 1..drafts.len() {
        if !drafts[i].location.is_empty() {
            continue;
        }
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        // "Des hélicoptères y ont largué des vivres": "y" points back to
        // where the event before happened, whatever its kind.
        let there = matches!(d.pos, Some(Pos::Verb)) && {
            let w = folded_words_before(ctx, d.triggers[0].start, 3);
            w.iter().any(|x| matches!(*x, "y" | "s'y" | "n'y"))
        };
        if there {
            if let Some(prev) = done
                .iter()
                .rev()
                .take_while(|p| p.sentence + 1 >= d.sentence)
                .take(16)
                .find(|p| p.sentence < d.sentence && !p.location.is_empty())
            {
                let ents = &ctx.entities.drafts;
                let mut location = prev.location.clone();
                // The site the event before was against is where too.
                for &t in &prev.target {
                    if ents[t].kind == EntityKind::Place
                        && !location.contains(&t)
                    {
                        location.insert(0, t);
                    }
                }
                d.location = location;
                if d.time.is_empty() {
                    d.time = prev.time.clone();
                }
                continue;
            }
        }
        // An abduction goes on with the raid told before it ("ont attaqué
        // le village de Mucojo. Ils ont … enlevé six enfants").
        if !VIOLENT_KINDS.contains(&d.kind.as_str()) && d.kind != "abduction" {
            continue;
        }
        // Only the last drafts of this sentence and the one before are
        // looked at: a run-on text of thousands of events, few of them
        // placed, costs no more per event.
        // A communiqué tells one operation over its paragraphs: "… a
        // attaqué le poste avancé de Sagme. / Les éléments du BIR ont
        // repoussé l'assaut … onze terroristes neutralisés."
        let carries_on = fight_goes_on(ctx, d);
        let reach = if communique {
            3
        } else if carries_on {
            2
        } else {
            1
        };
        let Some(prev) = done
            .iter()
            .rev()
            .take_while(|p| p.sentence + reach >= d.sentence)
            .take(16)
            .find(|p| !p.location.is_empty())
        else {
            continue;
        };
        // (A raid told by those it carried off is one too: "ont emmené
        // quatorze femmes. Trois hommes … ont été abattus.")
        if !VIOLENT_KINDS.contains(&prev.kind.as_str())
            && prev.kind != "abduction"
        {
            continue;
        }
        if d.sentence > prev.sentence + reach {
            continue;
        }
        if !communique && !carries_on && !follows_in_paragraph(ctx, prev, d) {
            continue;
        }
        d.location = prev.location.clone();
        if d.time.is_empty() {
            d.time = prev.time.clone();
        }
    }
}

/// "Les combats ont duré plusieurs heures", "lors des échanges de tirs",
/// "après deux jours de combats", "au terme de violents combats": the
/// fighting told as the going on of the raid told just before, even past
/// a paragraph's end, where that raid was.
fn fight_goes_on(ctx: &Context<'_>, d: &EventDraft) -> bool {
    if d.kind != "armed_clash" || d.triggers.len() != 1 {
        return false;
    }
    let t = d.triggers[0];
    let noun = folded_of(ctx, t);
    if !["combat", "affrontement", "echange", "accrochage"]
        .iter()
        .any(|n| noun.starts_with(n))
    {
        return false;
    }
    let before = folded_words_before(ctx, t.start, 4);
    let after = folded_words_after(ctx, t.end, 3);
    let lasted = after.iter().any(|w| w.starts_with("dur"));
    let led = before.windows(2).any(|p| {
        matches!((p[0], p[1]), ("lors", "des" | "de") | ("au", "terme"))
            || matches!(p[0], "suivie" | "suivi" | "suivis" | "suivies")
                && p[1] == "de"
    });
    let spent = before
        .iter()
        .any(|w| matches!(*w, "heures" | "heure" | "jours" | "minutes"))
        && before.last().is_some_and(|w| matches!(*w, "de" | "d'"));
    lasted || led || spent
}

/// The person an interview ("ENTRETIEN", "Propos recueillis par …")
/// gives the floor to, named before the first question, with where the
/// first question starts; not the interviewer or a byline's author.
fn interview_speaker(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
) -> Option<(usize, usize)> {
    const HEAD: usize = 800;
    let f = ctx.folded.text.as_str();
    let mut end = HEAD.min(f.len());
    while !f.is_char_boundary(end) {
        end -= 1;
    }
    let head = &f[..end];
    let collected = head.find("propos recueillis");
    let labelled = head.lines().take(3).any(|l| {
        let l = l.trim_start();
        l.starts_with("entretien") || l.starts_with("interview")
    });
    if collected.is_none() && !labelled {
        return None;
    }
    // The first question: a short line ending in a question mark.
    let mut at = 0;
    let mut question = None;
    for line in ctx.text.split_inclusive('\n') {
        let l = line.trim_end();
        if l.ends_with('?') && l.len() <= 200 {
            question = Some(at);
            break;
        }
        at += line.len();
    }
    let question = question?;
    let interviewer = collected.map(|i| ctx.folded.original_start(i));
    let person = |&&(span, e): &&(Span, usize)| {
        let d = &ctx.entities.drafts[e];
        d.kind == EntityKind::Actor
            && d.subkind == "person"
            && span.end <= question
            && !interviewer.is_some_and(|i| {
                span.start >= i && !ctx.text[i..span.start].contains('\n')
            })
            && !{
                let lead = ctx.text[..span.start].trim_end();
                lead.ends_with(" par") || lead.ends_with("Par")
            }
    };
    mentions.iter().find(person).map(|&(_, e)| (e, question))
}

/// The lines (folded) that open a report issued by one body: its events
/// are told on that body's word unless a sentence names another source.
const REPORT_HEADS: &[&str] = &[
    "flash update",
    "rapport de situation",
    // "Haut-Nil : note de situation n° 3 (extrait) / OCHA – Publié le …".
    "note de situation",
    "bulletin humanitaire",
    "mise a jour humanitaire",
    "mise a jour rapide",
    "mise a jour de la situation",
    "note d'information humanitaire",
    // "Syrie : escalade des hostilités – Note d'information n° 2".
    "note d'information",
    "extrait du rapport",
    // A rights group's periodic report: "Rapport hebdomadaire de suivi
    // des violations".
    "rapport hebdomadaire",
    "rapport mensuel",
    "rapport trimestriel",
    "rapport annuel",
    "bulletin hebdomadaire",
    // An army's daily summary: "Informations opérationnelles au 22h00 du
    // 8 janvier", "Point de situation".
    "informations operationnelles",
    "situation operationnelle",
    "point de situation",
    "point de presse operationnel",
];

/// Quotations that open a paragraph and run over several ("« Ouagadougou,
/// le 13 mai 2025 – Le convoi … est arrivé à Djibo, annonce l'état-major
/// général des armées. / Parti de Kaya … »"), with the actor that speaks
/// in the first sentence through an inverted verb of saying: a statement
/// reproduced whole, told on that actor's word.
fn quoted_statements(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
) -> Vec<(Span, usize)> {
    const VERBS: &[&str] = &[
        ", annonce ",
        ", indique ",
        ", affirme ",
        ", precise ",
        ", souligne ",
        ", rapporte ",
        ", declare ",
        ", a annonce ",
        ", a indique ",
        ", a affirme ",
        ", a precise ",
        ", a declare ",
        ", ont annonce ",
        ", ont indique ",
    ];
    let text = ctx.text;
    let mut out = Vec::new();
    let mut tried = 0usize;
    for (i, _) in text.match_indices('«') {
        // At the start of a paragraph.
        let lead = text[..i].trim_end_matches([' ', '\t']);
        if !(lead.is_empty() || lead.ends_with('\n')) {
            continue;
        }
        // A bounded number of openings a document (each scan is bounded).
        tried += 1;
        if tried > 64 {
            break;
        }
        // Its closing mark, past the quotes it holds; a few thousand
        // bytes at most.
        let mut depth = 0usize;
        let mut end = None;
        let body_end = (i + 8_000).min(text.len());
        for (k, c) in text[i..].char_indices() {
            if i + k >= body_end {
                break;
            }
            match c {
                '«' => depth += 1,
                '»' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = Some(i + k + c.len_utf8());
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { continue };
        // Over several paragraphs.
        if !text[i..end].contains('\n') {
            continue;
        }
        let quote = Span::new(i, end);
        // The first sentence, and its inverted verb of saying.
        let Some(first) = ctx
            .sentences
            .get(ctx.sentences.partition_point(|s| s.end <= i + 2))
        else {
            continue;
        };
        let f0 = ctx.folded.from_original(first.start.max(i));
        let f1 = ctx.folded.from_original(first.end.min(end));
        let Some(fs) = ctx.folded.text.get(f0..f1) else { continue };
        let Some(v) =
            VERBS.iter().filter_map(|v| fs.find(v).map(|k| k + v.len())).min()
        else {
            continue;
        };
        let after = ctx.folded.original_start(f0 + v);
        let speaker = mentions
            .get(mentions.partition_point(|(m, _)| m.start < after))
            .filter(|(m, _)| m.end <= first.end)
            .map(|&(_, e)| e)
            .filter(|&e| ctx.entities.drafts[e].kind == EntityKind::Actor);
        if let Some(e) = speaker {
            out.push((quote, e));
        }
        if out.len() >= 16 {
            break;
        }
    }
    out
}

/// The institution that issues a communiqué: the last government, force or
/// organisation named in the letterhead, before a line that opens with
/// "Communiqué" near the top of the text. A person who speaks for that
/// body in the first sentence is put in `speaker`.
fn communique_issuer(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    speaker: &mut Option<usize>,
) -> Option<usize> {
    const HEAD: usize = 400;
    let f = ctx.folded.text.as_str();
    let mut end = HEAD.min(f.len());
    while !f.is_char_boundary(end) {
        end -= 1;
    }
    let head = &f[..end];
    let line_start = |i: usize| {
        let lead = head[..i].trim_end_matches([' ', '\t']);
        lead.is_empty() || lead.ends_with('\n')
    };
    // "Communiqué (de presse)", or a short "Déclaration (officielle)" line.
    // A humanitarian report's or a rights report's line ("Flash Update n°
    // 11", "Rapport de situation n° 31", "Extrait du rapport publié le 18
    // décembre par Human Rights Watch") is a letterhead too.
    let at = head
        .match_indices("communique")
        .map(|(i, _)| i)
        .find(|&i| line_start(i))
        .or_else(|| {
            head.match_indices("declaration").map(|(i, _)| i).find(|&i| {
                line_start(i) && head[i..].find('\n').is_some_and(|n| n <= 40)
            })
        })
        .or_else(|| {
            REPORT_HEADS.iter().find_map(|h| {
                head.match_indices(h).map(|(i, _)| i).find(|&i| {
                    // Folding makes dashes spaces: the original tells.
                    let lead = &ctx.text[..ctx.folded.original_start(i)];
                    line_start(i)
                        || lead.ends_with(" - ")
                        || lead.ends_with(" – ")
                        || lead.ends_with(" — ")
                        // "UKRAINE : Note d'information humanitaire".
                        || lead.ends_with(" : ")
                        // "Territoire palestinien occupé | Rapport de
                        // situation".
                        || lead.ends_with(" | ")
                })
            })
        })?;
    let line_end = at + head[at..].find('\n').unwrap_or(head.len() - at);
    let at = ctx.folded.original_start(at);
    let issuing = |e: usize| {
        let d = &ctx.entities.drafts[e];
        // An armed group's own statement too ("FORCES DÉMOCRATIQUES
        // SYRIENNES / Centre de presse / Déclaration …").
        issues_statements(&d.subkind)
            // A named organisation ("Conseil norvégien pour les
            // réfugiés (NRC)"), not a person or a descriptor.
            // A headline in capitals ("QUATRE SUSPECTS ARRÊTÉS") is none.
            || d.subkind == "other"
                && d.mentions.iter().any(|m| {
                    let t = &ctx.text[*m];
                    t.chars().filter(|c| c.is_uppercase()).count() >= 2
                        && (t.chars().any(char::is_lowercase)
                            || !t.contains([' ', '\u{a0}']))
                })
    };
    // "La Police nationale d'Haïti (PNH) informe", "Le Gouvernement
    // informe", "La Coordination … porte à la connaissance": the body that
    // speaks in the communiqué's first sentence issues it, whatever the
    // letterhead above names.
    let speaks = {
        let from = ctx.folded.from_original(at);
        let to = stretch_after(f, from, 1200);
        [
            " informe ",
            " informent ",
            " porte a la connaissance",
            " portent a la connaissance",
            " tient a informer",
        ]
        .iter()
        .filter_map(|v| f[from..to].find(v).map(|k| from + k))
        .min()
        .map(|k| ctx.folded.original_start(k))
    };
    if let Some(verb) = speaks {
        let n = mentions.partition_point(|(span, _)| span.start < verb);
        // The head of the subject: the first actor of the clause before
        // the verb, not one its title names ("Le Ministre Délégué à la
        // Présidence chargé de la Défense porte à la connaissance").
        let subject = mentions[..n]
            .iter()
            .rev()
            .take_while(|(span, _)| {
                span.start >= at
                    && span.end <= verb
                    && verb - span.end <= 120
                    && !ctx.text[span.end..verb].contains(['.', '\n'])
            })
            // Whoever speaks there, a body the gazetteers do not know
            // ("La Coordination … de la société civile") or a title.
            .filter(|(_, e)| ctx.entities.drafts[*e].kind == EntityKind::Actor)
            .last()
            .map(|&(_, e)| e);
        // A minister or an officer who speaks for the body in the
        // letterhead leaves it the source.
        let for_letterhead = subject.is_some_and(|e| {
            ctx.entities.drafts[e].subkind == "person"
                && mentions[..n]
                    .iter()
                    .any(|&(span, b)| span.end <= at && issuing(b))
        });
        if subject.is_some() && !for_letterhead {
            return subject;
        }
        if for_letterhead {
            *speaker = subject;
        }
    }
    // Mentions are sorted: only the letterhead's are looked at.
    let n = mentions.partition_point(|(span, _)| span.start < at);
    // "COMMUNIQUÉ DU GOUVERNEMENT", "Communiqué de l'état-major": the
    // body the communiqué's own line names issues it, whatever the
    // letterhead above names.
    let own_line_end = ctx.folded.original_start(line_end);
    if let Some(&(_, e)) = mentions[n..]
        .iter()
        .take_while(|(span, _)| span.end <= own_line_end)
        .find(|(_, e)| issuing(*e))
    {
        return Some(e);
    }
    // "MINISTÈRE DE LA DÉFENSE / Division de la communication",
    // "COMMANDEMENT DES OPÉRATIONS CONJOINTES / Cellule des médias": the
    // body in capitals issues it, not the office below that words it.
    let letterhead = || {
        mentions[..n]
            .iter()
            .rev()
            .take(12)
            .filter(|(span, e)| span.end <= at && issuing(*e))
    };
    // (A name in capitals, not the acronym in brackets after a name:
    // "Conseil national pour la sauvegarde de la patrie (CNSP) /
    // Ministère de la Défense nationale" is the ministry's.)
    let capitals = |span: Span| {
        let t = &ctx.text[span];
        let line_start =
            ctx.text[..span.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = ctx.text[span.end..]
            .find('\n')
            .map_or(ctx.text.len(), |k| span.end + k);
        !t.chars().any(char::is_lowercase)
            && (t.contains(' ') || ctx.text[line_start..line_end].trim() == t)
    };
    // "NATIONS UNIES / Force intérimaire de sécurité des Nations unies
    // pour Abyei (FISNUA)": under the UN's name, the mission or the
    // agency below issues it.
    let umbrella = |e: usize| ctx.entities.drafts[e].canonical == "ONU";
    let before = letterhead()
        .find(|(span, e)| capitals(*span) && !umbrella(*e))
        .or_else(|| letterhead().find(|(_, e)| !umbrella(*e)))
        .or_else(|| letterhead().next())
        .map(|&(_, e)| e);
    // "COMMUNIQUÉ DE PRESSE / Conseil norvégien pour les réfugiés
    // (NRC)": the issuer may come on the next line of the letterhead.
    before
        .or_else(|| {
            let from = ctx.folded.original_start(line_end);
            let rest = &ctx.text[from..];
            let next_line = rest
                .trim_start_matches(['\n', '\r'])
                .find('\n')
                .map_or(ctx.text.len(), |k| {
                    from + (rest.len()
                        - rest.trim_start_matches(['\n', '\r']).len())
                        + k
                });
            mentions[n..]
                .iter()
                .take_while(|(span, _)| span.end <= next_line)
                .find(|(_, e)| issuing(*e))
                .map(|&(_, e)| e)
        })
        .or_else(|| {
            // "Paris / Adré, le 5 janvier 2027 — Action contre la Faim (ACF)
            // s'alarme": the body named right after the dateline's dash.
            let from = ctx.folded.original_start(line_end);
            let to = stretch_after(ctx.text, from, 1500);
            let dash = ctx.text[from..to]
                .split_inclusive('\n')
                .scan(from, |at, line| {
                    let start = *at;
                    *at += line.len();
                    Some((start, line))
                })
                .find_map(|(start, line)| {
                    let head = line.get(..line.len().min(80)).unwrap_or(line);
                    let k = head.find(" — ").or_else(|| head.find(" – "))?;
                    let dated = head[..k].chars().any(|c| c.is_ascii_digit());
                    dated.then_some(start + k + " — ".len())
                })?;
            let n = mentions.partition_point(|(span, _)| span.start < dash);
            mentions[n..]
                .first()
                .filter(|(span, e)| span.start <= dash + 4 && issuing(*e))
                .map(|&(_, e)| e)
        })
}

/// Whether an actor of `subkind` is a body that issues statements in its
/// own name: a government, a force, an international body or an armed
/// group.
fn issues_statements(subkind: &str) -> bool {
    matches!(
        subkind,
        "government" | "state_force" | "intl_org" | "armed_group"
    )
}

/// Communiqués reproduced in an article: each a body that ends on a line
/// "Fait à Niamey, le 22 mars 2025" and starts after the nearest line
/// before it that speaks of a communiqué ("COMMUNIQUÉ DU GOUVERNEMENT", "Nous
/// reproduisons … le communiqué du ministère de la Défense"), with who
/// tells it: the body that line names (the one right after "communiqué",
/// else the first it names), and the signatory on the lines below the
/// signature.
fn embedded_communiques(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
) -> Vec<(Span, Vec<usize>)> {
    const REACH: usize = 6000;
    let text = ctx.text;
    let ents = &ctx.entities.drafts;
    let is_actor = |e: usize| ents[e].kind == EntityKind::Actor;
    let mut out = Vec::new();
    let mut floor = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), "Fait à ") {
        if at < floor || !(at == 0 || text.as_bytes()[at - 1] == b'\n') {
            continue;
        }
        let from = stretch_before(text, at, REACH, floor);
        // The nearest line above that names a communiqué.
        let Some(head_at) = text[from..at]
            .match_indices(['C', 'c'])
            .map(|(i, _)| from + i)
            .filter(|&i| {
                let w = &text.as_bytes()[i..];
                w.len() > 10
                    && (w[1..].starts_with(b"ommuniqu")
                        || w[1..].starts_with(b"OMMUNIQU"))
            })
            .last()
        else {
            // (None above: no later signature reads this stretch again.)
            floor = at;
            continue;
        };
        let line_start =
            text[from..head_at].rfind('\n').map_or(from, |k| from + k + 1);
        let line_end =
            text[head_at..at].find('\n').map_or(at, |k| head_at + k);
        // The signature: up to two actors on the two lines after it.
        let sig_end = text[at..]
            .char_indices()
            .filter(|&(_, c)| c == '\n')
            .nth(2)
            .map_or(text.len(), |(k, _)| at + k);
        let body = Span::new(line_end, at);
        let mut by: Vec<usize> = Vec::new();
        // The one right after "communiqué (du, de la, de l')".
        let n = mentions.partition_point(|(m, _)| m.start < head_at);
        let named = mentions[n..]
            .iter()
            .take_while(|(m, _)| m.end <= line_end)
            .find(|(m, e)| m.start - head_at <= 24 && is_actor(*e))
            .or_else(|| {
                let n =
                    mentions.partition_point(|(m, _)| m.start < line_start);
                mentions[n..]
                    .iter()
                    .take_while(|(m, _)| m.end <= line_end)
                    .find(|(_, e)| {
                        is_actor(*e) && issues_statements(&ents[*e].subkind)
                    })
            });
        // A heading that names no one ("COMMUNIQUÉ N°027/EMGA") is under
        // the letterhead: the nearest body above it, within a few lines
        // ("MINISTÈRE DE LA DÉFENSE / ÉTAT-MAJOR GÉNÉRAL DES ARMÉES").
        let named = named.or_else(|| {
            let top = stretch_before(text, line_start, 300, from);
            let n = mentions.partition_point(|(m, _)| m.start < top);
            mentions[n..]
                .iter()
                .take_while(|(m, _)| m.end <= line_start)
                .filter(|(m, e)| {
                    is_actor(*e)
                        && issues_statements(&ents[*e].subkind)
                        && text[m.end..line_start]
                            .bytes()
                            .filter(|&b| b == b'\n')
                            .count()
                            <= 4
                })
                .last()
        });
        if let Some(&(_, e)) = named {
            by.push(e);
        }
        let k = mentions.partition_point(|(m, _)| m.start < at);
        for &(_, e) in mentions[k..]
            .iter()
            .take_while(|(m, _)| m.end <= sig_end)
            .filter(|(_, e)| is_actor(*e))
            .take(2)
        {
            push_unique(&mut by, e);
        }
        if !by.is_empty() && body.end > body.start {
            out.push((body, by));
        }
        floor = sig_end;
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// A line that opens a reply ("RÉPONSE DU FRONT DE …", "Droit de
/// réponse de …"): where it starts, and the actor it or the line after it
/// names first, who speaks for what follows.
fn reply_issuer(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
) -> Option<(usize, usize)> {
    let f = ctx.folded.text.as_str();
    let at = ["\nreponse d", "\ndroit de reponse"]
        .iter()
        .filter_map(|h| memchr::memmem::find(f.as_bytes(), h.as_bytes()))
        .min()?
        + 1;
    // The heading's line, or the first line of text after it when the
    // heading names no one the gazetteers know in capitals.
    let line_end = |from: usize| {
        let from = from + (f[from..].len() - f[from..].trim_start().len());
        from + f[from..].find('\n').unwrap_or(f.len() - from)
    };
    let start = ctx.folded.original_start(at);
    let end = ctx.folded.original_start(line_end(line_end(at)));
    let n = mentions.partition_point(|(span, _)| span.start < start);
    mentions[n..]
        .iter()
        .take_while(|(span, _)| span.end <= end)
        .find(|(_, e)| {
            ctx.entities.drafts[*e].kind == crate::output::EntityKind::Actor
        })
        .map(|&(_, e)| (start, e))
}

/// When sentence `si` opens with a subject pronoun ("Elle", "Il", "Ils",
/// "Elles") and a verb of saying ("Elle dément", "Il a également
/// indiqué"), the end of that verb and the entity the pronoun stands
/// for: the first body that is no complement in the sentence before.
fn pronoun_speaker(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    si: usize,
) -> Option<(usize, usize)> {
    const SAID: &[&str] = &[
        "indique",
        "affirme",
        "annonce",
        "precise",
        "ajoute",
        "assure",
        "declare",
        "dementi",
        "dement",
        "reconnu",
        "reconnait",
        "confirme",
        "explique",
        "souligne",
        "rapporte",
        "signale",
        "nie",
        "revendique",
    ];
    const BETWEEN: &[&str] = &[
        "a",
        "ont",
        "avait",
        "avaient",
        "n'a",
        "n'ont",
        "pas",
        "egalement",
        "aussi",
        "en",
        "revanche",
        "par",
        "ailleurs",
        "toutefois",
        "pourtant",
        "encore",
        "deja",
        "ensuite",
        "de",
        "son",
        "leur",
        "cote",
        "quant",
        "elle",
        "lui",
    ];
    let sent = *ctx.sentences.get(si)?;
    let prev = *ctx.sentences.get(si.checked_sub(1)?)?;
    let text = &ctx.text[sent];
    let lead = text.len() - text.trim_start().len();
    let first = text[lead..].split(' ').next()?;
    if !matches!(first, "Il" | "Elle" | "Ils" | "Elles") {
        return None;
    }
    let from = sent.start + lead + first.len();
    let f0 = ctx.folded.from_original(from);
    let f1 = ctx.folded.from_original(sent.end);
    let folded = &ctx.folded.text[f0..f1.max(f0)];
    let mut verb_end = None;
    for (n, w) in words_of(folded).enumerate() {
        if n > 6 {
            break;
        }
        if SAID.contains(&w) {
            // The word is a slice of `folded`.
            let end = w.as_ptr() as usize - folded.as_ptr() as usize + w.len();
            verb_end = Some(ctx.folded.original_start(f0 + end));
            break;
        }
        if !(BETWEEN.contains(&w) || WEEKDAYS.contains(&w)) {
            return None;
        }
    }
    let verb_end = verb_end?;
    let lo = mentions.partition_point(|(m, _)| m.start < prev.start);
    let by = mentions[lo..]
        .iter()
        .take_while(|(m, _)| m.end <= prev.end)
        .find(|(m, e)| {
            let d = &ctx.entities.drafts[*e];
            d.kind == EntityKind::Actor
                && matches!(
                    d.subkind.as_ref(),
                    "state_force"
                        | "government"
                        | "armed_group"
                        | "intl_org"
                        | "media"
                        | "person"
                )
                && !is_complement_prep(prep_before(ctx, m.start))
        })?;
    Some((verb_end, by.1))
}

/// True for a preposition that makes the entity after it a complement,
/// not a subject.
fn is_complement_prep(p: &str) -> bool {
    matches!(
        p,
        "de" | "a"
            | "contre"
            | "avec"
            | "selon"
            | "pour"
            | "sur"
            | "vers"
            | "par"
            | "entre"
            | "dans"
            | "en"
    )
}

/// How far around a trigger (in bytes) its arguments are looked for.
const WINDOW: usize = 600;

/// The part of `sent` within `WINDOW` bytes of `at`, on char boundaries.
fn window(text: &str, sent: Span, at: Span) -> Span {
    let mut start = sent.start.max(at.start.saturating_sub(WINDOW));
    while start < at.start && !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = sent.end.min(at.end.saturating_add(WINDOW)).max(at.end);
    while end > at.end && !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start.min(at.start), end)
}

/// Whether sorted sentence indices `sorted` hold one from `back`
/// sentences before `sentence` to `sentence` itself.
fn in_sentences(sorted: &[usize], sentence: usize, back: usize) -> bool {
    let k = sorted.partition_point(|&s| s < sentence.saturating_sub(back));
    sorted.get(k).is_some_and(|&s| s <= sentence)
}

fn push_unique(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

/// [`specificity`] of a place, a border named by its noun alone
/// ("près de la frontière") ranking after any named place.
fn place_rank(d: &crate::entities::Draft) -> u32 {
    if d.row.is_none() && d.subkind == "border" && d.canonical == "frontière"
    {
        9
    } else {
        specificity(&d.subkind)
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

/// People named by where they live ("les habitants de Homs").
const RESIDENT_NOUNS: &[&str] = &[
    "habitants",
    "residents",
    "population",
    "populations",
    "civils",
    "familles",
    "villageois",
];

/// Whether the place at `place` is named for something other than where
/// the event happened: a dispatch's dateline, an actor's home, where the
/// wounded are cared for.
fn not_where_it_happened(ctx: &Context<'_>, place: Span) -> bool {
    is_dateline_place(ctx, place)
        || home_of_actor(ctx, place)
        || cared_for_at(ctx, place)
        || speaker_seat(ctx, place)
}

/// Whether the place at `place` is where a speaker sits ("a expliqué une
/// source sécuritaire à Ouagadougou", "un habitant joint par téléphone à
/// Bunia"), not where what they tell of happened.
fn speaker_seat(ctx: &Context<'_>, place: Span) -> bool {
    let w = folded_words_before(ctx, place.start, 5);
    let Some((&last, lead)) = w.split_last() else { return false };
    matches!(last, "a" | "au")
        // "joint à Ouahigouya, où il s'est réfugié": the refuge is told.
        && !ctx.text[place.end..].trim_start().starts_with(", où")
        && lead.iter().rev().take(4).any(|x| {
            matches!(
                *x,
                "source"
                    | "sources"
                    | "joint"
                    | "jointe"
                    | "joints"
                    | "jointes"
                    | "contacte"
                    | "contactee"
                    | "contactes"
                    | "correspondant"
                    | "correspondante"
            )
        })
        && !lead.iter().rev().take(4).any(|x| {
            matches!(*x, "qui" | "que" | "qu'" | "et" | "ou" | "dont")
        })
}

/// Whether the wounded are named in the stretch of the sentence right
/// before byte `at` (120 bytes at most): "14 blessés, évacués sur".
fn wounded_told_before(ctx: &Context<'_>, at: usize) -> bool {
    folded_of(ctx, Span::new(stretch_before(ctx.text, at, 120, 0), at))
        .rsplit(['.', ';'])
        .next()
        .is_some_and(|clause| clause.contains("bless"))
}

/// Whether the place at `place` is where the wounded are cared for ("9
/// blessés, pris en charge à Niamey", "hospitalisés à Mopti"), not where
/// the event happened.
fn cared_for_at(ctx: &Context<'_>, place: Span) -> bool {
    let w = folded_words_before(ctx, place.start, 3);
    // "14 blessés, évacués sur Niamey", "des blessés transférés vers
    // l'hôpital de Gao": where the wounded are taken.
    let taken = |x: &str| {
        ["evacue", "transfere", "transporte", "achemine"]
            .iter()
            .any(|p| x.starts_with(p))
    };
    if let [.., x, "a" | "au" | "aux" | "sur" | "vers"] = w[..] {
        if taken(x) && wounded_told_before(ctx, place.start) {
            return true;
        }
    }
    match w[..] {
        [.., "en", "charge", "a" | "au" | "aux"] => true,
        [.., x, "a" | "au" | "aux"] => {
            x.starts_with("hospitalise")
                || x.starts_with("soigne")
                || matches!(x, "admis" | "admise" | "admises")
        }
        _ => false,
    }
}

/// "l'ONG basée au Royaume-Uni", "un chef jihadiste originaire de
/// Tombouctou", "né à Gao": where someone is from or sits, not where an
/// event happens.
fn home_of_actor(ctx: &Context<'_>, place: Span) -> bool {
    let w = folded_words_before(ctx, place.start, 5);
    // Past the noun of a division: "venus du comté d'Akobo", "originaires
    // de la région de Mopti".
    let w = match w[..] {
        [ref lead @ .., n, "de" | "d'" | "du"] if is_locative_noun(n) => {
            lead.strip_suffix(&["la"]).unwrap_or(lead)
        }
        _ => &w[..],
    };
    let home = |x: &str| {
        matches!(
            x,
            "base"
                | "basee"
                | "bases"
                | "basees"
                | "originaire"
                | "originaires"
                | "ne"
                | "nee"
                | "nes"
                | "nees"
        )
    };
    match w[..] {
        // The folded "base" is also the noun ("la base à X" is a place):
        // only the participle counts.
        [.., x, "a" | "au" | "aux" | "en"] if x == "base" => {
            let from = stretch_before(ctx.text, place.start, 40, 0);
            ctx.text[from..place.start]
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(|o| matches!(o, "basé" | "basés" | "Basé"))
        }
        [.., x, "a" | "au" | "aux" | "en"] => home(x),
        // "des jeunes armés venus du comté d'Akobo mènent des raids":
        // where the doers came from.
        [.., x, "de" | "d'" | "du" | "des"] => {
            matches!(
                x,
                "originaire"
                    | "originaires"
                    | "venu"
                    | "venus"
                    | "venue"
                    | "venues"
            )
        }
        _ => false,
    }
}

/// Where the opening quote right before `at` starts ("par des
/// « terroristes »": the quote is no break between the preposition and
/// its noun), or `at` when there is none.
fn opening_quote_before(text: &str, at: usize) -> usize {
    let head = text[..at].trim_end();
    if let Some(h) = head.strip_suffix(['«', '“']) {
        return h.len();
    }
    // A straight quote opens after a space ("par des \"terroristes\"").
    match head.strip_suffix('"') {
        Some(h) if h.ends_with(char::is_whitespace) => h.len(),
        _ => at,
    }
}

/// The preposition right before a mention (folded), with determiners and
/// titles skipped: `a`, `de`, `par`, `contre`, `vers`, `pres de` …
fn prep_before<'a>(ctx: &Context<'a>, at: usize) -> &'a str {
    let f_at = ctx.folded.from_original(opening_quote_before(ctx.text, at));
    let mut w = FewWords::before(&ctx.folded.text, f_at, 6);
    // "des" is "de les" after a word ("les positions des jihadistes") but
    // an article at the start of a clause ("Des combattants ont …").
    let clause_start_des = {
        let before = ctx.folded.text[..f_at].trim_end();
        let head = before.strip_suffix("des").map(|h| h.trim_end_matches(' '));
        // After punctuation, or after a word that opens a clause ("où des
        // milliers de déplacés ont fui"), "des" is an article.
        head.is_some_and(|h| {
            h.chars()
                .next_back()
                .map_or(true, |c| !(c.is_alphanumeric() || c == '\''))
                || h.rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
                    .next()
                    .is_some_and(|w| CLAUSE_OPENERS.contains(&w))
        }) || {
            // Folding makes a dash a space: "08h15 – Des colons ont
            // attaqué" is read on the original text.
            let o = ctx.text[..opening_quote_before(ctx.text, at)].trim_end();
            o.len() >= 3
                && o.is_char_boundary(o.len() - 3)
                && o[o.len() - 3..].eq_ignore_ascii_case("des")
                && o[..o.len() - 3]
                    .trim_end()
                    .ends_with(['-', '–', '—', ':', '|', '•'])
        }
    };
    // "de nombreux civils": that "de" is the plural article.
    if w.last() == Some(&"de")
        && ctx
            .text
            .get(at..at + 7)
            .is_some_and(|h| h.eq_ignore_ascii_case("nombreu"))
    {
        w.pop();
    }
    // "par plus d'une centaine de terroristes": the hedge of a count
    // whose mention starts on its noun.
    let n = w.len();
    if n >= 2 {
        match (w[n - 2], w[n - 1]) {
            ("plus" | "pres" | "moins", "d'une" | "d'un")
            | ("environ", "une" | "un") => {
                w.pop();
                w.pop();
            }
            _ => {}
        }
    }
    while w.last().is_some_and(|x| SKIPPED_BEFORE_ENTITY_SET.is(x)) {
        if w.pop() == Some("des")
            && !clause_start_des
            // After a preposition "des" is the article: "attaquée par des
            // terroristes", "contre des positions".
            && !w.last().is_some_and(|x| PREPS_BEFORE_ARTICLE.contains(x))
        {
            w.push("de");
            break;
        }
    }
    let last = w.last().copied().unwrap_or_default();
    let prev = if w.len() >= 2 { w[w.len() - 2] } else { "" };
    // "le poste militaire d'Inates", "la ville voisine de X" (asked only
    // of a "de" that follows no locative noun).
    let prev2 = if w.len() >= 3 { w[w.len() - 3] } else { "" };
    // One word between a locative noun and "de" is its adjective: "la
    // ville voisine de", "le camp militaire de", "la région russe de".
    let locative_adjective = || {
        is_locative_noun(prev2)
            && prev.len() >= 3
            && prev.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !matches!(
                prev,
                "les"
                    | "des"
                    | "une"
                    | "qui"
                    | "que"
                    | "dont"
                    | "est"
                    | "ont"
                    | "sont"
                    | "mais"
                    | "par"
                    | "pour"
                    | "sur"
                    | "avec"
            )
    };
    // "le marché aux bestiaux d'El-Obeid", "le camp de transit de":
    // a locative noun with a complement of one word, then "de".
    let prev3 = if w.len() >= 4 { w[w.len() - 4] } else { "" };
    let locative_complement = || {
        is_locative_noun(prev3)
            && matches!(prev2, "aux" | "au" | "de" | "des")
            && prev.len() >= 3
            && prev.bytes().all(|b| b.is_ascii_lowercase())
    };
    // The article and the word before it of a band noun before "de",
    // past one adjective.
    let adjective = matches!(
        prev2,
        "premier" | "nouveau" | "second" | "deuxieme" | "autre" | "dernier"
    );
    let (band_article, band_lead) = if adjective {
        (prev3, if w.len() >= 5 { w[w.len() - 5] } else { "" })
    } else {
        (prev2, prev3)
    };
    match last {
        // "des tirs de mortier de la part de groupes hors-la-loi": who
        // the deed comes from is its doer, as after "par".
        "de" | "d'" | "du"
            if prev == "part" && prev2 == "la" && prev3 == "de" =>
        {
            "par"
        }
        "de" | "d'" | "du" if locative_complement() => "a",
        // "Un groupe de six terroristes a attaqué", "par une colonne de
        // jihadistes": at the head of a clause or after "par" or "contre",
        // the people of a band take the band's place in it (not
        // "l'attaque d'un groupe de …", whose "d'un" is one token, nor
        // "a bombardé une colonne de l'UFR").
        // ("Un premier contingent de 2.000 militaires doit quitter": an
        // adjective may come between.)
        "de" | "d'"
            if matches!(band_article, "un" | "une")
                && matches!(
                    prev,
                    "groupe"
                        | "bande"
                        | "colonne"
                        | "poignee"
                        | "escouade"
                        | "horde"
                        | "cellule"
                        | "contingent"
                        | "detachement"
                        | "bataillon"
                        | "peloton"
                        | "escadron"
                )
                && (band_lead.is_empty()
                    || band_lead
                        .ends_with([',', '.', ';', ':', '!', '?'])
                    || matches!(
                        band_lead,
                        "par" | "contre" | "qui" | "lorsqu'" | "quand" | "et"
                    )) =>
        {
            if matches!(band_lead, "par" | "contre") {
                band_lead
            } else {
                ""
            }
        }
        // "près de", "autour de", "à proximité de", "non loin de", "au
        // large de", "à hauteur de": near the place.
        "de" | "d'" | "du"
            if matches!(
                prev,
                "pres" | "autour" | "proximite" | "large" | "hauteur"
            ) || prev == "loin" && prev2 == "non" =>
        {
            "pres de"
        }
        "de" | "d'" | "du" if at_a_distance(&w[..w.len() - 1]) => {
            "a distance de"
        }
        "de" | "d'" | "du"
            if is_locative_noun(prev)
                // "dans l'est de", "l'État de".
                || prev.strip_prefix("l'").is_some_and(is_locative_noun)
                || locative_adjective() =>
        {
            // "vers la ville de Gondar", "vers la commune voisine de
            // Saint-Marc": the place is where the move goes.
            let noun = w.len() - if locative_adjective() { 3 } else { 2 };
            let mut head = w[..noun].iter().rev();
            let mut b = head.next().copied().unwrap_or_default();
            if matches!(b, "la" | "le" | "les" | "l'") {
                b = head.next().copied().unwrap_or_default();
            }
            if b == "vers" {
                "vers"
            } else {
                "a"
            }
        }
        // "le camp de déplacés de Mugunga", "le camp de réfugiés de
        // Zaatari": the camp's name.
        "de" | "d'" | "du"
            if matches!(prev, "deplaces" | "refugies")
                && matches!(prev2, "de" | "d'")
                && w.len() >= 4
                && is_locative_noun(w[w.len() - 4]) =>
        {
            "a"
        }
        // "sur l'axe Kumbo-Ndop": on the road between them.
        "l'axe" | "l'axe routier" => "a",
        // "deux employés d'une ONG".
        "du" | "d'" | "d'une" | "d'un" => "de",
        "au" | "aux" | "a" => "a",
        x => x,
    }
}

/// Whether folded words that end before a "de" give a distance from
/// the place after it: "à 20 km de", "à une vingtaine de kilomètres au
/// nord de", "à 15 km à l'est de".
fn at_a_distance(w: &[&str]) -> bool {
    match w {
        [.., x] if is_distance_unit(x) => true,
        [.., x, "au", d] | [.., x, "a", d] if is_distance_unit(x) => {
            is_bearing(d)
        }
        [.., x, d] if is_distance_unit(x) => {
            d.strip_prefix("l'").is_some_and(is_bearing)
        }
        _ => false,
    }
}

/// A folded word of a unit of distance: "km", "kilomètres", "60km".
fn is_distance_unit(x: &str) -> bool {
    x == "km"
        || x.starts_with("kilometre")
        || x.ends_with("km") && x.starts_with(|c: char| c.is_ascii_digit())
}

/// A point of the compass, folded ("nord", "sud-est", "ouest").
fn is_bearing(w: &str) -> bool {
    matches!(
        w,
        "nord"
            | "sud"
            | "est"
            | "ouest"
            | "nord-est"
            | "nord-ouest"
            | "sud-est"
            | "sud-ouest"
    )
}

/// "La ville de Léré a été attaquée", "un convoi militaire a été attaqué
/// près de Gao": a verb of attack in the passive whose subject is a place
/// or a military site or unit.
fn attacked_in_passive(ctx: &Context<'_>, args: &[Arg], t: Span) -> bool {
    let w = folded_words_before(ctx, t.start, 8);
    let Some(aux) =
        w.iter().rposition(|x| matches!(*x, "ete" | "etait" | "etaient"))
    else {
        return false;
    };
    if aux + 3 < w.len() {
        return false;
    }
    let place_subject = args.iter().any(|a| {
        a.kind == EntityKind::Place
            && a.span.end <= t.start
            && word_gap(ctx, a.span.end, t.start) <= 6
            && !has_clause_break(&ctx.text[a.span.end..t.start])
    });
    place_subject || w[..aux].iter().any(|x| is_military_site(x))
}

/// Kinds whose doers a backing force joins ("appuyée par l'AUSSOM").
const MOVING_OR_FIGHTING: &[&str] = &[
    "attack",
    "armed_clash",
    "capture",
    "siege",
    "airstrike",
    "shelling",
    "deployment",
    "withdrawal",
];

/// Whether `w` (folded) names a military site or a unit on the move: what
/// an attack is made against ("une base", "un poste", "un convoi").
fn is_military_site(w: &str) -> bool {
    matches!(
        w,
        "base"
            | "bases"
            | "poste"
            | "postes"
            | "camp"
            | "caserne"
            | "casernes"
            | "position"
            | "positions"
            | "convoi"
            | "convois"
            | "patrouille"
            | "patrouilles"
            | "garnison"
            | "commissariat"
            | "gendarmerie"
            | "brigade"
            | "detachement"
            | "check-point"
            | "checkpoint"
            | "barrage"
            | "village"
            | "localite"
    )
}

/// The noun row of a form that is also a verb's ("les menaces du JNIM",
/// "aux menaces des jihadistes"), when an article or a determiner stands
/// right before it: `cands` starts at the first row met at a span, and the
/// rows at the same span follow it.
fn noun_after_determiner<'l>(
    ctx: &Context<'_>,
    lex: &'l Lexicon,
    cands: &[Candidate],
) -> Option<&'l Row> {
    let first = cands.first()?;
    let row = lex.row(first.row);
    if row.flags.pos != Some(Pos::Verb) {
        return None;
    }
    let noun = cands[1..]
        .iter()
        .take_while(|c| c.span == first.span)
        .filter(|c| c.layer == Layer::Trigger)
        .map(|c| lex.row(c.row))
        .find(|r| {
            r.flags.pos == Some(Pos::Noun) && r.subkind == row.subkind
        })?;
    // The determiner agrees with the noun ("les menaces"); "les menace
    // de représailles", "qui la menace" have a pronoun before a verb.
    let plural = ctx.text[first.span].ends_with(['s', 'x']);
    let at = ctx.folded.from_original(first.span.start);
    let before = FewWords::before(&ctx.folded.text, at, 1);
    before
        .last()
        .is_some_and(|w| {
            if plural {
                matches!(
                    *w,
                    "les"
                        | "des"
                        | "aux"
                        | "ces"
                        | "ses"
                        | "leurs"
                        | "nos"
                        | "vos"
                        | "nouvelles"
                )
            } else {
                matches!(*w, "une" | "sa" | "cette" | "d'" | "nouvelle")
            }
        })
        .then_some(noun)
}

/// Whether a folded word is a form of a verb of hitting a target: viser,
/// cibler, toucher, atteindre, frapper.
fn is_hitting(w: &str) -> bool {
    ["vis", "cibl", "touch", "atteint", "frapp"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// The word that governs the place at original byte `at` past the nouns
/// of a site and their articles and "de" ("contre le site de déplacés de
/// Lala" gives "contre", "a touché le marché de Bure" gives "touche"),
/// and the word before that one.
fn head_of_site<'a>(ctx: &Context<'a>, at: usize) -> (&'a str, &'a str) {
    let w = folded_words_before(ctx, at, FEW);
    let mut k = w.len();
    let site_word = |x: &str| {
        let x = x.strip_prefix("l'").unwrap_or(x);
        matches!(
            x,
            "de" | "d'"
                | "du"
                | "le"
                | "la"
                | "les"
                | "un"
                | "une"
                | "des"
                | "deplaces"
                | "refugies"
                | "militaire"
                | "central"
                | "principal"
                | "hebdomadaire"
                | "gendarmerie"
                | "police"
        ) || LOCATIVE_NOUNS_SET.is(x)
            // "sur les sites de déplacés de", "les camps de" (not "les
            // quartiers", "les régions de": areas).
            || matches!(x, "sites" | "camps")
            // "a touché lundi (soir) un marché".
            || is_day_word(x)
            || matches!(x, "soir" | "matin")
    };
    while k > 0 && site_word(w[k - 1]) {
        k -= 1;
    }
    // Something must have been skipped past: the place's own "de" at
    // least, or an article.
    if k == w.len() || k == 0 {
        return ("", "");
    }
    (w[k - 1], if k >= 2 { w[k - 2] } else { "" })
}

/// Whether a place's canonical name starts with the noun of a site a
/// blow lands on ("marché central", "camp de déplacés de X", "hôpital"):
/// a noun of the struck sites of the entity passes, or one of the sites
/// only named ("site de déplacés de X", "aéroport de X", a port or quay, a
/// university, a house of worship, a prison).
fn is_struck_site_name(canonical: &str) -> bool {
    let c = canonical.to_lowercase();
    crate::entities::starts_with_struck_site(&c)
        || [
            "site",
            "aéroport",
            "port ",
            "quai",
            "université",
            "mosquée",
            "église",
            "prison",
        ]
        .iter()
        .any(|n| c.starts_with(n))
}

/// Whether `w` (folded), before "sur", sends a blow down on what follows:
/// "des obus sont tombés sur", "a tiré des missiles sur".
fn is_blow_landing(w: &str) -> bool {
    w.starts_with("tomb")
        || matches!(
            w,
            "obus"
                | "roquettes"
                | "missiles"
                | "bombes"
                | "drones"
                | "roquette"
                | "missile"
                | "bombe"
                | "drone"
        )
}

/// Whether a word of moving lies between `from` and `to` ("les frappes
/// ont poussé les habitants à fuir vers Rafah": Rafah is where they fled,
/// not where the strikes fell).
/// Verbs of driving a side back ("repousser l'ennemi vers la frontière"):
/// the place after "vers" is where it was driven.
const PUSH_VERBS: &[&str] = &["repouss", "refoul", "chass"];

fn move_between(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    if from >= to || to - from > 200 {
        return false;
    }
    words_of(folded_of(ctx, Span::new(from, to))).any(|w| {
        [
            "fui", "fuy", "exode", "repli", "retir", "retrait", "refugi",
            "deplac", "evacu", "quitt", "partir", "parti", "avanc",
            "progress", "dirig",
        ]
        .iter()
        .chain(PUSH_VERBS)
        .any(|p| w.starts_with(p))
            || w == "fuir"
    })
}

/// Whether "vers" heads the phrase that ends at `at`, within a few
/// words and no clause punctuation ("vers les zones désertiques de la
/// province de Homs").
fn toward(ctx: &Context<'_>, at: usize) -> bool {
    let from = stretch_before(ctx.text, at, 64, 0);
    let head = &ctx.text[from..at];
    let Some(v) = head.rfind("vers ") else { return false };
    let rest = &head[v + "vers ".len()..];
    // "vers 6h près du village de Kokorou", "vers minuit à Goma": a time,
    // not a heading; nor is a place another preposition of place leads.
    let hour = rest.starts_with(|c: char| c.is_ascii_digit())
        || [
            "midi",
            "minuit",
            "l'aube",
            "l’aube",
            "la mi-",
            "la fin",
            "le milieu",
            "le début",
        ]
        .iter()
        .any(|w| rest.starts_with(w));
    let placed_again = rest
        .split_whitespace()
        .skip(1)
        .any(|w| matches!(w, "près" | "dans" | "à" | "au" | "aux" | "autour"));
    (v == 0 || !head[..v].ends_with(|c: char| c.is_alphanumeric()))
        && !head[v..].contains([',', ';', '.', ':', '(', ')'])
        && !hour
        && !placed_again
}

/// Whether the place at `at` follows "en direction de" ("s'est replié en
/// direction de la frontière malienne") or "jusqu'à": where a move heads.
fn heading_for(ctx: &Context<'_>, at: usize) -> bool {
    let w = folded_words_before(ctx, at, 4);
    let mut w: &[&str] = &w;
    if let [rest @ .., "la" | "le" | "les" | "l'"] = w {
        w = rest;
    }
    // "ont poursuivi leur route jusqu'à Butembo": how far a move goes.
    matches!(
        w,
        [.., "direction", "de" | "du" | "des" | "d'"]
            | [.., "jusqu'a" | "jusqu'au" | "jusqu'aux" | "jusqu'en"]
    )
}

/// Whether the place at `at` is named after a division word and a
/// preposition of place: "dans la province du Soum", "dans les localités
/// de Kfar Kila", "dans la zone du lac Tchad".
fn in_named_division(ctx: &Context<'_>, at: usize) -> bool {
    division_after(ctx, at, &["dans", "a", "au", "aux", "en", "sur"])
}

/// Whether the place at `at` is named after a division word that one of
/// `preps` (folded) leads: "pour le district de Kahda".
fn division_after(ctx: &Context<'_>, at: usize, preps: &[&str]) -> bool {
    let w = folded_words_before(ctx, at, 5);
    let mut w: &[&str] = &w;
    match w {
        [rest @ .., "de" | "du" | "des" | "d'"] => w = rest,
        _ => return false,
    }
    match w {
        [rest @ .., noun]
            if matches!(
                noun.strip_suffix('s').unwrap_or(noun),
                "province"
                    | "district"
                    | "region"
                    | "zone"
                    | "localite"
                    | "commune"
                    | "village"
                    | "ville"
                    | "secteur"
                    | "departement"
                    | "territoire"
                    | "prefecture"
                    | "cercle"
                    | "comte"
                    | "etat"
                    | "vallee"
                    | "quartier"
                    | "lga"
                    | "woreda"
                    | "gouvernorat"
            ) =>
        {
            w = rest
        }
        _ => return false,
    }
    if let [rest @ .., "le" | "la" | "les" | "l'"] = w {
        w = rest;
    }
    w.last().is_some_and(|p| preps.contains(p))
}

/// Whether a place opens the text's first line before a colon, alone or
/// paired with another by a hyphen: a rubric ("Syrie-Irak : …", "Mali :
/// …").
fn is_rubric_place(ctx: &Context<'_>, span: Span) -> bool {
    // Only the opening words of the text can be a rubric.
    if span.start > 120 || ctx.text[..span.start].contains('\n') {
        return false;
    }
    let lead = &ctx.text[..span.start];
    let line_end = stretch_after(ctx.text, span.end, 80);
    let line_end = ctx.text[span.end..line_end]
        .find('\n')
        .map_or(line_end, |i| span.end + i);
    let tail = &ctx.text[span.end..line_end];
    let Some(colon) = tail.find(':') else { return false };
    let plain = |s: &str| {
        s.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | ' ' | '\''))
    };
    colon <= 40 && plain(lead) && plain(&tail[..colon])
}

/// Whether the mention at `span` follows a tie ("liés à Israël", "fidèles
/// au gouvernement"), articles aside.
fn tied_to(ctx: &Context<'_>, span: Span) -> bool {
    let mut w = folded_words_before(ctx, span.start, 3);
    while w.last().is_some_and(|x| matches!(*x, "le" | "la" | "les" | "l'")) {
        w.pop();
    }
    match &w[..] {
        [.., t, "a" | "au" | "aux"] => is_tie_word(t),
        _ => false,
    }
}

/// A participle or adjective that ties something to a party ("liés à
/// Israël", "affilié à l'EI", "fidèles au gouvernement").
fn is_tie_word(w: &str) -> bool {
    // "soupçonnés d'appartenir à l'EIGS".
    let w = w.strip_prefix("d'").unwrap_or(w);
    // Plural and feminine endings off: "liées" → "lie".
    let stem = w.trim_end_matches('s');
    let stem =
        if stem.ends_with("ee") { &stem[..stem.len() - 1] } else { stem };
    matches!(
        stem,
        "lie"
            | "relie"
            | "affilie"
            | "fidele"
            | "allie"
            | "rattache"
            | "associe"
            | "apparente"
            | "proche"
            | "soumis"
            | "vendu"
            | "livre"
            | "destine"
            | "appartenant"
            | "appartenir"
            | "appartiennent"
            | "appartient"
    )
}

/// Whether `span` is written in capitals, outside a headline in
/// capitals, and is the whole of an actor's mention: "des unités du GIGN et
/// du RAID" names a police unit, not a raid.
fn acronym_of_an_actor(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    span: Span,
) -> bool {
    let s = &ctx.text[span];
    if s.len() < 3 || !s.chars().all(|ch| ch.is_uppercase()) {
        return false;
    }
    let i = mentions.partition_point(|m| m.0.start < span.start);
    let named = mentions.get(i).is_some_and(|&(m, e)| {
        m == span && ctx.entities.drafts[e].kind == EntityKind::Actor
    });
    // The word before it has a lower-case letter. (Only that word is read
    // back: a text with no line break costs no more per trigger.)
    named
        && ctx.text[..span.start]
            .trim_end()
            .rsplit([' ', '\n'])
            .next()
            .is_some_and(|prev| prev.chars().any(|ch| ch.is_lowercase()))
}

/// The state force of the country whose demonym follows `trig` (spaces
/// only between), when the story names exactly one.
fn demonym_agent(
    ctx: &Context<'_>,
    cands: &[Candidate],
    trig: Span,
    air: bool,
) -> Option<usize> {
    let from = cands.partition_point(|c| c.span.start < trig.end);
    // Right after it, or after one adjective ("des missiles balistiques
    // russes").
    let dem = cands[from..]
        .iter()
        .take_while(|c| c.span.start <= trig.end + 24)
        .find(|c| {
            let gap = ctx.text[trig.end..c.span.start].trim();
            (gap.is_empty()
                || !gap.contains(' ')
                    && gap.chars().all(|ch| ch.is_lowercase() || ch == '-'))
                && !c.prefix
                && ctx.lexicon.row(c.row).kind == RowKind::Demonym
        })?;
    force_of_country(ctx, ctx.lexicon.row(dem.row), air)
}

/// The state force of the nationality of the munition or aircraft that is
/// the subject of verb trigger `trig`: "Un drone israélien a visé",
/// "des obus indiens sont tombés".
fn munition_demonym_agent(
    ctx: &Context<'_>,
    cands: &[Candidate],
    trig: Span,
    air: bool,
) -> Option<usize> {
    let from = stretch_before(ctx.text, trig.start, 48, 0);
    if has_clause_break(&ctx.text[from..trig.start]) {
        return None;
    }
    let lo = cands.partition_point(|c| c.span.start < from);
    let hi = cands.partition_point(|c| c.span.start < trig.start);
    let dem = cands[lo..hi].iter().rev().find(|c| {
        !c.prefix
            && ctx.lexicon.row(c.row).kind == RowKind::Demonym
            && folded_words_before(ctx, c.span.start, 1)
                .last()
                .is_some_and(|w| is_aircraft_word(w))
    })?;
    force_of_country(ctx, ctx.lexicon.row(dem.row), air)
}

/// The one state force of the country of demonym row `dem` that the story
/// names (not a counted group).
fn force_of_country(
    ctx: &Context<'_>,
    dem: &crate::gazetteer::Row,
    air: bool,
) -> Option<usize> {
    named_force_of(ctx, dem.country.as_deref()?, air)
}

/// The one state force of `country` that the story names (not a counted
/// group), if it names exactly one; of several, its army, or for a
/// strike from the air its air force, when it names one of those.
fn named_force_of(
    ctx: &Context<'_>,
    country: &str,
    air: bool,
) -> Option<usize> {
    let drafts = &ctx.entities.drafts;
    let of_country = move |subkind: &'static str| {
        ctx.state_actors.iter().map(move |&i| (i, &drafts[i])).filter(
            move |(_, d)| {
                d.subkind == subkind && d.country.as_deref() == Some(country)
            },
        )
    };
    let forces = || of_country("state_force");
    let mut all = forces();
    let several = match (all.next(), all.next()) {
        (Some((f, _)), None) => return Some(f),
        (Some(_), Some(_)) => true,
        _ => false,
    };
    if several {
        // The air force for a strike from the air; else the forces that
        // are no arm of one kind (artillery, tanks, navy, police …).
        let one = |keep: &dyn Fn(&crate::entities::Draft) -> bool| {
            let mut it = forces().filter(|(_, d)| keep(d));
            match (it.next(), it.next()) {
                (Some((f, _)), None) => Some(f),
                _ => None,
            }
        };
        if air {
            if let Some(f) = one(&|d| d.group.as_deref() == Some("airforce")) {
                return Some(f);
            }
        }
        return one(&|d| {
            d.group.is_none() || d.group.as_deref() == Some("army")
        });
    }
    // No force of it named: the state itself, when the story names it as
    // an actor ("Israël a frappé Rafah. Des tirs israéliens …").
    let mut states = of_country("government");
    match (states.next(), states.next()) {
        (Some((g, _)), None) => Some(g),
        _ => None,
    }
}

/// Definite articles, skipped before an entity.
const ARTICLES: &[&str] = &["le", "la", "les", "l'"];

/// Up to `n` folded words before original byte `at`, without the words of
/// `skip` that end them.
fn words_before_skipping<'a>(
    ctx: &Context<'a>,
    at: usize,
    n: usize,
    skip: &[&str],
) -> FewWords<'a> {
    let mut w = folded_words_before(ctx, at, n);
    while w.last().is_some_and(|x| skip.contains(x)) {
        w.pop();
    }
    w
}

/// True when the entity at `at` follows "attribué(e)(s) à" or "imputé(e)(s)
/// à": who is held to have done it.
fn attributed_to(ctx: &Context<'_>, at: usize) -> bool {
    let w = words_before_skipping(ctx, at, FEW, SKIPPED_BEFORE_ENTITY);
    let n = w.len();
    let attributing = |x: &str| {
        matches!(
            x,
            "attribuee"
                | "attribue"
                | "attribuees"
                | "attribues"
                | "imputee"
                | "impute"
                | "imputees"
                | "imputes"
        )
    };
    // "attribuée par la société civile locale aux rebelles": who holds
    // it may come between.
    n >= 2
        && matches!(w[n - 1], "a" | "au" | "aux")
        && (attributing(w[n - 2])
            || (0..n - 2).any(|k| attributing(w[k]) && w[k + 1] == "par"))
}

/// The entry of `set` (trigger start, event index) nearest to byte `at`:
/// the least distance, and on a tie the lower index (what a scan of the
/// events in index order keeping the first least distance gives).
fn nearest_open(
    set: &BTreeSet<(usize, usize)>,
    at: usize,
) -> Option<(usize, usize)> {
    // The first entry at or after `at`, and the lowest index among the
    // entries of the last start before it.
    let after = set.range((at, 0)..).next().copied();
    let before = set
        .range(..(at, 0))
        .next_back()
        .and_then(|&(s, _)| set.range((s, 0)..).next().copied());
    match (before, after) {
        (Some(b), Some(a)) => {
            let (db, da) = (at - b.0, a.0 - at);
            Some(if db < da || db == da && b.1 < a.1 { b } else { a })
        }
        (b, a) => b.or(a),
    }
}

/// The actor a participle trigger follows with nothing between ("six
/// militaires enlevés", "23 passagers kidnappés"): a noun and the reduced
/// relative that tells what befell it.
fn reduced_participle(
    ctx: &Context<'_>,
    verb: bool,
    trig: Span,
    args: &[Arg],
) -> Option<usize> {
    if !verb {
        return None;
    }
    if !is_past_participle(&ctx.text[trig]) {
        return None;
    }
    let a = args.iter().rev().find(|a| a.span.end <= trig.start)?;
    (a.kind == EntityKind::Actor
        && ctx.text[a.span.end..trig.start].trim().is_empty())
    .then_some(a.entity)
}

/// Whether a one-word trigger is a first-group past participle
/// ("enlevés", "tuée").
fn is_past_participle(t: &str) -> bool {
    !t.contains(' ')
        && (t.ends_with('é')
            || t.ends_with("és")
            || t.ends_with("ée")
            || t.ends_with("ées"))
}

/// Whether a finite auxiliary ("a", "ont", "avait", "sont" …) stands
/// among the first dozen words of the original text from `from` to `to`:
/// there a main verb begins. (Read on the original: "à" folds to "a".)
fn auxiliary_between(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    let Some(gap) = ctx.text.get(from..to.max(from)) else { return false };
    gap.split(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(12)
        .any(|w| {
            matches!(
                w,
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "est"
                    | "sont"
                    | "était"
                    | "étaient"
                    | "sera"
                    | "seront"
            )
        })
}

/// Whether the date at `to` follows a participle of harm or capture that
/// itself follows an actor ("… six militaires enlevés le 3 mars"): the
/// date is that participle's.
fn participle_dates(
    ctx: &Context<'_>,
    args: &[Arg],
    from: usize,
    to: usize,
) -> bool {
    let head = ctx.text[from..to].trim_end();
    let head = head
        .strip_suffix(" le")
        .or_else(|| head.strip_suffix(" en"))
        .or_else(|| head.strip_suffix(" depuis"))
        .unwrap_or(head);
    let start = head.rfind(' ').map_or(0, |i| i + 1);
    let word = &head[start..];
    let p = crate::numbers::fold(word);
    let harm =
        ["enleve", "kidnappe", "arrete", "capture", "detenu", "tue", "blesse"]
            .iter()
            .any(|s| p.starts_with(s));
    let at = from + start;
    harm && args.iter().any(|a| {
        a.kind == EntityKind::Actor
            && a.span.end <= at
            && ctx.text[a.span.end..at].trim().is_empty()
    })
}

/// The preposition before a body of fighters or a weapon whose group is
/// named at byte `at`: "entre la milice X et des éléments de l'UPC" gives
/// "et", "contre des combattants du JNIM" gives "contre", "menées par des
/// avions Alpha Jet de la NAF" gives "par". Nothing when no such body or
/// weapon comes before.
fn prep_before_body<'a>(ctx: &Context<'a>, at: usize) -> Option<&'a str> {
    let mut w = folded_words_before(ctx, at, FEW);
    while w.last().is_some_and(|x| matches!(*x, "l'" | "la" | "le" | "les")) {
        w.pop();
    }
    if !w.pop().is_some_and(|x| matches!(x, "de" | "du" | "des" | "d'")) {
        return None;
    }
    // A weapon may carry its model's name: "des avions Alpha Jet".
    let weapon = (1..=3)
        .find(|&k| w.len() >= k && INSTRUMENTS.contains(&w[w.len() - k]));
    if let Some(k) = weapon {
        for _ in 0..k {
            w.pop();
        }
    } else if !w.pop().is_some_and(|x| FIGHTER_BODIES.contains(&x)) {
        return None;
    }
    if w.last().is_some_and(|x| {
        matches!(*x, "des" | "les" | "de" | "d'" | "un" | "une")
    }) {
        w.pop();
    }
    w.last()
        .copied()
        .filter(|x| matches!(*x, "entre" | "et" | "avec" | "contre" | "par"))
}

/// How many words the date arguments between `from` and `to` hold.
fn date_words_between(
    ctx: &Context<'_>,
    args: &[Arg],
    from: usize,
    to: usize,
) -> usize {
    args_words_between(ctx, args, from, to, |k| k == EntityKind::Date)
}

/// The number of words of the mentions of the arguments whose kind
/// `keep` accepts that lie from byte `from` to byte `to`.
fn args_words_between(
    ctx: &Context<'_>,
    args: &[Arg],
    from: usize,
    to: usize,
    keep: impl Fn(EntityKind) -> bool,
) -> usize {
    args.iter()
        .filter(|a| keep(a.kind) && a.span.start >= from && a.span.end <= to)
        .map(|a| words_of(folded_of(ctx, a.span)).count())
        .sum()
}

/// The first argument that starts at or after byte `at`, when it lies
/// within `gap` words of it with no clause break between.
fn arg_right_after<'a>(
    ctx: &Context<'_>,
    args: &'a [Arg],
    at: usize,
    gap: usize,
) -> Option<&'a Arg> {
    args.iter().find(|a| a.span.start >= at).filter(|a| {
        word_gap(ctx, at, a.span.start) <= gap
            && !has_clause_break(&ctx.text[at..a.span.start])
    })
}

/// The last argument that ends by byte `at`, when it lies within `gap`
/// words of it with no clause break between.
fn arg_right_before<'a>(
    ctx: &Context<'_>,
    args: &'a [Arg],
    at: usize,
    gap: usize,
) -> Option<&'a Arg> {
    args.iter().rev().find(|a| a.span.end <= at).filter(|a| {
        word_gap(ctx, a.span.end, at) <= gap
            && !has_clause_break(&ctx.text[a.span.end..at])
    })
}

/// Whether a verb of taking at `t` has ground as its object: a place
/// named within three words after it (past a day or an adverb), or an
/// article and a noun of ground ("reprendre la ville", "a repris le
/// contrôle"), or it is passive ("la ville a été reprise").
fn takes_ground(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    t: Span,
) -> bool {
    let ents = &ctx.entities.drafts;
    let passive = folded_words_before(ctx, t.start, 2)
        .iter()
        .any(|w| matches!(*w, "ete" | "etait" | "etre"));
    if passive {
        return true;
    }
    let lo = mentions.partition_point(|m| m.0.start < t.end);
    if mentions[lo..].iter().take(2).any(|m| {
        ents[m.1].kind == EntityKind::Place
            && word_gap(ctx, t.end, m.0.start) <= 3
            && !has_clause_break(&ctx.text[t.end..m.0.start])
            // The object, not the place of a phrase ("ont repris au
            // Caire").
            && !words_of(folded_of(ctx, Span::new(t.end, m.0.start))).any(|w| {
                matches!(
                    w,
                    "a" | "au" | "aux" | "en" | "dans" | "pres" | "vers" | "sur"
                        | "depuis" | "entre"
                )
            })
    }) {
        return true;
    }
    // "ont repris une trentaine de km²" within four words; a noun of
    // ground within six ("reprendre la ville", "reprendre aux djihadistes
    // leur dernier fief").
    let after = folded_words_after(ctx, t.end, 6);
    let area = after.iter().take(4).any(|w| {
        w.starts_with("km")
            || w.starts_with("kilometre")
            || w.starts_with("hectare")
    });
    area || after.iter().any(|w| {
        let n = w.strip_prefix("l'").unwrap_or(w);
        is_locative_noun(n)
            || matches!(
                n,
                "controle"
                    | "position"
                    | "positions"
                    | "terrain"
                    | "colline"
                    | "bastion"
                    | "fief"
                    | "chef-lieu"
            )
    })
}

/// Whether `t` is "reprises" counting times: "à deux reprises", "à
/// plusieurs autres reprises", "à une dizaine de reprises".
fn times_counted(ctx: &Context<'_>, t: Span) -> bool {
    if folded_of(ctx, t) != "reprises" {
        return false;
    }
    let before = folded_words_before(ctx, t.start, 4);
    let Some(at) = before.iter().rposition(|w| *w == "a") else {
        return false;
    };
    let count = &before[at + 1..];
    !count.is_empty()
        && count.iter().all(|w| {
            crate::numbers::parse_number(w).is_some()
                || matches!(
                    *w,
                    "plusieurs"
                        | "maintes"
                        | "nombreuses"
                        | "multiples"
                        | "diverses"
                        | "quelques"
                        | "autres"
                        | "une"
                        | "de"
                        | "dizaine"
                        | "vingtaine"
                        | "trentaine"
                        | "quarantaine"
                        | "cinquantaine"
                        | "centaine"
                )
        })
}

/// "Les combats ont repris", "les négociations pourraient reprendre":
/// `reprendre` whose subject is another event means "resume", not
/// "retake".
/// So does one whose subject is an activity ("les cours ont repris",
/// "les négociations entre Kiev et Moscou ont repris lundi").
fn resumes_other_event(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    drafts: &[EventDraft],
    i: usize,
) -> bool {
    let t = drafts[i].triggers[0];
    let form = folded_of(ctx, t);
    if !form.starts_with("repr") || form.contains("control") {
        return false;
    }
    // "reprendre" retakes a place: an active verb with no place, nor a
    // noun of ground, as its object resumes something ("les négociations
    // menées par le Qatar, l'Égypte et les États-Unis ont repris au
    // Caire", "a repris les armes").
    if matches!(drafts[i].pos, Some(Pos::Verb))
        && !form.starts_with("reprise")
        && !takes_ground(ctx, mentions, t)
    {
        return true;
    }
    // The noun with a complement that is no ground resumes it ("la
    // reprise de leurs attaques contre les navires", "la reprise du
    // processus politique"); "à au moins dix reprises" counts times.
    if form.starts_with("reprise") {
        let after = folded_words_after(ctx, t.end, 1);
        let complement = after.first().is_some_and(|w| {
            matches!(*w, "de" | "du" | "des") || w.starts_with("d'")
        });
        if complement {
            // ("Les frappes se sont multipliées depuis la reprise de
            // Kidal": the noun with a place after it retakes it, whatever
            // the clause's subject.)
            return !takes_ground(ctx, mentions, t);
        }
        if form.starts_with("reprises")
            && folded_words_before(ctx, t.start, 4).contains(&"a")
        {
            return true;
        }
    }
    // The clause before the verb (bounded, back to its last comma): a
    // definite article and an activity noun open its subject.
    let sent = ctx.sentences[drafts[i].sentence];
    // (A parenthesis is an aside: "les paramilitaires des Forces de
    // soutien rapide (FSR) ont repris" keeps its subject.)
    let stretch = stretch_before(ctx.text, t.start, 160, sent.start);
    let mut from = stretch;
    if let Some(c) = ctx.text[from..t.start].rfind([',', ';', ':']) {
        from += c + 1;
    }
    let words = folded_words(folded_of(ctx, Span::new(from, t.start)));
    let opens_activity = |w: &[&str]| {
        matches!(w[0], "le" | "la" | "les" | "l'") && RESUMED.contains(&w[1])
    };
    if words.windows(2).any(opens_activity) {
        return true;
    }
    // "Les pourparlers, menés au Qatar, ont repris": the comma closed an
    // aside, and only an auxiliary is left; the subject opens the
    // sentence.
    if words.len() <= 2 && stretch == sent.start {
        let head = folded_words(folded_of(ctx, Span::new(stretch, from)));
        if head.windows(2).take(2).any(opens_activity) {
            return true;
        }
    }
    // So does an activity as its object, within a few words: "à reprendre
    // jeudi les négociations", "la reprise des combats".
    let after = folded_words_after(ctx, t.end, 4);
    if after.windows(2).any(|w| {
        matches!(w[0], "le" | "la" | "les" | "l'" | "des" | "du" | "de")
            && RESUMED.contains(&w[1])
    }) {
        return true;
    }
    // The events before `i` come in text order, each with its one trigger
    // so far (the events found from counts come after them, and are
    // verbs): only the few whose trigger starts within a phrase's reach
    // of `t` can end three words before it.
    (0..i)
        .rev()
        .take_while(|&j| {
            word_gap(ctx, drafts[j].triggers[0].start, t.start) <= 16
        })
        .any(|j| {
            let o = &drafts[j];
            o.sentence == drafts[i].sentence
                && !matches!(o.pos, Some(Pos::Verb))
                && o.triggers.iter().any(|s| {
                    s.end <= t.start
                        && word_gap(ctx, s.end, t.start) <= 3
                        && !COMMA_STOPS.any_in(&ctx.text[s.end..t.start])
                        && !actor_between(ctx, mentions, s.end, t.start)
                        // "ont repoussé plusieurs attaques et repris la
                        // localité": a verb joined to the one before, whose
                        // object the event noun is, has the clause's subject.
                        && !matches!(
                            ctx.text[s.end..t.start].trim(),
                            "et" | ", et" | "puis" | "et ont" | "et a"
                        )
                })
        })
}

/// Whether an actor is named between bytes `a` and `b`: "après des
/// combats acharnés l'armée a repris Kidal" has a subject of its own.
fn actor_between(
    ctx: &Context<'_>,
    mentions: &[(Span, usize)],
    a: usize,
    b: usize,
) -> bool {
    let lo = mentions.partition_point(|m| m.0.start < a);
    mentions[lo..]
        .iter()
        .take_while(|m| m.0.end <= b)
        .any(|m| ctx.entities.drafts[m.1].kind == EntityKind::Actor)
}

/// Activities that resume, folded: the subject of "ont repris" that
/// makes it "resume" rather than "retake".
const RESUMED: &[&str] = &[
    "negociations",
    "pourparlers",
    "discussions",
    "consultations",
    "combats",
    "affrontements",
    "hostilites",
    "tirs",
    "bombardements",
    "frappes",
    "violences",
    "manifestations",
    "cours",
    "classes",
    "ecoles",
    "travaux",
    "activites",
    "activite",
    "echanges",
    "vols",
    "trafic",
    "circulation",
    "livraisons",
    "distributions",
    "operations",
    "evacuations",
    "audiences",
    "proces",
    "exportations",
    // "a repris les armes": took up arms again.
    "armes",
    "dialogue",
    "contacts",
];

/// True for a date entity whose value is a duration (`P3D`).
fn is_duration_entity(d: &Draft) -> bool {
    d.value.as_deref().is_some_and(|v| v.starts_with('P'))
}

/// The words that join groups listed after one head: "l'appui de X et
/// de Y", "les unités de l'armée, de la police et du Hachd".
const JOINING_WORDS: &[&str] =
    &["et", "de", "du", "des", "d'", "la", "le", "les", "l'"];

/// Prepositions after which "des" is an article, not "de les".
const PREPS_BEFORE_ARTICLE: &[&str] = &[
    "par", "contre", "avec", "pour", "sur", "selon", "entre", "vers", "chez",
    "sans", "parmi", "envers", "visant", "ciblant", "dans", "apres", "avant",
];

/// Words after which "des" opens a subject rather than meaning "de les".
const CLAUSE_OPENERS: &[&str] = &[
    "ou",
    "que",
    "qu'",
    "qui",
    "et",
    "mais",
    "dont",
    "lorsque",
    "quand",
    "car",
    "puis",
    "alors",
    "si",
    "comme",
    "tandis",
    // "les allégations selon lesquelles des militaires ont exécuté".
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
];

/// Words skipped between a preposition and the entity it governs.
const SKIPPED_BEFORE_ENTITY: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "ses",
    "son",
    "sa",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
    // A communiqué's own side: "une attaque contre nos troupes".
    "nos",
    "notre",
    "general",
    "colonel",
    "commandant",
    "president",
    "ministre",
    "brigadier",
    "capitaine",
    "lieutenant",
    "lieutenant-colonel",
    "marechal",
    "amiral",
    "sergent",
    "adjudant",
    "caporal",
    "gouverneur",
    "cheikh",
    "emir",
    "imam",
    "pasteur",
    "chef",
    "m",
    "mme",
    "emissaire",
    // The head and adjectives of a descriptor apposed to a name ("contre
    // le groupe Etat islamique", "le mouvement chiite Hezbollah"), which
    // the name's mention leaves out.
    "groupe",
    "organisation",
    "mouvement",
    "milice",
    "rebelles",
    "paramilitaires",
    "jihadiste",
    "djihadiste",
    "islamiste",
    "terroriste",
    "chiite",
    "kurde",
    "palestinien",
    "membres",
    "combattants",
    "elements",
    "militants",
    "rangs",
    "mains",
    "hommes",
];

/// Nouns for a body of fighters made of the groups named after them.
const COLLECTIVE_HEADS: &[&str] = &[
    // "Des centaines de Palestiniens ont manifesté".
    "centaines",
    "milliers",
    "dizaines",
    "millions",
    "foule",
    "unite",
    "unites",
    // "Les résidus de la milice fuient", "les restes de la brigade".
    "residus",
    "restes",
    "elements",
    "convoi",
    "convois",
    "patrouille",
    "patrouilles",
    "detachement",
    "detachements",
    "colonne",
    "colonnes",
    "escouade",
    "bataillon",
    "compagnie",
    "section",
    "equipe",
    "forces",
    "troupes",
    "elements",
    "combattants",
    "membres",
    "paramilitaires",
    "militaires",
    "soldats",
    "hommes",
    // "des cellules de l'EI ont attaqué", "les délégations de Kinshasa et
    // de l'AFC/M23 doivent reprendre les pourparlers".
    "cellule",
    "cellules",
    "delegation",
    "delegations",
    "negociateurs",
    "emissaires",
    "representants",
    "composantes",
    // "des hélicoptères de la MINUSCA ont largué des vivres", "un drone
    // de l'armée a frappé": the means a body sends act for it.
    "helicoptere",
    "helicopteres",
    "avion",
    "avions",
    "drone",
    "drones",
    "navire",
    "navires",
    "appareil",
    "appareils",
    "aeronef",
    "aeronefs",
    "chasseurs",
    "bombardiers",
    // "l'aviation des Forces armées soudanaises a mené des frappes",
    // "l'artillerie de l'armée a pilonné".
    "l'aviation",
    "aviation",
    "l'artillerie",
    "artillerie",
];

/// The arms among [`COLLECTIVE_HEADS`] that may be a force of their own
/// ("l'aviation de la junte").
const AIR_AND_GUN_ARMS: &[&str] =
    &["aviation", "l'aviation", "artillerie", "l'artillerie"];

/// Aircraft among [`COLLECTIVE_HEADS`]: a model may follow them ("les
/// avions F-16 de l'armée irakienne", "un drone TB2 des FAMa").
fn is_craft(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "avion" | "aeronef" | "appareil" | "helicoptere" | "drone"
    )
}

/// Whether the text between a nominal trigger ending at `from` and an
/// actor at `to` is words of scale and then "de" with an article and at
/// most two words of a kind of group: "d'envergure de la secte terroriste",
/// "de grande ampleur du".
fn of_past_scale(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    if to <= from || to - from > 80 {
        return false;
    }
    let gap = folded_of(ctx, Span::new(from, to));
    let words = folded_words(gap);
    let rest = match &words[..] {
        ["d'envergure" | "d'ampleur", rest @ ..] => rest,
        ["de", "grande" | "large", "envergure" | "ampleur", rest @ ..] => rest,
        _ => return false,
    };
    let rest = match rest {
        ["de" | "d'", "la" | "l'" | "les", rest @ ..] => rest,
        ["du" | "des" | "de" | "d'", rest @ ..] => rest,
        _ => return false,
    };
    rest.len() <= 2
        && rest.iter().all(|w| {
            matches!(
                *w,
                "l'" | "secte"
                    | "groupe"
                    | "mouvement"
                    | "organisation"
                    | "terroriste"
                    | "jihadiste"
                    | "djihadiste"
                    | "islamiste"
                    | "rebelle"
            )
        })
}

/// Adjectives that follow a noun of attack: "une embuscade complexe",
/// "une attaque meurtrière", "une offensive d'envergure".
fn is_attack_adjective(w: &str) -> bool {
    matches!(
        w,
        "complexe"
            | "meurtriere"
            | "meurtrier"
            | "meurtrieres"
            | "meurtriers"
            | "sanglante"
            | "sanglant"
            | "massive"
            | "massif"
            | "violente"
            | "violent"
            | "violents"
            | "violentes"
            | "vaste"
            | "nouvelle"
            | "nouveau"
            | "nouvelles"
            | "nouveaux"
            | "simultanee"
            | "simultanees"
            | "coordonnee"
            | "coordonnees"
            | "terroriste"
            | "terroristes"
            | "jihadiste"
            | "djihadiste"
            | "jihadistes"
            | "djihadistes"
            | "armee"
            | "recente"
            | "presumee"
            | "majeure"
            | "importante"
            | "spectaculaire"
            | "brutale"
            | "lache"
            | "barbare"
            | "nocturne"
            | "surprise"
            | "suicide"
            | "kamikaze"
            // "des incursions répétées de groupes jihadistes".
            | "repetee"
            | "repetees"
            | "repetes"
            | "incessantes"
            | "incessants"
            | "successives"
            | "recurrentes"
            | "recurrents"
            // "la cible d'incursions régulières de Boko Haram".
            | "reguliere"
            | "regulieres"
            | "regulier"
            | "reguliers"
            | "multiples"
            | "frequentes"
            | "quotidiennes"
            | "armees"
            | "recentes"
            | "nocturnes"
            | "sporadiques"
            // "la riposte vigoureuse des FAMa", "l'offensive éclair".
            | "vigoureuse"
            | "vigoureux"
            | "energique"
            | "foudroyante"
            | "eclair"
            | "intense"
            | "intenses"
            | "aerienne"
            | "aeriennes"
            | "terrestre"
            | "terrestres"
    )
}

/// True when the entity at `at` completes a collective noun: "les unités
/// de l'armée", "des éléments des FDS".
fn after_collective(ctx: &Context<'_>, at: usize) -> bool {
    let w = words_before_skipping(ctx, at, 6, ARTICLES);
    let n = w.len();
    // ("une colonne d'une soixantaine de terroristes".)
    if !(n >= 2
        && matches!(w[n - 1], "de" | "du" | "des" | "d'" | "d'une" | "d'un"))
    {
        return false;
    }
    // The head, past a craft's model of one or two short or numbered
    // words ("F-16" folds to two).
    let model = |x: &str| {
        x.bytes().any(|b| b.is_ascii_digit())
            || x.len() <= 2
                && !matches!(
                    x,
                    "de" | "du"
                        | "d'"
                        | "et"
                        | "un"
                        | "le"
                        | "la"
                        | "l'"
                        | "a"
                        | "au"
                        | "en"
                        | "ou"
                        | "se"
                        | "ne"
                        | "y"
                )
    };
    let Some(mut i) = (n.saturating_sub(4)..n - 1).rev().find(|&j| {
        if j == n - 2 {
            COLLECTIVE_HEADS.contains(&w[j])
                // "l'aviation de la junte" is a force of its own (see the
                // entities): it acts, not the regime.
                && !(AIR_AND_GUN_ARMS.contains(&w[j])
                    && matches!(
                    folded_words_after(ctx, at, 1).first(),
                    Some(&("junte" | "regime"))
                ))
        } else {
            // ("des avions de combat de l'armée de l'air".)
            is_craft(w[j])
                && (w[j + 1..n - 1].iter().all(|x| model(x))
                    || w[j + 1..n - 1] == ["de", "combat"])
        }
    }) else {
        return false;
    };
    // "enlevées par des combattants de l'UPC": a collective that is
    // itself a complement stands for no subject.
    if i > 0
        && matches!(
            w[i - 1],
            "des" | "les" | "la" | "le" | "l'" | "un" | "une"
        )
    {
        i -= 1;
    }
    // ("appuyés par des soldats des FAd'H" join the deed.)
    let support = i >= 2
        && ["appuy", "soutenu", "accompagn", "epaul", "renforc"]
            .iter()
            .any(|p| w[i - 2].starts_with(p));
    !(i > 0
        && matches!(
            w[i - 1],
            "par" | "contre" | "avec" | "sur" | "vers" | "pour" | "selon"
        )
        && !support)
}

/// Whether only dates, an article, the noun of a unit or a post, and
/// "de" lie from `from` (a verb's end) to `to`: "dimanche un détachement
/// de l'", "la patrouille des".
fn unit_object_between(
    ctx: &Context<'_>,
    args: &[Arg],
    from: usize,
    to: usize,
) -> bool {
    let mut at = from;
    for t in args.iter().filter(|t| {
        t.kind == EntityKind::Date && t.span.start >= from && t.span.end <= to
    }) {
        if !words_of(folded_of(ctx, Span::new(at, t.span.start)))
            .all(|w| matches!(w, "dans" | "a" | "au" | "le" | "la" | "l'"))
        {
            return false;
        }
        at = t.span.end;
    }
    let rest = folded_words(folded_of(ctx, Span::new(at, to)));
    match &rest[..] {
        [art, unit, de, ..]
            if matches!(
                *art,
                "un" | "une" | "le" | "la" | "les" | "des" | "plusieurs"
            ) && matches!(
                *unit,
                "detachement"
                    | "detachements"
                    | "patrouille"
                    | "patrouilles"
                    | "convoi"
                    | "convois"
                    | "unite"
                    | "unites"
                    | "bataillon"
                    | "colonne"
                    | "contingent"
                    | "poste"
                    | "postes"
                    | "camp"
                    | "base"
                    | "caserne"
                    | "position"
                    | "positions"
            ) && matches!(*de, "de" | "du" | "des" | "d'") =>
        {
            rest.len() <= 4
                && rest[3..]
                    .iter()
                    .all(|w| matches!(*w, "l'" | "la" | "le" | "les"))
        }
        _ => false,
    }
}

/// Whether the text from `from` to `to` is an aside between commas, of
/// eight words at most, then "de" (and an article or a hedge): ", d'ici
/// la fin de l'année, des quelque".
fn de_past_aside(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    let Some(gap) = ctx.text.get(from..to) else { return false };
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    let Some(close) = rest.find(',') else { return false };
    let (aside, tail) = (&rest[..close], &rest[close + 1..]);
    if aside.contains(['.', ';', ':', '«', '»', '(', ')'])
        || words_of(aside).count() > 8
    {
        return false;
    }
    let tail = folded_words(folded_of(ctx, Span::new(to - tail.len(), to)));
    matches!(tail.first(), Some(&("de" | "des" | "du" | "d'")))
        && tail[1..].iter().all(|w| {
            matches!(
                *w,
                "la" | "l'" | "les" | "quelque" | "plus" | "de" | "pres"
            )
        })
}

/// Whether the words of `gap` (after a verb) open with the means it was
/// done with: "à l'artillerie", "au mortier", "aux armes lourdes", "à
/// coups de roquettes".
fn instrument_between(ctx: &Context<'_>, gap: Span) -> bool {
    let words = folded_words(folded_of(ctx, gap));
    let mut i = 0;
    if !matches!(words.first(), Some(&("a" | "au" | "aux"))) {
        return false;
    }
    i += 1;
    if words.get(i).is_some_and(|w| matches!(*w, "la" | "coups")) {
        i += 1;
        if words.get(i - 1) == Some(&"coups") && words.get(i) == Some(&"de") {
            i += 1;
        }
    }
    words.get(i).is_some_and(|w| {
        let w = w.strip_prefix("l'").unwrap_or(w);
        [
            "artillerie",
            "mortier",
            "canon",
            "obus",
            "roquette",
            "lance-roquette",
            "arme",
            "armes",
            "drone",
            "missile",
            "char",
            "bombe",
            "grenade",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    })
}

/// Verbs (folded) of striking whose object may be a group's position or
/// vehicle: "ont frappé une colonne de véhicules du GNA".
const HIT_VERBS: &[&str] = &[
    "attaque",
    "attaquent",
    "frappe",
    "frappent",
    "vise",
    "visent",
    "cible",
    "ciblent",
    "touche",
    "touchent",
    "endommage",
    "detruit",
    "detruisent",
    "pilonne",
    "pilonnent",
    "bombarde",
    "bombardent",
];

/// Nouns for where a group stands or keeps its means: "contre des
/// positions de X" hits X.
const POSITION_NOUNS: &[&str] = &[
    "position",
    "positions",
    "enclave",
    "bastion",
    "bastions",
    "fief",
    "fiefs",
    "base",
    "bases",
    "camp",
    "camps",
    "repaire",
    "repaires",
    "cache",
    "caches",
    "depot",
    "depots",
    "convoi",
    "convois",
    "patrouille",
    "patrouilles",
    "colonne",
    "colonnes",
    "detachement",
    "detachements",
    "escorte",
    "vehicule",
    "vehicules",
    "poste",
    "postes",
    "elements",
    "unites",
    "unite",
    "troupes",
    "combattants",
    "membres",
    "militants",
    "hommes",
    "rangs",
    "cibles",
    "infrastructures",
    "installations",
    "vehicules",
    "quartier general",
    "qg",
    "campement",
    "campements",
    "garnison",
    "caserne",
    "casernes",
    "helicoptere",
    "avion",
    "navire",
    "plot",
    "entrepot",
    "entrepots",
    "locaux",
    // "des frappes contre des rassemblements de la milice".
    "rassemblement",
    "rassemblements",
    "regroupement",
    "regroupements",
    "concentration",
    "concentrations",
    "sanctuaire",
    "sanctuaires",
];

/// True when the entity at original byte `at` completes "contre | visant |
/// ciblant | sur (det) <position noun> de": "contre des positions du Jihad
/// islamique", "visant l'enclave de Daech".
/// True when the words from `from` to `to` are "de" (or "d'") and then
/// only articles or quantifiers: "de l'", "de la", "de plusieurs", "d'une
/// dizaine de". The entity at `to` is then the complement of the noun
/// that ends at `from`.
fn noun_complement(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    let words = folded_words(folded_of(ctx, Span::new(from, to)));
    let Some((first, rest)) = words.split_first() else { return false };
    // "d'éléments du JNIM": the elided "de" is one word with the body.
    let elided_body =
        first.strip_prefix("d'").is_some_and(|b| FIGHTER_BODIES.contains(&b));
    (matches!(*first, "de" | "d'" | "du" | "d'une" | "d'un") || elided_body)
        && !rest.is_empty()
        && rest.iter().all(|w| {
            matches!(
                *w,
                "l'" | "la"
                    | "le"
                    | "les"
                    | "une"
                    | "un"
                    | "plusieurs"
                    | "quelques"
                    | "nombreux"
                    | "nombreuses"
                    | "de"
                    | "d'"
                    | "du"
                    | "des"
                    | "ses"
                    | "son"
                    | "sa"
                    | "leur"
                    | "leurs"
            ) || {
                let t = w.strip_prefix("l'").unwrap_or(w);
                FIGHTER_BODIES.contains(&t)
                    || PERSON_TITLES.contains(&t)
                    || MILITARY_RANKS.contains(&t)
                    || SPEAKER_TITLES.contains(&t)
            }
        })
}

/// Nouns of a body of fighters between an event noun and the group they
/// belong to ("l'offensive de factions de l'ANS", "une attaque
/// d'éléments du JNIM"), folded.
const FIGHTER_BODIES: &[&str] = &[
    "faction",
    "factions",
    "elements",
    "combattants",
    "membres",
    "hommes",
    "unites",
    "cellules",
    "militants",
    "miliciens",
    // Bands: "l'attaque d'un groupe de terroristes".
    "groupe",
    "groupes",
    "bande",
    "bandes",
    "colonne",
    "poignee",
    "escouade",
    "horde",
];

/// Nouns of a person's calling before the name ("la libération de l'imam
/// Mahmoud Dicko", "l'enlèvement du journaliste X"), folded.
const PERSON_TITLES: &[&str] = &[
    "imam",
    "pretre",
    "pasteur",
    "abbe",
    "eveque",
    "cheikh",
    "journaliste",
    "opposant",
    "militant",
    "activiste",
    "depute",
    "senateur",
    "syndicaliste",
    "avocat",
    "docteur",
    "ancien",
];

fn targeted_through_position(ctx: &Context<'_>, at: usize) -> bool {
    let mut w = words_before_skipping(ctx, at, 10, ARTICLES);
    // "les positions de nos troupes".
    if w.last().is_some_and(|x| matches!(*x, "nos" | "notre")) {
        w.pop();
    }
    // "contre des cibles de l'organisation terroriste séparatiste PKK":
    // past the kind of body the name is given with (and up to two of its
    // adjectives).
    if let Some(i) = (w.len().saturating_sub(3)..w.len()).find(|&i| {
        matches!(
            w[i].strip_prefix("l'").unwrap_or(w[i]),
            "organisation" | "groupe" | "mouvement" | "milice" | "formation"
        )
    }) {
        w.truncate(i);
        while w.last().is_some_and(|x| ARTICLES.contains(x)) {
            w.pop();
        }
    }
    if !w.last().is_some_and(|x| matches!(*x, "de" | "du" | "des" | "d'")) {
        return false;
    }
    w.pop();
    // "un convoi de quatre camions du PAM": past the number of them.
    if let [.., "de", q, v] = w[..] {
        if crate::numbers::parse_number(q).is_some() {
            w.pop();
            w.pop();
            w.push(v);
        }
    }
    // "une colonne de véhicules du GNA": past what the column is made of.
    if let [.., "de", v] = w[..] {
        if matches!(
            v,
            "vehicules"
                | "camions"
                | "blindes"
                | "chars"
                | "armes"
                | "munitions"
                | "controle"
                | "commandement"
        ) {
            w.truncate(w.len() - 2);
        }
    }
    // The noun, possibly with an elided article ("l'enclave") and one
    // adjective after it ("positions avancees").
    let is_noun = |x: &str| {
        let x = x.strip_prefix("l'").unwrap_or(x);
        POSITION_NOUNS.contains(&x)
    };
    let Some(i) = (0..w.len()).rev().take(2).find(|&i| is_noun(w[i])) else {
        return false;
    };
    let elided = w[i].starts_with("l'");
    w.truncate(i);
    if !elided {
        while w.last().is_some_and(|x| {
            matches!(
                *x,
                "le" | "la"
                    | "les"
                    | "un"
                    | "une"
                    | "des"
                    | "ses"
                    | "leurs"
                    | "leur"
                    | "ces"
                    | "plusieurs"
            )
        }) {
            w.pop();
        }
    }
    // "ont frappé plus de 150 cibles de": past the count.
    if w.last().is_some_and(|q| crate::numbers::parse_number(q).is_some()) {
        w.pop();
        if let [.., "plus" | "moins" | "pres", "de"] = w[..] {
            w.truncate(w.len() - 2);
        }
    }
    let n = w.len();
    w.last().is_some_and(|x| {
        matches!(*x, "contre" | "visant" | "ciblant" | "sur")
            // "a frappé un véhicule de l'armée", "un engin a endommagé un
            // véhicule de la gendarmerie", "au passage d'un convoi de
            // l'armée": the unit hit.
            || HIT_VERBS.contains(x)
            || matches!(*x, "d'" | "d'un" | "d'une")
                && n >= 2
                && w[n - 2] == "passage"
    })
        // "tendu une embuscade à une patrouille de l'armée".
        || n >= 2
            && matches!(w[n - 1], "a" | "au" | "aux")
            && w[n - 2].starts_with("embuscade")
        // "une embuscade tendue à un convoi de l'armée".
        || n >= 3
            && matches!(w[n - 1], "a" | "au" | "aux")
            && w[n - 2].starts_with("tendu")
            && w[n - 3].starts_with("embuscade")
}

/// Nouns after which `de` + place means "in": `la région de Qalamoun`.
const LOCATIVE_NOUNS: &[&str] = &[
    // "la majeure partie d'Alep", "la quasi-totalité de la ville".
    "partie",
    "totalite",
    "quasi-totalite",
    "moitie",
    "region",
    "province",
    // Nigeria's local government areas, Ethiopia's districts.
    "lga",
    "woreda",
    "ville",
    "localite",
    "village",
    "secteur",
    "zone",
    "commune",
    "district",
    "cercle",
    "departement",
    "quartier",
    "camp",
    "environs",
    "peripherie",
    "agglomeration",
    "banlieue",
    "faubourgs",
    "centre",
    "nord",
    "sud",
    "est",
    "ouest",
    "abords",
    "immeuble",
    "batiment",
    "maison",
    "residence",
    "supermarche",
    "restaurant",
    "centrale",
    "site",
    "depot",
    "entrepot",
    "confins",
    "lisiere",
    "parages",
    "route",
    "axe",
    "gouvernorat",
    "etat",
    "hauteurs",
    "collines",
    "alentours",
    "rives",
    "portes",
    "montagnes",
    "localites",
    "villages",
    "villes",
    "hameaux",
    // "contre les îlots de Tchoukoutalia" (plurals are read too).
    "ile",
    "ilot",
    "frontiere",
    "poste",
    "base",
    "hopital",
    "marche",
    "mosquee",
    "eglise",
    "ecole",
    "lycee",
    "college",
    "internat",
    "orphelinat",
    "clinique",
    "dispensaire",
    "prison",
    "aeroport",
    "commissariat",
    "gendarmerie",
    "caserne",
    "garnison",
    "checkpoint",
    "barrage",
    "universite",
    "stade",
    "hotel",
    "port",
    "gare",
    "prefecture",
    "mairie",
    "ambassade",
    "consulat",
    "usine",
    "mine",
    "raffinerie",
    "aerodrome",
    "pont",
    "detachement",
    // Divisions named in local reporting: "le territoire de Rutshuru",
    // "l'oblast de Donetsk", "la wilaya de Tamanrasset".
    "territoire",
    "arrondissement",
    "chefferie",
    "groupement",
    "wilaya",
    "oblast",
    // South Sudan's, Kenya's and Liberia's counties: "le comté de Nasir".
    "comte",
    "canton",
    "municipalite",
    "localites",
    // Natural places: "dans le désert de la Badia", "la forêt de Kouré".
    "desert",
    "foret",
    "vallee",
    "plaine",
    "massif",
    "mont",
    "monts",
    "lac",
    "ile",
    "iles",
    "oasis",
    "littoral",
];

/// A locative noun ([`LOCATIVE_NOUNS`]), also in the plural ("des
/// quartiers").
fn is_locative_noun(w: &str) -> bool {
    LOCATIVE_NOUNS_SET.is(w)
        || w.strip_suffix('s').is_some_and(|b| LOCATIVE_NOUNS_SET.is(b))
}

/// Whether the words around a verb or noun of driving out name the people
/// driven out: the object after it ("expulsé des migrants", "l'expulsion
/// de plus d'un million de réfugiés") or, for a participle, the subject
/// before it ("40.000 réfugiés ont été chassés").
fn people_driven_out(ctx: &Context<'_>, span: Span) -> bool {
    let before = folded_words_before(ctx, span.start, 6);
    let after = folded_words_after(ctx, span.end, 8);
    after.iter().chain(before.iter()).any(|w| {
        let w =
            w.strip_prefix("d'").or_else(|| w.strip_prefix("l'")).unwrap_or(w);
        [
            "civil",
            "migrant",
            "refugie",
            "habitant",
            "famille",
            "deplace",
            "rohingya",
            "palestinien",
            "resident",
            "population",
            "villageois",
            "personnes",
            "yezidi",
            "foyers",
            "maisons",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    })
}

/// "L'accord, conclu samedi", "a salué l'accord" after a ceasefire told
/// within the 3,000 bytes before: the bare definite accord is that truce
/// (7 of 7 in the evaluation sets), not another agreement. An accord with
/// a complement ("l'accord de Doha", "l'accord avec Damas") or an
/// indefinite one ("un accord en trois phases") is left alone.
fn truce_told_back(ctx: &Context<'_>, cease: &[Span], t: Span) -> bool {
    let word = &ctx.text[t];
    if !(word == "accord" || word == "Accord") {
        return false;
    }
    let before = &ctx.text[..t.start];
    let definite =
        ["l'", "l’", "L'", "L’"].iter().any(|a| before.ends_with(a));
    // "parvenus à un accord", "salue un accord « arraché »" in a story
    // whose truce was itself called an accord ("le Qatar annonce un accord
    // de cessez-le-feu"): that accord again.
    let indefinite = !definite
        && [" un ", " d'un ", " d’un "].iter().any(|a| before.ends_with(a))
        && {
            let from = stretch_before(ctx.text, t.start, 3_000, 0);
            let lead = folded_of(ctx, Span::new(from, t.start));
            ["accord de cessez le feu", "accord de treve"]
                .iter()
                .any(|p| lead.contains(p))
        };
    if !definite && !indefinite {
        return false;
    }
    let after = folded_words_after(ctx, t.end, 1);
    if after.first().is_some_and(|w| {
        matches!(
            *w,
            "de" | "du"
                | "des"
                | "avec"
                | "entre"
                | "sur"
                | "politique"
                | "passe"
                | "en"
        ) || w.starts_with("d'")
    }) {
        return false;
    }
    let k = cease.partition_point(|c| c.start < t.start);
    k > 0 && cease[k - 1].end + 3_000 >= t.start
}

/// Whether the folded words between two places chain the second to the
/// first: "dans les régions de Mopti, de Ségou et de Tombouctou", "aux
/// confins du Tchad, du Niger et du Cameroun", or in apposition ("à
/// Solhan, un village de la province du Yagha").
fn chains_places(gap: &str) -> bool {
    // "Muzaffarabad, puis Kotli", "à Angoor Adda, ainsi que dans les
    // districts de Kurram": a place added to the list.
    for lead in [", puis ", "puis ", ", ainsi que ", "ainsi que "] {
        if let Some(rest) = gap.strip_prefix(lead) {
            return chains_places(rest) || located_by(rest);
        }
    }
    if matches!(gap, "puis" | ", puis" | "ainsi que" | ", ainsi que") {
        return true;
    }
    matches!(
        gap,
        // "l'axe Kumbo-Ndop".
        "-" | ""
        | "et"
        | "et d'"
        | "et de"
        | "et du"
        | "et des"
        | "ou"
        | ","
        | ", de"
        | ", d'"
        | ", du"
        | ", des"
        | ", a"
        | ", au"
        | ", aux"
        | "et a"
        | "et au"
        | "et aux"
        | "et dans"
        // "dans le territoire d'Irumu, en Ituri".
        | ", en"
        | ", dans"
        // "…, dans la préfecture de Kpendjal", the noun part of the name.
        | ", dans la"
        | ", dans le"
        | ", dans l'"
        // "dans les régions du Sahel, de l'Est, du Nord et de la Boucle du
        // Mouhoun": the article kept.
        | ", de la"
        | ", de l'"
        | "et de la"
        | "et de l'"
        | "et le"
        | "et la"
        | "et l'"
        | "et les"
        | "et en"
        // "dans le territoire de Fizi (Sud-Kivu)".
        | "("
    ) || place_apposition(gap)
}

/// True for the folded text between two places when the second names
/// where the first lies: ", un village de la province du", ", dans le nord
/// de", ", chef-lieu de la région de".
fn place_apposition(gap: &str) -> bool {
    gap.strip_prefix(',').is_some_and(located_by)
}

/// True for the folded words after the comma of [`place_apposition`]:
/// "un village de la province du", "dans le nord de".
fn located_by(rest: &str) -> bool {
    let words = folded_words(rest);
    // "dans l'État de", "dans l'est de": the noun keeps its article.
    let locative = |w: &str| {
        let bare = w.strip_prefix("l'").unwrap_or(w);
        LOCATIVE_NOUNS_SET.is(bare)
    };
    // One or two adjectives may qualify the noun ("une localité
    // stratégique du territoire de"), not a verb or a clause word.
    let adjective = |w: &str| {
        w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !matches!(
                w,
                "dont"
                    | "mais"
                    | "avec"
                    | "sans"
                    | "pour"
                    | "contre"
                    | "selon"
                    | "apres"
                    | "avant"
                    | "depuis"
                    | "lors"
                    | "sont"
                    | "etait"
            )
            && !w.ends_with("ent")
            && !w.ends_with("ait")
    };
    // (", à une soixantaine de kilomètres à l'ouest de Mogadiscio": a
    // distance from a place is not a place in apposition.)
    // ("…, un village de la zone de gouvernement local de Maru": Nigeria's
    // division is named in three words.)
    let longest = if words.contains(&"gouvernement") { 10 } else { 8 };
    !words.is_empty()
        && words.len() <= longest
        && !words.iter().any(|w| is_distance_unit(w))
        && words.last().is_some_and(|w| {
            matches!(*w, "de" | "du" | "des" | "d'" | "l'" | "la" | "le")
        })
        && words.iter().any(|w| locative(w))
        && words.iter().filter(|w| !locative(w) && adjective(w)).count() <= 2
        && words.iter().all(|w| {
            locative(w)
                || adjective(w)
                || matches!(
                    *w,
                    "un" | "une"
                        | "le"
                        | "la"
                        | "les"
                        | "l'"
                        | "de"
                        | "du"
                        | "des"
                        | "d'"
                        | "dans"
                        | "au"
                        | "aux"
                        | "a"
                        | "chef"
                        | "lieu"
                        // "…, dans la zone de gouvernement local de Gusau".
                        | "gouvernement"
                        | "petit"
                        | "petite"
                        | "grande"
                        | "meme"
                        // "…, près de la ville de Mayadine", "…, non loin
                        // de la localité de X".
                        | "pres"
                        | "non"
                        | "loin"
                        | "proximite"
                        | "environs"
                        | "alentours"
                )
        })
}

/// The place between `prev` and `next` that only a distance is told
/// from (", à une dizaine de kilomètres de Mandouri, dans la préfecture
/// de …"), when one stands there.
fn distance_aside(
    ctx: &Context<'_>,
    args: &[Arg],
    prev: Span,
    next: Span,
) -> Option<Span> {
    let b = args.iter().find(|b| {
        b.kind == EntityKind::Place
            && b.span.start >= prev.end
            && b.span.end <= next.start
    })?;
    let lead = folded_of(ctx, Span::new(prev.end, b.span.start));
    let lead = lead.strip_prefix(',')?;
    let words = folded_words(lead);
    let (last, before) = words.split_last()?;
    (matches!(*last, "de" | "d'" | "du")
        && words.len() <= 8
        && at_a_distance(before))
    .then_some(b.span)
}

/// True for a dateline's place ("BEYROUTH, 19 août (AFP) -"): where the
/// dispatch was filed, not where anything happened. Upper case, first on
/// its line, a comma after it.
fn is_dateline_place(ctx: &Context<'_>, span: Span) -> bool {
    let upper = |s: &str| {
        s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    let text = ctx.text;
    if !upper(&text[span]) {
        return false;
    }
    // "DOHA/GOMA, 21 juillet (Reuters) -": two places filed from, one
    // slash between (each looked for a few bytes away only: a line may
    // run long).
    let after = &text[span.end..];
    let after = match after.strip_prefix('/') {
        Some(rest) => {
            let to = stretch_after(rest, 0, 40);
            let Some(next) = rest[..to].find(',') else { return false };
            if !upper(&rest[..next]) {
                return false;
            }
            &rest[next..]
        }
        None => after,
    };
    if !after.trim_start().starts_with(',') {
        return false;
    }
    let from = stretch_before(text, span.start, 40, 0);
    let lead_end = match text[from..span.start].strip_suffix('/') {
        Some(head) => {
            let word = head.rfind(char::is_whitespace).map_or(0, |k| k + 1);
            if !upper(&head[word..]) {
                return false;
            }
            from + word
        }
        None => span.start,
    };
    // Only spaces back to the start of the line (tested last: lines can
    // be long).
    text[..lead_end]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace)
}

/// True when the parenthesis `c` at byte `i` of `s` opens or closes an
/// acronym glossing the name before it ("les Forces démocratiques alliées
/// (ADF) contre …"): no clause break. A dateline's "2024 (AFP)" follows a
/// digit and stays one.
fn acronym_aside(s: &str, i: usize, c: char) -> bool {
    let acronym = |inner: &str| {
        !inner.is_empty()
            && inner.len() <= 12
            && inner.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
            && inner.chars().any(char::is_uppercase)
    };
    let after_word = |open: usize| {
        s[..open]
            .strip_suffix(' ')
            .unwrap_or(&s[..open])
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    };
    let glossed = match c {
        '(' => s[i + 1..]
            .find(')')
            .is_some_and(|k| acronym(&s[i + 1..i + 1 + k]) && after_word(i)),
        ')' => s[..i]
            .rfind('(')
            .is_some_and(|k| acronym(&s[k + 1..i]) && after_word(k)),
        _ => false,
    };
    glossed || name_aside(s, i, c)
}

/// True when the mark `c` at byte `i` of `s` opens or closes a short name
/// set in brackets or quotes right after a word: "des miliciens de la
/// « White Army » (Armée blanche) autour de Nasir" reads on as one
/// clause. The name has one to four words, opens on a capital and holds
/// letters, spaces, hyphens and apostrophes only; quoted words ("des
/// « positions ennemies »") and quoted speech after a colon still break.
fn name_aside(s: &str, i: usize, c: char) -> bool {
    // (The other mark is looked for within 60 chars: a name is short.)
    const REACH: usize = 60;
    let name = |inner: &str| {
        let inner = inner.trim_matches(|ch: char| ch.is_whitespace());
        let words = inner.split_whitespace().count();
        (1..=4).contains(&words)
            && inner.chars().next().is_some_and(char::is_uppercase)
            && inner.chars().all(|ch| {
                ch.is_alphabetic()
                    || ch.is_whitespace()
                    || matches!(ch, '-' | '\'' | '’')
            })
    };
    // A word, a closing quote or bracket ends the text before the mark.
    let opens_after_word = |open: usize| {
        let lead = s[..open].trim_end_matches(|ch: char| ch.is_whitespace());
        lead.len() + 2 >= open
            && lead.chars().next_back().is_some_and(|ch| {
                ch.is_alphabetic() || matches!(ch, '»' | ')')
            })
    };
    let forward = |close: char| {
        s[i + c.len_utf8()..]
            .char_indices()
            .take(REACH)
            .find(|&(_, ch)| ch == close || ch == c)
            .filter(|&(_, ch)| ch == close)
            .map(|(k, _)| i + c.len_utf8() + k)
    };
    let backward = |open: char| {
        s[..i]
            .char_indices()
            .rev()
            .take(REACH)
            .find(|&(_, ch)| ch == open || ch == c)
            .filter(|&(_, ch)| ch == open)
            .map(|(k, _)| k)
    };
    let (open, close) = match c {
        '(' | '«' => {
            let Some(k) = forward(if c == '(' { ')' } else { '»' }) else {
                return false;
            };
            (i, k)
        }
        ')' | '»' => {
            let Some(k) = backward(if c == ')' { '(' } else { '«' }) else {
                return false;
            };
            (k, i)
        }
        _ => return false,
    };
    let open_len = s[open..].chars().next().map_or(1, char::len_utf8);
    name(&s[open + open_len..close]) && opens_after_word(open)
}

/// Chars that end a clause inside a sentence.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '—' | '–' | '“' | '”'
    )
}

/// The char of [`is_clause_break`] that starts at byte `i` of `b`, if
/// any, told from its bytes (the non-ASCII ones are `«` and `»`, two
/// bytes from 0xC2, and the dashes and quotes, three bytes from 0xE2
/// 0x80).
#[inline]
fn clause_break_at(b: &[u8], i: usize) -> Option<char> {
    match b[i] {
        b',' => Some(','),
        b';' => Some(';'),
        b':' => Some(':'),
        b'(' => Some('('),
        b')' => Some(')'),
        b'"' => Some('"'),
        0xC2 => match b.get(i + 1) {
            Some(0xAB) => Some('«'),
            Some(0xBB) => Some('»'),
            _ => None,
        },
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x94) => Some('—'),
            Some(0x93) => Some('–'),
            Some(0x9C) => Some('“'),
            Some(0x9D) => Some('”'),
            _ => None,
        },
        _ => None,
    }
}

/// The clause breaks of `s` from byte `from` on, with their bytes.
#[inline]
fn clause_breaks(
    s: &str,
    from: usize,
) -> impl Iterator<Item = (usize, char)> + '_ {
    let b = s.as_bytes();
    (from..b.len()).filter_map(move |i| clause_break_at(b, i).map(|c| (i, c)))
}

/// The clause breaks of `s` before byte `to`, the last first.
#[cfg(test)]
fn clause_breaks_back(
    s: &str,
    to: usize,
) -> impl Iterator<Item = (usize, char)> + '_ {
    let b = s.as_bytes();
    (0..to).rev().filter_map(move |i| clause_break_at(b, i).map(|c| (i, c)))
}

/// `s.contains(is_clause_break)`, on the bytes.
#[inline]
fn has_clause_break(s: &str) -> bool {
    clause_breaks(s, 0).next().is_some()
}

/// A set of ASCII bytes, for the test of [`ByteSet::any_in`].
struct ByteSet([bool; 256]);

impl ByteSet {
    const fn new(set: &[u8]) -> ByteSet {
        let mut t = [false; 256];
        let mut i = 0;
        while i < set.len() {
            t[set[i] as usize] = true;
            i += 1;
        }
        ByteSet(t)
    }

    /// Whether `s` holds one of the bytes: what `s.contains` of an array
    /// of those (ASCII) chars says, without decoding.
    #[inline]
    fn any_in(&self, s: &str) -> bool {
        s.bytes().any(|b| self.0[usize::from(b)])
    }
}

/// Whether `s` holds a full stop or a semicolon other than the point of
/// a title shortened before a name: "a assuré M. Houngbédji", "a dit Mgr.
/// Kaigama".
fn stop_outside_titles(s: &str) -> bool {
    s.match_indices(['.', ';']).any(|(i, m)| {
        m == ";" || {
            let word = s[..i]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            !matches!(word, "M" | "MM" | "Mgr" | "Dr" | "Pr" | "Me")
        }
    })
}

/// Whether the text from byte `from` to `to` (after a verb, before its
/// object) only sets the deed in time and place, with an aside between
/// commas: "mardi à l'aube, dans le district de Hawija,", ", près de
/// Gao,". Its words are those of places and dates and the few words that
/// link them.
fn setting_aside(
    ctx: &Context<'_>,
    args: &[Arg],
    from: usize,
    to: usize,
) -> bool {
    if to <= from || to - from > 160 {
        return false;
    }
    let between = &ctx.text[from..to];
    if !between.trim_end().ends_with(',')
        || between.matches(',').count() != 2
        || STOPS.any_in(between)
        || between.contains([':', '(', '«', '"'])
    {
        return false;
    }
    let lo = args.partition_point(|x| x.span.start < from);
    let mut cursor = from;
    // Prepositions, articles and the nouns after which "de" + place is
    // where ("dans le district de", "aux abords de").
    let linked = |a: usize, b: usize| {
        words_of(folded_of(ctx, Span::new(a, b))).all(|w| {
            matches!(
                w,
                "a" | "au"
                    | "aux"
                    | "dans"
                    | "le"
                    | "la"
                    | "les"
                    | "l'"
                    | "de"
                    | "du"
                    | "des"
                    | "d'"
                    | "pres"
                    | "en"
                    | "sur"
                    | "vers"
            ) || LOCATIVE_NOUNS_SET.is(w.strip_prefix("l'").unwrap_or(w))
        })
    };
    for x in args[lo..].iter().take_while(|x| x.span.start < to) {
        if x.span.end > to {
            break;
        }
        if !matches!(x.kind, EntityKind::Date | EntityKind::Place) {
            return false;
        }
        if !linked(cursor, x.span.start) {
            return false;
        }
        cursor = cursor.max(x.span.end);
    }
    linked(cursor, to)
}

/// Whether a first-group past participle ("enlevés", "menée") of more
/// than four letters stands in the text from byte `from` to `to` (at most
/// a few hundred bytes).
fn participle_between(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    to > from
        && to - from <= 300
        && ctx.text[from..to]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() > 4 && is_past_participle(w))
}

/// Sentence ends.
static STOPS: ByteSet = ByteSet::new(b".;?!");
/// Full stops, semicolons and commas.
static COMMA_STOPS: ByteSet = ByteSet::new(b".,;");
/// What ends a list of groups.
static LIST_BREAKS: ByteSet = ByteSet::new(b".;:()");
/// What breaks a verb from its object.
static PHRASE_BREAKS: ByteSet = ByteSet::new(b",;:()");
/// What breaks a relative clause.
static RELATIVE_BREAKS: ByteSet = ByteSet::new(b",;:()\"");

/// Stems of the participles that make "par X" the one who tells of an
/// event, not the one who did it: "évoqué par", "rapportée par",
/// "signalés par", "dénoncée par" (folded).
const REPORTED_BY: &[&str] = &[
    // "une attaque attribuée par la société civile aux rebelles".
    "attribu",
    "imput",
    "evoque",
    "rapporte",
    "signale",
    "denonce",
    "decri",
    "relaye",
    "documente",
    "raconte",
    "confirme",
    "annonce",
    // "23 morts recensés par les autorités locales".
    "recens",
    "comptabilis",
    "denombr",
];

/// Stems of the past participles of verbs of telling (folded): "a
/// annoncé", "a indiqué", "ont affirmé".
const TELLING_VERBS: &[&str] = &[
    "annonce", "indique", "affirme", "declare", "rapporte", "precise",
    "ajoute", "assure", "confirme", "explique", "souligne", "dit",
];

/// Whether `s` breaks the clause once its bracketed asides are left out:
/// "opposent l'armée congolaise (FARDC) aux rebelles" does not.
fn breaks_clause_outside_brackets(s: &str) -> bool {
    let mut depth = 0usize;
    for (_, c) in clause_breaks(s, 0) {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => return true,
            _ => {}
        }
    }
    depth > 0
}

/// Whether `s` breaks its clause only with one aside set off by commas
/// that opens on a past participle: "ont opposé la Brigade 444,
/// commandée par Mahmoud Hamza, à l'Appareil de soutien à la stabilité".
fn past_participle_aside(s: &str) -> bool {
    let mut parts = s.split(',');
    let (Some(head), Some(aside), Some(tail), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    participle_aside(aside)
        && !breaks_clause_outside_brackets(head)
        && !breaks_clause_outside_brackets(tail)
}

/// Whether `s` ends inside such an aside, opened by its one comma: "ont
/// opposé la Brigade 444, commandée par Mahmoud Hamza".
fn inside_past_participle_aside(s: &str) -> bool {
    s.split_once(',').is_some_and(|(head, aside)| {
        !aside.contains(',')
            && participle_aside(aside)
            && !breaks_clause_outside_brackets(head)
    })
}

/// Whether the mention at `span` names part of a casualty count after
/// "dont": "des centaines de blessés, dont une centaine de gendarmes,
/// lors d'une nuit d'émeutes" tells who was hurt, not who rioted.
fn among_casualties(ctx: &Context<'_>, span: Span) -> bool {
    let w = folded_words_before(ctx, span.start, 2);
    let mut w = &w[..];
    if let Some((last, head)) = w.split_last() {
        if matches!(*last, "un" | "une") {
            w = head;
        }
    }
    if w.last() != Some(&"dont") {
        return false;
    }
    // The word before "dont", past its comma ("dont" is looked for in
    // the few bytes before the mention only: it is the word before it).
    let lo = (span.start.saturating_sub(24)..=span.start)
        .find(|&i| ctx.text.is_char_boundary(i))
        .unwrap_or(span.start);
    let Some(at) = ctx.text[lo..span.start].rfind("dont").map(|k| lo + k)
    else {
        return false;
    };
    let lead = ctx.text[..at].trim_end_matches([' ', ',', '\u{a0}']);
    folded_words_before(ctx, lead.len(), 1).last().is_some_and(|hurt| {
        ["bless", "tue", "mort", "victime"].iter().any(|p| hurt.starts_with(p))
    })
}

/// Whether `aside` (the words between two commas) opens on a past
/// participle and names its doer with "par", in twelve words at most:
/// "commandée par Mahmoud Hamza".
fn participle_aside(aside: &str) -> bool {
    let aside = crate::normalize::fold(aside).text;
    let mut words = aside.split_whitespace();
    words.next().is_some_and(|w| {
        w.len() > 3
            && ["e", "ee", "es", "ees", "ie", "ies", "is", "u", "ue", "us"]
                .iter()
                .any(|x| w.ends_with(x))
            && !w.ends_with("ment")
    }) && aside.split_whitespace().count() <= 12
        && words.any(|w| w == "par")
}

/// Words that open a new clause.
const CLAUSE_WORDS: &[&str] = &[
    " qui ",
    " lorsque ",
    " tandis que ",
    " alors que ",
    " pour ",
    " afin de ",
    " où ",
    " mais ",
    " dont ",
];

/// True when one of [`CLAUSE_WORDS`] starts at byte `i` of `bytes` and
/// ends by `to`.
#[cfg(test)]
fn clause_word_at(bytes: &[u8], i: usize, to: usize) -> bool {
    clause_word_len(bytes, i, to).is_some()
}

/// The length of the word of [`CLAUSE_WORDS`] that starts at byte `i` of
/// `bytes` and ends by `to`, if any.
#[cfg(test)]
fn clause_word_len(bytes: &[u8], i: usize, to: usize) -> Option<usize> {
    // Every one is longer than two bytes and has one of these letters
    // after its space.
    if !(bytes[i] == b' '
        && i + 2 < to
        && matches!(
            bytes[i + 1],
            b'q' | b'l' | b't' | b'a' | b'p' | b'o' | b'm' | b'd'
        ))
    {
        return None;
    }
    CLAUSE_WORDS
        .iter()
        .find(|w| i + w.len() <= to && bytes[i..i + w.len()] == *w.as_bytes())
        .map(|w| w.len())
}

/// Where the last of [`CLAUSE_WORDS`] inside `text[from..to]` starts (the
/// rightmost start over all of them, as one `rfind` per word would find).
#[cfg(test)]
fn last_clause_word(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[..to];
    // Only the spaces can start one.
    let from = from.min(to);
    let mut end = to;
    while let Some(i) = bytes[from..end].iter().rposition(|&b| b == b' ') {
        let i = from + i;
        if clause_word_at(bytes, i, to) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Where the first of [`CLAUSE_WORDS`] inside `text[from..to]` starts (the
/// leftmost start over all of them, as one `find` per word would find).
#[cfg(test)]
fn first_clause_word(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[..to];
    // Only the spaces can start one.
    let mut start = from.min(to);
    while let Some(i) = bytes[start..].iter().position(|&b| b == b' ') {
        let i = start + i;
        if clause_word_at(bytes, i, to) {
            return Some(i);
        }
        start = i + 1;
    }
    None
}

/// The clause breaks ([`is_clause_break`]) and clause words
/// ([`CLAUSE_WORDS`]) of a text, found once for all its triggers.
struct ClauseMarks {
    /// Where the clause breaks start, in order.
    breaks: Vec<usize>,
    /// Where the clause words start and end, in order (at most one starts
    /// at a byte: none is the start of another).
    words: Vec<(usize, usize)>,
}

/// One searcher per word of [`CLAUSE_WORDS`].
static CLAUSE_WORD_FINDERS: once_cell::sync::Lazy<
    Vec<memchr::memmem::Finder<'static>>,
> = once_cell::sync::Lazy::new(|| {
    CLAUSE_WORDS.iter().map(memchr::memmem::Finder::new).collect()
});

impl ClauseMarks {
    /// The marks inside `text[span]` (what the clauses of a trigger in
    /// that span are read from).
    fn new(text: &str, span: Span) -> ClauseMarks {
        let b = &text.as_bytes()[..span.end];
        let part = &b[span.start..];
        let at = |i: usize| span.start + i;
        let mut breaks: Vec<usize> =
            memchr::memchr3_iter(b',', b';', b':', part)
                .chain(memchr::memchr3_iter(b'(', b')', b'"', part))
                .map(at)
                .chain(
                    memchr::memchr2_iter(0xC2, 0xE2, part)
                        .map(at)
                        .filter(|&i| clause_break_at(b, i).is_some()),
                )
                .collect();
        breaks.sort_unstable();
        let mut words: Vec<(usize, usize)> = Vec::new();
        for (w, finder) in CLAUSE_WORDS.iter().zip(CLAUSE_WORD_FINDERS.iter())
        {
            // Overlapping matches too: two words may share a space.
            let mut from = 0;
            while let Some(i) = finder.find(&part[from..]) {
                words.push((at(from + i), at(from + i + w.len())));
                from += i + 1;
            }
        }
        words.sort_unstable();
        ClauseMarks { breaks, words }
    }

    /// The clause breaks inside `text[from..to]`, the last first, with
    /// their chars.
    fn breaks_back<'s>(
        &'s self,
        text: &'s str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (usize, char)> + 's {
        let lo = self.breaks.partition_point(|&p| p < from);
        let hi = self.breaks.partition_point(|&p| p < to).max(lo);
        self.breaks[lo..hi].iter().rev().filter_map(move |&p| {
            clause_break_at(text.as_bytes(), p).map(|c| (p, c))
        })
    }

    /// The clause breaks inside `text[from..to]`, in order, with their
    /// chars.
    fn breaks_in<'s>(
        &'s self,
        text: &'s str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (usize, char)> + 's {
        let lo = self.breaks.partition_point(|&p| p < from);
        let hi = self.breaks.partition_point(|&p| p < to).max(lo);
        self.breaks[lo..hi].iter().filter_map(move |&p| {
            clause_break_at(text.as_bytes(), p).map(|c| (p, c))
        })
    }

    /// Where the last clause word inside `text[from..to]` starts (what
    /// [`last_clause_word`] finds).
    fn last_word(&self, from: usize, to: usize) -> Option<usize> {
        let hi = self.words.partition_point(|&(s, _)| s < to);
        self.words[..hi]
            .iter()
            .rev()
            .take_while(|&&(s, _)| s >= from)
            .find(|&&(_, e)| e <= to)
            .map(|&(s, _)| s)
    }

    /// Where the first clause word inside `text[from..to]` starts (what
    /// [`first_clause_word`] finds).
    fn first_word(&self, from: usize, to: usize) -> Option<usize> {
        let lo = self.words.partition_point(|&(s, _)| s < from);
        self.words[lo..]
            .iter()
            .take_while(|&&(s, _)| s < to)
            .find(|&&(_, e)| e <= to)
            .map(|&(s, _)| s)
    }
}

/// The clause around `at` inside `sent`, extended over following
/// appositive clauses that open on an entity (", dans la région de X").
/// Event nouns a date may belong to: "l'attaque du 7 octobre", "le
/// massacre du 16 septembre".
const DATED_EVENT_NOUNS: &[&str] = &[
    "attaque",
    "attaques",
    "attentat",
    "attentats",
    "massacre",
    "offensive",
    "assaut",
    "raid",
    "frappe",
    "frappes",
    "bombardement",
    "bombardements",
    "enlevement",
    "coup",
    "putsch",
    "elections",
    "election",
    "accord",
];

/// Whether the date at `date` names the day of another event than the
/// one of `trig`: "… la libération des otages retenus depuis l'attaque du
/// 7 octobre".
fn dates_other_event(ctx: &Context<'_>, trig: Span, date: Span) -> bool {
    // Most dates follow no "du"/"de": a byte test spares the word walk.
    let pre = ctx.text[..date.start].trim_end();
    if !["du", "de", "d'", "d’", "DU", "DE", "D'", "D’"]
        .iter()
        .any(|p| pre.ends_with(p))
    {
        return false;
    }
    let w = folded_words_before(ctx, date.start, 2);
    if w.len() < 2 || !matches!(w[1], "du" | "de" | "d'") {
        return false;
    }
    let noun = w[0]
        .strip_prefix("l'")
        .or_else(|| w[0].strip_prefix("d'"))
        .unwrap_or(w[0]);
    if !DATED_EVENT_NOUNS.contains(&noun) {
        return false;
    }
    // Unless the noun is the trigger itself: "l'attaque du 23 mars" dates
    // its own attack.
    trig.end > date.start
        || !matches!(
            folded_of(ctx, Span::new(trig.end, date.start)).trim(),
            "du" | "de" | "d'"
        )
}

/// Whether the date at `date` is a day counted from the event of `trig`
/// named right after it: "au lendemain d'une série de frappes", "la
/// veille de l'attaque".
fn dated_from_trigger(ctx: &Context<'_>, trig: Span, date: Span) -> bool {
    if date.end > trig.start || trig.start - date.end > 60 {
        return false;
    }
    let f = folded_of(ctx, date);
    if !matches!(f, "lendemain" | "veille" | "avant-veille") {
        return false;
    }
    let gap = folded_of(ctx, Span::new(date.end, trig.start)).trim_start();
    (gap.starts_with("de ") || gap.starts_with("d'") || gap.starts_with("du "))
        && word_gap(ctx, date.end, trig.start) <= 6
        && !has_clause_break(&ctx.text[date.end..trig.start])
}

/// Adverbs that may stand between an auxiliary and its participle.
const AUX_ADVERBS: &[&str] = &[
    "egalement",
    "aussi",
    "ensuite",
    "alors",
    "deja",
    "encore",
    "notamment",
    "finalement",
    "rapidement",
    "aussitot",
    "meme",
    "ne",
    "n'",
    "pas",
    "jamais",
    "plus",
    "recemment",
    // "Ils n'ont toujours pas été relâchés".
    "toujours",
];

/// Where the last verb of calling for something ("appelé", "exhorté",
/// "demandé", "exigé", "réclamé") before trigger `trig` in its clause
/// starts (original byte), within 80 bytes.
fn call_word_before(
    ctx: &Context<'_>,
    sent: Span,
    trig: Span,
) -> Option<usize> {
    let from = stretch_before(ctx.text, trig.start, 80, sent.start);
    let lead = &ctx.text[from..trig.start];
    let from = lead.rfind([';', ':', '.']).map_or(from, |i| from + i + 1);
    let f0 = ctx.folded.from_original(from);
    let f1 = ctx.folded.from_original(trig.start).max(f0);
    let folded: &str = &ctx.folded.text;
    let base = folded.as_ptr() as usize;
    // ("l'appel du chef de l'État": the noun past its article.)
    words_of(&folded[f0..f1])
        .map(|w| w.strip_prefix("l'").unwrap_or(w))
        .filter(|w| {
            CALL_ON_STEMS.iter().chain(DEMAND_STEMS).any(|p| w.starts_with(p))
        })
        .last()
        .map(|w| ctx.folded.original_start(w.as_ptr() as usize - base))
}

/// The subject of the verb at `call`, farther than the caller search
/// reaches: the first actor of its sentence that no preposition governs,
/// past an apposition or an aside ("l'émissaire américain pour le
/// Soudan, Tom Perriello, a appelé", "Le Hamas a, de son côté, appelé")
/// or a first verb it is coordinated with ("l'Autorité palestinienne a
/// dénoncé une « escalade » et appelé"). None when a relative clause, a
/// quote left open or a bracket other than an acronym's lies between,
/// or the sentence opens on another clause.
fn clause_subject_before(
    ctx: &Context<'_>,
    args: &[Arg],
    sent: Span,
    call: usize,
) -> Option<usize> {
    // (A verb far into a long sentence has a subject the nearer search
    // reads; this one reads a bounded lead.)
    if call.saturating_sub(sent.start) > 400 {
        return None;
    }
    let from = args.partition_point(|a| a.span.start < sent.start);
    let upto = args.partition_point(|a| a.span.start < call);
    let a = args[from..upto].iter().find(|a| {
        a.span.end <= call
            && !is_complement_prep(prep_before(ctx, a.span.start))
            && a.kind == EntityKind::Actor
    })?;
    if call - a.span.end > 200 {
        return None;
    }
    let gap = &ctx.text[a.span.end..call];
    let lead = &ctx.text[sent.start..a.span.start];
    // (Quote marks that close within the gap are a quoted phrase: "a
    // dénoncé une « escalade » et appelé".)
    let open_quote = gap.matches('«').count() != gap.matches('»').count()
        || gap.matches('"').count() % 2 == 1;
    if open_quote
        || gap.contains(['.', ';', '?', '!', '\n', '(']) && {
            // A bracketed acronym right after the name is part of it.
            let g = gap.trim_start();
            !(g.starts_with('(')
                && g.find(')').is_some_and(|k| {
                    !g[k + 1..]
                        .contains(['.', ';', '?', '!', '\n', '«', '(', '"'])
                }))
        }
    {
        return None;
    }
    let fgap = folded_of(ctx, Span::new(a.span.end, call));
    let words: Vec<&str> = words_of(fgap).collect();
    // Not across a relative clause, nor from a subordinate clause's
    // subject ("Le Tchad, qui a appelé …": the relative's verb is the
    // call itself, read by the nearer search).
    if words.iter().any(|w| matches!(*w, "qui" | "que" | "qu'" | "dont"))
        || lead.contains(',')
            && !lead.trim_end().ends_with(',')
            && lead.len() > 60
    {
        return None;
    }
    // The verb of calling follows an auxiliary or "et" (a coordinated
    // verb) right before it.
    let last = words.last().copied().unwrap_or("");
    let aux = matches!(
        last,
        "a" | "ont"
            | "avait"
            | "avaient"
            | "et"
            | "aussi"
            | "egalement"
            | "toutefois"
            | "pourtant"
            | "ensuite"
            | "encore"
            | "nouveau"
            // "a, de son côté, appelé", "a pour sa part exhorté".
            | "cote"
            | "part"
    ) || crate::dates::is_day_word(last)
        || words.len() <= 1;
    aux.then_some(a.entity)
}

/// The count of "20 autres" right before trigger `trig` ("et 20 autres
/// enlevées"), and where it starts: those the trigger tells of, apart
/// from a group counted before.
fn others_count_before(
    ctx: &Context<'_>,
    sent: Span,
    trig: Span,
) -> Option<(u64, usize)> {
    let w = folded_words_before(ctx, trig.start, 1);
    if !w.last().is_some_and(|x| *x == "autres") {
        return None;
    }
    let from = stretch_before(ctx.text, trig.start, 60, sent.start);
    let lead = &ctx.text[from..trig.start];
    let c = numbers::find_counts(lead).into_iter().last()?;
    let between = lead[c.span.end..].trim();
    (!c.count.vague && between.eq_ignore_ascii_case("autres"))
        .then_some((c.count.value, from + c.span.start))
}

/// Moves the entities of `from` that have a mention among `args` ending
/// by byte `at` (the subject of a trigger that starts there, the caller
/// before a verb of calling) to `to`.
fn move_mentioned_before(
    args: &[Arg],
    at: usize,
    from: &mut Vec<usize>,
    to: &mut Vec<usize>,
) {
    let before =
        |e: &usize| args.iter().any(|a| a.entity == *e && a.span.end <= at);
    for &e in from.iter().filter(|e| before(e)) {
        push_unique(to, e);
    }
    from.retain(|e| !before(e));
}

/// Whether the subject of violent trigger `trig` is who it hit: "a été
/// la cible d'une embuscade" (both "cible" and "embuscade"), "sont
/// tombés dans une embuscade", "ont été victimes d'une attaque".
fn subject_was_hit(ctx: &Context<'_>, trig: Span) -> bool {
    let t = folded_of(ctx, trig);
    // "a été prise dans une embuscade": caught in it, so hit.
    if (t.starts_with("tombe") || t.starts_with("pris"))
        && (t.contains("embuscade")
            || t.contains("piege")
            || t.contains("guet-apens"))
    {
        return true;
    }
    let w = folded_words_before(ctx, trig.start, 4);
    let n = w.len();
    let be = |x: &str| {
        matches!(
            x,
            "ete" | "est" | "sont" | "etait" | "etaient" | "fut" | "furent"
        )
    };
    // "a été la cible", "ont été victimes".
    if (t.starts_with("cible") || t.starts_with("victime"))
        && (n >= 1 && be(w[n - 1])
            || n >= 2 && matches!(w[n - 1], "la" | "les") && be(w[n - 2]))
    {
        return true;
    }
    // "la cible d'une embuscade", "victimes d'une attaque" after a form
    // of "être".
    (1..n).any(|i| {
        (w[i].starts_with("cible") || w[i].starts_with("victime"))
            && w[i + 1..].iter().all(|x| {
                matches!(
                    *x,
                    "d'une"
                        | "d'un"
                        | "d'"
                        | "de"
                        | "du"
                        | "des"
                        | "une"
                        | "un"
                )
            })
            && w[..i].iter().any(|x| be(x))
    })
}

/// Stems of the verbs that call on someone to do something ("appelé les
/// habitants à", "exhorté les belligérants à", "invité", "enjoint",
/// "sommé").
const CALL_ON_STEMS: &[&str] =
    &["appel", "exhort", "invit", "enjoi", "somm", "ordonn"];

/// Stems of the verbs that demand something done, with no one addressed
/// ("demandé", "exigé", "réclamé").
const DEMAND_STEMS: &[&str] = &["demand", "exig", "reclam"];

/// Infinitives that bring an event about, after which a nominal trigger
/// called for is demanded: "appelé … à imposer un cessez-le-feu".
const BRINGING_ABOUT: &[&str] = &[
    // "appelé les groupes armés à rejoindre des pourparlers".
    "rejoindre",
    "participer",
    "imposer",
    "conclure",
    "signer",
    "respecter",
    "observer",
    "instaurer",
    "reprendre",
    "ouvrir",
    "engager",
    "entamer",
    "accepter",
    "decreter",
    "declarer",
    "obtenir",
    "organiser",
    "mettre",
    "cesser",
    "liberer",
    "relacher",
    "proclamer",
    "negocier",
    "lancer",
    "mener",
    // "appelé les jeunes à multiplier les attaques", "à intensifier".
    "multiplier",
    "intensifier",
];

/// Subject pronouns, folded.
const SUBJECT_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles"];

/// Words that may stand between a subject pronoun and its verb trigger
/// besides auxiliaries and adverbs: object clitics ("ils l'ont
/// attaqué", "ils en ont tué") and verbs of claim before an infinitive
/// ("elle affirme avoir repris", "ils disent avoir abattu").
const PRONOUN_GAP_WORDS: &[&str] = &[
    "l'",
    "la",
    "le",
    "les",
    "y",
    "en",
    "leur",
    "lui",
    "s'",
    "affirme",
    "affirment",
    "dit",
    "disent",
    "assure",
    "assurent",
    "revendique",
    "revendiquent",
    "declare",
    "declarent",
    "annonce",
    "annoncent",
    "reconnait",
    "reconnaissent",
    "pretend",
    "pretendent",
    "affirmait",
    "affirmaient",
    "auraient",
    "seraient",
];

/// Words before an actor's mention that make it no subject: prepositions
/// ("selon l'armée", "contre les jihadistes", "l'attaque du M23").
const NOT_SUBJECT_AFTER: &[&str] = &[
    "selon", "par", "de", "d'", "du", "a", "au", "aux", "contre", "avec",
    "pour", "dans", "sur", "entre", "chez", "vers", "envers", "parmi", "dont",
    "sans", "que", "qu'", "et", "ou",
];

/// "Ils ont aussi attaqué une base", "Elle affirme avoir repris
/// plusieurs villages", "Il s'est emparé de Nyanzale": the actor a subject
/// pronoun right before verb trigger `trig` stands for, and whether the
/// verb is passive ("ils ont été enlevés", "ils sont morts": the pronoun
/// is then who was hit). The clause must open on the pronoun, with only
/// auxiliaries, adverbs, clitics and verbs of claim before the trigger.
/// The antecedent is the first actor of the clauses before it in the
/// sentence, or else of the sentence before, that no preposition leads
/// and that agrees with the pronoun in number and, where an article tells
/// it, in gender.
fn pronoun_subject(
    ctx: &Context<'_>,
    args_by_sentence: &[Vec<Arg>],
    si: usize,
    trig: Span,
) -> Option<(usize, bool)> {
    let sent = ctx.sentences[si];
    let text = ctx.text;
    let from = stretch_before(text, trig.start, 100, sent.start);
    let lead = &text[from..trig.start];
    let clause = match lead.rfind([',', ';', ':', '(', '"', '«']) {
        Some(i) => {
            from + i + lead[i..].chars().next().map_or(1, char::len_utf8)
        }
        None if from == sent.start => sent.start,
        None => return None,
    };
    let words = FewWords::first_of(
        words_of(folded_of(ctx, Span::new(clause, trig.start))),
        FEW,
    );
    let mut ws = &words[..];
    if ws.first().is_some_and(|w| matches!(*w, "et" | "puis" | "mais")) {
        ws = &ws[1..];
    }
    let (&pronoun, rest) = ws.split_first()?;
    if !SUBJECT_PRONOUNS.contains(&pronoun) || rest.len() > 5 {
        return None;
    }
    // Elided clitics come glued to the auxiliary: "l'ont", "s'est".
    let allowed = |w: &str| {
        let w = ["l'", "s'", "n'"]
            .iter()
            .find_map(|c| w.strip_prefix(c).filter(|r| !r.is_empty()))
            .unwrap_or(w);
        ACTIVE_AUX.contains(&w)
            || PASSIVE_AUX.contains(&w)
            || AUX_ADVERBS.contains(&w)
            || PRONOUN_GAP_WORDS.contains(&w)
            || w == "t'"
    };
    if !rest.iter().all(|w| allowed(w)) {
        return None;
    }
    let reflexive = rest.iter().any(|w| w.starts_with("s'") || *w == "se");
    let passive = !reflexive
        && rest.iter().any(|w| {
            matches!(
                *w,
                "ete"
                    | "etre"
                    | "est"
                    | "sont"
                    | "etait"
                    | "etaient"
                    | "fut"
                    | "furent"
            )
        });
    let plural_pronoun = pronoun.ends_with('s');
    let feminine = pronoun.starts_with('e');
    let pick = |cands: &[Arg], before: usize, clause_start: usize| {
        cands
            .iter()
            .filter(|a| a.kind == EntityKind::Actor && a.span.end <= before)
            .filter(|a| {
                !matches!(
                    ctx.entities.drafts[a.entity].subkind.as_ref(),
                    "other" | "media"
                )
            })
            .take(4)
            .find(|a| {
                let prev = folded_words_before(ctx, a.span.start, 1);
                let prev = prev.last().copied().filter(|_| {
                    // A word of an earlier clause leads nothing.
                    !text[clause_start.min(a.span.start)..a.span.start]
                        .trim_end()
                        .ends_with([',', ';', ':'])
                        || a.span.start == clause_start
                });
                let head = folded_of(ctx, a.span);
                let first = head.split(' ').next().unwrap_or("");
                let counted = first.starts_with(|c: char| c.is_ascii_digit())
                    || crate::numbers::parse_number_words(first).is_some();
                // "Des jihadistes", "Selon l'armée, des jihadistes": an
                // article where it opens a clause, else "de les" ("l'attaque
                // des jihadistes").
                let opens_clause = || {
                    let lead = text
                        [clause_start.min(a.span.start)..a.span.start]
                        .trim_end();
                    let lead = lead
                        .rfind(char::is_whitespace)
                        .map_or("", |i| lead[..i].trim_end());
                    lead.is_empty() || lead.ends_with([',', ';', ':'])
                };
                let article = match prev {
                    Some("des") if !opens_clause() => return false,
                    Some(w) if NOT_SUBJECT_AFTER.contains(&w) => return false,
                    Some(w) => w,
                    None => "",
                };
                let plural = counted
                    || matches!(
                        article,
                        "les" | "des" | "ces" | "leurs" | "ses" | "plusieurs"
                    )
                    || (first.ends_with(['s', 'x'])
                        && !text[a.span].starts_with(char::is_uppercase));
                let gender_ok = match article {
                    "la" | "une" | "cette" => feminine,
                    "le" | "un" | "ce" | "cet" => !feminine,
                    _ => true,
                };
                plural == plural_pronoun && gender_ok
            })
            .map(|a| a.entity)
    };
    let here = pick(&args_by_sentence[si], clause, sent.start);
    let found = here.or_else(|| {
        let prev = si.checked_sub(1)?;
        let p = ctx.sentences[prev];
        pick(&args_by_sentence[prev], p.end, p.start)
    })?;
    Some((found, passive))
}

/// The end of the actor that opens sentence `sent` and the last comma
/// before trigger `trig`, when that actor is followed by a comma and only
/// an auxiliary and adverbs stand between the last comma and a verb
/// trigger ("Les assaillants, membres de …, ont également incendié"), or
/// those, a verb that carries out and an article before a noun trigger
/// ("Le Hachd, une coalition de milices, a lancé une offensive").
fn opening_subject(
    ctx: &Context<'_>,
    sent: Span,
    trig: Span,
    verb: bool,
    before: &[&&Arg],
) -> Option<(usize, usize)> {
    // Bounded: a run-on sentence costs no more per trigger.
    let from = stretch_before(ctx.text, trig.start, 200, sent.start);
    let comma = from + ctx.text[from..trig.start].rfind(',')?;
    let tail = folded_of(ctx, Span::new(comma + 1, trig.start));
    let mut aux = false;
    // With a noun trigger, the verb that carries it out and its article
    // end the tail: "…, ont lancé une opération".
    let mut carried = false;
    let mut article = false;
    for w in words_of(tail) {
        if article {
            return None;
        } else if carried {
            if !matches!(w, "une" | "un" | "des" | "de" | "d'" | "l'" | "la") {
                return None;
            }
            article = true;
        } else if ACTIVE_AUX.contains(&w) || PASSIVE_AUX.contains(&w) {
            aux = true;
        } else if !verb
            && aux
            && (CARRY_OUT.iter().any(|p| w.starts_with(p))
                || w.starts_with("declench"))
        {
            carried = true;
        } else if !AUX_ADVERBS.contains(&w) {
            return None;
        }
    }
    if !verb && !article {
        return None;
    }
    let first = before.first()?;
    if first.span.start > sent.start + 40 {
        return None;
    }
    // "Des unités du Hachd al-Chaabi, coalition …": the body the units
    // are of is the subject.
    let lead = folded_of(ctx, Span::new(sent.start, first.span.start));
    let mut lead_words: Vec<&str> = words_of(lead).collect();
    if let [_, unit, "du" | "de" | "des" | "d'"]
    | [unit, "du" | "de" | "des" | "d'"] = lead_words[..]
    {
        if matches!(unit, "unites" | "elements" | "detachements") {
            lead_words.truncate(lead_words.len() - 2);
        }
    }
    let opens = lead_words.iter().all(|w| {
        matches!(*w, "le" | "la" | "les" | "l'" | "des" | "ces" | "selon")
    }) && lead_words.len() <= 2;
    let followed = ctx.text[first.span.end..].trim_start().starts_with(',');
    (aux && opens && followed && first.span.end < comma)
        .then_some((first.span.end, comma))
}

/// "Douze soldats et sept VDP, des supplétifs civils de l'armée, ont été
/// tués dans une attaque": an actor set beside the one before it, between
/// a comma and its article and a comma closing the aside before the
/// trigger, glosses it; the subject is the one it glosses.
fn set_in_aside(
    ctx: &Context<'_>,
    prev: &Arg,
    cand: &Arg,
    trig: usize,
) -> bool {
    if prev.kind != EntityKind::Actor || cand.span.start < prev.span.end {
        return false;
    }
    let gap = folded_of(ctx, Span::new(prev.span.end, cand.span.start));
    // ("sept Volontaires pour la défense de la patrie (VDP), des
    // supplétifs": past the acronym in brackets.)
    let gap = gap.trim();
    let gap = match gap.strip_prefix('(').and_then(|g| g.split_once(')')) {
        Some((inside, rest)) if inside.len() <= 12 => rest,
        _ => gap,
    };
    let Some(article) = gap.trim().strip_prefix(',') else { return false };
    if !matches!(
        article.trim(),
        "des" | "un" | "une" | "les" | "le" | "la" | "l'"
    ) {
        return false;
    }
    // The comma that closes the aside, in the next 100 bytes.
    let until = stretch_after(ctx.text, cand.span.end, 100).min(trig);
    ctx.text[cand.span.end..until.max(cand.span.end)].contains(',')
}

/// Whether the actor at `span` leads or backs another in an aside closed
/// before byte `until` ("des dissidents de l'EMC, dirigé par Néstor
/// Gregorio Vera, ont fait exploser"): the subject is the one before it.
fn led_in_aside(ctx: &Context<'_>, span: Span, until: usize) -> bool {
    led_by(ctx, span) && comma_closes(ctx.text, span, until)
}

/// Whether the actor starting at byte `at` is the complement of a noun of
/// envoys ("émissaires du gouvernement", "représentants de certains
/// groupes Fano"), or of a second "de" coordinated with one ("les
/// délégations de Kinshasa et de l'AFC/M23").
fn sent_envoys(ctx: &Context<'_>, at: usize) -> bool {
    let envoys = |w: &str| {
        matches!(
            w,
            "emissaires"
                | "emissaire"
                | "representants"
                | "delegues"
                | "delegation"
                | "delegations"
                | "negociateurs"
                | "envoyes"
        )
    };
    let w: Vec<&str> = folded_words_before(ctx, at, 8)
        .iter()
        .copied()
        .filter(|w| {
            !matches!(
                *w,
                "certains"
                    | "plusieurs"
                    | "quelques"
                    | "groupes"
                    | "le"
                    | "la"
                    | "les"
                    | "l'"
            )
        })
        .collect();
    match w[..] {
        [.., n, "de" | "du" | "des" | "d'"] if envoys(n) => true,
        [.., "et", "de" | "du" | "des" | "d'"] => {
            w[..w.len() - 2].iter().rev().take(5).any(|x| envoys(x))
        }
        _ => false,
    }
}

/// Whether the actor at `span` follows a participle of leading or
/// backing and "par" ("menée par le ministre", "appuyés par l'aviation").
fn led_by(ctx: &Context<'_>, span: Span) -> bool {
    led_by_one_of(ctx, span, &LEADING_AND_BACKING)
}

/// Participles (folded prefixes) of leading, then of backing.
const LEADING_AND_BACKING: [&str; 9] = [
    "dirige",
    "command",
    "mene",
    "conduit",
    "appuy",
    "soutenu",
    "epaule",
    "accompagn",
    "encadre",
];

/// Whether the actor at `span` follows one of the participles `of` and
/// "par".
fn led_by_one_of(ctx: &Context<'_>, span: Span, of: &[&str]) -> bool {
    let w = words_before_skipping(ctx, span.start, 3, SKIPPED_BEFORE_ENTITY);
    let [.., participle, "par"] = w[..] else { return false };
    of.iter().any(|p| participle.starts_with(p))
}

/// Whether the actor at `span` is the subject of a relative clause on
/// "que" set off by a comma and closed by another before byte `until`
/// (", que plusieurs témoins ont identifiés, ont mené"). A "que" after a
/// verb ("a affirmé que les rebelles ont attaqué") opens the clause the
/// trigger is in and is not taken.
fn object_relative_subject(
    ctx: &Context<'_>,
    span: Span,
    until: usize,
) -> bool {
    let text = ctx.text;
    let w = words_before_skipping(ctx, span.start, 3, SKIPPED_BEFORE_ENTITY);
    let quantified = |x: &str| {
        matches!(x, "plusieurs" | "certains" | "certaines" | "quelques")
    };
    let mut w = &w[..];
    if w.last().is_some_and(|x| quantified(x)) {
        w = &w[..w.len() - 1];
    }
    if !matches!(w.last(), Some(&"que") | Some(&"qu'")) {
        return false;
    }
    // The comma before "que", within the few bytes the skipped words
    // take.
    let lo = stretch_before(text, span.start, 48, 0);
    let lead = &text[lo..span.start];
    let Some(q) =
        ["que ", "qu'", "qu’"].iter().filter_map(|q| lead.rfind(q)).max()
    else {
        return false;
    };
    lead[..q].trim_end().ends_with(',') && comma_closes(text, span, until)
}

/// Whether a comma stands between the end of `span` and byte `until`,
/// 300 bytes on at most: what closes an aside or a relative clause
/// before a trigger (bounded, so a run-on text costs no more per
/// argument).
fn comma_closes(text: &str, span: Span, until: usize) -> bool {
    span.end < until
        && until - span.end <= 300
        && text[span.end..until].contains(',')
}

/// Whether `span` lies in a relative clause ("qui …", "dont …") or a
/// participial aside ("arrivé au pouvoir en 2022", "élu en mai") of
/// sentence `sent` that a comma closes before byte `until`.
fn in_closed_relative(
    ctx: &Context<'_>,
    sent: Span,
    span: Span,
    until: usize,
) -> bool {
    let text = ctx.text;
    // Both looks are bounded: a run-on sentence costs no more per
    // argument.
    if !comma_closes(text, span, until) {
        return false;
    }
    let from = stretch_before(text, span.start, 300, sent.start);
    // The marks are ASCII: their bytes are searched.
    let lead = &text.as_bytes()[from..span.start];
    let opened = memchr::memrchr3(b',', b';', b':', lead)
        .max(memchr::memrchr2(b'(', b'"', lead))
        .map(|i| from + i + 1);
    let Some(opened) = opened else {
        // "Située à 400 km de Damas, la ville …": an aside that says
        // where something lies may open the sentence (one that tells of
        // the event, "Lancée le 19 août, l'offensive …", does not count).
        return from == sent.start
            && folded_word_after(ctx, sent.start).is_some_and(|w| {
                matches!(
                    w,
                    "situe"
                        | "situee"
                        | "situes"
                        | "situees"
                        | "localise"
                        | "localisee"
                        | "implante"
                        | "implantee"
                        | "base"
                        | "basee"
                        | "installe"
                        | "installee"
                )
            });
    };
    let first =
        text[opened..span.start].split_whitespace().next().unwrap_or("");
    let participle =
        ["é", "ée", "és", "ées"].iter().any(|e| first.ends_with(e))
            || matches!(first, "élu" | "élue" | "élus" | "élues");
    participle
        || folded_word_after(ctx, opened)
            .is_some_and(|w| matches!(w, "qui" | "dont"))
}

fn clause_of(
    ctx: &Context<'_>,
    marks: &ClauseMarks,
    sent: Span,
    at: Span,
    args: &[Arg],
) -> Span {
    let text = ctx.text;
    let before = &text[sent.start..at.start];
    // "vers 10h heure locale (9h GMT)": a mark inside a mention breaks no
    // clause.
    let inside = |i: usize| {
        let k = args.partition_point(|a| a.span.start < i);
        k > 0 && args[k - 1].span.end > i
    };
    let mut start = marks
        .breaks_back(text, sent.start, at.start)
        .find(|&(i, c)| {
            !acronym_aside(before, i - sent.start, c) && !inside(i)
        })
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(sent.start);
    if let Some(i) = marks.last_word(start, at.start) {
        start = i + 1;
    }
    let mut end = at.end;
    loop {
        let rest = &text[end..sent.end];
        let stop = marks
            .breaks_in(text, end, sent.end)
            .find(|&(i, c)| !acronym_aside(rest, i - end, c) && !inside(i))
            .map(|(i, _)| i)
            .unwrap_or(sent.end);
        let stop2 = marks.first_word(end, stop).unwrap_or(stop);
        if stop2 < stop || stop >= sent.end {
            end = stop2;
            break;
        }
        // An appositive: the next clause opens on an entity within three
        // words.
        let next = &text[stop..sent.end];
        let skip = next
            .char_indices()
            .find(|&(_, c)| !(is_clause_break(c) || c.is_whitespace()))
            .map(|(i, _)| stop + i)
            .unwrap_or(sent.end);
        // "…, qui avait repris Kidal en novembre, a bombardé mardi": a
        // clause that opens on an auxiliary is the main verb's, not an
        // aside of this one.
        let opens_on_verb = folded_word_after(ctx, skip).is_some_and(|w| {
            ACTIVE_AUX.contains(&w) || PASSIVE_AUX.contains(&w)
        });
        let opener = args.iter().find(|a| a.span.start >= skip).filter(|a| {
            !opens_on_verb
                && text[skip..a.span.start].split_whitespace().take(5).count()
                    <= 4
                && !has_clause_break(&text[skip..a.span.start])
        });
        if opener.is_some_and(|a| a.kind != EntityKind::Actor) {
            end = opener.map_or(stop, |a| a.span.end.max(stop));
            continue;
        }
        // "tué au moins 43 civils, en majorité des Peuls, dans le village
        // de Tiba": an aside telling who the victims were goes on to the
        // clause after it.
        let aside = {
            let f = ctx.folded.text.as_str();
            let fs = ctx.folded.from_original(skip);
            let head = &f[fs..stretch_after(f, fs, 24)];
            ["dont ", "en majorite ", "pour la plupart ", "parmi lesquels "]
                .iter()
                .any(|m| head.starts_with(m))
        };
        if aside {
            // (Looked for a short way on: a run-on text without commas
            // is not read to its end for each trigger.)
            let reach = stretch_after(text, skip, 160).min(sent.end);
            if let Some(c) = text[skip..reach.max(skip)].find(',') {
                let close = skip + c;
                // Short: a few words, no other mark inside.
                if text[skip..close].split_whitespace().count() <= 8
                    && !text[skip..close].contains(['.', ';', ':', '(', '«'])
                {
                    end = close + 1;
                    continue;
                }
            }
        }
        end = stop;
        break;
    }
    Span::new(start, end.max(at.end))
}

/// Whether the place `a` is set in apposition (", en RDC", ", dans la
/// province de X") to the place named right before it, a place a move
/// heads for or comes from that the event `d` has not taken as its
/// location or destination.
fn apposed_to_unplaced(
    ctx: &Context<'_>,
    args: &[Arg],
    a: &Arg,
    locs: &[(u32, usize, usize)],
    d: &EventDraft,
) -> bool {
    let k = args.partition_point(|b| b.span.start < a.span.start);
    let Some(prev) = args[..k]
        .iter()
        .rev()
        .find(|b| b.span.end <= a.span.start && b.kind != EntityKind::Date)
    else {
        return false;
    };
    if prev.kind != EntityKind::Place
        || a.span.start - prev.span.end > 60
        || prev.entity == a.entity
        || locs.iter().any(|l| l.2 == prev.entity)
        || d.destination.contains(&prev.entity)
        || d.target.contains(&prev.entity)
    {
        return false;
    }
    // (Only a place a move heads for or comes from: one the event merely
    // did not reach, "le champ gazier de Khor Mor, dans la province de
    // Souleimaniyeh", leaves the province where it is.)
    if !matches!(prep_before(ctx, prev.span.start), "vers" | "depuis" | "pour")
        && !heading_for(ctx, prev.span.start)
    {
        return false;
    }
    let gap = folded_of(ctx, Span::new(prev.span.end, a.span.start));
    let Some(rest) = gap.strip_prefix(',') else { return false };
    let w: Vec<&str> = words_of(rest).collect();
    matches!(
        &w[..],
        ["en" | "au" | "aux"] | ["dans", "la" | "le" | "l'"] | ["dans"]
    ) || matches!(
        &w[..],
        ["dans", "la" | "le" | "l'" | "les", noun, "de" | "du" | "d'" | "des"]
            if is_locative_noun(noun)
    )
}

/// Number of whitespace-separated words in the original text between
/// byte offsets `a` and `b` (in either order): what
/// `text[a..b].split_whitespace().count()` gives, in logarithmic time from
/// the document's word starts.
fn word_gap(ctx: &Context<'_>, a: usize, b: usize) -> usize {
    words_between(ctx.text, ctx.word_starts, a, b)
}

/// [`word_gap`] on a text and its [`word_starts`].
fn words_between(text: &str, starts: &[usize], a: usize, b: usize) -> usize {
    let (a, b) = (a.min(b), a.max(b));
    if a >= b {
        return 0;
    }
    // Words starting strictly inside (a, b), plus the one `a` is in.
    let before = starts.partition_point(|&s| s <= a);
    // Every start up to `a` is before `b`: the rest is searched alone,
    // from `a` on by doubling steps (most gaps are a few words), then
    // inside the last step.
    let rest = &starts[before..];
    let (mut lo, mut step) = (0, 1);
    while lo + step <= rest.len() && rest[lo + step - 1] < b {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(rest.len());
    let inside = lo + rest[lo..hi].partition_point(|&s| s < b);
    let at_a = before > 0
        && !has_whitespace(&text[starts[before - 1]..a])
        && a < text.len()
        && !whitespace_at(text, a);
    inside + usize::from(at_a)
}

/// Whether the char that starts at byte `i` of `text` is whitespace: an
/// ASCII byte tells alone, and only the first bytes of
/// [`MAY_END_TOKEN`] beyond ASCII need the char decoded.
#[inline]
fn whitespace_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    MAY_END_TOKEN[usize::from(b)]
        && (b < 0x80
            || text[i..].chars().next().is_some_and(char::is_whitespace))
}

/// `s.contains(char::is_whitespace)`, on the bytes: [`whitespace_at`]
/// at each (no continuation byte is of [`MAY_END_TOKEN`], so none is
/// decoded).
#[inline]
fn has_whitespace(s: &str) -> bool {
    (0..s.len()).any(|i| whitespace_at(s, i))
}

/// The bytes that may end a token of [`word_starts`]: ASCII whitespace
/// (as [`BYTE_CLASS`] has it) and the first bytes of the other
/// whitespace chars (U+0085 and U+00A0; U+1680; U+2000 to U+205F;
/// U+3000).
static MAY_END_TOKEN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = c.is_ascii_whitespace() || c == 0x0b;
        b += 1;
    }
    t[0xC2] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

/// Byte offsets where a whitespace-separated word starts, for
/// [`word_gap`]. A token with no letter or digit is no word: French
/// typography spaces its guillemets, colons and dashes (« Colère de
/// Bohoma », lancée …), and they must not push arguments away.
pub(crate) fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Whether the char at `i` is whitespace, whether it is a letter or
    // digit, and its length: ASCII bytes decide alone through the class
    // table, the letters of Latin-1 by their two bytes; other chars are
    // decoded.
    // Always inlined: as a closure it stayed a call made for every space.
    #[inline(always)]
    fn class_at(text: &str, i: usize) -> (bool, bool, usize) {
        let bytes = text.as_bytes();
        let b = bytes[i];
        if b < 0x80 {
            let class = BYTE_CLASS[usize::from(b)];
            (class == SPACE, class == ALNUM, 1)
        } else if b == 0xC3 {
            let (alnum, len) = wide_alnum_at(text, i);
            (false, alnum, len)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
        }
    }
    let mut i = 0;
    'tokens: while i < n {
        // Most tokens follow one space and start with a letter or digit.
        let start = if bytes[i] == b' '
            && bytes
                .get(i + 1)
                .is_some_and(|&b| BYTE_CLASS[usize::from(b)] == ALNUM)
        {
            i += 1;
            i
        } else {
            // Whitespace before a token.
            loop {
                if i >= n {
                    break 'tokens;
                }
                let (space, _, len) = class_at(text, i);
                if !space {
                    break;
                }
                i += len;
            }
            let start = i;
            // The token up to its first letter or digit, if any.
            loop {
                if i >= n {
                    break 'tokens;
                }
                let (space, alnum, len) = class_at(text, i);
                if space {
                    continue 'tokens;
                }
                if alnum {
                    break;
                }
                i += len;
            }
            start
        };
        out.push(start);
        // The rest of the token: only a whitespace char ends it. Those
        // beyond ASCII start with one of four bytes. One look-up passes
        // every other byte.
        while i < n {
            // Eight bytes at a time while none is below 0x21 or beyond
            // ASCII (the bytes that may end a token are among those).
            if let Some(chunk) = bytes.get(i..i + 8) {
                let x = u64::from_le_bytes(
                    chunk.try_into().expect("a slice of eight bytes"),
                );
                const ONES: u64 = 0x0101_0101_0101_0101;
                const HIGH: u64 = 0x8080_8080_8080_8080;
                // The first byte flagged is the first below 0x21 or
                // with its high bit (borrows only flag later bytes).
                let flags = (x.wrapping_sub(ONES * 0x21) & !x | x) & HIGH;
                if flags == 0 {
                    i += 8;
                    continue;
                }
                i += (flags.trailing_zeros() / 8) as usize;
            }
            let b = bytes[i];
            if !MAY_END_TOKEN[usize::from(b)] {
                // The continuation bytes of the char end no token either:
                // passed here, not flagged by the next eight bytes.
                i += 1;
                while i < n && bytes[i] & 0xC0 == 0x80 {
                    i += 1;
                }
            } else if b < 0x80 {
                break;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    break;
                }
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The verbs of saying (and "selon") of a sentence, as (index in
/// [`SAYING`], folded start, folded end), in text order. Words are the folded text's space-separated tokens, so
/// "selon," is not "selon".
fn saying_markers(
    ctx: &Context<'_>,
    sent: Span,
) -> Vec<(usize, usize, usize)> {
    let f0 = ctx.folded.from_original(sent.start);
    let f1 = ctx.folded.from_original(sent.end).max(f0);
    let fs = &ctx.folded.text[f0..f1];
    let mut out = Vec::new();
    let mut start = 0;
    // The tokens are what `fs.split(' ')` gives (found with a plain byte
    // scan); a marker's words are the tokens from the current one when the
    // text there is the marker followed by a space or the end.
    let bytes = fs.as_bytes();
    loop {
        let end = next_space(bytes, start);
        // Most tokens are ruled out on their bytes, before they are taken
        // as text (which checks char boundaries).
        if SAYING_SET.may_start_bytes(&bytes[start..end]) {
            let token = &fs[start..end];
            if let Some(candidates) = SAYING_BY_FIRST_WORD.get(token) {
                let rest = &fs.as_bytes()[start..];
                // "a-t-on appris lundi (soir) de sources …": the day the
                // news came in may stand between "appris" and its source.
                let after_day = if matches!(token, "appris" | "apprend") {
                    skip_day_words(fs, end)
                } else if matches!(token, "a" | "ont" | "avait" | "avaient") {
                    // "a pour sa part démenti que …": past an aside
                    // between the auxiliary and its participle.
                    skip_aside(fs, end)
                } else {
                    end
                };
                for &mi in candidates {
                    let marker = SAYING[mi].as_bytes();
                    // Cheap tests first: the marker ends where a token
                    // does, and its second word (if any) starts with the
                    // next token's first byte.
                    let k = token.len() + 1;
                    if rest.len() >= marker.len()
                        && rest.get(marker.len()).map_or(true, |&b| b == b' ')
                        && (marker.len() <= k || rest[k] == marker[k])
                        && rest.starts_with(marker)
                        // A bare "dit" tells only what follows as said or
                        // done ("dit avoir frappé", "dit que"), not a
                        // nickname ("Daglo, dit « Hemedti »").
                        && (!matches!(SAYING[mi], "dit" | "disent")
                            || fs[(start + marker.len() + 1).min(fs.len())..]
                                .split(' ')
                                .next()
                                .is_some_and(|w| {
                                    matches!(w, "avoir" | "etre" | "que")
                                        || w.starts_with("qu'")
                                        || w.starts_with("s'etre")
                                }))
                    {
                        out.push((mi, f0 + start, f0 + start + marker.len()));
                    } else if after_day > end {
                        // The marker's words after "appris", after the day.
                        let tail = &marker[token.len()..];
                        let at = &fs.as_bytes()[after_day..];
                        if at.starts_with(tail)
                            && at.get(tail.len()).map_or(true, |&b| b == b' ')
                        {
                            out.push((
                                mi,
                                f0 + start,
                                f0 + after_day + tail.len(),
                            ));
                        }
                    }
                }
            }
        }
        if end == bytes.len() {
            break;
        }
        start = end + 1;
    }
    out
}

/// The first space of `bytes` from `from` on, or the end: the bytes
/// are read eight at a time.
#[inline]
fn next_space(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(
            chunk.try_into().expect("a slice of eight bytes"),
        ) ^ (ONES * u64::from(b' '));
        // The first zero byte of `x` is flagged exactly (borrows only
        // flag later bytes).
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return i + (zero.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == b' ').map_or(bytes.len(), |p| i + p)
}

/// The folded words of the asides of stance a speaker's verb may stand
/// before ("de son côté", "pour sa part", "par ailleurs", "en outre",
/// "également"), read word by word.
const STANCE_ASIDE_WORDS: &[&str] = &[
    "de",
    "son",
    "leur",
    "cote",
    "pour",
    "sa",
    "part",
    "par",
    "ailleurs",
    "en",
    "outre",
    "aussi",
    "egalement",
];

/// Where the folded text `fs` goes on after byte `at` (the end of an
/// auxiliary) past an aside of stance ("pour sa part", "de son côté",
/// "quant à lui", "également"): the byte of the space before the next
/// token, or `at`.
fn skip_aside(fs: &str, at: usize) -> usize {
    const ASIDES: &[&str] = &[
        " pour sa part",
        " pour leur part",
        " de son cote",
        " de leur cote",
        " quant a lui",
        " quant a elle",
        " quant a eux",
        " lui aussi",
        " elle aussi",
        " eux aussi",
        " egalement",
        " aussi",
        " par ailleurs",
        " en outre",
        " toutefois",
        " cependant",
        " neanmoins",
    ];
    let rest = &fs.as_bytes()[at..];
    ASIDES
        .iter()
        .find(|a| {
            rest.starts_with(a.as_bytes())
                && rest.get(a.len()).is_some_and(|&b| b == b' ')
        })
        .map_or(at, |a| at + a.len())
}

/// Where the folded text `fs` goes on after byte `at` (the end of a
/// token) once at most two day words are skipped ("lundi", "lundi soir",
/// "hier matin"): the byte of the space before the next token, or `at`.
fn skip_day_words(fs: &str, at: usize) -> usize {
    let mut end = at;
    for _ in 0..2 {
        let Some(rest) = fs.get(end..).and_then(|r| r.strip_prefix(' '))
        else {
            break;
        };
        let word = rest.split(' ').next().unwrap_or("");
        let day = is_day_word(word) || matches!(word, "soir" | "matin");
        if !day {
            break;
        }
        end += 1 + word.len();
    }
    end
}

/// First words of [`SAYING`], for a quick test before the look-up.
static SAYING_SET: Phrases = Phrases::new(SAYING);

/// The markers of [`SAYING`] by their first word: a sentence's tokens are
/// looked up, not compared with every marker.
static SAYING_BY_FIRST_WORD: once_cell::sync::Lazy<
    HashMap<&'static str, Vec<usize>, WordHash>,
> = once_cell::sync::Lazy::new(|| {
    let mut m: HashMap<&'static str, Vec<usize>, WordHash> =
        HashMap::default();
    for (i, marker) in SAYING.iter().enumerate() {
        let first = marker.split(' ').next().unwrap_or(marker);
        m.entry(first).or_default().push(i);
    }
    m
});

/// Maps of short keys only looked up: [`crate::keyhash`].
type WordHash = crate::keyhash::KeyHash;

/// `s.to_lowercase()`, borrowed when that changes nothing: a trigger is
/// mostly written in lowercase already, with accents of Latin-1, "œ" and
/// the typographic apostrophe.
fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    let unchanged = s.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            matches!(c, '\u{e0}'..='\u{ff}' | 'œ' | '’')
        }
    });
    if unchanged {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// The folded offsets of a trigger's window and of the trigger
/// (`from_original` of their starts), found once for [`assign_arguments`]
/// and [`set_attributes`].
#[derive(Clone, Copy)]
struct FoldedAt {
    sent: usize,
    trig: usize,
}

impl FoldedAt {
    fn new(ctx: &Context<'_>, sent: Span, trig: Span) -> FoldedAt {
        FoldedAt {
            sent: ctx.folded.from_original(sent.start),
            trig: ctx.folded.from_original(trig.start),
        }
    }
}

/// "l'attaque d'une position de l'armée", "ont attaqué une base de la
/// MINUSMA": the force a struck site belongs to is hit too.
fn site_owners(ctx: &Context<'_>, args: &[Arg], d: &mut EventDraft) {
    let ents = &ctx.entities.drafts;
    let mut owners: Vec<usize> = Vec::new();
    for a in args {
        if a.kind != EntityKind::Place
            || !d.target.contains(&a.entity)
            || !matches!(ents[a.entity].subkind.as_ref(), "feature" | "camp")
        {
            continue;
        }
        let owner = args.iter().find(|b| {
            b.kind == EntityKind::Actor
                && b.span.start >= a.span.end
                && b.span.start <= a.span.end + 8
                && matches!(
                    folded_of(ctx, Span::new(a.span.end, b.span.start)),
                    "de" | "du" | "des" | "de la" | "de l'" | "d'"
                )
                && (is_armed(&ents[b.entity].subkind)
                    || ents[b.entity].subkind == "intl_org")
        });
        if let Some(b) = owner {
            owners.push(b.entity);
        }
    }
    for e in owners {
        if !d.agent.contains(&e) {
            push_unique(&mut d.target, e);
        }
    }
}

/// Whether the verb at byte `at` follows a quote of more than three words
/// and a comma, the auxiliary aside: "… blocus », a menacé sur X le
/// porte-parole" (not the nickname of 'dit « Barbecue », a menacé').
fn after_a_quote(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let before = before
        .strip_suffix(" a")
        .or_else(|| before.strip_suffix(" ont"))
        .unwrap_or(before)
        .trim_end();
    before
        .strip_suffix(',')
        .map(str::trim_end)
        .and_then(|b| b.strip_suffix(['»', '"', '”']))
        .is_some_and(|quoted| {
            let opened = quoted.rfind(['«', '"', '“']).unwrap_or(0);
            quoted[opened..].split_whitespace().count() > 3
        })
}

/// Who or what a threat is made against, named in its complement before
/// the clause turns to a condition: "a menacé de « marcher sur »
/// Pétion-Ville", "menace de s'en prendre aux agents de police de
/// Guayaquil" (the police; the city stays where they are), "a menacé
/// mercredi de « frapper les sanctuaires du TTP »", but not what "si le
/// Hezbollah ne désarme pas" sets as its condition. An actor comes before
/// a place; a noun ("les menaces du JNIM contre les transporteurs")
/// reaches only past "contre".
fn threat_target(
    ctx: &Context<'_>,
    trig: Span,
    sent: Span,
    verb: bool,
    args: &[Arg],
    d: &mut EventDraft,
) {
    const STOPS: &[&str] = &[
        "si",
        "s'il",
        "s'ils",
        "sauf",
        "tant",
        "faute",
        "lorsque",
        "lorsqu'il",
        "lorsqu'ils",
        "quand",
        "mais",
        "car",
        "alors",
        "afin",
        "pour",
        "apres",
        "selon",
        "a-t-il",
        "a-t-elle",
        "ont-ils",
        "qui",
        "dont",
        "ou",
        "et",
        "sans",
        "que",
        "qu'il",
        "qu'ils",
        "qu'elle",
        "qu'elles",
    ];
    // "», a averti son porte-parole, …": the speaker told after a quote.
    if after_a_quote(ctx.text, trig.start) {
        return;
    }
    let f0 = ctx.folded.from_original(trig.end);
    let f1 = ctx.folded.from_original(sent.end).max(f0);
    let folded = &ctx.folded.text[f0..f1];
    let base = folded.as_ptr() as usize;
    let mut stop = f1;
    let mut noun_reach: Option<usize> = None;
    for (i, w) in words_of(folded).enumerate() {
        let at = f0 + (w.as_ptr() as usize - base);
        // ", en représailles aux raids de la coalition": an adjunct.
        let adjunct =
            w == "en" && ctx.folded.text[..at].trim_end().ends_with(',');
        if i >= 16 || STOPS.contains(&w) || adjunct {
            stop = at;
            break;
        }
        if !verb && noun_reach.is_none() && w == "contre" {
            noun_reach = Some(at);
        }
    }
    // The clause may end earlier, at a semicolon or a colon.
    if let Some(k) = ctx.folded.text[f0..stop].find([';', ':']) {
        stop = f0 + k;
    }
    let from = if verb {
        f0
    } else {
        match noun_reach {
            Some(at) if at < stop => at,
            _ => return,
        }
    };
    let ents = &ctx.entities.drafts;
    let inside = |a: &&Arg| {
        a.span.start >= trig.end
            && a.span.end <= sent.end
            && (from..stop).contains(&ctx.folded.from_original(a.span.start))
            && !d.agent.contains(&a.entity)
            && !d.source.contains(&a.entity)
    };
    let actor = args.iter().filter(inside).find(|a| {
        a.kind == EntityKind::Actor
            && !matches!(ents[a.entity].subkind.as_ref(), "media" | "other")
    });
    if let Some(a) = actor {
        push_unique(&mut d.target, a.entity);
        return;
    }
    // "leurs attaques contre les navires en mer Rouge": where, not what.
    if let Some(a) = args.iter().filter(inside).find(|a| {
        a.kind == EntityKind::Place && prep_before(ctx, a.span.start) != "en"
    }) {
        push_unique(&mut d.target, a.entity);
        d.location.retain(|&e| e != a.entity);
    }
}

/// The participle of "qui ont visé", "qui a tué", "qui avaient frappé"
/// (a verb of striking after "qui" and its auxiliary) that opens the
/// text at byte `at`, before `end`.
fn struck_in_relative(text: &str, at: usize, end: usize) -> Option<Span> {
    let rest = &text[at..stretch_after(text, at, 40).min(end).max(at)];
    let mut words = rest.split_whitespace();
    if words.next()? != "qui"
        || !matches!(words.next()?, "a" | "ont" | "avait" | "avaient")
    {
        return None;
    }
    let verb = words.next()?;
    let stem = verb.trim_end_matches('s').trim_end_matches('e');
    if !matches!(
        stem,
        "visé"
            | "touché"
            | "frappé"
            | "ciblé"
            | "tué"
            | "coûté"
            | "détruit"
            | "endommagé"
            | "blessé"
            | "fait"
    ) {
        return None;
    }
    let from = at + rest.find(verb)?;
    Some(Span::new(from, from + verb.len()))
}

#[allow(clippy::too_many_arguments)]
fn assign_arguments<'a>(
    ctx: &Context<'a>,
    preps: &Preps<'a>,
    marks: &ClauseMarks,
    trig: Span,
    pos: Option<Pos>,
    sent: Span,
    at: FoldedAt,
    args: &[Arg],
    markers: &[(usize, usize, usize)],
    d: &mut EventDraft,
) {
    let kind = d.kind.as_str();
    let ents = &ctx.entities.drafts;
    let clause = clause_of(ctx, marks, sent, trig, args);
    // "les frappes de l'aviation israélienne qui ont visé mardi des chars
    // aux abords de Soueïda": a relative clause telling what the deed
    // struck is the deed's own.
    let clause = match struck_in_relative(ctx.text, clause.end, sent.end) {
        Some(verb) if !matches!(pos, Some(Pos::Verb)) => Span::new(
            clause.start,
            clause_of(ctx, marks, sent, verb, args).end.max(clause.end),
        ),
        _ => clause,
    };
    let original = lowercase(&ctx.text[trig]);
    // "ne se sont pas emparés": the negation a denied form holds is
    // passed.
    let original = match original.strip_prefix("ne ") {
        Some(r) => r
            .split(' ')
            .filter(|w| !matches!(*w, "pas" | "jamais" | "plus"))
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        None => original,
    };
    // The verb of a verb trigger: "prise" in "prise à partie", "emparés"
    // in "se sont emparés".
    let last_word = original
        .split(' ')
        .find(|w| {
            !matches!(*w, "se" | "sont" | "est" | "s'est" | "s’est")
                && !w.starts_with("s'")
                && !w.starts_with("s’")
        })
        .unwrap_or("");
    let verb = matches!(pos, Some(Pos::Verb));
    // "encerclait", "bombardaient" are imperfects, not participles
    // ("détruit", "fait", "extrait" are).
    let imperfect = (last_word.ends_with("ait") || last_word.ends_with("ais"))
        && !last_word.ends_with("fait")
        && !last_word.ends_with("trait");
    let participle = verb
        && PARTICIPLE_ENDINGS.iter().any(|e| last_word.ends_with(e))
        && !last_word.ends_with("ent")
        && !imperfect;
    // The two words before the trigger, across quotes ("avoir «
    // neutralisé»").
    // The folded start of the trigger, found once for both windows below.
    let f_trig = at.trig;
    // A speaker who announces a deed named right after the verb ("la
    // police a annoncé l'arrestation de trois insurgés"): a source that
    // may also be its doer.
    let mut noun_teller: Option<usize> = None;
    // Who "fait état de" the event: its teller, never its doer.
    let mut reported_by: Option<usize> = None;
    let before_trig: FewWords = {
        let f0 = ctx
            .folded
            .from_original(trig.start.saturating_sub(60).max(sent.start));
        let f1 = f_trig;
        let mut f0 = f0;
        while !ctx.folded.text.is_char_boundary(f0) {
            f0 += 1;
        }
        FewWords::last_of(&ctx.folded.text[f0..f1.max(f0)], 2)
    };
    let active_aux = before_trig.iter().any(|w| ACTIVE_AUX.contains(w));
    let passive_aux = before_trig.iter().any(|w| PASSIVE_AUX.contains(w));
    // "se sont emparés" is active; "ont été enlevés", "soldats enlevés
    // par" are passive.
    let pronominal = original.starts_with("se ")
        || original.starts_with("s'")
        || original.starts_with("s’")
        || before_trig.iter().any(|w| {
            matches!(*w, "se" | "s'est" | "s'etaient" | "s'etait" | "s'etre")
        });
    // "ont incendié des maisons et enlevé des femmes": an auxiliary
    // further back in the clause still governs the participle.
    let clause_back: FewWords = {
        let f0 = ctx.folded.from_original(clause.start);
        let f1 = f_trig;
        FewWords::last_of(&ctx.folded.text[f0..f1.max(f0)], 8)
    };
    let back = &clause_back[clause_back.len().saturating_sub(8)..];
    // "ne se sont pas emparés", "ne s'est jamais rendu": denied, still
    // pronominal.
    // "se sont brièvement emparés", "se sont ensuite retirés": an adverb
    // between the auxiliary and the participle.
    let pronominal = pronominal || {
        let last3 = &back[back.len().saturating_sub(3)..];
        last3.last().is_some_and(|w| {
            w.ends_with("ment")
                || matches!(
                    *w,
                    "deja" | "ensuite" | "alors" | "aussi" | "vite" | "encore"
                )
        }) && last3
            .iter()
            .any(|w| matches!(*w, "se" | "s'est" | "s'etaient" | "s'etait"))
    };
    let pronominal = pronominal || {
        let last4 = &back[back.len().saturating_sub(4)..];
        last4.iter().any(|w| matches!(*w, "pas" | "jamais" | "plus"))
            && last4.iter().any(|w| {
                matches!(*w, "se" | "s'est" | "s'etaient" | "s'etait")
            })
    };
    let passive_back = back
        .iter()
        .any(|w| matches!(*w, "ete" | "etaient" | "etait" | "etre"));
    let active_back = back.iter().any(|w| ACTIVE_AUX.contains(w));
    // "ont repris le contrôle de Tongomayel, que les terroristes
    // occupaient, et libéré vingt-deux personnes": a participle right
    // after "et" shares the auxiliary of the verb before it, however far.
    let shared_active =
        participle && !passive_aux && before_trig.last() == Some(&"et") && {
            // (A few hundred bytes back at most: a text with no sentence
            // end stays linear.)
            let from = stretch_before(
                &ctx.folded.text,
                f_trig.max(at.sent),
                400,
                at.sent,
            );
            let head = &ctx.folded.text[from..f_trig.max(at.sent)];
            let last = |forms: &[&str]| {
                forms.iter().filter_map(|a| head.rfind(a)).max()
            };
            let active =
                last(&[" ont ", " a ", " avait ", " avaient ", " avons "]);
            let passive = last(&[" ete ", " est ", " sont ", " etaient "]);
            active.is_some_and(|a| passive.map_or(true, |p| a > p))
        };
    // ("ont été accusés d'avoir exécuté": the auxiliary right before the
    // participle is active, whatever the passive further back.)
    let passive = participle
        && !pronominal
        && !shared_active
        && (passive_aux
            || passive_back && !active_aux
            || !(active_aux || active_back));

    // Sources: the first actor after a verb of saying or "selon".
    let folded_sent_start = at.sent;
    let folded_sent_end = ctx.folded.from_original(sent.end);
    {
        // The markers of the window (found in text order for the whole
        // sentence), taken in the order of [`SAYING`].
        let lo = markers.partition_point(|m| m.1 < folded_sent_start);
        let hi = markers.partition_point(|m| m.1 < folded_sent_end);
        let mut near: Vec<(usize, usize, usize)> = markers[lo..hi.max(lo)]
            .iter()
            .filter(|m| m.2 <= folded_sent_end)
            .map(|&(mi, m0, m1)| (mi, m0, m1))
            .collect();
        near.sort_unstable();
        for &(mi, _, m1) in &near {
            // The word after the marker and its space.
            let orig_at =
                ctx.folded.original_start((m1 + 1).min(folded_sent_end));
            // "selon lequel": the source is the antecedent, not what
            // follows.
            if folded_word_after(ctx, orig_at).is_some_and(|w| {
                matches!(w, "lequel" | "laquelle" | "lesquels" | "lesquelles")
            }) {
                continue;
            }
            // "selon", "d'après" and "appris (auprès) de" govern the noun
            // right after them: "selon le bilan officiel, X …" does not
            // make X the source.
            let preposition = is_source_preposition(SAYING[mi]);
            // "a affirmé à l'AFP un officier": the medium told is passed.
            let medium_told = |m: &Arg| {
                !preposition
                    && m.kind == EntityKind::Actor
                    && ents[m.entity].subkind == "media"
                    && matches!(preps.of(ctx, m), "a" | "au" | "aux")
            };
            if let Some(a) = args.iter().find(|a| {
                a.span.start >= orig_at
                    && a.kind == EntityKind::Actor
                    && !medium_told(a)
            }) {
                // A title in apposition is fine: "selon le porte-parole du
                // gouvernement, X".
                if preposition
                    && has_clause_break(&ctx.text[orig_at..a.span.start])
                    && !(ents[a.entity].subkind == "person"
                        && words_of(folded_of(
                            ctx,
                            Span::new(orig_at, a.span.start),
                        ))
                        .any(|w| SPEAKER_TITLES.contains(&w)))
                {
                    continue;
                }
                // "a annoncé une offensive contre l'enclave de X": after a
                // verb, the speaker is its inverted subject, not a
                // complement, and comes before the event it reports.
                let p = preps.of(ctx, a);
                let titled = p == "de"
                    && folded_words_before(ctx, a.span.start, 4)
                        .iter()
                        .any(|w| SPEAKER_TITLES.contains(w));
                // "…, ont rapporté des témoins": "des" right after the verb
                // is the article of its inverted subject.
                // ("…, ont indiqué dimanche des responsables locaux": past
                // the day it was said.)
                let inverted = p == "de"
                    && words_of(folded_of(
                        ctx,
                        Span::new(orig_at, a.span.start),
                    ))
                    .all(|w| {
                        matches!(
                            w,
                            "des"
                                | "plusieurs"
                                | "certains"
                                | "soir"
                                | "matin"
                                | "apres-midi"
                        ) || crate::dates::is_day_word(w)
                    });
                // "a raconté à notre journal Jibrin Aminu": the audience's
                // "à" is not the speaker's.
                let after_audience = || {
                    past_audience(ctx, Span::new(orig_at, a.span.start))
                        .is_some_and(|p| {
                            ctx.text[p..a.span.start].trim().is_empty()
                        })
                };
                if !preposition
                    && (is_complement_prep(p)
                        && !titled
                        && !inverted
                        && !after_audience()
                        || (orig_at <= trig.start && trig.end <= a.span.start))
                {
                    continue;
                }
                // Past the medium told ("a affirmé à l'AFP le
                // porte-parole"): its "à" is no auxiliary.
                let from = args
                    .iter()
                    .filter(|m| {
                        m.span.start >= orig_at
                            && m.span.end <= a.span.start
                            && medium_told(m)
                    })
                    .map(|m| m.span.end)
                    .last()
                    .unwrap_or(orig_at);
                // Past an audience named by no entity: "a déclaré à la
                // presse le porte-parole", "a raconté à notre journal X".
                let from = past_audience(ctx, Span::new(from, a.span.start))
                    .unwrap_or(from);
                let between = folded_of(ctx, Span::new(from, a.span.start));
                let verb_between = between.split(' ').any(|w| {
                    matches!(
                        w,
                        "avoir"
                            | "etre"
                            | "que"
                            | "qu'"
                            | "qu"
                            | "avait"
                            | "ont"
                            | "a"
                            // "dément les informations selon lesquelles
                            // les jihadistes …": the subject of the
                            // clause denied.
                            | "lequel"
                            | "laquelle"
                            | "lesquels"
                            | "lesquelles"
                    )
                });
                // Past the medium told, the inverted subject: a few words,
                // or a titled speaker in apposition ("a indiqué à l'AFP le
                // porte-parole de la défense civile, Mahmoud Bassal").
                let gap = word_gap(ctx, from, a.span.start);
                let titled_apposed = gap <= 10
                    && ents[a.entity].subkind == "person"
                    && ctx.text[from..a.span.start].trim_end().ends_with(',')
                    && words_of(&between).any(|w| SPEAKER_TITLES.contains(&w));
                if (gap <= 6 || titled_apposed)
                    && !verb_between
                    && !stop_outside_titles(&ctx.text[orig_at..a.span.start])
                {
                    push_unique(&mut d.source, a.entity);
                    // "selon le porte-parole de l'armée, le brigadier Ali
                    // Kanso, …": the person in apposition speaks too.
                    if let Some(b) = args.iter().find(|b| {
                        b.span.start >= a.span.end
                            && b.kind == EntityKind::Actor
                    }) {
                        let gap = ctx.text[a.span.end..b.span.start].trim();
                        let words = folded_words(folded_of(
                            ctx,
                            Span::new(a.span.end, b.span.start),
                        ));
                        if ents[b.entity].subkind == "person"
                            && gap.starts_with(',')
                            && !has_clause_break(&gap[1..])
                            && words.len() <= 6
                            && words.iter().all(|w| {
                                matches!(*w, "le" | "la" | "l'")
                                    || SPEAKER_TITLES.contains(w)
                                    || MILITARY_RANKS.contains(w)
                                    // "le général de brigade", "de
                                    // corps d'armée".
                                    || matches!(
                                        *w,
                                        "de" | "brigade"
                                            | "division"
                                            | "corps"
                                            | "d'armee"
                                    )
                            })
                        {
                            push_unique(&mut d.source, b.entity);
                        }
                    }
                }
            }
        }
        // "L'ONU a indiqué que des hommes armés ont tué …": the subject of
        // a verb of saying whose clause reports the event.
        for &(mi, m0, m1) in &near {
            if is_source_preposition(SAYING[mi]) {
                continue;
            }
            let at = ctx.folded.original_start(m0);
            let after_at =
                ctx.folded.original_start((m1 + 1).min(folded_sent_end));
            if after_at > trig.start {
                continue;
            }
            // "Le ministère a affirmé dimanche avoir repris le contrôle
            // des routes": the speaker claims its own deed, and tells of
            // it.
            let claims_own = {
                let gap = FewWords::first_of(
                    words_of(folded_of(ctx, Span::new(after_at, trig.start))),
                    8,
                );
                if verb {
                    // ("a affirmé avoir « neutralisé une cellule »": an
                    // opening quote breaks no clause; "a affirmé mercredi
                    // s'être emparée": the trigger holds its auxiliary.)
                    let lead = &ctx.text[after_at..trig.start];
                    let own_aux = folded_of(ctx, trig).starts_with("s'etre ");
                    gap.len() <= 4
                        && !(has_clause_break(lead)
                            && has_clause_break(
                                &lead.replace(['«', '“', '"'], ""),
                            ))
                        && (matches!(gap.last(), Some(&("avoir" | "s'etre")))
                            || own_aux)
                } else {
                    // "a démenti avoir procédé à des arrestations", "affirme
                    // avoir mené des frappes": a deed named after a verb
                    // of doing.
                    let mut g: Vec<&str> = gap.iter().copied().collect();
                    while g.last().is_some_and(|x| {
                        is_article_or_to(x) || matches!(*x, "de" | "d'")
                    }) {
                        g.pop();
                    }
                    g.len() >= 2
                        && g.len() <= 5
                        && !has_clause_break(&ctx.text[after_at..trig.start])
                        && g[g.len() - 2] == "avoir"
                        && matches!(
                            g[g.len() - 1],
                            "procede"
                                | "mene"
                                | "lance"
                                | "effectue"
                                | "conduit"
                                | "commis"
                                | "perpetre"
                                | "orchestre"
                                // "affirme avoir repoussé une attaque":
                                // held off, and told by the side that did.
                                | "repousse"
                                | "dejoue"
                        )
                }
            };
            // "la police a annoncé l'arrestation de trois insurgés", "a
            // confirmé mercredi leur libération": the speaker tells of the
            // event named right after the verb, known and so definite
            // ("Le JNIM a annoncé une attaque" is the group's own deed).
            let tells_noun = !verb && {
                let all = FewWords::first_of(
                    words_of(folded_of(ctx, Span::new(after_at, trig.start))),
                    9,
                );
                // Past an aside: "a annoncé de son côté le déploiement",
                // "a pour sa part annoncé fin septembre le retrait".
                let aside = all
                    .iter()
                    .take_while(|w| {
                        STANCE_ASIDE_WORDS.contains(w)
                            || matches!(**w, "fin" | "debut" | "mi" | "mi-")
                            || MONTHS.contains(w)
                    })
                    .count();
                let gap = &all[aside..];
                gap.len() <= 3
                    && !has_clause_break(&ctx.text[after_at..trig.start])
                    && gap.iter().all(|w| {
                        matches!(
                            *w,
                            "l'" | "la"
                                | "le"
                                | "les"
                                | "leur"
                                | "leurs"
                                | "sa"
                                | "son"
                                | "ses"
                                | "de"
                                | "d'"
                                | "hier"
                                | "soir"
                                | "matin"
                        ) || w.starts_with("l'")
                            || WEEKDAYS.contains(w)
                    })
            };
            let word_after = folded_word_after(ctx, after_at);
            // "a affirmé mercredi que …", "a indiqué jeudi soir que …":
            // past the day of the statement.
            // ("affirme de son côté que …", "a assuré pour sa part que …",
            // "a indiqué en outre que …": past an aside.)
            let words_after = folded_words_after(ctx, after_at, 5);
            let first_after = words_after.iter().copied().find(|w| {
                !(is_day_word(w)
                    || STANCE_ASIDE_WORDS.contains(w)
                    || matches!(
                        *w,
                        "soir" | "matin" | "toutefois" | "cependant"
                    ))
            });
            let que = first_after.is_some_and(|w| matches!(w, "que" | "qu'"));
            // "qu'une frappe …": elided onto the next word.
            let elided_que = first_after
                .is_some_and(|w| w.starts_with("qu'") && w.len() > 3);
            // "L'OSDH fait état de 17 civils tués jeudi": the teller of a
            // toll or of a deed named in its complement.
            let reports_of = SAYING[mi].ends_with("etat")
                && word_after.is_some_and(|w| {
                    matches!(w, "de" | "du" | "des") || w.starts_with("d'")
                })
                && word_gap(ctx, after_at, trig.start) <= 10
                && !has_clause_break(&ctx.text[after_at..trig.start]);
            // "dément les informations selon lesquelles des militaires
            // ont exécuté des civils": the claims a speaker answers, and
            // the clause that tells them.
            let answers_claims = || {
                let all = FewWords::first_of(
                    words_of(folded_of(ctx, Span::new(after_at, trig.start))),
                    10,
                );
                // Past a day or an adverb: "a démenti mardi les
                // accusations", "dément formellement les informations".
                let skip = all
                    .iter()
                    .take_while(|x| {
                        WEEKDAYS.contains(x)
                            || matches!(
                                **x,
                                "hier"
                                    | "soir"
                                    | "matin"
                                    | "formellement"
                                    | "categoriquement"
                                    | "fermement"
                                    | "vigoureusement"
                                    | "encore"
                            )
                    })
                    .count();
                let w = &all[skip..];
                w.len() >= 4
                    && !has_clause_break(&ctx.text[after_at..trig.start])
                    && matches!(w[0], "les" | "des" | "ces" | "ses" | "l'")
                    && matches!(
                        w[1],
                        "informations"
                            | "allegations"
                            | "accusations"
                            | "affirmations"
                            | "rumeurs"
                            | "rapports"
                            | "assertions"
                            | "propos"
                    )
                    && w[2] == "selon"
                    && matches!(
                        w[3],
                        "lesquelles" | "lesquels" | "laquelle" | "lequel"
                    )
            };
            let told = claims_own || tells_noun || que || elided_que;
            let claims_answered = !told && answers_claims();
            if !told && !reports_of && !claims_answered {
                continue;
            }
            let mut speaker = args
                .iter()
                .filter(|a| a.kind == EntityKind::Actor && a.span.end <= at)
                .last();
            // "Le porte-parole de l'armée a indiqué que …", "L'état-major
            // des FAB a affirmé que …": the head of the subject speaks,
            // not the body in its complement.
            for _ in 0..3 {
                let Some(a) = speaker else { break };
                if !is_complement_prep(preps.of(ctx, a)) {
                    break;
                }
                let Some(head) = args
                    .iter()
                    .filter(|b| {
                        b.kind == EntityKind::Actor
                            && b.span.end <= a.span.start
                    })
                    .last()
                    .filter(|b| {
                        b.entity != a.entity
                            && genitive_gap(
                                ctx.text[b.span.end..a.span.start].trim(),
                            )
                    })
                else {
                    break;
                };
                speaker = Some(head);
            }
            let speaker = speaker.filter(|a| {
                let gap = &ctx.text[a.span.end..at];
                // "Le porte-parole de la junte, Zaw Min Tun, a
                // affirmé": a name in apposition, closed by its comma.
                // (Past a title or a rank after the comma: "Son
                // porte-parole, le ministre Alhamdou Ag Ilyène, a
                // affirmé".)
                let apposed = gap.trim() == ","
                    && (ctx.text[..a.span.start].trim_end().ends_with(',')
                        || {
                            let from =
                                stretch_before(ctx.text, a.span.start, 48, 0);
                            let lead = &ctx.text[from..a.span.start];
                            lead.rfind(',').is_some_and(|k| {
                                let ws: Vec<&str> = words_of(folded_of(
                                    ctx,
                                    Span::new(from + k + 1, a.span.start),
                                ))
                                .collect();
                                !ws.is_empty()
                                    && ws.len() <= 4
                                    && ws.iter().all(|w| {
                                        matches!(*w, "le" | "la" | "l'")
                                            || SPEAKER_TITLES.contains(w)
                                            || MILITARY_RANKS.contains(w)
                                    })
                            })
                        });
                // "Human Rights Watch (HRW) affirme": an acronym in
                // brackets closes the name.
                let acronym = gap.trim() == ")"
                    && ctx.text[..a.span.start].ends_with('(');
                (word_gap(ctx, a.span.end, at) <= 4 && !has_clause_break(gap)
                    || relative_aside(gap)
                    || apposed
                    || acronym)
                    && !is_complement_prep(preps.of(ctx, a))
            });
            // Behind an elided "qu'", only a speaker that wields no force
            // is told apart from the doer here (a ministry or an army
            // that announces an operation is its doer, found later).
            // ("Le ministère de la Santé fait état de 17 civils tués": who
            // reports a toll tells it, whatever it wields.)
            let speaker = speaker.filter(|a| {
                claims_own
                    || tells_noun
                    || que
                    || claims_answered
                    || reports_of
                    || !(is_armed(&ents[a.entity].subkind)
                        || ents[a.entity].subkind == "government")
            });
            // "L'armée affirme avoir repoussé une attaque des FSR": the
            // side that held it off tells of it; it was the attack's
            // target, not its doer.
            let held_off = claims_own
                && !verb
                && words_of(folded_of(ctx, Span::new(after_at, trig.start)))
                    .any(|w| matches!(w, "repousse" | "dejoue"));
            if let Some(a) = speaker {
                if held_off {
                    push_unique(&mut d.source, a.entity);
                } else if claims_own {
                    d.target.retain(|&e| e != a.entity);
                    push_unique(&mut d.source, a.entity);
                    if !verb {
                        noun_teller = Some(a.entity);
                        push_unique(&mut d.agent, a.entity);
                    }
                } else if tells_noun {
                    noun_teller = Some(a.entity);
                    push_unique(&mut d.source, a.entity);
                } else if reports_of {
                    reported_by = Some(a.entity);
                    d.target.retain(|&e| e != a.entity);
                    push_unique(&mut d.source, a.entity);
                } else if !d.agent.contains(&a.entity)
                    && !d.target.contains(&a.entity)
                {
                    push_unique(&mut d.source, a.entity);
                }
            }
        }
    }

    // Places.
    let object_at = after_time(ctx, trig, args);
    let mut locs: Vec<(u32, usize, usize)> = Vec::new();
    let mut last_located: Option<Span> = None;
    // The entity of `last_located`.
    let mut last_located_entity: Option<usize> = None;
    // The last destination: "ont fui vers Pemba et Mueda".
    let mut last_destination: Option<Span> = None;
    // "déployées à Cabo Delgado", "restent déployées": a participle with
    // no auxiliary of a deed tells where troops are.
    let stationed = || {
        (original.starts_with("déployé") || original.starts_with("stationn"))
            && !before_trig.iter().any(|w| {
                matches!(
                    *w,
                    "a" | "ont"
                        | "avait"
                        | "avaient"
                        | "ete"
                        | "etre"
                        | "va"
                        | "vont"
                        | "sera"
                        | "seront"
                        | "aura"
                        | "auront"
                )
            })
    };
    // "l'attentat qui a fait vingt morts vendredi soir dans un
    // restaurant de Mogadiscio": a relative clause on the trigger noun
    // tells of the event itself.
    let relative_on_trigger =
        !verb && folded_words_after(ctx, trig.end, 1).first() == Some(&"qui");
    // "le M23 s'empare de Masisi, des milliers de déplacés affluent vers
    // Goma": past a comma, a clause with a verb of its own (no relative)
    // holds none of this event's arguments.
    let finite = |w: &str| {
        matches!(w, "ont" | "a" | "sont" | "est" | "avaient" | "avait")
            || w.len() > 4
                && w.ends_with("ent")
                && !w.ends_with("ment")
                && w.chars().all(|c| c.is_lowercase())
    };
    let next_clause = |a: &Arg| {
        verb && a.span.start > trig.end
            && word_gap(ctx, trig.end, a.span.start) <= 30
            && {
                let gap = &ctx.text[trig.end..a.span.start];
                gap.rfind(',').is_some_and(|c| {
                    let tail: Vec<&str> = gap[c + 1..]
                        .split(|ch: char| {
                            !(ch.is_alphanumeric() || ch == '\'' || ch == '’')
                        })
                        .filter(|w| !w.is_empty())
                        .collect();
                    let opens_relative = tail.first().is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "qui"
                                | "que"
                                | "dont"
                                | "où"
                                | "et"
                                | "ou"
                                | "mais"
                        ) || w.starts_with("qu'")
                            || w.starts_with("lequel")
                            || w.starts_with("laquelle")
                    });
                    let after = ctx.text[a.span.end..]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    !opens_relative
                        && !has_clause_break(&gap[c + 1..])
                        && (tail.iter().any(|w| finite(w))
                            || !tail.is_empty() && finite(after))
                })
            }
    };
    for a in args.iter().filter(|a| a.kind == EntityKind::Place) {
        // A dateline ("BEYROUTH, 19 août (AFP) -") says where the
        // dispatch was filed, not where the event happened.
        if not_where_it_happened(ctx, a.span) {
            continue;
        }
        if next_clause(a) {
            continue;
        }
        let mut p = preps.of(ctx, a);
        // "se replier vers les zones désertiques de la province de Homs":
        // the place a move heads for, past a chain of nouns.
        if p == "a" && toward(ctx, a.span.start)
            || MOVING_KINDS.contains(&kind) && heading_for(ctx, a.span.start)
        {
            p = "vers";
        } else if matches!(
            kind,
            "attack" | "armed_clash" | "shelling" | "airstrike"
        ) && a.span.start >= trig.end
            && word_gap(ctx, trig.end, a.span.start) <= 8
            && heading_for(ctx, a.span.start)
        {
            // "l'ennemi a attaqué onze fois en direction d'Ivanopillia",
            // "des roquettes tirées en direction de Metoula": where the
            // blows go is where the fighting is.
            p = "a";
        }
        // A rubric before a headline ("Syrie-Irak : l'EI multiplie les
        // attaques") files the story; it does not place its events.
        if is_rubric_place(ctx, a.span) {
            continue;
        }
        // "à Ras Baalbek et (d')al-Qaa": a place coordinated with a
        // located one is located too, and so is one in apposition to it
        // ("à Solhan, un village de la province du Yagha").
        let mut chained = false;
        // "ont pilonné Kostiantynivka et Tchassiv Iar": a place joined
        // to a hit one is hit too.
        let mut joined_to_hit = false;
        if let Some(prev) =
            last_destination.filter(|_| MOVING_KINDS.contains(&kind))
        {
            let gap = folded_of(ctx, Span::new(prev.end, a.span.start));
            if matches!(
                gap,
                "et" | "ou"
                    | ","
                    | "puis"
                    | "et vers"
                    | ", vers"
                    | "et a"
                    | "et au"
                    | "et aux"
                    | "et dans"
                    | "et en"
            ) {
                push_unique(&mut d.destination, a.entity);
                last_destination = Some(a.span);
                continue;
            }
        }
        if let Some(prev) = last_located {
            let gap = folded_of(ctx, Span::new(prev.end, a.span.start));
            // "le village de Kalingi, à une quinzaine de kilomètres de
            // Minembwe, dans le territoire de Fizi": past a place a
            // distance is told from, the chain goes on from the one
            // located.
            let gap = distance_aside(ctx, args, prev, a.span)
                .map_or(gap, |b| {
                    folded_of(ctx, Span::new(b.end, a.span.start))
                });
            if chains_places(gap) {
                p = "a";
                chained = true;
                // "les villages de Pogno et de Nadjoundi".
                joined_to_hit = matches!(gap, "et" | "," | "et de" | "et d'")
                    && last_located_entity.is_some_and(|b| {
                        d.target.contains(&b)
                            && ents[b].kind == EntityKind::Place
                            && ents[b].subkind == ents[a.entity].subkind
                    });
            }
        }
        // "avant de se diriger vers Kabasha, en RDC": a place set in
        // apposition to one that is not where the event happened is not
        // either.
        if !chained && apposed_to_unplaced(ctx, args, a, &locs, d) {
            continue;
        }
        let dist = word_gap(ctx, trig.start, a.span.start);
        let on_trigger_relative = || {
            relative_on_trigger
                && a.span.start >= trig.end
                && dist <= 20
                && !has_clause_break(&ctx.text[trig.end..a.span.start])
        };
        let in_clause = clause.contains(a.span) || on_trigger_relative();
        // "L'armée, qui avait repris Kidal en novembre, a bombardé mardi
        // …": a place in a relative clause closed before the trigger
        // tells where the subject acted before, not where this happens.
        if !in_clause
            && !chained
            && a.span.end <= clause.start
            && in_closed_relative(ctx, sent, a.span, clause.start)
        {
            continue;
        }
        // "ont fui Solhan pour Sebba"; "sont arrivés à Adré", "affluent
        // dans les camps": where people arrive.
        let refuge = || {
            let ft = folded_of(ctx, trig);
            ft.contains("refuge") || ft.contains("refugi")
        };
        let arrival = kind == "displacement"
            && matches!(p, "a" | "au" | "aux" | "dans" | "en")
            && a.span.start >= trig.end
            && dist <= 6
            && {
                let ft = folded_of(ctx, trig);
                // "ont trouvé refuge à Birao", "se sont réfugiés au Tchad".
                ft.starts_with("arriv") || ft.starts_with("afflu") || refuge()
            };
        // "ont fui Monguno pour rejoindre le camp de Bakassi", "pour
        // regagner leurs maisons à Rafah": the place a flight reaches.
        let reached = kind == "displacement"
            && a.span.start >= trig.end
            && dist <= 10
            && !has_clause_break(&ctx.text[trig.end..a.span.start])
            && words_of(folded_of(ctx, Span::new(trig.end, a.span.start)))
                .any(|w| {
                    // ("pour se réfugier à Mandouri".)
                    [
                        "rejoindre",
                        "regagner",
                        "rallier",
                        "atteindre",
                        "refugier",
                    ]
                    .iter()
                    .any(|v| w.starts_with(&v[..v.len() - 2]))
                });
        // "joint à Ouahigouya, où il s'est réfugié dimanche": the place
        // a refuge is found in, named before "où".
        let refuge_where = kind == "displacement"
            && a.span.end <= trig.start
            && trig.start - a.span.end <= 60
            && refuge()
            && {
                let gap = &ctx.text[a.span.end..trig.start];
                gap.starts_with(", où ")
                    && !gap[", où ".len()..].contains([',', '.', ';'])
            };
        let arrival = arrival
            || reached
            || refuge_where
            // "ont quitté Wadajir pour le district de Kahda".
            || kind == "displacement"
                && a.span.start >= trig.end
                && dist <= 8
                && division_after(ctx, a.span.start, &["pour", "vers"]);
        // "ont déployé un bataillon à Minembwe", "a dépêché à Bawku",
        // "des renforts doivent arriver à Lamu": where troops are sent;
        // troops that stay ("déployées à Cabo Delgado depuis 2021",
        // "restent déployées au Niger") are located there.
        // ("a renforcé son dispositif autour de Kafolo, Tougbo et Téhini":
        // a place listed after a located one is located too.)
        let sent_to = kind == "deployment"
            && !chained
            && (matches!(p, "a" | "au" | "aux" | "dans" | "en" | "sur")
                || in_named_division(ctx, a.span.start))
            && a.span.start >= trig.end
            && dist <= 12
            && !stationed()
            // "progresse dans les quartiers": an advance moves within.
            && !["progress", "avanc", "patrouill", "rassembl"]
                .iter()
                .any(|v| original.starts_with(v));
        // "un convoi humanitaire … vers Djibo", "à destination
        // d'El-Geneina", "est arrivé lundi à Sam Ouandja": where aid goes.
        let aid_bound = kind == "humanitarian"
            && a.span.start >= trig.end
            && dist <= 10
            && (p == "vers" && in_clause || {
                let gap = folded_of(ctx, Span::new(trig.end, a.span.start));
                !has_clause_break(&ctx.text[trig.end..a.span.start])
                    && words_of(gap)
                        .any(|w| w == "destination" || w.starts_with("arriv"))
            });
        if aid_bound {
            push_unique(&mut d.destination, a.entity);
            last_destination = Some(a.span);
            continue;
        }
        // "ont pénétré en territoire soudanais": the land the trigger
        // ends in is where the move goes.
        let entered = kind == "deployment"
            && a.span.start > trig.start
            && a.span.start < trig.end
            && a.span.end > trig.end;
        if (p == "vers" && in_clause
            || arrival
            || sent_to
            || entered
            || p == "pour"
                && kind == "displacement"
                && a.span.start >= trig.end
                && dist <= 5)
            && MOVING_KINDS.contains(&kind)
        {
            push_unique(&mut d.destination, a.entity);
            last_destination = Some(a.span);
            continue;
        }
        // Measured from the trigger's end: "pris le contrôle de Kadugli",
        // "se sont emparés d'El-Facher". Only a "de" asks.
        // "a frappé les installations portuaires de Ras Issa": the place
        // of what a blow hits, past the noun and an adjective or two.
        let hit_of = || {
            verb && !passive
                && matches!(
                    kind,
                    "attack" | "airstrike" | "shelling" | "bombing"
                )
                && word_gap(ctx, object_at, a.span.start) <= 4
                && !has_clause_break(&ctx.text[object_at..a.span.start])
                && {
                    let w = folded_words(folded_of(
                        ctx,
                        Span::new(object_at, a.span.start),
                    ));
                    let n = w.len();
                    n >= 2
                        && !w[..n - 1].iter().any(|x| {
                            matches!(
                                *x,
                                "a" | "au"
                                    | "aux"
                                    | "dans"
                                    | "pour"
                                    | "par"
                                    | "vers"
                                    | "avec"
                                    | "contre"
                                    | "sur"
                                    | "qui"
                                    | "que"
                                    | "et"
                                    | "ou"
                                    | "en"
                                    | "de"
                                    | "d'"
                                    | "du"
                                    | "des"
                                    | "selon"
                            )
                        })
                }
        };
        let right_after = p == "de"
            && a.span.start >= object_at
            && (word_gap(ctx, object_at, a.span.start) <= 2
                || control_of(&folded_words(folded_of(
                    ctx,
                    Span::new(object_at, a.span.start),
                )))
                || hit_of());
        // "ont attaqué (dimanche) Solhan": the place an active verb acts
        // on, with at most a date between.
        let direct_object = verb && !passive && a.span.start >= trig.end && {
            // Nothing but dates, articles, a few adverbs and a noun of a
            // settlement between: "ont attaqué dans la nuit de lundi à
            // mardi le village de Litamanda", "a frappé de nouveau la
            // ville de Hodeïda".
            let bare = |from: usize, to: usize, before_date: bool| {
                let gap = folded_of(ctx, Span::new(from, to));
                words_of(gap).all(|w| {
                    OBJECT_GAP_WORDS.contains(&w)
                        || before_date && matches!(w, "dans" | "a" | "au")
                }) && !has_clause_break(&ctx.text[from..to])
            };
            let mut at = trig.end;
            let mut ok = true;
            for t in args.iter().filter(|t| {
                t.kind == EntityKind::Date
                    && t.span.start >= trig.end
                    && t.span.end <= a.span.start
            }) {
                ok &= bare(at, t.span.start, true);
                at = t.span.end;
            }
            ok && bare(at, a.span.start, false)
        };
        // A site that is attacked is a target too: "ont attaqué l'école
        // de gendarmerie", "le poste militaire a fait l'objet d'une
        // attaque".
        let facility = ents[a.entity].subkind == "feature"
            && ents[a.entity].row.is_none();
        if facility
            && matches!(kind, "attack" | "shelling" | "airstrike" | "bombing")
        {
            let passive_subject = a.span.end <= trig.start
                && !STOPS.any_in(&ctx.text[a.span.end..trig.start])
                && word_gap(ctx, a.span.end, trig.start) <= 12
                && words_of(folded_of(ctx, Span::new(a.span.end, trig.start)))
                    .any(|w| {
                        matches!(w, "l'objet" | "ete" | "etait" | "cible")
                    });
            if direct_object || passive_subject {
                push_unique(&mut d.target, a.entity);
                if passive_subject {
                    last_located = Some(a.span);
                    last_located_entity = Some(a.entity);
                    locs.push((place_rank(&ents[a.entity]), dist, a.entity));
                    continue;
                }
            }
        }
        let subkind = ents[a.entity].subkind.as_ref();
        let site = || {
            subkind == "camp"
                || subkind == "feature"
                    && is_struck_site_name(&ents[a.entity].canonical)
        };
        // "contre la base de Bohoma", "sur le marché central de
        // Nyanzale": the site is hit; the town it is in is where.
        let site_before = || {
            args.iter().any(|b| {
                b.kind == EntityKind::Place
                    && b.entity != a.entity
                    && b.span.end <= a.span.start
                    && b.span.end + 12 >= a.span.start
                    && matches!(
                        folded_of(ctx, Span::new(b.span.end, a.span.start)),
                        "de" | "d'" | "du" | "de la" | "de l'"
                    )
            })
        };
        // "une salve de roquettes sur Kiryat Shmona", "a tiré sur
        // Israël": rockets or shells fired at a town named bare, with no
        // article or site noun between, hit it (air strikes "sur Gaza"
        // are only where they fell).
        // ("tirs de roquettes lancés la veille sur Kiryat Shmona": past
        // the day they were fired.)
        let rained_on_by_name = || {
            kind == "shelling" && a.span.start > trig.start && {
                let w = folded_words_before(ctx, a.span.start, 5);
                let Some((&"sur", lead)) = w.split_last() else {
                    return false;
                };
                lead.iter()
                    .rev()
                    .find(|x| {
                        !(crate::dates::is_day_word(x)
                            || matches!(
                                **x,
                                "la" | "veille" | "matin" | "soir" | "nuit"
                            ))
                    })
                    .is_some_and(|b| {
                        is_blow_landing(b)
                            || b.starts_with("tir")
                            || b.starts_with("lance")
                    })
            }
        };
        // "une attaque contre le site de déplacés de Lala", "des obus
        // sont tombés sur le camp de Bulengo", "une frappe a touché le
        // marché": the place a blow is sent against or lands on,
        // past the nouns of a site.
        // "une frappe a touché une maison de Nousseirat": the house is
        // hit; the town it stands in is where.
        let building_of_town = || {
            matches!(subkind, "city" | "town" | "village")
                && matches!(
                    &folded_words_before(ctx, a.span.start, 2)[..],
                    [
                        "maison"
                            | "maisons"
                            | "immeuble"
                            | "immeubles"
                            | "habitation"
                            | "habitations"
                            | "domicile"
                            | "batiment"
                            | "batiments"
                            | "appartement"
                            | "voiture"
                            | "vehicule",
                        "de" | "d'"
                    ]
                )
        };
        let struck = !direct_object
            && matches!(
                kind,
                "attack" | "airstrike" | "shelling" | "bombing" | "siege"
            )
            && !site_before()
            && !building_of_town()
            && {
                let (head, before) = head_of_site(ctx, a.span.start);
                head == "contre"
                    || head == "sur" && (site() || is_blow_landing(before))
                    || is_hitting(head) && a.span.start > trig.end
                    // "Les frappes ont visé Muzaffarabad", "une frappe
                    // visant Kotli": a town named bare after the verb.
                    || is_hitting(p) && a.span.start > trig.end
                    || rained_on_by_name()
            };
        let located = direct_object
            || struck
            || matches!(
                p,
                "a" | "dans"
                    | "pres de"
                    | "en"
                    | "sur"
                    | "entre"
                    | "contre"
                    | "depuis"
            )
            // "ont frappé … à une vingtaine de kilomètres de Goundam": the
            // place a distance is told from, when no named place before
            // says where (a post or a camp does not).
            || p == "a distance de"
                && a.span.start >= trig.end
                && locs.iter().all(|l| ents[l.2].subkind == "feature")
            // "avance vers Deir Ez-Zor pour reprendre la ville"; not a
            // place a chain of nouns away ("se replier vers les zones
            // désertiques de la province de Homs"), where a move heads.
            // "repousser l'ennemi vers la frontière": where the enemy was
            // pushed, not where the fighting was.
            || p == "vers"
                && preps.of(ctx, a) == "vers"
                && (MOVING_KINDS.contains(&kind)
                    || !move_between(ctx, trig.end, a.span.start)
                        && !PUSH_VERBS.iter().any(|v| original.starts_with(v)))
            || (p == "de" && right_after);
        // "des tirs d'artillerie venus du territoire turc", "des roquettes
        // tirées depuis le Liban": where the blow comes from, not where it
        // falls.
        let origin = matches!(p, "de" | "depuis")
            && a.span.start > trig.end
            && folded_words(folded_of(
                ctx,
                Span::new(
                    stretch_before(ctx.text, a.span.start, 80, trig.end),
                    a.span.start,
                ),
            ))
            .iter()
            .rev()
            .take(4)
            .any(|w| {
                matches!(
                    *w,
                    "venus"
                        | "venu"
                        | "venue"
                        | "venues"
                        | "venant"
                        | "provenance"
                        | "tires"
                        | "tirees"
                        | "tire"
                        | "tiree"
                        | "lances"
                        | "lancees"
                        | "lance"
                        | "lancee"
                )
            });
        // "Le 12 juin 2023, à Kumba, dans le département de la Meme,
        // des séparatistes armés, appelés localement « Amba boys », ont
        // enlevé …": a place that opens the sentence, with only its day
        // before it, sets the scene however long the subject runs.
        // (Not where a speaker is: "À Moscou, le ministère a affirmé que
        // ses troupes avaient libéré …".)
        let fronted = || {
            a.span.end <= trig.start
                && dist <= 30
                && matches!(d.pos, Some(Pos::Verb))
                && !{
                    let between: Vec<&str> = words_of(folded_of(
                        ctx,
                        Span::new(a.span.end, trig.start),
                    ))
                    .collect();
                    // ("appelés localement « Amba boys »" names; "a
                    // appelé", "appelle" call.)
                    between.iter().enumerate().any(|(i, w)| {
                        matches!(*w, "que" | "qu'" | "qu" | "dit" | "selon")
                            || [
                                "affirm", "annonc", "declar", "indiqu",
                                "assur", "precis", "rapport", "estim",
                                "expliqu", "ajout", "confirm", "dement",
                                "accus",
                            ]
                            .iter()
                            .any(|p| w.starts_with(p))
                            || w.starts_with("appel")
                                && (w.starts_with("appell")
                                    || i > 0
                                        && ACTIVE_AUX
                                            .contains(&between[i - 1]))
                    })
                }
                // (Counted from the sentence's start only so far.)
                && ctx.text[sent.start..a.span.start]
                    .split_whitespace()
                    .take(9)
                    .count()
                    <= 8
                && !ctx.text[sent.start..a.span.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "a" | "ont"
                                | "est"
                                | "sont"
                                | "avait"
                                | "avaient"
                                | "été"
                                | "qui"
                                | "que"
                                | "selon"
                        )
                    })
        };
        // "a déployé des renforts autour de Sake, tandis que Washington a
        // appelé à un cessez-le-feu": a place in the clause a contrast
        // closes is not where the next clause's event happens.
        let contrasted = || {
            a.span.end <= trig.start
                && !in_clause
                && trig.start - a.span.end <= 200
                && folded_of(ctx, Span::new(a.span.end, trig.start))
                    .contains("tandis qu")
        };
        if located
            && !origin
            && (in_clause
                || dist <= 12 && !contrasted()
                || chained
                || fronted())
            && !(p == "a" && tied_to(ctx, a.span))
        {
            last_located = Some(a.span);
            last_located_entity = Some(a.entity);
            locs.push((place_rank(&ents[a.entity]), dist, a.entity));
            // "une attaque contre Djibo", "ont attaqué (dimanche) Djibo":
            // the town is hit. "le blocus d'El-Facher" hits the town too;
            // "l'attaque de Solhan" happened there, "l'attaque d'une
            // mosquée" hit it.
            let of_hit =
                p == "de" && right_after && (kind == "siege" || site());
            // A country is hit only where the blow is sent against it
            // ("une attaque contre le Bénin", "des roquettes sur
            // Israël"), not where it happens in it.
            let country_hit =
                subkind == "country" && (p == "contre" || struck);
            if (!matches!(subkind, "country" | "region") || country_hit)
                && ((p == "contre" || of_hit || direct_object)
                    && matches!(
                        kind,
                        "siege" | "attack" | "airstrike" | "shelling"
                    )
                    || struck
                    || joined_to_hit
                    // "25 roquettes ont été tirées vers les localités de
                    // Sdérot et de Nir Am": where fire is sent is hit.
                    || p == "vers"
                        && a.span.start > trig.end
                        && matches!(kind, "airstrike" | "shelling"))
            {
                push_unique(&mut d.target, a.entity);
            }
        }
    }
    // A bare border ("près de la frontière") leaves the place named
    // nearby to be found ("…, dans la province de l'Oudalan").
    if locs.iter().all(|l| l.0 == 9) {
        if let Some(a) = args
            .iter()
            .filter(|a| a.kind == EntityKind::Place)
            .filter(|a| place_rank(&ents[a.entity]) < 9)
            .filter(|a| !d.destination.contains(&a.entity))
            .filter(|a| !next_clause(a))
            .filter(|a| !not_where_it_happened(ctx, a.span))
            .filter(|a| {
                a.span.end > clause.start
                    || !in_closed_relative(ctx, sent, a.span, clause.start)
            })
            .filter(|a| {
                let w = folded_words_before(ctx, a.span.start, 2);
                // "des milliers d'habitants de Homs ont fui": those who flee
                // a place are its people.
                let people_of = kind == "displacement"
                    && w.first().is_some_and(|p| {
                        RESIDENT_NOUNS
                            .contains(&p.strip_prefix("d'").unwrap_or(p))
                    });
                people_of
                    || !w.last().is_some_and(|w| {
                        *w == "de" || *w == "d'" || *w == "du"
                    })
            })
            .filter(|a| {
                !is_rubric_place(ctx, a.span)
                    && !toward(ctx, a.span.start)
                    // ("ont poursuivi l'ennemi jusqu'à la frontière": a
                    // chase runs there.)
                    && !(MOVING_KINDS.contains(&kind)
                        && heading_for(ctx, a.span.start))
            })
            // "liés à Israël", "la frontière avec le Niger": ties and
            // neighbours are not where it happened.
            // "Arbinda, comme Djibo, vit sous le blocus": a likeness.
            .filter(|a| {
                !matches!(preps.of(ctx, a), "avec" | "comme")
                    && !tied_to(ctx, a.span)
            })
            .min_by_key(|a| word_gap(ctx, trig.start, a.span.start))
        {
            if word_gap(ctx, trig.start, a.span.start) <= 25 {
                locs.clear();
                locs.push((place_rank(&ents[a.entity]), 0, a.entity));
            }
        }
    }
    locs.sort();
    for (_, _, e) in locs {
        push_unique(&mut d.location, e);
    }

    // "L'ELN a libéré six militaires enlevés le 3 mars": a participle
    // right after its noun, with no auxiliary, tells what was done to the
    // noun.
    let reduced = reduced_participle(ctx, verb, trig, args);
    if let Some(n) = reduced {
        d.agent.retain(|&e| e != n);
        // "Les 137 élèves enlevés ont retrouvé leurs familles mardi": past
        // the main verb's auxiliary, what follows is the main verb's.
        d.target.retain(|&e| {
            e == n
                || !args.iter().any(|a| {
                    a.entity == e
                        && (a.span.end <= trig.start
                            || auxiliary_between(ctx, trig.end, a.span.start))
                })
        });
        push_unique(&mut d.target, n);
    }
    // Times: dates of the clause, else the nearest one close by.
    let dates: Vec<&Arg> = args
        .iter()
        .filter(|a| a.kind == EntityKind::Date)
        .filter(|a| !ctx.dateline.is_some_and(|dl| dl.overlaps(a.span)))
        .filter(|a| {
            a.span.end > clause.start
                || !in_closed_relative(ctx, sent, a.span, clause.start)
        })
        .filter(|a| !dates_other_event(ctx, trig, a.span))
        // "ont libéré vingt-deux personnes que les terroristes détenaient
        // depuis plusieurs mois": a date in a relative clause after the
        // trigger, past the clause's own verb, is that verb's.
        .filter(|a| {
            a.span.start < trig.end || {
                let w: Vec<&str> = words_of(folded_of(
                    ctx,
                    Span::new(trig.end, a.span.start),
                ))
                .collect();
                !w.iter()
                    .rposition(|x| {
                        matches!(*x, "que" | "qui" | "dont")
                            || x.starts_with("qu'")
                    })
                    // ("l'attaque, qui a eu lieu mardi": a relative
                    // clause on the trigger tells of the event.)
                    .is_some_and(|i| {
                        i > 0
                            && w[i..].iter().any(|x| {
                                x.ends_with("ait")
                                    || x.ends_with("aient")
                                    || matches!(
                                        *x,
                                        "a" | "ont"
                                            | "est"
                                            | "sont"
                                            | "avait"
                                            | "avaient"
                                    )
                            })
                    })
            }
        })
        // "au lendemain d'une série de frappes": the day after the strikes
        // dates what is told beside them, not the strikes.
        .filter(|a| !dated_from_trigger(ctx, trig, a.span))
        // "six militaires enlevés le 3 mars dernier": the date of a
        // participle after its noun is that participle's, not the main
        // verb's; and a reduced participle takes only the dates after it.
        .filter(|a| {
            if reduced.is_some() {
                a.span.start >= trig.end
                    && word_gap(ctx, trig.end, a.span.start) <= 6
                    && !auxiliary_between(ctx, trig.end, a.span.start)
            } else if a.span.end <= trig.start {
                // "Les 137 élèves enlevés le 7 mars ont été libérés": the
                // date of the subject's participle, not of the verb.
                // ("enlevées dimanche lors d'une attaque": with no main
                // verb between, the day is the attack's too.)
                let from =
                    stretch_before(ctx.text, a.span.start, 80, sent.start);
                !(auxiliary_between(ctx, a.span.end, trig.start)
                    && participle_dates(ctx, args, from, a.span.start))
            } else {
                !(a.span.start >= trig.end
                    && participle_dates(ctx, args, trig.end, a.span.start))
            }
        })
        .collect();
    let mut times: Vec<(usize, usize)> = dates
        .iter()
        .filter(|a| clause.contains(a.span))
        .map(|a| (word_gap(ctx, trig.start, a.span.start), a.entity))
        .collect();
    if times.is_empty() {
        times = dates
            .iter()
            .map(|a| {
                let before = a.span.end <= trig.start;
                (word_gap(ctx, trig.start, a.span.start), a.entity, before)
            })
            .filter(|&(g, _, before)| g <= 8 || before && g <= 16)
            .map(|(g, e, _)| (g, e))
            .collect();
    }
    // "… tués jeudi dans une embuscade, a annoncé vendredi le ministère":
    // the day of a verb of saying dates the telling, not the event, when
    // the event has a day of its own (a duration is not one).
    if times.len() > 1 {
        let told = |e: usize| {
            dates.iter().any(|a| {
                a.entity == e && {
                    let lead = folded_words_before(ctx, a.span.start, 1);
                    lead.first().is_some_and(|w| {
                        TELLING_VERBS.iter().any(|p| w.starts_with(p))
                    })
                }
            })
        };
        if times
            .iter()
            .any(|&(_, e)| !told(e) && !is_duration_entity(&ents[e]))
        {
            times.retain(|&(_, e)| !told(e));
        }
    }
    // "Dans un rapport publié mercredi, HRW affirme que des militaires
    // ont exécuté …": the day a report came out dates no deed it tells.
    times.retain(|&(_, e)| {
        !dates.iter().any(|a| {
            a.entity == e
                && a.span.end <= trig.start
                && word_gap(ctx, a.span.end, trig.start) <= 16
                && folded_words_before(ctx, a.span.start, 1)
                    .first()
                    .is_some_and(|w| {
                        w.starts_with("publi") || w.starts_with("diffus")
                    })
                && words_of(folded_of(ctx, Span::new(a.span.end, trig.start)))
                    .any(|w| w == "que" || w.starts_with("qu'"))
        })
    });
    // "L'attaque a été revendiquée lundi soir par le JNIM": the day
    // after a verb of claiming dates the claim, not the event.
    times.retain(|&(_, e)| {
        !dates.iter().any(|a| {
            a.entity == e
                && folded_words_before(ctx, a.span.start, 1)
                    .first()
                    .is_some_and(|w| w.starts_with("revendiqu"))
        })
    });
    // "après dix-huit mois de siège": the duration that measures the
    // trigger is its time. Elsewhere a point in time beats a duration.
    let is_duration = |e: usize| is_duration_entity(&ents[e]);
    let measures = |e: usize| {
        is_duration(e)
            && dates.iter().any(|a| {
                a.entity == e
                    && a.span.end <= trig.start
                    && trig.start - a.span.end <= 4
                    && matches!(
                        folded_of(ctx, Span::new(a.span.end, trig.start)),
                        "de" | "d'"
                    )
            })
    };
    if let Some(&own) = times.iter().find(|&&(_, e)| measures(e)) {
        times = vec![own];
    } else if times.iter().any(|&(_, e)| !is_duration(e)) {
        times.retain(|&(_, e)| !is_duration(e));
    }
    times.sort();
    for (_, e) in times {
        push_unique(&mut d.time, e);
    }

    // Actors after the trigger, by preposition.
    // A speaker found after the trigger is no other role there; before
    // it, the same actor may still be the subject ("Le Hezbollah a tiré
    // des roquettes, a annoncé le mouvement chiite libanais").
    let actors: Vec<&Arg> = args
        .iter()
        .filter(|a| {
            a.kind == EntityKind::Actor
                && !(d.source.contains(&a.entity) && a.span.start >= trig.end)
                && !next_clause(a)
        })
        .collect();
    let mut first_after = true;
    // An agent found in a relative clause on the trigger, which then
    // needs no subject before it.
    let mut relative_agent = false;
    let mut last_support: Option<usize> = None;
    // "des combats avec les FARDC": the other side is named, so the
    // subject is a side even where the clash only dates its clause.
    let mut counterpart = false;
    // "la guerre entre l'armée du général X et les FSR de Y": the second
    // side of "entre … et" may come further.
    // So may the sides of "des affrontements ont opposé lundi soir à
    // Tripoli deux groupes armés", "des affrontements à l'arme lourde ont
    // opposé …".
    let opposing = kind == "armed_clash"
        && folded_words_after(ctx, trig.end, 6)
            .iter()
            .any(|w| w.starts_with("oppos"));
    let reach = if matches!(
        kind,
        "armed_clash" | "negotiation" | "ceasefire" | "agreement"
    ) && folded_words_after(ctx, trig.end, FEW)
        .iter()
        .any(|w| *w == "entre")
        || opposing
    {
        16
    } else {
        8
    };
    // "des pourparlers entre l'armée et les FSR, menés sous l'égide des
    // Etats-Unis, de l'Arabie saoudite et de l'Egypte", "un cessez-le-feu
    // négocié par l'intermédiaire du contingent russe": the mediators
    // take part in talks.
    let mediated_by = |a: &Arg| -> bool {
        if kind != "negotiation" {
            return false;
        }
        let f0 = ctx.folded.from_original(trig.end);
        let f1 = ctx.folded.from_original(a.span.start);
        let between = &ctx.folded.text[f0..f1.max(f0)];
        let Some(at) =
            ["egide", "mediation", "parrainage", "entremise", "intermediaire"]
                .iter()
                .filter_map(|n| between.rfind(n).map(|i| i + n.len()))
                .max()
        else {
            return false;
        };
        // Only the list of mediators lies between: their names, commas,
        // "et" and the articles of "de".
        let list_start = ctx.folded.original_start(f0 + at);
        let only_links = |from: usize, to: usize| {
            words_of(folded_of(ctx, Span::new(from, to))).all(|w| {
                matches!(
                    w,
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "l'"
                        | "la"
                        | "le"
                        | "les"
                        | "et"
                )
            })
        };
        let mut cursor = list_start;
        for x in args.iter().filter(|x| {
            x.kind == EntityKind::Actor
                && x.span.start >= list_start
                && x.span.end <= a.span.start
        }) {
            if !only_links(cursor, x.span.start) {
                return false;
            }
            cursor = x.span.end;
        }
        only_links(cursor, a.span.start)
    };
    // "la traque des groupes armés", "la poursuite des assaillants": who
    // follows "de" is hunted, not hunting.
    let pursuit = !verb
        && ["traque", "poursuite"]
            .iter()
            .any(|p| folded_of(ctx, trig).starts_with(p));
    for a in actors.iter().filter(|a| a.span.start >= trig.end) {
        let gap = word_gap(ctx, trig.end, a.span.start);
        if gap <= 32
            && !STOPS.any_in(&ctx.text[trig.end..a.span.start])
            && mediated_by(a)
        {
            push_unique(&mut d.agent, a.entity);
            first_after = false;
            continue;
        }
        // "ont été enlevés près de Bagaroua, dans le département de
        // Tahoua, par des hommes armés": a passive's doer may follow the
        // places and dates of the deed.
        let setting_gap = || {
            let settings: usize = args
                .iter()
                .filter(|x| {
                    matches!(x.kind, EntityKind::Date | EntityKind::Place)
                        && x.span.start >= trig.end
                        && x.span.end <= a.span.start
                })
                .map(|x| words_of(folded_of(ctx, x.span)).count())
                .sum();
            gap.saturating_sub(settings)
        };
        let passive_by =
            passive && preps.of(ctx, a) == "par" && setting_gap() <= 8;
        // The sides of "entre … et", "opposé … à" may be long names:
        // their words do not count ("ont opposé les insurgés aux soldats
        // des Forces armées de défense du Mozambique (FADM) et à des
        // troupes rwandaises").
        let names_between = || {
            if reach > 8 {
                args_words_between(ctx, args, trig.end, a.span.start, |_| true)
            } else {
                date_words_between(ctx, args, trig.end, a.span.start)
            }
        };
        // "une attaque menée par une centaine de terroristes contre un
        // détachement de l'armée": the hit group may follow the doer's
        // long name.
        let hit_past_doer = || {
            (gap.saturating_sub(args_words_between(
                ctx,
                args,
                trig.end,
                a.span.start,
                |_| true,
                // ("une colonne de véhicules du GNA": what the column is made
                // of lies between.)
            )) <= reach + 2
                // "contre des cibles de l'organisation terroriste
                // séparatiste PKK": the words of the body's kind.
                || gap <= 2 * reach)
                && targeted_through_position(ctx, a.span.start)
        };
        // "ont opposé la Brigade 444, commandée par Mahmoud Hamza, à …":
        // the commander in the aside is no side; the side after it is.
        if opposing
            && gap <= 2 * reach
            && a.span.end - trig.end <= 400
            && inside_past_participle_aside(&ctx.text[trig.end..a.span.end])
        {
            continue;
        }
        if gap > reach
            && gap.saturating_sub(names_between()) > reach
            && !passive_by
            && !hit_past_doer()
            || STOPS.any_in(&ctx.text[trig.end..a.span.start])
        {
            break;
        }
        let p = preps.of(ctx, a);
        let p = if matches!(p, "de" | "du" | "des" | "d'") {
            prep_before_body(ctx, a.span.start).unwrap_or(p)
        } else {
            p
        };
        let same_clause = clause.contains(a.span);
        // "des affrontements ont opposé l'armée aux jihadistes", "des
        // combats opposant X et Y": both sides clash.
        // "La guerre, qui oppose depuis avril 2023 l'armée aux FSR".
        let relative_oppose = {
            let f = folded_of(ctx, Span::new(trig.end, a.span.start));
            let f = f.trim_start_matches([',', ' ']);
            f.starts_with("qui oppos") && !f.contains([',', ';', '.'])
        };
        if kind == "armed_clash"
            && (relative_oppose
                || !breaks_clause_outside_brackets(
                    &ctx.text[trig.end..a.span.start],
                )
                || a.span.start - trig.end <= 400
                    && past_participle_aside(
                        &ctx.text[trig.end..a.span.start],
                    ))
            && words_of(folded_of(ctx, Span::new(trig.end, a.span.start)))
                .any(|w| w.starts_with("oppos"))
        {
            push_unique(&mut d.agent, a.entity);
            first_after = false;
            continue;
        }
        // "contre des positions de X", "visant le bastion de X": the
        // group whose positions are hit is the target.
        // ("les bases du PKK": after a locative noun the preposition
        // reads as "à", as for a place; "des cibles de l'organisation
        // terroriste PKK": past the body's kind.)
        // (Not a gathering's own members: "des rassemblements de
        // manifestants" protest.)
        if kind != "protest" && targeted_through_position(ctx, a.span.start) {
            push_unique(&mut d.target, a.entity);
            first_after = false;
            continue;
        }
        // "tombé aux mains de X": X takes it; "repris des mains de X",
        // "libérer Tal Afar des gangs de Daech": X loses it.
        if p == "de" && kind == "capture" {
            let lead = folded_words_before(ctx, a.span.start, 4);
            let hands = ["mains de", "mains du", "mains des", "mains d'"]
                .iter()
                .find(|h| ends_with_any(&lead, &[h]));
            let from_hands = hands.is_some_and(|h| {
                lead.len() > h.split(' ').count()
                    && lead[lead.len() - h.split(' ').count() - 1] == "des"
            });
            let place_between = args.iter().any(|b| {
                b.kind == EntityKind::Place
                    && b.span.start >= trig.end
                    && b.span.end <= a.span.start
            });
            // "passée sous le contrôle du M23": X holds it now.
            let control = {
                let back = words_before_articles(ctx, a.span.start, 6);
                ends_with_any(
                    &back,
                    &[
                        "sous le controle de",
                        "sous le controle du",
                        "sous le controle des",
                        "sous le controle d'",
                    ],
                )
            };
            // "ont repris le contrôle de Kareri, tombé aux mains des
            // terroristes": the fall told after this trigger is another
            // capture; who took the place then loses it now.
            let fell_after = hands.is_some()
                && !folded_of(ctx, trig).starts_with("tomb")
                && words_of(folded_of(ctx, Span::new(trig.end, a.span.start)))
                    .any(|w| w.starts_with("tomb"));
            if fell_after && !from_hands {
                push_unique(&mut d.target, a.entity);
                first_after = false;
                continue;
            }
            if (hands.is_some() && !from_hands) || control {
                push_unique(&mut d.agent, a.entity);
                first_after = false;
                continue;
            }
            if from_hands || verb && same_clause && place_between {
                push_unique(&mut d.target, a.entity);
                first_after = false;
                continue;
            }
        }
        // "avec l'appui de X et de Y": those who back the action take
        // part in it, as do those who fight "aux côtés des VDP" (troops
        // sent alongside a group are not its deed).
        let support = p == "de" && {
            let back = words_before_articles(ctx, a.span.start, 5);
            ends_with_any(
                &back,
                &[
                    "l'appui de",
                    "l'appui du",
                    "l'appui des",
                    "l'appui d'",
                    "soutien de",
                    "soutien du",
                    "soutien des",
                    "soutien d'",
                    "concours de",
                    "concours du",
                    "concours des",
                    "concours d'",
                ],
            ) || VIOLENT_KINDS.contains(&d.kind.as_str())
                && ends_with_any(
                    &back,
                    &[
                        "aux cotes de",
                        "aux cotes du",
                        "aux cotes des",
                        "aux cotes d'",
                    ],
                )
        };
        let support_more = p == "de"
            && last_support.is_some_and(|end| {
                let mut words =
                    words_of(folded_of(ctx, Span::new(end, a.span.start)));
                match words.next() {
                    None => true,
                    Some(first) => {
                        first == "et"
                            && JOINING_WORDS.contains(&first)
                            && words.all(|w| JOINING_WORDS.contains(&w))
                    }
                }
            });
        if support || support_more {
            push_unique(&mut d.agent, a.entity);
            last_support = Some(a.span.end);
            first_after = false;
            continue;
        }
        last_support = None;
        // "le blocus qu'imposent les FSR", "l'offensive que mène
        // l'armée", "l'attaque que les jihadistes ont menée".
        // "une frappe a visé la maison d'Akram al-Ajouri", "les raids
        // ont touché des positions du JNIM": what the event hit.
        // "des frappes ont ensuite visé dans la nuit de lundi à mardi les
        // assaillants": a date between is passed over.
        let dated_words =
            || date_words_between(ctx, args, trig.end, a.span.start);
        // "des frappes de l'armée de l'air ont ensuite visé les
        // insurgés": read past the doer named right after the noun.
        // (The arguments are in text order: only those between are read.)
        let doer_end = (!verb && gap > 6 && gap <= 24)
            .then(|| {
                let lo = args.partition_point(|x| x.span.start < trig.end);
                args[lo..]
                    .iter()
                    .take_while(|x| x.span.start < a.span.start)
                    .filter(|x| {
                        x.kind == EntityKind::Actor
                            && x.span.end <= a.span.start
                            && d.agent.contains(&x.entity)
                    })
                    .map(|x| x.span.end)
                    .max()
            })
            .flatten()
            .filter(|&end| end - trig.end <= 120);
        let from = doer_end.unwrap_or(trig.end);
        if !verb
            && (gap <= 6
                || gap <= 14 && gap - dated_words().min(gap) <= 6
                || doer_end
                    .is_some_and(|end| word_gap(ctx, end, a.span.start) <= 6))
            && !d.agent.contains(&a.entity)
        {
            let words =
                words_of(folded_of(ctx, Span::new(from, a.span.start)));
            let hit = words
                .clone()
                .find(|w| {
                    !ACTIVE_AUX.contains(w)
                        && !PASSIVE_AUX.contains(w)
                        && !matches!(
                            *w,
                            "ensuite" | "aussi" | "egalement" | "encore"
                        )
                })
                .is_some_and(is_hitting);
            if hit && !words.clone().any(|w| w == "par") {
                push_unique(&mut d.target, a.entity);
                first_after = false;
                continue;
            }
        }
        // "l'attaque qu'a condamnée l'ONU": a speaker; "que l'armée a
        // subie": the target; other verbs give no role.
        if let Some(v) = (!verb && first_after && gap <= 5)
            .then(|| relative_verb(ctx, trig.end, a.span))
            .flatten()
        {
            if CARRY_OUT.iter().any(|p| v.starts_with(p)) {
                push_unique(&mut d.agent, a.entity);
                relative_agent = true;
            } else if COMMENT_VERBS.iter().any(|p| v.starts_with(p)) {
                push_unique(&mut d.source, a.entity);
            } else if REPELLING_VERBS.iter().any(|p| v.starts_with(p))
                && VIOLENT_KINDS.contains(&kind)
            {
                push_unique(&mut d.target, a.entity);
            }
            first_after = false;
            continue;
        }
        match p {
            // "une attaque contre Djibo a été repoussée par l'armée": who
            // repels it is the one attacked.
            "par"
                if !verb
                    && VIOLENT_KINDS.contains(&kind)
                    && words_of(folded_of(
                        ctx,
                        Span::new(trig.end, a.span.start),
                    ))
                    .any(|w| {
                        REPELLING_VERBS.iter().any(|p| w.starts_with(p))
                    }) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            // "l'enlèvement de civils évoqué par des habitants", "une
            // attaque rapportée par des témoins": who tells of it.
            "par"
                if words_of(folded_of(
                    ctx,
                    Span::new(trig.end, a.span.start),
                ))
                .any(|w| REPORTED_BY.iter().any(|p| w.starts_with(p))) =>
            {
                push_unique(&mut d.source, a.entity)
            }
            // "un convoi escorté par l'armée": who escorts is hit with
            // what it escorts, and does not do the deed.
            "par"
                if escorting_before(ctx, a.span.start)
                    && VIOLENT_KINDS.contains(&kind) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            "par" if escorting_before(ctx, a.span.start) => {}
            // (A date between does not count: "enlevé il y a deux semaines
            // à Tripoli par des hommes armés".)
            // ("elles ont libéré trois habitants enlevés le 14 novembre
            // par les miliciens": after an active verb, "par" belongs to
            // the participle between.)
            "par"
                if !(verb
                    && !passive
                    && participle_between(ctx, trig.end, a.span.start))
                    && (same_clause
                        || gap <= 3
                        || passive_by
                        || gap.saturating_sub(date_words_between(
                            ctx,
                            args,
                            trig.end,
                            a.span.start,
                        )) <= 4) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "une attaque attribuée aux ADF", "imputée à Boko Haram",
            // "attribuée à des séparatistes" (whose "des" reads as "de").
            "a" | "de" | "des" | "d'" | "du"
                if gap <= 9 && attributed_to(ctx, a.span.start) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "les soupçons se portent sur X": a suspect, not a target.
            "sur"
                if folded_words_before(
                    ctx,
                    opening_quote_before(ctx.text, a.span.start),
                    4,
                )
                .iter()
                .any(|w| {
                    w.starts_with("soupcon") || w.starts_with("port")
                }) => {}
            "contre" | "visant" | "ciblant" | "sur" => {
                push_unique(&mut d.target, a.entity)
            }
            // "lors d'opérations conjointes avec l'armée ougandaise": the
            // partner of a joint operation takes part in it.
            "avec"
                if matches!(kind, "attack" | "airstrike" | "deployment")
                    && {
                        let f = folded_of(
                            ctx,
                            Span::new(trig.start, a.span.start),
                        );
                        f.contains("conjoint") || f.contains("commune")
                    } =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "des discussions entre émissaires du gouvernement et
            // représentants de certains groupes Fano", "les délégations de
            // Kinshasa et de l'AFC/M23": those who send envoys to the talks
            // are their parties.
            _ if matches!(kind, "negotiation" | "ceasefire" | "agreement")
                && a.span.start > trig.end
                && sent_envoys(ctx, a.span.start) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "un échange de prisonniers avec la Fédération de Russie":
            // the other side of a swap is one of its parties.
            "avec" | "entre" | "et"
                if matches!(
                    kind,
                    "negotiation" | "ceasefire" | "agreement" | "armed_clash"
                ) || kind == "release"
                    && folded_of(ctx, trig).starts_with("echange")
                    && (p != "et"
                        || a.span.start > trig.end
                            && a.span.start - trig.end <= 300
                            && words_of(folded_of(
                                ctx,
                                Span::new(trig.end, a.span.start),
                            ))
                            .any(|w| w == "entre")) =>
            {
                counterpart |= p == "avec" && kind == "armed_clash";
                push_unique(&mut d.agent, a.entity)
            }
            // ("a remis trois otages au CICR": who captives are handed
            // to is no target.)
            "a" if matches!(
                kind,
                "surrender" | "capture" | "release" | "threat"
            ) && same_clause
                && !(kind == "release" && original.starts_with("remi")) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            // "l'offensive de l'armée", "une attaque de plusieurs
            // centaines de terroristes": the same, through an article or
            // a quantifier.
            // "une offensive de factions de l'Armée nationale syrienne":
            // past a noun of a body of fighters.
            _ if first_after
                && !verb
                && ((2..=3).contains(&gap)
                    || gap <= 5
                        && folded_words(folded_of(
                            ctx,
                            Span::new(trig.end, a.span.start),
                        ))
                        .iter()
                        .any(|w| FIGHTER_BODIES.contains(w)))
                && noun_complement(ctx, trig.end, a.span.start) =>
            {
                if DE_AGENT_KINDS.contains(&kind) && !pursuit {
                    push_unique(&mut d.agent, a.entity)
                } else {
                    push_unique(&mut d.target, a.entity)
                }
            }
            // "ont attaqué (dimanche) un détachement de l'armée": the body
            // a unit or post of which is the object.
            _ if verb
                && first_after
                && !passive
                && VIOLENT_KINDS.contains(&kind)
                && unit_object_between(ctx, args, trig.end, a.span.start) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            // "le retrait, d'ici la fin de l'année, des quelque 1.500
            // militaires français": past an aside between commas.
            // (The aside is checked for its "de" itself: a hedge in the
            // mention hides it from the preposition read before.)
            _ if first_after
                && !verb
                && DE_AGENT_KINDS.contains(&kind)
                && de_past_aside(ctx, trig.end, a.span.start) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "une attaque d'envergure de la secte terroriste Boko Haram":
            // past the words of scale.
            _ if first_after
                && !verb
                && DE_AGENT_KINDS.contains(&kind)
                && !pursuit
                && of_past_scale(ctx, trig.end, a.span.start) =>
            {
                push_unique(&mut d.agent, a.entity)
            }
            // "la libération immédiate et sans conditions de nos 57
            // militaires": past the words that qualify a release.
            "de" if first_after
                && !verb
                && matches!(kind, "release" | "abduction" | "arrest")
                && {
                    let w = folded_words_after(ctx, trig.end, FEW);
                    w.iter()
                        .position(|x| matches!(*x, "de" | "des" | "du"))
                        .or_else(|| w.iter().position(|x| x.starts_with("d'")))
                        .is_some_and(|k| {
                            k > 0
                                && w[..k].iter().all(|x| {
                                    matches!(
                                        *x,
                                        "immediate"
                                            | "immediates"
                                            | "rapide"
                                            | "inconditionnelle"
                                            | "et"
                                            | "sans"
                                            | "condition"
                                            | "conditions"
                                            | "totale"
                                            | "effective"
                                    )
                                })
                        })
                } =>
            {
                push_unique(&mut d.target, a.entity)
            }
            // "la capitulation de Daech": right after a nominal trigger,
            // or past an adjective ("une embuscade complexe des
            // terroristes").
            // ("l'attaque sans précédent du Hamas".)
            "de" if first_after
                && !verb
                && (gap == 1
                    || gap == 2
                        && folded_word_after(ctx, trig.end)
                            .is_some_and(is_attack_adjective)
                    || gap == 3
                        && folded_words_after(ctx, trig.end, 2)[..]
                            == ["sans", "precedent"]
                    // "d'attaques récurrentes de l'État islamique".
                    || gap == 3 && {
                        let w = folded_words_after(ctx, trig.end, 3);
                        w.len() == 3
                            && is_attack_adjective(w[0])
                            && w[1] == "de"
                            && (w[2].starts_with("l'")
                                || matches!(
                                    w[2],
                                    "la" | "le" | "les" | "nos" | "notre"
                                ))
                    }) =>
            {
                if DE_AGENT_KINDS.contains(&kind) && !pursuit {
                    push_unique(&mut d.agent, a.entity)
                } else {
                    push_unique(&mut d.target, a.entity)
                }
            }
            // "ont pilonné les positions des jihadistes": inside the
            // object of an active verb, not of a time adjunct ("ont fui
            // après l'offensive des rebelles").
            // "ont pilonné à l'artillerie les positions des séparatistes":
            // the means named between is passed over.
            "de" if first_after
                && (gap <= 4
                    || gap.saturating_sub(date_words_between(
                        ctx,
                        args,
                        trig.end,
                        a.span.start,
                    )) <= 4
                    || gap <= 7
                        && instrument_between(
                            ctx,
                            Span::new(trig.end, a.span.start),
                        ))
                && verb
                && !passive
                && !words_of(folded_of(
                    ctx,
                    Span::new(trig.end, a.span.start),
                ))
                .any(|w| TIME_PREPOSITIONS.contains(&w)) =>
            {
                push_unique(&mut d.target, a.entity)
            }
            // (Past the day and the place of the deed: "a arrêté lundi
            // matin à Qasr cinq personnes".)
            // (Or past a setting set off by commas: "ont arrêté mardi,
            // dans le district de Hawija, quatre individus".)
            _ if verb
                && first_after
                && !passive
                && (gap <= 3
                    || setting_gap() <= 2
                        && !has_clause_break(
                            &ctx.text[trig.end..a.span.start],
                        )
                    || setting_aside(ctx, args, trig.end, a.span.start))
                && !matches!(
                    p,
                    "de" | "a"
                        | "selon"
                        | "avec"
                        | "pour"
                        | "par"
                        | "vers"
                        | "dans"
                        | "en"
                ) =>
            {
                // "qui combat l'armée": both sides of a fight are parties.
                if kind == "armed_clash" {
                    push_unique(&mut d.agent, a.entity)
                } else {
                    push_unique(&mut d.target, a.entity)
                }
            }
            _ => {}
        }
        first_after = false;
    }

    // "X a tué Y dans une frappe": the agent of an instrumental nominal
    // trigger is the sentence's subject.
    // Every phrase ends with an article or "de": the word before the
    // trigger is read alone first.
    let instrumental = !verb
        && FewWords::before(&ctx.folded.text, f_trig, 1).last().is_some_and(
            |w| {
                // The elided article is one word with its noun's article:
                // "lors d'une", "au cours d'un".
                matches!(
                    *w,
                    "une" | "un" | "des" | "de" | "d'" | "d'une" | "d'un"
                )
            },
        )
        && ends_with_any(
            &FewWords::before(&ctx.folded.text, f_trig, 4),
            &[
                "dans une",
                "dans un",
                "dans des",
                "lors d'une",
                "lors d'un",
                "lors des",
                "lors de",
                "au cours d'une",
                "au cours d'un",
                "au cours de",
                "par une",
                "par un",
                "par des",
                "a l'aide de",
                "a l'aide d'",
                "au moyen de",
                "au moyen d'",
            ],
        );
    // Whether the subject before an instrumental trigger was freed in it.
    let mut freed_in_it = false;
    if instrumental {
        let usable = |a: &&&Arg| {
            a.span.end <= trig.start
                && !STOPS.any_in(&ctx.text[a.span.end..trig.start])
                && !is_complement_prep(preps.of(ctx, a))
        };
        if let Some(first) = actors.iter().find(usable) {
            // "Trois soldats ont été tués dans une attaque": the subject
            // of a passive verb suffered it.
            let f0 = ctx.folded.from_original(first.span.end);
            let f1 = f_trig.max(f0);
            // The words up to the trigger, read once: the main verb is
            // looked for in the first twelve.
            let read: Vec<&str> =
                words_of(&ctx.folded.text[f0..f1]).take(24).collect();
            let main_words = &read[..read.len().min(12)];
            // A long subject ("Douze soldats et sept Volontaires pour la
            // défense de la patrie (VDP), des supplétifs de l'armée, ont
            // été tués dans la nuit de dimanche à lundi dans une attaque")
            // puts the passive past the twelve words.
            // ("… ont été libérés au cours d'une opération": those freed
            // by it are not what it struck.)
            let mut main_passive = read
                .iter()
                .skip_while(|w| !matches!(**w, "ete" | "etaient" | "etait"));
            let is_passive = main_passive.next().is_some();
            freed_in_it = is_passive
                && main_passive.next().is_some_and(|w| {
                    ["liber", "relach", "secour", "evacu", "retrouv"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            let passive_main = is_passive && !freed_in_it;
            // "L'armée a perdu dix hommes dans une embuscade", "les FAMa
            // ont repoussé …", "trois soldats ont péri dans une attaque":
            // the subject is the side hit.
            let hit_main = VIOLENT_KINDS.contains(&kind)
                && (main_words.iter().any(|w| {
                    REPELLING_VERBS.iter().any(|p| w.starts_with(p))
                }) || dies_in(main_words));
            // "X a annoncé la mort de trois otages lors d'une opération":
            // the subject of a verb of telling tells of it ("a annoncé
            // avoir tué … lors d'une opération" is its own act).
            // So does one who reports or comments on it: "l'OSDH a fait
            // état de cinq morts dans une frappe", "a dénoncé … lors d'un
            // raid" (one accused of it is another matter).
            let told = main_words.iter().enumerate().any(|(i, w)| {
                (["annonc", "affirm", "indiqu", "declar"]
                    .iter()
                    .any(|p| w.starts_with(p))
                    || comments_at(main_words, i) && !w.starts_with("accus"))
                    && !main_words
                        .get(i + 1)
                        .is_some_and(|n| matches!(*n, "que" | "qu'"))
                    && !claims_at(main_words, i)
            });

            if told {
                push_unique(&mut d.source, first.entity);
            } else if passive_main || hit_main {
                if VIOLENT_KINDS.contains(&kind) || kind == "abduction" {
                    push_unique(&mut d.target, first.entity);
                }
            } else if ents[first.entity].subkind != "civilians" {
                push_unique(&mut d.agent, first.entity);
                // "X a tué Y dans une frappe": the object of the main verb
                // is the target.
                if VIOLENT_KINDS.contains(&kind) {
                    if let Some(obj) = actors
                        .iter()
                        .filter(|a| a.span.start >= first.span.end)
                        .find(usable)
                    {
                        if obj.entity != first.entity {
                            push_unique(&mut d.target, obj.entity);
                        }
                    }
                }
            }
        }
    }
    // The subject before the trigger, with coordinated actors; skipped:
    // complements ("par le général X", "à l'armée").
    let mut before: Vec<&&Arg> =
        actors.iter().filter(|a| a.span.end <= trig.start).collect();
    // "Les assaillants, membres de la coalition dirigée par X, dit Y, ont
    // également incendié …": when only an auxiliary and adverbs follow the
    // last comma, the subject opens the sentence and what lies between it
    // and that comma is an apposition, whose actors are not the subject.
    let apposition = opening_subject(ctx, sent, trig, verb, &before);
    if let Some((open, comma)) = apposition {
        before.retain(|a| a.span.end <= open || a.span.start >= comma);
    }
    // "des milliers de déplacés": the group the displacement word names
    // is the one that moved.
    let holder = (kind == "displacement")
        .then(|| {
            args.iter().find(|a| {
                a.kind == EntityKind::Actor
                    && a.span.start <= trig.start
                    && trig.end <= a.span.end
            })
        })
        .flatten();
    if let Some(h) = holder {
        push_unique(&mut d.agent, h.entity);
    }
    // Who denies a violent event of which it is accused.
    let mut denied_of: Vec<usize> = Vec::new();
    // Groups the subject claims to belong to.
    let mut claimed: Vec<usize> = Vec::new();
    let mut k = if instrumental && !d.agent.is_empty()
        || holder.is_some()
        || relative_agent
    {
        0
    } else {
        before.len()
    };
    // "… sont entrés dans Homs, troisième ville du pays, après s'être
    // emparés d'Alep": the subject of an infinitive clause is that of the
    // main verb, further back.
    let infinitive_clause = verb && {
        let w = FewWords::before(&ctx.folded.text, f_trig, 3);
        // The trigger may hold its auxiliary: "s'être emparés".
        let aux_held = ["s'etre ", "avoir ", "etre "]
            .iter()
            .any(|a| folded_from(ctx, f_trig, trig).starts_with(a));
        matches!(
            w[..],
            [.., "apres", "avoir" | "s'etre" | "etre"]
                | [.., "avant", "de" | "d'"]
                | [.., "afin", "de" | "d'"]
        ) || aux_held && matches!(w[..], [.., "apres"])
    };
    // "Les FAMa ont abattu trois assaillants et capturé un quatrième": a
    // participle right after "et" shares the auxiliary, and so the
    // subject, of the verb before it; the objects of that verb are not
    // its subject. The subject ends before that auxiliary.
    if verb
        && !infinitive_clause
        && k > 0
        && matches!(FewWords::before(&ctx.folded.text, f_trig, 1)[..], ["et"])
    {
        let head = &ctx.text[sent.start..trig.start];
        let aux = [
            " ont ",
            " a ",
            " avait ",
            " avaient ",
            " sont ",
            " est ",
            " avoir ",
        ]
        .iter()
        .filter_map(|a| head.rfind(a))
        .max();
        if let Some(p) = aux {
            let at = sent.start + p;
            k = before[..k].partition_point(|a| a.span.end <= at);
        }
    }
    let reach_before = if infinitive_clause { 32 } else { 20 };
    // "des hommes armés que des villageois attribuent à Boko Haram ont
    // enlevé": a relative clause on "que" with a verb of its own stands
    // between the subject and the trigger's auxiliary; the actors in it
    // are not the subject ("les soldats que les rebelles ont attaqués"
    // has no verb before the trigger's own: the trigger is the clause's).
    if verb && k > 1 {
        let near = before[..k - 1]
            .iter()
            .rposition(|a| trig.start - a.span.end.min(trig.start) > 200)
            .map_or(0, |i| i + 1);
        let antecedent = before[near..k - 1].iter().rposition(|a| {
            let gap = folded_of(ctx, Span::new(a.span.end, trig.start));
            let mut w = folded_words(gap);
            let opens = matches!(w.first(), Some(&("que" | "qu'")))
                || w.first().is_some_and(|x| x.starts_with("qu'"));
            if !opens
                || w.len() > 14
                || ctx.text[a.span.end..trig.start]
                    .contains([',', ';', '.', ':', '(', '«', '"'])
            {
                return false;
            }
            // The trigger's own auxiliary, then a verb of the clause.
            if !w.last().is_some_and(|x| ACTIVE_AUX.contains(x)) {
                return false;
            }
            w.pop();
            w[1..].iter().any(|x| {
                x.len() > 4
                    && (x.ends_with("ent") || x.ends_with("ait"))
                    && !x.ends_with("ment")
            })
        });
        if let Some(i) = antecedent.map(|i| i + near) {
            let end = before[i].span.end;
            before.retain(|a| a.span.end <= end);
            k = i + 1;
        }
    }
    // "Les assaillants ont enlevé une dizaine d'habitants avant de se
    // replier": that subject opens the clause; the objects between are
    // not it. The first actor in reach that is no complement is taken,
    // with those listed right after it.
    // "… enlevés par les rebelles, qui ont pillé des boutiques avant de
    // se replier": the infinitive goes with the relative clause's verb,
    // whose subject is the antecedent of "qui".
    let relative_subject = (infinitive_clause && k > 0)
        .then(|| {
            before[..k].iter().rposition(|a| {
                let rest = &ctx.text[a.span.end..trig.start];
                (rest.starts_with(", qui ") || rest.starts_with(" qui "))
                    && word_gap(ctx, a.span.end, trig.start) <= 14
                    && !STOPS.any_in(rest)
                    && !rest[5..].contains(',')
            })
        })
        .flatten();
    if let Some(i) = relative_subject {
        k = i + 1;
    } else if infinitive_clause && k > 0 {
        let opener = before[..k].iter().position(|a| {
            word_gap(ctx, a.span.end, trig.start) <= reach_before
                && !STOPS.any_in(&ctx.text[a.span.end..trig.start])
                && !is_complement_prep(preps.of(ctx, a))
        });
        if let Some(mut pos) = opener {
            while pos + 1 < k && {
                let gap = ctx.text
                    [before[pos].span.end..before[pos + 1].span.start]
                    .trim();
                gap == "(" || gap == "," || is_and_gap(gap)
            } {
                pos += 1;
            }
            k = pos + 1;
        }
    }
    // "Les FAMa ont repris Kareri, tombé aux mains des terroristes": the
    // place fell; an actor told before the place is no side of the fall.
    let fell = kind == "capture" && folded_of(ctx, trig).starts_with("tomb");
    // Who pushed the event back, and may also tell of it ("l'armée a
    // affirmé avoir repoussé une attaque des FSR"): its target still.
    let mut repellers: Vec<usize> = Vec::new();
    while k > 0 {
        let cand = before[k - 1];
        let between = &ctx.text[cand.span.end..trig.start];
        if word_gap(ctx, cand.span.end, trig.start) > reach_before
            || STOPS.any_in(between)
            || fell
                && args.iter().any(|b| {
                    b.kind == EntityKind::Place
                        && b.span.start >= cand.span.end
                        && b.span.end <= trig.start
                })
        {
            break;
        }
        let mut p = preps.of(ctx, cand);
        // "… d'appartenir à l'État islamique au Sahel (EIGS) ont attaqué":
        // an acronym in parentheses is governed as its name is.
        if k >= 2
            && before[k - 2].entity == cand.entity
            && ctx.text[before[k - 2].span.end..cand.span.start].trim() == "("
        {
            p = preps.of(ctx, before[k - 2]);
        }
        // "Les unités de l'armée …": the group a collective noun (not an
        // entity itself) is made of stands for the subject.
        let via_collective =
            p == "de" && after_collective(ctx, cand.span.start);
        // "des combattants russes, que plusieurs témoins ont identifiés
        // comme …, ont mené une opération": the subject of a relative
        // clause on "que", closed by a comma before the trigger, is not
        // the trigger's; the antecedent before it is.
        // "une délégation menée par le ministre de la Défense, Roustem
        // Oumerov, se sont retrouvées": so is the name in apposition to
        // the leader.
        let apposed_to_leader = k >= 2
            && ctx.text[before[k - 2].span.end..cand.span.start].trim() == ","
            && led_in_aside(ctx, before[k - 2].span, trig.start);
        if object_relative_subject(ctx, cand.span, trig.start)
            || led_in_aside(ctx, cand.span, trig.start)
            || apposed_to_leader
            || among_casualties(ctx, cand.span)
            || k >= 2 && set_in_aside(ctx, before[k - 2], cand, trig.start)
        {
            k -= 1;
            continue;
        }
        // "… contre les Houthis, qui se sont emparés de Sanaa": the
        // antecedent of "qui" is the subject of its clause, whatever
        // governs it ("la branche de l'EI, qui …" is left alone: the
        // antecedent may be the head noun). A group of civilians is its
        // own head: "a dispersé des centaines de manifestants qui
        // protestaient", "des civils qui fuyaient".
        // "les jihadistes du JNIM, lié à al-Qaïda, qui ont attaqué": a
        // party the antecedent is tied to is none.
        let relative = (p != "de" || ents[cand.entity].subkind == "civilians")
            && words_of(folded_of(ctx, Span::new(cand.span.end, trig.start)))
                .next()
                == Some("qui")
            && !tied_to(ctx, cand.span);
        // "déplore la perte de six soldats, tombés les armes à la main":
        // the noun a participle is set beside is its subject, whatever
        // governs it.
        let apposed = participle
            && ctx.text[cand.span.end..trig.start.max(cand.span.end)].trim()
                == ",";
        let complement =
            is_complement_prep(p) && !via_collective && !relative && !apposed;
        if complement {
            // "des insurgés se réclamant de l'État islamique ont
            // attaqué": the group the subject claims to belong to acts
            // with it.
            // So does the group named right after a counted body of its
            // members: "cinq (05) ex-associés de Boko Haram se sont
            // rendus".
            let counted_members = k >= 2 && {
                let head = before[k - 2];
                count_led(ctx, head.span)
                    && genitive_gap(
                        ctx.text[head.span.end..cand.span.start].trim(),
                    )
            };
            if p == "de"
                && (VIOLENT_KINDS.contains(&kind)
                    && words_before_skipping(
                        ctx,
                        cand.span.start,
                        3,
                        ARTICLES,
                    )
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| matches!(*w, "reclamant" | "revendiquant"))
                    || counted_members)
            {
                claimed.push(cand.entity);
            }
            k -= 1;
            continue;
        }
        // "Les jihadistes ont tué trois soldats lors de l'attaque": the
        // object of a verb of harm before a nominal trigger is its victim;
        // the subject of that verb is further back.
        if !verb && VIOLENT_KINDS.contains(&kind) && harmed_object(ctx, cand) {
            push_unique(&mut d.target, cand.entity);
            k -= 1;
            continue;
        }
        let mut subj = vec![cand.entity];
        let mut j = k - 1;
        // "Au moins neuf personnes, dont trois policiers, ont été tuées":
        // the whole is the subject with its part.
        if j > 0 {
            let prev = before[j - 1];
            let gap = ctx.text[prev.span.end..before[j].span.start].trim();
            // ("dont un officier": the mention leaves the article out.)
            let gap = gap
                .strip_suffix(" un")
                .or_else(|| gap.strip_suffix(" une"))
                .unwrap_or(gap);
            if matches!(gap, ", dont" | "dont")
                && ents[prev.entity].kind == EntityKind::Actor
                && count_led(ctx, prev.span)
            {
                subj.insert(0, prev.entity);
                j -= 1;
            }
        }
        // A comma coordinates only in a list that ends with "et" ("A, B et
        // C"); "le Premier ministre X, nos forces ont …" is no list.
        let mut seen_et = false;
        while j > 0 {
            let prev = before[j - 1];
            let cur = before[j];
            let gap = ctx.text[prev.span.end..cur.span.start].trim();
            // "les paramilitaires des FSR (FSR)": the acronym in brackets
            // is the same actor again; the list goes on before it.
            if prev.entity == cur.entity && (gap == "(" || gap.is_empty()) {
                j -= 1;
                continue;
            }
            // "87 combattants de Boko Haram (et leurs familles)": the
            // group named after a counted body of its members acts with
            // them.
            if genitive_gap(gap)
                && (j == k - 1 || subj.contains(&cur.entity))
                && ents[prev.entity].kind == EntityKind::Actor
                && count_led(ctx, prev.span)
            {
                push_unique(&mut subj, prev.entity);
                j -= 1;
                continue;
            }
            let et = is_and_gap(gap);
            let comma = gap == ","
                || gap.starts_with(", ")
                    && gap.split_whitespace().count() <= 2;
            let coord = et || comma && seen_et;
            seen_et |= et;
            let prev_complement = is_complement_prep(preps.of(ctx, prev));
            // "… de Boko Haram et leurs familles": a genitive after a
            // counted body is coordinated with it.
            let counted_genitive = prev_complement
                && j >= 2
                && genitive_gap(
                    ctx.text[before[j - 2].span.end..prev.span.start].trim(),
                )
                && count_led(ctx, before[j - 2].span);
            // "une délégation russe conduite par Vladimir Medinski et une
            // délégation ukrainienne": the one led is listed, not its
            // leader.
            let led = coord
                && prev_complement
                && j >= 2
                && led_by_one_of(ctx, prev.span, &LEADING_AND_BACKING[..4])
                && ents[before[j - 2].entity].kind == EntityKind::Actor
                && !is_complement_prep(preps.of(ctx, before[j - 2]));
            if led {
                subj.push(before[j - 2].entity);
                j -= 2;
            } else if coord
                && (!prev_complement
                    || counted_genitive
                    // "la perte de six soldats et de deux VDP, tombés".
                    || apposed && is_complement_prep(preps.of(ctx, cur)))
            {
                subj.push(prev.entity);
                j -= 1;
            } else {
                break;
            }
        }
        // "Les unités de l'armée, de la police et du Hachd progressent":
        // the groups a collective head is made of act with it.
        let head = words_of(folded_of(ctx, cand.span)).next().unwrap_or("");
        // (An air force or artillery that is an entity of its own, "l'aviation
        // de la junte", acts alone.)
        if COLLECTIVE_HEADS.contains(&head)
            && !AIR_AND_GUN_ARMS.contains(&head)
            || via_collective
        {
            let mut end = cand.span.end;
            for next in &before[k..] {
                let gap = folded_of(ctx, Span::new(end, next.span.start));
                let mut words = words_of(gap);
                let linked = words.clone().next().is_some()
                    && !LIST_BREAKS.any_in(gap)
                    && words.all(|w| JOINING_WORDS.contains(&w));
                if !linked {
                    break;
                }
                subj.push(next.entity);
                end = next.span.end;
            }
        }
        // Before a nominal trigger, a subject is its agent only through an
        // active verb: "X a lancé une offensive", not "35 personnes ont
        // été tuées dans des raids" (victims: the target).
        let between_words: Vec<&str> = words_of(
            &ctx.folded.text[ctx.folded.from_original(cand.span.end)..f_trig],
        )
        .collect();
        // "X a fait l'objet d'une attaque" is a passive too.
        let passive_between = between_words.iter().any(|w| {
            matches!(*w, "ete" | "etaient" | "etait" | "l'objet" | "cible")
        });
        // "450 personnes auraient péri": who dies is the victim.
        // "la mort de 52 soldats" is the noun.
        let noun_death = before_trig
            .last()
            .is_some_and(|w| matches!(*w, "la" | "sa" | "leur" | "une"));
        let died = kind == "killing"
            && !noun_death
            && (verb
                // "cinq soldats tombés en martyrs".
                || folded_from(ctx, f_trig, trig).starts_with("tombe")
                || before_trig.iter().any(|w| {
                    ACTIVE_AUX.contains(w) || PASSIVE_AUX.contains(w)
                }))
            && [
                "peri",
                "mort",
                "decede",
                "succombe",
                "trouve la mort",
                "perdu la vie",
                "perdent la vie",
                "perd la vie",
                // "trois soldats ont embrassé le martyre", "sont tombés
                // en martyrs", "tombés au combat".
                "embrasse",
                "tombe",
            ]
            .iter()
            .any(|v| folded_from(ctx, f_trig, trig).starts_with(v));
        // "les FAMa ont repoussé une attaque", "l'armée a subi des
        // frappes": the subject is the one attacked.
        // "ont subi de lourdes pertes durant l'offensive": what is
        // suffered is then the losses, not the event.
        let repelled = !verb
            && (VIOLENT_KINDS.contains(&kind) || kind == "threat")
            && kind != "armed_clash"
            && between_words
                .iter()
                .rposition(|w| {
                    REPELLING_VERBS.iter().any(|p| w.starts_with(p))
                })
                .is_some_and(|i| {
                    // "a démenti …, évoquant une attaque repoussée": the
                    // pushing back is told of, not done by the subject.
                    !(0..i).any(|j| comments_at(&between_words, j))
                        && !between_words[i + 1..].iter().any(|w| {
                            matches!(
                                *w,
                                "pertes"
                                    | "perte"
                                    | "revers"
                                    | "degats"
                                    | "dommages"
                                    | "coups"
                            )
                        })
                });
        // "Trois soldats ont péri (sont morts, ont été tués) dans
        // l'attaque": the subject of a death before a nominal trigger is
        // its victim.
        let died_in =
            !verb && VIOLENT_KINDS.contains(&kind) && dies_in(&between_words);
        let victims = died
            || died_in
            || repelled
            || ents[cand.entity].subkind == "civilians"
                && VIOLENT_KINDS.contains(&kind);
        // "X a dénoncé une attaque": X speaks of it, X did not do it.
        // "X (est) accusé d'un massacre" says X is said to have done it:
        // the passive participle of "accuser" makes no speaker of X.
        let accused = |i: usize, w: &str| {
            matches!(w, "accuse" | "accuses" | "accusee" | "accusees")
                && !(i > 0 && ACTIVE_AUX.contains(&between_words[i - 1]))
        };
        let commented = (!verb || noun_death)
            && between_words.iter().enumerate().any(|(i, w)| {
                comments_at(&between_words, i) && !accused(i, w)
            });
        // … but X tells of it: the source. One who denies an attack
        // ("les FSR ont rejeté toute attaque contre des civils") is also
        // the one it is denied of.
        if commented {
            // ("a démenti toute prise du camp, évoquant une attaque": the
            // denial is of the taking, the attack only told of by the
            // verb after it.)
            let denial = |w: &&str| {
                ["dement", "nie", "rejet", "conteste"]
                    .iter()
                    .any(|p| w.starts_with(p))
            };
            let denies = between_words
                .iter()
                .enumerate()
                .rev()
                .find(|&(i, w)| comments_at(&between_words, i) || denial(w))
                .is_some_and(|(_, w)| denial(w));
            // "a rejeté ces insinuations : « Aucune attaque contre le
            // Bénin n'a été lancée »": what follows a colon or opens a
            // quote has its own subject.
            let own_clause = ctx.text
                [cand.span.end..trig.start.max(cand.span.end)]
                .contains([':', '«', '"', '“']);
            for e in subj {
                push_unique(&mut d.source, e);
                // ("a démenti l'enlèvement de deux soldats lors de
                // l'attaque": the attack only dates what is denied.)
                if denies
                    && VIOLENT_KINDS.contains(&kind)
                    && !own_clause
                    && !dates_what_precedes(&between_words)
                {
                    denied_of.push(e);
                }
            }
            break;
        }
        // The subject does not reach a nominal trigger that only dates
        // its clause ("l'ONU arrache un cessez-le-feu après une semaine de
        // combats"), one inside a relative clause of another subject
        // ("menacé ceux qui violeraient la trêve"), nor a truce it only
        // brokers ("l'ONU arrache un cessez-le-feu").
        let words = &between_words;
        // The time word must govern the trigger: "après l'attaque",
        // "après une semaine de combats"; not "intensifie depuis plusieurs
        // mois sa campagne", "mènent depuis novembre 2021 des opérations".
        let dated = !verb
            && words
                .iter()
                .rposition(|w| matches!(*w, "apres" | "avant" | "depuis"))
                .is_some_and(|i| match &words[i + 1..] {
                    [w] => matches!(
                        *w,
                        "le" | "la" | "les" | "l'" | "un" | "une" | "des"
                    ),
                    // "depuis le début de l'offensive", "après la fin des
                    // combats".
                    [_, phase, rest @ ..]
                        if matches!(
                            *phase,
                            "debut" | "fin" | "lancement" | "declenchement"
                        ) && matches!(
                            rest,
                            ["de" | "d'" | "du" | "des"]
                                | ["de", "l'" | "la" | "les"]
                        ) =>
                    {
                        true
                    }
                    [measure @ .., last] => {
                        measure.len() <= 3
                            && matches!(*last, "de" | "d'" | "des" | "du")
                            && !measure.iter().any(|w| {
                                w.starts_with(|c: char| c.is_ascii_digit())
                                    || MONTHS.contains(w)
                            })
                    }
                    [] => true,
                });
        // "a tiré des roquettes en représailles à une frappe", "à la suite
        // de l'attaque": the event answered is another's.
        let answered = !verb
            && words
                .iter()
                .rposition(|w| {
                    matches!(
                        *w,
                        "represailles" | "riposte" | "reponse" | "suite"
                    )
                })
                .is_some_and(|i| {
                    let lead = if i > 0 { words[i - 1] } else { "" };
                    let prep = |w: &str| {
                        matches!(
                            w,
                            "a" | "au" | "aux" | "de" | "d'" | "du" | "des"
                        )
                    };
                    matches!(lead, "en" | "la" | "")
                        && words.get(i + 1).is_some_and(|w| prep(w))
                        && words[i + 1..].len() <= 3
                        && words[i + 1..].iter().all(|w| {
                            prep(w)
                                || matches!(
                                    *w,
                                    "la" | "le"
                                        | "les"
                                        | "l'"
                                        | "une"
                                        | "un"
                                        | "cette"
                                        | "ces"
                                        | "contre"
                                )
                        })
                });
        let inner_relative = !verb
            && words.iter().skip(1).any(|w| matches!(*w, "qui" | "dont"));
        let brokered = matches!(kind, "ceasefire" | "agreement")
            && words.iter().any(|w| {
                ["arrach", "obten", "obtien", "parrain", "facilit", "medi"]
                    .iter()
                    .any(|p| w.starts_with(p))
            });
        // "a frappé un pont pour freiner l'avancée des rebelles": the
        // subject stands against the event, it does not make it.
        let countered = !verb
            && words.iter().rev().take(3).any(|w| {
                ["frein", "stopp", "enray", "bloqu", "endigu", "ralenti"]
                    .iter()
                    .any(|p| w.starts_with(p))
                    || w.starts_with("empech")
                    || w.starts_with("contrer")
            });
        // "Les FAMa ont précisé que des tirs d'obus avaient visé leur
        // camp": the subject tells of what the "que" clause reports.
        // (The day of the telling aside: "a affirmé dimanche que".)
        let undated: Vec<&str> =
            words.iter().copied().filter(|w| !is_day_word(w)).collect();
        let reported = undated.windows(2).any(|p| {
            matches!(p[1], "que" | "qu'")
                && [
                    "precis", "indiqu", "annonc", "affirm", "declar",
                    "rapport", "confirm", "assur", "expliqu", "ajout",
                    "soulign", "raconte", "dit", "estim",
                    // "a démenti que la ville soit tombée".
                    "dement", "nie", "conteste", "rejet",
                ]
                .iter()
                .any(|v| p[0].starts_with(v))
        });
        if reported {
            for e in subj {
                if !d.agent.contains(&e) && !d.target.contains(&e) {
                    push_unique(&mut d.source, e);
                }
            }
            break;
        }
        // "a ordonné le retrait de ses unités": who orders it does not
        // move; those named after the trigger do.
        // ("a ordonné de traquer les auteurs du massacre": nor does it
        // do the deed named further.)
        let ordered = !verb
            && words
                .iter()
                .rposition(|w| w.starts_with("ordonn"))
                .is_some_and(|i| !d.agent.is_empty() || words.len() - i > 4);
        if dated && !counterpart
            || ordered
            || answered
            || inner_relative
            || brokered
            || countered
        {
            break;
        }
        // "146 militaires ukrainiens sont rentrés chez eux à l'issue d'un
        // échange de prisonniers": those who come home are the freed.
        let came_home = kind == "release"
            && !verb
            && between_words.iter().any(|w| {
                ["rentr", "revenu", "retourn", "regagn"]
                    .iter()
                    .any(|p| w.starts_with(p))
            });
        if !(passive || died || victims || passive_between || came_home) {
            subj.append(&mut claimed);
        }
        for e in subj.into_iter().rev() {
            if died || came_home {
                push_unique(&mut d.target, e);
            } else if !verb && (passive_between || victims) {
                if victims || passive_between && VIOLENT_KINDS.contains(&kind)
                {
                    push_unique(&mut d.target, e);
                    if repelled {
                        repellers.push(e);
                    }
                }
            } else if passive {
                push_unique(&mut d.target, e);
            } else if !d.target.contains(&e) {
                push_unique(&mut d.agent, e);
            }
        }
        break;
    }
    // "des drones attribués aux FSR ont visé le marché": the force the
    // subject is attributed to is the doer.
    if d.agent.is_empty() && VIOLENT_KINDS.contains(&kind) {
        if let Some(a) = actors.iter().rev().find(|a| {
            a.span.end <= trig.start
                && a.span.start >= clause.start
                && word_gap(ctx, a.span.end, trig.start) <= 6
                && attributed_to(ctx, a.span.start)
        }) {
            if !d.target.contains(&a.entity) {
                push_unique(&mut d.agent, a.entity);
            }
        }
    }
    // Victims: counted or civilian groups of the clause that were killed,
    // wounded or abducted.
    if VIOLENT_KINDS.contains(&kind) || kind == "abduction" {
        // The end of the last object of a verb of harm after the trigger:
        // "une frappe a tué quatre combattants et deux civils".
        let mut harmed_end: Option<usize> = None;
        // "des hommes armés que les habitants identifient comme des
        // jihadistes ont enlevé 11 femmes": before an active verb, those
        // named in its subject's clause are no victims of it (unless a
        // passive of their own says so: "trois civils ont été tués quand
        // des hommes armés ont attaqué").
        // (A vehicle that "a sauté sur une mine" or "a heurté un engin"
        // suffers it.)
        let active_aux_before = verb
            && !passive
            && FewWords::before(&ctx.folded.text, f_trig, 1)
                .last()
                .is_some_and(|w| {
                    matches!(*w, "a" | "ont" | "avait" | "avaient")
                })
            && !["saut", "heurt"].iter().any(|p| original.starts_with(p));
        for (ai, a) in actors.iter().enumerate() {
            if active_aux_before
                && a.span.end <= trig.start
                && trig.start - a.span.end <= 400
                && !words_of(folded_of(ctx, Span::new(a.span.end, trig.start)))
                    .any(|w| matches!(w, "ete" | "etaient" | "etait"))
            {
                continue;
            }
            let lead = words_before_quoted(ctx, a.span.start, 2);
            // "une roquette s'est abattue sur une maison, tuant deux
            // adolescents": the participle clause after the trigger tells
            // its toll, however far.
            let toll_after = a.span.start >= trig.end
                && lead.iter().any(|w| {
                    matches!(*w, "tuant" | "blessant" | "massacrant")
                });
            if !(toll_after
                || clause.contains(a.span)
                || word_gap(ctx, trig.start, a.span.start) <= 10)
            {
                continue;
            }
            // "dément toute frappe contre des civils et affirme avoir
            // « neutralisé des terroristes »": a statement between the
            // trigger and the group tells of another deed.
            if !toll_after && {
                let between = if a.span.start >= trig.end {
                    Span::new(trig.end, a.span.start)
                } else {
                    Span::new(a.span.end.min(trig.start), trig.start)
                };
                between.end - between.start <= 400
                    && words_of(folded_of(ctx, between)).any(|w| {
                        ["affirm", "assur", "dement", "declar", "annonc"]
                            .iter()
                            .any(|p| w.starts_with(p))
                    })
            } {
                continue;
            }
            let civil = ents[a.entity].subkind == "civilians";
            let next = folded_words_after(ctx, a.span.end, 5);
            let harmed = a.span.start >= trig.end
                && (harmed_object(ctx, a)
                    || harmed_end.is_some_and(|end| {
                        end <= a.span.start
                            && is_and_gap(ctx.text[end..a.span.start].trim())
                    }));
            if harmed {
                harmed_end = Some(a.span.end);
            }
            let hurt_before = harmed
                || lead.iter().any(|w| {
                    matches!(
                        *w,
                        "tuant"
                            | "blessant"
                            | "massacrant"
                            | "abattant"
                            | "enlevant"
                            | "visant"
                            | "ciblant"
                    )
                });
            // "trois soldats (de l'EI) ont été tués", not "l'armée
            // déplore la mort de 52 soldats": no verb of saying or
            // commenting between the group and the word.
            let hurt = hurt_before
                || next
                    .iter()
                    .take_while(|w| {
                        !COMMENT_VERBS.iter().any(|p| w.starts_with(p))
                            && !["annonc", "affirm", "indiqu", "declar"]
                                .iter()
                                .any(|p| w.starts_with(p))
                    })
                    .any(|w| {
                        KILLED_WORDS.contains(w)
                            || INJURED_WORDS.contains(w)
                            || abducted_word(w)
                    });
            // "Depuis le début de l'offensive, un million de personnes
            // ont fui": people who flee it are its displaced.
            let flee = !hurt
                && next.iter().take(4).any(|w| {
                    ["fui", "fuy", "fuient", "quitt", "refugi", "deplace"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            // "douze civils tués et quatre femmes enlevées": those its
            // clause says were killed were not abducted, and the other way
            // round; "a permis de libérer quatre enseignants": those freed
            // are no victims of the operation. "… sont tombés en martyrs
            // et trois autres ont été blessés": the wounded were not
            // killed.
            let fate = next
                .iter()
                .take_while(|w| !matches!(**w, "et" | "ou" | "mais"))
                .find_map(|w| {
                    if KILLED_WORDS.contains(w) {
                        Some("killing")
                    } else if INJURED_WORDS.contains(w) {
                        Some("injury")
                    } else if abducted_word(w) {
                        Some("abduction")
                    } else {
                        None
                    }
                });
            let other_fate = match fate {
                Some("killing") | Some("injury") => kind == "abduction",
                Some(_) => kind == "killing",
                None => false,
            } || fate == Some("injury") && kind == "killing";
            let freed = !hurt
                && a.span.start >= trig.end
                && lead.iter().any(|w| {
                    ["liber", "relach", "secour", "evacu"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            if other_fate || freed {
                continue;
            }
            // "Au moins quinze personnes ont été tuées, dont deux
            // policiers": the part named after the victims shares their
            // fate, whatever side it stands on.
            let part_of_victims = a.span.start >= trig.end
                && lead.last() == Some(&"dont")
                && !d.target.is_empty()
                && word_gap(ctx, trig.end, a.span.start) <= 8;
            // "Nouvelle attaque des gangs, les habitants s'organisent",
            // "les habitants dénoncent l'attaque": people who act or speak
            // are no victims for being near it.
            let acts = !hurt
                && next.first().is_some_and(|w| {
                    w.starts_with("s'")
                        || *w == "se"
                        || COMMENT_VERBS.iter().any(|p| w.starts_with(p))
                });
            // "Vingt femmes enlevées le 2 avril ont été libérées au cours
            // d'une opération": the hostages it freed are none of its
            // victims.
            if freed_in_it && a.span.end <= trig.start && !hurt_before {
                continue;
            }
            // "Douze soldats et sept VDP, des supplétifs de l'armée, ont
            // été tués": the aside glosses the victims before it and is
            // none of its own.
            let gloss = !hurt_before
                && ai > 0
                && a.span.end <= trig.start
                && set_in_aside(ctx, actors[ai - 1], a, trig.start);
            if (civil && !flee && !acts || hurt || part_of_victims)
                && !gloss
                && !d.agent.contains(&a.entity)
                && (hurt || preps.of(ctx, a) != "par")
                // (An attack keeps the toll of the verbs after it: "ont
                // attaqué le village et tué cinq civils".)
                && !(verb
                    && matches!(kind, "killing" | "abduction" | "arrest" | "release")
                    && object_of_coordinated_verb(ctx, trig, a.span))
            {
                push_unique(&mut d.target, a.entity);
            }
        }
    }
    // No time yet: "X a tué mardi, vers 4h, Y dans une frappe" (the main
    // verb's dates are the instrument's), and "Le mardi 10 décembre, …"
    // opening the sentence.
    if d.time.is_empty() {
        let usable = |a: &&Arg| {
            a.span.end <= trig.start
                && !is_duration(a.entity)
                && !STOPS.any_in(&ctx.text[a.span.end..trig.start])
        };
        if instrumental {
            if let Some(&agent_at) = d
                .agent
                .first()
                .and_then(|e| actors.iter().find(|a| a.entity == *e))
            {
                for a in dates.iter().copied().filter(usable) {
                    if a.span.start >= agent_at.span.end {
                        push_unique(&mut d.time, a.entity);
                    }
                }
            }
        }
        if d.time.is_empty() {
            if let Some(a) = dates.first().copied().filter(usable) {
                let lead = folded_of(ctx, Span::new(sent.start, a.span.start));
                let opens = words_of(lead)
                    .all(|w| matches!(w, "le" | "la" | "l'" | "des" | "dans"));
                let then_comma =
                    ctx.text[a.span.end..].trim_start().starts_with(',');
                let whole_sentence = ctx
                    .sentences
                    .get(
                        ctx.sentences.partition_point(|s| s.end <= trig.start),
                    )
                    .is_some_and(|s| s.start == sent.start);
                if opens && then_comma && whole_sentence {
                    push_unique(&mut d.time, a.entity);
                }
            }
        }
    }
    // A besieged town is what the siege is against, as well as where it
    // is ("le blocus d'El-Facher", "Deir Ez-Zor assiégée").
    if kind == "siege" {
        for &e in &d.location {
            if matches!(ents[e].subkind.as_ref(), "city" | "town" | "village")
            {
                push_unique(&mut d.target, e);
            }
        }
    }
    // A clash is between armed parties: civilians caught in it are its
    // toll, not a side; the soldier it hits is of a side ("un soldat a été
    // tué lors d'un accrochage avec des jihadistes"), but not a counted
    // group it killed or wounded ("trois soldats tués lors d'un
    // accrochage", "plusieurs terroristes neutralisés").
    if kind == "armed_clash" {
        let counted = |e: usize| {
            args.iter().any(|a| {
                a.entity == e
                    && sent.contains(a.span)
                    && counted_group(ctx, a.span)
            })
        };
        for e in std::mem::take(&mut d.target) {
            if ents[e].subkind != "civilians" && !counted(e) {
                push_unique(&mut d.agent, e);
            }
        }
    }
    // "les forces de sécurité ont dispersé des centaines de manifestants":
    // the protesters the trigger names protest; who disperses them does
    // not.
    if kind == "protest" {
        if let Some(a) = args
            .iter()
            .find(|a| a.kind == EntityKind::Actor && a.span.overlaps(trig))
        {
            d.agent.retain(|&e| ents[e].subkind != "state_force");
            d.target.retain(|&e| e != a.entity);
            push_unique(&mut d.agent, a.entity);
        }
    }
    // "les frappes de l'aviation militaire", "un raid de l'aviation
    // russe": the air force the trigger phrase ends on strikes.
    if kind == "airstrike" {
        if let Some(a) = args.iter().find(|a| {
            a.kind == EntityKind::Actor
                && a.span.start > trig.start
                && a.span.overlaps(trig)
        }) {
            d.target.retain(|&e| e != a.entity);
            push_unique(&mut d.agent, a.entity);
        }
    }
    // "a distribué des vivres à 2 500 déplacés", "ont largué des vivres
    // aux habitants": those aid goes to are its targets.
    if kind == "humanitarian" && verb && d.target.is_empty() {
        let to = args.iter().find(|a| {
            a.kind == EntityKind::Actor
                && a.span.start >= trig.end
                && matches!(
                    ents[a.entity].subkind.as_ref(),
                    "civilians" | "other"
                )
                && matches!(preps.of(ctx, a), "a" | "au" | "aux")
                && word_gap(ctx, trig.end, a.span.start) <= 10
                && clause.contains(a.span)
        });
        if let Some(a) = to {
            d.agent.retain(|&e| e != a.entity);
            d.target.push(a.entity);
        }
    }
    // Whoever is deployed, withdraws or flees is the mover, the agent,
    // also in the passive ("des troupes restent déployées au Niger").
    if matches!(kind, "deployment" | "withdrawal" | "displacement") {
        for e in std::mem::take(&mut d.target) {
            push_unique(&mut d.agent, e);
        }
    }
    // "ont poussé des milliers d'habitants à fuir", "l'exode de plus de
    // 100 000 Arméniens": who flees is the one driven to it, or the
    // people the noun counts.
    if kind == "displacement" && d.agent.is_empty() {
        let people = |a: &&Arg| {
            a.kind == EntityKind::Actor
                && matches!(
                    ents[a.entity].subkind.as_ref(),
                    "civilians" | "other"
                )
        };
        let driven = if verb {
            args.iter()
                .rev()
                .filter(|a| a.span.end <= trig.start)
                .find(people)
                .filter(|a| {
                    let gap =
                        folded_of(ctx, Span::new(a.span.end, trig.start));
                    matches!(gap.trim(), "a" | "de" | "d'")
                })
        } else {
            args.iter()
                .filter(|a| a.span.start >= trig.end)
                .find(people)
                .filter(|a| {
                    let gap =
                        folded_of(ctx, Span::new(trig.end, a.span.start));
                    let mut ws = words_of(gap);
                    matches!(ws.next(), Some("de" | "d'" | "des"))
                        && ws.all(|w| {
                            w.bytes().all(|b| b.is_ascii_digit())
                                || matches!(
                                    w,
                                    "plus"
                                        | "moins"
                                        | "de"
                                        | "d'"
                                        | "pres"
                                        | "quelque"
                                        | "environ"
                                        | "milliers"
                                        | "centaines"
                                        | "dizaines"
                                        | "millions"
                                        | "million"
                                        | "mille"
                                )
                                || crate::numbers::parse_number_words(w)
                                    .is_some()
                        })
                })
        };
        if let Some(a) = driven {
            d.agent.push(a.entity);
            d.target.retain(|&e| e != a.entity);
        }
    }
    // "l'Armée nationale somalienne (SNA), appuyée par les forces locales
    // Macawisley, a mené une opération": a backer taken for the subject
    // leads back, past its aside, to the subject it backs.
    if !passive && MOVING_OR_FIGHTING.contains(&kind) && d.agent.len() == 1 {
        let e = d.agent[0];
        // (The actors are in text order: each is looked for backwards from
        // where it must end.)
        let before_at = |at: usize| {
            &actors[..actors.partition_point(|a| a.span.start < at)]
        };
        let subject = before_at(trig.start)
            .iter()
            .rev()
            .find(|a| a.entity == e && a.span.end <= trig.start)
            .and_then(|a| {
                let from =
                    stretch_before(ctx.text, a.span.start, 80, sent.start);
                let lead = &ctx.text[from..a.span.start];
                let comma = from + lead.rfind(',')?;
                let aside = folded_of(ctx, Span::new(comma + 1, a.span.start));
                let mut words = words_of(aside);
                let backing = words.next().is_some_and(|w| {
                    ["appuy", "soutenu", "epaul", "accompagn"]
                        .iter()
                        .any(|p| w.starts_with(p))
                }) && words.any(|w| w == "par");
                if !backing {
                    return None;
                }
                before_at(comma)
                    .iter()
                    .rev()
                    .find(|b| b.span.end <= comma)
                    .filter(|b| {
                        let gap = ctx.text[b.span.end..comma].trim();
                        gap.is_empty() || gap == ")"
                    })
            });
        if let Some(s) = subject {
            if s.entity != e {
                d.agent.insert(0, s.entity);
            }
        }
    }
    // "L'armée somalienne, appuyée par l'AUSSOM, a repris El Dher": the
    // force that backs the subject, in an aside between it and the verb,
    // acts with it.
    if !passive && MOVING_OR_FIGHTING.contains(&kind) {
        if let Some(first) = d
            .agent
            .iter()
            .filter_map(|&e| {
                args.iter()
                    .filter(|a| a.entity == e && a.span.end <= trig.start)
                    .map(|a| a.span.end)
                    .max()
            })
            .min()
        {
            let backers: Vec<usize> = args
                .iter()
                .filter(|a| {
                    a.kind == EntityKind::Actor
                        && a.span.start >= first
                        && a.span.end <= trig.start
                        && word_gap(ctx, a.span.end, trig.start) <= 12
                        && preps.of(ctx, a) == "par"
                        && {
                            // "Le M23, soutenu par le Rwanda, a pris
                            // Goma": a state that backs is a patron,
                            // even of a verb (the gold sets never make
                            // it a doer).
                            let state = ctx.entities.drafts[a.entity].subkind
                                == "government";
                            folded_words_before(ctx, a.span.start, 5)
                                .iter()
                                .any(|w| {
                                    // Before a noun trigger, one that
                                    // "supports" the subject ("les Houthis,
                                    // soutenus par l'Iran, ont mené des
                                    // attaques") is a patron, not a party.
                                    let patron = ["soutenu", "aide"]
                                        .iter()
                                        .any(|p| w.starts_with(p));
                                    [
                                    "appuy",
                                    "soutenu",
                                    "epaule",
                                    "accompagn",
                                    "assist",
                                    "aide",
                                ]
                                .iter()
                                .any(|p| w.starts_with(p))
                                    && (verb && !(patron && state)
                                        || !patron)
                                    // "Les rebelles menés par HTS se sont
                                    // emparés de Hama": the group that
                                    // leads them acts with them.
                                    || matches!(
                                        *w,
                                        "mene" | "menes" | "menee" | "menees"
                                    )
                                })
                        }
                })
                .map(|a| a.entity)
                .collect();
            for e in backers {
                push_unique(&mut d.agent, e);
            }
        }
    }
    // "de source sécuritaire", "des sources locales": an unnamed source
    // in the sentence is the source of its events, whatever leads it.
    if d.source.is_empty() {
        if let Some(a) = args.iter().find(|a| {
            a.kind == EntityKind::Actor
                && ents[a.entity].subkind == "other"
                && ents[a.entity].row.is_some()
                && crate::numbers::fold(&ents[a.entity].canonical)
                    .starts_with("source")
        }) {
            d.source.push(a.entity);
            d.agent.retain(|&e| e != a.entity);
            d.target.retain(|&e| e != a.entity);
        }
    }
    let hits = matches!(kind, "attack" | "airstrike" | "shelling" | "bombing");
    // "Des obus tirés depuis la région de Qousseir ont touché Qasr": the
    // place fire comes from is where the event is only when no other is
    // named.
    if d.location.len() > 1 && hits {
        let launched = |e: usize| {
            args.iter().any(|a| {
                a.entity == e && a.kind == EntityKind::Place && {
                    let w = words_before_articles(ctx, a.span.start, 6);
                    let Some(k) = w.iter().rposition(|x| *x == "depuis")
                    else {
                        return false;
                    };
                    k > 0
                        && ["tir", "lanc"]
                            .iter()
                            .any(|p| w[k - 1].starts_with(p))
                        && w[k + 1..].iter().all(|x| {
                            matches!(
                                *x,
                                "la" | "le"
                                    | "l'"
                                    | "les"
                                    | "region"
                                    | "de"
                                    | "d'"
                                    | "du"
                                    | "territoire"
                                    | "sud"
                                    | "nord"
                                    | "est"
                                    | "ouest"
                            )
                        })
                }
            })
        };
        let from: Vec<usize> =
            d.location.iter().copied().filter(|&e| launched(e)).collect();
        if from.len() < d.location.len() {
            d.location.retain(|e| !from.contains(e));
        }
    }
    // "le retrait de l'armée israélienne de Rafah": the place named right
    // after the leaving force is the one it leaves.
    if kind == "withdrawal" && !verb && d.location.is_empty() {
        let left = d.agent.iter().find_map(|&e| {
            let a = actors
                .iter()
                .find(|a| a.entity == e && a.span.start >= trig.end)?;
            let reach = stretch_after(ctx.text, a.span.end, 8);
            let rest = ctx.text[a.span.end..reach].trim_start();
            let tail = ["de ", "d'", "d’", "du "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))?;
            let at = reach - tail.len();
            args.iter()
                .find(|p| p.kind == EntityKind::Place && p.span.start == at)
        });
        if let Some(p) = left {
            push_unique(&mut d.location, p.entity);
        }
    }
    // "Les FARDC appellent la population au calme et mettent en garde
    // les collaborateurs", "Le M23 a accusé l'armée de bombarder ses
    // positions et a menacé de riposter": a verb after "et" shares the
    // subject opening the sentence, not the object of the verb before.
    if verb && !passive && !pronominal {
        let n = before_trig.len();
        let after_and = before_trig.last() == Some(&"et")
            || n >= 2
                && before_trig[n - 2] == "et"
                && ACTIVE_AUX.contains(&before_trig[n - 1]);
        // Only the sentence's first actor can open it.
        let opener = after_and
            .then(|| actors.iter().find(|a| a.span.start >= sent.start))
            .flatten()
            .filter(|a| {
                a.span.end <= trig.start
                    && words_of(folded_of(
                        ctx,
                        Span::new(sent.start, a.span.start),
                    ))
                    .all(|w| matches!(w, "le" | "la" | "les" | "l'" | "des"))
            });
        if let Some(s) = opener {
            let objects = d.agent.iter().all(|&e| {
                actors.iter().any(|a| {
                    a.entity == e
                        && a.span.start >= s.span.end
                        && a.span.end <= trig.start
                })
            });
            if !d.agent.is_empty() && objects && !d.agent.contains(&s.entity) {
                d.agent.clear();
                d.target.retain(|&e| e != s.entity);
                push_unique(&mut d.agent, s.entity);
            }
        }
    }
    // "« … », a menacé sur X le porte-parole militaire des Houthis": the
    // subject after a quote's verb makes the threat.
    if kind == "threat" && verb && after_a_quote(ctx.text, trig.start) {
        if let Some(a) = actors.iter().find(|a| {
            a.span.start >= trig.end
                && a.span.end <= sent.end
                && word_gap(ctx, trig.end, a.span.start) <= 6
        }) {
            d.target.retain(|&e| e != a.entity);
            d.source.retain(|&e| e != a.entity);
            push_unique(&mut d.agent, a.entity);
        }
    }
    // "des frappes contre les îlots de Kangalom, où s'étaient repliés les
    // assaillants": after "où" the subject follows the verb; the
    // sentence's first subject does not do it.
    if verb && folded_words_before(ctx, trig.start, 1).first() == Some(&"ou") {
        let after = args.iter().find(|a| {
            a.kind == EntityKind::Actor
                && a.span.start >= trig.end
                && a.span.end <= sent.end
                && word_gap(ctx, trig.end, a.span.start) <= 3
                && !has_clause_break(&ctx.text[trig.end..a.span.start])
        });
        if let Some(a) = after.filter(|a| d.agent.contains(&a.entity)) {
            d.agent.retain(|&e| e == a.entity);
        }
    }
    // "ont fait irruption à Masala, où ils ont tué 29 personnes": "où"
    // stands for the place right before it. (Where people flee or forces
    // go, "à Ouahigouya, où il s'est réfugié", is read as their
    // destination.)
    let moving = matches!(kind, "displacement" | "withdrawal" | "deployment");
    let lead = &ctx.text[sent.start..trig.start];
    if let Some(k) = (!moving).then(|| lead.rfind(", où ")).flatten() {
        let comma = sent.start + k;
        let from = comma + ", où ".len();
        let place = args
            .iter()
            .find(|a| a.kind == EntityKind::Place && a.span.end == comma);
        if let Some(p) = place.filter(|_| {
            word_gap(ctx, from, trig.start) <= 6
                && !has_clause_break(&ctx.text[from..trig.start])
        }) {
            if !d.location.contains(&p.entity) {
                d.location = vec![p.entity];
            }
        }
    }
    // "a mis en garde les forces syriennes contre toute attaque visant
    // les Druzes": the one warned is the target, not who the warning
    // shields.
    if kind == "threat" && folded_of(ctx, trig).ends_with("en garde") {
        let tail = &ctx.text[trig.end..sent.end];
        if let Some(k) = tail.find(" contre ") {
            let cut = trig.end + k;
            let warned = |e: &usize| {
                args.iter().any(|a| {
                    a.entity == *e
                        && a.span.start >= trig.end
                        && a.span.end <= cut
                })
            };
            if d.target.iter().any(warned) {
                d.target.retain(warned);
            }
        }
    }
    if kind == "threat" && d.target.is_empty() && !passive {
        threat_target(ctx, trig, sent, verb, args, d);
    }
    if hits {
        site_owners(ctx, args, d);
    }
    // Media report events; they are not their parties.
    d.agent.retain(|&e| ents[e].subkind != "media");
    d.target.retain(|&e| ents[e].subkind != "media");
    // A speaker who is also the subject before a verb trigger did it and
    // tells of it ("Les FSR affirment avoir pris le camp"); otherwise a
    // speaker is no party.
    // So is one named as the subject before and as the speaker in a
    // tail after ("Le Hezbollah a répliqué en tirant des dizaines de
    // roquettes, a affirmé le mouvement chiite").
    // (Counted from the comma that closes an apposition to the subject.)
    let gap = |a: &Arg| match apposition {
        Some((open, comma)) if a.span.end <= open => {
            word_gap(ctx, comma, trig.start)
        }
        _ => word_gap(ctx, a.span.end, trig.start),
    };
    d.agent.retain(|e| {
        !d.source.contains(e)
            || noun_teller == Some(*e)
            || verb && before.iter().any(|a| a.entity == *e && gap(a) <= 6)
            || before.iter().any(|a| a.entity == *e && gap(a) <= 8)
                && args.iter().any(|a| {
                    a.entity == *e
                        && a.span.start >= trig.end
                        && has_clause_break(&ctx.text[trig.end..a.span.start])
                })
    });
    d.target.retain(|e| !d.source.contains(e) || repellers.contains(e));
    if let Some(r) = reported_by {
        d.agent.retain(|&e| e != r);
    }
    for e in denied_of {
        push_unique(&mut d.agent, e);
    }
    // "L'ONU a accusé les FSR d'un massacre", "HRW accuse l'armée d'avoir
    // tué des civils": who accuses the agent tells of the event.
    if d.source.is_empty() {
        if let Some(accuser) = accuser_of_agent(ctx, &before, d) {
            push_unique(&mut d.source, accuser);
        }
    }
    let agents = d.agent.clone();
    d.target.retain(|e| !agents.contains(e));
}

/// The actor right before the agent of `d` in `before` when only a form
/// of the active "accuser" (and an article) stands between them.
fn accuser_of_agent(
    ctx: &Context<'_>,
    before: &[&&Arg],
    d: &EventDraft,
) -> Option<usize> {
    let i = before.iter().rposition(|a| d.agent.contains(&a.entity))?;
    let accuser = before.get(i.checked_sub(1)?)?;
    if d.agent.contains(&accuser.entity) || d.target.contains(&accuser.entity)
    {
        return None;
    }
    let gap = Span::new(accuser.span.end, before[i].span.start);
    if word_gap(ctx, gap.start, gap.end) > 5 {
        return None;
    }
    let mut words = words_of(folded_of(ctx, gap)).filter(|w| {
        !ARTICLES.contains(w)
            && !matches!(*w, "a" | "ont" | "avait" | "avaient")
    });
    let verb = words.next()?;
    (words.next().is_none()
        && matches!(
            verb,
            "accuse" | "accusent" | "accusait" | "accusaient" | "accusant"
        ))
    .then_some(accuser.entity)
}

/// The forms of "prendre" that say a capture when a place is their
/// object (folded; "prise", the noun, is a trigger of its own).
const PRENDRE_FORMS: &[&str] = &[
    "prendre",
    "pris",
    "prend",
    "prennent",
    "prenait",
    "prenaient",
    "prit",
    "prirent",
    "prendra",
    "prendront",
    "prendrait",
    "prendraient",
];

/// The folded text of the clause of sentence `sent` that byte `at` ends:
/// from the last clause break before it, read back 300 bytes at most.
fn clause_lead<'a>(ctx: &Context<'a>, sent: Span, at: usize) -> &'a str {
    let lo = stretch_before(ctx.text, at, 300, sent.start);
    let from = ctx.text[lo..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    folded_of(ctx, Span::new(from, at))
}

/// Whether a device named at `trig` ("ceintures explosives", "engins
/// explosifs", "grenades") is told as seized, found or handed over, with
/// nothing of it going off in the words around.
fn seized_device(ctx: &Context<'_>, trig: Span) -> bool {
    let f = ctx.folded.text.as_str();
    let at = ctx.folded.from_original(trig.start);
    let own = folded_of(ctx, trig);
    if ["attentat", "explosion", "kamikaze", "detonation"]
        .iter()
        .any(|p| own.starts_with(p))
    {
        return false;
    }
    let mut before = clause_words_back(f, at, 6);
    // "saisissant fusils d'assaut, grenades et gilets pare-balles": a
    // list of what was seized runs past its commas.
    if before.len() < 6 {
        let from = stretch_before(ctx.text, trig.start, 80, 0);
        let lead = &ctx.text[from..trig.start];
        let cut =
            lead.rfind(['.', ';', ':', '!', '?', '«', '»']).map_or(0, |i| {
                i + lead[i..].chars().next().map_or(1, char::len_utf8)
            });
        if lead[cut..].contains(',') {
            let list = folded_of(ctx, Span::new(from + cut, trig.start));
            let w: Vec<&str> = words_of(list).collect();
            before.extend(w.iter().rev().take(8).copied());
        }
    }
    let after = folded_words_after(ctx, trig.end, FEW);
    let around = || before.iter().copied().chain(after.iter().copied());
    let seized = around().any(|w| {
        matches!(
            w,
            "saisi"
                | "saisie"
                | "saisis"
                | "saisies"
                | "saisissant"
                | "saisir"
                | "confisque"
                | "confisques"
                | "confisquee"
                | "confisquees"
                | "confisquant"
                | "recuperant"
                | "decouvrant"
                | "cache"
                | "caches"
                | "stock"
                | "stocks"
                | "remettant"
                | "remis"
                | "recupere"
                | "recuperes"
                | "recuperee"
                | "recuperees"
                | "desamorce"
                | "desamorces"
                | "desamorcee"
                | "desamorcees"
                | "decouvert"
                | "decouverte"
                | "decouverts"
                | "decouvertes"
                | "composants"
        )
    });
    seized
        && !around().any(|w| {
            w.starts_with("explos")
                && !w.starts_with("explosif")
                && !w.starts_with("explosive")
                || matches!(
                    w,
                    "saute"
                        | "sauter"
                        | "detone"
                        | "tue"
                        | "tues"
                        | "blesse"
                        | "blesses"
                )
        })
}

/// Whether the words after a form of "se rendre" lead to where one goes:
/// a date or an adverb, then a preposition of place ("dimanche à",
/// "prochainement en", "lui-même au").
fn goes_somewhere(after: &[&str]) -> bool {
    let lead = after
        .iter()
        .enumerate()
        .take_while(|&(k, w)| {
            // "doit se rendre « au plus vite » à Khartoum", "sans délai".
            (*w == "au" && after.get(k + 1) == Some(&"plus"))
                || matches!(
                    *w,
                    "plus"
                        | "vite"
                        | "tot"
                        | "rapidement"
                        | "immediatement"
                        | "d'urgence"
                        | "sans"
                        | "delai"
                        | "sous"
                        | "peu"
                        | "jours"
                        | "heures"
                        | "semaines"
                        | "prochains"
                        | "prochaines"
                        // "lui-même", "eux-mêmes", split at the hyphen.
                        | "lui"
                        | "eux"
                        | "meme"
                        | "memes"
                )
                || crate::dates::is_day_word(w)
                || matches!(
                    *w,
                    "demain"
                        | "prochainement"
                        | "bientot"
                        | "des"
                        | "ce"
                        | "cette"
                        | "matin"
                        | "soir"
                        | "semaine"
                        | "prochain"
                        | "prochaine"
                        | "egalement"
                        | "aussi"
                        | "personnellement"
                        | "lui-meme"
                        | "elle-meme"
                        | "eux-memes"
                        // "s'est rendu le 12 mars au poste de
                        // commandement": a date before the place.
                        | "le"
                        | "1er"
                        | "janvier"
                        | "fevrier"
                        | "mars"
                        | "avril"
                        | "mai"
                        | "juin"
                        | "juillet"
                        | "aout"
                        | "septembre"
                        | "octobre"
                        | "novembre"
                        | "decembre"
                )
                || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        })
        .count();
    // "doivent se rendre dimanche aux forces gouvernementales" is a
    // surrender.
    let to_force =
        after.get(lead + 1..(lead + 3).min(after.len())).is_some_and(|ws| {
            ws.iter().any(|w| {
                let w = w.trim_start_matches("l'");
                matches!(
                    w,
                    "forces"
                    | "armee"
                    | "autorites"
                    | "troupes"
                    | "soldats"
                    | "militaires"
                    | "police"
                    | "gendarmerie"
                    | "ennemi"
                    // "se sont rendus le samedi 11 juin aux FDS".
                    | "fds"
                    | "fama"
                    | "fardc"
                    | "unites"
                )
            })
        });
    lead > 0
        && !to_force
        && after.get(lead).is_some_and(|w| {
            matches!(*w, "a" | "au" | "aux" | "en" | "dans" | "chez" | "sur")
        })
}

/// Whether a place is the subject of the verb "tomber" at `trig`: it
/// opens the clause, and only a form of "être", a negation or an
/// adverb of sequence stands between ("Bukavu est à son tour tombée").
fn fallen_place(
    ctx: &Context<'_>,
    sent: Span,
    trig: Span,
    args: &[Arg],
) -> bool {
    let Some(a) = args.iter().rev().find(|a| a.span.end <= trig.start) else {
        return false;
    };
    if a.kind != EntityKind::Place || a.span.start < sent.start {
        return false;
    }
    let between = folded_of(ctx, Span::new(a.span.end, trig.start));
    let words = folded_words(between);
    // "Saut-d'Eau tombe à son tour", "Jalalabad tombe dans la matinée":
    // the present of the chronicle, right after its subject (not "tombe
    // dans le chaos", "tombe en ruine").
    let present = words.is_empty()
        && between.trim().is_empty()
        && matches!(folded_of(ctx, trig), "tombe" | "tombent")
        && match folded_word_after(ctx, trig.end) {
            Some("sous" | "en" | "de" | "d'" | "sur") => false,
            // ("tombe dans la matinée" is a time.)
            Some("dans") => {
                let after = folded_words_after(ctx, trig.end, 3);
                after.iter().skip(1).any(|w| {
                    matches!(
                        *w,
                        "matinee"
                            | "nuit"
                            | "soiree"
                            | "journee"
                            | "l'apres-midi"
                    )
                })
            }
            _ => true,
        };
    // A form of "être" or its negation links the place to the verb.
    let copula = |w: &str| {
        matches!(
            w,
            "est"
                | "sont"
                | "etait"
                | "etaient"
                | "n'est"
                | "n'etait"
                | "n'etaient"
                | "ne"
        )
    };
    let linking = present
        || !words.is_empty()
            && words.len() <= 6
            && words.iter().any(|w| copula(w))
            && words.iter().all(|w| {
                copula(w)
                    || matches!(
                        *w,
                        "pas"
                            | "jamais"
                            | "a"
                            | "son"
                            | "leur"
                            | "tour"
                            | "finalement"
                            | "deja"
                            | "desormais"
                            | "aussi"
                            | "egalement"
                            | "elle-meme"
                            | "lui-meme"
                    )
            });
    // The place opens its clause: "Samedi soir, Homs, troisième ville
    // du pays, était tombée" is read by the apposition rules; here only
    // an article or a cue word comes first.
    let lead = folded_words(clause_lead(ctx, sent, a.span.start));
    linking
        && lead.len() <= 4
        && lead.iter().all(|w| {
            is_site_word(w)
                || matches!(*w, "cite" | "commune" | "capitale" | "bourg")
        })
}

/// Whether the object of a verb at `trig` is a place: the place itself
/// ("ont pris Kidal") or a site noun governing it ("le camp de Zamzam",
/// "la ville de Kadugli", "le contrôle de Bunagana"). A time the wire
/// style puts between the verb and its object ("ont pris samedi le
/// contrôle de", "ont pris dimanche Goma") is passed over.
fn takes_a_place(ctx: &Context<'_>, trig: Span, args: &[Arg]) -> bool {
    let mut from = after_time(ctx, trig, args);
    // "ont pris, au terme de violents combats, la localité d'Awasse": an
    // aside between commas, with no mention in it, is read past.
    if let Some(rest) = ctx.text[from..].strip_prefix(", ") {
        let aside = &rest[..rest.len().min(80)];
        if let Some(k) = aside
            .find(", ")
            .filter(|&k| !aside[..k].contains(['.', ';', ':', '\n']))
        {
            let to = from + 2 + k + 2;
            if !args.iter().any(|a| a.span.start >= from && a.span.start < to)
            {
                from = to;
            }
        }
    }
    // "ont pris jeudi la dernière base de l'armée", "avaient pris une
    // base militaire": a site named by its noun alone.
    if site_object(&folded_words_after(ctx, from, 4)) {
        return true;
    }
    let Some(a) = args.iter().find(|a| a.span.start >= from) else {
        return false;
    };
    if a.kind != EntityKind::Place {
        return false;
    }
    let gap = folded_of(ctx, Span::new(from, a.span.start));
    if PHRASE_BREAKS.any_in(gap) {
        return false;
    }
    let words = folded_words(gap);
    words.len() <= 4 && words.iter().all(|w| is_site_word(w))
        || control_of(&words)
}

/// Whether the words after a form of "chasser" drive armed men out of a
/// place: an armed actor (or a passive, "ont été chassées"), then "de",
/// "d'" or "du" and a place, within eight words.
fn drives_out_of_place(ctx: &Context<'_>, trig: Span, args: &[Arg]) -> bool {
    let passive =
        folded_words_before(ctx, trig.start, 1).last().is_some_and(|w| {
            matches!(*w, "ete" | "etait" | "etaient" | "sont" | "est" | "etre")
        });
    // "avant d'en être chassés par l'armée", "ils en ont été chassés":
    // the place is the pronoun "en".
    let of_en = passive
        && folded_words_before(ctx, trig.start, 4)
            .iter()
            .any(|w| matches!(*w, "en" | "d'en" | "n'en" | "qu'en"));
    let mut armed = passive;
    for a in args.iter().filter(|a| a.span.start >= trig.end) {
        if word_gap(ctx, trig.end, a.span.start) > 8 {
            break;
        }
        if of_en && a.kind == EntityKind::Actor && armed_actor(ctx, a.entity) {
            return true;
        }
        if a.kind == EntityKind::Place {
            let before = folded_words_before(ctx, a.span.start, 1);
            let of = before
                .last()
                .is_some_and(|w| matches!(*w, "de" | "d'" | "du"));
            return armed && of;
        }
        if armed_actor(ctx, a.entity) {
            armed = true;
        }
    }
    false
}

/// Whether folded `words` open with a determiner, at most two words of
/// rank or size and the noun of a military site or a settlement: "la
/// dernière base", "une base", "le principal camp", "l'aéroport". Not
/// "la route", "la fuite" or "position" without its article.
fn site_object(words: &[&str]) -> bool {
    let site = |w: &str| {
        matches!(
            w,
            "base"
                | "camp"
                | "garnison"
                | "caserne"
                | "ville"
                | "localite"
                | "aeroport"
                | "bastion"
                | "fief"
                | "chef-lieu"
        )
    };
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    // "l'aéroport": the article is part of the folded word.
    if first.strip_prefix("l'").is_some_and(site) {
        return true;
    }
    if !matches!(
        *first,
        "le" | "la" | "les" | "un" | "une" | "cette" | "ce" | "leur"
    ) {
        return false;
    }
    rest.iter()
        .find(|w| {
            !matches!(
                **w,
                "derniere"
                    | "dernier"
                    | "principale"
                    | "principal"
                    | "importante"
                    | "important"
                    | "grande"
                    | "strategique"
                    | "seule"
                    | "seul"
            )
        })
        .is_some_and(|w| site(w))
}

/// Whether the folded words between a verb and a place say the control
/// of the place: "(pris) le contrôle de", "le contrôle de la ville d'".
fn control_of(words: &[&str]) -> bool {
    words.len() >= 3
        && words.len() <= 7
        && words[..2] == ["le", "controle"]
        && matches!(words[2], "de" | "d'" | "du" | "des")
        && words[3..].iter().all(|w| is_site_word(w))
}

/// The folded words that may stand between a verb of taking and the place
/// taken: articles, "de", and the nouns of a site ("la ville de", "le camp
/// de", "les positions de").
fn is_site_word(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "l'"
            | "de"
            | "d'"
            | "du"
            | "ville"
            | "village"
            | "localite"
            | "camp"
            | "base"
            | "quartier"
            | "chef-lieu"
            | "aeroport"
            | "garnison"
            | "poste"
            | "position"
            | "positions"
    )
}

/// Where the object of a verb at `trig` begins once a date right after
/// the verb is passed over: "ont pris (samedi) le contrôle de", "se sont
/// emparés (dimanche) de Kunduz". `trig.end` when no date follows.
fn after_time(ctx: &Context<'_>, trig: Span, args: &[Arg]) -> usize {
    args.iter()
        .find(|a| a.span.start >= trig.end)
        .filter(|a| {
            a.kind == EntityKind::Date
                && word_gap(ctx, trig.end, a.span.start) == 0
        })
        .map_or(trig.end, |a| a.span.end)
}

/// The words that may stand between a verb and the place it acts on:
/// articles, "de nouveau" and a few adverbs, and the nouns of a
/// settlement, a camp or a post with their "de" ("le village de", "le
/// camp de déplacés de", "les positions de").
const OBJECT_GAP_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "de",
    "d'",
    "du",
    "nouveau",
    "encore",
    "aussi",
    "egalement",
    "meme",
    "village",
    "villages",
    "localite",
    "localites",
    "ville",
    "commune",
    "quartier",
    "quartiers",
    "bourgade",
    "bourgades",
    "hameau",
    "hameaux",
    "cite",
    "camp",
    "camps",
    "site",
    "sites",
    "deplaces",
    "refugies",
    "base",
    "bases",
    "militaire",
    "position",
    "positions",
    "poste",
    "postes",
];

/// "Le Hamas a remis samedi trois otages israéliens au CICR": captives
/// handed over are released. The verb "remettre" is no trigger alone
/// ("remettre un rapport", "remis en cause"): only with hostages,
/// prisoners, captives or detainees as its object, a few words on in its
/// clause. The trigger is the verb (original span).
fn handed_over_captives(
    ctx: &Context<'_>,
    out: &mut Vec<(Span, &'static str)>,
) {
    let f = ctx.folded.text.as_str();
    let fb = f.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    for i in memchr::memmem::find_iter(fb, b"rem") {
        if i > 0 && is_word(fb[i - 1]) {
            continue;
        }
        let mut e = i;
        while e < fb.len() && is_word(fb[e]) {
            e += 1;
        }
        if !matches!(
            &f[i..e],
            "remis"
                | "remise"
                | "remises"
                | "remet"
                | "remettent"
                | "remettre"
                | "remettra"
                | "remettront"
                | "remettait"
                | "remettaient"
        ) {
            continue;
        }
        // The next words of the clause, read up to the captives: an
        // article, a day, a count, an adjective.
        let mut j = e;
        for _ in 0..6 {
            while j < fb.len() && fb[j] == b' ' {
                j += 1;
            }
            if j >= fb.len() || !is_word(fb[j]) {
                break;
            }
            let w0 = j;
            while j < fb.len() && (is_word(fb[j]) || fb[j] == b'\'') {
                j += 1;
            }
            let w = &f[w0..j];
            let w = w.strip_prefix("l'").unwrap_or(w);
            let w = w.strip_prefix("d'").unwrap_or(w);
            if matches!(
                w.trim_end_matches('s'),
                "otage" | "prisonnier" | "captif" | "detenu" | "captive"
            ) {
                out.push((ctx.folded.to_original(Span::new(i, e)), "release"));
                break;
            }
            // "remis en cause", "remise en liberté" (a trigger of its own),
            // "remis au goût du jour": the verb's object comes first.
            if matches!(w, "en" | "au" | "aux" | "a" | "par") {
                break;
            }
        }
    }
}

/// "La Russie a lancé 140 drones sur l'Ukraine", "ont tiré une salve de
/// 30 roquettes": a verb of firing and, a few words on in its clause, the
/// munitions it sends, with a count or a quantifier between them that no
/// fixed trigger spells out. Drones and bombs strike from the air; missiles,
/// rockets and shells are shelling. The trigger runs from the verb to the
/// munition word (original spans).
fn launched_munitions(ctx: &Context<'_>, out: &mut Vec<(Span, &'static str)>) {
    let f = ctx.folded.text.as_str();
    let fb = f.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    for stem in ["lan", "tir"] {
        for i in memchr::memmem::find_iter(fb, stem.as_bytes()) {
            if i > 0 && is_word(fb[i - 1]) {
                continue;
            }
            let mut e = i;
            while e < fb.len() && (is_word(fb[e])) {
                e += 1;
            }
            let verb = &f[i..e];
            let firing = match stem {
                "lan" => matches!(
                    verb,
                    "lance"
                        | "lances"
                        | "lancee"
                        | "lancees"
                        | "lancent"
                        | "lancer"
                        | "lancait"
                        | "lancaient"
                        | "lanceront"
                        | "lancera"
                ),
                _ => matches!(
                    verb,
                    "tire"
                        | "tires"
                        | "tiree"
                        | "tirees"
                        | "tirent"
                        | "tirer"
                        | "tirait"
                        | "tiraient"
                ),
            };
            if !firing {
                continue;
            }
            // The next words of the clause: a count or quantifier, then
            // the munitions ("une vague de 40 drones").
            let mut words = 0;
            let mut j = e;
            let mut kind: Option<(&'static str, usize)> = None;
            while words < 5 && j < fb.len() {
                while j < fb.len() && fb[j] == b' ' {
                    j += 1;
                }
                if j >= fb.len() || !is_word(fb[j]) {
                    break; // punctuation ends the clause
                }
                let w0 = j;
                while j < fb.len() && (is_word(fb[j]) || fb[j] == b'\'') {
                    j += 1;
                }
                let w = &f[w0..j];
                if let Some(k) = munition_kind(w) {
                    kind = Some((k, j));
                    break;
                }
                // A time between is read past: "a lancé dans la nuit de
                // samedi à dimanche 267 drones".
                let timing = crate::dates::is_day_word(w)
                    || matches!(
                        w,
                        "dans"
                            | "la"
                            | "nuit"
                            | "de"
                            | "a"
                            | "au"
                            | "du"
                            | "matin"
                            | "soir"
                            | "pendant"
                            | "journee"
                    );
                if !timing {
                    words += 1;
                } else if j - e > 80 {
                    break;
                }
            }
            let Some((kind, end)) = kind else { continue };
            // Something was counted between them, or a quantifier: a bare
            // "tiré des roquettes" is a fixed trigger already.
            let between = &f[e..end];
            let counted = between.bytes().any(|b| b.is_ascii_digit())
                || words_of(between).any(|w| {
                    crate::numbers::parse_number_words(w).is_some()
                        || matches!(
                            w,
                            "plusieurs"
                                | "dizaines"
                                | "centaines"
                                | "vague"
                                | "salve"
                                | "serie"
                                | "barrage"
                                | "nuee"
                                | "essaim"
                                | "quelque"
                                | "pres"
                                | "environ"
                                | "moins"
                                | "plus"
                        )
                });
            if counted {
                out.push((ctx.folded.to_original(Span::new(i, end)), kind));
                // "des centaines de missiles et de drones": munitions of
                // the other kind joined on are a strike of their own.
                if let Some((span, k)) = joined_munition(f, end, 40, kind) {
                    out.push((ctx.folded.to_original(span), k));
                }
            }
        }
    }
}

/// Whether a folded word names a crewed or military aircraft, not a
/// munition: one shot down is attacked ("un hélicoptère abattu").
fn is_manned_craft(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "avion"
            | "helicoptere"
            | "aeronef"
            | "chasseur"
            | "bombardier"
            | "mig"
            | "sukhoi"
            | "mirage"
    )
}

/// Whether a folded word and the one before it name an aircraft whose
/// downing is an attack on it: a crewed or military one, or one drone
/// ("un drone", "le drone"), not drones of a salvo.
fn attacked_craft(w: &str, lead: Option<&str>) -> bool {
    is_manned_craft(w)
        || w == "drone" && matches!(lead, Some("un" | "le" | "l'" | "ce"))
}

/// Whether a folded word names people (who may be shot dead), ending
/// a search for an aircraft before a verb of shooting down.
fn is_people_word(w: &str) -> bool {
    [
        "soldat",
        "militaire",
        "civil",
        "homme",
        "personne",
        "combattant",
        "policier",
        "pilote",
        "femme",
        "enfant",
        "habitant",
        "assaillant",
        "terroriste",
        "membre",
        "chef",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Whether a folded word names something that flies and is shot down:
/// an aircraft, a drone, a missile or a rocket.
fn is_aircraft_word(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "drone"
            | "avion"
            | "helicoptere"
            | "aeronef"
            | "appareil"
            | "chasseur"
            | "bombardier"
            | "missile"
            | "roquette"
            | "obus"
            | "shahed"
            | "mig"
            | "sukhoi"
            | "mirage"
    )
}

/// Parts of words (folded) that tell of aircraft, for
/// [`sentence_holds`] ("aerien" is also in "aérienne").
const AIRCRAFT: &[&str] = &[
    "aerien",
    "aviation",
    "avion",
    "drone",
    "helicoptere",
    "chasseur",
    "armee de l'air",
];

/// Fire that an aircraft takes rather than gives: "un hélicoptère a
/// essuyé des tirs", "des tirs visant un drone", "des tirs contre un
/// avion de l'armée". The trigger is an attack on the craft, not an air
/// strike.
fn fire_at_aircraft(ctx: &Context<'_>, f_trig: usize, trig: Span) -> bool {
    let f = ctx.folded.text.as_str();
    let back = clause_words_back(f, f_trig, 3);
    let taken =
        back.iter().any(|w| w.starts_with("essuy") || w.starts_with("essui"));
    if taken {
        return true;
    }
    let end = ctx.folded.from_original(trig.end);
    let fwd = clause_words_fwd(f, end, 5);
    fwd.iter()
        .position(|w| {
            matches!(*w, "contre" | "visant" | "sur" | "vers")
                || w.starts_with("ciblant")
        })
        .is_some_and(|k| {
            fwd[k + 1..]
                .iter()
                .take(3)
                .map(|w| w.rsplit('\'').next().unwrap_or(w))
                .any(|w| {
                    ["aviation", "avion", "drone", "helicoptere", "chasseur"]
                        .iter()
                        .any(|a| w.starts_with(a))
                })
        })
}

/// Whether a trigger of freeing ("libérer", "libération") frees land
/// rather than people: "plusieurs villages … ont été libérés", "libérer
/// trois quartiers", "Bria est libérée", "la libération de Marioupol".
/// Land freed is captured; people freed are released.
fn frees_land(
    ctx: &Context<'_>,
    t_span: Span,
    pos: Option<Pos>,
    sent: Span,
    args: &[Arg],
) -> bool {
    let folded_trigger = folded_of(ctx, t_span);
    if !folded_trigger.starts_with("liber") {
        return false;
    }
    let land = |w: &&str| {
        matches!(
            *w,
            "village"
                | "villages"
                | "localite"
                | "localites"
                | "quartier"
                | "quartiers"
                | "zone"
                | "zones"
                | "ville"
                | "villes"
                | "territoire"
                | "territoires"
                | "district"
                | "districts"
                | "secteur"
                | "secteurs"
                // "ont libéré la base de ses milices".
                | "base"
                | "bases"
                | "aeroport"
                | "position"
                | "positions"
        )
    };
    // The clause before the trigger, up to 14 words.
    let from = stretch_before(ctx.text, t_span.start, 120, sent.start);
    // A quote opened on the trigger ("ont été « libérés »") does not
    // part it from its clause.
    let lead = ctx.text[from..t_span.start]
        .trim_end_matches(['«', '"', '“', ' ', '\u{a0}', '\u{202f}']);
    let from = lead
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let before = folded_words(folded_of(ctx, Span::new(from, t_span.start)));
    let before = &before[before.len().saturating_sub(14)..];
    // "la libération de l'ensemble du territoire".
    let after = folded_words_after(ctx, t_span.end, 4);
    // Words of people held or freed.
    let of_people = |w: &str| {
        ["otage", "prisonnier", "detenu", "civil", "habitant"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    let people = before.iter().chain(after.iter()).any(|w| of_people(w));
    // "Bria est libérée", "À Kherson, libérée en novembre 2022":
    // a place its subject or in apposition before it.
    let place_subject = args.iter().any(|a| {
        a.kind == EntityKind::Place
            && a.span.end <= t_span.start
            && a.span.start >= sent.start
            && matches!(
                // "Kherson libérée", "Syrte est « libérée »",
                // "Falloujah entièrement libérée".
                folded_of(ctx, Span::new(a.span.end, t_span.start))
                    .trim()
                    .trim_end_matches([
                        '«', '"', '“', ' ', '\u{a0}', '\u{202f}'
                    ])
                    .trim_end_matches("entierement")
                    .trim_end(),
                "" | ","
                    | "est"
                    | "sont"
                    | "a ete"
                    | "ont ete"
                    | "avait ete"
                    | "etait"
                    | "est desormais"
                    | "est enfin"
                    | "a finalement ete"
            )
            && {
                // The place opens its clause ("À Kherson,", "«
                // Bria est"): not "enlevées à Jangebe ont été
                // libérées".
                let lead = clause_lead(ctx, sent, a.span.start);
                matches!(lead.trim(), "" | "a" | "la" | "le" | "l'")
            }
    });
    // "ont libéré ce samedi 11 janvier 2025 la ville de Wad
    // Madani", "pour libérer le reste de l'État d'Al-Jazira": a
    // place its object, a date or "le reste de" between.
    let place_object = matches!(pos, Some(Pos::Verb))
        && args.iter().any(|a| {
            a.kind == EntityKind::Place
                && a.span.start >= t_span.end
                && word_gap(ctx, t_span.end, a.span.start) <= 8
                && !has_clause_break(&ctx.text[t_span.end..a.span.start])
                // "a libéré six militaires enlevés près de Saravena": the
                // people named first are what is freed.
                && !args.iter().any(|p| {
                    p.kind == EntityKind::Actor
                        && p.span.start >= t_span.end
                        && p.span.end <= a.span.start
                })
                && words_of(folded_of(
                    ctx,
                    Span::new(t_span.end, a.span.start),
                ))
                .all(|w| {
                    !matches!(
                        w,
                        "a" | "au"
                            | "aux"
                            | "vers"
                            | "dans"
                            | "en"
                            | "par"
                            | "pour"
                            | "sur"
                            | "des"
                            | "leurs"
                            | "ses"
                    ) && !of_people(w)
                        && !w.starts_with("personne")
                })
        });
    if !people
        && (before.iter().any(land)
            || after.iter().any(land)
            || place_subject
            || place_object)
    {
        return true;
    }
    // "libération de <place>" is a capture, of people a release ("la
    // libération des otages retenus à Gaza").
    let names_people = ["otage", "prisonnier", "detenu"]
        .iter()
        .any(|p| folded_trigger.contains(p));
    if !names_people {
        let next_place = args.iter().find(|a| a.span.start >= t_span.end);
        if let Some(a) = next_place {
            let gap = folded_words_after(ctx, t_span.end, 4);
            // "23 otages libérés à Tsafe": people freed at a place.
            let at_place = gap
                .first()
                .is_some_and(|w| matches!(*w, "a" | "au" | "aux" | "dans"));
            // "libéré la ville de Kidal", "la libération totale de
            // Marioupol"; not "les Ukrainiens libérés figurent des
            // défenseurs de Marioupol": only articles, words of land
            // and of wholeness between.
            let wholeness = |w: &str| {
                matches!(
                    w,
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "totale"
                        | "totalement"
                        | "complete"
                        | "completement"
                        | "entierement"
                        // "de chaque pouce du territoire", "de tout le
                        // reste du pays".
                        | "chaque"
                        | "tout"
                        | "toute"
                        | "tous"
                        | "toutes"
                        | "pouce"
                        | "reste"
                        | "ensemble"
                )
            };
            let land_between =
                words_of(folded_of(ctx, Span::new(t_span.end, a.span.start)))
                    .all(|w| {
                        ARTICLES.contains(&w)
                            || wholeness(w)
                            || is_locative_noun(
                                w.strip_prefix("l'").unwrap_or(w),
                            )
                    });
            if a.kind == EntityKind::Place
                && word_gap(ctx, t_span.end, a.span.start) <= 4
                && land_between
                && !at_place
                && !gap.iter().any(|w| *w == "otages" || *w == "prisonniers")
            {
                return true;
            }
        }
    }
    false
}

/// Folded words that tell of aid delivered: a convoy in their sentence
/// carries it.
const AID_WORDS: &[&str] = &[
    "vivres",
    "nourriture",
    "medicaments",
    "humanitaire",
    "alimentaire",
    " aide ",
    "'aide",
    " pam",
    "programme alimentaire",
    "cicr",
    "croix-rouge",
    " hcr",
    "unicef",
    "ocha",
    "denrees",
    "tonnes de",
];

/// Whether a convoy is one of a count ("Un deuxième convoi doit rejoindre
/// Mykolaïv", "Un troisième convoi doit partir") told within 1,500 bytes
/// after aid: the next of a series of aid convoys. ("Un autre convoi
/// avait été visé" counts none.)
fn counted_after_aid(ctx: &Context<'_>, trig: Span) -> bool {
    let counted =
        folded_words_before(ctx, trig.start, 1).last().is_some_and(|w| {
            matches!(
                *w,
                "premier"
                    | "deuxieme"
                    | "second"
                    | "troisieme"
                    | "quatrieme"
                    | "cinquieme"
                    | "nouveau"
                    | "dernier"
            )
        });
    counted && {
        let f = ctx.folded.text.as_str();
        let end = ctx.folded.from_original(trig.start);
        let before = &f[stretch_before(f, end, 1_500, 0)..end];
        AID_WORDS.iter().any(|p| before.contains(p))
            || before.contains("unrwa")
    }
}

/// The sentence before the one `sent` lies in, or `sent` itself for the
/// first.
fn sentence_before(ctx: &Context<'_>, sent: Span) -> Span {
    let i = ctx.sentences.partition_point(|s| s.end <= sent.start);
    i.checked_sub(1).map_or(sent, |i| ctx.sentences[i])
}

/// Whether the folded sentence `sent` holds one of `parts` anywhere
/// ("aerien" in "frappes aériennes").
fn sentence_holds(ctx: &Context<'_>, sent: Span, parts: &[&str]) -> bool {
    let f = folded_of(ctx, sent);
    parts.iter().any(|p| f.contains(p))
}

/// Causes of death that are no violence (folded): a toll they take is no
/// killing.
const NATURAL_CAUSES: &[&str] = &[
    "inondation",
    "seisme",
    "tremblement de terre",
    "glissement de terrain",
    "glissements de terrain",
    "coulee de boue",
    "eboulement",
    "avalanche",
    "cyclone",
    "ouragan",
    "typhon",
    "tempete",
    "intemperies",
    "pluies diluviennes",
    "crues",
    "secheresse",
    "canicule",
    "vague de chaleur",
    "epidemie",
    "cholera",
    "paludisme",
    "covid",
    "accident de la route",
    "accident de la circulation",
    "accident de car",
    "accident de bus",
    "accident ferroviaire",
    "accident d'avion",
    "naufrage",
    // Aid dropped from the air that falls on people ("un largage dont le
    // parachute ne s'est pas ouvert"), a crush at a distribution.
    "parachute",
    "largage d'aide",
    "largages d'aide",
    "largage de vivres",
    "largages de vivres",
    "bousculade",
];

/// Whether `within` tells of a cause of [`NATURAL_CAUSES`] and `args`
/// name no one armed: deaths told there are no killing.
fn natural_toll(ctx: &Context<'_>, within: Span, args: &[Arg]) -> bool {
    sentence_holds(ctx, within, NATURAL_CAUSES)
        && !args.iter().any(|a| armed_actor(ctx, a.entity))
}

/// Whether entity `e` is an armed actor (a force or an armed group).
fn armed_actor(ctx: &Context<'_>, e: usize) -> bool {
    let d = &ctx.entities.drafts[e];
    d.kind == EntityKind::Actor && is_armed(&d.subkind)
}

/// Whether entity `e` is named, by a gazetteer row or a noun of a group
/// ("l'armée", "les forces maliennes"), not people counted ("trois
/// soldats").
fn named_actor(ctx: &Context<'_>, e: usize) -> bool {
    let d = &ctx.entities.drafts[e];
    d.row.is_some() || d.group.is_some()
}

/// Whether an actor subkind bears arms: a state force or an armed group.
fn is_armed(subkind: &str) -> bool {
    matches!(
        subkind,
        "state_force" | "armed_group" | "unidentified_armed_group"
    )
}

/// Month names, folded.
const MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Prepositions that open a time adjunct: what follows them is not the
/// object of the verb before.
const TIME_PREPOSITIONS: &[&str] =
    &["apres", "avant", "depuis", "lors", "pendant", "durant"];

/// Verbs (folded prefixes) whose subject is the one a nominal violent
/// trigger after them hits: "a repoussé une attaque", "a déjoué un
/// attentat", "a subi / essuyé des tirs", "a résisté à l'assaut", "a
/// échappé à une embuscade".
const REPELLING_VERBS: &[&str] = &[
    "repouss", "dejou", "subi", "essuy", "echapp", "perd",
    // The verb's forms, not the noun of "Unités de résistance de Sinjar".
    "resiste", "resisti", "resistai",
    // "L'armée est confrontée aux attaques des jihadistes".
    "confront",
    // "les transporteurs ne doivent pas céder aux menaces du JNIM".
    "ced",
];

/// Whether word `i` of the folded `words` is a verb of reporting or
/// commenting: a form of [`COMMENT_VERBS`], or the "fait" of "fait état
/// de" (a verb of two words).
fn comments_at(words: &[&str], i: usize) -> bool {
    let w = words[i];
    COMMENT_VERBS.iter().any(|p| w.starts_with(p))
        || w == "fait" && words.get(i + 1) == Some(&"etat")
}

/// Verbs (folded prefixes) by which a speaker comments on an event it
/// did not carry out: "X a dénoncé une attaque", "l'attaque qu'a
/// condamnée X".
const COMMENT_VERBS: &[&str] = &[
    "denonc", "condamn", "deplor", "evoqu", "salu", "regrett", "critiqu",
    "fustig", "accus", "qualifi", "dement", "nie", "confirm", "rapport",
    "signal", "rejet", "comment",
    // "L'armée a reconnu la mort de deux soldats".
    "reconn",
    // "Joe Biden se félicite d'un accord", "Paris s'est réjoui de la
    // trêve".
    "felicit", "rejou",
];

/// Verbs (folded prefixes) by which a relative clause on a nominal
/// trigger names who carries it out: "le blocus qu'imposent les FSR".
const CARRY_OUT: &[&str] = &[
    "men",
    "impos",
    "lanc",
    "condui",
    "perpetr",
    "commi",
    "commet",
    "revendiqu",
    "livr",
    "effectu",
    "orchestr",
    "exerc",
    "inflig",
];

/// The verb of a relative clause on a nominal trigger (ending at
/// `trig_end`) whose subject is `actor`: "mene" in "que mène l'armée" and
/// "que les jihadistes ont menée", "imposent" in "qu'imposent les FSR".
fn relative_verb<'a>(
    ctx: &Context<'a>,
    trig_end: usize,
    actor: Span,
) -> Option<&'a str> {
    let gap = folded_of(ctx, Span::new(trig_end, actor.start));
    if RELATIVE_BREAKS.any_in(gap) {
        return None;
    }
    let mut words = folded_words(gap);
    while words.last().is_some_and(|w| {
        matches!(*w, "le" | "la" | "les" | "l'" | "des" | "d'")
    }) {
        words.pop();
    }
    let (&first, rest) = words.split_first()?;
    if first == "que" && rest.is_empty() {
        // The subject first: its verb follows it.
        let after = folded_words_after(ctx, actor.end, 3);
        return after.iter().copied().find(|w| !ACTIVE_AUX.contains(w));
    }
    // The subject after its verb: "qu'a menée", "que mène".
    let verb_words: Vec<&str> = match first.strip_prefix("qu'") {
        Some(v) => std::iter::once(v).chain(rest.iter().copied()).collect(),
        None if first == "que" => rest.to_vec(),
        None => return None,
    };
    let mut verbs = verb_words.iter().filter(|w| !ACTIVE_AUX.contains(w));
    match (verbs.next(), verbs.next()) {
        (Some(v), None) if verb_words.len() <= 3 => Some(v),
        _ => None,
    }
}

/// Endings of past participles (on the original, accented text).
const PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "is", "ise", "ises", "u", "us", "ue", "ues", "it",
    "its", "ite", "ites", "ts",
];
const ACTIVE_AUX: &[&str] = &[
    "a",
    "ont",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "avoir",
    // "accusés d'avoir tué", "sans n'avoir jamais attaqué".
    "d'avoir",
    "n'avoir",
    "ayant",
    "s'est",
    "se",
    "s'etaient",
    "s'etait",
    "aura",
    "auront",
    // "Les gangs n'ont pas attaqué l'aéroport": denied, still active.
    "n'a",
    "n'ont",
    "n'avait",
    "n'avaient",
    "n'aurait",
    "n'auraient",
    "n'aura",
    "n'auront",
    // "dément que les jihadistes aient attaqué Kidal": the subjunctive.
    "ait",
    "aient",
    "n'ait",
    "n'aient",
    // "Nous avons neutralisé …".
    "avons",
    "n'avons",
    // "Les militaires l'ont arrêté": an object pronoun before.
    "l'a",
    "l'ont",
    "l'avait",
    "l'avaient",
    "l'aurait",
    "l'auraient",
    "l'avons",
];
/// Whether folded words between a subject and a nominal trigger say the
/// subject died or was hurt: "ont péri dans", "sont morts lors de", "ont
/// été tués dans", "tués dans", "ont trouvé la mort dans", "ont perdu la
/// vie dans". An active transitive verb ("ont tué trois soldats lors
/// de") says the opposite and does not count.
fn dies_in(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let prev = if i > 0 { words[i - 1] } else { "" };
        match *w {
            "peri" | "perissent" | "perirent" | "succombe" | "succombent"
            | "decede" | "decedes" | "decedee" | "decedees" => true,
            "mort" | "morts" | "morte" | "mortes" => {
                i == 0
                    || PASSIVE_AUX.contains(&prev)
                    || prev == "la"
                        && i >= 2
                        && words[i - 2].starts_with("trouv")
            }
            "vie" => {
                prev == "la" && i >= 2 && words[i - 2].starts_with("perd")
            }
            "tue" | "tues" | "tuee" | "tuees" | "blesse" | "blesses"
            | "blessee" | "blessees" | "abattus" | "executes"
            | "neutralises" | "neutralise" => !ACTIVE_AUX.contains(&prev),
            _ => false,
        }
    })
}

/// Whether the actor `a` is the object of an active verb of harm right
/// before it: "ont tué trois soldats", "a blessé deux civils", "tuant
/// cinq villageois", "ont enlevé des élèves".
fn harmed_object(ctx: &Context<'_>, a: &Arg) -> bool {
    let mut lead = words_before_quoted(ctx, a.span.start, 3);
    // An article the mention leaves out: "tué une vingtaine de
    // soldats", "neutralisé des dizaines de terroristes".
    // "tuant de nombreux terroristes".
    if lead.last().is_some_and(|w| {
        matches!(*w, "une" | "un" | "des" | "les" | "la" | "le" | "l'")
            || *w == "de" && ctx.text[a.span].starts_with("nombreu")
    }) {
        lead.pop();
    }
    let (prev, last) = match &lead[lead.len().saturating_sub(2)..] {
        [p, l] => (*p, *l),
        [l] => ("", *l),
        _ => return false,
    };
    let gerund = matches!(
        last,
        "tuant"
            | "neutralisant"
            | "blessant"
            | "massacrant"
            | "abattant"
            | "enlevant"
            | "executant"
    );
    let participle = matches!(
        last,
        "tue"
            | "blesse"
            | "massacre"
            | "abattu"
            | "enleve"
            | "execute"
            | "kidnappe"
            | "perdu"
            | "neutralise"
    ) && ACTIVE_AUX.contains(&prev);
    gerund || participle
}

const PASSIVE_AUX: &[&str] = &[
    "ete", "est", "sont", "etaient", "etait", "soit", "soient", "sera",
    "seront", "serait", "seraient", "fut", "furent", "etre",
];

fn set_attributes(
    ctx: &Context<'_>,
    stems: &DenialStems,
    trig: Span,
    at: FoldedAt,
    d: &mut EventDraft,
) {
    let (start, t0) = (at.sent, at.trig);
    let before_text = &ctx.folded.text[start..t0.max(start)];
    // The clause before the trigger: what follows the last clause
    // punctuation (which never is inside a word).
    let bytes = before_text.as_bytes();
    let last_cut = |bytes: &[u8]| {
        memchr::memrchr3(b',', b';', b':', bytes)
            .max(memchr::memrchr3(b'"', b'(', b')', bytes))
    };
    let mut cut = last_cut(bytes).map_or(0, |i| i + 1);
    // "a appelé à « un cessez-le-feu immédiat »": a quote opened a word or
    // two before the trigger quotes the event; the clause it is in is read
    // past it.
    // So does a quote that opens on the ones called on: "a appelé
    // mercredi « toutes les parties à un cessez-le-feu »".
    let quoted = before_text[cut..].split_whitespace().count();
    let called_before = |cut: usize| {
        FewWords::last_of(&before_text[..cut - 1], 3).iter().any(|w| {
            CALL_ON_STEMS.iter().chain(DEMAND_STEMS).any(|p| w.starts_with(p))
        })
    };
    if cut > 0
        && bytes[cut - 1] == b'"'
        && (quoted <= 2 || quoted <= 6 && called_before(cut))
        && match ctx.text[ctx.folded.original_start(start + cut - 1)..]
            .chars()
            .next()
        {
            Some('«' | '“') => true,
            // A straight quote opens when the ones before it pair up.
            Some('"') => {
                bytes[..cut - 1].iter().filter(|&&b| b == b'"').count() % 2
                    == 0
            }
            _ => false,
        }
    {
        cut = last_cut(&bytes[..cut - 1]).map_or(0, |i| i + 1);
    }
    // "appelle les Houthis, Washington et Londres à un arrêt des
    // hostilités": the commas of a list of those called on cut no clause.
    if cut > 0 && bytes[cut - 1] == b',' && {
        let rest = &before_text[cut..];
        rest.contains(" et ") && rest.split_whitespace().count() <= 8
    } {
        let mut c = cut;
        // Back over up to three more short items of the list.
        for _ in 0..4 {
            if c == 0 || bytes[c - 1] != b',' {
                break;
            }
            let p = last_cut(&bytes[..c - 1]).map_or(0, |i| i + 1);
            let lead = &before_text[p..c - 1];
            let calls = FewWords::last_of(lead, 6)
                .iter()
                .any(|w| CALL_ON_STEMS.iter().any(|s| w.starts_with(s)));
            if calls {
                cut = p;
                break;
            }
            if lead.split_whitespace().count() > 4 {
                break;
            }
            c = p;
        }
    }
    // "l'appel du chef de l'État, Paul Biya, aux égarés à déposer les
    // armes": a name set off by commas after the caller cuts no clause.
    let mut called_past_name = false;
    if cut > 0 && bytes[cut - 1] == b',' {
        let p = last_cut(&bytes[..cut - 1]).map_or(0, |i| i + 1);
        if p > 0
            && bytes[p - 1] == b','
            && before_text[p..cut - 1].split_whitespace().count() <= 4
        {
            let q = last_cut(&bytes[..p - 1]).map_or(0, |i| i + 1);
            let calls =
                FewWords::last_of(&before_text[q..p - 1], 6).iter().any(|w| {
                    let w = w
                        .strip_prefix("l'")
                        .or_else(|| w.strip_prefix("d'"))
                        .unwrap_or(w);
                    CALL_ON_STEMS.iter().any(|s| w.starts_with(s))
                });
            if calls {
                cut = q;
                called_past_name = true;
            }
        }
    }
    let clause_text = &before_text[cut..];
    // Its last words, all the rules below read but for denials.
    let clause_tail = FewWords::last_of(clause_text, 7);
    let near = &clause_tail[clause_tail.len().saturating_sub(6)..];
    let after = folded_words_after(ctx, trig.end, 3);
    // Polarity: ne … pas around the trigger, "aucun" right before, or a
    // denial in the sentence before it.
    let is_ne = |w: &&str| *w == "ne" || *w == "n'" || w.starts_with("n'");
    // "aucune position n'a été abandonnée": the trigger may hold the "ne".
    let trig_ne = folded_words(folded_of(ctx, trig)).iter().any(is_ne);
    let ne = near.iter().any(is_ne) || trig_ne;
    // "ne déposeront pas les armes": the trigger may hold the "pas".
    let neg_word = near
        .iter()
        .chain(after.iter().take(2))
        .any(|w| NEGATION_AFTER_NE.contains(w))
        || folded_words(folded_of(ctx, trig))
            .iter()
            .any(|w| NEGATION_AFTER_NE.contains(w));
    let aucun = near.iter().rev().take(2).any(|w| {
        // ("qu'aucun cessez-le-feu n'était envisageable".)
        matches!(
            *w,
            "aucun"
                | "aucune"
                | "qu'aucun"
                | "qu'aucune"
                | "d'aucun"
                | "d'aucune"
                | "sans"
                | "nul"
                | "nulle"
        )
    });
    let denied = stems.denial_word_in(&ctx.folded.text, start, t0) && {
        let all_before = folded_words(before_text);
        contains_phrase(&all_before, &DENIAL_SET)
            && denial_reaches(&all_before, &folded_words(clause_text), &after)
    };
    // A noun is negated only by a negative determiner ("aucun cessez-le-feu",
    // "pas de combats", "il n'y a pas eu de frappes"); "n'a pas revendiqué
    // l'attaque" negates the claim, not the attack.
    let noun_negation = ends_with_any(
        near,
        &[
            "pas de",
            "pas d'",
            "plus de",
            "plus d'",
            "jamais de",
            "guere de",
            "ni",
        ],
    ) || near
        .iter()
        .rev()
        .take(3)
        .any(|w| *w == "eu" || w.starts_with("n'y"))
        && ne
        && neg_word
        // "continue d'exclure tout dialogue", "a exclu tout cessez-le-feu",
        // "rejette toute négociation": what is ruled out is not held.
        || matches!(
            near,
            [.., v, "tout" | "toute" | "tous" | "toutes"]
                if ["exclu", "rejet", "refus"].iter().any(|p| {
                    v.strip_prefix("d'").unwrap_or(v).starts_with(p)
                })
        );
    // "Un commandant aurait été tué lors des échanges de tirs", "dément
    // avoir tué des civils lors des frappes": the conditional or the
    // denial is the death's; the fight it happened in is told as sure.
    let circumstance = !matches!(d.pos, Some(Pos::Verb))
        && ends_with_any(
            near,
            &[
                "lors des",
                "lors de",
                "lors d'",
                "dans les",
                "pendant les",
                "pendant la",
                "au cours des",
                "au cours de",
                "au cours d'",
                "durant les",
            ],
        );
    // "des jihadistes refusent de se rendre", "avait refusé de signer":
    // an act refused is told as not done (not one refused on a condition,
    // "si Kiev refusait de retirer", or in the future, "ceux qui
    // refuseront de déposer les armes").
    let refused = match near {
        [.., r, "de" | "d'"] => {
            r.starts_with("refus")
                && !r.starts_with("refuser")
                && !near
                    .iter()
                    .rev()
                    .take(5)
                    .any(|w| *w == "si" || *w == "s'il")
        }
        _ => false,
    };
    let verb_negation = ne && neg_word || refused;
    d.negated = match d.pos {
        Some(Pos::Verb) => verb_negation || denied,
        // ("ne retirait pas ses troupes": a phrase that holds its "ne …
        // pas" is negated as a verb is.)
        _ => {
            noun_negation
                || aucun
                || denied && !circumstance
                || trig_ne && neg_word
        }
    };
    // Modality: demanded > future > hypothetical. The day of a call is
    // read past ("a appelé lundi à un cessez-le-feu").
    let undated = FewWords::first_of(
        clause_tail.iter().copied().filter(|w| !is_day_word(w)),
        FEW,
    );
    let window = &undated[..];
    let last = near.last().copied().unwrap_or("");
    let infinitive_after_purpose = matches!(last, "pour")
        || ends_with_any(near, &["afin de", "en vue de", "afin d'"]);
    let calls_on = |w: &str| CALL_ON_STEMS.iter().any(|p| w.starts_with(p));
    // "appelé les habitants des villages du sud à évacuer": a call to
    // someone to do it, with the object between.
    // "a ordonné à l'armée de déloger l'ennemi", "sommé les rebelles de
    // quitter": an order to someone takes "de".
    let orders =
        |w: &str| ["ordonn", "somm", "enjoi"].iter().any(|p| w.starts_with(p));
    let called_to = || {
        (last == "a"
            || matches!(last, "de" | "d'")
                && FewWords::last_of(clause_text, FEW)
                    .iter()
                    .any(|w| orders(w)))
            && {
                // The trigger opens on an infinitive ("évacuer",
                // "reprendre les négociations").
                let t = folded_from(ctx, at.trig, trig);
                let t = t.split(' ').next().unwrap_or(t);
                t.ends_with("er") || t.ends_with("ir") || t.ends_with("re")
            }
            && (called_past_name
                || FewWords::last_of(clause_text, FEW)
                    .iter()
                    .any(|w| calls_on(w)))
    };
    // "appelé la communauté internationale à imposer un cessez-le-feu":
    // the event is the object of the infinitive called for.
    // "a appelé mercredi Bamako et les rebelles du FLA à reprendre le
    // dialogue": the verb of calling may be further back, past the day
    // and those called on.
    let called_to_noun = || {
        !matches!(d.pos, Some(Pos::Verb)) && {
            let mut back =
                WordsBack { s: clause_text, end: clause_text.len() };
            let mut w: [&str; 14] = [""; 14];
            let mut n = 0;
            for x in back.by_ref().take(14) {
                w[n] = x;
                n += 1;
            }
            // w[0] is the word right before the trigger.
            (0..n.min(4)).any(|j| {
                j + 1 < n
                    && BRINGING_ABOUT.contains(&w[j])
                    && w[j + 1] == "a"
                    && w[j + 2..n].iter().any(|x| calls_on(x))
            })
            // "appelons toutes les parties à une cessation des
            // hostilités": the event itself is what they are called to.
            // "a appelé à un cessez-le-feu et au retrait des forces",
            // "appelle au retrait des troupes".
            || (0..n.min(2)).any(|j| {
                matches!(w[j], "a" | "au" | "aux")
                    && (j == 0
                        || matches!(w[0], "un" | "une" | "la" | "le" | "l'"))
                    && w[j + 1..n].iter().any(|x| calls_on(x))
            })
        }
    };
    // "des individus se réclamant du JNIM": who claims a tie demands
    // nothing.
    let demanded = (0..window.len()).any(|i| {
        DEMANDED_SET.may_start(window[i])
            && DEMANDED_SET.at(window, i)
            && !(i > 0 && window[i - 1] == "se")
    });
    // "réclament une rançon et menacent de …": a threat is made, not
    // called for.
    let made = d.kind == "threat" && matches!(d.pos, Some(Pos::Verb));
    // "appelle les Houthis à cesser leurs attaques": what is to stop is
    // going on; the stopping is what is called for.
    let stopped = !matches!(d.pos, Some(Pos::Verb)) && {
        let mut back = WordsBack { s: clause_text, end: clause_text.len() };
        back.by_ref()
            .take(4)
            .find(|w| {
                !matches!(
                    *w,
                    "leurs"
                        | "leur"
                        | "les"
                        | "ses"
                        | "toutes"
                        | "tous"
                        | "immediatement"
                        | "definitivement"
                )
            })
            .is_some_and(|w| {
                matches!(
                    w,
                    "cesser"
                        | "cessent"
                        | "cessera"
                        | "cesseront"
                        | "arreter"
                        | "arretent"
                        | "stopper"
                )
            })
    };
    if stopped {
        return;
    }
    if !made
        && (demanded
            || called_to()
            || called_to_noun()
            || (after.first().is_some_and(|w| *w == "ou")
                && after.get(1).is_some_and(|w| *w == "mourir")))
    {
        d.modality = "demanded";
    } else if contains_phrase(window, &FUTURE_SET)
        || infinitive_after_purpose
        || !matches!(d.pos, Some(Pos::Verb))
            && noun_then_future(&folded_words_after(ctx, trig.end, FEW))
        // "un accord prévoyant une trêve de six semaines et la libération
        // des otages": what an accord provides for is ahead.
        // (An accord that only might be made keeps its provisions
        // hypothetical.)
        || {
            let w = FewWords::last_of(clause_text, FEW);
            w.iter()
                .any(|w| matches!(*w, "prevoyant" | "prevoit" | "prevoient"))
                && !contains_phrase(&w, &HYPOTHETICAL_SET)
        }
    {
        d.modality = "future";
    } else if contains_phrase(window, &HYPOTHETICAL_SET) && !circumstance
        // "un présumé attentat", "l'attaque présumée"; not "des membres
        // présumés de gangs ont été tués", whose members are presumed.
        || contains_phrase(
            &clause_tail[clause_tail.len().saturating_sub(1)..],
            &PRESUMED_SET,
        )
        // Right after a noun ("l'attentat jihadiste présumé"); after a
        // verb it is the object that is presumed ("interpellé trois
        // complices présumés").
        || !matches!(d.pos, Some(Pos::Verb))
            && contains_phrase(&after[..after.len().min(2)], &PRESUMED_SET)
        // "a mis en garde contre toute attaque visant les Druzes", "contre
        // tout nouvel assaut": any such deed warned against, none done
        // ("dément toute attaque" denies it).
        || !matches!(d.pos, Some(Pos::Verb)) && {
            let f = ctx.folded.from_original(trig.start);
            let w = FewWords::before(&ctx.folded.text, f, 3);
            matches!(
                &w[..],
                [.., "contre", "toute" | "tout"]
                    | ["contre", "toute", "nouvelle"]
                    | ["contre", "tout", "nouvel" | "nouveau"]
            )
        }
        // "des frappes auraient tué 20 civils": the conditional of the
        // verb whose subject the trigger is.
        || !matches!(d.pos, Some(Pos::Verb))
            && after.first().is_some_and(|w| {
                matches!(*w, "aurait" | "auraient" | "pourrait" | "pourraient")
            })
    {
        d.modality = "hypothetical";
    } else if matches!(d.pos, Some(Pos::Verb)) {
        // The verb of the trigger itself: "se seraient emparés" is told
        // as a guess, "ne se retireront pas" and "libérera" lie ahead.
        let own = folded_of(ctx, trig);
        let original = &ctx.text[trig];
        if folded_words(own).iter().any(|w| {
            matches!(*w, "serait" | "seraient" | "aurait" | "auraient")
        }) {
            d.modality = "hypothetical";
        } else if original.split(|c: char| !c.is_alphabetic()).any(future_form)
        {
            d.modality = "future";
        }
    }
}

/// Whether a word is a verb in the simple future by its ending:
/// "reprendront", "libérera", "tiendra" (not "sera", "fera", which other
/// rules read).
fn future_form(w: &str) -> bool {
    let n = w.chars().count();
    n >= 6 && w.ends_with("ront")
        || n >= 5 && w.ends_with("era")
        || n >= 6 && w.ends_with("dra")
}

/// Whether the words right after a noun trigger put it ahead: "les
/// pourparlers doivent se tenir lundi", "les négociations vont reprendre",
/// "une trêve, prévue pour jeudi". Not "doit être condamnée" (a judgement)
/// nor "devrait avoir fait 20 morts" (a guess at the past). The modal
/// may follow the noun's complements ("des négociations entre les deux
/// gouvernements rivaux doivent se tenir"), not another verb.
fn noun_then_future(after: &[&str]) -> bool {
    // "Des pourparlers se tiendront jeudi", "les négociations reprendront
    // lundi", "la trêve aura lieu": the noun's own verb, right after it,
    // in the future.
    let own = match after {
        ["se" | "s'", w, ..] => Some(*w),
        [w, ..] => Some(*w),
        [] => None,
    };
    if own.is_some_and(|w| {
        w.chars().count() >= 6 && future_form(w)
            || matches!(w, "aura" | "auront")
                && after.iter().take(3).any(|x| *x == "lieu")
    }) {
        return true;
    }
    let at = after
        .iter()
        .position(|w| {
            matches!(
                *w,
                "doit"
                    | "doivent"
                    | "devrait"
                    | "devraient"
                    | "va"
                    | "vont"
                    | "prevu"
                    | "prevue"
                    | "prevus"
                    | "prevues"
                    | "a"
                    | "ont"
                    | "est"
                    | "sont"
                    | "avait"
                    | "avaient"
                    | "etait"
                    | "qui"
                    | "que"
                    | "dont"
                    | "ou"
            )
        })
        .unwrap_or(after.len());
    match &after[at..] {
        [w, ..] if matches!(*w, "prevu" | "prevue" | "prevus" | "prevues") => {
            true
        }
        [m, next, rest @ ..]
            if matches!(
                *m,
                "doit" | "doivent" | "devrait" | "devraient" | "va" | "vont"
            ) =>
        {
            match *next {
                "etre" | "faire" => false,
                "avoir" => rest.first().is_some_and(|w| *w == "lieu"),
                _ => true,
            }
        }
        _ => false,
    }
}

/// Whether the last denial before a trigger still governs it: not across
/// a contrast ("Le Hamas a démenti avoir accepté une trêve, alors que
/// l'armée a poursuivi ses frappes"), nor into a new clause whose subject
/// the trigger is ("… dément avoir accepté une trêve, les frappes se
/// poursuivent").
fn denial_reaches(
    all_before: &[&str],
    clause_words: &[&str],
    after: &[&str],
) -> bool {
    // The verb of each denial phrase is its last word.
    let Some(i) = all_before.iter().rposition(|w| {
        DENIAL.iter().any(|p| p.rsplit(' ').next() == Some(*w))
    }) else {
        return true;
    };
    let since = &all_before[i + 1..];
    if since.iter().any(|w| {
        matches!(
            *w,
            "alors"
                | "tandis"
                | "mais"
                | "pourtant"
                | "cependant"
                | "toutefois"
                | "neanmoins"
        )
        // "… a démenti toute responsabilité, accusant les FARDC d'avoir
        // bombardé la zone": what the denier accuses others of is told
        // as done.
        // ("dément les accusations selon lesquelles …" denies them.)
        || w.starts_with("accus") && !w.starts_with("accusation")
        || w.starts_with("imput") && !w.starts_with("imputation")
        || w.starts_with("attribu")
        // "dément toute frappe contre des civils et affirme avoir
        // « neutralisé des terroristes »": what the denier then asserts
        // is told as done ("dément les affirmations" still denies).
        || w.starts_with("affirm") && !w.starts_with("affirmation")
        || w.starts_with("assur") && !w.starts_with("assurance")
        || w.starts_with("revendiqu")
    }) || since.windows(2).any(|p| {
        // "a démenti avoir visé des civils, et a promis de « répondre »":
        // a verb of its own after "et" is no longer denied.
        p[0] == "et" && matches!(p[1], "a" | "ont" | "avait" | "avaient")
    }) {
        return false;
    }
    // "a démenti que des soldats aient abandonné leur position avant
    // l'attaque": the deed that dates the denied one is not denied.
    if dates_what_precedes(since) {
        return false;
    }
    // The denial is before the trigger's clause, the trigger opens that
    // clause (after an article at most), and a verb follows it.
    let in_clause = since.len() < clause_words.len();
    let opens = clause_words.iter().all(|w| {
        matches!(*w, "le" | "la" | "les" | "l'" | "des" | "de" | "du" | "ces")
    });
    // The verb may follow an adjective ("les frappes israéliennes se
    // poursuivent").
    let verb_next = after.iter().take(2).any(|w| {
        matches!(
            *w,
            "se" | "s'est"
                | "s'etaient"
                | "a"
                | "ont"
                | "est"
                | "sont"
                | "continue"
                | "continuent"
                | "reprennent"
                | "reprend"
                | "redoublent"
                | "s'intensifient"
                | "s'intensifie"
        ) || w.starts_with("se ")
    });
    in_clause || !(opens && verb_next)
}

/// Whether folded words `before` a trigger end on a time preposition
/// that makes it the landmark of what they tell: "… avant l'attaque",
/// "… lors de l'attaque", "… depuis".
fn dates_what_precedes(before: &[&str]) -> bool {
    matches!(
        before,
        [
            ..,
            "avant" | "apres" | "depuis" | "lors",
            "l'" | "la" | "le" | "les"
        ] | [.., "avant" | "apres" | "depuis"]
            | [.., "lors", "de" | "du" | "des" | "d'"]
            | [.., "lors", "de", "l'" | "la"]
            | [.., "lors", "d'une" | "d'un"]
    )
}

static DENIAL_SET: Phrases = Phrases::new(DENIAL);

/// Stems one of which every phrase of [`DENIAL`] holds.
const DENIAL_STEMS: &[&str] = &["dement", "nie", "rejet"];

/// Where the [`DENIAL_STEMS`] occur in a folded text, found once for all
/// its triggers.
struct DenialStems(Vec<(usize, usize)>);

/// One searcher per stem of [`DENIAL_STEMS`].
static DENIAL_STEM_FINDERS: once_cell::sync::Lazy<
    Vec<memchr::memmem::Finder<'static>>,
> = once_cell::sync::Lazy::new(|| {
    DENIAL_STEMS.iter().map(memchr::memmem::Finder::new).collect()
});

impl DenialStems {
    fn new(folded: &str) -> DenialStems {
        let mut at: Vec<(usize, usize)> = Vec::new();
        for finder in DENIAL_STEM_FINDERS.iter() {
            // A stem cannot overlap itself: the matches are all of them.
            let n = finder.needle().len();
            at.extend(finder.find_iter(folded.as_bytes()).map(|i| (i, i + n)));
        }
        at.sort_unstable();
        DenialStems(at)
    }

    /// Whether a word of `folded[from..to]` ([`words_of`]) is a denial
    /// verb (the last word of a phrase of [`DENIAL`]): what
    /// `contains_phrase(&folded_words(&folded[from..to]), &DENIAL_SET)`
    /// says, since each such phrase ends with a word that is a phrase
    /// itself. Every such word holds a stem: only the words around the
    /// stems inside the range are read.
    fn denial_word_in(&self, folded: &str, from: usize, to: usize) -> bool {
        let part = &folded[from..to.max(from)];
        let lo = self.0.partition_point(|&(s, _)| s < from);
        self.0[lo..]
            .iter()
            .take_while(|&&(s, _)| s < to)
            .filter(|&&(_, e)| e <= to)
            .any(|&(s, e)| {
                // The word of `part` around the stem.
                let back = WordsBack { s: part, end: s - from };
                let mut ws = s - from;
                while ws > 0 {
                    let (word, at) = back.char_before(ws);
                    if !word {
                        break;
                    }
                    ws = at;
                }
                let mut we = e - from;
                while we < part.len() {
                    let (word, len) = word_char_at(part, we);
                    if !word {
                        break;
                    }
                    we += len;
                }
                DENIAL_SET.is(&part[ws..we])
            })
    }
}

/// False when folded text cannot hold a phrase of [`DENIAL`] (it has none
/// of [`DENIAL_STEMS`]): a few substring searches spare splitting the
/// sentence into words.
#[cfg(test)]
fn may_deny(folded: &str) -> bool {
    DENIAL_STEMS.iter().any(|s| folded.contains(s))
}
static DEMANDED_SET: Phrases = Phrases::new(DEMANDED);
static FUTURE_SET: Phrases = Phrases::new(FUTURE);
static HYPOTHETICAL_SET: Phrases = Phrases::new(HYPOTHETICAL);
static PRESUMED_SET: Phrases =
    Phrases::new(&["presume", "presumee", "presumes", "presumees"]);

const DENIAL: &[&str] = &[
    "dement",
    "dementi",
    "a dementi",
    "nie",
    "a nie",
    "dementent",
    "nient",
    "ont dementi",
    "ont nie",
    "rejete",
    "rejette",
    "rejettent",
];

/// How many earlier events of a kind a new mention is compared with.
const MERGE_CANDIDATES: usize = 64;

/// How many trigger mentions one event gathers at most.
const MAX_MENTIONS: usize = 32;

/// Merges mentions of one happening: same kind, compatible arguments.
fn merge(ctx: &Context<'_>, drafts: Vec<EventDraft>) -> Vec<EventDraft> {
    let ents = &ctx.entities.drafts;
    // A sweep or a pursuit answers an armed group's attack: it is the
    // forces' own operation, not another mention of the attack.
    let response = |x: &EventDraft| {
        x.triggers.iter().any(|&t| {
            // An ASCII letter folds to itself in lowercase: most triggers
            // are told from their first byte, without mapping the span.
            let b = ctx.text.as_bytes().get(t.start).copied().unwrap_or(0);
            if b.is_ascii_alphabetic()
                && !matches!(b.to_ascii_lowercase(), b'r' | b'o' | b'p' | b'c')
            {
                return false;
            }
            let f = folded_of(ctx, t);
            [
                "ratissage",
                "operation de ratissage",
                "operations de ratissage",
                // "poursuite", "poursuivent les assaillants".
                "poursui",
                "contre-offensive",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        })
    };
    let by_group = |x: &EventDraft| {
        !x.agent.is_empty()
            && x.agent.iter().all(|&e| side(&ents[e].subkind) == Some(ARMED))
    };
    let mut out: Vec<EventDraft> = Vec::new();
    // Whether each event of `out` has a sweep or pursuit among its
    // mentions, kept as they merge rather than asked of every pair.
    let mut responding: Vec<bool> = Vec::new();
    let mut by_kind: HashMap<String, Vec<usize>, WordHash> =
        HashMap::default();
    // The first sentence sums up the story when it is a title: a line
    // with no full stop. A wire lead ("GOMA, 27 janvier (AFP) - …") is
    // told as the other sentences are.
    let headline = ctx.sentences.first().is_some_and(|s| {
        !ctx.text[*s].trim_end().ends_with(['.', '!', '?', '»', '"'])
    });
    // Every mention as (start, end, entity), sorted by start, and again
    // by end: the tests below look at the mentions next to a trigger, and
    // an entity of a run-on text may have thousands.
    let mut by_start: Vec<(usize, usize, usize)> = ents
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    by_start.sort_unstable();
    let mut by_end: Vec<(usize, usize, usize)> =
        by_start.iter().map(|&(s, e, i)| (e, s, i)).collect();
    by_end.sort_unstable();
    // The entries of `v` whose first field is from `low` to `high`.
    fn within(
        v: &[(usize, usize, usize)],
        low: usize,
        high: usize,
    ) -> &[(usize, usize, usize)] {
        let from = v.partition_point(|e| e.0 < low);
        let to = v.partition_point(|e| e.0 <= high);
        &v[from..to.max(from)]
    }
    // "l'attaque du 7 octobre": a happening named by its date, told of
    // as a landmark; a mention that gives no date is not of it.
    let named_by_date = |x: &EventDraft| {
        !x.time.is_empty()
            && x.triggers.iter().any(|t| {
                within(&by_start, t.end, t.end + 6).iter().any(|&(s, _, e)| {
                    x.time.contains(&e)
                        && matches!(
                            ctx.text[t.end..s].trim(),
                            "du" | "de" | "d'"
                        )
                })
            })
    };
    // The latest year the events are dated in: the story's present. A
    // mention dated in an earlier year ("En septembre 2022, une attaque
    // … avait fait des dizaines de morts") recalls another happening and
    // joins no undated one told with sides or places.
    let year_of = |v: &str| v.get(..4).and_then(|y| y.parse::<u32>().ok());
    let years = |x: &EventDraft| -> Vec<u32> {
        x.time
            .iter()
            .filter_map(|&t| ents[t].value.as_deref())
            .filter(|v| !v.starts_with('P'))
            .filter_map(year_of)
            .collect()
    };
    let present = drafts.iter().flat_map(years).max();
    let past = |x: &EventDraft| {
        let y = years(x);
        !y.is_empty() && y.iter().all(|&y| Some(y) < present)
    };
    // "Boko Haram … ont souvent eu recours à des kamikazes": a sentence
    // that tells what a group habitually does is no mention of the
    // happening reported.
    let habitual = |i: usize| {
        ctx.sentences.get(i).is_some_and(|&s| {
            words_of(folded_of(ctx, s)).any(|w| {
                matches!(
                    w,
                    "souvent"
                        | "regulierement"
                        | "frequemment"
                        | "habituellement"
                        | "multiplient"
                        | "multiplie"
                        // "le théâtre d'attaques récurrentes", "des
                        // incursions régulières", "la multiplication des
                        // incursions".
                        | "recurrentes"
                        | "recurrents"
                        | "regulieres"
                        | "incessantes"
                        | "multiplication"
                )
            })
        })
    };
    let mut habitual_at: Vec<Option<bool>> = vec![None; ctx.sentences.len()];
    let mut habitual_of = |i: usize| match habitual_at.get_mut(i) {
        Some(Some(h)) => *h,
        Some(slot) => *slot.insert(habitual(i)),
        None => false,
    };
    // Undated, with sides or places of its own. (A bare mention may
    // still recall an older happening: "au nom des soldats enlevés".)
    let told = |x: &EventDraft| {
        x.time.is_empty()
            && !(x.agent.is_empty()
                && x.target.is_empty()
                && x.location.is_empty())
    };
    // "1. Au cours de la journée d'hier … 2. Sur l'axe de Pokrovsk …": a
    // communiqué's numbered items each tell their own happenings.
    // So do the dispatches of a page of several, each under its dateline.
    let mut items = numbered_items(ctx.text);
    items.extend(dispatch_starts(ctx.text));
    items.sort_unstable();
    items.dedup();
    let item_of = |x: &EventDraft| {
        let at = x.triggers.first().map_or(0, |t| t.start);
        items.partition_point(|&s| s <= at)
    };
    // Whether each event of `out` is a tally, kept as they merge.
    let mut tallied: Vec<bool> = Vec::new();
    // Whether each event of `out` is another happening set beside one
    // told ("au lendemain d'un bombardement", "une autre attaque").
    let mut apart: Vec<bool> = Vec::new();
    'next: for mut d in drafts {
        let d_apart = d.triggers.len() == 1 && another_happening(ctx, &d);
        if d_apart && !set_beside(ctx, &d) {
            // Only what its own phrase names ("une autre attaque à
            // Tessit"): the sentence's sides and places are the other
            // happening's.
            // (The mentions starting in the few hundred bytes after it:
            // an entity of a run-on text may have thousands.)
            let t = d.triggers[0];
            let near = within(&by_start, t.end, t.end + 400);
            let own = |e: &usize| {
                near.iter().any(|&(start, _, i)| {
                    i == *e
                        && word_gap(ctx, t.end, start) <= 6
                        && !has_clause_break(&ctx.text[t.end..start])
                })
            };
            for v in
                [&mut d.agent, &mut d.target, &mut d.location, &mut d.time]
            {
                v.retain(own);
            }
            d.killed = None;
            d.injured = None;
        }
        let d_tally = is_tally(ctx, &d);
        let d_item = item_of(&d);
        // ("des hommes armés ont par ailleurs attaqué un poste": the verb
        // itself says so.)
        let d_fresh = opens_other_happening(ctx, d.sentence)
            || folded_words_before(ctx, d.triggers[0].start, 2)[..]
                == ["par", "ailleurs"];
        let d_past = past(&d);
        let d_habitual = habitual_of(d.sentence);
        let d_named = named_by_date(&d);
        let d_responds = response(&d);
        let d_by_group = by_group(&d);
        let d_points_back = d.triggers.len() == 1
            && folded_words_before(ctx, d.triggers[0].start, 1)
                .iter()
                .any(|w| matches!(*w, "cette" | "cet" | "ce" | "ces"));
        let d_also = d.kind == "killing"
            && matches!(d.pos, Some(Pos::Verb))
            && !d.target.is_empty()
            && folded_words_before(ctx, d.triggers[0].start, 3)
                .iter()
                .any(|w| matches!(*w, "egalement" | "aussi"));
        if let Some(idx) = by_kind.get(&d.kind) {
            // The latest events of the kind only: an article has a few, a
            // run-on text of megabytes has thousands.
            // A death joins the one its own sentence tells of before one
            // told earlier ("une cinquantaine de terroristes neutralisés.
            // … la perte de six soldats, tombés …").
            let recent = &idx[idx.len().saturating_sub(MERGE_CANDIDATES)..];
            let same = |i: &&usize| {
                d.kind != "killing" || out[**i].sentence == d.sentence
            };
            for &i in recent
                .iter()
                .filter(same)
                .chain(recent.iter().filter(|i| !same(i)))
            {
                let o = &out[i];
                // A happening is not mentioned hundreds of times: a run-on
                // text does not grow one event without bound.
                if o.triggers.len() >= MAX_MENTIONS || d_apart || apart[i] {
                    continue;
                }
                // A sweep answers the attack: a mention that is no sweep
                // ("cette attaque") is not of it.
                if responding[i] && (d_by_group || !d_responds)
                    || d_responds && (by_group(o) || o.sentence != d.sentence)
                {
                    continue;
                }
                // "129 affrontements", "68 frappes aériennes": a count of
                // happenings is none of them.
                // (Its words in one sentence tell one count: "68 frappes
                // aériennes, larguant 91 bombes guidées".)
                if (d_tally || tallied[i]) && o.sentence != d.sentence {
                    continue;
                }
                // (The lines before the first item, a title, sum them up.)
                let o_item = item_of(o);
                if o_item > 0 && d_item > 0 && o_item != d_item {
                    continue;
                }
                // "Par ailleurs, une unité … a été la cible d'une
                // embuscade": a sentence that turns to another happening
                // merges with none told before it.
                if d_fresh && o.sentence < d.sentence {
                    continue;
                }
                if (d_named && o.time.is_empty())
                    || (d.time.is_empty() && named_by_date(o))
                {
                    continue;
                }
                if d_past && told(o) || told(&d) && past(o) {
                    continue;
                }
                // "trois militaires tombés … ; côté ennemi, vingt-deux
                // terroristes neutralisés": the dead of each side are
                // counted apart.
                if d.kind == "killing" && {
                    // The side of the people told right before a trigger.
                    let side_at = |x: &EventDraft| -> Vec<u8> {
                        x.triggers
                            .iter()
                            .filter_map(|t| {
                                let near = within(
                                    &by_end,
                                    t.start.saturating_sub(4),
                                    t.start,
                                );
                                x.target.iter().find_map(|&e| {
                                    near.iter()
                                        .any(|&(end, _, k)| {
                                            k == e
                                                && ctx.text[end..t.start]
                                                    .trim()
                                                    .is_empty()
                                        })
                                        .then(|| side(&ents[e].subkind))
                                        .flatten()
                                })
                            })
                            .collect()
                    };
                    let (so, sd) = (side_at(o), side_at(&d));
                    !so.is_empty()
                        && !sd.is_empty()
                        && !sd.iter().any(|s| so.contains(s))
                } {
                    continue;
                }
                if o.sentence != d.sentence
                    && (d_habitual || habitual_of(o.sentence))
                {
                    continue;
                }
                // "Le premier gendarme tué … Trois jeunes Kanak ont
                // également été tués": others killed as well, in another
                // sentence, are another happening.
                if d_also
                    && o.sentence < d.sentence
                    && !o.target.is_empty()
                    && !d.target.iter().any(|e| o.target.contains(e))
                {
                    continue;
                }
                if compatible(
                    o,
                    &d,
                    &ctx.entities.drafts,
                    ctx.lexicon,
                    headline,
                ) {
                    let o = &mut out[i];
                    // "… ont attaqué un poste à Martissant. Il n'était pas
                    // clair si cette attaque était liée à l'offensive à Cité
                    // Soleil": a mention that points back adds no place to
                    // a happening placed already.
                    if !o.location.is_empty() && d_points_back {
                        d.location.clear();
                    }
                    o.triggers.extend(d.triggers.iter().copied());
                    responding[i] |= d_responds;
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
                    let agents = &o.agent;
                    o.target.retain(|e| !agents.contains(e));
                    // An unnamed source one mention tells by ("une source
                    // sécuritaire a confirmé …, précisant que des renforts
                    // avaient été dépêchés") is no party of another.
                    let sources = &o.source;
                    o.agent.retain(|&e| {
                        !(sources.contains(&e) && ents[e].subkind == "other")
                    });
                    continue 'next;
                }
            }
        }
        by_kind.entry(d.kind.clone()).or_default().push(out.len());
        responding.push(d_responds);
        tallied.push(d_tally);
        apart.push(d_apart);
        out.push(d);
    }
    // Most specific place first; a point in time beats a duration, also
    // across merged mentions.
    for d in &mut out {
        let ents = &ctx.entities.drafts;
        d.location.sort_by_key(|&e| specificity(&ents[e].subkind));
        // "à Solhan, … dans le nord-est du Burkina Faso": a country only
        // frames a place named inside it (a lake or river across borders
        // does not).
        let inside: Vec<&str> = d
            .location
            .iter()
            .filter(|&&e| {
                matches!(
                    ents[e].subkind.as_ref(),
                    "city"
                        | "town"
                        | "village"
                        | "camp"
                        | "admin1"
                        | "admin2"
                        | "region"
                )
            })
            .filter_map(|&e| ents[e].country.as_deref())
            .collect();
        d.location.retain(|&e| {
            ents[e].subkind != "country"
                || !ents[e]
                    .country
                    .as_deref()
                    .is_some_and(|c| inside.contains(&c))
        });
        if d.time.iter().any(|&e| !is_duration_entity(&ents[e])) {
            d.time.retain(|&e| !is_duration_entity(&ents[e]));
        }
    }
    out
}

/// Where the numbered items of a communiqué start: lines that open on a
/// number and a full stop or bracket ("1. ", "2) "), in text order.
fn numbered_items(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start_matches([' ', '\t']);
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits)
            && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
            && t.as_bytes().get(digits + 1) == Some(&b' ')
        {
            out.push(at + (line.len() - t.len()));
        }
        at += line.len();
    }
    out
}

/// The news agencies whose credit in brackets ("(AFP)") marks a wire
/// dispatch.
const AGENCIES: &[&str] = &[
    "AFP", "Reuters", "AP", "APA", "APS", "ANP", "MAP", "Xinhua", "ATS",
    "Belga",
];

/// A wire dateline that opens a dispatch: "NIAMEY, 22 mars 2025 (AFP) -",
/// "KANO (Nigeria), 24 mars 2025 (AFP) –".
static DATELINE: once_cell::sync::Lazy<regex::Regex> =
    once_cell::sync::Lazy::new(|| {
        regex::Regex::new(&format!(
            r"(?m)^\p{{Lu}}[\p{{Lu}}'’ \-]{{1,40}}(?: \([^)\n]{{1,30}}\))?,?[^\n(]{{0,40}}\((?:{})\)\s*[-–—]",
            AGENCIES.join("|")
        ))
        .expect("dateline pattern")
    });

/// The agencies' credits in brackets, found in one pass.
static AGENCY_MARKS: once_cell::sync::Lazy<
    daachorse::DoubleArrayAhoCorasick<u32>,
> = once_cell::sync::Lazy::new(|| {
    daachorse::DoubleArrayAhoCorasick::new(
        AGENCIES.iter().map(|a| format!("({a})")),
    )
    .expect("agency marks compile")
});

/// The starts of the dispatches of a page that gathers several, each at
/// its dateline or at the title line right above it; none on a page with
/// fewer than two datelines.
fn dispatch_starts(text: &str) -> Vec<usize> {
    // Most texts hold fewer than two agency marks: no pattern is run.
    if AGENCY_MARKS.find_iter(text).take(2).count() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in DATELINE.find_iter(text) {
        let at = m.start();
        // The title above, past blank lines: a short line with no full
        // stop.
        let above = text[..at].trim_end_matches(['\n', '\r', ' ']);
        let line_start = above.rfind('\n').map_or(0, |k| k + 1);
        let title = &above[line_start..];
        let titled = !title.is_empty()
            && title.len() < 200
            && !title.ends_with(['.', '!', '?', '»', ':', ',']);
        out.push(if titled { line_start } else { at });
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Whether an event is told as a count of happenings: its one trigger, a
/// plural noun, right after a number or a word of quantity ("129
/// affrontements", "plusieurs frappes", "des dizaines d'attaques").
fn is_tally(ctx: &Context<'_>, x: &EventDraft) -> bool {
    let [t] = x.triggers[..] else { return false };
    let head = ctx.text[t].split(' ').next().unwrap_or("");
    if x.pos != Some(Pos::Noun) || !head.ends_with(['s', 'x']) {
        return false;
    }
    let f = ctx.folded.from_original(t.start);
    let before = FewWords::before(&ctx.folded.text, f, 2);
    let quantity = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || numbers::parse_number_words(w).is_some_and(|n| n >= 2)
            || matches!(w, "plusieurs" | "nombreuses" | "nombreux")
    };
    match &before[..] {
        [.., n, "de" | "d'"] => matches!(
            *n,
            "dizaines" | "centaines" | "milliers" | "douzaine" | "vingtaine"
        ),
        [.., n] => quantity(n),
        _ => false,
    }
}

/// Whether sentence `i` opens on words that turn to another happening
/// than the one told before: "Par ailleurs", "Ailleurs", "Dans un autre
/// incident", "Séparément".
fn opens_other_happening(ctx: &Context<'_>, i: usize) -> bool {
    let Some(&s) = ctx.sentences.get(i) else { return false };
    let f0 = ctx.folded.from_original(s.start);
    let f1 = ctx.folded.from_original(s.end).max(f0);
    let head = ctx.folded.text[f0..f1].trim_start();
    let mut cut = head.len().min(40);
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &head[..cut];
    ["par ailleurs", "ailleurs,", "dans un autre incident", "separement"]
        .iter()
        .any(|p| head.starts_with(p))
        || head.starts_with("dans une autre attaque")
}

/// Whether two event mentions can be one happening. With `headline`, the
/// first sentence is a title whose places only sum up the story.
fn compatible(
    a: &EventDraft,
    b: &EventDraft,
    ents: &[Draft],
    lexicon: &Lexicon,
    headline: bool,
) -> bool {
    if a.negated != b.negated || a.modality != b.modality {
        return false;
    }
    let clash = |x: &[usize], y: &[usize]| {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|e| y.contains(e))
    };
    // "des jihadistes … Les assaillants … L'attaque a été revendiquée par
    // le JNIM": attackers told only by a descriptor may be the armed group
    // told by another name.
    // Named: a gazetteer actor, not a descriptor such as "les jihadistes".
    let named = |e: usize| {
        ents[e].row.is_some_and(|r| lexicon.row(r).kind == RowKind::Actor)
    };
    let unnamed_armed = |x: &[usize]| {
        x.iter().all(|&e| !named(e) && side(&ents[e].subkind) == Some(ARMED))
    };
    let armed =
        |x: &[usize]| x.iter().all(|&e| side(&ents[e].subkind) == Some(ARMED));
    let may_name = unnamed_armed(&a.agent) && armed(&b.agent)
        || armed(&a.agent) && unnamed_armed(&b.agent);
    if clash(&a.agent, &b.agent) && !may_name {
        return false;
    }
    // A threat against one side is not a threat against another.
    if a.kind == "threat" && clash(&a.target, &b.target) {
        return false;
    }
    // Different victims with different tolls are different killings ("un
    // millier de jihadistes ont été tués … la mort de 52 soldats").
    if a.killed.is_some()
        && b.killed.is_some()
        && a.killed != b.killed
        && clash(&a.target, &b.target)
    {
        return false;
    }
    // Two different settlements are two happenings; a region and a town
    // in it may be one. (Compared in place: a settlement of one list that
    // the other list holds is a settlement of both.)
    // (A site named by a common noun, "le monastère", "le poste", may
    // stand in any of them.)
    let settlement = |e: usize| {
        let named_site = ents[e].subkind == "feature"
            && ents[e].canonical.contains(char::is_uppercase);
        named_site
            || matches!(
                ents[e].subkind.as_ref(),
                "city" | "town" | "village" | "camp"
            )
            || ents[e].group.as_deref() == Some("town-division")
    };
    // A headline sums up the story: its places are approximate ("près de
    // Ménaka" for an attack at Tidermène).
    let headline = headline && (a.sentence == 0 || b.sentence == 0);
    if !headline
        && a.location.iter().any(|&e| settlement(e))
        && b.location.iter().any(|&e| settlement(e))
        && !a
            .location
            .iter()
            .any(|&e| settlement(e) && b.location.contains(&e))
    {
        return false;
    }
    // Days (not durations) must agree.
    fn days<'e>(
        v: &'e [usize],
        ents: &'e [Draft],
    ) -> impl Iterator<Item = &'e str> + 'e {
        v.iter()
            .filter_map(|&t| ents[t].value.as_deref())
            .filter(|v| !v.starts_with('P'))
            .map(|v| v.split('T').next().unwrap_or(v))
    }
    if days(&a.time, ents).next().is_some()
        && days(&b.time, ents).next().is_some()
        && !days(&a.time, ents).any(|x| {
            days(&b.time, ents).any(|y| x.starts_with(y) || y.starts_with(x))
        })
    {
        return false;
    }
    true
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_open_is_the_scan_it_replaces() {
        // Entries (start, index) with equal starts and equal distances on
        // both sides: the look-up must pick what a scan in index order
        // keeping the first least distance picks.
        let entries =
            [(10, 4), (10, 2), (20, 0), (30, 5), (30, 1), (40, 3), (50, 6)];
        for k in 1..=entries.len() {
            let set: BTreeSet<(usize, usize)> =
                entries[..k].iter().copied().collect();
            for at in 0..60 {
                let mut by_index: Vec<(usize, usize)> =
                    set.iter().copied().collect();
                by_index.sort_by_key(|&(_, j)| j);
                let scan =
                    by_index.into_iter().min_by_key(|&(s, _)| s.abs_diff(at));
                assert_eq!(
                    nearest_open(&set, at),
                    scan,
                    "{k} entries, at {at}"
                );
            }
        }
    }

    #[test]
    fn next_space_finds_the_first_space() {
        let text = b"abcdefghijklmnop q  r\xc3\xa9 stuvwxyz0123456789  ";
        for from in 0..=text.len() {
            let naive = text[from..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(text.len(), |p| from + p);
            assert_eq!(next_space(text, from), naive, "{from}");
        }
    }

    #[test]
    fn casualty_words_start_with_a_stem() {
        let stems = CASUALTY_STEMS.iter().chain(SHORT_CASUALTY_STEMS);
        let stems: Vec<&str> = stems.copied().collect();
        let words = KILLED_WORDS
            .iter()
            .chain(INJURED_WORDS)
            .chain(KILLING_LEADS)
            .chain(DEATH_NOUNS)
            .chain(LOST_FORMS)
            .chain(WOUNDING_LEADS)
            .filter(|w| !w.contains('.'));
        for w in words {
            assert!(is_casualty_word(w), "{w}");
            assert!(stems.iter().any(|s| w.starts_with(s)), "{w}");
        }
        for w in ["mort", "deces", "vie", "perdu", "perdait", "blessant"] {
            assert!(stems.iter().any(|s| w.starts_with(s)), "{w}");
        }
        // The automaton's stems are no shorter than the sports terms.
        let shortest = SPORTS_TERMS.iter().map(|t| t.len()).min();
        assert!(CASUALTY_STEMS.iter().all(|s| Some(s.len()) >= shortest));
    }

    #[test]
    fn word_gap_counts_the_words_a_span_touches() {
        let short = "  Les  forces\u{a0}armées,\tà Gao\n\n— hier « soir » : \
                     l'EI ";
        // Long enough for gaps of many words.
        let long = short.repeat(6);
        for text in [short, long.as_str()] {
            words_between_agrees(text);
        }
    }

    /// [`words_between`] counts the words of `text` a span touches, for
    /// every span.
    fn words_between_agrees(text: &str) {
        let starts = word_starts(text);
        // Every whitespace-separated token with a letter or digit, by span.
        let mut words = Vec::new();
        let mut at = 0;
        for t in text.split_whitespace() {
            let s = at + text[at..].find(t).unwrap();
            at = s + t.len();
            if t.chars().any(char::is_alphanumeric) {
                words.push((s, at));
            }
        }
        let bounds: Vec<usize> =
            (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &b in &bounds {
                let (x, y) = (a.min(b), a.max(b));
                let touched = words
                    .iter()
                    .filter(|&&(s, e)| x < y && s < y && x < e)
                    .count();
                assert_eq!(
                    words_between(text, &starts, a, b),
                    touched,
                    "{a}..{b}"
                );
            }
        }
    }

    /// Texts with the chars the word scans tell apart: ASCII, Latin-1
    /// letters and signs, other letters, Unicode spaces and marks.
    const ODD_TEXTS: &[&str] = &[
        "",
        " ",
        "a",
        "l'armée a dit : « non » — hier",
        "  Les  forces\u{a0}armées,\tà Gao\n\n— hier « soir » : l'EI ",
        "3×4 ÷ 2 = 6 ; ×× ÷÷ ×a a÷",
        "Ωmega ÿ Ÿ œuvre Œ ß ğ ı İ ﬁ",
        "x\u{202f}y\u{2009}z\u{3000}w\u{85}v\u{1680}u\u{2028}t",
        "‘’“” … ’s l’armée d’un",
        "٣٤ 中文 字 日本語, e\u{301}te\u{301}",
        "\u{b}\u{1c}a\u{1f} b\u{c}c",
        "end'",
        "'",
        "a'b 'c d''",
        // Tokens longer than eight bytes, ended by every kind of space.
        "anticonstitutionnellement\u{a0}longuement\u{2009}ensuite,\t\
         «guillemets»\u{85}fin\u{b}abcdefghijklmnop\u{1c}qrstuvwxyz0123\
         456789\u{3000}(parenthèse)…suite\u{1680}aujourd'hui\u{2028}x",
    ];

    /// [`ODD_TEXTS`] as owned strings, for a test to add its own to.
    fn odd_texts() -> Vec<String> {
        ODD_TEXTS.iter().map(|t| t.to_string()).collect()
    }

    /// The word starts of [`word_starts`], char by char.
    fn word_starts_by_chars(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut start = None;
        let mut wordy = false;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let (Some(s), true) = (start, wordy) {
                    out.push(s);
                }
                start = None;
            } else {
                if start.is_none() {
                    start = Some(i);
                    wordy = false;
                }
                wordy |= c.is_alphanumeric();
            }
        }
        if let (Some(s), true) = (start, wordy) {
            out.push(s);
        }
        out
    }

    #[test]
    fn phrase_sets_agree_with_their_lists() {
        let sets: [&Phrases; 8] = [
            &DEMANDED_SET,
            &FUTURE_SET,
            &HYPOTHETICAL_SET,
            &PRESUMED_SET,
            &DENIAL_SET,
            &SAYING_SET,
            &LOCATIVE_NOUNS_SET,
            &SKIPPED_BEFORE_ENTITY_SET,
        ];
        for set in sets {
            for p in set.list {
                let words: Vec<&str> = p.split(' ').collect();
                let mut texts = vec![words.clone()];
                texts.push([&["il", "a"], &words[..], &["de", "x"]].concat());
                texts.push(words[..words.len() - 1].to_vec());
                texts.push(words[1..].to_vec());
                let mut longer: Vec<String> =
                    words.iter().map(|w| w.to_string()).collect();
                longer[0].push('s');
                texts.push(longer.iter().map(String::as_str).collect());
                for t in &texts {
                    assert_eq!(
                        contains_phrase(t, set),
                        contains_any(t, set.list),
                        "{t:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn lowercase_borrows_only_what_is_lowercase() {
        for s in ["attaqué", "s’est emparés", "Attaque", "ÉTAT", "cœur", "x÷y"]
        {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
        for c in ('\u{e0}'..='\u{ff}').chain(['œ', '’']) {
            assert_eq!(c.to_lowercase().to_string(), c.to_string());
        }
    }

    #[test]
    fn token_ends_are_the_spaces_of_the_byte_classes() {
        for b in 0..0x80usize {
            assert_eq!(MAY_END_TOKEN[b], BYTE_CLASS[b] == SPACE, "{b:#x}");
        }
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0; 4];
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(MAY_END_TOKEN[usize::from(first)], "{c:?}");
            }
        }
    }

    #[test]
    fn word_scans_agree_with_chars() {
        let is_word = |c: char| c.is_alphanumeric() || c == '\'';
        for text in ODD_TEXTS {
            assert_eq!(
                word_starts(text),
                word_starts_by_chars(text),
                "{text:?}"
            );
            let words: Vec<&str> = text
                .split(|c: char| !is_word(c))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words_of(text).collect::<Vec<_>>(), words, "{text:?}");
            let mut back: Vec<&str> =
                WordsBack { s: text, end: text.len() }.collect();
            back.reverse();
            assert_eq!(back, words, "{text:?}");
            for n in 0..6 {
                let tail = last_words_tail(text, n);
                assert!(text.ends_with(tail));
                let got: Vec<&str> = words_of(tail).collect();
                let want = if n == 0 {
                    &words[..]
                } else {
                    &words[words.len().saturating_sub(n)..]
                };
                assert_eq!(got, want, "{text:?} {n}");
                if n > 0 {
                    assert_eq!(&FewWords::last_of(text, n)[..], want);
                }
                // The tail starts at the first of its words when the text
                // has more words than asked for.
                if n > 0 && words.len() > n {
                    assert!(tail.starts_with(want[0]), "{text:?} {n}");
                }
            }
        }
    }

    #[test]
    fn clause_break_scans_agree_with_chars() {
        let mut texts = odd_texts();
        texts.push(
            "a, b; c: (d) « e » \"f\" — g – h “i” ‒ ― ‘j’ ‹k› ¬ « é".into(),
        );
        for text in &texts {
            let by_chars: Vec<(usize, char)> = text
                .char_indices()
                .filter(|&(_, c)| is_clause_break(c))
                .collect();
            assert_eq!(clause_breaks(text, 0).collect::<Vec<_>>(), by_chars);
            let mut back: Vec<(usize, char)> =
                clause_breaks_back(text, text.len()).collect();
            back.reverse();
            assert_eq!(back, by_chars);
            assert_eq!(has_clause_break(text), text.contains(is_clause_break));
            assert_eq!(
                STOPS.any_in(text),
                text.contains(['.', ';', '?', '!']),
                "{text:?}"
            );
        }
    }

    #[test]
    fn clause_marks_find_what_the_scans_find() {
        let mut texts = odd_texts();
        texts.push(
            "il dit qui qui pour qui, mais dont « où » alors que tandis que \
             afin de lorsque pour  pour mais dont"
                .into(),
        );
        texts.push(" qui qui  où où (x) — pour ".into());
        for text in &texts {
            let marks = ClauseMarks::new(text, Span::new(0, text.len()));
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    assert_eq!(
                        marks.last_word(from, to),
                        last_clause_word(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                    assert_eq!(
                        marks.first_word(from, to),
                        first_clause_word(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                    let part = &text[from..to];
                    let want: Vec<(usize, char)> = clause_breaks(part, 0)
                        .map(|(i, c)| (from + i, c))
                        .collect();
                    assert_eq!(
                        marks.breaks_in(text, from, to).collect::<Vec<_>>(),
                        want
                    );
                    let mut back: Vec<(usize, char)> =
                        marks.breaks_back(text, from, to).collect();
                    back.reverse();
                    assert_eq!(back, want);
                }
            }
        }
    }

    #[test]
    fn term_scan_finds_what_the_automaton_finds() {
        let automaton = daachorse::DoubleArrayAhoCorasick::<u32>::new(
            SPORTS_TERMS.iter().chain(CASUALTY_STEMS),
        )
        .expect("the sports terms and stems are distinct and non-empty");
        let mut texts = odd_texts();
        // Every term at every alignment, alone, glued to the next, and
        // inside words.
        for pad in 0..2 * SCAN_STRIDE {
            let lead = "x".repeat(pad);
            let mut glued = lead.clone();
            let mut spaced = lead.clone();
            for k in 0..SCANNED_TERMS {
                glued.push_str(scanned_term(k));
                spaced.push_str(scanned_term(k));
                spaced.push_str(if k % 2 == 0 { " " } else { "s, de " });
            }
            texts.push(glued);
            texts.push(spaced);
            texts.push(format!("{lead}matchs massacrant assassinassassin"));
            texts.push(format!("{lead}neutralisees decapitees blesses"));
        }
        // Pseudo-random text over the terms' letters, rich in near misses.
        let letters: Vec<char> = (0..SCANNED_TERMS)
            .flat_map(|k| scanned_term(k).chars())
            .chain("é' ".chars())
            .collect();
        let mut rng = crate::testgen::XorShift(0x2545_f491_4f6c_dd1d);
        for len in [1, 2, 5, 40, 3000] {
            let t: String =
                (0..len).map(|_| letters[rng.below(letters.len())]).collect();
            texts.push(t);
        }
        for text in &texts {
            let mut want: Vec<(usize, usize)> = automaton
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.value() as usize))
                .collect();
            want.sort_unstable();
            let mut got = Vec::new();
            SPORTS.find(text.as_bytes(), |s, k| got.push((s, k)));
            got.sort_unstable();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn whitespace_tests_agree_with_chars() {
        for text in ODD_TEXTS {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &i in &bounds[..bounds.len() - 1] {
                assert_eq!(
                    whitespace_at(text, i),
                    text[i..].starts_with(char::is_whitespace),
                    "{text:?} {i}"
                );
                for &j in bounds.iter().filter(|&&j| j >= i) {
                    let part = &text[i..j];
                    assert_eq!(
                        has_whitespace(part),
                        part.contains(char::is_whitespace),
                        "{part:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn few_words_are_the_words_before() {
        let mut texts = odd_texts();
        texts.push(
            "la ville de. l'armee (a dit) : \"les\" d' x\u{a0} ; y".into(),
        );
        for text in &texts {
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for n in 0..=FEW {
                    assert_eq!(
                        &FewWords::before(text, end, n)[..],
                        &words_before(text, end, n)[..],
                        "{text:?} {end} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn denial_words_are_found_around_their_stems() {
        let texts = [
            "l'armee a dementi, nie et rejete ; ils nient",
            "compagnie niee denie dementis rejeter xnie niex",
            "il nie",
            "nie",
            "Tanzanie, dementent rejettent: rejette l'a dementi",
            "a-nie dément dementi\u{a0}nie é-nie nieé",
        ];
        for text in texts {
            let stems = DenialStems::new(text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let part = &text[from..to];
                    assert_eq!(
                        stems.denial_word_in(text, from, to),
                        contains_phrase(&folded_words(part), &DENIAL_SET),
                        "{part:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_denial_holds_a_denial_stem() {
        for p in DENIAL {
            assert!(may_deny(p), "{p}");
        }
    }

    #[test]
    fn last_words_tail_keeps_the_last_words() {
        for (text, n) in [
            ("a b' c  d", 2),
            ("  l'armée a dit ", 3),
            ("un deux", 2),
            ("un deux", 5),
            (", ;", 1),
            ("é à ô", 2),
        ] {
            let all = folded_words(text);
            assert_eq!(
                folded_words(last_words_tail(text, n)),
                all[all.len().saturating_sub(n)..]
            );
        }
    }

    #[test]
    fn ends_with_any_is_the_phrase_test() {
        let naive = |words: &[&str], phrases: &[&str]| {
            phrases.iter().any(|p| {
                let pw: Vec<&str> = p.split(' ').collect();
                words.ends_with(&pw)
            })
        };
        let lists: &[&[&str]] = &[
            &["dans une", "lors d'un", "a l'aide de", "ni", "pas d'"],
            &["afin de", "en vue de", "afin d'"],
            &["mains de", "mains d'"],
        ];
        let pool = [
            "dans", "une", "lors", "d'un", "a", "l'aide", "de", "ni", "afin",
            "en", "vue", "d'", "mains", "pas", "x",
        ];
        for list in lists {
            for a in pool {
                for b in pool {
                    for c in pool {
                        for words in
                            [&[a, b, c][..], &[b, c][..], &[c][..], &[][..]]
                        {
                            assert_eq!(
                                ends_with_any(words, list),
                                naive(words, list),
                                "{words:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn phrases_match_whole_words() {
        let words = ["il", "a", "dementi", "l'attaque"];
        assert!(contains_any(&words, &["a dementi"]));
        assert!(!contains_any(&words, &["dement"]));
        assert!(ends_with_any(&words, &["dementi l'attaque"]));
        assert!(!ends_with_any(&words, &["attaque"]));
    }
}

/// Up to `n` folded words before byte `at` of the folded text, nearest
/// first, within the clause: punctuation ends them.
fn clause_words_back(f: &str, at: usize, n: usize) -> Vec<&str> {
    let b = f.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'\'';
    let mut out = Vec::new();
    let mut i = at.min(b.len());
    while out.len() < n {
        while i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        let end = i;
        while i > 0 && is_word(b[i - 1]) {
            i -= 1;
        }
        if i == end {
            break;
        }
        out.push(&f[i..end]);
    }
    out
}

/// Up to `n` folded words from byte `at` of the folded text on, within
/// the clause.
fn clause_words_fwd(f: &str, at: usize, n: usize) -> Vec<&str> {
    let b = f.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'\'';
    let mut out = Vec::new();
    let mut i = at.min(b.len());
    while out.len() < n {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < b.len() && is_word(b[i]) {
            i += 1;
        }
        if i == start {
            break;
        }
        out.push(&f[start..i]);
    }
    out
}

/// Whether the last words before folded byte `at`, in its clause, name
/// people who leave or arrive ("des dizaines de familles ont quitté",
/// "des milliers de déplacés affluent").
fn civilians_before(f: &str, at: usize) -> bool {
    clause_words_back(f, at, 5).iter().any(|w| {
        let w = w.strip_prefix("d'").unwrap_or(w);
        matches!(
            w,
            "familles"
                | "habitants"
                | "civils"
                | "personnes"
                | "deplaces"
                | "refugies"
                | "villageois"
                | "populations"
                | "residents"
                | "menages"
        )
    })
}

/// The munitions of another kind than `kind` joined by "et" to those
/// that end at folded byte `end` of `f`, within `reach` bytes and three
/// words after it ("missiles et de drones", "drones et 18 missiles"):
/// their folded span and their kind.
fn joined_munition(
    f: &str,
    end: usize,
    reach: usize,
    kind: &str,
) -> Option<(Span, &'static str)> {
    let lim = stretch_after(f, end, reach);
    let mut after = words_of(&f[end..lim]);
    if after.next() != Some("et") {
        return None;
    }
    for w in after.take(3) {
        match munition_kind(w) {
            Some(k) if k != kind => {
                let from = w.as_ptr() as usize - f.as_ptr() as usize;
                return Some((Span::new(from, from + w.len()), k));
            }
            Some(_) => return None,
            None => {}
        }
    }
    None
}

/// The kind of strike a folded munition word makes: drones and bombs
/// strike from the air, missiles, rockets and shells are shelling.
fn munition_kind(w: &str) -> Option<&'static str> {
    let w = w.strip_suffix('s').unwrap_or(w);
    match w {
        "drone" | "bombe" | "shahed" => Some("airstrike"),
        "missile" | "roquette" | "obus" | "projectile" => Some("shelling"),
        _ => None,
    }
}

/// "Un drone israélien a visé une moto", "des drones ont frappé le
/// marché", "un missile a frappé le camp": the munition that is the
/// subject of a verb of striking is a trigger of its event too, and
/// tells its kind when the verb alone said "attack". The munition told
/// as an event of its own besides ("Des roquettes se sont abattues sur
/// Goma") goes: it is now the verb's.
fn munition_subjects(ctx: &Context<'_>, drafts: &mut Vec<EventDraft>) {
    let f = ctx.folded.text.as_str();
    // (start, end, kind) of each munition made a verb's trigger.
    // Each to the index of the draft whose trigger it became.
    let mut taken: std::collections::HashMap<(usize, usize, String), usize> =
        std::collections::HashMap::new();
    // The triggers of one word or phrase, sorted: the munition may be
    // the head of one ("deux bombes aériennes guidées se sont abattues").
    let mut phrases: Vec<Span> = drafts
        .iter()
        .filter(|d| d.triggers.len() == 1)
        .map(|d| d.triggers[0])
        .collect();
    phrases.sort_unstable();
    for (i, d) in drafts.iter_mut().enumerate() {
        if !matches!(d.pos, Some(Pos::Verb))
            || !matches!(d.kind.as_str(), "attack" | "airstrike" | "shelling")
        {
            continue;
        }
        let t = d.triggers[0];
        let ft = ctx.folded.from_original(t.start);
        let back = clause_words_back(f, ft, 7);
        let mut loose = 0;
        // "des roquettes tirées par les FSR se sont abattues sur": past
        // the participle that names who fired.
        let mut found = (1..back.len().min(6)).find_map(|k| {
            let fired = matches!(
                back[k],
                "tire"
                    | "tiree"
                    | "tires"
                    | "tirees"
                    | "lance"
                    | "lancee"
                    | "lances"
                    | "lancees"
            );
            let m = back.get(k + 1).copied().unwrap_or("");
            (fired && back[k - 1] == "par")
                .then(|| munition_kind(m).map(|kind| (m, kind)))
                .flatten()
        });
        for (k, w) in back.iter().enumerate().take_while(|_| found.is_none()) {
            if let Some(kind) = munition_kind(w) {
                let lead = back.get(k + 1).copied().unwrap_or("");
                let opens = opens_munition(lead)
                    // "des drones Shahed", "une dizaine de drones".
                    || munition_kind(lead).is_some()
                    || lead == "de"
                        && back.get(k + 2).is_some_and(|w| {
                            crate::numbers::approx_noun(w).is_some()
                        });
                if opens {
                    found = Some((*w, kind));
                }
                break;
            }
            // "des drones de l'armée turque ont frappé": past the
            // complement of the munition.
            let of = |x: &str| matches!(x, "de" | "du" | "des" | "d'");
            let next = back.get(k + 1).copied().unwrap_or("");
            let next2 = back.get(k + 2).copied().unwrap_or("");
            if matches!(*w, "l'" | "la" | "le" | "les")
                && of(next)
                && munition_kind(next2).is_some()
                || of(w) && munition_kind(next).is_some()
            {
                continue;
            }
            let aux = is_avoir_aux(w)
                || matches!(
                    *w,
                    "en" | "outre"
                        | "egalement"
                        | "aussi"
                        | "ensuite"
                        | "deja"
                        | "encore"
                        | "notamment"
                )
                || crate::dates::is_day_word(w);
            if aux {
                continue;
            }
            // One or two adjectives: "israélien", "kamikaze", "russes".
            let joining = matches!(
                *w,
                "de" | "du"
                    | "des"
                    | "d'"
                    | "et"
                    | "ou"
                    | "qui"
                    | "que"
                    | "le"
                    | "la"
                    | "les"
                    | "l'"
                    | "un"
                    | "une"
                    | "par"
                    | "sur"
                    | "a"
                    | "contre"
                    | "dans"
                    | "vers"
                    | "pour"
                    | "avec"
                    | "se"
                    | "s'est"
            );
            loose += 1;
            if joining || loose > 2 {
                break;
            }
        }
        if found.is_none() {
            found = munition_before_aside(f, ft);
        }
        let Some((w, kind)) = found else { continue };
        let Some(pos) = f[..ft].rfind(w) else { continue };
        let span = ctx.folded.to_original(Span::new(pos, pos + w.len()));
        let k = phrases.partition_point(|p| p.start <= span.start);
        let span = match k.checked_sub(1).map(|k| phrases[k]) {
            Some(p) if p.contains(span) => p,
            _ => span,
        };
        if d.triggers.iter().any(|x| x.overlaps(span)) {
            continue;
        }
        d.triggers.push(span);
        d.triggers.sort();
        // "Un missile a frappé": the munition, not a verb that strikes
        // from anywhere, tells the kind.
        let verb = f.get(ft..).unwrap_or("");
        if d.kind == "attack"
            || ["frapp", "bombar", "vise", "touch", "cible"]
                .iter()
                .any(|v| verb.starts_with(v))
        {
            d.kind = kind.to_string();
        }
        taken.insert((span.start, span.end, d.kind.clone()), i);
    }
    if taken.is_empty() {
        return;
    }
    let gone = |d: &EventDraft| match d.triggers[..] {
        [t] => taken.get(&(t.start, t.end, d.kind.clone())).copied(),
        _ => None,
    };
    // "des roquettes tirées par les FSR se sont abattues": who fired, read
    // on the munition, is the verb's doer when the verb named none.
    let moves: Vec<(usize, Vec<usize>, Vec<usize>)> = drafts
        .iter()
        .filter_map(|d| Some((gone(d)?, d.agent.clone(), d.source.clone())))
        .collect();
    for (to, agent, source) in moves {
        let d = &mut drafts[to];
        if d.agent.is_empty() {
            d.agent = agent;
        }
        if d.source.is_empty() {
            d.source = source;
        }
    }
    drafts.retain(|d| gone(d).is_none());
}

/// "Un missile, un Iskander-M selon l'armée de l'air, a frappé": the
/// munition that opens the clause of the verb at folded byte `at`, before
/// a short aside between commas and the auxiliary, with its kind of
/// strike.
fn munition_before_aside(f: &str, at: usize) -> Option<(&str, &'static str)> {
    // The auxiliary and at most one adverb before the verb, back to the
    // comma that closes the aside.
    let words = clause_words_back(f, at, 3);
    if words.len() > 2
        || !words.iter().all(|w| {
            is_avoir_aux(w) || matches!(*w, "egalement" | "aussi" | "ensuite")
        })
    {
        return None;
    }
    // (The words are slices of `f`: the first one read back starts
    // where the clause opens.)
    let opens =
        words.last().map_or(at, |w| w.as_ptr() as usize - f.as_ptr() as usize);
    let close = f[..opens].trim_end_matches(' ').strip_suffix(',')?.len();
    let lo = stretch_before(f, close, 90, 0);
    let aside = &f[lo..close];
    let open = aside.rfind(',')?;
    if aside[open + 1..].trim().is_empty()
        || aside[open..].contains(['.', ';', ':', '«', '»', '(', ')', '"'])
    {
        return None;
    }
    let back = clause_words_back(f, lo + open, 2);
    let kind = munition_kind(back.first()?)?;
    opens_munition(back.get(1).copied().unwrap_or(""))
        .then_some((back[0], kind))
}

/// Whether folded word `lead` (empty at the start of a clause) may open
/// the phrase of a munition that strikes: "un missile", "des drones",
/// "deux roquettes", "de nouveaux obus".
fn opens_munition(lead: &str) -> bool {
    matches!(
        lead,
        "" | "un"
            | "une"
            | "des"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "deux"
            | "trois"
            | "plusieurs"
            | "nouveau"
            | "nouveaux"
    )
}

/// Whether folded word `w` names supplies handed out as aid ("vivres",
/// "colis", "farine").
fn is_supply_word(w: &str) -> bool {
    matches!(
        w,
        "vivres"
            | "nourriture"
            | "medicaments"
            | "denrees"
            | "rations"
            | "kits"
            | "colis"
            | "aide"
            | "riz"
            | "farine"
            | "couvertures"
            | "baches"
            | "tentes"
            | "intrants"
            | "articles"
            | "secours"
    )
}

/// Whether the trigger at `span` is "déplacés" after the name of a body
/// or of a spokesman ("la coordination des déplacés", "un représentant
/// des réfugiés").
fn speaks_for_displaced(ctx: &Context<'_>, span: Span) -> bool {
    let f = ctx.folded.from_original(span.start);
    let back = clause_words_back(&ctx.folded.text, f, 2);
    matches!(back.as_slice(), ["des" | "aux", body, ..] if matches!(
        *body,
        "coordination"
            | "coordinateur"
            | "coordinatrice"
            | "association"
            | "associations"
            | "comite"
            | "collectif"
            | "representant"
            | "representants"
            | "porte-parole"
            | "delegue"
            | "delegues"
            | "president"
            | "presidente"
    ))
}

/// Whether the trigger at `span` is "s'en retirer" (or a tense of it)
/// said of an accord or talks named in the 12 words before it.
fn leaves_a_pact(ctx: &Context<'_>, span: Span) -> bool {
    let f = ctx.folded.from_original(span.start);
    if !ctx.folded.text[f..].starts_with("s'en ") {
        return false;
    }
    clause_words_back(&ctx.folded.text, f, 12).iter().any(|w| {
        let w = w.strip_prefix("l'").unwrap_or(w);
        matches!(
            w,
            "accord"
                | "accords"
                | "traite"
                | "processus"
                | "negociations"
                | "pourparlers"
                | "dialogue"
                | "pacte"
                | "coalition"
        )
    })
}

/// Whether the trigger at `span` is "éliminer" with a danger for object
/// ("éliminer toute menace", "éliminant les menaces") or that danger
/// itself: no one is killed and no one threatens.
fn is_menace_removed(ctx: &Context<'_>, span: Span) -> bool {
    let danger = |w: &str| matches!(w, "menace" | "menaces");
    let det = |w: &str| {
        matches!(w, "toute" | "toutes" | "la" | "les" | "cette" | "ces")
    };
    let word = folded_of(ctx, span);
    if word.starts_with("elimin") {
        let after = folded_words_after(ctx, span.end, 2);
        return matches!(&after[..], [d, m] if det(d) && danger(m));
    }
    if !danger(word) {
        return false;
    }
    let f = ctx.folded.from_original(span.start);
    let back = clause_words_back(&ctx.folded.text, f, 2);
    matches!(back.as_slice(), [d, v, ..] if det(d) && v.starts_with("elimin"))
        || matches!(back.first(), Some(&"toute" | &"toutes"))
}

/// A form of "promettre" that promises something.
fn is_promise_verb(w: &str) -> bool {
    matches!(
        w,
        "promis"
            | "promet"
            | "promets"
            | "promettent"
            | "promettant"
            | "promettait"
            | "promettaient"
            | "promettre"
            // "avait juré de « poursuivre le combat »".
            | "jure"
            | "jurent"
            | "jurant"
            | "jurait"
            | "juraient"
    )
}

/// Whether a noun of retaliation follows folded byte `at` within a few
/// words (articles, quotes and adjectives between): "une « riposte
/// foudroyante »", "de lourdes représailles".
fn promised_blow(f: &str, at: usize) -> bool {
    let mut end = (at + 72).min(f.len());
    while !f.is_char_boundary(end) {
        end -= 1;
    }
    let tail = &f[at..end];
    let tail = &tail[..tail.find([',', '.', ';', ':']).unwrap_or(tail.len())];
    let words = || {
        tail.split(|c: char| {
            c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”')
        })
        // ("avait juré samedi de …": the day is read past.)
        .filter(|w| !w.is_empty() && !crate::dates::is_day_word(w))
        .map(|w| w.strip_prefix("d'").unwrap_or(w))
    };
    // "a promis que les ravisseurs seraient « traqués »": what is
    // promised to those a clause names.
    let that = words().next() == Some("que");
    words().take(if that { 9 } else { 4 }).any(|w| {
        matches!(
            w,
            "riposte"
                // "a promis de « riposter avec fermeté »", "de « chasser
                // les agresseurs »", "une nouvelle offensive".
                | "riposter"
                | "repondre"
                | "chasser"
                | "venger"
                | "offensive"
                | "represailles"
                | "vengeance"
                | "reponse"
                | "chatiment"
                // "a promis d'« écraser » les insurgés".
                | "ecraser"
                | "aneantir"
                | "traquer"
                | "eliminer"
                | "punir"
                | "frapper"
                | "detruire"
                | "exterminer"
                | "neutraliser"
                | "eradiquer"
                // "ont promis de poursuivre leurs attaques", "de s'en
                // prendre aux villages".
                | "attaques"
                | "attaquer"
                | "frappes"
                | "s'en"
                // "de « nettoyer » la ville", "une « guerre totale »",
                // "de « poursuivre le combat »", "que les auteurs
                // « paieront »".
                | "nettoyer"
                | "guerre"
                | "combat"
                | "payer"
                | "paieront"
                | "paiera"
        ) || that
            && matches!(
                w,
                "traques" | "punis" | "neutralises" | "elimines" | "ecrases"
            )
    })
}

/// A folded word without an elided article before it or a plural "s"
/// after it: "l'ennemi", "d'assaillants" read as "ennemi", "assaillant".
fn bare_singular(w: &str) -> &str {
    let w = w.strip_prefix("l'").unwrap_or(w);
    let w = w.strip_prefix("d'").unwrap_or(w);
    w.strip_suffix('s').unwrap_or(w)
}

/// Whether a form of "poursuivre" (or "poursuite") with the folded words
/// of its clause before (`back`, nearest first) and after (`fwd`) chases
/// foes: the assailants or the enemy as its object, or, in the passive,
/// troops as those who chase.
fn pursues_foes(verb: &str, back: &[&str], fwd: &[&str]) -> bool {
    let form = matches!(
        verb,
        "poursuivre"
            | "poursuivent"
            | "poursuit"
            | "poursuivi"
            | "poursuivis"
            | "poursuivie"
            | "poursuivies"
            | "poursuivant"
            | "poursuivaient"
            | "poursuivait"
            | "poursuivra"
            | "poursuivront"
            | "poursuite"
    );
    // "les combats se poursuivent", "sans se poursuivre".
    if !form || matches!(back.first(), Some(&("se" | "s'"))) {
        return false;
    }
    let foe = |w: &&str| {
        let w = bare_singular(w);
        matches!(
            w,
            "assaillant"
                | "ennemi"
                | "ravisseur"
                | "fuyard"
                | "terroriste"
                | "jihadiste"
                | "djihadiste"
                | "bandit"
                | "insurge"
                | "rebelle"
                | "milicien"
                | "agresseur"
        ) || w == "element"
            && fwd.iter().any(|x| matches!(*x, "fuite" | "deroute"))
    };
    // The object first, past articles: "poursuivent les éléments en
    // fuite", "à la poursuite des assaillants".
    let object = fwd
        .iter()
        .take(3)
        .skip_while(|w| {
            matches!(
                **w,
                "les" | "le" | "la" | "des" | "de" | "du" | "leurs" | "ces"
            )
        })
        .take(1)
        .any(foe);
    // "poursuivis par nos unités": chased by troops.
    let by_troops = verb.starts_with("poursuivi")
        && matches!(fwd, ["par", "nos" | "les" | "des" | "l'armee", ..])
        && fwd.iter().skip(1).take(2).any(|w| {
            matches!(
                *w,
                "unites"
                    | "forces"
                    | "soldats"
                    | "troupes"
                    | "l'armee"
                    | "militaires"
                    | "elements"
            )
        });
    object || by_troops
}

/// Verbs no fixed trigger spells out, told by the words around them:
/// munitions that hit ("les missiles ont touché un immeuble", "touché
/// par deux obus") or kill ("tué par un drone russe"), assaults and
/// assailants repelled ("ont repoussé les assaillants", "quatorze assauts
/// repoussés", "avant d'être repoussés par l'armée"), which are clashes
/// (merged into the fighting told beside them, or dropped once they lend
/// their sides where the assault has its own noun), the loss of counted
/// people ("la perte de neuf soldats") and retaliation promised
/// ("a promis une riposte").
fn told_by_context(ctx: &Context<'_>, out: &mut Vec<(Span, &'static str)>) {
    let f = ctx.folded.text.as_str();
    let fb = f.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    for stem in [
        "touch", "atteint", "repouss", "arriv", "afflu", "tomb", "pert",
        "prom", "jur", "drone", "missile", "roquette", "obus", "march",
        "cess", "poursui",
    ] {
        for i in memchr::memmem::find_iter(fb, stem.as_bytes()) {
            if i > 0 && is_word(fb[i - 1]) {
                continue;
            }
            let mut e = i;
            while e < fb.len() && is_word(fb[e]) {
                e += 1;
            }
            let verb = &f[i..e];
            let back = clause_words_back(f, i, 4);
            let fwd = clause_words_fwd(f, e, 5);
            let passive_by = fwd.first() == Some(&"par");
            let kind = if let Some(k) = munition_kind(verb) {
                // "un homme a été tué par un drone russe": the munition
                // that killed is the strike.
                let harmed = |w: &str| {
                    let w = w.trim_end_matches('s');
                    let w = w.strip_suffix('e').unwrap_or(w);
                    matches!(w, "tue" | "blesse" | "tu" | "bless" | "abattu")
                };
                // Nearest first; a day between is read past ("tué
                // mercredi par un drone").
                let back: Vec<&str> = clause_words_back(f, i, 5)
                    .into_iter()
                    .filter(|w| !crate::dates::is_day_word(w))
                    .collect();
                let article = |w: &str| {
                    matches!(
                        w,
                        "un" | "une" | "des" | "deux" | "trois" | "le" | "la"
                    )
                };
                match &back[..] {
                    [a, "par", p, ..] if article(a) && harmed(p) => k,
                    ["par", p, ..] if harmed(p) => k,
                    _ => continue,
                }
            } else if stem == "prom" || stem == "jur" {
                // "a promis une « riposte foudroyante »", "promettent des
                // représailles": a blow promised is a threat.
                if !is_promise_verb(verb) || !promised_blow(f, e) {
                    continue;
                }
                "threat"
            } else if stem == "pert" {
                // "nous déplorons la perte de neuf (09) soldats": the loss
                // of counted people is their death.
                if !matches!(verb, "perte" | "pertes") {
                    continue;
                }
                // "neuf (09) soldats": the figure in brackets is read past.
                let mut end = (e + 60).min(f.len());
                while !f.is_char_boundary(end) {
                    end -= 1;
                }
                let tail = &f[e..end];
                let tail =
                    &tail[..tail.find([',', '.', ';']).unwrap_or(tail.len())];
                let ahead: Vec<&str> = tail
                    .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
                    .filter(|w| !w.is_empty())
                    .take(6)
                    .collect();
                let counted = match &ahead[..] {
                    [de, n, rest @ ..] if *de == "de" => {
                        (n.bytes().all(|b| b.is_ascii_digit())
                            || crate::numbers::parse_number_words(n).is_some())
                            && rest.iter().take(3).any(|w| {
                                matches!(
                                    *w,
                                    "soldats"
                                        | "militaires"
                                        | "hommes"
                                        | "elements"
                                        | "policiers"
                                        | "gendarmes"
                                        | "gardes"
                                        | "vdp"
                                        | "civils"
                                        | "personnes"
                                        | "combattants"
                                        | "casques"
                                )
                            })
                    }
                    _ => false,
                };
                if !counted {
                    continue;
                }
                "killing"
            } else if stem == "tomb" {
                // "Sokolo, tombée il y a deux semaines aux mains des
                // jihadistes": a date between the verb and its hands (the
                // fixed trigger wants them side by side).
                let form = matches!(
                    verb,
                    "tombe" | "tombee" | "tombes" | "tombees" | "tombent"
                );
                let ahead = clause_words_fwd(f, e, 9);
                let hands = ahead
                    .windows(2)
                    .skip(1)
                    .any(|w| matches!(w, ["aux", "mains"] | ["les", "mains"]));
                if !form || !hands {
                    continue;
                }
                "capture"
            } else if stem == "arriv" || stem == "afflu" {
                // "des milliers de déplacés affluent vers Fada", "3 500
                // réfugiés sont arrivés à Adré": people who flee arrive.
                let form = matches!(
                    verb,
                    "arrive"
                        | "arrives"
                        | "arrivee"
                        | "arrivees"
                        | "arrivent"
                        | "affluent"
                        | "affluaient"
                        | "afflue"
                );
                let fled = clause_words_back(f, i, 5).iter().any(|w| {
                    matches!(
                        *w,
                        "deplaces" | "refugies" | "deplacees" | "refugiees"
                    )
                });
                if !form || !fled {
                    continue;
                }
                "displacement"
            } else if stem == "march" {
                // "des centaines de femmes ont marché jeudi pour réclamer",
                // "une marche de soutien aux forces": a march of protest
                // (not "ont marché sur Goma", an advance, nor "le marché").
                let walked = verb == "marche"
                    && matches!(
                        back.first(),
                        Some(&("ont" | "avons" | "a" | "avaient" | "avait"))
                    )
                    && fwd.first() != Some(&"sur")
                    // "ont marché trois jours", "pendant des jours pour
                    // fuir": people on the road.
                    && !fwd.iter().take(5).any(|w| {
                        matches!(
                            *w,
                            "jour"
                                | "jours"
                                | "pendant"
                                | "durant"
                                | "heures"
                                | "nuits"
                                | "semaines"
                                | "km"
                                | "kilometres"
                                | "fuir"
                        )
                    });
                let march = matches!(verb, "marche" | "marches")
                    && matches!(
                        back.first(),
                        Some(&("une" | "la" | "cette" | "grande" | "des"))
                    )
                    && matches!(
                        fwd[..],
                        ["pour", ..]
                            | ["contre", ..]
                            | ["pacifique", ..]
                            | ["silencieuse", ..]
                            | [
                                "de",
                                "soutien" | "protestation" | "colere",
                                ..
                            ]
                    );
                if !(walked || march) {
                    continue;
                }
                "protest"
            } else if stem == "cess" {
                // "appelle les Houthis à cesser immédiatement leurs
                // attaques", "cessent les frappes": fighting stopped, a
                // ceasefire (asked for, promised or told). "cesser le feu",
                // "cesser les hostilités" are gazetteer rows already.
                let form = matches!(
                    verb,
                    "cesser"
                        | "cessent"
                        | "cessera"
                        | "cesseront"
                        | "cesserait"
                        | "cesseraient"
                        | "cesse"
                        | "cessait"
                        | "cessaient"
                );
                // "les 3R n'ont pas cessé leurs attaques": attacks that
                // went on, no truce.
                if !form
                    || matches!(
                        back.first(),
                        Some(&("sans" | "pas" | "jamais"))
                    )
                {
                    continue;
                }
                let mut rest = fwd.iter().map(|w| {
                    w.strip_prefix("l'").or(w.strip_prefix("d'")).unwrap_or(w)
                });
                let mut next = rest.next();
                while let Some(w) = next {
                    if matches!(
                        w,
                        "immediatement"
                            | "toute"
                            | "toutes"
                            | "tout"
                            | "tous"
                            | "les"
                            | "leurs"
                            | "leur"
                            | "ses"
                            | "sa"
                            | "son"
                            | "de"
                            | "des"
                    ) {
                        next = rest.next();
                    } else {
                        break;
                    }
                }
                let fighting = next.is_some_and(|w| {
                    let w = w.strip_suffix('s').unwrap_or(w);
                    matches!(
                        w,
                        "attaque"
                            | "frappe"
                            | "bombardement"
                            | "tir"
                            | "offensive"
                            | "operation"
                            | "action"
                            | "violence"
                            | "agression"
                            | "incursion"
                            | "raid"
                            | "assaut"
                    )
                }) && {
                    // "les opérations militaires", "les actions armées":
                    // an operation of war, not any operation.
                    let w = next.unwrap_or("");
                    !(w.starts_with("operation") || w.starts_with("action"))
                        || rest.next().is_some_and(|a| {
                            matches!(
                                a,
                                "militaire"
                                    | "militaires"
                                    | "armee"
                                    | "armees"
                                    | "offensives"
                                    | "hostiles"
                            )
                        })
                };
                if !fighting {
                    continue;
                }
                "ceasefire"
            } else if stem == "repouss" {
                let form = matches!(
                    verb,
                    "repousse"
                        | "repousses"
                        | "repoussee"
                        | "repoussees"
                        | "repousser"
                        | "repoussent"
                        | "repoussait"
                        | "repoussaient"
                        | "repoussant"
                );
                let assault = |w: &&str| {
                    let w = bare_singular(w);
                    matches!(
                        w,
                        "assaillant"
                            | "attaque"
                            | "assaut"
                            | "offensive"
                            | "ennemi"
                            | "contre"
                            | "incursion"
                            | "agresseur"
                            | "jihadiste"
                            | "djihadiste"
                            | "terroriste"
                            | "rebelle"
                            | "insurge"
                            | "gang"
                            | "combattant"
                    )
                };
                let object = fwd.iter().take(4).any(assault);
                let passive = back.iter().take(4).any(assault)
                    || passive_by
                        && back
                            .iter()
                            .take(2)
                            .any(|w| matches!(*w, "ete" | "etre" | "d'etre"));
                if !form || !(object || passive) {
                    continue;
                }
                "armed_clash"
            } else if stem == "poursui" {
                // "Nos unités poursuivent les éléments en déroute", "à la
                // poursuite des ravisseurs", "se sont repliés, poursuivis
                // par nos unités": foes chased are attacked. Not "se
                // poursuivre" (to go on), nor a road, talks or the law
                // pursued.
                if !pursues_foes(verb, &back, &fwd) {
                    continue;
                }
                "attack"
            } else {
                let form = matches!(
                    verb,
                    "touche"
                        | "touches"
                        | "touchee"
                        | "touchees"
                        | "touchent"
                        | "touchait"
                        | "touchaient"
                        | "atteint"
                        | "atteinte"
                        | "atteints"
                        | "atteintes"
                );
                if !form {
                    continue;
                }
                // The munition is the subject, or the agent of the
                // passive.
                let subject = back.iter().find_map(|w| munition_kind(w));
                let agent = if passive_by {
                    fwd.iter().skip(1).take(4).find_map(|w| munition_kind(w))
                } else {
                    None
                };
                match agent.or(subject) {
                    Some(k) => k,
                    None => continue,
                }
            };
            out.push((ctx.folded.to_original(Span::new(i, e)), kind));
        }
    }
}
