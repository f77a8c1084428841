//! What can go wrong when running a pipeline. Each variant says whose fault it is: the
//! pipeline text (the caller's), the input module (the caller's), or a pass (ours).

/// Why a pipeline did not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptError {
    /// The pipeline names a pass this crate does not know (the caller's pipeline text).
    #[error("unknown pass name '{name}' in pipeline `{pipeline}`")]
    UnknownPass {
        /// The name as written.
        name: String,
        /// The whole pipeline text.
        pipeline: String,
    },
    /// The pipeline text is malformed (unbalanced parentheses, empty names, ...).
    #[error("invalid pipeline `{pipeline}` at byte {offset}: {message}")]
    Syntax {
        /// The whole pipeline text.
        pipeline: String,
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// A pass appears inside an adaptor that cannot hold it (`function(inline)`).
    #[error("pass '{pass}' is a {kind} pass and cannot run inside {adaptor}(...)")]
    Misplaced {
        /// The pass.
        pass: String,
        /// Its kind: `module`, `cgscc`, `function` or `loop`.
        kind: &'static str,
        /// The adaptor around it.
        adaptor: String,
    },
    /// A `<...>` parameter the pass does not take, or a malformed value.
    #[error("invalid parameter '{param}' for pass '{pass}'")]
    BadParameter {
        /// The pass.
        pass: String,
        /// The parameter as written.
        param: String,
    },
    /// An optimization level other than 0 to 3 (or `s`/`z` in `default<...>`).
    #[error("optimization level {0} is out of range (0 to 3)")]
    BadLevel(u8),
    /// The module's `target datalayout` does not parse (the caller's module).
    #[error("module `{module}`: {message}")]
    BadModule {
        /// The module's name.
        module: String,
        /// What is wrong.
        message: String,
    },
    /// The module did not verify before the first pass ran (the caller's module; only
    /// checked when verification is on: debug builds, tests, `verify_each`).
    #[error("module `{module}` does not verify before optimization:\n{errors}")]
    InvalidInput {
        /// The module's name.
        module: String,
        /// The verifier's report.
        errors: String,
    },
    /// The module uses a construct a rewrite does not handle (the caller's module, or a
    /// limit of this crate).
    #[error("function @{function}: {pass}: unsupported: {message}")]
    Unsupported {
        /// The rewrite.
        pass: String,
        /// The function.
        function: String,
        /// What is not handled.
        message: String,
    },
    /// A pass produced IR that does not verify: a bug in this crate.
    #[error(
        "internal error (a bug in jit-opt): pass '{pass}' broke function @{function}:\n{errors}"
    )]
    Broken {
        /// The pass that ran last.
        pass: String,
        /// The function that no longer verifies.
        function: String,
        /// The verifier's report.
        errors: String,
    },
}
