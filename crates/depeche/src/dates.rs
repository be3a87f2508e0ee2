//! French dates, times and durations, resolved against the document date.
//!
//! [`find_dates`] recognises temporal expressions in French news text —
//! weekdays (`dimanche`, `mardi soir`, `samedi à l'aube`), calendar dates
//! (`le 19 août`, `jeudi 30 août`, `23/08/2017 à 14h20`), months and
//! years (`septembre 2014`, `en 2014`, `début août`, `fin 2019`), times
//! with their zone (`7h heure locale (4h GMT)`), relative expressions
//! (`hier`, `la veille`, `il y a deux jours`, `la semaine dernière`),
//! parts of the day (`dans la matinée`) and durations (`depuis trois
//! ans`, `pendant 48 heures`, `depuis des mois`) — and resolves each to a
//! TIMEX3-style value against the document creation date (DCT).
//!
//! Resolution rules:
//!
//! - a weekday resolves to the latest such day on or before the DCT,
//!   unless the sentence speaks of the future (`prochain`, `sera`, `doit`,
//!   a verb in the future tense), then to the next such day on or after
//!   it (the DCT's own weekday is the DCT either way); `dernier` and
//!   `prochain` exclude the DCT itself;
//! - `la nuit de samedi à dimanche` resolves to the later day, a range
//!   (`du 16 au 18 septembre 1982`) to its start;
//! - a date without a year takes the DCT's year, unless that would put it
//!   more than two months after the DCT in a past-tense sentence (four
//!   months with no tense cue) — then the year before — or more than a
//!   month before it in a sentence about the future — then the year
//!   after; a weekday given with the date picks the year, and `dernier` /
//!   `prochain` after it (`le 14 juillet dernier`) the side of the DCT;
//! - in a chronicle of the past (a day told well before the DCT, `le 17
//!   février 2011`), a day or month without a year is the next such one
//!   from the chronicle's last date on, unless it falls in the month
//!   before the DCT or is told as to come;
//! - a time, a part of the day, `la veille` and `le lendemain` count from
//!   the latest day-precise date mentioned shortly before, else the DCT
//!   (a day a period began from, `depuis le 8 octobre`, dates `la veille`
//!   but no time; `8h30 ce jour` is the DCT); so do `deux jours plus tard`
//!   and `un mois` / `quatre ans plus tôt` (a duration when no such date
//!   comes before); `il y a cinq ans jour pour jour` is that very day;
//! - `Noël` is the next Christmas, but the one just past in the five
//!   weeks after it (`Noël dernier`, `depuis Noël`: the last one; `Noël
//!   prochain`: the next); `la veille de Noël` is the day before;
//! - times with a GMT/UTC zone, or in a known city's hour (`18h00 (heure
//!   de Kyiv)`), are converted to UTC (`…Z`), others stay local;
//! - durations need no DCT (`P3Y`, `PT48H`, vague ones `PXM`); `dans les
//!   prochains jours` has no value;
//! - without a DCT, expressions that need one get the value `None`.
//!
//! [`infer_dct`] guesses the DCT from the text itself (dateline,
//! "Publié le …", a page date line, reader-comment timestamps).

use std::fmt;

use once_cell::sync::Lazy;
use regex::{Captures, Regex, RegexSet};

use crate::numbers::{
    fold, fold_char, next_char, parse_number_words, unanchored_regex, Piece,
    NUMBER_WORD, NUMBER_WORDS,
};
use crate::span::Span;

// ---------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------

/// A calendar date (validated: no 2017-02-30), year 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1 to 9999.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Builds a date; `None` unless it exists (year 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`; a longer ISO date-time (`2017-08-27T04:00Z`)
    /// is accepted and read up to its date.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && b[10].is_ascii_digit() {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let mut v = 0u32;
            for &c in &b[r] {
                if !c.is_ascii_digit() {
                    return None;
                }
                v = v * 10 + u32::from(c - b'0');
            }
            Some(v)
        };
        let y = i32::try_from(digits(0..4)?).ok()?;
        Date::new(y, digits(5..7)?, digits(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    fn to_days(self) -> i64 {
        // Days-from-civil, counting years from March so that the leap day
        // comes last.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if within years 1–9999.
    fn from_days(days: i64) -> Option<Date> {
        // Keep well inside i64 before the arithmetic below.
        if !(-800_000..=3_000_000).contains(&days) {
            return None;
        }
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(d).ok()?,
        )
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        let wd = (self.to_days() + 3).rem_euclid(7);
        u32::try_from(wd).unwrap_or(0)
    }

    /// The date `n` days later (earlier when negative); `None` outside
    /// years 1–9999.
    pub fn add_days(&self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The same day `n` months later (earlier when negative), clamped to
    /// the end of the month; `None` outside years 1–9999.
    pub fn add_months(&self, n: i64) -> Option<Date> {
        let index = i64::from(self.year)
            .checked_mul(12)?
            .checked_add(i64::from(self.month) - 1)?
            .checked_add(n)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// ISO 8601 week: `(week-numbering year, week 1–53)`.
    pub fn iso_week(&self) -> Option<(i32, u32)> {
        let wd = i64::from(self.weekday());
        let thursday = self.add_days(3 - wd)?;
        let jan1 = Date::new(thursday.year, 1, 1)?;
        let ordinal = thursday.to_days() - jan1.to_days();
        Some((thursday.year, u32::try_from(ordinal / 7 + 1).ok()?))
    }

    /// The ISO week as a TIMEX3 value, `2017-W34`.
    pub fn week_value(&self) -> Option<String> {
        let (y, w) = self.iso_week()?;
        if !(1..=9999).contains(&y) {
            return None;
        }
        Some(format!("{y:04}-W{w:02}"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The digits written one by one where the fields have as many as
        // the format below pads to (always, for a validated date): the
        // same text at a fraction of the cost of the formatting machinery.
        let (y, m, d) = (self.year, self.month, self.day);
        if (0..=9999).contains(&y) && m <= 99 && d <= 99 {
            let y = y as u32;
            let digit = |n: u32| b'0' + (n % 10) as u8;
            let text = [
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(m / 10),
                digit(m),
                b'-',
                digit(d / 10),
                digit(d),
            ];
            let text = std::str::from_utf8(&text).map_err(|_| fmt::Error)?;
            return f.write_str(text);
        }
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// How precise a temporal expression is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// A year (`2014`) or a decade (`199`).
    Year,
    /// A month (`2014-09`).
    Month,
    /// A week (`2017-W34`, `2017-W34-WE`).
    Week,
    /// A day (`2017-08-27`).
    Day,
    /// A time of day (`2017-08-27T04:00Z`).
    Time,
    /// A duration (`P3Y`, `PT48H`, `PXM`).
    Duration,
}

impl Granularity {
    /// The name used in JSON: `year`, `month`, `week`, `day`, `time`,
    /// `duration`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
            Granularity::Time => "time",
            Granularity::Duration => "duration",
        }
    }
}

/// The tense of the sentence around a temporal expression, as far as the
/// resolver could tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Past reporting (`a tué`, `ont été libérés`, `dernier`).
    Past,
    /// The future (`sera`, `doit avoir lieu`, `affrontera`, `prochain`).
    Future,
    /// No cue, or not looked at (durations, absolute dates).
    Unknown,
}

/// One recognised temporal expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte span into the text given to [`find_dates`], on char
    /// boundaries; leading articles are left out (`le 19 août` → `19
    /// août`).
    pub span: Span,
    /// TIMEX3-style value: `2017-08-27`, `2017-08`, `2014`, `199`,
    /// `2017-W34`, `2017-08-27T04:00Z`, `2017-08-27T07:00`, `P3Y`,
    /// `PT48H`, `PXM`. `None` when it cannot be resolved (a relative
    /// expression with no DCT, `il y a quelques jours`).
    pub value: Option<String>,
    /// How precise the expression is.
    pub granularity: Granularity,
    /// The tense used to resolve it (`Unknown` when it played no part).
    pub tense: Tense,
}

// ---------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------

const WD: &str = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

const MONTH_FULL: &str = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|\
     juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?-u:\\b)";

const MONTH: &str = "(?:(?:janvier|f[ée]vrier|mars|avril|mai|juin|\
     juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?-u:\\b)|\
     (?:janv|f[ée]vr?|avr|juil{1,2}|sept?|oct|nov|d[ée]c)\\.|\
     (?:janv|f[ée]vr|avr|juil|oct|nov|d[ée]c)(?-u:\\b))";

const DAYN: &str = "(?:1er|1re|premier|[0-3]?\\d)(?-u:\\b)";

const YEAR: &str = "(?:1[6-9]\\d\\d|2[01]\\d\\d)(?-u:\\b)";

const DASH: &str = "[-‐‑–—]";

/// A time of day with optional part-of-day and zone, capture names
/// `h mi h2 mi2 noon dp loc zc zc2 zh zm zg` (`zc`, `zc2`: the city
/// of "heure de Moscou", "(heure de Kyiv)").
const TIME: &str = "(?:(?P<h>[0-2]?\\d)\\s*(?:heures?|h)\
     (?:\\s*(?P<mi>[0-5]\\d))?(?-u:\\b)(?:\\s*(?:min|mn)(?-u:\\b))?|\
     (?P<h2>[0-2]?\\d):(?P<mi2>[0-5]\\d)(?::[0-5]\\d)?(?-u:\\b)|\
     (?P<noon>midi|minuit)(?-u:\\b))\
     (?:\\s+(?P<dp>du\\s+matin|du\\s+soir|de\\s+l['’]apr[èe]s-midi|\
     de\\s+la\\s+nuit)(?-u:\\b))?\
     (?:\\s+(?P<loc>heures?\\s+(?:locales?|(?:de\\s+|d['’])(?P<zc>[A-ZÀ-Þ][\\w-]+)))(?-u:\\b)|\
     \\s*\\(\\s*heures?\\s+(?:locales?|(?:de\\s+|d['’])(?P<zc2>[A-ZÀ-Þ][\\w-]+))\\s*\\))?\
     (?:\\s*\\(\\s*(?P<zh>[0-2]?\\d)\\s*(?:heures?|h|:)\\s*(?P<zm>[0-5]\\d)?\\s*\
     (?:GMT|UTC|TU)(?:\\s+(?P<zwd>lundi|mardi|mercredi|jeudi|vendredi|samedi|\
     dimanche))?\\s*\\)|\
     \\s*\\(\\s*(?:heures?\\s+locales?\\s+et\\s+)?(?P<zg>GMT|UTC|TU)\\s*\\)|\
     \\s+(?P<zg2>GMT|UTC|(?-i:TU))(?-u:\\b))?";

/// The start of a [`TIME`], enough to find where one may begin.
const TIME_HEAD: &str =
    "(?:[0-2]?\\d\\s*(?:heures?|h)(?:\\s*[0-5]\\d)?(?-u:\\b)|\
     [0-2]?\\d:[0-5]\\d|midi|minuit)";

/// What a weekday or relative day may carry after it.
const DAY_TAIL: &str = "(?:\\s+(?P<tp>(?:(?:tôt|tard)\\s+)?(?:le\\s+)?\
     (?:matin|soir|apr[èe]s-midi)|(?:en\\s+)?(?:fin|d[ée]but)\\s+\
     (?:de\\s+)?(?:matin[ée]e|soir[ée]e|journ[ée]e|d['’]apr[èe]s-midi)|\
     (?:dans|pendant|durant)\\s+la\\s+(?:matin[ée]e|soir[ée]e|nuit|\
     journ[ée]e)|au\\s+(?:petit\\s+)?matin|au\\s+soir|[àa]\\s+l['’]aube|\
     d[èe]s\\s+l['’]aube|midi)(?-u:\\b)|\
     \\s+(?:[àa]|vers|d[èe]s|aux\\s+alentours\\s+de)\\s+TIMEX)?";

const DURATION_UNIT: &str = "(?:ann[ée]es|ann[ée]e|ans|an|mois|semaines?|\
     jours|jour|journ[ée]es|heures|heure|h|minutes?|min|secondes?|\
     d[ée]cennies|d[ée]cennie|si[èe]cles?)(?-u:\\b)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    Range,
    FullDate,
    Numeric,
    Iso,
    NightWd,
    NightDates,
    Weekday,
    RelDay,
    ThisPart,
    Veille,
    RelPeriod,
    PeriodPart,
    Ago,
    InFuture,
    Duration,
    MonthYear,
    MonthAnaphor,
    Month,
    Year,
    Decade,
    Time,
    PartDay,
}

struct Compiled {
    rule: Rule,
    pattern: String,
    /// The index in [`RULES`] of the rule whose regex this rule uses, when
    /// the two share one (see [`RULES`]).
    shared: Option<usize>,
    /// What this rule's group names begin with in a shared regex, where
    /// they would clash with the other rule's; empty for most rules.
    prefix: &'static str,
    /// Compiled on first use (those of [`COMMON_RULES`] at start-up): a
    /// short text needs few of the rules.
    re: once_cell::sync::OnceCell<Regex>,
    /// The names of the rule's groups and their indices in the regex.
    names: once_cell::sync::OnceCell<Vec<(String, usize)>>,
}

impl Compiled {
    fn compiled(&self) -> (&Regex, &[(String, usize)]) {
        let re = self.regex();
        let names = self.names.get_or_init(|| {
            let all: Vec<(&str, usize)> = re
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| Some((n?, i)))
                .collect();
            // The rule's own groups, without their prefix, then the others
            // whose names do not clash with those (the other rule's groups
            // are empty in this rule's matches).
            let mut names: Vec<(String, usize)> = all
                .iter()
                .filter(|_| !self.prefix.is_empty())
                .filter_map(|&(n, i)| {
                    Some((n.strip_prefix(self.prefix)?.to_string(), i))
                })
                .collect();
            for &(n, i) in &all {
                if !names.iter().any(|(m, _)| m == n) {
                    names.push((n.to_string(), i));
                }
            }
            names
        });
        (re, names)
    }

    fn regex(&self) -> &Regex {
        match self.shared.and_then(|i| RULES.get(i)) {
            Some(other) => other.regex(),
            None => self.re.get_or_init(|| {
                Regex::new(&self.pattern).expect("date rule pattern is valid")
            }),
        }
    }

    /// The captures of the rule at the start of `window`.
    fn captures<'s, 't>(
        &'s self,
        window: &'t str,
    ) -> Option<RuleCaps<'s, 't>> {
        let (re, names) = self.compiled();
        let caps = re.captures(window)?;
        Some(RuleCaps { window, groups: Groups::Caps(caps), names })
    }

    /// The groups of the rule's match, which ends at byte `end` of
    /// `window`: read from the match's text where [`RuleCaps::quick`]
    /// can, else by the regex's captures, a search several times as
    /// costly as the one that found `end`.
    fn groups_at<'s, 't>(
        &'s self,
        window: &'t str,
        end: usize,
    ) -> Option<RuleCaps<'s, 't>> {
        let (_, names) = self.compiled();
        RuleCaps::quick(self.rule, window, end, names)
            .or_else(|| self.captures(window))
    }

    /// The groups of the rule's match at the start of `window`.
    fn groups<'s, 't>(&'s self, window: &'t str) -> Option<RuleCaps<'s, 't>> {
        if RuleCaps::may_read(self.rule, window) {
            let end = self.regex().find(window)?.end();
            self.groups_at(window, end)
        } else {
            self.captures(window)
        }
    }
}

/// The most groups a rule's regex has, the whole match included (checked
/// in the tests).
const MAX_GROUPS: usize = 26;

/// The groups of a rule's match in the window it was matched in. A group
/// is found by name in the rule's short list of names, which costs less
/// than the hashed lookup of [`Captures::name`].
struct RuleCaps<'s, 't> {
    window: &'t str,
    groups: Groups<'t>,
    names: &'s [(String, usize)],
}

/// Where the groups of a rule's match come from.
enum Groups<'t> {
    /// The regex's captures.
    Caps(Captures<'t>),
    /// Spans read from the match's text (the window is at most 120
    /// bytes), by group index.
    Read([Option<(u8, u8)>; MAX_GROUPS]),
}

impl<'s, 't> RuleCaps<'s, 't> {
    fn get(&self, i: usize) -> Option<Piece<'t>> {
        match &self.groups {
            Groups::Caps(caps) => caps.get(i).map(Piece::from),
            Groups::Read(spans) => {
                let (start, end) = (*spans.get(i)?)?;
                let (start, end) = (usize::from(start), usize::from(end));
                Some(Piece { start, text: &self.window[start..end] })
            }
        }
    }

    fn name(&self, name: &str) -> Option<Piece<'t>> {
        let &(_, i) = self.names.iter().find(|(n, _)| n == name)?;
        self.get(i)
    }

    /// Sets the group `name` (which the rule has) to `[start, end)`, when
    /// the groups are read and the span is within the window.
    fn set(&mut self, name: &str, start: usize, end: usize) {
        let Some(&(_, i)) = self.names.iter().find(|(n, _)| n == name) else {
            return;
        };
        if let (Groups::Read(spans), Ok(start), Ok(end)) =
            (&mut self.groups, u8::try_from(start), u8::try_from(end))
        {
            spans[i] = Some((start, end));
        }
    }

    /// False where [`RuleCaps::quick`] cannot read the groups of `rule`'s
    /// match at the start of `window`: then the search for the match's
    /// end alone is not worth making.
    fn may_read(rule: Rule, window: &str) -> bool {
        let digit = window.bytes().next().is_some_and(|b| b.is_ascii_digit());
        match rule {
            Rule::FullDate | Rule::Time => digit,
            Rule::Weekday
            | Rule::NightWd
            | Rule::MonthYear
            | Rule::Month
            | Rule::PartDay => !digit,
            Rule::Duration | Rule::Year => true,
            _ => false,
        }
    }

    /// The groups of `rule`'s match `window[..end]` when its common
    /// shapes tell them without a search, else `None`:
    ///
    /// - a weekday or a part of the day alone (`dimanche`, `matin`): no
    ///   whitespace, and every other group of these rules holds or follows
    ///   whitespace;
    /// - a month alone: the same, unless it starts with `mi-`; with a
    ///   prefix word before it (`fin mars`; the prefix takes the
    ///   whitespace after it) or `dernier`/`prochain` after it, or both;
    /// - a year, alone or after a prefix word (`depuis 2014`): the year
    ///   is the last word, the prefix takes what comes before;
    /// - `depuis lundi`, `mardi soir`, `mardi dernier`: on two words, a
    ///   weekday is `depuis` and a weekday, or a weekday and a word after
    ///   it, a `dernier`/`prochain`/`passé` if it starts with `d` or `p`,
    ///   else a part of the day (`matin`, `soir`, `après-midi`, `midi`);
    /// - `samedi à 17h`, `samedi à l'aube`: a weekday, `à`, then a time in
    ///   one word or `l'aube`, the part of the day `à l'aube`;
    /// - `nuit de vendredi à samedi`: the night's weekdays are its third
    ///   and fifth words;
    /// - `19 août` and `19 août 2017` (or `dernier`/`prochain` third): a
    ///   weekday (`mardi 19 août`, `mardi le 19 août`) comes before the
    ///   first word of digits, and a time after the month needs `à`, a
    ///   dash, a comma or an `h`; a time in one word after such a
    ///   separator word (`19 août 2017 à 14h20`) is read as alone;
    /// - `septembre 2014`: a month of letters (a prefix word would leave
    ///   the month and year to the second word, which is digits), and
    ///   `depuis mars 2015`: a prefix word, then the month and the year;
    /// - `48 heures`, `3 ans`, `48h`: a prefix is letters, so the figure
    ///   is the number and the letters after it the unit;
    /// - `trois jours`, `depuis trois ans`: a number word in ASCII letters
    ///   and a unit, after a one-word prefix or none. Only `de longs`
    ///   (and the like) and a prefix make a number or prefix that is not
    ///   one whole word here, and neither may stand first;
    /// - `14h20`, `7h`, `14:20`: hour and minutes of a time.
    fn quick(
        rule: Rule,
        window: &'t str,
        end: usize,
        names: &'s [(String, usize)],
    ) -> Option<Self> {
        let m = window.get(..end)?;
        let whole = Some((0, u8::try_from(end).ok()?));
        let mut spans = [None; MAX_GROUPS];
        spans[0] = whole;
        let mut g = RuleCaps { window, groups: Groups::Read(spans), names };
        let digits =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let letters = |s: &str| {
            !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || c == '.')
        };
        let mut words = [(0, 0); 6];
        let n = split_words(m, &mut words)?;
        let word = |k: usize| &m[words[k].0..words[k].1];
        // One word and nothing else.
        let one = n == 1 && words[0] == (0, end);
        match rule {
            Rule::Weekday if one => g.set("wd", 0, end),
            Rule::Weekday if n == 2 => {
                let first = word(0);
                if first.eq_ignore_ascii_case("depuis") {
                    g.set("since", words[0].0, words[0].1);
                    g.set("wd", words[1].0, words[1].1);
                } else if first.bytes().all(|b| b.is_ascii_alphabetic()) {
                    g.set("wd", words[0].0, words[0].1);
                    let after = match word(1).as_bytes()[0] {
                        b'd' | b'D' | b'p' | b'P' => "rel",
                        _ => "tp",
                    };
                    g.set(after, words[1].0, words[1].1);
                } else {
                    return None;
                }
            }
            Rule::Weekday if n == 3 && is_at(word(1)) => {
                g.set("wd", words[0].0, words[0].1);
                let third = word(2);
                if third.eq_ignore_ascii_case("l'aube")
                    || third.eq_ignore_ascii_case("l’aube")
                {
                    g.set("tp", words[1].0, end);
                } else if !g.set_time_word(m, words[2]) {
                    return None;
                }
            }
            Rule::NightWd if n == 3 || n == 5 => {
                g.set("wd1", words[2].0, words[2].1);
                if n == 5 {
                    g.set("wd2", words[4].0, words[4].1);
                }
            }
            Rule::PartDay if one => g.set("p", 0, end),
            Rule::Month
                if one
                    && !m
                        .get(..3)
                        .is_some_and(|p| p.eq_ignore_ascii_case("mi-")) =>
            {
                g.set("m", 0, end)
            }
            Rule::Month if n == 2 || n == 3 => {
                let last = word(n - 1);
                let rel = last.eq_ignore_ascii_case("dernier")
                    || last.eq_ignore_ascii_case("prochain");
                let k = if rel { n - 2 } else { n - 1 };
                if k > 1
                    || k == 0
                        && word(0)
                            .get(..3)
                            .map_or(true, |p| p.eq_ignore_ascii_case("mi-"))
                {
                    return None;
                }
                if k == 1 {
                    g.set("pre", 0, words[1].0);
                }
                g.set("m", words[k].0, words[k].1);
                if rel {
                    g.set("rel", words[n - 1].0, end);
                }
            }
            Rule::Year if m.starts_with(|c: char| c.is_ascii_digit()) => {
                g.set("y", 0, end)
            }
            Rule::Year if n == 2 => {
                g.set("pre", 0, words[1].0);
                g.set("y", words[1].0, end);
            }
            Rule::FullDate => {
                // The day is the first word of digits: before it, a weekday
                // and maybe `le` (a day of letters, `premier`, is followed
                // by a month, and gives up here).
                let k = (0..n.min(3)).find(|&k| digits(word(k)))?;
                if k == 2 && !word(1).eq_ignore_ascii_case("le")
                    || k + 1 >= n
                    || !letters(word(k + 1))
                    // "le 12 courant": no month named, left to the
                    // captures.
                    || month_number(word(k + 1)).is_none()
                {
                    return None;
                }
                if k > 0 {
                    g.set("wd", words[0].0, words[0].1);
                }
                g.set("d", words[k].0, words[k].1);
                g.set("m", words[k + 1].0, words[k + 1].1);
                let mut j = k + 2;
                // A year or `dernier`/`prochain`, unless the two words
                // left are a separator and a time.
                if j < n && n - j != 2 {
                    let third = word(j);
                    let group = if digits(third) {
                        "y"
                    } else if third.eq_ignore_ascii_case("dernier")
                        || third.eq_ignore_ascii_case("prochain")
                    {
                        "rel"
                    } else {
                        return None;
                    };
                    g.set(group, words[j].0, words[j].1);
                    j += 1;
                }
                // `à 14h20`, `– 10h45`: a separator word, then a time in
                // one word; a time in more words, or glued to its
                // separator, is left to the captures.
                if j < n
                    && !(n - j == 2
                        && (is_at(word(j)) || is_separator(word(j)))
                        && g.set_time_word(m, words[j + 1]))
                {
                    return None;
                }
            }
            Rule::MonthYear
                if n == 2 && letters(word(0)) && digits(word(1)) =>
            {
                g.set("m", words[0].0, words[0].1);
                g.set("y", words[1].0, words[1].1);
            }
            // `depuis mars 2015`: a prefix word, the month, the year.
            Rule::MonthYear
                if n == 3
                    && letters(word(0))
                    && letters(word(1))
                    && digits(word(2)) =>
            {
                g.set("pre", 0, words[1].0);
                g.set("m", words[1].0, words[1].1);
                g.set("y", words[2].0, words[2].1);
            }
            Rule::Duration
                if n <= 2 && m.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                let figure = m.bytes().take_while(u8::is_ascii_digit).count();
                let unit = if n == 2 { words[1].0 } else { figure };
                if figure == 0
                    || (n == 2 && figure != words[0].1)
                    || !letters(&m[unit..])
                    || m[unit..].contains('.')
                {
                    return None;
                }
                g.set("n", 0, figure);
                g.set("u", unit, end);
            }
            Rule::Duration if n == 2 || n == 3 => {
                // An ASCII word that is neither a prefix word nor `de`.
                let number = |w: &str| {
                    digits(w)
                        || w.bytes().all(|b| b.is_ascii_alphabetic())
                            && !DURATION_PREFIXES
                                .iter()
                                .any(|p| w.eq_ignore_ascii_case(p))
                };
                let (k, unit) = (n - 2, n - 1);
                // "semaine écoulée": a unit and "écoulée" after it, read
                // by the regex's groups (in any case, as the regex reads).
                if crate::numbers::folds_with_prefix(word(unit), "ecoul") {
                    return None;
                }
                if n == 3
                    && !["depuis", "pendant", "durant", "environ", "quelque"]
                        .iter()
                        .any(|p| word(0).eq_ignore_ascii_case(p))
                    || !number(word(k))
                    || !letters(word(unit))
                    || word(unit).contains('.')
                {
                    return None;
                }
                if n == 3 {
                    g.set("pre", 0, words[1].0);
                }
                g.set("n", words[k].0, words[k].1);
                g.set("u", words[unit].0, end);
            }
            Rule::Time if one => {
                if !g.set_time_word(m, (0, end)) {
                    return None;
                }
            }
            _ => return None,
        }
        Some(g)
    }

    /// Sets the hour and minutes of a [`TIME`] in one word of the match
    /// `m` (`14h20`, `7h`, `14:20`), at `word` (start and end in `m`);
    /// false, setting nothing, for another shape.
    fn set_time_word(&mut self, m: &str, word: (usize, usize)) -> bool {
        let (from, to) = word;
        let w = &m[from..to];
        let hour = w.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &w[hour..];
        let (h, mi) = match rest.as_bytes().first() {
            Some(b'h' | b'H') => ("h", "mi"),
            Some(b':') => ("h2", "mi2"),
            _ => return false,
        };
        let minutes = &rest[1..];
        if !(1..=2).contains(&hour)
            || !(minutes.is_empty() && h == "h" || minutes.len() == 2)
            || !minutes.bytes().all(|c| c.is_ascii_digit())
        {
            return false;
        }
        self.set(h, from, from + hour);
        if !minutes.is_empty() {
            self.set(mi, from + hour + 1, to);
        }
        true
    }
}

/// True for the word `à` (`[àa]` in any case) before a time.
fn is_at(w: &str) -> bool {
    matches!(w, "à" | "À" | "a" | "A")
}

/// True for the separators before a date's time that are written apart
/// from it: a dash of [`DASH`] or a comma.
fn is_separator(w: &str) -> bool {
    matches!(w, "-" | "\u{2010}" | "\u{2011}" | "\u{2013}" | "\u{2014}" | ",")
}

/// The words that start the prefix of a duration (`depuis`, `près de`),
/// and `de`, which starts `de longs` and the like: a word that may not be
/// read as a duration's whole number.
const DURATION_PREFIXES: [&str; 10] = [
    "depuis", "pendant", "durant", "environ", "quelque", "au", "pres", "plus",
    "moins", "de",
];

/// Splits `m` into its whitespace-separated words (`\s` is Unicode
/// whitespace, as [`char::is_whitespace`]), as byte spans in `out`;
/// returns how many, or `None` for more than `out` holds or none.
fn split_words(m: &str, out: &mut [(usize, usize)]) -> Option<usize> {
    let mut n = 0;
    let mut start = None;
    for (i, c) in m.char_indices().chain(std::iter::once((m.len(), ' '))) {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                *out.get_mut(n)? = (s, i);
                n += 1;
                start = None;
            }
            _ => {}
        }
    }
    (n > 0).then_some(n)
}

/// The rule patterns; with `heads`, only what each rule needs to start a
/// match (optional tails left out), which keeps the union regex small.
fn rule_patterns(heads: bool) -> Vec<(Rule, String)> {
    // `\d` is any Unicode decimal digit; a date is written with ASCII
    // digits (the values are parsed as such), and the ASCII class keeps the
    // compiled patterns several times smaller.
    rule_patterns_unicode(heads)
        .into_iter()
        .map(|(r, p)| (r, p.replace("\\d", "[0-9]")))
        .collect()
}

/// What a full or numeric date may carry after it: a `time`.
fn time_tail(time: &str) -> String {
    format!("(?:(?:\\s+[àa]\\s+|\\s*{DASH}\\s*|\\s*,\\s*){time})?")
}

fn rule_patterns_unicode(heads: bool) -> Vec<(Rule, String)> {
    let time = if heads { TIME_HEAD } else { TIME };
    let num = format!("(?:{}|\\d{{1,4}}(?:,5)?)", *NUMBER_WORDS);
    let (day_tail, time_tail) = if heads {
        (String::new(), String::new())
    } else {
        (DAY_TAIL.replace("TIMEX", time), time_tail(time))
    };
    vec![
        (
            Rule::Range,
            format!(
                "(?P<d1>{DAYN})(?:\\s+(?P<m1>{MONTH}))?(?:\\s+(?P<y1>{YEAR}))?\
                 \\s*(?:au|et|{DASH})\\s*(?:le\\s+)?(?P<d2>{DAYN})\\s+\
                 (?P<m2>{MONTH})(?:\\s+(?P<y2>{YEAR}))?"
            ),
        ),
        (
            Rule::FullDate,
            format!(
                "(?:(?P<wd>{WD})\\s+(?:le\\s+)?)?(?P<d>{DAYN})\\s+\
                 (?:(?P<m>{MONTH})|(?P<cur>courant|du\\s+mois\\s+(?:courant|\
                 en\\s+cours)|de\\s+ce\\s+mois)(?-u:\\b))(?:\\s+(?P<y>{YEAR})|\\s+(?P<rel>dernier|\
                 prochain)(?-u:\\b))?{time_tail}"
            ),
        ),
        (
            Rule::Numeric,
            format!(
                "(?:(?P<wd>{WD})\\s+)?(?P<d>[0-3]?\\d)(?P<sep>[/.-])\
                 (?P<m>[01]?\\d)[/.-](?P<y>\\d{{4}}|\\d\\d)(?-u:\\b)\
                 {time_tail}"
            ),
        ),
        (
            Rule::Iso,
            "(?P<y>\\d{4})-(?P<m>[01]\\d)-(?P<d>[0-3]\\d)(?:[T ]\
             (?P<h>[0-2]\\d):(?P<mi>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?\
             (?P<z>Z|[+-][0-2]\\d:?[0-5]\\d)?)?(?-u:\\b)"
                .to_string(),
        ),
        (
            Rule::NightDates,
            format!(
                "nuit\\s+d(?:u|e)\\s+(?:{WD}\\s+)?(?P<d1>{DAYN})(?:\\s+(?P<m1>{MONTH}))?\\s+(?:au|[àa])\\s+\
                 (?:{WD}\\s+)?(?P<d2>{DAYN})\\s+(?P<m2>{MONTH})(?:\\s+(?P<y>{YEAR}))?"
            ),
        ),
        (
            Rule::NightWd,
            format!(
                "nuit\\s+(?:de|du)\\s+(?P<wd1>{WD})(?:\\s+(?:[àa]|au)\\s+\
                 (?P<wd2>{WD}))?(?-u:\\b)"
            ),
        ),
        (
            Rule::Weekday,
            format!(
                "(?:(?P<since>depuis)\\s+)?(?P<wd>{WD})(?-u:\\b)\
                 (?:\\s+(?P<rel>derni(?:er|ère)|prochaine?|pass[ée]e?)|\
                 \\s+de\\s+la\\s+semaine\\s+(?P<wk>derni[èe]re|pass[ée]e|\
                 prochaine))?{day_tail}"
            ),
        ),
        (
            Rule::RelDay,
            format!(
                "(?P<w>avant-hier|apr[èe]s-demain|hier|demain|\
                 aujourd['’]hui)(?-u:\\b){day_tail}"
            ),
        ),
        (
            Rule::ThisPart,
            "(?P<w>ce\\s+matin|ce\\s+soir|cet\\s+apr[èe]s-midi|cette\\s+nuit|\
             ce\\s+midi|cette\\s+matin[ée]e|cette\\s+soir[ée]e|\
             cette\\s+journ[ée]e|la\\s+nuit\\s+derni[èe]re)(?-u:\\b)"
                .to_string(),
        ),
        (
            Rule::Veille,
            "(?P<w>avant-veille|veille|surlendemain|lendemain|\
             m[êe]me\\s+(?:jour|journ[ée]e|soir|matin|nuit))(?-u:\\b)\
             (?:\\s+(?P<p>au\\s+soir|au\\s+matin|soir|matin)(?-u:\\b))?"
                .to_string(),
        ),
        (
            Rule::RelPeriod,
            "(?P<w>semaine\\s+(?:derni[èe]re|pass[ée]e|prochaine)|\
             cette\\s+semaine|mois\\s+(?:dernier|pass[ée]|prochain)|\
             ce\\s+mois(?:-ci)?|an\\s+(?:dernier|pass[ée]|prochain)|\
             ann[ée]e\\s+(?:derni[èe]re|pass[ée]e|prochaine|en\\s+cours)|\
             cette\\s+ann[ée]e|week-end\\s+(?:dernier|pass[ée]|prochain)|\
             ce\\s+week-end)"
                .to_string(),
        ),
        (
            Rule::PeriodPart,
            "(?P<pos>d[ée]but|fin|milieu|mi-)\\s*(?:du|de\\s+la|de\\s+l['’]|\
             de\\s+cette|de\\s+ce|de)\\s*(?P<unit>mois|ann[ée]e|semaine)\
             (?:\\s+(?P<rel>derni(?:er|ère)|pass[ée]e?|prochaine?|\
             en\\s+cours))?"
                .to_string(),
        ),
        (
            Rule::Ago,
            format!(
                "(?:il\\s+y\\s+a|voici|voil[àa])\\s+{AGO_ABOUT}(?P<n>{num}|\
                 quelques|plusieurs)\\s+(?P<u>jours?|semaines?|mois|ans|an|\
                 ann[ée]es?|heures?)(?-u:\\b)"
            ),
        ),
        (
            Rule::InFuture,
            format!(
                "dans\\s+(?P<n>{num})\\s+(?P<u>jours?|semaines?|mois|ans|an|\
                 ann[ée]es?)(?-u:\\b)"
            ),
        ),
        // `past`: "écoulé(e)(s)". An ASCII word boundary cannot follow
        // the accented "écoulé" ("le mois écoulé,"), so that spelling ends
        // the group without one.
        (
            Rule::Duration,
            format!(
                "(?P<pre>(?:depuis|pendant|durant|environ|au\\s+moins|\
                 quelque)\\s+|(?:pr[èe]s|plus|moins)\\s+d(?:e\\s+|['’]))?\
                 (?P<n>{num}|une\\s+(?:dizaine|douzaine|quinzaine|vingtaine|\
                 trentaine|quarantaine|cinquantaine|soixantaine|centaine)\\s+\
                 d(?:e\\s+|['’])|plusieurs|quelques|des|de\\s+longs|\
                 de\\s+longues|de\\s+nombreux|de\\s+nombreuses|\
                 (?:ces|les|des)\\s+(?:{num})\\s+(?:derniers|derni[èe]res)|\
                 (?:ces|les)\\s+(?:derniers|derni[èe]res|prochains|prochaines))?\\s*\
                 (?P<u>{DURATION_UNIT})(?P<half>\\s+et\\s+demie?(?-u:\\b))?\
                 (?P<past>\\s+[ée]coul(?:[ée]e?s?(?-u:\\b)|é))?"
            ),
        ),
        (
            Rule::MonthYear,
            format!(
                "(?P<pre>(?:depuis|d[ée]but|fin|courant|d[èe]s|mi)\\s+|mi-\\s*)?\
                 (?:entre\\s+(?P<m0>{MONTH})\\s+et\\s+|(?P<m0a>{MONTH})\\s+[àa]\\s+)?\
                 (?P<m>{MONTH})\\s+(?:de\\s+l['’]ann[ée]e\\s+)?(?P<y>{YEAR})"
            ),
        ),
        (
            Rule::MonthAnaphor,
            format!(
                "(?P<pre>(?:depuis|d[ée]but|fin|courant|d[èe]s)\\s+|mi-\\s*)?\
                 (?P<m>{MONTH_FULL})\\s+de\\s+(?P<which>cette\\s+ann[ée]e-l[àa]|\
                 cette\\s+ann[ée]e|l['’]ann[ée]e\\s+(?:derni[èe]re|pass[ée]e|\
                 suivante|pr[ée]c[ée]dente))"
            ),
        ),
        (
            Rule::Month,
            format!(
                "(?P<pre>(?:depuis|d[ée]but|fin|courant|d[èe]s)\\s+|mi-\\s*)?\
                 (?P<m>{MONTH_FULL})(?:\\s+(?P<rel>dernier|prochain)(?-u:\\b))?"
            ),
        ),
        (
            Rule::Year,
            format!(
                "(?P<pre>(?:depuis|d[ée]but|fin|courant|mi)\\s+|mi-\\s*)?\
                 (?P<y>{YEAR})"
            ),
        ),
        (
            Rule::Decade,
            "ann[ée]es\\s+(?P<y>(?:19|20)?\\d0)(?-u:\\b)".to_string(),
        ),
        (Rule::Time, time.to_string()),
        (
            Rule::PartDay,
            "(?P<pre>(?:depuis|d[èe]s)\\s+l['’]|(?:d[ée]but|fin|milieu)\\s+\
             (?:de\\s+(?:la\\s+)?|d['’]))?(?P<p>aube|aurore|matin[ée]e|\
             soir[ée]e|apr[èe]s-midi|journ[ée]e|nuit|(?:petit\\s+)?matin|\
             soir|cr[ée]puscule)(?-u:\\b)(?P<meme>\\s+même)?"
                .to_string(),
        ),
    ]
}

/// The rules, each with its regex, but for two pairs of rules that share
/// one: a relative day uses the weekday's, a numeric date the full
/// date's. The rules of a pair end with the same tail (`soir`, `à 17h`;
/// `à 14h20`), which holds a whole time and makes most of their cost to
/// compile, and cannot both match at a start: a relative day begins with
/// other words (`hier`, `demain`…) than a weekday (`depuis` or a
/// weekday), and after its day's figures a full date has whitespace where
/// a numeric one has `/`, `.` or `-`. So one regex with the two
/// beginnings, then the tail, matches for each rule where and as its own
/// would, and compiles for about the cost of one. The groups of the other
/// rule's beginning are empty in a rule's matches; where their names
/// would clash, a numeric date's carry [`NUMERIC_PREFIX`].
static RULES: Lazy<Vec<Compiled>> = Lazy::new(|| {
    let mut patterns = rule_patterns(false);
    // The tails as `rule_patterns` writes them.
    let day_tail = DAY_TAIL.replace("TIMEX", TIME).replace("\\d", "[0-9]");
    let time_tail = time_tail(TIME).replace("\\d", "[0-9]");
    // (rule, index of the rule whose regex it uses, prefix of its names)
    let mut shared = Vec::new();
    for (keep, other, tail, prefix) in [
        (Rule::Weekday, Rule::RelDay, &day_tail, ""),
        (Rule::FullDate, Rule::Numeric, &time_tail, NUMERIC_PREFIX),
    ] {
        let index = |rule: Rule| patterns.iter().position(|(r, _)| *r == rule);
        let (Some(k), Some(o)) = (index(keep), index(other)) else { continue };
        let head = |i: usize| {
            let (rule, p): &(Rule, String) = &patterns[i];
            let head = p.strip_suffix(tail.as_str());
            head.unwrap_or_else(|| panic!("{rule:?} ends with the tail"))
        };
        let other_head = head(o).replace("(?P<", &format!("(?P<{prefix}"));
        let both = format!("(?:{}|{other_head}){tail}", head(k));
        patterns[k].1 = both;
        shared.push((other, k, prefix));
    }
    patterns
        .into_iter()
        .map(|(rule, p)| {
            let shared = shared.iter().find(|(r, ..)| *r == rule);
            Compiled {
                rule,
                pattern: format!("(?i)^(?:{p})"),
                shared: shared.map(|&(_, k, _)| k),
                prefix: shared.map_or("", |&(.., prefix)| prefix),
                re: once_cell::sync::OnceCell::new(),
                names: once_cell::sync::OnceCell::new(),
            }
        })
        .collect()
});

/// What the group names of a numeric date begin with in the regex it
/// shares with a full date.
const NUMERIC_PREFIX: &str = "numeric_";

/// The rules as a set, to learn in one pass which of them may match at a
/// candidate start. Built from the heads: a rule's full pattern is its
/// head followed by optional tails (and [`TIME_HEAD`] accepts every start
/// of a [`TIME`]), so a head matches wherever its rule does; where only
/// the head matches, the rule's own regex finds no match and the rule is
/// passed over as if the set had left it out. The heads compile to a much
/// smaller set, smaller still without their groups and their optional
/// tails, which do not decide whether a head matches, and with the first
/// words alone of some (see [`set_head`]).
static RULE_SET: Lazy<RegexSet> = Lazy::new(|| {
    RegexSet::new(rule_patterns(true).into_iter().map(|(rule, p)| {
        let p = without_group_names(&p);
        format!("(?i)^(?:{})", set_head(rule, without_trailing_options(&p)))
    }))
    .expect("date rule patterns are valid")
});

/// What the rule set needs of `rule`'s `head`: the head, or the first
/// words of a head that no other head starts with (`il y a`, `voici`,
/// `voilà`, `dans`). The set is asked where the union finds a candidate
/// (or, in [`date_at`], before a search for one), so where some head
/// matches, and at those words only this rule's head can: the words tell
/// as much as the head, whose number words made up a fifth of the set.
/// Where the words match and the head does not (its match runs past the
/// window), the rule's own regex finds no match.
fn set_head(rule: Rule, head: &str) -> &str {
    match rule {
        Rule::Ago => AGO_LEAD,
        Rule::InFuture => IN_FUTURE_LEAD,
        _ => head,
    }
}

/// The words a head of [`Rule::Ago`] starts with, and whitespace.
const AGO_LEAD: &str = "(?:il\\s+y\\s+a|voici|voil[àa])\\s";

/// A word of approximation between "il y a" and the amount ("il y a
/// près d'un an", "il y a environ trois mois"): the point in time is
/// the same.
const AGO_ABOUT: &str = "(?:(?:pr[eè]s|plus|moins)\\s+d(?:e\\s+|['’])|\
                         (?:environ|quelque|presque)\\s+)?";

/// The word a head of [`Rule::InFuture`] starts with, and whitespace.
const IN_FUTURE_LEAD: &str = "dans\\s";

/// A weekday, or "hier", as a folded word of a clause ("a appelé lundi
/// à", "a accusé jeudi l'Azerbaïdjan").
pub(crate) fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
    )
}

/// Compiles the rule set now rather than on first use.
pub(crate) fn warm_rule_set() {
    Lazy::force(&RULE_SET);
}

/// The rules whose regexes most news texts need, about the most needed
/// first: a weekday or relative day, a full or numeric date, an hour, a
/// duration, a month and year, a range, "le même mois", a night, a month,
/// a part of the day, a year. Other rules (a decade, "il y a trois
/// jours", an ISO date…) are rare enough to compile on first use.
const COMMON_RULES: [Rule; 11] = [
    Rule::Weekday,
    Rule::FullDate,
    Rule::Time,
    Rule::Duration,
    Rule::MonthYear,
    Rule::Range,
    Rule::MonthAnaphor,
    Rule::NightWd,
    Rule::Month,
    Rule::PartDay,
    Rule::Year,
];

/// Compiles the regexes of the common rules and of the patterns every
/// document's date is looked for with (a stated time zone, "Publié le",
/// "Mis à jour le", a "Fait à" signature) now rather than on first use.
pub(crate) fn warm_common_rules() {
    for rule in COMMON_RULES {
        if let Some(c) = RULES.iter().find(|c| c.rule == rule) {
            c.regex();
        }
    }
    for re in [&STATED_ZONE, &PUBLISHED, &UPDATED, &SIGNATURE] {
        Lazy::force(re);
    }
}

/// Compiles the union of the rules and the tense cues now rather than on
/// first use.
pub(crate) fn warm_union() {
    Lazy::force(&UNION);
    Lazy::force(&FUTURE_CUE);
    Lazy::force(&PAST_CUE);
}

/// All rules as one regex without captures, to find candidate starts in
/// one pass over the text. Only where a match starts is used, so a head
/// whose every start is the start of another rule's head is left out, or
/// cut to what the other heads do not cover (see [`union_head`]): a
/// smaller pattern, quicker to compile and to search.
static UNION: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = rule_patterns(true)
        .into_iter()
        .filter_map(|(rule, p)| {
            let p = without_group_names(&p);
            let head = union_head(rule, without_trailing_options(&p))?;
            Some(format!("(?:{head})"))
        })
        .collect();
    unanchored_regex(&format!("(?i)(?-u:\\b)(?:{})", alts.join("|")))
});

/// What the union needs of `rule`'s `head` (without group names and
/// trailing options) to match at the same starts as all the heads
/// together; `None` when other heads match wherever it does.
///
/// - A night (`nuit du 3 au 4 mars`, `nuit de lundi à mardi`) starts with
///   `nuit` and whitespace, where the part of the day `nuit` matches.
/// - A month of this or that year (`août de cette année-là`) starts like
///   a month alone: the same words before a full month name.
/// - A weekday before a full or numeric date (`mardi 10 décembre`,
///   `mardi 10/12/2019`) is followed by whitespace, where the weekday
///   alone matches at the same start.
/// - A range whose first day has its month (`3 mars au 5 avril`) starts
///   with a day, whitespace and a month, where a full date matches.
///
/// The union may also match where no head does: such a start is passed
/// over as a start where no rule matches, like any start where the union
/// matches and the rules do not (the rules are tried only where a head
/// matches, so the starts of the dates found stay the same). A head is
/// cut that way where the rest is costly and the cut one seldom matches
/// alone:
///
/// - `il y a deux jours`: the words before the amount and the amount's
///   first figure or number word. The number words, a sequence in full,
///   took a tenth of the union. (`dans` and a number word is too common
///   to be cut so: `dans un communiqué`.)
fn union_head(rule: Rule, head: &str) -> Option<String> {
    let without = |part: &str| {
        let cut = head.replacen(part, "", 1);
        assert_ne!(cut, head, "{rule:?} head holds {part}");
        cut
    };
    match rule {
        Rule::NightWd | Rule::NightDates | Rule::MonthAnaphor => None,
        Rule::FullDate => {
            Some(without(&format!("(?:(?:{WD})\\s+(?:le\\s+)?)?")))
        }
        Rule::Numeric => Some(without(&format!("(?:(?:{WD})\\s+)?"))),
        Rule::Range => Some(without(&format!("(?:\\s+(?:{MONTH}))?"))),
        Rule::Ago => Some(format!(
            "{AGO_LEAD}\\s*{AGO_ABOUT}(?:[0-9]|{NUMBER_WORD}|quelques|plusieurs)"
        )),
        _ => Some(head.to_string()),
    }
}

/// `pattern` without the optional groups (`(…)?`) it ends with. A match
/// of a pattern starts wherever a match of the pattern without its
/// optional tail does; the union and the rule set, which only tell where
/// or whether a match starts, leave the tails out, and their searches
/// stop where the required part of a match ends.
fn without_trailing_options(pattern: &str) -> &str {
    let mut p = pattern;
    while let Some(body) = p.strip_suffix(")?") {
        let Some(open) = group_start(p, body.len()) else { break };
        p = &p[..open];
    }
    p
}

/// Where the group closed by the `)` at byte `close` of `pattern` opens;
/// `None` when that `)` is escaped or in a class, or closes no group.
fn group_start(pattern: &str, close: usize) -> Option<usize> {
    let b = pattern.as_bytes();
    let mut opens = Vec::new();
    let mut in_class = false;
    let mut i = 0;
    while i < close {
        match b[i] {
            b'\\' => i += 1,
            b'[' => in_class = true,
            b']' => in_class = false,
            b'(' if !in_class => opens.push(i),
            b')' if !in_class => {
                opens.pop()?;
            }
            _ => {}
        }
        i += 1;
    }
    if i != close || in_class {
        return None;
    }
    opens.pop()
}

/// `pattern` with its named groups (`(?P<name>`) made non-capturing.
fn without_group_names(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(k) = rest.find("(?P<") {
        out.push_str(&rest[..k]);
        out.push_str("(?:");
        let name = &rest[k + 4..];
        let close = name.find('>').expect("group names are closed");
        rest = &name[close + 1..];
    }
    out.push_str(rest);
    out
}

static FUTURE_CUE: Lazy<Regex> = Lazy::new(|| {
    unanchored_regex(
        "(?i)(?-u:\\b)(?:sera|seront|aura|auront|fera|\
         feront|ira|iront|va|vont|doit|doivent|devra|devront|devrait|\
         devraient|pourra|pourront|prochaine?s?|pr[ée]vue?s?|\
         programm(?:ée?s?|ees?)|attendue?s?|report[ée]e?s?|\
         repouss[ée]e?s?\\s+(?:[àa]\\s+\\w+|au|jusqu)|\
         fix[ée]e?s?|envisage|compte|tiendra|tiendront|promet|promettent|\
         pr[ée]voi(?:t|ent)\\s+d(?:e\\s|['’])|\
         (?-i:\\p{Ll})\\w+(?:era|eront|iront|dra|dront|rra|rront|vra|vront)|\
         (?-i:\\p{Ll})\\w+(?:irait|iraient|drait|draient|erait|eraient)|\
         appel\\w*\\s+[àa]\\s+\\w+|\
         pour\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?-u:\\b)",
    )
});

static PAST_CUE: Lazy<Regex> = Lazy::new(|| {
    unanchored_regex(
        "(?i)(?-u:\\b)(?:a|ont|avait|avaient|avons|ai|eut|eurent|fut|\
         furent|[ée]tait|[ée]taient|[ée]t[ée]|derni(?:er|ère)|pass[ée]e?|\
         s['’]est|se\\s+sont|\
         (?:est|sont)\\s+\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)|\
         (?:est|sont)\\s+morte?s?)(?-u:\\b)",
    )
});

// ---------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------

/// The first `N` chars of `s` folded (see [`fold`]) when they are ASCII,
/// else `None`: all that matching them against ASCII keys needs, without
/// building the folded string.
fn folded_head<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0; N];
    let mut chars = s.chars();
    for b in &mut out {
        let c = fold_char(chars.next()?);
        *b = u8::try_from(c).ok().filter(u8::is_ascii)?;
    }
    Some(out)
}

fn month_number(s: &str) -> Option<u32> {
    // The first three letters tell the month, and a fourth, `n`, June
    // from July; dots only ever end a name.
    Some(match &folded_head::<3>(s)? {
        b"jan" => 1,
        b"fev" => 2,
        b"mar" => 3,
        b"avr" => 4,
        b"mai" => 5,
        b"jui" if s.chars().nth(3).map(fold_char) == Some('n') => 6,
        b"jui" => 7,
        b"aou" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    })
}

fn weekday_number(s: &str) -> Option<u32> {
    Some(match &folded_head::<3>(s)? {
        b"lun" => 0,
        b"mar" => 1,
        b"mer" => 2,
        b"jeu" => 3,
        b"ven" => 4,
        b"sam" => 5,
        b"dim" => 6,
        _ => return None,
    })
}

fn day_number(s: &str) -> Option<u32> {
    // Most days are figures, which folding leaves as they are.
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let f = fold(s);
    match f.as_str() {
        "1er" | "1re" | "premier" => Some(1),
        _ => f.parse().ok(),
    }
}

fn year_number(s: &str) -> Option<i32> {
    s.trim().parse().ok()
}

/// Up to `n` bytes of text before `i`, folded, trailing spaces removed.
fn before(text: &str, i: usize, n: usize) -> String {
    let mut s = i.saturating_sub(n);
    while s < i && !text.is_char_boundary(s) {
        s += 1;
    }
    let mut f = fold(&text[s..i]);
    let len = f.trim_end().len();
    f.truncate(len);
    f
}

/// Whether the date at `start` names a happening told as a landmark ("la
/// présidentielle du 9 octobre", "le coup d'État du 26 juillet"): a noun
/// and "du" before it, not a part of the day ("la nuit du 3 au 4 mars").
fn names_a_landmark(text: &str, start: usize) -> bool {
    let prev = before(text, start, 40);
    let mut words = prev.rsplit([' ', '\u{a0}']);
    if words.next() != Some("du") {
        return false;
    }
    let noun = words.next().unwrap_or("");
    let noun = noun.rsplit('\'').next().unwrap_or(noun);
    noun.len() > 3
        && noun.chars().all(|c| c.is_alphabetic() || c == '-')
        && ![
            "nuit",
            "matinee",
            "journee",
            "soiree",
            "apres-midi",
            "aube",
            "week-end",
            "partir",
            "cours",
            "lendemain",
            "veille",
            "soir",
            "matin",
            "date",
            "semaine",
            "mois",
            "depuis",
            "lors",
            "autour",
            "pres",
            "avant",
            "apres",
            "mardi",
            "lundi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
        ]
        .contains(&noun)
}

/// Whether the date starting at `start` follows a verb of telling
/// ("a annoncé jeudi", "ont indiqué mardi").
fn dates_a_statement(text: &str, start: usize) -> bool {
    let prev = before(text, start, 24);
    let last = prev.rsplit(' ').next().unwrap_or("");
    [
        "annonce",
        "indique",
        "declare",
        "affirme",
        "precise",
        "rapporte",
        "confirme",
        "assure",
        "explique",
        "raconte",
        "revendique",
        "appris",
        "ajoute",
        "souligne",
        "signale",
        "estime",
        "denonce",
        "dement",
        "reconnu",
        // "selon un bilan fourni lundi", "un communiqué publié mardi".
        "fourni",
        "publie",
        "diffuse",
        "communique",
        "transmis",
    ]
    .iter()
    .any(|v| last.starts_with(v))
        || last == "dit"
}

/// Whether a clause (folded) that a date follows tells the day a war
/// began: "La guerre, déclenchée le 8 octobre 2023 par des tirs", "le
/// conflit, qui a éclaté le 15 avril 2023". Like a day something has gone
/// on since, it is background: the days told after it are of now.
fn war_began_on(clause: &str) -> bool {
    let mut words =
        clause.rsplit([' ', '\u{a0}', ',']).filter(|w| !w.is_empty());
    words.next() == Some("le")
        && words.next().is_some_and(|w| {
            ["declench", "eclat", "commenc", "debut"]
                .iter()
                .any(|v| w.starts_with(v))
        })
        && clause.split([' ', '\u{a0}', ',', '\'']).any(|w| {
            matches!(
                w,
                "guerre" | "conflit" | "insurrection" | "rebellion" | "crise"
            )
        })
}

/// Up to `n` bytes of text from `i`, folded, leading spaces removed.
fn after(text: &str, i: usize, n: usize) -> String {
    let mut e = i.saturating_add(n).min(text.len());
    while e > i && !text.is_char_boundary(e) {
        e -= 1;
    }
    let mut f = fold(&text[i..e]);
    let lead = f.len() - f.trim_start().len();
    f.drain(..lead);
    f
}

/// Nouns of a span of time or of what lasts (folded): "une guerre de
/// cinq ans" is a lapse where "un garçon de cinq ans" is an age.
const PERIOD_NOUNS: &[&str] = &[
    "guerre",
    "conflit",
    "combats",
    "affrontements",
    "treve",
    "paix",
    "siege",
    "blocus",
    "mandat",
    "captivite",
    "detention",
    "periode",
    "regne",
    "occupation",
    "insurrection",
    "rebellion",
    "crise",
    "transition",
    "deuil",
    "exil",
    "absence",
    "emprisonnement",
    "peine",
];

/// True when `prev` (folded, trimmed) ends with one of the phrases as
/// whole words (a phrase ending in an apostrophe may touch).
fn ends_with_any(prev: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        prev.strip_suffix(p).is_some_and(|head| {
            !p.starts_with(char::is_alphanumeric)
                || head
                    .chars()
                    .next_back()
                    .map_or(true, |c| !c.is_alphanumeric())
        })
    })
}

/// True when `next` (folded, trimmed) starts with one of the words.
fn starts_with_word(next: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        next.strip_prefix(w).is_some_and(|tail| {
            w.ends_with('\'')
                || tail.chars().next().map_or(true, |c| !c.is_alphanumeric())
        })
    })
}

/// Words after which "17 heures" is a time of day, not a duration.
const TIME_PREPS: &[&str] = &[
    "a",
    "vers",
    "des",
    "jusqu'a",
    "avant",
    "apres",
    "entre",
    "alentours de",
    "aux environs de",
    "a partir de",
    "peu avant",
    "peu apres",
];

/// Whether a time that ends at byte `end` measures a way ("7 heures de
/// route", "deux heures de marche").
fn travel_time(text: &str, end: usize) -> bool {
    let hours = text[..end].ends_with("heures")
        || text[..end].ends_with("heure")
        || text[..end].ends_with('h');
    hours
        && [
            " de route",
            " de marche",
            " de voiture",
            " de vol",
            " de piste",
            " de bateau",
            " de pirogue",
        ]
        .iter()
        .any(|p| text[end..].starts_with(p))
}

fn left_ok(text: &str, i: usize) -> bool {
    // "tout l'après-midi": noon is not the end of the afternoon.
    if text[..i].ends_with('-') && text[i..].starts_with("midi") {
        return false;
    }
    !text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// "le Mouvement du 23 mars", "le stade du 28 septembre", "le boulevard
/// du 30 juin": a day that is part of a name is no date of the story,
/// and no day later times are read against.
fn names_a_thing(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\u{a0}']);
    let Some(head) = before.strip_suffix(" du") else { return false };
    if !text[i..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word =
        head.rsplit([' ', '\u{a0}', '\'', '\u{2019}']).next().unwrap_or("");
    if word.len() > 24 {
        return false;
    }
    matches!(
        crate::normalize::fold_name(word).as_str(),
        "mouvement"
            | "coalition"
            | "alliance"
            | "front"
            | "stade"
            | "place"
            | "avenue"
            | "boulevard"
            | "pont"
            | "rue"
            | "quartier"
            | "carrefour"
            | "rond-point"
            | "lycee"
            | "college"
            | "universite"
    )
}

fn right_ok(text: &str, i: usize) -> bool {
    if text[..i].ends_with('.') {
        return true;
    }
    !text[i..].chars().next().is_some_and(char::is_alphanumeric)
}

fn ym(y: i32, m: u32) -> Option<String> {
    if (1..=9999).contains(&y) && (1..=12).contains(&m) {
        Some(format!("{y:04}-{m:02}"))
    } else {
        None
    }
}

fn yv(y: i32) -> Option<String> {
    if (1..=9999).contains(&y) {
        Some(format!("{y:04}"))
    } else {
        None
    }
}

/// Where the sentence around `[start, end)` begins and ends.
fn sentence_window(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut s = start.saturating_sub(160);
    while s < start && !text.is_char_boundary(s) {
        s += 1;
    }
    // The marks are ASCII: a byte search finds them where a search by
    // char would, without decoding the chars.
    let b = text.as_bytes();
    let s = match b[s..start].iter().rposition(ends_sentence) {
        Some(k) => s + k + 1,
        None => s,
    };
    let mut e = end.saturating_add(160).min(text.len());
    while e > end && !text.is_char_boundary(e) {
        e -= 1;
    }
    let e = match b[end..e].iter().position(ends_sentence) {
        Some(k) => end + k,
        None => e,
    };
    (s, e)
}

/// Whether `rest` starts with a verb of saying ("indiqué une source",
/// "-t-il affirmé"): the past auxiliary before it opens a reporting
/// clause.
fn reports_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '-']);
    let rest = rest
        .strip_prefix("t-il ")
        .or_else(|| rest.strip_prefix("t-elle "))
        .unwrap_or(rest);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(fold_char)
        .collect();
    matches!(
        word.as_str(),
        "indique"
            | "affirme"
            | "declare"
            | "precise"
            | "annonce"
            | "ajoute"
            | "assure"
            | "rapporte"
            | "explique"
            | "souligne"
            | "confie"
            | "estime"
            | "dit"
            | "raconte"
            | "confirme"
            | "fait"
            | "signale"
            | "temoigne"
    )
}

/// Whether `head` (the sentence up to a date) ends with a past participle
/// that tells of a deed done on the date: "conclu", "signée", "lancés";
/// not one that tells of a plan ("prévu", "programmée", "attendu",
/// "reporté") nor a present passive ("est organisée jeudi").
fn participle_dates_deed(head: &str) -> bool {
    const PLANNED: &[&str] = &[
        "prev", "programm", "fix", "report", "repouss", "convoqu", "envisag",
        "planifi", "organis",
    ];
    let mut words = head
        .trim_end()
        .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'));
    let Some(w) = words.next() else { return false };
    let w = w.to_lowercase();
    let u_family = ["u", "ue", "us", "ues"];
    let e_family = ["ées", "és", "ée", "é"];
    // "conclu", "survenue", "tenus"; a first-group participle of more
    // than a syllable ("mené", "signée"; not "de", "le", "une").
    let participle = if let Some(stem) =
        u_family.iter().find_map(|x| w.strip_suffix(x))
    {
        matches!(stem, "concl" | "surven" | "ten" | "interven" | "obten")
    } else if let Some(stem) = e_family.iter().find_map(|x| w.strip_suffix(x))
    {
        let stem: String = stem.chars().map(fold_char).collect();
        stem.len() >= 3
            && !PLANNED.iter().any(|p| stem.starts_with(p))
            // Nouns in "-ée": "dans la matinée", "l'armée", "l'année".
            && !matches!(
                stem.as_str(),
                "matin" | "soir" | "journ" | "ann" | "arm" | "entr" | "arriv"
                    | "dur" | "pens" | "vall" | "musé" | "muse" | "lyc"
                    | "pors" | "foss" | "rang" | "cheminé" | "chemine"
            )
    } else {
        false
    };
    if !participle {
        return false;
    }
    // "est organisée jeudi", "sont attendus": a present passive tells of
    // what is to come.
    !matches!(
        words.next().map(|x| x.to_lowercase()).as_deref(),
        Some(
            "est"
                | "sont"
                | "sera"
                | "seront"
                | "soit"
                | "soient"
                | "etre"
                | "être"
        )
    )
}

/// True for the marks that end a sentence for [`sentence_window`].
fn ends_sentence(b: &u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b';' | b'\n')
}

/// Whether `rest` opens with a word of calling ("appel", "appelle"): the
/// cue of a call to act on a day, which tells the future only before it.
fn is_call(rest: &str) -> bool {
    rest.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("appel"))
}

/// The tense of the sentence around `[start, end)`: the nearest tense cue
/// wins, a future one over a past one as near.
fn tense_near(text: &str, start: usize, end: usize) -> Tense {
    let (s, e) = sentence_window(text, start, end);
    // "l'accord conclu jeudi", "l'attaque menée mardi": a participle right
    // before the day dates a deed done, whatever the sentence says of the
    // future ("le cessez-le-feu prévu par l'accord conclu jeudi").
    if participle_dates_deed(&text[s..start]) {
        return Tense::Past;
    }
    let window = &text[s..e];
    // The distance to the date of the nearest match of `re` in the window
    // that is at most `limit` away, the search starting at byte `from` of
    // the window (where no match that counts can start earlier or run
    // across).
    let nearest = |re: &Regex, from: usize, limit: usize| -> Option<usize> {
        let mut best: Option<usize> = None;
        let mut at = from;
        while let Some(m) = re.find_at(window, at) {
            at = m.end();
            let (ms, me) = (s + m.start(), s + m.end());
            if ms >= start && me <= end {
                continue;
            }
            // The boundaries are ASCII ones: "a" ending "Nouméa" starts
            // after a letter with an accent and is no word.
            if text[..ms].chars().next_back().is_some_and(char::is_alphabetic)
            {
                continue;
            }
            // "a lancé mardi soir un appel à l'apaisement": a call after
            // the date is what was said that day.
            if ms >= end && is_call(&text[ms..]) {
                continue;
            }
            // "doivent reprendre dimanche, a indiqué une source": the
            // verb of a reporting clause after a comma tells when it was
            // said, not when it happens.
            if ms >= end
                && text[end..ms].trim_end().ends_with([',', '»'])
                && reports_after(&text[me..])
            {
                continue;
            }
            let dist =
                if me <= start { start - me } else { ms.saturating_sub(end) };
            if dist <= limit && best.map_or(true, |d| dist < d) {
                best = Some(dist);
            }
            if ms >= end {
                // The matches come in order: the later ones are farther.
                break;
            }
        }
        best
    };
    let past = nearest(&PAST_CUE, 0, usize::MAX);
    // Only a future cue at most as far as the nearest past one counts.
    // Such a cue made of word chars only ends at or after `start - limit`,
    // so it starts after the last ASCII char before there that is not a
    // word char, and no match runs across that char.
    let limit = past.unwrap_or(usize::MAX);
    let from = match start.checked_sub(limit) {
        Some(t) if t > s => window.as_bytes()[..t - s]
            .iter()
            .rposition(|&b| {
                b.is_ascii() && !(b.is_ascii_alphanumeric() || b == b'_')
            })
            .map_or(0, |k| k + 1),
        _ => 0,
    };
    match (nearest(&FUTURE_CUE, from, limit), past) {
        (Some(_), _) => Tense::Future,
        (None, Some(_)) => Tense::Past,
        (None, None) => Tense::Unknown,
    }
}

// ---------------------------------------------------------------------
// Resolution helpers
// ---------------------------------------------------------------------

/// Whether the folded words before a date end on a participle of
/// putting off or setting and "au", "à" or "pour le" ("reporté au",
/// "repoussée à", "fixé au", "prévue pour le").
fn put_off_to(lead: &str) -> bool {
    let mut words = lead.split_whitespace().rev();
    let (Some(p), Some(v)) = (words.next(), words.next()) else {
        return false;
    };
    let v = match p {
        "au" | "a" => v,
        "le" if v == "pour" => match words.next() {
            Some(w) => w,
            None => return false,
        },
        _ => return false,
    };
    ["report", "repouss", "fixe", "prevu", "programme", "renvoye", "ajourne"]
        .iter()
        .any(|s| v.starts_with(s))
}

/// The weekday written right after a time ending at byte `end` of
/// `text` ("07h00 mardi"), and where it ends; none when a day of the
/// month follows it ("à 8h lundi 3 mars" is a full date's), nor a
/// letter or hyphen ("mardi-gras").
fn weekday_after_time(text: &str, end: usize) -> Option<(u32, usize)> {
    let rest = text.get(end..)?;
    let word = rest.strip_prefix(' ')?;
    // (Weekdays are ASCII: nine bytes tell, however long the word.)
    let len = word
        .bytes()
        .take(9)
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(word.len().min(9));
    let w = &word[..len];
    // ("hier" is a day word but no weekday: `weekday_number` below
    // turns it away.)
    if !is_day_word(w) {
        return None;
    }
    let tail = &word[len..];
    if tail.starts_with('-')
        || tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some((weekday_number(w)?, end + 1 + len))
}

/// The weekday `wd` relative to `dct`.
fn resolve_weekday(
    dct: Date,
    wd: u32,
    tense: Tense,
    strict: bool,
) -> Option<Date> {
    let cur = i64::from(dct.weekday());
    let wd = i64::from(wd);
    match tense {
        Tense::Future => {
            let mut delta = (wd - cur).rem_euclid(7);
            if delta == 0 && strict {
                delta = 7;
            }
            dct.add_days(delta)
        }
        _ => {
            let mut delta = (cur - wd).rem_euclid(7);
            if delta == 0 && strict {
                delta = 7;
            }
            dct.add_days(-delta)
        }
    }
}

/// Days before the DCT from which a date told starts a chronicle of the
/// past (see [`State::narrative`]).
const NARRATIVE_GAP: i64 = 200;

/// Bytes after the last date of a chronicle within which it still dates
/// the days told without a year.
const NARRATIVE_REACH: usize = 2000;

/// Days before the DCT within which a day or month without a year is
/// taken as recent rather than as a chronicle's.
const RECENT_DAYS: i64 = 30;

/// The day of a value `YYYY-MM-DD…`, or the first of the month of a
/// value `YYYY-MM`; none for other values (years, weeks, durations).
fn day_or_month_of(v: &str) -> Option<Date> {
    let b = v.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = v.get(r)?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    if b.len() < 7 || b.get(4) != Some(&b'-') {
        return None;
    }
    let y = i32::try_from(num(0..4)?).ok()?;
    let m = num(5..7)?;
    match b.get(7) {
        None => Date::new(y, m, 1),
        Some(b'-') => Date::new(y, m, num(8..10)?),
        Some(_) => None,
    }
}

/// Days a chronicle may step back to a day without a year ("De la
/// mi-février à la fin mars … fin février") before that day is taken as
/// of the next year.
const CHRONICLE_BACK: i64 = 45;

/// A day and month without a year in a chronicle of the past: the first
/// such day from the chronicle's last date on ([`CHRONICLE_BACK`] days
/// before it at the earliest), if it is not after the DCT.
fn chronicle_day(
    st: &State,
    at: usize,
    month: u32,
    day: u32,
    wd: Option<u32>,
) -> Option<Date> {
    let (n, end) = st.narrative?;
    let dct = st.dct?;
    if at.saturating_sub(end) > NARRATIVE_REACH {
        return None;
    }
    let this = Date::new(n.year, month, day)?;
    let date = if this.to_days() + CHRONICLE_BACK < n.to_days() {
        Date::new(n.year + 1, month, day)?
    } else {
        this
    };
    (date <= dct && wd.map_or(true, |w| date.weekday() == w)).then_some(date)
}

/// Where `words` (ASCII, any case) end when they follow `end` past
/// blanks: "jour pour jour" after "il y a cinq ans", "ce jour" after
/// "8h30".
fn ascii_words_after(text: &str, end: usize, words: &str) -> Option<usize> {
    let rest = &text[end..];
    let lead = rest.len() - rest.trim_start().len();
    rest[lead..]
        .get(..words.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(words))
        .then_some(end + lead + words.len())
}

/// The day a time or a part of the day at `start..end` is of: `day` (the
/// anchor), unless the clause tells it on the other side of the DCT —
/// "doivent être annoncés en fin d'après-midi", "doit se tenir à 15h"
/// after a day gone by, or "est entré en vigueur en début de soirée"
/// after a day to come — then the DCT.
fn day_on_its_side(
    st: &State,
    day: Option<Date>,
    text: &str,
    start: usize,
    end: usize,
) -> Option<Date> {
    match (day, st.dct) {
        (Some(d), Some(dct))
            if d != dct && {
                let tense = tense_near(text, start, end);
                d < dct && tense == Tense::Future
                    || d > dct && tense == Tense::Past
            } =>
        {
            Some(dct)
        }
        (d, _) => d,
    }
}

/// A day and month without a year, placed relative to `dct`.
fn infer_year(
    dct: Date,
    month: u32,
    day: u32,
    tense: Tense,
    wd: Option<u32>,
) -> Option<Date> {
    let cands: Vec<Date> = [dct.year - 1, dct.year, dct.year + 1]
        .iter()
        .filter_map(|&y| Date::new(y, month, day))
        .collect();
    if let Some(wd) = wd {
        let matching: Vec<&Date> =
            cands.iter().filter(|d| d.weekday() == wd).collect();
        if let Some(best) =
            matching.iter().min_by_key(|d| (d.to_days() - dct.to_days()).abs())
        {
            return Some(**best);
        }
    }
    let this = Date::new(dct.year, month, day)
        .or_else(|| Date::new(dct.year, month, day.min(28)))?;
    let diff = this.to_days() - dct.to_days();
    let year = match tense {
        Tense::Future if diff < -31 => dct.year + 1,
        // "le sommet prévu le 15 décembre", told on 6 January: a day
        // under two months gone, rather than one eleven months ahead
        // that would have been given its year.
        Tense::Future if diff > 300 => dct.year - 1,
        Tense::Future => dct.year,
        Tense::Past if diff > 21 => dct.year - 1,
        _ if diff > 120 => dct.year - 1,
        _ if diff < -300 => dct.year + 1,
        _ => dct.year,
    };
    Date::new(year, month, day)
}

/// A month without a year, placed relative to `dct`.
fn infer_month_year(dct: Date, month: u32, tense: Tense) -> i32 {
    let diff = i64::from(month) - i64::from(dct.month);
    match tense {
        Tense::Past if diff > 0 => dct.year - 1,
        Tense::Future if diff < 0 => dct.year + 1,
        Tense::Unknown if diff > 2 => dct.year - 1,
        Tense::Unknown if diff < -9 => dct.year + 1,
        _ => dct.year,
    }
}

/// Hour and minute of a [`TIME`] match, with the zone's UTC time when
/// given: `(h, m, Some((zh, zm)))`.
struct TimeOfDay {
    hour: u32,
    minute: u32,
    utc: Option<(u32, u32)>,
    /// The zone of "heure de Moscou", "(heure de Paris)", when known.
    zone: Option<Zone>,
}

fn read_time(c: &RuleCaps<'_, '_>) -> Option<TimeOfDay> {
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let (mut hour, minute) = if let Some(h) = num("h") {
        (h, num("mi").unwrap_or(0))
    } else if let Some(h) = num("h2") {
        (h, num("mi2").unwrap_or(0))
    } else {
        let noon = fold(c.name("noon")?.as_str());
        (if noon == "midi" { 12 } else { 0 }, 0)
    };
    if let Some(dp) = c.name("dp") {
        let dp = fold(dp.as_str());
        if (dp.contains("soir") || dp.contains("apres")) && hour < 12 {
            hour += 12;
        }
        if dp.contains("matin") && hour == 12 {
            hour = 0;
        }
    }
    if hour > 23 || minute > 59 {
        return None;
    }
    let utc = if let Some(zh) = num("zh") {
        let zm = num("zm").unwrap_or(0);
        if zh > 23 || zm > 59 {
            return None;
        }
        Some((zh, zm))
    } else if c.name("zg").is_some() || c.name("zg2").is_some() {
        Some((hour, minute))
    } else {
        None
    };
    let zone = ["zc", "zc2"]
        .iter()
        .find_map(|n| c.name(n))
        .and_then(|m| zone_of(m.as_str()));
    Some(TimeOfDay { hour, minute, utc, zone })
}

/// How a city's clock stands to UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    /// The same offset all year, in minutes.
    Fixed(i64),
    /// A standard offset in minutes, an hour more from the last Sunday of
    /// March to the last Sunday of October (the European rule, which
    /// Kyiv, Beirut and Israel follow within days).
    Eu(i64),
    /// Moscow: UTC+3 since October 2014, UTC+4 from March 2011.
    Moscow,
    /// Turkey: UTC+3 since September 2016, European rule from UTC+2
    /// before.
    Turkey,
    /// Iran: UTC+3:30, and UTC+4:30 from 22 March to 21 September until
    /// 2022.
    Iran,
    /// Sudan: UTC+2 since November 2017, UTC+3 before.
    Sudan,
}

/// The zone of a city named in "heure de X" (the cities of conflict news
/// and the capitals whose hour French reporting gives); none for others,
/// and none where the rules changed too often to say.
fn zone_of(city: &str) -> Option<Zone> {
    Some(match fold(city).as_str() {
        "paris" | "bruxelles" | "berlin" | "rome" | "madrid" | "varsovie"
        | "belgrade" => Zone::Eu(60),
        "kiev" | "kyiv" | "kiyv" | "kharkiv" | "odessa" | "beyrouth"
        | "jerusalem" | "tel-aviv" | "athenes" | "chisinau" | "bucarest" => {
            Zone::Eu(120)
        }
        "londres" | "lisbonne" => Zone::Eu(0),
        "moscou" | "saint-petersbourg" => Zone::Moscow,
        "ankara" | "istanbul" => Zone::Turkey,
        "teheran" => Zone::Iran,
        "khartoum" | "port-soudan" => Zone::Sudan,
        "riyad" | "djeddah" | "bagdad" | "erbil" | "doha" | "koweit"
        | "sanaa" | "aden" | "addis-abeba" | "nairobi" | "mogadiscio"
        | "djibouti" | "asmara" | "minsk" => Zone::Fixed(180),
        "kaboul" => Zone::Fixed(270),
        "islamabad" | "karachi" | "lahore" => Zone::Fixed(300),
        "new delhi" | "delhi" => Zone::Fixed(330),
        "bakou" | "erevan" | "tbilissi" | "dubai" | "abou dhabi"
        | "mascate" => Zone::Fixed(240),
        "tripoli" | "goma" | "bukavu" | "kigali" | "bujumbura" | "maputo"
        | "pretoria" | "johannesburg" | "lubumbashi" | "juba" => {
            Zone::Fixed(120)
        }
        "kinshasa" | "lagos" | "abuja" | "niamey" | "n'djamena" | "bangui"
        | "yaounde" | "douala" | "alger" | "tunis" | "luanda"
        | "brazzaville" => Zone::Fixed(60),
        "bamako" | "ouagadougou" | "dakar" | "abidjan" | "conakry"
        | "nouakchott" | "accra" | "lome" | "monrovia" | "freetown" => {
            Zone::Fixed(0)
        }
        "bogota" | "lima" => Zone::Fixed(-300),
        "pekin" | "hong kong" | "taipei" => Zone::Fixed(480),
        "tokyo" | "seoul" | "pyongyang" => Zone::Fixed(540),
        _ => return None,
    })
}

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: u32) -> Option<Date> {
    let last = Date::new(year, month, days_in_month(year, month))?;
    last.add_days(-i64::from((last.weekday() + 1) % 7))
}

impl Zone {
    /// Minutes ahead of UTC on `date` (the change of hour itself, in the
    /// night, is not told apart).
    fn offset(self, date: Date) -> Option<i64> {
        let eu_summer = |date: Date| -> Option<bool> {
            let from = last_sunday(date.year, 3)?;
            let to = last_sunday(date.year, 10)?;
            Some(date >= from && date < to)
        };
        Some(match self {
            Zone::Fixed(m) => m,
            Zone::Eu(m) => m + if eu_summer(date)? { 60 } else { 0 },
            Zone::Moscow => {
                if date >= Date::new(2014, 10, 26)? {
                    180
                } else if date >= Date::new(2011, 3, 27)? {
                    240
                } else {
                    return None;
                }
            }
            Zone::Turkey => {
                if date >= Date::new(2016, 9, 7)? {
                    180
                } else {
                    120 + if eu_summer(date)? { 60 } else { 0 }
                }
            }
            Zone::Iran => {
                let summer = date.year <= 2022
                    && date >= Date::new(date.year, 3, 22)?
                    && date < Date::new(date.year, 9, 22)?;
                210 + if summer { 60 } else { 0 }
            }
            Zone::Sudan => {
                if date >= Date::new(2017, 11, 1)? {
                    120
                } else {
                    180
                }
            }
        })
    }
}

/// The TIMEX3 value of a time on `date`.
fn time_value(date: Date, t: &TimeOfDay) -> Option<String> {
    // "18h00 (heure de Kyiv)": the UTC time, from the city's offset.
    if let (None, Some(off)) = (t.utc, t.zone.and_then(|z| z.offset(date))) {
        let total = i64::from(t.hour * 60 + t.minute) - off;
        let day = date.add_days(total.div_euclid(1440))?;
        let mins = total.rem_euclid(1440);
        return Some(day_and_time(day, mins / 60, mins % 60, "Z"));
    }
    match t.utc {
        None => Some(day_and_time(
            date,
            i64::from(t.hour),
            i64::from(t.minute),
            "",
        )),
        Some((zh, zm)) => {
            let local = i64::from(t.hour * 60 + t.minute);
            let utc = i64::from(zh * 60 + zm);
            // The zone offset lies within -12h..+14h; a larger gap means
            // the UTC time falls on the day before or after.
            let mut offset = local - utc;
            if offset > 14 * 60 {
                offset -= 1440;
            } else if offset < -12 * 60 {
                offset += 1440;
            }
            let total = local - offset;
            let shift = total.div_euclid(1440);
            let mins = total.rem_euclid(1440);
            let day = date.add_days(shift)?;
            Some(day_and_time(day, mins / 60, mins % 60, "Z"))
        }
    }
}

/// `{day}T{hour:02}:{minute:02}{zone}`, the fields of two digits written
/// by hand.
fn day_and_time(day: Date, hour: i64, minute: i64, zone: &str) -> String {
    let mut out = day.to_string();
    out.push('T');
    push_two_digits(&mut out, hour);
    out.push(':');
    push_two_digits(&mut out, minute);
    out.push_str(zone);
    out
}

/// `{n:02}` of `n`, by hand when it has two digits.
fn push_two_digits(out: &mut String, n: i64) {
    if (0..100).contains(&n) {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    } else {
        use std::fmt::Write as _;
        let _ = write!(out, "{n:02}");
    }
}

/// The news bulletins named by their hour: "le journal de 13h".
const NEWS_HOURS: &[&str] = &[
    "journal de",
    "journal du",
    "edition de",
    "edition du",
    "flash de",
    "bulletin de",
];

/// True when a time match at `start` really is a time of day and not a
/// duration (`pendant 48 heures`, `deuil de 72h`).
fn time_is_plausible(text: &str, start: usize, c: &RuleCaps<'_, '_>) -> bool {
    let prev = before(text, start, 40);
    let has_extra = c.name("dp").is_some()
        || c.name("loc").is_some()
        || c.name("zc2").is_some()
        || c.name("zh").is_some()
        || c.name("zg").is_some()
        || c.name("zg2").is_some();
    // "à 17h", and also after the words and marks that start a time in
    // lists and ranges ("de 8h à 10h", "lundi, 8h30", "12 mars | 14h").
    let time_prep = ends_with_any(&prev, TIME_PREPS)
        || ends_with_any(&prev, &["de", "et", "depuis", "-", "–", "|", ","]);
    if c.name("noon").is_some() {
        return has_extra || time_prep;
    }
    if c.name("h2").is_some() {
        return true;
    }
    let hour: u32 =
        c.name("h").and_then(|m| m.as_str().parse().ok()).unwrap_or(99);
    if hour > 23 {
        return false;
    }
    if has_extra || c.name("mi").is_some() {
        return true;
    }
    let spelled =
        c.get(0).map(|m| fold(m.as_str()).contains("heure")).unwrap_or(false);
    let duration_cue = ends_with_any(
        &prev,
        &[
            "pendant",
            "durant",
            "les",
            "dernieres",
            "prochaines",
            "ces",
            "en",
            "plus de",
            "moins de",
            "pres de",
            "au moins",
            "environ",
            "au bout de",
            "d'ici",
            "quelque",
            "de",
            "d'",
            "des",
            "sous",
            "premieres",
        ],
    );
    // "le journal de 13h", "l'édition de 20 heures".
    if ends_with_any(&prev, NEWS_HOURS) {
        return true;
    }
    if spelled {
        // "17 heures" is a time only after a time preposition.
        ends_with_any(&prev, TIME_PREPS)
    } else if ends_with_any(
        &prev,
        &["aux environs de", "alentours de", "a partir de", "peu avant"],
    ) {
        // "aux environs de 14h": the "de" of a time preposition, not of
        // a duration ("plus de 72h").
        true
    } else {
        !duration_cue
            || ends_with_any(&prev, &["de", "des"])
                && after(text, c.get(0).map_or(start, |m| start + m.end()), 8)
                    .starts_with('a')
    }
}

// ---------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------

/// A resolved candidate, span relative to the text.
struct Cand {
    end: usize,
    value: Option<String>,
    granularity: Granularity,
    tense: Tense,
    /// Day this expression fixes for later times and parts of the day.
    anchor: Option<Date>,
    /// Year this expression fixes for later `cette année-là`.
    year: Option<i32>,
    /// A night from one day to the next ("la nuit de lundi à mardi"),
    /// whose day is the later one.
    night: bool,
}

/// State carried along the text.
struct State {
    dct: Option<Date>,
    last_day: Option<(Date, usize)>,
    last_year: Option<i32>,
    /// Whether the day of `last_day` is the later day of a night.
    night: bool,
    /// The last date told (day or month) when it lies well before the
    /// DCT, and where it ends: a chronicle of past events ("Le 17 février
    /// 2011 … Le 20 février, …") dates its days without a year from it.
    narrative: Option<(Date, usize)>,
    /// The last day a period was told to start from ("depuis le 8
    /// octobre"), and where it ends: the day before or after it may be
    /// told, but no time of day is of it.
    since_day: Option<(Date, usize)>,
}

impl State {
    /// The day a time or part of the day refers to: the latest
    /// day-precise date shortly before, else the DCT.
    fn anchor(&self, at: usize) -> Option<Date> {
        match self.last_day {
            Some((d, end)) if at.saturating_sub(end) <= 2000 => Some(d),
            _ => self.dct,
        }
    }

    /// The day "la veille" or "le lendemain" counts from: as
    /// [`State::anchor`], or a day a period began from if told later.
    fn day_anchor(&self, at: usize) -> Option<Date> {
        match (self.since_day, self.last_day) {
            (Some((d, e)), last)
                if at.saturating_sub(e) <= 2000
                    && last.map_or(true, |(_, le)| le < e) =>
            {
                Some(d)
            }
            _ => self.anchor(at),
        }
    }
}

fn cand(
    end: usize,
    value: Option<String>,
    granularity: Granularity,
) -> Option<Cand> {
    Some(Cand {
        end,
        value,
        granularity,
        tense: Tense::Unknown,
        anchor: None,
        year: None,
        night: false,
    })
}

/// Resolves a day-month-(year) with optional weekday and time.
#[allow(clippy::too_many_arguments)]
fn full_date(
    text: &str,
    start: usize,
    end: usize,
    st: &State,
    d: u32,
    m: u32,
    y: Option<i32>,
    wd: Option<u32>,
    c: &RuleCaps<'_, '_>,
) -> Option<Cand> {
    let mut tense = Tense::Unknown;
    let date = match y {
        Some(y) => Some(Date::new(y, m, d)?),
        None => {
            // Validate the day against a leap year before resolving.
            Date::new(2000, m, d)?;
            match st.dct {
                Some(dct) => {
                    tense = match c.name("rel").map(|r| fold(r.as_str())) {
                        Some(r) if r == "dernier" => Tense::Past,
                        Some(_) => Tense::Future,
                        // "qui livrent depuis le 9 septembre une guerre":
                        // what has gone on since a day began before now.
                        None if ends_with_any(
                            &before(text, start, 14),
                            &["depuis le", "depuis"],
                        ) =>
                        {
                            Tense::Past
                        }
                        // "Le vote a été reporté au 10 octobre": a day a
                        // thing is put off to, or set for, is to come.
                        None if put_off_to(&before(text, start, 24)) => {
                            Tense::Future
                        }
                        None => tense_near(text, start, end),
                    };
                    let near_now = infer_year(dct, m, d, tense, wd)?;
                    // A day of the last month before the DCT is of now,
                    // whatever chronicle came before ("arrivé à Djibo le
                    // 20 février" in a report of 28 February); so is a
                    // day to come.
                    let recent = near_now <= dct
                        && near_now.to_days() + RECENT_DAYS >= dct.to_days();
                    // A day that follows the chronicle's last one closely,
                    // in the text and in time, is of the chronicle, even
                    // when it is the DCT's or told as to come ("Le 10
                    // janvier 2013, … l'après-midi du 11 janvier" in a
                    // report of 11 January 2023; "À la mi-mars … Le 17
                    // mars, le Guide promet de traquer les insurgés").
                    let close = |day: Date| {
                        st.narrative.is_some_and(|(n, e)| {
                            start.saturating_sub(e) <= 600
                                && n.to_days() <= day.to_days()
                                && day.to_days() <= n.to_days() + 31
                        })
                    };
                    let chronicle = if c.name("rel").is_none() {
                        chronicle_day(st, start, m, d, wd).filter(|&day| {
                            tense != Tense::Future && !recent || close(day)
                        })
                    } else {
                        None
                    };
                    let date = chronicle.unwrap_or(near_now);
                    // "le 14 juillet dernier" is before the DCT, "le 3
                    // mars prochain" after it.
                    match c.name("rel") {
                        Some(_) if tense == Tense::Past && date > dct => {
                            Date::new(date.year - 1, m, d)
                        }
                        Some(_) if tense == Tense::Future && date <= dct => {
                            Date::new(date.year + 1, m, d)
                        }
                        _ => Some(date),
                    }
                }
                None => None,
            }
        }
    };
    let time = if c.name("h").is_some()
        || c.name("h2").is_some()
        || c.name("noon").is_some()
    {
        read_time(c)
    } else {
        None
    };
    let (value, gran) = match (date, &time) {
        (Some(date), Some(t)) => (time_value(date, t), Granularity::Time),
        (None, Some(_)) => (None, Granularity::Time),
        (date, None) => (date.map(|d| d.to_string()), Granularity::Day),
    };
    Some(Cand {
        end,
        value,
        granularity: gran,
        tense,
        anchor: date,
        year: date.map(|d| d.year),
        night: false,
    })
}

/// Applies a weekday's or relative day's tail (`soir`, `à 17h`).
fn with_tail(
    date: Option<Date>,
    c: &RuleCaps<'_, '_>,
    end: usize,
    tense: Tense,
) -> Option<Cand> {
    if c.name("h").is_some()
        || c.name("h2").is_some()
        || c.name("noon").is_some()
    {
        let t = read_time(c)?;
        let value = date.and_then(|d| time_value(d, &t));
        return Some(Cand {
            end,
            value,
            granularity: Granularity::Time,
            tense,
            anchor: date,
            year: None,
            night: false,
        });
    }
    if let Some(tp) = c.name("tp") {
        if fold(tp.as_str()) == "midi" {
            let t = TimeOfDay { hour: 12, minute: 0, utc: None, zone: None };
            return Some(Cand {
                end,
                value: date.and_then(|d| time_value(d, &t)),
                granularity: Granularity::Time,
                tense,
                anchor: date,
                year: None,
                night: false,
            });
        }
    }
    Some(Cand {
        end,
        value: date.map(|d| d.to_string()),
        granularity: Granularity::Day,
        tense,
        anchor: date,
        year: None,
        night: false,
    })
}

fn unit_letter(u: &str) -> Option<(&'static str, bool)> {
    // (designator, is a time unit)
    let u = fold(u);
    Some(if u.starts_with("an") || u.starts_with("annee") {
        ("Y", false)
    } else if u == "mois" {
        ("M", false)
    } else if u.starts_with("semaine") {
        ("W", false)
    } else if u.starts_with("jour") || u.starts_with("journee") {
        ("D", false)
    } else if u.starts_with("heure") || u == "h" {
        ("H", true)
    } else if u.starts_with("min") {
        ("M", true)
    } else if u.starts_with("seconde") {
        ("S", true)
    } else if u.starts_with("decenni") {
        ("DE", false)
    } else if u.starts_with("siecle") {
        ("CE", false)
    } else {
        return None;
    })
}

/// Reads a number of units: words or figures.
fn read_amount(s: &str) -> Option<u64> {
    let t = s.trim();
    // "une trentaine de (minutes)": about thirty, counted as thirty as the
    // casualty counts are.
    if let Some(noun) = t.strip_prefix("une ") {
        let noun = noun.split_whitespace().next()?;
        return crate::numbers::approx_noun(noun).filter(|&n| n < 1_000);
    }
    if t.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        t.split(',').next()?.parse().ok()
    } else {
        parse_number_words(t)
    }
}

fn try_rule(
    rule: Rule,
    c: &RuleCaps<'_, '_>,
    text: &str,
    start: usize,
    st: &State,
) -> Option<Cand> {
    let whole = c.get(0)?;
    let end = start + whole.end();
    if !right_ok(text, end) {
        return None;
    }
    let dct = st.dct;
    let g = |n: &str| c.name(n).map(|m| m.as_str());
    match rule {
        Rule::Range => {
            // "Flash Update n° 3 – 5 décembre": a number, then the date.
            let before = text[..start].trim_end();
            if ["n°", "N°", "nº", "Nº", "no", "No", "numéro", "Numéro"]
                .iter()
                .any(|p| before.ends_with(p))
            {
                return None;
            }
            let d1 = day_number(g("d1")?)?;
            let d2 = day_number(g("d2")?)?;
            let m2 = month_number(g("m2")?)?;
            let m1 = match g("m1") {
                Some(m) => month_number(m)?,
                None => m2,
            };
            if g("m1").is_none() && d1 >= d2 {
                return None;
            }
            let y = g("y1").or(g("y2")).and_then(year_number);
            let mut cand =
                full_date(text, start, end, st, d1, m1, y, None, c)?;
            Date::new(2000, m2, d2)?;
            cand.granularity = Granularity::Day;
            Some(cand)
        }
        Rule::FullDate => {
            let d = day_number(g("d")?)?;
            // "le 12 courant", "le 3 du mois en cours": a day of the
            // DCT's month.
            let (m, y) = match g("m") {
                Some(m) => (month_number(m)?, g("y").and_then(year_number)),
                None => {
                    g("cur")?;
                    let dct = st.dct?;
                    (dct.month, Some(dct.year))
                }
            };
            let wd = g("wd").and_then(weekday_number);
            full_date(text, start, end, st, d, m, y, wd, c)
        }
        Rule::Numeric => {
            if text[..start].ends_with(|ch: char| {
                ch.is_ascii_digit() || ch == '/' || ch == '.'
            }) {
                return None;
            }
            let d = day_number(g("d")?)?;
            let m: u32 = g("m")?.parse().ok()?;
            let ys = g("y")?;
            let mut y: i32 = ys.parse().ok()?;
            if ys.len() == 2 {
                y += if y < 70 { 2000 } else { 1900 };
            }
            if g("sep") != Some("/") && ys.len() != 4 {
                return None;
            }
            let wd = g("wd").and_then(weekday_number);
            full_date(text, start, end, st, d, m, Some(y), wd, c)
        }
        Rule::Iso => {
            let y: i32 = g("y")?.parse().ok()?;
            let date =
                Date::new(y, g("m")?.parse().ok()?, g("d")?.parse().ok()?)?;
            let mut cand =
                cand(end, Some(date.to_string()), Granularity::Day)?;
            if let (Some(h), Some(mi)) = (g("h"), g("mi")) {
                let h: u32 = h.parse().ok()?;
                let mi: u32 = mi.parse().ok()?;
                if h > 23 {
                    return None;
                }
                let z = g("z").map(|z| if z == "Z" { "Z" } else { "" });
                cand.value =
                    Some(format!("{date}T{h:02}:{mi:02}{}", z.unwrap_or("")));
                cand.granularity = Granularity::Time;
            }
            cand.anchor = Some(date);
            cand.year = Some(y);
            Some(cand)
        }
        Rule::NightWd | Rule::Weekday => {
            // "pendant la prière du vendredi": the weekly prayer, no day.
            if rule == Rule::Weekday
                && ends_with_any(
                    &before(text, start, 16),
                    &["priere du", "prieres du", "preche du", "sermon du"],
                )
            {
                return None;
            }
            let (wd, strict, tense) = if rule == Rule::NightWd {
                let wd = weekday_number(g("wd2").or(g("wd1"))?)?;
                (wd, false, tense_near(text, start, end))
            } else {
                let wd = weekday_number(g("wd")?)?;
                let rel = g("rel").map(fold);
                match rel.as_deref() {
                    Some(r) if r.starts_with("prochain") => {
                        (wd, true, Tense::Future)
                    }
                    Some(_) => (wd, true, Tense::Past),
                    None if g("since").is_some() => (wd, false, Tense::Past),
                    None => {
                        // "déployer des agents à partir de lundi", "dès
                        // mercredi": from a day on is the days to come.
                        let from = ends_with_any(
                            &before(text, start, 14),
                            &["a partir de", "d'ici", "des"],
                        );
                        // "ont mené à partir de mercredi une campagne":
                        // a past verb keeps it in the days gone.
                        let near = tense_near(text, start, end);
                        // "a appelé à une nouvelle semaine de
                        // manifestations à partir de lundi": what was
                        // called for or announced is to come.
                        let called = from && {
                            let lead = before(text, start, 120);
                            let clause = lead
                                .rsplit(['.', ';', ':', '\n'])
                                .next()
                                .unwrap_or("");
                            // (Words between: "avait appelé dès mardi à
                            // un arrêt" dates the call.)
                            let lead_len = ["a partir de", "d'ici", "des"]
                                .iter()
                                .find(|l| clause.ends_with(*l))
                                .map_or(0, |l| l.len());
                            let head = &clause[..clause.len() - lead_len];
                            [
                                "appele", "appelle", "annonce", "prevu",
                                "decide", "promis", "convoque",
                            ]
                            .iter()
                            .filter_map(|v| head.rfind(v).map(|k| k + v.len()))
                            .max()
                            .is_some_and(|k| {
                                head[k..].split_whitespace().count() >= 2
                            })
                        };
                        let tense = if from && (near != Tense::Past || called)
                        {
                            Tense::Future
                        } else {
                            near
                        };
                        // A bare weekday that is the DCT's is the DCT's
                        // day, told as past or as to come ("doivent
                        // manifester vendredi" in a Friday's dispatch):
                        // next week's is "mardi prochain".
                        (wd, false, tense)
                    }
                }
            };
            if rule == Rule::NightWd {
                if let (Some(a), Some(b)) = (g("wd1"), g("wd2")) {
                    let (a, b) = (weekday_number(a)?, weekday_number(b)?);
                    if (b + 7 - a) % 7 != 1 {
                        return None;
                    }
                }
            }
            let mut date =
                dct.and_then(|d| resolve_weekday(d, wd, tense, strict));
            let mut tense = tense;
            // "mercredi de la semaine dernière": that day of the week
            // before the DCT's (Monday to Sunday).
            if let Some(wk) = g("wk").map(fold) {
                let ahead = wk.starts_with("prochaine");
                let weeks: i64 = if ahead { 7 } else { -7 };
                date = dct.and_then(|d| {
                    d.add_days(weeks + i64::from(wd) - i64::from(d.weekday()))
                });
                tense = if ahead { Tense::Future } else { Tense::Past };
            }
            let mut cd = with_tail(date, c, end, tense)?;
            cd.night = rule == Rule::NightWd;
            Some(cd)
        }
        Rule::NightDates => {
            let d2 = day_number(g("d2")?)?;
            let m2 = month_number(g("m2")?)?;
            let y = g("y").and_then(year_number);
            let mut cand =
                full_date(text, start, end, st, d2, m2, y, None, c)?;
            cand.granularity = Granularity::Day;
            cand.night = true;
            Some(cand)
        }
        Rule::RelDay => {
            let w = fold(g("w")?);
            let delta = match w.as_str() {
                "avant-hier" => -2,
                "hier" => -1,
                "demain" => 1,
                "apres-demain" => 2,
                _ => 0,
            };
            let date = dct.and_then(|d| d.add_days(delta));
            let tense = match delta {
                d if d < 0 => Tense::Past,
                d if d > 0 => Tense::Future,
                _ => Tense::Unknown,
            };
            with_tail(date, c, end, tense)
        }
        Rule::ThisPart => {
            let w = fold(g("w")?);
            let date = if w.contains("derniere") {
                dct.and_then(|d| d.add_days(-1))
            } else {
                dct
            };
            if w.ends_with("midi") && !w.contains("apres") {
                let t =
                    TimeOfDay { hour: 12, minute: 0, utc: None, zone: None };
                let mut cd = cand(
                    end,
                    date.and_then(|d| time_value(d, &t)),
                    Granularity::Time,
                )?;
                cd.anchor = date;
                return Some(cd);
            }
            let mut cd =
                cand(end, date.map(|d| d.to_string()), Granularity::Day)?;
            cd.anchor = date;
            Some(cd)
        }
        Rule::Veille => {
            let prev = before(text, start, 30);
            if !ends_with_any(
                &prev,
                &[
                    "la", "le", "l'", "du", "au", "des", "dès la", "des le",
                    "des la", "de la", "que la", "que le", "et la", "et le",
                ],
            ) {
                return None;
            }
            let w = fold(g("w")?);
            let next = after(text, end, 12);
            // "la veille de l'attaque": relative to an event, not a day
            // we know.
            // But "avait menacé la veille d'« ouvrir les portes »", "s'être
            // emparés la veille de l'aéroport": after a participle, the
            // "de" is the verb's.
            let by_verb = {
                let lead = prev
                    .trim_end()
                    .strip_suffix("la")
                    .or_else(|| prev.trim_end().strip_suffix("le"))
                    .unwrap_or("")
                    .trim_end();
                let word = lead.rsplit(' ').next().unwrap_or("");
                word.len() > 3
                    && ["e", "es", "ee", "ees", "i", "is", "u", "us"]
                        .iter()
                        .any(|s| word.ends_with(s))
                    // ("tué la veille de l'attaque", "la veille de son
                    // procès" stay tied.)
                    && !starts_with_word(
                        ["de ", "du ", "des ", "d'"]
                            .iter()
                            .find_map(|p| next.strip_prefix(p))
                            .unwrap_or(&next)
                            .trim_start(),
                        &["l'attaque", "l'offensive", "la", "son", "sa", "leur"],
                    )
            };
            let tied = starts_with_word(&next, &["de", "du", "des", "d'"])
                && !by_verb;
            // "le même jour", "le même soir": the day told last.
            let delta = match w.as_str() {
                "avant-veille" => -2,
                "veille" => -1,
                "lendemain" => 1,
                w if w.starts_with("meme") => 0,
                _ => 2,
            };
            // "ont été tuées lundi …, au lendemain d'un bombardement": the
            // day after that event is the day being told, the one last
            // dated.
            let day_after_told =
                tied && w == "lendemain" && prev.ends_with("au");
            let date = if day_after_told {
                st.day_anchor(start)
            } else if tied {
                None
            } else {
                st.day_anchor(start).and_then(|d| d.add_days(delta))
            };
            let mut cd =
                cand(end, date.map(|d| d.to_string()), Granularity::Day)?;
            cd.anchor = date;
            Some(cd)
        }
        Rule::RelPeriod => {
            let w = fold(g("w")?);
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            let prev = before(text, start, 12);
            let delta: i64 = if w.contains("dernier")
                || w.contains("derniere")
                || w.contains("passe")
            {
                -1
            } else if w.contains("prochain") {
                1
            } else {
                0
            };
            if w.starts_with("an ") && !ends_with_any(&prev, &["l'"]) {
                return None;
            }
            let (value, gran) = if w.contains("week-end") {
                let v = dct.and_then(|d| {
                    let wd = i64::from(d.weekday());
                    let sunday = match delta {
                        -1 => d.add_days(-(wd + 1)),
                        1 => d.add_days(13 - wd),
                        _ => {
                            let t = tense_near(text, start, end);
                            if t == Tense::Past && wd < 5 {
                                d.add_days(-(wd + 1))
                            } else {
                                d.add_days(6 - wd)
                            }
                        }
                    }?;
                    Some(format!("{}-WE", sunday.week_value()?))
                });
                (v, Granularity::Week)
            } else if w.contains("semaine") {
                (
                    dct.and_then(|d| d.add_days(7 * delta))
                        .and_then(|d| d.week_value()),
                    Granularity::Week,
                )
            } else if w.contains("mois") {
                (
                    dct.and_then(|d| d.add_months(delta))
                        .and_then(|d| ym(d.year, d.month)),
                    Granularity::Month,
                )
            } else {
                (
                    dct.and_then(|d| {
                        yv(d.year.checked_add(i32::try_from(delta).ok()?)?)
                    }),
                    Granularity::Year,
                )
            };
            cand(end, value, gran)
        }
        Rule::PeriodPart => {
            let unit = fold(g("unit")?);
            // "depuis le début du mois de novembre": the month named
            // after it is the date, not this month.
            if unit == "mois" {
                let next = after(text, end, 24);
                let named = next
                    .strip_prefix("de ")
                    .or_else(|| next.strip_prefix("d'"))
                    .is_some_and(|r| {
                        let w = r.split(|c: char| !c.is_alphabetic()).next();
                        w.is_some_and(|w| {
                            w.len() >= 3 && month_number(w).is_some()
                        })
                    });
                if named {
                    return None;
                }
            }
            let rel = g("rel").map(fold).unwrap_or_default();
            let delta: i64 = if rel.starts_with("prochain") {
                1
            } else if rel.is_empty() || rel.starts_with("en") {
                0
            } else {
                -1
            };
            let (value, gran) = if unit == "mois" {
                (
                    dct.and_then(|d| d.add_months(delta))
                        .and_then(|d| ym(d.year, d.month)),
                    Granularity::Month,
                )
            } else if unit == "semaine" {
                (
                    dct.and_then(|d| d.add_days(7 * delta))
                        .and_then(|d| d.week_value()),
                    Granularity::Week,
                )
            } else {
                (
                    dct.and_then(|d| {
                        yv(d.year.checked_add(i32::try_from(delta).ok()?)?)
                    }),
                    Granularity::Year,
                )
            };
            cand(end, value, gran)
        }
        Rule::Ago | Rule::InFuture => {
            let n = fold(g("n")?);
            let unit = fold(g("u")?);
            let amount = match n.as_str() {
                "quelques" | "plusieurs" => None,
                _ => Some(i64::try_from(read_amount(&n)?).ok()?),
            };
            let sign: i64 = if rule == Rule::Ago { -1 } else { 1 };
            let (letter, _) = unit_letter(&unit)?;
            // "il y a deux semaines" is the day that many weeks back;
            // "dans deux semaines", the week ahead.
            let weeks_as_days = letter == "W" && rule == Rule::Ago;
            let gran = match letter {
                "Y" => Granularity::Year,
                "M" => Granularity::Month,
                "W" if !weeks_as_days => Granularity::Week,
                _ => Granularity::Day,
            };
            let value = match (dct, amount) {
                (Some(d), Some(a)) => {
                    let a = a.checked_mul(sign)?;
                    match letter {
                        "Y" => {
                            yv(d.year.checked_add(i32::try_from(a).ok()?)?)
                        }
                        "M" => {
                            d.add_months(a).and_then(|x| ym(x.year, x.month))
                        }
                        "W" if weeks_as_days => d
                            .add_days(a.checked_mul(7)?)
                            .map(|x| x.to_string()),
                        "W" => d
                            .add_days(a.checked_mul(7)?)
                            .and_then(|x| x.week_value()),
                        "D" => d.add_days(a).map(|x| x.to_string()),
                        // Hours: the day they lead to.
                        _ => d
                            .add_days(a.checked_div(24)?)
                            .map(|x| x.to_string()),
                    }
                }
                _ => None,
            };
            // "Il y a cinq ans jour pour jour": the very day, that many
            // years or months back.
            let to_the_day = (rule == Rule::Ago
                && matches!(letter, "Y" | "M"))
            .then(|| ascii_words_after(text, end, "jour pour jour"))
            .flatten();
            if let (Some(to), Some(d), Some(a)) = (to_the_day, dct, amount) {
                let months =
                    a.checked_mul(if letter == "Y" { 12 } else { 1 })?;
                let day = d.add_months(-months)?;
                let mut cd =
                    cand(to, Some(day.to_string()), Granularity::Day)?;
                cd.tense = Tense::Past;
                cd.anchor = Some(day);
                return Some(cd);
            }
            let mut cd = cand(end, value, gran)?;
            cd.tense = if sign < 0 { Tense::Past } else { Tense::Future };
            Some(cd)
        }
        Rule::Duration => {
            // "au cours de la semaine écoulée": the one unit just gone by;
            // a unit alone is no lapse.
            let n = match g("n") {
                Some(n) => fold(n),
                None => {
                    g("past")?;
                    // ("les semaines écoulées": how many is not told.)
                    let u = fold(g("u")?);
                    if u.ends_with('s') && u != "mois" {
                        return None;
                    }
                    "1".to_string()
                }
            };
            // "ces trois derniers jours", "des 24 dernières heures": the
            // lapse counted back from now.
            let n = {
                let w: Vec<&str> = n.split_whitespace().collect();
                match &w[..] {
                    [art, num @ .., last]
                        if !num.is_empty()
                            && matches!(*art, "ces" | "les" | "des")
                            && last.starts_with("derni") =>
                    {
                        num.join(" ")
                    }
                    _ => n,
                }
            };
            let unit = g("u")?;
            let (letter, is_time) = unit_letter(unit)?;
            let unit_f = fold(unit);
            let prev = before(text, start, 30);
            // "tuées depuis 18h", "bloqué depuis 5h du matin": since an
            // hour of the clock (a lapse of hours past a day's is written
            // "depuis 48h" or "depuis dix heures").
            if unit_f == "h"
                && g("pre").is_some_and(|p| fold(p).trim() == "depuis")
                && read_amount(&n).is_some_and(|h| h <= 23)
            {
                return None;
            }
            if (unit_f.starts_with("heure") || unit_f == "h")
                && g("pre").is_none()
            {
                // "à 17 heures" is a time, not a duration.
                let hour = read_amount(&n).unwrap_or(99);
                // "de 20h à 6h": a range of times; "le journal de 13h": a
                // news hour.
                let range = ends_with_any(&prev, &["de", "des"]) && {
                    let next = after(text, end, 12);
                    next.strip_prefix('a').is_some_and(|r| {
                        r.trim_start()
                            .starts_with(|c: char| c.is_ascii_digit())
                    })
                };
                let news_hour = ends_with_any(&prev, NEWS_HOURS);
                // "après trois heures d'affrontements", "cinq heures de
                // combats": hours of something are a lapse.
                let of_something = {
                    let next = after(text, end, 16);
                    (next.starts_with("d'") || next.starts_with("de "))
                        && ![
                            "de l'apres",
                            "de la nuit",
                            "de paris",
                            "de l'aube",
                        ]
                        .iter()
                        .any(|p| next.starts_with(p))
                };
                let time_prep = !of_something
                    && (ends_with_any(&prev, TIME_PREPS)
                        || range
                        || news_hour);
                if hour <= 23
                    && (time_prep
                        || unit_f == "h"
                            && !ends_with_any(
                                &prev,
                                &[
                                    "pendant",
                                    "durant",
                                    "les",
                                    "dernieres",
                                    "prochaines",
                                    "ces",
                                    "en",
                                    "de",
                                    "d'",
                                    "sous",
                                    "premieres",
                                ],
                            ))
                {
                    return None;
                }
            }
            if unit_f.starts_with("an") && g("pre").is_none() {
                // "une guerre civile de cinq ans", "condamné à deux ans de
                // prison": the years of a war or a sentence, no age.
                let of_period = ends_with_any(&prev, &["de", "d'"])
                    && prev
                        .trim_end_matches("d'")
                        .trim_end_matches("de")
                        .trim_end()
                        .rsplit(' ')
                        .take(2)
                        .any(|w| PERIOD_NOUNS.contains(&w));
                let next = after(text, end, 20);
                let sentence = [
                    "de prison",
                    "d'emprisonnement",
                    "de reclusion",
                    "de detention",
                ]
                .iter()
                .any(|p| next.starts_with(p));
                // Ages: "un garçon de 19 ans", "Ahmed, 45 ans".
                // "âgés de 54 et 61 ans", "de 12, 14 et 16 ans": past the
                // other ages of a list.
                let mut prev_ages: &str = &prev;
                for _ in 0..6 {
                    let p = prev_ages.trim_end();
                    let Some(p) =
                        p.strip_suffix(" et").or_else(|| p.strip_suffix(','))
                    else {
                        break;
                    };
                    let p = p.trim_end();
                    let digits =
                        p.bytes().rev().take_while(u8::is_ascii_digit).count();
                    if digits == 0 {
                        break;
                    }
                    prev_ages = &p[..p.len() - digits];
                }
                let prev_ages = prev_ages.trim_end();
                if !of_period
                    && !sentence
                    && ends_with_any(
                        prev_ages,
                        &[
                            "de", "d'", "(", ",", "a", "avait", "aura", "age",
                            "agee", "ages", "agees",
                        ],
                    )
                    || after(text, end, 4).starts_with(')')
                {
                    return None;
                }
            }
            let first = n.split_whitespace().next();
            let vague = matches!(
                first,
                Some("plusieurs" | "quelques" | "des" | "de" | "ces" | "les")
            );
            // "à quelques jours de la trêve", "à des mois de": a distance
            // in time, not a duration. ("ces derniers mois", "plusieurs
            // jours de combats", "après des mois de fermeture", "un siège
            // de plusieurs mois" are.)
            if vague
                && g("pre").is_none()
                && (ends_with_any(&prev, &["a"]) || first == Some("de"))
            {
                return None;
            }
            // "Deux jours plus tard", "trois semaines après,": a day
            // counted from the day told last before; with none, the
            // duration.
            // "Deux jours plus tard", "quatre ans plus tôt", "un mois plus
            // tôt": the day, year or month counted from the date told
            // last.
            // "Vingt-quatre heures plus tard": whole days counted in hours.
            let hour_days = letter == "H"
                && !vague
                && read_amount(&n).is_some_and(|a| a > 0 && a % 24 == 0);
            if !vague
                && g("pre").is_none()
                && (matches!(letter, "D" | "W" | "M" | "Y") || hour_days)
            {
                let rest = &text[end..];
                let lead = rest.len() - rest.trim_start().len();
                let tail = &rest[lead..];
                // ("Quatre ans plus tard" is most often told as the
                // lapse: years and months later stay durations.)
                let later = ["plus tard", "après,", "après.", "après;"]
                    .iter()
                    .find(|w| tail.starts_with(*w))
                    .filter(|_| matches!(letter, "D" | "W") || hour_days)
                    .map(|w| (w.trim_end_matches([',', '.', ';']).len(), 1));
                let earlier = ["plus tôt"]
                    .iter()
                    .find(|w| tail.starts_with(*w))
                    .map(|w| (w.len(), -1));
                let from = st
                    .last_day
                    .filter(|&(_, e)| start.saturating_sub(e) <= 2000)
                    .map(|(d, _)| d);
                if let (Some((len, sign)), Some(from)) =
                    (later.or(earlier), from)
                {
                    let a = i64::try_from(read_amount(&n)?).ok()?;
                    let a = a.checked_mul(sign)?;
                    let (value, gran, day) = match letter {
                        "Y" => (
                            yv(from
                                .year
                                .checked_add(i32::try_from(a).ok()?)?),
                            Granularity::Year,
                            None,
                        ),
                        "M" => (
                            from.add_months(a)
                                .and_then(|x| ym(x.year, x.month)),
                            Granularity::Month,
                            None,
                        ),
                        _ => {
                            let days = match letter {
                                "W" => a.checked_mul(7)?,
                                "H" => a / 24,
                                _ => a,
                            };
                            let date = from.add_days(days);
                            (
                                date.map(|d| d.to_string()),
                                Granularity::Day,
                                date,
                            )
                        }
                    };
                    let mut cd = cand(end + lead + len, value, gran)?;
                    cd.anchor = day;
                    return Some(cd);
                }
            }
            // "dans les prochains jours": a time to come that the text does
            // not fix, not a lapse (no value, as the corpora code it).
            if fold(&n).starts_with("les prochain")
                && ends_with_any(&prev, &["dans"])
            {
                return cand(end, None, Granularity::Duration);
            }
            let t = if is_time { "T" } else { "" };
            let value = if vague {
                format!("P{t}X{letter}")
            } else if matches!(letter, "DE" | "CE") && g("half").is_none() {
                // "depuis une décennie": ten years, in ISO 8601's units.
                let per = if letter == "DE" { 10 } else { 100 };
                format!("P{}Y", read_amount(&n)?.checked_mul(per)?)
            } else {
                let a = read_amount(&n)?;
                if g("half").is_some() {
                    // "deux ans et demi", "une heure et demie": the half
                    // in the unit below, as TIMEX3 values write it
                    // (P2Y6M, PT1H30M); a fraction where none divides.
                    match (t, letter) {
                        ("", "Y") => format!("P{a}Y6M"),
                        ("", "D") => format!("P{a}DT12H"),
                        ("T", "H") => format!("PT{a}H30M"),
                        ("T", "M") => format!("PT{a}M30S"),
                        _ => format!("P{t}{a}.5{letter}"),
                    }
                } else {
                    format!("P{t}{a}{letter}")
                }
            };
            cand(end, Some(value), Granularity::Duration)
        }
        Rule::MonthYear => {
            let m = month_number(g("m")?)?;
            let y = year_number(g("y")?)?;
            // "entre mars et mai 2023", "de novembre à janvier 2024": a
            // span of months is dated by its first (of the year before
            // when it comes later in the year).
            let (m, y) = match g("m0").or(g("m0a")).and_then(month_number) {
                Some(m0) if m0 > m => (m0, y - 1),
                Some(m0) => (m0, y),
                None => (m, y),
            };
            let mut cd = cand(end, ym(y, m), Granularity::Month)?;
            cd.year = Some(y);
            Some(cd)
        }
        Rule::MonthAnaphor => {
            let m = month_number(g("m")?)?;
            let which = fold(g("which")?);
            let y = if which.ends_with("-la") {
                st.last_year
            } else if which.starts_with("cette") {
                dct.map(|d| d.year)
            } else if which.contains("suivante") {
                st.last_year.map(|y| y + 1)
            } else if which.contains("precedente") {
                st.last_year.map(|y| y - 1)
            } else {
                dct.map(|d| d.year - 1)
            };
            cand(end, y.and_then(|y| ym(y, m)), Granularity::Month)
        }
        Rule::Month => {
            let prev = before(text, start, 30);
            if g("pre").is_none()
                && !ends_with_any(
                    &prev,
                    &[
                        "en",
                        "d'",
                        "de",
                        "au mois de",
                        "le mois de",
                        "jusqu'en",
                        "avant",
                        "apres",
                        "entre",
                        "et",
                        "depuis",
                        "des",
                        "fin",
                        "debut",
                        "courant",
                        "mi",
                        "d'ici",
                        "d'ici a",
                    ],
                )
            {
                return None;
            }
            // "d'ici mars", "d'ici la fin mars": a deadline ahead.
            let by = ends_with_any(&prev, &["d'ici", "d'ici la", "d'ici a"]);
            // "mai" and "mars" are also other words: want a month cue.
            let m = month_number(g("m")?)?;
            let rel = g("rel").map(fold);
            let mut tense = Tense::Unknown;
            let value = dct.and_then(|d| {
                let y = match rel.as_deref() {
                    Some("dernier") => {
                        if m < d.month {
                            d.year
                        } else {
                            d.year - 1
                        }
                    }
                    Some(_) => {
                        if m > d.month {
                            d.year
                        } else {
                            d.year + 1
                        }
                    }
                    None => {
                        // "depuis août" reaches back from now, whatever
                        // the verbs around say.
                        // ("depuis la mi-décembre", "depuis la fin
                        // novembre" too.)
                        let since = ends_with_any(
                            &prev,
                            &["depuis", "depuis la", "depuis le"],
                        ) || g("pre")
                            .is_some_and(|p| fold(p).starts_with("depuis"));
                        tense = if since {
                            Tense::Past
                        } else if by {
                            Tense::Future
                        } else {
                            match tense_near(text, start, end) {
                                // "a prolongé jusqu'à la fin mai": a term
                                // set in the past may lie ahead.
                                Tense::Past
                                    if ends_with_any(
                                        &prev,
                                        &[
                                            "jusqu'a",
                                            "jusqu'a la",
                                            "jusqu'au",
                                            "jusqu'en",
                                        ],
                                    ) =>
                                {
                                    Tense::Unknown
                                }
                                t => t,
                            }
                        };
                        let y = infer_month_year(d, m, tense);
                        // "À la mi-mars" after "le 17 février 2011": the
                        // chronicle's next such month, unless the month is
                        // the DCT's or the one before, or yet to come.
                        let months =
                            |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
                        let lag = months(d.year, d.month) - months(y, m);
                        let chronicle = st
                            .narrative
                            .filter(|&(_, e)| {
                                start.saturating_sub(e) <= NARRATIVE_REACH
                            })
                            .map(|(n, _)| {
                                // (A month back is the same year: "de la
                                // mi-février à la fin mars … fin février".)
                                if m >= n.month || m + 1 == n.month {
                                    n.year
                                } else {
                                    n.year + 1
                                }
                            })
                            .filter(|&cy| {
                                months(cy, m) <= months(d.year, d.month)
                            });
                        match chronicle {
                            Some(cy)
                                if tense != Tense::Future
                                    && !(0..=1).contains(&lag) =>
                            {
                                cy
                            }
                            _ => y,
                        }
                    }
                };
                ym(y, m)
            });
            let mut cd = cand(end, value, Granularity::Month)?;
            cd.tense = tense;
            Some(cd)
        }
        Rule::Year => {
            if text[..start].ends_with(|ch: char| {
                ch.is_ascii_digit() || ",./-".contains(ch)
            }) {
                return None;
            }
            let y = year_number(g("y")?)?;
            let prev = before(text, start, 30);
            let context = g("pre").is_some()
                || ends_with_any(
                    &prev,
                    &[
                        "en",
                        "de",
                        "d'",
                        "des",
                        "depuis",
                        "jusqu'en",
                        "avant",
                        "apres",
                        "l'an",
                        "l'annee",
                        "annee",
                        "entre",
                        "et",
                        "printemps",
                        "ete",
                        "automne",
                        "hiver",
                        "(",
                        "d'ici",
                        "a partir de",
                        "vers",
                        "fin",
                        "debut",
                        "mi",
                        "courant",
                        "au",
                        "en l'an",
                        "sur",
                        "pour",
                    ],
                );
            // "de 1999 à 2003": the end of a span of years.
            let span_end = prev.strip_suffix(" a").is_some_and(|p| {
                p.len() >= 4
                    && p.as_bytes()[p.len() - 4..]
                        .iter()
                        .all(u8::is_ascii_digit)
            });
            if !context && !span_end {
                return None;
            }
            // "de 2000 soldats": a count, not a year.
            let next = after(text, end, 20);
            let ok_next = match next.chars().next() {
                None => true,
                Some(ch) if !ch.is_alphanumeric() => {
                    // "2014,5" or "2014.12" are not years.
                    let digit_after = next.get(1..).is_some_and(|r| {
                        r.starts_with(|x: char| x.is_ascii_digit())
                    });
                    !(matches!(ch, ',' | '.' | '/') && digit_after)
                }
                Some(_) => starts_with_word(
                    &next,
                    &[
                        "et", "a", "au", "aux", "ou", "ou", "lorsque",
                        "quand", "pour", "par", "dans", "le", "la", "les",
                        "l'", "un", "une", "contre", "avec", "sous", "sur",
                        "apres", "avant", "alors", "puis", "qui", "que",
                        "qu'", "des", "du", "de", "d'", "en", "il", "ils",
                        "elle", "elles", "on", "ce", "cette", "ces", "son",
                        "sa", "ses", "leur", "leurs", "selon", "mais", "deja",
                        "jusqu'a", "pendant", "lors", "est", "sont", "a",
                    ],
                ),
            };
            // "chassés de Sinjar en 2014 vivent encore": after "en" a
            // figure is a year whatever follows it.
            let plain_year = ends_with_any(&prev, &["en", "jusqu'en"])
                && text[end..].starts_with(' ')
                && next.starts_with(char::is_alphabetic)
                && (1900..=2100).contains(&y);
            if !ok_next && !plain_year {
                return None;
            }
            let mut cd = cand(end, yv(y), Granularity::Year)?;
            cd.year = Some(y);
            Some(cd)
        }
        Rule::Decade => {
            let y = g("y")?;
            let v = match y.len() {
                2 => format!("19{}", &y[..1]),
                _ => y[..3].to_string(),
            };
            cand(end, Some(v), Granularity::Year)
        }
        Rule::Time => {
            if text[..start].ends_with(|ch: char| {
                ch.is_ascii_digit()
                    || ch == ':'
                    || ch == '/'
                    || ch == '.'
                    || ch == ','
            }) {
                return None;
            }
            if !time_is_plausible(text, start, c) {
                return None;
            }
            let t = read_time(c)?;
            // "Il est 6h34": the hour it is now, on the day of the text.
            // (Read on the last words only: the whole text before each
            // time would be copied once per time.)
            let now = {
                let lead = before(text, start, 24);
                lead.ends_with("il est") || lead.ends_with("il est desormais")
            };
            // "placé sous contrôle à 8h30 ce jour": today, the day of
            // the text (not "ce jour-là").
            let today =
                ascii_words_after(text, end, "ce jour").filter(|&to| {
                    !text[to..].starts_with(|ch: char| {
                        ch.is_alphanumeric() || ch == '-'
                    })
                });
            let end = today.unwrap_or(end);
            let today = today.is_some();
            // "entre 20h00 (17h00 GMT) lundi et 07h00 mardi", "vers 23h
            // dimanche": a weekday right after the hour names its day.
            let weekday_after = (!now && !today)
                .then(|| weekday_after_time(text, end))
                .flatten();
            let (end, named_day) = match weekday_after {
                Some((wd, to)) => {
                    let tense = tense_near(text, start, to);
                    let d = st
                        .dct
                        .and_then(|d| resolve_weekday(d, wd, tense, false));
                    (to, d)
                }
                None => (end, None),
            };
            let day = if now || today {
                day_on_its_side(st, st.dct, text, start, end)
            } else if named_day.is_some() {
                named_day
            } else {
                day_on_its_side(st, st.anchor(start), text, start, end)
            };
            let mut date = day;
            // "dans la nuit de lundi à mardi, vers 23h": an evening hour
            // of the night is on its first day.
            if t.hour >= 18
                && st.night
                && st
                    .last_day
                    .is_some_and(|(_, e)| start.saturating_sub(e) <= 300)
            {
                date = date.and_then(|d| d.add_days(-1));
            }
            let mut value = date.and_then(|d| time_value(d, &t));
            // "2h15 heure locale (22h45 GMT vendredi)": the weekday of the
            // UTC time names its day, the last such day by the text's
            // date.
            if let (Some(wd), Some(dct), Some((zh, zm))) = (
                c.name("zwd").and_then(|w| weekday_number(w.as_str())),
                st.dct,
                t.utc,
            ) {
                if let Some(d) = resolve_weekday(dct, wd, Tense::Past, false) {
                    value = Some(day_and_time(
                        d,
                        i64::from(zh),
                        i64::from(zm),
                        "Z",
                    ));
                }
            }
            let mut cd = cand(end, value, Granularity::Time)?;
            // Later times count from the night's day still.
            cd.anchor = day;
            cd.night = st.night && date != day;
            Some(cd)
        }
        Rule::PartDay => {
            let prev = before(text, start, 30);
            let has_pre = g("pre").is_some();
            let meme = g("meme").is_some();
            let ok = has_pre
                || meme
                || ends_with_any(
                    &prev,
                    &[
                        "dans la",
                        "dans l'",
                        "a l'",
                        "au cours de la",
                        "au cours de l'",
                        "pendant la",
                        "durant la",
                        "durant l'",
                        "pendant l'",
                        "en",
                        "au",
                        "des l'",
                        "tot dans la",
                        "tard dans la",
                        "tout au long de la",
                        "a la tombee de la",
                        "en pleine",
                    ],
                );
            if !ok {
                return None;
            }
            let next = after(text, end, 24);
            // "jusqu'à l'aube mercredi": the weekday after says the day;
            // it stands for the phrase.
            let first = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if is_day_word(first) && first != "hier" {
                return None;
            }
            // "la matinée du 12", "la soirée de samedi", "de la veille":
            // a day of its own follows; "dans la matinée du quartier
            // d'al-Zahra" is the complement of the verb, and the part of
            // the day stands alone.
            if starts_with_word(&next, &["de", "du", "des", "d'"]) {
                let rest = next
                    .split_once(['\'', ' '])
                    .map_or("", |(_, r)| r)
                    .trim_start();
                let word = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let loose = has_pre || meme || next.starts_with("d'");
                if loose
                    || word.is_empty()
                    || word.starts_with(|c: char| c.is_ascii_digit())
                    || is_day_word(word)
                    || matches!(
                        word,
                        "la" | "l"
                            | "lendemain"
                            | "veille"
                            | "jour"
                            | "meme"
                            | "ce"
                            | "cette"
                            | "hier"
                            | "demain"
                            | "gala"
                            | "fete"
                            | "mariage"
                            | "noel"
                            | "nouvel"
                    )
                {
                    return None;
                }
            }
            let date = day_on_its_side(st, st.anchor(start), text, start, end);
            let mut cd =
                cand(end, date.map(|d| d.to_string()), Granularity::Day)?;
            cd.anchor = date;
            Some(cd)
        }
    }
}

/// The text the rules are matched against at a candidate start: up to
/// 120 bytes from `start`, cut back to a char boundary.
fn rule_window(text: &str, start: usize) -> &str {
    let mut end = start.saturating_add(120).min(text.len());
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Finds every temporal expression in `text`, resolving against `dct`
/// when given (see the module docs for the rules). Matches are sorted by
/// `span.start` and do not overlap; relative expressions get the value
/// `None` when there is no DCT, absolute ones still resolve.
pub fn find_dates(text: &str, dct: Option<Date>) -> Vec<DateMatch> {
    find_dates_upto(text, dct, usize::MAX, usize::MAX)
}

/// [`find_dates`] cut short: the search stops at the first candidate
/// starting after byte `max_start`, or once `max_count` matches are found.
/// The matches it gives are the first ones [`find_dates`] gives: each
/// depends only on the text and on the matches before it.
fn find_dates_upto(
    text: &str,
    dct: Option<Date>,
    max_start: usize,
    max_count: usize,
) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut st = State {
        dct,
        last_day: None,
        last_year: None,
        night: false,
        narrative: None,
        since_day: None,
    };
    // The day of the last header line that holds a date alone ("Mercredi
    // 19 août 2026" above the entries of a live blog).
    let mut header_day: Option<Date> = None;
    let mut pos = 0;
    // (match end in the window, rule index) of the rules that match.
    let mut ends: Vec<(usize, usize)> = Vec::new();
    while pos < text.len() {
        let Some(m) = UNION.find_at(text, pos) else { break };
        let start = m.start();
        if start > max_start {
            break;
        }
        let next = next_char(text, start);
        if !left_ok(text, start) || names_a_thing(text, start) {
            pos = next;
            continue;
        }
        // "07h40 - Un drone …": the time that opens an entry of a live
        // blog is of the day of the header above it (or of the DCT), not
        // of the last day the entry before told of.
        if is_entry_stamp(text, start) {
            st.last_day = header_day.map(|d| (d, start));
            st.night = false;
        }
        let window = rule_window(text, start);
        // The longest candidate wins, the first rule among equals: trying
        // the rules by decreasing match end (then rule order), the first
        // that resolves is it, and the others need no captures.
        let matched = RULE_SET.matches(window);
        let mut hits = matched.iter();
        let single = match (hits.next(), hits.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        };
        let mut best: Option<Cand> = None;
        if let Some(i) = single {
            // One rule matches, the most common case: nothing to order,
            // and its captures give the match end that a separate search
            // would.
            if let Some(rule) = RULES.get(i) {
                if let Some(c) = rule.groups(window) {
                    let end = c.get(0).map_or(0, |m| m.end());
                    if right_ok(text, start + end) {
                        best = try_rule(rule.rule, &c, text, start, &st);
                    }
                }
            }
        } else {
            ends.clear();
            for i in matched.iter() {
                let Some(rule) = RULES.get(i) else { continue };
                if let Some(m) = rule.regex().find(window) {
                    ends.push((m.end(), i));
                }
            }
            ends.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            for &(end, i) in &ends {
                if !right_ok(text, start + end) {
                    continue;
                }
                let Some(rule) = RULES.get(i) else { continue };
                let Some(c) = rule.groups_at(window, end) else {
                    continue;
                };
                if let Some(found) = try_rule(rule.rule, &c, text, start, &st)
                {
                    best = Some(found);
                    break;
                }
            }
        }
        match best {
            // "à sept heures de route de Gao": a distance, no time.
            Some(c) if c.end > start && travel_time(text, c.end) => {
                pos = c.end;
            }
            Some(c) if c.end > start => {
                // "ont indiqué mardi des élus … Les assaillants sont
                // arrivés vers 20 heures": the day of a statement dates
                // the telling, not the times of the events told after it.
                // "depuis l'entrée en vigueur de la trêve, le 19 janvier":
                // the day a period began dates no time told after it.
                let since = c.anchor.is_some() && {
                    let lead = before(text, start, 80);
                    let clause =
                        lead.rsplit(['.', ';', ':']).next().unwrap_or("");
                    ends_with_any(
                        &lead,
                        &["depuis", "depuis le", "depuis la", "depuis l'"],
                    ) || clause.starts_with("depuis ")
                        || clause.contains(" depuis ")
                        || war_began_on(clause)
                };
                if let Some(d) = c.anchor {
                    if since {
                        st.since_day = Some((d, c.end));
                    } else {
                        if (st.last_day.is_none()
                            || !dates_a_statement(text, start))
                            && !names_a_landmark(text, start)
                        {
                            st.last_day = Some((d, c.end));
                            st.night = c.night;
                        }
                        if alone_on_line(text, start, c.end) {
                            header_day = Some(d);
                        }
                    }
                }
                if let Some(y) = c.year {
                    st.last_year = Some(y);
                }
                // A chronicle starts on a day ("le 17 février 2011"); a
                // month goes on with one ("En décembre 2020, … le 17
                // décembre") but starts none ("depuis juin 2022" in a
                // report of now). Nor does the day a period began from
                // ("s'affrontent depuis le 8 octobre 2023 … Fin
                // septembre"): what follows is told of now.
                if let (Some(v), Some(dct), false) = (&c.value, st.dct, since)
                {
                    if let Some(d) = day_or_month_of(v) {
                        let past = d.to_days() + NARRATIVE_GAP < dct.to_days();
                        let goes_on = st.narrative.is_some_and(|(_, e)| {
                            start.saturating_sub(e) <= NARRATIVE_REACH
                        });
                        let day = v.len() >= 10;
                        st.narrative =
                            (past && (day || goes_on)).then_some((d, c.end));
                    }
                }
                // "entre 1999 et 2003", "d'août 2023 à août 2024": a span
                // of years or months is one date, dated by its start.
                let spans_on = out.last().is_some_and(|p: &DateMatch| {
                    p.granularity == c.granularity
                        && matches!(
                            c.granularity,
                            Granularity::Year | Granularity::Month
                        )
                        && spans_from(text, p.span, start)
                });
                if spans_on {
                    if let Some(p) = out.last_mut() {
                        p.span.end = c.end;
                    }
                    pos = c.end;
                    continue;
                }
                out.push(DateMatch {
                    span: Span::new(start, c.end),
                    value: c.value,
                    granularity: c.granularity,
                    tense: c.tense,
                });
                if out.len() >= max_count {
                    break;
                }
                pos = c.end;
            }
            _ => pos = next,
        }
    }
    add_christmas(text, dct, max_start, &mut out);
    apply_stated_zone(text, &mut out);
    out.truncate(max_count);
    out
}

/// Whether the date starting at `next` ends a span that the date at
/// `first` opens: "entre 1999 et 2003", "de 1999 à 2003", "d'août 2023 à
/// août 2024".
fn spans_from(text: &str, first: Span, next: usize) -> bool {
    let Some(gap) = text.get(first.end..next) else { return false };
    let lead = before(text, first.start, 12);
    match gap {
        " et " => ends_with_any(&lead, &["entre"]),
        " à " | " a " | "-" | " - " => ends_with_any(&lead, &["de", "d'"]),
        _ => false,
    }
}

/// "Les heures sont indiquées en heure de Paris (GMT+1)": the zone a live
/// blog or a page states for all its times.
static STATED_ZONE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:heures|horaires)\s+(?:sont\s+)?(?:indiqu|donn|exprim|affich)[ée]e?s\s+en\s+heure\s+(?:(?:de|d['’])\s*(?P<city>\p{Lu}[\p{L}'’-]+)|(?P<fr>française))(?:\s*\(\s*(?:GMT|UTC)\s*(?P<sign>[+−-])\s*(?P<h>\d{1,2})\s*\))?",
    )
    .expect("stated zone pattern is valid")
});

/// Times of a text that states its zone once for all ("Les heures sont
/// indiquées en heure de Paris (GMT+1)") are in that zone: their values
/// are converted to UTC, as a time given with its zone is. A time said to
/// be local ("13h00 (heure locale)") or already in a zone keeps its own.
fn apply_stated_zone(text: &str, out: &mut [DateMatch]) {
    if !out.iter().any(|m| m.granularity == Granularity::Time) {
        return;
    }
    let Some(c) = STATED_ZONE.captures(text) else { return };
    let fixed =
        c.name("h").and_then(|h| h.as_str().parse::<i64>().ok()).map(|h| {
            let sign = if c.name("sign").is_some_and(|s| s.as_str() == "+") {
                1
            } else {
                -1
            };
            Zone::Fixed(sign * h * 60)
        });
    let zone = fixed.or_else(|| {
        if c.name("fr").is_some() {
            Some(Zone::Eu(60))
        } else {
            c.name("city").and_then(|m| zone_of(m.as_str()))
        }
    });
    let Some(zone) = zone else { return };
    for m in out.iter_mut() {
        if m.granularity != Granularity::Time
            || fold(&text[m.span]).contains("locale")
        {
            continue;
        }
        let Some(v) = m.value.as_deref() else { continue };
        // `YYYY-MM-DDTHH:MM`, no zone yet.
        let b = v.as_bytes();
        if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
            continue;
        }
        let (Some(date), Ok(hour), Ok(minute)) = (
            Date::parse(v),
            v[11..13].parse::<u32>(),
            v[14..16].parse::<u32>(),
        ) else {
            continue;
        };
        let t = TimeOfDay { hour, minute, utc: None, zone: Some(zone) };
        if let Some(value) = time_value(date, &t) {
            m.value = Some(value);
        }
    }
}

/// "jusqu'à Noël", "avant Noël": Christmas Day, the next one from the DCT
/// ("Noël dernier", "depuis Noël": the last one). Not "le père Noël", nor
/// a person called Noël ("Noël Kouamé"). Kept in text order among `out`.
fn add_christmas(
    text: &str,
    dct: Option<Date>,
    max_start: usize,
    out: &mut Vec<DateMatch>,
) {
    // Matches in text order never overlap: one look-up on each side.
    let overlaps = |out: &[DateMatch], start: usize, end: usize| {
        let at = out.partition_point(|m| m.span.start < start);
        at.checked_sub(1).is_some_and(|k| out[k].span.end > start)
            || out.get(at).is_some_and(|m| m.span.start < end)
    };
    let mut found: Vec<DateMatch> = Vec::new();
    // Where "la veille de", "le lendemain de" stand before a "Noël", in
    // text order.
    let mut told_with: Vec<(usize, usize)> = Vec::new();
    for start in memchr::memmem::find_iter(text.as_bytes(), "Noël") {
        if start > max_start {
            break;
        }
        let end = start + "Noël".len();
        let before = text[..start].trim_end();
        let after = &text[end..];
        let word_before =
            before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !left_ok(text, start)
            || !right_ok(text, end)
            || matches!(word_before, "Père" | "père" | "Papa" | "papa")
            || after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            || overlaps(out, start, end)
        {
            continue;
        }
        // "Noël 2023": the Christmas of that year.
        let year_told = after.strip_prefix(' ').and_then(|r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let y: i32 = r.get(..digits)?.parse().ok()?;
            (digits == 4
                && (1900..=2100).contains(&y)
                && !r[digits..].starts_with(|c: char| c.is_alphanumeric()))
            .then_some((y, end + 1 + digits))
        });
        let (end, year_told) = match year_told {
            Some((y, e)) if !overlaps(out, start, e) => (e, Some(y)),
            _ => (end, None),
        };
        let next = after.trim_start().starts_with("prochain");
        // "En ce temps de Noël" written on 28 December, "la veille de Noël"
        // written in early January: the Christmas just past, in the five
        // weeks after it, unless "prochain" says the next.
        let just_past = dct
            .is_some_and(|d| d.month == 12 && d.day > 25 || d.month == 1)
            && !next;
        let last = after.trim_start().starts_with("dernier")
            || matches!(word_before, "depuis" | "Depuis")
            || just_past;
        // "la veille de Noël", "le lendemain de Noël": the day before or
        // after, told with it.
        let (from, day) = match before.strip_suffix("de").map(str::trim_end) {
            Some(b) if b.ends_with("veille") => (b.len() - "veille".len(), 24),
            Some(b) if b.ends_with("lendemain") => {
                (b.len() - "lendemain".len(), 26)
            }
            _ => (start, 25),
        };
        let value = if let Some(y) = year_told {
            Date::new(y, 12, day).map(|c| c.to_string())
        } else {
            dct.and_then(|d| {
                let passed = (d.month, d.day) > (12, 25);
                let year = match (last, passed) {
                    (true, true) | (false, false) => d.year,
                    (true, false) => d.year - 1,
                    (false, true) => d.year + 1,
                };
                Date::new(year, 12, day).map(|c| c.to_string())
            })
        };
        let last = match (year_told, dct) {
            (Some(y), Some(d)) => y < d.year || y == d.year && last,
            _ => last,
        };
        if from < start {
            // The bare "veille" read before is this day.
            told_with.push((from, start));
        }
        found.push(DateMatch {
            span: Span::new(from, end),
            value,
            granularity: Granularity::Day,
            tense: if last { Tense::Past } else { Tense::Future },
        });
    }
    // One merge, not an insert each: a text may say "Noël" thousands of
    // times.
    if !told_with.is_empty() {
        out.retain(|m| {
            let k = told_with.partition_point(|t| t.1 < m.span.end);
            !told_with.get(k).is_some_and(|&(from, to)| {
                m.span.start >= from && m.span.end <= to
            })
        });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.span.start);
    }
}

/// Whether `[start, end)` is all there is on its line but spaces.
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    starts_line(text, start) && {
        let rest = text[end..].trim_start_matches([' ', '\t', '\r']);
        rest.is_empty() || rest.starts_with('\n')
    }
}

/// Whether only spaces are between the start of its line and byte `at`
/// (read back over the spaces alone: a text of one line costs nothing).
fn starts_line(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '\r']);
    head.is_empty() || head.ends_with('\n')
}

/// Whether byte `at` starts a line with a time and a dash or a colon, or
/// a time alone on its line: the stamp of an entry of a live blog
/// ("07h40 - ", "14:05 – ", "16h20" above its entry).
fn is_entry_stamp(text: &str, at: usize) -> bool {
    if !starts_line(text, at) {
        return false;
    }
    let b = text.as_bytes();
    let mut i = at;
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - from < 2 {
            *i += 1;
        }
        *i > from
    };
    if !digits(&mut i) {
        return false;
    }
    if i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if !(i < b.len() && matches!(b[i], b'h' | b'H' | b':')) {
        return false;
    }
    i += 1;
    if i < b.len() && b[i] == b' ' {
        i += 1;
    }
    digits(&mut i);
    let rest = text[i..].trim_start_matches([' ', '\t', '\r']);
    // "16h20" alone on its line, the entry below it.
    rest.starts_with(['-', ':', '\n']) || rest.starts_with(['–', '—'])
}

// ---------------------------------------------------------------------
// Document creation date
// ---------------------------------------------------------------------

/// The document creation date inferred from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DctInference {
    /// The date.
    pub date: Date,
    /// Byte span of the date expression it was read from.
    pub span: Span,
    /// Where it came from: `"published"` (Publié le …), `"dateline"`
    /// (BEYROUTH, 19 août 2017 (AFP) -), `"page-date"` (a date line near
    /// the top), `"updated"` (Mis à jour le …), `"signature"` (Fait à
    /// Niamey, le 11 décembre 2019), or `"comment-bound"` (the earliest
    /// reader-comment timestamp, when nothing else is found or when the
    /// other source is later than it).
    pub how: &'static str,
}

static PUBLISHED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        "(?i)(?-u:\\b)(?:publi[ée]e?|mis\\s+en\\s+ligne|post[ée]e?)\\s+le\\s+",
    )
    .expect("fixed pattern compiles")
});

static UPDATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new("(?i)(?-u:\\b)(?:mis\\s+[àa]\\s+jour|actualis[ée]e?|modifi[ée]e?)\\s+le\\s+")
        .expect("fixed pattern compiles")
});

/// An uppercase letter (`\\p{Lu}`), for a dateline's first char.
static UPPER: Lazy<Regex> =
    Lazy::new(|| Regex::new("^\\p{Lu}").expect("fixed pattern compiles"));

/// The ends of the dateline heads of `head`, in order: where
/// `(?m)^[ \t]*\p{Lu}[^,\n]{0,60},[ \t]*(?:le[ \t]+)?` matches
/// (`BEYROUTH, `, `Yaoundé, le `), one per line at most. Read by hand: as
/// a regex, the bounded repeat of a Unicode class made its search cost
/// more than the rest of the DCT inference together.
fn dateline_ends(head: &str) -> impl Iterator<Item = usize> + '_ {
    let b = head.as_bytes();
    let blank = move |i: usize| matches!(b.get(i), Some(b' ' | b'\t'));
    line_spans(head).filter_map(move |(ls, le)| {
        let mut i = ls;
        while blank(i) {
            i += 1;
        }
        let first = match b.get(i) {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            Some(_) => UPPER.is_match(&head[i..]),
            None => false,
        };
        if !first {
            return None;
        }
        // Up to 60 chars other than a comma, then the comma: the first
        // comma after the first char, found by a byte search, with at most
        // 60 chars (bytes that do not continue a char) before it, which
        // take at most 240 bytes.
        let lead = head[i..].chars().next().map_or(1, char::len_utf8);
        let after = &b[i + lead..le];
        let k = memchr::memchr(b',', &after[..after.len().min(241)])?;
        if after[..k].iter().filter(|&&c| c & 0xC0 != 0x80).count() > 60 {
            return None;
        }
        let mut end = i + lead + k + 1;
        while blank(end) {
            end += 1;
        }
        if b[end..].starts_with(b"le") && blank(end + 2) {
            end += 2;
            while blank(end) {
                end += 1;
            }
        }
        Some(end)
    })
}

/// The start and end (before its `\n`) of each line of `text` that has a
/// char; a text ending with `\n` has no empty last line.
fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let ls = start;
        let le = line_end(text, ls);
        start = le + 1;
        Some((ls, le))
    })
}

/// A "Fait à Paris, le 3 mars 2020" signature line, up to the date. The
/// place is at most 40 chars long, which [`find_signature`] checks: a
/// bounded repetition of a Unicode class made most of the pattern's cost
/// to compile.
static SIGNATURE: Lazy<Regex> = Lazy::new(|| {
    Regex::new("(?im)^[ \\t]*fait\\s+[àa]\\s+[^,\\n]+,\\s*(?:le\\s+)?")
        .expect("fixed pattern compiles")
});

/// The first match of [`SIGNATURE`] in `text` whose place has at most 40
/// chars. Whitespace after `à` may go to the place or before it, so the
/// place can be the text from the first char after that whitespace to the
/// comma, or that text and one char of whitespace before it when it is
/// empty: a match fits where that text has at most 40 chars. The same
/// lines match with or without the bound, and a match found where the
/// place is longer starts on a line (`^`) before the next one to try.
fn find_signature(text: &str) -> Option<regex::Match<'_>> {
    let mut from = 0;
    loop {
        let m = SIGNATURE.find_at(text, from)?;
        let head = &m.as_str()[..m.as_str().find(',')?];
        // After the leading blanks, `fait` (four chars), whitespace and
        // `à`: whitespace and the place.
        let mut chars = head.trim_start_matches([' ', '\t']).chars();
        chars.by_ref().take(4).for_each(drop);
        let rest = chars.as_str().trim_start();
        let place = rest.get(rest.chars().next()?.len_utf8()..)?;
        if place.trim_start().chars().count() <= 40 {
            return Some(m);
        }
        from = m.start() + text[m.start()..].find('\n')? + 1;
    }
}

/// A reader-comment signature line: `Samir_75 — 25 novembre 2017 à
/// 12:15`.
static COMMENT_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        "(?m)^[ \\t]*\\S[^\\n]{0,40}?[ \\t]+[—–|-][ \\t]+\\d{1,2}(?:er)?[ \\t]+\
         \\p{L}+\\.?[ \\t]+\\d{4}[ \\t]*(?:à|-|,)?[ \\t]*\\d{1,2}[ \\t]*(?:h|:)",
    )
    .expect("fixed pattern compiles")
});

static COMMENTS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        "(?im)^[ \\t]*(?:\\d+\\s+commentaires?|commentaires?(?:\\s*\\(\\d+\\))?|\
         comments?\\s*\\(\\d+\\)|\\d+\\s+comments?|r[ée]actions?\\s*\\(\\d+\\)|\
         \\d+\\s+r[ée]actions?|laisser\\s+un\\s+commentaire|\
         ajouter\\s+un\\s+commentaire)[ \\t]*:?[ \\t]*$",
    )
    .expect("fixed pattern compiles")
});

/// Where the first [`COMMENTS`] heading of `text` starts. Every heading
/// holds the word "comment" or "action" (`réactions`), in letters whose
/// only case variants are ASCII: lines before the first line that holds
/// one cannot match, and a text without one is not searched.
fn comments_heading(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let at = |start: usize, word: &[u8]| {
        b.get(start..start + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    // Both words have a `c` as first or second letter.
    let word = memchr::memchr2_iter(b'c', b'C', b)
        .find(|&c| c > 0 && at(c - 1, b"action") || at(c, b"comment"))?;
    // A heading starts at a line start and has only whitespace (line ends
    // included) and alphanumerics (`12`, `laisser un`, `ré`) before its
    // word: no match starts before the line reached by going back over
    // those from the first word, and a search from there, with the text
    // before it as context for `^`, finds the first match of the text.
    let back = text[..word]
        .trim_end_matches(|c: char| c.is_whitespace() || c.is_alphanumeric())
        .len();
    let line_start = memchr::memrchr(b'\n', &b[..back]).map_or(0, |k| k + 1);
    COMMENTS.find_at(text, line_start).map(|m| m.start())
}

/// The starts of the lines that are [`COMMENT_LINE`]s, in order: what
/// `COMMENT_LINE.find_iter(text)` gives as match starts. A match starts at
/// a line start and stays within its line, and has a dash or bar between
/// a space or tab on each side, then spaces or tabs and a digit; only the
/// lines that have one are searched.
fn comment_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    line_spans(text)
        .filter(|&(ls, le)| {
            let line = &text[ls..le];
            has_spaced_dash_before_digit(line) && COMMENT_LINE.is_match(line)
        })
        .map(|(ls, _)| ls)
}

/// True when `line` has `-`, `|`, `–` or `—` with a space or tab just
/// before and just after, followed after its spaces and tabs by a
/// numeric char (any that `\d` matches among others).
fn has_spaced_dash_before_digit(line: &str) -> bool {
    let b = line.as_bytes();
    let blank = |i: usize| matches!(b.get(i), Some(b' ' | b'\t'));
    let digit_after = |mut i: usize| {
        while blank(i) {
            i += 1;
        }
        line[i..].starts_with(char::is_numeric)
    };
    // The dashes and the bar, and the lead byte of `–` and `—`, are looked
    // up with memchr rather than by testing every byte.
    memchr::memchr3_iter(b'-', b'|', 0xE2, b).any(|i| match b[i] {
        _ if i == 0 => false,
        b'-' | b'|' => blank(i - 1) && blank(i + 1) && digit_after(i + 1),
        _ => {
            b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0x93 | 0x94))
                && blank(i - 1)
                && blank(i + 3)
                && digit_after(i + 3)
        }
    })
}

/// A full date (with year) at the very start of `text[from..]`, from
/// [`find_dates`] without a DCT.
fn date_at(text: &str, from: usize, line_end: usize) -> Option<(Date, Span)> {
    let line = &text[from..line_end];
    // Only a first match at the start counts: the search stops at the
    // first candidate starting later, and at the first match. Where no
    // rule's head matches at the start, the candidate there (if the union
    // finds one) gives nothing, so neither does the search: the rule set
    // tells so without the union's search through the rest of the line.
    // Without a DCT, only a date written with ASCII digits resolves to a
    // day, and the match lies within the rules' window.
    // And only a full, numeric or ISO date, a range or a night between two
    // dates resolves to a day: it starts with a digit, a weekday, `premier`
    // or `nuit`. Most lines looked at here go on with an ordinary word,
    // ruled out by its first letters alone.
    if !may_start_day(line) {
        return None;
    }
    let window = rule_window(line, 0);
    if !window.bytes().any(|b| b.is_ascii_digit())
        || !RULE_SET.is_match(window)
    {
        return None;
    }
    let first = find_dates_upto(line, None, 0, 1).into_iter().next()?;
    if first.span.start != 0 {
        return None;
    }
    let date = Date::parse(first.value.as_deref()?)?;
    Some((date, Span::new(from + first.span.start, from + first.span.end)))
}

/// False when `line` cannot start with a date that resolves to a day
/// without a DCT (see [`date_at`]): it starts neither with a digit nor
/// with a weekday, `premier` or `nuit` in any case. Case-insensitive
/// matching also takes a few non-ASCII chars for ASCII letters (the long
/// s `ſ` for an `s`): a line with a non-ASCII byte within the length of
/// the longest of these words is kept.
fn may_start_day(line: &str) -> bool {
    const WORDS: [&str; 9] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "premier", "nuit",
    ];
    let b = line.as_bytes();
    let head = &b[..b.len().min(8)];
    b.first().is_some_and(u8::is_ascii_digit)
        || !head.is_ascii()
        || WORDS.iter().any(|w| {
            b.get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes()))
        })
}

fn line_end(text: &str, i: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[i..]).map_or(text.len(), |k| i + k)
}

/// Infers the document creation date from the text.
///
/// Looks, in order of trust, for "Publié le …" near the top, a dateline
/// (`BEYROUTH, 19 août 2017 (AFP) -`; a year-less one takes its year from
/// the comments or from other dates of the text), a line near the top
/// that is a date (`Mardi 12 novembre 2019 – 10h45`), "Mis à jour le …",
/// and a "Fait à …, le …" signature. Reader-comment timestamps (after a
/// `Commentaires`/`Comment (5)` heading) bound the date from above: a
/// source later than the earliest comment is replaced by it, and with no
/// other source the earliest comment date is returned.
pub fn infer_dct(text: &str) -> Option<DctInference> {
    let comments_at = comments_heading(text).or_else(|| {
        // No heading: two or more "name — date à time" lines.
        let mut lines = comment_lines(text);
        let first = lines.next()?;
        lines.next().map(|_| first)
    });
    let body_end = comments_at.unwrap_or(text.len());
    let mut top = body_end.min(3000);
    while top > 0 && !text.is_char_boundary(top) {
        top -= 1;
    }
    let head = &text[..top];

    // Upper bound from comment timestamps.
    let bound = comments_at.and_then(|at| {
        find_dates(&text[at..], None)
            .into_iter()
            .filter(|d| {
                matches!(d.granularity, Granularity::Day | Granularity::Time)
            })
            .filter_map(|d| {
                let date = Date::parse(d.value.as_deref()?)?;
                Some((date, Span::new(at + d.span.start, at + d.span.end)))
            })
            .min_by_key(|(d, _)| *d)
    });

    let mut found: Option<(Date, Span, &'static str)> = None;
    if let Some(m) = PUBLISHED.find(head) {
        if let Some((d, s)) = date_at(text, m.end(), line_end(text, m.end())) {
            found = Some((d, s, "published"));
        }
    }
    if found.is_none() {
        // The latest year of the text's dates, found on first need.
        let mut text_year: Option<Option<i32>> = None;
        for (dated, s) in datelines(text, head) {
            if let DatelineDate::Full(d) = dated {
                found = Some((d, s, "dateline"));
                break;
            } else if let DatelineDate::Yearless(mo, da) = dated {
                let year = bound.map(|(b, _)| b.year).or_else(|| {
                    *text_year.get_or_insert_with(|| {
                        find_dates(text, None)
                            .iter()
                            .filter_map(|d| Date::parse(d.value.as_deref()?))
                            .map(|d| d.year)
                            .max()
                    })
                });
                if let Some(y) = year {
                    let mut date = Date::new(y, mo, da);
                    if let (Some(dd), Some((b, _))) = (date, bound) {
                        if dd > b {
                            date = Date::new(y - 1, mo, da);
                        }
                    }
                    if let Some(d) = date {
                        found = Some((d, s, "dateline"));
                        break;
                    }
                }
            }
        }
    }
    if found.is_none() {
        // A short line near the top that is mostly a date.
        let mut line_start = 0;
        for line in head.split('\n').take(15) {
            let trimmed = line.trim();
            let lead = line.len() - line.trim_start().len();
            // Without a DCT, a date that resolves to a day holds ASCII
            // digits (its year, or a numeric or ISO date).
            if !trimmed.is_empty()
                && trimmed.chars().count() <= 60
                && trimmed.bytes().any(|b| b.is_ascii_digit())
            {
                let ds = find_dates(trimmed, None);
                let covered: usize = ds.iter().map(|d| d.span.len()).sum();
                if let Some(d) = ds.first() {
                    if covered * 10 >= trimmed.len() * 6 {
                        if let Some(date) =
                            d.value.as_deref().and_then(Date::parse)
                        {
                            let s = Span::new(
                                line_start + lead + d.span.start,
                                line_start + lead + d.span.end,
                            );
                            found = Some((date, s, "page-date"));
                            break;
                        }
                    }
                }
            }
            line_start += line.len() + 1;
        }
    }
    if found.is_none() {
        if let Some((d, s)) = opening_place_date(head) {
            found = Some((d, s, "dateline"));
        }
    }
    if found.is_none() {
        if let Some(m) = UPDATED.find(head) {
            if let Some((d, s)) =
                date_at(text, m.end(), line_end(text, m.end()))
            {
                found = Some((d, s, "updated"));
            }
        }
    }
    if found.is_none() {
        if let Some(m) = find_signature(&text[..body_end]) {
            if let Some((d, s)) =
                date_at(text, m.end(), line_end(text, m.end()))
            {
                found = Some((d, s, "signature"));
            }
        }
    }
    if found.is_none() {
        if let Some((d, s)) = closing_place_date(&text[..body_end]) {
            found = Some((d, s, "signature"));
        }
    }
    match (found, bound) {
        (Some((d, s, how)), Some((b, _))) if d <= b => {
            Some(DctInference { date: d, span: s, how })
        }
        (Some((d, s, how)), None) => {
            Some(DctInference { date: d, span: s, how })
        }
        (_, Some((b, s))) => {
            Some(DctInference { date: b, span: s, how: "comment-bound" })
        }
        (None, None) => None,
    }
}

/// The date of a closing line that gives where and when a communiqué or
/// letter was issued, without "Fait à": `Hassaké, le 15 janvier 2025` or
/// `Goma, 3 mars 2025.` as one of the last three non-empty lines of the
/// body (see [`place_date_line`]).
fn closing_place_date(body: &str) -> Option<(Date, Span)> {
    let mut end = body.len();
    let mut seen = 0;
    while seen < 3 && end > 0 {
        let start = body[..end].rfind('\n').map_or(0, |k| k + 1);
        let line_end = end;
        end = start.saturating_sub(1);
        if body[start..line_end].trim().is_empty() {
            continue;
        }
        seen += 1;
        if let Some(found) = place_date_line(body, start, line_end) {
            return Some(found);
        }
    }
    None
}

/// The same line under a letterhead, among the first twelve lines of the
/// text: "COMMUNIQUÉ DE PRESSE / Zamboanga, le 28 janvier 2024".
fn opening_place_date(text: &str) -> Option<(Date, Span)> {
    let mut start = 0;
    for line in text.split_inclusive('\n').take(12) {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        if let Some(found) = place_date_line(text, start, end) {
            return Some(found);
        }
        // Past the letterhead: the first sentence of the text.
        let t = line.trim();
        if t.ends_with(['.', '!', '?']) && t.split_whitespace().count() >= 4 {
            return None;
        }
        start += line.len();
    }
    None
}

/// The date of the line `text[start..end]` when it is only where and
/// when: one to four capitalized words (or particles) before a comma,
/// an optional "le", and a full date that ends the line (a final full
/// stop aside), in at most 70 chars.
fn place_date_line(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(Date, Span)> {
    let line = &text[start..end];
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 70 {
        return None;
    }
    let lead = line.len() - line.trim_start().len();
    let comma = trimmed.find(',')?;
    let words: Vec<&str> = trimmed[..comma].split_whitespace().collect();
    let capitalized = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(*w, "de" | "du" | "des" | "la" | "el" | "al")
    };
    if words.is_empty()
        || words.len() > 4
        || !words[0].chars().next().is_some_and(char::is_uppercase)
        || !words.iter().all(capitalized)
    {
        return None;
    }
    let after = trimmed[comma + 1..].trim_start();
    let after = after.strip_prefix("le ").map_or(after, str::trim_start);
    let from = start + lead + (trimmed.len() - after.len());
    let stop = start + lead + trimmed.trim_end_matches('.').len();
    let (d, s) = date_at(text, from, stop)?;
    (s.end == stop).then_some((d, s))
}

/// The date of a dispatch dateline: full, or day and month alone.
enum DatelineDate {
    Full(Date),
    Yearless(u32, u32),
}

/// The dated datelines of `head` (the top of `text`), in order: a line
/// that opens on a capitalized place and a comma, then a date followed by
/// a dash or colon, after an optional bracket (`BEYROUTH, 19 août 2017
/// (AFP) -`, `BAMAKO, 5 août (AFP) -`), with the date's span.
fn datelines<'a>(
    text: &'a str,
    head: &'a str,
) -> impl Iterator<Item = (DatelineDate, Span)> + 'a {
    dateline_ends(head).filter_map(move |m_end| {
        let le = line_end(text, m_end);
        let rest = &text[m_end..le];
        if let Some((d, s)) = date_at(text, m_end, le) {
            // Folding changes none of the chars looked at here but `‐` and
            // `‑`, which it makes `-`, and keeps whitespace whitespace:
            // only the first char after the bracket is folded.
            let tail = text[s.end..le].trim_start();
            let tail = if tail.starts_with('(') {
                tail.find(')').map_or("", |k| tail[k + 1..].trim_start())
            } else {
                tail
            };
            tail.chars()
                .next()
                .map(fold_char)
                .is_some_and(|c| matches!(c, '-' | '–' | '—' | ':'))
                .then_some((DatelineDate::Full(d), s))
        } else {
            // "NAMPULA, Mozambique, 27 décembre (Reuters) -": past the
            // country that may follow the place.
            let (skip, (mo, da, len)) = match yearless_dateline(rest) {
                Some(found) => (0, found),
                None => {
                    let skip = country_after_place(rest)?;
                    (skip, yearless_dateline(&rest[skip..])?)
                }
            };
            let at = m_end + skip;
            Some((DatelineDate::Yearless(mo, da), Span::new(at, at + len)))
        }
    })
}

/// The date span of the text's dispatch dateline (`BAMAKO, 12 mars (AFP)
/// -`), with or without a year: when the document's date is given rather
/// than read from the dateline, the dateline still dates the dispatch,
/// not the events it reports.
pub fn dateline_span(text: &str) -> Option<Span> {
    let mut top = text.len().min(3000);
    while top > 0 && !text.is_char_boundary(top) {
        top -= 1;
    }
    datelines(text, &text[..top]).next().map(|(_, s)| s)
}

/// A dateline's day and month, and maybe a remark in brackets of at most
/// 20 chars, which [`yearless_dateline`] checks: a bounded repetition of a
/// Unicode class made half of the pattern's cost to compile.
static YEARLESS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        "(?i)^(?P<d>{DAYN})\\s+(?P<m>{MONTH})\\s*(?:\\([^)\\n]+\\)\\s*)?[-–—:]"
    ))
    .expect("fixed pattern compiles")
});

/// The byte length of a capitalized name of at most 40 bytes, its comma
/// and the spaces after it, that open `rest` ("Mozambique, ").
fn country_after_place(rest: &str) -> Option<usize> {
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // (A byte search: byte 41 may fall inside a char.)
    let k = memchr::memchr(b',', &rest.as_bytes()[..rest.len().min(41)])?;
    if rest[..k].contains(|c: char| c.is_ascii_digit() || c == '(') {
        return None;
    }
    let after = &rest[k + 1..];
    Some(k + 1 + (after.len() - after.trim_start_matches([' ', '\t']).len()))
}

/// `5 août (AFP) -`: month, day and the byte length of `5 août`.
fn yearless_dateline(rest: &str) -> Option<(u32, u32, usize)> {
    // The pattern starts with a day: a digit (any that `\d` matches,
    // which may be non-ASCII) or `premier`.
    if !rest.bytes().next().is_some_and(|b| {
        b.is_ascii_digit() || b == b'p' || b == b'P' || !b.is_ascii()
    }) {
        return None;
    }
    let c = YEARLESS.captures(rest)?;
    let d = day_number(c.name("d")?.as_str())?;
    let m = c.name("m")?;
    // After the month and whitespace, a bracket opens the remark, which
    // then runs to the first closing one; else a dash or colon follows.
    if let Some(remark) = rest[m.end()..].trim_start().strip_prefix('(') {
        let close = remark.find(')')?;
        if remark[..close].chars().count() > 20 {
            return None;
        }
    }
    let month = month_number(m.as_str())?;
    Date::new(2000, month, d)?;
    Some((month, d, m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The digits written by hand are the text of the format strings, for
    /// every field width, in range or not.
    #[test]
    fn date_display_as_format() {
        for year in [-20, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2017, 9999] {
            for year in [year, year + 10000, year * 100] {
                for month in [0, 1, 9, 10, 12, 99, 100] {
                    for day in [0, 1, 9, 10, 31, 99, 100, 1000] {
                        let d = Date { year, month, day };
                        let want = format!("{year:04}-{month:02}-{day:02}");
                        assert_eq!(d.to_string(), want);
                    }
                }
            }
        }
        let day = Date { year: 2017, month: 8, day: 27 };
        for n in [-100, -10, -1, 0, 1, 9, 10, 59, 99, 100, 1000] {
            assert_eq!(
                day_and_time(day, n, n + 1, "Z"),
                format!("{day}T{:02}:{:02}Z", n, n + 1)
            );
        }
    }

    /// The value of the first date found in `text` whose span holds `of`.
    fn value_at(text: &str, of: &str, dct: Option<Date>) -> Option<String> {
        find_dates(text, dct)
            .into_iter()
            .find(|m| text[m.span.start..m.span.end].contains(of))
            .and_then(|m| m.value)
    }

    /// Asserts the value found for each mention of `text` named in
    /// `cases` (a part of its text, and the value wanted).
    fn assert_values(text: &str, dct: Option<Date>, cases: &[(&str, &str)]) {
        for &(of, want) in cases {
            assert_eq!(value_at(text, of, dct).as_deref(), Some(want), "{of}");
        }
    }

    #[test]
    fn a_chronicle_goes_on_through_the_dcts_own_days_and_a_month_back() {
        // Ten years on, to the day: the chronicle's next day is of its
        // year, not the DCT's.
        let dct = Date::new(2023, 1, 11);
        let text = "Le 10 janvier 2013, des combattants s'emparent de Konna. \
                    Dans l'après-midi du 11 janvier, des hélicoptères frappent \
                    les colonnes. À partir du 13 janvier, des Rafale bombardent \
                    les dépôts. De la mi-février à la fin mars, les combats \
                    durent. Abou Zeid y serait mort fin février.";
        assert_values(
            text,
            dct,
            &[
                ("11 janvier", "2013-01-11"),
                ("13 janvier", "2013-01-13"),
                ("fin mars", "2013-03"),
                ("fin février", "2013-02"),
            ],
        );
        // The weekly prayer is no day.
        let text =
            "Le 15 août 2021, les talibans prennent Kaboul. En octobre \
                    2021, l'EI-K vise des mosquées pendant la prière du \
                    vendredi : un attentat fait 50 morts le 8 octobre.";
        let found = find_dates(text, Date::new(2024, 3, 25));
        assert!(found
            .iter()
            .all(|m| !text[m.span.start..m.span.end].contains("vendredi")));
        assert_values(
            text,
            Date::new(2024, 3, 25),
            &[("8 octobre", "2021-10-08")],
        );
    }

    #[test]
    fn a_chronicle_day_told_as_to_come_is_still_of_the_chronicle() {
        let dct = Date::new(2021, 2, 17);
        let text = "Le 27 février 2011, un Conseil national de transition est \
                    formé. À la mi-mars, les colonnes de Kadhafi approchent de \
                    Benghazi. Le 17 mars, le Guide promet de traquer les \
                    insurgés. Le samedi 19 mars, des avions frappent.";
        assert_values(
            text,
            dct,
            &[("17 mars", "2011-03-17"), ("samedi 19 mars", "2011-03-19")],
        );
    }

    #[test]
    fn from_a_weekday_on_is_the_days_to_come() {
        let dct = Date::new(2024, 10, 1);
        let text =
            "Les autorités annoncent l'envoi de renforts à Bamenda dès \
                    mercredi.";
        assert_values(text, dct, &[("mercredi", "2024-10-02")]);
    }

    #[test]
    fn a_term_set_in_the_past_may_lie_ahead() {
        let dct = Date::new(2025, 4, 25);
        let text =
            "Le gouvernement a prolongé jusqu'à la fin mai l'autorisation. \
                    Les combats avaient duré jusqu'en mars.";
        assert_values(
            text,
            dct,
            &[("fin mai", "2025-05"), ("mars", "2025-03")],
        );
    }

    #[test]
    fn a_zone_stated_once_for_a_page_puts_its_times_in_utc() {
        let dct = Date::new(2025, 2, 16);
        let text = "Mis à jour le 16/02/2025 à 18h05 · Les heures sont \
                    indiquées en heure de Paris (GMT+1)\n\n18h05 – Tshisekedi \
                    parle.\n\n16h40 – Vers 13h00 (heure locale), des tirs.";
        assert_values(
            text,
            dct,
            &[("18h05", "2025-02-16T17:05Z"), ("16h40", "2025-02-16T15:40Z")],
        );
        // A time said to be local keeps its clock.
        assert_values(
            text,
            dct,
            &[("13h00 (heure locale)", "2025-02-16T13:00")],
        );
        // "heure française" in summer is UTC+2.
        let text =
            "Les heures sont indiquées en heure française.\n\n22h40 — Les \
                    talibans entrent dans le palais.";
        assert_values(
            text,
            Date::new(2021, 8, 15),
            &[("22h40", "2021-08-15T20:40Z")],
        );
    }

    /// A time of day told after a statement's day ("ont indiqué mardi")
    /// falls on the day of the events, given before; with no earlier day
    /// the statement's day still anchors it.
    #[test]
    fn the_day_of_a_statement_anchors_no_later_time() {
        let dct = Some(Date { year: 2024, month: 7, day: 2 });
        let value = |text: &str, of: &str| value_at(text, of, dct);
        let told =
            "Quarante civils ont été tués lundi soir, ont indiqué mardi \
                    des élus. Les assaillants sont arrivés vers 20 heures.";
        assert_eq!(
            value(told, "20 heures").as_deref(),
            Some("2024-07-01T20:00")
        );
        let toll = "Quarante civils ont été tués lundi soir, selon un bilan \
                    fourni mardi par la police. Les assaillants sont arrivés \
                    vers 20 heures.";
        assert_eq!(
            value(toll, "20 heures").as_deref(),
            Some("2024-07-01T20:00")
        );
        let alone = "L'armée a annoncé mardi une attaque vers 20 heures.";
        assert_eq!(
            value(alone, "20 heures").as_deref(),
            Some("2024-07-02T20:00")
        );
    }

    /// A chronicle of the past dates its days and months without a year
    /// from the day it started on; a recent day, a day to come or a
    /// month told as background ("depuis juin 2022") does not.
    #[test]
    fn a_chronicle_of_the_past_dates_days_without_a_year() {
        let dct = Some(Date { year: 2021, month: 2, day: 17 });
        let value = |text: &str, of: &str| value_at(text, of, dct);
        let past = "Le 17 février 2011, Benghazi se soulève. Le 20 février, \
                    la caserne tombe. À la mi-mars, les colonnes approchent. \
                    Le samedi 19 mars, des avions frappent. Le 21 août, les \
                    insurgés entrent dans Tripoli.";
        assert_eq!(value(past, "20 février").as_deref(), Some("2011-02-20"));
        assert_eq!(value(past, "mi-mars").as_deref(), Some("2011-03"));
        assert_eq!(value(past, "19 mars").as_deref(), Some("2011-03-19"));
        assert_eq!(value(past, "21 août").as_deref(), Some("2011-08-21"));
        // A day of the last weeks is of now.
        let now = "Le 17 février 2011, Benghazi se soulève. Le convoi est \
                   arrivé le 10 février.";
        assert_eq!(value(now, "10 février").as_deref(), Some("2021-02-10"));
        // A month with its year told as background starts no chronicle.
        let background = "L'état d'urgence est en vigueur depuis juin 2019. \
                          Le 20 janvier, des hommes armés ont attaqué Gao.";
        assert_eq!(
            value(background, "20 janvier").as_deref(),
            Some("2021-01-20")
        );
        // Nor does the day a war began, told in passing.
        let dct2 = Some(Date { year: 2025, month: 2, day: 18 });
        let began = "La guerre, déclenchée le 8 octobre 2023 par des tirs de \
                     roquettes, a fait 4.000 morts. L'accord, entré en \
                     vigueur le 27 novembre, prévoit un retrait.";
        assert_eq!(
            value_at(began, "27 novembre", dct2).as_deref(),
            Some("2024-11-27")
        );
        // "Il y a dix ans jour pour jour" is that very day, and starts one.
        let dct = Some(Date { year: 2024, month: 4, day: 14 });
        let ago = "Il y a dix ans jour pour jour, 276 lycéennes étaient \
                   enlevées. Le 5 mai, le chef du groupe revendique.";
        let found = find_dates(ago, dct);
        let values: Vec<_> =
            found.iter().filter_map(|m| m.value.as_deref()).collect();
        assert_eq!(values, ["2014-04-14", "2014-05-05"]);
        // "Quatre ans plus tôt": that year; "un mois plus tôt", that month.
        let dct = Some(Date { year: 2024, month: 7, day: 26 });
        let before =
            "Le 28 février 2024, Niamey rompt avec la Cédéao. Un mois \
                      plus tôt, l'AES avait annoncé son retrait. Quatre ans \
                      plus tôt, rien de tel.";
        let found = find_dates(before, dct);
        let values: Vec<_> =
            found.iter().filter_map(|m| m.value.as_deref()).collect();
        assert_eq!(values, ["2024-02-28", "2024-01", "2020"]);
    }

    /// The day a period began from dates the day before or after it,
    /// not the times told next; "8h30 ce jour" is of the text's day.
    #[test]
    fn a_period_start_dates_no_time_and_ce_jour_is_today() {
        let dct = Some(Date { year: 2025, month: 3, day: 18 });
        let value = |text: &str, of: &str| value_at(text, of, dct);
        let since = "Des frappes sans équivalent depuis l'entrée en vigueur \
                     de la trêve, le 19 janvier. Les premières explosions \
                     ont été entendues vers 2h30.";
        assert_eq!(value(since, "2h30").as_deref(), Some("2025-03-18T02:30"));
        let eve = "Les tirs durent depuis le 8 octobre 2023, lendemain de \
                   l'attaque, la veille, du Hamas.";
        assert_eq!(value(eve, "veille").as_deref(), Some("2023-10-07"));
        // "la veille" after a participle is adverbial: its "de" is the
        // verb's; "la veille de l'attaque" is tied to an event.
        let threat = "Erdogan avait menacé la veille d'ouvrir les portes.";
        assert_eq!(value(threat, "veille").as_deref(), Some("2025-03-17"));
        let tied = "Le soldat a été tué la veille de l'attaque.";
        assert_eq!(value(tied, "veille"), None);
        let today =
            "L'offensive lancée le 20 janvier se poursuit. La ville a \
                     été prise à 8h30 ce jour.";
        assert_eq!(value(today, "8h30").as_deref(), Some("2025-03-18T08:30"));
    }

    /// A part of the day or an hour still to come is of the DCT, not of
    /// an earlier day told before.
    #[test]
    fn a_time_to_come_is_not_of_a_day_gone_by() {
        let dct = Some(Date { year: 2022, month: 11, day: 2 });
        let text = "Les pourparlers ont commencé le 25 octobre à Pretoria. \
                    Les résultats doivent être annoncés en fin d'après-midi.";
        assert_eq!(
            value_at(text, "après-midi", dct).as_deref(),
            Some("2022-11-02")
        );
        let gone =
            "Les évacuations doivent commencer jeudi. Les bombardements \
                    avaient pourtant continué jusqu'en fin d'après-midi.";
        assert_eq!(
            value_at(gone, "après-midi", dct).as_deref(),
            Some("2022-11-02")
        );
        let past = "Les pourparlers ont commencé le 25 octobre à Pretoria. \
                    Ils ont duré jusqu'en fin d'après-midi.";
        assert_eq!(
            value_at(past, "après-midi", dct).as_deref(),
            Some("2022-10-25")
        );
    }

    /// "la veille" counts from the day of the events, even paragraphs
    /// later, and not from the day the news was learnt ("a-t-on appris
    /// samedi").
    #[test]
    fn the_day_before_counts_from_the_events_day() {
        let dct = Some(Date { year: 2024, month: 3, day: 25 });
        let text = "Dix soldats ont été tués jeudi près de Diafarabé, a-t-on \
                    appris samedi de sources sécuritaires.\n\nL'attaque visait un \
                    convoi de l'armée, accompagné de mercenaires russes, sur la \
                    route nationale qui relie la ville aux localités voisines du \
                    centre du pays, selon un élu local joint par téléphone, qui \
                    a requis l'anonymat pour des raisons de sécurité évidentes.\n\n\
                    « Les terroristes ont attaqué à l'arme lourde, puis ils ont \
                    incendié les camions », a raconté un habitant de la zone. Les \
                    assaillants ont emporté des armes et des munitions avant de \
                    se replier vers la forêt, selon la même source locale.\n\n\
                    La veille, l'armée avait annoncé des frappes aériennes.";
        let veille = find_dates(text, dct)
            .into_iter()
            .find(|m| text[m.span.start..m.span.end].contains("veille"))
            .and_then(|m| m.value);
        assert_eq!(veille.as_deref(), Some("2024-03-20"));
    }

    /// A regex that two rules share matches for each where the rule's own
    /// pattern does, with the same groups, and nowhere else.
    #[test]
    fn shared_rule_regex_matches_as_each_rules_own() {
        let own = |rule: Rule| {
            let (_, p) = rule_patterns(false)
                .into_iter()
                .find(|(r, _)| *r == rule)
                .unwrap();
            Regex::new(&format!("(?i)^(?:{p})")).unwrap()
        };
        let compiled =
            |rule: Rule| RULES.iter().find(|c| c.rule == rule).unwrap();
        let texts = [
            "hier soir à 20h30 (GMT)",
            "Aujourd’hui vers 9 h 15 heures locales, puis",
            "demain matin",
            "après-demain en fin de journée",
            "AVANT-HIER dans la matinée",
            "lundi dernier à 17h",
            "depuis mardi",
            "samedi à l'aube",
            "dimanche 3 mars",
            "depuis hier",
            "hiers",
            "lundis",
            "demain\u{a0}à\u{a0}midi",
            "mardi prochain au petit matin",
            "mardi 12/03/2021 à 14h20",
            "12.3.21, 9:30",
            "mardi le 3 mars 2020 – 10h45 (heure locale)",
            "1er mars dernier",
            "premier août",
            "3 mars",
            "3-4-2020 midi",
            "31/12/99 23:59:59",
            "123/4/2020",
        ];
        for (a, b) in
            [(Rule::Weekday, Rule::RelDay), (Rule::FullDate, Rule::Numeric)]
        {
            assert!(std::ptr::eq(compiled(a).regex(), compiled(b).regex()));
            for text in texts {
                let mut matched = false;
                for rule in [a, b] {
                    let (re, c) = (own(rule), compiled(rule));
                    let got = c.captures(text);
                    let Some(want) = re.captures(text) else { continue };
                    matched = true;
                    let got = got.expect(text);
                    for (i, name) in re.capture_names().enumerate() {
                        let w = want.get(i).map(|m| m.range());
                        let g = match name {
                            Some(n) => got.name(n),
                            None => got.get(0),
                        };
                        let g = g.map(|m| m.start..m.start + m.text.len());
                        assert_eq!(g, w, "{rule:?} {name:?} in {text:?}");
                    }
                }
                let any = compiled(a).regex().is_match(text);
                assert_eq!(any, matched, "{text:?}");
            }
        }
    }

    /// `pattern` with its first `loose` part replaced by `bounded`: the
    /// pattern as it was before the bound moved into code.
    fn with_bound(pattern: &Regex, loose: &str, bounded: &str) -> Regex {
        let strict =
            Regex::new(&pattern.as_str().replacen(loose, bounded, 1)).unwrap();
        assert_ne!(strict.as_str(), pattern.as_str());
        strict
    }

    #[test]
    fn signature_search_finds_what_the_pattern_finds() {
        let strict = with_bound(&SIGNATURE, "[^,\\n]+,", "[^,\\n]{1,40},");
        let long = "é".repeat(39);
        let texts = [
            format!("Fait à {long}x, le 3 mars\nFait à {long}xy, le 4 mars"),
            format!("fait a\n\n  {long}xy, le 4\n FAIT À  {long} y, 5"),
            format!("Fait à {long}xy,\nfait à  \u{a0} {long}x,\n"),
            format!("fait à   ,\nfait à\u{a0}{long}xyz\u{a0},\nfait à x,"),
            format!("x fait à Paris,\nfait à\nfait à {long}{long},"),
            format!("fait à {long}x\nfait à Rome, le\n3 mai"),
        ];
        for text in &texts {
            let want = strict.find(text).map(|m| m.range());
            let got = find_signature(text).map(|m| m.range());
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn country_after_place_reads_bytes_not_chars() {
        assert_eq!(country_after_place("Mozambique, 27 décembre"), Some(12));
        // A char across byte 41 and no comma before it: no country, no
        // slice inside the char.
        let long = "Éééééééééééééééééééééééééééééééééééééééééé, 3 mai";
        assert_eq!(country_after_place(long), None);
        assert_eq!(country_after_place("mozambique, 3 mai"), None);
    }

    #[test]
    fn yearless_dateline_reads_what_the_pattern_reads() {
        let strict = with_bound(&YEARLESS, "[^)\\n]+", "[^)\\n]{1,20}");
        let long = "é".repeat(19);
        let texts = [
            format!("3 mars ({long}x) - BAMAKO"),
            format!("3 mars ({long}xy) - BAMAKO"),
            format!("1er sept.\u{a0}({long}xy)\u{a0}:"),
            format!("12 déc. ( ) –"),
            format!("12 déc. () –"),
            format!("premier Juin\n(x)\n—"),
            format!("3 mars (x\ny) -"),
            format!("3 mars - ({long}xyz)"),
            format!("31 juill. :"),
        ];
        for text in &texts {
            let want = strict.captures(text).and_then(|c| {
                let d = day_number(c.name("d")?.as_str())?;
                let m = c.name("m")?;
                let month = month_number(m.as_str())?;
                Date::new(2000, month, d)?;
                Some((month, d, m.end()))
            });
            assert_eq!(yearless_dateline(text), want, "{text:?}");
        }
    }

    #[test]
    fn every_rule_pattern_compiles() {
        for r in RULES.iter() {
            assert!(r.regex().captures_len() > 0);
            assert!(r.regex().captures_len() <= MAX_GROUPS);
        }
        Lazy::force(&RULE_SET);
        Lazy::force(&UNION);
    }
    /// The groups [`RuleCaps::quick`] reads are those of the captures.
    #[test]
    fn read_groups_are_the_captures() {
        let texts = [
            "dimanche",
            "Dimanche soir",
            "matin",
            "matin même",
            "mars",
            "mi-mars",
            "mi-\u{a0}mars",
            "fin mars",
            "2014",
            "depuis 2014",
            "19 août",
            "19 août 2017",
            "19\u{a0}août\u{202f}2017",
            "3 mars dernier",
            "3 MARS Prochain",
            "19 août 2017 à 14h",
            "19 août,14h",
            "19 août-14h",
            "19 sept. 2017",
            "1er mai 2017",
            "septembre 2014",
            "mi-mars 2014",
            "sept. 2014",
            "48 heures",
            "48h",
            "48,5 heures",
            "3 ans et demi",
            "trois jours",
            "2 ans",
            "12345 ans",
            "14h20",
            "7h",
            "7H",
            "14:20",
            "14:20:05",
            "14h75",
            "14 h 20",
            "14h20 (12h20 GMT)",
            "24h",
            "07h00",
            "3 jours.",
            "depuis lundi",
            "Depuis lundi",
            "mardi soir",
            "mardi dernier",
            "mardi prochaine",
            "mardi midi",
            "mardi après-midi",
            "mardi le matin",
            "nuit de vendredi à samedi",
            "nuit du samedi",
            "depuis 2014",
            "mi- 2014",
            "mi-2014",
            "fin 2019",
            "trois jours",
            "des h",
            "desjours",
            "depuis desjours",
            "de longsmois",
            "de longs mois",
            "depuis trois ans",
            "depuis 3 ans",
            "plusieurs mois",
            "quelques jours",
            "une heure",
            "vingt-deux ans",
            "pendant 48 heures",
            "semaine écoulée",
            "semaine Ecoulée",
            "24 heures ÉCOULÉES",
            "mois écoulé,",
            "an ÉCOULÉ.",
            "au moins trois jours",
            "près de trois heures",
            "mardi 10 décembre 2019",
            "Jeudi le 7 mars",
            "jeudi 7 mars",
            "jeudi\u{a0}7 mars dernier",
            "premier mai 2017",
            "1er mai 2017 à 9h",
            "25 novembre 2017 à 13:05",
            "25 novembre à 13:05",
            "25 novembre À 13h",
            "Mardi 12 novembre 2019 \u{2013} 10h45",
            "3 mars dernier à 14h",
            "19 août 2017 - 14h",
            "19 août 2017 , 14h",
            "19 août 2017 ,14h",
            "19 août 2017 -14h",
            "19 août 2017 à 14h20 (12h20 GMT)",
            "19 août 2017 à 14h20(GMT)",
            "19 août 2017 à 14:20:05",
            "19 août 2017 à 14 h",
            "19 août 2017 à midi",
            "lundi 3 mars 2025 à 7h du matin",
            "lundi le 3 mars à 7h",
            "samedi à 17h",
            "samedi à l'aube",
            "mardi A l\u{2019}Aube",
            "mardi à midi",
            "samedi À 7h30",
            "samedi à 7h30 GMT",
            "depuis mars 2015",
            "Depuis mai 2024",
            "fin sept. 2014",
            "mi mars 2014",
            "mi- mars 2014",
            "début mars",
            "fin mars dernier",
            "mars prochain",
            "mi-mars dernier",
            "mi- mars dernier",
            "Début Mars Prochain",
        ];
        let mut read_count = 0;
        for r in RULES.iter() {
            let (re, names) = r.compiled();
            for t in texts {
                let window = rule_window(t, 0);
                let Some(m) = re.find(window) else { continue };
                let Some(read) =
                    RuleCaps::quick(r.rule, window, m.end(), names)
                else {
                    continue;
                };
                read_count += 1;
                let caps = r.captures(window).unwrap();
                for i in 0..re.captures_len() {
                    let span = |c: &RuleCaps<'_, '_>| {
                        c.get(i).map(|p| (p.start(), p.end()))
                    };
                    assert_eq!(
                        span(&read),
                        span(&caps),
                        "{:?} {t:?} {i}",
                        r.rule
                    );
                }
            }
        }
        assert!(read_count >= 85, "{read_count}");
    }

    /// The letters of "comment", "action" and "fait" have no case variant
    /// outside ASCII, as the tests before the comment and signature
    /// patterns assume.
    #[test]
    fn heading_letters_fold_within_ascii() {
        let re = Regex::new("(?i)^[comentaif]$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if !c.is_ascii() {
                assert!(!re.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
            }
        }
    }

    /// [`tense_near`] as first written: every cue of the window weighed.
    fn tense_near_everywhere(text: &str, start: usize, end: usize) -> Tense {
        let (s, e) = sentence_window(text, start, end);
        if participle_dates_deed(&text[s..start]) {
            return Tense::Past;
        }
        let mut best: Option<(usize, Tense)> = None;
        for (re, tense) in
            [(&*FUTURE_CUE, Tense::Future), (&*PAST_CUE, Tense::Past)]
        {
            for m in re.find_iter(&text[s..e]) {
                let (ms, me) = (s + m.start(), s + m.end());
                if ms >= start && me <= end {
                    continue;
                }
                if text[..ms]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                {
                    continue;
                }
                if ms >= end && is_call(&text[ms..]) {
                    continue;
                }
                if ms >= end
                    && text[end..ms].trim_end().ends_with([',', '»'])
                    && reports_after(&text[me..])
                {
                    continue;
                }
                let dist = if me <= start {
                    start - me
                } else {
                    ms.saturating_sub(end)
                };
                if best.map_or(true, |(d, _)| dist < d) {
                    best = Some((dist, tense));
                }
            }
        }
        best.map_or(Tense::Unknown, |(_, t)| t)
    }

    #[test]
    fn tense_near_weighs_the_nearest_cues() {
        let mut texts: Vec<String> = vec![
            "Il a dit qu'il viendra lundi, et il sera là ; elle est partie \
             samedi. Préférera-t-il mardi ? L'attaque s'est produite hier \
             et la réunion aura lieu demain, ont-ils annoncé, elle était \
             prévue jeudi_prochaine a été reportée.\nse\n sont vus"
                .into(),
            "xxavaient-va a,va préférera aaa-b_era été-a".into(),
        ];
        for (input, ..) in SUNDAY_2017_08_27 {
            texts.push(input.to_string());
        }
        for text in &texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &start) in bounds.iter().enumerate() {
                for &end in bounds[k..].iter().take(12) {
                    assert_eq!(
                        tense_near(text, start, end),
                        tense_near_everywhere(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn comments_heading_agrees_with_pattern() {
        let mut texts: Vec<String> = vec![
            "Texte.\n12\ncommentaires\nAli".into(),
            "Fin.\nLaisser\n un\ncommentaire\n".into(),
            "x\n3\n\nréactions\n".into(),
            "Une transaction.\nRÉACTIONS (2)\n".into(),
            "commentaire du ministre.\n  2 \t Commentaires :  \n".into(),
            "Il a commenté.\nComment (5)\nAjouter un commentaire".into(),
            "ré\naction\nréaction".into(),
            "Pas de rubrique ici.".into(),
            String::new(),
        ];
        for (input, ..) in SUNDAY_2017_08_27 {
            texts.push(input.to_string());
        }
        for text in &texts {
            let want = COMMENTS.find(text).map(|m| m.start());
            assert_eq!(comments_heading(text), want, "{text:?}");
        }
    }

    #[test]
    fn comment_lines_agree_with_pattern() {
        let mut texts: Vec<String> = vec![
            "Samir_75 — 25 novembre 2017 à 12:15\nAli | 3 mai 2018 - 9h\n\
             x\t–\t\t١٢ mars 2019, 10:00\nBEYROUTH (AFP) - Le 19 août\n\
             a - b - 12 juin 2020 à 8h\nb -12 juin 2020 à 8h\n\
             Nom —  7 avril 2021 à 23h\n"
                .into(),
            "  Léa - 1er mai 2019 - 10 h\n\nZ | x 3 mai 2018 à 9h".into(),
            String::new(),
        ];
        for (input, ..) in SUNDAY_2017_08_27 {
            texts.push(input.to_string());
        }
        for text in &texts {
            let want: Vec<usize> =
                COMMENT_LINE.find_iter(text).map(|m| m.start()).collect();
            let got: Vec<usize> = comment_lines(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The union finds every candidate start that the union of all the
    /// heads finds, and only the few more that its cut heads allow.
    #[test]
    fn union_starts_are_those_of_all_heads() {
        let alts: Vec<String> = rule_patterns(true)
            .into_iter()
            .map(|(_, p)| {
                let p = without_group_names(&p);
                format!("(?:{})", without_trailing_options(&p))
            })
            .collect();
        let all = Regex::new(&format!("(?i)(?-u:\\b)(?:{})", alts.join("|")))
            .expect("fixed pattern compiles");
        let text = "La nuit du 3 au 4 mars, la nuit de lundi à mardi, \
                    NUIT\u{a0}DU 1er au 2 mai 2019 ; nuit dernière. En \
                    août de cette année-là, début mars de l'année dernière, \
                    mi-juin de cette année, mardi 10 décembre 2019, Jeudi \
                    le 7 mars, vendredi 12/03/2021, samedi 3.4.21, 3 mars \
                    au 5 avril 2020, 3 mars 2019 - 5 avril, 12 au 14 juin, \
                    1er et 2 juillet, premier – 3 août, 2 2020 au 3 mai, \
                    lundi, depuis mardi dernier, il y a deux jours, dans \
                    trois semaines, pendant 48 heures, mars 2015, 1990, \
                    années 80, à 14h20, midi, ce matin, la veille, hier. \
                    Il y a un an, il y a trois morts dans 2 villes.";
        let starts = |re: &Regex| {
            let mut out = Vec::new();
            let mut pos = 0;
            while let Some(m) = re.find_at(text, pos) {
                out.push(m.start());
                pos = next_char(text, m.start());
            }
            out
        };
        // Where the head of an amount of time ago is cut, the union also
        // matches before an amount that is not one of time.
        let (union, all) = (starts(&UNION), starts(&all));
        let extra: Vec<&str> = union
            .iter()
            .filter(|s| !all.contains(s))
            .map(|&s| &text[s..])
            .collect();
        assert!(all.iter().all(|s| union.contains(s)));
        assert_eq!(extra.len(), 1, "{extra:?}");
        assert!(extra[0].starts_with("il y a trois morts"));
    }

    /// The rule set's shortened heads are how the full heads start, and
    /// no other head starts with them.
    #[test]
    fn set_heads_are_the_heads_first_words() {
        for (rule, p) in rule_patterns(true) {
            let lead = match rule {
                Rule::Ago => AGO_LEAD,
                Rule::InFuture => IN_FUTURE_LEAD,
                _ => continue,
            };
            assert!(p.starts_with(&format!("{lead}+")), "{rule:?}");
        }
        let texts =
            ["il y a", "Il  y\u{a0}a", "voici", "voilà", "VOILA", "dans"];
        for (rule, p) in rule_patterns(true) {
            if matches!(rule, Rule::Ago | Rule::InFuture) {
                continue;
            }
            let p = without_group_names(&p);
            let re = Regex::new(&format!("(?i)^(?:{p})")).unwrap();
            for t in texts {
                let t = format!("{t} 3 jours 2020 mars lundi");
                assert!(!re.is_match(&t), "{rule:?} {t:?}");
            }
        }
    }

    /// Lines that may start with a date that resolves to a day are kept,
    /// whatever the case of their first word.
    #[test]
    fn day_starts_are_kept() {
        for line in [
            "3 mars",
            "Lundi 3",
            "MERCREDI",
            "ſamedi 3",
            "Samedi le 3",
            "premier mai",
            "Nuit du 3",
            "1er mai",
            "Dimanche",
        ] {
            assert!(may_start_day(line), "{line:?}");
        }
        for line in ["de 2017", "la veille", "Le 3 mars", "selon", "mar", ""] {
            assert!(!may_start_day(line), "{line:?}");
        }
        // Every non-ASCII char that case-insensitive matching takes for a
        // letter of these words is caught as non-ASCII.
        let re = Regex::new("(?i)^[a-z]$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            if re.is_match(s) && !c.is_ascii() {
                assert!(may_start_day(&format!("{s}amedi")), "{c:?}");
            }
        }
    }

    /// The month, weekday and day numbers are those of the folded names.
    #[test]
    fn numbers_of_names_fold_them() {
        fn month_by_fold(s: &str) -> Option<u32> {
            let f = fold(s);
            let f = f.trim_end_matches('.');
            Some(match f.get(..3)? {
                "jan" => 1,
                "fev" => 2,
                "mar" => 3,
                "avr" => 4,
                "mai" => 5,
                "jui" if f.starts_with("juin") => 6,
                "jui" => 7,
                "aou" => 8,
                "sep" => 9,
                "oct" => 10,
                "nov" => 11,
                "dec" => 12,
                _ => return None,
            })
        }
        for s in [
            "janvier",
            "Février",
            "FÉVR.",
            "mars",
            "avr.",
            "mai",
            "juin",
            "Juin.",
            "juil.",
            "juillet",
            "JUIL",
            "jui.",
            "août",
            "Aout",
            "sept.",
            "oct",
            "novembre",
            "déc.",
            "Décembre",
            "ma",
            "m",
            "",
            "mé",
            "ſep",
            "\u{212a}ov",
            "日本語",
        ] {
            assert_eq!(month_number(s), month_by_fold(s), "{s:?}");
        }
        for (s, want) in [
            ("lundi", Some(0)),
            ("MARDI", Some(1)),
            ("Mercredi", Some(2)),
            ("jeudi", Some(3)),
            ("vendredi", Some(4)),
            ("ſamedi", None),
            ("dimanche", Some(6)),
            ("di", None),
            ("", None),
            ("lün", Some(0)),
        ] {
            assert_eq!(weekday_number(s), want, "{s:?}");
        }
        for (s, want) in [
            ("3", Some(3)),
            ("03", Some(3)),
            ("1er", Some(1)),
            ("1RE", Some(1)),
            ("Premier", Some(1)),
            ("", None),
            ("x", None),
            ("٣", None),
        ] {
            assert_eq!(day_number(s), want, "{s:?}");
        }
    }

    #[test]
    fn trailing_options_are_left_out() {
        for (pattern, want) in [
            ("a(?:b)?(?P<c>d(?:e)?)?", "a"),
            ("a(?:b)?(?-u:\\b)", "a(?:b)?(?-u:\\b)"),
            ("a(?:b\\)?", "a(?:b\\)?"),
            ("a\\(b\\)?", "a\\(b\\)?"),
            ("a[)(](?:b[)])?", "a[)(]"),
            ("a(?:b)+?", "a(?:b)+?"),
            ("a(?:b)??", "a(?:b)??"),
            ("a|b(?:c)?", "a|b"),
            ("b)?", "b)?"),
        ] {
            assert_eq!(without_trailing_options(pattern), want, "{pattern}");
        }
    }

    #[test]
    fn group_names_are_stripped() {
        let strip = Regex::new(r"\(\?P<\w+>").expect("fixed pattern compiles");
        for heads in [true, false] {
            for (_, p) in rule_patterns(heads) {
                assert_eq!(
                    without_group_names(&p),
                    strip.replace_all(&p, "(?:")
                );
            }
        }
    }

    #[test]
    fn dateline_ends_agree_with_pattern() {
        let re = Regex::new(
            "(?m)^[ \\t]*\\p{Lu}[^,\\n]{0,60},[ \\t]*(?:le[ \\t]+)?",
        )
        .expect("fixed pattern compiles");
        let long = "x".repeat(59);
        let mut texts: Vec<String> = vec![
            "BEYROUTH, 19 août 2017 (AFP) - Texte.".into(),
            "  \tYaoundé, le 5 octobre 2023 – Salve.\nÉTAT, le\t\t3".into(),
            format!("A{long}, ok\nA{long}x, non\nA{long}xy, non"),
            format!("Ä{long}é, ok\nA{long}\nb, non"),
            "Ünter, le\nle, x\n, X\n\u{1d400}bc, le  x\nA,\nB,le".into(),
            "\u{2160}I, non\nⒶ, non\nǅ, non\nΣ, oui, le".into(),
            "Fait à Niamey, le 11 décembre 2019\n\nBAMAKO, 5 août".into(),
            format!("É{}, ok\nÉ{}, non", "é".repeat(60), "é".repeat(61)),
            format!("É{}, ok\nÉ{}, non", "日".repeat(60), "日".repeat(61)),
            format!(
                "É{}, ok\nÉ{},, non",
                "\u{1d400}".repeat(60),
                "\u{1d400}".repeat(61)
            ),
            String::new(),
            "\n\n".into(),
        ];
        for (input, ..) in SUNDAY_2017_08_27 {
            texts.push(input.to_string());
            texts.push(input.to_uppercase());
        }
        for text in &texts {
            for cut in [text.len(), text.len() / 2] {
                let mut cut = cut;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                let head = &text[..cut];
                let want: Vec<usize> =
                    re.find_iter(head).map(|m| m.end()).collect();
                let got: Vec<usize> = dateline_ends(head).collect();
                assert_eq!(got, want, "{head:?}");
            }
        }
    }

    use Granularity::*;

    /// `(input, mention, value, granularity)`: `find_dates` on `input`
    /// must give a match whose text is `mention` (the whole input when
    /// empty) with that value (`"-"` for `None`).
    type Case = (&'static str, &'static str, &'static str, Granularity);

    fn check(dct: Option<Date>, cases: &[Case]) {
        let mut failures = Vec::new();
        for &(input, mention, value, gran) in cases {
            let mention = if mention.is_empty() { input } else { mention };
            let found = find_dates(input, dct);
            let hit = found.iter().find(|m| &input[m.span] == mention);
            let want = if value == "-" { None } else { Some(value) };
            match hit {
                Some(m)
                    if m.value.as_deref() == want && m.granularity == gran => {}
                _ => failures.push(format!(
                    "{input:?}: want {mention:?} = {want:?} {gran:?}, got {:?}",
                    found
                        .iter()
                        .map(|m| (&input[m.span], m.value.clone(), m.granularity))
                        .collect::<Vec<_>>()
                )),
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    fn d(s: &str) -> Option<Date> {
        Date::parse(s)
    }

    #[test]
    fn a_part_of_the_day_before_a_weekday_is_that_day() {
        let text =
            "Les combats ont duré de jeudi soir jusqu'à l'aube vendredi.";
        let found = find_dates(text, d("2017-08-27"));
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|m| (&text[m.span], m.value.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("jeudi soir", Some("2017-08-24")),
                ("vendredi", Some("2017-08-25"))
            ]
        );
    }

    /// DCT Sunday 2017-08-27 (ISO week 34).
    #[rustfmt::skip]
    const SUNDAY_2017_08_27: &[Case] = &[
        // Weekdays.
        ("dimanche", "", "2017-08-27", Day),
        ("Les rebelles ont attaqué samedi la ville.", "samedi", "2017-08-26", Day),
        ("L'armée a annoncé vendredi un bilan.", "vendredi", "2017-08-25", Day),
        ("Il a été tué lundi près de la frontière.", "lundi", "2017-08-21", Day),
        ("Le sommet aura lieu mardi à Paris.", "mardi", "2017-08-29", Day),
        ("La réunion doit avoir lieu mercredi.", "mercredi", "2017-08-30", Day),
        ("Le président se rendra jeudi à Bamako.", "jeudi", "2017-08-31", Day),
        // A weekday that is the DCT's is the DCT, told as to come too.
        ("Le match se jouera dimanche.", "dimanche", "2017-08-27", Day),
        ("Un communiqué publié ce dimanche.", "dimanche", "2017-08-27", Day),
        ("lundi prochain", "", "2017-08-28", Day),
        // A weekday of the week before or after the DCT's (Monday to
        // Sunday).
        ("la trêve annoncée mercredi de la semaine dernière", "mercredi de la semaine dernière", "2017-08-16", Day),
        ("jeudi de la semaine prochaine", "", "2017-08-31", Day),
        ("des patrouilles à partir de mardi", "mardi", "2017-08-29", Day),
        ("L'OIM prévoit d'y distribuer des vivres mardi.", "mardi", "2017-08-29", Day),
        ("Un convoi partirait jeudi vers Dikwa.", "jeudi", "2017-08-31", Day),
        ("Le forum a annoncé une journée morte pour mardi.", "mardi", "2017-08-29", Day),
        ("Une délégation est arrivée vendredi au Caire, une autre doit la rejoindre jeudi.", "vendredi", "2017-08-25", Day),
        // A place name ending like a future, a programme, a push back.
        ("Le journal revient sur l'assassinat, lundi, d'un paysan à El Tarra.", "lundi", "2017-08-21", Day),
        ("Mardi, un convoi du Programme alimentaire mondial est arrivé.", "Mardi", "2017-08-22", Day),
        ("Une attaque a été repoussée vendredi soir.", "vendredi soir", "2017-08-25", Day),
        ("La réunion a été repoussée à jeudi.", "jeudi", "2017-08-31", Day),
        ("Damas pourrait lancer d'ici mars une campagne.", "mars", "2018-03", Month),
        ("Des miliciens ont attaqué dans la nuit de vendredi 25 à samedi 26 août.", "nuit de vendredi 25 à samedi 26 août", "2017-08-26", Day),
        ("BAMAKO, 25 août 2017 (AFP) -", "25 août 2017", "2017-08-25", Day),
        ("PARIS, 12 déc 2016 (AFP) -", "12 déc 2016", "2016-12-12", Day),
        ("Le 3 nov, trois soldats ont été tués.", "3 nov", "2016-11-03", Day),
        ("Une trêve jusqu'à Noël.", "Noël", "2017-12-25", Day),
        ("Depuis Noël, les combats ont repris.", "Noël", "2016-12-25", Day),
        ("À Noël 2013, des attaques avaient fait 200 morts.", "Noël 2013", "2013-12-25", Day),
        ("Ils ont mené à partir de mardi une campagne de fouilles.", "mardi", "2017-08-22", Day),
        ("Des Yézidis chassés de Sinjar en 2014 vivent encore là.", "2014", "2014", Year),
        ("En février 2021, 279 lycéennes avaient été enlevées.", "février 2021", "2021-02", Month),
        ("Entre mars et mai 2016, 80 civils ont été tués.", "Entre mars et mai 2016", "2016-03", Month),
        ("de novembre à janvier 2016, les combats", "novembre à janvier 2016", "2015-11", Month),
        ("Flash Update n° 3 – 5 septembre 2017", "5 septembre 2017", "2017-09-05", Day),
        ("menacent de tuer les otages d'ici mardi", "mardi", "2017-08-29", Day),
        ("ont fui depuis le début du mois de juillet", "juillet", "2017-07", Month),
        ("mardi dernier", "", "2017-08-22", Day),
        ("dimanche dernier", "", "2017-08-20", Day),
        ("dimanche prochain", "", "2017-09-03", Day),
        ("vendredi passé", "", "2017-08-25", Day),
        ("samedi à l'aube", "", "2017-08-26", Day),
        ("mercredi à l’aube", "", "2017-08-23", Day),
        ("mardi soir", "", "2017-08-22", Day),
        ("jeudi matin", "", "2017-08-24", Day),
        ("vendredi après-midi", "", "2017-08-25", Day),
        ("samedi dans la soirée", "", "2017-08-26", Day),
        ("lundi en fin de journée", "", "2017-08-21", Day),
        ("Depuis lundi, les prix baissent.", "Depuis lundi", "2017-08-21", Day),
        ("SAMEDI", "", "2017-08-26", Day),
        ("samedi à 17h", "", "2017-08-26T17:00", Time),
        ("mardi vers 15h30", "", "2017-08-22T15:30", Time),
        ("jeudi à midi", "", "2017-08-24T12:00", Time),
        // Nights.
        ("dans la nuit de samedi à dimanche", "nuit de samedi à dimanche", "2017-08-27", Day),
        ("dans la nuit de vendredi à samedi", "nuit de vendredi à samedi", "2017-08-26", Day),
        ("dans la nuit du jeudi au vendredi", "nuit du jeudi au vendredi", "2017-08-25", Day),
        ("la nuit de mercredi", "nuit de mercredi", "2017-08-23", Day),
        ("la nuit du 12 au 13 août", "nuit du 12 au 13 août", "2017-08-13", Day),
        ("dans la nuit du samedi 12 au dimanche 13 août 2017", "nuit du samedi 12 au dimanche 13 août 2017", "2017-08-13", Day),
        // Calendar dates.
        ("le 19 août", "19 août", "2017-08-19", Day),
        ("19 août 2017", "", "2017-08-19", Day),
        ("mercredi 30 août", "", "2017-08-30", Day),
        ("samedi 26 août", "", "2017-08-26", Day),
        ("vendredi 1er septembre", "", "2017-09-01", Day),
        ("dimanche 20 août 2017", "", "2017-08-20", Day),
        ("le mardi 10 décembre 2019", "mardi 10 décembre 2019", "2019-12-10", Day),
        ("1er juin", "", "2017-06-01", Day),
        ("le 1er août", "1er août", "2017-08-01", Day),
        ("le premier mai", "premier mai", "2017-05-01", Day),
        ("depuis le 31 août", "31 août", "2017-08-31", Day),
        ("ils appartiendraient au clan qui lutte depuis le 2 juillet", "2 juillet", "2017-07-02", Day),
        // A month since which something holds is behind us, whatever the
        // verbs around it.
        ("L'armée promet qu'elle reprendra la ville, assiégée depuis juillet.", "depuis juillet", "2017-07", Month),
        ("le 3 septembre", "3 septembre", "2017-09-03", Day),
        ("le 14 juillet dernier", "14 juillet dernier", "2017-07-14", Day),
        ("le 30 août dernier", "30 août dernier", "2016-08-30", Day),
        ("le 3 mars prochain", "3 mars prochain", "2018-03-03", Day),
        ("Le vote a été reporté au 10 octobre.", "10 octobre", "2017-10-10", Day),
        ("L'attentat a eu lieu le 15 décembre.", "15 décembre", "2016-12-15", Day),
        ("Le 2 janvier, le groupe a attaqué.", "2 janvier", "2017-01-02", Day),
        ("DIMANCHE 20 AOÛT 2017", "", "2017-08-20", Day),
        ("AOUT 2017", "", "2017-08", Month),
        ("le 3 fevrier 2015", "3 fevrier 2015", "2015-02-03", Day),
        ("le 3 févr. 2015", "3 févr. 2015", "2015-02-03", Day),
        ("le 24 déc. 2016", "24 déc. 2016", "2016-12-24", Day),
        ("le 24 dec. 2016", "24 dec. 2016", "2016-12-24", Day),
        ("le 5 janv. 2018", "5 janv. 2018", "2018-01-05", Day),
        ("le 14 juil. 2016", "14 juil. 2016", "2016-07-14", Day),
        ("le 2 sept. 2015", "2 sept. 2015", "2015-09-02", Day),
        ("le 11 nov. 2018", "11 nov. 2018", "2018-11-11", Day),
        ("le 6 oct. 2014", "6 oct. 2014", "2014-10-06", Day),
        ("le 29 février 2016", "29 février 2016", "2016-02-29", Day),
        ("le 15 aout 2013", "15 aout 2013", "2013-08-15", Day),
        ("le 8 Décembre 2010", "8 Décembre 2010", "2010-12-08", Day),
        // Figures.
        ("23/08/2017 à 14h20", "", "2017-08-23T14:20", Time),
        ("le 18/08/2020", "18/08/2020", "2020-08-18", Day),
        ("le 12/03/17", "12/03/17", "2017-03-12", Day),
        ("le 05.06.2016", "05.06.2016", "2016-06-05", Day),
        ("2017-08-20", "", "2017-08-20", Day),
        ("2017-08-27T04:00Z", "", "2017-08-27T04:00Z", Time),
        // Dates with times.
        ("25 novembre 2017 à 11:02", "", "2017-11-25T11:02", Time),
        ("Mardi 12 novembre 2019 – 10h45", "", "2019-11-12T10:45", Time),
        ("29 août 2017 - 4 h 00 min", "", "2017-08-29T04:00", Time),
        ("lundi 28 août à 9h", "", "2017-08-28T09:00", Time),
        ("le 27 août à 22 h 42", "27 août à 22 h 42", "2017-08-27T22:42", Time),
        // Times.
        ("à 7h heure locale (4h GMT)", "7h heure locale (4h GMT)", "2017-08-27T04:00Z", Time),
        ("à 5h00 (02h00 GMT)", "5h00 (02h00 GMT)", "2017-08-27T02:00Z", Time),
        ("vers 5h (heure locale et GMT)", "5h (heure locale et GMT)", "2017-08-27T05:00Z", Time),
        ("vers 8h30 (7h30 GMT)", "8h30 (7h30 GMT)", "2017-08-27T07:30Z", Time),
        ("vers 2h15 heure locale (22h45 GMT samedi)", "2h15 heure locale (22h45 GMT samedi)", "2017-08-26T22:45Z", Time),
        ("à 1h30 heure locale (23h30 GMT)", "1h30 heure locale (23h30 GMT)", "2017-08-26T23:30Z", Time),
        // A city's hour is its UTC time, summer time told (Paris +2 in
        // August, Moscow +3, Tehran +4:30 before 2023, Kabul +4:30).
        ("à 14h (heure de Paris)", "14h (heure de Paris)", "2017-08-27T12:00Z", Time),
        ("à 10h00 (heure de Moscou)", "10h00 (heure de Moscou)", "2017-08-27T07:00Z", Time),
        ("vers 3h heure de Téhéran", "3h heure de Téhéran", "2017-08-26T22:30Z", Time),
        ("à 8h heure de Kaboul", "8h heure de Kaboul", "2017-08-27T03:30Z", Time),
        // An unknown city keeps the local time.
        ("à 9h heure de Tombouctou", "9h heure de Tombouctou", "2017-08-27T09:00", Time),
        ("à 23h (01h00 GMT)", "23h (01h00 GMT)", "2017-08-28T01:00Z", Time),
        ("à 10h GMT", "10h GMT", "2017-08-27T10:00Z", Time),
        ("Journal de 6h30 TU", "6h30 TU", "2017-08-27T06:30Z", Time),
        ("à 14h UTC", "14h UTC", "2017-08-27T14:00Z", Time),
        ("vers 4h du matin", "4h du matin", "2017-08-27T04:00", Time),
        ("vers 8 heures du soir", "8 heures du soir", "2017-08-27T20:00", Time),
        ("vers 3 h de l'après-midi", "3 h de l'après-midi", "2017-08-27T15:00", Time),
        ("vers 22 h 30", "22 h 30", "2017-08-27T22:30", Time),
        ("à 17h", "17h", "2017-08-27T17:00", Time),
        ("à 14 heures", "14 heures", "2017-08-27T14:00", Time),
        ("aux environs de 6 heures", "6 heures", "2017-08-27T06:00", Time),
        ("aux environs de 14h", "14h", "2017-08-27T14:00", Time),
        ("aux alentours de 5h30", "5h30", "2017-08-27T05:30", Time),
        ("jusqu'à 18 heures 30", "18 heures 30", "2017-08-27T18:30", Time),
        ("Mis à jour à 13:40", "13:40", "2017-08-27T13:40", Time),
        ("à midi", "midi", "2017-08-27T12:00", Time),
        ("vers minuit", "minuit", "2017-08-27T00:00", Time),
        ("dès midi", "midi", "2017-08-27T12:00", Time),
        ("aux alentours de 3h du matin", "3h du matin", "2017-08-27T03:00", Time),
        // Durations.
        ("depuis trois ans", "", "P3Y", Duration),
        ("depuis dix ans", "", "P10Y", Duration),
        ("depuis vingt-cinq ans", "", "P25Y", Duration),
        ("depuis 30 ans", "", "P30Y", Duration),
        ("depuis une dizaine de jours", "", "P10D", Duration),
        ("pendant une quinzaine de minutes", "", "PT15M", Duration),
        ("en une trentaine de minutes", "une trentaine de minutes", "PT30M", Duration),
        ("depuis une vingtaine d'années", "", "P20Y", Duration),
        ("depuis plusieurs mois", "", "PXM", Duration),
        ("depuis des mois", "", "PXM", Duration),
        ("depuis des années", "", "PXY", Duration),
        ("depuis plusieurs semaines", "", "PXW", Duration),
        ("depuis de longues années", "", "PXY", Duration),
        ("pendant quelques jours", "", "PXD", Duration),
        ("depuis des décennies", "", "PXDE", Duration),
        ("ces derniers mois", "", "PXM", Duration),
        ("ces dernières semaines", "", "PXW", Duration),
        // The one unit just gone by; past ones uncounted are none.
        ("au cours de la semaine écoulée", "semaine écoulée", "P1W", Duration),
        ("l'année écoulée", "année écoulée", "P1Y", Duration),
        ("au cours du mois écoulé", "mois écoulé", "P1M", Duration),
        ("des 24 heures écoulées", "24 heures écoulées", "PT24H", Duration),
        // A time to come the text does not fix: no value.
        ("dans les prochains jours", "les prochains jours", "-", Duration),
        ("les prochains jours seront décisifs", "les prochains jours", "PXD", Duration),
        ("après des mois de fermeture", "des mois", "PXM", Duration),
        ("a provoqué plusieurs jours de combats", "plusieurs jours", "PXD", Duration),
        ("après un siège de plusieurs mois", "plusieurs mois", "PXM", Duration),
        ("d'ici à mai", "mai", "2018-05", Month),
        ("trois jours de deuil", "trois jours", "P3D", Duration),
        ("un deuil national de 72 heures", "72 heures", "PT72H", Duration),
        ("un deuil de 72h", "72h", "PT72H", Duration),
        ("pendant 48 heures", "", "PT48H", Duration),
        ("depuis 48h", "", "PT48H", Duration),
        ("depuis quarante-huit heures", "", "PT48H", Duration),
        ("après une semaine de combats", "une semaine", "P1W", Duration),
        ("en neuf jours", "neuf jours", "P9D", Duration),
        ("au bout de trois minutes", "trois minutes", "PT3M", Duration),
        ("près de trois heures", "", "PT3H", Duration),
        ("pendant une heure", "", "PT1H", Duration),
        ("pendant une heure et demie", "", "PT1H30M", Duration),
        ("pendant deux ans et demi", "", "P2Y6M", Duration),
        // The years of a war or a sentence and the hours of fighting are
        // lapses; a child's years are an age.
        ("une guerre civile de cinq ans", "cinq ans", "P5Y", Duration),
        ("condamné à deux ans de prison", "deux ans", "P2Y", Duration),
        ("repoussée après trois heures d'affrontements", "trois heures", "PT3H", Duration),
        ("au moins trois jours", "", "P3D", Duration),
        ("plus de dix ans", "", "P10Y", Duration),
        ("depuis deux décennies", "", "P20Y", Duration),
        ("durant trente secondes", "", "PT30S", Duration),
        ("un siège de six mois", "six mois", "P6M", Duration),
        ("depuis un an", "", "P1Y", Duration),
        // Years, months, periods.
        ("en 2014", "2014", "2014", Year),
        ("depuis 2014", "", "2014", Year),
        ("depuis 1990", "", "1990", Year),
        // A span of years or months is one date, dated by its start.
        ("des milliers de morts entre 1999 et 2003", "1999 et 2003", "1999", Year),
        ("le conflit a duré de 1999 à 2003.", "1999 à 2003", "1999", Year),
        ("300 morts d'août 2023 à août 2024.", "août 2023 à août 2024", "2023-08", Month),
        ("élu en 2012 et en 2015", "2012", "2012", Year),
        ("jusqu'en 2020", "2020", "2020", Year),
        ("d'ici 2030", "2030", "2030", Year),
        ("la guerre du Liban de 1982", "1982", "1982", Year),
        ("fin 2019", "", "2019", Year),
        ("début 2016", "", "2016", Year),
        ("mi-2015", "", "2015", Year),
        ("les années 1990", "années 1990", "199", Year),
        ("dans les années 80", "années 80", "198", Year),
        ("septembre 2014", "", "2014-09", Month),
        ("en septembre 2014", "septembre 2014", "2014-09", Month),
        ("depuis mars 2015", "", "2015-03", Month),
        ("depuis mai 2024", "", "2024-05", Month),
        ("mi-juillet", "", "2017-07", Month),
        ("à la mi-août", "mi-août", "2017-08", Month),
        ("début août", "", "2017-08", Month),
        ("fin mars", "", "2017-03", Month),
        ("courant mai", "", "2017-05", Month),
        ("fin décembre", "", "2016-12", Month),
        ("début janvier", "", "2017-01", Month),
        ("en mai", "mai", "2017-05", Month),
        ("Ils ont été enlevés en octobre.", "octobre", "2016-10", Month),
        ("Les élections auront lieu en octobre.", "octobre", "2017-10", Month),
        ("en août de l'année dernière", "août de l'année dernière", "2016-08", Month),
        ("Ils y sont depuis 2014. En août de cette année-là, ils ont attaqué.", "août de cette année-là", "2014-08", Month),
        ("au début du mois", "début du mois", "2017-08", Month),
        ("à la fin du mois dernier", "fin du mois dernier", "2017-07", Month),
        ("au début de l'année", "début de l'année", "2017", Year),
        ("en fin de mois", "fin de mois", "2017-08", Month),
        ("fin de l’année prochaine", "", "2018", Year),
        // Relative days.
        ("hier", "", "2017-08-26", Day),
        ("avant-hier", "", "2017-08-25", Day),
        ("demain", "", "2017-08-28", Day),
        ("après-demain", "", "2017-08-29", Day),
        ("aujourd'hui", "", "2017-08-27", Day),
        ("aujourd’hui", "", "2017-08-27", Day),
        ("Hier soir", "", "2017-08-26", Day),
        ("demain matin", "", "2017-08-28", Day),
        ("hier à 15h", "", "2017-08-26T15:00", Time),
        ("ce matin", "", "2017-08-27", Day),
        ("ce soir", "", "2017-08-27", Day),
        ("cette nuit", "", "2017-08-27", Day),
        ("cet après-midi", "", "2017-08-27", Day),
        ("la nuit dernière", "", "2017-08-26", Day),
        ("la veille", "veille", "2017-08-26", Day),
        ("le lendemain", "lendemain", "2017-08-28", Day),
        ("l'avant-veille", "avant-veille", "2017-08-25", Day),
        ("tués lundi, au lendemain d'un bombardement", "lendemain", "2017-08-21", Day),
        ("le surlendemain", "surlendemain", "2017-08-29", Day),
        ("la veille au soir", "veille au soir", "2017-08-26", Day),
        ("il y a deux jours", "", "2017-08-25", Day),
        ("il y a dix jours", "", "2017-08-17", Day),
        ("il y a une semaine", "", "2017-08-20", Day),
        ("il y a trois semaines", "", "2017-08-06", Day),
        ("il y a trois mois", "", "2017-05", Month),
        ("il y a deux ans", "", "2015", Year),
        ("il y a un an", "", "2016", Year),
        ("il y a près d'un an", "", "2016", Year),
        ("il y a plus de trois mois", "", "2017-05", Month),
        ("il y a environ deux semaines", "", "2017-08-13", Day),
        ("voici deux ans", "", "2015", Year),
        ("il y a quelques jours", "", "-", Day),
        ("dans trois jours", "", "2017-08-30", Day),
        ("dans deux semaines", "", "2017-W36", Week),
        // Relative weeks, months, years.
        ("la semaine dernière", "semaine dernière", "2017-W33", Week),
        ("la semaine passée", "semaine passée", "2017-W33", Week),
        ("la semaine prochaine", "semaine prochaine", "2017-W35", Week),
        ("cette semaine", "", "2017-W34", Week),
        ("le week-end dernier", "week-end dernier", "2017-W33-WE", Week),
        ("le mois dernier", "mois dernier", "2017-07", Month),
        ("le mois passé", "mois passé", "2017-07", Month),
        ("le mois prochain", "mois prochain", "2017-09", Month),
        ("ce mois-ci", "", "2017-08", Month),
        ("l'an dernier", "an dernier", "2016", Year),
        ("l'année dernière", "année dernière", "2016", Year),
        ("l'an prochain", "an prochain", "2018", Year),
        ("l’année passée", "année passée", "2016", Year),
        ("cette année", "", "2017", Year),
        // Ranges.
        ("du 12 au 14 mars", "12 au 14 mars", "2017-03-12", Day),
        ("Du 16 au 18 septembre 1982, des miliciens", "16 au 18 septembre 1982", "1982-09-16", Day),
        ("les 20 et 21 août", "20 et 21 août", "2017-08-20", Day),
        ("du 28 février au 2 mars 2016", "28 février au 2 mars 2016", "2016-02-28", Day),
        ("du 3 au 5 juin 2016", "3 au 5 juin 2016", "2016-06-03", Day),
        // Parts of the day.
        ("dans la matinée", "matinée", "2017-08-27", Day),
        ("dans la matinée du quartier de Zahra", "matinée", "2017-08-27", Day),
        ("dans la soirée", "soirée", "2017-08-27", Day),
        ("depuis l'aube", "", "2017-08-27", Day),
        ("dès l’aube", "", "2017-08-27", Day),
        ("en début d'après-midi", "début d'après-midi", "2017-08-27", Day),
        ("dans la journée", "journée", "2017-08-27", Day),
        ("en fin de matinée", "fin de matinée", "2017-08-27", Day),
        ("au petit matin", "petit matin", "2017-08-27", Day),
        // Anchored on an earlier date of the text.
        ("Samedi, les combats ont repris. Le soir même, un obus est tombé.", "soir même", "2017-08-26", Day),
        ("Jeudi 24 août, un accord a été signé. La veille, des tirs avaient eu lieu.", "veille", "2017-08-23", Day),
        ("Le jeudi 24 août, vers 8h30 (7h30 GMT), des hommes armés sont arrivés.", "8h30 (7h30 GMT)", "2017-08-24T07:30Z", Time),
        ("Les assaillants ont attaqué samedi. Ils sont arrivés vers 2h du matin.", "2h du matin", "2017-08-26T02:00", Time),
        ("Mardi, des hommes ont attaqué Gao. Le même jour, deux policiers ont été enlevés.", "même jour", "2017-08-22", Day),
        ("Le 24 août, l'armée a frappé. Des obus sont tombés le même soir.", "même soir", "2017-08-24", Day),
        // A range and a news bulletin's hour are times, not durations.
        ("un couvre-feu de 20h à 6h", "20h", "2017-08-27T20:00", Time),
        ("SAHEL FM – Journal de 13h", "13h", "2017-08-27T13:00", Time),
        ("un deuil national de 72h", "72h", "PT72H", Duration),
        // An evening hour of a night is on its first day; a morning hour on
        // the next.
        ("Dans la nuit de vendredi à samedi, vers 23h, des hommes sont arrivés.", "23h", "2017-08-25T23:00", Time),
        ("Dans la nuit de vendredi à samedi, vers 23h, ils sont arrivés. Vers 2h, ils sont partis.", "2h", "2017-08-26T02:00", Time),
        // The hour it is now is of the day of the text.
        ("Mardi, les combats ont repris. Il est 6h34.", "6h34", "2017-08-27T06:34", Time),
        // The stamp of a live blog's entry is of the day of its header,
        // not of the day the entry above told of.
        ("Mercredi 23 août 2017\n\n08h15 - Un véhicule a été touché lundi.\n\n07h40 - Un drone a visé une moto vers 6h.", "07h40", "2017-08-23T07:40", Time),
        ("Mercredi 23 août 2017\n\n08h15 - Un véhicule a été touché lundi.\n\n07h40 - Un drone a visé une moto vers 6h.", "6h", "2017-08-23T06:00", Time),
        ("Un véhicule a été touché lundi.\n07h40 - Un drone a visé une moto.", "07h40", "2017-08-27T07:40", Time),
        // A call told after the date is what was said that day.
        ("Le ministre a lancé mardi soir un appel à l'apaisement.", "mardi soir", "2017-08-22", Day),
        // "a" ending a name with an accent is no auxiliary of the past.
        ("Le président doit se rendre à Nouméa jeudi.", "jeudi", "2017-08-31", Day),
        // A stamp alone on its line above its entry.
        ("17h05\nLe président parlera lundi.\n\n16h20\nAucune frappe n'a été signalée.", "16h20", "2017-08-27T16:20", Time),
        // The verb of a reporting clause gives no tense to the date.
        ("Les pourparlers doivent reprendre dimanche, a indiqué une source.", "dimanche", "2017-08-27", Day),
        ("Les combats ont repris dimanche, a indiqué une source.", "dimanche", "2017-08-27", Day),
        ("Mercredi, le ministre, Pedro Sánchez, a exclu toute reprise « tant que l'ELN ne renoncera pas ».", "Mercredi", "2017-08-23", Day),
    ];

    #[test]
    fn dates_against_sunday_dct() {
        check(d("2017-08-27"), SUNDAY_2017_08_27);
    }

    #[rustfmt::skip]
    #[test]
    fn dates_against_other_dcts() {
        // Tuesday 2019-11-12, ISO week 46.
        check(d("2019-11-12"), &[
            ("L’armée a tué ce mardi, vers 4h du matin, un commandant.", "mardi", "2019-11-12", Day),
            ("L’armée a tué ce mardi, vers 4h du matin, un commandant.", "4h du matin", "2019-11-12T04:00", Time),
            ("mardi", "", "2019-11-12", Day),
            ("mardi dernier", "", "2019-11-05", Day),
            ("lundi", "", "2019-11-11", Day),
            ("mercredi", "", "2019-11-06", Day),
            ("mercredi prochain", "", "2019-11-13", Day),
            ("Il sera jugé mardi.", "mardi", "2019-11-12", Day),
            ("la semaine dernière", "semaine dernière", "2019-W45", Week),
        ]);
        // Wednesday 2019-01-02: around the turn of the year.
        check(d("2019-01-02"), &[
            ("Ils ont été tués le 28 décembre.", "28 décembre", "2018-12-28", Day),
            ("la semaine dernière", "semaine dernière", "2018-W52", Week),
            ("cette semaine", "", "2019-W01", Week),
            ("le mois dernier", "mois dernier", "2018-12", Month),
            ("l'an dernier", "an dernier", "2018", Year),
            ("dimanche", "", "2018-12-30", Day),
            ("il y a trois jours", "", "2018-12-30", Day),
            ("en décembre", "décembre", "2018-12", Month),
        ]);
        // Saturday 2017-12-30.
        check(d("2017-12-30"), &[
            ("Le procès s'ouvrira le 3 janvier.", "3 janvier", "2018-01-03", Day),
            ("le 3 janvier", "3 janvier", "2018-01-03", Day),
            ("Le vote aura lieu en janvier.", "janvier", "2018-01", Month),
            ("demain", "", "2017-12-31", Day),
            ("après-demain", "", "2018-01-01", Day),
            // The Christmas just past, and its eve.
            ("En ce temps de Noël, l'Église est en deuil.", "Noël", "2017-12-25", Day),
            ("tué la veille de Noël à Bannu", "veille de Noël", "2017-12-24", Day),
            ("une trêve jusqu'à Noël prochain", "Noël", "2018-12-25", Day),
            // Days counted from the day told last.
            ("Le 13 décembre, dix passagers ont été enlevés. Trois ont été libérés quatre jours plus tard.", "quatre jours plus tard", "2017-12-17", Day),
            ("Deux jours après l'attaque, les renforts sont arrivés.", "Deux jours", "P2D", Duration),
            ("Trois semaines plus tard, rien n'a changé.", "Trois semaines", "P3W", Duration),
            // Whole days counted in hours; a few hours stay a lapse.
            ("Le 19 décembre, l'offensive a commencé. Vingt-quatre heures plus tard, les rebelles ont accepté une trêve.", "Vingt-quatre heures plus tard", "2017-12-20", Day),
            ("Le 19 décembre, l'offensive a commencé. Quarante-huit heures plus tard, tout était fini.", "Quarante-huit heures plus tard", "2017-12-21", Day),
            // "depuis la mi-décembre" reaches back, whatever the verbs say;
            // a promise looks ahead.
            ("Le PAM reprendra ses distributions, suspendues depuis la mi-décembre.", "mi-décembre", "2017-12", Month),
            ("Le gouvernement promet une opération « dès lundi ».", "lundi", "2018-01-01", Day),
        ]);
        // Leap years and week 53.
        check(d("2020-03-01"), &[("hier", "", "2020-02-29", Day)]);
        check(d("2021-01-03"), &[("cette semaine", "", "2020-W53", Week)]);
        // Wednesday 2024-01-31.
        check(d("2024-01-31"), &[
            ("Le Mali s’est qualifié mardi soir.", "mardi soir", "2024-01-30", Day),
            ("Le Mali affrontera samedi le pays hôte.", "samedi", "2024-02-03", Day),
        ]);
        // Thursday 2023-10-05: a near date after the DCT keeps its year.
        check(d("2023-10-05"), &[
            ("Il a convoqué les opérateurs le 12 octobre.", "12 octobre", "2023-10-12", Day),
        ]);
    }

    #[rustfmt::skip]
    #[test]
    fn dates_without_dct() {
        check(None, &[
            ("demain", "", "-", Day),
            ("samedi à 17h", "", "-", Time),
            ("dès midi", "midi", "-", Time),
            ("le 19 août", "19 août", "-", Day),
            ("mi-juillet", "", "-", Month),
            ("la semaine dernière", "semaine dernière", "-", Week),
            ("il y a deux jours", "", "-", Day),
            ("dimanche 20 août 2017", "", "2017-08-20", Day),
            ("23/08/2017 à 14h20", "", "2017-08-23T14:20", Time),
            ("septembre 2014", "", "2014-09", Month),
            ("en 2014", "2014", "2014", Year),
            ("depuis trois ans", "", "P3Y", Duration),
            ("pendant 48 heures", "", "PT48H", Duration),
            ("8h30 (7h30 GMT)", "", "-", Time),
        ]);
    }

    #[test]
    fn not_dates() {
        let dct = d("2017-08-27");
        for text in [
            "le 31 avril",
            "Les 2000 soldats ont reçu 300 hommes en renfort.",
            "7 hommes ont été arrêtés.",
            "un garçon de 19 ans",
            "un jeune homme de 17 ans a été tué lors des affrontements",
            "Ahmed, 45 ans, a été blessé.",
            "À quelques jours de la trêve hivernale.",
            "La veille de l'attaque",
            "Il a été élu en 1 tour.",
            "Le score est de 3 à 1.",
            "à l'aube de la révolution",
            "Mars est une planète.",
            "Il a perdu 50 % de ses revenus.",
            // Past weeks uncounted; a unit alone.
            "les semaines écoulées",
            "la semaine a été longue",
            "",
        ] {
            let found: Vec<_> = find_dates(text, dct)
                .into_iter()
                .filter(|m| m.value.is_some() || text.contains("veille"))
                .map(|m| (text[m.span].to_string(), m.value))
                .collect();
            let allowed = text == "La veille de l'attaque"
                && found.iter().all(|(_, v)| v.is_none());
            assert!(found.is_empty() || allowed, "{text:?}: {found:?}");
        }
    }

    #[test]
    fn invalid_days_give_no_day() {
        let dct = d("2017-08-27");
        for text in
            ["le 29 février 2017", "le 31 avril", "le 32 mai", "30/02/2016"]
        {
            let days: Vec<_> = find_dates(text, dct)
                .into_iter()
                .filter(|m| m.granularity == Granularity::Day)
                .collect();
            assert!(days.is_empty(), "{text:?}: {days:?}");
        }
    }

    #[test]
    fn spans_in_sentences() {
        let dct = d("2017-08-27");
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "L’armée syrienne et le Hezbollah ont annoncé dimanche un \
                 cessez-le-feu, après la reddition, dans la nuit de samedi à \
                 dimanche, des terroristes.",
                &[
                    ("dimanche", "2017-08-27"),
                    ("nuit de samedi à dimanche", "2017-08-27"),
                ],
            ),
            (
                "L’opération s’est terminée à 7h heure locale (4h GMT) dans \
                 la région, selon le journal.",
                &[("7h heure locale (4h GMT)", "2017-08-27T04:00Z")],
            ),
            (
                "Les jihadistes tiennent ces montagnes depuis 2014. Le 19 \
                 août, l'armée a lancé une offensive contre la ville, \
                 assiégée depuis trois ans.",
                &[
                    ("depuis 2014", "2014"),
                    ("19 août", "2017-08-19"),
                    ("depuis trois ans", "P3Y"),
                ],
            ),
            (
                "BEYROUTH, 19 août 2017 (AFP) - L'armée a lancé samedi à \
                 l'aube une offensive; l'assaut a commencé à 5h00 (02h00 \
                 GMT).",
                &[
                    ("19 août 2017", "2017-08-19"),
                    ("samedi à l'aube", "2017-08-26"),
                    ("5h00 (02h00 GMT)", "2017-08-26T02:00Z"),
                ],
            ),
            (
                "Publié le 23/08/2017 à 14h20\n\nAu moins 35 personnes ont \
                 été tuées mercredi à l’aube; la coalition intensifie depuis \
                 plusieurs mois sa campagne.",
                &[
                    ("23/08/2017 à 14h20", "2017-08-23T14:20"),
                    ("mercredi à l’aube", "2017-08-23"),
                    ("depuis plusieurs mois", "PXM"),
                ],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, String)> = find_dates(text, dct)
                .into_iter()
                .map(|m| (&text[m.span], m.value.unwrap_or_default()))
                .collect();
            let want: Vec<(&str, String)> =
                want.iter().map(|(a, b)| (*a, b.to_string())).collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn calendar() {
        assert_eq!(Date::new(2017, 2, 30), None);
        assert_eq!(Date::new(2017, 13, 1), None);
        assert_eq!(Date::new(0, 1, 1), None);
        assert!(Date::new(2016, 2, 29).is_some());
        assert_eq!(Date::new(1900, 2, 29), None);
        assert!(Date::new(2000, 2, 29).is_some());
        let dct = Date::new(2017, 8, 27).expect("fixed pattern compiles");
        assert_eq!(dct.weekday(), 6);
        assert_eq!(dct.to_string(), "2017-08-27");
        assert_eq!(Date::parse("2017-08-27T04:00Z"), Some(dct));
        assert_eq!(Date::parse("2017-08-27"), Some(dct));
        assert_eq!(Date::parse("2017-02-30"), None);
        assert_eq!(Date::parse("2017-8-27"), None);
        assert_eq!(Date::parse("2017-08-2é"), None);
        assert_eq!(Date::parse("20170827"), None);
        assert_eq!(
            dct.add_days(5).map(|d| d.to_string()),
            Some("2017-09-01".into())
        );
        assert_eq!(
            dct.add_days(-365 * 3 - 1).map(|d| d.to_string()),
            Some("2014-08-27".into())
        );
        assert_eq!(Date::new(1970, 1, 1).map(|d| d.weekday()), Some(3));
        assert_eq!(Date::new(1, 1, 1).and_then(|d| d.add_days(-1)), None);
        assert_eq!(Date::new(9999, 12, 31).and_then(|d| d.add_days(1)), None);
        assert_eq!(dct.add_days(i64::MAX), None);
        assert_eq!(dct.add_days(i64::MIN), None);
        let jan31 = Date::new(2017, 1, 31).expect("fixed pattern compiles");
        assert_eq!(
            jan31.add_months(1).map(|d| d.to_string()),
            Some("2017-02-28".into())
        );
        assert_eq!(
            jan31.add_months(-2).map(|d| d.to_string()),
            Some("2016-11-30".into())
        );
        assert_eq!(jan31.add_months(i64::MAX), None);
        assert_eq!(
            Date::new(2018, 12, 31).and_then(|d| d.week_value()),
            Some("2019-W01".into())
        );
        assert_eq!(
            Date::new(2021, 1, 3).and_then(|d| d.week_value()),
            Some("2020-W53".into())
        );
        assert_eq!(dct.week_value(), Some("2017-W34".into()));
        // Every day of four centuries round-trips.
        let start = Date::new(1900, 1, 1).expect("fixed pattern compiles");
        let mut prev = start;
        for n in 1..146_097 {
            let day = start.add_days(n).expect("in range");
            assert!(day > prev);
            assert_eq!(day.to_days() - start.to_days(), n);
            assert_eq!((prev.weekday() + 1) % 7, day.weekday());
            prev = day;
        }
    }

    #[test]
    fn infer_dct_sources() {
        let cases: &[(&str, &str, &str)] = &[
            ("BEYROUTH, 19 août 2017 (AFP) - L'armée libanaise a lancé samedi une offensive.", "2017-08-19", "dateline"),
            ("Titre\n\nPublié le 23/08/2017 à 14h20\n\nAu moins 35 morts.", "2017-08-23", "published"),
            ("Titre\n\nPar X | Publié le 25 novembre 2017 à 11:02 | Mis à jour à 13:40\n\nTexte.", "2017-11-25", "published"),
            ("Gaza : frappe\n\nMardi 12 novembre 2019 – 10h45\n\nL’armée a tué ce mardi un commandant.", "2019-11-12", "page-date"),
            ("Titre\n\nMis à jour le 3 mars 2021\n\nTexte.", "2021-03-03", "updated"),
            ("Korhogo (Côte d’Ivoire), 31 janvier 2024 – Le Mali s’est qualifié.", "2024-01-31", "dateline"),
            ("Par Serge\n\nYaoundé, le 5 octobre 2023 – Nouvelle salve.", "2023-10-05", "dateline"),
            ("COMMUNIQUÉ\n\nLe poste a été attaqué.\n\nFait à Niamey, le 11 décembre 2019\nLe ministre", "2019-12-11", "signature"),
            ("COMMUNIQUÉ\n\nNos positions ont été attaquées.\n\nLe commandement\nHassaké, le 15 janvier 2025\n", "2025-01-15", "signature"),
            ("Déclaration\n\nLe barrage a été bombardé.\n\nLe porte-parole\nGoma, le 3 mars 2025.", "2025-03-03", "signature"),
            ("FORCES ARMÉES\nCOMMUNIQUÉ DE PRESSE\nZamboanga, le 28 janvier 2024\n\n1. Six membres du groupe ont été neutralisés jeudi.", "2024-01-28", "dateline"),
            ("Texte de l'article.\n\nComment (5)\n\n    Ali\n    29 août 2017 - 4 h 00 min\n    Bravo.\n    Anonyme\n    27 août 2017 - 22 h 42 min\n    Honte.", "2017-08-27", "comment-bound"),
            ("BAMAKO, 5 août (AFP) - Des hommes armés ont attaqué.\n\n3 commentaires\n\nMoussa — 6 août 2019 à 10:02\nTriste.", "2019-08-05", "dateline"),
            ("Publié le 30 août 2017\n\nTexte.\n\nCommentaires\n\nLina — 28 août 2017 à 10 h 12\nOui.", "2017-08-28", "comment-bound"),
        ];
        for (text, date, how) in cases {
            let got = infer_dct(text);
            assert_eq!(
                got.map(|g| (g.date.to_string(), g.how)),
                Some((date.to_string(), *how)),
                "{text:?}"
            );
            if let Some(g) = got {
                assert!(text.get(g.span.start..g.span.end).is_some());
            }
        }
        let no_heading = "Texte de l'article.\n\nSamir — 26 août 2017 à \
                          12:15\nBravo.\nNour — 25 août 2017 à 12:48\nNon.";
        assert_eq!(
            infer_dct(no_heading).map(|g| (g.date.to_string(), g.how)),
            Some(("2017-08-25".to_string(), "comment-bound"))
        );
        assert_eq!(infer_dct("Un texte sans date."), None);
        // A closing line that is a sentence, or a date that does not end
        // its line, dates nothing.
        assert_eq!(
            infer_dct("Texte.\n\nIl est rentré à Goma, le 3 mars 2025."),
            None
        );
        assert_eq!(
            infer_dct("Texte.\n\nGoma, le 3 mars 2025 et Bunia le 4."),
            None
        );
        assert_eq!(infer_dct(""), None);
    }

    /// True when `v` is a well-formed value this module can produce.
    fn valid_value(v: &str) -> bool {
        let b = v.as_bytes();
        let digits =
            |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        if let Some(rest) = v.strip_prefix('P') {
            // A half in the unit below: P2Y6M, P3DT12H, PT1H30M, PT5M30S.
            let whole = rest.strip_prefix('T').unwrap_or(rest);
            for (unit, half) in
                [("Y", "6M"), ("D", "T12H"), ("H", "30M"), ("M", "30S")]
            {
                if let Some(n) =
                    whole.strip_suffix(half).and_then(|r| r.strip_suffix(unit))
                {
                    if digits(n)
                        && (unit != "H" && unit != "M" || whole != rest)
                    {
                        return true;
                    }
                }
            }
            let rest = rest.strip_prefix('T').unwrap_or(rest);
            let units = ["DE", "CE", "Y", "M", "W", "D", "H", "S"];
            return units.iter().any(|u| {
                rest.strip_suffix(u).is_some_and(|n| {
                    n == "X"
                        || digits(n)
                        || n.strip_suffix(".5").is_some_and(&digits)
                })
            });
        }
        match b.len() {
            3 | 4 => digits(v) && v != "0000",
            7 => {
                digits(&v[..4])
                    && b[4] == b'-'
                    && v[5..]
                        .parse::<u32>()
                        .is_ok_and(|m| (1..=12).contains(&m))
            }
            8 | 11 if b[4] == b'-' && b[5] == b'W' => {
                digits(&v[..4])
                    && v[6..8]
                        .parse::<u32>()
                        .is_ok_and(|w| (1..=53).contains(&w))
                    && (b.len() == 8 || &v[8..] == "-WE")
            }
            10 => Date::parse(v).is_some(),
            16 | 17 => {
                Date::parse(v).is_some()
                    && b[10] == b'T'
                    && v[11..13].parse::<u32>().is_ok_and(|h| h < 24)
                    && b[13] == b':'
                    && v[14..16].parse::<u32>().is_ok_and(|m| m < 60)
                    && (b.len() == 16 || b[16] == b'Z')
            }
            _ => false,
        }
    }

    #[test]
    fn no_panic_and_valid_values_on_random_text() {
        let words = [
            "le",
            "la",
            "du",
            "au",
            "de",
            "en",
            "depuis",
            "pendant",
            "il y a",
            "dans",
            "nuit",
            "samedi",
            "dimanche",
            "à",
            "l'aube",
            "vers",
            "1er",
            "31",
            "29",
            "0",
            "24",
            "99",
            "9999",
            "2017",
            "1600",
            "février",
            "août",
            "déc.",
            "sept.",
            "h",
            "h30",
            ":",
            "(",
            ")",
            "GMT",
            "heure locale",
            "trois",
            "vingt-et-un",
            "ans",
            "mois",
            "semaine",
            "dernière",
            "prochain",
            "hier",
            "demain",
            "veille",
            "lendemain",
            "même",
            "soir",
            "midi",
            "minuit",
            "/",
            "-",
            "–",
            "années",
            "cette année-là",
            "mi-",
            "fin",
            "début",
            "é",
            "É",
            "\u{a0}",
            "\u{202f}",
            "’",
            "日本",
            "🙂",
            ".",
            ",",
            "\n",
            " ",
            "quelques",
            "des",
            "plusieurs",
            "et demie",
            "Publié le",
            "Commentaires\n",
            "BAMAKO,",
            "(AFP) -",
            "Fait à X, le",
        ];
        let mut rng = crate::testgen::XorShift(0x9E37_79B9_7F4A_7C15);
        let dcts = [
            None,
            Date::new(1, 1, 1),
            Date::new(9999, 12, 31),
            Date::new(2017, 8, 27),
            Date::new(2016, 2, 29),
            Date::new(1600, 1, 1),
        ];
        for round in 0..3000 {
            let mut text = String::new();
            let n = rng.below(24);
            for _ in 0..n {
                if rng.below(5) == 0 {
                    // Random chars, multi-byte ones included.
                    let c = char::from_u32(rng.below(0x2FFF) as u32)
                        .unwrap_or('x');
                    text.push(c);
                } else {
                    text.push_str(words[rng.below(words.len())]);
                }
                if rng.below(3) != 0 {
                    text.push(' ');
                }
            }
            let dct = dcts[round % dcts.len()];
            let found = find_dates(&text, dct);
            let mut last_end = 0;
            for m in &found {
                assert!(m.span.start >= last_end, "{text:?}");
                assert!(m.span.start < m.span.end, "{text:?}");
                assert!(
                    text.get(m.span.start..m.span.end).is_some(),
                    "{text:?}"
                );
                last_end = m.span.end;
                if let Some(v) = &m.value {
                    assert!(valid_value(v), "{text:?} gave {v:?}");
                }
            }
            let _ = infer_dct(&text);
            for c in crate::numbers::find_counts(&text) {
                assert!(text.get(c.span.start..c.span.end).is_some());
            }
        }
    }
}
