//! Inline assembly callees (`call T asm sideeffect "template", "constraints"(args)`).
//!
//! An [`InlineAsm`] is the callee constant of an ordinary `call`: the call's function
//! type gives the result and argument types, the constraint string (parsed here into
//! [`AsmConstraint`]s, in LLVM's order: outputs, inputs, clobbers) says how they bind to
//! the template's operands.

use super::types::Type;

/// An inline assembly snippet used as a callee.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InlineAsm {
    /// The template, escapes decoded (`\0A` is a newline); `$N`/`${N:m}` refer to operands.
    pub template: String,
    /// The constraint string as written (printed back verbatim).
    pub constraint_text: String,
    /// The constraints, one per comma-separated entry.
    pub constraints: Box<[AsmConstraint]>,
    /// `sideeffect`: must not be removed or moved even without outputs.
    pub side_effect: bool,
    /// `alignstack`: the stack must be aligned on entry to the snippet.
    pub align_stack: bool,
    /// `inteldialect`: the template is in Intel syntax.
    pub intel_dialect: bool,
    /// `unwind`: the snippet may unwind.
    pub unwind: bool,
}

/// Whether a constraint is an output, an input or a clobber.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AsmConstraintKind {
    /// `=...`: written by the snippet (a result value, or through a pointer when indirect).
    Output,
    /// An operand read by the snippet.
    Input,
    /// `~{...}`: a register, `memory` or `cc` the snippet changes.
    Clobber,
}

/// One constraint code (a single alternative of an entry).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AsmCode {
    /// A letter class such as `r`, `q`, `m`, `i`, `n`, `x`, `w`, or a multi-letter code
    /// such as `^Wc`.
    Class(String),
    /// `{reg}`: an explicit register (or, in a clobber, `memory`, `cc`, `dirflag`, ...).
    Register(String),
    /// A digit string: the input must be in the same place as output number N.
    Tied(u32),
}

/// One parsed constraint entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AsmConstraint {
    /// Output, input or clobber.
    pub kind: AsmConstraintKind,
    /// `*`: the operand is a pointer to the value (its type is `elem_ty`).
    pub indirect: bool,
    /// `&`: an output written before all inputs are read.
    pub early_clobber: bool,
    /// `+`: an output that is also read (LLVM accepts it; clang ties instead).
    pub read_write: bool,
    /// The codes of every alternative (`|`-separated alternatives are flattened).
    pub codes: Box<[AsmCode]>,
    /// For indirect operands: the `elementtype(T)` of the call argument.
    pub elem_ty: Option<Type>,
}

/// A malformed constraint string.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("bad inline asm constraint '{entry}': {reason}")]
pub struct AsmConstraintError {
    /// The entry at fault.
    pub entry: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl AsmConstraint {
    /// Whether this entry takes a call argument (inputs and indirect outputs do).
    pub fn takes_arg(&self) -> bool {
        match self.kind {
            AsmConstraintKind::Input => true,
            AsmConstraintKind::Output => self.indirect,
            AsmConstraintKind::Clobber => false,
        }
    }

    /// Whether this entry produces a result value (direct outputs do).
    pub fn is_result(&self) -> bool {
        self.kind == AsmConstraintKind::Output && !self.indirect
    }

    /// The output this input is tied to (`0`..`9`), if any.
    pub fn tied(&self) -> Option<u32> {
        self.codes.iter().find_map(|c| match c {
            AsmCode::Tied(n) => Some(*n),
            _ => None,
        })
    }

    /// Whether any alternative is the letter class `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.codes
            .iter()
            .any(|c| matches!(c, AsmCode::Class(k) if k == class))
    }

    /// The explicit register named by a `{reg}` code, if any.
    pub fn register(&self) -> Option<&str> {
        self.codes.iter().find_map(|c| match c {
            AsmCode::Register(r) => Some(r.as_str()),
            _ => None,
        })
    }
}

/// What a template does, for the templates every engine runs without an assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AsmAction {
    /// Nothing at run time: empty, comments, alignment directives and `nop`s (compiler
    /// barriers, padding hints).
    Nop,
    /// A spin-wait hint: x86 `pause`, AArch64 `yield`.
    Pause,
    /// A memory or instruction fence.
    Fence(AsmFence),
    /// x86 `cpuid` (leaf in `eax`, subleaf in `ecx`; results in `eax`..`edx`).
    Cpuid,
    /// x86 `rdtsc` (counter in `edx:eax`).
    Rdtsc,
    /// Anything else: needs an assembler.
    Other,
}

/// Which fence instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AsmFence {
    /// x86 `mfence`.
    MFence,
    /// x86 `lfence`.
    LFence,
    /// x86 `sfence`.
    SFence,
    /// AArch64 `dmb ish`.
    DmbIsh,
    /// AArch64 `dmb sy`.
    DmbSy,
    /// AArch64 `dsb ish`.
    DsbIsh,
    /// AArch64 `dsb sy`.
    DsbSy,
    /// AArch64 `isb`.
    Isb,
}

impl AsmFence {
    /// Whether the fence is an x86-64 instruction (otherwise AArch64).
    pub fn is_x86(self) -> bool {
        matches!(self, AsmFence::MFence | AsmFence::LFence | AsmFence::SFence)
    }
}

impl InlineAsm {
    /// Classifies the template: the statements left after removing comments, blank
    /// statements, alignment directives and `nop`s decide the action.
    pub fn action(&self) -> AsmAction {
        let mut real = Vec::new();
        for line in self.template.split(['\n', ';']) {
            let line = strip_comment(line);
            let line = line.trim();
            if line.is_empty() || line.eq_ignore_ascii_case("nop") {
                continue;
            }
            let first = line.split_whitespace().next().unwrap_or("");
            if matches!(first, ".p2align" | ".align" | ".balign") {
                continue;
            }
            real.push(line.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        let [only] = real.as_slice() else {
            return if real.is_empty() {
                AsmAction::Nop
            } else {
                AsmAction::Other
            };
        };
        match only.to_ascii_lowercase().as_str() {
            "pause" | "rep nop" | "rep; nop" | "yield" => AsmAction::Pause,
            "mfence" => AsmAction::Fence(AsmFence::MFence),
            "lfence" => AsmAction::Fence(AsmFence::LFence),
            "sfence" => AsmAction::Fence(AsmFence::SFence),
            "dmb ish" => AsmAction::Fence(AsmFence::DmbIsh),
            "dmb sy" => AsmAction::Fence(AsmFence::DmbSy),
            "dsb ish" => AsmAction::Fence(AsmFence::DsbIsh),
            "dsb sy" => AsmAction::Fence(AsmFence::DsbSy),
            "isb" | "isb sy" => AsmAction::Fence(AsmFence::Isb),
            "cpuid" => AsmAction::Cpuid,
            "rdtsc" => AsmAction::Rdtsc,
            _ => AsmAction::Other,
        }
    }

    /// For each direct output (result), the call argument whose value it takes when
    /// the snippet leaves it unchanged: the input tied to it (`0`..`9`), if any.
    pub fn tied_args(&self) -> Vec<Option<usize>> {
        let outputs: Vec<&AsmConstraint> = self
            .constraints
            .iter()
            .filter(|c| c.kind == AsmConstraintKind::Output)
            .collect();
        let args: Vec<&AsmConstraint> = self.constraints.iter().filter(|c| c.takes_arg()).collect();
        outputs
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.indirect)
            .map(|(n, _)| {
                args.iter()
                    .position(|a| a.kind == AsmConstraintKind::Input && a.tied() == Some(n as u32))
            })
            .collect()
    }
}

/// Drops a `#` (x86) or `//` (AArch64) comment; `/* */` comments are dropped too.
fn strip_comment(line: &str) -> String {
    let mut s = line.to_string();
    while let Some(a) = s.find("/*") {
        match s[a..].find("*/") {
            Some(b) => s.replace_range(a..a + b + 2, " "),
            None => s.truncate(a),
        }
    }
    for marker in ["#", "//"] {
        if let Some(i) = s.find(marker) {
            s.truncate(i);
        }
    }
    s
}

/// Parses an LLVM constraint string (`"=r,=*m,0,r,~{memory},~{dirflag}"`).
pub fn parse_constraints(text: &str) -> Result<Vec<AsmConstraint>, AsmConstraintError> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let mut seen_input = false;
    let mut seen_clobber = false;
    for entry in split_entries(text) {
        let bad = |reason| AsmConstraintError {
            entry: entry.to_string(),
            reason,
        };
        let mut s = entry;
        let kind = if let Some(r) = s.strip_prefix('~') {
            s = r;
            AsmConstraintKind::Clobber
        } else if let Some(r) = s.strip_prefix('=') {
            s = r;
            AsmConstraintKind::Output
        } else {
            AsmConstraintKind::Input
        };
        match kind {
            AsmConstraintKind::Output if seen_input || seen_clobber => {
                return Err(bad("outputs must come before inputs and clobbers"));
            }
            AsmConstraintKind::Input if seen_clobber => {
                return Err(bad("inputs must come before clobbers"));
            }
            AsmConstraintKind::Input => seen_input = true,
            AsmConstraintKind::Clobber => seen_clobber = true,
            AsmConstraintKind::Output => {}
        }
        let mut c = AsmConstraint {
            kind,
            indirect: false,
            early_clobber: false,
            read_write: false,
            codes: Box::new([]),
            elem_ty: None,
        };
        loop {
            match s.as_bytes().first() {
                Some(b'*') => c.indirect = true,
                Some(b'&') if kind == AsmConstraintKind::Output => c.early_clobber = true,
                Some(b'+') if kind == AsmConstraintKind::Output => c.read_write = true,
                Some(b'%') if kind == AsmConstraintKind::Input => {}
                _ => break,
            }
            s = &s[1..];
        }
        if kind == AsmConstraintKind::Clobber && (c.indirect || !s.starts_with('{')) {
            return Err(bad("a clobber must be '~{name}'"));
        }
        let mut codes = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'|' => i += 1,
                b'{' => {
                    let Some(end) = s[i..].find('}') else {
                        return Err(bad("'{' without a closing '}'"));
                    };
                    let name = &s[i + 1..i + end];
                    if name.is_empty() {
                        return Err(bad("empty register name"));
                    }
                    codes.push(AsmCode::Register(name.to_string()));
                    i += end + 1;
                }
                b'0'..=b'9' => {
                    let start = i;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    if kind != AsmConstraintKind::Input {
                        return Err(bad("only inputs can be tied to an output"));
                    }
                    let n = s[start..i]
                        .parse()
                        .map_err(|_| bad("tied operand number out of range"))?;
                    codes.push(AsmCode::Tied(n));
                }
                b'^' => {
                    if i + 3 > b.len() || !s.is_char_boundary(i + 3) {
                        return Err(bad("'^' needs a two-letter code"));
                    }
                    codes.push(AsmCode::Class(s[i..i + 3].to_string()));
                    i += 3;
                }
                c if c.is_ascii_alphabetic() => {
                    codes.push(AsmCode::Class((c as char).to_string()));
                    i += 1;
                }
                _ => return Err(bad("unexpected character")),
            }
        }
        if codes.is_empty() {
            return Err(bad("no constraint code"));
        }
        c.codes = codes.into();
        out.push(c);
    }
    // Tied inputs must name an existing direct or indirect output.
    let outputs = out
        .iter()
        .filter(|c| c.kind == AsmConstraintKind::Output)
        .count() as u32;
    for c in &out {
        if let Some(n) = c.tied()
            && n >= outputs
        {
            return Err(AsmConstraintError {
                entry: format!("{n}"),
                reason: "tied to an output that does not exist",
            });
        }
    }
    Ok(out)
}

/// Splits at commas outside braces (`{a,b}` never occurs in practice, but a brace is
/// where a register name could hold any character).
fn split_entries(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0u32;
    let mut start = 0;
    for (i, ch) in text.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_clang_constraints() {
        let c = parse_constraints("=r,=*m,=&{ax},0,rm,i,~{memory},~{dirflag}").unwrap();
        assert_eq!(c.len(), 8);
        assert!(c[0].is_result() && !c[0].takes_arg());
        assert!(c[1].indirect && c[1].takes_arg() && !c[1].is_result());
        assert!(c[2].early_clobber);
        assert_eq!(c[2].register(), Some("ax"));
        assert_eq!(c[3].tied(), Some(0));
        assert!(c[4].has_class("r") && c[4].has_class("m"));
        assert_eq!(c[6].kind, AsmConstraintKind::Clobber);
        assert_eq!(c[6].register(), Some("memory"));
        assert!(parse_constraints("").unwrap().is_empty());
    }

    fn asm(template: &str, constraints: &str) -> InlineAsm {
        InlineAsm {
            template: template.into(),
            constraint_text: constraints.into(),
            constraints: parse_constraints(constraints).unwrap().into(),
            side_effect: true,
            align_stack: false,
            intel_dialect: false,
            unwind: false,
        }
    }

    #[test]
    fn classifies_templates() {
        let cases = [
            ("", AsmAction::Nop),
            (".p2align 5", AsmAction::Nop),
            ("nop\nnop # pad\n.balign 16", AsmAction::Nop),
            ("  /* barrier */ ", AsmAction::Nop),
            ("pause", AsmAction::Pause),
            ("yield", AsmAction::Pause),
            ("mfence", AsmAction::Fence(AsmFence::MFence)),
            ("dmb  ish", AsmAction::Fence(AsmFence::DmbIsh)),
            ("cpuid", AsmAction::Cpuid),
            ("rdtsc", AsmAction::Rdtsc),
            ("bswap $0", AsmAction::Other),
            ("cmp $1, $2\ncmova $3, $0\n", AsmAction::Other),
        ];
        for (t, want) in cases {
            assert_eq!(asm(t, "").action(), want, "{t:?}");
        }
    }

    #[test]
    fn tied_inputs_give_outputs() {
        let a = asm("", "=r,=*m,=r,r,2,0");
        assert_eq!(a.tied_args(), vec![Some(3), Some(2)]);
        assert_eq!(asm("", "=r").tied_args(), vec![None]);
    }

    #[test]
    fn rejects_malformed_constraints() {
        let errs: Vec<String> = ["r,=r", "~{x},r", "{ax", "=", "~r", "=0", "r$", "3,=r", "5"]
            .iter()
            .map(|t| parse_constraints(t).unwrap_err().to_string())
            .collect();
        insta::assert_snapshot!(errs.join("\n"));
    }
}
