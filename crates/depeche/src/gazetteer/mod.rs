//! Gazetteer rows: the TSV format of `gazetteers/README.md`, its parser,
//! and the embedded default files.

pub(crate) mod codec;
pub mod inflect;
pub mod roles;

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::error::Error;

/// The columns every gazetteer file must name in its header, in order.
pub const COLUMNS: [&str; 12] = [
    "id",
    "kind",
    "subkind",
    "canonical",
    "variants",
    "country",
    "lat",
    "lon",
    "geonames",
    "wikidata",
    "flags",
    "source",
];

/// What a row describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// A named place.
    Place,
    /// A named actor.
    Actor,
    /// A demonym (adjective of nationality) in four forms.
    Demonym,
    /// A common noun that names an actor with a demonym (`armée`).
    ActorNoun,
    /// A group descriptor that is an actor on its own (`jihadistes`).
    Descriptor,
    /// An event trigger.
    Trigger,
}

impl RowKind {
    fn parse(s: &str) -> Option<RowKind> {
        Some(match s {
            "place" => RowKind::Place,
            "actor" => RowKind::Actor,
            "demonym" => RowKind::Demonym,
            "actor_noun" => RowKind::ActorNoun,
            "descriptor" => RowKind::Descriptor,
            "trigger" => RowKind::Trigger,
            _ => return None,
        })
    }
}

/// Place subkinds of the schema.
pub const PLACE_SUBKINDS: &[&str] = &[
    "country", "admin1", "admin2", "region", "city", "town", "village",
    "camp", "border", "feature",
];

/// Actor subkinds of the schema.
pub const ACTOR_SUBKINDS: &[&str] = &[
    "state_force",
    "armed_group",
    "government",
    "intl_org",
    "person",
    "media",
    "civilians",
    "unidentified_armed_group",
    "other",
];

/// Event kinds of the schema (`docs/schema.md` §3). Trigger rows take one
/// of them as subkind, or `none` for a row that blocks a non-conflict
/// sense.
pub const EVENT_KINDS: [&str; 22] = [
    "ceasefire",
    "surrender",
    "siege",
    "attack",
    "armed_clash",
    "airstrike",
    "shelling",
    "bombing",
    "abduction",
    "release",
    "killing",
    "capture",
    "withdrawal",
    "deployment",
    "negotiation",
    "agreement",
    "arrest",
    "displacement",
    "protest",
    "riot",
    "humanitarian",
    "threat",
];

/// Subkinds of trigger rows: the event kinds and `none`.
const TRIGGER_SUBKINDS: [&str; 23] = {
    let mut all = [""; 23];
    let mut i = 0;
    while i < EVENT_KINDS.len() {
        all[i] = EVENT_KINDS[i];
        i += 1;
    }
    all[22] = "none";
    all
};

/// Text of a row: borrowed from the embedded default, owned when read
/// from a file.
pub type Text = std::borrow::Cow<'static, str>;

/// The flags of a row (see `gazetteers/README.md`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flags {
    /// Case-sensitive match.
    pub case_sensitive: bool,
    /// The match must start with a capital letter.
    pub capitalized: bool,
    /// Only after a place cue.
    pub needs_cue: bool,
    /// Only after an article or a preposition (`art`).
    pub needs_article: bool,
    /// A descriptor referring back to a named actor.
    pub anaphor: bool,
    /// A trigger accepted only in conflict context.
    pub weak: bool,
    /// Combining form of a demonym (`syro`).
    pub prefix: Option<Text>,
    /// Group of an actor noun (`army`).
    pub group: Option<Text>,
    /// Admin parent of a place.
    pub parent: Option<Text>,
    /// Population of a place.
    pub population: Option<u64>,
    /// Part of speech of a trigger.
    pub pos: Option<inflect::Pos>,
}

/// One gazetteer row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Unique id.
    pub id: Text,
    /// Kind of row.
    pub kind: RowKind,
    /// Subkind (place or actor subkind, event kind).
    pub subkind: Text,
    /// Canonical name.
    pub canonical: Text,
    /// Other surface forms.
    pub variants: Vec<Text>,
    /// ISO 3166-1 alpha-2 country.
    pub country: Option<Text>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id.
    pub geonames: Option<u64>,
    /// Wikidata QID.
    pub wikidata: Option<Text>,
    /// Flags.
    pub flags: Flags,
    /// Provenance.
    pub source: Text,
    /// File the row was read from.
    pub file: Text,
    /// 1-based line in that file.
    pub line: usize,
}

impl Row {
    /// Canonical name followed by the variants.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.canonical.as_ref())
            .chain(self.variants.iter().map(AsRef::as_ref))
    }
}

fn opt(s: &str) -> Option<&str> {
    let s = s.trim();
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

fn parse_flags(s: &str, file: &str, line: usize) -> Result<Flags, Error> {
    let mut f = Flags::default();
    for flag in s.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        let (key, value) = match flag.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (flag, None),
        };
        let need = |v: Option<&str>| {
            v.filter(|v| !v.is_empty())
                .map(|v| Text::Owned(v.to_string()))
                .ok_or_else(|| {
                    Error::gazetteer(
                        file,
                        line,
                        format!("flag '{key}' needs a value"),
                    )
                })
        };
        match key {
            "cs" => f.case_sensitive = true,
            "cap" => f.capitalized = true,
            "cue" => f.needs_cue = true,
            "art" => f.needs_article = true,
            "anaphor" => f.anaphor = true,
            "weak" => f.weak = true,
            "prefix" => f.prefix = Some(need(value)?),
            "group" => f.group = Some(need(value)?),
            "in" => f.parent = Some(need(value)?),
            "pop" => {
                let v = need(value)?;
                f.population = Some(v.parse().map_err(|_| {
                    Error::gazetteer(
                        file,
                        line,
                        format!("population '{v}' is not a whole number"),
                    )
                })?);
            }
            "pos" => {
                let v = need(value)?;
                f.pos = Some(inflect::Pos::parse(&v).ok_or_else(|| {
                    Error::gazetteer(
                        file,
                        line,
                        format!("unknown part of speech '{v}'"),
                    )
                })?);
            }
            _ => {
                return Err(Error::gazetteer(
                    file,
                    line,
                    format!("unknown flag '{flag}'"),
                ))
            }
        }
    }
    Ok(f)
}

fn parse_coord(
    s: &str,
    range: f64,
    what: &str,
    file: &str,
    line: usize,
) -> Result<Option<f64>, Error> {
    let Some(s) = opt(s) else { return Ok(None) };
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= range => Ok(Some(v)),
        _ => Err(Error::gazetteer(
            file,
            line,
            format!("{what} '{s}' is not a number within ±{range}"),
        )),
    }
}

/// Parses one gazetteer file. `file` names it in error messages.
pub fn parse_file(file: &str, text: &str) -> Result<Vec<Row>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if !header_seen {
            let names: Vec<&str> = cols.iter().map(|c| c.trim()).collect();
            if names == roles::ROLE_COLUMNS {
                return Err(Error::gazetteer(
                    file,
                    line,
                    format!(
                        "this is the header of role periods: name the file \
                         '{}'",
                        roles::ROLES_FILE
                    ),
                ));
            }
            if names != COLUMNS {
                return Err(Error::gazetteer(
                    file,
                    line,
                    format!(
                        "header must be '{}', found '{}'",
                        COLUMNS.join("\\t"),
                        names.join("\\t")
                    ),
                ));
            }
            header_seen = true;
            continue;
        }
        rows.push(parse_row(&cols, file, line)?);
    }
    if !header_seen && !rows.is_empty() {
        return Err(Error::gazetteer(file, 1, "missing header"));
    }
    Ok(rows)
}

fn parse_row(cols: &[&str], file: &str, line: usize) -> Result<Row, Error> {
    if cols.len() != COLUMNS.len() {
        return Err(Error::gazetteer(
            file,
            line,
            format!("expected 12 tab-separated columns, found {}", cols.len()),
        ));
    }
    let bad = |m: String| Error::gazetteer(file, line, m);
    let id = cols[0].trim();
    if id.is_empty()
        || !id.chars().all(|c| c.is_ascii_alphanumeric() || ":._-".contains(c))
    {
        return Err(bad(format!("invalid id '{id}'")));
    }
    let kind = RowKind::parse(cols[1].trim())
        .ok_or_else(|| bad(format!("unknown kind '{}'", cols[1].trim())))?;
    let subkind = cols[2].trim().to_string();
    let allowed: &[&str] = match kind {
        RowKind::Place => PLACE_SUBKINDS,
        RowKind::Actor | RowKind::ActorNoun | RowKind::Descriptor => {
            ACTOR_SUBKINDS
        }
        RowKind::Trigger => &TRIGGER_SUBKINDS,
        RowKind::Demonym => &[""],
    };
    if !allowed.contains(&subkind.as_str()) {
        return Err(bad(format!(
            "subkind '{subkind}' is not one of {}",
            allowed.join(", ")
        )));
    }
    let canonical = cols[3].trim().to_string();
    if canonical.is_empty() {
        return Err(bad("empty canonical name".into()));
    }
    let variants: Vec<String> = cols[4]
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    if kind == RowKind::Demonym && variants.len() != 3 {
        return Err(bad(format!(
            "a demonym needs exactly three variants (f.sg|m.pl|f.pl), \
             found {}",
            variants.len()
        )));
    }
    let country = match opt(cols[5]) {
        None => None,
        Some(c)
            if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            Some(c.to_string())
        }
        Some(c) => {
            return Err(bad(format!("country '{c}' is not an ISO2 code")))
        }
    };
    let lat = parse_coord(cols[6], 90.0, "latitude", file, line)?;
    let lon = parse_coord(cols[7], 180.0, "longitude", file, line)?;
    let geonames =
        match opt(cols[8]) {
            None => None,
            Some(g) => Some(g.parse().map_err(|_| {
                bad(format!("geonames id '{g}' is not a number"))
            })?),
        };
    let wikidata = match opt(cols[9]) {
        None => None,
        Some(q)
            if q.len() > 1
                && q.starts_with('Q')
                && q[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(q.to_string())
        }
        Some(q) => return Err(bad(format!("wikidata id '{q}' is not a QID"))),
    };
    let flags = parse_flags(cols[10], file, line)?;
    Ok(Row {
        id: Text::Owned(id.to_string()),
        kind,
        subkind: Text::Owned(subkind),
        canonical: Text::Owned(canonical),
        variants: variants.into_iter().map(Text::Owned).collect(),
        country: country.map(Text::Owned),
        lat,
        lon,
        geonames,
        wikidata: wikidata.map(Text::Owned),
        flags,
        source: Text::Owned(cols[11].trim().to_string()),
        file: Text::Owned(file.to_string()),
        line,
    })
}

// `build.rs` compiles this file too, to parse the embedded files and
// precompute their tables; it sets `depeche_embedded` for the library
// only, since it has no embedded data of its own.
#[cfg(depeche_embedded)]
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_gazetteers.rs"));
}

/// The gazetteer files compiled into the library: `(file name, text)`.
#[cfg(depeche_embedded)]
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// A set of rows with unique ids; later rows with an existing id replace
/// the earlier one.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    rows: Vec<Row>,
    /// Row index by id, made at the first lookup: the embedded default
    /// is loaded without it, and most runs never look a row up by id.
    by_id: OnceLock<HashMap<String, usize>>,
    /// True while the rows are exactly the embedded default as `build.rs`
    /// precomputed it, so the lexicon can load its precomputed tables.
    precomputed: bool,
    /// Dated roles of actors (`actor-roles.tsv`); not part of the
    /// lexicon.
    roles: roles::ActorRoles,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The embedded default gazetteer.
    ///
    /// `build.rs` parses the embedded files with [`Gazetteer::add_file`]
    /// and stores the rows in a compact form, so this only decodes them.
    /// Should the files not parse, `build.rs` stores nothing and warns,
    /// and the error is reported here.
    #[cfg(depeche_embedded)]
    pub fn embedded() -> Result<Gazetteer, Error> {
        if let Some(bytes) = embedded::ROWS {
            let rows = decode_rows(bytes)
                .expect("rows encoded by build.rs decode (tested)");
            let by_id = OnceLock::new();
            let mut roles = roles::ActorRoles::new();
            for (name, text) in embedded_files() {
                if roles::is_roles_file(name) {
                    roles.add_file(name, text)?;
                }
            }
            return Ok(Gazetteer { rows, by_id, precomputed: true, roles });
        }
        Gazetteer::parse_embedded()
    }

    /// The embedded default gazetteer, parsed from its text.
    #[cfg(depeche_embedded)]
    pub(crate) fn parse_embedded() -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        for (name, text) in embedded_files() {
            g.add_file(name, text)?;
        }
        Ok(g)
    }

    /// True while the rows are the embedded default, untouched.
    pub(crate) fn is_precomputed(&self) -> bool {
        self.precomputed
    }

    /// Parses `text` and adds its rows (overriding rows of the same id).
    /// A file that repeats an id within itself is an error. A role file
    /// ([`roles::ROLES_FILE`]) adds role periods instead.
    pub fn add_file(&mut self, file: &str, text: &str) -> Result<(), Error> {
        if roles::is_roles_file(file) {
            return self.roles.add_file(file, text);
        }
        let rows = parse_file(file, text)?;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for row in &rows {
            if let Some(first) = seen.insert(&row.id, row.line) {
                return Err(Error::gazetteer(
                    file,
                    row.line,
                    format!(
                        "duplicate id '{}' (first on line {first})",
                        row.id
                    ),
                ));
            }
        }
        for row in rows {
            self.add_row(row);
        }
        Ok(())
    }

    /// Adds every `*.tsv` file of `dir`, in name order.
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), Error> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::io(
                dir,
                std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no .tsv gazetteer files in this directory",
                ),
            ));
        }
        for path in files {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::io(&path, e))?;
            self.add_file(&path.display().to_string(), &text)?;
        }
        Ok(())
    }

    /// Adds one row, replacing a row of the same id.
    pub fn add_row(&mut self, row: Row) {
        self.precomputed = false;
        self.index();
        let by_id = self.by_id.get_mut().expect("index made above");
        match by_id.get(row.id.as_ref()) {
            Some(&i) => self.rows[i] = row,
            None => {
                by_id.insert(row.id.to_string(), self.rows.len());
                self.rows.push(row);
            }
        }
    }

    /// All rows.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The dated roles of actors.
    pub fn roles(&self) -> &roles::ActorRoles {
        &self.roles
    }

    /// Checks that every role period belongs to an actor row; the error
    /// names the period's file and line.
    pub fn check_roles(&self) -> Result<(), Error> {
        for p in self.roles.all() {
            let what = match self.get(&p.actor) {
                Some(r) if r.kind == RowKind::Actor => continue,
                Some(_) => "is not an actor row",
                None => "is not the id of any row",
            };
            return Err(Error::gazetteer(
                &p.file,
                p.line,
                format!("actor '{}' {what}", p.actor),
            ));
        }
        Ok(())
    }

    /// The row of that id.
    pub fn get(&self, id: &str) -> Option<&Row> {
        self.index().get(id).map(|&i| &self.rows[i])
    }

    /// The row index by id, made on first use. Ids are unique among the
    /// rows, so indexing them in order gives what `add_row` would.
    fn index(&self) -> &HashMap<String, usize> {
        self.by_id.get_or_init(|| {
            let mut by_id = HashMap::with_capacity(self.rows.len());
            for (i, row) in self.rows.iter().enumerate() {
                by_id.insert(row.id.to_string(), i);
            }
            by_id
        })
    }
}

/// Encodes rows for [`decode_rows`]; `build.rs` stores the embedded
/// default this way.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn encode_rows(rows: &[Row]) -> Vec<u8> {
    let mut w = codec::Writer::default();
    w.count(rows.len());
    for row in rows {
        w.str(&row.id);
        w.u8(match row.kind {
            RowKind::Place => 0,
            RowKind::Actor => 1,
            RowKind::Demonym => 2,
            RowKind::ActorNoun => 3,
            RowKind::Descriptor => 4,
            RowKind::Trigger => 5,
        });
        w.str(&row.subkind);
        w.str(&row.canonical);
        w.count(row.variants.len());
        for v in &row.variants {
            w.str(v);
        }
        w.opt_str(row.country.as_deref());
        w.opt_f64(row.lat);
        w.opt_f64(row.lon);
        w.opt_u64(row.geonames);
        w.opt_str(row.wikidata.as_deref());
        let f = &row.flags;
        w.u8(f.case_sensitive as u8
            | (f.capitalized as u8) << 1
            | (f.needs_cue as u8) << 2
            | (f.anaphor as u8) << 3
            | (f.weak as u8) << 4
            | (f.needs_article as u8) << 5);
        w.opt_str(f.prefix.as_deref());
        w.opt_str(f.group.as_deref());
        w.opt_str(f.parent.as_deref());
        w.opt_u64(f.population);
        w.u8(match f.pos {
            None => 0,
            Some(inflect::Pos::Verb) => 1,
            Some(inflect::Pos::Noun) => 2,
            Some(inflect::Pos::Phrase) => 3,
        });
        w.str(&row.source);
        w.str(&row.file);
        w.u64(row.line as u64);
    }
    w.finish()
}

/// Decodes what [`encode_rows`] wrote; `None` if it is malformed.
pub(crate) fn decode_rows(bytes: &'static [u8]) -> Option<Vec<Row>> {
    let mut r = codec::Reader::new(bytes)?;
    let n = r.count()?;
    let mut rows = Vec::with_capacity(n);
    let string = |s: Option<&'static str>| s.map(Text::Borrowed);
    for _ in 0..n {
        let id = Text::Borrowed(r.str()?);
        let kind = match r.u8()? {
            0 => RowKind::Place,
            1 => RowKind::Actor,
            2 => RowKind::Demonym,
            3 => RowKind::ActorNoun,
            4 => RowKind::Descriptor,
            5 => RowKind::Trigger,
            _ => return None,
        };
        let subkind = Text::Borrowed(r.str()?);
        let canonical = Text::Borrowed(r.str()?);
        // Sized once: collecting into `Option<Vec<_>>` grows the vector
        // step by step.
        let n_variants = r.count()?;
        let mut variants = Vec::with_capacity(n_variants.min(r.rest().len()));
        for _ in 0..n_variants {
            variants.push(Text::Borrowed(r.str()?));
        }
        let country = string(r.opt_str()?);
        let lat = r.opt_f64()?;
        let lon = r.opt_f64()?;
        let geonames = r.opt_u64()?;
        let wikidata = string(r.opt_str()?);
        let bits = r.u8()?;
        let flags = Flags {
            case_sensitive: bits & 1 != 0,
            capitalized: bits & 1 << 1 != 0,
            needs_cue: bits & 1 << 2 != 0,
            anaphor: bits & 1 << 3 != 0,
            weak: bits & 1 << 4 != 0,
            needs_article: bits & 1 << 5 != 0,
            prefix: string(r.opt_str()?),
            group: string(r.opt_str()?),
            parent: string(r.opt_str()?),
            population: r.opt_u64()?,
            pos: match r.u8()? {
                0 => None,
                1 => Some(inflect::Pos::Verb),
                2 => Some(inflect::Pos::Noun),
                3 => Some(inflect::Pos::Phrase),
                _ => return None,
            },
        };
        let source = Text::Borrowed(r.str()?);
        let file = Text::Borrowed(r.str()?);
        let line = usize::try_from(r.u64()?).ok()?;
        rows.push(Row {
            id,
            kind,
            subkind,
            canonical,
            variants,
            country,
            lat,
            lon,
            geonames,
            wikidata,
            flags,
            source,
            file,
            line,
        });
    }
    r.rest().is_empty().then_some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tkind\tsubkind\tcanonical\tvariants\tcountry\t\
                          lat\tlon\tgeonames\twikidata\tflags\tsource\n";

    fn parse(body: &str) -> Result<Vec<Row>, Error> {
        parse_file("test.tsv", &format!("# comment\n{HEADER}{body}"))
    }

    fn err_line(body: &str) -> (usize, String) {
        match parse(body).unwrap_err().kind() {
            crate::error::ErrorKind::Gazetteer { line, message, .. } => {
                (*line, message.clone())
            }
            k => panic!("unexpected error {k:?}"),
        }
    }

    #[test]
    fn parses_a_place() {
        let rows = parse(
            "P:SY:1\tplace\tcity\tDamas\tDamascus|Dimachq\tSY\t33.5\t36.3\t\
             170654\t\tpop=1569394\tgeonames\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.variants, vec!["Damascus", "Dimachq"]);
        assert_eq!(r.geonames, Some(170654));
        assert_eq!(r.flags.population, Some(1569394));
        assert_eq!(r.line, 3);
    }

    #[test]
    fn wrong_column_count_names_line() {
        let (line, msg) = err_line("A:x\tactor\tother\tX\n");
        assert_eq!(line, 3);
        assert!(msg.contains("12 tab-separated columns"), "{msg}");
    }

    #[test]
    fn bad_values_are_errors() {
        let row = |kind: &str,
                   sub: &str,
                   country: &str,
                   lat: &str,
                   flags: &str| {
            format!("X:1\t{kind}\t{sub}\tName\t\t{country}\t{lat}\t\t\t\t{flags}\ts\n")
        };
        assert!(err_line(&row("thing", "", "", "", "")).1.contains("kind"));
        assert!(err_line(&row("place", "planet", "", "", ""))
            .1
            .contains("subkind"));
        assert!(err_line(&row("place", "city", "Syria", "", ""))
            .1
            .contains("ISO2"));
        assert!(err_line(&row("place", "city", "SY", "95", ""))
            .1
            .contains("latitude"));
        assert!(err_line(&row("place", "city", "SY", "", "loud"))
            .1
            .contains("flag"));
        assert!(err_line(&row("place", "city", "SY", "", "pop=many"))
            .1
            .contains("population"));
        assert!(err_line(&row("demonym", "", "SY", "", ""))
            .1
            .contains("three"));
    }

    #[test]
    fn bad_header() {
        let e = parse_file("x.tsv", "id\tkind\n").unwrap_err();
        assert!(e.to_string().starts_with("x.tsv:1:"), "{e}");
    }

    #[test]
    fn duplicate_id_in_one_file() {
        let mut g = Gazetteer::new();
        let body = "A:1\tactor\tother\tX\t\t\t\t\t\t\t\ts\n\
                    A:1\tactor\tother\tY\t\t\t\t\t\t\t\ts\n";
        let e = g.add_file("d.tsv", &format!("{HEADER}{body}")).unwrap_err();
        assert!(e.to_string().contains("d.tsv:3"), "{e}");
    }

    #[test]
    fn later_file_overrides() {
        let mut g = Gazetteer::new();
        g.add_file(
            "a.tsv",
            &format!("{HEADER}A:1\tactor\tother\tX\t\t\t\t\t\t\t\ts\n"),
        )
        .unwrap();
        g.add_file(
            "b.tsv",
            &format!("{HEADER}A:1\tactor\tmedia\tY\t\t\t\t\t\t\t\ts\n"),
        )
        .unwrap();
        assert_eq!(g.rows().len(), 1);
        assert_eq!(g.get("A:1").unwrap().canonical, "Y");
    }

    #[test]
    fn embedded_default_is_valid() {
        let g = Gazetteer::embedded().unwrap();
        assert!(g.rows().len() > 100);
        assert!(g.is_precomputed(), "build.rs precomputed the rows");
    }

    #[test]
    fn precomputed_rows_equal_parsed_rows() {
        let decoded = Gazetteer::embedded().unwrap();
        let parsed = Gazetteer::parse_embedded().unwrap();
        assert!(!parsed.is_precomputed());
        assert_eq!(decoded.rows(), parsed.rows());
        assert_eq!(decoded.index(), parsed.index());
        assert_eq!(decoded.roles(), parsed.roles());
        assert!(decoded.roles().len() >= 15);
    }

    #[test]
    fn rows_round_trip() {
        let mut rows = parse(
            "P:1\tplace\tcity\tDamas\tDamascus|Dimachq\tSY\t33.5\t-36.25\t\
             170654\tQ3766\tpop=1569394,in=P:2,cap\tgeonames\n\
             T:1\ttrigger\tattack\tattaquer\t\t\t\t\t\t\t\
             pos=verb,weak,cue,anaphor,cs\ts\n\
             D:1\tdemonym\t\tsyrien\tsyrienne|syriens|syriennes\tSY\t\
             \t\t\t\tprefix=syro,group=army\ts\n",
        )
        .unwrap();
        rows[0].file = "other.tsv".into();
        // Decoded rows borrow their text from bytes that live as long as
        // the program, as the embedded ones do.
        let bytes: &'static [u8] = encode_rows(&rows).leak();
        assert_eq!(decode_rows(bytes).unwrap(), rows);
        assert_eq!(decode_rows(&bytes[..bytes.len() - 1]), None);
    }

    #[test]
    fn embedded_roles_belong_to_actors() {
        let g = Gazetteer::embedded().unwrap();
        g.check_roles().unwrap();
        assert!(!g.roles().periods("A:jolani").is_empty());
    }

    #[test]
    fn role_files_are_read_apart_and_checked_against_rows() {
        let mut g = Gazetteer::new();
        g.add_file(
            "a.tsv",
            &format!(
                "{HEADER}A:1\tactor\tperson\tX\t\t\t\t\t\t\t\ts\n\
                      P:1\tplace\tcity\tY\t\t\t\t\t\t\t\ts\n"
            ),
        )
        .unwrap();
        let roles =
            "actor\tfrom\tto\tsubkind\tcountry\trole\tcanonical\tsource\n";
        g.add_file(
            "dir/actor-roles.tsv",
            &format!("{roles}A:1\t2020\t\tgovernment\t\tchef\t\ts\n"),
        )
        .unwrap();
        assert_eq!(g.rows().len(), 2);
        assert_eq!(g.roles().len(), 1);
        g.check_roles().unwrap();
        g.add_file(
            "dir/actor-roles.tsv",
            &format!(
                "{roles}P:1\t2020\t\t\t\tchef\t\ts\nA:2\t\t\t\t\tx\t\ts\n"
            ),
        )
        .unwrap();
        let e = g.check_roles().unwrap_err().to_string();
        assert!(e.starts_with("dir/actor-roles.tsv:"), "{e}");
        assert!(e.contains("not"), "{e}");
        // The role header in a file of another name says what to do.
        let e = g.add_file("mine.tsv", roles).unwrap_err().to_string();
        assert!(e.contains("actor-roles.tsv"), "{e}");
    }

    #[test]
    fn changing_rows_drops_the_precomputed_mark() {
        let mut g = Gazetteer::embedded().unwrap();
        let row = g.rows()[0].clone();
        g.add_row(row);
        assert!(!g.is_precomputed());
    }
}
