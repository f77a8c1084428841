//! Making sure the tools a task needs are present: Debian packages (installed with
//! apt-get when running as root) and rustup components.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Result, bail};

use crate::process;

/// Something a task needs on the machine, and the Debian package that provides it.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    /// What is looked for: a program name searched in `PATH`, or an absolute file path.
    pub probe: &'static str,
    /// The Debian package that provides it.
    pub package: &'static str,
}

impl Requirement {
    fn present(&self) -> bool {
        if self.probe.starts_with('/') {
            Path::new(self.probe).exists()
        } else {
            find_in_path(self.probe)
        }
    }
}

/// True if an executable file called `name` is in one of the `PATH` directories.
pub fn find_in_path(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| {
        let candidate = dir.join(name);
        candidate
            .metadata()
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    })
}

/// True when running as root (so apt-get can install packages).
fn is_root() -> bool {
    process::stdout_of(Command::new("id").arg("-u"))
        .map(|uid| uid.trim() == "0")
        .unwrap_or(false)
}

/// Ensures every requirement is present. Missing ones are installed with apt-get when
/// running as root; otherwise the error names exactly the packages to install.
pub fn ensure_packages(purpose: &str, reqs: &[Requirement]) -> Result<()> {
    let mut missing: Vec<&'static str> = reqs
        .iter()
        .filter(|r| !r.present())
        .map(|r| r.package)
        .collect();
    missing.dedup();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    if !is_root() || !find_in_path("apt-get") {
        bail!(
            "{purpose} needs packages that are not installed: {list}\n\
             install them with: sudo apt-get install -y {list}"
        );
    }
    eprintln!("xtask: installing {list} (needed for {purpose})");
    process::run(
        Command::new("apt-get")
            .arg("update")
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    process::run(
        Command::new("apt-get")
            .args(["install", "-y"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    let still: Vec<&str> = reqs
        .iter()
        .filter(|r| !r.present())
        .map(|r| r.probe)
        .collect();
    if !still.is_empty() {
        bail!("installed {list} but still missing: {}", still.join(", "));
    }
    Ok(())
}

/// Like [`ensure_packages`], but when the packages cannot be installed (not root, no
/// apt-get) it prints what is missing and carries on: the tests that need them skip with a
/// note, so a developer without root can still run the rest.
pub fn ensure_packages_or_warn(purpose: &str, reqs: &[Requirement]) -> Result<()> {
    if reqs.iter().all(Requirement::present) || (is_root() && find_in_path("apt-get")) {
        return ensure_packages(purpose, reqs);
    }
    let mut missing: Vec<&str> = reqs
        .iter()
        .filter(|r| !r.present())
        .map(|r| r.package)
        .collect();
    missing.dedup();
    eprintln!(
        "xtask: warning: {purpose} would use packages that are not installed: {list}\n\
         xtask: tests that need them will be skipped; install with: sudo apt-get install -y {list}",
        list = missing.join(" ")
    );
    Ok(())
}

/// Ensures `cargo fmt` and `cargo clippy` work, adding the rustup components if not.
pub fn ensure_rust_components(cargo: &Path) -> Result<()> {
    let works = |sub: &str| {
        Command::new(cargo)
            .args([sub, "--version"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let missing: Vec<&str> = [("fmt", "rustfmt"), ("clippy", "clippy")]
        .into_iter()
        .filter(|(sub, _)| !works(sub))
        .map(|(_, component)| component)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !find_in_path("rustup") {
        bail!(
            "the Rust components {} are missing and rustup is not available to add them",
            missing.join(" and ")
        );
    }
    eprintln!("xtask: adding rustup components: {}", missing.join(" "));
    process::run(
        Command::new("rustup")
            .args(["component", "add"])
            .args(&missing),
    )
}
