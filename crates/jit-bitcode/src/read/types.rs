//! The type table. Records are read first and resolved second: identified structs may be
//! referenced before their record (LLVM allows forward references to them only), so they
//! are all created, with their names, before any other type.

use super::module::ModuleReader;
use crate::bitstream::Entry;
use crate::codes::ty as rec;
use crate::error::{DResult, limit, malformed, unsupported};
use jit_core::entity::EntityRef;
use jit_core::ir::{MAX_INT_BITS, Type, TypeData};

/// A bitcode type id's meaning.
#[derive(Copy, Clone, Debug)]
pub(crate) enum TypeSlot {
    /// A type of the IR.
    Ok(Type),
    /// A type the IR lacks (`half`, `token`, ...); an error where it is used.
    Unsupported(&'static str),
}

/// Most entries a type table may declare (SQLite's has a few thousand).
const MAX_TYPES: usize = 1 << 22;

impl ModuleReader<'_> {
    pub(super) fn read_types(&mut self) -> DResult<()> {
        if !self.types.is_empty() {
            return malformed("a second type table");
        }
        // Pass 1: the records, and the name each identified struct gets.
        let mut recs: Vec<(u32, Vec<u64>)> = Vec::new();
        let mut names: Vec<Option<String>> = Vec::new();
        let mut pending_name: Option<String> = None;
        loop {
            match self.next()? {
                Entry::EndBlock => break,
                Entry::Eof => return malformed("the input ends inside TYPE_BLOCK"),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Record(rec::NUMENTRY) => {}
                Entry::Record(rec::STRUCT_NAME) => {
                    self.what = "STRUCT_NAME".into();
                    pending_name = Some(self.op_string(0)?);
                }
                Entry::Record(code) => {
                    if recs.len() >= MAX_TYPES {
                        return limit(format!("more than {MAX_TYPES} types"));
                    }
                    let named = matches!(code, rec::STRUCT_NAMED | rec::OPAQUE);
                    names.push(if named {
                        Some(pending_name.take().unwrap_or_default())
                    } else {
                        None
                    });
                    recs.push((code, self.c.record().ops.clone()));
                }
            }
        }
        // Identified structs first, in table order.
        let mut slots: Vec<Option<TypeSlot>> = vec![None; recs.len()];
        for (i, name) in names.iter().enumerate() {
            let Some(name) = name else { continue };
            let name = if name.is_empty() {
                let n = self.unnamed;
                self.unnamed += 1;
                format!("{n}")
            } else {
                name.clone()
            };
            if self.m.types.get_named(&name).is_some() {
                return malformed(format!("two structs are named %{name}"));
            }
            slots[i] = Some(TypeSlot::Ok(self.m.types.named_struct(&name)));
        }
        // Pass 2: everything else in order; bodies of named structs too.
        for (i, (code, ops)) in recs.iter().enumerate() {
            self.what = format!("type {i}");
            let get = |slots: &[Option<TypeSlot>], id: u64| -> DResult<Type> {
                match usize::try_from(id).ok().and_then(|j| slots.get(j)) {
                    Some(Some(TypeSlot::Ok(t))) => Ok(*t),
                    Some(Some(TypeSlot::Unsupported(w))) => {
                        unsupported(format!("a type made of {w}"))
                    }
                    Some(None) => malformed(format!(
                        "type {i} refers to type {id}, defined later (only structs may be)"
                    )),
                    None => malformed(format!(
                        "type {i} refers to type {id}, which does not exist"
                    )),
                }
            };
            let arg = |j: usize| -> DResult<u64> {
                ops.get(j).copied().map_or_else(
                    || malformed(format!("type record {code} has too few operands")),
                    Ok,
                )
            };
            let t = &mut self.m.types;
            let slot = match *code {
                rec::VOID => TypeSlot::Ok(Type::VOID),
                rec::FLOAT => TypeSlot::Ok(Type::F32),
                rec::DOUBLE => TypeSlot::Ok(Type::F64),
                rec::X86_FP80 => TypeSlot::Ok(Type::X86_FP80),
                rec::FP128 => TypeSlot::Ok(Type::FP128),
                rec::LABEL => TypeSlot::Ok(Type::LABEL),
                rec::METADATA => TypeSlot::Ok(Type::METADATA),
                rec::HALF => TypeSlot::Unsupported("half"),
                rec::BFLOAT => TypeSlot::Unsupported("bfloat"),
                rec::PPC_FP128 => TypeSlot::Unsupported("ppc_fp128"),
                rec::X86_MMX => TypeSlot::Unsupported("x86_mmx"),
                rec::X86_AMX => TypeSlot::Unsupported("x86_amx"),
                rec::TOKEN => TypeSlot::Unsupported("token"),
                rec::TARGET_TYPE => TypeSlot::Unsupported("a target extension type"),
                rec::INTEGER => {
                    let w = arg(0)?;
                    if w == 0 || w > u64::from(MAX_INT_BITS) {
                        return malformed(format!("integer type of {w} bits"));
                    }
                    TypeSlot::Ok(t.int(w as u32))
                }
                rec::OPAQUE_POINTER | rec::POINTER => {
                    let space = if *code == rec::POINTER {
                        ops.get(1).copied().unwrap_or(0)
                    } else {
                        ops.first().copied().unwrap_or(0)
                    };
                    let space = u32::try_from(space)
                        .ok()
                        .filter(|&s| s < 1 << 24)
                        .map_or_else(|| malformed(format!("address space {space}")), Ok)?;
                    TypeSlot::Ok(t.intern(TypeData::Ptr(space)))
                }
                rec::ARRAY | rec::VECTOR => {
                    let n = arg(0)?;
                    let elem = get(&slots, arg(1)?)?;
                    if *code == rec::VECTOR && ops.get(2).is_some_and(|&s| s != 0) {
                        TypeSlot::Unsupported("a scalable vector")
                    } else if *code == rec::VECTOR {
                        let n = u32::try_from(n)
                            .ok()
                            .filter(|&n| n > 0)
                            .map_or_else(|| malformed(format!("vector of {n} elements")), Ok)?;
                        TypeSlot::Ok(self.m.types.vector(elem, n))
                    } else {
                        TypeSlot::Ok(self.m.types.array(elem, n))
                    }
                }
                rec::STRUCT_ANON => {
                    let packed = arg(0)? != 0;
                    let fields = ops[1..]
                        .iter()
                        .map(|&id| get(&slots, id))
                        .collect::<DResult<Vec<_>>>()?;
                    TypeSlot::Ok(self.m.types.struct_(&fields, packed))
                }
                rec::STRUCT_NAMED => {
                    let packed = arg(0)? != 0;
                    let fields = ops[1..]
                        .iter()
                        .map(|&id| get(&slots, id))
                        .collect::<DResult<Vec<_>>>()?;
                    let Some(TypeSlot::Ok(named)) = slots[i] else {
                        return malformed("internal: a named struct was not created");
                    };
                    self.m.types.set_body(named, &fields, packed);
                    TypeSlot::Ok(named)
                }
                rec::OPAQUE => match slots[i] {
                    Some(s) => s,
                    None => return malformed("internal: an opaque struct was not created"),
                },
                rec::FUNCTION | rec::FUNCTION_OLD => {
                    let skip = usize::from(*code == rec::FUNCTION_OLD);
                    let varargs = arg(0)? != 0;
                    let ret = get(&slots, arg(1 + skip)?)?;
                    let params = ops[2 + skip..]
                        .iter()
                        .map(|&id| get(&slots, id))
                        .collect::<DResult<Vec<_>>>()?;
                    TypeSlot::Ok(self.m.types.function(ret, &params, varargs))
                }
                c => return unsupported(format!("unknown type record {c}")),
            };
            slots[i] = Some(slot);
        }
        self.what.clear();
        self.types = slots
            .into_iter()
            .map(|s| s.unwrap_or(TypeSlot::Unsupported("an undefined type")))
            .collect();
        self.check_struct_cycles()
    }

    /// Rejects structs that contain themselves by value (the printer and layout would
    /// recurse without end).
    fn check_struct_cycles(&self) -> DResult<()> {
        let types = &self.m.types;
        // 0 = unvisited, 1 = on the stack, 2 = done.
        let mut state = vec![0u8; types.len()];
        for (start, _) in types.named_structs() {
            if state[start.index()] != 0 {
                continue;
            }
            let mut stack: Vec<(Type, usize)> = vec![(start, 0)];
            state[start.index()] = 1;
            while let Some(&mut (t, ref mut i)) = stack.last_mut() {
                let children: &[Type] = match types.data(t) {
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        std::slice::from_ref(elem)
                    }
                    TypeData::Struct { fields, .. } => fields,
                    TypeData::Named(_) => types.struct_fields(t).map_or(&[], |(f, _)| f),
                    _ => &[],
                };
                if let Some(&child) = children.get(*i) {
                    *i += 1;
                    match state[child.index()] {
                        0 => {
                            state[child.index()] = 1;
                            stack.push((child, 0));
                        }
                        1 => {
                            return malformed(format!(
                                "type {} contains itself",
                                types.display(start)
                            ));
                        }
                        _ => {}
                    }
                } else {
                    state[t.index()] = 2;
                    stack.pop();
                }
            }
        }
        Ok(())
    }
}
