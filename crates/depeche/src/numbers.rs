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
    // [`fold_char`] folds an ASCII char to its ASCII lowercase.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(fold_char));
    out
}

/// Folds one char (see [`fold`]).
pub(crate) fn fold_char(c: char) -> char {
    match c {
        // First: most chars are ASCII, and none of the others below is.
        c if c.is_ascii() => c.to_ascii_lowercase(),
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
    let mut last_value: u64 = 0;
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
                // Classes must decrease (soixante, dix, sept); a unit
                // may follow only "dix" among the teens (dix-sept).
                if class >= last_class
                    || (class == 1 && last_class == 2 && last_value != 10)
                {
                    break;
                }
                group += v;
                last_class = class;
                last_value = v;
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
pub(crate) fn approx_noun(folded: &str) -> Option<u64> {
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

/// Compiles the count pattern now rather than on first use (see the
/// extractor's start-up); no search, so no thread owns its cache.
pub(crate) fn warm_patterns() {
    Lazy::force(&COUNT_RE);
}

static COUNT_RE: Lazy<Regex> = Lazy::new(|| {
    let pat = format!(
        "(?i)(?-u:\\b)(?:(?P<qual>{q})\\s*)?(?P<a>{c})\
         (?:\\s*(?P<sep>et|à|ou|-|–)\\s*(?P<b>{c}))?",
        q = QUALIFIER,
        c = *CORE
    );
    unanchored_regex(&pat)
});

/// Compiles `pattern`, a fixed pattern searched unanchored, after a
/// branch that never matches (a class, nothing, a class), which changes
/// no match. On a pattern that is a concatenation, the regex crate spends
/// a sixth to a third of the compile time looking for an inner literal to
/// search for first, and finds none in these (they compile to its plain
/// lazy DFA either way); a pattern that is an alternation is not looked
/// into. It also looks for the literals that every match starts or ends
/// with, and finds no useful ones in these either: a class of more chars
/// than it takes apart (eleven private-use chars) at both ends of the
/// first branch makes it give up at once, and the empty class between
/// them keeps that branch from ever matching.
pub(crate) fn unanchored_regex(pattern: &str) -> Regex {
    const NEVER: &str = "[\\x{E000}-\\x{E00A}][^\\s\\S][\\x{E000}-\\x{E00A}]";
    Regex::new(&format!("{NEVER}|(?:{pattern})"))
        .expect("fixed pattern compiles")
}

/// Reads one core number expression (no qualifier). Returns the count
/// and the byte length consumed in `s` (a word sequence may be cut short
/// when its tail is not part of the number).
fn read_core(s: &str) -> Option<(Count, usize)> {
    // A plain figure: what the general path below gives (one word, not a
    // determiner, read by `parse_number`), without folding copies.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some((Count::exact(figure_value(s, 1)?), s.len()));
    }
    let folded = fold(s);
    // The first, second and last words, and how many there are.
    let (mut first, mut second, mut last, mut n_words) = ("", "", "", 0);
    for w in folded.split_whitespace() {
        match n_words {
            0 => first = w,
            1 => second = w,
            _ => {}
        }
        last = w;
        n_words += 1;
    }
    if n_words == 0 {
        return None;
    }
    // Approximating nouns: une dizaine, des centaines, plusieurs milliers.
    let determiner = matches!(
        first,
        "un" | "une"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "des"
            | "plusieurs"
            | "quelques"
    );
    if n_words >= 2 && determiner {
        let noun = second.split(['-', '\'']).next().unwrap_or("");
        let big_noun =
            noun.starts_with("million") || noun.starts_with("milliard");
        let article = matches!(first, "des" | "plusieurs" | "quelques");
        // "deux millions" is an exact number; "des millions" is not.
        let approx = approx_noun(noun).filter(|_| article || !big_noun);
        if let Some(mag) = approx {
            let (mult, vague) = match first {
                "un" | "une" => (1, false),
                "deux" => (2, false),
                "trois" => (3, false),
                "quatre" => (4, false),
                "cinq" => (5, false),
                "des" => (1, true),
                _ => (2, true), // plusieurs, quelques
            };
            let plural_big = Some(last)
                .filter(|_| n_words >= 4)
                .and_then(|w| approx_noun(w.trim_start_matches("d'")));
            let mut value = mag.checked_mul(mult)?;
            if let Some(big) = plural_big {
                value = value.checked_mul(big)?;
            }
            let count = Count {
                value,
                approximate: true,
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

/// A piece of a text found by a search: where it starts in the whole text
/// and its characters (a regex group read with an offset, or one read by
/// hand). Groups of [`COUNT_RE`] and of the entity patterns.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece<'t> {
    pub(crate) start: usize,
    pub(crate) text: &'t str,
}

impl<'t> Piece<'t> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }
}

impl<'t> From<regex::Match<'t>> for Piece<'t> {
    fn from(m: regex::Match<'t>) -> Piece<'t> {
        Piece { start: m.start(), text: m.as_str() }
    }
}

/// The groups of a match of [`COUNT_RE`].
struct Groups<'t> {
    whole: Piece<'t>,
    qual: Option<Piece<'t>>,
    a: Option<Piece<'t>>,
    sep: Option<Piece<'t>>,
    b: Option<Piece<'t>>,
}

impl<'t> Groups<'t> {
    fn of(caps: &regex::Captures<'t>) -> Option<Groups<'t>> {
        // By index: the groups of the pattern are these four, in this
        // order (checked in the tests); a lookup by name hashes the name.
        Some(Groups {
            whole: caps.get(0)?.into(),
            qual: caps.get(1).map(Piece::from),
            a: caps.get(2).map(Piece::from),
            sep: caps.get(3).map(Piece::from),
            b: caps.get(4).map(Piece::from),
        })
    }

    /// The groups of the match `text` (starting at byte `start`) when
    /// they follow from its text alone, else `None` (then a second search
    /// gives them).
    ///
    /// - No letter, dash, apostrophe or other char outside figures and
    ///   spaces: a qualifier and a separator each hold a letter or a
    ///   dash, so the whole match is the number.
    /// - ASCII letters only: no word boundary inside, where every core
    ///   but a figure must end, so there is no separator and the number
    ///   is one word; a qualifier precedes it only when the match is a
    ///   one-word qualifier glued to a one-word number (`dedeux`), since
    ///   the pattern prefers the qualifier whenever it can take one.
    fn without_search(text: &'t str, start: usize) -> Option<Groups<'t>> {
        let bytes = text.as_bytes();
        if bytes.iter().all(u8::is_ascii_digit) {
            return Some(Groups::of_digits(text, start));
        }
        if text.chars().all(|c| {
            c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace()
        }) {
            return Some(Groups::of_digits(text, start));
        }
        if !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Groups::qualified_figure(text, start)
                .or_else(|| Groups::qualified_word(text, start))
                .or_else(|| Groups::figure_range(text, start))
                .or_else(|| Groups::approximation(text, start));
        }
        let whole = Piece { start, text };
        for q in GLUED_QUALIFIERS {
            let Some(head) = text.get(..q.len()) else { continue };
            if !head.eq_ignore_ascii_case(q) {
                continue;
            }
            let rest = &text[q.len()..];
            if CORE_WORDS.iter().any(|w| rest.eq_ignore_ascii_case(w)) {
                let qual = Piece { start, text: head };
                let a = Piece { start: start + q.len(), text: rest };
                return Some(Groups {
                    whole,
                    qual: Some(qual),
                    a: Some(a),
                    sep: None,
                    b: None,
                });
            }
            // No two of these qualifiers start alike: no other can match.
            break;
        }
        Some(Groups { whole, qual: None, a: Some(whole), sep: None, b: None })
    }

    /// The groups of a match made of ASCII digits only, without a second
    /// search: no qualifier or separator can be in it (they start with a
    /// letter or a dash), so the number is the whole match.
    fn of_digits(text: &'t str, start: usize) -> Groups<'t> {
        let whole = Piece { start, text };
        Groups { whole, qual: None, a: Some(whole), sep: None, b: None }
    }
}

impl<'t> Groups<'t> {
    /// The groups of a match made of a qualifier in plain words and
    /// spaces (`plus de`, `au moins`, `environ`) followed by a figure
    /// without letters (`plus de 100 000`), else `None`.
    ///
    /// The figure holds no letter or dash, so there is no separator and
    /// it is the whole number; the words before it can then only be a
    /// qualifier, which is found by its words (no two qualifiers have the
    /// same words). Qualifiers ending in `de` take the spaces after them
    /// (`d(?:e\s+|…)`), the others leave them to the `\s*` that follows.
    fn qualified_figure(text: &'t str, start: usize) -> Option<Groups<'t>> {
        let figure_char =
            |c: char| c.is_ascii_digit() || matches!(c, ' ' | '.' | ',');
        let k = text
            .char_indices()
            .rev()
            .find(|&(_, c)| !figure_char(c))
            .map(|(i, c)| i + c.len_utf8())?;
        let rest = &text[k..];
        let number = rest.trim_start_matches(' ');
        let gap = rest.len() - number.len();
        if gap == 0 || !number.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Groups::qualified(text, start, k, gap)
    }

    /// The groups of a match made of a qualifier in plain words and
    /// spaces followed by one number word in ASCII letters (`au moins
    /// dix`, `de trois`, `plus de cinq`), else `None`.
    ///
    /// The last word has no word boundary inside, where every core but a
    /// figure must end, so it is the whole number; none of the words
    /// before it is a number word or starts a core (`de` is not `des`,
    /// `quelque` is not `quelques`), so they can only be the qualifier,
    /// found as in [`Groups::qualified_figure`].
    fn qualified_word(text: &'t str, start: usize) -> Option<Groups<'t>> {
        let last = text.rfind(' ')? + 1;
        let number = &text[last..];
        if !CORE_WORDS.iter().any(|w| number.eq_ignore_ascii_case(w)) {
            return None;
        }
        let k = text[..last].trim_end_matches(' ').len();
        Groups::qualified(text, start, k, last - k)
    }

    /// The groups of a match whose first `k` bytes are qualifier words,
    /// followed by `gap` spaces and the number, else `None` when those
    /// words are not a qualifier of [`QUALIFIER`] written with plain
    /// spaces.
    fn qualified(
        text: &'t str,
        start: usize,
        k: usize,
        gap: usize,
    ) -> Option<Groups<'t>> {
        let words = &text[..k];
        if gap == 0
            || !words.chars().all(|c| {
                c.is_ascii_alphabetic() || matches!(c, ' ' | 'è' | 'È')
            })
        {
            return None;
        }
        let lower = words.to_lowercase();
        let words: Vec<&str> =
            lower.split(' ').filter(|w| !w.is_empty()).collect();
        let takes_spaces = match words.as_slice() {
            ["de" | "entre" | "environ" | "quelque" | "approximativement"]
            | ["au", "moins"] => false,
            ["plus" | "moins" | "autour" | "près" | "pres", "de"]
            | ["pas", "moins", "de"] => true,
            _ => return None,
        };
        let qual_len = if takes_spaces { k + gap } else { k };
        let qual = Piece { start, text: &text[..qual_len] };
        let a = Piece { start: start + k + gap, text: &text[k + gap..] };
        Some(Groups {
            whole: Piece { start, text },
            qual: Some(qual),
            a: Some(a),
            sep: None,
            b: None,
        })
    }

    /// The groups of a match made of ASCII digits, a separator with only
    /// spaces around it, and ASCII digits (`2025 à 10`, `2017 - 4`, `25
    /// et 30`), else `None`.
    ///
    /// No qualifier starts with a digit; a figure with thousands needs a
    /// separator and three digits after its first digits, which neither
    /// run of digits has, so each run is one whole number, and the
    /// separator between them is the only place where the match can
    /// split.
    fn figure_range(text: &'t str, start: usize) -> Option<Groups<'t>> {
        let a_len = text.bytes().take_while(u8::is_ascii_digit).count();
        let after_a = text[a_len..].trim_start_matches(' ');
        let sep = ["et", "ou", "à", "-", "–"]
            .into_iter()
            .find(|s| after_a.starts_with(s))?;
        let sep_start = text.len() - after_a.len();
        let after_sep = after_a[sep.len()..].trim_start_matches(' ');
        if a_len == 0
            || after_sep.is_empty()
            || !after_sep.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let b_start = text.len() - after_sep.len();
        Some(Groups {
            whole: Piece { start, text },
            qual: None,
            a: Some(Piece { start, text: &text[..a_len] }),
            sep: Some(Piece { start: start + sep_start, text: sep }),
            b: Some(Piece { start: start + b_start, text: after_sep }),
        })
    }

    /// The groups of a match made of a determiner, spaces and an
    /// approximating noun (`une vingtaine`, `des centaines`, `deux
    /// millions`), all in ASCII letters, else `None`.
    ///
    /// Whichever core reads it, the whole match is the number: no
    /// qualifier starts one of these determiners (`de` before `des`
    /// leaves `s…`, `quelque` before `quelques` leaves `s…`, where no
    /// core starts), and no separator can follow a core ending at the
    /// determiner or inside the noun (no core ends inside these nouns,
    /// which have no word boundary inside, and none starts with a
    /// separator).
    fn approximation(text: &'t str, start: usize) -> Option<Groups<'t>> {
        let (det, rest) = text.split_once(' ')?;
        let noun = rest.trim_start_matches(' ');
        let is_any = |words: &[&str], w: &str| {
            words.iter().any(|x| w.eq_ignore_ascii_case(x))
        };
        if !is_any(&APPROX_DETERMINERS, det) {
            return None;
        }
        let stem = noun.strip_suffix(['s', 'S']).unwrap_or(noun);
        if !is_any(&APPROX_NOUNS, stem) {
            return None;
        }
        let whole = Piece { start, text };
        Some(Groups { whole, qual: None, a: Some(whole), sep: None, b: None })
    }
}

/// The determiners of an approximating noun in [`CORE`].
const APPROX_DETERMINERS: [&str; 9] = [
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "des",
    "plusieurs",
    "quelques",
];

/// Approximating nouns of [`CORE`] and big number words, each with an
/// optional final `s`.
const APPROX_NOUNS: [&str; 12] = [
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "millier",
    "million",
    "milliard",
];

/// The qualifiers of [`QUALIFIER`] that are one word with nothing to
/// separate them from the number (`\s*` may be empty).
const GLUED_QUALIFIERS: [&str; 5] =
    ["environ", "quelque", "approximativement", "entre", "de"];

/// The cores of [`CORE`] that are one ASCII word: the words of
/// [`NUMBER_WORD`], `plusieurs` and `quelques`.
const CORE_WORDS: &[&str] = &[
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "plusieurs",
    "quelques",
];

/// Reads a match of [`COUNT_RE`]; returns its start and end bytes and the
/// count.
fn read_match(caps: &Groups<'_>) -> Option<(usize, usize, Count)> {
    let whole = caps.whole;
    let a = caps.a?;
    let (mut count, a_len) = read_core(a.as_str())?;
    let mut end = a.start() + a_len;
    let qual = caps.qual.map(|m| fold(m.as_str()));
    let qual_trim = qual.as_deref().map(str::trim);
    let mut start = whole.start();
    let rest = &a.as_str()[a_len..];
    if a_len < a.as_str().len() && qual_trim == Some("entre") {
        // "entre vingt et trente": the word sequence ran on through "et".
        let trimmed = rest.trim_start();
        let b_str = ["et ", "ET ", "Et "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p))
            .map(str::trim_start);
        if let Some(b_str) = b_str {
            let b_start = a.end() - b_str.len();
            if let Some((cb, b_len)) = read_core(b_str) {
                if b_len == b_str.len() && cb.value > count.value {
                    count.range_end = Some(cb.value);
                    end = b_start + b_len;
                }
            }
        }
    } else if let (Some(b), Some(sep)) = (caps.b, caps.sep) {
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
        // "entre" or "de" without a second number is not part of the
        // expression.
        Some("entre" | "de") if count.range_end.is_none() => {
            start = a.start();
        }
        Some("entre" | "de") => {}
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
    let (start, end, count) = read_match(&Groups::of(&caps)?)?;
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
    find_counts_inner(text, None)
}

/// Like [`find_counts`], with the spans of the text's dates already known
/// (sorted by start): a caller that has run
/// [`crate::dates::find_dates`] need not pay for it twice.
pub fn find_counts_excluding(text: &str, dates: &[Span]) -> Vec<CountMatch> {
    find_counts_inner(text, Some(dates.to_vec()))
}

fn find_counts_inner(text: &str, known: Option<Vec<Span>>) -> Vec<CountMatch> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut dates: Option<Vec<Span>> = known;
    // Index of the first date span that may still overlap a later count.
    let mut next_date = 0;
    while pos < text.len() {
        // The match bounds come cheaply; the groups cost a second, slower
        // search, paid only when the match may be kept.
        let Some(found) = COUNT_RE.find_at(text, pos) else { break };
        if is_article(found.as_str()) {
            // `un`/`une` alone is never a count. Whatever the checks below
            // say, the search resumes within the word, where no match can
            // start (the pattern starts on a word boundary).
            pos = found.end();
            continue;
        }
        // Most matches are plain figures or single words, whose groups
        // need no search.
        let caps = if let Some(g) =
            Groups::without_search(found.as_str(), found.start())
        {
            g
        } else {
            let Some(caps) = COUNT_RE.captures_at(text, found.start()) else {
                break;
            };
            let Some(caps) = Groups::of(&caps) else { break };
            caps
        };
        let next = next_char(text, caps.whole.start());
        let Some((start, end, count)) = read_match(&caps) else {
            pos = next;
            continue;
        };
        if start >= end || !ok_count(text, start, end) {
            pos = next;
            continue;
        }
        if folds_to(&text[start..end], "un")
            || folds_to(&text[start..end], "une")
        {
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

/// True for the article `un`/`une` (any case).
fn is_article(s: &str) -> bool {
    s.eq_ignore_ascii_case("un") || s.eq_ignore_ascii_case("une")
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
    let head = &after[..floor_boundary(after, 10)];
    !folds_with_prefix(head, "pour cent")
        && !folds_with_prefix(head, "pourcent")
}

/// True when `fold(s) == t`, without building the folded string.
fn folds_to(s: &str, t: &str) -> bool {
    s.chars().map(fold_char).eq(t.chars())
}

/// True when `fold(s)` starts with the ASCII `prefix`, without building the
/// folded string (a char folded to a non-ASCII char never equals an ASCII
/// byte, so the first chars must fold to the prefix's).
pub(crate) fn folds_with_prefix(s: &str, prefix: &str) -> bool {
    debug_assert!(prefix.is_ascii());
    let mut folded = s.chars().map(fold_char);
    prefix.chars().all(|p| folded.next() == Some(p))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Flags of a count: `a` approximate, `l` lower bound, `u` upper
    /// bound, `v` vague.
    fn flags(c: &Count) -> String {
        let mut s = String::new();
        for (on, f) in [
            (c.approximate, 'a'),
            (c.lower_bound, 'l'),
            (c.upper_bound, 'u'),
            (c.vague, 'v'),
        ] {
            if on {
                s.push(f);
            }
        }
        s
    }

    #[rustfmt::skip]
    const CASES: &[(&str, u64, &str, Option<u64>)] = &[
        ("neuf", 9, "", None),
        ("un", 1, "", None),
        ("une", 1, "", None),
        ("deux", 2, "", None),
        ("onze", 11, "", None),
        ("quatorze", 14, "", None),
        ("seize", 16, "", None),
        ("dix-sept", 17, "", None),
        ("dix-huit", 18, "", None),
        ("dix-neuf", 19, "", None),
        ("vingt", 20, "", None),
        ("vingt et un", 21, "", None),
        ("vingt-et-un", 21, "", None),
        ("vingt-deux", 22, "", None),
        ("trente-cinq", 35, "", None),
        ("Trente-Cinq", 35, "", None),
        ("TRENTE-CINQ", 35, "", None),
        ("quarante-huit", 48, "", None),
        ("cinquante-deux", 52, "", None),
        ("soixante-dix", 70, "", None),
        ("soixante et onze", 71, "", None),
        ("soixante-douze", 72, "", None),
        ("soixante-quinze", 75, "", None),
        ("soixante-dix-neuf", 79, "", None),
        ("quatre-vingts", 80, "", None),
        ("quatre-vingt-un", 81, "", None),
        ("quatre-vingt-dix", 90, "", None),
        ("quatre-vingt-dix-sept", 97, "", None),
        ("cent", 100, "", None),
        ("cent un", 101, "", None),
        ("cent-vingt", 120, "", None),
        ("trois cents", 300, "", None),
        ("deux cent cinquante", 250, "", None),
        ("trois cent cinq", 305, "", None),
        ("mille", 1_000, "", None),
        ("deux mille", 2_000, "", None),
        ("deux mille dix-sept", 2_017, "", None),
        ("cent mille", 100_000, "", None),
        ("deux cent mille", 200_000, "", None),
        ("un million", 1_000_000, "", None),
        ("trois millions", 3_000_000, "", None),
        ("deux millions cinq cent mille", 2_500_000, "", None),
        ("un milliard", 1_000_000_000, "", None),
        ("305", 305, "", None),
        ("1,5 million", 1_500_000, "", None),
        ("2,3 milliards", 2_300_000_000, "", None),
        ("1.5 million", 1_500_000, "", None),
        ("3 millions", 3_000_000, "", None),
        ("100 000", 100_000, "", None),
        ("100\u{a0}000", 100_000, "", None),
        ("100\u{202f}000", 100_000, "", None),
        ("100.000", 100_000, "", None),
        ("1 234 567", 1_234_567, "", None),
        ("12 000", 12_000, "", None),
        ("une dizaine", 10, "a", None),
        ("une douzaine", 12, "a", None),
        ("une quinzaine", 15, "a", None),
        ("une vingtaine", 20, "a", None),
        ("une trentaine", 30, "a", None),
        ("une quarantaine", 40, "a", None),
        ("une cinquantaine", 50, "a", None),
        ("une soixantaine", 60, "a", None),
        ("une centaine", 100, "a", None),
        ("un millier", 1_000, "a", None),
        ("deux centaines", 200, "a", None),
        ("trois milliers", 3_000, "a", None),
        ("une dizaine de milliers", 10_000, "a", None),
        ("des dizaines", 10, "av", None),
        ("des centaines", 100, "av", None),
        ("des milliers", 1_000, "av", None),
        ("des millions", 1_000_000, "av", None),
        ("des dizaines de milliers", 10_000, "av", None),
        ("des centaines de milliers", 100_000, "av", None),
        ("plusieurs centaines", 200, "av", None),
        ("plusieurs dizaines", 20, "av", None),
        ("quelques dizaines", 20, "av", None),
        ("plusieurs", 2, "v", None),
        ("quelques", 2, "v", None),
        ("au moins cinq", 5, "l", None),
        ("au moins 35", 35, "l", None),
        ("Au moins trente-cinq", 35, "l", None),
        ("pas moins de 12", 12, "l", None),
        ("plus de 30", 30, "l", None),
        ("plus de 100 000", 100_000, "l", None),
        ("plus d'une centaine", 100, "al", None),
        ("plus d’un millier", 1_000, "al", None),
        ("au moins une dizaine", 10, "al", None),
        ("près de 200", 200, "a", None),
        ("près d'un millier", 1_000, "a", None),
        ("pres de 200", 200, "a", None),
        ("environ 200", 200, "a", None),
        ("environ deux cents", 200, "a", None),
        ("quelque 300", 300, "a", None),
        ("autour de 50", 50, "a", None),
        ("moins de 30", 30, "u", None),
        ("jusqu'à 50", 50, "u", None),
        ("entre 25 et 30", 25, "", Some(30)),
        ("entre vingt et trente", 20, "", Some(30)),
        ("25 à 30", 25, "", Some(30)),
        ("de 25 à 30", 25, "", Some(30)),
        ("25-30", 25, "", Some(30)),
        ("deux ou trois", 2, "a", Some(3)),
        ("trois à cinq", 3, "", Some(5)),
    ];

    #[test]
    fn parse_count_table() {
        let mut failures = Vec::new();
        for &(input, value, fl, range_end) in CASES {
            match parse_count(input) {
                Some(c)
                    if c.value == value
                        && flags(&c) == fl
                        && c.range_end == range_end => {}
                other => failures.push(format!(
                    "{input:?}: want {value} {fl:?} {range_end:?}, got {other:?}"
                )),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn parse_count_rejects() {
        for input in [
            "",
            " ",
            "bonjour",
            "deux trois",
            "vingt cents",
            "trois chats",
            "dix-sept heures",
            "cent cent",
            "mille mille",
            "2,5",
            "un deux",
            "neuf huit",
            "et",
            "environ",
            "au moins",
        ] {
            assert_eq!(parse_count(input), None, "{input:?}");
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_number_words("quatre-vingt-dix-neuf"), Some(99));
        assert_eq!(parse_number_words("soixante et onze"), Some(71));
        assert_eq!(
            parse_number_words("mille neuf cent quatre-vingt-deux"),
            Some(1982)
        );
        assert_eq!(parse_number_words("trois chats"), None);
        assert_eq!(parse_number("100\u{202f}000"), Some(100_000));
        assert_eq!(parse_number("1,25 million"), Some(1_250_000));
        assert_eq!(parse_number("99999999999999999999999"), None);
        assert_eq!(
            parse_number("999999 milliards"),
            Some(999_999_000_000_000)
        );
        assert_eq!(parse_number("99999999999 milliards"), None);
    }

    fn found(text: &str) -> Vec<(&str, u64, String)> {
        find_counts(text)
            .into_iter()
            .map(|m| (&text[m.span], m.count.value, flags(&m.count)))
            .collect()
    }

    #[test]
    fn counts_in_sentences() {
        let t = "Au moins trente-cinq personnes ont été tuées et une dizaine \
                 blessées le 19 août 2017 à 14h20.";
        assert_eq!(
            found(t),
            vec![
                ("Au moins trente-cinq", 35, "l".to_string()),
                ("une dizaine", 10, "a".to_string()),
            ]
        );
        let t = "Plus de 100 000 personnes sont privées d'eau (3 %) depuis \
                 trois ans, selon le communiqué n° 3 du 23/08/2017.";
        assert_eq!(
            found(t),
            vec![("Plus de 100 000", 100_000, "l".to_string())]
        );
        let t = "Un soldat a été tué et des dizaines d'autres blessés.";
        assert_eq!(found(t), vec![("des dizaines", 10, "av".to_string())]);
        let t = "Le bilan s'élève à 305 morts et 128 blessés.";
        assert_eq!(
            found(t),
            vec![("305", 305, String::new()), ("128", 128, String::new())]
        );
        let t = "Entre 25 et 30 civils ont été enlevés, dont neuf soldats.";
        let got = find_counts(t);
        assert_eq!(got.len(), 2);
        assert_eq!(&t[got[0].span], "Entre 25 et 30");
        assert_eq!(got[0].count.range_end, Some(30));
        assert_eq!(&t[got[1].span], "neuf");
    }

    #[test]
    fn figure_matches_need_no_second_search() {
        let t =
            "12, 3 à 5, 100 000 et 2017-2018 ; 7.5 ou 99999999999999999999 \
                 et 0042 le 19/08, n° 3.";
        let mut pos = 0;
        while let Some(m) = COUNT_RE.find_at(t, pos) {
            pos = m.end();
            if !m.as_str().bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let caps = COUNT_RE.captures_at(t, m.start()).unwrap();
            let slow = Groups::of(&caps).unwrap();
            let fast = Groups::of_digits(m.as_str(), m.start());
            let key = |g: &Groups<'_>| {
                [Some(g.whole), g.qual, g.a, g.sep, g.b]
                    .map(|p| p.map(|p| (p.start(), p.end())))
            };
            assert_eq!(key(&slow), key(&fast), "{:?}", m.as_str());
            let a = fast.a.unwrap().as_str();
            assert_eq!(
                read_core(a),
                parse_number(a).map(|v| (Count::exact(v), a.len())),
                "{a:?}"
            );
        }
    }

    #[test]
    fn groups_without_search_are_the_searched_ones() {
        let names: Vec<Option<&str>> = COUNT_RE.capture_names().collect();
        assert_eq!(
            names,
            [None, Some("qual"), Some("a"), Some("sep"), Some("b")]
        );
        let t = "dedeux DeDix environtrois Entreun quelquequelques \
                 quelques plusieurs deux trois-quatre 1,5 100 000 7.5 \
                 100\u{a0}000 12\u{2009}345,5 dixsept cent cents mille \
                 dedes deux ou trois 25 à 30 quelqueS entrecinq dexyz \
                 Deux DEUX dedeux-trois approximativementneuf ENTRE \
                 ſix deſix quelqueſ 1 000 000 42,5 et 7 deuxet troiset \
                 onze.douze ١٢ 3 ١ dedéux un une UNE de 2017 plus de 30 \
                 Plus  de 100 000 au moins 35 AU   MOINS 5 près de 200 \
                 PRÈS DE 7 pres de 1,5 moins de 30 pas moins de 12 \
                 autour de 50 entre 25 environ 200 quelque 300 \
                 approximativement 4 de 7.5 jusqu'à 50 plus d'un de  3 \
                 Entre 4 et 5 de 5 à 6 au moins 3-4 plus de\u{a0}5 \
                 de\n7 au\nmoins 8 de 1 000 000 deux 3 une vingtaine \
                 Des centaines deux millions un millier quelques milliers \
                 plusieurs dizaines DES  DIZAINES un milliard des million \
                 de trois au moins dix plus de cinq près de trois PLUS DE \
                 Six de plusieurs entre deux de un quelque six environ \
                 neuf au moins trente-cinq deux ouneuf deux etneuf desix \
                 2025 à 10 2017 - 4 2-1 25 et 30 2019 – 10 25 ou 30 7 ET 8 \
                 12  à  13 4 -5 100 000 à 200 000 1,5 à 2 3 à quatre";
        let mut pos = 0;
        let mut fast_ones = 0;
        while let Some(m) = COUNT_RE.find_at(t, pos) {
            pos = m.end();
            let Some(fast) = Groups::without_search(m.as_str(), m.start())
            else {
                continue;
            };
            fast_ones += 1;
            let caps = COUNT_RE.captures_at(t, m.start()).unwrap();
            let slow = Groups::of(&caps).unwrap();
            fn key<'t>(g: &Groups<'t>) -> [Option<(usize, &'t str)>; 5] {
                [Some(g.whole), g.qual, g.a, g.sep, g.b]
                    .map(|p| p.map(|p| (p.start(), p.as_str())))
            }
            assert_eq!(key(&slow), key(&fast), "{:?}", m.as_str());
        }
        assert!(fast_ones >= 60, "{fast_ones}");
    }

    #[test]
    fn fold_keeps_one_char_per_char() {
        let s = "ÉTÉ à Noël’s\u{a0}déc. İ ß 日本";
        assert_eq!(fold(s).chars().count(), s.chars().count());
        assert_eq!(fold("Août’"), "aout'");
    }
}
