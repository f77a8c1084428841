//! Static archives (`ar rcs libx.a a.o b.o`, also of bitcode members as `llvm-ar` makes
//! for LTO): the members with their names and bytes. GNU and BSD name conventions are
//! read; the symbol index is skipped (members are looked at directly). Thin archives are
//! refused.

/// One member of an archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The member's file name.
    pub name: String,
    /// Its contents.
    pub data: Vec<u8>,
}

/// Splits an archive into its members (symbol and name tables excluded).
pub fn read_archive(bytes: &[u8], file: &str) -> Result<Vec<Member>, String> {
    let bad = |what: &str| format!("{file}: not a valid archive: {what}");
    if bytes.starts_with(b"!<thin>\n") {
        return Err(format!("{file}: thin archives are not supported"));
    }
    if !bytes.starts_with(b"!<arch>\n") {
        return Err(bad("no `!<arch>` header"));
    }
    let mut pos = 8;
    let mut long_names: &[u8] = &[];
    let mut out = Vec::new();
    while pos < bytes.len() {
        if bytes.len() - pos < 60 {
            if bytes[pos..].iter().all(|&b| b == b'\n') {
                break;
            }
            return Err(bad("truncated member header"));
        }
        let h = &bytes[pos..pos + 60];
        if &h[58..60] != b"`\n" {
            return Err(bad(&format!("bad member header at byte {pos}")));
        }
        let field = |a: usize, b: usize| String::from_utf8_lossy(&h[a..b]).trim().to_string();
        let raw_name = field(0, 16);
        let size: usize = field(48, 58)
            .parse()
            .map_err(|_| bad(&format!("bad member size at byte {pos}")))?;
        let start = pos + 60;
        let end = start
            .checked_add(size)
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| bad(&format!("member at byte {pos} runs past the end")))?;
        let mut data = &bytes[start..end];
        let name = if raw_name == "/" || raw_name == "/SYM64/" || raw_name == "__.SYMDEF" {
            None
        } else if raw_name == "//" {
            long_names = data;
            None
        } else if let Some(n) = raw_name.strip_prefix("#1/") {
            // BSD: the name is the first N bytes of the data.
            let n: usize = n.parse().map_err(|_| bad("bad BSD name length"))?;
            if n > data.len() {
                return Err(bad("BSD name longer than its member"));
            }
            let name = String::from_utf8_lossy(&data[..n])
                .trim_end_matches('\0')
                .to_string();
            data = &data[n..];
            (!name.starts_with("__.SYMDEF")).then_some(name)
        } else if let Some(off) = raw_name.strip_prefix('/') {
            let off: usize = off.parse().map_err(|_| bad("bad long name offset"))?;
            let rest = long_names
                .get(off..)
                .ok_or_else(|| bad("long name offset past the name table"))?;
            let len = rest
                .iter()
                .position(|&b| b == b'\n' || b == 0)
                .unwrap_or(rest.len());
            Some(
                String::from_utf8_lossy(&rest[..len])
                    .trim_end_matches('/')
                    .to_string(),
            )
        } else {
            Some(raw_name.trim_end_matches('/').to_string())
        };
        if let Some(name) = name {
            out.push(Member {
                name,
                data: data.to_vec(),
            });
        }
        pos = end + (size & 1);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, size: usize) -> Vec<u8> {
        let mut h =
            format!("{name:<16}{:<12}{:<6}{:<6}{:<8}{size:<10}`\n", 0, 0, 0, 644).into_bytes();
        h.truncate(60);
        h
    }

    #[test]
    fn gnu_names_long_names_and_padding() {
        let mut a = b"!<arch>\n".to_vec();
        a.extend(header("/", 4));
        a.extend([0, 0, 0, 0]);
        let long = b"a_rather_long_member_name.o/\n";
        a.extend(header("//", long.len()));
        a.extend(long);
        a.push(b'\n');
        a.extend(header("short.o/", 3));
        a.extend(b"abc\n");
        a.extend(header("/0", 2));
        a.extend(b"xy");
        let m = read_archive(&a, "t.a").unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].name, "short.o");
        assert_eq!(m[0].data, b"abc");
        assert_eq!(m[1].name, "a_rather_long_member_name.o");
        assert_eq!(m[1].data, b"xy");
    }

    #[test]
    fn bad_archives_are_errors() {
        assert!(
            read_archive(b"hello", "x.a")
                .unwrap_err()
                .contains("no `!<arch>`")
        );
        assert!(
            read_archive(b"!<thin>\n", "x.a")
                .unwrap_err()
                .contains("thin")
        );
        let mut a = b"!<arch>\n".to_vec();
        a.extend(header("m.o/", 100));
        a.extend(b"short");
        assert!(
            read_archive(&a, "x.a")
                .unwrap_err()
                .contains("past the end")
        );
        // Every truncation of a valid archive is an error or a prefix of its members.
        let mut ok = b"!<arch>\n".to_vec();
        ok.extend(header("m.o/", 5));
        ok.extend(b"hello\n");
        for n in 0..ok.len() {
            let _ = read_archive(&ok[..n], "x.a");
        }
    }
}
