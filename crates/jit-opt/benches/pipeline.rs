//! Pass pipeline speed (placeholder until the real benchmark lands).

fn main() {}
