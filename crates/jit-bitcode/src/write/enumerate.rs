//! Numbering for the writer: type ids, value ids, attribute lists, and the extra
//! constants records need.

use super::WResult;
use jit_core::entity::EntityRef;
use jit_core::ir::{
    Const, ConstData, ConstExpr, ConstKind, FnAttrs, GlobalRef, InstKind, Module, Operand,
    ParamAttrs, Type, TypeData, Types,
};
use std::collections::HashMap;

/// Everything numbered.
pub(crate) struct Enum {
    /// The module's types plus those the writer adds (mask vectors).
    pub types: Types,
    /// Bitcode type id of each type (indexed by `Type`).
    pub type_id: Vec<u32>,
    /// Types in emission order.
    pub type_order: Vec<Type>,
    /// The module's constants plus those the writer adds.
    pub consts: Vec<ConstData>,
    lookup: HashMap<ConstData, u32>,
    /// Constants written to the constants block, in order.
    pub const_order: Vec<Const>,
    /// Value id of each written constant (indexed by `Const`), `u32::MAX` if none.
    pub const_id: Vec<u32>,
    /// Number of module-level values (globals, functions, aliases, constants).
    pub num_values: u32,
    /// Counts of globals and functions (aliases follow them).
    pub num_globals: u32,
    pub num_functions: u32,
    /// The function type of each inline asm constant, from a call that uses it.
    pub asm_fn_ty: HashMap<Const, Type>,
    /// Switch case constants: (switch type, value) → constant.
    pub case_consts: HashMap<(Type, u128), Const>,
    /// Shuffle masks: lanes → constant.
    pub mask_consts: HashMap<Box<[Option<u32>]>, Const>,
    /// Attribute groups: (index, encoded attributes), numbered from 1.
    pub groups: Vec<(u32, Vec<u64>)>,
    group_lookup: HashMap<(u32, Vec<u64>), u64>,
    /// Attribute lists: group ids, numbered from 1.
    pub lists: Vec<Vec<u64>>,
    list_lookup: HashMap<Vec<u64>, u64>,
    /// Whether some call passes a dropped `metadata` argument.
    pub needs_metadata: bool,
    /// The constants added for switches and shuffles, in the order met.
    extra_roots: Vec<Const>,
}

impl Enum {
    pub fn new(m: &Module) -> WResult<Enum> {
        let consts: Vec<ConstData> = m.consts.values().cloned().collect();
        let lookup = consts
            .iter()
            .enumerate()
            .map(|(i, d)| (d.clone(), i as u32))
            .collect();
        let mut e = Enum {
            types: m.types.clone(),
            type_id: Vec::new(),
            type_order: Vec::new(),
            consts,
            lookup,
            const_order: Vec::new(),
            const_id: Vec::new(),
            num_values: 0,
            num_globals: m.globals.len() as u32,
            num_functions: m.functions.len() as u32,
            asm_fn_ty: HashMap::new(),
            case_consts: HashMap::new(),
            mask_consts: HashMap::new(),
            groups: Vec::new(),
            group_lookup: HashMap::new(),
            lists: Vec::new(),
            list_lookup: HashMap::new(),
            needs_metadata: false,
            extra_roots: Vec::new(),
        };
        e.extra_constants(m)?;
        e.order_constants(m)?;
        e.order_types()?;
        Ok(e)
    }

    fn intern(&mut self, ty: Type, kind: ConstKind) -> Const {
        let d = ConstData { ty, kind };
        if let Some(&i) = self.lookup.get(&d) {
            return Const::from_u32(i);
        }
        let i = self.consts.len() as u32;
        self.consts.push(d.clone());
        self.lookup.insert(d, i);
        Const::from_u32(i)
    }

    pub fn data(&self, c: Const) -> WResult<&ConstData> {
        self.consts
            .get(c.index())
            .ok_or_else(|| format!("constant {} does not exist", c.as_u32()))
    }

    /// Switch case values and shuffle masks as constants; inline asm function types.
    fn extra_constants(&mut self, m: &Module) -> WResult<()> {
        for f in m.functions.values() {
            let Some(body) = &f.body else { continue };
            for inst in body.insts.values() {
                match &inst.kind {
                    InstKind::Switch { value, cases, .. } => {
                        let ty = operand_type(m, body, *value)?;
                        for &(v, _) in cases.iter() {
                            let bits = self.types.int_bits(ty).unwrap_or(0);
                            let kind = if bits > 128 {
                                ConstKind::WideInt(jit_core::ir::wideint::from_u128(v, bits).into())
                            } else {
                                ConstKind::Int(v)
                            };
                            let c = self.intern(ty, kind);
                            self.case_consts.insert((ty, v), c);
                            self.extra_roots.push(c);
                        }
                    }
                    InstKind::ShuffleVector { mask, .. } => {
                        let vty = self.types.vector(Type::I32, mask.len() as u32);
                        let lanes: Vec<Const> = mask
                            .iter()
                            .map(|l| match l {
                                Some(k) => self.intern(Type::I32, ConstKind::Int(u128::from(*k))),
                                None => self.intern(Type::I32, ConstKind::Undef),
                            })
                            .collect();
                        let c = self.intern(vty, ConstKind::Aggregate(lanes.into()));
                        self.mask_consts.insert(mask.clone(), c);
                        self.extra_roots.push(c);
                    }
                    kind => {
                        let Some(call) = kind.as_call() else { continue };
                        if let Operand::Const(c) = call.callee
                            && matches!(
                                m.consts.get(c).map(|d| &d.kind),
                                Some(ConstKind::InlineAsm(_))
                            )
                        {
                            self.asm_fn_ty.entry(c).or_insert(call.fn_ty);
                        }
                        if call.args.iter().any(|a| is_metadata(m, a.value)) {
                            self.needs_metadata = true;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Value ids: globals, functions, aliases, then the constants reachable from them
    /// and from instructions, operands before users.
    fn order_constants(&mut self, m: &Module) -> WResult<()> {
        let mut roots: Vec<Const> = Vec::new();
        for g in m.globals.values() {
            roots.extend(g.init);
        }
        for a in m.aliases.values() {
            roots.push(a.aliasee);
        }
        for f in m.functions.values() {
            roots.extend(f.personality);
            let Some(body) = &f.body else { continue };
            for inst in body.insts.values() {
                inst.kind.for_each_operand(|op| {
                    if let Operand::Const(c) = op {
                        roots.push(c);
                    }
                });
            }
        }
        roots.extend(self.extra_roots.iter().copied());
        let first = self.num_globals + self.num_functions + m.aliases.len() as u32;
        self.const_id = vec![u32::MAX; self.consts.len()];
        // 0 = unseen, 1 = on the stack, 2 = done.
        let mut state = vec![0u8; self.consts.len()];
        let mut next = first;
        for root in roots {
            let mut stack: Vec<(Const, usize)> = vec![(root, 0)];
            while let Some(&mut (c, ref mut i)) = stack.last_mut() {
                let Some(&st) = state.get(c.index()) else {
                    return Err(format!("constant {} does not exist", c.as_u32()));
                };
                if *i == 0 && st == 2 {
                    stack.pop();
                    continue;
                }
                if *i == 0 {
                    if st == 1 {
                        return Err(format!("constant {} contains itself", c.as_u32()));
                    }
                    state[c.index()] = 1;
                }
                let child = children(&self.consts[c.index()].kind).nth(*i);
                if let Some(ch) = child {
                    *i += 1;
                    if state.get(ch.index()) != Some(&2) {
                        stack.push((ch, 0));
                    }
                    continue;
                }
                state[c.index()] = 2;
                stack.pop();
                let d = &self.consts[c.index()];
                let skip = matches!(d.kind, ConstKind::GlobalAddr(_))
                    || matches!(self.types.get(d.ty), Some(TypeData::Metadata) | None);
                if !skip {
                    self.const_id[c.index()] = next;
                    next += 1;
                    self.const_order.push(c);
                }
            }
        }
        self.num_values = next;
        Ok(())
    }

    /// Type ids: every type of the table, elements before what contains them (named
    /// structs may be referred to before their record, as LLVM allows).
    fn order_types(&mut self) -> WResult<()> {
        let n = self.types.len();
        let mut state = vec![0u8; n];
        let mut order = Vec::with_capacity(n);
        for start in 0..n {
            let start = Type::from_u32(start as u32);
            if state[start.index()] != 0 {
                continue;
            }
            let mut stack: Vec<(Type, usize)> = vec![(start, 0)];
            state[start.index()] = 1;
            while let Some(&mut (t, ref mut i)) = stack.last_mut() {
                let kids = type_children(&self.types, t);
                if let Some(&k) = kids.get(*i) {
                    *i += 1;
                    let Some(&s) = state.get(k.index()) else {
                        return Err(format!("type {} does not exist", k.as_u32()));
                    };
                    // A named struct can be referred to before its record.
                    if s == 0 && !matches!(self.types.data(k), TypeData::Named(_)) {
                        state[k.index()] = 1;
                        stack.push((k, 0));
                    } else if s == 1 && !matches!(self.types.data(k), TypeData::Named(_)) {
                        return Err(format!("type {} contains itself", k.as_u32()));
                    }
                    continue;
                }
                state[t.index()] = 2;
                order.push(t);
                stack.pop();
            }
        }
        self.type_id = vec![0; n];
        for (i, &t) in order.iter().enumerate() {
            self.type_id[t.index()] = i as u32;
        }
        self.type_order = order;
        Ok(())
    }

    /// The bitcode id of a type.
    pub fn ty(&self, t: Type) -> WResult<u64> {
        self.type_id
            .get(t.index())
            .map(|&i| u64::from(i))
            .ok_or_else(|| format!("type {} does not exist", t.as_u32()))
    }

    /// The value id of a module-level reference.
    pub fn global_id(&self, m: &Module, r: GlobalRef) -> u32 {
        match r {
            GlobalRef::Global(g) => g.as_u32(),
            GlobalRef::Function(f) => self.num_globals + f.as_u32(),
            GlobalRef::Alias(a) => self.num_globals + self.num_functions + a.as_u32(),
        }
        .min(self.num_globals + self.num_functions + m.aliases.len() as u32)
    }

    /// The value id of a constant (globals' addresses included).
    pub fn const_value(&self, m: &Module, c: Const) -> WResult<u32> {
        let d = self.data(c)?;
        if let ConstKind::GlobalAddr(r) = d.kind {
            return Ok(self.global_id(m, r));
        }
        match self.const_id.get(c.index()) {
            Some(&id) if id != u32::MAX => Ok(id),
            _ => Err(format!("constant {} was not numbered", c.as_u32())),
        }
    }

    /// The id of an attribute list (0 for none).
    pub fn attr_list(
        &mut self,
        func: u32,
        ret: &ParamAttrs,
        params: &[(ParamAttrs, Option<Type>)],
    ) -> WResult<u64> {
        let mut ids = Vec::new();
        let fn_attrs = encode_fn_attrs(func);
        if !fn_attrs.is_empty() {
            ids.push(self.group(u32::MAX, fn_attrs));
        }
        let r = self.encode_param(ret, None)?;
        if !r.is_empty() {
            ids.push(self.group(0, r));
        }
        for (i, (p, elem)) in params.iter().enumerate() {
            let enc = self.encode_param(p, *elem)?;
            if !enc.is_empty() {
                ids.push(self.group(i as u32 + 1, enc));
            }
        }
        if ids.is_empty() {
            return Ok(0);
        }
        if let Some(&id) = self.list_lookup.get(&ids) {
            return Ok(id);
        }
        self.lists.push(ids.clone());
        let id = self.lists.len() as u64;
        self.list_lookup.insert(ids, id);
        Ok(id)
    }

    fn group(&mut self, index: u32, attrs: Vec<u64>) -> u64 {
        let key = (index, attrs);
        if let Some(&id) = self.group_lookup.get(&key) {
            return id;
        }
        self.groups.push(key.clone());
        let id = self.groups.len() as u64;
        self.group_lookup.insert(key, id);
        id
    }

    fn encode_param(&self, p: &ParamAttrs, elem: Option<Type>) -> WResult<Vec<u64>> {
        use crate::codes::attr as a;
        let mut out = Vec::new();
        let flags = [
            (ParamAttrs::SIGNEXT, a::S_EXT),
            (ParamAttrs::ZEROEXT, a::Z_EXT),
            (ParamAttrs::INREG, a::IN_REG),
            (ParamAttrs::NOUNDEF, a::NOUNDEF),
            (ParamAttrs::NONNULL, a::NON_NULL),
            (ParamAttrs::NOALIAS, a::NO_ALIAS),
            (ParamAttrs::NOCAPTURE, a::NO_CAPTURE),
            (ParamAttrs::READONLY, a::READ_ONLY),
            (ParamAttrs::WRITEONLY, a::WRITEONLY),
            (ParamAttrs::RETURNED, a::RETURNED),
        ];
        for (bit, kind) in flags {
            if p.has(bit) {
                out.extend([0, kind]);
            }
        }
        if let Some(al) = p.align {
            out.extend([1, a::ALIGNMENT, u64::from(al)]);
        }
        if let Some(t) = p.byval {
            out.extend([6, a::BY_VAL, self.ty(t)?]);
        }
        if let Some(t) = p.sret {
            out.extend([6, a::STRUCT_RET, self.ty(t)?]);
        }
        if let Some(t) = elem {
            out.extend([6, a::ELEMENTTYPE, self.ty(t)?]);
        }
        Ok(out)
    }
}

fn encode_fn_attrs(flags: u32) -> Vec<u64> {
    use crate::codes::attr as a;
    let mut out = Vec::new();
    let table = [
        (FnAttrs::RETURNS_TWICE, a::RETURNS_TWICE),
        (FnAttrs::NORETURN, a::NO_RETURN),
        (FnAttrs::NOUNWIND, a::NO_UNWIND),
        (FnAttrs::NOINLINE, a::NO_INLINE),
        (FnAttrs::OPTNONE, a::OPTIMIZE_NONE),
        (FnAttrs::ALWAYSINLINE, a::ALWAYS_INLINE),
        (FnAttrs::NAKED, a::NAKED),
        (FnAttrs::COLD, a::COLD),
    ];
    for (bit, kind) in table {
        if flags & bit != 0 {
            out.extend([0, kind]);
        }
    }
    if flags & FnAttrs::FRAME_POINTER != 0 {
        out.push(4);
        out.extend(b"frame-pointer".iter().map(|&b| u64::from(b)));
        out.push(0);
        out.extend(b"all".iter().map(|&b| u64::from(b)));
        out.push(0);
    }
    out
}

/// The operands of a constant.
fn children(k: &ConstKind) -> Box<dyn Iterator<Item = Const> + '_> {
    match k {
        ConstKind::Aggregate(items) => Box::new(items.iter().copied()),
        ConstKind::Expr(e) => match e {
            ConstExpr::Gep { base, indices, .. } => {
                Box::new(std::iter::once(*base).chain(indices.iter().copied()))
            }
            ConstExpr::Cast { value, .. } => Box::new(std::iter::once(*value)),
            ConstExpr::Binary { lhs, rhs, .. }
            | ConstExpr::ICmp { lhs, rhs, .. }
            | ConstExpr::FCmp { lhs, rhs, .. } => Box::new([*lhs, *rhs].into_iter()),
            ConstExpr::Select {
                cond,
                if_true,
                if_false,
            } => Box::new([*cond, *if_true, *if_false].into_iter()),
        },
        _ => Box::new(std::iter::empty()),
    }
}

fn type_children(types: &Types, t: Type) -> Vec<Type> {
    match types.get(t) {
        Some(TypeData::Array { elem, .. } | TypeData::Vector { elem, .. }) => vec![*elem],
        Some(TypeData::Struct { fields, .. }) => fields.to_vec(),
        Some(TypeData::Named(_)) => types
            .named_info(t)
            .and_then(|n| n.fields.as_deref())
            .map(<[Type]>::to_vec)
            .unwrap_or_default(),
        Some(TypeData::Function { ret, params, .. }) => std::iter::once(*ret)
            .chain(params.iter().copied())
            .collect(),
        _ => Vec::new(),
    }
}

/// The type of an operand of `body`.
pub(crate) fn operand_type(m: &Module, body: &jit_core::ir::Body, op: Operand) -> WResult<Type> {
    match op {
        Operand::Value(v) => body
            .values
            .get(v)
            .map(|d| d.ty)
            .ok_or_else(|| format!("value {} does not exist", v.as_u32())),
        Operand::Const(c) => m
            .consts
            .get(c)
            .map(|d| d.ty)
            .ok_or_else(|| format!("constant {} does not exist", c.as_u32())),
    }
}

/// Whether an operand is the `metadata` placeholder of a dropped argument.
pub(crate) fn is_metadata(m: &Module, op: Operand) -> bool {
    match op {
        Operand::Const(c) => m
            .consts
            .get(c)
            .is_some_and(|d| matches!(m.types.get(d.ty), Some(TypeData::Metadata))),
        Operand::Value(_) => false,
    }
}
