//! Which machine IR was written for and code runs on.

/// An instruction set the engine knows.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// x86-64 (System V ABI).
    X86_64,
    /// AArch64 (AAPCS64).
    AArch64,
}

impl Arch {
    /// The architecture this program was built for, if the engine knows it.
    pub fn host() -> Option<Arch> {
        if cfg!(target_arch = "x86_64") {
            Some(Arch::X86_64)
        } else if cfg!(target_arch = "aarch64") {
            Some(Arch::AArch64)
        } else {
            None
        }
    }

    /// The architecture named by the first component of a target triple.
    pub fn from_triple(triple: &str) -> Option<Arch> {
        match triple.split('-').next()? {
            "x86_64" | "amd64" => Some(Arch::X86_64),
            "aarch64" | "arm64" => Some(Arch::AArch64),
            _ => None,
        }
    }

    /// The name used in triples and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::AArch64 => "aarch64",
        }
    }
}

impl std::fmt::Display for Arch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
