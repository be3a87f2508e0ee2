//! Pseudo-random input for the tests that hold hand-written code to what
//! it replaced or to a property: a small deterministic generator
//! (xorshift) and texts made of chosen pieces.

/// A small deterministic generator (xorshift).
pub(crate) struct XorShift(pub(crate) u64);

impl XorShift {
    /// The next number of the sequence.
    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (0 when `n` is 0), from the low bits.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// `len` pieces of `pieces` joined, each picked by the high half of
    /// the next number.
    pub(crate) fn text(&mut self, pieces: &[&str], len: usize) -> String {
        (0..len)
            .map(|_| pieces[(self.next() >> 32) as usize % pieces.len()])
            .collect()
    }
}
