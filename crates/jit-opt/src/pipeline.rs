//! Pipeline text → a list of passes to run, in the syntax of LLVM's new pass manager
//! (`opt -passes=...`, `LLVMRunPasses`):
//!
//! ```text
//! pipeline := element (',' element)*
//! element  := name ['<' params '>'] ['(' pipeline ')']
//! ```
//!
//! `module(...)`, `cgscc(...)`, `function(...)` (also `function<eager-inv>`), `loop(...)`
//! and `loop-mssa(...)` nest passes; `default<O0>` .. `default<O3>`, `default<Os>` and
//! `default<Oz>` stand for the level pipelines of [`crate::level_pipeline`]. A pass may only
//! appear where LLVM allows it: a module pass cannot be nested in `function(...)`, a
//! function pass not in `loop(...)`. Since every pass here runs over the whole module in
//! turn, nesting only groups: `function(a,b)` runs `a` on every function, then `b`, which
//! gives the same result as LLVM's per-function interleaving for function-local passes.
//!
//! Every name is looked up in [`PASSES`]: a name outside it is [`OptError::UnknownPass`].
//! Some names are accepted and do nothing ([`PassId::NoOp`]): passes that only affect
//! optimization quality (loop rotation, unrolling, vectorization, ...), listed in
//! `docs/capi.md`.

use crate::error::OptError;

/// Where a pass can run, from the outside in.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PassKind {
    /// The whole module (inlining, global DCE).
    Module,
    /// The call graph, bottom-up (the inliner).
    Cgscc,
    /// One function at a time.
    Function,
    /// One loop at a time.
    Loop,
}

impl PassKind {
    fn name(self) -> &'static str {
        match self {
            PassKind::Module => "module",
            PassKind::Cgscc => "cgscc",
            PassKind::Function => "function",
            PassKind::Loop => "loop",
        }
    }
}

/// The passes this crate runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PassId {
    /// `mem2reg`.
    Mem2Reg,
    /// `sroa`.
    Sroa,
    /// `instcombine`, `aggressive-instcombine`.
    InstCombine,
    /// `instsimplify`.
    InstSimplify,
    /// `sccp`, `ipsccp`.
    Sccp,
    /// `simplifycfg`.
    SimplifyCfg,
    /// `dce`.
    Dce,
    /// `adce`.
    Adce,
    /// `gvn`, `newgvn`.
    Gvn,
    /// `early-cse`.
    EarlyCse,
    /// `licm`.
    Licm,
    /// `indvars` (uses after a loop rewritten from the induction variable's next value).
    IndVars,
    /// `inline`.
    Inline,
    /// `always-inline`.
    AlwaysInline,
    /// `globaldce`.
    GlobalDce,
    /// `verify`: runs the verifier.
    Verify,
    /// Accepted, does nothing (see the module doc).
    NoOp,
    /// Unit tests only: deletes a terminator, so that the verifier's catch is tested.
    #[cfg(test)]
    BreakForTest,
}

/// One entry of the pass table.
pub(crate) struct PassInfo {
    /// The name in pipeline text.
    pub name: &'static str,
    /// What it is.
    pub id: PassId,
    /// Where it can run.
    pub kind: PassKind,
    /// Parameter words it accepts in `<...>` (`;`-separated; a word may carry `=value`).
    pub params: &'static [&'static str],
}

const fn pass(
    name: &'static str,
    id: PassId,
    kind: PassKind,
    params: &'static [&'static str],
) -> PassInfo {
    PassInfo {
        name,
        id,
        kind,
        params,
    }
}

use PassId as P;
use PassKind as K;

/// Every pass name the parser knows, with LLVM's kind for it.
pub(crate) const PASSES: &[PassInfo] = &[
    pass("mem2reg", P::Mem2Reg, K::Function, &[]),
    pass(
        "sroa",
        P::Sroa,
        K::Function,
        &["preserve-cfg", "modify-cfg"],
    ),
    pass(
        "instcombine",
        P::InstCombine,
        K::Function,
        &[
            "max-iterations",
            "use-loop-info",
            "no-use-loop-info",
            "verify-fixpoint",
            "no-verify-fixpoint",
        ],
    ),
    pass("aggressive-instcombine", P::InstCombine, K::Function, &[]),
    pass("instsimplify", P::InstSimplify, K::Function, &[]),
    pass("sccp", P::Sccp, K::Function, &[]),
    pass("ipsccp", P::Sccp, K::Module, &["func-spec", "no-func-spec"]),
    pass(
        "simplifycfg",
        P::SimplifyCfg,
        K::Function,
        &[
            "bonus-inst-threshold",
            "forward-switch-cond",
            "no-forward-switch-cond",
            "switch-range-to-icmp",
            "no-switch-range-to-icmp",
            "switch-to-lookup",
            "no-switch-to-lookup",
            "keep-loops",
            "no-keep-loops",
            "hoist-common-insts",
            "no-hoist-common-insts",
            "sink-common-insts",
            "no-sink-common-insts",
            "speculate-blocks",
            "no-speculate-blocks",
            "simplify-cond-branch",
            "no-simplify-cond-branch",
            "speculate-unpredictables",
            "no-speculate-unpredictables",
        ],
    ),
    pass("dce", P::Dce, K::Function, &[]),
    pass("adce", P::Adce, K::Function, &[]),
    pass(
        "gvn",
        P::Gvn,
        K::Function,
        &[
            "pre",
            "no-pre",
            "load-pre",
            "no-load-pre",
            "split-backedge-load-pre",
            "no-split-backedge-load-pre",
            "memdep",
            "no-memdep",
        ],
    ),
    pass("newgvn", P::Gvn, K::Function, &[]),
    pass("early-cse", P::EarlyCse, K::Function, &["memssa"]),
    pass(
        "licm",
        P::Licm,
        K::Loop,
        &["allowspeculation", "no-allowspeculation"],
    ),
    pass("indvars", P::IndVars, K::Loop, &[]),
    pass(
        "inline",
        P::Inline,
        K::Cgscc,
        &["only-mandatory", "threshold"],
    ),
    pass(
        "always-inline",
        P::AlwaysInline,
        K::Module,
        &["insert-lifetime", "no-insert-lifetime"],
    ),
    pass("globaldce", P::GlobalDce, K::Module, &[]),
    pass("verify", P::Verify, K::Module, &[]),
    #[cfg(test)]
    pass("break-ir-for-tests", P::BreakForTest, K::Function, &[]),
    // Accepted as no-ops: they change how fast the code runs, never what it computes, and
    // this crate does not implement them (docs/capi.md lists them).
    pass("no-op-module", P::NoOp, K::Module, &[]),
    pass("no-op-cgscc", P::NoOp, K::Cgscc, &[]),
    pass("no-op-function", P::NoOp, K::Function, &[]),
    pass("no-op-loop", P::NoOp, K::Loop, &[]),
    pass(
        "loop-rotate",
        P::NoOp,
        K::Loop,
        &[
            "header-duplication",
            "no-header-duplication",
            "prepare-for-lto",
            "no-prepare-for-lto",
        ],
    ),
    pass("loop-simplify", P::NoOp, K::Function, &[]),
    pass("lcssa", P::NoOp, K::Function, &[]),
    pass("loop-instsimplify", P::NoOp, K::Loop, &[]),
    pass("loop-simplifycfg", P::NoOp, K::Loop, &[]),
    pass("loop-deletion", P::NoOp, K::Loop, &[]),
    pass("loop-idiom", P::NoOp, K::Loop, &[]),
    pass(
        "simple-loop-unswitch",
        P::NoOp,
        K::Loop,
        &["nontrivial", "no-nontrivial", "trivial", "no-trivial"],
    ),
    pass(
        "loop-unroll",
        P::NoOp,
        K::Function,
        &[
            "O0",
            "O1",
            "O2",
            "O3",
            "partial",
            "no-partial",
            "runtime",
            "no-runtime",
            "upperbound",
            "no-upperbound",
            "profile-peeling",
            "no-profile-peeling",
            "full-unroll-max",
        ],
    ),
    pass("loop-unroll-full", P::NoOp, K::Loop, &[]),
    pass(
        "loop-vectorize",
        P::NoOp,
        K::Function,
        &[
            "interleave-forced-only",
            "no-interleave-forced-only",
            "vectorize-forced-only",
            "no-vectorize-forced-only",
        ],
    ),
    pass("slp-vectorizer", P::NoOp, K::Function, &[]),
    pass("reassociate", P::NoOp, K::Function, &[]),
    pass("tailcallelim", P::NoOp, K::Function, &[]),
    pass("jump-threading", P::NoOp, K::Function, &[]),
    pass("correlated-propagation", P::NoOp, K::Function, &[]),
    pass("memcpyopt", P::NoOp, K::Function, &[]),
    pass("dse", P::NoOp, K::Function, &[]),
    pass(
        "mldst-motion",
        P::NoOp,
        K::Function,
        &["split-footer-bb", "no-split-footer-bb"],
    ),
    pass("div-rem-pairs", P::NoOp, K::Function, &[]),
    pass("float2int", P::NoOp, K::Function, &[]),
    pass("lower-expect", P::NoOp, K::Function, &[]),
    pass("bdce", P::NoOp, K::Function, &[]),
    pass("alignment-from-assumptions", P::NoOp, K::Function, &[]),
    pass("loop-sink", P::NoOp, K::Function, &[]),
    pass("instnamer", P::NoOp, K::Function, &[]),
    pass("globalopt", P::NoOp, K::Module, &[]),
    pass("constmerge", P::NoOp, K::Module, &[]),
    pass("deadargelim", P::NoOp, K::Module, &[]),
    pass("inferattrs", P::NoOp, K::Module, &[]),
    pass(
        "function-attrs",
        P::NoOp,
        K::Cgscc,
        &["skip-non-recursive-function-attrs"],
    ),
    pass("rpo-function-attrs", P::NoOp, K::Module, &[]),
    pass("called-value-propagation", P::NoOp, K::Module, &[]),
    pass("elim-avail-extern", P::NoOp, K::Module, &[]),
    pass("strip-dead-prototypes", P::NoOp, K::Module, &[]),
];

/// A parsed pipeline: passes to run in order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Step {
    /// The pass.
    pub id: PassId,
    /// Its name as written (for messages and debug logging).
    pub name: &'static str,
    /// `threshold=N` of `inline<threshold=N>`, the only parameter with an effect.
    pub inline_threshold: Option<i32>,
}

/// The pipeline of an optimization level (`default<ON>`); `s` and `z` (size) use level 2's
/// passes with a lower inlining threshold.
pub(crate) fn level_text(level: char) -> Result<&'static str, OptError> {
    Ok(match level {
        '0' => "",
        '1' => crate::PIPELINE_O1,
        '2' => crate::PIPELINE_O2,
        '3' => crate::PIPELINE_O3,
        's' | 'z' => crate::PIPELINE_OS,
        other => {
            return Err(OptError::BadLevel(
                other.to_digit(10).map_or(u8::MAX, |d| d as u8),
            ));
        }
    })
}

/// Parses pipeline text into the passes to run.
pub(crate) fn parse(text: &str) -> Result<Vec<Step>, OptError> {
    let mut p = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    let mut out = Vec::new();
    p.skip_ws();
    if p.pos < text.len() {
        p.list(None, &mut out)?;
    }
    p.skip_ws();
    if p.pos < text.len() {
        return Err(p.syntax(format!(
            "unexpected '{}'",
            &text[p.pos..].chars().next().unwrap_or(' ')
        )));
    }
    Ok(out)
}

/// Nesting limit: pipelines are written by people; a deeper one is certainly garbage.
const MAX_DEPTH: u32 = 64;

struct Parser<'t> {
    text: &'t str,
    pos: usize,
    depth: u32,
}

impl Parser<'_> {
    fn syntax(&self, message: String) -> OptError {
        OptError::Syntax {
            pipeline: self.text.to_string(),
            offset: self.pos,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    /// `element (',' element)*`, up to `)` or the end; `within` is the enclosing adaptor.
    fn list(
        &mut self,
        within: Option<(PassKind, &str)>,
        out: &mut Vec<Step>,
    ) -> Result<(), OptError> {
        loop {
            self.skip_ws();
            if self.peek() == Some(b')') && within.is_some() {
                return Ok(());
            }
            self.element(within, out)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                _ => return Ok(()),
            }
        }
    }

    fn name(&mut self) -> Result<&str, OptError> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            self.pos += 1;
        }
        if start == self.pos {
            return Err(self.syntax(match self.peek() {
                None => "expected a pass name at the end".to_string(),
                Some(b) => format!("expected a pass name, found '{}'", b as char),
            }));
        }
        Ok(&self.text[start..self.pos])
    }

    /// The text between `<` and its matching `>` (the cursor is on `<`).
    fn params(&mut self) -> Result<&str, OptError> {
        let start = self.pos + 1;
        let mut nesting = 0u32;
        while let Some(b) = self.peek() {
            match b {
                b'<' => nesting += 1,
                b'>' => {
                    nesting -= 1;
                    if nesting == 0 {
                        self.pos += 1;
                        return Ok(&self.text[start..self.pos - 1]);
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        Err(self.syntax("unterminated '<' parameter list".to_string()))
    }

    fn element(
        &mut self,
        within: Option<(PassKind, &str)>,
        out: &mut Vec<Step>,
    ) -> Result<(), OptError> {
        let name_at = self.pos;
        let name = self.name()?.to_string();
        let params = if self.peek() == Some(b'<') {
            Some(self.params()?.to_string())
        } else {
            None
        };
        self.skip_ws();
        let nested = self.peek() == Some(b'(');
        let adaptor = match name.as_str() {
            "module" => Some(PassKind::Module),
            "cgscc" => Some(PassKind::Cgscc),
            "function" => Some(PassKind::Function),
            "loop" | "loop-mssa" => Some(PassKind::Loop),
            _ => None,
        };
        if let Some(kind) = adaptor {
            if !nested {
                return Err(self.syntax(format!("'{name}' needs a nested pipeline: {name}(...)")));
            }
            check_params(
                &name,
                params.as_deref(),
                &["eager-inv", "no-rerun", "allowspeculation"],
            )?;
            check_place(&name, kind, within)?;
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(self.syntax("pipeline nested too deeply".to_string()));
            }
            self.pos += 1;
            self.list(Some((kind, &name)), out)?;
            self.skip_ws();
            if self.peek() != Some(b')') {
                return Err(self.syntax(format!("expected ')' to close '{name}('")));
            }
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        if nested {
            return Err(self.syntax(format!(
                "'{name}' is not an adaptor and takes no nested pipeline"
            )));
        }
        if name == "default" {
            let level = params.as_deref().unwrap_or("");
            let digit = match level {
                "O0" | "O1" | "O2" | "O3" | "Os" | "Oz" => level.as_bytes()[1] as char,
                _ => {
                    return Err(OptError::BadParameter {
                        pass: name,
                        param: level.to_string(),
                    });
                }
            };
            check_place("default", PassKind::Module, within)?;
            // The level pipelines are our own text and always parse.
            out.extend(parse(level_text(digit)?)?);
            return Ok(());
        }
        let Some(info) = PASSES.iter().find(|p| p.name == name) else {
            let _ = name_at;
            return Err(OptError::UnknownPass {
                name,
                pipeline: self.text.to_string(),
            });
        };
        check_params(info.name, params.as_deref(), info.params)?;
        check_place(info.name, info.kind, within)?;
        let inline_threshold = match params.as_deref() {
            Some(p) if info.id == PassId::Inline => inline_threshold(p)?,
            _ => None,
        };
        out.push(Step {
            id: info.id,
            name: info.name,
            inline_threshold,
        });
        Ok(())
    }
}

/// `threshold=N` among `inline<...>` parameters.
fn inline_threshold(params: &str) -> Result<Option<i32>, OptError> {
    for word in params.split(';') {
        if let Some(v) = word.strip_prefix("threshold=") {
            return v.parse().map(Some).map_err(|_| OptError::BadParameter {
                pass: "inline".to_string(),
                param: word.to_string(),
            });
        }
    }
    Ok(None)
}

/// Every `;`-separated word of `params` must be one of `allowed` (with or without `=value`).
fn check_params(pass: &str, params: Option<&str>, allowed: &[&str]) -> Result<(), OptError> {
    let Some(params) = params else { return Ok(()) };
    for word in params.split(';') {
        let key = word.split('=').next().unwrap_or("");
        if !allowed.contains(&key) {
            return Err(OptError::BadParameter {
                pass: pass.to_string(),
                param: word.to_string(),
            });
        }
    }
    Ok(())
}

/// A pass of `kind` may run inside an adaptor of the same or an outer kind.
fn check_place(
    pass: &str,
    kind: PassKind,
    within: Option<(PassKind, &str)>,
) -> Result<(), OptError> {
    match within {
        Some((outer, adaptor)) if kind < outer => Err(OptError::Misplaced {
            pass: pass.to_string(),
            kind: kind.name(),
            adaptor: adaptor.to_string(),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        parse(text).unwrap().iter().map(|s| s.name).collect()
    }

    #[test]
    fn lists_and_nesting() {
        assert_eq!(
            names("mem2reg,instcombine,simplifycfg"),
            ["mem2reg", "instcombine", "simplifycfg"]
        );
        assert_eq!(
            names("function(sroa,early-cse<memssa>),module(inline)"),
            ["sroa", "early-cse", "inline"]
        );
        assert_eq!(
            names(" function<eager-inv>( loop-mssa(licm) , gvn ) "),
            ["licm", "gvn"]
        );
        assert_eq!(
            names("cgscc(inline,function(instcombine))"),
            ["inline", "instcombine"]
        );
        assert!(names("").is_empty());
        assert!(names("default<O0>").is_empty());
        assert!(names("default<O2>").contains(&"gvn"));
    }

    #[test]
    fn errors_name_the_problem() {
        let e = parse("mem2reg,frobnicate").unwrap_err();
        assert_eq!(
            e,
            OptError::UnknownPass {
                name: "frobnicate".into(),
                pipeline: "mem2reg,frobnicate".into()
            }
        );
        assert!(matches!(
            parse("function(inline)").unwrap_err(),
            OptError::Misplaced { .. }
        ));
        assert!(matches!(
            parse("loop(gvn)").unwrap_err(),
            OptError::Misplaced { .. }
        ));
        assert!(matches!(
            parse("function(gvn").unwrap_err(),
            OptError::Syntax { .. }
        ));
        assert!(matches!(
            parse("gvn,,dce").unwrap_err(),
            OptError::Syntax { .. }
        ));
        assert!(matches!(
            parse("gvn)").unwrap_err(),
            OptError::Syntax { .. }
        ));
        assert!(matches!(
            parse("function").unwrap_err(),
            OptError::Syntax { .. }
        ));
        assert!(matches!(
            parse("gvn(dce)").unwrap_err(),
            OptError::Syntax { .. }
        ));
        assert!(matches!(
            parse("default<O7>").unwrap_err(),
            OptError::BadParameter { .. }
        ));
        assert!(matches!(
            parse("instcombine<frob>").unwrap_err(),
            OptError::BadParameter { .. }
        ));
        assert!(matches!(
            parse("sroa<modify-cfg").unwrap_err(),
            OptError::Syntax { .. }
        ));
        let deep = format!("{}gvn{}", "function(".repeat(100), ")".repeat(100));
        assert!(matches!(parse(&deep).unwrap_err(), OptError::Syntax { .. }));
    }

    #[test]
    fn inline_threshold_parameter() {
        let steps = parse("inline<threshold=40>").unwrap();
        assert_eq!(steps[0].inline_threshold, Some(40));
        assert!(parse("inline<threshold=x>").is_err());
    }

    #[test]
    fn every_level_pipeline_parses() {
        for l in ['0', '1', '2', '3', 's', 'z'] {
            parse(level_text(l).unwrap()).unwrap();
        }
    }
}
