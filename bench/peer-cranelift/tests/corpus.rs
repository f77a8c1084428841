//! Runs every `tests/corpus/x86_64/*.ll` program through the Cranelift peer (in a child
//! process, `peer-cranelift-run`, at both Cranelift opt levels) and compares stdout and
//! exit status with `tests/corpus/expected/`. Programs that do not translate are reported
//! with the reason; every program that translates must behave exactly like the native one.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const NOT_TRANSLATED: i32 = 125;
const LIMIT: Duration = Duration::from_secs(60);

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

enum Outcome {
    Pass,
    NotTranslated(String),
    Fail(String),
}

fn run_one(ll: &Path, opt: &str) -> Outcome {
    let corpus = corpus();
    let stem = ll.file_stem().unwrap().to_string_lossy().into_owned();
    let name = stem.split('.').next().unwrap().to_string();
    let args: Vec<String> =
        std::fs::read_to_string(corpus.join("src").join(format!("{name}.args")))
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default();
    let expected_out =
        std::fs::read(corpus.join("expected").join(format!("{name}.stdout"))).unwrap();
    let expected_exit: i32 =
        std::fs::read_to_string(corpus.join("expected").join(format!("{name}.exit")))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
    let dir = std::env::temp_dir().join(format!(
        "peer-cranelift-{}-{stem}-{opt}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("stdout");
    let err_path = dir.join("stderr");
    let mut child = Command::new(env!("CARGO_BIN_EXE_peer-cranelift-run"))
        .arg("--opt")
        .arg(opt)
        .arg(ll)
        .args(&args)
        .current_dir(&dir)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = std::fs::read(&out_path).unwrap_or_default();
    let stderr =
        String::from_utf8_lossy(&std::fs::read(&err_path).unwrap_or_default()).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    let Some(status) = status else {
        return Outcome::Fail("timed out".into());
    };
    if status.code() == Some(NOT_TRANSLATED)
        && let Some(reason) = stderr
            .lines()
            .find_map(|l| l.strip_prefix("peer-cranelift: not translated: "))
    {
        return Outcome::NotTranslated(reason.to_string());
    }
    let Some(code) = status.code() else {
        return Outcome::Fail(format!("killed by {status}; stderr: {}", stderr.trim()));
    };
    if code != expected_exit {
        return Outcome::Fail(format!(
            "exit {code}, expected {expected_exit}; stderr: {}",
            stderr.trim()
        ));
    }
    if stdout != expected_out {
        let got = String::from_utf8_lossy(&stdout);
        let want = String::from_utf8_lossy(&expected_out);
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        return Outcome::Fail(format!(
            "stdout differs at line {}: got {:?}, expected {:?}",
            line + 1,
            got.lines().nth(line).unwrap_or("<eof>"),
            want.lines().nth(line).unwrap_or("<eof>")
        ));
    }
    Outcome::Pass
}

#[test]
#[cfg_attr(
    not(target_arch = "x86_64"),
    ignore = "the corpus peer run is x86-64 only"
)]
fn corpus_programs_match_native_output() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join("x86_64"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        .collect();
    files.sort();
    let jobs: Vec<(PathBuf, &str)> = files
        .iter()
        .flat_map(|f| [(f.clone(), "none"), (f.clone(), "speed")])
        .collect();
    let queue = Mutex::new(jobs.into_iter());
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let next = queue.lock().unwrap().next();
                    let Some((f, opt)) = next else { break };
                    let o = run_one(&f, opt);
                    results.lock().unwrap().push((f, opt, o));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let (mut pass, mut untranslated, mut failed) = (0, Vec::new(), Vec::new());
    for (f, opt, o) in &results {
        let name = f.file_name().unwrap().to_string_lossy();
        match o {
            Outcome::Pass => pass += 1,
            Outcome::NotTranslated(r) => untranslated.push(format!("{name} [{opt}]: {r}")),
            Outcome::Fail(r) => failed.push(format!("{name} [{opt}]: {r}")),
        }
    }
    println!("not translated:");
    for u in &untranslated {
        println!("  {u}");
    }
    println!("failed:");
    for f in &failed {
        println!("  {f}");
    }
    println!(
        "corpus runs: {} total, {} translated, {} passed, {} not translated, {} failed",
        results.len(),
        results.len() - untranslated.len(),
        pass,
        untranslated.len(),
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} corpus runs differ from the native build",
        failed.len()
    );
    assert!(pass > 0, "no corpus program ran");
}
