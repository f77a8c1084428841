//! Source types → destination types. Literal types are interned again. A named struct
//! joins the destination's struct of the same name when their bodies agree (fields
//! compared structurally, named fields by name), or when either is opaque (the opaque one
//! takes the other's body); otherwise it is added under a fresh name (`name.1`, ...), as
//! LLVM does, so code from each module keeps its own layout.

use jit_core::entity::EntityRef;
use jit_core::ir::{Module, Type, TypeData, Types};

/// The destination type of every source type (indexed by source `Type`).
pub(crate) type TypeMap = Vec<Type>;

/// Whether source type `s` and destination type `d` have the same shape.
fn same_shape(st: &Types, s: Type, dt: &Types, d: Type, depth: u32) -> bool {
    if depth > 64 {
        return false;
    }
    match (st.get(s), dt.get(d)) {
        (Some(TypeData::Named(_)), Some(TypeData::Named(_))) => {
            st.struct_name(s) == dt.struct_name(d)
        }
        (Some(TypeData::Array { elem: a, len: n }), Some(TypeData::Array { elem: b, len: m }))
            if n == m =>
        {
            same_shape(st, *a, dt, *b, depth + 1)
        }
        (
            Some(TypeData::Vector { elem: a, len: n }),
            Some(TypeData::Vector { elem: b, len: m }),
        ) if n == m => same_shape(st, *a, dt, *b, depth + 1),
        (
            Some(TypeData::Struct {
                fields: f,
                packed: p,
            }),
            Some(TypeData::Struct {
                fields: g,
                packed: q,
            }),
        ) => {
            p == q
                && f.len() == g.len()
                && f.iter()
                    .zip(g.iter())
                    .all(|(&a, &b)| same_shape(st, a, dt, b, depth + 1))
        }
        (Some(TypeData::Function { .. }), Some(TypeData::Function { .. })) => true,
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

pub(crate) fn map_types(dest: &mut Module, src: &Module) -> Result<TypeMap, String> {
    let n = src.types.len();
    let mut map: Vec<Option<Type>> = vec![None; n];
    // Named structs first: join or rename; bodies are set after every type is mapped.
    let mut needs_body: Vec<(Type, Type)> = Vec::new();
    for (st, info) in src.types.named_structs() {
        let target = match dest.types.get_named(&info.name) {
            Some(d) => {
                let agrees = match (&info.fields, dest.types.named_info(d).map(|i| &i.fields)) {
                    (None, _) | (_, Some(None)) => true,
                    (Some(f), Some(Some(g))) => {
                        info.packed == dest.types.named_info(d).is_some_and(|i| i.packed)
                            && f.len() == g.len()
                            && f.iter()
                                .zip(g.iter())
                                .all(|(&a, &b)| same_shape(&src.types, a, &dest.types, b, 0))
                    }
                    (Some(_), None) => false,
                };
                if agrees {
                    if dest.types.is_opaque(d) && info.fields.is_some() {
                        needs_body.push((st, d));
                    }
                    d
                } else {
                    let name = fresh_struct_name(&dest.types, &info.name);
                    let d = dest.types.named_struct(&name);
                    needs_body.push((st, d));
                    d
                }
            }
            None => {
                let d = dest.types.named_struct(&info.name);
                needs_body.push((st, d));
                d
            }
        };
        map[st.index()] = Some(target);
    }
    // Every other type, in arena order (elements come before what contains them).
    for i in 0..n {
        if map[i].is_some() {
            continue;
        }
        let t = Type::from_u32(i as u32);
        let get = |map: &[Option<Type>], x: Type| {
            map.get(x.index())
                .copied()
                .flatten()
                .ok_or_else(|| format!("type {i} refers to type {}, defined after it", x.as_u32()))
        };
        let d = match src.types.data(t).clone() {
            TypeData::Array { elem, len } => dest.types.array(get(&map, elem)?, len),
            TypeData::Vector { elem, len } => dest.types.vector(get(&map, elem)?, len),
            TypeData::Struct { fields, packed } => {
                let f = fields
                    .iter()
                    .map(|&x| get(&map, x))
                    .collect::<Result<Vec<_>, _>>()?;
                dest.types.struct_(&f, packed)
            }
            TypeData::Function {
                ret,
                params,
                varargs,
            } => {
                let p = params
                    .iter()
                    .map(|&x| get(&map, x))
                    .collect::<Result<Vec<_>, _>>()?;
                dest.types.function(get(&map, ret)?, &p, varargs)
            }
            TypeData::Named(_) => return Err(format!("named type {i} was not mapped")),
            other => dest.types.intern(other),
        };
        map[i] = Some(d);
    }
    let map: TypeMap = map.into_iter().map(|t| t.unwrap_or(Type::VOID)).collect();
    for (st, d) in needs_body {
        if let Some(info) = src.types.named_info(st) {
            if let Some(body) = &info.fields {
                let mapped: Vec<Type> = body.iter().map(|&x| map[x.index()]).collect();
                dest.types.set_body(d, &mapped, info.packed);
            }
        }
    }
    Ok(map)
}

fn fresh_struct_name(types: &Types, base: &str) -> String {
    (1..)
        .map(|k| format!("{base}.{k}"))
        .find(|n| types.get_named(n).is_none())
        .unwrap_or_else(|| base.to_string())
}
