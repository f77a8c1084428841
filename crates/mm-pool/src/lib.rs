//! A sub-page memory manager for many small functions: one reserved range per engine, code
//! of many modules packed into shared pages, W^X by dual mapping (RW and RX views of one
//! memfd) and batched publishing.
//!
//! Not built yet: it arrives with the memory-manager ecosystem issue.
