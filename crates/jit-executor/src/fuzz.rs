//! The fuzzing harness of the executor protocol, used by `jit-fuzz`'s `executor-protocol`
//! target and by this crate's tests.
//!
//! An input is a byte stream as a worker reads it from the host: length-prefixed frames.
//! [`generate`] makes one from a seed: a plausible session (allocations, writes, releases,
//! lookups, calls...) encoded, then, for half the seeds, mutated as bytes (flips,
//! interesting values, truncations, duplications, insertions, length words). [`check`]
//! runs it through what an executor does with frames, without running any code:
//!
//! - every frame body goes through both `Request::decode` and `Reply::decode`, which must
//!   not panic, and whatever decodes must encode back to the same bytes (the encoding is
//!   canonical);
//! - every request goes through [`Worker::handle`] (so all of its checks), except those
//!   that act on the whole process: `LoadLibrary` is skipped and `RegisterEhFrames` only
//!   checked ([`Worker::check_eh_frames`]). `Call`, `RunVoid`, `RunMain` and `Hangup` come
//!   back as actions that are never carried out;
//! - a shadow model of the regions, kept from the requests and replies alone, judges the
//!   answers: placements are aligned and never overlap live ones, a `Finalize` succeeds
//!   exactly when every write lies inside one live region that is not finalized, the bytes
//!   read back after it are the ones written, and an `.eh_frame` is accepted only in a
//!   finalized region of its module.
//!
//! Addresses in generated writes are relative so that they hit regions whose addresses
//! are known only when the session runs: an address with [`RELATIVE`] in its top 16 bits
//! means the region allocated `(address >> 32) & 0xffff` allocations before the newest
//! (modulo the regions allocated so far, released ones included) plus the low 32 bits as a
//! signed offset.

use crate::worker::{Action, Worker};
use jit_remote::{MAX_FRAME_BYTES, Region, Reply, Request, Value, ValueKind, Write};
use std::collections::BTreeMap;

/// The tag of a relative address (see the module documentation).
pub const RELATIVE: u64 = 0xa11c;

/// The largest allocation a session may ask for; bigger `Allocate` requests are skipped
/// (they would cost time and address space per case, not find more).
const MAX_SESSION_BYTES: u64 = 64 << 20;

/// A small deterministic generator (splitmix64), so a case is a function of its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

fn relative(region: u64, offset: i32) -> u64 {
    (RELATIVE << 48) | ((region & 0xffff) << 32) | u64::from(offset as u32)
}

/// A plausible request.
fn request(rng: &mut Rng) -> Request {
    let owner = rng.below(3) as u32;
    let address = |rng: &mut Rng| -> u64 {
        if rng.below(8) == 0 {
            rng.pick(&[0, 1, u64::MAX, 0x1000, u64::MAX - 3])
        } else {
            // Mostly near a region's start, so that writes fit as often as not.
            let offset = rng.pick(&[0, 0, 0, 1, 4, 8, 8, 15, 16, 60, 100, 4095, 4096, -1, -8]);
            relative(rng.pick(&[0, 0, 0, 1, 2, 5]), offset)
        }
    };
    match rng.below(14) {
        0..=2 => Request::Allocate {
            owner,
            regions: (0..1 + rng.below(3))
                .map(|i| Region {
                    kind: rng.below(3) as u8,
                    size: rng.pick(&[0, 1, 8, 16, 64, 100, 256, 4096, 4096, 5000]),
                    align: rng.pick(&[1, 8, 16, 64, 4096]),
                    name: format!(".s{i}"),
                })
                .collect(),
        },
        3..=5 => Request::Finalize {
            writes: (0..rng.pick(&[0, 1, 1, 1, 2, 3]))
                .map(|_| {
                    let n = rng.pick(&[0, 1, 4, 8, 8, 16, 64]);
                    Write {
                        address: address(rng),
                        bytes: (0..n).map(|_| rng.next() as u8).collect(),
                    }
                })
                .collect(),
        },
        6 => Request::RegisterEhFrames {
            owner,
            addresses: (0..1 + rng.below(2)).map(|_| address(rng)).collect(),
        },
        7 => Request::Release { owner },
        8 => Request::Lookup {
            names: (0..rng.below(4))
                .map(|_| {
                    let n = rng.pick(&[
                        "malloc",
                        "__jit_tls_address",
                        "exit",
                        "atexit",
                        "no_such_symbol",
                        "",
                    ]);
                    (n.to_string(), rng.below(2) == 0)
                })
                .collect(),
        },
        9 => Request::Call {
            address: address(rng),
            args: (0..rng.below(3))
                .map(|_| Value {
                    kind: kind(rng),
                    bits: rng.next(),
                })
                .collect(),
            ret: kind(rng),
        },
        10 => Request::RunVoid {
            addresses: (0..rng.below(3)).map(|_| address(rng)).collect(),
        },
        11 => Request::RunMain {
            main: address(rng),
            params: rng.pick(&[0, 2, 3]),
            args: vec!["prog".into(), rng.pick(&["a", "b\0c", ""]).to_string()],
            env: vec!["A=1".into()],
            constructors: vec![address(rng)],
            destructors: vec![],
        },
        12 => Request::LoadLibrary {
            library: rng.pick(&["-lm", "/nonexistent.so", "-l", ""]).to_string(),
        },
        _ => Request::Hello {
            version: rng.pick(&[1, 0, 2]),
        },
    }
}

fn kind(rng: &mut Rng) -> ValueKind {
    match rng.below(6) {
        0 => ValueKind::Void,
        1 => ValueKind::F32,
        2 => ValueKind::F64,
        3 => ValueKind::Ptr,
        _ => ValueKind::Int {
            bits: rng.pick(&[8, 16, 32, 64]),
            signed: rng.below(2) == 0,
        },
    }
}

/// Byte mutations of a whole stream.
fn mutate(bytes: &mut Vec<u8>, rng: &mut Rng) {
    for _ in 0..1 + rng.below(3) {
        if bytes.is_empty() {
            bytes.push(rng.next() as u8);
        }
        let at = rng.below(bytes.len());
        match rng.below(6) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = rng.pick(&[0, 1, 2, 0x7f, 0x80, 0xff, 3, 12, 128, 134]),
            2 => bytes.truncate(at),
            3 => {
                let end = (at + 1 + rng.below(32)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            4 => {
                let n = 1 + rng.below(8);
                let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                bytes.splice(at..at, junk);
            }
            _ => {
                // A length word (of a frame, a string, a list) made wrong.
                let v = rng.pick(&[0u32, 1, 4, 0xffff, 0x7fff_ffff, u32::MAX]);
                let end = (at + 4).min(bytes.len());
                let n = end - at;
                bytes[at..end].copy_from_slice(&v.to_le_bytes()[..n]);
            }
        }
    }
}

/// The input of case `seed`: a session's frames, mutated for half the seeds.
pub fn generate(seed: u64) -> Vec<u8> {
    let mut rng = Rng(seed ^ 0x0e8e_c070_0000_0000);
    let mut requests = vec![Request::Hello { version: 1 }];
    for _ in 0..rng.below(12) {
        let r = request(&mut rng);
        let allocates = matches!(r, Request::Allocate { .. });
        requests.push(r);
        // Memory is mostly written right after it is allocated.
        while allocates && rng.below(3) != 0 {
            let w = request(&mut rng);
            if matches!(w, Request::Finalize { .. }) {
                requests.push(w);
                break;
            }
        }
    }
    let mut bytes = Vec::new();
    for r in &requests {
        let body = r.encode();
        bytes.extend_from_slice(&(body.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&body);
    }
    if rng.below(2) == 0 {
        mutate(&mut bytes, &mut rng);
    }
    bytes
}

/// A region as the model sees it.
#[derive(Clone, Debug)]
struct Shadow {
    owner: u32,
    target: u64,
    size: u64,
    finalized: bool,
    released: bool,
}

impl Shadow {
    fn holds(&self, address: u64, len: u64) -> bool {
        !self.released
            && self.size > 0
            && address >= self.target
            && address
                .checked_add(len)
                .is_some_and(|e| e <= self.target + self.size)
    }
}

/// The regions allocated so far, in order, released ones included.
#[derive(Default)]
struct Model {
    regions: Vec<Shadow>,
}

impl Model {
    fn resolve(&self, address: u64) -> u64 {
        if address >> 48 != RELATIVE || self.regions.is_empty() {
            return address;
        }
        let back = ((address >> 32) & 0xffff) as usize % self.regions.len();
        let r = &self.regions[self.regions.len() - 1 - back];
        r.target
            .wrapping_add_signed(i64::from(address as u32 as i32))
    }

    fn writable(&self, address: u64, len: u64) -> bool {
        len == 0
            || self
                .regions
                .iter()
                .any(|r| !r.finalized && r.holds(address, len))
    }
}

/// Splits a stream into frame bodies as the transport does; stops where the transport
/// would end the connection (a short frame, an empty or oversized one).
fn frames(mut bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    while bytes.len() >= 4 {
        let n = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        if n == 0 || n as u64 > MAX_FRAME_BYTES || bytes.len() - 4 < n {
            break;
        }
        out.push(&bytes[4..4 + n]);
        bytes = &bytes[4 + n..];
    }
    out
}

/// The memory managers sessions run with, and their configurations (small reservations:
/// a session allocates little).
pub const MANAGERS: [(&str, &str); 3] = [
    ("section", "reserve=256M"),
    ("pool", "reserve=256M"),
    ("huge", ""),
];

/// Runs the session `input` through decoding and the checks of a fresh worker whose
/// memory manager is `MANAGERS[manager % 3]` (see the module documentation). Returns how
/// many requests reached the worker; `Err` says what went wrong. A panic is a finding too
/// (the caller's `catch_unwind`).
pub fn check(input: &[u8], manager: usize) -> Result<usize, String> {
    let (name, config) = MANAGERS[manager % MANAGERS.len()];
    let manager = crate::make_manager(name, config).map_err(|e| e.to_string())?;
    let mut worker = Worker::new(manager);
    let mut handled = 0;
    let mut model = Model::default();
    let mut owners = std::collections::BTreeSet::new();
    let result = (|| {
        for body in frames(input) {
            if let Ok(reply) = Reply::decode(body)
                && reply.encode() != body
            {
                return Err(format!(
                    "{reply:?} decodes from bytes it does not encode to"
                ));
            }
            // The worker ends the connection at the first malformed frame.
            let Ok(request) = Request::decode(body) else {
                return Ok(());
            };
            if request.encode() != body {
                return Err(format!(
                    "{request:?} decodes from bytes it does not encode to"
                ));
            }
            handled += 1;
            let request = match request {
                Request::Finalize { writes } => Request::Finalize {
                    writes: writes
                        .into_iter()
                        .map(|w| Write {
                            address: model.resolve(w.address),
                            bytes: w.bytes,
                        })
                        .collect(),
                },
                Request::RegisterEhFrames { owner, addresses } => {
                    let addresses: Vec<u64> = addresses.iter().map(|&a| model.resolve(a)).collect();
                    let ok = worker.check_eh_frames(owner, &addresses).is_ok();
                    let possible = addresses.iter().all(|&a| {
                        model
                            .regions
                            .iter()
                            .any(|r| r.owner == owner && r.finalized && r.holds(a, 4))
                    });
                    if ok && !possible {
                        return Err(format!(
                            "an .eh_frame at {addresses:x?} outside the finalized regions of \
                             module {owner} was accepted"
                        ));
                    }
                    continue;
                }
                Request::LoadLibrary { .. } => continue,
                Request::Allocate { regions, .. }
                    if regions
                        .iter()
                        .map(|r| r.size)
                        .fold(0u64, u64::saturating_add)
                        > MAX_SESSION_BYTES =>
                {
                    continue;
                }
                r => r,
            };
            step(&mut worker, &mut model, &mut owners, request)?;
        }
        Ok(())
    })();
    // Released, so that the runtime's process-wide table of live code does not grow.
    for owner in owners {
        worker.handle(Request::Release { owner });
    }
    result.map(|()| handled)
}

/// Handles one request and judges the answer with the model.
fn step(
    worker: &mut Worker,
    model: &mut Model,
    owners: &mut std::collections::BTreeSet<u32>,
    request: Request,
) -> Result<(), String> {
    let name = request.name();
    match request {
        Request::Allocate { owner, regions } => {
            let action = worker.handle(Request::Allocate {
                owner,
                regions: regions.clone(),
            });
            owners.insert(owner);
            match action {
                Action::Reply(Reply::Allocated { addresses }) => {
                    if addresses.len() != regions.len() {
                        return Err(format!(
                            "{} addresses for {} regions",
                            addresses.len(),
                            regions.len()
                        ));
                    }
                    for (r, &a) in regions.iter().zip(&addresses) {
                        if a % r.align != 0 {
                            return Err(format!("{a:#x} is not aligned to {}", r.align));
                        }
                        let new = Shadow {
                            owner,
                            target: a,
                            size: r.size,
                            finalized: false,
                            released: false,
                        };
                        if r.size > 0
                            && let Some(old) = model.regions.iter().find(|o| {
                                !o.released
                                    && o.size > 0
                                    && o.target < a + r.size
                                    && a < o.target + o.size
                            })
                        {
                            return Err(format!("{new:?} overlaps {old:?}"));
                        }
                        model.regions.push(new);
                    }
                    Ok(())
                }
                Action::Reply(Reply::Error { .. }) => Ok(()),
                other => Err(format!("Allocate answered {other:?}")),
            }
        }
        Request::Finalize { writes } => {
            let expected = writes
                .iter()
                .all(|w| model.writable(w.address, w.bytes.len() as u64));
            let action = worker.handle(Request::Finalize {
                writes: writes.clone(),
            });
            match (action, expected) {
                (Action::Reply(Reply::Done), true) => {}
                (Action::Reply(Reply::Error { .. }), false) => return Ok(()),
                (a, _) => {
                    return Err(format!(
                        "Finalize of {:x?} answered {a:?}, expected {}",
                        writes
                            .iter()
                            .map(|w| (w.address, w.bytes.len()))
                            .collect::<Vec<_>>(),
                        if expected { "Done" } else { "an error" }
                    ));
                }
            }
            for r in model.regions.iter_mut().filter(|r| !r.released) {
                r.finalized = true;
            }
            let mut bytes = BTreeMap::new();
            for w in &writes {
                for (i, &b) in w.bytes.iter().enumerate() {
                    bytes.insert(w.address + i as u64, b);
                }
            }
            for (&a, &b) in &bytes {
                // SAFETY: the model says `a` lies in a live region, finalized just now,
                // which is readable at its target address in this process.
                let found = unsafe { (a as *const u8).read() };
                if found != b {
                    return Err(format!("{a:#x} holds {found:#x} after writing {b:#x}"));
                }
            }
            Ok(())
        }
        Request::Release { owner } => {
            for r in model.regions.iter_mut().filter(|r| r.owner == owner) {
                r.released = true;
            }
            match worker.handle(Request::Release { owner }) {
                Action::Reply(Reply::Done) => Ok(()),
                a => Err(format!("Release answered {a:?}")),
            }
        }
        Request::Lookup { names } => {
            let n = names.len();
            match worker.handle(Request::Lookup { names }) {
                Action::Reply(Reply::Addresses { addresses }) if addresses.len() == n => Ok(()),
                a => Err(format!("Lookup of {n} names answered {a:?}")),
            }
        }
        Request::Hello { .. } => match worker.handle(request) {
            Action::Reply(Reply::Setup(_)) => Ok(()),
            a => Err(format!("Hello answered {a:?}")),
        },
        Request::Call { ref args, .. } => {
            let void_arg = args.iter().any(|a| a.kind == ValueKind::Void);
            match (worker.handle(request), void_arg) {
                (Action::Call { .. }, false) | (Action::Reply(Reply::Error { .. }), true) => Ok(()),
                (a, _) => Err(format!("Call answered {a:?}")),
            }
        }
        // Checked and never carried out.
        Request::RunVoid { .. } | Request::RunMain { .. } | Request::Hangup => {
            match worker.handle(request) {
                Action::Reply(r) => Err(format!("{name} was answered {r:?}")),
                _ => Ok(()),
            }
        }
        Request::LoadLibrary { .. } | Request::RegisterEhFrames { .. } => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_sessions_parse_and_reach_the_worker() {
        let mut finalized = 0;
        for seed in 0..40 {
            let input = generate(seed);
            check(&input, seed as usize).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
            finalized += usize::from(
                frames(&input)
                    .iter()
                    .any(|b| matches!(Request::decode(b), Ok(Request::Finalize { .. }))),
            );
        }
        assert!(
            finalized > 10,
            "only {finalized} sessions finalize anything"
        );
    }

    #[test]
    fn the_model_catches_a_worker_that_lies() {
        // A session whose write is outside every region, with the model told the
        // opposite: the model, not the worker, must be what judges.
        let mut model = Model::default();
        model.regions.push(Shadow {
            owner: 0,
            target: 0x1000,
            size: 16,
            finalized: false,
            released: false,
        });
        assert_eq!(model.resolve(relative(0, 4)), 0x1004);
        assert_eq!(model.resolve(relative(7, -4)), 0xffc);
        model.regions.push(Shadow {
            target: 0x2000,
            ..model.regions[0].clone()
        });
        assert_eq!(
            model.resolve(relative(0, 0)),
            0x2000,
            "counted from the newest"
        );
        assert_eq!(model.resolve(relative(1, 0)), 0x1000);
        assert!(model.writable(0x1000, 16));
        assert!(!model.writable(0x1008, 9));
        assert!(model.writable(0x10, 0));
        let manager = crate::make_manager("section", "reserve=16M").unwrap();
        let mut worker = Worker::new(manager);
        let mut owners = Default::default();
        let e = step(
            &mut worker,
            &mut model,
            &mut owners,
            Request::Finalize {
                writes: vec![Write {
                    address: 0x1000,
                    bytes: vec![1],
                }],
            },
        )
        .unwrap_err();
        assert!(e.contains("expected Done"), "{e}");
    }
}
