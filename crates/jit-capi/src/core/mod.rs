//! Core.h: contexts, modules, types, values, basic blocks and the instruction builder.

pub mod builder;
pub mod context;
pub mod eh;
pub mod types;
pub mod values;
