//! Integers wider than 128 bits (`iN`, N > 128) as little-endian `u64` words: the value of a
//! [`ConstKind::WideInt`](super::ConstKind::WideInt) constant and the arithmetic the reader,
//! the printer and constant folding need (decimal text in and out, truncation).

/// Words needed for `bits` bits.
pub fn word_count(bits: u32) -> usize {
    bits.div_ceil(64) as usize
}

/// `words` truncated (or zero-extended) to exactly `bits` bits: `word_count(bits)` words, the
/// bits above `bits` in the top word cleared.
pub fn normalize(mut words: Vec<u64>, bits: u32) -> Vec<u64> {
    words.resize(word_count(bits), 0);
    let rem = bits % 64;
    if rem != 0
        && let Some(top) = words.last_mut()
    {
        *top &= (1u64 << rem) - 1;
    }
    words
}

/// A `u128` as words of a `bits`-bit integer (zero-extended or truncated).
pub fn from_u128(v: u128, bits: u32) -> Vec<u64> {
    normalize(vec![v as u64, (v >> 64) as u64], bits)
}

/// Two's complement negation in `bits` bits.
pub fn negate(words: &[u64], bits: u32) -> Vec<u64> {
    let mut out = Vec::with_capacity(words.len());
    let mut carry = 1u64;
    for &w in words {
        let (s, c) = (!w).overflowing_add(carry);
        out.push(s);
        carry = u64::from(c);
    }
    normalize(out, bits)
}

/// Whether bit `bits - 1` (the sign bit) is set.
pub fn is_negative(words: &[u64], bits: u32) -> bool {
    let k = (bits - 1) as usize;
    words.get(k / 64).is_some_and(|w| (w >> (k % 64)) & 1 == 1)
}

/// Parses a decimal literal (optionally negative) as a `bits`-bit integer; `None` when it
/// does not fit as a signed or an unsigned number.
pub fn parse_decimal(text: &str, bits: u32) -> Option<Vec<u64>> {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let n = word_count(bits);
    // One spare word catches overflow past the width.
    let mut mag = vec![0u64; n + 1];
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        let mut carry = u128::from(b - b'0');
        for w in mag.iter_mut() {
            let t = u128::from(*w) * 10 + carry;
            *w = t as u64;
            carry = t >> 64;
        }
        if carry != 0 || mag[n] != 0 {
            return None;
        }
    }
    mag.truncate(n);
    let fits_unsigned = normalize(mag.clone(), bits) == mag;
    if !fits_unsigned {
        return None;
    }
    if neg {
        // The most negative value is 2^(bits-1): the magnitude may not exceed it.
        let mut limit = vec![0u64; n];
        limit[((bits - 1) / 64) as usize] = 1u64 << ((bits - 1) % 64);
        if mag.iter().rev().cmp(limit.iter().rev()) == std::cmp::Ordering::Greater {
            return None;
        }
        return Some(negate(&mag, bits));
    }
    Some(mag)
}

/// Parses hexadecimal digits (as in `u0x...`) as a `bits`-bit integer; `None` when they do
/// not fit.
pub fn parse_hex(digits: &str, bits: u32) -> Option<Vec<u64>> {
    if digits.is_empty() {
        return None;
    }
    let mut words = vec![0u64; word_count(bits)];
    for (k, b) in digits.bytes().rev().enumerate() {
        let d = u64::from((b as char).to_digit(16)?);
        if d == 0 {
            continue;
        }
        let bit = k * 4;
        let w = words.get_mut(bit / 64)?;
        *w |= d << (bit % 64);
    }
    (normalize(words.clone(), bits) == words).then_some(words)
}

/// The value as a signed decimal number, as LLVM prints integer constants.
pub fn to_signed_decimal(words: &[u64], bits: u32) -> String {
    if is_negative(words, bits) {
        format!("-{}", to_unsigned_decimal(&negate(words, bits)))
    } else {
        to_unsigned_decimal(words)
    }
}

/// The value as an unsigned decimal number.
pub fn to_unsigned_decimal(words: &[u64]) -> String {
    let mut rest = words.to_vec();
    let mut digits = Vec::new();
    const CHUNK: u64 = 10_000_000_000_000_000_000;
    while rest.iter().any(|&w| w != 0) {
        let mut r = 0u128;
        for w in rest.iter_mut().rev() {
            let t = (r << 64) | u128::from(*w);
            *w = (t / u128::from(CHUNK)) as u64;
            r = t % u128::from(CHUNK);
        }
        digits.push(r as u64);
    }
    let Some((last, lower)) = digits.split_last() else {
        return "0".into();
    };
    let mut s = last.to_string();
    for d in lower.iter().rev() {
        s.push_str(&format!("{d:019}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_round_trips() {
        let big = "340282366920938463463374607431768211456"; // 2^128
        let w = parse_decimal(big, 136).unwrap();
        assert_eq!(w, vec![0, 0, 1]);
        assert_eq!(to_signed_decimal(&w, 136), big);
        let m1 = parse_decimal("-1", 200).unwrap();
        assert_eq!(m1, vec![u64::MAX, u64::MAX, u64::MAX, 0xff]);
        assert_eq!(to_signed_decimal(&m1, 200), "-1");
        assert_eq!(to_unsigned_decimal(&m1).len(), 61);
        let min = "-53919893334301279589334030174039261347274288845081144962207220498432"; // -2^225
        let w = parse_decimal(min, 226).unwrap();
        assert_eq!(to_signed_decimal(&w, 226), min);
        assert_eq!(parse_decimal(&min[1..], 226).unwrap(), w); // 2^225 as unsigned
        assert!(
            parse_decimal(
                "-53919893334301279589334030174039261347274288845081144962207220498433",
                226
            )
            .is_none()
        );
        assert!(parse_decimal(big, 128).is_none());
        assert!(parse_decimal(big, 129).is_some());
        assert_eq!(to_signed_decimal(&[12345, 0, 0], 160), "12345");
    }

    #[test]
    fn hex_literals() {
        assert_eq!(
            parse_hex("1FFFFFFFFFFFFFFFF", 136).unwrap(),
            vec![u64::MAX, 1, 0]
        );
        assert!(parse_hex("1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", 136).is_none());
        assert!(parse_hex("fg", 136).is_none());
    }
}
