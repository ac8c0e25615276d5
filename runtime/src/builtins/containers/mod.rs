//! The container types: `list` (and the comparison `list.sort` uses, `sort_compare`),
//! `tuple` and struct sequences (`structseq`, named tuples such as `sys.version_info`),
//! `dict`, `set`/`frozenset`, `range`, `slice`, and the iterators and views over them
//! (`iterators`: list/tuple/str/range/dict iterators, dict views, `enumerate`, `zip`,
//! `map`, `filter`, `reversed`).

pub mod dict;
pub mod iterators;
pub mod list;
pub mod range;
pub mod set;
pub mod slice;
pub mod sort_compare;
pub mod structseq;
pub mod tuple;
