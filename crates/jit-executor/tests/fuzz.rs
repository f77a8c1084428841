//! A fixed slice of the `executor-protocol` fuzz target (`jit-fuzz`), on every test run:
//! generated and mutated sessions through decoding and a worker's checks, judged by the
//! harness's model (`jit_executor::fuzz`), with each memory manager in turn. A panic or a
//! crash here is a finding.

/// A thousand: 0.1 s natively, a few seconds under QEMU (managers are made per session);
/// campaigns (`jit-fuzz --target executor-protocol`) run millions.
#[test]
fn a_thousand_sessions() {
    for seed in 0..1000 {
        let input = jit_executor::fuzz::generate(seed);
        // Each memory manager in turn.
        if let Err(e) = jit_executor::fuzz::check(&input, seed as usize) {
            panic!("executor-protocol seed {seed}: {e}");
        }
    }
}
