//! Floating-point literals in LLVM's format: `%e`-style decimal with six fraction digits
//! when that reads back to the same `double`, else the bits in hexadecimal; and the small
//! big-integer arithmetic the exact decimal expansion needs.

use std::fmt::{self, Write};

/// Writes a floating-point constant (given as the bits of its `f64` value) the way LLVM
/// does: `1.000000e-01`, `-0.000000e+00`, `1.000000e+300` when the six-digit form reads back
/// to the same `double`, else `0x` and the upper-case hexadecimal bits (`0x7FF0000000000000`
/// for infinity, `0x3FB99999A0000000` for the `float` 0.1).
pub fn write_float_literal(out: &mut impl Write, bits: u64) -> fmt::Result {
    let v = f64::from_bits(bits);
    if v.is_finite() {
        let mut buf = [0u8; 24];
        let len = decimal_form(v, &mut buf);
        // The buffer holds ASCII only.
        let text = std::str::from_utf8(&buf[..len]).unwrap_or("");
        if text.parse::<f64>().is_ok_and(|back| back == v) {
            return out.write_str(text);
        }
    }
    write!(out, "0x{bits:X}")
}

/// Formats a finite `v` as `[-]d.dddddde±XX`: the exact decimal expansion is cut to about
/// seven significant digits (dropping whole powers of ten, as LLVM's `APFloat::toString`
/// does before it rounds), then rounded half-up to six significant digits, then padded to
/// six fraction digits. Returns the length written into `buf`.
fn decimal_form(v: f64, buf: &mut [u8; 24]) -> usize {
    let mut len = 0;
    let mut push = |buf: &mut [u8; 24], b: u8| {
        buf[len] = b;
        len += 1;
    };
    if v.is_sign_negative() {
        push(buf, b'-');
    }
    if v == 0.0 {
        for &b in b"0.000000e+00" {
            push(buf, b);
        }
        return len;
    }
    // v = mant * 2^exp2 with mant odd.
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp2) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp2 += tz as i32;

    // The exact value as significand * 10^exp10.
    let mut big = BigUint::from_u64(mant);
    let mut exp10: i32 = 0;
    if exp2 > 0 {
        big.shl(exp2 as u32);
    } else if exp2 < 0 {
        // mant * 2^-k = mant * 5^k * 10^-k
        big.mul_pow5((-exp2) as u32);
        exp10 = exp2;
    }
    // Drop whole decimal digits until about 20 bits (6 * log2(10)) remain.
    const BITS_REQUIRED: u32 = (6 * 196u32).div_ceil(59);
    let active = big.bit_len();
    if active > BITS_REQUIRED {
        let tens = (active - BITS_REQUIRED) * 59 / 196;
        if tens > 0 {
            big.div_pow10(tens);
            exp10 += tens as i32;
        }
    }
    // Decimal digits, least significant first, without trailing zeros.
    let mut digits = [0u8; 40];
    let mut n = 0;
    let mut sig = big.to_u128();
    while sig != 0 && n < digits.len() {
        let d = (sig % 10) as u8;
        sig /= 10;
        if n == 0 && d == 0 {
            exp10 += 1;
        } else {
            digits[n] = d;
            n += 1;
        }
    }
    // Round half-up to six significant digits.
    if n > 6 {
        let mut first = n - 6;
        if digits[first - 1] < 5 {
            while first < n && digits[first] == 0 {
                first += 1;
            }
        } else {
            while first < n && digits[first] == 9 {
                first += 1;
            }
            if first < n {
                digits[first] += 1;
            }
        }
        if first == n {
            digits[0] = 1;
            exp10 += n as i32;
            n = 1;
        } else {
            digits.copy_within(first..n, 0);
            exp10 += first as i32;
            n -= first;
        }
    }
    let exp_out = exp10 + n as i32 - 1;
    push(buf, b'0' + digits[n - 1]);
    push(buf, b'.');
    for i in (0..n - 1).rev() {
        push(buf, b'0' + digits[i]);
    }
    for _ in n - 1..6 {
        push(buf, b'0');
    }
    push(buf, b'e');
    push(buf, if exp_out < 0 { b'-' } else { b'+' });
    let e = exp_out.unsigned_abs();
    if e >= 100 {
        push(buf, b'0' + (e / 100) as u8);
    }
    push(buf, b'0' + (e / 10 % 10) as u8);
    push(buf, b'0' + (e % 10) as u8);
    len
}

/// Just enough of an unsigned big integer for [`decimal_form`]: values up to
/// 2^53 · 5^1074 (about 2550 bits).
struct BigUint {
    /// Little-endian 32-bit limbs.
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_u64(v: u64) -> Self {
        BigUint {
            limbs: vec![v as u32, (v >> 32) as u32],
        }
    }
    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }
    fn bit_len(&self) -> u32 {
        match self.limbs.iter().rposition(|&l| l != 0) {
            Some(i) => i as u32 * 32 + (32 - self.limbs[i].leading_zeros()),
            None => 0,
        }
    }
    fn shl(&mut self, k: u32) {
        let (words, bits) = ((k / 32) as usize, k % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for l in &mut self.limbs {
                let next = *l >> (32 - bits);
                *l = (*l << bits) | carry;
                carry = next;
            }
            self.limbs.push(carry);
        }
        self.limbs.splice(0..0, std::iter::repeat_n(0, words));
        self.trim();
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in &mut self.limbs {
            let p = u64::from(*l) * u64::from(m) + carry;
            *l = p as u32;
            carry = p >> 32;
        }
        if carry > 0 {
            self.limbs.push(carry as u32);
        }
    }
    fn mul_pow5(&mut self, mut k: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_small(POW5_13);
            k -= 13;
        }
        if k > 0 {
            self.mul_small(5u32.pow(k));
        }
    }
    fn div_small(&mut self, d: u32) {
        let mut rem = 0u64;
        for l in self.limbs.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*l);
            *l = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        self.trim();
    }
    fn div_pow10(&mut self, mut k: u32) {
        // Floor division in steps is exact floor division overall.
        while k >= 9 {
            self.div_small(1_000_000_000);
            k -= 9;
        }
        if k > 0 {
            self.div_small(10u32.pow(k));
        }
    }
    fn to_u128(&self) -> u128 {
        self.limbs
            .iter()
            .take(4)
            .rev()
            .fold(0u128, |acc, &l| (acc << 32) | u128::from(l))
    }
}
