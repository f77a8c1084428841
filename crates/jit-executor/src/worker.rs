//! The worker: the process that holds JIT memory and runs code for one host.
//!
//! [`Worker::handle`] checks a request against the worker's state and carries out
//! everything that does not run JIT code (memory, symbols, unwind registration, loading
//! libraries); requests that run code come back as an [`Action`] for [`serve`], which
//! runs them and answers. That split keeps the checks testable (and fuzzable) without
//! running anything.
//!
//! # Checks
//! - every write of a `Finalize` lies inside one allocated region that is not finalized
//!   yet, checked for all writes before any byte is written (an empty write, which writes
//!   nothing, is accepted anywhere);
//! - every `.eh_frame` address of `RegisterEhFrames` lies in a finalized region of that
//!   module, and its records (length words) end with a terminator inside that region;
//! - every placement the memory manager returns has the alignment asked for;
//! - a failed `Allocate` keeps nothing of what it allocated (when the module had nothing
//!   before it; otherwise the rest is freed with the module);
//! - `Release` drops the module's unwind registrations before its memory.
//!
//! Not checked: that a `Call`, `RunVoid` or `RunMain` address is code of the right
//! signature (a wrong one is the program's crash), and what a written byte means.

use crate::regions::{Region, Regions};
use crate::run::{self, Program};
use crate::runtime;
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use jit_link::EhFrameRegistration;
use jit_remote::launch::HANDSHAKE_TIMEOUT;
use jit_remote::{
    Connection, PROTOCOL_VERSION, RemoteError, Reply, Request, Setup, Value, ValueKind,
};
use std::collections::HashMap;

/// The target triple of this executor's code.
pub const TRIPLE: &str = if cfg!(target_arch = "aarch64") {
    "aarch64-unknown-linux-gnu"
} else {
    "x86_64-unknown-linux-gnu"
};

/// What the serving loop must do for a request.
#[derive(Debug)]
pub enum Action {
    /// Send this reply.
    Reply(Reply),
    /// Call the function (arguments checked) and answer with its result.
    Call {
        /// The function.
        address: u64,
        /// Its arguments.
        args: Vec<Value>,
        /// Its result type.
        ret: ValueKind,
    },
    /// Run these `void f(void)` functions in order, then answer `Done`.
    RunVoid(Vec<u64>),
    /// Run the program; the process ends with it.
    RunMain(Program),
    /// The host is done: end with status 0.
    Hangup,
    /// The request cannot be carried out and cannot be answered (a `RunMain` that is not
    /// runnable): end with status 1 after this message.
    Fail(String),
}

/// The state of one worker: the memory manager and what it handed out.
pub struct Worker {
    /// Unwind registrations by module. Dropped before the memory they point into.
    eh_frames: HashMap<u32, Vec<EhFrameRegistration>>,
    regions: Regions,
    manager: Box<dyn MemoryManager>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // A registration reads its section when dropped: before the manager frees it.
        self.eh_frames.clear();
    }
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("manager", &self.manager.name())
            .field("regions", &self.regions)
            .finish_non_exhaustive()
    }
}

fn error(message: impl Into<String>) -> Action {
    Action::Reply(Reply::Error {
        message: message.into(),
    })
}

fn kind_of(k: u8) -> Option<SectionKind> {
    Some(match k {
        0 => SectionKind::Code,
        1 => SectionKind::ReadOnly,
        2 => SectionKind::ReadWrite,
        _ => return None,
    })
}

impl Worker {
    /// A worker placing memory with `manager`.
    pub fn new(manager: Box<dyn MemoryManager>) -> Self {
        Worker {
            eh_frames: HashMap::new(),
            regions: Regions::default(),
            manager,
        }
    }

    /// What this executor tells the host about itself.
    pub fn setup(&self) -> Setup {
        // SAFETY: sysconf and getpid have no preconditions.
        let (page, pid) = unsafe { (libc::sysconf(libc::_SC_PAGESIZE), libc::getpid()) };
        Setup {
            version: PROTOCOL_VERSION,
            triple: TRIPLE.to_string(),
            page_size: u64::try_from(page).unwrap_or(4096),
            pid: pid as u32,
            memory_manager: self.manager.name().to_string(),
            bootstrap: runtime::symbols()
                .into_iter()
                .map(|(n, a)| (n.to_string(), a))
                .collect(),
        }
    }

    /// Checks `request` and carries it out when that runs no JIT code; otherwise says what
    /// to run. `RegisterEhFrames` and `LoadLibrary` act on the whole process (the
    /// unwinder's tables, the dynamic loader), which a fuzzer may want to leave out.
    pub fn handle(&mut self, request: Request) -> Action {
        match request {
            // A version mismatch still answers: the host decides.
            Request::Hello { .. } => Action::Reply(Reply::Setup(self.setup())),
            Request::Allocate { owner, regions } => self.allocate(owner, &regions),
            Request::Finalize { writes } => self.finalize(&writes),
            Request::RegisterEhFrames { owner, addresses } => {
                self.register_eh_frames(owner, &addresses)
            }
            Request::Release { owner } => {
                self.eh_frames.remove(&owner);
                self.manager.release(ModuleId(owner));
                let ranges = self.regions.remove_owner(owner);
                runtime::forget(&ranges);
                Action::Reply(Reply::Done)
            }
            Request::Lookup { names } => Action::Reply(Reply::Addresses {
                addresses: names.iter().map(|(n, weak)| lookup(n, *weak)).collect(),
            }),
            Request::LoadLibrary { library } => match load_library(&library) {
                Ok(()) => Action::Reply(Reply::Done),
                Err(e) => error(e),
            },
            Request::Call { address, args, ret } => match run::check_args(&args) {
                Ok(()) => Action::Call { address, args, ret },
                Err(e) => error(e),
            },
            Request::RunVoid { addresses } => Action::RunVoid(addresses),
            Request::RunMain {
                main,
                params,
                args,
                env,
                constructors,
                destructors,
            } => match Program::new(main, params, args, env, constructors, destructors) {
                Ok(p) => Action::RunMain(p),
                Err(e) => Action::Fail(format!("cannot run the program: {e}")),
            },
            Request::Hangup => Action::Hangup,
        }
    }

    fn allocate(&mut self, owner: u32, regions: &[jit_remote::Region]) -> Action {
        let had_memory = self.regions.owns_any(owner);
        let mut placed = Vec::with_capacity(regions.len());
        let mut failure = None;
        // The manager may group the sections better knowing the totals first.
        let mut totals = [0usize; 3];
        for r in regions {
            let i = usize::from(r.kind.min(2));
            totals[i] = totals[i].saturating_add(usize::try_from(r.size).unwrap_or(usize::MAX));
        }
        if let Err(e) = self.manager.reserve(totals[0], totals[1], totals[2]) {
            return error(e.to_string());
        }
        for r in regions {
            let (Some(kind), Ok(size), Ok(align), true) = (
                kind_of(r.kind),
                usize::try_from(r.size),
                usize::try_from(r.align),
                r.align.is_power_of_two(),
            ) else {
                failure = Some(format!(
                    "region `{}`: kind {}, size {}, alignment {} cannot be placed here",
                    r.name, r.kind, r.size, r.align
                ));
                break;
            };
            match self
                .manager
                .allocate(kind, size, align, ModuleId(owner), &r.name)
            {
                // Code placed off its alignment would run, wrongly: refuse it instead.
                // (mm-section aligns within its reservation, whose base is only
                // page-aligned, so alignments beyond that are not met.)
                Ok(p) if p.target % r.align != 0 => {
                    failure = Some(format!(
                        "memory manager `{}` placed region `{}` at {:#x}, which is not \
                         aligned to {}",
                        self.manager.name(),
                        r.name,
                        p.target,
                        r.align
                    ));
                    break;
                }
                Ok(p) => placed.push(Region {
                    owner,
                    kind,
                    target: p.target,
                    local: p.local,
                    size: r.size,
                    finalized: false,
                }),
                Err(e) => {
                    failure = Some(e.to_string());
                    break;
                }
            }
        }
        if let Some(message) = failure {
            // The manager frees by module only: a module that had memory before keeps
            // these placements (unrecorded, so never written) until it is released.
            if !had_memory {
                self.manager.release(ModuleId(owner));
            }
            return error(message);
        }
        let addresses = placed.iter().map(|r| r.target).collect();
        for r in placed {
            self.regions.insert(r);
        }
        Action::Reply(Reply::Allocated { addresses })
    }

    fn finalize(&mut self, writes: &[jit_remote::Write]) -> Action {
        let mut targets = Vec::with_capacity(writes.len());
        for w in writes {
            match self.regions.writable(w.address, w.bytes.len() as u64) {
                Ok(p) => targets.push(p),
                Err(e) => return error(e),
            }
        }
        for (w, p) in writes.iter().zip(targets) {
            // SAFETY: `p` is the local (writable) view of `w.bytes.len()` bytes inside one
            // region not finalized yet (checked above for every write), which nothing else
            // references while the worker runs this request.
            unsafe { std::ptr::copy_nonoverlapping(w.bytes.as_ptr(), p, w.bytes.len()) };
        }
        if let Err(e) = self.manager.finalize() {
            return error(e.to_string());
        }
        for (start, end) in self.regions.finalize_all() {
            runtime::code_finalized(start, end);
        }
        Action::Reply(Reply::Done)
    }

    /// The checks of `RegisterEhFrames` without registering anything: every section lies
    /// in a finalized region of `owner` and is terminated inside it.
    pub fn check_eh_frames(&self, owner: u32, addresses: &[u64]) -> Result<(), String> {
        addresses
            .iter()
            .try_for_each(|&a| self.check_eh_frame(owner, a))
    }

    fn register_eh_frames(&mut self, owner: u32, addresses: &[u64]) -> Action {
        if let Err(e) = self.check_eh_frames(owner, addresses) {
            return error(e);
        }
        let list = self.eh_frames.entry(owner).or_default();
        for &a in addresses {
            // SAFETY: checked above: a finalized (so unchanging) region of `owner` holds
            // length-delimited records ending with a zero word at `a`; the registration is
            // dropped before the region is released (Release, and the worker's Drop).
            if let Some(r) = unsafe { EhFrameRegistration::register(a) } {
                list.push(r);
            }
        }
        Action::Reply(Reply::Done)
    }

    /// Checks that a section of CIE/FDE records at `address` ends with its zero terminator
    /// inside a finalized region of `owner`, so the unwinder never reads past it.
    fn check_eh_frame(&self, owner: u32, address: u64) -> Result<(), String> {
        let r = self
            .regions
            .containing(address, 4)
            .filter(|r| r.owner == owner && r.finalized)
            .ok_or_else(|| {
                format!("no finalized region of module {owner} holds an .eh_frame at {address:#x}")
            })?;
        let end = r.end();
        let read = |at: u64, n: u64| -> Option<u64> {
            if at.checked_add(n)? > end {
                return None;
            }
            // SAFETY: `[at, at + n)` lies inside a finalized region, readable at its
            // target address in this process; read unaligned, as records are.
            Some(unsafe {
                if n == 4 {
                    u64::from((at as *const u32).read_unaligned())
                } else {
                    (at as *const u64).read_unaligned()
                }
            })
        };
        let unterminated = || {
            format!(
                "the .eh_frame at {address:#x} is not terminated inside its region \
                 ({:#x}..{end:#x})",
                r.target
            )
        };
        let mut at = address;
        loop {
            let len = read(at, 4).ok_or_else(unterminated)?;
            let next = match len {
                0 => return Ok(()),
                0xffff_ffff => {
                    let long = read(at + 4, 8).ok_or_else(unterminated)?;
                    (at + 12).checked_add(long)
                }
                n => Some(at + 4 + n),
            };
            at = next.filter(|&n| n <= end).ok_or_else(unterminated)?;
        }
    }
}

/// A symbol's address: the runtime's, then the process's (a weak reference never opens
/// the C++ runtime); 0 when not found.
fn lookup(name: &str, weak: bool) -> u64 {
    runtime::lookup(name)
        .or_else(|| {
            if weak {
                jit_link::process::search_loaded(name)
            } else {
                jit_link::process::search(name)
            }
        })
        .unwrap_or(0)
}

/// `-lNAME` as the static linker names it, or a path.
fn load_library(library: &str) -> Result<(), String> {
    let result = match library.strip_prefix("-l") {
        Some("") => return Err("`-l` names no library".into()),
        Some(name) => jit_link::process::load_library_by_name(name).map(drop),
        None if library.is_empty() => return Err("an empty library path".into()),
        None => jit_link::process::load_library(library),
    };
    result.map_err(|e| e.to_string())
}

/// Ends the worker at once with `code`, flushing stdio (the program's output so far) but
/// running no exit handler: after a protocol failure nothing of the program should run.
pub(crate) fn leave(code: i32) -> ! {
    // SAFETY: fflush(NULL) flushes every stdio stream; _exit ends the process.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(code)
    }
}

/// Why serving ended without the program ending it.
fn describe(e: &RemoteError) -> String {
    match e {
        RemoteError::Closed => "the host closed the connection".into(),
        e => e.to_string(),
    }
}

/// Serves one host over `conn` until it hangs up (status 0), the connection fails (status
/// 1, one line on stderr), or the program ends the process. The first message must be
/// `Hello`, within [`HANDSHAKE_TIMEOUT`].
pub fn serve(mut conn: Connection, mut worker: Worker) -> ! {
    runtime::keep_main_thread_copies();
    run::prepare_process();
    let first = conn
        .recv_frame(Some(HANDSHAKE_TIMEOUT))
        .and_then(|body| Request::decode(&body));
    match first {
        Ok(hello @ Request::Hello { .. }) => respond(&mut conn, &mut worker, hello),
        Ok(other) => {
            eprintln!(
                "jit-executor: the first message is {}, not Hello",
                other.name()
            );
            leave(1);
        }
        Err(e) => {
            eprintln!("jit-executor: no handshake: {}", describe(&e));
            leave(1);
        }
    }
    loop {
        match conn.recv_request() {
            Ok(request) => respond(&mut conn, &mut worker, request),
            Err(e) => {
                eprintln!("jit-executor: {}", describe(&e));
                leave(1);
            }
        }
    }
}

/// Handles one request and sends its reply (if it has one).
fn respond(conn: &mut Connection, worker: &mut Worker, request: Request) {
    let reply = match worker.handle(request) {
        Action::Reply(r) => r,
        Action::Call { address, args, ret } => {
            // SAFETY: running the code the host asked for is the executor's job; a crash
            // is the program's and the supervisor reports it.
            Reply::Returned(unsafe { run::call(address, &args, ret) })
        }
        Action::RunVoid(addresses) => {
            // SAFETY: as above.
            unsafe { run::run_void(&addresses) };
            Reply::Done
        }
        Action::RunMain(program) => {
            // Nothing more is read: the program's end is the supervisor's report.
            // SAFETY: as above.
            unsafe { run::run_main(program) }
        }
        Action::Hangup => leave(0),
        Action::Fail(message) => {
            eprintln!("jit-executor: {message}");
            leave(1);
        }
    };
    if let Err(e) = conn.send_reply(&reply) {
        eprintln!("jit-executor: cannot answer the host: {}", describe(&e));
        leave(1);
    }
}
