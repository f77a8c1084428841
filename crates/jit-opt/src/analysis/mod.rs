//! Analyses the passes build on demand: the CFG in reverse postorder, the dominator tree
//! with dominance frontiers, and natural loops. Nothing is cached between passes: each is
//! linear (or close) to build, and a pass that changes the CFG builds what it needs again.

pub(crate) mod cfg;
pub(crate) mod domtree;
pub(crate) mod loops;

pub(crate) use cfg::Cfg;
pub(crate) use domtree::DomTree;
