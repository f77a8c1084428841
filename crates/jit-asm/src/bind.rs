//! Operand binding: every `$N` of a template gets a location from its constraint, and the
//! registers the snippet touches are collected so the prologue can save the callee-saved
//! ones.
//!
//! Operands never share a register unless one is tied to the other or both name the same
//! explicit register, which satisfies early-clobber outputs (`=&r`) for free. Registers
//! named by clobbers are not handed out.

use crate::{AsmError, Isa, SLOT, SiteArg, ValueShape, shown};
use jit_core::ir::{AsmCode, AsmConstraint, AsmConstraintKind, InlineAsm};

/// Where an operand lives while the template runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loc {
    /// A general-purpose register (x86: encoding number 0..16; AArch64: `x0`..`x30`).
    Gpr(u8),
    /// An FP/SIMD register (`xmmN` / `vN`).
    Vec(u8),
    /// Memory whose address is in a general-purpose register.
    Mem(u8),
    /// Memory in the operand buffer itself (a direct `m` operand), at this offset from
    /// the buffer base register.
    BufMem(u32),
    /// An immediate.
    Imm(i64),
    /// A condition-code output (`={@ccz}`): the condition, materialized into a register.
    Flag {
        /// The condition suffix (`z`, `ae`, `eq`, ...).
        cond: String,
        /// The register that receives 0 or 1.
        reg: u8,
    },
}

/// One `$N` operand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operand {
    /// Its location.
    pub loc: Loc,
    /// Its value's shape (names the register's width by default).
    pub shape: ValueShape,
}

/// The result of binding a site.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Binding {
    /// Operands in template order (outputs, then inputs).
    pub operands: Vec<Operand>,
    /// Registers (`Gpr`/`Vec`) loaded from the buffer before the template: (offset, reg).
    pub loads: Vec<(u32, Loc)>,
    /// Registers stored to the buffer after the template: (reg, offset).
    pub stores: Vec<(Loc, u32)>,
    /// Condition outputs: (condition, register).
    pub flags: Vec<(String, u8)>,
    /// Callee-saved general registers the snippet uses or clobbers (saved around it).
    pub saved_gprs: Vec<u8>,
    /// Callee-saved FP/SIMD registers the snippet uses or clobbers.
    pub saved_vecs: Vec<u8>,
    /// Register that holds the buffer address during the template (for `BufMem`).
    pub base: Option<u8>,
    /// A register free after the template, used to reach the buffer to store outputs.
    pub scratch: u8,
}

/// Register file facts of one ISA.
struct Regs {
    /// General registers in allocation order (caller-saved first).
    gpr_order: &'static [u8],
    /// FP/SIMD registers in allocation order.
    vec_order: &'static [u8],
    gpr_callee_saved: fn(u8) -> bool,
    vec_callee_saved: fn(u8) -> bool,
}

const X86_GPR_ORDER: &[u8] = &[0, 1, 2, 6, 7, 8, 9, 10, 11, 3, 12, 13, 14, 15];
const X86_VEC_ORDER: &[u8] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const A64_GPR_ORDER: &[u8] = &[
    9, 10, 11, 12, 13, 14, 15, 1, 2, 3, 4, 5, 6, 7, 8, 0, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28,
];
const A64_VEC_ORDER: &[u8] = &[
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    10, 11, 12, 13, 14, 15,
];

/// x86-64 general registers by encoding: rax rcx rdx rbx rsp rbp rsi rdi r8..r15.
pub const X86_RSP: u8 = 4;
/// `rbp`.
pub const X86_RBP: u8 = 5;
/// `rdi`, where the buffer address arrives.
pub const X86_RDI: u8 = 7;

fn regs(isa: Isa) -> Regs {
    match isa {
        Isa::X86_64 => Regs {
            gpr_order: X86_GPR_ORDER,
            vec_order: X86_VEC_ORDER,
            gpr_callee_saved: |r| matches!(r, 3 | 5 | 12..=15),
            vec_callee_saved: |_| false,
        },
        Isa::Aarch64 => Regs {
            gpr_order: A64_GPR_ORDER,
            vec_order: A64_VEC_ORDER,
            gpr_callee_saved: |r| matches!(r, 19..=30),
            vec_callee_saved: |r| matches!(r, 8..=15),
        },
    }
}

/// A register named in a constraint or clobber.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedReg {
    /// A general register.
    Gpr(u8),
    /// An FP/SIMD register.
    Vec(u8),
}

/// Parses an LLVM register name (`ax`, `eax`, `r8d`, `xmm3`, `x0`, `w5`, `d8`, `lr`...).
pub fn parse_reg(isa: Isa, name: &str) -> Option<NamedReg> {
    let n = name.to_ascii_lowercase();
    let num = |s: &str| s.parse::<u8>().ok();
    match isa {
        Isa::X86_64 => {
            let base = |s: &str| -> Option<u8> {
                Some(match s {
                    "a" => 0,
                    "c" => 1,
                    "d" => 2,
                    "b" => 3,
                    _ => return None,
                })
            };
            let special = |s: &str| -> Option<u8> {
                Some(match s {
                    "sp" => 4,
                    "bp" => 5,
                    "si" => 6,
                    "di" => 7,
                    _ => return None,
                })
            };
            if let Some(rest) = n.strip_prefix("xmm").or_else(|| n.strip_prefix("ymm")) {
                return num(rest).filter(|&r| r < 16).map(NamedReg::Vec);
            }
            if let Some(rest) = n.strip_prefix('r')
                && let Some(d) = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(Some(rest.len()), |i| {
                        matches!(&rest[i..], "d" | "w" | "b").then_some(i)
                    })
                && d > 0
            {
                return num(&rest[..d])
                    .filter(|&r| (8..16).contains(&r))
                    .map(NamedReg::Gpr);
            }
            let stem = n
                .strip_prefix('r')
                .or_else(|| n.strip_prefix('e'))
                .unwrap_or(&n);
            if let Some(r) = special(stem) {
                return Some(NamedReg::Gpr(r));
            }
            if let Some(r) = special(stem.strip_suffix('l').unwrap_or("")) {
                return Some(NamedReg::Gpr(r));
            }
            let letter = stem
                .strip_suffix('x')
                .or_else(|| stem.strip_suffix('l'))
                .or_else(|| stem.strip_suffix('h'));
            letter.and_then(base).map(NamedReg::Gpr)
        }
        Isa::Aarch64 => match n.as_str() {
            "lr" => Some(NamedReg::Gpr(30)),
            "fp" => Some(NamedReg::Gpr(29)),
            _ => {
                let (head, rest) = n.split_at(1.min(n.len()));
                let r = num(rest)?;
                match head {
                    "x" | "w" if r <= 30 => Some(NamedReg::Gpr(r)),
                    "v" | "q" | "d" | "s" | "h" | "b" if r < 32 => Some(NamedReg::Vec(r)),
                    _ => None,
                }
            }
        },
    }
}

/// The register classes a constraint's codes allow.
#[derive(Default)]
struct Classes {
    gprs: Option<Vec<u8>>,
    vecs: Option<Vec<u8>>,
    mem: bool,
    imm: bool,
    /// A class this crate does not know, for the error if nothing else fits.
    unknown: Option<String>,
}

fn classes(isa: Isa, c: &AsmConstraint, rg: &Regs) -> Classes {
    let mut out = Classes::default();
    let add_gprs = |out: &mut Classes, set: &[u8]| {
        let v = out.gprs.get_or_insert_with(Vec::new);
        for &r in set {
            if !v.contains(&r) {
                v.push(r);
            }
        }
    };
    for code in c.codes.iter() {
        let AsmCode::Class(k) = code else { continue };
        match (isa, k.as_str()) {
            (Isa::X86_64, "r" | "q" | "R" | "l" | "g" | "X") => add_gprs(&mut out, rg.gpr_order),
            (Isa::X86_64, "Q") => add_gprs(&mut out, &[0, 1, 2, 3]),
            (Isa::X86_64, "a") => add_gprs(&mut out, &[0]),
            (Isa::X86_64, "b") => add_gprs(&mut out, &[3]),
            (Isa::X86_64, "c") => add_gprs(&mut out, &[1]),
            (Isa::X86_64, "d") => add_gprs(&mut out, &[2]),
            (Isa::X86_64, "S") => add_gprs(&mut out, &[6]),
            (Isa::X86_64, "D") => add_gprs(&mut out, &[7]),
            (Isa::X86_64, "x" | "v") => out.vecs = Some(rg.vec_order.to_vec()),
            (Isa::X86_64, "m" | "o" | "V" | "<" | ">") => out.mem = true,
            (Isa::X86_64, "i" | "n" | "e" | "Z" | "I" | "J" | "K" | "L" | "M" | "N" | "O") => {
                out.imm = true
            }
            (Isa::Aarch64, "r") => add_gprs(&mut out, rg.gpr_order),
            (Isa::Aarch64, "w") => out.vecs = Some(rg.vec_order.to_vec()),
            (Isa::Aarch64, "x") => out.vecs = Some((0..16).collect()),
            (Isa::Aarch64, "y") => out.vecs = Some((0..8).collect()),
            (Isa::Aarch64, "m" | "Q" | "o") => out.mem = true,
            (Isa::Aarch64, "i" | "n" | "I" | "J" | "K" | "L" | "M" | "N" | "z" | "Z") => {
                out.imm = true
            }
            _ => {
                out.unknown.get_or_insert_with(|| k.clone());
            }
        }
    }
    // `g` and `X` also allow memory and immediates.
    if c.has_class("g") || c.has_class("X") {
        out.mem = true;
        out.imm = true;
    }
    out
}

struct Binder<'a> {
    asm: &'a InlineAsm,
    rg: Regs,
    used_gpr: u64,
    used_vec: u64,
    /// Registers the snippet may change (operands, clobbers), for the callee-saved set.
    touched_gpr: u64,
    touched_vec: u64,
}

impl Binder<'_> {
    fn err(&self, c: &AsmConstraint, reason: impl Into<String>) -> AsmError {
        AsmError::Constraint {
            template: shown(&self.asm.template),
            constraint: constraint_text(c),
            reason: reason.into(),
        }
    }

    fn take_gpr(&mut self, set: &[u8]) -> Option<u8> {
        let r = set
            .iter()
            .copied()
            .find(|&r| self.used_gpr & (1 << r) == 0)?;
        self.used_gpr |= 1 << r;
        self.touched_gpr |= 1 << r;
        Some(r)
    }

    fn take_vec(&mut self, set: &[u8]) -> Option<u8> {
        let r = set
            .iter()
            .copied()
            .find(|&r| self.used_vec & (1 << r) == 0)?;
        self.used_vec |= 1 << r;
        self.touched_vec |= 1 << r;
        Some(r)
    }

    fn out_of_regs(&self, c: &AsmConstraint) -> AsmError {
        self.err(c, "no register of its class is left")
    }
}

fn constraint_text(c: &AsmConstraint) -> String {
    let mut s = String::new();
    match c.kind {
        AsmConstraintKind::Output => s.push('='),
        AsmConstraintKind::Clobber => s.push('~'),
        AsmConstraintKind::Input => {}
    }
    if c.early_clobber {
        s.push('&');
    }
    if c.indirect {
        s.push('*');
    }
    for (i, code) in c.codes.iter().enumerate() {
        if i > 0 && !matches!(code, AsmCode::Class(k) if k.len() == 1) {
            s.push('|');
        }
        match code {
            AsmCode::Class(k) => s.push_str(k),
            AsmCode::Register(r) => {
                s.push('{');
                s.push_str(r);
                s.push('}');
            }
            AsmCode::Tied(n) => s.push_str(&n.to_string()),
        }
    }
    s
}

/// Binds every operand of `asm` for `isa`. `args` are the call's arguments, `results`
/// the shapes of its direct outputs.
pub fn bind(
    asm: &InlineAsm,
    isa: Isa,
    args: &[SiteArg],
    results: &[ValueShape],
) -> Result<Binding, AsmError> {
    let rg = regs(isa);
    let reserved: u64 = match isa {
        Isa::X86_64 => (1 << X86_RSP) | (1 << X86_RBP),
        Isa::Aarch64 => (1 << 18) | (1 << 29) | (1 << 30) | (1 << 31),
    };
    let mut b = Binder {
        asm,
        rg,
        used_gpr: reserved,
        used_vec: 0,
        touched_gpr: 0,
        touched_vec: 0,
    };
    let ops: Vec<&AsmConstraint> = asm
        .constraints
        .iter()
        .filter(|c| c.kind != AsmConstraintKind::Clobber)
        .collect();
    // Clobbers: never allocated, saved when callee-saved.
    for c in asm
        .constraints
        .iter()
        .filter(|c| c.kind == AsmConstraintKind::Clobber)
    {
        match c.register().and_then(|r| parse_reg(isa, r)) {
            Some(NamedReg::Gpr(r)) => {
                b.used_gpr |= 1 << r;
                b.touched_gpr |= 1 << r;
            }
            Some(NamedReg::Vec(r)) => {
                b.used_vec |= 1 << r;
                b.touched_vec |= 1 << r;
            }
            // memory, cc, flags, dirflag, fpsr and registers no operand can use.
            None => {}
        }
    }
    // Which argument and which result each operand is.
    let mut arg_of = vec![None; ops.len()];
    let mut result_of = vec![None; ops.len()];
    let (mut next_arg, mut next_res) = (0usize, 0usize);
    for (n, c) in ops.iter().enumerate() {
        if c.takes_arg() {
            arg_of[n] = Some(next_arg);
            next_arg += 1;
        } else if c.is_result() {
            result_of[n] = Some(next_res);
            next_res += 1;
        }
    }
    if next_arg != args.len() || next_res != results.len() {
        return Err(AsmError::Template {
            template: shown(&asm.template),
            reason: format!(
                "the constraints take {next_arg} arguments and give {next_res} results, the call has {} and {}",
                args.len(),
                results.len()
            ),
        });
    }
    let shape_of = |n: usize| -> ValueShape {
        match (arg_of[n], result_of[n]) {
            (Some(i), _) => args[i].shape,
            (_, Some(k)) => results[k],
            _ => ValueShape {
                bytes: 8,
                float: false,
            },
        }
    };
    let arg_off = |i: usize| SLOT * i as u32;
    let res_off = |k: usize| SLOT * (args.len() + k) as u32;

    let mut locs: Vec<Option<Loc>> = vec![None; ops.len()];
    let mut binding = Binding::default();
    let mut needs_base = false;

    // 1. Explicit registers (`{rax}`, `{x0}`) and condition outputs.
    for (n, c) in ops.iter().enumerate() {
        let Some(name) = c.register() else { continue };
        if name.starts_with("@cc") {
            // Bound with the other outputs, once every explicit register is taken.
            continue;
        }
        let loc = match parse_reg(isa, name) {
            Some(NamedReg::Gpr(r)) => {
                b.used_gpr |= 1 << r;
                b.touched_gpr |= 1 << r;
                Loc::Gpr(r)
            }
            Some(NamedReg::Vec(r)) => {
                b.used_vec |= 1 << r;
                b.touched_vec |= 1 << r;
                Loc::Vec(r)
            }
            None => return Err(b.err(c, format!("unknown register '{name}'"))),
        };
        if c.indirect {
            return Err(b.err(c, "an indirect operand in an explicit register"));
        }
        locs[n] = Some(loc);
    }

    // 2. The rest of the outputs and untied inputs, outputs first.
    let order: Vec<usize> = (0..ops.len())
        .filter(|&n| ops[n].kind == AsmConstraintKind::Output)
        .chain((0..ops.len()).filter(|&n| ops[n].kind == AsmConstraintKind::Input))
        .collect();
    for n in order {
        let c = ops[n];
        if locs[n].is_some() {
            continue;
        }
        if let Some(cond) = c.register().and_then(|r| r.strip_prefix("@cc")) {
            if c.kind != AsmConstraintKind::Output || c.indirect {
                return Err(b.err(c, "a condition code can only be a direct output"));
            }
            let reg = b.take_gpr(b.rg.gpr_order).ok_or_else(|| b.out_of_regs(c))?;
            locs[n] = Some(Loc::Flag {
                cond: cond.to_string(),
                reg,
            });
            continue;
        }
        if let Some(t) = c.tied() {
            let t = t as usize;
            let Some(Some(target)) = locs.get(t).cloned() else {
                return Err(b.err(c, "tied to an output without a location"));
            };
            if !matches!(target, Loc::Gpr(_) | Loc::Vec(_)) {
                return Err(b.err(c, "tied to an output that is not in a register"));
            }
            locs[n] = Some(target);
            continue;
        }
        let cl = classes(isa, c, &b.rg);
        let shape = shape_of(n);
        let imm = arg_of[n].and_then(|i| args[i].imm);
        let loc = if c.indirect {
            if !cl.mem {
                return Err(b.err(c, "an indirect operand needs a memory constraint"));
            }
            Loc::Mem(b.take_gpr(b.rg.gpr_order).ok_or_else(|| b.out_of_regs(c))?)
        } else if let (true, Some(v)) = (cl.imm && c.kind == AsmConstraintKind::Input, imm) {
            Loc::Imm(v)
        } else if let Some(set) = cl
            .vecs
            .as_ref()
            .filter(|_| shape.float || cl.gprs.is_none())
        {
            if shape.bytes > 16 {
                return Err(b.err(c, "a vector wider than 128 bits"));
            }
            Loc::Vec(b.take_vec(set).ok_or_else(|| b.out_of_regs(c))?)
        } else if let Some(set) = &cl.gprs {
            if shape.bytes > 8 {
                return Err(b.err(
                    c,
                    format!("a {}-byte value in a general register", shape.bytes),
                ));
            }
            Loc::Gpr(b.take_gpr(set).ok_or_else(|| b.out_of_regs(c))?)
        } else if cl.mem {
            needs_base = true;
            match (arg_of[n], result_of[n]) {
                (Some(i), _) => Loc::BufMem(arg_off(i)),
                (_, Some(k)) => Loc::BufMem(res_off(k)),
                _ => return Err(b.err(c, "a memory operand without a value")),
            }
        } else if cl.imm {
            return Err(b.err(c, "an immediate constraint needs an integer constant"));
        } else {
            let what = cl.unknown.unwrap_or_else(|| constraint_text(c));
            return Err(b.err(c, format!("unsupported constraint code '{what}'")));
        };
        locs[n] = Some(loc);
    }

    // 3. Loads, stores, condition outputs.
    for (n, c) in ops.iter().enumerate() {
        let loc = locs[n].clone().expect("every operand is bound");
        if let Some(i) = arg_of[n]
            && matches!(loc, Loc::Gpr(_) | Loc::Vec(_) | Loc::Mem(_))
        {
            let reg = match loc {
                Loc::Mem(r) => Loc::Gpr(r),
                ref other => other.clone(),
            };
            binding.loads.push((arg_off(i), reg));
        }
        if let Some(k) = result_of[n] {
            match &loc {
                Loc::Gpr(_) | Loc::Vec(_) => binding.stores.push((loc.clone(), res_off(k))),
                Loc::Flag { cond, reg } => {
                    binding.flags.push((cond.clone(), *reg));
                    binding.stores.push((Loc::Gpr(*reg), res_off(k)));
                }
                Loc::BufMem(_) => {}
                Loc::Mem(_) | Loc::Imm(_) => {
                    return Err(b.err(c, "an output must be a register or memory"));
                }
            }
        }
        binding.operands.push(Operand {
            loc,
            shape: shape_of(n),
        });
    }

    if needs_base {
        let r = b
            .take_gpr(b.rg.gpr_order)
            .ok_or_else(|| b.err(ops[0], "no register left for the operand buffer"))?;
        binding.base = Some(r);
    }
    // The scratch register reaches the buffer after the template: any register that is
    // not an output (inputs are dead by then).
    let outputs: u64 = binding
        .stores
        .iter()
        .filter_map(|(l, _)| match l {
            Loc::Gpr(r) => Some(1u64 << r),
            _ => None,
        })
        .fold(0, |a, r| a | r);
    let scratch =
        b.rg.gpr_order
            .iter()
            .copied()
            .find(|&r| outputs & (1 << r) == 0)
            .ok_or_else(|| AsmError::Constraint {
                template: shown(&asm.template),
                constraint: asm.constraint_text.clone(),
                reason: "every register is an output".into(),
            })?;
    b.touched_gpr |= 1 << scratch;
    binding.scratch = scratch;
    binding.saved_gprs = (0..32u8)
        .filter(|&r| b.touched_gpr & (1 << r) != 0 && (b.rg.gpr_callee_saved)(r))
        .collect();
    binding.saved_vecs = (0..32u8)
        .filter(|&r| b.touched_vec & (1 << r) != 0 && (b.rg.vec_callee_saved)(r))
        .collect();
    Ok(binding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::ir::parse_constraints;

    pub(crate) fn asm(template: &str, constraints: &str) -> InlineAsm {
        InlineAsm {
            template: template.into(),
            constraint_text: constraints.into(),
            constraints: parse_constraints(constraints).unwrap().into(),
            side_effect: true,
            align_stack: false,
            intel_dialect: false,
            unwind: false,
        }
    }

    const I32: ValueShape = ValueShape {
        bytes: 4,
        float: false,
    };
    const I64: ValueShape = ValueShape {
        bytes: 8,
        float: false,
    };

    fn arg(shape: ValueShape) -> SiteArg {
        SiteArg { shape, imm: None }
    }

    #[test]
    fn parses_register_names() {
        let x = |n| parse_reg(Isa::X86_64, n);
        assert_eq!(x("ax"), Some(NamedReg::Gpr(0)));
        assert_eq!(x("edx"), Some(NamedReg::Gpr(2)));
        assert_eq!(x("rbx"), Some(NamedReg::Gpr(3)));
        assert_eq!(x("sil"), Some(NamedReg::Gpr(6)));
        assert_eq!(x("di"), Some(NamedReg::Gpr(7)));
        assert_eq!(x("r9d"), Some(NamedReg::Gpr(9)));
        assert_eq!(x("r15"), Some(NamedReg::Gpr(15)));
        assert_eq!(x("xmm7"), Some(NamedReg::Vec(7)));
        assert_eq!(x("memory"), None);
        assert_eq!(x("dirflag"), None);
        let a = |n| parse_reg(Isa::Aarch64, n);
        assert_eq!(a("x0"), Some(NamedReg::Gpr(0)));
        assert_eq!(a("w19"), Some(NamedReg::Gpr(19)));
        assert_eq!(a("lr"), Some(NamedReg::Gpr(30)));
        assert_eq!(a("d8"), Some(NamedReg::Vec(8)));
        assert_eq!(a("cc"), None);
    }

    #[test]
    fn binds_cmov_site() {
        // zstd's `cmp $1,$2; cmova $3,$0` shape: "=r,r,r,r,0".
        let a = asm("", "=r,r,r,r,0,~{cc}");
        let b = bind(&a, Isa::X86_64, &[arg(I64); 4], &[I64]).unwrap();
        let locs: Vec<_> = b.operands.iter().map(|o| o.loc.clone()).collect();
        assert_eq!(
            locs,
            [
                Loc::Gpr(0),
                Loc::Gpr(1),
                Loc::Gpr(2),
                Loc::Gpr(6),
                Loc::Gpr(0)
            ]
        );
        assert_eq!(b.stores, [(Loc::Gpr(0), 64)]);
        assert_eq!(b.scratch, 1);
        assert!(b.saved_gprs.is_empty());
    }

    #[test]
    fn explicit_registers_clobbers_and_saves() {
        let a = asm("", "={ax},={dx},{ax},r,~{rbx},~{r12},~{memory}");
        let b = bind(&a, Isa::X86_64, &[arg(I64), arg(I64)], &[I64, I64]).unwrap();
        let locs: Vec<_> = b.operands.iter().map(|o| o.loc.clone()).collect();
        assert_eq!(locs, [Loc::Gpr(0), Loc::Gpr(2), Loc::Gpr(0), Loc::Gpr(1)]);
        assert_eq!(b.saved_gprs, [3, 12]);
    }

    #[test]
    fn immediates_memory_and_flags() {
        let a = asm("", "={@ccz},=*m,ir,m,~{cc}");
        let args = [
            arg(I64),
            SiteArg {
                shape: I32,
                imm: Some(7),
            },
            arg(I32),
        ];
        let b = bind(&a, Isa::X86_64, &args, &[I32]).unwrap();
        let locs: Vec<_> = b.operands.iter().map(|o| o.loc.clone()).collect();
        assert_eq!(
            locs,
            [
                Loc::Flag {
                    cond: "z".into(),
                    reg: 0
                },
                Loc::Mem(1),
                Loc::Imm(7),
                Loc::BufMem(32)
            ]
        );
        assert_eq!(b.base, Some(2));
        assert_eq!(b.flags, [("z".to_string(), 0)]);
    }

    #[test]
    fn condition_outputs_avoid_explicit_registers() {
        let a = asm("", "={@ccc},={ax},{ax}");
        let b = bind(&a, Isa::X86_64, &[arg(I64)], &[I32, I64]).unwrap();
        assert_eq!(
            b.operands[0].loc,
            Loc::Flag {
                cond: "c".into(),
                reg: 1
            }
        );
        assert_eq!(b.operands[1].loc, Loc::Gpr(0));
    }

    #[test]
    fn aarch64_prefers_temporaries() {
        let a = asm("", "=&r,=&r,r,~{x19}");
        let b = bind(&a, Isa::Aarch64, &[arg(I64)], &[I32, I32]).unwrap();
        let locs: Vec<_> = b.operands.iter().map(|o| o.loc.clone()).collect();
        assert_eq!(locs, [Loc::Gpr(9), Loc::Gpr(10), Loc::Gpr(11)]);
        assert_eq!(b.saved_gprs, [19]);
    }

    #[test]
    fn reports_unsupported_constraints() {
        let errs: Vec<String> = [
            ("=t", Isa::X86_64),
            ("=r,i", Isa::X86_64),
            ("={foo}", Isa::Aarch64),
        ]
        .iter()
        .map(|(c, isa)| {
            let a = asm("op", c);
            let nargs = a.constraints.iter().filter(|c| c.takes_arg()).count();
            bind(&a, *isa, &vec![arg(I32); nargs], &[I32])
                .unwrap_err()
                .to_string()
        })
        .collect();
        insta::assert_snapshot!(errs.join("\n"));
    }
}
