//! Symbol resolution: for every source symbol, what becomes of it in the destination.

use super::LinkError;
use super::types::TypeMap;
use jit_core::entity::EntityRef;
use jit_core::ir::{GlobalId, GlobalRef, Linkage, Module, Type};
use std::collections::HashSet;

/// What becomes of one source symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    /// It resolves to this destination symbol; the source definition, if any, is dropped.
    UseDest(GlobalRef),
    /// It is added under this name, with its definition.
    New(String),
    /// Its definition replaces that of this destination symbol of the same kind.
    Replace(GlobalRef),
    /// Its definition replaces this destination symbol of another kind, which is moved
    /// out of the way (renamed, made internal) and whose uses are redirected.
    ReplaceOtherKind(GlobalRef),
    /// Its elements are appended to this destination `appending` global.
    Append(GlobalId),
}

/// The resolution of every source symbol, and the destination locals to rename first.
pub(crate) struct Plan {
    pub actions: Vec<(GlobalRef, Action)>,
    pub rename_dest: Vec<(GlobalRef, String)>,
}

pub(crate) fn linkage(m: &Module, r: GlobalRef) -> Linkage {
    match r {
        GlobalRef::Function(f) => m.functions[f].linkage,
        GlobalRef::Global(g) => m.globals[g].linkage,
        GlobalRef::Alias(a) => m.aliases[a].linkage,
    }
}

pub(crate) fn is_definition(m: &Module, r: GlobalRef) -> bool {
    match r {
        GlobalRef::Function(f) => m.functions[f].body.is_some(),
        GlobalRef::Global(g) => m.globals[g].init.is_some(),
        GlobalRef::Alias(_) => true,
    }
}

fn is_strong(l: Linkage) -> bool {
    !matches!(
        l,
        Linkage::Weak
            | Linkage::WeakOdr
            | Linkage::LinkOnce
            | Linkage::LinkOnceOdr
            | Linkage::Common
            | Linkage::AvailableExternally
            | Linkage::ExternWeak
    )
}

fn same_kind(a: GlobalRef, b: GlobalRef) -> bool {
    matches!(
        (a, b),
        (GlobalRef::Function(_), GlobalRef::Function(_))
            | (GlobalRef::Global(_), GlobalRef::Global(_))
            | (GlobalRef::Alias(_), GlobalRef::Alias(_))
    )
}

/// Every source symbol, in module order: globals, functions, aliases.
pub(crate) fn symbols(m: &Module) -> Vec<GlobalRef> {
    m.globals
        .keys()
        .map(GlobalRef::Global)
        .chain(m.functions.keys().map(GlobalRef::Function))
        .chain(m.aliases.keys().map(GlobalRef::Alias))
        .collect()
}

/// A name like `base.N` free in `dest` and not yet reserved.
pub(crate) fn fresh_name(dest: &Module, taken: &mut HashSet<String>, base: &str) -> String {
    let name = (1..)
        .map(|k| format!("{base}.{k}"))
        .find(|n| dest.lookup(n).is_none() && !taken.contains(n))
        .unwrap_or_else(|| base.to_string());
    taken.insert(name.clone());
    name
}

pub(crate) fn plan(dest: &Module, src: &Module, tmap: &TypeMap) -> Result<Plan, LinkError> {
    let mut plan = Plan {
        actions: Vec::new(),
        rename_dest: Vec::new(),
    };
    let mut taken: HashSet<String> = HashSet::new();
    let mut renamed_dest: HashSet<GlobalRef> = HashSet::new();
    let dl = dest
        .datalayout
        .as_deref()
        .and_then(|d| jit_core::DataLayout::parse(d).ok());
    let multiply = |name: &str| LinkError::MultiplyDefined {
        name: name.to_string(),
        dest: dest.name.clone(),
        src: src.name.clone(),
    };
    let invalid = |message: String| LinkError::Invalid {
        dest: dest.name.clone(),
        src: src.name.clone(),
        message,
    };
    for s in symbols(src) {
        let name = src.symbol_name(s);
        let ls = linkage(src, s);
        let existing = dest.lookup(name).filter(|d| !renamed_dest.contains(d));
        let action = match existing {
            _ if ls.is_local() && (existing.is_some() || taken.contains(name)) => {
                Action::New(fresh_name(dest, &mut taken, name))
            }
            _ if ls.is_local() => {
                taken.insert(name.to_string());
                Action::New(name.to_string())
            }
            None => {
                taken.insert(name.to_string());
                Action::New(name.to_string())
            }
            Some(d) => {
                let ld = linkage(dest, d);
                if ld.is_local() {
                    let new = fresh_name(dest, &mut taken, name);
                    plan.rename_dest.push((d, new));
                    renamed_dest.insert(d);
                    taken.insert(name.to_string());
                    Action::New(name.to_string())
                } else if ls == Linkage::Appending || ld == Linkage::Appending {
                    match (s, d) {
                        (GlobalRef::Global(_), GlobalRef::Global(g))
                            if ls == Linkage::Appending && ld == Linkage::Appending =>
                        {
                            Action::Append(g)
                        }
                        _ => {
                            return Err(invalid(format!(
                                "`@{name}` is appending in one module and not in the other"
                            )));
                        }
                    }
                } else {
                    let (sd, dd) = (is_definition(src, s), is_definition(dest, d));
                    let src_wins = if !sd {
                        false
                    } else if !dd {
                        true
                    } else if ld == Linkage::AvailableExternally {
                        ls != Linkage::AvailableExternally
                    } else if ls == Linkage::AvailableExternally {
                        false
                    } else if ls == Linkage::Common && ld == Linkage::Common {
                        let size = |m: &Module, t: Type| {
                            dl.as_ref().map_or(0, |dl| dl.alloc_size(&m.types, t))
                        };
                        let (GlobalRef::Global(sg), GlobalRef::Global(dg)) = (s, d) else {
                            return Err(invalid(format!("common `@{name}` is not a variable")));
                        };
                        let st = tmap
                            .get(src.globals[sg].value_ty.index())
                            .copied()
                            .unwrap_or(Type::VOID);
                        size(dest, st) > size(dest, dest.globals[dg].value_ty)
                    } else {
                        match (is_strong(ls), is_strong(ld)) {
                            (true, true) => return Err(multiply(name)),
                            (true, false) => true,
                            _ => false,
                        }
                    };
                    if !src_wins {
                        Action::UseDest(d)
                    } else if same_kind(s, d) {
                        Action::Replace(d)
                    } else {
                        Action::ReplaceOtherKind(d)
                    }
                }
            }
        };
        plan.actions.push((s, action));
    }
    Ok(plan)
}
