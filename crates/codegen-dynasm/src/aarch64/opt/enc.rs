//! Instruction words of the AArch64 optimizing tier: pure functions from fields to the
//! 32-bit encoding (Arm ARM, "A64 instruction set encoding"), plus the two immediate
//! encodings that decide what an instruction can carry — logical (bitmask) immediates
//! and the 8-bit `fmov` float immediates.
//!
//! Register numbers are hardware numbers; 31 means `xzr`/`wzr` or `sp` as the encoding of
//! each instruction says (noted where it matters). `sf` selects 64-bit (`x`) operation.

/// Shift of a shifted-register operand.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Logical left.
    Lsl = 0,
    /// Logical right.
    Lsr = 1,
    /// Arithmetic right.
    Asr = 2,
    /// Rotate right (logical instructions only).
    Ror = 3,
}

/// Extension of an extended-register operand (also the `option` field of register-offset
/// loads and stores, where only `Uxtw`, `Uxtx` (= `lsl`), `Sxtw` and `Sxtx` are valid).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the architectural extension names")]
pub enum Ext {
    Uxtb = 0,
    Uxth = 1,
    Uxtw = 2,
    Uxtx = 3,
    Sxtb = 4,
    Sxth = 5,
    Sxtw = 6,
    Sxtx = 7,
}

fn sf(is64: bool) -> u32 {
    u32::from(is64) << 31
}

fn r(reg: u8) -> u32 {
    u32::from(reg & 31)
}

/// `add`/`sub`(`s`) `rd, rn, #imm12 {, lsl #12}` (`rn` and, without `s`, `rd` may be `sp`).
pub fn addsub_imm(
    is64: bool,
    sub: bool,
    set_flags: bool,
    rd: u8,
    rn: u8,
    imm12: u32,
    lsl12: bool,
) -> u32 {
    debug_assert!(imm12 < 4096);
    0x1100_0000
        | sf(is64)
        | (u32::from(sub) << 30)
        | (u32::from(set_flags) << 29)
        | (u32::from(lsl12) << 22)
        | (imm12 << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// `add`/`sub`(`s`) `rd, rn, rm, shift #amount` (31 is `xzr` everywhere).
#[allow(clippy::too_many_arguments, reason = "one field per encoding field")]
pub fn addsub_shifted(
    is64: bool,
    sub: bool,
    set_flags: bool,
    rd: u8,
    rn: u8,
    rm: u8,
    shift: Shift,
    amount: u8,
) -> u32 {
    debug_assert!(shift != Shift::Ror);
    0x0b00_0000
        | sf(is64)
        | (u32::from(sub) << 30)
        | (u32::from(set_flags) << 29)
        | ((shift as u32) << 22)
        | (r(rm) << 16)
        | (u32::from(amount & 63) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// `add`/`sub`(`s`) `rd, rn, rm, ext #amount` (`rn` and, without `s`, `rd` may be `sp`;
/// `amount` ≤ 4).
#[allow(clippy::too_many_arguments, reason = "one field per encoding field")]
pub fn addsub_ext(
    is64: bool,
    sub: bool,
    set_flags: bool,
    rd: u8,
    rn: u8,
    rm: u8,
    ext: Ext,
    amount: u8,
) -> u32 {
    debug_assert!(amount <= 4);
    0x0b20_0000
        | sf(is64)
        | (u32::from(sub) << 30)
        | (u32::from(set_flags) << 29)
        | (r(rm) << 16)
        | ((ext as u32) << 13)
        | (u32::from(amount) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// Logical operations: `opc` 0 `and`, 1 `orr`, 2 `eor`, 3 `ands`; `invert` gives `bic`,
/// `orn`, `eon`, `bics` (the second operand is inverted).
#[allow(clippy::too_many_arguments, reason = "one field per encoding field")]
pub fn logic_shifted(
    is64: bool,
    opc: u8,
    invert: bool,
    rd: u8,
    rn: u8,
    rm: u8,
    shift: Shift,
    amount: u8,
) -> u32 {
    0x0a00_0000
        | sf(is64)
        | (u32::from(opc & 3) << 29)
        | ((shift as u32) << 22)
        | (u32::from(invert) << 21)
        | (r(rm) << 16)
        | (u32::from(amount & 63) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// Logical operation with a bitmask immediate (`nimms` from [`logical_imm`]).
pub fn logic_imm(is64: bool, opc: u8, rd: u8, rn: u8, nimms: u16) -> u32 {
    0x1200_0000
        | sf(is64)
        | (u32::from(opc & 3) << 29)
        | (u32::from(nimms) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// `movn` (`opc` 0), `movz` (2), `movk` (3) `rd, #imm16, lsl #(16 * hw)`.
pub fn movw(is64: bool, opc: u8, rd: u8, imm16: u32, hw: u32) -> u32 {
    0x1280_0000 | sf(is64) | (u32::from(opc) << 29) | (hw << 21) | ((imm16 & 0xffff) << 5) | r(rd)
}

/// Bitfield moves: `opc` 0 `sbfm`, 1 `bfm`, 2 `ubfm`.
pub fn bitfield(is64: bool, opc: u8, rd: u8, rn: u8, immr: u8, imms: u8) -> u32 {
    0x1300_0000
        | sf(is64)
        | (u32::from(opc) << 29)
        | (u32::from(is64) << 22)
        | (u32::from(immr & 63) << 16)
        | (u32::from(imms & 63) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// `extr rd, rn, rm, #lsb`: bits `lsb..` of the concatenation `rn:rm`.
pub fn extr(is64: bool, rd: u8, rn: u8, rm: u8, lsb: u8) -> u32 {
    0x1380_0000
        | sf(is64)
        | (u32::from(is64) << 22)
        | (r(rm) << 16)
        | (u32::from(lsb & 63) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// Two-source data processing: `udiv` 2, `sdiv` 3, `lslv` 8, `lsrv` 9, `asrv` 10, `rorv` 11.
pub fn dp2(is64: bool, opcode: u8, rd: u8, rn: u8, rm: u8) -> u32 {
    0x1ac0_0000 | sf(is64) | (r(rm) << 16) | (u32::from(opcode) << 10) | (r(rn) << 5) | r(rd)
}

/// Three-source data processing: `op31` 0 with `o0` 0/1 is `madd`/`msub` (`rd = ra ± rn *
/// rm`); `op31` 1 `smaddl`, 2 `smulh`, 5 `umaddl`, 6 `umulh` (64-bit only).
pub fn dp3(is64: bool, op31: u8, o0: bool, rd: u8, rn: u8, rm: u8, ra: u8) -> u32 {
    0x1b00_0000
        | sf(is64)
        | (u32::from(op31) << 21)
        | (r(rm) << 16)
        | (u32::from(o0) << 15)
        | (r(ra) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// One-source data processing: `rbit` 0, `rev16` 1, `rev` (32-bit) / `rev32` (64-bit) 2,
/// `rev` (64-bit) 3, `clz` 4.
pub fn dp1(is64: bool, opcode: u8, rd: u8, rn: u8) -> u32 {
    0x5ac0_0000 | sf(is64) | (u32::from(opcode) << 10) | (r(rn) << 5) | r(rd)
}

/// Conditional select: `csel` (0, 0), `csinc` (0, 1), `csinv` (1, 0), `csneg` (1, 1) as
/// (`op`, `o2`): `rd = cond ? rn : f(rm)`.
#[allow(clippy::too_many_arguments, reason = "one field per encoding field")]
pub fn csel(is64: bool, op: bool, o2: bool, rd: u8, rn: u8, rm: u8, cond: u8) -> u32 {
    0x1a80_0000
        | sf(is64)
        | (u32::from(op) << 30)
        | (r(rm) << 16)
        | (u32::from(cond) << 12)
        | (u32::from(o2) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// A load or store shape: (`size`, `V`, `opc`) fields and log2 of the bytes accessed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct LdSt {
    /// The `size` field.
    pub size: u8,
    /// SIMD&FP register.
    pub v: bool,
    /// The `opc` field (0 store, 1 load, 2 signed load to 64 bits, 3 signed load to 32).
    pub opc: u8,
    /// log2 of the bytes accessed (the scale of unsigned offsets and register offsets).
    pub shift: u8,
}

impl LdSt {
    /// A general-register access of `1 << shift` bytes: store, zero-extending load or
    /// sign-extending load (to 64 bits, or to 32 with `to32`).
    pub fn int(shift: u8, load: bool, signed: bool, to32: bool) -> LdSt {
        let opc = match (load, signed, to32) {
            (false, _, _) => 0,
            (true, false, _) => 1,
            (true, true, false) => 2,
            (true, true, true) => 3,
        };
        LdSt {
            size: shift,
            v: false,
            opc,
            shift,
        }
    }

    /// A `s` (`double` false) or `d` register access.
    pub fn float(double: bool, load: bool) -> LdSt {
        let shift = if double { 3 } else { 2 };
        LdSt {
            size: shift,
            v: true,
            opc: u8::from(load),
            shift,
        }
    }

    /// A 128-bit `q` register access.
    pub fn q(load: bool) -> LdSt {
        LdSt {
            size: 0,
            v: true,
            opc: if load { 3 } else { 2 },
            shift: 4,
        }
    }

    fn base(self) -> u32 {
        0x3800_0000
            | (u32::from(self.size) << 30)
            | (u32::from(self.v) << 26)
            | (u32::from(self.opc) << 22)
    }
}

/// `ldr`/`str` `rt, [rn, #(imm12 << shift)]` (`rn` 31 is `sp`).
pub fn ldst_uimm(k: LdSt, rt: u8, rn: u8, imm12: u32) -> u32 {
    debug_assert!(imm12 < 4096);
    k.base() | (1 << 24) | (imm12 << 10) | (r(rn) << 5) | r(rt)
}

/// `ldur`/`stur` `rt, [rn, #simm9]`.
pub fn ldst_unscaled(k: LdSt, rt: u8, rn: u8, simm9: i32) -> u32 {
    debug_assert!((-256..256).contains(&simm9));
    k.base() | (((simm9 as u32) & 0x1ff) << 12) | (r(rn) << 5) | r(rt)
}

/// `ldr`/`str` `rt, [rn, rm, ext {#shift}]`: `scaled` shifts the index by the access size.
pub fn ldst_reg(k: LdSt, rt: u8, rn: u8, rm: u8, ext: Ext, scaled: bool) -> u32 {
    k.base()
        | (1 << 21)
        | (r(rm) << 16)
        | ((ext as u32) << 13)
        | (u32::from(scaled) << 12)
        | (0b10 << 10)
        | (r(rn) << 5)
        | r(rt)
}

/// `stp`/`ldp` of two 64-bit registers (`v`: `d` registers) at `[rn, #off]` (`off` a
/// multiple of 8 in -512..=504).
pub fn pair(load: bool, v: bool, rt: u8, rt2: u8, rn: u8, off: i32) -> u32 {
    debug_assert!(off % 8 == 0 && (-512..=504).contains(&off));
    let base = if v { 0x6d00_0000 } else { 0xa900_0000 };
    base | (u32::from(load) << 22)
        | ((((off / 8) as u32) & 0x7f) << 15)
        | (r(rt2) << 10)
        | (r(rn) << 5)
        | r(rt)
}

/// `stp` with pre-index writeback (`[sp, #off]!`) or `ldp` with post-index writeback
/// (`[sp], #off`) of two 64-bit registers (`v`: `d` registers).
pub fn pair_writeback(load: bool, v: bool, rt: u8, rt2: u8, rn: u8, off: i32) -> u32 {
    debug_assert!(off % 8 == 0 && (-512..=504).contains(&off));
    let base = match (load, v) {
        (false, false) => 0xa980_0000,
        (true, false) => 0xa8c0_0000,
        (false, true) => 0x6d80_0000,
        (true, true) => 0x6cc0_0000,
    };
    base | ((((off / 8) as u32) & 0x7f) << 15) | (r(rt2) << 10) | (r(rn) << 5) | r(rt)
}

/// `str` with pre-index writeback or `ldr` with post-index writeback of one 64-bit
/// register (`v`: a `d` register).
pub fn single_writeback(load: bool, v: bool, rt: u8, rn: u8, off: i32) -> u32 {
    debug_assert!((-256..256).contains(&off));
    let base = match (load, v) {
        (false, false) => 0xf800_0c00,
        (true, false) => 0xf840_0400,
        (false, true) => 0xfc00_0c00,
        (true, true) => 0xfc40_0400,
    };
    base | (((off as u32) & 0x1ff) << 12) | (r(rn) << 5) | r(rt)
}

fn ftype(double: bool) -> u32 {
    u32::from(double) << 22
}

/// One-source float operations: `fmov` 0, `fabs` 1, `fneg` 2, `fsqrt` 3, `fcvt` to
/// single 4 / to double 5, `frintn` 8, `frintp` 9, `frintm` 10, `frintz` 11, `frinta` 12,
/// `frintx` 14, `frinti` 15 (`double` is the source type).
pub fn fp1(double: bool, opcode: u8, rd: u8, rn: u8) -> u32 {
    0x1e20_4000 | ftype(double) | (u32::from(opcode) << 15) | (r(rn) << 5) | r(rd)
}

/// Two-source float operations: `fmul` 0, `fdiv` 1, `fadd` 2, `fsub` 3, `fmax` 4, `fmin`
/// 5, `fmaxnm` 6, `fminnm` 7.
pub fn fp2(double: bool, opcode: u8, rd: u8, rn: u8, rm: u8) -> u32 {
    0x1e20_0800 | ftype(double) | (r(rm) << 16) | (u32::from(opcode) << 12) | (r(rn) << 5) | r(rd)
}

/// Fused multiply-add family: (`o1`, `o0`) = `fmadd` (ra + rn·rm), `fmsub` (ra − rn·rm),
/// `fnmadd` (−ra − rn·rm), `fnmsub` (−ra + rn·rm).
#[allow(clippy::too_many_arguments, reason = "one field per encoding field")]
pub fn fp3(double: bool, o1: bool, o0: bool, rd: u8, rn: u8, rm: u8, ra: u8) -> u32 {
    0x1f00_0000
        | ftype(double)
        | (u32::from(o1) << 21)
        | (r(rm) << 16)
        | (u32::from(o0) << 15)
        | (r(ra) << 10)
        | (r(rn) << 5)
        | r(rd)
}

/// `fcmp rn, rm`, or `fcmp rn, #0.0` when `rm` is `None`.
pub fn fcmp(double: bool, rn: u8, rm: Option<u8>) -> u32 {
    let base = 0x1e20_2000 | ftype(double) | (r(rn) << 5);
    match rm {
        Some(m) => base | (r(m) << 16),
        None => base | 0b01000,
    }
}

/// `fcsel rd, rn, rm, cond`.
pub fn fcsel(double: bool, rd: u8, rn: u8, rm: u8, cond: u8) -> u32 {
    0x1e20_0c00 | ftype(double) | (r(rm) << 16) | (u32::from(cond) << 12) | (r(rn) << 5) | r(rd)
}

/// `fmov rd, #imm` (`imm8` from [`fmov_imm8`]).
pub fn fmov_imm(double: bool, rd: u8, imm8: u8) -> u32 {
    0x1e20_1000 | ftype(double) | (u32::from(imm8) << 13) | r(rd)
}

/// Conversions between general and float registers: (`rmode`, `opcode`) = `scvtf` (0, 2),
/// `ucvtf` (0, 3), `fcvtzs` (3, 0), `fcvtzu` (3, 1), `fcvtas` (0, 4), `fmov` to general
/// (0, 6), `fmov` to float (0, 7). `is64` is the general register's width, `double` the
/// float's type.
pub fn fcvt_int(is64: bool, double: bool, rmode: u8, opcode: u8, rd: u8, rn: u8) -> u32 {
    0x1e20_0000
        | sf(is64)
        | ftype(double)
        | (u32::from(rmode) << 19)
        | (u32::from(opcode) << 16)
        | (r(rn) << 5)
        | r(rd)
}

/// `movi dN, #0`.
pub fn movi_zero(rd: u8) -> u32 {
    0x2f00_e400 | r(rd)
}

/// `cnt vd.8b, vn.8b`.
pub fn cnt8b(rd: u8, rn: u8) -> u32 {
    0x0e20_5800 | (r(rn) << 5) | r(rd)
}

/// `addv bd, vn.8b`.
pub fn addv8b(rd: u8, rn: u8) -> u32 {
    0x0e31_b800 | (r(rn) << 5) | r(rd)
}

/// `bsl vd.8b, vn.8b, vm.8b`: `vd = (vd & vn) | (!vd & vm)`.
pub fn bsl8b(rd: u8, rn: u8, rm: u8) -> u32 {
    0x2e60_1c00 | (r(rm) << 16) | (r(rn) << 5) | r(rd)
}

/// `mov xd, xm` (`orr xd, xzr, xm`; not for `sp`).
pub fn mov(rd: u8, rm: u8) -> u32 {
    logic_shifted(true, 1, false, rd, 31, rm, Shift::Lsl, 0)
}

/// `blr xn`.
pub fn blr(rn: u8) -> u32 {
    0xd63f_0000 | (r(rn) << 5)
}

/// `br xn`.
pub fn br(rn: u8) -> u32 {
    0xd61f_0000 | (r(rn) << 5)
}

/// Load/store-exclusive family of `bytes`: `o2` (0 exclusive, 1 acquire/release
/// ordered), `load`, `o0` (acquire/release), status register `rs` (31 for loads and
/// ordered accesses).
pub fn exclusive(bytes: u8, o2: bool, load: bool, o0: bool, rs: u8, rn: u8, rt: u8) -> u32 {
    (u32::from(bytes.trailing_zeros() as u8) << 30)
        | 0x0800_0000
        | (u32::from(o2) << 23)
        | (u32::from(load) << 22)
        | (r(rs) << 16)
        | (u32::from(o0) << 15)
        | (31 << 10)
        | (r(rn) << 5)
        | r(rt)
}

/// `adc`/`sbc` (`sub`) `rd, rn, rm` (64-bit), `adcs`/`sbcs` with `set_flags`.
pub fn adc(sub: bool, set_flags: bool, rd: u8, rn: u8, rm: u8) -> u32 {
    0x9a00_0000
        | (u32::from(sub) << 30)
        | (u32::from(set_flags) << 29)
        | (r(rm) << 16)
        | (r(rn) << 5)
        | r(rd)
}

/// `ccmp rn, rm, #nzcv, cond` (64-bit): compare when `cond` holds, else set the flags
/// to `nzcv`.
pub fn ccmp(rn: u8, rm: u8, nzcv: u8, cond: u8) -> u32 {
    ccmp_any(true, false, rn, rm, false, nzcv, cond)
}

/// `ccmp`/`ccmn` (`negate`) `rn, rm_or_imm5, #nzcv, cond` (`imm`: the second operand is an
/// immediate 0..=31).
pub fn ccmp_any(
    is64: bool,
    negate: bool,
    rn: u8,
    rm_or_imm5: u8,
    imm: bool,
    nzcv: u8,
    cond: u8,
) -> u32 {
    0x3a40_0000
        | sf(is64)
        | (u32::from(!negate) << 30)
        | (u32::from(rm_or_imm5 & 31) << 16)
        | (u32::from(cond) << 12)
        | (u32::from(imm) << 11)
        | (r(rn) << 5)
        | u32::from(nzcv & 15)
}

/// Whether condition code `cond` holds for flags `nzcv` (N = 8, Z = 4, C = 2, V = 1).
pub fn cond_holds(cond: u8, nzcv: u8) -> bool {
    let (n, z, c, v) = (nzcv & 8 != 0, nzcv & 4 != 0, nzcv & 2 != 0, nzcv & 1 != 0);
    let base = match cond >> 1 {
        0 => z,
        1 => c,
        2 => n,
        3 => v,
        4 => c && !z,
        5 => n == v,
        6 => n == v && !z,
        _ => true,
    };
    if cond & 1 == 1 && cond != 15 {
        !base
    } else {
        base
    }
}

/// Flags for which `cond` evaluates to `want` (for `ccmp`'s "else" case).
pub fn nzcv_making(cond: u8, want: bool) -> u8 {
    (0..16u8)
        .find(|&f| cond_holds(cond, f) == want)
        .unwrap_or(0)
}

/// `dmb ish`.
pub const DMB_ISH: u32 = 0xd503_3bbf;
/// `dmb ishld`.
pub const DMB_ISHLD: u32 = 0xd503_39bf;
/// `clrex`.
pub const CLREX: u32 = 0xd503_305f;

/// `brk #1` (what LLVM emits for `llvm.trap`).
pub const BRK: u32 = 0xd420_0020;
/// `ret`.
pub const RET: u32 = 0xd65f_03c0;

/// The `N:immr:imms` field of a logical immediate for `value` at 32 (the low 32 bits) or
/// 64 bits, or `None` when `value` is no rotated, replicated run of ones (0 and all ones
/// never are).
pub fn logical_imm(value: u64, is64: bool) -> Option<u16> {
    let value = if is64 {
        value
    } else {
        let v = value & 0xffff_ffff;
        v | (v << 32)
    };
    if value == 0 || value == u64::MAX {
        return None;
    }
    // The smallest element size the value repeats with.
    let mut size = 64u32;
    while size > 2 {
        let half = size / 2;
        let mask = (1u64 << half) - 1;
        if value & mask != (value >> half) & mask {
            break;
        }
        size = half;
    }
    let mask = if size == 64 {
        u64::MAX
    } else {
        (1u64 << size) - 1
    };
    let elem = value & mask;
    let ones = elem.count_ones();
    let run = if ones == 64 {
        u64::MAX
    } else {
        (1u64 << ones) - 1
    };
    let ror = |x: u64, k: u32| {
        if k == 0 {
            x
        } else {
            ((x >> k) | (x << (size - k))) & mask
        }
    };
    let immr = (0..size).find(|&k| ror(run, k) == elem)?;
    let n = u16::from(size == 64);
    let imms = ((!(2 * size - 1) & 0x3f) | (ones - 1)) as u16 & 0x3f;
    Some((n << 12) | ((immr as u16) << 6) | imms)
}

/// The value a `fmov` immediate `imm8` stands for, as `double` or `float` bits.
pub fn fmov_expand(imm8: u8, double: bool) -> u64 {
    let a = u64::from(imm8 >> 7);
    let b = u64::from((imm8 >> 6) & 1);
    let cd = u64::from((imm8 >> 4) & 3);
    let efgh = u64::from(imm8 & 15);
    if double {
        (a << 63)
            | ((b ^ 1) << 62)
            | (if b == 1 { 0xff << 54 } else { 0 })
            | (cd << 52)
            | (efgh << 48)
    } else {
        (a << 31)
            | ((b ^ 1) << 30)
            | (if b == 1 { 0x1f << 25 } else { 0 })
            | (cd << 23)
            | (efgh << 19)
    }
}

/// The `fmov` immediate for the float with these bits (`double` or `float` bits), if any.
pub fn fmov_imm8(bits: u64, double: bool) -> Option<u8> {
    // Values of the form ±(16 + n)/16 · 2^e with e in −3..=4: the low mantissa bits are
    // zero, so most constants leave at the first test.
    let low = if double {
        bits & 0xffff_ffff_ffff
    } else {
        bits & 0x7_ffff
    };
    if low != 0 {
        return None;
    }
    (0..=255u8).find(|&k| fmov_expand(k, double) == bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logical_immediates() {
        // (value, 64-bit, N:immr:imms), checked against the GNU assembler's choices.
        let table: &[(u64, bool, Option<u16>)] = &[
            (0xff, true, Some(0x1007)),
            (0xff, false, Some(0x0007)),
            (0xffff_ffff, true, Some(0x101f)),
            (0x8000_0000_0000_0000, true, Some(0x1040)),
            (0x7fff_ffff_ffff_ffff, true, Some(0x103e)),
            (0x5555_5555_5555_5555, true, Some(0x003c)),
            (0x0f0f_0f0f_0f0f_0f0f, true, Some(0x0033)),
            (0xffff_fff0, false, Some(0x071b)),
            (0xffff_ffff_ffff_fff0, true, Some(0x1f3b)),
            (0, true, None),
            (u64::MAX, true, None),
            (0xffff_ffff, false, None),
            (0x1234, true, None),
            (5, true, None),
        ];
        for &(v, is64, want) in table {
            assert_eq!(logical_imm(v, is64), want, "{v:#x} at 64: {is64}");
        }
    }

    #[test]
    fn fmov_immediates() {
        assert_eq!(fmov_imm8(1.0f64.to_bits(), true), Some(0x70));
        assert_eq!(fmov_imm8(0.5f64.to_bits(), true), Some(0x60));
        assert_eq!(fmov_imm8((-2.0f64).to_bits(), true), Some(0x80));
        assert_eq!(fmov_imm8(31.0f64.to_bits(), true), Some(0x3f));
        assert_eq!(fmov_imm8(0.125f64.to_bits(), true), Some(0x40));
        assert_eq!(fmov_imm8(u64::from(1.5f32.to_bits()), false), Some(0x78));
        assert_eq!(fmov_imm8(0.0f64.to_bits(), true), None);
        assert_eq!(fmov_imm8(0.1f64.to_bits(), true), None);
        assert_eq!(fmov_imm8(64.0f64.to_bits(), true), None);
    }
}
