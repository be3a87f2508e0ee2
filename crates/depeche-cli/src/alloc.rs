//! The allocator: mimalloc, called through its plain entry points.
//!
//! Rust asks for every allocation with an alignment. The `mimalloc`
//! crate passes it on to `mi_malloc_aligned` and `mi_realloc_aligned`,
//! whose alignment checks cost about as much again as the allocation
//! itself. Every mimalloc block is aligned to a word at least (block
//! sizes are multiples of it), so for alignments up to a word, nearly all
//! of Rust's, `mi_malloc` and `mi_realloc` give what was asked for.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;
use std::os::raw::{c_int, c_long};

use libmimalloc_sys as mi;

/// Alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc as the global allocator.
pub struct MiMalloc;

// SAFETY: each method hands the request to mimalloc, whose blocks meet
// the layout: the plain calls when the alignment is at most a word (see
// the module docs), the aligned ones otherwise.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(
        &self,
        ptr: *mut u8,
        layout: Layout,
        new_size: usize,
    ) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(
                ptr as *mut c_void,
                new_size,
                layout.align(),
            ) as *mut u8
        }
    }
}

// Part of mimalloc's C API that the bindings declare only with their
// `extended` feature.
extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (the same in its
/// v2 and v3 headers; the bindings do not name it).
const MI_OPTION_PURGE_DELAY: c_int = 15;

/// Tells mimalloc never to give freed memory back to the OS. By default it
/// purges free pages after a delay, and the next document's buffers fault
/// them back in, each fault zeroing a fresh (often 2 MiB huge) page: over
/// a thousand faults and ~8% of the time of a one-thread run went there.
/// Keeping the pages costs nothing in peak memory, which is reached anyway.
pub fn keep_freed_memory() {
    // SAFETY: setting an option is a plain store in mimalloc, valid at any
    // time; purge_delay only changes when free pages are decommitted.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
    no_huge_pages();
}

#[cfg(target_os = "linux")]
extern "C" {
    fn prctl(option: c_int, ...) -> c_int;
}

/// `PR_SET_THP_DISABLE` in Linux's `prctl.h`.
#[cfg(target_os = "linux")]
const PR_SET_THP_DISABLE: c_int = 41;

/// Turns transparent huge pages off for this process. mimalloc reserves
/// its arena at start-up, and the kernel backs parts of it with 2 MiB
/// pages, each zeroed whole at its first touch even when a document's
/// buffers use a few KiB of it: on a one-thread run over 10 MB, 0.15–0.24 s
/// of system time (clearing pages was 8% of the profile) and peak RSS
/// 91–103 MB, against 0.03–0.04 s and 73–78 MB with 4 KiB pages. A
/// failure (an old kernel) leaves things as they were.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument and only sets
    // a flag on the process; unused arguments must be zero.
    unsafe {
        prctl(
            PR_SET_THP_DISABLE,
            1 as c_long,
            0 as c_long,
            0 as c_long,
            0 as c_long,
        );
    }
}
