//! What a benchmark run found, as written to and read from JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Median, extremes and count of repeated measurements (seconds, or bytes for memory).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub runs: usize,
}

impl Stats {
    /// Summarizes samples; `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Stats> {
        if samples.is_empty() {
            return None;
        }
        let mut s = samples.to_vec();
        s.sort_by(f64::total_cmp);
        let n = s.len();
        let median = if n % 2 == 1 {
            s[n / 2]
        } else {
            (s[n / 2 - 1] + s[n / 2]) / 2.0
        };
        Some(Stats {
            median,
            min: s[0],
            max: s[n - 1],
            runs: n,
        })
    }
}

/// A measurement, or why there is none.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Measured(Stats),
    NotMeasured(String),
}

impl Outcome {
    pub fn median(&self) -> Option<f64> {
        match self {
            Outcome::Measured(s) => Some(s.median),
            Outcome::NotMeasured(_) => None,
        }
    }
    pub fn from_samples(samples: &[f64]) -> Outcome {
        Stats::of(samples)
            .map(Outcome::Measured)
            .unwrap_or_else(|| Outcome::NotMeasured("no samples".to_string()))
    }
}

/// Compile times of one module per engine.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompileRow {
    pub module: String,
    /// `corpus-O0`, `corpus-O2` or `generated`.
    pub group: String,
    pub functions: usize,
    pub bytes: usize,
    pub results: BTreeMap<String, Outcome>,
}

/// Whole-process times of one corpus program per command.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProcessRow {
    pub program: String,
    pub opt: String,
    pub results: BTreeMap<String, Outcome>,
}

/// Run times of one kernel per engine (`native` included).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KernelRow {
    pub kernel: String,
    pub checksum: String,
    pub results: BTreeMap<String, Outcome>,
}

/// Mapped and resident bytes for `functions` functions of code and data, per engine.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemoryRow {
    pub functions: usize,
    pub results: BTreeMap<String, Result<Memory, String>>,
}

/// What one engine mapped for a module.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Memory {
    /// Address space of new anonymous mappings.
    pub mapped: u64,
    /// Resident bytes in them.
    pub resident: u64,
    /// Bytes of code and data the backend emitted (ours only).
    pub payload: Option<u64>,
}

/// Everything a run found.
#[derive(Clone, Debug, Serialize, Deserialize, Default)]
pub struct Results {
    pub quick: bool,
    pub started: String,
    pub finished: String,
    pub machine: BTreeMap<String, String>,
    pub versions: BTreeMap<String, String>,
    pub method: BTreeMap<String, String>,
    pub compile: Vec<CompileRow>,
    pub first_call: BTreeMap<String, Outcome>,
    pub process: Vec<ProcessRow>,
    pub kernels: Vec<KernelRow>,
    /// Kernel ids whose code is byte-identical at every OptLevel (and which level stands
    /// for the others), or why the comparison could not be made.
    pub opt_levels: Vec<String>,
    pub memory: Vec<MemoryRow>,
    /// Whole measures that did not run, with why.
    pub skipped: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_take_the_median_and_extremes() {
        let s = Stats::of(&[3.0, 1.0, 2.0, 10.0]).unwrap();
        assert_eq!((s.median, s.min, s.max, s.runs), (2.5, 1.0, 10.0, 4));
        assert_eq!(Stats::of(&[5.0]).unwrap().median, 5.0);
        assert!(Stats::of(&[]).is_none());
    }
}
