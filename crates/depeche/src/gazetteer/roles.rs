//! Dated actor roles: the `actor-roles.tsv` file of `gazetteers/README.md`.
//!
//! An actor row says what an actor is; a role period says what it was
//! between two dates: the post a person held (`président de la transition
//! syrienne`), or the name a group carried before it was renamed or merged
//! (`Front Fateh al-Cham`). Events are coded with the period that contains
//! their date.
//!
//! `build.rs` compiles this file with the rest of the gazetteer module, so
//! it may only use the error module.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use crate::error::Error;

/// The name of the file that holds role periods, in the embedded set and
/// in a user gazetteer directory.
pub const ROLES_FILE: &str = "actor-roles.tsv";

/// The columns of `actor-roles.tsv`, in order.
pub const ROLE_COLUMNS: [&str; 8] = [
    "actor",
    "from",
    "to",
    "subkind",
    "country",
    "role",
    "canonical",
    "source",
];

/// True if `file` (a bare name or a path) is a role file.
pub fn is_roles_file(file: &str) -> bool {
    Path::new(file).file_name().is_some_and(|n| n == ROLES_FILE)
}

/// A calendar day as `(year, month, day)`; tuples order like dates.
pub type Day = (i32, u32, u32);

/// An ISO date of day, month or year precision: `2025-01-29`, `2016-07`,
/// `2012`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// Year, 1 to 9999.
    pub year: i32,
    /// Month, 1 to 12, if given.
    pub month: Option<u32>,
    /// Day of the month, if given (then the month is too).
    pub day: Option<u32>,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a valid calendar date).
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let num = |p: &str, len: usize| -> Option<u32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let year = i32::try_from(num(parts.next()?, 4)?).ok()?;
        if year < 1 {
            return None;
        }
        let month = match parts.next() {
            None => None,
            Some(m) => Some(num(m, 2).filter(|m| (1..=12).contains(m))?),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => {
                let max = days_in_month(year, month?);
                Some(num(d, 2).filter(|d| (1..=max).contains(d))?)
            }
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> Day {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers.
    pub fn last_day(&self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// What an actor was during one period.
#[derive(Clone, Debug, PartialEq)]
pub struct RolePeriod {
    /// Id of the actor row.
    pub actor: String,
    /// First day of the period (inclusive); `None`: open.
    pub from: Option<PartialDate>,
    /// Last day of the period (inclusive); `None`: open.
    pub to: Option<PartialDate>,
    /// Actor subkind on that period, if it differs from the row's.
    pub subkind: Option<String>,
    /// Country on that period, if it differs from the row's.
    pub country: Option<String>,
    /// Short French label of the role.
    pub role: String,
    /// The name the actor carried on that period, if another.
    pub canonical: Option<String>,
    /// Provenance.
    pub source: String,
    /// File the period was read from.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
}

const MIN_DAY: Day = (i32::MIN, 0, 0);
const MAX_DAY: Day = (i32::MAX, 99, 99);

impl RolePeriod {
    /// The first day of the period (the earliest day if open).
    pub fn start(&self) -> Day {
        self.from.map_or(MIN_DAY, |d| d.first_day())
    }

    /// The last day of the period (the latest day if open).
    pub fn end(&self) -> Day {
        self.to.map_or(MAX_DAY, |d| d.last_day())
    }

    /// True if every day from `first` to `last` lies in the period.
    pub fn covers(&self, first: Day, last: Day) -> bool {
        self.start() <= first && last <= self.end()
    }
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Parses one role file. `file` names it in error messages. Periods of
/// one actor must not overlap.
pub fn parse_roles(file: &str, text: &str) -> Result<Vec<RolePeriod>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut periods = Vec::new();
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
            if names != ROLE_COLUMNS {
                return Err(Error::gazetteer(
                    file,
                    line,
                    format!(
                        "header must be '{}', found '{}'",
                        ROLE_COLUMNS.join("\\t"),
                        names.join("\\t")
                    ),
                ));
            }
            header_seen = true;
            continue;
        }
        periods.push(parse_period(&cols, file, line)?);
    }
    if !header_seen && !periods.is_empty() {
        return Err(Error::gazetteer(file, 1, "missing header"));
    }
    check_overlaps(&periods)?;
    Ok(periods)
}

fn parse_period(
    cols: &[&str],
    file: &str,
    line: usize,
) -> Result<RolePeriod, Error> {
    let bad = |m: String| Error::gazetteer(file, line, m);
    if cols.len() != ROLE_COLUMNS.len() {
        return Err(bad(format!(
            "expected {} tab-separated columns, found {}",
            ROLE_COLUMNS.len(),
            cols.len()
        )));
    }
    let actor = cols[0].trim();
    if actor.is_empty()
        || !actor
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ":._-".contains(c))
    {
        return Err(bad(format!("invalid actor id '{actor}'")));
    }
    let date = |s: &str, what: &str| -> Result<Option<PartialDate>, Error> {
        match opt(s) {
            None => Ok(None),
            Some(d) => PartialDate::parse(&d).map(Some).ok_or_else(|| {
                bad(format!(
                    "{what} date '{d}' is not YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            }),
        }
    };
    let from = date(cols[1], "from")?;
    let to = date(cols[2], "to")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f.first_day() > t.last_day() {
            return Err(bad(format!(
                "period ends ({t}) before it starts ({f})"
            )));
        }
    }
    let subkind = opt(cols[3]);
    if let Some(s) = &subkind {
        if !super::ACTOR_SUBKINDS.contains(&s.as_str()) {
            return Err(bad(format!(
                "subkind '{s}' is not one of {}",
                super::ACTOR_SUBKINDS.join(", ")
            )));
        }
    }
    let country = opt(cols[4]);
    if let Some(c) = &country {
        if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(format!("country '{c}' is not an ISO2 code")));
        }
    }
    let role = opt(cols[5]).ok_or_else(|| bad("empty role".into()))?;
    Ok(RolePeriod {
        actor: actor.to_string(),
        from,
        to,
        subkind,
        country,
        role,
        canonical: opt(cols[6]),
        source: cols[7].trim().to_string(),
        file: file.to_string(),
        line,
    })
}

/// An error for the first two periods of one actor that share a day.
fn check_overlaps(periods: &[RolePeriod]) -> Result<(), Error> {
    let mut by_actor: HashMap<&str, Vec<&RolePeriod>> = HashMap::new();
    for p in periods {
        by_actor.entry(&p.actor).or_default().push(p);
    }
    let mut clash: Option<(&RolePeriod, &RolePeriod)> = None;
    for list in by_actor.values_mut() {
        list.sort_by_key(|p| (p.start(), p.line));
        for w in list.windows(2) {
            if w[0].end() >= w[1].start() {
                // Report the clash that comes first in the file.
                let (a, b) = if w[0].line < w[1].line {
                    (w[0], w[1])
                } else {
                    (w[1], w[0])
                };
                if clash.map_or(true, |(_, c)| b.line < c.line) {
                    clash = Some((a, b));
                }
            }
        }
    }
    match clash {
        None => Ok(()),
        Some((a, b)) => Err(Error::gazetteer(
            &b.file,
            b.line,
            format!(
                "period of '{}' overlaps the one on line {} (from and to \
                 are both inclusive)",
                b.actor, a.line
            ),
        )),
    }
}

/// The role periods of every actor, each actor's sorted by date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActorRoles {
    by_actor: HashMap<String, Vec<RolePeriod>>,
}

impl ActorRoles {
    /// No periods.
    pub fn new() -> ActorRoles {
        ActorRoles::default()
    }

    /// Parses a role file and adds its periods. An actor named in the
    /// file loses the periods earlier files gave it: a user file
    /// restates an actor's whole history rather than patching it.
    pub fn add_file(&mut self, file: &str, text: &str) -> Result<(), Error> {
        let mut fresh: HashMap<String, Vec<RolePeriod>> = HashMap::new();
        for p in parse_roles(file, text)? {
            fresh.entry(p.actor.clone()).or_default().push(p);
        }
        for (actor, mut list) in fresh {
            list.sort_by_key(|p| p.start());
            self.by_actor.insert(actor, list);
        }
        Ok(())
    }

    /// The periods of an actor, in date order (empty if it has none).
    pub fn periods(&self, actor: &str) -> &[RolePeriod] {
        self.by_actor.get(actor).map_or(&[], Vec::as_slice)
    }

    /// The period of `actor` that holds every day from `first` to
    /// `last`, if one does: a date that straddles a change of role (a
    /// year in which a group was renamed) gets none.
    pub fn at(
        &self,
        actor: &str,
        first: Day,
        last: Day,
    ) -> Option<&RolePeriod> {
        self.periods(actor).iter().find(|p| p.covers(first, last))
    }

    /// Every period, by actor id then date.
    pub fn all(&self) -> Vec<&RolePeriod> {
        let mut actors: Vec<&String> = self.by_actor.keys().collect();
        actors.sort();
        actors.into_iter().flat_map(|a| &self.by_actor[a]).collect()
    }

    /// Number of periods.
    pub fn len(&self) -> usize {
        self.by_actor.values().map(Vec::len).sum()
    }

    /// True if there is no period.
    pub fn is_empty(&self) -> bool {
        self.by_actor.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "actor\tfrom\tto\tsubkind\tcountry\trole\tcanonical\tsource\n";

    fn parse(body: &str) -> Result<Vec<RolePeriod>, Error> {
        parse_roles("r.tsv", &format!("# roles\n{HEADER}{body}"))
    }

    fn err(body: &str) -> (usize, String) {
        match parse(body).unwrap_err().kind() {
            crate::error::ErrorKind::Gazetteer { line, message, .. } => {
                (*line, message.clone())
            }
            k => panic!("unexpected error {k:?}"),
        }
    }

    fn roles(body: &str) -> ActorRoles {
        let mut r = ActorRoles::new();
        r.add_file("r.tsv", &format!("{HEADER}{body}")).unwrap();
        r
    }

    #[test]
    fn partial_dates() {
        let d = PartialDate::parse("2016-02").unwrap();
        assert_eq!(
            (d.first_day(), d.last_day()),
            ((2016, 2, 1), (2016, 2, 29))
        );
        let d = PartialDate::parse("2025").unwrap();
        assert_eq!(
            (d.first_day(), d.last_day()),
            ((2025, 1, 1), (2025, 12, 31))
        );
        let d = PartialDate::parse("2025-01-29").unwrap();
        assert_eq!(d.to_string(), "2025-01-29");
        assert_eq!(d.first_day(), d.last_day());
        for bad in
            ["25", "2025-1", "2025-13", "2023-02-29", "2025-01-29T10", "x"]
        {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn parses_a_period() {
        let p =
            parse("A:x\t2025-01-29\t\tgovernment\tSY\tprésident\t\tcurated\n")
                .unwrap();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].from, PartialDate::parse("2025-01-29"));
        assert_eq!(p[0].to, None);
        assert_eq!(p[0].subkind.as_deref(), Some("government"));
        assert_eq!(p[0].canonical, None);
        assert_eq!(p[0].line, 3);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let (line, m) = err("A:x\t2025\t\tgovernment\tSY\tprésident\n");
        assert_eq!(line, 3);
        assert!(m.contains("8 tab-separated columns"), "{m}");
        let row = |from: &str, to: &str, sub: &str, c: &str, role: &str| {
            format!("A:x\t{from}\t{to}\t{sub}\t{c}\t{role}\t\ts\n")
        };
        assert!(err(&row("2025-02-30", "", "", "", "r")).1.contains("from"));
        assert!(err(&row("", "janvier", "", "", "r")).1.contains("to date"));
        assert!(err(&row("2025", "2024", "", "", "r")).1.contains("before"));
        assert!(err(&row("", "", "chef", "", "r")).1.contains("subkind"));
        assert!(err(&row("", "", "", "Syrie", "r")).1.contains("ISO2"));
        assert!(err(&row("", "", "", "", "")).1.contains("empty role"));
        let e = parse_roles("r.tsv", "id\tkind\n").unwrap_err();
        assert!(e.to_string().starts_with("r.tsv:1:"), "{e}");
    }

    #[test]
    fn overlapping_periods_are_an_error() {
        // Both ends are inclusive: sharing one day is an overlap.
        let (line, m) = err("A:x\t\t2025-01-29\t\t\tchef\t\ts\n\
             A:y\t2020\t\t\t\tautre\t\ts\n\
             A:x\t2025-01-29\t\t\t\tprésident\t\ts\n");
        assert_eq!(line, 5);
        assert!(m.contains("overlaps the one on line 3"), "{m}");
        // A year overlaps a day inside it, in whatever order.
        let (line, _) = err("A:x\t2016-07-28\t2017\t\t\tb\t\ts\n\
             A:x\t2012\t2016\t\t\ta\t\ts\n\
             A:x\t2017-06\t\t\t\tc\t\ts\n");
        assert_eq!(line, 4);
        // Adjacent periods are fine.
        assert!(parse(
            "A:x\t\t2025-01-28\t\t\tchef\t\ts\n\
             A:x\t2025-01-29\t\t\t\tprésident\t\ts\n"
        )
        .is_ok());
    }

    #[test]
    fn the_period_holding_a_date() {
        let r = roles(
            "A:n\t2016-07-28\t2017-01-27\t\t\tb\tFront Fateh al-Cham\ts\n\
             A:n\t\t2016-07-27\t\t\ta\t\ts\n\
             A:n\t2017-01-28\t2025-01\t\t\tc\tHTS\ts\n",
        );
        let role = |first: Day, last: Day| {
            r.at("A:n", first, last).map(|p| p.role.as_str())
        };
        assert_eq!(role((2010, 5, 1), (2010, 5, 1)), Some("a"));
        assert_eq!(role((2016, 7, 27), (2016, 7, 27)), Some("a"));
        assert_eq!(role((2016, 7, 28), (2016, 7, 28)), Some("b"));
        // A month inside one period, a month across two.
        assert_eq!(role((2016, 9, 1), (2016, 9, 30)), Some("b"));
        assert_eq!(role((2016, 7, 1), (2016, 7, 31)), None);
        assert_eq!(role((2016, 1, 1), (2016, 12, 31)), None);
        // A partial `to` runs to the end of its month.
        assert_eq!(role((2025, 1, 31), (2025, 1, 31)), Some("c"));
        assert_eq!(role((2025, 2, 1), (2025, 2, 1)), None);
        assert_eq!(r.at("A:other", (2016, 1, 1), (2016, 1, 1)), None);
        let periods: Vec<&str> =
            r.periods("A:n").iter().map(|p| p.role.as_str()).collect();
        assert_eq!(periods, ["a", "b", "c"]);
    }

    #[test]
    fn a_later_file_restates_an_actor() {
        let mut r = roles(
            "A:x\t\t2020\t\t\tancien\t\ts\nA:x\t2021\t\t\t\tnouveau\t\ts\n\
             A:y\t2000\t\t\t\tautre\t\ts\n",
        );
        r.add_file(
            "user/actor-roles.tsv",
            &format!("{HEADER}A:x\t2019\t\t\t\tseul\t\tmine\n"),
        )
        .unwrap();
        assert_eq!(r.periods("A:x").len(), 1);
        assert_eq!(r.periods("A:x")[0].file, "user/actor-roles.tsv");
        assert_eq!(r.periods("A:y").len(), 1);
        assert_eq!(r.len(), 2);
        assert!(is_roles_file("user/actor-roles.tsv"));
        assert!(is_roles_file("actor-roles.tsv"));
        assert!(!is_roles_file("actors.tsv"));
    }
}
