//! A memory manager that places hot code on 2 MiB pages (transparent huge pages or
//! hugetlbfs), changing permissions only on whole 2 MiB units so pages are never split.
//!
//! Not built yet: it arrives with the memory-manager ecosystem issue.
