//! A granule bitmap: one bit per granule, set = in use.
//!
//! Searches are first fit from the lowest address, word at a time: runs of used granules are
//! skipped with `trailing_zeros` on whole 64-bit words, so a search costs O(words visited),
//! not O(granules). A `hint` (the lowest granule that may be free) makes the common
//! bump-like pattern O(1).

/// One bit per granule; bits past `len` in the last word are kept set so they never look
/// free.
#[derive(Debug)]
pub(crate) struct Bitmap {
    words: Vec<u64>,
    len: usize,
    used: usize,
    /// Every granule below `hint` is in use.
    hint: usize,
}

impl Bitmap {
    /// `len` granules, all free.
    pub(crate) fn new(len: usize) -> Self {
        let mut words = vec![0u64; len.div_ceil(64)];
        if len % 64 != 0 {
            let last = words.len() - 1;
            words[last] = !0u64 << (len % 64);
        }
        Bitmap {
            words,
            len,
            used: 0,
            hint: 0,
        }
    }

    /// Number of granules.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Granules in use.
    pub(crate) fn used(&self) -> usize {
        self.used
    }

    /// Heap bytes of the bitmap itself.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.words.capacity() * 8
    }

    /// Whether granule `i` is in use.
    #[cfg(test)]
    pub(crate) fn is_set(&self, i: usize) -> bool {
        self.words[i / 64] >> (i % 64) & 1 == 1
    }

    /// The first used granule in `[from, to)`.
    fn first_set(&self, from: usize, to: usize) -> Option<usize> {
        let mut i = from;
        while i < to {
            let w = i / 64;
            let word = self.words[w] >> (i % 64);
            if word != 0 {
                let j = i + word.trailing_zeros() as usize;
                return (j < to).then_some(j);
            }
            i = (w + 1) * 64;
        }
        None
    }

    /// The first free granule at or after `from`.
    fn first_clear(&self, from: usize) -> Option<usize> {
        let mut i = from;
        while i < self.len {
            let w = i / 64;
            let word = !self.words[w] >> (i % 64);
            if word != 0 {
                let j = i + word.trailing_zeros() as usize;
                return (j < self.len).then_some(j);
            }
            i = (w + 1) * 64;
        }
        None
    }

    /// The lowest start of `n` free granules whose index is a multiple of `align` (a power
    /// of two).
    pub(crate) fn find(&self, n: usize, align: usize) -> Option<usize> {
        debug_assert!(n > 0 && align.is_power_of_two());
        let mut i = self.first_clear(self.hint)?;
        loop {
            i = i.checked_next_multiple_of(align)?;
            let end = i.checked_add(n)?;
            if end > self.len {
                return None;
            }
            match self.first_set(i, end) {
                None => return Some(i),
                Some(j) => i = self.first_clear(j)?,
            }
        }
    }

    /// Sets or clears bits `[start, start + n)`; returns how many changed.
    fn apply(&mut self, start: usize, n: usize, set: bool) -> usize {
        let end = start + n;
        debug_assert!(end <= self.len);
        let mut changed = 0;
        let mut i = start;
        while i < end {
            let w = i / 64;
            let lo = i % 64;
            let hi = (end - w * 64).min(64);
            let mask = if hi - lo == 64 {
                !0u64
            } else {
                ((1u64 << (hi - lo)) - 1) << lo
            };
            let word = &mut self.words[w];
            if set {
                changed += (mask & !*word).count_ones() as usize;
                *word |= mask;
            } else {
                changed += (mask & *word).count_ones() as usize;
                *word &= !mask;
            }
            i = w * 64 + hi;
        }
        changed
    }

    /// Marks `[start, start + n)` in use (bits already set stay set).
    pub(crate) fn set_range(&mut self, start: usize, n: usize) {
        self.used += self.apply(start, n, true);
        if (start..start + n).contains(&self.hint) {
            self.hint = start + n;
        }
    }

    /// Marks `[start, start + n)` free.
    pub(crate) fn clear_range(&mut self, start: usize, n: usize) {
        self.used -= self.apply(start, n, false);
        self.hint = self.hint.min(start);
    }

    /// Number of maximal free runs and the length of the largest (for statistics; linear).
    pub(crate) fn free_runs(&self) -> (usize, usize) {
        let (mut runs, mut largest) = (0, 0);
        let mut i = 0;
        while let Some(s) = self.first_clear(i) {
            let e = self.first_set(s, self.len).unwrap_or(self.len);
            runs += 1;
            largest = largest.max(e - s);
            i = e;
        }
        (runs, largest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_bits_are_never_free() {
        let b = Bitmap::new(70);
        assert_eq!(b.find(70, 1), Some(0));
        assert_eq!(b.find(71, 1), None);
        assert_eq!(b.free_runs(), (1, 70));
    }

    #[test]
    fn first_fit_alignment_and_runs() {
        let mut b = Bitmap::new(300);
        b.set_range(0, 3);
        assert_eq!(b.find(1, 1), Some(3));
        assert_eq!(b.find(1, 4), Some(4));
        b.set_range(3, 130);
        assert_eq!(b.used(), 133);
        assert_eq!(b.find(2, 1), Some(133));
        b.clear_range(10, 5);
        assert_eq!(b.find(5, 1), Some(10));
        assert_eq!(b.find(6, 1), Some(133));
        assert_eq!(b.find(4, 8), Some(136));
        assert_eq!(b.free_runs(), (2, 300 - 133));
        assert!(b.is_set(9) && !b.is_set(10) && !b.is_set(14) && b.is_set(15));
        b.clear_range(0, 300);
        assert_eq!((b.used(), b.free_runs()), (0, (1, 300)));
    }

    #[test]
    fn matches_a_naive_model() {
        let mut b = Bitmap::new(1000);
        let mut model = [false; 1000];
        let mut x = 0x2545f4914f6cdd1du64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = 1 + (x % 70) as usize;
            let align = 1 << ((x >> 20) % 4);
            let start = (x >> 32) as usize % 1000;
            if x % 3 == 0 {
                let n = n.min(1000 - start);
                b.clear_range(start, n);
                model[start..start + n].fill(false);
            } else {
                let naive = (0..1000)
                    .step_by(align)
                    .find(|&s| s + n <= 1000 && model[s..s + n].iter().all(|u| !u));
                assert_eq!(b.find(n, align), naive);
                if let Some(s) = naive {
                    b.set_range(s, n);
                    model[s..s + n].fill(true);
                }
            }
            assert_eq!(b.used(), model.iter().filter(|&&u| u).count());
        }
    }
}
