//! Top-level entities: named type definitions, globals and aliases, function headers
//! (a definition continues into its body, `function.rs`), calling conventions and attribute
//! groups.

use super::error::PResult;
use super::lexer::{Tok, Token};
use super::parser::{Param, Parser};
use crate::ir::{FnAttrs, GlobalRef, Linkage, SrcLoc, Type, TypeData};

/// The keywords that start a top-level entity (they end a `declare`'s attribute list).
fn is_top_level_keyword(t: &str) -> bool {
    matches!(
        t,
        "define"
            | "declare"
            | "attributes"
            | "source_filename"
            | "target"
            | "module"
            | "uselistorder"
            | "uselistorder_bb"
    )
}

/// Preemption specifiers, visibilities and DLL storage classes: read on globals and
/// functions, and dropped.
fn is_visibility_keyword(t: &str) -> bool {
    matches!(
        t,
        "dso_local"
            | "dso_preemptable"
            | "default"
            | "hidden"
            | "protected"
            | "dllimport"
            | "dllexport"
    )
}

impl<'a> Parser<'a> {
    /// `%T = type { ... }`, `%T = type <{ ... }>`, `%T = type opaque`.
    pub(super) fn parse_type_def(&mut self) -> PResult<()> {
        let name_tok = self.tok;
        let name = self.name(name_tok);
        self.bump()?;
        self.expect(Tok::Equal, "'='")?;
        self.expect_kw("type")?;
        let ty = self.named_type(name_tok)?;
        let Some(entry) = self.named_types.get_mut(name.as_ref()) else {
            return Err(self.err_at(Self::loc(name_tok), "internal error: type entry vanished"));
        };
        if entry.defined {
            let mut s = String::new();
            let _ = crate::ir::write_local_name(&mut s, '%', &name);
            return Err(self.err_at(Self::loc(name_tok), format!("redefinition of type '{s}'")));
        }
        entry.defined = true;
        entry.first_use = Self::loc(name_tok);
        if self.eat_kw("opaque")? {
            return Ok(());
        }
        let next = self.peek()?.kind;
        let packed = match self.tok.kind {
            Tok::LBrace => false,
            Tok::Less if next == Tok::LBrace => {
                self.bump()?;
                true
            }
            _ => {
                return Err(self.unsupported(format!(
                    "named types must be structs or 'opaque' (found {})",
                    self.found()
                )));
            }
        };
        let fields = self.parse_struct_fields(packed)?;
        self.m.types.set_body(ty, &fields, packed);
        Ok(())
    }

    /// `@g = ... global|constant T init, ...` and `@a = ... alias T, ptr @b`.
    pub(super) fn parse_global(&mut self) -> PResult<()> {
        let name_tok = self.tok;
        let loc = Self::loc(name_tok);
        self.bump()?;
        self.expect(Tok::Equal, "'='")?;
        let mut linkage = Linkage::External;
        let mut explicit_linkage = false;
        let mut thread_local = false;
        let mut unnamed_addr = false;
        let is_constant;
        loop {
            if self.tok.kind != Tok::Ident {
                return Err(self.expected("'global', 'constant' or 'alias'"));
            }
            let t = self.cur_text();
            if let Some(l) = Linkage::from_keyword(t) {
                linkage = l;
                explicit_linkage = true;
                self.bump()?;
                continue;
            }
            match t {
                v if is_visibility_keyword(v) => self.bump()?,
                "externally_initialized" => self.bump()?,
                "thread_local" => {
                    thread_local = true;
                    self.bump()?;
                    if self.eat(Tok::LParen)? {
                        self.expect(Tok::Ident, "a thread-local storage model")?;
                        self.expect(Tok::RParen, "')'")?;
                    }
                }
                "unnamed_addr" | "local_unnamed_addr" => {
                    unnamed_addr = true;
                    self.bump()?;
                }
                "addrspace" => self.parse_addrspace_zero("globals")?,
                "global" | "constant" => {
                    is_constant = t == "constant";
                    self.bump()?;
                    break;
                }
                "alias" => {
                    self.bump()?;
                    return self.parse_alias(name_tok, linkage);
                }
                "ifunc" => return Err(self.unsupported("ifuncs are not supported")),
                _ => return Err(self.expected("'global', 'constant' or 'alias'")),
            }
        }
        let value_ty = self.parse_type()?;
        if !self.m.is_first_class(value_ty) {
            return Err(self.err_at(
                loc,
                format!(
                    "invalid type '{}' for a global variable",
                    self.ty_str(value_ty)
                ),
            ));
        }
        let has_init =
            !(explicit_linkage && matches!(linkage, Linkage::External | Linkage::ExternWeak));
        let init = if has_init {
            Some(self.parse_const(value_ty)?)
        } else {
            None
        };
        let mut align = None;
        let mut section = None;
        while self.tok.kind == Tok::Comma {
            self.bump()?;
            match self.tok.kind {
                Tok::MetaVar => {
                    self.bump()?;
                    self.skip_metadata()?;
                }
                Tok::Ident => match self.cur_text() {
                    "align" => {
                        self.bump()?;
                        align = Some(self.parse_align_value()?);
                    }
                    "section" => {
                        self.bump()?;
                        section = Some(self.parse_string("a section name")?);
                    }
                    "partition" | "code_model" => {
                        self.bump()?;
                        self.expect(Tok::Str, "a string")?;
                    }
                    "comdat" => self.skip_comdat()?,
                    "no_sanitize_address"
                    | "no_sanitize_hwaddress"
                    | "sanitize_memtag"
                    | "sanitize_address_dyninit" => self.bump()?,
                    _ => return Err(self.expected("a global attribute")),
                },
                _ => return Err(self.expected("a global attribute")),
            }
        }
        // Global attribute groups (`#0`) carry nothing we use.
        while self.tok.kind == Tok::AttrGrp {
            let gloc = self.here();
            let g = self.parse_group_id()?;
            self.group_uses.push((g, None, gloc));
        }
        let name = self.name(name_tok);
        let id = self
            .m
            .add_global(&name, value_ty, init, is_constant)
            .map_err(|_| self.duplicate(name_tok, &name))?;
        let g = &mut self.m.globals[id];
        g.linkage = linkage;
        g.align = align;
        g.unnamed_addr = unnamed_addr;
        g.thread_local = thread_local;
        g.section = section.map(Into::into);
        g.loc = loc;
        self.define_global_symbol(name, GlobalRef::Global(id));
        Ok(())
    }

    /// The rest of `@a = ... alias T, ptr @target`.
    fn parse_alias(&mut self, name_tok: Token, linkage: Linkage) -> PResult<()> {
        let value_ty = self.parse_type()?;
        self.expect(Tok::Comma, "','")?;
        let aty = self.parse_type()?;
        if !self.m.types.is_ptr(aty) {
            return Err(self.err("the aliasee must be a pointer"));
        }
        let aliasee = self.parse_const(aty)?;
        while self.tok.kind == Tok::Comma {
            self.bump()?;
            if self.tok.kind == Tok::MetaVar {
                self.bump()?;
                self.skip_metadata()?;
            } else if self.eat_kw("partition")? {
                self.expect(Tok::Str, "a string")?;
            } else {
                return Err(self.expected("an alias attribute"));
            }
        }
        let name = self.name(name_tok);
        let id = self
            .m
            .add_alias(&name, value_ty, aliasee, linkage)
            .map_err(|_| self.duplicate(name_tok, &name))?;
        self.m.aliases[id].loc = Self::loc(name_tok);
        self.define_global_symbol(name, GlobalRef::Alias(id));
        Ok(())
    }

    /// Consumes `#N` and returns N.
    pub(super) fn parse_group_id(&mut self) -> PResult<u32> {
        let t = self.expect(Tok::AttrGrp, "an attribute group")?;
        self.text(t)
            .parse::<u32>()
            .map_err(|_| self.err_at(Self::loc(t), "attribute group number is out of range"))
    }

    /// A calling convention keyword, if the current token is one: `ccc` and `fastcc`
    /// (which clang's optimizer puts on internal functions, and which we may implement as
    /// the C convention since every caller is in the module) are accepted; others are
    /// errors.
    pub(super) fn parse_callconv(&mut self) -> PResult<bool> {
        let t = self.cur_text();
        match t {
            "ccc" | "fastcc" => {
                self.bump()?;
                Ok(true)
            }
            "cc" => {
                let loc = self.here();
                self.bump()?;
                let n = self.parse_u32("calling convention number")?;
                if n != 0 && n != 8 {
                    return Err(self.unsupported_at(
                        loc,
                        format!("calling convention 'cc {n}' is not supported"),
                    ));
                }
                Ok(true)
            }
            _ if (t.len() > 2 && t.ends_with("cc"))
                || t.starts_with("aarch64_")
                || t.starts_with("amdgpu_")
                || t.starts_with("spir_")
                || t.starts_with("riscv_")
                || t.starts_with("arm_")
                || t.starts_with("x86_") =>
            {
                if matches!(t, "x86_fp80" | "x86_amx" | "x86_mmx") {
                    return Ok(false);
                }
                Err(self.unsupported(format!("calling convention '{t}' is not supported")))
            }
            _ => Ok(false),
        }
    }

    /// `define`/`declare` with header; a definition continues into its body.
    pub(super) fn parse_function(&mut self, define: bool) -> PResult<()> {
        let loc = self.here();
        self.bump()?;
        // `declare !dbg !12 i32 @f(...)`: attachments come first on declarations.
        let mut dbg = None;
        while self.tok.kind == Tok::MetaVar {
            self.parse_fn_attachment(&mut dbg)?;
        }
        let mut linkage = Linkage::External;
        while self.tok.kind == Tok::Ident {
            let t = self.cur_text();
            if let Some(l) = Linkage::from_keyword(t) {
                linkage = l;
                self.bump()?;
                continue;
            }
            if is_visibility_keyword(t) {
                self.bump()?;
                continue;
            }
            if self.parse_callconv()? {
                continue;
            }
            break;
        }
        let ret_attrs = self.parse_param_attrs()?;
        let ret_loc = self.here();
        let ret_ty = self.parse_type()?;
        if ret_ty != Type::VOID && !self.m.is_first_class(ret_ty) {
            return Err(self.err_at(
                ret_loc,
                format!("invalid function return type '{}'", self.ty_str(ret_ty)),
            ));
        }
        let name_tok = self.tok;
        if !matches!(name_tok.kind, Tok::GlobalVar | Tok::GlobalId) {
            return Err(self.expected("a function name"));
        }
        self.bump()?;
        self.expect(Tok::LParen, "'('")?;
        let mut params: Vec<Param> = Vec::new();
        let mut varargs = false;
        if !self.eat(Tok::RParen)? {
            loop {
                if self.eat(Tok::Dots)? {
                    varargs = true;
                    self.expect(Tok::RParen, "')' after '...'")?;
                    break;
                }
                let ploc = self.here();
                let ty = self.parse_type()?;
                match self.m.types.data(ty) {
                    TypeData::Label => {
                        return Err(
                            self.unsupported_at(ploc, "'label' parameters are not supported")
                        );
                    }
                    TypeData::Metadata if define => {
                        return Err(self.unsupported_at(
                            ploc,
                            "'metadata' parameters are only supported on intrinsic declarations",
                        ));
                    }
                    TypeData::Void | TypeData::Function { .. } => {
                        return Err(self.err_at(
                            ploc,
                            format!("invalid parameter type '{}'", self.ty_str(ty)),
                        ));
                    }
                    _ => {}
                }
                let attrs = self.parse_param_attrs()?;
                let name = if matches!(self.tok.kind, Tok::LocalVar | Tok::LocalId) {
                    let t = self.tok;
                    self.bump()?;
                    Some(t)
                } else {
                    None
                };
                params.push(Param { ty, attrs, name });
                if self.eat(Tok::Comma)? {
                    continue;
                }
                self.expect(Tok::RParen, "',' or ')' in the parameter list")?;
                break;
            }
        }
        // Function attributes, section, alignment, metadata attachments...
        let mut flags = 0u32;
        let mut align = None;
        let mut groups: Vec<(u32, SrcLoc)> = Vec::new();
        let mut personality = None;
        loop {
            let named_md_def = self.tok.kind == Tok::MetaVar && self.peek()?.kind == Tok::Equal;
            match self.tok.kind {
                Tok::Ident => match self.cur_text() {
                    "unnamed_addr" | "local_unnamed_addr" => self.bump()?,
                    "addrspace" => self.parse_addrspace_zero("functions")?,
                    "section" | "partition" => {
                        self.bump()?;
                        self.expect(Tok::Str, "a string")?;
                    }
                    "comdat" => self.skip_comdat()?,
                    "align" => {
                        self.bump()?;
                        align = Some(self.parse_align_value()?);
                    }
                    "gc" => {
                        return Err(self.unsupported("garbage collection ('gc') is not supported"));
                    }
                    "prefix" | "prologue" => {
                        return Err(self.unsupported(format!(
                            "function {} data is not supported",
                            self.cur_text()
                        )));
                    }
                    "personality" => {
                        self.bump()?;
                        let ploc = self.here();
                        let t = self.parse_type()?;
                        if !self.m.types.is_ptr(t) {
                            return Err(self.err_at(
                                ploc,
                                format!(
                                    "the personality function must be a pointer constant, not '{}'",
                                    self.ty_str(t)
                                ),
                            ));
                        }
                        personality = Some(self.parse_const(t)?);
                    }
                    t if is_top_level_keyword(t) => break,
                    _ => {
                        if !self.parse_fn_attr(&mut flags, true)? {
                            break;
                        }
                    }
                },
                Tok::Str => {
                    self.parse_fn_attr(&mut flags, true)?;
                }
                Tok::AttrGrp => {
                    let gloc = self.here();
                    groups.push((self.parse_group_id()?, gloc));
                }
                Tok::MetaVar if !named_md_def => self.parse_fn_attachment(&mut dbg)?,
                _ => break,
            }
        }
        let name = self.name(name_tok);
        let param_tys: Vec<Type> = params.iter().map(|p| p.ty).collect();
        let fty = self.function_type(ret_ty, &param_tys, varargs);
        let f = self
            .m
            .declare_function(&name, fty)
            .map_err(|_| self.duplicate(name_tok, &name))?;
        {
            let func = &mut self.m.functions[f];
            func.linkage = linkage;
            func.param_attrs = params.iter().map(|p| p.attrs.clone()).collect();
            func.ret_attrs = ret_attrs;
            func.attrs = FnAttrs { flags };
            func.align = align;
            func.loc = loc;
            func.personality = personality;
        }
        self.set_fn_dbg(f, dbg);
        for (g, gloc) in groups {
            self.group_uses.push((g, Some(f), gloc));
        }
        self.define_global_symbol(name, GlobalRef::Function(f));
        if define {
            self.parse_body(f, ret_ty, &params)?;
        }
        Ok(())
    }

    /// Interns a function type through a cache that avoids allocating and SipHashing a
    /// `TypeData` per call instruction.
    pub(super) fn function_type(&mut self, ret: Type, params: &[Type], varargs: bool) -> Type {
        use std::hash::{Hash, Hasher};
        let mut h = super::fxhash::FxHasher::default();
        (ret, params, varargs).hash(&mut h);
        let key = h.finish();
        if let Some(cands) = self.fn_type_cache.get(&key) {
            for &t in cands {
                if self.m.types.function_sig(t) == Some((ret, params, varargs)) {
                    return t;
                }
            }
        }
        let t = self.m.types.function(ret, params, varargs);
        self.fn_type_cache.entry(key).or_default().push(t);
        t
    }

    /// `attributes #N = { ... }`: keeps the bits [`FnAttrs`] knows, ignores the rest.
    pub(super) fn parse_attr_group(&mut self) -> PResult<()> {
        self.bump()?;
        let gloc = self.here();
        let id = self.parse_group_id()?;
        self.expect(Tok::Equal, "'='")?;
        self.expect(Tok::LBrace, "'{'")?;
        let mut flags = 0u32;
        loop {
            match self.tok.kind {
                Tok::RBrace => {
                    self.bump()?;
                    break;
                }
                Tok::Ident | Tok::Str => {
                    self.parse_fn_attr(&mut flags, true)?;
                }
                Tok::Eof => return Err(self.err("unterminated attribute group (missing '}')")),
                _ => return Err(self.expected("an attribute")),
            }
        }
        if self.attr_groups.insert(id, flags).is_some() {
            return Err(self.err_at(gloc, format!("redefinition of attribute group '#{id}'")));
        }
        Ok(())
    }
}
