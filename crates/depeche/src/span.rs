//! Byte spans into the original text.

use std::ops::Index;

/// A half-open byte range `[start, end)` into a text.
///
/// Inside the library every span is a byte range on char boundaries of the
/// text it was taken from; conversion to char offsets happens once, at
/// output.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end: end.max(start) }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.start..span.end]
    }
}

/// The start of the stretch of at most `bytes` bytes of `text` that ends
/// at byte `at`, not before `floor`, moved forward onto a char boundary.
pub(crate) fn stretch_before(
    text: &str,
    at: usize,
    bytes: usize,
    floor: usize,
) -> usize {
    let mut from = at.saturating_sub(bytes).max(floor);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// The end of the stretch of at most `bytes` bytes of `text` that starts
/// at byte `at`, moved back onto a char boundary.
pub(crate) fn stretch_after(text: &str, at: usize, bytes: usize) -> usize {
    let mut end = at.saturating_add(bytes).min(text.len());
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}
