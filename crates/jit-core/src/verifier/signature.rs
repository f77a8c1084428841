//! Function signatures: the function type, parameter and return attributes, function
//! attributes, and the parameter values of a definition.

use super::FnVerifier;
use super::ty::is_pow2_or_zero;
use crate::ir::{FnAttrs, ParamAttrs, Type, TypeData, ValueDef};

impl<'m> FnVerifier<'_, 'm> {
    /// Checks the function type and attributes; returns (return type, param types, varargs).
    pub(super) fn signature(&mut self) -> Option<(Type, &'m [Type], bool)> {
        let m = self.m;
        let func = self.func;
        // `function_sig` indexes the table: look the type up first, so a bad index is `None`.
        let sig = m
            .types
            .get(func.ty)
            .and_then(|_| m.types.function_sig(func.ty));
        let Some((ret, params, _)) = sig else {
            let msg = format!(
                "function type {} is not a function type",
                self.ty().show(func.ty)
            );
            self.err(None, None, msg);
            return None;
        };
        if ret != Type::VOID && !self.ty().is_first_class(ret) {
            let msg = format!("invalid return type {}", self.ty().show(ret));
            self.err(None, None, msg);
        }
        // `metadata` parameters are for intrinsics only (`llvm.experimental.noalias.scope.decl`).
        let intrinsic = func.name.starts_with("llvm.");
        for &p in params {
            let metadata = matches!(m.types.get(p), Some(TypeData::Metadata));
            let allowed = self.ty().is_first_class(p) || (intrinsic && metadata);
            if !allowed {
                let msg = format!("invalid parameter type {}", self.ty().show(p));
                self.err(None, None, msg);
            }
        }
        if func.param_attrs.len() > params.len() {
            let msg = format!(
                "{} parameter attribute sets for {} parameters",
                func.param_attrs.len(),
                params.len()
            );
            self.err(None, None, msg);
        }
        for (i, (a, &p)) in func.param_attrs.iter().zip(params).enumerate() {
            if let Some(msg) = self.attr_error(a, p) {
                self.err(None, None, format!("parameter {i}: {msg}"));
            }
        }
        let srets: Vec<usize> = (func.param_attrs.iter().enumerate())
            .filter(|(_, a)| a.sret.is_some())
            .map(|(i, _)| i)
            .collect();
        if srets.len() > 1 {
            self.err(None, None, "more than one sret parameter".into());
        }
        if srets.iter().any(|&i| i > 1) {
            self.err(
                None,
                None,
                "sret must be on the first or second parameter".into(),
            );
        }
        if !srets.is_empty() && ret != Type::VOID {
            let msg = format!(
                "a function with an sret parameter must return void, not {}",
                self.ty().show(ret)
            );
            self.err(None, None, msg);
        }
        if let Some(msg) = self.attr_error(&func.ret_attrs, ret) {
            self.err(None, None, format!("return value: {msg}"));
        }
        let a = &func.attrs;
        if a.has(FnAttrs::OPTNONE) && !a.has(FnAttrs::NOINLINE) {
            self.err(None, None, "optnone requires noinline".into());
        }
        if a.has(FnAttrs::NOINLINE) && a.has(FnAttrs::ALWAYSINLINE) {
            self.err(
                None,
                None,
                "noinline and alwaysinline are incompatible".into(),
            );
        }
        if let Some(al) = func.align
            && !is_pow2_or_zero(al)
        {
            self.err(None, None, format!("alignment {al} is not a power of two"));
        }
        sig
    }

    /// What is wrong with attributes `a` on a value of type `t`.
    pub(super) fn attr_error(&self, a: &ParamAttrs, t: Type) -> Option<String> {
        for (name, at) in [("byval", a.byval), ("sret", a.sret)] {
            if let Some(at) = at {
                if !self.m.types.is_valid(at) {
                    return Some(format!("{name} type is outside the type table"));
                }
                if !self.ty().is_ptr(t) {
                    return Some(format!("{name} on a non-pointer {}", self.ty().show(t)));
                }
            }
        }
        if let Some(al) = a.align
            && !is_pow2_or_zero(al)
        {
            return Some(format!("alignment {al} is not a power of two"));
        }
        None
    }

    pub(super) fn params(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let Some(body) = self.body else { return };
        let func = self.func;
        let want = sig.map_or(0, |(_, p, _)| p.len());
        if func.params.len() != want {
            let msg = format!(
                "{} parameter values for {} parameters",
                func.params.len(),
                want
            );
            self.err(None, None, msg);
        }
        for (i, &v) in func.params.iter().enumerate() {
            let Some(vd) = body.values.get(v) else {
                self.err(
                    None,
                    None,
                    format!("parameter {i} is value {v}, which does not exist"),
                );
                continue;
            };
            if vd.def != ValueDef::Param(i as u32) {
                self.err(
                    None,
                    None,
                    format!("parameter {i} is value {v}, which is not defined as that parameter"),
                );
            }
            if let Some((_, p, _)) = sig
                && let Some(&pt) = p.get(i)
                && pt != vd.ty
            {
                let msg = format!(
                    "parameter {i} has type {}, but the signature says {}",
                    self.ty().show(vd.ty),
                    self.ty().show(pt)
                );
                self.err(None, None, msg);
            }
        }
    }
}
