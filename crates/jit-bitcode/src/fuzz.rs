//! Mutation fuzzing of the reader (see `mutants`).
