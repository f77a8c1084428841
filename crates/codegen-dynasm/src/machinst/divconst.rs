//! Division by a constant as a multiplication: the "magic number" for each divisor.
//!
//! A hardware divide costs 20–90 cycles on x86-64 and 10–20 on AArch64 cores; a multiply by
//! a fixed-point reciprocal followed by shifts costs 3–5. For every divisor `d` there is an
//! `N+1`-bit multiplier `m` and a shift `s` with `floor(x / d) == floor(x * m / 2^(N+s))`
//! for every `N`-bit dividend (Granlund and Montgomery, "Division by Invariant Integers
//! using Multiplication", PLDI 1994; the signed search follows Warren's *Hacker's
//! Delight*, ch. 10). This module only computes the numbers; each ISA's instruction
//! selection emits the sequence:
//!
//! - unsigned, [`UnsignedMagic`] with `add == false`: `q = mulhu(x, m) >> s`;
//! - unsigned with `add == true` (the multiplier needs `N+1` bits, `m` holds its low `N`):
//!   `t = mulhu(x, m); q = (((x - t) >> 1) + t) >> (s - 1)`;
//! - signed, [`SignedMagic`]: `q = mulhs(x, m)`, then `q += x` when `d > 0 && m < 0`, or
//!   `q -= x` when `d < 0 && m > 0`; then `q >>= s` (arithmetic) and `q += q >>> (N-1)`
//!   (one more when negative: rounding towards zero).
//!
//! Powers of two (shifts) and divisors of 1 are the callers' business and are refused here.

/// The multiplier and shift for an unsigned division by a constant; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnsignedMagic {
    /// The multiplier (its low `N` bits when `add`).
    pub mul: u64,
    /// The final right shift (≥ 1 when `add`).
    pub shift: u32,
    /// The multiplier has `N+1` bits: use the add-and-halve sequence.
    pub add: bool,
}

/// The multiplier and shift for a signed division by a constant; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedMagic {
    /// The multiplier, an `N`-bit signed number (sign-extended to 64 bits).
    pub mul: i64,
    /// The arithmetic right shift after the high multiply and correction.
    pub shift: u32,
}

impl SignedMagic {
    /// Whether the dividend is added to (`Some(true)`) or subtracted from (`Some(false)`)
    /// the high product before the shift, for divisor `d`.
    pub fn correction(&self, d: i64) -> Option<bool> {
        match (d > 0, self.mul < 0) {
            (true, true) => Some(true),
            (false, false) if self.mul > 0 => Some(false),
            _ => None,
        }
    }
}

/// The magic number for `x / d` on `bits`-bit unsigned integers (`bits` 32 or 64), or
/// `None` when `d` is 0, 1 or a power of two (a shift does better), or above `2^(bits-1)`
/// (the quotient is 0 or 1; a compare does better, and the search would need 2N+N bits).
pub fn unsigned(d: u64, bits: u32) -> Option<UnsignedMagic> {
    if !(bits == 32 || bits == 64) || d < 3 || d.is_power_of_two() || d >> (bits - 1) != 0 {
        return None;
    }
    let n = bits;
    let d = u128::from(d);
    // ceil(log2 d): with this shift the multiplier always has at most N+1 bits.
    let l_max = (128 - (d - 1).leading_zeros()).min(n);
    for l in 0..=l_max {
        let p = 1u128 << (n + l);
        let m = p.div_ceil(d);
        // Granlund–Montgomery, Theorem 4.2: exact for every x < 2^N when
        // 2^(N+l) <= m·d <= 2^(N+l) + 2^l.
        if m * d - p <= 1u128 << l {
            return Some(if m < 1u128 << n {
                UnsignedMagic {
                    mul: m as u64,
                    shift: l,
                    add: false,
                }
            } else {
                UnsignedMagic {
                    mul: (m - (1u128 << n)) as u64,
                    shift: l,
                    add: true,
                }
            });
        }
    }
    None
}

/// The magic number for `x / d` on `bits`-bit signed integers (`bits` 32 or 64), or `None`
/// when `|d|` is 0, 1, a power of two, or `d` is out of range for `bits`.
pub fn signed(d: i64, bits: u32) -> Option<SignedMagic> {
    if !(bits == 32 || bits == 64) {
        return None;
    }
    let min = -(1i128 << (bits - 1));
    let max = (1i128 << (bits - 1)) - 1;
    let dw = i128::from(d);
    if dw < min || dw > max {
        return None;
    }
    let ad = dw.unsigned_abs();
    if ad < 3 || ad.is_power_of_two() {
        return None;
    }
    let half = 1u128 << (bits - 1);
    // The largest dividend magnitude whose remainder by |d| is |d| - 1 (the bound of the
    // search), for the sign the divisor gives the quotient.
    let t = half + u128::from(d < 0);
    let anc = t - 1 - t % ad;
    let mut p = bits - 1;
    let (mut q1, mut r1) = (half / anc, half % anc);
    let (mut q2, mut r2) = (half / ad, half % ad);
    loop {
        p += 1;
        q1 *= 2;
        r1 *= 2;
        if r1 >= anc {
            q1 += 1;
            r1 -= anc;
        }
        q2 *= 2;
        r2 *= 2;
        if r2 >= ad {
            q2 += 1;
            r2 -= ad;
        }
        let delta = ad - r2;
        if !(q1 < delta || (q1 == delta && r1 == 0)) {
            break;
        }
    }
    // q2 + 1 as an N-bit two's complement number.
    let mask = if bits == 64 {
        u128::from(u64::MAX)
    } else {
        (1u128 << bits) - 1
    };
    let raw = (q2 + 1) & mask;
    let mut mul = sign_extend(raw as u64, bits);
    if d < 0 {
        mul = sign_extend(mul.wrapping_neg() as u64, bits);
    }
    Some(SignedMagic {
        mul,
        shift: p - bits,
    })
}

/// The low `bits` of `v` as a signed number.
pub fn sign_extend(v: u64, bits: u32) -> i64 {
    let sh = 64 - bits;
    ((v << sh) as i64) >> sh
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the emitted unsigned sequence computes, with exact wide arithmetic.
    fn udiv_by_magic(x: u64, m: UnsignedMagic, bits: u32) -> u64 {
        let hi = ((u128::from(x) * u128::from(m.mul)) >> bits) as u64;
        if m.add {
            (((x - hi) >> 1) + hi) >> (m.shift - 1)
        } else {
            hi >> m.shift
        }
    }

    /// What the emitted signed sequence computes, wrapping at `bits` like the machine.
    fn sdiv_by_magic(x: i64, d: i64, m: SignedMagic, bits: u32) -> i64 {
        let wrap = |v: i128| sign_extend(v as u64, bits);
        let mut q = wrap((i128::from(x) * i128::from(m.mul)) >> bits);
        match m.correction(d) {
            Some(true) => q = wrap(i128::from(q) + i128::from(x)),
            Some(false) => q = wrap(i128::from(q) - i128::from(x)),
            None => {}
        }
        q >>= m.shift;
        let sign = ((q as u64) >> (bits - 1)) & 1;
        wrap(i128::from(q) + sign as i128)
    }

    fn divisors(bits: u32) -> Vec<u64> {
        let mut ds: Vec<u64> = (3..=1100).collect();
        let top = if bits == 64 {
            u64::MAX
        } else {
            u64::from(u32::MAX)
        };
        for k in 2..bits {
            let p = 1u64 << k;
            ds.extend([p - 1, p + 1, p.wrapping_mul(3) / 2]);
        }
        ds.extend([
            top,
            top - 1,
            top / 3,
            top / 7 + 2,
            1_000_000_007,
            641,
            6_700_417,
        ]);
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..300 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            ds.push(seed >> (seed % u64::from(bits)));
        }
        ds.retain(|&d| d >= 3 && !d.is_power_of_two() && d >> (bits - 1) == 0);
        ds
    }

    fn dividends(bits: u32) -> Vec<u64> {
        let top = if bits == 64 {
            u64::MAX
        } else {
            u64::from(u32::MAX)
        };
        let mut xs: Vec<u64> = (0..300).collect();
        xs.extend((0..300).map(|i| top - i));
        for k in 1..bits {
            let p = 1u64 << k;
            xs.extend([p - 1, p, p + 1]);
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..400 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            xs.push(seed & top);
        }
        xs
    }

    #[test]
    fn unsigned_magic_divides_exactly() {
        for bits in [32, 64] {
            for d in divisors(bits) {
                let m = unsigned(d, bits).unwrap_or_else(|| panic!("no magic for {d}"));
                for x in dividends(bits) {
                    // Dividends near multiples of d are where an inexact magic fails.
                    for x in [x, x / d * d, (x / d * d).saturating_sub(1)] {
                        assert_eq!(
                            udiv_by_magic(x, m, bits),
                            x / d,
                            "{x} / {d} ({bits}-bit, {m:?})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn signed_magic_divides_exactly() {
        for bits in [32, 64] {
            for d in divisors(bits) {
                let d = sign_extend(d, bits);
                for d in [d, d.wrapping_neg()] {
                    let Some(m) = signed(d, bits) else {
                        assert!(d.unsigned_abs().is_power_of_two() || d.unsigned_abs() < 3);
                        continue;
                    };
                    for x in dividends(bits) {
                        let x = sign_extend(x, bits);
                        let want = (i128::from(x) / i128::from(d)) as i64;
                        let got = sdiv_by_magic(x, d, m, bits);
                        assert_eq!(
                            got,
                            sign_extend(want as u64, bits),
                            "{x} / {d} ({bits}-bit, {m:?})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn known_numbers() {
        // The textbook values: x/3 and x/7 for 32-bit unsigned, x/7 and x/-5 signed.
        assert_eq!(
            unsigned(3, 32),
            Some(UnsignedMagic {
                mul: 0xAAAA_AAAB,
                shift: 1,
                add: false
            })
        );
        assert_eq!(
            unsigned(7, 32),
            Some(UnsignedMagic {
                mul: 0x2492_4925,
                shift: 3,
                add: true
            })
        );
        assert_eq!(
            signed(7, 32),
            Some(SignedMagic {
                mul: 0x9249_2493u32 as i32 as i64,
                shift: 2
            })
        );
        assert_eq!(
            signed(-5, 32),
            Some(SignedMagic {
                mul: 0x9999_9999u32 as i32 as i64,
                shift: 1
            })
        );
        assert_eq!(unsigned(8, 32), None);
        assert_eq!(unsigned(u64::from(u32::MAX), 32), None);
        assert_eq!(signed(-8, 64), None);
        assert_eq!(signed(1 << 40, 32), None);
    }
}
