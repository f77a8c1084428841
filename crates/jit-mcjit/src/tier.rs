//! Tiered execution: tier-0 code that counts, entry stubs that make every function
//! replaceable, and the background thread that recompiles hot functions with the optimizing
//! pipeline and switches their callers to the new code.
//!
//! # How a function is replaced
//! A module compiled for tiering is tier-0 code with counters
//! ([`jit_core::backend::TIER_COUNTERS_SYMBOL`]). Before it is loaded, [`add_entry_stubs`]
//! gives every defined function an entry stub, `jmp [slot]` (x86-64) or `adrp/ldr/br x16`
//! (AArch64), and a slot in a writable `.tier.slots` section that holds the address of the
//! function's tier-0 body. The function's symbols move to the stub, so every call, every
//! address taken (data initializers, `LLVMGetFunctionAddress`) and every alias goes through
//! it, and the address handed out never changes. Replacing a function is one aligned
//! 8-byte atomic store into its slot: calls that start afterwards run the new code, calls
//! already in the old body finish there (no stop-the-world), and no code is ever patched, so
//! every memory manager works, W^X included.
//!
//! # When
//! Tier-0 code decrements its function's counter on entry and at each loop header; at zero
//! it calls [`tier_up`], which only queues a request (and parks the counter far from zero).
//! The engine's compile thread takes requests in order: on the first one of a module it
//! copies the module's IR; for each request it runs the tier-up level's pipeline on the
//! requested function and its callees two calls deep (each function once: a large module is
//! never optimized as a whole, so the first replacement comes quickly), then compiles the
//! requested function alone ([`Backend::compile_functions`]) and links it privately against the module's object
//! ([`jit_link::Linker::load_private`]): its references reach the module's own globals and
//! functions, internal ones included, so state is shared with the tier-0 code. The new code
//! is published once the memory manager has finalized it; if the engine has code loaded but
//! not finalized at that moment (finalizing would freeze it before relocation), publication
//! waits for the engine's next finalize.
//!
//! A function whose replacement cannot be compiled (the backend refuses it, a symbol does not
//! resolve) keeps its tier-0 code: tiering never makes a working program fail.
//!
//! # Functions whose blocks' addresses are taken
//! Data holds addresses into their code (`blockaddress`, computed `goto` tables), so they get
//! no stub and can never be replaced. Tiering compiles them optimized from the start
//! instead: the engine runs the tier-up level's IR pipeline on them alone before the first
//! compile, and the backend gives them its optimizing tier (with no counters). They are
//! typically an interpreter's dispatch loop, whose program runs in one long call.
//!
//! # `main`
//! A program's `main` runs once, so tier-up could never reach it: its loops move to
//! optimized code by on-stack replacement (below) like any function's. Only a looping
//! `main` that tier 0 cannot leave mid-loop (vector code, say) is compiled by the
//! optimizing tier before `run_main` calls it (milliseconds, which short programs would
//! otherwise pay for nothing).
//!
//! # Loops that are running: on-stack replacement
//! A function called once whose time is one long loop would never reach its replacement. So
//! for every function the backend can leave mid-loop (`codegen_dynasm::tierup::osr_eligible`:
//! scalars only, no `setjmp`, no legalization, ...), tier 0's checks call [`osr`]
//! (`__jit_osr`) instead of [`tier_up`]: at the entry it queues the replacement as usual but
//! keeps the counter going (a few thousand iterations between looks, fewer under a low
//! threshold); at a loop header it also queues an *OSR entry* for that header, and once the
//! entry is compiled hands it back. Tier-0 code then calls the entry with its frame pointer
//! and returns whatever it returns, as its own result. The entry is a new function made from
//! the body tier 0 compiled (`jit_opt::osr::build_entry`): it reads the values live at the
//! header from tier 0's frame, where [`Backend::tier0_frame`] says they are, and runs the
//! rest of the function through the same pipeline and optimizing tier as a replacement. The
//! tier-0 frame stays below the entry's until it returns, so static allocas stay where
//! pointers to them may point. An entry that cannot be made parks the counter: that loop
//! finishes in tier 0.
//!
//! # What event listeners see
//! Profilers and debuggers name code by symbols, and tiering moves them: a function's
//! symbols sit on its entry stub, its tier-0 body is anonymous and its replacement is
//! defined as `name.tier-up` (so that only calls reach it). Listeners are shown the real
//! name for each body anyway ([`jit_link::Linker::rename_for_listeners`], which leaves
//! resolution alone): the tier-0 body and the replacement as the function's name, the stub
//! under that name too, an OSR entry as `name.osr.N`. Each replacement is an object of its
//! own, reported when it is finalized (by the compile thread, or by the engine's next
//! finalize when publication waits for it) and freed with its module.
//!
//! # Not done
//! Replaced tier-0 code is freed with its module, not earlier. Functions that need
//! legalization (vector code) or keep aggregates in slots get no OSR entries.

use crate::engine::Core;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::engine::TierStats;
use jit_core::ir::{ConstKind, FuncId, Module};
use jit_core::memory::{ModuleId, SectionKind};
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

/// How an engine tiers.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct TierPolicy {
    /// Calls plus loop iterations of a function before it is recompiled.
    pub threshold: u32,
    /// The OptLevel of replacement code (1–3): the IR pipeline and the backend's level.
    pub level: u8,
    /// The thread whose counter ran out waits until the replacement is compiled (or
    /// refused), so its next call runs it: deterministic tier-up for tests. Off by default:
    /// normally nothing waits for the compile thread.
    pub synchronous: bool,
}

impl Default for TierPolicy {
    fn default() -> Self {
        TierPolicy {
            threshold: DEFAULT_THRESHOLD,
            level: 2,
            synchronous: false,
        }
    }
}

/// The default threshold: a function that loops or is called this often has run for
/// roughly as long as optimizing it takes (measured in docs/benchmarks-internal.md).
pub const DEFAULT_THRESHOLD: u32 = 2000;

/// The entry stubs and slots of one object (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct EntryStubs {
    /// The `.tier.slots` section.
    slots: Option<SectionIndex>,
    /// Function name → slot number.
    slot_of: HashMap<String, u32>,
    /// The anonymous symbol at each body with the name of its function, for the engine to
    /// give event listeners ([`jit_link::Linker::rename_for_listeners`]): a profiler shows
    /// the body's code under the function's name, the stub under the name itself.
    pub(crate) body_names: Vec<(SymbolIndex, String)>,
}

const X64_STUB: usize = 8;
const A64_STUB: usize = 16;

/// Moves every defined function of `module` behind an entry stub in `obj` (see the module
/// documentation). Functions without a symbol in `obj` are left alone.
pub(crate) fn add_entry_stubs(obj: &mut CompiledObject, module: &Module) -> EntryStubs {
    // Bodies by place: aliases sit at their aliasee's place and share its stub.
    let mut bodies: Vec<(SectionIndex, u64)> = Vec::new();
    // The first function found at each body (its size and name), for listeners.
    let mut body_info: Vec<(u64, String)> = Vec::new();
    let mut body_of_place: HashMap<(SectionIndex, u64), u32> = HashMap::new();
    let mut slot_of = HashMap::new();
    let functions: HashMap<&str, &ObjSymbol> = obj
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::Function && s.section.is_some())
        .map(|s| (s.name.as_str(), s))
        .collect();
    // Relocations for block addresses are made against the function's symbol with the
    // block's offset as addend: such functions keep their symbol on the body, and no stub
    // (their code cannot be replaced anyway, since data holds addresses into it).
    let blocks_taken = never_replaced(module);
    for (f, func) in module.functions.iter() {
        if func.body.is_none() || blocks_taken.contains(&f) {
            continue;
        }
        let Some(sym) = functions.get(&*func.name) else {
            continue;
        };
        let Some(section) = sym.section else { continue };
        let place = (section, sym.offset);
        let n = *body_of_place.entry(place).or_insert_with(|| {
            bodies.push(place);
            body_info.push((sym.size, func.name.to_string()));
            bodies.len() as u32 - 1
        });
        slot_of.insert(func.name.to_string(), n);
    }
    if bodies.is_empty() {
        return EntryStubs::default();
    }
    let stub_size = match obj.arch {
        Arch::X86_64 => X64_STUB,
        Arch::AArch64 => A64_STUB,
    };
    let stubs = obj.add_section(ObjSection {
        name: ".tier.stubs".into(),
        kind: SectionKind::Code,
        align: 16,
        data: Vec::with_capacity(bodies.len() * stub_size),
        size: (bodies.len() * stub_size) as u64,
    });
    let slots = obj.add_section(ObjSection {
        name: ".tier.slots".into(),
        kind: SectionKind::ReadWrite,
        align: 8,
        data: vec![0; bodies.len() * 8],
        size: (bodies.len() * 8) as u64,
    });
    let anonymous = |section, offset| ObjSymbol {
        name: String::new(),
        section: Some(section),
        offset,
        size: 0,
        kind: SymbolKind::Unknown,
        binding: Binding::Local,
    };
    let slots_sym = obj.add_symbol(anonymous(slots, 0));
    let mut code = Vec::with_capacity(bodies.len() * stub_size);
    let mut body_names = Vec::with_capacity(bodies.len());
    for (n, (&(section, offset), (size, name))) in bodies.iter().zip(body_info).enumerate() {
        let body = obj.add_symbol(ObjSymbol {
            size,
            kind: SymbolKind::Function,
            ..anonymous(section, offset)
        });
        body_names.push((body, name));
        let stub_at = (n * stub_size) as u64;
        let slot_at = (n * 8) as i64;
        let reloc = |offset, kind, addend| Relocation {
            section: stubs,
            offset,
            kind,
            symbol: slots_sym,
            addend,
        };
        match obj.arch {
            Arch::X86_64 => {
                // jmp qword [rip + slot]; int3 int3
                code.extend_from_slice(&[0xff, 0x25, 0, 0, 0, 0, 0xcc, 0xcc]);
                obj.relocations
                    .push(reloc(stub_at + 2, RelocKind::Pc32, slot_at - 4));
            }
            Arch::AArch64 => {
                // adrp x16, slot; ldr x16, [x16, :lo12:slot]; br x16; nop
                for word in [0x9000_0010u32, 0xf940_0210, 0xd61f_0200, 0xd503_201f] {
                    code.extend_from_slice(&word.to_le_bytes());
                }
                obj.relocations
                    .push(reloc(stub_at, RelocKind::AdrPrelPgHi21, slot_at));
                obj.relocations.push(reloc(
                    stub_at + 4,
                    RelocKind::LdstAbsLo12Nc { shift: 3 },
                    slot_at,
                ));
            }
        }
        obj.relocations.push(Relocation {
            section: slots,
            offset: slot_at as u64,
            kind: RelocKind::Abs64,
            symbol: body,
            addend: 0,
        });
        // Every function symbol at the body (the function and its aliases) moves to the
        // stub; relocations name symbols by index, so they follow.
        for sym in obj.symbols.iter_mut() {
            if sym.section == Some(section)
                && sym.offset == offset
                && sym.kind == SymbolKind::Function
                && !sym.name.is_empty()
            {
                sym.section = Some(stubs);
                sym.offset = stub_at;
                sym.size = stub_size as u64;
            }
        }
    }
    obj.sections[stubs.0 as usize].data = code;
    EntryStubs {
        slots: Some(slots),
        slot_of,
        body_names,
    }
}

/// The name replacement code's definition of `name` gets, so that only calls reach it.
fn replacement_name(name: &str) -> String {
    format!("{name}.tier-up")
}

/// Prepares replacement code for `function` for linking in `function`'s module: calls keep
/// going straight to the new definition (recursion need not go through the stub), but every
/// other reference to the function (its address stored, compared, passed) is made against
/// an undefined symbol of the original name, which resolves to the module's stub: a
/// function has one address, whichever tier took it.
fn canonicalize_addresses(obj: &mut CompiledObject, function: &str) {
    let Some(def) = obj
        .symbols
        .iter()
        .position(|s| s.name == function && s.section.is_some())
    else {
        return;
    };
    obj.symbols[def].name = replacement_name(function);
    let mut outside = None;
    for i in 0..obj.relocations.len() {
        let r = &obj.relocations[i];
        let is_call = matches!(
            r.kind,
            RelocKind::Plt32 | RelocKind::Call26 | RelocKind::Jump26
        );
        if r.symbol.0 as usize != def || is_call {
            continue;
        }
        let undefined = *outside.get_or_insert_with(|| {
            obj.add_symbol(ObjSymbol {
                name: function.to_string(),
                section: None,
                offset: 0,
                size: 0,
                kind: SymbolKind::Function,
                binding: Binding::Global,
            })
        });
        obj.relocations[i].symbol = undefined;
    }
}

/// Levels of the call graph optimized for a request: the function and its callees two
/// calls deep, so that callees are measured, and inlined, in their optimized form.
const INLINE_DEPTH: usize = 3;
/// At most this many functions go through the pipeline for one request.
const MAX_OPTIMIZED_TOGETHER: usize = 24;

/// What the engine keeps for a module compiled for tiering.
pub(crate) struct Tiered {
    /// The IR as tier 0 compiled it.
    module: Arc<Module>,
    stubs: EntryStubs,
    /// The tier-up thread's copy of the IR, in which the functions of `optimized` went
    /// through the tier-up pipeline: made on the first request; out of here while the
    /// thread works on it; gone for good when the pipeline failed.
    working: Option<Module>,
    optimized: HashSet<FuncId>,
    broken: bool,
    /// Objects of replacement code, freed with the module.
    pub(crate) children: Vec<ModuleId>,
    /// Functions already requested (by `FuncId` index).
    requested: HashSet<u32>,
}

/// Replacement code linked while the engine had unfinalized code, to publish after the
/// engine's next finalize.
pub(crate) struct Unpublished {
    pub(crate) parent: u32,
    child: ModuleId,
    name: String,
}

/// Tiering state kept with the linker and the memory manager (under the same lock).
#[derive(Default)]
pub(crate) struct TierState {
    pub(crate) modules: HashMap<u32, Tiered>,
    pub(crate) unpublished: Vec<Unpublished>,
    next_child: u32,
    pub(crate) stats: TierStats,
}

/// Owners of replacement objects are numbered from here, away from module handles.
const CHILD_BASE: u32 = 0x8000_0000;

impl TierState {
    /// Starts tracking module `id`, whose object `add_entry_stubs` gave `stubs`.
    pub(crate) fn add(&mut self, id: u32, module: Arc<Module>, stubs: EntryStubs) {
        self.modules.insert(
            id,
            Tiered {
                module,
                stubs,
                working: None,
                optimized: HashSet::new(),
                broken: false,
                children: Vec::new(),
                requested: HashSet::new(),
            },
        );
    }

    fn new_child(&mut self) -> ModuleId {
        self.next_child += 1;
        ModuleId(CHILD_BASE | (self.next_child & !CHILD_BASE))
    }
}

/// Writes the address of `u.child`'s code into `u.parent`'s slot for `u.name`. The code
/// must be finalized.
pub(crate) fn publish(core: &mut Core, u: &Unpublished) -> bool {
    let Some(t) = core.tier.modules.get(&u.parent) else {
        return false;
    };
    let (Some(section), Some(&n)) = (t.stubs.slots, t.stubs.slot_of.get(&u.name)) else {
        return false;
    };
    let (Some(code), Some(slots)) = (
        core.linker
            .symbol_address(u.child, &replacement_name(&u.name)),
        core.linker.section_address(ModuleId(u.parent), section),
    ) else {
        return false;
    };
    let slot = slots + u64::from(n) * 8;
    synchronize_instruction_fetch();
    // SAFETY: `slot` is an 8-byte-aligned slot of the writable `.tier.slots` section of a
    // loaded object (the engine runs the code it links, so target addresses are local); the
    // tier-0 stubs read it with single-copy-atomic 8-byte loads.
    unsafe { AtomicU64::from_ptr(slot as *mut u64).store(code, Ordering::Release) };
    core.tier.stats.published += 1;
    true
}

/// Makes every thread of the process fetch instructions anew before it can reach freshly
/// published code. On AArch64 the finalizing thread's cache maintenance ends with its own
/// `isb`; another thread that jumps to the new code needs a context synchronization event
/// too (Arm ARM, "concurrent modification and execution of instructions"), which Linux's
/// `membarrier(PRIVATE_EXPEDITED_SYNC_CORE)` performs on all of them. Where the call is
/// not available (old kernels, emulators) the slot's data dependency is what remains, as in
/// most JITs. x86-64 needs nothing: its instruction fetch snoops stores, and new code is
/// never at an address a thread has fetched from before.
fn synchronize_instruction_fetch() {
    #[cfg(target_arch = "aarch64")]
    {
        const REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: libc::c_int = 1 << 6;
        const PRIVATE_EXPEDITED_SYNC_CORE: libc::c_int = 1 << 5;
        static REGISTERED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        let registered = *REGISTERED.get_or_init(|| {
            // SAFETY: membarrier takes two ints and touches no memory of ours.
            unsafe {
                libc::syscall(
                    libc::SYS_membarrier,
                    REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
                    0,
                ) == 0
            }
        });
        if registered {
            // SAFETY: as above; registered, so the command is allowed.
            unsafe { libc::syscall(libc::SYS_membarrier, PRIVATE_EXPEDITED_SYNC_CORE, 0) };
        }
    }
}

/// Publishes what waited for a finalize; the engine calls this right after finalizing.
pub(crate) fn publish_pending(core: &mut Core) {
    let pending = std::mem::take(&mut core.tier.unpublished);
    for u in &pending {
        publish(core, u);
    }
}

/// A tier-up request: function `func` (a `FuncId` index) of module `module`; with `osr`,
/// its OSR entry at that loop header (an IR block number) instead.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
struct Request {
    module: u32,
    func: u32,
    osr: Option<u32>,
}

/// The request queue of one engine's compile thread.
#[derive(Default)]
pub(crate) struct Queue {
    state: Mutex<QueueState>,
    ready: Condvar,
}

#[derive(Default)]
struct QueueState {
    requests: VecDeque<Request>,
    shutdown: bool,
    /// Requests made so far, and served so far (in order).
    pushed: u64,
    served: u64,
    /// The compile thread is serving a request.
    busy: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Queue {
    /// Queues `r`; returns its ticket for [`Queue::wait_served`].
    fn push(&self, r: Request) -> u64 {
        let mut s = lock(&self.state);
        s.requests.push_back(r);
        s.pushed += 1;
        let ticket = s.pushed;
        drop(s);
        self.ready.notify_all();
        ticket
    }

    /// The next request; `None` once the engine shuts down.
    fn pop(&self) -> Option<Request> {
        let mut s = lock(&self.state);
        loop {
            if s.shutdown {
                return None;
            }
            if let Some(r) = s.requests.pop_front() {
                s.busy = true;
                return Some(r);
            }
            s = self.ready.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Marks the request taken last as served.
    fn done(&self) {
        let mut s = lock(&self.state);
        s.served += 1;
        s.busy = false;
        drop(s);
        self.ready.notify_all();
    }

    /// Waits until request `ticket` is served or the engine shuts down.
    fn wait_served(&self, ticket: u64) {
        let mut s = lock(&self.state);
        while s.served < ticket && !s.shutdown {
            s = self.ready.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Waits until every request made so far is served (or the engine shuts down).
    pub(crate) fn wait_all_served(&self) {
        let ticket = lock(&self.state).pushed;
        self.wait_served(ticket);
    }

    /// Stops the compile thread after its current request; true when it is serving one.
    pub(crate) fn shut_down(&self) -> bool {
        let mut s = lock(&self.state);
        s.shutdown = true;
        let busy = s.busy;
        drop(s);
        self.ready.notify_all();
        busy
    }

    fn is_shut_down(&self) -> bool {
        lock(&self.state).shutdown
    }

    /// Requests function `func` of module `module` and waits until it is served.
    pub(crate) fn request_and_wait(&self, module: u32, func: FuncId) {
        let ticket = self.push(Request {
            module,
            func: func.as_u32(),
            osr: None,
        });
        self.wait_served(ticket);
    }
}

/// The functions of `m` whose blocks' addresses are taken: they never get entry stubs (data
/// holds addresses into their code), so tiering compiles them optimized from the start.
pub(crate) fn never_replaced(m: &Module) -> HashSet<FuncId> {
    m.consts
        .values()
        .filter_map(|c| match c.kind {
            ConstKind::BlockAddress { func, .. } if m.functions[func].body.is_some() => Some(func),
            _ => None,
        })
        .collect()
}

/// Whether `f` has a loop.
pub(crate) fn has_loop(m: &Module, f: FuncId) -> bool {
    m.functions[f]
        .body
        .as_ref()
        .is_some_and(|body| body.layout_back_edge_targets().contains(&true))
}

/// Where a module's counters are, so [`tier_up`] can tell which function called.
struct Registration {
    start: u64,
    end: u64,
    engine: u64,
    module: u32,
    queue: Arc<Queue>,
    synchronous: bool,
    /// Loop iterations between two calls of `__jit_osr` while an entry is compiled.
    poll: u32,
}

static REGISTRY: Mutex<Vec<Registration>> = Mutex::new(Vec::new());

/// Routes counters at `[start, start + 4 * count)` to `queue` as module `module`'s.
pub(crate) fn register(
    engine: u64,
    module: u32,
    (start, count): (u64, usize),
    queue: &Arc<Queue>,
    policy: &TierPolicy,
) {
    lock(&REGISTRY).push(Registration {
        start,
        end: start + 4 * count as u64,
        engine,
        module,
        queue: queue.clone(),
        synchronous: policy.synchronous,
        poll: policy.threshold.clamp(1, OSR_POLL),
    });
}

/// Forgets the counters of `module` of `engine` (all of the engine's with `None`), and
/// its OSR entries.
pub(crate) fn unregister(engine: u64, module: Option<u32>) {
    let gone = |e: u64, m: u32| e == engine && module.is_none_or(|x| x == m);
    lock(&REGISTRY).retain(|r| !gone(r.engine, r.module));
    lock(&OSR_ENTRIES).retain(|k, _| !gone(k.engine, k.module));
}

/// An OSR entry: function `func` of module `module` of engine `engine`, entered at loop
/// header `block`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
struct OsrKey {
    engine: u64,
    module: u32,
    func: u32,
    block: u32,
}

/// Where an OSR entry stands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum OsrEntry {
    /// Requested from the compile thread.
    Pending,
    /// Compiled and finalized at this address.
    Ready(u64),
    /// It cannot be made: the loop stays in tier 0.
    Failed,
}

static OSR_ENTRIES: std::sync::LazyLock<Mutex<HashMap<OsrKey, OsrEntry>>> =
    std::sync::LazyLock::new(|| Mutex::new(HashMap::new()));

/// Loop iterations between two looks at an OSR entry being compiled (fewer when the tier-up
/// threshold is lower).
const OSR_POLL: u32 = 10_000;

fn osr_entry(key: &OsrKey) -> Option<OsrEntry> {
    lock(&OSR_ENTRIES).get(key).copied()
}

/// Records what became of a requested entry (unless its module went away meanwhile).
fn set_osr_entry(key: OsrKey, entry: OsrEntry) {
    if let Some(e) = lock(&OSR_ENTRIES).get_mut(&key) {
        *e = entry;
    }
}

/// The function a counter belongs to, and what its module's registration says, copied out
/// of the registry so that no lock is held while waiting for the compile thread (which
/// never takes the registry's lock while serving).
struct Owner {
    engine: u64,
    module: u32,
    func: u32,
    queue: Arc<Queue>,
    synchronous: bool,
    poll: u32,
}

fn owner_of(counter: *mut u32) -> Option<Owner> {
    let address = counter as u64;
    let registry = lock(&REGISTRY);
    let r = registry
        .iter()
        .find(|r| (r.start..r.end).contains(&address))?;
    Some(Owner {
        engine: r.engine,
        module: r.module,
        func: ((address - r.start) / 4) as u32,
        queue: r.queue.clone(),
        synchronous: r.synchronous,
        poll: r.poll,
    })
}

/// Sets a registered counter to `n` (`u32::MAX` parks it: it never reaches zero again).
fn park(counter: *mut u32, n: u32) {
    // SAFETY: `counter` lies in a registered counter array (its owner was found), which
    // stays mapped and writable while registered; it is 4-byte aligned.
    unsafe { AtomicU32::from_ptr(counter).store(n, Ordering::Relaxed) };
}

/// `__jit_osr`: called by tier-0 code whose counter reached zero in a function it may leave
/// in the middle of a loop (see [`jit_core::backend::OSR_SYMBOL`]): at loop header `block`,
/// or at the entry ([`jit_core::backend::OSR_AT_ENTRY`]). The first call queues the
/// function's replacement (later calls run it); the first at a header also queues the entry
/// there, and once it is compiled the loop's next look returns it and tier 0 continues in
/// it. Until then the counter is set to look again every few iterations (never parked while
/// a loop may still leave).
extern "C" fn osr(counter: *mut u32, block: u32, _frame: *mut u8) -> u64 {
    use jit_core::backend::OSR_AT_ENTRY;
    let Some(o) = owner_of(counter) else {
        return 0;
    };
    let key = |block| OsrKey {
        engine: o.engine,
        module: o.module,
        func: o.func,
        block,
    };
    // Each (function, block) is requested once: the first caller records it as pending.
    let first = |k: OsrKey| match lock(&OSR_ENTRIES).entry(k) {
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(OsrEntry::Pending);
            true
        }
        std::collections::hash_map::Entry::Occupied(_) => false,
    };
    let request = |osr| {
        o.queue.push(Request {
            module: o.module,
            func: o.func,
            osr,
        })
    };
    let mut tickets = Vec::new();
    // The function itself (its later calls run optimized code), then the entry.
    if first(key(OSR_AT_ENTRY)) {
        tickets.push(request(None));
    }
    if block != OSR_AT_ENTRY && first(key(block)) {
        tickets.push(request(Some(block)));
    }
    park(counter, o.poll);
    if o.synchronous {
        for t in tickets {
            o.queue.wait_served(t);
        }
    }
    if block == OSR_AT_ENTRY {
        return 0;
    }
    match osr_entry(&key(block)) {
        Some(OsrEntry::Ready(at)) => at,
        Some(OsrEntry::Failed) => {
            park(counter, u32::MAX);
            0
        }
        _ => 0,
    }
}

/// `__jit_tier_up`: called by tier-0 code whose counter reached zero.
extern "C" fn tier_up(counter: *mut u32) {
    let Some(o) = owner_of(counter) else {
        return;
    };
    // Parked far from zero, the counter never calls again.
    park(counter, u32::MAX);
    let ticket = o.queue.push(Request {
        module: o.module,
        func: o.func,
        osr: None,
    });
    if o.synchronous {
        o.queue.wait_served(ticket);
    }
}

/// The symbols tier-0 code needs from the engine.
pub(crate) fn mappings() -> Vec<(&'static str, u64)> {
    vec![
        (
            jit_core::backend::TIER_UP_SYMBOL,
            tier_up as extern "C" fn(*mut u32) as usize as u64,
        ),
        (
            jit_core::backend::OSR_SYMBOL,
            osr as extern "C" fn(*mut u32, u32, *mut u8) -> u64 as usize as u64,
        ),
    ]
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn trace(message: impl FnOnce() -> String) {
    if std::env::var_os("JIT_TRACE_TIER").is_some() {
        eprintln!("jit: tier-up: {}", message());
    }
}

/// What the compile thread needs.
pub(crate) struct Worker {
    pub(crate) core: Arc<Mutex<Core>>,
    pub(crate) backend: Arc<dyn Backend>,
    pub(crate) queue: Arc<Queue>,
    pub(crate) policy: TierPolicy,
    pub(crate) frame_pointers: bool,
    /// The engine's id (OSR entries are keyed by it).
    pub(crate) engine: u64,
}

impl Worker {
    /// Serves requests until the engine shuts down.
    pub(crate) fn run(self) {
        while let Some(r) = self.queue.pop() {
            self.serve(r);
            self.queue.done();
        }
    }

    fn core(&self) -> MutexGuard<'_, Core> {
        lock(&self.core)
    }

    fn serve(&self, r: Request) {
        let key = r.osr.map(|block| OsrKey {
            engine: self.engine,
            module: r.module,
            func: r.func,
            block,
        });
        let served = self.replace(r);
        if let Some(key) = key {
            // An entry not made stays made of nothing: the loop keeps running tier 0.
            set_osr_entry(
                key,
                match served {
                    Some(at) => OsrEntry::Ready(at),
                    None => OsrEntry::Failed,
                },
            );
        }
    }

    /// Compiles the replacement of a request's function, or its OSR entry, and publishes
    /// it; returns the address of the code (for an OSR entry, its finalized address).
    fn replace(&self, r: Request) -> Option<u64> {
        let started = Instant::now();
        let f = FuncId::from_u32(r.func);
        // The module's IR, and the working copy the tier-up pipeline runs on.
        let (module, name, working, mut optimized) = {
            let mut core = self.core();
            if r.osr.is_none() {
                core.tier.stats.requests += 1;
            }
            let t = core.tier.modules.get_mut(&r.module)?;
            // An OSR entry is requested once (its state says so); a function once.
            if (r.osr.is_none() && !t.requested.insert(r.func)) || t.broken {
                return None;
            }
            let name = t.module.functions.get(f).map(|f| f.name.to_string())?;
            let first = t.working.is_none() && t.optimized.is_empty();
            let taken = (
                t.module.clone(),
                name,
                t.working.take(),
                std::mem::take(&mut t.optimized),
            );
            if first {
                core.tier.stats.modules_optimized += 1;
            }
            taken
        };
        let failed = |why: String| {
            trace(|| format!("`{name}` stays in tier 0: {why}"));
            self.core().tier.stats.failed += 1;
            None
        };
        // The working copy goes back (or, broken, away) before anything can fail.
        let put_back = |working: Option<Module>, optimized: HashSet<FuncId>| {
            let mut core = self.core();
            if let Some(t) = core.tier.modules.get_mut(&r.module) {
                t.broken = working.is_none();
                t.working = working;
                t.optimized = optimized;
            }
        };
        // Bodies are copied into the working copy as requests need them: a large module is
        // never copied whole.
        let mut working = working.unwrap_or_else(|| module.clone_without_bodies());
        // What is compiled: the function, or a new function, its OSR entry, made from the
        // body tier 0 compiled (the working copy's may be optimized already).
        let (target, symbol) = match r.osr {
            None => (f, name.clone()),
            Some(block) => {
                let symbol = format!("{name}.osr.{block}");
                let made = match (
                    self.backend.tier0_frame(&module, f),
                    module.functions[f].body.as_ref(),
                ) {
                    (Some(homes), Some(body)) => jit_opt::osr::build_entry(
                        &mut working,
                        f,
                        body,
                        jit_core::ir::Block::from_u32(block),
                        &homes,
                        &symbol,
                    ),
                    _ => Err("the backend keeps no frame map for it".to_string()),
                };
                match made {
                    Ok(g) => (g, symbol),
                    Err(e) => {
                        put_back(Some(working), optimized);
                        return failed(format!("no OSR entry at block {block}: {e}"));
                    }
                }
            }
        };
        let materialize = |working: &mut Module, g: FuncId| {
            if working.functions[g].body.is_none()
                && let Some(body) = module.functions.get(g).and_then(|o| o.body.as_ref())
            {
                working.functions[g].body = Some(body.clone());
            }
        };
        // The function and the callees it may inline, two calls deep, go through the
        // pipeline (once each): the rest of a large module is never optimized.
        let mut set: HashSet<FuncId> = HashSet::new();
        let mut frontier = vec![target];
        for _ in 0..INLINE_DEPTH {
            let mut next = Vec::new();
            for g in frontier {
                materialize(&mut working, g);
                if working.functions[g].body.is_some()
                    && set.len() < MAX_OPTIMIZED_TOGETHER
                    && set.insert(g)
                {
                    next.extend(jit_opt::direct_callees(&working, g));
                }
            }
            frontier = next;
        }
        // The last level's callees may be inlined too.
        for g in frontier {
            materialize(&mut working, g);
        }
        set.retain(|g| !optimized.contains(g));
        let outcome = if set.is_empty() {
            Ok(())
        } else {
            optimized.extend(set.iter().copied());
            // The copy's functions without bodies are definitions the verifier would take
            // for malformed declarations: the function compiled is verified below instead.
            let options = jit_opt::PassOptions {
                respect_optnone: false,
                verify_each: false,
                only: Some(set),
                debug_logging: std::env::var_os("JIT_TIER_DEBUG_PASSES").is_some(),
                ..jit_opt::PassOptions::default()
            };
            jit_opt::optimize_with(&mut working, self.policy.level, &options)
        };
        if let Err(e) = outcome {
            put_back(None, optimized);
            return failed(format!("the tier-up pipeline failed: {e}"));
        }
        // A function the pipeline deleted (inlined into every caller) is left alone: only
        // tier-0 callers, which tier up too, still call it.
        if working.functions[target].body.is_none() {
            put_back(Some(working), optimized);
            return None;
        }
        if cfg!(debug_assertions)
            && let Err(e) = jit_core::verifier::verify_function(&working, target)
        {
            put_back(None, optimized);
            return failed(format!("the tier-up pipeline broke it: {e}"));
        }
        let options = CodegenOptions {
            opt_level: self.policy.level,
            frame_pointers: self.frame_pointers,
            tier_counters: None,
        };
        // Legal once, in the working copy, rather than in a module copy per compile; vector
        // code the backend compiles as it is stays.
        let keep = |m: &jit_core::ir::Module, f| self.backend.keeps_vectors(m, f, &options);
        if jit_legalize::needs_legalizing_keeping(&working, target, &keep)
            && let Err(e) = jit_legalize::legalize_function_in_place(&mut working, target)
        {
            put_back(None, optimized);
            return failed(e.to_string());
        }
        let optimized_at = Instant::now();
        let compiled = self
            .backend
            .compile_functions(&working, &options, &[target]);
        let compiled_at = Instant::now();
        put_back(Some(working), optimized);
        let mut obj = match compiled {
            Ok(o) => o,
            Err(e) => return failed(e.to_string()),
        };
        if r.osr.is_none() {
            canonicalize_addresses(&mut obj, &name);
        }
        // Listeners see the replacement under the function's own name.
        let definition = r
            .osr
            .is_none()
            .then(|| obj.find_symbol(&replacement_name(&name)))
            .flatten();
        let mut guard = self.core();
        let core = &mut *guard;
        if self.queue.is_shut_down() || !core.tier.modules.contains_key(&r.module) {
            return None;
        }
        let child = core.tier.new_child();
        let parent = ModuleId(r.module);
        if let Err(e) = core
            .linker
            .load_private(child, obj, core.mm.as_mut(), parent)
        {
            drop(guard);
            return failed(e.to_string());
        }
        if let Err(e) = core.linker.resolve_owner(child) {
            core.linker.remove(child, core.mm.as_mut());
            drop(guard);
            return failed(e.to_string());
        }
        if let Some(def) = definition {
            core.linker.rename_for_listeners(child, def, &name);
        }
        if let Some(t) = core.tier.modules.get_mut(&r.module) {
            t.children.push(child);
        }
        let at = if r.osr.is_some() {
            // An entry is only ever reached through `__jit_osr`, which needs it finalized
            // now: with other code waiting for the engine's finalize, it is given up.
            if core.dirty {
                drop(guard);
                return failed("the engine has code waiting for finalization".into());
            }
            if let Err(e) = core.mm.finalize() {
                drop(guard);
                return failed(format!("memory manager: {e}"));
            }
            core.linker.notify_loaded();
            synchronize_instruction_fetch();
            let Some(at) = core.linker.symbol_address(child, &symbol) else {
                drop(guard);
                return failed("the entry's symbol is missing".into());
            };
            core.tier.stats.osr_entries += 1;
            at
        } else {
            let u = Unpublished {
                parent: r.module,
                child,
                name: name.clone(),
            };
            if core.dirty {
                core.tier.unpublished.push(u);
            } else if let Err(e) = core.mm.finalize() {
                drop(guard);
                return failed(format!("memory manager: {e}"));
            } else {
                core.linker.notify_loaded();
                publish(core, &u);
            }
            0
        };
        drop(guard);
        trace(|| {
            format!(
                "`{symbol}` {} in {:.1} ms (pipeline {:.1}, code {:.1}, link {:.1})",
                if r.osr.is_some() { "made" } else { "replaced" },
                ms(started.elapsed()),
                ms(optimized_at - started),
                ms(compiled_at - optimized_at),
                ms(compiled_at.elapsed())
            )
        });
        Some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_function_object(arch: Arch) -> CompiledObject {
        let mut obj = CompiledObject::new(arch, "m");
        let text = obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            data: vec![0xc3; 32],
            size: 32,
        });
        for (name, offset) in [("f", 0), ("alias_of_f", 0), ("g", 16)] {
            obj.add_symbol(ObjSymbol {
                name: name.into(),
                section: Some(text),
                offset,
                size: 16,
                kind: SymbolKind::Function,
                binding: Binding::Global,
            });
        }
        obj
    }

    fn module() -> Module {
        jit_core::reader::parse_module(
            "define void @f() {\n  ret void\n}\ndefine void @g() {\n  ret void\n}\n\
             declare void @h()\n",
            "m.ll",
        )
        .expect("valid IR")
    }

    #[test]
    fn every_function_and_alias_moves_behind_one_stub_per_body() {
        for arch in [Arch::X86_64, Arch::AArch64] {
            let mut obj = one_function_object(arch);
            let stubs = add_entry_stubs(&mut obj, &module());
            assert_eq!(stubs.slot_of.len(), 2);
            assert_ne!(stubs.slot_of["f"], stubs.slot_of["g"]);
            let stub_section = SectionIndex(1);
            let at = |name: &str| {
                let s = obj.symbols.iter().find(|s| s.name == name).unwrap();
                (s.section, s.offset)
            };
            assert_eq!(at("f").0, Some(stub_section));
            assert_eq!(at("f"), at("alias_of_f"), "aliases share their body's stub");
            assert_ne!(at("f"), at("g"));
            // One Abs64 per slot, to the tier-0 body.
            let bodies: Vec<u64> = obj
                .relocations
                .iter()
                .filter(|r| r.kind == RelocKind::Abs64)
                .map(|r| obj.symbols[r.symbol.0 as usize].offset)
                .collect();
            assert_eq!(bodies, vec![0, 16]);
            let stub_bytes = obj.sections[1].data.len() as u64;
            assert_eq!(stub_bytes, obj.sections[1].size);
        }
    }

    #[test]
    fn objects_without_functions_get_no_sections() {
        let mut obj = CompiledObject::new(Arch::X86_64, "m");
        let stubs = add_entry_stubs(&mut obj, &module());
        assert!(stubs.slots.is_none());
        assert!(obj.sections.is_empty());
    }

    #[test]
    fn unknown_counters_are_ignored() {
        let mut c = 5u32;
        tier_up(&mut c);
        assert_eq!(c, 5);
    }
}
