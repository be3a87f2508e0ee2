//! A byte-wise double-array trie for anchored prefix search: from one
//! position of a text, every key that the text continues with.
//!
//! Each node is one 32-bit unit, so that a walk touches as little memory
//! as it can:
//!
//! - bits 0..8: the byte that leads to the node (0 for the root and for
//!   free units; keys hold no NUL byte);
//! - bit 8 ([`HAS_VALUE`]): a key ends at the node, its value in `values`
//!   at the same index;
//! - bit 9 ([`LEAF`]): a key ends at the node, which has no children, and
//!   bits 10..32 hold its value (most keys end so: the walk reads no
//!   other memory for them);
//! - otherwise bits 10..32: `base`; the child of a node on byte `c` sits
//!   at unit `base ^ c` (so all children of a node share one 256-unit
//!   block).
//!
//! Every node has a base of its own, so the label check alone proves a
//! transition. Other nodes without children and free units get a base
//! past the end of the array, and no node has base 0, so a NUL byte in a
//! text ends the walk. `build.rs` compiles this file too (see `table`): it may use
//! nothing but `std`.

/// Base of a node without children: every `NO_BASE ^ c` is past the end
/// of any array [`Trie::build`] makes.
const NO_BASE: u32 = (1 << 22) - 1;

/// Most units an array may have, so `NO_BASE ^ c` stays past its end.
const MAX_UNITS: usize = (NO_BASE & !0xFF) as usize;

/// A key ends at the node, its value is in `values`.
const HAS_VALUE: u32 = 1 << 8;
/// A key ends at the node, which has no children; its value is in the
/// bits of the base.
const LEAF: u32 = 1 << 9;
const BASE_SHIFT: u32 = 10;
/// Largest value a [`LEAF`] holds.
const MAX_LEAF_VALUE: u32 = u32::MAX >> BASE_SHIFT;

/// A free unit: no label, no value, no children.
const FREE: u32 = NO_BASE << BASE_SHIFT;

/// Free blocks searched for a node's children before a new block is
/// added; earlier blocks are left as they are, which bounds the build
/// time at the cost of a few unused units.
const OPEN_BLOCKS: usize = 16;

/// A double-array trie over byte strings with `u32` values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trie {
    units: Vec<u32>,
    /// Per unit, the value of the key ending there (0 elsewhere).
    values: Vec<u32>,
    /// Per byte, whether some key starts with it.
    first: [bool; 256],
}

/// Free units and bases taken, while the array is built.
struct Space {
    units: Vec<u32>,
    /// One bit per unit: set while no node sits there.
    free: Vec<u64>,
    /// One bit per unit index: set once some node uses it as its base.
    base_used: Vec<u64>,
    /// Per block of 256 units: how many are free.
    free_in_block: Vec<u16>,
}

#[inline]
fn bit(bits: &[u64], i: usize) -> bool {
    bits[i >> 6] >> (i & 63) & 1 != 0
}

impl Space {
    fn blocks(&self) -> usize {
        self.free_in_block.len()
    }

    fn add_block(&mut self) -> Result<(), String> {
        if self.units.len() + 256 > MAX_UNITS {
            return Err("trie too large".to_string());
        }
        self.units.resize(self.units.len() + 256, FREE);
        self.free.extend([u64::MAX; 4]);
        self.base_used.extend([0; 4]);
        self.free_in_block.push(256);
        Ok(())
    }

    fn take(&mut self, at: usize) {
        debug_assert!(bit(&self.free, at));
        self.free[at >> 6] &= !(1 << (at & 63));
        self.free_in_block[at >> 8] -= 1;
    }

    fn use_base(&mut self, base: usize) {
        self.base_used[base >> 6] |= 1 << (base & 63);
    }

    /// One past the last unit taken.
    fn end(&self) -> usize {
        let word = self.free.iter().rposition(|&w| w != u64::MAX);
        word.map_or(0, |i| i * 64 + 64 - self.free[i].leading_ones() as usize)
    }

    /// A base, unused so far, under which every byte of `labels` (sorted,
    /// not empty) leads to a free unit.
    fn find_base(&mut self, labels: &[u8]) -> Result<u32, String> {
        let first = usize::from(labels[0]);
        let from = self.blocks().saturating_sub(OPEN_BLOCKS);
        for block in from..self.blocks() {
            if usize::from(self.free_in_block[block]) < labels.len() {
                continue;
            }
            for word in block * 4..block * 4 + 4 {
                // The free units of this word, lowest first.
                let mut free = self.free[word];
                while free != 0 {
                    let e = word * 64 + free.trailing_zeros() as usize;
                    free &= free - 1;
                    let base = e ^ first;
                    if bit(&self.base_used, base) {
                        continue;
                    }
                    if labels[1..]
                        .iter()
                        .all(|&c| bit(&self.free, base ^ usize::from(c)))
                    {
                        return Ok(base as u32);
                    }
                }
            }
        }
        self.add_block()?;
        let start = (self.blocks() - 1) << 8;
        Ok((start ^ first) as u32)
    }
}

impl Trie {
    /// The trie of `keys` (distinct, without NUL bytes, in any order),
    /// each with its value. Empty keys are left out.
    pub fn build(keys: &[(&[u8], u32)]) -> Result<Trie, String> {
        let mut keys: Vec<(&[u8], u32)> =
            keys.iter().copied().filter(|(k, _)| !k.is_empty()).collect();
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(format!("duplicate key {:?}", w[0].0));
        }
        if let Some((k, _)) = keys.iter().find(|(k, _)| k.contains(&0)) {
            return Err(format!("NUL byte in key {k:?}"));
        }
        let mut space = Space {
            units: Vec::new(),
            free: Vec::new(),
            base_used: Vec::new(),
            free_in_block: Vec::new(),
        };
        space.add_block()?;
        space.take(0);
        space.use_base(0);
        let mut values: Vec<u32> = Vec::new();
        // Depth first: (node, keys below it, depth). Children of a node
        // are placed together, then visited in byte order, so a chain of
        // single-child nodes tends to sit in one block.
        let mut stack: Vec<(usize, usize, usize, usize)> =
            vec![(0, 0, keys.len(), 0)];
        let mut labels: Vec<u8> = Vec::new();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        while let Some((node, mut lo, hi, depth)) = stack.pop() {
            // The label was written when the node was placed.
            let mut unit = space.units[node] & 0xFF;
            let mut value = None;
            if lo < hi && keys[lo].0.len() == depth {
                value = Some(keys[lo].1);
                lo += 1;
            }
            labels.clear();
            ranges.clear();
            let mut i = lo;
            while i < hi {
                let c = keys[i].0[depth];
                let mut j = i + 1;
                while j < hi && keys[j].0[depth] == c {
                    j += 1;
                }
                labels.push(c);
                ranges.push((i, j));
                i = j;
            }
            match value {
                Some(v) if labels.is_empty() && v <= MAX_LEAF_VALUE => {
                    space.units[node] = unit | LEAF | v << BASE_SHIFT;
                    continue;
                }
                Some(v) => {
                    unit |= HAS_VALUE;
                    if values.len() <= node {
                        values.resize(node + 1, 0);
                    }
                    values[node] = v;
                }
                None => {}
            }
            if labels.is_empty() {
                space.units[node] = unit | NO_BASE << BASE_SHIFT;
                continue;
            }
            let base = space.find_base(&labels)?;
            space.use_base(base as usize);
            space.units[node] = unit | base << BASE_SHIFT;
            for (&c, &(a, b)) in labels.iter().zip(&ranges).rev() {
                let child = base as usize ^ usize::from(c);
                space.take(child);
                // Its base and value are written when it is visited.
                space.units[child] = u32::from(c);
                stack.push((child, a, b, depth + 1));
            }
        }
        // Trailing free units are of no use.
        let used = space.end();
        let mut units = space.units;
        units.truncate(used);
        values.resize(used, 0);
        Ok(Trie::new(units, values))
    }

    /// The trie of an array (its first unit the root) and its values.
    fn new(units: Vec<u32>, values: Vec<u32>) -> Trie {
        let mut trie = Trie { units, values, first: [false; 256] };
        for c in 0..=255u8 {
            trie.first[usize::from(c)] = trie.step(0, c).is_some();
        }
        trie
    }

    /// The child of the node at `from` on byte `c` (never NUL, which
    /// leads at most to a free unit).
    fn step(&self, from: usize, c: u8) -> Option<usize> {
        let t = (self.units[from] >> BASE_SHIFT ^ u32::from(c)) as usize;
        let child = c != 0 && self.units.get(t).is_some_and(|&u| u as u8 == c);
        child.then_some(t)
    }

    /// Whether some key starts with byte `c`: when not, searching from
    /// it can be skipped.
    #[inline]
    pub fn may_start(&self, c: u8) -> bool {
        self.first[usize::from(c)]
    }

    /// Calls `f(len, value)` for every key that is a prefix of `text`,
    /// shortest first.
    #[inline]
    pub fn prefixes(&self, text: &[u8], mut f: impl FnMut(usize, u32)) {
        let units = self.units.as_slice();
        let mut base = units[0] >> BASE_SHIFT;
        for (i, &c) in text.iter().enumerate() {
            let t = (base ^ u32::from(c)) as usize;
            let Some(&u) = units.get(t) else { return };
            if u as u8 != c {
                return;
            }
            if u & (HAS_VALUE | LEAF) != 0 {
                if u & LEAF != 0 {
                    f(i + 1, u >> BASE_SHIFT);
                    return;
                }
                f(i + 1, self.values[t]);
            }
            base = u >> BASE_SHIFT;
        }
    }

    /// The largest value any key carries plus one (0 for no key).
    pub fn values_end(&self) -> u64 {
        // Largest value, and whether there is any: one pass without
        // branches over the whole array (it runs when a lexicon loads).
        let mut max = 0u32;
        let mut any = false;
        for (&u, &v) in self.units.iter().zip(&self.values) {
            let value = if u & LEAF != 0 { u >> BASE_SHIFT } else { v };
            let has = u & (LEAF | HAS_VALUE) != 0;
            max = max.max(if has { value } else { 0 });
            any |= has;
        }
        if any {
            u64::from(max) + 1
        } else {
            0
        }
    }

    /// Little-endian bytes of the units, then of the values, for
    /// [`Trie::from_bytes`].
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let all = self.units.iter().chain(&self.values);
        all.flat_map(|u| u.to_le_bytes()).collect()
    }

    /// Reads what [`Trie::to_bytes`] wrote; `None` unless it holds as
    /// many values as units, at least a root, and not too many. A
    /// well-formed but wrong array gives wrong matches, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Option<Trie> {
        let n = bytes.len() / 8;
        if bytes.len() % 8 != 0 || n == 0 || n > MAX_UNITS {
            return None;
        }
        let words = |b: &[u8]| -> Vec<u32> {
            // Whole arrays rather than four indexed bytes: the loop then
            // compiles to plain copies.
            let word = |w: &[u8]| {
                u32::from_le_bytes(w.try_into().expect("chunks of four"))
            };
            b.chunks_exact(4).map(word).collect()
        };
        let (units, values) = bytes.split_at(n * 4);
        Some(Trie::new(words(units), words(values)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_prefixes(t: &Trie, text: &[u8]) -> Vec<(usize, u32)> {
        let mut v = Vec::new();
        t.prefixes(text, |n, x| v.push((n, x)));
        v
    }

    #[test]
    fn finds_every_prefix() {
        let keys: Vec<(&[u8], u32)> = vec![
            (b"a", 0),
            (b"ab", 1),
            (b"abc", 2),
            (b"b", 3),
            (b"\xff\x01", 4),
            (b"abd", 5),
        ];
        let t = Trie::build(&keys).unwrap();
        assert_eq!(all_prefixes(&t, b"abcd"), vec![(1, 0), (2, 1), (3, 2)]);
        assert_eq!(all_prefixes(&t, b"abd"), vec![(1, 0), (2, 1), (3, 5)]);
        assert_eq!(all_prefixes(&t, b"b"), vec![(1, 3)]);
        assert_eq!(all_prefixes(&t, b"\xff\x01\x00"), vec![(2, 4)]);
        assert_eq!(all_prefixes(&t, b"c"), vec![]);
        assert_eq!(all_prefixes(&t, b""), vec![]);
        assert_eq!(t.values_end(), 6);
        let starts: Vec<u8> = (0..=255).filter(|&c| t.may_start(c)).collect();
        assert_eq!(starts, b"ab\xff");
        assert_eq!(Trie::from_bytes(&t.to_bytes()), Some(t));
    }

    /// Values too large to sit in a leaf's unit are kept aside.
    #[test]
    fn large_values() {
        let big = MAX_LEAF_VALUE + 1;
        let keys: Vec<(&[u8], u32)> =
            vec![(b"a", u32::MAX), (b"ab", big), (b"ac", MAX_LEAF_VALUE)];
        let t = Trie::build(&keys).unwrap();
        assert_eq!(all_prefixes(&t, b"ab"), vec![(1, u32::MAX), (2, big)]);
        assert_eq!(
            all_prefixes(&t, b"acx"),
            vec![(1, u32::MAX), (2, MAX_LEAF_VALUE)]
        );
        assert_eq!(t.values_end(), 1 << 32);
    }

    #[test]
    fn empty() {
        let t = Trie::build(&[]).unwrap();
        assert_eq!(all_prefixes(&t, b"abc"), vec![]);
        assert_eq!(t.values_end(), 0);
        assert!(Trie::build(&[(b"a", 1), (b"a", 2)]).is_err());
        assert!(Trie::build(&[(b"a\0", 1)]).is_err());
        assert!(Trie::from_bytes(&[0; 7]).is_none());
    }

    /// Against a scan of all keys, on many keys sharing prefixes.
    #[test]
    fn agrees_with_scan() {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        let mut x: u32 = 1;
        for _ in 0..3000 {
            let mut k = Vec::new();
            loop {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                k.push(b"abc \xc3\xa9'"[(x % 7) as usize]);
                if x % 5 == 0 || k.len() > 12 {
                    break;
                }
            }
            keys.push(k);
        }
        keys.sort();
        keys.dedup();
        let pairs: Vec<(&[u8], u32)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_slice(), i as u32))
            .collect();
        let t = Trie::build(&pairs).unwrap();
        for text in &keys {
            let mut text = text.clone();
            text.extend_from_slice(b"ab c");
            let mut want: Vec<(usize, u32)> = pairs
                .iter()
                .filter(|(k, _)| text.starts_with(k))
                .map(|(k, v)| (k.len(), *v))
                .collect();
            want.sort();
            assert_eq!(all_prefixes(&t, &text), want);
        }
    }
}
