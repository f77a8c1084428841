//! Itanium exception handling helpers that executors share: the numbering of a function's
//! type infos, which `llvm.eh.typeid.for` and landing pad selectors agree on.

use super::constant::{Const, ConstKind};
use super::instructions::{InstKind, LandingPadClause, Operand};
use super::intrinsics::Intrinsic;
use super::module::{FuncId, GlobalRef, Module};

impl Module {
    /// The type infos of function `f`, numbered as this engine numbers them: the `catch`
    /// clauses of its landing pads and the elements of their `filter` arrays, in layout and
    /// clause order (`null`, the catch-all, is not a type info), then the arguments of its
    /// `llvm.eh.typeid.for` calls that are not among them. Type info `k` of the list
    /// (0-based) has the selector `k + 1`; a value is listed once (casts of one global are
    /// one type info). Empty for declarations.
    pub fn eh_type_infos(&self, f: FuncId) -> Vec<Const> {
        let mut out: Vec<Const> = Vec::new();
        let Some(body) = self.functions.get(f).and_then(|func| func.body.as_ref()) else {
            return out;
        };
        let mut add = |m: &Module, c: Const| {
            if !m.consts.is_valid(c) || matches!(m.consts[c].kind, ConstKind::Null) {
                return;
            }
            if !out.iter().any(|&o| m.same_type_info(o, c)) {
                out.push(c);
            }
        };
        let insts = || {
            body.layout
                .iter()
                .filter_map(|&b| body.blocks.get(b))
                .flat_map(|bd| bd.insts.iter())
                .filter_map(|&i| body.insts.get(i))
        };
        for d in insts() {
            let InstKind::LandingPad { clauses, .. } = &d.kind else {
                continue;
            };
            for clause in clauses.iter() {
                let Operand::Const(c) = clause.operand() else {
                    continue;
                };
                match clause {
                    LandingPadClause::Catch(_) => add(self, c),
                    LandingPadClause::Filter(_) => {
                        if let Some(ConstKind::Aggregate(items)) =
                            self.consts.get(c).map(|d| &d.kind)
                        {
                            for &item in items.iter() {
                                add(self, item);
                            }
                        }
                    }
                }
            }
        }
        for d in insts() {
            let Some(call) = d.kind.as_call() else {
                continue;
            };
            let is_typeid = match call.callee {
                Operand::Const(c) if self.consts.is_valid(c) => matches!(
                    self.strip_to_global(c),
                    Some(GlobalRef::Function(g))
                        if self.functions.get(g).is_some_and(|g| g.intrinsic == Some(Intrinsic::EhTypeidFor))
                ),
                _ => false,
            };
            if let (true, Some(arg)) = (is_typeid, call.args.first())
                && let Operand::Const(c) = arg.value
            {
                add(self, c);
            }
        }
        out
    }

    /// The selector `llvm.eh.typeid.for(ti)` gives in function `f` (see
    /// [`Module::eh_type_infos`]); `None` when `ti` is not one of its type infos.
    pub fn eh_typeid(&self, f: FuncId, ti: Const) -> Option<u32> {
        self.eh_type_infos(f)
            .iter()
            .position(|&c| self.same_type_info(c, ti))
            .map(|k| k as u32 + 1)
    }

    /// Two type info constants name the same object (the same global, through casts).
    fn same_type_info(&self, a: Const, b: Const) -> bool {
        a == b
            || matches!((self.strip_to_global(a), self.strip_to_global(b)), (Some(x), Some(y)) if x == y)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_infos_in_clause_order_then_typeid_calls() {
        let mut m = crate::reader::parse_module(
            "@A = external constant ptr\n@B = external constant ptr\n@C = external constant ptr\n\
             declare i32 @p(...)\ndeclare void @g()\ndeclare i32 @llvm.eh.typeid.for.p0(ptr)\n\
             define i32 @f() personality ptr @p {\n\
             entry:\n  invoke void @g() to label %ok unwind label %lp\n\
             ok:\n  %t = call i32 @llvm.eh.typeid.for.p0(ptr @C)\n  ret i32 %t\n\
             lp:\n  %x = landingpad { ptr, i32 } catch ptr null catch ptr @B filter [2 x ptr] [ptr @A, ptr @B]\n\
             \x20 resume { ptr, i32 } %x\n}\n",
            "t.ll",
        )
        .unwrap();
        let f = m.function_by_name("f").unwrap();
        let names: Vec<&str> = m
            .eh_type_infos(f)
            .iter()
            .map(|&c| m.symbol_name(m.strip_to_global(c).unwrap()))
            .collect();
        assert_eq!(names, ["B", "A", "C"]);
        let r = m.lookup("C").unwrap();
        let c = m.const_addr(r);
        assert_eq!(m.eh_typeid(f, c), Some(3));
    }
}
