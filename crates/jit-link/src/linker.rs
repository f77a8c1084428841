//! The linker proper: load objects into memory-manager memory, resolve symbols across the
//! engine, apply relocations through GOT slots and call stubs when needed.

use crate::error::LinkError;
use crate::process::{ProcessSymbols, SymbolSource};
use crate::reloc::{self, Inputs, STUB_SIZE};
use jit_core::memory::{MemoryManager, ModuleId, Placement, SectionKind};

use crate::listeners::{EventListeners, new_key};
use crate::symbolize::symbolize_in_object;
use crate::unwind::EhFrameRegistration;
use jit_core::engine::SymbolInfo;
use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::object::{Binding, CompiledObject, ObjSymbol, SectionIndex, SymbolIndex};
use jit_core::target::Arch;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Counters for tests and benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    /// Objects loaded so far.
    pub objects_loaded: u64,
    /// Relocations applied so far.
    pub relocations: u64,
    /// GOT slots allocated.
    pub got_entries: u64,
    /// Call stubs allocated.
    pub stubs: u64,
    /// Call relocations that went through a stub because the target was out of reach.
    pub stub_calls: u64,
}

/// A global definition visible to every object.
#[derive(Clone, Debug)]
struct Export {
    owner: ModuleId,
    address: u64,
    weak: bool,
}

/// A slot table (GOT or stubs): where it lives and which symbol uses which slot.
#[derive(Debug, Default)]
struct Table {
    place: Option<Placement>,
    slots: HashMap<SymbolIndex, usize>,
}

/// An object placed in memory.
#[derive(Debug)]
struct Loaded {
    obj: CompiledObject,
    sections: Vec<Placement>,
    got: Table,
    stubs: Table,
    resolved: bool,
    /// `.init_array*` entries as (priority, address), in the order to run them.
    init: Vec<(u32, u64)>,
    /// `.fini_array*` entries as (priority, address), in array order (run backwards).
    fini: Vec<(u32, u64)>,
    /// Defined symbols by name; a local definition wins over a global one of the same name.
    defined: HashMap<String, SymbolIndex>,
    /// For an object loaded with [`Linker::load_private`]: the object whose definitions
    /// (local ones included) its undefined symbols see first. Its own symbols are not
    /// exported.
    scope: Option<ModuleId>,
    /// Its `.eh_frame` sections, registered with the unwinder once resolved.
    eh_frames: Vec<EhFrameRegistration>,
    /// The key the listeners were told of it under ([`Linker::notify_loaded`]).
    reported: Option<u64>,
}

/// The RuntimeDyld analog; see the crate documentation for the resolution order.
#[derive(Debug)]
pub struct Linker {
    arch: Arch,
    objects: BTreeMap<ModuleId, Loaded>,
    exports: HashMap<String, Export>,
    mappings: HashMap<String, u64>,
    process: Box<dyn SymbolSource>,
    /// False when the code runs in another process: its unwind tables are then not
    /// registered here but listed for the engine ([`Linker::take_foreign_eh_frames`]).
    code_runs_here: bool,
    foreign_eh_frames: Vec<(ModuleId, u64)>,
    stats: LinkStats,
    listeners: EventListeners,
}

// SAFETY: the only non-Send fields are the `Placement` pointers into memory owned by the
// memory manager (itself `Send`); the linker never shares them across threads and writes
// through them only in `load`/`resolve`, which take `&mut self` and the manager.
unsafe impl Send for Linker {}

fn malformed(obj: &CompiledObject, message: String) -> LinkError {
    LinkError::Malformed {
        object: obj.name.clone(),
        message,
    }
}

/// Checks every index, offset and size, so relocation never writes out of bounds.
fn validate(obj: &CompiledObject) -> Result<(), LinkError> {
    for s in &obj.sections {
        if !s.align.is_power_of_two() {
            return Err(malformed(
                obj,
                format!(
                    "section `{}` has alignment {}, not a power of two",
                    s.name, s.align
                ),
            ));
        }
        if s.data.len() as u64 > s.size || usize::try_from(s.size).is_err() {
            return Err(malformed(
                obj,
                format!(
                    "section `{}` has {} bytes of data but size {}",
                    s.name,
                    s.data.len(),
                    s.size
                ),
            ));
        }
    }
    for sym in &obj.symbols {
        if let Some(si) = sym.section {
            let Some(s) = obj.sections.get(si.0 as usize) else {
                return Err(malformed(
                    obj,
                    format!(
                        "symbol `{}` is in section {} of {}",
                        sym.name,
                        si.0,
                        obj.sections.len()
                    ),
                ));
            };
            if sym.offset > s.size {
                return Err(malformed(
                    obj,
                    format!(
                        "symbol `{}` is at offset {:#x} past the end of `{}`",
                        sym.name, sym.offset, s.name
                    ),
                ));
            }
        }
    }
    for r in &obj.relocations {
        let Some(s) = obj.sections.get(r.section.0 as usize) else {
            return Err(malformed(
                obj,
                format!(
                    "relocation patches section {} of {}",
                    r.section.0,
                    obj.sections.len()
                ),
            ));
        };
        if r.symbol.0 as usize >= obj.symbols.len() {
            return Err(malformed(
                obj,
                format!(
                    "relocation uses symbol {} of {}",
                    r.symbol.0,
                    obj.symbols.len()
                ),
            ));
        }
        let end = r.offset.checked_add(reloc::width(r.kind) as u64);
        if end.is_none_or(|e| e > s.size) {
            return Err(malformed(
                obj,
                format!(
                    "relocation at `{}`+{:#x} is outside the section",
                    s.name, r.offset
                ),
            ));
        }
    }
    Ok(())
}

/// The priority of constructors and destructors without one (`.init_array` without a
/// suffix; LLVM's `llvm.global_ctors` entries of priority 65535).
pub const DEFAULT_PRIORITY: u32 = 65535;

/// Init/fini priority of a section name: `Some(p)` for `.init_array[.p]`-style names.
fn array_priority(name: &str, base: &str) -> Option<u32> {
    let rest = name.strip_prefix(base)?;
    if rest.is_empty() {
        return Some(DEFAULT_PRIORITY);
    }
    rest.strip_prefix('.')?.parse().ok()
}

/// The name of the function or data object of `obj` that contains `offset` of section
/// `section` (for messages: who refers to an undefined symbol).
fn enclosing_symbol(obj: &CompiledObject, section: SectionIndex, offset: u64) -> Option<String> {
    let mut best: Option<&ObjSymbol> = None;
    for s in &obj.symbols {
        if s.section != Some(section) || s.name.is_empty() || s.offset > offset {
            continue;
        }
        let inside = offset < s.offset.saturating_add(s.size);
        let closer = best.is_none_or(|b| s.offset > b.offset || (s.offset == b.offset && inside));
        if (inside || s.size == 0) && closer {
            best = Some(s);
        }
    }
    best.map(|s| s.name.clone())
}

impl Linker {
    /// A linker for code of `arch`.
    pub fn new(arch: Arch) -> Self {
        Linker {
            arch,
            objects: BTreeMap::new(),
            exports: HashMap::new(),
            mappings: HashMap::new(),
            process: Box::new(ProcessSymbols::default()),
            code_runs_here: Arch::host() == Some(arch),
            foreign_eh_frames: Vec::new(),
            stats: LinkStats::default(),
            listeners: EventListeners::default(),
        }
    }

    /// Makes the linker look names up in `source` instead of this process, for code that
    /// runs in another process (which is then never entered here: its `.eh_frame`
    /// sections are listed by [`Linker::take_foreign_eh_frames`] instead of registered).
    pub fn set_symbol_source(&mut self, source: Box<dyn SymbolSource>) {
        self.process = source;
        self.code_runs_here = false;
    }

    /// The `.eh_frame` sections (owner, address) of objects resolved since the last call,
    /// when the code runs in another process: its unwinder must be told of them.
    pub fn take_foreign_eh_frames(&mut self) -> Vec<(ModuleId, u64)> {
        std::mem::take(&mut self.foreign_eh_frames)
    }

    /// Adds a listener told about objects from the next [`Linker::notify_loaded`] on, and
    /// about their freeing.
    pub fn add_listener(&mut self, listener: Arc<dyn JitEventListener>) {
        self.listeners.add(listener);
    }

    /// Replaces the linker's listeners with `listeners`, a list shared with its caller,
    /// which can add listeners to it later (from any thread).
    pub fn set_listeners(&mut self, listeners: EventListeners) {
        self.listeners = listeners;
    }

    /// A handle to the linker's listeners (see [`EventListeners`]).
    pub fn listeners(&self) -> EventListeners {
        self.listeners.clone()
    }

    /// Tells the listeners about every object resolved since the last call and not reported
    /// yet. Call it right after the memory manager's `finalize`, so that listeners see code
    /// that is relocated and executable (they may read it). Only code that runs in this
    /// process (of the host architecture, not in an executor) is reported; while nobody
    /// listens nothing is reported, and objects resolved meanwhile are reported once a
    /// listener is added.
    pub fn notify_loaded(&mut self) {
        if !self.code_runs_here || self.listeners.is_empty() {
            return;
        }
        for l in self.objects.values_mut() {
            if !l.resolved || l.reported.is_some() {
                continue;
            }
            let key = new_key();
            let section_addresses: Vec<u64> = l.sections.iter().map(|p| p.target).collect();
            self.listeners.loaded(&LoadedObject {
                key,
                object: &l.obj,
                section_addresses: &section_addresses,
            });
            l.reported = Some(key);
        }
    }

    /// Renames symbol `index` of `owner`'s object for listeners only: objects are reported
    /// with the new name, while symbol resolution keeps the names objects were loaded with.
    /// An engine uses it to name code whose symbol it moved elsewhere (a function's body
    /// behind a tiering entry stub, replacement code defined under another name). Only
    /// symbols resolution never reads by name once loaded can be renamed: defined local
    /// ones and those of objects loaded with [`Linker::load_private`]; for any other, and
    /// for an unknown owner or index, nothing changes and the result is false.
    pub fn rename_for_listeners(
        &mut self,
        owner: ModuleId,
        index: SymbolIndex,
        name: &str,
    ) -> bool {
        let Some(l) = self.objects.get_mut(&owner) else {
            return false;
        };
        let private = l.scope.is_some();
        let Some(sym) = l.obj.symbols.get_mut(index.0 as usize) else {
            return false;
        };
        if sym.section.is_none() || !(private || sym.binding == Binding::Local) {
            return false;
        }
        sym.name = name.to_string();
        true
    }

    /// The architecture linked.
    pub fn arch(&self) -> Arch {
        self.arch
    }

    /// Counters.
    pub fn stats(&self) -> LinkStats {
        self.stats.clone()
    }

    /// Makes `name` resolve to `address` after the engine's own objects and before the
    /// process. Affects objects resolved from now on.
    pub fn add_global_mapping(&mut self, name: &str, address: u64) {
        self.mappings.insert(name.to_string(), address);
    }

    /// True when an object is loaded for `owner`.
    pub fn is_loaded(&self, owner: ModuleId) -> bool {
        self.objects.contains_key(&owner)
    }

    /// True when `owner`'s object is loaded and its relocations are applied.
    pub fn is_resolved(&self, owner: ModuleId) -> bool {
        self.objects.get(&owner).is_some_and(|l| l.resolved)
    }

    /// Places `obj`'s sections through `mm` (after a `reserve` hint with the totals), copies
    /// their bytes, and publishes its global symbols. Relocations wait for [`Linker::resolve`].
    /// On error nothing stays allocated for `owner`.
    pub fn load(
        &mut self,
        owner: ModuleId,
        obj: CompiledObject,
        mm: &mut dyn MemoryManager,
    ) -> Result<(), LinkError> {
        self.load_scoped(owner, obj, mm, None)
    }

    /// Loads `obj` like [`Linker::load`], but privately: its symbols are not exported (it may
    /// define names other objects define too), and its undefined symbols resolve first to
    /// the definitions of `scope`'s object, local ones included, then as usual. This is how
    /// replacement code for functions of `scope` (tier-up) reaches that object's internal
    /// functions and private globals.
    pub fn load_private(
        &mut self,
        owner: ModuleId,
        obj: CompiledObject,
        mm: &mut dyn MemoryManager,
        scope: ModuleId,
    ) -> Result<(), LinkError> {
        self.load_scoped(owner, obj, mm, Some(scope))
    }

    fn load_scoped(
        &mut self,
        owner: ModuleId,
        obj: CompiledObject,
        mm: &mut dyn MemoryManager,
        scope: Option<ModuleId>,
    ) -> Result<(), LinkError> {
        if obj.arch != self.arch {
            return Err(LinkError::WrongArch {
                object: obj.name.clone(),
                object_arch: obj.arch,
                linker_arch: self.arch,
            });
        }
        if self.objects.contains_key(&owner) {
            return Err(LinkError::AlreadyLoaded(owner));
        }
        validate(&obj)?;
        // Strong definitions must be unique across the engine.
        for sym in obj.symbols.iter().filter(|_| scope.is_none()) {
            if sym.section.is_none() || sym.name.is_empty() || sym.binding != Binding::Global {
                continue;
            }
            if let Some(e) = self.exports.get(&sym.name)
                && !e.weak
            {
                let first = self
                    .objects
                    .get(&e.owner)
                    .map_or_else(String::new, |l| l.obj.name.clone());
                return Err(LinkError::DuplicateSymbol {
                    symbol: sym.name.clone(),
                    first,
                    second: obj.name.clone(),
                });
            }
        }
        let mut got = Table::default();
        let mut stubs = Table::default();
        for r in &obj.relocations {
            if reloc::uses_got(r.kind) {
                let n = got.slots.len();
                got.slots.entry(r.symbol).or_insert(n);
            }
            if reloc::may_use_stub(r.kind) && obj.symbols[r.symbol.0 as usize].section.is_none() {
                let n = stubs.slots.len();
                stubs.slots.entry(r.symbol).or_insert(n);
            }
        }
        let mut totals = [0usize; 3];
        for s in &obj.sections {
            let i = match s.kind {
                SectionKind::Code => 0,
                SectionKind::ReadOnly => 1,
                SectionKind::ReadWrite => 2,
            };
            totals[i] = totals[i]
                .saturating_add(s.size as usize)
                .saturating_add(s.align as usize - 1);
        }
        totals[0] = totals[0].saturating_add(stubs.slots.len() * STUB_SIZE + STUB_SIZE);
        totals[1] = totals[1].saturating_add(got.slots.len() * 8 + 8);
        let mem = |e| LinkError::Memory {
            object: obj.name.clone(),
            source: e,
        };
        mm.reserve(totals[0], totals[1], totals[2]).map_err(mem)?;
        let placed = (|| {
            let mut sections = Vec::with_capacity(obj.sections.len());
            for s in &obj.sections {
                let p = mm.allocate(s.kind, s.size as usize, s.align as usize, owner, &s.name)?;
                // SAFETY: the manager gave `s.size` writable bytes at `p.local` (validate()
                // checked that `s.data` fits in them); nothing else uses them yet.
                unsafe {
                    std::ptr::copy_nonoverlapping(s.data.as_ptr(), p.local.as_ptr(), s.data.len());
                    std::ptr::write_bytes(
                        p.local.as_ptr().add(s.data.len()),
                        0,
                        s.size as usize - s.data.len(),
                    );
                }
                sections.push(p);
            }
            if !got.slots.is_empty() {
                got.place = Some(mm.allocate(
                    SectionKind::ReadOnly,
                    got.slots.len() * 8,
                    8,
                    owner,
                    ".got",
                )?);
            }
            if !stubs.slots.is_empty() {
                stubs.place = Some(mm.allocate(
                    SectionKind::Code,
                    stubs.slots.len() * STUB_SIZE,
                    16,
                    owner,
                    ".stubs",
                )?);
            }
            Ok(sections)
        })();
        let sections = match placed {
            Ok(s) => s,
            Err(e) => {
                mm.release(owner);
                return Err(mem(e));
            }
        };
        self.stats.objects_loaded += 1;
        self.stats.got_entries += got.slots.len() as u64;
        self.stats.stubs += stubs.slots.len() as u64;
        let mut defined: HashMap<String, SymbolIndex> = HashMap::new();
        for (i, sym) in obj.symbols.iter().enumerate() {
            if sym.section.is_none() || sym.name.is_empty() {
                continue;
            }
            let index = SymbolIndex(i as u32);
            match defined.get(&sym.name) {
                Some(&prev) if obj.symbols[prev.0 as usize].binding == Binding::Local => {}
                Some(_) if sym.binding != Binding::Local => {}
                _ => {
                    defined.insert(sym.name.clone(), index);
                }
            }
        }
        let loaded = Loaded {
            obj,
            sections,
            got,
            stubs,
            resolved: false,
            eh_frames: Vec::new(),
            reported: None,
            init: Vec::new(),
            fini: Vec::new(),
            defined,
            scope,
        };
        Self::export(&mut self.exports, owner, &loaded);
        self.objects.insert(owner, loaded);
        Ok(())
    }

    fn export(exports: &mut HashMap<String, Export>, owner: ModuleId, l: &Loaded) {
        if l.scope.is_some() {
            return;
        }
        for sym in &l.obj.symbols {
            let Some(si) = sym.section else { continue };
            if sym.name.is_empty() || sym.binding == Binding::Local {
                continue;
            }
            let weak = sym.binding == Binding::Weak;
            let address = l.sections[si.0 as usize].target + sym.offset;
            match exports.get(&sym.name) {
                Some(e) if weak || !e.weak => {}
                _ => {
                    exports.insert(
                        sym.name.clone(),
                        Export {
                            owner,
                            address,
                            weak,
                        },
                    );
                }
            }
        }
    }

    /// Names that relocations of not-yet-resolved objects need and that neither the loaded
    /// objects nor the global mappings define (the process may still). An engine uses this to
    /// find modules it has not compiled yet.
    pub fn unresolved_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for l in self.objects.values().filter(|l| !l.resolved) {
            for r in &l.obj.relocations {
                let sym = &l.obj.symbols[r.symbol.0 as usize];
                if sym.section.is_some() || sym.name.is_empty() {
                    continue;
                }
                if !l.defined.contains_key(&sym.name)
                    && !self.exports.contains_key(&sym.name)
                    && !self.mappings.contains_key(&sym.name)
                    && seen.insert(&sym.name)
                {
                    out.push(sym.name.clone());
                }
            }
        }
        out
    }

    /// Applies the relocations of every loaded object not resolved yet (GOT slots and stubs
    /// included). Call before the memory manager's `finalize`. An object whose symbols do not
    /// all resolve is left untouched and reported; resolving can be retried later (after a
    /// global mapping or another object was added).
    pub fn resolve(&mut self) -> Result<(), LinkError> {
        let owners: Vec<ModuleId> = self
            .objects
            .iter()
            .filter(|(_, l)| !l.resolved)
            .map(|(&o, _)| o)
            .collect();
        let mut outside: Vec<(String, bool)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for o in &owners {
            let l = &self.objects[o];
            for sym in &l.obj.symbols {
                if sym.section.is_none()
                    && !sym.name.is_empty()
                    && !l.defined.contains_key(&sym.name)
                    && !self.exports.contains_key(&sym.name)
                    && !self.mappings.contains_key(&sym.name)
                    && seen.insert((sym.name.as_str(), sym.binding == Binding::Weak))
                {
                    outside.push((sym.name.clone(), sym.binding == Binding::Weak));
                }
            }
        }
        if !outside.is_empty() {
            self.process.prefetch(&outside);
        }
        for owner in owners {
            self.resolve_one(owner)?;
        }
        Ok(())
    }

    /// The engine-wide definition a weak definition named `name` of `owner` yields to: a
    /// strong one anywhere, or the first weak one loaded (as a static linker keeps the
    /// first of several weak, `linkonce_odr` or comdat definitions), when it is not
    /// `owner`'s own.
    fn prevailing(&self, owner: ModuleId, name: &str) -> Option<u64> {
        self.exports
            .get(name)
            .filter(|e| e.owner != owner)
            .map(|e| e.address)
    }

    /// The address a symbol of `owner`'s object stands for; `None` when it resolves nowhere.
    fn symbol_value(&mut self, owner: ModuleId, index: SymbolIndex) -> Option<u64> {
        let l = &self.objects[&owner];
        let sym = &l.obj.symbols[index.0 as usize];
        if let Some(si) = sym.section {
            if sym.binding == Binding::Weak
                && l.scope.is_none()
                && let Some(a) = self.prevailing(owner, &sym.name)
            {
                return Some(a);
            }
            return Some(l.sections[si.0 as usize].target + sym.offset);
        }
        if sym.name.is_empty() {
            // ELF relocations against symbol 0 use the absolute value 0.
            return Some(0);
        }
        // Same object by name, locals first.
        if let Some(s) = l
            .defined
            .get(&sym.name)
            .map(|&i| &l.obj.symbols[i.0 as usize])
        {
            if s.binding == Binding::Weak
                && l.scope.is_none()
                && let Some(a) = self.prevailing(owner, &sym.name)
            {
                return Some(a);
            }
            return Some(l.sections[s.section.map_or(0, |s| s.0 as usize)].target + s.offset);
        }
        if let Some(scope) = l.scope {
            // Replacement code sees its scope's definitions, local ones included; a weak
            // one of them yields as it does for the scope itself.
            let weak_in_scope = self.objects.get(&scope).is_some_and(|sl| {
                sl.defined
                    .get(&sym.name)
                    .is_some_and(|&i| sl.obj.symbols[i.0 as usize].binding == Binding::Weak)
            });
            let prevailing = weak_in_scope
                .then(|| self.prevailing(scope, &sym.name))
                .flatten();
            if let Some(a) = prevailing.or_else(|| self.symbol_address(scope, &sym.name)) {
                return Some(a);
            }
        }
        if let Some(e) = self.exports.get(&sym.name) {
            return Some(e.address);
        }
        if let Some(&a) = self.mappings.get(&sym.name) {
            return Some(a);
        }
        let weak = sym.binding == Binding::Weak;
        let name = sym.name.clone();
        match self.process.lookup(&name, weak) {
            Some(a) => Some(a),
            None if weak => Some(0),
            None => None,
        }
    }

    /// Applies the relocations of `owner`'s object alone (see [`Linker::resolve`]); nothing
    /// to do when it is resolved already or not loaded.
    pub fn resolve_owner(&mut self, owner: ModuleId) -> Result<(), LinkError> {
        match self.objects.get(&owner) {
            Some(l) if !l.resolved => self.resolve_one(owner),
            _ => Ok(()),
        }
    }

    fn resolve_one(&mut self, owner: ModuleId) -> Result<(), LinkError> {
        // Pass 1: every symbol value, before anything is written.
        let mut values: HashMap<SymbolIndex, u64> = HashMap::new();
        let places: Vec<(SymbolIndex, SectionIndex, u64)> = self.objects[&owner]
            .obj
            .relocations
            .iter()
            .map(|r| (r.symbol, r.section, r.offset))
            .collect();
        for (s, section, offset) in places {
            if let std::collections::hash_map::Entry::Vacant(v) = values.entry(s) {
                let Some(value) = self.symbol_value(owner, s) else {
                    let obj = &self.objects[&owner].obj;
                    return Err(LinkError::UndefinedSymbol {
                        symbol: obj.symbols[s.0 as usize].name.clone(),
                        module: obj.name.clone(),
                        referenced_from: enclosing_symbol(obj, section, offset),
                        searched: self.process.searched(),
                    });
                };
                v.insert(value);
            }
        }
        // Pass 2: GOT slots, stubs, relocations.
        let arch = self.arch;
        let l = self
            .objects
            .get_mut(&owner)
            .expect("owner was listed as loaded");
        if let Some(place) = l.got.place {
            for (sym, &slot) in &l.got.slots {
                // SAFETY: the GOT allocation holds 8 bytes per slot and is writable until
                // finalize, which the engine calls only after resolving.
                unsafe {
                    place
                        .local
                        .as_ptr()
                        .add(slot * 8)
                        .cast::<u64>()
                        .write_unaligned(values[sym])
                };
            }
        }
        if let Some(place) = l.stubs.place {
            for (sym, &slot) in &l.stubs.slots {
                // SAFETY: the stub allocation holds STUB_SIZE bytes per slot, writable until
                // finalize.
                let b = unsafe {
                    std::slice::from_raw_parts_mut(
                        place.local.as_ptr().add(slot * STUB_SIZE),
                        STUB_SIZE,
                    )
                };
                reloc::write_stub(arch, b, values[sym]);
            }
        }
        let mut stub_calls = 0;
        for r in &l.obj.relocations {
            let section = l.sections[r.section.0 as usize];
            let p = section.target + r.offset;
            let mut s = values[&r.symbol];
            if reloc::may_use_stub(r.kind)
                && !reloc::branch_reaches(r.kind, s, r.addend, p)
                && let (Some(place), Some(&slot)) = (l.stubs.place, l.stubs.slots.get(&r.symbol))
            {
                s = place.target + (slot * STUB_SIZE) as u64;
                stub_calls += 1;
            }
            let g = match (l.got.place, l.got.slots.get(&r.symbol)) {
                (Some(place), Some(&slot)) => place.target + slot as u64 * 8,
                _ => 0,
            };
            // SAFETY: validate() checked offset + width ≤ section size; the section is
            // writable until finalize.
            let b = unsafe {
                std::slice::from_raw_parts_mut(
                    section.local.as_ptr().add(r.offset as usize),
                    reloc::width(r.kind),
                )
            };
            reloc::apply(
                r.kind,
                b,
                Inputs {
                    s,
                    a: r.addend,
                    p,
                    g,
                },
            )
            .map_err(|u| {
                let sym = &l.obj.symbols[r.symbol.0 as usize];
                let sec = &l.obj.sections[r.section.0 as usize];
                let symbol = if sym.name.is_empty() {
                    sym.section
                        .and_then(|i| l.obj.sections.get(i.0 as usize))
                        .map_or_else(
                            || "<absolute>".to_string(),
                            |s| format!("<section {}>", s.name),
                        )
                } else {
                    sym.name.clone()
                };
                LinkError::Overflow {
                    object: l.obj.name.clone(),
                    section: sec.name.clone(),
                    offset: r.offset,
                    kind: r.kind,
                    symbol,
                    value: u.value,
                    why: u.why,
                }
            })?;
        }
        // Constructors and destructors, read while the data is still writable and local.
        let mut inits: Vec<(u32, usize)> = Vec::new();
        let mut finis: Vec<(u32, usize)> = Vec::new();
        for (i, s) in l.obj.sections.iter().enumerate() {
            if let Some(p) = array_priority(&s.name, ".init_array") {
                inits.push((p, i));
            } else if let Some(p) = array_priority(&s.name, ".fini_array") {
                finis.push((p, i));
            }
        }
        inits.sort();
        finis.sort();
        let read = |list: &[(u32, usize)]| -> Vec<(u32, u64)> {
            let mut out = Vec::new();
            for &(priority, i) in list {
                let place = l.sections[i];
                for k in 0..l.obj.sections[i].size as usize / 8 {
                    // SAFETY: k*8+8 ≤ the section's size; the bytes are initialized.
                    let f = unsafe {
                        place
                            .local
                            .as_ptr()
                            .add(k * 8)
                            .cast::<u64>()
                            .read_unaligned()
                    };
                    if f != 0 && f != u64::MAX {
                        out.push((priority, f));
                    }
                }
            }
            out
        };
        l.init = read(&inits);
        l.fini = read(&finis);
        // Unwind tables of code that runs in this process, written and relocated above.
        if !self.code_runs_here {
            for (i, s) in l.obj.sections.iter().enumerate() {
                if s.name == ".eh_frame" && s.size >= 4 {
                    self.foreign_eh_frames.push((owner, l.sections[i].target));
                }
            }
        } else {
            for (i, s) in l.obj.sections.iter().enumerate() {
                if s.name == ".eh_frame" && s.size >= 4 {
                    // SAFETY: the backends and the ELF loader end every `.eh_frame` with a
                    // zero length word; the section stays mapped until `remove` or drop,
                    // which drop the registration first.
                    let r = unsafe { EhFrameRegistration::register(l.sections[i].target) };
                    l.eh_frames.extend(r);
                }
            }
        }
        l.resolved = true;
        self.stats.relocations += l.obj.relocations.len() as u64;
        self.stats.stub_calls += stub_calls;
        Ok(())
    }

    /// Constructors of `owner`'s object (`.init_array*` entries) as (priority, address),
    /// in the order to run them: by priority, lowest first, then in array order. Entries
    /// without a priority (`.init_array`) have [`DEFAULT_PRIORITY`]. An engine running
    /// several objects merges their lists by priority, keeping this order for equal ones.
    pub fn init_functions(&self, owner: ModuleId) -> &[(u32, u64)] {
        self.objects.get(&owner).map_or(&[], |l| &l.init)
    }

    /// Destructors of `owner`'s object (`.fini_array*` entries) as (priority, address) in
    /// array order: by priority, lowest first. They run backwards (highest priority number
    /// and last entry first), after merging every object's list as for constructors.
    pub fn fini_functions(&self, owner: ModuleId) -> &[(u32, u64)] {
        self.objects.get(&owner).map_or(&[], |l| &l.fini)
    }

    /// Address of a global symbol defined by one of the loaded objects.
    pub fn exported(&self, name: &str) -> Option<u64> {
        self.exports.get(name).map(|e| e.address)
    }

    /// Address of `name` as the linker would resolve an undefined reference to it: the
    /// objects' global symbols, then the global mappings, then the process.
    pub fn lookup(&mut self, name: &str) -> Option<u64> {
        if let Some(a) = self
            .exported(name)
            .or_else(|| self.mappings.get(name).copied())
        {
            return Some(a);
        }
        self.process.lookup(name, false)
    }

    /// Address of a symbol defined by `owner`'s object, local symbols included.
    pub fn symbol_address(&self, owner: ModuleId, name: &str) -> Option<u64> {
        let l = self.objects.get(&owner)?;
        let s = &l.obj.symbols[l.defined.get(name)?.0 as usize];
        Some(l.sections[s.section?.0 as usize].target + s.offset)
    }

    /// The owner of the object whose sections contain `address` (its GOT and stubs
    /// included).
    pub fn owner_of(&self, address: u64) -> Option<ModuleId> {
        self.objects.iter().find_map(|(&owner, l)| {
            let sizes = l.obj.sections.iter().map(|s| s.size);
            let got = l.got.place.map(|p| (p, l.got.slots.len() as u64 * 8));
            let stubs = l
                .stubs
                .place
                .map(|p| (p, (l.stubs.slots.len() * STUB_SIZE) as u64));
            let mut ranges = l
                .sections
                .iter()
                .copied()
                .zip(sizes)
                .chain(got)
                .chain(stubs);
            ranges
                .any(|(p, size)| address >= p.target && address < p.target + size.max(1))
                .then_some(owner)
        })
    }

    /// The function (and source position, when the object has debug information) whose
    /// code holds `address`, in any loaded object; `None` for an address outside every
    /// object's code sections (data, and the linker's GOT and call stubs: no function).
    /// See [`crate::symbolize`] for the rules. The module named is the object's; for
    /// replacement code loaded with [`Linker::load_private`], the object it replaces code
    /// of. Takes no lock and allocates only the result.
    pub fn symbolize(&self, address: u64) -> Option<SymbolInfo> {
        self.objects.values().find_map(|l| {
            let (index, p) = l.sections.iter().enumerate().find(|(i, p)| {
                let s = &l.obj.sections[*i];
                s.kind == SectionKind::Code
                    && p.target != 0
                    && address >= p.target
                    && address - p.target < s.size
            })?;
            let module = l
                .scope
                .and_then(|s| self.objects.get(&s))
                .map_or(l.obj.name.as_str(), |s| s.obj.name.as_str());
            symbolize_in_object(
                &l.obj,
                module,
                SectionIndex(index as u32),
                address - p.target,
            )
        })
    }

    /// Address where section `index` of `owner`'s object was placed.
    pub fn section_address(&self, owner: ModuleId, index: SectionIndex) -> Option<u64> {
        Some(
            self.objects
                .get(&owner)?
                .sections
                .get(index.0 as usize)?
                .target,
        )
    }

    /// The object loaded for `owner`.
    pub fn object(&self, owner: ModuleId) -> Option<&CompiledObject> {
        self.objects.get(&owner).map(|l| &l.obj)
    }

    /// Forgets `owner`'s object and its symbols and releases its memory through `mm`.
    /// Other objects that were resolved against its symbols keep stale addresses: remove
    /// or do not call them (as with MCJIT). Returns the object, if one was loaded.
    pub fn remove(
        &mut self,
        owner: ModuleId,
        mm: &mut dyn MemoryManager,
    ) -> Option<CompiledObject> {
        let mut l = self.objects.remove(&owner)?;
        // Listeners and the unwinder forget the code before its memory goes.
        if let Some(key) = l.reported {
            self.listeners.freed(key);
        }
        l.eh_frames.clear();
        mm.release(owner);
        self.exports.clear();
        for (&o, other) in &self.objects {
            Self::export(&mut self.exports, o, other);
        }
        Some(l.obj)
    }
}

impl Drop for Linker {
    /// Listeners hear of every reported object's end while its memory is still there (the
    /// memory manager, which owns it, outlives the linker in every engine).
    fn drop(&mut self) {
        for l in self.objects.values() {
            if let Some(key) = l.reported {
                self.listeners.freed(key);
            }
        }
    }
}
