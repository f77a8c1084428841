//! LangRef rules of the atomic instructions: orderings allowed per instruction, explicit
//! alignment, and the types an atomic operation can work on.

use super::FnVerifier;
use super::ty::is_pow2_or_zero;
use crate::ir::{AtomicOrdering, InstKind, Operand, RmwOp, Type};

impl FnVerifier<'_, '_> {
    /// Bit width of `t` when it is a scalar an atomic operation may access: an integer,
    /// floating-point or pointer type whose width is a power of two of at least 8 bits.
    fn atomic_width(&self, t: Type) -> Option<u32> {
        let ty = self.ty();
        let bits = if ty.is_ptr(t) {
            64
        } else {
            ty.int_bits(t).or_else(|| ty.fp_bits(t))?
        };
        (bits >= 8 && bits.is_power_of_two()).then_some(bits)
    }

    /// Checks the type and alignment of the memory an atomic instruction accesses.
    fn atomic_access(&self, what: &str, t: Type, align: u32, explicit: bool) -> Option<String> {
        let ty = self.ty();
        if self.atomic_width(t).is_none() {
            return Some(format!(
                "{what} operand must be an integer, floating-point or pointer type whose width is a power of two of at least 8 bits, not {}",
                ty.show(t)
            ));
        }
        if !is_pow2_or_zero(align) {
            return Some(format!("alignment {align} is not a power of two"));
        }
        if explicit && align == 0 {
            return Some(format!("{what} must have an explicit alignment"));
        }
        None
    }

    /// Type and ordering rules of `load atomic`, `store atomic`, `atomicrmw`, `cmpxchg` and
    /// `fence`; `None` for other instructions and for valid ones.
    pub(super) fn atomic_error(&self, kind: &InstKind, rt: Type) -> Option<String> {
        let ty = self.ty();
        let t = |o: Operand| self.op_type(o).unwrap_or(Type::VOID);
        let show = |x: Type| ty.show(x);
        let pointer = |p: Operand, what: &str| {
            (!ty.is_ptr(t(p)))
                .then(|| format!("{what} address must be a pointer, not {}", show(t(p))))
        };
        use AtomicOrdering::*;
        match kind {
            InstKind::AtomicLoad {
                ptr,
                align,
                ordering,
                ..
            } => {
                if let Some(e) = pointer(*ptr, "atomic load") {
                    return Some(e);
                }
                if matches!(ordering, Release | AcqRel) {
                    return Some(format!(
                        "atomic load cannot have {} ordering",
                        ordering.name()
                    ));
                }
                self.atomic_access("atomic load", rt, *align, true)
            }
            InstKind::AtomicStore {
                value,
                ptr,
                align,
                ordering,
                ..
            } => {
                if let Some(e) = pointer(*ptr, "atomic store") {
                    return Some(e);
                }
                if matches!(ordering, Acquire | AcqRel) {
                    return Some(format!(
                        "atomic store cannot have {} ordering",
                        ordering.name()
                    ));
                }
                self.atomic_access("atomic store", t(*value), *align, true)
            }
            InstKind::AtomicRmw {
                op,
                ptr,
                value,
                align,
                ordering,
                ..
            } => {
                if let Some(e) = pointer(*ptr, "atomicrmw") {
                    return Some(e);
                }
                if *ordering == Unordered {
                    return Some("atomicrmw cannot be unordered".into());
                }
                let vt = t(*value);
                if let Some(e) = self.atomic_access("atomicrmw", vt, *align, false) {
                    return Some(e);
                }
                let ok = match op {
                    RmwOp::Xchg => true,
                    _ if op.is_float() => ty.is_fp(vt),
                    _ => ty.is_int(vt),
                };
                if !ok {
                    return Some(format!(
                        "atomicrmw {} operand must be {}, not {}",
                        op.name(),
                        if op.is_float() {
                            "a floating-point type"
                        } else {
                            "an integer"
                        },
                        show(vt)
                    ));
                }
                if rt != vt {
                    return Some(format!(
                        "atomicrmw result type {} differs from operand type {}",
                        show(rt),
                        show(vt)
                    ));
                }
                None
            }
            InstKind::CmpXchg {
                ptr,
                expected,
                new,
                align,
                success,
                failure,
                ..
            } => {
                if let Some(e) = pointer(*ptr, "cmpxchg") {
                    return Some(e);
                }
                if *success == Unordered || *failure == Unordered {
                    return Some("cmpxchg orderings must be at least monotonic".into());
                }
                if matches!(failure, Release | AcqRel) {
                    return Some(format!(
                        "cmpxchg failure ordering cannot be {}",
                        failure.name()
                    ));
                }
                let (ct, nt) = (t(*expected), t(*new));
                if ct != nt {
                    return Some(format!(
                        "cmpxchg operands must have the same type ({} and {})",
                        show(ct),
                        show(nt)
                    ));
                }
                if !ty.is_int(ct) && !ty.is_ptr(ct) {
                    return Some(format!(
                        "cmpxchg operand must be an integer or a pointer, not {}",
                        show(ct)
                    ));
                }
                if let Some(e) = self.atomic_access("cmpxchg", ct, *align, false) {
                    return Some(e);
                }
                let want = ty.struct_fields(rt);
                if want != Some(&[ct, Type::I1][..]) {
                    return Some(format!(
                        "cmpxchg result must be {{ {}, i1 }}, not {}",
                        show(ct),
                        show(rt)
                    ));
                }
                None
            }
            InstKind::Fence { ordering, .. } => {
                (!matches!(ordering, Acquire | Release | AcqRel | SeqCst)).then(|| {
                    format!(
                        "fence ordering must be acquire, release, acq_rel or seq_cst, not {}",
                        ordering.name()
                    )
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::reader::parse_module;
    use crate::verifier::check_module;

    /// The verifier's report for one function body `body` taking `ptr %p`.
    fn report(body: &str) -> String {
        let src = format!("define void @f(ptr %p, i32 %v) {{\n{body}\n  ret void\n}}\n");
        let m = parse_module(&src, "t.ll").expect("parses");
        check_module(&m).to_string()
    }

    fn assert_error(body: &str, needle: &str) {
        let r = report(body);
        assert!(r.contains(needle), "expected `{needle}` in:\n{r}");
    }

    #[test]
    fn valid_atomics_verify() {
        let r = report(
            "  %a = load atomic i32, ptr %p acquire, align 4
  store atomic i32 %a, ptr %p release, align 4
  %b = atomicrmw umax ptr %p, i32 %v acq_rel, align 4
  %c = cmpxchg weak ptr %p, i32 %a, i32 %b seq_cst monotonic, align 4
  %d = atomicrmw fadd ptr %p, float 1.0 monotonic
  fence syncscope(\"singlethread\") acquire",
        );
        assert!(r.is_empty(), "{r}");
    }

    #[test]
    fn load_and_store_ordering_rules() {
        assert_error(
            "  %a = load atomic i32, ptr %p release, align 4",
            "atomic load cannot have release ordering",
        );
        assert_error(
            "  %a = load atomic i32, ptr %p acq_rel, align 4",
            "atomic load cannot have acq_rel ordering",
        );
        assert_error(
            "  store atomic i32 %v, ptr %p acquire, align 4",
            "atomic store cannot have acquire ordering",
        );
    }

    #[test]
    fn atomic_accesses_need_explicit_alignment_and_legal_types() {
        assert_error(
            "  %a = load atomic i32, ptr %p seq_cst",
            "atomic load must have an explicit alignment",
        );
        assert_error(
            "  store atomic i32 %v, ptr %p seq_cst",
            "atomic store must have an explicit alignment",
        );
        assert_error(
            "  %a = load atomic i24, ptr %p seq_cst, align 4",
            "power of two of at least 8 bits, not i24",
        );
        assert_error("  %a = load atomic i1, ptr %p seq_cst, align 1", "not i1");
        assert_error(
            "  %a = load atomic { i32 }, ptr %p seq_cst, align 4",
            "not { i32 }",
        );
    }

    #[test]
    fn atomicrmw_rules() {
        assert_error(
            "  %a = atomicrmw add ptr %p, i32 1 unordered",
            "atomicrmw cannot be unordered",
        );
        assert_error(
            "  %a = atomicrmw add ptr %p, float 1.0 seq_cst",
            "atomicrmw add operand must be an integer, not float",
        );
        assert_error(
            "  %a = atomicrmw fadd ptr %p, i32 1 seq_cst",
            "atomicrmw fadd operand must be a floating-point type, not i32",
        );
        assert_error(
            "  %a = atomicrmw xchg ptr %p, { i32 } zeroinitializer seq_cst",
            "not { i32 }",
        );
    }

    #[test]
    fn cmpxchg_rules() {
        assert_error(
            "  %a = cmpxchg ptr %p, i32 0, i32 1 seq_cst release",
            "cmpxchg failure ordering cannot be release",
        );
        assert_error(
            "  %a = cmpxchg ptr %p, i32 0, i32 1 seq_cst acq_rel",
            "cmpxchg failure ordering cannot be acq_rel",
        );
        assert_error(
            "  %a = cmpxchg ptr %p, i32 0, i32 1 unordered monotonic",
            "cmpxchg orderings must be at least monotonic",
        );
        assert_error(
            "  %a = cmpxchg ptr %p, float 0.0, float 1.0 seq_cst seq_cst",
            "cmpxchg operand must be an integer or a pointer, not float",
        );
    }

    #[test]
    fn fence_orderings() {
        assert_error(
            "  fence monotonic",
            "fence ordering must be acquire, release, acq_rel or seq_cst, not monotonic",
        );
        assert_error("  fence unordered", "not unordered");
    }
}
