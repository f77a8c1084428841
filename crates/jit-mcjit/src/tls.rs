//! Thread-local variables of JIT code, emulated: the backends lower
//! `llvm.threadlocal.address(@g)` to a call of `__jit_tls_address(@g, size, align)`, where
//! `@g`'s own storage is the initial image (clang accesses thread-local variables only
//! through that intrinsic, so the image is never written). Each thread gets its own copy
//! of each variable on first use, freed when the thread ends.
//!
//! Copies are found by the image's address, which a later module may reuse once the
//! module that owned it is removed (or its engine dropped). The engine then calls
//! [`forget`] with the released address ranges; a copy made before such a release for an
//! address inside it is stale, and the next access makes a fresh copy from the new image.
//! The check costs one atomic load while nothing is released.

use std::alloc::Layout;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// One thread's copy of one variable.
struct Block {
    ptr: *mut u8,
    layout: Layout,
    /// The release generation the copy is known to be current for.
    generation: u64,
}

/// How many times module memory has been released; changes only under [`RELEASED`]'s lock.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Released address ranges `[start, end)` with the generation of their release. It only
/// grows, by a few words per removed module (each module holds far more than that).
static RELEASED: Mutex<Vec<(u64, u64, u64)>> = Mutex::new(Vec::new());

/// Records that the memory in `ranges` (`[start, end)` addresses where JIT code sees it)
/// was given back: copies made from images there are stale from now on.
pub(crate) fn forget(ranges: impl IntoIterator<Item = (u64, u64)>) {
    let mut released = RELEASED.lock().unwrap_or_else(|e| e.into_inner());
    let generation = GENERATION.load(Ordering::Acquire) + 1;
    released.extend(ranges.into_iter().map(|(s, e)| (s, e, generation)));
    GENERATION.store(generation, Ordering::Release);
}

/// Whether the copy for `key` made at `block.generation` is still current; brings the
/// block's generation up to date when it is.
fn current(key: usize, block: &mut Block) -> bool {
    let now = GENERATION.load(Ordering::Acquire);
    if block.generation == now {
        return true;
    }
    let released = RELEASED.lock().unwrap_or_else(|e| e.into_inner());
    let key = key as u64;
    let stale = released
        .iter()
        .any(|&(s, e, g)| g > block.generation && s <= key && key < e);
    if !stale {
        block.generation = now;
    }
    !stale
}

impl Drop for Block {
    fn drop(&mut self) {
        // SAFETY: allocated in `jit_tls_address` with this layout, freed once.
        unsafe { std::alloc::dealloc(self.ptr, self.layout) };
    }
}

thread_local! {
    /// This thread's copies, by the address of the variable's initial image.
    static BLOCKS: RefCell<HashMap<usize, Block>> = RefCell::new(HashMap::new());
}

/// The address of this thread's copy of the thread-local variable whose initial image is
/// `size` bytes at `image` (aligned to `align`). Called by JIT code; never unwinds.
pub(crate) extern "C" fn jit_tls_address(image: *const u8, size: u64, align: u64) -> *mut u8 {
    let key = image as usize;
    let found = BLOCKS.try_with(|blocks| {
        if let Some(b) = blocks.borrow_mut().get_mut(&key)
            && current(key, b)
        {
            return b.ptr;
        }
        let generation = GENERATION.load(Ordering::Acquire);
        let Ok(layout) = Layout::from_size_align(size.max(1) as usize, align.max(1) as usize)
        else {
            return std::ptr::null_mut();
        };
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc(layout) };
        if ptr.is_null() {
            return ptr;
        }
        // SAFETY: `image` is the variable's initial image of `size` bytes (JIT data that
        // lives as long as the module) and `ptr` a fresh block of at least that size.
        unsafe { std::ptr::copy_nonoverlapping(image, ptr, size as usize) };
        blocks.borrow_mut().insert(
            key,
            Block {
                ptr,
                layout,
                generation,
            },
        );
        ptr
    });
    // Past this thread's TLS destruction there is no storage left to give.
    found.unwrap_or(std::ptr::null_mut())
}

/// The global mapping an engine installs for thread-local variables.
pub(crate) fn mappings() -> [(&'static str, u64); 1] {
    [("__jit_tls_address", jit_tls_address as *const () as u64)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_gets_its_own_initialized_copy() {
        static IMAGE: [u64; 2] = [7, 9];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = jit_tls_address(image, 16, 8);
        assert_eq!(a, jit_tls_address(image, 16, 8), "stable within a thread");
        assert_ne!(a, image.cast_mut(), "a copy, not the image");
        // SAFETY: a 16-byte block aligned to 8.
        unsafe { *(a as *mut u64) += 1 };
        let image_addr = image as usize;
        let other = std::thread::spawn(move || {
            let b = jit_tls_address(image_addr as *const u8, 16, 8);
            // SAFETY: this thread's 16-byte copy.
            (b as usize, unsafe { *(b as *const u64) })
        })
        .join()
        .unwrap();
        assert_ne!(other.0, a as usize);
        assert_eq!(other.1, 7, "the other thread sees the initial value");
        // SAFETY: this thread's copy.
        assert_eq!(unsafe { *(a as *const u64) }, 8);
        assert_eq!(a as usize % 8, 0);
    }

    #[test]
    fn a_released_image_address_gets_a_fresh_copy() {
        static IMAGE: [u64; 1] = [41];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = jit_tls_address(image, 8, 8);
        // SAFETY: this thread's 8-byte copy.
        unsafe { *(a as *mut u64) = 99 };
        // Unrelated memory released: the copy stays.
        forget([(8, 16)]);
        assert_eq!(jit_tls_address(image, 8, 8), a);
        // SAFETY: as above.
        assert_eq!(unsafe { *(a as *const u64) }, 99);
        // The image's own memory released and reused: a fresh copy of the (new) image.
        forget([(image as u64, image as u64 + 8)]);
        let b = jit_tls_address(image, 8, 8);
        // SAFETY: this thread's new 8-byte copy.
        assert_eq!(unsafe { *(b as *const u64) }, 41);
    }
}
