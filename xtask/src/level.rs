//! How `jit run` runs a program in the differential tasks (`csmith`, `apps`): at one
//! OptLevel, or tiered.

/// One engine level of `jit run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// `-O<n>`: one OptLevel for every function, tiering off.
    O(u8),
    /// Tiered as `jit run` is by default: hot functions replaced in the background.
    Default,
    /// Every function replaced right after its first call or loop iteration, waiting for
    /// the optimized code (`--tier-sync --tier-threshold=1`): the stress setting.
    Tiered,
}

impl Level {
    /// The `jit run` options.
    pub(crate) fn flags(self) -> Vec<String> {
        match self {
            Level::O(n) => vec![format!("-O{n}")],
            Level::Default => vec!["--tiering=on".to_string()],
            Level::Tiered => ["--tiering=on", "--tier-sync", "--tier-threshold=1"]
                .map(String::from)
                .to_vec(),
        }
    }

    /// `O2`, `tiered` or `default`.
    pub(crate) fn name(self) -> String {
        match self {
            Level::O(n) => format!("O{n}"),
            Level::Default => "default".into(),
            Level::Tiered => "tiered".into(),
        }
    }

    /// Whether the interpreter can run at this level (it has no tiers).
    pub(crate) fn for_interpreter(self) -> bool {
        matches!(self, Level::O(_))
    }
}
