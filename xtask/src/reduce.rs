//! `cargo xtask reduce FILE.ll`: shrinks a program that `jit run` gets wrong (a csmith
//! failure kept by `cargo xtask csmith`, or any `.ll`) into a small module that still shows
//! the difference, ready to become a corpus case or a filetest.
//!
//! `llvm-reduce-19` does the shrinking; what makes a candidate interesting is decided here,
//! in a script it runs on each candidate: the candidate is built natively by clang-19 at
//! -O0 and at -O2, both builds must finish within a few seconds and agree (stdout and exit
//! status) — so a reduction that introduced undefined behaviour, or that never ends, is
//! refused — and `jit run` with the chosen engine and level must differ from them (another
//! output, another status, a crash, an error, or no answer in time). The reduced module is
//! written beside the input as `NAME.reduced.ll` (or `--output`).
//!
//! Host architecture only (x86-64): the oracle runs natively.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result, bail};

use crate::apps::{self, Arch, Engine};
use crate::process;
use crate::setup::{self, Requirement};

/// Arguments of `cargo xtask reduce`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReduceArgs {
    /// The `.ll` file `jit run` gets wrong (its own target: the host's).
    file: PathBuf,
    /// The engine that gets it wrong.
    #[arg(long, value_enum, default_value = "mcjit")]
    engine: Engine,
    /// The engine OptLevel (`jit run -O<level>`), 0 to 3.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=3))]
    level: u8,
    /// Tiered instead of one level, every function replaced at once (`--tiering=on
    /// --tier-sync --tier-threshold=1`).
    #[arg(long, conflicts_with = "level")]
    tiered: bool,
    /// Where to write the reduced module (default: FILE with `.reduced.ll`).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Seconds each native build's run and each `jit run` of a candidate may take.
    #[arg(long, default_value_t = 10)]
    timeout: u64,
}

const CLANG: &str = "clang-19";
const LLVM_REDUCE: &str = "llvm-reduce-19";

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: CLANG,
        package: "clang-19",
    },
    Requirement {
        probe: LLVM_REDUCE,
        package: "llvm-19",
    },
];

/// Reduces `args.file` with the release `jit` of this workspace.
pub fn run(root: &Path, cargo: &Path, args: &ReduceArgs) -> Result<()> {
    if std::env::consts::ARCH != "x86_64" {
        bail!("cargo xtask reduce runs the oracle natively: x86-64 hosts only");
    }
    setup::ensure_packages("cargo xtask reduce", REQUIREMENTS)?;
    let jit = apps::build_jit(root, cargo, Arch::X86_64)?;
    let mut jit_cmd = vec![
        jit.display().to_string(),
        "run".to_string(),
        "--engine".to_string(),
        args.engine.name().to_string(),
    ];
    if args.tiered {
        jit_cmd.extend(["--tiering=on", "--tier-sync", "--tier-threshold=1"].map(String::from));
    } else {
        jit_cmd.push(format!("-O{}", args.level));
    }
    let output = args.output.clone().unwrap_or_else(|| {
        let stem = args
            .file
            .file_stem()
            .map_or_else(|| "reduced".into(), |s| s.to_string_lossy().into_owned());
        args.file.with_file_name(format!("{stem}.reduced.ll"))
    });
    let work = root.join("target").join("xtask-reduce");
    reduce(&args.file, &output, &jit_cmd, &work, args.timeout)
}

/// The interestingness test: exit 0 when the candidate (`$1`) builds and runs natively the
/// same at -O0 and -O2 within `timeout` seconds and `jit` (a command line, the candidate
/// appended) does something else. Every run gets its own directory (llvm-reduce tests
/// candidates in parallel).
fn script(jit_cmd: &[String], timeout: u64) -> String {
    let jit: Vec<String> = jit_cmd.iter().map(|w| shell_quote(w)).collect();
    format!(
        r#"#!/bin/sh
# Written by `cargo xtask reduce`: is the candidate "$1" still a program jit gets wrong?
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
for o in O0 O2; do
  {clang} -w -$o "$1" -o "$d/$o" -lm 2>/dev/null || exit 1
  timeout {t} "$d/$o" > "$d/$o.out" 2>/dev/null
  echo $? > "$d/$o.code"
done
# A run that timed out or crashed is no oracle.
[ "$(cat "$d/O0.code")" -lt 124 ] || exit 1
cmp -s "$d/O0.out" "$d/O2.out" && cmp -s "$d/O0.code" "$d/O2.code" || exit 1
timeout {tj} {jit} "$1" > "$d/jit.out" 2>/dev/null
echo $? > "$d/jit.code"
if cmp -s "$d/O0.out" "$d/jit.out" && cmp -s "$d/O0.code" "$d/jit.code"; then
  exit 1
fi
exit 0
"#,
        clang = CLANG,
        t = timeout,
        tj = timeout * 2,
        jit = jit.join(" ")
    )
}

fn shell_quote(word: &str) -> String {
    if word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./=:+,".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Reduces `input` into `output` against `jit_cmd`, with scratch files in `work`.
fn reduce(
    input: &Path,
    output: &Path,
    jit_cmd: &[String],
    work: &Path,
    timeout: u64,
) -> Result<()> {
    fs::create_dir_all(work).with_context(|| format!("creating {}", work.display()))?;
    let test = work.join("interesting.sh");
    fs::write(&test, script(jit_cmd, timeout))
        .with_context(|| format!("writing {}", test.display()))?;
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(&test, fs::Permissions::from_mode(0o755))?;
    let input = input
        .canonicalize()
        .with_context(|| format!("{}", input.display()))?;
    // The input must show the problem, or there is nothing to keep while reducing.
    let first = Command::new(&test)
        .arg(&input)
        .status()
        .with_context(|| format!("running {}", test.display()))?;
    if !first.success() {
        bail!(
            "{}: not a program jit gets wrong (its -O0 and -O2 native builds disagree or do \
             not finish, or `{}` matches them)",
            input.display(),
            jit_cmd.join(" ")
        );
    }
    let before = fs::metadata(&input)?.len();
    process::run(
        Command::new(LLVM_REDUCE)
            .arg(format!("--test={}", test.display()))
            .arg(&input)
            .arg("-o")
            .arg(output)
            .current_dir(work),
    )?;
    let after = fs::metadata(output)
        .with_context(|| format!("{LLVM_REDUCE} wrote no {}", output.display()))?
        .len();
    println!(
        "reduce: {} ({before} bytes) -> {} ({after} bytes); the difference stays: `{} {}`",
        input.display(),
        output.display(),
        jit_cmd.join(" "),
        output.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module whose `@marker` a fake "jit" gets wrong: the reduction keeps `@marker`
    /// and drops everything else it can.
    #[test]
    fn reduces_to_what_shows_the_difference() {
        if !setup::find_in_path(CLANG) || !setup::find_in_path(LLVM_REDUCE) {
            eprintln!("note: {CLANG} or {LLVM_REDUCE} missing: reduce test skipped");
            return;
        }
        let work = std::env::temp_dir().join(format!("xtask-reduce-test-{}", std::process::id()));
        fs::create_dir_all(&work).unwrap();
        let input = work.join("case.ll");
        let mut ir = String::from(
            "@fmt = private constant [4 x i8] c\"%d\\0A\\00\"\n\
             declare i32 @printf(ptr, ...)\n\
             define i32 @marker(i32 %x) {\n  %r = mul i32 %x, 7\n  ret i32 %r\n}\n",
        );
        let mut body = String::from("define i32 @main() {\n");
        for i in 0..8 {
            ir.push_str(&format!(
                "define i32 @noise{i}(i32 %x) {{\n  %r = add i32 %x, {i}\n  ret i32 %r\n}}\n"
            ));
            body.push_str(&format!(
                "  %n{i} = call i32 @noise{i}(i32 {i})\n  call i32 (ptr, ...) @printf(ptr @fmt, i32 %n{i})\n"
            ));
        }
        body.push_str(
            "  %m = call i32 @marker(i32 6)\n  call i32 (ptr, ...) @printf(ptr @fmt, i32 %m)\n  ret i32 0\n}\n",
        );
        ir.push_str(&body);
        fs::write(&input, &ir).unwrap();
        // The fake engine: the native -O0 build, but a wrong answer when @marker exists.
        let fake = work.join("fake-jit.sh");
        fs::write(
            &fake,
            format!(
                "#!/bin/sh\nd=$(mktemp -d)\n{CLANG} -w -O0 \"$1\" -o \"$d/p\" || exit 1\n\"$d/p\"; c=$?\n\
                 grep -q '@marker' \"$1\" && echo wrong\nrm -rf \"$d\"\nexit $c\n"
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(&fake, fs::Permissions::from_mode(0o755)).unwrap();
        let output = work.join("case.reduced.ll");
        reduce(&input, &output, &[fake.display().to_string()], &work, 10).unwrap();
        let reduced = fs::read_to_string(&output).unwrap();
        assert!(reduced.contains("@marker"), "{reduced}");
        assert!(!reduced.contains("@noise5"), "{reduced}");
        assert!(reduced.len() * 3 < ir.len(), "{reduced}");
        // A module the fake gets right is refused up front.
        let fine = work.join("fine.ll");
        fs::write(&fine, ir.replace("marker", "plain")).unwrap();
        let err = reduce(
            &fine,
            &work.join("x.ll"),
            &[fake.display().to_string()],
            &work,
            10,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("not a program jit gets wrong"),
            "{err}"
        );
        let _ = fs::remove_dir_all(&work);
    }

    #[test]
    fn words_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("-O2"), "-O2");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
