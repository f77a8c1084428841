//! The passes, one file each. Every function pass has the signature
//! `fn(&mut Module, &PassCx, FuncId, &mut Body) -> bool` (true when it changed the body);
//! the body is out of the module while it runs.

pub(crate) mod dce;
pub(crate) mod gvn;
pub(crate) mod indvars;
pub(crate) mod inline;
pub(crate) mod instcombine;
pub(crate) mod licm;
pub(crate) mod mem2reg;
pub(crate) mod sccp;
pub(crate) mod simplifycfg;
pub(crate) mod sroa;
