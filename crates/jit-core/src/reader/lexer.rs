//! The `.ll` lexer: a hand-written scanner over the source bytes that hands out one
//! [`Token`] at a time. Tokens carry byte offsets into the source (no copies) and the
//! 1-based line and column where they start.
//!
//! Comments (`;` to end of line) and whitespace are skipped. Quoted names keep their
//! escapes in the token; [`unescape`] decodes them when the parser needs the name.

use super::error::{Diag, PResult, ParseErrorKind};

/// What a token is. Names and strings exclude their sigil and quotes (see [`Token`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// End of input.
    Eof,
    /// `%name` or `%"name"`.
    LocalVar,
    /// `%12`.
    LocalId,
    /// `@name` or `@"name"`.
    GlobalVar,
    /// `@12`.
    GlobalId,
    /// `!name` (named metadata, attachment kinds, `!DILocation` node heads).
    MetaVar,
    /// `!12`.
    MetaId,
    /// `$name` (comdat).
    ComdatVar,
    /// `#12` (attribute group).
    AttrGrp,
    /// `#dbg_value` and other debug records.
    HashIdent,
    /// `name:` or `"name":`.
    Label,
    /// `12:`.
    LabelId,
    /// A bare word: keyword, type name, opcode.
    Ident,
    /// A decimal integer, possibly negative.
    Int,
    /// A decimal floating-point literal (`1.5`, `-2.000000e+00`).
    Float,
    /// `0x` followed by hex digits: the bits of a `double`.
    HexFloat,
    /// `0xK...`, `0xL...`, `0xM...`, `0xH...`, `0xR...`: other float formats.
    HexFloatOther,
    /// `"..."`.
    Str,
    /// `c"..."`.
    CStr,
    /// `,`.
    Comma,
    /// `=`.
    Equal,
    /// `*`.
    Star,
    /// `[`.
    LBracket,
    /// `]`.
    RBracket,
    /// `{`.
    LBrace,
    /// `}`.
    RBrace,
    /// `(`.
    LParen,
    /// `)`.
    RParen,
    /// `<`.
    Less,
    /// `>`.
    Greater,
    /// `!` not followed by a name or number.
    Exclaim,
    /// `|` (metadata flag sets).
    Bar,
    /// `^` (module summary entries).
    Caret,
    /// `...`.
    Dots,
}

impl Tok {
    /// How the token kind is described in messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Tok::Eof => "end of file",
            Tok::LocalVar | Tok::LocalId => "local name",
            Tok::GlobalVar | Tok::GlobalId => "global name",
            Tok::MetaVar | Tok::MetaId | Tok::Exclaim => "metadata",
            Tok::ComdatVar => "comdat name",
            Tok::AttrGrp => "attribute group",
            Tok::HashIdent => "debug record",
            Tok::Label | Tok::LabelId => "label",
            Tok::Ident => "keyword",
            Tok::Int => "integer",
            Tok::Float | Tok::HexFloat | Tok::HexFloatOther => "floating-point literal",
            Tok::Str => "string",
            Tok::CStr => "c\"...\" string",
            Tok::Comma => "','",
            Tok::Equal => "'='",
            Tok::Star => "'*'",
            Tok::LBracket => "'['",
            Tok::RBracket => "']'",
            Tok::LBrace => "'{'",
            Tok::RBrace => "'}'",
            Tok::LParen => "'('",
            Tok::RParen => "')'",
            Tok::Less => "'<'",
            Tok::Greater => "'>'",
            Tok::Bar => "'|'",
            Tok::Caret => "'^'",
            Tok::Dots => "'...'",
        }
    }
}

/// One token: its kind, where its text is, and where it starts.
///
/// `start..end` is the token's payload: the name without sigil or quotes for names and
/// labels, the contents for strings, the digits for `%12`/`!12`/`#12`, the whole text
/// otherwise.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Kind.
    pub kind: Tok,
    /// The name was written in quotes (and may hold `\XX` escapes).
    pub quoted: bool,
    /// Byte offset of the payload.
    pub start: u32,
    /// Byte offset just past the payload.
    pub end: u32,
    /// Line of the token's first character, 1-based.
    pub line: u32,
    /// Column (in bytes) of the token's first character, 1-based.
    pub col: u32,
}

/// The scanner state.
pub(crate) struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
}

/// Character classes, one table lookup per byte.
const NAME: u8 = 1; // [-a-zA-Z$._0-9]
const NAME_START: u8 = 2; // [-a-zA-Z$._]
const KEYWORD: u8 = 4; // [a-zA-Z_0-9]

const fn char_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let alpha = b.is_ascii_alphabetic();
        let digit = b.is_ascii_digit();
        let punct = matches!(b, b'-' | b'$' | b'.' | b'_');
        if alpha || digit || punct {
            t[i] |= NAME;
        }
        if alpha || punct {
            t[i] |= NAME_START;
        }
        if alpha || digit || b == b'_' {
            t[i] |= KEYWORD;
        }
        i += 1;
    }
    t
}

static CLASSES: [u8; 256] = char_classes();

#[inline]
fn is_name_char(b: u8) -> bool {
    CLASSES[b as usize] & NAME != 0
}

#[inline]
fn is_name_start(b: u8) -> bool {
    CLASSES[b as usize] & NAME_START != 0
}

#[inline]
fn is_keyword_char(b: u8) -> bool {
    CLASSES[b as usize] & KEYWORD != 0
}

/// Eight bytes starting at `pos` as a little-endian word, if there are eight.
#[inline]
fn word_at(bytes: &[u8], pos: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(pos..pos + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// Offset of the first `\n` at or after `pos`, or the end (eight bytes at a time).
#[inline]
fn find_newline(bytes: &[u8], mut pos: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(w) = word_at(bytes, pos) {
        let x = w ^ (ONES * b'\n' as u64);
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        if found != 0 {
            return pos + (found.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    match bytes[pos.min(bytes.len())..]
        .iter()
        .position(|&c| c == b'\n')
    {
        Some(n) => pos + n,
        None => bytes.len(),
    }
}

impl<'a> Lexer<'a> {
    /// The byte offset the next token is scanned from.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Continues scanning at byte offset `pos`, which must be on the current line (the
    /// skipped text holds no newline) and not before the current position.
    pub(crate) fn skip_to(&mut self, pos: usize) {
        if pos >= self.pos && pos <= self.bytes.len() {
            self.pos = pos;
        }
    }

    /// A lexer at the start of `src`.
    pub(crate) fn new(src: &'a str) -> Self {
        Lexer {
            bytes: src.as_bytes(),
            pos: 0,
            line: 1,
            line_start: 0,
        }
    }

    fn err(&self, at: usize, line: u32, line_start: usize, message: String) -> Box<Diag> {
        Box::new(Diag {
            line,
            col: (at - line_start + 1) as u32,
            kind: ParseErrorKind::Malformed,
            message,
        })
    }

    #[inline]
    fn peek_byte(&self, off: usize) -> u8 {
        self.bytes.get(self.pos + off).copied().unwrap_or(0)
    }

    /// Skips blanks, newlines and comments.
    #[inline]
    fn skip_trivia(&mut self) {
        let bytes = self.bytes;
        let mut pos = self.pos;
        while let Some(&b) = bytes.get(pos) {
            match b {
                b' ' => {
                    pos += 1;
                    // Runs of blanks (padding before `; preds = ...`) eight at a time.
                    while word_at(bytes, pos) == Some(0x2020_2020_2020_2020) {
                        pos += 8;
                    }
                }
                b'\t' | b'\r' => pos += 1,
                b'\n' => {
                    pos += 1;
                    self.line += 1;
                    self.line_start = pos;
                }
                b';' => pos = find_newline(bytes, pos),
                _ => break,
            }
        }
        self.pos = pos;
    }

    /// Scans up to the closing `"` of a string whose opening quote is at `self.pos - 1`,
    /// leaving `self.pos` after it. Returns the payload's end offset.
    fn scan_string(
        &mut self,
        tok_start: usize,
        tok_line: u32,
        tok_line_start: usize,
    ) -> PResult<usize> {
        let bytes = self.bytes;
        let mut pos = self.pos;
        loop {
            match bytes.get(pos) {
                None => {
                    return Err(self.err(
                        tok_start,
                        tok_line,
                        tok_line_start,
                        "unterminated string (missing closing '\"')".to_string(),
                    ));
                }
                Some(b'"') => {
                    self.pos = pos + 1;
                    return Ok(pos);
                }
                Some(b'\n') => {
                    pos += 1;
                    self.line += 1;
                    self.line_start = pos;
                }
                Some(_) => pos += 1,
            }
        }
    }

    /// Scans the name after a sigil (`%`, `@`, `$`): quoted, numeric or plain. Returns
    /// (payload start, payload end, quoted, numeric).
    fn scan_sigil_name(
        &mut self,
        sigil: char,
        tok_start: usize,
        line: u32,
        line_start: usize,
    ) -> PResult<(usize, usize, bool, bool)> {
        let b = self.peek_byte(0);
        if b == b'"' {
            self.pos += 1;
            let start = self.pos;
            let end = self.scan_string(tok_start, line, line_start)?;
            return Ok((start, end, true, false));
        }
        let start = self.pos;
        if b.is_ascii_digit() {
            while self.peek_byte(0).is_ascii_digit() {
                self.pos += 1;
            }
            return Ok((start, self.pos, false, true));
        }
        if is_name_start(b) {
            while is_name_char(self.peek_byte(0)) {
                self.pos += 1;
            }
            return Ok((start, self.pos, false, false));
        }
        Err(self.err(
            tok_start,
            line,
            line_start,
            format!("expected a name after '{sigil}'"),
        ))
    }

    /// The next token.
    #[inline]
    pub(crate) fn next_token(&mut self) -> PResult<Token> {
        self.skip_trivia();
        let start = self.pos;
        let line = self.line;
        let line_start = self.line_start;
        let col = (start - line_start + 1) as u32;
        let mk = |kind: Tok, s: usize, e: usize, quoted: bool| Token {
            kind,
            quoted,
            start: s as u32,
            end: e as u32,
            line,
            col,
        };
        let Some(&b) = self.bytes.get(start) else {
            return Ok(mk(Tok::Eof, start, start, false));
        };
        self.pos += 1;
        let single = |kind: Tok| Ok(mk(kind, start, start + 1, false));
        match b {
            b',' => single(Tok::Comma),
            b'=' => single(Tok::Equal),
            b'*' => single(Tok::Star),
            b'[' => single(Tok::LBracket),
            b']' => single(Tok::RBracket),
            b'{' => single(Tok::LBrace),
            b'}' => single(Tok::RBrace),
            b'(' => single(Tok::LParen),
            b')' => single(Tok::RParen),
            b'<' => single(Tok::Less),
            b'>' => single(Tok::Greater),
            b'|' => single(Tok::Bar),
            b'^' => single(Tok::Caret),
            b'%' | b'@' => {
                let (s, e, quoted, numeric) =
                    self.scan_sigil_name(b as char, start, line, line_start)?;
                let kind = match (b, numeric) {
                    (b'%', false) => Tok::LocalVar,
                    (b'%', true) => Tok::LocalId,
                    (_, false) => Tok::GlobalVar,
                    (_, true) => Tok::GlobalId,
                };
                Ok(mk(kind, s, e, quoted))
            }
            b'$' => {
                let (s, e, quoted, _) = self.scan_sigil_name('$', start, line, line_start)?;
                Ok(mk(Tok::ComdatVar, s, e, quoted))
            }
            b'!' => {
                let c = self.peek_byte(0);
                if c.is_ascii_digit() {
                    let s = self.pos;
                    while self.peek_byte(0).is_ascii_digit() {
                        self.pos += 1;
                    }
                    Ok(mk(Tok::MetaId, s, self.pos, false))
                } else if is_name_start(c) || c == b'\\' {
                    let s = self.pos;
                    while is_name_char(self.peek_byte(0)) || self.peek_byte(0) == b'\\' {
                        self.pos += 1;
                    }
                    Ok(mk(Tok::MetaVar, s, self.pos, false))
                } else {
                    single(Tok::Exclaim)
                }
            }
            b'#' => {
                let c = self.peek_byte(0);
                let s = self.pos;
                if c.is_ascii_digit() {
                    while self.peek_byte(0).is_ascii_digit() {
                        self.pos += 1;
                    }
                    Ok(mk(Tok::AttrGrp, s, self.pos, false))
                } else if c.is_ascii_alphabetic() || c == b'_' {
                    while is_keyword_char(self.peek_byte(0)) {
                        self.pos += 1;
                    }
                    Ok(mk(Tok::HashIdent, s, self.pos, false))
                } else {
                    Err(self.err(
                        start,
                        line,
                        line_start,
                        "expected an attribute group number or a debug record after '#'"
                            .to_string(),
                    ))
                }
            }
            b'"' => {
                let s = self.pos;
                let e = self.scan_string(start, line, line_start)?;
                if self.peek_byte(0) == b':' {
                    self.pos += 1;
                    Ok(mk(Tok::Label, s, e, true))
                } else {
                    Ok(mk(Tok::Str, s, e, false))
                }
            }
            b'.' if self.peek_byte(0) == b'.' && self.peek_byte(1) == b'.' => {
                self.pos += 2;
                Ok(mk(Tok::Dots, start, start + 3, false))
            }
            b'0'..=b'9' | b'-' | b'+' => self.lex_number(start, line, line_start, col),
            _ if is_name_start(b) => self.lex_word(start, line, line_start, col),
            _ => {
                // Report the whole character, not its first byte.
                let ch = std::str::from_utf8(&self.bytes[start..])
                    .ok()
                    .or_else(|| {
                        (1..=4).find_map(|n| {
                            self.bytes
                                .get(start..start + n)
                                .and_then(|s| std::str::from_utf8(s).ok())
                        })
                    })
                    .and_then(|s| s.chars().next());
                let shown = match ch {
                    Some(c) if !c.is_control() => format!("'{c}'"),
                    Some(c) => format!("U+{:04X}", c as u32),
                    None => format!("byte 0x{b:02X}"),
                };
                Err(self.err(
                    start,
                    line,
                    line_start,
                    format!("unexpected character {shown}"),
                ))
            }
        }
    }

    fn lex_word(&mut self, start: usize, line: u32, line_start: usize, col: u32) -> PResult<Token> {
        let bytes = self.bytes;
        let mk = |kind: Tok, s: usize, e: usize, quoted: bool| Token {
            kind,
            quoted,
            start: s as u32,
            end: e as u32,
            line,
            col,
        };
        let first = bytes[start];
        // Keywords (`[a-zA-Z_][a-zA-Z0-9_]*`) are the common case: one scan.
        let mut kend = start + 1;
        while bytes.get(kend).copied().is_some_and(is_keyword_char) {
            kend += 1;
        }
        let next = bytes.get(kend).copied().unwrap_or(0);
        let keyword_start = first.is_ascii_alphabetic() || first == b'_';
        if keyword_start && next != b':' && !is_name_char(next) {
            if next == b'"' && kend == start + 1 && first == b'c' {
                self.pos = kend + 1;
                let s = self.pos;
                let e = self.scan_string(start, line, line_start)?;
                return Ok(mk(Tok::CStr, s, e, false));
            }
            self.pos = kend;
            return Ok(mk(Tok::Ident, start, kend, false));
        }
        // Otherwise the longest run of label characters; a label if followed by ':'.
        let mut end = kend;
        while bytes.get(end).copied().is_some_and(is_name_char) {
            end += 1;
        }
        if bytes.get(end) == Some(&b':') {
            self.pos = end + 1;
            return Ok(mk(Tok::Label, start, end, false));
        }
        if !keyword_start {
            return Err(self.err(
                start,
                line,
                line_start,
                format!("unexpected character '{}'", first as char),
            ));
        }
        self.pos = kend;
        Ok(mk(Tok::Ident, start, kend, false))
    }

    fn lex_number(
        &mut self,
        start: usize,
        line: u32,
        line_start: usize,
        col: u32,
    ) -> PResult<Token> {
        let bytes = self.bytes;
        let mk = |kind: Tok, s: usize, e: usize| Token {
            kind,
            quoted: false,
            start: s as u32,
            end: e as u32,
            line,
            col,
        };
        let first = bytes[start];
        let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
        // Hexadecimal floating point: 0x..., 0xK..., ...
        if first == b'0' && at(start + 1) == b'x' {
            let mut p = start + 2;
            let other = matches!(at(p), b'K' | b'L' | b'M' | b'H' | b'R');
            if other {
                p += 1;
            }
            let digits = p;
            while at(p).is_ascii_hexdigit() {
                p += 1;
            }
            if p == digits {
                return Err(self.err(
                    start,
                    line,
                    line_start,
                    "expected hexadecimal digits after '0x'".to_string(),
                ));
            }
            self.pos = p;
            let kind = if other {
                Tok::HexFloatOther
            } else {
                Tok::HexFloat
            };
            return Ok(mk(kind, start, p));
        }
        let mut p = start;
        if first == b'-' || first == b'+' {
            p += 1;
        }
        let digits = p;
        while at(p).is_ascii_digit() {
            p += 1;
        }
        if p == digits {
            // `-foo:` labels are legal LLVM; nothing we read uses them.
            return Err(self.err(
                start,
                line,
                line_start,
                format!("unexpected character '{}'", first as char),
            ));
        }
        if first.is_ascii_digit() && at(p) == b':' {
            self.pos = p + 1;
            return Ok(mk(Tok::LabelId, start, p));
        }
        if at(p) == b'.' {
            p += 1;
            while at(p).is_ascii_digit() {
                p += 1;
            }
            if matches!(at(p), b'e' | b'E') {
                let mut q = p + 1;
                if matches!(at(q), b'+' | b'-') {
                    q += 1;
                }
                if at(q).is_ascii_digit() {
                    while at(q).is_ascii_digit() {
                        q += 1;
                    }
                    p = q;
                }
            }
            self.pos = p;
            return Ok(mk(Tok::Float, start, p));
        }
        if first == b'+' {
            return Err(self.err(
                start,
                line,
                line_start,
                "a '+' sign is only allowed on floating-point literals".to_string(),
            ));
        }
        self.pos = p;
        Ok(mk(Tok::Int, start, p))
    }
}

/// Decodes the escapes of a quoted name or string: `\\` is a backslash, `\XX` (two hex
/// digits) is that byte; any other backslash stands for itself.
pub(crate) fn unescape(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'\\' {
            if raw.get(i + 1) == Some(&b'\\') {
                out.push(b'\\');
                i += 2;
                continue;
            }
            if let (Some(h), Some(l)) = (
                raw.get(i + 1).and_then(|c| (*c as char).to_digit(16)),
                raw.get(i + 2).and_then(|c| (*c as char).to_digit(16)),
            ) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex_all(src: &str) -> Vec<(Tok, String)> {
        let mut l = Lexer::new(src);
        let mut out = Vec::new();
        loop {
            let t = l.next_token().expect("lexes");
            if t.kind == Tok::Eof {
                break;
            }
            out.push((t.kind, src[t.start as usize..t.end as usize].to_string()));
        }
        out
    }

    fn kinds(src: &str) -> Vec<Tok> {
        lex_all(src).into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn names_and_sigils() {
        assert_eq!(
            lex_all(r#"%x.addr %12 @"a b" @0 !dbg !12 $c #3 #dbg_value"#),
            vec![
                (Tok::LocalVar, "x.addr".into()),
                (Tok::LocalId, "12".into()),
                (Tok::GlobalVar, "a b".into()),
                (Tok::GlobalId, "0".into()),
                (Tok::MetaVar, "dbg".into()),
                (Tok::MetaId, "12".into()),
                (Tok::ComdatVar, "c".into()),
                (Tok::AttrGrp, "3".into()),
                (Tok::HashIdent, "dbg_value".into()),
            ]
        );
    }

    #[test]
    fn labels_numbers_and_strings() {
        assert_eq!(
            lex_all(
                "entry: 12: \"a b\": for.cond-1: -5 42 1.5e+00 -0.0 0x400921FB54442D18 0xK0001 c\"hi\\0A\" \"s\""
            ),
            vec![
                (Tok::Label, "entry".into()),
                (Tok::LabelId, "12".into()),
                (Tok::Label, "a b".into()),
                (Tok::Label, "for.cond-1".into()),
                (Tok::Int, "-5".into()),
                (Tok::Int, "42".into()),
                (Tok::Float, "1.5e+00".into()),
                (Tok::Float, "-0.0".into()),
                (Tok::HexFloat, "0x400921FB54442D18".into()),
                (Tok::HexFloatOther, "0xK0001".into()),
                (Tok::CStr, "hi\\0A".into()),
                (Tok::Str, "s".into()),
            ]
        );
    }

    #[test]
    fn punctuation_comments_and_positions() {
        assert_eq!(
            kinds("; comment\n, = * [ ] { } ( ) < > ! | ^ ... ; trailing"),
            vec![
                Tok::Comma,
                Tok::Equal,
                Tok::Star,
                Tok::LBracket,
                Tok::RBracket,
                Tok::LBrace,
                Tok::RBrace,
                Tok::LParen,
                Tok::RParen,
                Tok::Less,
                Tok::Greater,
                Tok::Exclaim,
                Tok::Bar,
                Tok::Caret,
                Tok::Dots,
            ]
        );
        let mut l = Lexer::new("a\n  b");
        let a = l.next_token().expect("a");
        let b = l.next_token().expect("b");
        assert_eq!((a.line, a.col, b.line, b.col), (1, 1, 2, 3));
    }

    #[test]
    fn keywords_stop_at_dots() {
        assert_eq!(
            kinds("i32 x86_fp80 u0x1F"),
            vec![Tok::Ident, Tok::Ident, Tok::Ident]
        );
        // `foo.bar` without a colon is a keyword followed by a stray '.'.
        let mut l = Lexer::new("foo.bar");
        assert_eq!(l.next_token().expect("foo").kind, Tok::Ident);
        assert!(l.next_token().is_err());
    }

    #[test]
    fn errors() {
        for (src, msg) in [
            ("\"abc", "unterminated string"),
            ("%", "expected a name after '%'"),
            ("# ", "expected an attribute group number"),
            ("\u{1}", "unexpected character U+0001"),
            ("é", "unexpected character 'é'"),
            ("0x", "expected hexadecimal digits"),
            ("+1", "'+' sign"),
        ] {
            let mut l = Lexer::new(src);
            let e = l.next_token().expect_err(src);
            assert!(e.message.contains(msg), "{src}: {}", e.message);
        }
    }

    #[test]
    fn newline_search() {
        let text = b"; a comment that is longer than eight bytes\nx";
        assert_eq!(find_newline(text, 0), 43);
        assert_eq!(find_newline(b"abc", 0), 3);
        assert_eq!(find_newline(b"0123456789\n", 3), 10);
        for n in 0..20 {
            let mut v = vec![b'a'; n];
            v.push(b'\n');
            assert_eq!(find_newline(&v, 0), n);
        }
    }

    #[test]
    fn unescaping() {
        assert_eq!(unescape(br"a\22b\\c\q"), b"a\"b\\c\\q".to_vec());
    }
}
