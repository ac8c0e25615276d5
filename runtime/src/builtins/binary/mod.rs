//! The binary sequence types (as CPython's documentation groups them): `bytes`, `bytearray`
//! and the methods they share (`bytes_methods`).

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
