//! French numbers in words and figures.
//!
//! Two entry points:
//!
//! - [`parse_count`] reads one whole expression such as `"au moins cinq"`,
//!   `"une vingtaine"`, `"1,5 million"` or `"100 000"`;
//! - [`find_counts`] finds every such expression in a text and reports
//!   byte spans.
//!
//! A [`Count`] keeps the number the text commits to and how firmly it
//! commits: `une dizaine` is about ten (`approximate`), `au moins cinq` is
//! five or more (`lower_bound`), `des centaines` names no number at all
//! (`vague`, with the order of magnitude as `value`).
//!
//! Ranges (`entre 25 et 30`, `25 à 30`, `deux ou trois`) keep the lower
//! figure as `value` and the upper one as `range_end`: the lower figure is
//! the one the text commits to, which is what casualty coding expects.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::span::Span;

/// A number read from French text, with how firmly the text commits to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Count {
    /// The number: exact, approximate, the lower end of a range, or the
    /// order of magnitude of a vague expression (`des dizaines` → 10).
    pub value: u64,
    /// The text gives the number as an approximation (`une dizaine`,
    /// `environ 200`, `près de 200`, `des dizaines`).
    pub approximate: bool,
    /// The number is a minimum (`au moins cinq`, `plus de 30`).
    pub lower_bound: bool,
    /// The number is a maximum (`moins de 30`, `jusqu'à 30`).
    pub upper_bound: bool,
    /// No number the text commits to (`des dizaines`, `des centaines`,
    /// `plusieurs`, `quelques`): `value` is only an order of magnitude.
    pub vague: bool,
    /// Upper end of a range (`entre 25 et 30` → `value` 25,
    /// `range_end` 30).
    pub range_end: Option<u64>,
}

impl Count {
    /// An exact count.
    pub fn exact(value: u64) -> Count {
        Count {
            value,
            approximate: false,
            lower_bound: false,
            upper_bound: false,
            vague: false,
            range_end: None,
        }
    }
}

/// A number expression found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CountMatch {
    /// Byte span of the whole expression, qualifiers included
    /// (`au moins trente-cinq`).
    pub span: Span,
    /// What it says.
    pub count: Count,
}

/// Folds a French string for matching: lowercase, accents removed,
/// typographic apostrophes and no-break spaces made plain. Every input
/// char gives exactly one output char.
pub(crate) fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Folds one char (see [`fold`]).
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ç' | 'Ç' => 'c',
        'ÿ' | 'Ÿ' => 'y',
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
        '\u{2010}' | '\u{2011}' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// Regex fragment (no capture groups) for one French number word.
pub(crate) const NUMBER_WORD: &str = "(?:dix|onze|douze|treize|quatorze|\
     quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|\
     millions?|milliards?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf)\
     (?-u:\\b)";

/// Regex fragment (no capture groups) for a sequence of French number
/// words (`quatre-vingt-dix-sept`, `vingt et un`, `deux cent mille`).
pub(crate) static NUMBER_WORDS: Lazy<String> = Lazy::new(|| {
    format!("{w}(?:(?:\\s+et\\s+|-et-|\\s*-\\s*|\\s+){w})*", w = NUMBER_WORD)
});

/// Regex fragment (no capture groups) for a figure: `35`, `100 000`
/// (any space, no-break spaces included), `100.000`, `1,5`.
const FIGURE: &str = "(?:\\d{1,3}(?:[ \\x{a0}\\x{202f}\\x{2009}.]\\d{3})+\
     (?-u:\\b)(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";

enum Word {
    /// Additive word, with its class: 1 units, 2 ten to sixteen, 3 tens.
    Add(u64, u8),
    Hundred,
    Big(u64),
}

fn word_kind(w: &str) -> Option<Word> {
    Some(match w {
        "un" | "une" => Word::Add(1, 1),
        "deux" => Word::Add(2, 1),
        "trois" => Word::Add(3, 1),
        "quatre" => Word::Add(4, 1),
        "cinq" => Word::Add(5, 1),
        "six" => Word::Add(6, 1),
        "sept" => Word::Add(7, 1),
        "huit" => Word::Add(8, 1),
        "neuf" => Word::Add(9, 1),
        "dix" => Word::Add(10, 2),
        "onze" => Word::Add(11, 2),
        "douze" => Word::Add(12, 2),
        "treize" => Word::Add(13, 2),
        "quatorze" => Word::Add(14, 2),
        "quinze" => Word::Add(15, 2),
        "seize" => Word::Add(16, 2),
        "vingt" | "vingts" => Word::Add(20, 3),
        "trente" => Word::Add(30, 3),
        "quarante" => Word::Add(40, 3),
        "cinquante" => Word::Add(50, 3),
        "soixante" => Word::Add(60, 3),
        "cent" | "cents" => Word::Hundred,
        "mille" => Word::Big(1_000),
        "million" | "millions" => Word::Big(1_000_000),
        "milliard" | "milliards" => Word::Big(1_000_000_000),
        _ => return None,
    })
}

/// Splits a folded number-word string into `(word, end byte)` pairs,
/// dropping the connector `et`.
fn number_tokens(folded: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        let word_char = c.is_alphanumeric();
        match (start, word_char) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((&folded[s..i], i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((&folded[s..], folded.len()));
    }
    out
}

/// Reads the longest valid prefix of a number-word sequence. Returns the
/// value and the byte length (in `folded`) of that prefix.
fn number_words_prefix(folded: &str) -> Option<(u64, usize)> {
    let tokens = number_tokens(folded);
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let mut last_class: u8 = 4;
    let mut seen_hundred = false;
    let mut last_big = u64::MAX;
    let mut best: Option<(u64, usize)> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (tok, end) = tokens[i];
        if tok == "et" {
            // Only between a ten and un/une/onze (vingt et un, soixante
            // et onze).
            i += 1;
            continue;
        }
        // quatre-vingt(s) is one additive word worth 80.
        let (kind, end) = if tok == "quatre"
            && matches!(
                tokens.get(i + 1),
                Some(("vingt", _)) | Some(("vingts", _))
            ) {
            let end = tokens.get(i + 1).map_or(end, |t| t.1);
            i += 1;
            (Word::Add(80, 3), end)
        } else {
            match word_kind(tok) {
                Some(k) => (k, end),
                None => break,
            }
        };
        i += 1;
        match kind {
            Word::Add(v, class) => {
                if class >= last_class
                    || (class == 1 && last_class == 2 && group % 100 != 10)
                {
                    break;
                }
                group += v;
                last_class = class;
            }
            Word::Hundred => {
                if seen_hundred || group >= 10 {
                    break;
                }
                group = group.max(1) * 100;
                seen_hundred = true;
                last_class = 4;
            }
            Word::Big(m) => {
                if m >= last_big {
                    break;
                }
                let add = match group.max(1).checked_mul(m) {
                    Some(a) => a,
                    None => break,
                };
                total = match total.checked_add(add) {
                    Some(t) => t,
                    None => break,
                };
                group = 0;
                seen_hundred = false;
                last_class = 4;
                last_big = m;
            }
        }
        if let Some(v) = total.checked_add(group) {
            best = Some((v, end));
        }
    }
    best
}

/// Reads a whole sequence of French number words (`"quatre-vingt-dix"`,
/// `"soixante et onze"`, `"deux cent mille"`). `None` unless every word
/// takes part in one well-formed number.
pub fn parse_number_words(s: &str) -> Option<u64> {
    let folded = fold(s.trim());
    let (value, len) = number_words_prefix(&folded)?;
    if folded[len..].trim().is_empty() {
        Some(value)
    } else {
        None
    }
}

/// Reads a figure with optional thousands separators and decimal part,
/// scaled by `scale`; `None` if the result is not a whole number.
fn figure_value(s: &str, scale: u64) -> Option<u64> {
    let mut int: u64 = 0;
    let mut frac: u64 = 0;
    let mut frac_div: u64 = 1;
    let mut in_frac = false;
    // A '.' followed by exactly three digits is a thousands separator;
    // otherwise it is a decimal point.
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                let d = u64::from(b - b'0');
                if in_frac {
                    frac = frac.checked_mul(10)?.checked_add(d)?;
                    frac_div = frac_div.checked_mul(10)?;
                } else {
                    int = int.checked_mul(10)?.checked_add(d)?;
                }
            }
            b',' => in_frac = true,
            b'.' => {
                let rest = &bytes[i + 1..];
                let three = rest.len() >= 3
                    && rest[..3].iter().all(u8::is_ascii_digit)
                    && rest.get(3).map_or(true, |c| !c.is_ascii_digit());
                if !three || in_frac {
                    in_frac = true;
                }
            }
            _ => {}
        }
    }
    let whole = int.checked_mul(scale)?;
    let part = frac.checked_mul(scale)?;
    if part % frac_div != 0 {
        return None;
    }
    whole.checked_add(part / frac_div)
}

/// Reads a number given in figures or words, with an optional
/// `mille`/`million(s)`/`milliard(s)` multiplier (`"1,5 million"`,
/// `"100 000"`, `"trois cents"`). Exact numbers only.
pub fn parse_number(s: &str) -> Option<u64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    if t.as_bytes()[0].is_ascii_digit() {
        let folded = fold(t);
        let (num, scale) = split_multiplier(&folded);
        if !num.bytes().all(|b| b.is_ascii_digit() || b" .,".contains(&b)) {
            return None;
        }
        figure_value(num, scale)
    } else {
        parse_number_words(t)
    }
}

/// Splits `"1,5 million"` into `("1,5", 1_000_000)`.
fn split_multiplier(folded: &str) -> (&str, u64) {
    let t = folded.trim_end();
    for (word, scale) in [
        ("milliards", 1_000_000_000),
        ("milliard", 1_000_000_000),
        ("millions", 1_000_000),
        ("million", 1_000_000),
        ("mille", 1_000),
    ] {
        if let Some(rest) = t.strip_suffix(word) {
            if rest.ends_with(' ') {
                return (rest.trim_end(), scale);
            }
        }
    }
    (t, 1)
}

/// The magnitude of an approximating noun (`dizaine` → 10).
fn approx_noun(folded: &str) -> Option<u64> {
    let stem = folded.strip_suffix('s').unwrap_or(folded);
    Some(match stem {
        "dizaine" => 10,
        "douzaine" => 12,
        "quinzaine" => 15,
        "vingtaine" => 20,
        "trentaine" => 30,
        "quarantaine" => 40,
        "cinquantaine" => 50,
        "soixantaine" => 60,
        "centaine" => 100,
        "millier" => 1_000,
        "million" => 1_000_000,
        "milliard" => 1_000_000_000,
        _ => return None,
    })
}

static QUALIFIER: &str = "(?:au\\s+moins|pas\\s+moins\\s+d(?:e\\s+|['’])|\
     plus\\s+d(?:e\\s+|['’])|au-del[àa]\\s+d(?:e\\s+|['’])|\
     pr[èe]s\\s+d(?:e\\s+|['’])|environ|quelque|approximativement|\
     autour\\s+d(?:e\\s+|['’])|moins\\s+d(?:e\\s+|['’])|jusqu['’][àa]|\
     entre|de)";

static CORE: Lazy<String> = Lazy::new(|| {
    format!(
        "(?:(?:une?|deux|trois|quatre|cinq|quelques|plusieurs|des)\\s+\
         (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|\
         cinquantaine|soixantaine|centaine|millier)s?(?-u:\\b)\
         (?:\\s+d(?:e\\s+|['’])(?:milliers|millions|milliards)(?-u:\\b))?|\
         (?:des|plusieurs|quelques)\\s+(?:milliers|millions|milliards)\
         (?-u:\\b)|\
         {fig}(?:\\s+(?:millions?|milliards?|mille)(?-u:\\b))?|\
         {words}|plusieurs(?-u:\\b)|quelques(?-u:\\b))",
        fig = FIGURE,
        words = *NUMBER_WORDS
    )
});

static COUNT_RE: Lazy<Regex> = Lazy::new(|| {
    let pat = format!(
        "(?i)(?-u:\\b)(?:(?P<qual>{q})\\s*)?(?P<a>{c})\
         (?:\\s*(?P<sep>et|à|ou|-|–)\\s*(?P<b>{c}))?",
        q = QUALIFIER,
        c = *CORE
    );
    Regex::new(&pat).expect("count pattern is valid")
});

/// Reads one core number expression (no qualifier). Returns the count
/// and the byte length consumed in `s` (a word sequence may be cut short
/// when its tail is not part of the number).
fn read_core(s: &str) -> Option<(Count, usize)> {
    let folded = fold(s);
    let first = folded.split_whitespace().next()?;
    let words: Vec<&str> = folded.split_whitespace().collect();
    // Approximating nouns: une dizaine, des centaines, plusieurs milliers.
    if words.len() >= 2 {
        let noun = words[1].split(['-', '\'']).next().unwrap_or("");
        if let Some(mag) = approx_noun(noun) {
            let (mult, vague) = match first {
                "un" | "une" => (1, false),
                "deux" => (2, false),
                "trois" => (3, false),
                "quatre" => (4, false),
                "cinq" => (5, false),
                "des" => (1, true),
                _ => (2, true), // plusieurs, quelques
            };
            let plural_big = words
                .last()
                .filter(|_| words.len() >= 4)
                .and_then(|w| approx_noun(w.trim_start_matches("d'")));
            let mut value = mag.checked_mul(mult)?;
            if let Some(big) = plural_big {
                value = value.checked_mul(big)?;
            }
            let exact_million = matches!(
                first,
                "un" | "une" | "deux" | "trois" | "quatre" | "cinq"
            ) && mag >= 1_000_000;
            let count = Count {
                value,
                approximate: !exact_million,
                vague,
                ..Count::exact(value)
            };
            return Some((count, s.len()));
        }
    }
    match first {
        "plusieurs" | "quelques" => {
            let count = Count { vague: true, ..Count::exact(2) };
            return Some((count, first.len()));
        }
        _ => {}
    }
    if first.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let value = parse_number(s)?;
        return Some((Count::exact(value), s.len()));
    }
    let (value, len) = number_words_prefix(&folded)?;
    // `folded` has one char per input char: map the length back.
    let n_chars = folded[..len].chars().count();
    let byte_len = s.char_indices().nth(n_chars).map_or(s.len(), |(i, _)| i);
    Some((Count::exact(value), byte_len))
}

/// Applies a qualifier (`au moins`, `environ` …) to a count.
fn qualify(mut count: Count, qual: &str) -> Count {
    let q = fold(qual);
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    if q.starts_with("au moins")
        || q.starts_with("pas moins")
        || q.starts_with("plus d")
        || q.starts_with("au-dela")
    {
        count.lower_bound = true;
    } else if q.starts_with("moins d") || q.starts_with("jusqu") {
        count.upper_bound = true;
    } else if q.starts_with("pres")
        || q.starts_with("environ")
        || q.starts_with("quelque")
        || q.starts_with("approx")
        || q.starts_with("autour")
    {
        count.approximate = true;
    }
    count
}

/// Reads the match of [`COUNT_RE`] starting at `start` in `text`; returns
/// the end byte and the count.
fn read_match(caps: &regex::Captures<'_>) -> Option<(usize, usize, Count)> {
    let whole = caps.get(0)?;
    let a = caps.name("a")?;
    let (mut count, a_len) = read_core(a.as_str())?;
    let mut end = a.start() + a_len;
    let qual = caps.name("qual").map(|m| fold(m.as_str()));
    let qual_trim = qual.as_deref().map(str::trim);
    let mut start = whole.start();
    if let (Some(b), Some(sep)) = (caps.name("b"), caps.name("sep")) {
        // A second number makes a range: entre 25 et 30, 25 à 30, deux ou
        // trois. Only when the first number was read whole.
        let sep = fold(sep.as_str());
        let range_ok = a_len == a.as_str().len()
            && match sep.as_str() {
                "et" => qual_trim == Some("entre"),
                "ou" | "a" | "-" | "–" => true,
                _ => false,
            };
        if range_ok {
            if let Some((cb, b_len)) = read_core(b.as_str()) {
                if cb.value > count.value && !cb.vague && !count.vague {
                    count.range_end = Some(cb.value);
                    if sep == "ou" {
                        count.approximate = true;
                    }
                    end = b.start() + b_len;
                }
            }
        }
    }
    match qual_trim {
        None => {}
        Some("entre") | Some("de") => {
            if count.range_end.is_none() {
                // "entre" or "de" without a second number is not part of
                // the expression.
                start = a.start();
            }
        }
        Some(q) => count = qualify(count, q),
    }
    Some((start, end, count))
}

/// Parses a whole French number expression.
///
/// Accepted: words (`"neuf"`, `"vingt-deux"`, `"quatre-vingt-dix"`,
/// `"soixante et onze"`, `"trois cents"`), figures (`"100 000"` with any
/// space or no-break space, `"100.000"`, `"1,5 million"`), approximating
/// nouns (`"une dizaine"` → 10 approximate, `"un millier"` → 1000
/// approximate, `"des centaines"` → 100 vague), qualifiers (`"au moins
/// cinq"`, `"plus de 30"` → lower bound; `"près de 200"`, `"environ
/// 200"` → approximate; `"moins de 30"` → upper bound) and ranges
/// (`"entre 25 et 30"` → 25 with `range_end` 30). `plusieurs` and
/// `quelques` alone are vague with value 2.
///
/// `None` when the string is not exactly one number expression.
pub fn parse_count(s: &str) -> Option<Count> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let caps = COUNT_RE.captures(t)?;
    let (start, end, count) = read_match(&caps)?;
    if start == 0 && end == t.len() {
        Some(count)
    } else {
        None
    }
}

/// True when the char before `i` is a letter or digit.
fn word_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// True when the char at `i` is a letter or digit.
fn word_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Finds number expressions in `text`: figures and words with their
/// qualifiers, sorted by start, non-overlapping, byte spans on char
/// boundaries.
///
/// Left out, because they are not counts: the article `un`/`une` alone,
/// numbers that are part of a date, time or duration (as found by
/// [`crate::dates::find_dates`]: `19 août`, `14h20`, `trois jours`),
/// parts of `23/08/2017`-like figures, `n° 3` and percentages.
pub fn find_counts(text: &str) -> Vec<CountMatch> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut dates: Option<Vec<Span>> = None;
    // Index of the first date span that may still overlap a later count.
    let mut next_date = 0;
    while pos < text.len() {
        let Some(caps) = COUNT_RE.captures_at(text, pos) else { break };
        let Some(whole) = caps.get(0) else { break };
        let next = next_char(text, whole.start());
        let Some((start, end, count)) = read_match(&caps) else {
            pos = next;
            continue;
        };
        if start >= end || !ok_count(text, start, end) {
            pos = next;
            continue;
        }
        let folded = fold(&text[start..end]);
        if folded == "un" || folded == "une" {
            pos = end;
            continue;
        }
        let span = Span::new(start, end);
        let dates = dates.get_or_insert_with(|| {
            crate::dates::find_dates(text, None)
                .into_iter()
                .map(|d| d.span)
                .collect()
        });
        while dates.get(next_date).is_some_and(|d| d.end <= span.start) {
            next_date += 1;
        }
        if dates.get(next_date).is_some_and(|d| d.overlaps(span)) {
            pos = end;
            continue;
        }
        out.push(CountMatch { span, count });
        pos = end;
    }
    out
}

/// Checks the surroundings of a candidate count.
fn ok_count(text: &str, start: usize, end: usize) -> bool {
    if word_before(text, start) || word_at(text, end) {
        return false;
    }
    let mut back = text[..start].chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    match prev {
        Some('/' | ':' | '#' | '°') => return false,
        Some('.' | ',' | '-') if prev2.is_some_and(|c| c.is_ascii_digit()) => {
            return false
        }
        _ => {}
    }
    // "n° 3", "N° 12".
    let before = text[..start].trim_end();
    if before.ends_with('°') {
        return false;
    }
    let after = &text[end..];
    let mut ahead = after.chars();
    match (ahead.next(), ahead.next()) {
        (Some('/' | ':'), _) => return false,
        (Some('.' | ','), Some(c)) if c.is_ascii_digit() => return false,
        _ => {}
    }
    let after = after.trim_start();
    if after.starts_with('%') {
        return false;
    }
    let head = fold(&after[..floor_boundary(after, 10)]);
    !head.starts_with("pour cent") && !head.starts_with("pourcent")
}

/// The largest char boundary of `s` not above `n`.
pub(crate) fn floor_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    let mut i = n;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte index of the char after the one at `i`.
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(text.len(), |c| i + c.len_utf8())
}
