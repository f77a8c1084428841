//! Vector instructions, lane by lane with the scalar semantics of [`crate::value`].
//! Vectors appear in clang -O2 output (SLP and loop vectorization) and as ABI carriers such
//! as `<2 x float>`; `<N x i1>` masks are bit-packed like LLVM's memory image.

use crate::code::*;
use crate::machine::Machine;
use crate::memory::{as_bytes, as_bytes_mut};
use crate::value::{self, Fault, Fp};

impl Machine {
    /// Executes vector site `idx`.
    pub(crate) fn exec_vector(&mut self, f: &LFunc, base: usize, idx: usize) -> Result<(), Fault> {
        let site = &f.vecs[idx];
        let mut sc = std::mem::take(&mut self.thread.vscratch);
        for (i, &(o, w)) in site.ops.iter().enumerate() {
            sc[i].clear();
            if o != NONE {
                sc[i].extend_from_slice(self.words_of(f, base, o, w));
            }
        }
        sc[3].clear();
        sc[3].resize(site.words as usize, 0);
        let r = lanes(site, &mut sc);
        if r.is_ok() {
            let d = base + site.dst as usize;
            self.thread.regs[d..d + site.words as usize].copy_from_slice(&sc[3]);
        }
        self.thread.vscratch = sc;
        r
    }
}

fn lanes(site: &VecSite, sc: &mut [Vec<u64>; 4]) -> Result<(), Fault> {
    let [a, b, c, d] = sc;
    let (a, b, c) = (as_bytes(a), as_bytes(b), as_bytes(c));
    let d = as_bytes_mut(d);
    let (s, r) = (site.src, site.res);
    let n = r.count();
    let bits = s.elem.bits();
    match &site.kind {
        VecKind::IBin(op) => {
            for i in 0..n {
                r.set(d, i, value::int_binop(*op, bits, s.get(a, i), s.get(b, i))?);
            }
        }
        VecKind::FBin(op) => {
            for i in 0..n {
                let (x, y) = (s.get(a, i), s.get(b, i));
                let v = match s.elem.fp() {
                    Some(Fp::F32) => u64::from(
                        value::fbin(*op, f32::from_bits(x as u32), f32::from_bits(y as u32))
                            .to_bits(),
                    ),
                    _ => value::fbin(*op, f64::from_bits(x), f64::from_bits(y)).to_bits(),
                };
                r.set(d, i, v);
            }
        }
        VecKind::FNeg => {
            for i in 0..n {
                r.set(d, i, s.get(a, i) ^ (1u64 << (bits - 1)));
            }
        }
        VecKind::ICmp(p) => {
            for i in 0..n {
                r.set(
                    d,
                    i,
                    u64::from(value::icmp64(*p, bits, s.get(a, i), s.get(b, i))),
                );
            }
        }
        VecKind::FCmp(p) => {
            let fp = s.elem.fp().unwrap_or(Fp::F64);
            for i in 0..n {
                let (x, y) = (
                    fp.get(u128::from(s.get(a, i))),
                    fp.get(u128::from(s.get(b, i))),
                );
                r.set(d, i, u64::from(value::fcmp(*p, x, y)));
            }
        }
        VecKind::Conv(conv) => {
            for i in 0..n {
                r.set(d, i, value::convert(*conv, u128::from(s.get(a, i))) as u64);
            }
        }
        VecKind::Select => {
            // a: the condition (shape `s`), b/c: the values (shape `r`).
            for i in 0..n {
                let v = if s.get(a, i) & 1 != 0 {
                    r.get(b, i)
                } else {
                    r.get(c, i)
                };
                r.set(d, i, v);
            }
        }
        VecKind::Extract => {
            let k = u64::from_le_bytes(b[..8].try_into().unwrap_or([0; 8])) as usize;
            let v = if k < s.count() { s.get(a, k) } else { 0 };
            r.set(d, 0, v);
        }
        VecKind::Insert => {
            let k = u64::from_le_bytes(c[..8].try_into().unwrap_or([0; 8])) as usize;
            let m = d.len().min(a.len());
            d[..m].copy_from_slice(&a[..m]);
            if k < r.count() {
                let e = Shape {
                    elem: r.elem,
                    lanes: 0,
                };
                r.set(d, k, e.get(b, 0));
            }
        }
        VecKind::Shuffle(mask) => {
            let na = s.count();
            for (i, m) in mask.iter().enumerate().take(n) {
                let v = match m {
                    None => 0,
                    Some(k) if (*k as usize) < na => s.get(a, *k as usize),
                    Some(k) if (*k as usize) < 2 * na => s.get(b, *k as usize - na),
                    Some(_) => 0,
                };
                r.set(d, i, v);
            }
        }
    }
    Ok(())
}
