//! Slot numbering: how each function-local value and block is written (`%N`, its own name,
//! or a made-unique name), numbered exactly as LLVM numbers them.

use crate::entity::EntityRef;
use crate::ir::{Block, Function, Value};
use std::collections::HashSet;

/// How a function-local value or block is written.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    /// Not reachable through the parameters or the layout: `<badref>`.
    None,
    /// `%N`.
    Num(u32),
    /// Its own name.
    Named,
    /// A made-unique name, index into [`Slots::renamed`].
    Renamed(u32),
}

/// The numbering and naming of one function's values and blocks.
pub(crate) struct Slots {
    pub(super) values: Vec<Slot>,
    pub(super) blocks: Vec<Slot>,
    pub(super) renamed: Vec<String>,
}

/// A local name as stored (`None` or empty means unnamed).
pub(super) fn own_name(name: &Option<Box<str>>) -> Option<&str> {
    name.as_deref().filter(|n| !n.is_empty())
}

impl Slots {
    /// Numbers and names the values and blocks of `func`.
    pub(crate) fn new(func: &Function) -> Self {
        let Some(body) = &func.body else {
            return Slots {
                values: Vec::new(),
                blocks: Vec::new(),
                renamed: Vec::new(),
            };
        };
        let mut s = Slots {
            values: vec![Slot::None; body.values.len()],
            blocks: vec![Slot::None; body.blocks.len()],
            renamed: Vec::new(),
        };
        // Entities in numbering order: params, then per block its label and its results.
        #[derive(Copy, Clone)]
        enum Ent {
            V(usize),
            B(usize),
        }
        let mut order: Vec<Ent> = Vec::with_capacity(body.values.len() + body.layout.len());
        for &p in &func.params {
            if body.values.is_valid(p) {
                order.push(Ent::V(p.index()));
            }
        }
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            order.push(Ent::B(b.index()));
            for &i in &bd.insts {
                if let Some(v) = body.insts.get(i).and_then(|d| d.result)
                    && body.values.is_valid(v)
                {
                    order.push(Ent::V(v.index()));
                }
            }
        }
        let name_of = |e: Ent| -> Option<&str> {
            match e {
                Ent::V(i) => own_name(&body.values[Value::new(i)].name),
                Ent::B(i) => own_name(&body.blocks[Block::new(i)].name),
            }
        };
        let mut next = 0u32;
        let mut seen: HashSet<&str> = HashSet::new();
        let mut dups: Vec<Ent> = Vec::new();
        for &e in &order {
            let slot = match e {
                Ent::V(i) => &mut s.values[i],
                Ent::B(i) => &mut s.blocks[i],
            };
            if *slot != Slot::None {
                // Listed twice (malformed): keep the first assignment.
                continue;
            }
            match name_of(e) {
                None => {
                    *slot = Slot::Num(next);
                    next += 1;
                }
                Some(n) => {
                    if seen.insert(n) {
                        *slot = Slot::Named;
                    } else {
                        // Placeholder until the duplicates are renamed below.
                        *slot = Slot::Renamed(u32::MAX);
                        dups.push(e);
                    }
                }
            }
        }
        if !dups.is_empty() {
            let mut taken: HashSet<String> = seen.iter().map(|s| s.to_string()).collect();
            for e in dups {
                let base = name_of(e).unwrap_or("");
                let mut k = 1u64;
                let fresh = loop {
                    let cand = format!("{base}{k}");
                    if !taken.contains(&cand) {
                        break cand;
                    }
                    k += 1;
                };
                taken.insert(fresh.clone());
                let idx = s.renamed.len() as u32;
                s.renamed.push(fresh);
                match e {
                    Ent::V(i) => s.values[i] = Slot::Renamed(idx),
                    Ent::B(i) => s.blocks[i] = Slot::Renamed(idx),
                }
            }
        }
        s
    }
}
