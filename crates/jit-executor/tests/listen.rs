//! `--listen`: a Unix socket and TCP on loopback, `--once`, the refusal of addresses that
//! are not loopback, and a listener that outlives its programs' crashes.

mod common;

use common::*;
use jit_remote::{Ended, Reply, Request, ValueKind};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

/// A socket path of its own for each test.
fn socket_path() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{}/jit-executor-test-{}-{}.sock",
        std::env::temp_dir().display(),
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// Starts a listener with `args` and returns it with the address it printed. Its stderr
/// is drained on a thread afterwards, so the listener never blocks writing to it.
fn start_listener(args: &[&str]) -> (Child, String) {
    let mut child = command(args)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the listener");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line)
        .expect("read the listener's stderr");
    let address = line
        .trim_end()
        .strip_prefix("jit-executor: listening on ")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_string();
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = err.read_to_string(&mut rest);
        eprint!("{rest}");
    });
    (child, address)
}

fn connect(address: &str) -> jit_remote::Connection {
    let mut conn = jit_remote::launch::connect(address).expect("connect");
    conn.set_timeout(Some(DEADLINE));
    conn
}

#[test]
fn a_unix_socket_once() {
    let path = socket_path();
    let (mut child, address) = start_listener(&["--listen", &format!("unix:{path}"), "--once"]);
    assert_eq!(address, format!("unix:{path}"));
    let mut conn = connect(&address);
    let setup = jit_remote::launch::handshake(&mut conn).expect("handshake");
    assert_eq!(setup.triple, jit_executor::TRIPLE);
    let f = load(&mut conn, 3, &[seven()])[0];
    let r = ok(
        &mut conn,
        &Request::Call {
            address: f,
            args: vec![],
            ret: ValueKind::Int {
                bits: 32,
                signed: true,
            },
        },
    );
    assert!(matches!(r, Reply::Returned(v) if v.bits == 7), "{r:?}");
    // Only one connection: the socket is gone once it was accepted.
    assert!(!std::path::Path::new(&path).exists());
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));
}

#[test]
fn tcp_on_loopback_with_any_port_once() {
    let (mut child, address) = start_listener(&["--listen", "127.0.0.1:0", "--once"]);
    assert!(address.starts_with("127.0.0.1:"), "{address}");
    assert_ne!(address, "127.0.0.1:0", "the chosen port is printed");
    let mut conn = connect(&address);
    jit_remote::launch::handshake(&mut conn).expect("handshake");
    let f = load(&mut conn, 1, &[seven()])[0];
    let r = Request::RunMain {
        main: f,
        params: 0,
        args: vec!["p".into()],
        env: vec![],
        constructors: vec![],
        destructors: vec![],
    };
    assert_eq!(ended(&mut conn, &r), Ended::Exited(7));
    assert_eq!(
        wait(&mut child).code(),
        Some(7),
        "--once ends as its program did"
    );
}

#[test]
fn addresses_that_are_not_loopback_need_allow_remote() {
    let out = command(&["--listen", "0.0.0.0:0"]).output().expect("spawn");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--allow-remote"), "{err}");
    assert!(err.contains("0.0.0.0"), "{err}");
    // The same address with the flag binds (and is then stopped).
    let (mut child, address) =
        start_listener(&["--listen", "0.0.0.0:0", "--allow-remote", "--once"]);
    assert!(address.starts_with("0.0.0.0:"), "{address}");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn the_listener_outlives_a_crashing_program_and_refuses_garbage() {
    let path = socket_path();
    let (mut child, address) = start_listener(&["--listen", &format!("unix:{path}")]);
    // A program that crashes.
    let mut conn = connect(&address);
    jit_remote::launch::handshake(&mut conn).expect("handshake");
    let r = Request::Call {
        address: 0,
        args: vec![],
        ret: ValueKind::Void,
    };
    assert_eq!(ended(&mut conn, &r), Ended::Signaled(libc::SIGSEGV));
    // Someone who does not speak the protocol: the connection is closed after the
    // supervisor's report.
    let mut raw = std::os::unix::net::UnixStream::connect(&path).expect("connect");
    raw.write_all(b"GET / HTTP/1.0\r\n\r\n").unwrap();
    raw.shutdown(std::net::Shutdown::Write).unwrap();
    raw.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut answer = Vec::new();
    raw.read_to_end(&mut answer)
        .expect("the executor closes the connection");
    let report = jit_remote::Reply::Ended(Ended::Exited(1)).encode();
    assert_eq!(&answer[4..], &report[..], "only the end is reported");
    // Still listening.
    let mut conn = connect(&address);
    jit_remote::launch::handshake(&mut conn).expect("handshake after the crash");
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the listener is still running"
    );
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_stale_socket_is_replaced_but_other_files_are_kept() {
    let path = socket_path();
    // A socket nobody listens on any more.
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    let (mut child, address) = start_listener(&["--listen", &format!("unix:{path}"), "--once"]);
    let mut conn = connect(&address);
    jit_remote::launch::handshake(&mut conn).expect("handshake");
    assert_eq!(ended(&mut conn, &Request::Hangup), Ended::Exited(0));
    assert_eq!(wait(&mut child).code(), Some(0));

    std::fs::write(&path, b"not a socket").unwrap();
    let out = command(&["--listen", &format!("unix:{path}"), "--once"])
        .output()
        .expect("spawn");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&path).unwrap(), b"not a socket");
    std::fs::remove_file(&path).unwrap();
}
