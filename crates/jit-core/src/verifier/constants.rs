//! Constant checks: every constant reachable from a global, alias or instruction, each
//! checked once against its type and its direct members (constant expressions obey the
//! instruction rules).

use super::{Context, Severity, Verifier};
use crate::entity::EntityRef;
use crate::ir::{Const, ConstExpr, ConstKind, GlobalRef, Type, TypeData};
use crate::printer::print_constant;

impl<'m> Verifier<'m> {
    /// Checks constant `c` and everything it refers to (once per constant); returns false
    /// when `c` itself is out of range.
    pub(super) fn constant(&mut self, c: Const, ctx: &Context) -> bool {
        if !self.m.consts.is_valid(c) {
            self.report(
                Severity::Error,
                ctx,
                format!("constant {c} is outside the constant arena"),
            );
            return false;
        }
        self.const_stack.push(c);
        while let Some(c) = self.const_stack.pop() {
            if std::mem::replace(&mut self.const_seen[c.index()], true) {
                continue;
            }
            if let Err(msg) = self.check_const(c) {
                let msg = format!("constant {}: {msg}", print_constant(self.m, c));
                self.report(Severity::Error, ctx, msg);
            }
        }
        true
    }

    /// Checks one constant against its direct members, queueing the members.
    fn check_const(&mut self, c: Const) -> Result<(), String> {
        let m = self.m;
        let ty = &self.ty;
        let d = &m.consts[c];
        let t = d.ty;
        if !m.types.is_valid(t) {
            return Err("type is outside the type table".into());
        }
        let mut kids: Vec<Const> = Vec::new();
        let sub_ty = |k: Const| m.consts.get(k).map(|d| d.ty);
        let res = (|| -> Result<(), String> {
            match &d.kind {
                ConstKind::Int(v) => {
                    let bits = ty
                        .int_bits(t)
                        .ok_or("integer constant of non-integer type")?;
                    if bits < 128 && *v >> bits != 0 {
                        return Err(format!("value {v} does not fit in i{bits}"));
                    }
                }
                ConstKind::WideInt(words) => {
                    let bits = ty
                        .int_bits(t)
                        .ok_or("integer constant of non-integer type")?;
                    if bits <= 128 {
                        return Err(format!(
                            "wide integer constant of type i{bits} (at most 128 bits: use an \
                             ordinary integer constant)"
                        ));
                    }
                    if crate::ir::wideint::normalize(words.to_vec(), bits)[..] != words[..] {
                        return Err(format!("value does not fit in i{bits}"));
                    }
                }
                ConstKind::Float(bits) => {
                    let w = ty
                        .fp_bits(t)
                        .ok_or("floating-point constant of non-floating-point type")?;
                    let v = f64::from_bits(*bits);
                    if w > 64 {
                        return Err(format!(
                            "'{}' constant must be given as its bit pattern",
                            m.types.display(t)
                        ));
                    }
                    if w == 32 && !v.is_nan() && f64::from(v as f32) != v {
                        return Err("value is not exactly representable as float".into());
                    }
                }
                ConstKind::WideFloat(bits) => match ty.fp_bits(t) {
                    Some(80) if *bits >> 80 != 0 => {
                        return Err("x86_fp80 constant has bits above bit 79".into());
                    }
                    Some(80 | 128) => {}
                    _ => {
                        return Err(
                            "x86_fp80/fp128 bit pattern given for a type other than x86_fp80 or fp128"
                                .into(),
                        );
                    }
                },
                ConstKind::InlineAsm(_) => {
                    if !ty.is_ptr(t) {
                        return Err("inline asm must have pointer type".into());
                    }
                }
                ConstKind::Null => {
                    if !ty.is_ptr(t) {
                        return Err("null must have pointer type".into());
                    }
                }
                ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => {
                    // `metadata undef` is how the reader keeps a dropped metadata argument.
                    let metadata = matches!(ty.data(t), Some(TypeData::Metadata));
                    if !ty.is_first_class(t) && !metadata {
                        return Err("type is not first-class".into());
                    }
                }
                ConstKind::Bytes(b) => match ty.data(t) {
                    Some(TypeData::Array { elem, len })
                        if ty.int_bits(*elem) == Some(8) && *len == b.len() as u64 => {}
                    _ => return Err(format!("c\"...\" of {} bytes has the wrong type", b.len())),
                },
                ConstKind::GlobalAddr(r) => {
                    let ok = match *r {
                        GlobalRef::Function(f) => m.functions.is_valid(f),
                        GlobalRef::Global(g) => m.globals.is_valid(g),
                        GlobalRef::Alias(a) => m.aliases.is_valid(a),
                    };
                    if !ok {
                        return Err("refers to a symbol that does not exist".into());
                    }
                    if !ty.is_ptr(t) {
                        return Err("a global's address must have pointer type".into());
                    }
                }
                ConstKind::BlockAddress { func, block } => {
                    let Some(f) = m.functions.get(*func) else {
                        return Err("blockaddress of a function that does not exist".into());
                    };
                    let Some(body) = &f.body else {
                        return Err(format!("blockaddress of declaration @{}", f.name));
                    };
                    if !body.layout.contains(block) {
                        return Err(format!(
                            "blockaddress of a block that is not in @{}",
                            f.name
                        ));
                    }
                    if body.entry() == Some(*block) {
                        return Err("blockaddress of the entry block".into());
                    }
                    if !ty.is_ptr(t) {
                        return Err("a blockaddress must have pointer type".into());
                    }
                }
                ConstKind::Aggregate(elems) => {
                    kids.extend_from_slice(elems);
                    let expected: Vec<Type> = match ty.data(t) {
                        Some(TypeData::Array { elem, len }) => {
                            if *len != elems.len() as u64 {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            vec![*elem; elems.len()]
                        }
                        Some(TypeData::Vector { elem, len }) => {
                            if u64::from(*len) != elems.len() as u64 {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            vec![*elem; elems.len()]
                        }
                        Some(TypeData::Struct { .. } | TypeData::Named(_)) => {
                            let f = ty.struct_fields(t).unwrap_or(&[]);
                            if f.len() != elems.len() {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            f.to_vec()
                        }
                        _ => return Err("aggregate constant of non-aggregate type".into()),
                    };
                    for (i, (&e, &want)) in elems.iter().zip(&expected).enumerate() {
                        match sub_ty(e) {
                            None => return Err(format!("element {i} is out of range")),
                            Some(got) if got != want => {
                                return Err(format!(
                                    "element {i} has type {}, expected {}",
                                    ty.show(got),
                                    ty.show(want)
                                ));
                            }
                            _ => {}
                        }
                    }
                }
                ConstKind::Expr(e) => self.check_const_expr(t, e, &mut kids)?,
            }
            Ok(())
        })();
        for k in kids {
            if m.consts.is_valid(k) {
                self.const_stack.push(k);
            }
        }
        res
    }

    fn check_const_expr(
        &self,
        t: Type,
        e: &ConstExpr,
        kids: &mut Vec<Const>,
    ) -> Result<(), String> {
        let m = self.m;
        let ty = &self.ty;
        let sub = |k: Const| -> Result<Type, String> {
            m.consts
                .get(k)
                .map(|d| d.ty)
                .ok_or_else(|| format!("operand {k} is outside the constant arena"))
        };
        match e {
            ConstExpr::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                kids.push(*base);
                kids.extend_from_slice(indices);
                if !ty.is_ptr(t) || !ty.is_ptr(sub(*base)?) {
                    return Err("getelementptr needs a pointer base and result".into());
                }
                if !ty.is_sized(*source_ty) {
                    return Err(format!(
                        "getelementptr source type {} is not sized",
                        ty.show(*source_ty)
                    ));
                }
                let mut cur = *source_ty;
                for (k, &i) in indices.iter().enumerate() {
                    let it = sub(i)?;
                    if !ty.is_int(it) {
                        return Err(format!("index {k} is not an integer"));
                    }
                    if k == 0 {
                        continue;
                    }
                    let value = match &m.consts[i].kind {
                        ConstKind::Int(v) => Some(*v),
                        ConstKind::Zero => Some(0),
                        _ => None,
                    };
                    if ty.struct_fields(cur).is_some() {
                        let Some(v) = value.filter(|_| ty.int_bits(it) == Some(32)) else {
                            return Err(format!("struct index {k} must be an i32 constant"));
                        };
                        cur = ty.member(cur, u64::try_from(v).unwrap_or(u64::MAX))?;
                    } else {
                        cur = ty.member(cur, 0)?;
                    }
                }
                Ok(())
            }
            ConstExpr::Cast { op, value } => {
                kids.push(*value);
                match ty.cast_error(*op, sub(*value)?, t) {
                    Some(e) => Err(e),
                    None => Ok(()),
                }
            }
            ConstExpr::Binary { op, lhs, rhs } => {
                kids.push(*lhs);
                kids.push(*rhs);
                let (a, b) = (sub(*lhs)?, sub(*rhs)?);
                if a != t || b != t {
                    return Err(format!(
                        "{} operands must have the constant's type",
                        op.name()
                    ));
                }
                let ok = if op.is_float() {
                    ty.is_fp_or_fp_vector(t)
                } else {
                    ty.is_int_or_int_vector(t)
                };
                if ok {
                    Ok(())
                } else {
                    Err(format!("{} on {}", op.name(), ty.show(t)))
                }
            }
            ConstExpr::ICmp { lhs, rhs, .. } | ConstExpr::FCmp { lhs, rhs, .. } => {
                kids.push(*lhs);
                kids.push(*rhs);
                let (a, b) = (sub(*lhs)?, sub(*rhs)?);
                let int = matches!(e, ConstExpr::ICmp { .. });
                let ok_operand = if int {
                    ty.is_int(ty.lanes(a).0) || ty.is_ptr(ty.lanes(a).0)
                } else {
                    ty.is_fp_or_fp_vector(a)
                };
                if a != b || !ok_operand || ty.int_bits(ty.lanes(t).0) != Some(1) {
                    return Err("ill-typed comparison".into());
                }
                Ok(())
            }
            ConstExpr::Select {
                cond,
                if_true,
                if_false,
            } => {
                kids.extend_from_slice(&[*cond, *if_true, *if_false]);
                if ty.int_bits(sub(*cond)?) != Some(1) {
                    return Err("select condition must be i1".into());
                }
                if sub(*if_true)? != t || sub(*if_false)? != t {
                    return Err("select arms must have the constant's type".into());
                }
                Ok(())
            }
        }
    }
}
