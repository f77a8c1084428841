//! How IR types become Cranelift types: scalars map to one Cranelift type, first-class
//! aggregates to the flattened list of their scalar leaves with byte offsets.

use crate::{ModuleCx, TranslateError};
use cranelift_codegen::ir::{self as clir, AbiParam, ArgumentExtension, ArgumentPurpose, types};
use jit_core::ir::{ParamAttrs, Type, TypeData};
use std::collections::HashMap;
use std::rc::Rc;

/// One scalar piece of a (possibly aggregate) IR value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// The Cranelift type holding it.
    pub ty: clir::Type,
    /// For integers, the IR width; narrower than `ty` for `i1`, `i24`, ... whose values
    /// are kept zero-extended in their container. 0 for floats and pointers.
    pub bits: u32,
    /// Byte offset inside the aggregate's in-memory layout.
    pub offset: u64,
}

impl Leaf {
    /// True for an integer narrower than its Cranelift container.
    pub fn is_odd(&self) -> bool {
        self.bits != 0 && self.bits != self.ty.bits()
    }
}

/// Most leaves a first-class aggregate may flatten to.
const MAX_LEAVES: usize = 512;

/// Per-module cache of flattened types.
#[derive(Default)]
pub struct TypeCache {
    leaves: HashMap<Type, Result<Rc<[Leaf]>, String>>,
}

/// The Cranelift container of an `iN`.
pub fn int_container(bits: u32) -> Option<clir::Type> {
    Some(match bits {
        1..=8 => types::I8,
        9..=16 => types::I16,
        17..=32 => types::I32,
        33..=64 => types::I64,
        65..=128 => types::I128,
        _ => return None,
    })
}

fn flatten(cx: &ModuleCx, ty: Type, base: u64, out: &mut Vec<Leaf>) -> Result<(), String> {
    let ts = &cx.m.types;
    match ts.data(ty) {
        TypeData::Int(b) => {
            let c = int_container(*b).ok_or_else(|| format!("type i{b}"))?;
            out.push(Leaf {
                ty: c,
                bits: *b,
                offset: base,
            });
        }
        TypeData::Float => out.push(Leaf {
            ty: types::F32,
            bits: 0,
            offset: base,
        }),
        TypeData::Double => out.push(Leaf {
            ty: types::F64,
            bits: 0,
            offset: base,
        }),
        TypeData::Ptr(_) => out.push(Leaf {
            ty: types::I64,
            bits: 0,
            offset: base,
        }),
        TypeData::Struct { .. } | TypeData::Named(_) => {
            if ts.is_opaque(ty) {
                return Err(format!("value of opaque type {}", ts.display(ty)));
            }
            let layout = cx.dl.struct_layout(ts, ty);
            let (fields, _) = ts.struct_fields(ty).unwrap_or((&[], false));
            for (i, &f) in fields.iter().enumerate() {
                flatten(cx, f, base + layout.offsets[i], out)?;
                if out.len() > MAX_LEAVES {
                    return Err(format!("aggregate {} is too large", ts.display(ty)));
                }
            }
        }
        // 128-bit vectors of whole lanes are one Cranelift vector; others are scalarized,
        // one leaf per lane.
        TypeData::Vector { elem, len } if native_vector_type(ts, *elem, *len).is_some() => {
            out.push(Leaf {
                ty: native_vector_type(ts, *elem, *len).expect("checked"),
                bits: 0,
                offset: base,
            });
        }
        TypeData::Vector { elem, len } => {
            let stride = cx.dl.alloc_size(ts, *elem);
            for i in 0..u64::from(*len) {
                flatten(cx, *elem, base + i * stride, out)?;
            }
            if out.len() > MAX_LEAVES {
                return Err(format!("vector {} is too large", ts.display(ty)));
            }
        }
        TypeData::Array { elem, len } => {
            let stride = cx.dl.alloc_size(ts, *elem);
            for i in 0..*len {
                flatten(cx, *elem, base + i * stride, out)?;
                if out.len() > MAX_LEAVES {
                    return Err(format!("aggregate {} is too large", ts.display(ty)));
                }
            }
        }
        _ => return Err(format!("values of type {}", ts.display(ty))),
    }
    Ok(())
}

/// How a run of leaves crosses a call boundary: one ABI value per scalar leaf, or one
/// packed register for a whole 8- or 16-byte vector (as the x86-64 and AArch64 C ABIs
/// pass `<2 x float>`, `<4 x i32>`, ...).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct AbiPart {
    /// The ABI value's type.
    pub ty: clir::Type,
    /// How many leaves it covers.
    pub leaves: usize,
    /// True for a vector packed into one register.
    pub packed: bool,
}

/// The Cranelift vector type of a 128-bit IR vector, if it has one.
pub fn native_vector_type(ts: &jit_core::ir::Types, elem: Type, len: u32) -> Option<clir::Type> {
    packed_vector_type(ts, elem, len).filter(|t| t.is_vector())
}

fn packed_vector_type(ts: &jit_core::ir::Types, elem: Type, len: u32) -> Option<clir::Type> {
    let lane = match ts.data(elem) {
        TypeData::Int(8) => types::I8,
        TypeData::Int(16) => types::I16,
        TypeData::Int(32) => types::I32,
        TypeData::Int(64) | TypeData::Ptr(_) => types::I64,
        TypeData::Float => types::F32,
        TypeData::Double => types::F64,
        _ => return None,
    };
    match lane.bits() * len {
        64 => Some(types::F64),
        128 => lane.by(len),
        _ => None,
    }
}

fn abi_parts_into(cx: &mut ModuleCx, ty: Type, out: &mut Vec<AbiPart>) -> Result<(), String> {
    let ts = &cx.m.types;
    match ts.data(ty).clone() {
        TypeData::Vector { elem, len } => {
            if let Some(vt) = packed_vector_type(ts, elem, len).filter(|t| !t.is_vector()) {
                out.push(AbiPart {
                    ty: vt,
                    leaves: len as usize,
                    packed: true,
                });
                return Ok(());
            }
        }
        TypeData::Struct { .. } | TypeData::Named(_) => {
            let fields: Vec<Type> = ts
                .struct_fields(ty)
                .map(|(f, _)| f.to_vec())
                .unwrap_or_default();
            for f in fields {
                abi_parts_into(cx, f, out)?;
            }
            return Ok(());
        }
        TypeData::Array { elem, len } => {
            for _ in 0..len {
                abi_parts_into(cx, elem, out)?;
            }
            return Ok(());
        }
        _ => {}
    }
    for l in cx.leaves(ty)?.iter() {
        out.push(AbiPart {
            ty: l.ty,
            leaves: 1,
            packed: false,
        });
    }
    Ok(())
}

impl ModuleCx<'_> {
    /// The ABI values of a first-class type, in order.
    pub fn abi_parts(&mut self, ty: Type, item: &str) -> Result<Vec<AbiPart>, TranslateError> {
        self.leaves_in(ty, item)?;
        let mut out = Vec::new();
        abi_parts_into(self, ty, &mut out).map_err(|what| TranslateError::Unsupported {
            item: item.to_string(),
            what,
        })?;
        Ok(out)
    }

    /// The flattened leaves of a first-class type; an error message for unsupported types.
    pub fn leaves(&mut self, ty: Type) -> Result<Rc<[Leaf]>, String> {
        if let Some(r) = self.types.leaves.get(&ty) {
            return r.clone();
        }
        let mut out = Vec::new();
        let r = flatten(self, ty, 0, &mut out).map(|()| Rc::<[Leaf]>::from(out));
        self.types.leaves.insert(ty, r.clone());
        r
    }

    /// The per-lane leaves of a vector type (its leaves for other types).
    pub fn lane_leaves(&mut self, ty: Type) -> Result<Rc<[Leaf]>, String> {
        let leaves = self.leaves(ty)?;
        match (&leaves[..], self.m.types.data(ty)) {
            ([one], TypeData::Vector { elem, len }) if one.ty.is_vector() => {
                let (elem, len) = (*elem, *len);
                let lane = self.leaves(elem)?[0];
                let stride = self.dl.alloc_size(&self.m.types, elem);
                Ok((0..u64::from(len))
                    .map(|i| Leaf {
                        offset: one.offset + i * stride,
                        ..lane
                    })
                    .collect())
            }
            _ => Ok(leaves),
        }
    }

    /// Leaves, with the error turned into a [`TranslateError`] for `item`.
    pub fn leaves_in(&mut self, ty: Type, item: &str) -> Result<Rc<[Leaf]>, TranslateError> {
        self.leaves(ty).map_err(|what| TranslateError::Unsupported {
            item: item.to_string(),
            what,
        })
    }
}

fn extension(attrs: &ParamAttrs) -> ArgumentExtension {
    if attrs.has(ParamAttrs::SIGNEXT) {
        ArgumentExtension::Sext
    } else if attrs.has(ParamAttrs::ZEROEXT) {
        ArgumentExtension::Uext
    } else {
        ArgumentExtension::None
    }
}

/// The ABI parameters of one IR parameter (several for a flattened aggregate).
pub fn push_param(
    cx: &mut ModuleCx,
    out: &mut Vec<AbiParam>,
    ty: Type,
    attrs: &ParamAttrs,
    item: &str,
) -> Result<(), TranslateError> {
    if let Some(pointee) = attrs.byval {
        // Cranelift wants whole eightbytes, which is also what the ABI reserves.
        let size = cx.dl.alloc_size(&cx.m.types, pointee).next_multiple_of(8);
        let size = u32::try_from(size).map_err(|_| TranslateError::Unsupported {
            item: item.to_string(),
            what: "byval argument larger than 4 GiB".into(),
        })?;
        out.push(AbiParam::special(
            types::I64,
            ArgumentPurpose::StructArgument(size),
        ));
        return Ok(());
    }
    let leaves = cx.leaves_in(ty, item)?;
    let parts = cx.abi_parts(ty, item)?;
    let ext = extension(attrs);
    for part in &parts {
        let mut p = AbiParam::new(part.ty);
        if let [l] = &leaves[..]
            && l.bits != 0
            && l.bits < 64
        {
            p.extension = ext;
        }
        out.push(p);
    }
    Ok(())
}

/// The Cranelift signature of a function type with its attributes; `extra` are the types
/// of the variadic arguments of one call site.
pub fn signature(
    cx: &mut ModuleCx,
    fn_ty: Type,
    param_attrs: &[ParamAttrs],
    ret_attrs: &ParamAttrs,
    extra: &[(Type, ParamAttrs)],
    item: &str,
) -> Result<clir::Signature, TranslateError> {
    let (ret, params, _) =
        cx.m.types
            .function_sig(fn_ty)
            .ok_or_else(|| TranslateError::Unsupported {
                item: item.to_string(),
                what: "call through a non-function type".into(),
            })?;
    let params: Vec<Type> = params.to_vec();
    let mut sig = cx.jit_signature();
    let none = ParamAttrs::default();
    for (i, &p) in params.iter().enumerate() {
        push_param(
            cx,
            &mut sig.params,
            p,
            param_attrs.get(i).unwrap_or(&none),
            item,
        )?;
    }
    for (t, a) in extra {
        push_param(cx, &mut sig.params, *t, a, item)?;
    }
    if ret != Type::VOID {
        push_param(cx, &mut sig.returns, ret, ret_attrs, item)?;
    }
    Ok(sig)
}

impl ModuleCx<'_> {
    /// An empty signature in the host's default calling convention.
    pub fn jit_signature(&self) -> clir::Signature {
        use cranelift_module::Module;
        self.jit.make_signature()
    }
}
