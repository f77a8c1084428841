//! Attribute groups (`PARAMATTR_GROUP_BLOCK`: one index — function, return value or a
//! parameter — and its attributes) and attribute lists (`PARAMATTR_BLOCK`: the groups of
//! one function or call site). Only what the IR keeps is decoded into it
//! ([`ParamAttrs`], the [`FnAttrs`] bits, `elementtype` for inline asm operands); the
//! rest is read past.

use super::module::ModuleReader;
use crate::bitstream::Entry;
use crate::codes::attr as a;
use crate::error::{DResult, malformed, unsupported};
use jit_core::ir::{FnAttrs, ParamAttrs, Type};

/// The attributes of one index.
#[derive(Clone, Debug, Default)]
pub(crate) struct AttrSet {
    /// Parameter or return attributes.
    pub param: ParamAttrs,
    /// Function attribute bits.
    pub fn_flags: u32,
    /// `elementtype(T)`.
    pub elem_ty: Option<Type>,
    /// An attribute that changes the ABI in a way the engine does not implement.
    pub unsupported: Option<&'static str>,
}

impl AttrSet {
    fn merge(&mut self, o: &AttrSet) {
        self.param.flags |= o.param.flags;
        self.param.byval = self.param.byval.or(o.param.byval);
        self.param.sret = self.param.sret.or(o.param.sret);
        self.param.align = self.param.align.or(o.param.align);
        self.fn_flags |= o.fn_flags;
        self.elem_ty = self.elem_ty.or(o.elem_ty);
        self.unsupported = self.unsupported.or(o.unsupported);
    }
}

/// The attributes of a function or call site.
#[derive(Clone, Debug, Default)]
pub(crate) struct AttrList {
    pub func: AttrSet,
    pub ret: AttrSet,
    pub params: Vec<AttrSet>,
}

impl AttrList {
    /// Fails on attributes the engine cannot honour.
    pub fn check_supported(&self) -> DResult<()> {
        for s in std::iter::once(&self.ret).chain(&self.params) {
            if let Some(what) = s.unsupported {
                return unsupported(format!("the '{what}' attribute is not supported"));
            }
        }
        Ok(())
    }
}

impl ModuleReader<'_> {
    /// Attribute list `id` (0 = none).
    pub(super) fn attr_list(&self, id: u64) -> DResult<AttrList> {
        if id == 0 {
            return Ok(AttrList::default());
        }
        match usize::try_from(id - 1)
            .ok()
            .and_then(|i| self.attr_lists.get(i))
        {
            Some(l) => Ok(l.clone()),
            None => malformed(format!(
                "attribute list {id} does not exist ({} are defined)",
                self.attr_lists.len()
            )),
        }
    }

    pub(super) fn read_attr_groups(&mut self) -> DResult<()> {
        loop {
            match self.next()? {
                Entry::EndBlock => return Ok(()),
                Entry::Eof => return malformed("the input ends inside PARAMATTR_GROUP_BLOCK"),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Record(a::GRP_ENTRY) => {
                    self.what = "PARAMATTR_GRP_CODE_ENTRY".into();
                    let id = self.op(0)?;
                    let index = u32::try_from(self.op(1)?)
                        .map_or_else(|_| malformed("attribute index above 2^32"), Ok)?;
                    let set = self.decode_group(&self.c.record().ops[2..])?;
                    self.attr_groups.insert(id, (index, set));
                }
                Entry::Record(c) => {
                    return unsupported(format!("unknown record {c} in PARAMATTR_GROUP_BLOCK"));
                }
            }
        }
    }

    fn decode_group(&self, ops: &[u64]) -> DResult<AttrSet> {
        let mut s = AttrSet::default();
        let mut i = 0;
        let next = |i: &mut usize| -> DResult<u64> {
            let v = ops.get(*i).copied();
            *i += 1;
            v.map_or_else(
                || malformed("an attribute group ends in the middle of an attribute"),
                Ok,
            )
        };
        let string = |i: &mut usize| -> DResult<String> {
            let start = *i;
            while ops.get(*i).is_some_and(|&c| c != 0) {
                *i += 1;
            }
            if *i >= ops.len() {
                return malformed("an attribute string without its terminating 0");
            }
            let s: String = ops[start..*i].iter().map(|&c| c as u8 as char).collect();
            *i += 1;
            Ok(s)
        };
        while i < ops.len() {
            match next(&mut i)? {
                0 => {
                    let kind = next(&mut i)?;
                    match kind {
                        a::ALWAYS_INLINE => s.fn_flags |= FnAttrs::ALWAYSINLINE,
                        a::NAKED => s.fn_flags |= FnAttrs::NAKED,
                        a::NO_INLINE => s.fn_flags |= FnAttrs::NOINLINE,
                        a::NO_RETURN => s.fn_flags |= FnAttrs::NORETURN,
                        a::NO_UNWIND => s.fn_flags |= FnAttrs::NOUNWIND,
                        a::RETURNS_TWICE => s.fn_flags |= FnAttrs::RETURNS_TWICE,
                        a::COLD => s.fn_flags |= FnAttrs::COLD,
                        a::OPTIMIZE_NONE => s.fn_flags |= FnAttrs::OPTNONE,
                        a::S_EXT => s.param.flags |= ParamAttrs::SIGNEXT,
                        a::Z_EXT => s.param.flags |= ParamAttrs::ZEROEXT,
                        a::IN_REG => s.param.flags |= ParamAttrs::INREG,
                        a::NOUNDEF => s.param.flags |= ParamAttrs::NOUNDEF,
                        a::NON_NULL => s.param.flags |= ParamAttrs::NONNULL,
                        a::NO_ALIAS => s.param.flags |= ParamAttrs::NOALIAS,
                        a::NO_CAPTURE => s.param.flags |= ParamAttrs::NOCAPTURE,
                        a::READ_ONLY => s.param.flags |= ParamAttrs::READONLY,
                        a::WRITEONLY => s.param.flags |= ParamAttrs::WRITEONLY,
                        a::RETURNED => s.param.flags |= ParamAttrs::RETURNED,
                        _ => {}
                    }
                }
                1 => {
                    let kind = next(&mut i)?;
                    let value = next(&mut i)?;
                    if kind == a::ALIGNMENT {
                        if !value.is_power_of_two() || value > 1 << 32 {
                            return malformed(format!("align {value}"));
                        }
                        s.param.align = Some(value.min(1 << 31) as u32);
                    }
                }
                3 => {
                    string(&mut i)?;
                }
                4 => {
                    let key = string(&mut i)?;
                    let value = string(&mut i)?;
                    if key == "frame-pointer" && matches!(value.as_str(), "all" | "non-leaf") {
                        s.fn_flags |= FnAttrs::FRAME_POINTER;
                    }
                }
                5 | 6 => {
                    let with_type = ops[i - 1] == 6;
                    let kind = next(&mut i)?;
                    let ty = if with_type {
                        Some(self.type_id(next(&mut i)?)?)
                    } else {
                        None
                    };
                    match kind {
                        a::BY_VAL => s.param.byval = ty,
                        a::STRUCT_RET => s.param.sret = ty,
                        a::ELEMENTTYPE => s.elem_ty = ty,
                        a::IN_ALLOCA => s.unsupported = Some("inalloca"),
                        a::PREALLOCATED => s.unsupported = Some("preallocated"),
                        _ => {}
                    }
                }
                7 => {
                    // A constant range: [kind, bit width, lower, upper]; wider than 64 bits
                    // the words of both bounds follow a word-count pair.
                    next(&mut i)?;
                    let width = next(&mut i)?;
                    if width > 64 {
                        let counts = next(&mut i)?;
                        let words = (counts & 0xffff_ffff) + (counts >> 32);
                        if words > ops.len() as u64 {
                            return malformed("a range attribute longer than its group");
                        }
                        i += words as usize;
                    } else {
                        next(&mut i)?;
                        next(&mut i)?;
                    }
                }
                8 => {
                    // A list of constant ranges: [kind, count, bit width, (lower, upper)...].
                    next(&mut i)?;
                    let n = next(&mut i)?;
                    let width = next(&mut i)?;
                    if width > 64 {
                        return unsupported("a range-list attribute wider than 64 bits");
                    }
                    if n > ops.len() as u64 {
                        return malformed("a range-list attribute longer than its group");
                    }
                    i += 2 * n as usize;
                }
                k => return unsupported(format!("attribute encoding {k}")),
            }
        }
        if i > ops.len() {
            return malformed("an attribute group ends in the middle of an attribute");
        }
        Ok(s)
    }

    pub(super) fn read_attr_lists(&mut self) -> DResult<()> {
        loop {
            match self.next()? {
                Entry::EndBlock => return Ok(()),
                Entry::Eof => return malformed("the input ends inside PARAMATTR_BLOCK"),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Record(a::ENTRY) => {
                    self.what = "PARAMATTR_CODE_ENTRY".into();
                    let mut list = AttrList::default();
                    for &g in &self.c.record().ops {
                        let Some((index, set)) = self.attr_groups.get(&g) else {
                            return malformed(format!("attribute group {g} does not exist"));
                        };
                        match *index {
                            u32::MAX => list.func.merge(set),
                            0 => list.ret.merge(set),
                            p => {
                                let p = p as usize - 1;
                                if p >= 1 << 16 {
                                    return malformed(format!("attributes of parameter {p}"));
                                }
                                if list.params.len() <= p {
                                    list.params.resize(p + 1, AttrSet::default());
                                }
                                list.params[p].merge(set);
                            }
                        }
                    }
                    self.attr_lists.push(list);
                }
                Entry::Record(a::ENTRY_OLD) => {
                    return unsupported("PARAMATTR_CODE_ENTRY_OLD (LLVM < 3.3 attributes)");
                }
                Entry::Record(c) => {
                    return unsupported(format!("unknown record {c} in PARAMATTR_BLOCK"));
                }
            }
        }
    }
}
