//! The messages and their encoding.
//!
//! A frame is a `u32` little-endian length (of what follows), a one-byte tag, then the
//! fields in order: integers little-endian, strings and byte strings as a `u32` length
//! and the bytes, lists as a `u32` count and the items. The host speaks first
//! ([`Request::Hello`]); the executor answers every request with exactly one reply, except
//! that [`Reply::Ended`] may come at any time (and is the last frame) when the program
//! ends — by `exit`, by returning from `main`, or by a signal.

use crate::RemoteError;
use crate::wire::{Reader, Writer};

/// The version both sides must speak; bumped on any change of the encoding.
pub const PROTOCOL_VERSION: u32 = 1;

/// The first bytes of every [`Request::Hello`], so a listener refuses anything else at once.
pub const MAGIC: [u8; 4] = *b"JITX";

/// The largest frame either side accepts (1 GiB): a module's code and data travel in one
/// [`Request::Finalize`].
pub const MAX_FRAME_BYTES: u64 = 1 << 30;

/// What the executor tells the host about itself, in answer to [`Request::Hello`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setup {
    /// The executor's protocol version.
    pub version: u32,
    /// Its target triple (`x86_64-unknown-linux-gnu`, `aarch64-unknown-linux-gnu`): the
    /// host compiles for it.
    pub triple: String,
    /// Its page size in bytes.
    pub page_size: u64,
    /// Its process id (in its own PID namespace).
    pub pid: u32,
    /// The memory manager serving allocations (`section`, `pool`, ...).
    pub memory_manager: String,
    /// Symbols the executor provides to JIT code itself (its runtime: thread-local
    /// variables, exit handling), which the host should resolve before anything else.
    pub bootstrap: Vec<(String, u64)>,
}

/// One piece of memory asked for in [`Request::Allocate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// 0 code (read + execute once finalized), 1 read-only data, 2 read-write data.
    pub kind: u8,
    /// Bytes.
    pub size: u64,
    /// Alignment, a power of two.
    pub align: u64,
    /// A name for the manager's diagnostics (the section's).
    pub name: String,
}

/// Bytes to store at an address of allocated memory before it is finalized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The executor's address.
    pub address: u64,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// The C type of an argument or result of [`Request::Call`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// No value.
    Void,
    /// An integer of 8, 16, 32 or 64 bits; `signed` says how the ABI extends it.
    Int {
        /// Width in bits.
        bits: u8,
        /// Sign- (true) or zero-extended.
        signed: bool,
    },
    /// `float`.
    F32,
    /// `double`.
    F64,
    /// A pointer.
    Ptr,
}

/// An argument or result of [`Request::Call`]: the kind and its bits (floats as their IEEE
/// bits, integers zero-extended from their width).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// The type.
    pub kind: ValueKind,
    /// The bits.
    pub bits: u64,
}

/// How the executor's program ended.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Ended {
    /// It exited (or `main` returned) with this status.
    Exited(i32),
    /// A signal killed it.
    Signaled(i32),
}

impl std::fmt::Display for Ended {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ended::Exited(c) => write!(f, "exited with status {c}"),
            Ended::Signaled(s) => write!(f, "was killed by signal {s}"),
        }
    }
}

/// What the host asks.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// The first message: [`MAGIC`] and the host's version. Answered by [`Reply::Setup`].
    Hello {
        /// The host's protocol version.
        version: u32,
    },
    /// Memory for the sections of one module (`owner`), writable until the next
    /// [`Request::Finalize`]. Answered by [`Reply::Allocated`] with one address per region.
    Allocate {
        /// The module the memory belongs to (for [`Request::Release`]).
        owner: u32,
        /// What to allocate.
        regions: Vec<Region>,
    },
    /// Stores the bytes, then makes the memory allocated so far final (code executable,
    /// never writable at the same time; instruction cache invalidated). Memory is
    /// zero-filled when allocated, so all-zero ranges need no write. Answered by
    /// [`Reply::Done`].
    Finalize {
        /// The bytes to store, before the permissions change.
        writes: Vec<Write>,
    },
    /// Registers `.eh_frame` sections (at these addresses, finalized) of module `owner`
    /// with the executor's unwinder. Answered by [`Reply::Done`].
    RegisterEhFrames {
        /// The module.
        owner: u32,
        /// The sections' addresses.
        addresses: Vec<u64>,
    },
    /// Frees everything of module `owner` (its unwind registrations first). Answered by
    /// [`Reply::Done`].
    Release {
        /// The module.
        owner: u32,
    },
    /// Looks symbols up in the executor's process: its runtime, then its global scope and
    /// the C libraries; a weak name never loads a library. Answered by
    /// [`Reply::Addresses`], 0 for a name not found.
    Lookup {
        /// Names and whether the reference is weak.
        names: Vec<(String, bool)>,
    },
    /// Loads a shared library into the executor (`RTLD_GLOBAL`): a path, or `-lNAME`
    /// searched as the dynamic loader does. Answered by [`Reply::Done`].
    LoadLibrary {
        /// The path, or `-lNAME`.
        library: String,
    },
    /// Calls the function at `address` with the C calling convention. Answered by
    /// [`Reply::Returned`].
    Call {
        /// The function.
        address: u64,
        /// Its arguments.
        args: Vec<Value>,
        /// Its result type.
        ret: ValueKind,
    },
    /// Calls `void f(void)` functions in order (static constructors or destructors).
    /// Answered by [`Reply::Done`].
    RunVoid {
        /// The functions.
        addresses: Vec<u64>,
    },
    /// Runs the program: the constructors, then `main(argc, argv, envp)` (as many of the
    /// three as `params` says), then `exit` with its result — which runs the exit
    /// handlers and then the destructors, as in a native process. Never answered: the
    /// program's end is reported by [`Reply::Ended`].
    RunMain {
        /// `main`'s address.
        main: u64,
        /// How many parameters `main` declares (0, 2 or 3).
        params: u8,
        /// `argv`, program name first.
        args: Vec<String>,
        /// `envp` entries, `NAME=value`.
        env: Vec<String>,
        /// Constructors to run first, in order.
        constructors: Vec<u64>,
        /// Destructors to run at exit, in order (after the exit handlers).
        destructors: Vec<u64>,
    },
    /// The host is done: the executor exits with status 0 without running anything.
    Hangup,
}

/// What the executor answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// Answer to [`Request::Hello`].
    Setup(Setup),
    /// The request was carried out.
    Done,
    /// Addresses of the regions of [`Request::Allocate`], in order.
    Allocated {
        /// One per region.
        addresses: Vec<u64>,
    },
    /// Addresses of the names of [`Request::Lookup`], in order (0: not found).
    Addresses {
        /// One per name.
        addresses: Vec<u64>,
    },
    /// The result of [`Request::Call`].
    Returned(Value),
    /// The request failed; the connection stays usable.
    Error {
        /// What went wrong.
        message: String,
    },
    /// The program ended; nothing follows.
    Ended(Ended),
}

mod tag {
    pub const HELLO: u8 = 1;
    pub const ALLOCATE: u8 = 2;
    pub const FINALIZE: u8 = 3;
    pub const REGISTER_EH: u8 = 4;
    pub const RELEASE: u8 = 5;
    pub const LOOKUP: u8 = 6;
    pub const LOAD_LIBRARY: u8 = 7;
    pub const CALL: u8 = 8;
    pub const RUN_VOID: u8 = 9;
    pub const RUN_MAIN: u8 = 10;
    pub const HANGUP: u8 = 11;

    pub const SETUP: u8 = 128;
    pub const DONE: u8 = 129;
    pub const ALLOCATED: u8 = 130;
    pub const ADDRESSES: u8 = 131;
    pub const RETURNED: u8 = 132;
    pub const ERROR: u8 = 133;
    pub const ENDED: u8 = 134;
}

fn put_kind(w: &mut Writer, k: ValueKind) {
    match k {
        ValueKind::Void => w.u8(0),
        ValueKind::Int { bits, signed } => {
            w.u8(if signed { 2 } else { 1 });
            w.u8(bits);
        }
        ValueKind::F32 => w.u8(3),
        ValueKind::F64 => w.u8(4),
        ValueKind::Ptr => w.u8(5),
    }
}

fn get_kind(r: &mut Reader) -> Result<ValueKind, RemoteError> {
    Ok(match r.u8("value kind")? {
        0 => ValueKind::Void,
        k @ (1 | 2) => {
            let bits = r.u8("integer width")?;
            if !matches!(bits, 8 | 16 | 32 | 64) {
                return Err(RemoteError::Malformed(format!(
                    "integer width {bits} (expected 8, 16, 32 or 64)"
                )));
            }
            ValueKind::Int {
                bits,
                signed: k == 2,
            }
        }
        3 => ValueKind::F32,
        4 => ValueKind::F64,
        5 => ValueKind::Ptr,
        k => return Err(RemoteError::Malformed(format!("value kind {k}"))),
    })
}

fn put_value(w: &mut Writer, v: Value) {
    put_kind(w, v.kind);
    w.u64(v.bits);
}

fn get_value(r: &mut Reader) -> Result<Value, RemoteError> {
    let kind = get_kind(r)?;
    let bits = r.u64("value")?;
    Ok(Value { kind, bits })
}

impl Request {
    /// The request's name, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Request::Hello { .. } => "Hello",
            Request::Allocate { .. } => "Allocate",
            Request::Finalize { .. } => "Finalize",
            Request::RegisterEhFrames { .. } => "RegisterEhFrames",
            Request::Release { .. } => "Release",
            Request::Lookup { .. } => "Lookup",
            Request::LoadLibrary { .. } => "LoadLibrary",
            Request::Call { .. } => "Call",
            Request::RunVoid { .. } => "RunVoid",
            Request::RunMain { .. } => "RunMain",
            Request::Hangup => "Hangup",
        }
    }

    /// The frame body (tag and fields; the length prefix is the transport's).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match self {
            Request::Hello { version } => {
                w.u8(tag::HELLO);
                w.buf.extend_from_slice(&MAGIC);
                w.u32(*version);
            }
            Request::Allocate { owner, regions } => {
                w.u8(tag::ALLOCATE);
                w.u32(*owner);
                w.count(regions.len());
                for r in regions {
                    w.u8(r.kind);
                    w.u64(r.size);
                    w.u64(r.align);
                    w.str(&r.name);
                }
            }
            Request::Finalize { writes } => {
                w.u8(tag::FINALIZE);
                w.count(writes.len());
                for x in writes {
                    w.u64(x.address);
                    w.bytes(&x.bytes);
                }
            }
            Request::RegisterEhFrames { owner, addresses } => {
                w.u8(tag::REGISTER_EH);
                w.u32(*owner);
                w.u64s(addresses);
            }
            Request::Release { owner } => {
                w.u8(tag::RELEASE);
                w.u32(*owner);
            }
            Request::Lookup { names } => {
                w.u8(tag::LOOKUP);
                w.count(names.len());
                for (n, weak) in names {
                    w.str(n);
                    w.u8(u8::from(*weak));
                }
            }
            Request::LoadLibrary { library } => {
                w.u8(tag::LOAD_LIBRARY);
                w.str(library);
            }
            Request::Call { address, args, ret } => {
                w.u8(tag::CALL);
                w.u64(*address);
                w.count(args.len());
                for &a in args {
                    put_value(&mut w, a);
                }
                put_kind(&mut w, *ret);
            }
            Request::RunVoid { addresses } => {
                w.u8(tag::RUN_VOID);
                w.u64s(addresses);
            }
            Request::RunMain {
                main,
                params,
                args,
                env,
                constructors,
                destructors,
            } => {
                w.u8(tag::RUN_MAIN);
                w.u64(*main);
                w.u8(*params);
                w.strs(args);
                w.strs(env);
                w.u64s(constructors);
                w.u64s(destructors);
            }
            Request::Hangup => w.u8(tag::HANGUP),
        }
        w.buf
    }

    /// Reads a frame body back; any deviation from the encoding is an error.
    pub fn decode(body: &[u8]) -> Result<Request, RemoteError> {
        let mut r = Reader::new(body);
        let req = match r.u8("request tag")? {
            tag::HELLO => {
                let magic = [
                    r.u8("magic")?,
                    r.u8("magic")?,
                    r.u8("magic")?,
                    r.u8("magic")?,
                ];
                if magic != MAGIC {
                    return Err(RemoteError::Malformed(
                        "not the executor protocol (bad magic)".into(),
                    ));
                }
                Request::Hello {
                    version: r.u32("version")?,
                }
            }
            tag::ALLOCATE => {
                let owner = r.u32("owner")?;
                let n = r.count(21, "regions")?;
                let mut regions = Vec::with_capacity(n);
                for _ in 0..n {
                    let kind = r.u8("region kind")?;
                    if kind > 2 {
                        return Err(RemoteError::Malformed(format!("region kind {kind}")));
                    }
                    let size = r.u64("region size")?;
                    let align = r.u64("region alignment")?;
                    if !align.is_power_of_two() {
                        return Err(RemoteError::Malformed(format!(
                            "region alignment {align} is not a power of two"
                        )));
                    }
                    let name = r.string("region name")?;
                    regions.push(Region {
                        kind,
                        size,
                        align,
                        name,
                    });
                }
                Request::Allocate { owner, regions }
            }
            tag::FINALIZE => {
                let n = r.count(12, "writes")?;
                let mut writes = Vec::with_capacity(n);
                for _ in 0..n {
                    let address = r.u64("write address")?;
                    let bytes = r.bytes("write bytes")?.to_vec();
                    writes.push(Write { address, bytes });
                }
                Request::Finalize { writes }
            }
            tag::REGISTER_EH => Request::RegisterEhFrames {
                owner: r.u32("owner")?,
                addresses: r.u64s("eh_frame addresses")?,
            },
            tag::RELEASE => Request::Release {
                owner: r.u32("owner")?,
            },
            tag::LOOKUP => {
                let n = r.count(5, "names")?;
                let mut names = Vec::with_capacity(n);
                for _ in 0..n {
                    let name = r.string("symbol name")?;
                    let weak = match r.u8("weak flag")? {
                        0 => false,
                        1 => true,
                        b => return Err(RemoteError::Malformed(format!("weak flag {b}"))),
                    };
                    names.push((name, weak));
                }
                Request::Lookup { names }
            }
            tag::LOAD_LIBRARY => Request::LoadLibrary {
                library: r.string("library")?,
            },
            tag::CALL => {
                let address = r.u64("function address")?;
                let n = r.count(9, "arguments")?;
                let mut args = Vec::with_capacity(n);
                for _ in 0..n {
                    args.push(get_value(&mut r)?);
                }
                let ret = get_kind(&mut r)?;
                Request::Call { address, args, ret }
            }
            tag::RUN_VOID => Request::RunVoid {
                addresses: r.u64s("functions")?,
            },
            tag::RUN_MAIN => {
                let main = r.u64("main")?;
                let params = r.u8("main's parameter count")?;
                if !matches!(params, 0 | 2 | 3) {
                    return Err(RemoteError::Malformed(format!(
                        "main with {params} parameters (expected 0, 2 or 3)"
                    )));
                }
                Request::RunMain {
                    main,
                    params,
                    args: r.strings("arguments")?,
                    env: r.strings("environment")?,
                    constructors: r.u64s("constructors")?,
                    destructors: r.u64s("destructors")?,
                }
            }
            tag::HANGUP => Request::Hangup,
            t => return Err(RemoteError::Malformed(format!("unknown request tag {t}"))),
        };
        r.finish(req.name())?;
        Ok(req)
    }
}

impl Reply {
    /// The reply's name, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Reply::Setup(_) => "Setup",
            Reply::Done => "Done",
            Reply::Allocated { .. } => "Allocated",
            Reply::Addresses { .. } => "Addresses",
            Reply::Returned(_) => "Returned",
            Reply::Error { .. } => "Error",
            Reply::Ended(_) => "Ended",
        }
    }

    /// The frame body.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match self {
            Reply::Setup(s) => {
                w.u8(tag::SETUP);
                w.u32(s.version);
                w.str(&s.triple);
                w.u64(s.page_size);
                w.u32(s.pid);
                w.str(&s.memory_manager);
                w.count(s.bootstrap.len());
                for (n, a) in &s.bootstrap {
                    w.str(n);
                    w.u64(*a);
                }
            }
            Reply::Done => w.u8(tag::DONE),
            Reply::Allocated { addresses } => {
                w.u8(tag::ALLOCATED);
                w.u64s(addresses);
            }
            Reply::Addresses { addresses } => {
                w.u8(tag::ADDRESSES);
                w.u64s(addresses);
            }
            Reply::Returned(v) => {
                w.u8(tag::RETURNED);
                put_value(&mut w, *v);
            }
            Reply::Error { message } => {
                w.u8(tag::ERROR);
                w.str(message);
            }
            Reply::Ended(e) => {
                w.u8(tag::ENDED);
                match e {
                    Ended::Exited(c) => {
                        w.u8(0);
                        w.i32(*c);
                    }
                    Ended::Signaled(s) => {
                        w.u8(1);
                        w.i32(*s);
                    }
                }
            }
        }
        w.buf
    }

    /// Reads a frame body back.
    pub fn decode(body: &[u8]) -> Result<Reply, RemoteError> {
        let mut r = Reader::new(body);
        let reply = match r.u8("reply tag")? {
            tag::SETUP => {
                let version = r.u32("version")?;
                let triple = r.string("triple")?;
                let page_size = r.u64("page size")?;
                let pid = r.u32("pid")?;
                let memory_manager = r.string("memory manager")?;
                let n = r.count(12, "bootstrap symbols")?;
                let mut bootstrap = Vec::with_capacity(n);
                for _ in 0..n {
                    let name = r.string("bootstrap symbol")?;
                    bootstrap.push((name, r.u64("bootstrap address")?));
                }
                Reply::Setup(Setup {
                    version,
                    triple,
                    page_size,
                    pid,
                    memory_manager,
                    bootstrap,
                })
            }
            tag::DONE => Reply::Done,
            tag::ALLOCATED => Reply::Allocated {
                addresses: r.u64s("addresses")?,
            },
            tag::ADDRESSES => Reply::Addresses {
                addresses: r.u64s("addresses")?,
            },
            tag::RETURNED => Reply::Returned(get_value(&mut r)?),
            tag::ERROR => Reply::Error {
                message: r.string("error message")?,
            },
            tag::ENDED => {
                let how = r.u8("end kind")?;
                let v = r.i32("end status")?;
                Reply::Ended(match how {
                    0 => Ended::Exited(v),
                    1 => Ended::Signaled(v),
                    k => return Err(RemoteError::Malformed(format!("end kind {k}"))),
                })
            }
            t => return Err(RemoteError::Malformed(format!("unknown reply tag {t}"))),
        };
        r.finish(reply.name())?;
        Ok(reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requests() -> Vec<Request> {
        vec![
            Request::Hello { version: 7 },
            Request::Allocate {
                owner: 3,
                regions: vec![Region {
                    kind: 0,
                    size: 100,
                    align: 16,
                    name: ".text".into(),
                }],
            },
            Request::Finalize {
                writes: vec![Write {
                    address: 0x1000,
                    bytes: vec![1, 2, 3],
                }],
            },
            Request::RegisterEhFrames {
                owner: 1,
                addresses: vec![5, 6],
            },
            Request::Release { owner: 9 },
            Request::Lookup {
                names: vec![("printf".into(), false), ("weakly".into(), true)],
            },
            Request::LoadLibrary {
                library: "-lz".into(),
            },
            Request::Call {
                address: 42,
                args: vec![
                    Value {
                        kind: ValueKind::Int {
                            bits: 32,
                            signed: true,
                        },
                        bits: 5,
                    },
                    Value {
                        kind: ValueKind::F64,
                        bits: 1.5f64.to_bits(),
                    },
                ],
                ret: ValueKind::Ptr,
            },
            Request::RunVoid {
                addresses: vec![1, 2, 3],
            },
            Request::RunMain {
                main: 77,
                params: 3,
                args: vec!["prog".into(), "a b".into()],
                env: vec!["X=1".into()],
                constructors: vec![1],
                destructors: vec![2, 3],
            },
            Request::Hangup,
        ]
    }

    fn replies() -> Vec<Reply> {
        vec![
            Reply::Setup(Setup {
                version: 1,
                triple: "aarch64-unknown-linux-gnu".into(),
                page_size: 4096,
                pid: 12,
                memory_manager: "pool".into(),
                bootstrap: vec![("__jit_tls_address".into(), 0xdead)],
            }),
            Reply::Done,
            Reply::Allocated {
                addresses: vec![0x10000],
            },
            Reply::Addresses {
                addresses: vec![0, 8],
            },
            Reply::Returned(Value {
                kind: ValueKind::Void,
                bits: 0,
            }),
            Reply::Error {
                message: "no".into(),
            },
            Reply::Ended(Ended::Signaled(11)),
            Reply::Ended(Ended::Exited(-1)),
        ]
    }

    #[test]
    fn every_message_round_trips() {
        for q in requests() {
            assert_eq!(Request::decode(&q.encode()).unwrap(), q);
        }
        for r in replies() {
            assert_eq!(Reply::decode(&r.encode()).unwrap(), r);
        }
    }

    #[test]
    fn every_truncation_and_extension_is_an_error() {
        for q in requests() {
            let bytes = q.encode();
            for n in 0..bytes.len() {
                assert!(Request::decode(&bytes[..n]).is_err(), "{q:?} cut at {n}");
            }
            let mut longer = bytes.clone();
            longer.push(0);
            assert!(Request::decode(&longer).is_err());
        }
        for r in replies() {
            let bytes = r.encode();
            for n in 0..bytes.len() {
                assert!(Reply::decode(&bytes[..n]).is_err(), "{r:?} cut at {n}");
            }
        }
    }

    #[test]
    fn hostile_fields_are_refused() {
        // A count that the frame cannot back.
        let mut b = vec![tag::RUN_VOID];
        b.extend_from_slice(&u32::MAX.to_le_bytes());
        assert!(Request::decode(&b).is_err());
        // Wrong magic.
        let mut h = Request::Hello { version: 1 }.encode();
        h[1] = b'X';
        assert!(Request::decode(&h).is_err());
        // A region alignment that is not a power of two.
        let mut a = Request::Allocate {
            owner: 0,
            regions: vec![Region {
                kind: 0,
                size: 1,
                align: 8,
                name: String::new(),
            }],
        }
        .encode();
        a[1 + 4 + 4 + 1 + 8] = 3;
        assert!(Request::decode(&a).is_err());
        // A reply tag in a request.
        assert!(Request::decode(&[tag::DONE]).is_err());
        assert!(Reply::decode(&[tag::HELLO]).is_err());
    }
}
