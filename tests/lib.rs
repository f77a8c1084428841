//! Workspace integration tests: corpus runs, round trips and bad-input cases.
