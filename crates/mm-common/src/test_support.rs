//! Helpers for the memory managers' tests (feature `test-support`, enabled only by their
//! dev-dependencies): `/proc/self/maps` and `smaps`, machine code that returns a constant,
//! a tiny deterministic RNG, and re-running a test in a child process that may crash.

/// Serializes the tests of one test binary that map memory: a check that an address is
/// unmapped after a drop races with any other thread's `mmap`, which the kernel likes to
/// place in the range just freed. Every test of such a binary holds this guard.
pub fn maps_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    // A failed test poisons the lock; the maps are still meaningful for the next one.
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `(start, end, perms)` of every mapping of this process.
pub fn maps() -> Vec<(usize, usize, String)> {
    let text = std::fs::read_to_string("/proc/self/maps").unwrap();
    text.lines()
        .map(|l| {
            let mut it = l.split_whitespace();
            let (a, b) = it.next().unwrap().split_once('-').unwrap();
            let perms = it.next().unwrap().to_string();
            (
                usize::from_str_radix(a, 16).unwrap(),
                usize::from_str_radix(b, 16).unwrap(),
                perms,
            )
        })
        .collect()
}

/// Permissions (`rwxp`) of the mapping holding `addr`, or "" when unmapped.
pub fn perms_at(addr: u64) -> String {
    maps()
        .into_iter()
        .find(|(a, b, _)| (*a..*b).contains(&(addr as usize)))
        .map(|m| m.2)
        .unwrap_or_default()
}

/// Panics if any mapping of the process is writable and executable.
pub fn assert_no_wx() {
    for (a, b, p) in maps() {
        assert!(
            !(p.contains('w') && p.contains('x')),
            "mapping {a:#x}-{b:#x} is {p}"
        );
    }
}

/// Machine code for `extern "C" fn() -> u32 { value }` on the host architecture
/// (x86-64: `mov eax, imm32; ret`; AArch64: `movz w0, lo; movk w0, hi, lsl 16; ret`).
pub fn ret_const(value: u32) -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        let lo = value & 0xffff;
        let hi = value >> 16;
        [0x5280_0000 | lo << 5, 0x72a0_0000 | hi << 5, 0xd65f_03c0]
            .iter()
            .flat_map(|w: &u32| w.to_le_bytes())
            .collect()
    } else {
        let mut v = vec![0xb8];
        v.extend_from_slice(&value.to_le_bytes());
        v.push(0xc3);
        v
    }
}

/// Calls the function at `addr`.
///
/// # Safety
/// `addr` must hold a complete, published `extern "C" fn() -> u32` (e.g. from
/// [`ret_const`]) that stays mapped executable for the call.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub unsafe fn call(addr: u64) -> u32 {
    // SAFETY: the caller guarantees `addr` is such a function.
    let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(addr as usize) };
    f()
}

/// Writes `bytes` at `ptr`.
///
/// # Safety
/// `ptr` must have `bytes.len()` writable bytes (an allocation's `local`, before finalize).
pub unsafe fn write(ptr: std::ptr::NonNull<u8>, bytes: &[u8]) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr.as_ptr(), bytes.len()) };
}

/// Reads `len` bytes at `addr`.
///
/// # Safety
/// `addr..addr + len` must be mapped readable.
pub unsafe fn read(addr: u64, len: usize) -> Vec<u8> {
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(addr as usize as *const u8, len) }.to_vec()
}

/// A tiny deterministic generator (xorshift); the state must not be zero.
pub struct Rng(pub u64);
impl Rng {
    /// The next number of the sequence.
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `AnonHugePages` and `KernelPageSize` (kB) of the `/proc/self/smaps` entry holding `addr`.
pub fn smaps_huge_kb(addr: u64) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string("/proc/self/smaps").ok()?;
    let mut inside = false;
    let (mut anon_huge, mut kps) = (None, None);
    for line in text.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if let Some((a, b)) = first.split_once('-')
            && let (Ok(a), Ok(b)) = (u64::from_str_radix(a, 16), u64::from_str_radix(b, 16))
        {
            if inside {
                break;
            }
            inside = (a..b).contains(&addr);
            continue;
        }
        if inside {
            let kb = || {
                line.split_whitespace()
                    .nth(1)
                    .and_then(|n| n.parse::<u64>().ok())
            };
            if line.starts_with("AnonHugePages:") {
                anon_huge = kb();
            } else if line.starts_with("KernelPageSize:") {
                kps = kb();
            }
        }
    }
    Some((anon_huge?, kps?))
}

/// Runs this test binary again for the single test `name` with `MM_CHILD=1` (through
/// `JIT_TEST_RUNNER`, e.g. QEMU, when set) without core dumps, and returns its status.
pub fn rerun_as_child(name: &str) -> std::process::ExitStatus {
    use std::os::unix::process::CommandExt;
    let exe = std::env::current_exe().unwrap();
    let runner = std::env::var("JIT_TEST_RUNNER").unwrap_or_default();
    let mut parts = runner.split_whitespace();
    let mut cmd = match parts.next() {
        Some(prog) => {
            let mut c = std::process::Command::new(prog);
            c.args(parts).arg(&exe);
            c
        }
        None => std::process::Command::new(&exe),
    };
    cmd.args([name, "--exact", "--nocapture", "--test-threads=1"])
        .env("MM_CHILD", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: setrlimit is async-signal-safe and touches no memory shared with the parent.
    unsafe {
        cmd.pre_exec(|| {
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &zero);
            Ok(())
        });
    }
    cmd.status().unwrap()
}

/// True in the child started by [`rerun_as_child`].
pub fn is_child() -> bool {
    std::env::var_os("MM_CHILD").is_some()
}
