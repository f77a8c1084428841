//! The host's side of an executor: a shared handle, a memory manager whose memory lives in
//! the executor, and the linker's symbol source there.

use crate::launch::{connect, handshake, launch};
use crate::message::{Region, Reply, Request, Setup, Write};
use crate::{Connection, Ended, RemoteError};
use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use jit_link::SymbolSource;
use std::collections::HashMap;
use std::process::Child;
use std::ptr::NonNull;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// How long a request that runs no program code (memory, lookups) may take before the
/// executor counts as gone: generous, an executor under QEMU finalizing megabytes of code
/// is slow, but never a hang.
pub const SERVICE_TIMEOUT: Duration = Duration::from_secs(120);

/// A handle on one executor, shared by the engine, its memory manager and its symbol
/// source. Dropping the last handle hangs up (and reaps a launched child).
#[derive(Clone, Debug)]
pub struct Executor(Arc<Shared>);

#[derive(Debug)]
struct Shared {
    conn: Mutex<Connection>,
    setup: Setup,
    child: Mutex<Option<Child>>,
    /// How long program code may run (a call, `main`) before the executor is killed.
    run_timeout: Mutex<Option<Duration>>,
    description: String,
}

impl Executor {
    fn start(
        mut conn: Connection,
        child: Option<Child>,
        description: String,
    ) -> Result<Self, RemoteError> {
        let setup = match handshake(&mut conn) {
            Ok(s) => s,
            Err(e) => {
                if let Some(mut c) = child {
                    let _ = c.kill();
                    let _ = c.wait();
                }
                return Err(e);
            }
        };
        conn.set_timeout(Some(SERVICE_TIMEOUT));
        Ok(Executor(Arc::new(Shared {
            conn: Mutex::new(conn),
            setup,
            child: Mutex::new(child),
            run_timeout: Mutex::new(None),
            description,
        })))
    }

    /// Starts `command` as a child executor (see [`launch`](crate::launch::launch)) and
    /// shakes hands.
    pub fn launch(command: &[String]) -> Result<Self, RemoteError> {
        let (conn, child) = launch(command)?;
        Executor::start(conn, Some(child), command.join(" "))
    }

    /// Connects to a listening executor (`unix:PATH` or `HOST:PORT`) and shakes hands.
    pub fn connect(address: &str) -> Result<Self, RemoteError> {
        Executor::start(connect(address)?, None, address.to_string())
    }

    /// What the executor said about itself.
    pub fn setup(&self) -> &Setup {
        &self.0.setup
    }

    /// The command or address it was reached by.
    pub fn description(&self) -> &str {
        &self.0.description
    }

    /// Limits how long program code (calls, `main`) may run; on expiry the executor is
    /// killed and the call fails with [`RemoteError::Timeout`]. `None` (the default): no
    /// limit.
    pub fn set_run_timeout(&self, timeout: Option<Duration>) {
        *lock(&self.0.run_timeout) = timeout;
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        lock(&self.0.conn)
    }

    /// Sends a request that runs no program code and returns its reply (errors as
    /// [`Connection::call`] gives them).
    pub fn request(&self, request: &Request) -> Result<Reply, RemoteError> {
        self.conn().call(request)
    }

    /// Sends a request that runs program code (a call, constructors): no reply timeout
    /// unless [`Executor::set_run_timeout`] set one, which kills the executor on expiry.
    pub fn run(&self, request: &Request) -> Result<Reply, RemoteError> {
        let limit = *lock(&self.0.run_timeout);
        let mut conn = self.conn();
        conn.set_timeout(limit);
        let r = conn.call(request);
        conn.set_timeout(Some(SERVICE_TIMEOUT));
        drop(conn);
        if let Err(RemoteError::Timeout(_)) = &r {
            self.kill();
        }
        r
    }

    /// Runs the program ([`Request::RunMain`]) and waits until it ends.
    pub fn run_main(&self, request: &Request) -> Result<Ended, RemoteError> {
        match self.run(request) {
            Err(RemoteError::Ended(e)) => Ok(e),
            Ok(r) => Err(RemoteError::Unexpected {
                request: "RunMain",
                reply: r.name().to_string(),
            }),
            Err(e) => Err(e),
        }
    }

    /// How the program ended, once it did.
    pub fn ended(&self) -> Option<Ended> {
        self.conn().ended()
    }

    /// Kills a launched executor (and, with it, its program); a connected one is left
    /// alone (its connection is closed when the last handle goes).
    pub fn kill(&self) {
        if let Some(c) = lock(&self.0.child).as_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// A memory manager placing sections in the executor.
    pub fn memory_manager(&self) -> RemoteMemoryManager {
        RemoteMemoryManager {
            exec: self.clone(),
            reserved: None,
            slabs: Default::default(),
            pending: Vec::new(),
            owners: HashMap::new(),
            stats: MmStats::default(),
        }
    }

    /// The linker's symbol source: the executor's process.
    pub fn symbols(&self) -> RemoteSymbols {
        RemoteSymbols {
            exec: self.clone(),
            cache: HashMap::new(),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Drop for Shared {
    fn drop(&mut self) {
        let conn = self.conn.get_mut().unwrap_or_else(|p| p.into_inner());
        if conn.ended().is_none() {
            conn.set_timeout(Some(Duration::from_secs(5)));
            // The executor exits on Hangup; a dead one makes this fail, which is fine.
            let _ = conn.send_request(&Request::Hangup);
            let _ = conn.recv_reply();
        }
        if let Some(mut c) = self
            .child
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .take()
        {
            // It has been told to go; do not wait on one that does not.
            for _ in 0..50 {
                if let Ok(Some(_)) = c.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn mm_error(e: RemoteError) -> MmError {
    MmError::Other(e.to_string())
}

fn kind_code(kind: SectionKind) -> u8 {
    match kind {
        SectionKind::Code => 0,
        SectionKind::ReadOnly => 1,
        SectionKind::ReadWrite => 2,
    }
}

/// A region of executor memory with its local image, written until `finalize`.
struct Pending {
    owner: ModuleId,
    target: u64,
    image: Box<[u8]>,
}

/// Space left in one region reserved for the object being loaded.
#[derive(Clone, Copy)]
struct Slab {
    owner: ModuleId,
    pending: usize,
    used: usize,
}

/// A [`MemoryManager`] whose memory is in the executor, served there by one of this
/// project's managers (`jit-executor --mm NAME`). The linker's `reserve` hint for an object
/// becomes one [`Request::Allocate`] of a region per kind, which its sections are carved
/// from; `finalize` sends every section's bytes in one [`Request::Finalize`] (all-zero
/// stretches left out: the executor's memory starts zeroed), so loading an object costs
/// two round trips.
pub struct RemoteMemoryManager {
    exec: Executor,
    /// The sizes the linker announced for its next object.
    reserved: Option<[usize; 3]>,
    slabs: [Option<Slab>; 3],
    pending: Vec<Pending>,
    /// Bytes in use per owner, for the statistics.
    owners: HashMap<ModuleId, u64>,
    stats: MmStats,
}

impl std::fmt::Debug for RemoteMemoryManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteMemoryManager")
            .field("executor", &self.exec.description())
            .field("pending", &self.pending.len())
            .finish()
    }
}

impl RemoteMemoryManager {
    fn request_regions(
        &mut self,
        owner: ModuleId,
        regions: Vec<Region>,
    ) -> Result<Vec<usize>, MmError> {
        let n = regions.len();
        let sizes: Vec<u64> = regions.iter().map(|r| r.size).collect();
        let reply = self
            .exec
            .request(&Request::Allocate {
                owner: owner.0,
                regions,
            })
            .map_err(mm_error)?;
        let Reply::Allocated { addresses } = reply else {
            return Err(MmError::Other(format!(
                "executor answered Allocate with {}",
                reply.name()
            )));
        };
        if addresses.len() != n {
            return Err(MmError::Other(format!(
                "executor answered {n} regions with {} addresses",
                addresses.len()
            )));
        }
        let mut out = Vec::with_capacity(n);
        for (target, size) in addresses.into_iter().zip(sizes) {
            out.push(self.pending.len());
            self.pending.push(Pending {
                owner,
                target,
                image: vec![0u8; size as usize].into_boxed_slice(),
            });
            self.stats.allocations += 1;
            self.stats.bytes_used += size;
            *self.owners.entry(owner).or_default() += size;
        }
        Ok(out)
    }

    /// Carves `size` bytes aligned to `align` out of the slab for `kind`, if it has room.
    fn carve(&mut self, k: usize, size: usize, align: usize, owner: ModuleId) -> Option<Placement> {
        let slab = self.slabs[k].as_mut().filter(|s| s.owner == owner)?;
        let p = &mut self.pending[slab.pending];
        let base = p.target + slab.used as u64;
        let start = slab.used + (base.next_multiple_of(align as u64) - base) as usize;
        if start.checked_add(size)? > p.image.len() {
            return None;
        }
        slab.used = start + size;
        let local = NonNull::new(p.image[start..].as_mut_ptr())?;
        Some(Placement {
            local,
            target: p.target + start as u64,
        })
    }
}

/// The stretches of `image` worth sending: all-zero runs of 256 bytes or more are left out.
fn nonzero_runs(image: &[u8]) -> Vec<(usize, usize)> {
    const GRAIN: usize = 256;
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, chunk) in image.chunks(GRAIN).enumerate() {
        if chunk.iter().all(|&b| b == 0) {
            continue;
        }
        let start = i * GRAIN;
        let end = start + chunk.len();
        match runs.last_mut() {
            Some(last) if last.1 == start => last.1 = end,
            _ => runs.push((start, end)),
        }
    }
    runs
}

impl MemoryManager for RemoteMemoryManager {
    fn name(&self) -> &str {
        "remote"
    }

    fn reserve(&mut self, code: usize, read_only: usize, read_write: usize) -> Result<(), MmError> {
        self.reserved = Some([code, read_only, read_write]);
        self.slabs = Default::default();
        Ok(())
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        // `align` is a power of two (the trait's contract); the executor checks it again.
        let k = kind_code(kind) as usize;
        if let Some(sizes) = self.reserved.take() {
            // The object announced by `reserve`: one region per kind it needs.
            let kinds: Vec<usize> = (0..3).filter(|&i| sizes[i] > 0).collect();
            let regions = kinds
                .iter()
                .map(|&i| Region {
                    kind: i as u8,
                    size: sizes[i] as u64,
                    align: 16,
                    name: [".text*", ".rodata*", ".data*"][i].to_string(),
                })
                .collect();
            let indices = self.request_regions(owner, regions)?;
            for (&i, pending) in kinds.iter().zip(indices) {
                self.slabs[i] = Some(Slab {
                    owner,
                    pending,
                    used: 0,
                });
            }
        }
        if let Some(p) = self.carve(k, size.max(1), align, owner) {
            return Ok(p);
        }
        // Not announced, or more than announced: a region of its own.
        let i = self.request_regions(
            owner,
            vec![Region {
                kind: k as u8,
                size: size.max(1) as u64,
                align: align as u64,
                name: section_name.to_string(),
            }],
        )?[0];
        let p = &mut self.pending[i];
        Ok(Placement {
            local: NonNull::new(p.image.as_mut_ptr()).expect("a boxed slice is never null"),
            target: p.target,
        })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        self.slabs = Default::default();
        self.reserved = None;
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut writes = Vec::new();
        for p in &self.pending {
            for (start, end) in nonzero_runs(&p.image) {
                writes.push(Write {
                    address: p.target + start as u64,
                    bytes: p.image[start..end].to_vec(),
                });
            }
        }
        self.pending.clear();
        self.exec
            .request(&Request::Finalize { writes })
            .map_err(mm_error)?;
        self.stats.publishes += 1;
        Ok(())
    }

    fn release(&mut self, owner: ModuleId) {
        self.pending.retain(|p| p.owner != owner);
        for s in &mut self.slabs {
            if s.is_some_and(|s| s.owner == owner) {
                *s = None;
            }
        }
        if let Some(bytes) = self.owners.remove(&owner) {
            self.stats.bytes_used = self.stats.bytes_used.saturating_sub(bytes);
        }
        // The trait gives no way to report it: an executor that is gone has freed
        // everything anyway.
        let _ = self.exec.request(&Request::Release { owner: owner.0 });
    }

    fn stats(&self) -> MmStats {
        let mut s = self.stats.clone();
        s.notes = format!(
            "in executor `{}` (pid {}, manager `{}`)",
            self.exec.description(),
            self.exec.setup().pid,
            self.exec.setup().memory_manager
        );
        s
    }
}

/// The linker's [`SymbolSource`] for code in an executor: its runtime and process, asked
/// once per resolution for every name the linker will need, and cached.
pub struct RemoteSymbols {
    exec: Executor,
    cache: HashMap<(String, bool), Option<u64>>,
}

impl std::fmt::Debug for RemoteSymbols {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteSymbols")
            .field("executor", &self.exec.description())
            .field("cached", &self.cache.len())
            .finish()
    }
}

impl RemoteSymbols {
    fn ask(&mut self, names: Vec<(String, bool)>) {
        if names.is_empty() {
            return;
        }
        let reply = self.exec.request(&Request::Lookup {
            names: names.clone(),
        });
        if let Ok(Reply::Addresses { addresses }) = reply
            && addresses.len() == names.len()
        {
            for (n, a) in names.into_iter().zip(addresses) {
                self.cache.insert(n, (a != 0).then_some(a));
            }
        }
    }
}

impl SymbolSource for RemoteSymbols {
    fn lookup(&mut self, name: &str, weak: bool) -> Option<u64> {
        let key = (name.to_string(), weak);
        if !self.cache.contains_key(&key) {
            self.ask(vec![key.clone()]);
        }
        self.cache.get(&key).copied().flatten()
    }

    fn prefetch(&mut self, names: &[(String, bool)]) {
        let missing: Vec<(String, bool)> = names
            .iter()
            .filter(|k| !self.cache.contains_key(*k))
            .cloned()
            .collect();
        self.ask(missing);
    }

    fn searched(&self) -> Vec<String> {
        vec![format!(
            "the executor's process (`{}`, pid {}): its runtime, its global scope, libc, libm and the C++ runtime",
            self.exec.description(),
            self.exec.setup().pid
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::nonzero_runs;

    #[test]
    fn zero_stretches_are_not_sent() {
        assert!(nonzero_runs(&[0; 1000]).is_empty());
        let mut v = vec![0u8; 2000];
        v[10] = 1;
        v[300] = 1;
        v[1999] = 1;
        assert_eq!(nonzero_runs(&v), vec![(0, 512), (1792, 2000)]);
    }
}
