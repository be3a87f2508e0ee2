//! French sentence and token segmentation over the original text.
//!
//! Sentences end at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets) followed by a space and a capital, digit or opening quote, and
//! at every line break that ends a paragraph or a title line. A full stop
//! does not end a sentence after a known abbreviation (`M.`, `Dr.`, `gén.`),
//! after an initial (`R. I.`), or inside a number (`3.5`).
//!
//! Tokens are words (letters, digits, inner hyphens), numbers (with spaces
//! or NBSP between groups of three digits: `100 000`; times: `4h00`), elided
//! determiners with their apostrophe (`l'`, `d'`, `qu'`) and single
//! punctuation chars.

use crate::Span;

/// Abbreviations after which a full stop does not end a sentence (folded,
/// without the stop).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste",
    "gen", "gén", "col", "cdt", "lt", "lieut", "cne", "capt", "sgt", "adj",
    "adm", "av", "bd", "etc", "cf", "ex", "p", "pp", "vol", "no", "n°", "env",
    "art", "al", "dép", "dept", "min", "max", "approx", "janv", "févr",
    "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec", "tél", "tel",
];

/// Iterator-free sentence splitting: returns sentence spans (byte offsets
/// into `text`), trimmed of surrounding whitespace, covering every
/// non-blank part of the text.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    // Byte offset of the next char to look at. Only line breaks and final
    // punctuation can end a sentence, so the scan jumps from one of their
    // first bytes to the next ('…' is the only such char starting 0xE2).
    let mut pos = 0usize;
    let mut stops = Stops::new(text.as_bytes());
    loop {
        let Some(i) = stops.next_at(pos) else { break };
        let Some(c) = text[i..].chars().next() else { break };
        pos = i + c.len_utf8();
        let end_here = match c {
            '\n' => {
                // A line break ends a sentence when the next non-space line
                // begins a new paragraph or the current line is a title
                // (no final punctuation needed in headlines and datelines).
                true
            }
            '.' | '!' | '?' | '…' => {
                let mut j = i + c.len_utf8();
                // A closing guillemet after a (narrow) space stays in the
                // sentence: "arrivons. »".
                let rest = &text[j..];
                let trimmed =
                    rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
                if trimmed.starts_with(['»', '”']) {
                    j += rest.len() - trimmed.len();
                }
                // Closing quotes and brackets stay in the sentence.
                while j < text.len() {
                    let Some(n) = text[j..].chars().next() else { break };
                    if matches!(n, '»' | '"' | '”' | ')' | '\'' | '’' | '.')
                    {
                        j += n.len_utf8();
                    } else {
                        break;
                    }
                }
                let after = &text[j..];
                let ws = after.len() - after.trim_start().len();
                let next = after.trim_start().chars().next();
                let boundary = ws > 0
                    && next.is_some_and(|n| {
                        n.is_uppercase()
                            || n.is_ascii_digit()
                            || matches!(
                                n,
                                '«' | '"' | '“' | '(' | '-' | '–' | '—'
                            )
                    });
                if c == '.' && boundary {
                    !is_abbreviation(text, i)
                } else {
                    boundary || next.is_none()
                }
            }
            _ => false,
        };
        if end_here {
            let mut end = if c == '\n' { i } else { i + c.len_utf8() };
            if c != '\n' {
                let rest = &text[end..];
                let trimmed =
                    rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
                if trimmed.starts_with(['»', '”']) {
                    end += rest.len() - trimmed.len();
                    let q = trimmed.chars().next().map_or(0, char::len_utf8);
                    end += q;
                    pos = pos.max(end);
                }
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
            if c == '\n' {
                start = i + 1;
            }
            // Consume closing marks so they stay with this sentence.
            if c != '\n' {
                while let Some(n) = text[pos..].chars().next() {
                    if matches!(n, '»' | '"' | '”' | ')' | '.' | '\'' | '’')
                    {
                        let k = pos;
                        let last = out.last_mut();
                        if let Some(last) = last {
                            last.end = k + n.len_utf8();
                        }
                        start = k + n.len_utf8();
                        pos = start;
                    } else {
                        break;
                    }
                }
            }
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Finds the bytes that may end a sentence (`\n`, `.`, `!`, `?` and 0xE2,
/// the first byte of `…`) with two byte searches, each of whose next hit
/// is kept until the scan passes it.
struct Stops<'a> {
    bytes: &'a [u8],
    /// Next `\n`, `.` or `!` at or after the last position asked for
    /// (`usize::MAX`: none).
    common: usize,
    /// Next `?` or 0xE2 likewise.
    rare: usize,
}

impl<'a> Stops<'a> {
    fn new(bytes: &'a [u8]) -> Stops<'a> {
        let mut s = Stops { bytes, common: 0, rare: 0 };
        s.common = s.find_common(0);
        s.rare = s.find_rare(0);
        s
    }

    fn find_common(&self, from: usize) -> usize {
        let hay = self.bytes.get(from..).unwrap_or_default();
        memchr::memchr3(b'\n', b'.', b'!', hay)
            .map_or(usize::MAX, |k| from + k)
    }

    fn find_rare(&self, from: usize) -> usize {
        let hay = self.bytes.get(from..).unwrap_or_default();
        memchr::memchr2(b'?', 0xE2, hay).map_or(usize::MAX, |k| from + k)
    }

    /// The first stop byte at or after `pos`; `pos` must not go back
    /// from one call to the next.
    fn next_at(&mut self, pos: usize) -> Option<usize> {
        if self.common < pos {
            self.common = self.find_common(pos);
        }
        if self.rare < pos {
            self.rare = self.find_rare(pos);
        }
        let i = self.common.min(self.rare);
        (i != usize::MAX).then_some(i)
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let rest = s.trim_start();
    let lead = s.len() - rest.len();
    let trimmed = rest.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let a = start + lead;
    out.push(Span::new(a, a + trimmed.len()));
}

/// True when the full stop at byte `dot` follows an abbreviation or an
/// initial, or sits inside a number.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '°')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(dot);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next();
    // A single capital letter: an initial (R. I. Dupont).
    if chars.next().is_none() && first.is_some_and(char::is_uppercase) {
        return true;
    }
    // Lowercasing an ASCII word keeps its length, and no abbreviation is
    // longer than `ABBREVIATION_MAX` bytes: most words are told without
    // making a lowercase copy.
    if word.is_ascii() {
        return word.len() <= ABBREVIATION_MAX
            && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Bytes of the longest of [`ABBREVIATIONS`].
const ABBREVIATION_MAX: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > max {
            max = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    max
};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens and apostrophes of names).
    Word,
    /// Digits, with grouped thousands or an `h` time.
    Number,
    /// An elided determiner or pronoun with its apostrophe (`l'`).
    Elision,
    /// One punctuation char.
    Punct,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
}

const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
    "quoiqu", "presqu",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Splits `text` into tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| if k < n { chars[k].0 } else { text.len() };
    let mut k = 0;
    while k < n {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = k + 1;
            loop {
                while j < n && chars[j].1.is_ascii_digit() {
                    j += 1;
                }
                // 100 000 / 100 000 : a space then exactly three digits.
                if j + 3 < n + 1
                    && j < n
                    && matches!(chars[j].1, ' ' | '\u{a0}' | '\u{202f}' | '.')
                    && (1..=3)
                        .all(|d| j + d < n && chars[j + d].1.is_ascii_digit())
                    && !(j + 4 < n && chars[j + 4].1.is_ascii_digit())
                {
                    j += 4;
                    continue;
                }
                // Decimal comma: 1,5
                if j + 1 < n
                    && chars[j].1 == ','
                    && chars[j + 1].1.is_ascii_digit()
                {
                    j += 2;
                    continue;
                }
                break;
            }
            // 4h00, 22h30, 7h
            if j < n && chars[j].1 == 'h' {
                let mut e = j + 1;
                while e < n && e < j + 3 && chars[e].1.is_ascii_digit() {
                    e += 1;
                }
                if e >= n || !chars[e].1.is_alphabetic() {
                    j = e;
                }
            }
            out.push(Token {
                span: Span::new(i, at(j)),
                kind: TokenKind::Number,
            });
            k = j;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = k + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_alphanumeric() {
                    j += 1;
                } else if (d == '-' || d == '\u{2011}')
                    && j + 1 < n
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // Elision: l' d' qu' …
            if j < n && is_apostrophe(chars[j].1) {
                let w = text[i..at(j)].to_lowercase();
                if ELIDED.contains(&w.as_str()) {
                    out.push(Token {
                        span: Span::new(i, at(j + 1)),
                        kind: TokenKind::Elision,
                    });
                    k = j + 1;
                    continue;
                }
            }
            out.push(Token {
                span: Span::new(i, at(j)),
                kind: TokenKind::Word,
            });
            k = j;
            continue;
        }
        out.push(Token {
            span: Span::new(i, at(k + 1)),
            kind: TokenKind::Punct,
        });
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s]).collect()
    }

    fn toks(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn splits_on_stops() {
        assert_eq!(
            sents("Il pleut. Elle part! Non ?"),
            ["Il pleut.", "Elle part!", "Non ?"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("M. Tamboura et le gén. Diarra sont là. Fin."),
            ["M. Tamboura et le gén. Diarra sont là.", "Fin."]
        );
        assert_eq!(
            sents("Selon le Dr. Ali, rien."),
            ["Selon le Dr. Ali, rien."]
        );
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(
            sents("Photo R. I. Dupont. Suite."),
            ["Photo R. I. Dupont.", "Suite."]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            sents("Il y a 3.5 km. Ensuite."),
            ["Il y a 3.5 km.", "Ensuite."]
        );
    }

    #[test]
    fn quotes_stay_with_sentence() {
        assert_eq!(
            sents("« Nous arrivons. » Il a dit. « Non »"),
            ["« Nous arrivons. »", "Il a dit.", "« Non »"]
        );
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            sents("Titre sans point\n\nCorps. Suite."),
            ["Titre sans point", "Corps.", "Suite."]
        );
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(sents("Le 5 août. à l'aube."), ["Le 5 août. à l'aube."]);
    }

    #[test]
    fn tokens_elision_and_numbers() {
        assert_eq!(
            toks("l'EI a tué 100 000 personnes"),
            ["l'", "EI", "a", "tué", "100 000", "personnes"]
        );
        assert_eq!(toks("d’Alep qu’il"), ["d’", "Alep", "qu’", "il"]);
        assert_eq!(
            toks("à 4h00 (02h00 GMT)"),
            ["à", "4h00", "(", "02h00", "GMT", ")"]
        );
        assert_eq!(
            toks("Deir ez-Zor, 1,5 million"),
            ["Deir", "ez-Zor", ",", "1,5", "million"]
        );
        assert_eq!(toks("100\u{a0}000"), ["100\u{a0}000"]);
        assert_eq!(toks("« Non »"), ["«", "Non", "»"]);
    }

    /// The ASCII shortcut of `is_abbreviation` agrees with lowercasing.
    #[test]
    fn abbreviations_any_case() {
        for a in ABBREVIATIONS {
            for w in [a.to_string(), a.to_uppercase(), format!("{a}x")] {
                let text = format!("le {w}. Suite");
                let dot = text.find('.').unwrap();
                let want = ABBREVIATIONS.contains(&w.to_lowercase().as_str())
                    || (w.chars().count() == 1
                        && w.chars().all(char::is_uppercase));
                assert_eq!(is_abbreviation(&text, dot), want, "{w}");
            }
        }
        for (text, want) in [("le approxim. x", false), ("la DÉC. x", true)] {
            let dot = text.find('.').unwrap();
            assert_eq!(is_abbreviation(text, dot), want, "{text}");
        }
    }

    #[test]
    fn empty_and_blank() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n ").is_empty());
        assert!(tokens("").is_empty());
    }
}
