//! A small byte format for the tables `build.rs` precomputes from the
//! embedded gazetteers: little-endian integers (whatever the machine) and
//! strings kept once each in a UTF-8 section ahead of the values, read
//! back in the order they were written.

use std::collections::HashMap;

/// Appends values to a byte buffer.
// Only `build.rs` and tests write; the library reads.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
    /// Every distinct string, once, each referred to by its range: the
    /// reader checks UTF-8 once for all of them.
    strings: String,
    offsets: HashMap<String, u32>,
}

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    /// The strings, then the values.
    pub fn finish(self) -> Vec<u8> {
        let mut out =
            Vec::with_capacity(4 + self.strings.len() + self.bytes.len());
        let n = u32::try_from(self.strings.len());
        out.extend_from_slice(&n.expect("strings below 4 GiB").to_le_bytes());
        out.extend_from_slice(self.strings.as_bytes());
        out.extend_from_slice(&self.bytes);
        out
    }

    /// One byte.
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    /// A `u32`, little-endian.
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A `u64`, little-endian.
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A length as a `u32`. Tables are far below 4 GiB; a longer one is a
    /// bug in the caller.
    pub fn count(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("table length fits in u32"));
    }

    /// A string, as the range of its bytes among the strings.
    pub fn str(&mut self, s: &str) {
        let start = match self.offsets.get(s) {
            Some(&start) => start,
            None => {
                let start = u32::try_from(self.strings.len());
                let start = start.expect("strings below 4 GiB");
                self.strings.push_str(s);
                self.offsets.insert(s.to_string(), start);
                start
            }
        };
        self.u32(start);
        self.count(s.len());
    }

    /// An optional string: a presence byte, then the string.
    pub fn opt_str(&mut self, s: Option<&str>) {
        self.u8(s.is_some() as u8);
        if let Some(s) = s {
            self.str(s);
        }
    }

    /// An optional `u64`: a presence byte, then the value.
    pub fn opt_u64(&mut self, v: Option<u64>) {
        self.u8(v.is_some() as u8);
        if let Some(v) = v {
            self.u64(v);
        }
    }

    /// An optional `f64`, stored as its exact bit pattern.
    pub fn opt_f64(&mut self, v: Option<f64>) {
        self.opt_u64(v.map(f64::to_bits));
    }
}

/// Reads back what a [`Writer`] wrote. Every method returns `None` on
/// truncated or malformed input.
#[derive(Debug)]
pub struct Reader<'a> {
    strings: &'a str,
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader of what [`Writer::finish`] returned; `None` if its
    /// strings are not UTF-8.
    pub fn new(bytes: &'a [u8]) -> Option<Reader<'a>> {
        let mut r = Reader { strings: "", bytes };
        let n = r.count()?;
        r.strings = std::str::from_utf8(r.take(n)?).ok()?;
        Some(r)
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.bytes
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Some(head)
    }

    /// One byte.
    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    /// A little-endian `u32`.
    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A little-endian `u64`.
    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A length written by [`Writer::count`].
    pub fn count(&mut self) -> Option<usize> {
        usize::try_from(self.u32()?).ok()
    }

    /// A string written by [`Writer::str`].
    pub fn str(&mut self) -> Option<&'a str> {
        let start = self.count()?;
        let end = start.checked_add(self.count()?)?;
        self.strings.get(start..end)
    }

    /// A presence byte: `Some(true)` or `Some(false)`.
    fn present(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    /// An optional string written by [`Writer::opt_str`]: `Some(None)`
    /// when absent, `None` on malformed input.
    pub fn opt_str(&mut self) -> Option<Option<&'a str>> {
        Some(if self.present()? { Some(self.str()?) } else { None })
    }

    /// An optional `u64` written by [`Writer::opt_u64`].
    pub fn opt_u64(&mut self) -> Option<Option<u64>> {
        Some(if self.present()? { Some(self.u64()?) } else { None })
    }

    /// An optional `f64` written by [`Writer::opt_f64`].
    pub fn opt_f64(&mut self) -> Option<Option<f64>> {
        Some(self.opt_u64()?.map(f64::from_bits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut w = Writer::default();
        w.u8(7);
        w.u32(0x0102_0304);
        w.str("Tombouctou");
        w.opt_str(None);
        w.opt_str(Some("Deir ez-Zor"));
        w.str("Tombouctou");
        w.opt_u64(Some(u64::MAX));
        w.opt_f64(Some(-33.5));
        w.opt_f64(None);
        let bytes = w.finish();
        // Strings once each, then the values, little-endian whatever the
        // machine.
        let strings = "TombouctouDeir ez-Zor";
        assert_eq!(&bytes[..4], &(strings.len() as u32).to_le_bytes());
        assert_eq!(&bytes[4..4 + strings.len()], strings.as_bytes());
        assert_eq!(&bytes[5 + strings.len()..][..4], &[4, 3, 2, 1]);
        let mut r = Reader::new(&bytes).unwrap();
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.u32(), Some(0x0102_0304));
        assert_eq!(r.str(), Some("Tombouctou"));
        assert_eq!(r.opt_str(), Some(None));
        assert_eq!(r.opt_str(), Some(Some("Deir ez-Zor")));
        assert_eq!(r.str(), Some("Tombouctou"));
        assert_eq!(r.opt_u64(), Some(Some(u64::MAX)));
        assert_eq!(r.opt_f64(), Some(Some(-33.5)));
        assert_eq!(r.opt_f64(), Some(None));
        assert!(r.rest().is_empty());
        assert_eq!(r.u8(), None);
    }

    #[test]
    fn malformed_input_is_none() {
        let mut w = Writer::default();
        w.str("Alep");
        let bytes = w.finish();
        let mut r = Reader::new(&bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(r.str(), None);
        // A range outside the strings, or inside a char.
        let mut w = Writer::default();
        w.str("é");
        let mut bytes = w.finish();
        let n = bytes.len();
        bytes[n - 4] = 1;
        assert_eq!(Reader::new(&bytes).unwrap().str(), None);
        bytes[n - 8] = 1;
        assert_eq!(Reader::new(&bytes).unwrap().str(), None);
        assert!(Reader::new(&[1, 0, 0, 0, 0xff]).is_none());
        assert!(Reader::new(&[2]).is_none());
    }
}
