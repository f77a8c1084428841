//! perf's jitdump format (`tools/perf/Documentation/jitdump-specification.txt`) and the
//! listener writing it.
//!
//! A file is a header followed by records, all in the writer's byte order (the magic
//! number tells readers which):
//! ```text
//!   header      magic 'JiTD' · version 1 · header size · ELF machine · pad · pid ·
//!               timestamp · flags                                   (40 bytes)
//!   record      id · total size · timestamp, then the payload:
//!     0 CODE_LOAD     pid · tid · vma · code address · code size · code index ·
//!                     name (NUL-terminated) · the code bytes
//!     2 DEBUG_INFO    code address · entry count · entries of (address · line ·
//!                     discriminator · file name, NUL-terminated)
//! ```
//! A function's DEBUG_INFO record comes before its CODE_LOAD record. Timestamps are
//! `CLOCK_MONOTONIC` nanoseconds, the clock `perf record -k 1` stamps samples with, so
//! that `perf inject --jit` can tell which code was at an address when a sample was taken.
//! perf finds the file through the process's `mmap` of it with `PROT_EXEC` (a marker
//! mapping the listener keeps), then `perf inject --jit` writes one ELF file per function
//! beside it.
//!
//! The encoders and [`read_dump`] are pure functions over bytes; [`JitDumpListener`] adds
//! the file, the clock and the marker. Freed objects get no record (the format has none;
//! the timestamps of later loads at the same address take precedence).

use crate::error::PerfError;
use crate::functions::loaded_functions;
use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::object::{DebugFile, FunctionDebugInfo, ObjectDebugInfo};
use jit_core::target::Arch;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// `'JiTD'` read as a native-endian 32-bit number.
pub const MAGIC: u32 = 0x4A69_5444;
/// The format version written.
pub const VERSION: u32 = 1;
/// Size of the file header in bytes.
pub const HEADER_SIZE: u32 = 40;
/// Size of a record header in bytes.
pub const RECORD_HEADER_SIZE: u32 = 16;
/// Record id of `JIT_CODE_LOAD`.
pub const JIT_CODE_LOAD: u32 = 0;
/// Record id of `JIT_CODE_DEBUG_INFO`.
pub const JIT_CODE_DEBUG_INFO: u32 = 2;
/// ELF `e_machine` of x86-64.
pub const EM_X86_64: u32 = 62;
/// ELF `e_machine` of AArch64.
pub const EM_AARCH64: u32 = 183;

/// The ELF machine number of `arch`.
pub fn elf_machine(arch: Arch) -> u32 {
    match arch {
        Arch::X86_64 => EM_X86_64,
        Arch::AArch64 => EM_AARCH64,
    }
}

/// The file header.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct FileHeader {
    /// ELF machine of the code ([`elf_machine`]).
    pub elf_machine: u32,
    /// Process id of the JIT.
    pub pid: u32,
    /// When the file was made.
    pub timestamp: u64,
    /// Flags (bit 0: timestamps from the architecture's counter; never set here).
    pub flags: u64,
}

/// A `JIT_CODE_LOAD` record: a function's code, now at `code_address`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLoad {
    /// When it was loaded.
    pub timestamp: u64,
    /// Process id.
    pub pid: u32,
    /// Thread id of the thread that loaded it.
    pub tid: u32,
    /// Virtual address of the code (the same as `code_address`).
    pub vma: u64,
    /// Address of the code.
    pub code_address: u64,
    /// Unique number of this load in the file.
    pub code_index: u64,
    /// The function's name.
    pub name: String,
    /// The code bytes.
    pub code: Vec<u8>,
}

/// One line-table entry of a `JIT_CODE_DEBUG_INFO` record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugEntry {
    /// Address of the first instruction of the line.
    pub address: u64,
    /// Source line.
    pub line: u32,
    /// Discriminator.
    pub discriminator: u32,
    /// Source file name.
    pub file: String,
}

/// A `JIT_CODE_DEBUG_INFO` record: the line table of the function at `code_address`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugInfo {
    /// When it was written.
    pub timestamp: u64,
    /// Address of the function.
    pub code_address: u64,
    /// Its rows, by address.
    pub entries: Vec<DebugEntry>,
}

/// A record read back by [`read_dump`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// `JIT_CODE_LOAD`.
    CodeLoad(CodeLoad),
    /// `JIT_CODE_DEBUG_INFO`.
    DebugInfo(DebugInfo),
    /// Any other record, by id.
    Other(u32),
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_ne_bytes());
}
fn put64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_ne_bytes());
}
fn put_str(out: &mut Vec<u8>, s: &str) {
    // A NUL inside would end the string early: perf reads C strings.
    out.extend(s.bytes().filter(|&b| b != 0));
    out.push(0);
}

/// Appends the file header to `out`.
pub fn encode_header(h: &FileHeader, out: &mut Vec<u8>) {
    put32(out, MAGIC);
    put32(out, VERSION);
    put32(out, HEADER_SIZE);
    put32(out, h.elf_machine);
    put32(out, 0);
    put32(out, h.pid);
    put64(out, h.timestamp);
    put64(out, h.flags);
}

/// Appends a record of type `id` with `payload` to `out`.
fn encode_record(id: u32, timestamp: u64, payload: &[u8], out: &mut Vec<u8>) {
    let size = RECORD_HEADER_SIZE as usize + payload.len();
    put32(out, id);
    put32(out, u32::try_from(size).unwrap_or(u32::MAX));
    put64(out, timestamp);
    out.extend_from_slice(payload);
}

/// Appends a `JIT_CODE_LOAD` record to `out`. Returns false (and appends nothing) when
/// the record would not fit its 32-bit size field.
pub fn encode_code_load(r: &CodeLoad, out: &mut Vec<u8>) -> bool {
    let mut p = Vec::with_capacity(40 + r.name.len() + 1 + r.code.len());
    put32(&mut p, r.pid);
    put32(&mut p, r.tid);
    put64(&mut p, r.vma);
    put64(&mut p, r.code_address);
    put64(&mut p, r.code.len() as u64);
    put64(&mut p, r.code_index);
    put_str(&mut p, &r.name);
    p.extend_from_slice(&r.code);
    if p.len() + RECORD_HEADER_SIZE as usize > u32::MAX as usize {
        return false;
    }
    encode_record(JIT_CODE_LOAD, r.timestamp, &p, out);
    true
}

/// Appends a `JIT_CODE_DEBUG_INFO` record to `out`; false (nothing appended) when it would
/// not fit its 32-bit size field.
pub fn encode_debug_info(r: &DebugInfo, out: &mut Vec<u8>) -> bool {
    let mut p = Vec::new();
    put64(&mut p, r.code_address);
    put64(&mut p, r.entries.len() as u64);
    for e in &r.entries {
        put64(&mut p, e.address);
        put32(&mut p, e.line);
        put32(&mut p, e.discriminator);
        put_str(&mut p, &e.file);
    }
    if p.len() + RECORD_HEADER_SIZE as usize > u32::MAX as usize {
        return false;
    }
    encode_record(JIT_CODE_DEBUG_INFO, r.timestamp, &p, out);
    true
}

/// A reader over bytes in this machine's byte order.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(format!("truncated at byte {}", self.at));
        };
        let b = &self.bytes[self.at..end];
        self.at = end;
        Ok(b)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        Ok(u64::from_ne_bytes(a))
    }
    fn string(&mut self) -> Result<String, String> {
        let rest = &self.bytes[self.at..];
        let Some(n) = rest.iter().position(|&b| b == 0) else {
            return Err(format!("unterminated string at byte {}", self.at));
        };
        let s = String::from_utf8_lossy(&rest[..n]).into_owned();
        self.at += n + 1;
        Ok(s)
    }
}

/// Reads a jitdump file written on this machine: its header and records. For tests and
/// tools; an error says what is wrong and where.
pub fn read_dump(bytes: &[u8]) -> Result<(FileHeader, Vec<Record>), String> {
    let mut r = Reader { bytes, at: 0 };
    if r.u32()? != MAGIC {
        return Err("not a jitdump file (bad magic)".into());
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(format!("jitdump version {version}, expected {VERSION}"));
    }
    let header_size = r.u32()? as usize;
    let elf_machine = r.u32()?;
    r.u32()?;
    let pid = r.u32()?;
    let timestamp = r.u64()?;
    let flags = r.u64()?;
    r.at = header_size.max(HEADER_SIZE as usize);
    let header = FileHeader {
        elf_machine,
        pid,
        timestamp,
        flags,
    };
    let mut records = Vec::new();
    while r.at < bytes.len() {
        let start = r.at;
        let id = r.u32()?;
        let size = r.u32()? as usize;
        let timestamp = r.u64()?;
        if size < RECORD_HEADER_SIZE as usize {
            return Err(format!("record at byte {start} has size {size}"));
        }
        let payload = r.take(size - RECORD_HEADER_SIZE as usize)?;
        let mut p = Reader {
            bytes: payload,
            at: 0,
        };
        let record = match id {
            JIT_CODE_LOAD => {
                let pid = p.u32()?;
                let tid = p.u32()?;
                let vma = p.u64()?;
                let code_address = p.u64()?;
                let code_size = p.u64()?;
                let code_index = p.u64()?;
                let name = p.string()?;
                let code = p.take(code_size as usize)?.to_vec();
                Record::CodeLoad(CodeLoad {
                    timestamp,
                    pid,
                    tid,
                    vma,
                    code_address,
                    code_index,
                    name,
                    code,
                })
            }
            JIT_CODE_DEBUG_INFO => {
                let code_address = p.u64()?;
                let n = p.u64()?;
                let mut entries = Vec::new();
                for _ in 0..n {
                    entries.push(DebugEntry {
                        address: p.u64()?,
                        line: p.u32()?,
                        discriminator: p.u32()?,
                        file: p.string()?,
                    });
                }
                Record::DebugInfo(DebugInfo {
                    timestamp,
                    code_address,
                    entries,
                })
            }
            other => Record::Other(other),
        };
        if id <= JIT_CODE_DEBUG_INFO && id != 1 && p.at != payload.len() {
            return Err(format!(
                "record {id} at byte {start} has {} bytes after its payload",
                payload.len() - p.at
            ));
        }
        records.push(record);
    }
    Ok((header, records))
}

/// The line table of `f` (at `address`) as jitdump entries: rows without a source line
/// are left out.
pub fn debug_entries(
    debug: &ObjectDebugInfo,
    f: &FunctionDebugInfo,
    address: u64,
) -> Vec<DebugEntry> {
    f.lines
        .iter()
        .filter(|row| row.line != 0)
        .map(|row| DebugEntry {
            address: address + u64::from(row.offset),
            line: row.line,
            discriminator: 0,
            file: debug
                .files
                .get(row.file as usize)
                .map(DebugFile::path)
                .unwrap_or_default(),
        })
        .collect()
}

/// `CLOCK_MONOTONIC` now, in nanoseconds.
pub fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec as u64)
}

fn thread_id() -> u32 {
    // SAFETY: gettid takes no arguments and cannot fail.
    unsafe { libc::syscall(libc::SYS_gettid) as u32 }
}

/// Copies `size` bytes at `address` of this process, or `None` when they are not all
/// readable (`process_vm_readv` on the process itself reports a fault instead of taking
/// it, so code of a memory manager that maps it execute-only is simply not copied).
fn read_own_memory(address: u64, size: u64) -> Option<Vec<u8>> {
    let len = usize::try_from(size).ok()?;
    let mut buf = vec![0u8; len];
    let local = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: len,
    };
    let remote = libc::iovec {
        iov_base: address as usize as *mut libc::c_void,
        iov_len: len,
    };
    // SAFETY: `local` describes `buf`, writable for `len` bytes; the kernel checks the
    // remote range and fails with EFAULT rather than faulting.
    let n = unsafe { libc::process_vm_readv(libc::getpid(), &local, 1, &remote, 1, 0) };
    (n >= 0 && n as usize == len).then_some(buf)
}

/// What the listener writes to, under its lock.
#[derive(Debug)]
struct State {
    file: File,
    next_index: u64,
}

/// Writes every function of every object loaded to a jitdump file; see the module
/// documentation. Usually the process-wide [`JitDumpListener::global`].
#[derive(Debug)]
pub struct JitDumpListener {
    path: PathBuf,
    state: Mutex<State>,
}

impl JitDumpListener {
    /// The listener of this process, writing `jit-<pid>.dump` in `$JITDUMPDIR`, else in
    /// `$HOME/.debug/jit` (created when missing), as perf's own JIT agents do. Every call
    /// returns the same listener, or the same error.
    pub fn global() -> Result<Arc<JitDumpListener>, PerfError> {
        static GLOBAL: OnceLock<Result<Arc<JitDumpListener>, PerfError>> = OnceLock::new();
        GLOBAL
            .get_or_init(|| {
                let dir = match std::env::var_os("JITDUMPDIR").filter(|d| !d.is_empty()) {
                    Some(d) => PathBuf::from(d),
                    None => {
                        let home = std::env::var_os("HOME")
                            .filter(|h| !h.is_empty())
                            .unwrap_or_else(|| "/tmp".into());
                        PathBuf::from(home).join(".debug").join("jit")
                    }
                };
                JitDumpListener::create_in(&dir).map(Arc::new)
            })
            .clone()
    }

    /// A listener writing `dir/jit-<pid>.dump` (the directory is created when missing, the
    /// file created or truncated). perf finds the file by its mapping, wherever it is;
    /// `perf inject --jit` writes its ELF files beside it.
    pub fn create_in(dir: &Path) -> Result<JitDumpListener, PerfError> {
        std::fs::create_dir_all(dir).map_err(|e| PerfError::io(dir, &e))?;
        let path = dir.join(format!("jit-{}.dump", std::process::id()));
        let mut file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| PerfError::io(&path, &e))?;
        let mut header = Vec::with_capacity(HEADER_SIZE as usize);
        encode_header(
            &FileHeader {
                elf_machine: Arch::host().map_or(0, elf_machine),
                pid: std::process::id(),
                timestamp: monotonic_ns(),
                flags: 0,
            },
            &mut header,
        );
        file.write_all(&header)
            .and_then(|()| file.flush())
            .map_err(|e| PerfError::io(&path, &e))?;
        mark(&file).map_err(|e| PerfError::io(&path, &e))?;
        Ok(JitDumpListener {
            path,
            state: Mutex::new(State {
                file,
                next_index: 0,
            }),
        })
    }

    /// The file written.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Maps the first page of the file executable: the `mmap` event perf records for it is
/// how `perf inject --jit` finds the file. The mapping stays for the life of the process.
fn mark(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: sysconf has no memory effects.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) as usize;
    // SAFETY: a new private mapping of a file we opened for reading; nothing in this
    // process reads or writes through it, and it is never unmapped.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            page,
            libc::PROT_READ | libc::PROT_EXEC,
            libc::MAP_PRIVATE,
            file.as_raw_fd(),
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

impl JitEventListener for JitDumpListener {
    fn object_loaded(&self, object: &LoadedObject<'_>) {
        if Arch::host() != Some(object.object.arch) {
            return;
        }
        let functions = loaded_functions(object);
        if functions.is_empty() {
            return;
        }
        let pid = std::process::id();
        let tid = thread_id();
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out = Vec::new();
        for f in &functions {
            let timestamp = monotonic_ns();
            if let (Some(debug), Some(fd)) = (object.object.debug.as_deref(), f.debug) {
                let entries = debug_entries(debug, fd, f.address);
                if !entries.is_empty() {
                    encode_debug_info(
                        &DebugInfo {
                            timestamp,
                            code_address: f.address,
                            entries,
                        },
                        &mut out,
                    );
                }
            }
            // The code as it runs (relocated); the object's bytes if it cannot be read.
            let code = read_own_memory(f.address, f.size).unwrap_or_else(|| {
                let data = object
                    .object
                    .sections
                    .get(f.section.0 as usize)
                    .map_or(&[][..], |s| &s.data[..]);
                let start = (f.offset as usize).min(data.len());
                let end = (f.offset.saturating_add(f.size) as usize).min(data.len());
                let mut bytes = data[start..end].to_vec();
                bytes.resize(f.size as usize, 0);
                bytes
            });
            let load = CodeLoad {
                timestamp,
                pid,
                tid,
                vma: f.address,
                code_address: f.address,
                code_index: state.next_index,
                name: f.name.to_string(),
                code,
            };
            if encode_code_load(&load, &mut out) {
                state.next_index += 1;
            }
        }
        // A profiler file that cannot be written is not the program's problem.
        let _ = state.file.write_all(&out);
    }

    fn object_freed(&self, _key: u64) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::object::LineRow;

    fn load(name: &str, address: u64, code: &[u8], index: u64) -> CodeLoad {
        CodeLoad {
            timestamp: 1000 + index,
            pid: 42,
            tid: 43,
            vma: address,
            code_address: address,
            code_index: index,
            name: name.into(),
            code: code.to_vec(),
        }
    }

    #[test]
    fn header_is_forty_bytes_starting_with_the_magic() {
        let mut out = Vec::new();
        let h = FileHeader {
            elf_machine: EM_X86_64,
            pid: 7,
            timestamp: 99,
            flags: 0,
        };
        encode_header(&h, &mut out);
        assert_eq!(out.len(), HEADER_SIZE as usize);
        assert_eq!(&out[..4], &MAGIC.to_ne_bytes());
        // 'JiTD' in the writer's byte order.
        if cfg!(target_endian = "little") {
            assert_eq!(&out[..4], b"DTiJ");
        }
        let (back, records) = read_dump(&out).expect("reads");
        assert_eq!(back, h);
        assert!(records.is_empty());
    }

    #[test]
    fn records_read_back_with_their_sizes_and_order() {
        let mut out = Vec::new();
        encode_header(
            &FileHeader {
                elf_machine: EM_AARCH64,
                pid: 42,
                timestamp: 1,
                flags: 0,
            },
            &mut out,
        );
        let debug = DebugInfo {
            timestamp: 1000,
            code_address: 0x4000,
            entries: vec![
                DebugEntry {
                    address: 0x4000,
                    line: 3,
                    discriminator: 0,
                    file: "/src/a.c".into(),
                },
                DebugEntry {
                    address: 0x4008,
                    line: 4,
                    discriminator: 1,
                    file: "/src/a.c".into(),
                },
            ],
        };
        assert!(encode_debug_info(&debug, &mut out));
        let before = out.len();
        let first = load("main", 0x4000, &[0x55, 0xc3], 0);
        assert!(encode_code_load(&first, &mut out));
        // 16 header + 40 fixed + "main\0" + 2 code bytes.
        assert_eq!(out.len() - before, 16 + 40 + 5 + 2);
        let second = load("f\0g", 0x5000, &[], 1);
        assert!(encode_code_load(&second, &mut out));
        let (h, records) = read_dump(&out).expect("reads");
        assert_eq!(h.elf_machine, EM_AARCH64);
        assert_eq!(
            records,
            [
                Record::DebugInfo(debug),
                Record::CodeLoad(first),
                Record::CodeLoad(CodeLoad {
                    name: "fg".into(),
                    ..second
                }),
            ]
        );
    }

    #[test]
    fn damaged_files_are_reported() {
        let mut out = Vec::new();
        encode_header(
            &FileHeader {
                elf_machine: EM_X86_64,
                pid: 1,
                timestamp: 1,
                flags: 0,
            },
            &mut out,
        );
        assert!(encode_code_load(&load("f", 1, &[1, 2, 3], 0), &mut out));
        assert!(read_dump(&out[..out.len() - 1]).is_err());
        assert!(read_dump(&out[..10]).is_err());
        let mut bad = out.clone();
        bad[0] ^= 1;
        assert!(read_dump(&bad).is_err());
    }

    #[test]
    fn line_rows_become_absolute_entries_with_file_paths() {
        let debug = ObjectDebugInfo {
            files: vec![
                DebugFile {
                    directory: "/home/u".into(),
                    name: "a.c".into(),
                },
                DebugFile {
                    directory: "/x".into(),
                    name: "/abs/b.h".into(),
                },
            ],
            ..ObjectDebugInfo::default()
        };
        let f = FunctionDebugInfo {
            lines: vec![
                LineRow {
                    offset: 0,
                    file: 0,
                    line: 10,
                    column: 1,
                },
                LineRow {
                    offset: 4,
                    file: 0,
                    line: 0,
                    column: 0,
                },
                LineRow {
                    offset: 9,
                    file: 1,
                    line: 2,
                    column: 0,
                },
            ],
            ..FunctionDebugInfo::default()
        };
        let entries = debug_entries(&debug, &f, 0x1000);
        assert_eq!(
            entries,
            [
                DebugEntry {
                    address: 0x1000,
                    line: 10,
                    discriminator: 0,
                    file: "/home/u/a.c".into()
                },
                DebugEntry {
                    address: 0x1009,
                    line: 2,
                    discriminator: 0,
                    file: "/abs/b.h".into()
                },
            ]
        );
    }

    #[test]
    fn own_memory_reads_and_faults_are_told_apart() {
        let data = [1u8, 2, 3, 4];
        let read = read_own_memory(data.as_ptr() as u64, 4);
        if read.is_none() && std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS) {
            // QEMU's user mode has no process_vm_readv: the listener falls back to the
            // object's bytes there.
            return;
        }
        assert_eq!(read.as_deref(), Some(&data[..]));
        assert_eq!(read_own_memory(8, 4), None);
    }
}
