//! What the system offers for huge pages: the transparent-huge-page mode, the PMD (huge
//! page) size, and free hugetlbfs pages. Read from `/sys/kernel/mm/transparent_hugepage`
//! and `/proc/meminfo`; every missing file means "not available".

/// Default huge page size when the system does not say (x86-64 and 4 KiB-page AArch64).
pub const DEFAULT_HUGE_PAGE: usize = 2 << 20;

const THP_DIR: &str = "/sys/kernel/mm/transparent_hugepage";

/// The transparent-huge-page policy of the running kernel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThpMode {
    /// Every suitable anonymous mapping gets huge pages.
    Always,
    /// Mappings marked with `madvise(MADV_HUGEPAGE)` get huge pages.
    Madvise,
    /// Disabled.
    Never,
    /// The kernel has no THP support (no sysfs file) or the file says something else.
    Unavailable(String),
}

impl ThpMode {
    /// Whether `madvise(MADV_HUGEPAGE)` gets huge pages.
    pub fn usable(&self) -> bool {
        matches!(self, ThpMode::Always | ThpMode::Madvise)
    }
}

/// The bracketed word of a sysfs selector line (`always [madvise] never` → `madvise`).
fn selected(text: &str) -> Option<&str> {
    let start = text.find('[')? + 1;
    let end = start + text[start..].find(']')?;
    Some(&text[start..end])
}

/// The huge page size the kernel uses for THP (`hpage_pmd_size`), or 2 MiB.
pub fn huge_page_size() -> usize {
    std::fs::read_to_string(format!("{THP_DIR}/hpage_pmd_size"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|&n: &usize| n.is_power_of_two())
        .unwrap_or(DEFAULT_HUGE_PAGE)
}

/// The THP mode for pages of `size` bytes: the per-size knob (`hugepages-<n>kB/enabled`,
/// kernels with multi-size THP) unless it says `inherit`, else the global one.
pub fn thp_mode(size: usize) -> ThpMode {
    let read = |path: String| std::fs::read_to_string(path).ok();
    let global = read(format!("{THP_DIR}/enabled"));
    let per_size = read(format!("{THP_DIR}/hugepages-{}kB/enabled", size >> 10));
    let text = match (&per_size, &global) {
        (Some(p), _) if selected(p) != Some("inherit") => p,
        (_, Some(g)) => g,
        _ => return ThpMode::Unavailable("no transparent_hugepage in sysfs".into()),
    };
    match selected(text) {
        Some("always") => ThpMode::Always,
        Some("madvise") => ThpMode::Madvise,
        Some("never") => ThpMode::Never,
        other => ThpMode::Unavailable(format!("unknown THP mode {other:?}")),
    }
}

/// Free hugetlbfs pages of `size` bytes (`HugePages_Free` when `Hugepagesize` matches).
pub fn free_hugetlb_pages(size: usize) -> usize {
    let Ok(text) = std::fs::read_to_string("/proc/meminfo") else {
        return 0;
    };
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<usize>().ok())
    };
    match (field("Hugepagesize:"), field("HugePages_Free:")) {
        (Some(kb), Some(free)) if kb << 10 == size => free,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_selector_lines() {
        assert_eq!(selected("always [madvise] never\n"), Some("madvise"));
        assert_eq!(selected("[always] inherit madvise never"), Some("always"));
        assert_eq!(selected("nothing"), None);
    }

    #[test]
    fn reads_this_system() {
        let size = huge_page_size();
        assert!(size.is_power_of_two() && size >= 1 << 16);
        // Whatever the mode, it is one of the known ones on Linux with sysfs.
        let mode = thp_mode(size);
        println!(
            "THP mode: {mode:?}, huge page {size}, free hugetlb {}",
            free_hugetlb_pages(size)
        );
    }
}
