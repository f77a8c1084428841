//! The fill pattern for freed code: bytes that trap if a stale pointer jumps into them.
//!
//! - x86-64: `int3` (`0xCC`), one byte, so any entry offset traps.
//! - AArch64: `brk #0` (`0xd4200000`, little endian), laid out by address modulo 4, so
//!   every instruction slot traps.
//! - Elsewhere: zeros.

/// The trap pattern for this architecture, as the bytes of one 4-byte slot.
pub const TRAP_WORD: [u8; 4] = if cfg!(target_arch = "x86_64") {
    [0xcc; 4]
} else if cfg!(target_arch = "aarch64") {
    0xd420_0000u32.to_le_bytes()
} else {
    [0; 4]
};

/// Fills `len` bytes at `ptr` with the trap pattern: the byte at address `a` gets
/// `TRAP_WORD[a % 4]`, so whole instruction slots trap whatever the range's alignment.
///
/// # Safety
/// `ptr..ptr + len` must be writable memory that nothing else references.
pub unsafe fn fill(ptr: *mut u8, len: usize) {
    if TRAP_WORD.iter().all(|&b| b == TRAP_WORD[0]) {
        // SAFETY: the caller guarantees `len` writable bytes at `ptr`.
        unsafe { std::ptr::write_bytes(ptr, TRAP_WORD[0], len) };
        return;
    }
    for i in 0..len {
        // SAFETY: `i < len`, inside the caller's range.
        unsafe {
            let p = ptr.add(i);
            p.write(TRAP_WORD[p as usize % 4]);
        }
    }
}
