//! Helpers of the executor's tests: starting it (through QEMU when the tests are
//! cross-built and the kernel cannot run an AArch64 binary itself), tiny functions in the
//! host's machine code, and waiting with a deadline so that no test can hang.

#![allow(dead_code, reason = "each test file uses a part of the helpers")]

use jit_remote::{Connection, Region, Reply, Request, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long any one exchange or process may take (QEMU is slow, not that slow).
pub const DEADLINE: Duration = Duration::from_secs(60);

/// The executor binary.
pub const EXE: &str = env!("CARGO_BIN_EXE_jit-executor");

/// The command prefix that runs an AArch64 binary from here: `JIT_TEST_RUNNER` when set
/// (what `cargo xtask test-arm` sets), else QEMU when the tests are AArch64 code and the
/// kernel cannot execute the binary itself (no binfmt_misc registration), else nothing.
pub fn runner() -> Vec<String> {
    static RUNNER: OnceLock<Vec<String>> = OnceLock::new();
    RUNNER
        .get_or_init(|| {
            if let Ok(r) = std::env::var("JIT_TEST_RUNNER")
                && !r.trim().is_empty()
            {
                return r.split_whitespace().map(String::from).collect();
            }
            let runs_natively = Command::new(EXE)
                .arg("--help")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                // Under QEMU a failed exec can look like a child that exited with 127
                // (glibc's posix_spawn cannot pass the error back through an emulated
                // vfork), so only a successful `--help` counts.
                .is_ok_and(|s| s.success());
            if cfg!(target_arch = "aarch64") && !runs_natively {
                ["qemu-aarch64-static", "-L", "/usr/aarch64-linux-gnu"]
                    .map(String::from)
                    .to_vec()
            } else {
                Vec::new()
            }
        })
        .clone()
}

/// Whether the executor runs under an emulator (which reports some signals its own way).
pub fn emulated() -> bool {
    !runner().is_empty()
}

/// The command line that starts the executor, with `args`.
pub fn executor_command(args: &[&str]) -> Vec<String> {
    let mut c = runner();
    c.push(EXE.to_string());
    c.extend(args.iter().map(|s| s.to_string()));
    c
}

/// A `Command` for the executor with `args`.
pub fn command(args: &[&str]) -> Command {
    let c = executor_command(args);
    let mut cmd = Command::new(&c[0]);
    cmd.args(&c[1..]);
    cmd
}

/// Starts an executor over pipes (`--fds`) with `args`, and shakes hands.
pub fn start(args: &[&str]) -> (Connection, Child, jit_remote::Setup) {
    let (mut conn, child) =
        jit_remote::launch::launch(&executor_command(args)).expect("launch the executor");
    conn.set_timeout(Some(DEADLINE));
    let setup = jit_remote::launch::handshake(&mut conn).expect("handshake");
    (conn, child, setup)
}

/// Waits for `child` at most [`DEADLINE`]; kills it and fails the test past that.
pub fn wait(child: &mut Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("wait for the executor") {
            return s;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the executor did not end within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Sends `request`, expecting a reply that is not an error.
pub fn ok(conn: &mut Connection, request: &Request) -> Reply {
    conn.call(request)
        .unwrap_or_else(|e| panic!("{}: {e}", request.name()))
}

/// Sends `request`, expecting `Reply::Error`; returns its message.
pub fn refused(conn: &mut Connection, request: &Request) -> String {
    match conn.call(request) {
        Err(jit_remote::RemoteError::Executor(m)) => m,
        r => panic!("{} should be refused, got {r:?}", request.name()),
    }
}

/// Sends `request` and expects the program's end (no other reply first).
pub fn ended(conn: &mut Connection, request: &Request) -> jit_remote::Ended {
    conn.send_request(request).expect("send");
    match conn.recv_reply() {
        Ok(Reply::Ended(e)) => e,
        r => panic!("{}: expected Ended, got {r:?}", request.name()),
    }
}

/// Little-endian AArch64 instruction words as bytes.
fn a64(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

const A64_RET: u32 = 0xd65f_03c0;

/// `int double_it(int x) { return x + x; }`.
pub fn double_it() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[0x0b00_0000, A64_RET]) // add w0, w0, w0; ret
    } else {
        vec![0x8d, 0x04, 0x3f, 0xc3] // lea eax, [rdi + rdi]; ret
    }
}

/// `void nothing(void) {}`.
pub fn nothing() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[A64_RET])
    } else {
        vec![0xc3]
    }
}

/// `int main(void) { return 7; }`.
pub fn seven() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[0x5280_00e0, A64_RET]) // mov w0, #7; ret
    } else {
        vec![0xb8, 7, 0, 0, 0, 0xc3] // mov eax, 7; ret
    }
}

/// `int main(int argc, char **argv) { return argc; }`.
pub fn argc() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[A64_RET]) // w0 is argc already
    } else {
        vec![0x89, 0xf8, 0xc3] // mov eax, edi; ret
    }
}

/// `int main(void) { for (;;); }`.
pub fn forever() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[0x1400_0000]) // b .
    } else {
        vec![0xeb, 0xfe] // jmp .
    }
}

/// An undefined instruction (SIGILL).
pub fn trap() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        a64(&[0x0000_0000]) // udf #0
    } else {
        vec![0x0f, 0x0b] // ud2
    }
}

/// `void f(void) { _exit(code); }` with `_exit` at `exit_fn`.
pub fn exit_with(code: u8, exit_fn: u64) -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        // mov w0, #code; ldr x16, .+12; br x16; nop; .quad exit_fn
        let mov = 0x5280_0000 | (u32::from(code) << 5);
        let mut v = a64(&[mov, 0x5800_0070, 0xd61f_0200, 0xd503_201f]);
        v.extend_from_slice(&exit_fn.to_le_bytes());
        v
    } else {
        // mov edi, code; movabs rax, exit_fn; jmp rax
        let mut v = vec![0xbf, code, 0, 0, 0, 0x48, 0xb8];
        v.extend_from_slice(&exit_fn.to_le_bytes());
        v.extend_from_slice(&[0xff, 0xe0]);
        v
    }
}

/// `void f(void) { g(arg); }` with `g` at `function`.
pub fn call_with(function: u64, arg: u64) -> Vec<u8> {
    let mut v;
    if cfg!(target_arch = "aarch64") {
        // stp x29, x30, [sp, #-16]!; ldr x0, lit1; ldr x16, lit2; blr x16;
        // ldp x29, x30, [sp], #16; ret; lit1: .quad arg; lit2: .quad function
        v = a64(&[
            0xa9bf_7bfd,
            0x5800_00a0,
            0x5800_00d0,
            0xd63f_0200,
            0xa8c1_7bfd,
            A64_RET,
        ]);
        v.extend_from_slice(&arg.to_le_bytes());
        v.extend_from_slice(&function.to_le_bytes());
    } else {
        // sub rsp, 8; movabs rdi, arg; movabs rax, function; call rax; add rsp, 8; ret
        v = vec![0x48, 0x83, 0xec, 0x08, 0x48, 0xbf];
        v.extend_from_slice(&arg.to_le_bytes());
        v.extend_from_slice(&[0x48, 0xb8]);
        v.extend_from_slice(&function.to_le_bytes());
        v.extend_from_slice(&[0xff, 0xd0, 0x48, 0x83, 0xc4, 0x08, 0xc3]);
    }
    v
}

/// Places `functions` in one code region of module `owner` (each at a 16-byte boundary),
/// finalizes it, and returns their addresses.
pub fn load(conn: &mut Connection, owner: u32, functions: &[Vec<u8>]) -> Vec<u64> {
    let mut offsets = Vec::new();
    let mut size = 0u64;
    for f in functions {
        offsets.push(size);
        size += (f.len() as u64).next_multiple_of(16);
    }
    let base = match ok(
        conn,
        &Request::Allocate {
            owner,
            regions: vec![Region {
                kind: 0,
                size,
                align: 16,
                name: ".text".into(),
            }],
        },
    ) {
        Reply::Allocated { addresses } => addresses[0],
        r => panic!("Allocate: {r:?}"),
    };
    let writes = functions
        .iter()
        .zip(&offsets)
        .map(|(f, o)| Write {
            address: base + o,
            bytes: f.clone(),
        })
        .collect();
    assert_eq!(ok(conn, &Request::Finalize { writes }), Reply::Done);
    offsets.iter().map(|o| base + o).collect()
}

/// Allocates one region of `kind` and `size` for `owner`; its address.
pub fn allocate(conn: &mut Connection, owner: u32, kind: u8, size: u64) -> u64 {
    match ok(
        conn,
        &Request::Allocate {
            owner,
            regions: vec![Region {
                kind,
                size,
                align: 8,
                name: "data".into(),
            }],
        },
    ) {
        Reply::Allocated { addresses } => addresses[0],
        r => panic!("Allocate: {r:?}"),
    }
}

/// Looks `name` up (strongly) in the executor.
pub fn lookup(conn: &mut Connection, name: &str) -> u64 {
    match ok(
        conn,
        &Request::Lookup {
            names: vec![(name.to_string(), false)],
        },
    ) {
        Reply::Addresses { addresses } => addresses[0],
        r => panic!("Lookup: {r:?}"),
    }
}
