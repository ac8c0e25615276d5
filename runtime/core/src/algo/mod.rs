//! Generic algorithms whose exact behaviour Python programs can observe: the stable sort
//! behind `list.sort`/`sorted`, and the open-addressing table behind `set`/`frozenset`
//! whose slot order is the printed order of a set.
//!
//! Both are generic over the element type and take fallible callbacks (Python's `__lt__` and
//! `__eq__` can raise), so the object model plugs its values in without these files knowing
//! about `Value`.

pub mod mt19937;
pub mod set_table;
pub mod sha512;
pub mod timsort;
