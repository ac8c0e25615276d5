//! Weak references: `weakref.ref`, the proxies and the side table that lists every weak
//! reference by referent (see `docs/weakref.md` for the design and CPython's order of
//! `__del__`, clearing and callbacks).
//!
//! * `table.rs`: the side table, registration, clearing when a referent dies.
//! * `reference.rs`: `weakref.ReferenceType`.
//! * `proxy.rs`: `weakref.ProxyType` and `weakref.CallableProxyType`.
//!
//! The `weakref` module itself is `modules/weakref.rs` (the native `_weakref`) plus
//! `runtime/lib/weakref.py` (the dictionaries, `WeakSet`, `finalize`, `WeakMethod`).

pub mod proxy;
pub mod reference;
pub mod table;
