//! IR types, interned in a per-module table so a [`Type`] is a cheap `u32` and equal types
//! have equal indices (named structs are the exception: each name is its own type).

use crate::entity;
use crate::entity::{EntityRef, PrimaryMap};
use std::collections::HashMap;

entity!(
    /// An interned type; compare with `==`.
    Type,
    "ty"
);

impl Type {
    /// `void`.
    pub const VOID: Type = Type::from_u32(0);
    /// `i1`.
    pub const I1: Type = Type::from_u32(1);
    /// `i8`.
    pub const I8: Type = Type::from_u32(2);
    /// `i16`.
    pub const I16: Type = Type::from_u32(3);
    /// `i32`.
    pub const I32: Type = Type::from_u32(4);
    /// `i64`.
    pub const I64: Type = Type::from_u32(5);
    /// `i128`.
    pub const I128: Type = Type::from_u32(6);
    /// `float`.
    pub const F32: Type = Type::from_u32(7);
    /// `double`.
    pub const F64: Type = Type::from_u32(8);
    /// `ptr` (address space 0).
    pub const PTR: Type = Type::from_u32(9);
    /// `label`, the type of basic blocks used as operands.
    pub const LABEL: Type = Type::from_u32(10);
    /// `metadata`, the type of metadata operands of intrinsics such as `llvm.dbg.*`.
    pub const METADATA: Type = Type::from_u32(11);
    /// `x86_fp80` (the x87 80-bit extended format, C `long double` on x86-64).
    pub const X86_FP80: Type = Type::from_u32(12);
    /// `fp128` (IEEE binary128, C `long double` on AArch64 Linux).
    pub const FP128: Type = Type::from_u32(13);
}

/// The largest integer width the IR accepts: LangRef's limit, 2^23 - 1. Integers wider
/// than 128 bits (C `_BitInt(N)`, wide bit-field units) have [`ConstKind::WideInt`]
/// constants and are split into 64-bit words by `jit-legalize` before execution.
///
/// [`ConstKind::WideInt`]: super::ConstKind::WideInt
pub const MAX_INT_BITS: u32 = (1 << 23) - 1;

/// What a [`Type`] stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeData {
    /// `void`.
    Void,
    /// `iN`, 1 ≤ N ≤ [`MAX_INT_BITS`].
    Int(u32),
    /// `float` (IEEE binary32).
    Float,
    /// `double` (IEEE binary64).
    Double,
    /// `x86_fp80`: 64-bit explicit-integer-bit significand, 15-bit exponent, stored in 10 bytes.
    X86Fp80,
    /// `fp128` (IEEE binary128).
    Fp128,
    /// `ptr` in the given address space.
    Ptr(u32),
    /// `[N x T]`.
    Array {
        /// Element type.
        elem: Type,
        /// Number of elements.
        len: u64,
    },
    /// `<N x T>`; only small vectors that carry ABI values (e.g. `<2 x float>`) are expected.
    Vector {
        /// Element type.
        elem: Type,
        /// Number of elements.
        len: u32,
    },
    /// A literal struct `{ T, U }` or `<{ T, U }>` (packed).
    Struct {
        /// Field types in order.
        fields: Box<[Type]>,
        /// `<{ }>`: no padding between fields, alignment 1.
        packed: bool,
    },
    /// A named (identified) struct `%name = type { ... }`; see [`NamedStruct`].
    Named(u32),
    /// A function type `R (A, B, ...)`.
    Function {
        /// Return type.
        ret: Type,
        /// Parameter types.
        params: Box<[Type]>,
        /// Ends with `...`.
        varargs: bool,
    },
    /// `label`.
    Label,
    /// `metadata`.
    Metadata,
}

/// The body of a named struct; `None` fields mean an opaque struct (`%T = type opaque`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedStruct {
    /// The name without `%`.
    pub name: Box<str>,
    /// Field types, or `None` while opaque.
    pub fields: Option<Box<[Type]>>,
    /// `<{ }>`.
    pub packed: bool,
}

/// The interning table of one module.
#[derive(Clone, Debug)]
pub struct Types {
    data: PrimaryMap<Type, TypeData>,
    lookup: HashMap<TypeData, Type>,
    named: Vec<NamedStruct>,
    named_lookup: HashMap<Box<str>, Type>,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl PartialEq for Types {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data && self.named == other.named
    }
}

impl Types {
    /// A table holding the predefined types ([`Type::VOID`] ... [`Type::METADATA`]).
    pub fn new() -> Self {
        let mut t = Types {
            data: PrimaryMap::new(),
            lookup: HashMap::new(),
            named: Vec::new(),
            named_lookup: HashMap::new(),
        };
        for d in [
            TypeData::Void,
            TypeData::Int(1),
            TypeData::Int(8),
            TypeData::Int(16),
            TypeData::Int(32),
            TypeData::Int(64),
            TypeData::Int(128),
            TypeData::Float,
            TypeData::Double,
            TypeData::Ptr(0),
            TypeData::Label,
            TypeData::Metadata,
            TypeData::X86Fp80,
            TypeData::Fp128,
        ] {
            t.intern(d);
        }
        t
    }

    /// Returns the type for `data`, adding it when new.
    pub fn intern(&mut self, data: TypeData) -> Type {
        if let Some(&t) = self.lookup.get(&data) {
            return t;
        }
        let t = self.data.push(data.clone());
        self.lookup.insert(data, t);
        t
    }
    /// `{ ptr, i32 }`: the value of an Itanium `landingpad` (exception pointer, selector).
    pub fn landing_pad_value(&mut self) -> Type {
        self.struct_(&[Type::PTR, Type::I32], false)
    }

    /// `iN`.
    pub fn int(&mut self, bits: u32) -> Type {
        self.intern(TypeData::Int(bits))
    }
    /// `[len x elem]`.
    pub fn array(&mut self, elem: Type, len: u64) -> Type {
        self.intern(TypeData::Array { elem, len })
    }
    /// `<len x elem>`.
    pub fn vector(&mut self, elem: Type, len: u32) -> Type {
        self.intern(TypeData::Vector { elem, len })
    }
    /// A literal struct.
    pub fn struct_(&mut self, fields: &[Type], packed: bool) -> Type {
        self.intern(TypeData::Struct {
            fields: fields.into(),
            packed,
        })
    }
    /// A function type.
    pub fn function(&mut self, ret: Type, params: &[Type], varargs: bool) -> Type {
        self.intern(TypeData::Function {
            ret,
            params: params.into(),
            varargs,
        })
    }

    /// The named struct `%name`, created opaque when it does not exist yet.
    pub fn named_struct(&mut self, name: &str) -> Type {
        if let Some(&t) = self.named_lookup.get(name) {
            return t;
        }
        let idx = self.named.len() as u32;
        self.named.push(NamedStruct {
            name: name.into(),
            fields: None,
            packed: false,
        });
        let t = self.data.push(TypeData::Named(idx));
        self.named_lookup.insert(name.into(), t);
        t
    }
    /// Looks up a named struct without creating it.
    pub fn get_named(&self, name: &str) -> Option<Type> {
        self.named_lookup.get(name).copied()
    }
    /// Sets the body of a named struct (made by [`Types::named_struct`]).
    pub fn set_body(&mut self, named: Type, fields: &[Type], packed: bool) {
        if let TypeData::Named(i) = self.data[named] {
            let n = &mut self.named[i as usize];
            n.fields = Some(fields.into());
            n.packed = packed;
        }
    }
    /// All named structs, in creation order.
    pub fn named_structs(&self) -> impl Iterator<Item = (Type, &NamedStruct)> {
        self.named.iter().map(|n| (self.named_lookup[&n.name], n))
    }

    /// What `t` stands for.
    #[inline]
    pub fn data(&self, t: Type) -> &TypeData {
        &self.data[t]
    }
    /// Number of types in the table.
    pub fn len(&self) -> usize {
        self.data.len()
    }
    /// Never true: the predefined types are always there.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
    /// True when `t` belongs to this table.
    pub fn is_valid(&self, t: Type) -> bool {
        t.index() < self.data.len()
    }
    /// What `t` stands for, or `None` when `t` does not belong to this table (a checked
    /// [`Types::data`] for code that must not panic on malformed IR, such as the verifier).
    pub fn get(&self, t: Type) -> Option<&TypeData> {
        self.data.get(t)
    }
    /// The name and body of a named struct type; `None` for other types and for indices
    /// outside the table.
    pub fn named_info(&self, t: Type) -> Option<&NamedStruct> {
        match self.data.get(t)? {
            TypeData::Named(i) => self.named.get(*i as usize),
            _ => None,
        }
    }

    /// Integer width, if `t` is an integer type.
    #[inline]
    pub fn int_bits(&self, t: Type) -> Option<u32> {
        match self.data[t] {
            TypeData::Int(b) => Some(b),
            _ => None,
        }
    }
    /// True for `iN`.
    pub fn is_int(&self, t: Type) -> bool {
        matches!(self.data[t], TypeData::Int(_))
    }
    /// True for every floating-point type: `float`, `double`, `x86_fp80`, `fp128`.
    pub fn is_float(&self, t: Type) -> bool {
        matches!(
            self.data[t],
            TypeData::Float | TypeData::Double | TypeData::X86Fp80 | TypeData::Fp128
        )
    }
    /// True for the wide formats C uses for `long double`: `x86_fp80` and `fp128`.
    pub fn is_long_float(&self, t: Type) -> bool {
        matches!(self.data[t], TypeData::X86Fp80 | TypeData::Fp128)
    }
    /// True for `ptr`.
    pub fn is_ptr(&self, t: Type) -> bool {
        matches!(self.data[t], TypeData::Ptr(_))
    }
    /// True for vectors.
    pub fn is_vector(&self, t: Type) -> bool {
        matches!(self.data[t], TypeData::Vector { .. })
    }
    /// True for arrays and structs (literal or named).
    pub fn is_aggregate(&self, t: Type) -> bool {
        matches!(
            self.data[t],
            TypeData::Array { .. } | TypeData::Struct { .. } | TypeData::Named(_)
        )
    }
    /// True for types a value of which can be computed in a register: ints, floats, pointers.
    pub fn is_scalar(&self, t: Type) -> bool {
        matches!(
            self.data[t],
            TypeData::Int(_)
                | TypeData::Float
                | TypeData::Double
                | TypeData::X86Fp80
                | TypeData::Fp128
                | TypeData::Ptr(_)
        )
    }
    /// True for function types.
    pub fn is_function(&self, t: Type) -> bool {
        matches!(self.data[t], TypeData::Function { .. })
    }

    /// Fields of a struct type (literal or named; empty for opaque) and whether it is packed.
    pub fn struct_fields(&self, t: Type) -> Option<(&[Type], bool)> {
        match &self.data[t] {
            TypeData::Struct { fields, packed } => Some((fields, *packed)),
            TypeData::Named(i) => {
                let n = &self.named[*i as usize];
                Some((n.fields.as_deref().unwrap_or(&[]), n.packed))
            }
            _ => None,
        }
    }
    /// True for a named struct without a body.
    pub fn is_opaque(&self, t: Type) -> bool {
        match self.data[t] {
            TypeData::Named(i) => self.named[i as usize].fields.is_none(),
            _ => false,
        }
    }
    /// The name of a named struct.
    pub fn struct_name(&self, t: Type) -> Option<&str> {
        match self.data[t] {
            TypeData::Named(i) => Some(&self.named[i as usize].name),
            _ => None,
        }
    }
    /// Return type, parameter types and varargs flag of a function type.
    pub fn function_sig(&self, t: Type) -> Option<(Type, &[Type], bool)> {
        match &self.data[t] {
            TypeData::Function {
                ret,
                params,
                varargs,
            } => Some((*ret, params, *varargs)),
            _ => None,
        }
    }
    /// Element type and length of an array or vector.
    pub fn array_elem(&self, t: Type) -> Option<(Type, u64)> {
        match self.data[t] {
            TypeData::Array { elem, len } => Some((elem, len)),
            TypeData::Vector { elem, len } => Some((elem, len as u64)),
            _ => None,
        }
    }
    /// The type of member `index` of an aggregate (struct field or array/vector element).
    pub fn member(&self, t: Type, index: u64) -> Option<Type> {
        if let Some((fields, _)) = self.struct_fields(t) {
            return fields.get(usize::try_from(index).ok()?).copied();
        }
        match self.data[t] {
            TypeData::Array { elem, .. } => Some(elem),
            TypeData::Vector { elem, len } if index < len as u64 => Some(elem),
            _ => None,
        }
    }

    /// Writes `t` in `.ll` syntax.
    pub fn display(&self, t: Type) -> TypeDisplay<'_> {
        TypeDisplay { types: self, ty: t }
    }
}

/// `.ll` spelling of a type; made by [`Types::display`].
pub struct TypeDisplay<'a> {
    types: &'a Types,
    ty: Type,
}

impl std::fmt::Display for TypeDisplay<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ts = self.types;
        let list = |f: &mut std::fmt::Formatter<'_>, items: &[Type]| -> std::fmt::Result {
            for (i, t) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{}", ts.display(*t))?;
            }
            Ok(())
        };
        match &ts.data[self.ty] {
            TypeData::Void => f.write_str("void"),
            TypeData::Int(b) => write!(f, "i{b}"),
            TypeData::Float => f.write_str("float"),
            TypeData::Double => f.write_str("double"),
            TypeData::X86Fp80 => f.write_str("x86_fp80"),
            TypeData::Fp128 => f.write_str("fp128"),
            TypeData::Ptr(0) => f.write_str("ptr"),
            TypeData::Ptr(a) => write!(f, "ptr addrspace({a})"),
            TypeData::Array { elem, len } => write!(f, "[{len} x {}]", ts.display(*elem)),
            TypeData::Vector { elem, len } => write!(f, "<{len} x {}>", ts.display(*elem)),
            TypeData::Struct { fields, packed } => {
                if fields.is_empty() {
                    return f.write_str(if *packed { "<{}>" } else { "{}" });
                }
                f.write_str(if *packed { "<{ " } else { "{ " })?;
                list(f, fields)?;
                f.write_str(if *packed { " }>" } else { " }" })
            }
            TypeData::Named(i) => write_local_name(f, '%', &ts.named[*i as usize].name),
            TypeData::Function {
                ret,
                params,
                varargs,
            } => {
                write!(f, "{} (", ts.display(*ret))?;
                list(f, params)?;
                if *varargs {
                    f.write_str(if params.is_empty() { "..." } else { ", ..." })?;
                }
                f.write_str(")")
            }
            TypeData::Label => f.write_str("label"),
            TypeData::Metadata => f.write_str("metadata"),
        }
    }
}

/// Writes `%name` or `@name`, quoting the name when it holds characters outside
/// `[-a-zA-Z$._0-9]` (or starts with a digit while not being all digits).
pub fn write_local_name(f: &mut impl std::fmt::Write, sigil: char, name: &str) -> std::fmt::Result {
    f.write_char(sigil)?;
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'$' | b'.' | b'_'))
        && (!name.as_bytes()[0].is_ascii_digit() || name.bytes().all(|b| b.is_ascii_digit()));
    if plain {
        return f.write_str(name);
    }
    f.write_char('"')?;
    for b in name.bytes() {
        if b == b'"' || b == b'\\' || !(0x20..0x7f).contains(&b) {
            write!(f, "\\{b:02X}")?;
        } else {
            f.write_char(b as char)?;
        }
    }
    f.write_char('"')
}
