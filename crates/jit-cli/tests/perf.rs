//! Profiling support end to end: `jit run --perf-map` and `--jitdump` write what perf
//! reads, and (where `perf` works) `perf report` names the hot JIT function.
//!
//! The program, `tests/perf/hot.ll`, prints its pid first (the files are named after it)
//! and spends its time in `hot_kernel`, called often enough to be tiered up. The perf
//! tests skip, saying why, where `perf` is missing or may not record.

use jit_perf::jitdump::{Record, read_dump};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hot_ll() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/perf/hot.ll")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("jit-perf-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

/// `jit run [flags] hot.ll CALLS` with `env`.
fn run_hot(flags: &[&str], calls: u32, env: &[(&str, &Path)]) -> Output {
    let mut cmd = jit_tests::command(env!("CARGO_BIN_EXE_jit"));
    cmd.arg("run")
        .args(flags)
        .arg(hot_ll())
        .arg(calls.to_string());
    cmd.env_remove("JIT_PERF_MAP").env_remove("JIT_JITDUMP");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("spawn jit")
}

/// The pid the program printed.
fn child_pid(o: &Output) -> u32 {
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stdout: {out}\nstderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out.lines()
        .next()
        .and_then(|l| l.strip_prefix("pid "))
        .and_then(|p| p.trim().parse().ok())
        .unwrap_or_else(|| panic!("no pid in {out:?}"))
}

/// The perf map of `pid` as (start, size, name), removed once read.
fn take_map(pid: u32) -> Vec<(u64, u64, String)> {
    let path = format!("/tmp/perf-{pid}.map");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let _ = std::fs::remove_file(&path);
    text.lines()
        .map(|l| {
            let mut parts = l.splitn(3, ' ');
            let mut hex = || u64::from_str_radix(parts.next().unwrap_or(""), 16);
            let (Ok(start), Ok(size)) = (hex(), hex()) else {
                panic!("bad map line {l:?}");
            };
            (start, size, parts.next().unwrap_or("").to_string())
        })
        .collect()
}

fn count(map: &[(u64, u64, String)], name: &str) -> usize {
    map.iter().filter(|(_, _, n)| n == name).count()
}

fn assert_sane(map: &[(u64, u64, String)]) {
    for (start, size, name) in map {
        assert!(
            *start >= 0x1000 && *size > 0 && *size < 1 << 20,
            "{start:x} {size:x} {name}"
        );
        assert!(start.checked_add(*size).is_some());
        assert!(!name.is_empty());
    }
}

#[test]
fn perf_map_names_every_function_including_tier_up_replacements() {
    // `--tier-sync`: the call after the counter runs out runs the replacement, so the
    // replacement is certainly made (and reported) before the program ends.
    let o = run_hot(&["--perf-map", "--tier-sync"], 30, &[]);
    let map = take_map(child_pid(&o));
    assert_sane(&map);
    // Tier-0 body, entry stub and the optimized replacement, all under the real name.
    assert!(count(&map, "hot_kernel") >= 3, "{map:?}");
    assert!(count(&map, "main") >= 2, "{map:?}");
    assert!(
        !map.iter().any(|(_, _, n)| n.ends_with(".tier-up")),
        "{map:?}"
    );
}

#[test]
fn perf_map_at_a_fixed_level_and_from_the_environment() {
    let o = run_hot(&["-O2"], 3, &[("JIT_PERF_MAP", Path::new("1"))]);
    let map = take_map(child_pid(&o));
    assert_sane(&map);
    assert_eq!(count(&map, "hot_kernel"), 1, "{map:?}");
    assert_eq!(count(&map, "main"), 1, "{map:?}");
    // Functions do not overlap.
    let mut spans: Vec<(u64, u64)> = map.iter().map(|(s, z, _)| (*s, s + z)).collect();
    spans.sort();
    assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{map:?}");
}

#[test]
fn no_map_without_the_switch() {
    let o = run_hot(&["-O1"], 1, &[]);
    let pid = child_pid(&o);
    assert!(!Path::new(&format!("/tmp/perf-{pid}.map")).exists());
}

#[test]
fn jitdump_holds_each_function_with_its_code() {
    let dir = scratch("dump");
    let o = run_hot(&["--jitdump", "-O1"], 2, &[("JITDUMPDIR", &dir)]);
    let pid = child_pid(&o);
    let bytes = std::fs::read(dir.join(format!("jit-{pid}.dump"))).expect("the dump");
    let (header, records) = read_dump(&bytes).expect("a valid jitdump");
    assert_eq!(header.pid, pid);
    let loads: Vec<_> = records
        .iter()
        .filter_map(|r| match r {
            Record::CodeLoad(c) => Some(c),
            _ => None,
        })
        .collect();
    let hot = loads
        .iter()
        .find(|c| c.name == "hot_kernel")
        .expect("hot_kernel loaded");
    assert!(!hot.code.is_empty() && hot.code_address == hot.vma && hot.pid == pid);
    assert!(hot.timestamp >= header.timestamp);
    let mut indices: Vec<u64> = loads.iter().map(|c| c.code_index).collect();
    indices.dedup();
    assert_eq!(indices, (0..loads.len() as u64).collect::<Vec<_>>());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Why `perf record` cannot be used here, if it cannot.
fn perf_unusable(dir: &Path) -> Option<String> {
    if std::env::var_os("JIT_TEST_RUNNER").is_some() {
        return Some("the tests run under an emulator".into());
    }
    if let Ok(p) = std::fs::read_to_string("/proc/sys/kernel/perf_event_paranoid") {
        let level: i32 = p.trim().parse().unwrap_or(2);
        // SAFETY: geteuid has no preconditions.
        let root = unsafe { libc::geteuid() } == 0;
        if level > 2 && !root {
            return Some(format!("perf_event_paranoid is {level}"));
        }
    }
    let probe = dir.join("probe.data");
    match Command::new("perf")
        .args(["record", "-q", "-o"])
        .arg(&probe)
        .args(["--", "true"])
        .output()
    {
        Err(e) => Some(format!("perf: {e}")),
        Ok(o) if !o.status.success() => Some(format!(
            "perf record fails: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Ok(_) => None,
    }
}

fn perf(args: &[&str], paths: &[&Path]) -> Result<Output, String> {
    let mut cmd = Command::new("perf");
    cmd.args(args);
    for p in paths {
        cmd.arg(p);
    }
    let o = cmd.output().map_err(|e| format!("perf: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "perf {args:?} failed: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ));
    }
    Ok(o)
}

/// The `perf report --stdio` lines that name symbols, hottest first.
fn report(data: &Path) -> String {
    let o = perf(&["report", "--stdio", "-i"], &[data]).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .take(5)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn perf_report_names_the_hot_function_through_the_perf_map() {
    let dir = scratch("record");
    if let Some(why) = perf_unusable(&dir) {
        eprintln!("skipped: {why}");
        return;
    }
    let data = dir.join("perf.data");
    let jit = env!("CARGO_BIN_EXE_jit");
    let hot = hot_ll();
    let o = perf(
        &["record", "-q", "-o"],
        &[
            &data,
            Path::new("--"),
            Path::new(jit),
            Path::new("run"),
            Path::new("--perf-map"),
            &hot,
            Path::new("1500"),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let pid = child_pid(&o);
    let top = report(&data);
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    let first = top.lines().next().unwrap_or_default();
    assert!(
        first.contains("hot_kernel") && first.contains("[JIT]"),
        "perf report:\n{top}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn perf_inject_names_the_hot_function_through_the_jitdump() {
    let dir = scratch("inject");
    if let Some(why) = perf_unusable(&dir) {
        eprintln!("skipped: {why}");
        return;
    }
    let data = dir.join("perf.data");
    let injected = dir.join("perf.jit.data");
    let jit = env!("CARGO_BIN_EXE_jit");
    let hot = hot_ll();
    let mut cmd = Command::new("perf");
    cmd.args(["record", "-q", "-k", "1", "-o"])
        .arg(&data)
        .arg("--")
        .arg(jit)
        .args(["run", "--jitdump"])
        .arg(&hot)
        .arg("1500")
        .env("JITDUMPDIR", &dir);
    let o = cmd.output().expect("spawn perf");
    if !o.status.success() {
        // `-k 1` needs a kernel that can stamp samples with CLOCK_MONOTONIC.
        eprintln!(
            "skipped: perf record -k 1 fails: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        );
        return;
    }
    let pid = child_pid(&o);
    assert!(dir.join(format!("jit-{pid}.dump")).exists());
    if let Err(e) = perf(
        &["inject", "--jit", "-i"],
        &[&data, Path::new("-o"), &injected],
    ) {
        eprintln!("skipped: {e}");
        return;
    }
    let top = report(&injected);
    let first = top.lines().next().unwrap_or_default();
    assert!(
        first.contains("hot_kernel") && first.contains(&format!("jitted-{pid}-")),
        "perf report after inject:\n{top}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jitdump_has_the_source_lines_of_a_debug_build() {
    // `tests/gdb/prog.c` as clang -g IR: each function's line table comes before its code.
    // The IR is x86-64's (AArch64 line tables are checked in codegen-dynasm's tests).
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = scratch("lines");
    let prog = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gdb/prog.O0.ll");
    let o = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
        .args(["run", "--jitdump", "--tiering=off"])
        .arg(&prog)
        .env_remove("JIT_PERF_MAP")
        .env_remove("JIT_JITDUMP")
        .env("JITDUMPDIR", &dir)
        .output()
        .expect("spawn jit");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dump = std::fs::read_dir(&dir)
        .expect("the dump directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "dump"))
        .expect("a jit-<pid>.dump");
    let (_, records) = read_dump(&std::fs::read(dump).unwrap()).expect("a valid jitdump");
    let load = records
        .iter()
        .position(|r| matches!(r, Record::CodeLoad(c) if c.name == "hot_spot"))
        .expect("hot_spot loaded");
    let Record::CodeLoad(code) = &records[load] else {
        unreachable!()
    };
    let Some(Record::DebugInfo(lines)) = load.checked_sub(1).map(|i| &records[i]) else {
        panic!("no line table right before hot_spot's code");
    };
    assert_eq!(lines.code_address, code.code_address);
    let body = code.code_address..code.code_address + code.code.len() as u64;
    // The definition's line, then the body's lines (prog.c:12-20), in address order.
    assert_eq!(lines.entries[0].line, 12);
    assert!(
        lines
            .entries
            .windows(2)
            .all(|w| w[0].address <= w[1].address)
    );
    for e in &lines.entries {
        assert!(body.contains(&e.address), "{e:?} outside {body:x?}");
        assert!((12..=20).contains(&e.line) || e.line == 0, "{e:?}");
        assert!(e.file.ends_with("prog.c"), "{e:?}");
    }
    for line in [13, 15, 16, 18, 19] {
        assert!(
            lines.entries.iter().any(|e| e.line == line),
            "no row for line {line}: {:?}",
            lines.entries
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
