//! Page sections that are not reporting: reader comments.
//!
//! A comments section starts at a heading line such as `Comment (5)`,
//! `12 commentaires`, `Commentaires`, `Laisser un commentaire`, `Vos
//! réactions`, or at the first of two or more consecutive "user name +
//! timestamp" lines near the end, and runs to the end of the text.

use once_cell::sync::Lazy;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::Span;

/// A section of a document that is not the article body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// `comments`.
    pub kind: String,
    /// First char (char offset in output, byte offset inside the library).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// A comment heading line. After the last word of the second and third
/// kinds comes no word char: the pattern marks where that word ends (`k2`,
/// `k3`) and takes the rest of the line, and [`find_heading`] checks the
/// char. Written in the pattern, as `(?:[^\w\n].*)?$` (a Unicode `\b`
/// would make the fast DFA give up on the first non-ASCII byte), the
/// check made most of its cost to compile.
/// Compiles the comment patterns now rather than on first use (see the
/// extractor's start-up); no search, so no thread owns their caches.
pub(crate) fn warm_patterns() {
    Lazy::force(&HEADING);
    Lazy::force(&STAMP);
}

static HEADING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?im)^[ \t]*(?:(?:\d+|aucun|un)\s+)?(?:commentaires?|comments?|r[ée]actions?)(?:\s*\(\s*\d+\s*\))?[ \t]*:?[ \t]*$|(?im)^[ \t]*(?:laisser|laissez|ajouter|poster|[ée]crire)\s+un\s+commentaire(?P<k2>).*$|(?im)^[ \t]*vos\s+(?:r[ée]actions|commentaires)(?P<k3>).*$",
    )
    .expect("comment heading pattern is valid")
});

/// A word char, to tell the rare non-ASCII char after a heading's last
/// word.
static WORD_CHAR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\A\w").expect("word char pattern is valid"));

/// A "name — 25 novembre 2017 à 12:15" or "29 août 2017 - 4 h 00 min"
/// line: how comment threads stamp each comment. The name is at most 40
/// chars long, which [`find_stamp`] checks: a bounded repetition of `\S`
/// doubled the cost of compiling the pattern.
static STAMP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?im)^[ \t]*(?:\S+[ \t]+[-–—|][ \t]+)?\d{1,2}(?:er)?[ \t]+[[:alpha:]éû]+\.?[ \t]+\d{4}[ \t]+(?:à|-|–|,)[ \t]*\d{1,2}[ \t]*(?:h|:)[ \t]*\d{2}.*$",
    )
    .expect("comment stamp pattern is valid")
});

/// Finds the reader-comments section of `text`, as a byte span.
pub fn find_comments(text: &str) -> Option<Span> {
    // Only the second half of a page, or its last 4000 bytes, is searched
    // for a heading: an article may say "commentaires" in its first lines.
    let mut min_start = (text.len() / 3).min(text.len().saturating_sub(4000));
    while !text.is_char_boundary(min_start) {
        min_start += 1;
    }
    // Both patterns match whole lines, so searching from `min_start` (with
    // the text before it as context for `^`) finds what a search from the
    // start would find there.
    let tail = &text[min_start..];
    if let Some(q) = find_heading_word(tail) {
        // Before the "comment…"/"…action…" word of a heading there are
        // only spaces, figures and the words `aucun`, `un`, `laisser`,
        // `ré`…, none of which holds either word: the heading that holds
        // the first of them, or any later one, starts on or after the line
        // reached by going back from it over spaces and alphanumerics.
        let q = min_start + q;
        let back = text[min_start..q]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || c.is_alphanumeric()
            })
            .len();
        let from = text[min_start..min_start + back]
            .rfind('\n')
            .map_or(min_start, |k| min_start + k + 1);
        if let Some(start) = find_heading(text, from) {
            return Some(Span::new(start, text.len()));
        }
    }
    if !has_clock_time(tail) {
        return None;
    }
    // Two or more timestamp lines in the last part, the first of which
    // follows a short line (the user name) or is itself "name — date".
    let mut stamps = Vec::with_capacity(2);
    let mut from = min_start;
    while stamps.len() < 2 {
        let Some(m) = find_stamp(text, from) else { break };
        stamps.push(m);
        from = if m.end > m.start { m.end } else { m.end + 1 };
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
        if from > text.len() {
            break;
        }
    }
    if stamps.len() >= 2 {
        let first = stamps[0].start;
        // Include the user-name line right before the first stamp.
        let before = text[..first].trim_end_matches([' ', '\t', '\n', '\r']);
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let name = before[line_start..].trim();
        let start = if !name.is_empty()
            && name.chars().count() <= 40
            && !name.ends_with('.')
        {
            line_start
        } else {
            first
        };
        return Some(Span::new(start, text.len()));
    }
    None
}

/// Where the first heading in `text` from byte `from` starts: the first
/// match of [`HEADING`] whose last word, in the kinds that say so, has no
/// word char after it. Each kind begins with other words, and where a kind
/// matches, its last word ends at one place: at a start, the match shows
/// whether a heading is there. A heading starts at a line start, so the
/// next one after a start that fails is searched from the next line.
fn find_heading(text: &str, mut from: usize) -> Option<usize> {
    loop {
        let caps = HEADING.captures_at(text, from)?;
        let start = caps.get(0)?.start();
        let Some(word_end) = caps.name("k2").or(caps.name("k3")) else {
            return Some(start);
        };
        let rest = &text[word_end.end()..];
        let word_next = match rest.chars().next() {
            None => false,
            Some(c) if c.is_ascii() => c.is_ascii_alphanumeric() || c == '_',
            Some(_) => WORD_CHAR.is_match(rest),
        };
        if !word_next {
            return Some(start);
        }
        from = start + text[start..].find('\n')? + 1;
    }
}

/// The first stamp line in `text` from byte `from`: the first match of
/// [`STAMP`] whose name has at most 40 chars. A match is a whole line: it
/// starts at a line start (`^`), holds no newline (none of its parts
/// matches one: `.` does not, `\S` and the classes leave it out) and ends
/// at the line's end (`.*$`). So the earliest end of a match is the end
/// of the first line that matches, whose start is the line's, found
/// without the backward search that finds where a match starts.
///
/// The name, when there is one, is the line's first word (the chars after
/// its leading spaces and tabs, up to whitespace), as `\S+` must be
/// followed by a space or tab. A line whose first word is longer than 40
/// chars has no stamp without a name either, which starts with one or two
/// figures and maybe `er`, then a space or tab.
fn find_stamp(text: &str, mut from: usize) -> Option<Span> {
    loop {
        let end = STAMP.shortest_match_at(text, from)?;
        let start = text[..end].rfind('\n').map_or(0, |k| k + 1);
        let line = text[start..end].trim_start_matches([' ', '\t']);
        let name = line.split(char::is_whitespace).next().unwrap_or("");
        if name.chars().count() <= 40 {
            return Some(Span::new(start, end));
        }
        // The next match starts on a later line.
        from = end;
    }
}

/// Where the first "comment" or "action" occurs in `hay` ignoring ASCII
/// case: a cheap test run before the heading pattern, every heading of
/// which says "comment…" or "réaction…". Both words have a `c` as first or
/// second letter, so only the places of a `c` are looked at.
fn find_heading_word(hay: &str) -> Option<usize> {
    let hay = hay.as_bytes();
    let at = |start: usize, word: &[u8]| {
        hay.get(start..start + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    // "action" at `c - 1` starts before "comment" at `c`, and after any
    // word found at an earlier `c`.
    memchr::memchr2_iter(b'c', b'C', hay).find_map(|c| {
        if c > 0 && at(c - 1, b"action") {
            Some(c - 1)
        } else if at(c, b"comment") {
            Some(c)
        } else {
            None
        }
    })
}

/// True when `text` has a digit, then `h` or `:` (spaces or tabs around),
/// then a digit: every comment stamp has such a clock time. Digits here
/// are any numeric chars, a superset of what the pattern accepts.
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    // From each `h`, `H` or `:`, over spaces and tabs to a numeric char
    // on each side.
    memchr::memchr3_iter(b'h', b'H', b':', b).any(|i| {
        let before =
            text[..i].trim_end_matches(|c: char| c == ' ' || c == '\t');
        if !before.chars().next_back().is_some_and(char::is_numeric) {
            return false;
        }
        let mut j = i + 1;
        while j < b.len() && blank(b[j]) {
            j += 1;
        }
        text[j..].chars().next().is_some_and(char::is_numeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_with_count() {
        let body = "Corps de l'article. ".repeat(30);
        let text = format!("{body}\n\nComment (5)\n\n  Ali\n  29 août 2017 - 4 h 00 min\n  Texte.");
        let s = find_comments(&text).unwrap();
        assert!(text[s].starts_with("Comment (5)"));
    }

    #[test]
    fn french_heading() {
        let body = "Corps. ".repeat(50);
        let text = format!("{body}\n3 commentaires\n\nSamir — 25 novembre 2017 à 12:15\nQuelle horreur.");
        assert!(
            text[find_comments(&text).unwrap()].starts_with("3 commentaires")
        );
    }

    #[test]
    fn stamps_only() {
        let body = "Corps. ".repeat(50);
        let text = format!(
            "{body}\nAli\n28 août 2017 à 10:12\nBravo.\nNour\n28 août 2017 à 11:40\nNon."
        );
        assert!(text[find_comments(&text).unwrap()].starts_with("Ali\n"));
    }

    #[test]
    fn prefilters() {
        assert_eq!(find_heading_word("Vos RÉACTIONS"), Some(7));
        assert_eq!(find_heading_word("Vos avis"), None);
        assert_eq!(find_heading_word("commen actio"), None);
        assert_eq!(find_heading_word("x cOMMENTaires RéACTION"), Some(2));
        assert_eq!(find_heading_word("Réactions, comments"), Some(3));
        assert_eq!(find_heading_word("cactions"), Some(1));
        assert_eq!(find_heading_word("action"), Some(0));
        assert!(has_clock_time("le 3 mars 2020 à 12 h 15"));
        assert!(has_clock_time("2020 - 4:05"));
        assert!(!has_clock_time("12 morts, 3 hommes"));
    }

    #[test]
    fn heading_search_finds_what_the_pattern_finds() {
        // The pattern with the check after the last word.
        let heading = Regex::new(
            &HEADING
                .as_str()
                .replace(r"(?P<k2>).*$", r"(?-i:[^\w\n].*)?$")
                .replace(r"(?P<k3>).*$", r"(?-i:[^\w\n].*)?$"),
        )
        .unwrap();
        assert!(!heading.as_str().contains("(?P<k"));
        let text = "Corps.\nLaisser un commentaires\nVos réactions\u{2026}\n\
                    vos commentaires\u{e9}\nvos commentaires\u{300} x\n\
                    Vos\nréactions_ \nVos réactions\u{a0}(3)\nLaissez\nun \
                    commentaire\n  ÉCRIRE un commentaire: ici\nvos \
                    RÉACTIONS2\n3 commentaires\nlaisser un commentaireſ\n\
                    Vos réactions ! \nvos réactions";
        let mut from = 0;
        while from <= text.len() {
            if text.is_char_boundary(from) {
                let want = heading.find_at(text, from).map(|m| m.start());
                assert_eq!(find_heading(text, from), want, "from {from}");
            }
            from += 1;
        }
    }

    #[test]
    fn stamp_search_finds_what_the_pattern_finds() {
        // The pattern with its bound on the name.
        let stamp = Regex::new(&STAMP.as_str().replacen(
            r"\S+[ \t]",
            r"\S{1,40}[ \t]",
            1,
        ))
        .unwrap();
        assert_ne!(stamp.as_str(), STAMP.as_str());
        let long = "é".repeat(40);
        let text = format!(
            "Corps. 3 mars 2020 à 12:15\nAli\n  Ali — 28 août 2017 à \
             10:12 Bravo\n28 août 2017, 11 h 40\r\nx 28 août 2017 à \
             10:12\n4 mai 2019 - 9:30\n{long} | 3 mai 2019 à 9h30\n\
             \t{long}x | 3 mai 2019 à 9h30\n{long}x\u{a0}| 3 mai 2019 \
             à 9h30\n{long}\u{a0}x | 3 mai 2019 à 9h30\n 1er\tmai 2019 \
             , 9:30\n{long}{long} 3 mai 2019 à 9h30"
        );
        let text = text.as_str();
        let mut from = 0;
        while from <= text.len() {
            if text.is_char_boundary(from) {
                let want = stamp.find_at(text, from).map(|m| m.range());
                let got = find_stamp(text, from).map(|s| s.start..s.end);
                assert_eq!(got, want, "from {from}");
            }
            from += 1;
        }
    }

    #[test]
    fn none_in_plain_article() {
        assert_eq!(
            find_comments("Le président a fait des commentaires."),
            None
        );
    }
}
