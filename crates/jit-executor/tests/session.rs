//! The executor over pipes, as `jit_remote::launch` starts it: the handshake, placing and
//! calling machine code, the checks on every address the host sends, and how the
//! program's end — returning from `main`, `exit`, a crash — reaches the host and the
//! executor's own exit status.

mod common;

use common::*;
use jit_remote::{Ended, Region, Reply, Request, Value, ValueKind, Write};
use std::io::Write as _;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;

const I32: ValueKind = ValueKind::Int {
    bits: 32,
    signed: true,
};

#[test]
fn the_handshake_describes_the_executor() {
    let (mut conn, mut child, setup) = start(&[]);
    let triple = if cfg!(target_arch = "aarch64") {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-unknown-linux-gnu"
    };
    assert_eq!(setup.triple, triple);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64;
    assert_eq!(setup.page_size, page);
    assert_eq!(setup.memory_manager, "section");
    assert_ne!(setup.pid, 0);
    assert_ne!(
        setup.pid,
        child.id(),
        "the worker is the supervisor's child"
    );
    let names: Vec<&str> = setup.bootstrap.iter().map(|(n, _)| n.as_str()).collect();
    for n in [
        "__jit_tls_address",
        "__cxa_thread_atexit",
        "exit",
        "__dso_handle",
    ] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    assert!(!names.contains(&"__jit_tier_up"));
    assert!(setup.bootstrap.iter().all(|(_, a)| *a != 0));
    // The runtime comes first in lookups too.
    let tls = setup.bootstrap[names
        .iter()
        .position(|n| *n == "__jit_tls_address")
        .unwrap()]
    .1;
    assert_eq!(lookup(&mut conn, "__jit_tls_address"), tls);
    // A second Hello is answered the same way.
    assert!(matches!(
        ok(&mut conn, &Request::Hello { version: 99 }),
        Reply::Setup(s) if s.version == jit_remote::PROTOCOL_VERSION
    ));
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

#[test]
fn another_manager_by_name() {
    let (mut conn, mut child, setup) = start(&["--mm", "pool"]);
    assert_eq!(setup.memory_manager, "pool");
    let f = load(&mut conn, 1, &[double_it()])[0];
    let r = ok(
        &mut conn,
        &Request::Call {
            address: f,
            args: vec![Value { kind: I32, bits: 4 }],
            ret: I32,
        },
    );
    assert_eq!(r, Reply::Returned(Value { kind: I32, bits: 8 }));
    drop(conn);
    // A host that goes away without hanging up: the worker ends with status 1.
    assert_eq!(wait(&mut child).code(), Some(1));
}

#[test]
fn code_is_placed_called_and_released() {
    let (mut conn, mut child, _) = start(&[]);
    let fs = load(&mut conn, 1, &[double_it(), nothing()]);
    let call = |x: u64| Request::Call {
        address: fs[0],
        args: vec![Value { kind: I32, bits: x }],
        ret: I32,
    };
    assert_eq!(
        ok(&mut conn, &call(21)),
        Reply::Returned(Value {
            kind: I32,
            bits: 42
        })
    );
    // -3 doubled, zero-extended from 32 bits.
    assert_eq!(
        ok(&mut conn, &call(u64::from((-3i32) as u32))),
        Reply::Returned(Value {
            kind: I32,
            bits: u64::from((-6i32) as u32)
        })
    );
    assert_eq!(
        ok(
            &mut conn,
            &Request::RunVoid {
                addresses: vec![fs[1], fs[1]]
            }
        ),
        Reply::Done
    );
    assert_ne!(lookup(&mut conn, "malloc"), 0);
    assert_eq!(lookup(&mut conn, "no_such_symbol_anywhere_42"), 0);
    match ok(
        &mut conn,
        &Request::Lookup {
            names: vec![("printf".into(), true), ("nope_weak_42".into(), true)],
        },
    ) {
        Reply::Addresses { addresses } => {
            assert_ne!(addresses[0], 0);
            assert_eq!(addresses[1], 0);
        }
        r => panic!("{r:?}"),
    }
    // The runtime's thread-local storage, called as JIT code calls it: a copy of the
    // image (here: the code), the same one each time on one thread; nothing for null.
    let tls = lookup(&mut conn, "__jit_tls_address");
    let u64v = |bits| Value {
        kind: ValueKind::Int {
            bits: 64,
            signed: false,
        },
        bits,
    };
    let tls_call = |image: u64| Request::Call {
        address: tls,
        args: vec![u64v(image), u64v(4), u64v(16)],
        ret: ValueKind::Ptr,
    };
    let Reply::Returned(copy) = ok(&mut conn, &tls_call(fs[0])) else {
        panic!("no copy")
    };
    assert!(
        copy.bits != 0 && copy.bits != fs[0] && copy.bits % 16 == 0,
        "{copy:?}"
    );
    assert_eq!(ok(&mut conn, &tls_call(fs[0])), Reply::Returned(copy));
    assert!(matches!(ok(&mut conn, &tls_call(0)), Reply::Returned(v) if v.bits == 0));
    assert_eq!(ok(&mut conn, &Request::Release { owner: 1 }), Reply::Done);
    // A module that is not there releases nothing.
    assert_eq!(ok(&mut conn, &Request::Release { owner: 77 }), Reply::Done);
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

#[test]
fn addresses_outside_the_regions_are_refused() {
    let (mut conn, mut child, _) = start(&[]);
    let data = allocate(&mut conn, 1, 2, 64);
    let write = |address: u64, n: usize| Request::Finalize {
        writes: vec![Write {
            address,
            bytes: vec![0xab; n],
        }],
    };
    // Outside, across the end, before the start: refused, and nothing happens.
    let m = refused(&mut conn, &write(0x10, 4));
    assert!(m.contains("outside every allocated region"), "{m}");
    refused(&mut conn, &write(data + 60, 8));
    refused(&mut conn, &write(data - 1, 2));
    refused(&mut conn, &write(u64::MAX - 2, 8));
    // One bad write among good ones: none is carried out, the region stays writable.
    let mixed = Request::Finalize {
        writes: vec![
            Write {
                address: data,
                bytes: vec![1; 8],
            },
            Write {
                address: data + 64,
                bytes: vec![1],
            },
        ],
    };
    refused(&mut conn, &mixed);
    // The connection still works: the whole region, then finalized.
    assert_eq!(ok(&mut conn, &write(data, 64)), Reply::Done);
    let m = refused(&mut conn, &write(data, 8));
    assert!(m.contains("finalized"), "{m}");
    // Released memory is gone.
    assert_eq!(ok(&mut conn, &Request::Release { owner: 1 }), Reply::Done);
    refused(&mut conn, &write(data, 8));
    // Impossible allocations are errors, not crashes.
    for (size, align) in [(1u64 << 60, 8u64), (8, 1 << 40)] {
        let m = refused(
            &mut conn,
            &Request::Allocate {
                owner: 2,
                regions: vec![
                    Region {
                        kind: 1,
                        size: 16,
                        align: 8,
                        name: "ok".into(),
                    },
                    Region {
                        kind: 0,
                        size,
                        align,
                        name: "huge".into(),
                    },
                ],
            },
        );
        assert!(m.contains("huge"), "{m}");
    }
    // An alignment beyond what the manager can give is refused, never ignored.
    for align in [1u64 << 25, 1 << 36] {
        let r = conn.call(&Request::Allocate {
            owner: 3,
            regions: vec![Region {
                kind: 0,
                size: 16,
                align,
                name: "aligned".into(),
            }],
        });
        match r {
            Ok(Reply::Allocated { addresses }) => assert_eq!(addresses[0] % align, 0),
            Err(jit_remote::RemoteError::Executor(m)) => assert!(m.contains("aligned"), "{m}"),
            r => panic!("{r:?}"),
        }
    }
    // Calls with a void argument.
    refused(
        &mut conn,
        &Request::Call {
            address: 1,
            args: vec![Value {
                kind: ValueKind::Void,
                bits: 0,
            }],
            ret: ValueKind::Void,
        },
    );
    let m = refused(
        &mut conn,
        &Request::LoadLibrary {
            library: "/nonexistent/libnothing.so".into(),
        },
    );
    assert!(m.contains("/nonexistent/libnothing.so"), "{m}");
    refused(
        &mut conn,
        &Request::LoadLibrary {
            library: "-lno_such_library_42".into(),
        },
    );
    assert_eq!(
        ok(
            &mut conn,
            &Request::LoadLibrary {
                library: "-lm".into()
            }
        ),
        Reply::Done
    );
    assert_ne!(lookup(&mut conn, "cos"), 0);
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

#[test]
fn eh_frames_must_be_terminated_inside_a_finalized_region_of_their_module() {
    let (mut conn, mut child, _) = start(&[]);
    let eh = allocate(&mut conn, 1, 1, 16);
    let register = |owner: u32, address: u64| Request::RegisterEhFrames {
        owner,
        addresses: vec![address],
    };
    let m = refused(&mut conn, &register(1, eh));
    assert!(m.contains("no finalized region"), "{m}");
    // A record claiming 0x100 bytes in a 16-byte region, then an empty section.
    let mut bytes = 0x100u32.to_le_bytes().to_vec();
    bytes.extend_from_slice(&[0; 12]);
    let finalize = Request::Finalize {
        writes: vec![Write { address: eh, bytes }],
    };
    assert_eq!(ok(&mut conn, &finalize), Reply::Done);
    let m = refused(&mut conn, &register(1, eh));
    assert!(m.contains("not terminated"), "{m}");
    refused(&mut conn, &register(2, eh + 4));
    refused(&mut conn, &register(1, eh + 14));
    // An empty section (just the terminator): nothing to register, but fine.
    assert_eq!(ok(&mut conn, &register(1, eh + 4)), Reply::Done);
    assert_eq!(ok(&mut conn, &Request::Release { owner: 1 }), Reply::Done);
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

fn run_main(main: u64, params: u8, args: &[&str], destructors: Vec<u64>) -> Request {
    Request::RunMain {
        main,
        params,
        args: args.iter().map(|s| s.to_string()).collect(),
        env: vec!["A=1".into()],
        constructors: vec![],
        destructors,
    }
}

#[test]
fn the_program_ends_with_mains_result() {
    let (mut conn, mut child, _) = start(&[]);
    let f = load(&mut conn, 1, &[seven()])[0];
    assert_eq!(
        ended(&mut conn, &run_main(f, 0, &["p"], vec![])),
        Ended::Exited(7)
    );
    assert_eq!(wait(&mut child).code(), Some(7));
    // Nothing follows the end.
    assert!(conn.call(&Request::Hangup).is_err());
}

#[test]
fn main_gets_its_arguments_and_the_destructors_run_at_exit() {
    let (mut conn, mut child, _) = start(&[]);
    let f = load(&mut conn, 1, &[argc()])[0];
    assert_eq!(
        ended(&mut conn, &run_main(f, 3, &["prog", "a", "b c"], vec![])),
        Ended::Exited(3)
    );
    assert_eq!(wait(&mut child).code(), Some(3));

    let (mut conn, mut child, _) = start(&[]);
    let exit_fn = lookup(&mut conn, "_exit");
    assert_ne!(exit_fn, 0);
    let fs = load(&mut conn, 1, &[seven(), exit_with(9, exit_fn)]);
    // The destructor ends the process with 9 after main returned 7.
    assert_eq!(
        ended(&mut conn, &run_main(fs[0], 2, &["prog"], vec![fs[1]])),
        Ended::Exited(9)
    );
    assert_eq!(wait(&mut child).code(), Some(9));
}

#[test]
fn the_programs_exit_handlers_run_before_its_destructors() {
    let (mut conn, mut child, _) = start(&[]);
    let exit_fn = lookup(&mut conn, "_exit");
    let atexit = lookup(&mut conn, "atexit");
    assert_ne!(
        atexit, 0,
        "atexit is found although libc does not export it"
    );
    // Module 1: the exit handler `_exit(8)` and the destructor `_exit(9)`; module 2: a
    // constructor that registers the handler, as C++ static constructors do.
    let fs = load(
        &mut conn,
        1,
        &[seven(), exit_with(8, exit_fn), exit_with(9, exit_fn)],
    );
    let ctor = load(&mut conn, 2, &[call_with(atexit, fs[1])])[0];
    let r = Request::RunMain {
        main: fs[0],
        params: 0,
        args: vec![],
        env: vec![],
        constructors: vec![ctor],
        destructors: vec![fs[2]],
    };
    // The handler the program registered runs first (and ends the process).
    assert_eq!(ended(&mut conn, &r), Ended::Exited(8));
    assert_eq!(wait(&mut child).code(), Some(8));
}

#[test]
fn exit_from_jit_code_is_the_programs_end() {
    let (mut conn, mut child, setup) = start(&[]);
    let exit = setup
        .bootstrap
        .iter()
        .find(|(n, _)| n == "exit")
        .expect("exit in the bootstrap")
        .1;
    let r = Request::Call {
        address: exit,
        args: vec![Value { kind: I32, bits: 5 }],
        ret: ValueKind::Void,
    };
    assert_eq!(ended(&mut conn, &r), Ended::Exited(5));
    assert_eq!(wait(&mut child).code(), Some(5));
}

/// How a crash reaches the host, and the executor's own status after it.
fn crash(address_of: impl FnOnce(&mut jit_remote::Connection) -> u64, signals: &[i32]) {
    let (mut conn, mut child, _) = start(&[]);
    let address = address_of(&mut conn);
    let r = Request::Call {
        address,
        args: vec![],
        ret: ValueKind::Void,
    };
    let e = ended(&mut conn, &r);
    let Ended::Signaled(sig) = e else {
        panic!("expected a signal, got {e:?}")
    };
    assert!(
        signals.contains(&sig),
        "signal {sig}, expected one of {signals:?}"
    );
    let status = wait(&mut child);
    if emulated() {
        // QEMU reports a guest's death by signal in its own way; the host's report is
        // what counts, and the executor did end.
        assert!(!status.success());
    } else {
        assert_eq!(status.signal(), Some(sig), "{status:?}");
    }
}

#[test]
fn a_crash_is_reported_as_the_signal() {
    crash(|conn| load(conn, 1, &[trap()])[0], &[libc::SIGILL]);
    crash(|_| 0, &[libc::SIGSEGV]);
    // The test process itself is intact: it is still here to say so.
    let (mut conn, mut child, _) = start(&[]);
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

#[test]
fn the_supervisor_passes_termination_on_and_ignores_the_terminals_interrupt() {
    let (mut conn, mut child, _) = start(&[]);
    let pid = child.id() as libc::pid_t;
    let f = load(&mut conn, 1, &[forever()])[0];
    conn.send_request(&run_main(f, 0, &["p"], vec![])).unwrap();
    // SIGINT reaches the whole process group from a terminal: the worker gets its own
    // copy there, and the supervisor stays to report. SAFETY: signals our own child.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(
        child.try_wait().unwrap().is_none(),
        "SIGINT ended the supervisor"
    );
    // SIGTERM sent to the executor is the program's. SAFETY: as above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    assert!(matches!(
        conn.recv_reply(),
        Ok(Reply::Ended(Ended::Signaled(libc::SIGTERM)))
    ));
    let status = wait(&mut child);
    if !emulated() {
        assert_eq!(status.signal(), Some(libc::SIGTERM));
    }
}

#[test]
fn a_program_that_is_not_runnable_ends_with_status_1() {
    let (mut conn, mut child, _) = start(&[]);
    let r = Request::RunMain {
        main: 1,
        params: 2,
        args: vec!["a\0b".into()],
        env: vec![],
        constructors: vec![],
        destructors: vec![],
    };
    assert_eq!(ended(&mut conn, &r), Ended::Exited(1));
    assert_eq!(wait(&mut child).code(), Some(1));
}

#[test]
fn garbage_instead_of_hello_ends_the_executor() {
    // A frame that is not a request at all.
    let (mut conn, mut child) = jit_remote::launch::launch(&executor_command(&[])).expect("launch");
    conn.set_timeout(Some(DEADLINE));
    conn.send_frame(b"GET / HTTP/1.0\r\n\r\n").unwrap();
    assert!(matches!(
        conn.recv_reply(),
        Ok(Reply::Ended(Ended::Exited(1)))
    ));
    assert_eq!(wait(&mut child).code(), Some(1));

    // Hello with the wrong magic.
    let (mut conn, mut child) = jit_remote::launch::launch(&executor_command(&[])).expect("launch");
    conn.set_timeout(Some(DEADLINE));
    let mut hello = Request::Hello { version: 1 }.encode();
    hello[1] = b'X';
    conn.send_frame(&hello).unwrap();
    assert!(matches!(
        conn.recv_reply(),
        Ok(Reply::Ended(Ended::Exited(1)))
    ));
    assert_eq!(wait(&mut child).code(), Some(1));

    // A request that is valid but not Hello.
    let (mut conn, mut child) = jit_remote::launch::launch(&executor_command(&[])).expect("launch");
    conn.set_timeout(Some(DEADLINE));
    assert!(matches!(
        conn.call(&Request::Release { owner: 1 }),
        Err(jit_remote::RemoteError::Ended(Ended::Exited(1)))
    ));
    assert_eq!(wait(&mut child).code(), Some(1));
}

#[test]
fn a_malformed_frame_mid_session_ends_the_worker() {
    let (mut conn, mut child, _) = start(&[]);
    // Unknown tag.
    conn.send_frame(&[0xee, 1, 2, 3]).unwrap();
    assert!(matches!(
        conn.recv_reply(),
        Ok(Reply::Ended(Ended::Exited(1)))
    ));
    assert_eq!(wait(&mut child).code(), Some(1));
}

#[test]
fn raw_garbage_on_the_pipe_ends_the_executor_without_hanging() {
    // Not even a frame: a length the stream never delivers, then the end of the stream.
    let mut child = command(&["--fds", "0,1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"\xff\xff\x00\x00garbage").unwrap();
    drop(stdin);
    let status = wait(&mut child);
    assert_eq!(status.code(), Some(1));
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("jit-executor: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn bad_command_lines_are_refused() {
    for (args, needle) in [
        (&["--fds", "3"][..], "--fds 3"),
        (&[][..], "--fds R,W or --listen"),
        (&["--fds", "200,201"][..], "descriptor 200"),
        (
            &["--fds", "0,1", "--mm", "nope"][..],
            "no memory manager `nope`",
        ),
        (
            &["--fds", "0,1", "--mm", "section:colour=blue"][..],
            "colour",
        ),
    ] {
        let out = command(args).output().expect("spawn");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let out = command(&["--help"]).output().expect("spawn");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("--listen"));
}
