//! Inflection of trigger lemmas at load time.
//!
//! Trigger rows of the gazetteer give one lemma per row (an infinitive for a
//! verb, a singular for a noun) and a part of speech; [`expand`] turns the
//! lemma into the surface forms the matcher looks for. Only the forms met in
//! news reporting are produced: third person singular and plural of the
//! simple tenses, participles and the infinitive for verbs; singular and
//! plural for nouns. Forms are lowercase with accents kept; the matcher folds
//! accents, case, apostrophes and hyphens itself.

/// Part of speech of a trigger row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// An infinitive, possibly pronominal (`se rendre`, `s'emparer de`) or
    /// followed by fixed words (`ouvrir le feu`): the first word after the
    /// pronoun is conjugated, the rest is kept as written.
    Verb,
    /// A singular noun or noun phrase (`frappe aérienne`, `prise d'otages`):
    /// the words before the first preposition are put in the plural.
    Noun,
    /// A fixed expression, matched only as written.
    Phrase,
}

impl Pos {
    /// Reads `verb`, `noun` or `phrase` (any case, surrounding spaces and a
    /// `pos=` prefix allowed); anything else is `None`.
    pub fn parse(s: &str) -> Option<Pos> {
        let t = s.trim().to_lowercase();
        let t = t.strip_prefix("pos=").unwrap_or(&t).trim();
        match t {
            "verb" => Some(Pos::Verb),
            "noun" => Some(Pos::Noun),
            "phrase" => Some(Pos::Phrase),
            _ => None,
        }
    }
}

/// Every surface form of `lemma` (lowercase, accents kept) for the given part
/// of speech, lemma first, no duplicates.
///
/// The lemma is lowercased, its typographic apostrophes made straight and its
/// runs of white space made single. An empty lemma gives no forms. A verb
/// whose infinitive is not recognised, and every [`Pos::Phrase`], give the
/// lemma alone.
///
/// Verbs give the third person singular and plural of the présent,
/// imparfait, passé simple, futur, conditionnel and subjonctif présent, the
/// four past participles, the present participle and the infinitive. A
/// pronominal verb carries its pronoun on every form, and its compound forms
/// are spelt out with the auxiliary (`s'est rendu`, `se sont rendus`,
/// `s'étaient emparés de`); its bare participles are given only when fixed
/// words follow the verb (`emparés de`), since a bare `rendu` or `retiré`
/// says nothing of a surrender or a withdrawal.
pub fn expand(lemma: &str, pos: Pos) -> Vec<String> {
    let norm = normalize(lemma);
    if norm.is_empty() {
        return Vec::new();
    }
    let mut out = Forms::new(norm.clone());
    match pos {
        Pos::Phrase => {}
        Pos::Verb => expand_verb(&norm, &mut out),
        Pos::Noun => expand_noun(lemma, &mut out),
    }
    out.0
}

/// An ordered list of forms without duplicates.
struct Forms(Vec<String>);

impl Forms {
    fn new(first: String) -> Forms {
        Forms(vec![first])
    }

    fn push(&mut self, s: String) {
        if !s.is_empty() && !self.0.contains(&s) {
            self.0.push(s);
        }
    }
}

/// Lowercases, straightens apostrophes and collapses white space.
fn normalize(s: &str) -> String {
    let lower: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' => '\'',
            c => c,
        })
        .collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------- verbs

/// The reflexive or adverbial pronoun in front of a verb lemma.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clitic {
    /// No pronoun.
    None,
    /// `se`, elided to `s'` before a vowel or a mute h.
    Se,
    /// `s'en` (`s'en prendre à`).
    SEn,
    /// `en` without a reflexive (`en venir aux mains`).
    En,
    /// `y` without a reflexive.
    Y,
}

/// Conjugated forms of one verb (without pronoun or following words).
struct Parts {
    /// Third person forms of the simple tenses.
    finite: Vec<String>,
    /// Past participles: masculine singular, feminine singular, masculine
    /// plural, feminine plural.
    pp: [String; 4],
    /// Present participle.
    ppr: String,
}

impl Parts {
    /// Builds the parts from the principal forms: présent 3sg and 3pl, the
    /// imparfait stem (also that of the present participle), passé simple
    /// 3sg and 3pl, the futur stem (also that of the conditionnel), the
    /// subjonctif 3sg and 3pl, and the four past participles.
    #[allow(clippy::too_many_arguments)]
    fn build(
        p3s: &str,
        p3p: &str,
        imp: &str,
        ps3s: &str,
        ps3p: &str,
        fut: &str,
        sj3s: &str,
        sj3p: &str,
        pp: [&str; 4],
    ) -> Parts {
        let finite = vec![
            p3s.to_string(),
            p3p.to_string(),
            format!("{imp}ait"),
            format!("{imp}aient"),
            ps3s.to_string(),
            ps3p.to_string(),
            format!("{fut}a"),
            format!("{fut}ont"),
            format!("{fut}ait"),
            format!("{fut}aient"),
            sj3s.to_string(),
            sj3p.to_string(),
        ];
        Parts {
            finite,
            pp: [pp[0].into(), pp[1].into(), pp[2].into(), pp[3].into()],
            ppr: format!("{imp}ant"),
        }
    }
}

/// Irregular verbs and verb endings. Each row: the key (a whole verb or the
/// ending of a family), then présent 3sg, 3pl, imparfait stem, passé simple
/// 3sg, 3pl, futur stem, subjonctif 3sg, 3pl, past participle m.sg, f.sg,
/// m.pl, f.pl. A verb ending with the key takes its forms with the part of
/// the verb before the key put in front (`re` + `prendre` → `re` + `prit`);
/// the longest matching key wins.
#[rustfmt::skip]
const IRREGULAR: &[(&str, [&str; 12])] = &[
    ("aller", ["va", "vont", "all", "alla", "allèrent", "ir", "aille", "aillent", "allé", "allée", "allés", "allées"]),
    ("envoyer", ["envoie", "envoient", "envoy", "envoya", "envoyèrent", "enverr", "envoie", "envoient", "envoyé", "envoyée", "envoyés", "envoyées"]),
    ("prendre", ["prend", "prennent", "pren", "prit", "prirent", "prendr", "prenne", "prennent", "pris", "prise", "pris", "prises"]),
    ("mettre", ["met", "mettent", "mett", "mit", "mirent", "mettr", "mette", "mettent", "mis", "mise", "mis", "mises"]),
    ("battre", ["bat", "battent", "batt", "battit", "battirent", "battr", "batte", "battent", "battu", "battue", "battus", "battues"]),
    ("rompre", ["rompt", "rompent", "romp", "rompit", "rompirent", "rompr", "rompe", "rompent", "rompu", "rompue", "rompus", "rompues"]),
    ("vaincre", ["vainc", "vainquent", "vainqu", "vainquit", "vainquirent", "vaincr", "vainque", "vainquent", "vaincu", "vaincue", "vaincus", "vaincues"]),
    ("suivre", ["suit", "suivent", "suiv", "suivit", "suivirent", "suivr", "suive", "suivent", "suivi", "suivie", "suivis", "suivies"]),
    ("vivre", ["vit", "vivent", "viv", "vécut", "vécurent", "vivr", "vive", "vivent", "vécu", "vécue", "vécus", "vécues"]),
    ("crire", ["crit", "crivent", "criv", "crivit", "crivirent", "crir", "crive", "crivent", "crit", "crite", "crits", "crites"]),
    ("dire", ["dit", "disent", "dis", "dit", "dirent", "dir", "dise", "disent", "dit", "dite", "dits", "dites"]),
    ("lire", ["lit", "lisent", "lis", "lut", "lurent", "lir", "lise", "lisent", "lu", "lue", "lus", "lues"]),
    ("faire", ["fait", "font", "fais", "fit", "firent", "fer", "fasse", "fassent", "fait", "faite", "faits", "faites"]),
    ("duire", ["duit", "duisent", "duis", "duisit", "duisirent", "duir", "duise", "duisent", "duit", "duite", "duits", "duites"]),
    ("truire", ["truit", "truisent", "truis", "truisit", "truisirent", "truir", "truise", "truisent", "truit", "truite", "truits", "truites"]),
    ("cuire", ["cuit", "cuisent", "cuis", "cuisit", "cuisirent", "cuir", "cuise", "cuisent", "cuit", "cuite", "cuits", "cuites"]),
    ("aindre", ["aint", "aignent", "aign", "aignit", "aignirent", "aindr", "aigne", "aignent", "aint", "ainte", "aints", "aintes"]),
    ("eindre", ["eint", "eignent", "eign", "eignit", "eignirent", "eindr", "eigne", "eignent", "eint", "einte", "eints", "eintes"]),
    ("oindre", ["oint", "oignent", "oign", "oignit", "oignirent", "oindr", "oigne", "oignent", "oint", "ointe", "oints", "ointes"]),
    ("résoudre", ["résout", "résolvent", "résolv", "résolut", "résolurent", "résoudr", "résolve", "résolvent", "résolu", "résolue", "résolus", "résolues"]),
    ("soudre", ["sout", "solvent", "solv", "solut", "solurent", "soudr", "solve", "solvent", "sous", "soute", "sous", "soutes"]),
    ("clure", ["clut", "cluent", "clu", "clut", "clurent", "clur", "clue", "cluent", "clu", "clue", "clus", "clues"]),
    ("inclure", ["inclut", "incluent", "inclu", "inclut", "inclurent", "inclur", "inclue", "incluent", "inclus", "incluse", "inclus", "incluses"]),
    ("aître", ["aît", "aissent", "aiss", "ut", "urent", "aîtr", "aisse", "aissent", "u", "ue", "us", "ues"]),
    ("naître", ["naît", "naissent", "naiss", "naquit", "naquirent", "naîtr", "naisse", "naissent", "né", "née", "nés", "nées"]),
    ("tenir", ["tient", "tiennent", "ten", "tint", "tinrent", "tiendr", "tienne", "tiennent", "tenu", "tenue", "tenus", "tenues"]),
    ("venir", ["vient", "viennent", "ven", "vint", "vinrent", "viendr", "vienne", "viennent", "venu", "venue", "venus", "venues"]),
    ("vrir", ["vre", "vrent", "vr", "vrit", "vrirent", "vrir", "vre", "vrent", "vert", "verte", "verts", "vertes"]),
    ("frir", ["fre", "frent", "fr", "frit", "frirent", "frir", "fre", "frent", "fert", "ferte", "ferts", "fertes"]),
    ("mourir", ["meurt", "meurent", "mour", "mourut", "moururent", "mourr", "meure", "meurent", "mort", "morte", "morts", "mortes"]),
    ("courir", ["court", "courent", "cour", "courut", "coururent", "courr", "coure", "courent", "couru", "courue", "courus", "courues"]),
    ("quérir", ["quiert", "quièrent", "quér", "quit", "quirent", "querr", "quière", "quièrent", "quis", "quise", "quis", "quises"]),
    ("fuir", ["fuit", "fuient", "fuy", "fuit", "fuirent", "fuir", "fuie", "fuient", "fui", "fuie", "fuis", "fuies"]),
    ("partir", ["part", "partent", "part", "partit", "partirent", "partir", "parte", "partent", "parti", "partie", "partis", "parties"]),
    ("sortir", ["sort", "sortent", "sort", "sortit", "sortirent", "sortir", "sorte", "sortent", "sorti", "sortie", "sortis", "sorties"]),
    ("sentir", ["sent", "sentent", "sent", "sentit", "sentirent", "sentir", "sente", "sentent", "senti", "sentie", "sentis", "senties"]),
    ("mentir", ["ment", "mentent", "ment", "mentit", "mentirent", "mentir", "mente", "mentent", "menti", "mentie", "mentis", "menties"]),
    ("dormir", ["dort", "dorment", "dorm", "dormit", "dormirent", "dormir", "dorme", "dorment", "dormi", "dormie", "dormis", "dormies"]),
    ("servir", ["sert", "servent", "serv", "servit", "servirent", "servir", "serve", "servent", "servi", "servie", "servis", "servies"]),
    ("assaillir", ["assaille", "assaillent", "assaill", "assaillit", "assaillirent", "assaillir", "assaille", "assaillent", "assailli", "assaillie", "assaillis", "assaillies"]),
    ("tressaillir", ["tressaille", "tressaillent", "tressaill", "tressaillit", "tressaillirent", "tressaillir", "tressaille", "tressaillent", "tressailli", "tressaillie", "tressaillis", "tressaillies"]),
    ("cueillir", ["cueille", "cueillent", "cueill", "cueillit", "cueillirent", "cueiller", "cueille", "cueillent", "cueilli", "cueillie", "cueillis", "cueillies"]),
    ("cevoir", ["çoit", "çoivent", "cev", "çut", "çurent", "cevr", "çoive", "çoivent", "çu", "çue", "çus", "çues"]),
    ("voir", ["voit", "voient", "voy", "vit", "virent", "verr", "voie", "voient", "vu", "vue", "vus", "vues"]),
    ("prévoir", ["prévoit", "prévoient", "prévoy", "prévit", "prévirent", "prévoir", "prévoie", "prévoient", "prévu", "prévue", "prévus", "prévues"]),
    ("devoir", ["doit", "doivent", "dev", "dut", "durent", "devr", "doive", "doivent", "dû", "due", "dus", "dues"]),
    ("pouvoir", ["peut", "peuvent", "pouv", "put", "purent", "pourr", "puisse", "puissent", "pu", "pu", "pu", "pu"]),
    ("vouloir", ["veut", "veulent", "voul", "voulut", "voulurent", "voudr", "veuille", "veuillent", "voulu", "voulue", "voulus", "voulues"]),
];

/// Verbs that end like an irregular key but are conjugated regularly.
const NOT_IRREGULAR: &[&str] = &[
    "répartir",
    "assortir",
    "asservir",
    "maudire",
    "ressortir",
    "impartir",
    "pourvoir",
    "savoir",
    "avoir",
    "mouvoir",
    "pleuvoir",
    "asseoir",
    "surseoir",
];

/// Verbs starting with an aspirated h: `se` is not elided before them.
const H_ASPIRE: &[&str] = &[
    "haïr",
    "harceler",
    "heurter",
    "hisser",
    "hâter",
    "hurler",
    "hausser",
    "hacher",
    "hanter",
    "harasser",
    "hasarder",
    "hérisser",
    "harponner",
    "huer",
];

fn expand_verb(lemma: &str, out: &mut Forms) {
    let (clitic, body) = if let Some(r) = lemma.strip_prefix("s'en ") {
        (Clitic::SEn, r)
    } else if let Some(r) = lemma.strip_prefix("se ") {
        (Clitic::Se, r)
    } else if let Some(r) = lemma.strip_prefix("s'") {
        (Clitic::Se, r)
    } else if let Some(r) = lemma.strip_prefix("en ") {
        (Clitic::En, r)
    } else if let Some(r) = lemma.strip_prefix("y ") {
        (Clitic::Y, r)
    } else {
        (Clitic::None, lemma)
    };
    let body = body.trim_start();
    let (verb, rest) = match body.split_once(' ') {
        Some((v, r)) => (v, format!(" {r}")),
        None => (body, String::new()),
    };
    let parts = match conjugate(verb) {
        Some(p) => p,
        None => return,
    };
    let aspirated = H_ASPIRE.iter().any(|h| verb.ends_with(h));
    let with = |form: &str| -> String {
        format!("{}{rest}", attach(clitic, form, aspirated))
    };

    out.push(with(verb));
    for f in &parts.finite {
        out.push(with(f));
    }
    match clitic {
        Clitic::Se | Clitic::SEn => {
            out.push(with(&parts.ppr));
            let [ms, fs, mp, fp] = &parts.pp;
            for aux in ["est", "était", "sera", "serait", "soit", "fut"] {
                for p in [ms, fs] {
                    out.push(format!(
                        "{} {p}{rest}",
                        attach(clitic, aux, false)
                    ));
                }
            }
            for aux in
                ["sont", "étaient", "seront", "seraient", "soient", "furent"]
            {
                for p in [mp, fp] {
                    out.push(format!(
                        "{} {p}{rest}",
                        attach(clitic, aux, false)
                    ));
                }
            }
            // The compound forms a word splits: "ne se sont pas retirés",
            // "ne s'est jamais rendu" (the denied forms of the past and
            // future are forms of their own), and in the past "s'étaient
            // déjà repliés", "se sont ensuite retirés" (an adverb between
            // the auxiliary and the participle).
            for (aux, pp, past) in [
                ("est", [ms, fs], true),
                ("était", [ms, fs], true),
                ("sera", [ms, fs], false),
                ("sont", [mp, fp], true),
                ("étaient", [mp, fp], true),
                ("seront", [mp, fp], false),
            ] {
                let aux = attach(clitic, aux, false);
                for p in pp {
                    for neg in ["pas", "jamais", "plus"] {
                        out.push(format!("ne {aux} {neg} {p}{rest}"));
                    }
                    if past {
                        for adverb in ADVERBS_IN_COMPOUND {
                            out.push(format!("{aux} {adverb} {p}{rest}"));
                        }
                    }
                }
            }
            for aux in ["étant", "être"] {
                for p in [ms, fs, mp, fp] {
                    out.push(format!(
                        "{} {p}{rest}",
                        attach(clitic, aux, false)
                    ));
                }
            }
            if !rest.is_empty() {
                for p in &parts.pp {
                    out.push(format!("{p}{rest}"));
                }
            }
        }
        Clitic::None | Clitic::En | Clitic::Y => {
            for p in &parts.pp {
                out.push(format!("{p}{rest}"));
            }
            out.push(with(&parts.ppr));
        }
    }
}

/// Adverbs told between the auxiliary and the participle of a pronominal
/// verb's compound forms.
const ADVERBS_IN_COMPOUND: &[&str] = &[
    "déjà",
    "ensuite",
    "alors",
    "aussi",
    "également",
    "finalement",
    "rapidement",
    "brièvement",
    "d'abord",
];

/// Puts the pronoun in front of a verb form, eliding `se` where French does.
fn attach(clitic: Clitic, form: &str, aspirated: bool) -> String {
    match clitic {
        Clitic::None => form.to_string(),
        Clitic::SEn => format!("s'en {form}"),
        Clitic::En => format!("en {form}"),
        Clitic::Y => format!("y {form}"),
        Clitic::Se => {
            if elides(form, aspirated) {
                format!("s'{form}")
            } else {
                format!("se {form}")
            }
        }
    }
}

fn elides(form: &str, aspirated: bool) -> bool {
    match form.chars().next() {
        Some('h') => !aspirated,
        Some(c) => "aàâäeéèêëiîïoôöuùûüyœæ".contains(c),
        None => false,
    }
}

/// Conjugates one infinitive, or `None` when it is not recognised.
fn conjugate(verb: &str) -> Option<Parts> {
    if let Some((head, tail)) = verb.rsplit_once('-') {
        // contre-attaquer: the last element carries the inflection.
        if head.is_empty()
            || !head.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            return None;
        }
        let mut parts = conjugate(tail)?;
        let with = |s: &String| format!("{head}-{s}");
        parts.finite = parts.finite.iter().map(with).collect();
        parts.pp = [
            with(&parts.pp[0]),
            with(&parts.pp[1]),
            with(&parts.pp[2]),
            with(&parts.pp[3]),
        ];
        parts.ppr = with(&parts.ppr);
        return Some(parts);
    }
    if verb.chars().count() < 3 || !verb.chars().all(char::is_alphabetic) {
        return None;
    }
    if !NOT_IRREGULAR.iter().any(|v| verb.ends_with(v)) {
        let best = IRREGULAR
            .iter()
            .filter(|(key, _)| verb.ends_with(key))
            .max_by_key(|(key, _)| key.len());
        if let Some((key, f)) = best {
            let prefix = &verb[..verb.len() - key.len()];
            let p = |s: &str| format!("{prefix}{s}");
            return Some(Parts::build(
                &p(f[0]),
                &p(f[1]),
                &p(f[2]),
                &p(f[3]),
                &p(f[4]),
                &p(f[5]),
                &p(f[6]),
                &p(f[7]),
                [&p(f[8]), &p(f[9]), &p(f[10]), &p(f[11])],
            ));
        }
    }
    if let Some(stem) = verb.strip_suffix("er") {
        return first_group(verb, stem);
    }
    if verb.ends_with("oir") {
        return None;
    }
    if let Some(stem) = verb.strip_suffix("ir") {
        // Second group: envahir, investir, périr, anéantir.
        let iss = format!("{stem}iss");
        return Some(Parts::build(
            &format!("{stem}it"),
            &format!("{stem}issent"),
            &iss,
            &format!("{stem}it"),
            &format!("{stem}irent"),
            verb,
            &format!("{stem}isse"),
            &format!("{stem}issent"),
            [
                &format!("{stem}i"),
                &format!("{stem}ie"),
                &format!("{stem}is"),
                &format!("{stem}ies"),
            ],
        ));
    }
    if verb.ends_with("dre") {
        // rendre, tendre, défendre, répondre, perdre, fondre.
        let stem = &verb[..verb.len() - 2];
        return Some(Parts::build(
            stem,
            &format!("{stem}ent"),
            stem,
            &format!("{stem}it"),
            &format!("{stem}irent"),
            &verb[..verb.len() - 1],
            &format!("{stem}e"),
            &format!("{stem}ent"),
            [
                &format!("{stem}u"),
                &format!("{stem}ue"),
                &format!("{stem}us"),
                &format!("{stem}ues"),
            ],
        ));
    }
    None
}

/// Regular verbs in -er, with the spelling changes of the stem.
fn first_group(verb: &str, stem: &str) -> Option<Parts> {
    if stem.is_empty() {
        return None;
    }
    // Stem before a, o (imparfait, passé simple, present participle).
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    // Stem before a mute e (présent, subjonctif) and the futur stem.
    let mut extra: Vec<String> = Vec::new();
    let (strong, fut) = if let Some(base) = stem.strip_suffix('y') {
        if base.ends_with('o') || base.ends_with('u') {
            (format!("{base}i"), format!("{base}ier"))
        } else if base.ends_with('a') {
            // payer: paie and paye both in use.
            for e in ["ye", "yent", "yera", "yeront", "yerait", "yeraient"] {
                extra.push(format!("{base}{e}"));
            }
            (format!("{base}i"), format!("{base}ier"))
        } else {
            (stem.to_string(), verb.to_string())
        }
    } else {
        match grave_stem(verb, stem) {
            Some((s, true)) => {
                let f = format!("{s}er");
                (s, f)
            }
            Some((s, false)) => (s, verb.to_string()),
            None => (stem.to_string(), verb.to_string()),
        }
    };
    let mut parts = Parts::build(
        &format!("{strong}e"),
        &format!("{strong}ent"),
        &soft,
        &format!("{soft}a"),
        &format!("{stem}èrent"),
        &fut,
        &format!("{strong}e"),
        &format!("{strong}ent"),
        [
            &format!("{stem}é"),
            &format!("{stem}ée"),
            &format!("{stem}és"),
            &format!("{stem}ées"),
        ],
    );
    parts.finite.extend(extra);
    Some(parts)
}

/// The stem of an -er verb before a mute ending when it changes: `assiég` →
/// `assièg`, `enlev` → `enlèv`, `rejet` → `rejett`. The flag tells whether
/// the futur takes the changed stem too (it does after a mute `e`, not
/// after `é`).
fn grave_stem(verb: &str, stem: &str) -> Option<(String, bool)> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n < 2 {
        return None;
    }
    let single = |c: char| "bcdfgjklmnpqrstvz".contains(c);
    let last = chars[n - 1];
    let prev = chars[n - 2];
    // Length of the consonant group ending the stem.
    let digraph = matches!(
        (prev, last),
        ('c', 'h') | ('g', 'n') | ('g', 'u') | ('q', 'u')
    );
    let liquid = (last == 'l' || last == 'r') && "bcdfgptv".contains(prev);
    let cluster = if digraph || liquid {
        2
    } else if single(last) {
        1
    } else {
        return None;
    };
    if n < cluster + 1 {
        return None;
    }
    let vowel_at = n - cluster - 1;
    let v = chars[vowel_at];
    if v != 'e' && v != 'é' {
        return None;
    }
    let head: String = chars[..vowel_at].iter().collect();
    let tail: String = chars[vowel_at + 1..].iter().collect();
    if v == 'é' {
        return Some((format!("{head}è{tail}"), false));
    }
    if cluster == 1
        && (last == 'l' || last == 't')
        && (verb.ends_with("peler") || verb.ends_with("jeter"))
    {
        return Some((format!("{stem}{last}"), true));
    }
    Some((format!("{head}è{tail}"), true))
}

// ---------------------------------------------------------------- nouns

/// Words that end the pluralised head of a noun phrase.
const STOPS: &[&str] = &[
    "de", "du", "des", "à", "au", "aux", "en", "par", "pour", "contre", "sur",
    "sous", "avec", "sans", "entre", "vers", "chez", "dans", "et", "ou", "le",
    "la", "les", "un", "une", "contre-", "selon", "après", "avant", "depuis",
    "pendant", "près", "hors",
];

/// Hyphenated compounds that never change (beyond those with a function word).
const INVARIABLE: &[&str] = &[
    "sit-in",
    "stand-by",
    "check-up",
    "no-man's-land",
    "go-fast",
    "sans-abri",
];

/// First elements of verb + noun compounds: only the noun takes the plural.
const VERB_FIRST: &[&str] = &[
    "couvre", "lance", "porte", "garde", "tire", "coupe", "pare", "brise",
    "casse", "ouvre", "chasse", "lève", "cessez", "essuie", "garde-", "passe",
    "abat", "contre",
];

/// English compounds with only the last element in the plural.
const LAST_ONLY: &[&str] = &["check-point", "drive-by", "hot-spot"];

fn expand_noun(original: &str, out: &mut Forms) {
    let toks: Vec<&str> = original.split_whitespace().collect();
    let mut primary: Vec<String> = Vec::with_capacity(toks.len());
    let mut alternate: Vec<String> = Vec::with_capacity(toks.len());
    let mut stopped = false;
    for tok in toks {
        let low = normalize(tok);
        if !stopped && is_stop(&low) {
            stopped = true;
        }
        if stopped {
            primary.push(low.clone());
            alternate.push(low);
            continue;
        }
        let forms = plural_token(tok, &low);
        let first = forms.first().cloned().unwrap_or_else(|| low.clone());
        let last = forms.last().cloned().unwrap_or(low);
        primary.push(first);
        alternate.push(last);
    }
    out.push(primary.join(" "));
    out.push(alternate.join(" "));
}

fn is_stop(w: &str) -> bool {
    STOPS.contains(&w)
        || w.starts_with("d'")
        || w.starts_with("l'")
        || w.starts_with("qu'")
        || w.starts_with("jusqu'")
}

/// Plural forms of one token, preferred first. `orig` keeps the capitals of
/// the lemma, so that abbreviations (`EEI`) stay invariable.
fn plural_token(orig: &str, low: &str) -> Vec<String> {
    let letters: Vec<char> =
        orig.chars().filter(|c| c.is_alphabetic()).collect();
    let is_abbrev =
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    if is_abbrev
        || low.chars().any(|c| c.is_ascii_digit())
        || low.contains('\'')
    {
        return vec![low.to_string()];
    }
    if low.contains('-') {
        return plural_compound(low);
    }
    vec![plural_word(low)]
}

fn plural_compound(w: &str) -> Vec<String> {
    let parts: Vec<&str> = w.split('-').collect();
    let function = [
        "le", "la", "les", "de", "du", "des", "à", "au", "aux", "en", "et",
        "sur", "sous",
    ];
    if INVARIABLE.contains(&w)
        || parts.iter().any(|p| p.is_empty() || function.contains(p))
    {
        return vec![w.to_string()];
    }
    let last_only = |parts: &[&str]| -> String {
        let mut v: Vec<String> = parts.iter().map(|s| s.to_string()).collect();
        if let Some(l) = v.last_mut() {
            *l = plural_word(l);
        }
        v.join("-")
    };
    if LAST_ONLY.contains(&w) || VERB_FIRST.contains(&parts[0]) {
        return vec![last_only(&parts)];
    }
    let all: String =
        parts.iter().map(|p| plural_word(p)).collect::<Vec<_>>().join("-");
    let mut first_only: Vec<String> =
        parts.iter().map(|s| s.to_string()).collect();
    first_only[0] = plural_word(parts[0]);
    vec![all, first_only.join("-")]
}

/// Plural of one French noun or adjective.
fn plural_word(w: &str) -> String {
    const AL_S: &[&str] = &[
        "bal",
        "carnaval",
        "chacal",
        "festival",
        "récital",
        "régal",
        "cal",
        "naval",
        "fatal",
        "natal",
        "banal",
        "bancal",
        "étal",
        "cérémonial",
        "val",
    ];
    const AIL_AUX: &[&str] = &[
        "travail",
        "bail",
        "corail",
        "émail",
        "soupirail",
        "vitrail",
        "vantail",
        "ventail",
    ];
    const EU_S: &[&str] =
        &["landau", "sarrau", "bleu", "pneu", "émeu", "lieu-dit"];
    const OU_X: &[&str] = &[
        "bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou", "ripou",
    ];
    if w.is_empty() || w.ends_with('s') || w.ends_with('x') || w.ends_with('z')
    {
        return w.to_string();
    }
    if let Some(base) = w.strip_suffix("al") {
        if AL_S.contains(&w) {
            return format!("{w}s");
        }
        return format!("{base}aux");
    }
    if let Some(base) = w.strip_suffix("ail") {
        if AIL_AUX.contains(&w) {
            return format!("{base}aux");
        }
        return format!("{w}s");
    }
    if w.ends_with("au") || w.ends_with("eu") {
        if EU_S.contains(&w) {
            return format!("{w}s");
        }
        return format!("{w}x");
    }
    if w.ends_with("ou") && OU_X.contains(&w) {
        return format!("{w}x");
    }
    format!("{w}s")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Pos::{Noun, Phrase, Verb};

    /// (lemma, part of speech, form, whether `expand` must produce it)
    #[rustfmt::skip]
    const CASES: &[(&str, Pos, &str, bool)] = &[
        // regular -er
        ("bombarder", Verb, "bombarde", true),
        ("bombarder", Verb, "bombardent", true),
        ("bombarder", Verb, "bombardaient", true),
        ("bombarder", Verb, "bombarda", true),
        ("bombarder", Verb, "bombardèrent", true),
        ("bombarder", Verb, "bombardera", true),
        ("bombarder", Verb, "bombarderaient", true),
        ("bombarder", Verb, "bombardées", true),
        ("bombarder", Verb, "bombardant", true),
        ("tuer", Verb, "tués", true),
        ("tuer", Verb, "tue", true),
        ("exécuter", Verb, "exécutées", true),
        // spelling changes
        ("assiéger", Verb, "assiège", true),
        ("assiéger", Verb, "assiègent", true),
        ("assiéger", Verb, "assiégeait", true),
        ("assiéger", Verb, "assiégeant", true),
        ("assiéger", Verb, "assiégée", true),
        ("assiéger", Verb, "assiégera", true),
        ("assiéger", Verb, "assiègait", false),
        ("lancer", Verb, "lançait", true),
        ("lancer", Verb, "lança", true),
        ("lancer", Verb, "lancèrent", true),
        ("lancer", Verb, "lancent", true),
        ("avancer", Verb, "avançant", true),
        ("enlever", Verb, "enlève", true),
        ("enlever", Verb, "enlèvera", true),
        ("enlever", Verb, "enlevés", true),
        ("libérer", Verb, "libère", true),
        ("libérer", Verb, "libérés", true),
        ("harceler", Verb, "harcèlent", true),
        ("rejeter", Verb, "rejette", true),
        ("rejeter", Verb, "rejetteront", true),
        ("interpeller", Verb, "interpelle", true),
        ("interpeller", Verb, "interpellés", true),
        ("encercler", Verb, "encerclait", true),
        ("encercler", Verb, "encercle", true),
        ("déployer", Verb, "déploie", true),
        ("déployer", Verb, "déploieront", true),
        ("déployer", Verb, "déployée", true),
        ("envoyer", Verb, "enverra", true),
        ("envoyer", Verb, "envoient", true),
        ("payer", Verb, "paye", true),
        ("payer", Verb, "paie", true),
        // second group
        ("envahir", Verb, "envahissent", true),
        ("envahir", Verb, "envahi", true),
        ("investir", Verb, "investissaient", true),
        ("périr", Verb, "péri", true),
        ("périr", Verb, "périrent", true),
        // irregular
        ("prendre", Verb, "prennent", true),
        ("reprendre", Verb, "reprit", true),
        ("reprendre", Verb, "reprise", true),
        ("rendre", Verb, "rendent", true),
        ("abattre", Verb, "abattus", true),
        ("détruire", Verb, "détruisent", true),
        ("détruire", Verb, "détruit", true),
        ("détenir", Verb, "détiennent", true),
        ("détenir", Verb, "détenus", true),
        ("intervenir", Verb, "interviendra", true),
        ("fuir", Verb, "fuient", true),
        ("fuir", Verb, "fuyant", true),
        ("fuir", Verb, "fui", true),
        ("mourir", Verb, "meurent", true),
        ("mourir", Verb, "morts", true),
        ("atteindre", Verb, "atteignent", true),
        ("contraindre", Verb, "contraints", true),
        ("conduire", Verb, "conduisait", true),
        ("vaincre", Verb, "vainquirent", true),
        ("poursuivre", Verb, "poursuivent", true),
        ("émettre", Verb, "émis", true),
        ("conquérir", Verb, "conquièrent", true),
        ("conquérir", Verb, "conquis", true),
        ("acquérir", Verb, "acquerra", true),
        ("résoudre", Verb, "résolu", true),
        ("rejoindre", Verb, "rejoignent", true),
        ("rejoindre", Verb, "rejoint", true),
        ("craindre", Verb, "craignait", true),
        ("faire", Verb, "font", true),
        ("faire", Verb, "fasse", true),
        ("assaillir", Verb, "assaillent", true),
        ("disparaître", Verb, "disparu", true),
        ("conclure", Verb, "conclu", true),
        ("accueillir", Verb, "accueillera", true),
        ("secourir", Verb, "secourus", true),
        ("répartir", Verb, "répartissent", true),
        // multiword and pronominal verbs
        ("ouvrir le feu", Verb, "ouvert le feu", true),
        ("ouvrir le feu", Verb, "ouvrent le feu", true),
        ("prendre le contrôle de", Verb, "prenaient le contrôle de", true),
        ("prendre le contrôle de", Verb, "pris le contrôle de", true),
        ("tomber dans une embuscade", Verb, "tombés dans une embuscade", true),
        ("déposer les armes", Verb, "déposent les armes", true),
        ("se rendre", Verb, "se rend", true),
        ("se rendre", Verb, "se rendent", true),
        ("se rendre", Verb, "s'est rendu", true),
        ("se rendre", Verb, "se sont rendus", true),
        ("se rendre", Verb, "se rendant", true),
        ("se rendre", Verb, "rendu", false),
        ("se rendre", Verb, "s'est rendus", false),
        ("s'emparer de", Verb, "s'empare de", true),
        ("s'emparer de", Verb, "se sont emparés de", true),
        ("s'emparer de", Verb, "s'étaient emparées de", true),
        ("s'emparer de", Verb, "emparés de", true),
        ("s'emparer de", Verb, "s'emparant de", true),
        ("s’emparer de", Verb, "s'emparera de", true),
        ("contre-attaquer", Verb, "contre-attaquent", true),
        ("contre-attaquer", Verb, "contre-attaqué", true),
        ("s'enfuir", Verb, "s'enfuient", true),
        ("s'enfuir", Verb, "se sont enfuis", true),
        ("s'en prendre à", Verb, "s'en prennent à", true),
        ("s'en prendre à", Verb, "s'en est pris à", true),
        ("se heurter", Verb, "se heurtent", true),
        ("s'affronter", Verb, "s'affrontent", true),
        ("se faire exploser", Verb, "s'est fait exploser", true),
        ("se faire exploser", Verb, "se font exploser", true),
        // nouns
        ("frappe aérienne", Noun, "frappes aériennes", true),
        ("voiture piégée", Noun, "voitures piégées", true),
        ("engin explosif improvisé", Noun, "engins explosifs improvisés", true),
        ("prise d'otages", Noun, "prises d'otages", true),
        ("tir d'artillerie", Noun, "tirs d'artillerie", true),
        ("échange de tirs", Noun, "échanges de tirs", true),
        ("mise en garde", Noun, "mises en garde", true),
        ("arrêt des hostilités", Noun, "arrêts des hostilités", true),
        ("cessez-le-feu", Noun, "cessez-les-feux", false),
        ("couvre-feu", Noun, "couvre-feux", true),
        ("attentat-suicide", Noun, "attentats-suicides", true),
        ("attentat-suicide", Noun, "attentats-suicide", true),
        ("sit-in", Noun, "sit-ins", false),
        ("bombardement aérien", Noun, "bombardements aériens", true),
        ("obus", Noun, "obus", true),
        ("heurt", Noun, "heurts", true),
        ("feu", Noun, "feux", true),
        ("rapt", Noun, "rapts", true),
        ("combat naval", Noun, "combats navals", true),
        ("affrontement général", Noun, "affrontements généraux", true),
        ("EEI", Noun, "eei", true),
        ("EEI", Noun, "eeis", false),
        ("Frappe", Noun, "frappes", true),
        ("travail", Noun, "travaux", true),
        ("convoi humanitaire", Noun, "convois humanitaires", true),
        // phrases
        ("bombe à retardement", Phrase, "bombes à retardement", false),
        ("ligne  d’attaque", Phrase, "ligne d'attaque", true),
    ];

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for (lemma, pos, form, want) in CASES {
            let forms = expand(lemma, *pos);
            if forms.iter().any(|f| f == form) != *want {
                failures.push(format!(
                    "{lemma} {pos:?} {form} want={want}: {forms:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn lemma_first_no_duplicates() {
        for (lemma, pos, _, _) in CASES {
            let forms = expand(lemma, *pos);
            assert_eq!(forms[0], normalize(lemma));
            let mut seen = std::collections::HashSet::new();
            for f in &forms {
                assert!(seen.insert(f), "duplicate {f} for {lemma}");
            }
        }
    }

    #[test]
    fn phrase_is_lemma_only() {
        assert_eq!(
            expand("Cessez-le-feu", Phrase),
            vec!["cessez-le-feu".to_string()]
        );
        assert_eq!(
            expand("cessez-le-feu", Noun),
            vec!["cessez-le-feu".to_string()]
        );
    }

    #[test]
    fn parse_pos() {
        assert_eq!(Pos::parse("verb"), Some(Verb));
        assert_eq!(Pos::parse(" Noun "), Some(Noun));
        assert_eq!(Pos::parse("pos=phrase"), Some(Phrase));
        assert_eq!(Pos::parse("adj"), None);
        assert_eq!(Pos::parse(""), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let odd = [
            "",
            " ",
            "er",
            "ir",
            "re",
            "s'",
            "se",
            "se ",
            "s'en ",
            "y",
            "é",
            "ß",
            "İstanbul",
            "日本語",
            "--",
            "-",
            "'",
            "’",
            "s'er",
            "x-",
            "a b c",
            "\u{0}",
            "🙂er",
            "al",
            "aux",
            "ẞer",
            "être",
            "avoir",
            "-al",
            "d'",
            "de",
            "prise-",
            "-feu",
        ];
        for s in odd {
            for pos in [Verb, Noun, Phrase] {
                let forms = expand(s, pos);
                if s.trim().is_empty() {
                    assert!(forms.is_empty());
                } else {
                    assert!(!forms.is_empty());
                }
            }
        }
    }

    #[test]
    fn unknown_verb_gives_lemma() {
        assert_eq!(expand("xyz", Verb), vec!["xyz".to_string()]);
        assert_eq!(expand("savoir", Verb), vec!["savoir".to_string()]);
        assert_eq!(expand("avoir lieu", Verb), vec!["avoir lieu".to_string()]);
    }
}
