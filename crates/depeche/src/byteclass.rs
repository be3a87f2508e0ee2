//! The class of each byte, for scans that decide an ASCII char from its
//! byte alone and decode only the others.

/// An ASCII letter or digit.
pub(crate) const ALNUM: u8 = 0;
/// ASCII whitespace, with the vertical tab (which `char::is_whitespace`
/// counts and `u8::is_ascii_whitespace` does not).
pub(crate) const SPACE: u8 = 1;
/// Any other ASCII byte.
pub(crate) const PUNCT: u8 = 2;
/// A byte of a non-ASCII char, which must be decoded.
pub(crate) const NON_ASCII: u8 = 3;

/// The ASCII bytes of a word of the folded text: letters, digits and the
/// apostrophe (non-ASCII bytes are false: their chars are decoded).
pub(crate) static WORD_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'\'';
        c += 1;
    }
    t
};

/// Whether `s` ends with a char that stops a backward walk over the
/// words of a clause: a sentence end, a colon, a semicolon, a newline, a
/// bracket or a straight quote.
#[inline]
pub(crate) fn ends_with_stop(s: &str) -> bool {
    matches!(
        s.as_bytes().last(),
        Some(b'.' | b';' | b':' | b'!' | b'?' | b'\n' | b'(' | b')' | b'"')
    )
}

/// The class of every byte: [`ALNUM`], [`SPACE`], [`PUNCT`] or
/// [`NON_ASCII`].
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_char() {
        for b in 0..=255u8 {
            let class = BYTE_CLASS[usize::from(b)];
            if b >= 0x80 {
                assert_eq!(class, NON_ASCII, "{b}");
                continue;
            }
            let c = char::from(b);
            assert_eq!(class == ALNUM, c.is_alphanumeric(), "{b}");
            assert_eq!(class == SPACE, c.is_whitespace(), "{b}");
        }
    }
}
