//! `llvm.*` declarations: the recorded [`Intrinsic`] agrees with the name, the signature has
//! the intrinsic's shape, and the overload suffix names the overloaded types.

use super::FnVerifier;
use super::ty::Ty;
use crate::ir::{Intrinsic, Type, TypeData};

impl<'m> FnVerifier<'_, 'm> {
    pub(super) fn intrinsic(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let func = self.func;
        let by_name = Intrinsic::from_name(&func.name);
        if func.intrinsic != by_name {
            let msg = format!(
                "recorded intrinsic {:?} does not match the name (which gives {:?})",
                func.intrinsic, by_name
            );
            self.err(None, None, msg);
        }
        let (Some(which), Some((ret, params, varargs))) = (by_name, sig) else {
            return;
        };
        if let Some(msg) = self.intrinsic_error(which, ret, params, varargs) {
            self.err(None, None, format!("intrinsic {}: {msg}", func.name));
        }
    }

    fn intrinsic_error(
        &self,
        which: Intrinsic,
        ret: Type,
        params: &[Type],
        varargs: bool,
    ) -> Option<String> {
        use Intrinsic::*;
        let ty = self.ty();
        let void = Type::VOID;
        let is_i1 = |t: Type| ty.int_bits(t) == Some(1);
        let int = |t: Type| ty.is_int_or_int_vector(t);
        let fp = |t: Type| ty.is_fp_or_fp_vector(t);
        let shape = |n: usize| params.len() == n && !varargs;
        let p = |i: usize| params.get(i).copied().unwrap_or(void);
        // (signature ok, overload types for the name suffix)
        let (ok, overloads): (bool, Vec<Type>) = match which {
            Memcpy | MemcpyInline | Memmove => (
                shape(4)
                    && ret == void
                    && ty.is_ptr(p(0))
                    && ty.is_ptr(p(1))
                    && ty.is_int(p(2))
                    && is_i1(p(3)),
                vec![p(0), p(1), p(2)],
            ),
            Memset | MemsetInline => (
                shape(4)
                    && ret == void
                    && ty.is_ptr(p(0))
                    && ty.int_bits(p(1)) == Some(8)
                    && ty.is_int(p(2))
                    && is_i1(p(3)),
                vec![p(0), p(2)],
            ),
            VaStart | VaEnd => (shape(1) && ret == void && ty.is_ptr(p(0)), vec![]),
            VaCopy => (
                shape(2) && ret == void && ty.is_ptr(p(0)) && ty.is_ptr(p(1)),
                vec![],
            ),
            LifetimeStart | LifetimeEnd => (
                shape(2) && ret == void && ty.int_bits(p(0)) == Some(64) && ty.is_ptr(p(1)),
                vec![],
            ),
            StackSave => (shape(0) && ty.is_ptr(ret), vec![]),
            StackRestore => (shape(1) && ret == void && ty.is_ptr(p(0)), vec![]),
            Smax | Smin | Umax | Umin | SAddSat | UAddSat | SSubSat | USubSat => (
                shape(2) && int(ret) && p(0) == ret && p(1) == ret,
                vec![ret],
            ),
            Abs => (
                shape(2) && int(ret) && p(0) == ret && is_i1(p(1)),
                vec![ret],
            ),
            Fabs | Sqrt | Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Exp
            | Exp2 | Log | Log2 | Log10 | Sin | Cos => {
                (shape(1) && fp(ret) && p(0) == ret, vec![ret])
            }
            Copysign | MinNum | MaxNum | Minimum | Maximum | Pow => {
                (shape(2) && fp(ret) && p(0) == ret && p(1) == ret, vec![ret])
            }
            Fma | FMulAdd => (
                shape(3) && fp(ret) && params.iter().all(|&t| t == ret),
                vec![ret],
            ),
            Ctpop | Bswap | BitReverse => (shape(1) && int(ret) && p(0) == ret, vec![ret]),
            Ctlz | Cttz => (
                shape(2) && int(ret) && p(0) == ret && is_i1(p(1)),
                vec![ret],
            ),
            Fshl | Fshr => (
                shape(3) && int(ret) && params.iter().all(|&t| t == ret),
                vec![ret],
            ),
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => {
                let fields_ok = ty
                    .struct_fields(ret)
                    .is_some_and(|f| f.len() == 2 && f[0] == p(0) && is_i1(f[1]));
                (
                    shape(2) && int(p(0)) && p(1) == p(0) && fields_ok,
                    vec![p(0)],
                )
            }
            PtrMask => (
                shape(2) && ty.is_ptr(ret) && p(0) == ret && ty.is_int(p(1)),
                vec![ret, p(1)],
            ),
            Expect => (
                shape(2) && int(ret) && p(0) == ret && p(1) == ret,
                vec![ret],
            ),
            Assume => (shape(1) && ret == void && is_i1(p(0)), vec![]),
            // LLVM 19 writes the overloaded `llvm.eh.typeid.for.p0`; older IR the plain name.
            EhTypeidFor => {
                let name = &*self.func.name;
                if name != "llvm.eh.typeid.for" && name != "llvm.eh.typeid.for.p0" {
                    return Some(
                        "name is neither llvm.eh.typeid.for nor llvm.eh.typeid.for.p0".into(),
                    );
                }
                (
                    shape(1) && ty.int_bits(ret) == Some(32) && ty.is_ptr(p(0)),
                    vec![],
                )
            }
            Trap | DebugTrap => (shape(0) && ret == void, vec![]),
            _ => return None,
        };
        if !ok {
            return Some(format!("wrong signature {}", ty.show(self.func.ty)));
        }
        if !overloads.is_empty() {
            let mut expected = format!("llvm.{}", which.base_name());
            for t in overloads {
                expected.push('.');
                expected.push_str(&mangle(ty, t)?);
            }
            if *self.func.name != *expected {
                return Some(format!(
                    "name does not match the overloaded types (expected {expected})"
                ));
            }
        }
        None
    }
}

/// The overload suffix LLVM gives a type in intrinsic names (`i32`, `f64`, `p0`, `v2f32`).
fn mangle(ty: &Ty<'_>, t: Type) -> Option<String> {
    Some(match ty.data(t)? {
        TypeData::Int(b) => format!("i{b}"),
        TypeData::Float => "f32".into(),
        TypeData::Double => "f64".into(),
        TypeData::X86Fp80 => "f80".into(),
        TypeData::Fp128 => "f128".into(),
        TypeData::Ptr(a) => format!("p{a}"),
        TypeData::Vector { elem, len } => match ty.data(*elem)? {
            TypeData::Vector { .. } => return None,
            _ => format!("v{len}{}", mangle(ty, *elem)?),
        },
        _ => return None,
    })
}
