//! braid-runtime: everything Python needs to run without a JIT.
pub mod algo;
pub mod numeric;
