//! Shapes ("maps" in PyPy, hidden classes in V8): the layout shared by instances that
//! gained the same attributes in the same order.
//!
//! An instance of a user class stores its attribute values in a plain vector and points
//! at a shape that maps each attribute name to its index. Instances built by the same
//! `__init__` share one shape, so a call site that saw `obj.x` at index 2 for one shape
//! can load index 2 of any object with that shape after one pointer compare (the inline
//! caches and, later, the JIT's guards key on the shape pointer).
//!
//! Shapes form a tree rooted at [`root`]: adding attribute `n` to shape `S` follows (or
//! creates) the transition `S --n--> S'`. Shapes are immutable once published and never
//! freed, so a shape pointer read by any thread stays valid and can be compared without
//! locking; the transition lists sit behind a mutex (taken only when an instance gains
//! an attribute its shape has no transition for yet). The tree is bounded: a shape with
//! [`MAX_ATTRS`] names has no children, and an instance that outgrows it switches to a
//! dictionary (`instance.rs`), as do instances whose attributes are deleted.

use std::sync::{Mutex, OnceLock, PoisonError};

use crate::builtins::str::{as_str, intern};
use crate::object::Value;

/// Attributes an instance may hold in shape form before it switches to a dictionary.
pub const MAX_ATTRS: usize = 48;

/// One layout: attribute names in slot order.
pub struct Shape {
    names: Box<[Value]>,
    children: Mutex<Vec<(Value, &'static Shape)>>,
}

/// The empty shape every instance starts with.
pub fn root() -> &'static Shape {
    static ROOT: OnceLock<&'static Shape> = OnceLock::new();
    ROOT.get_or_init(|| Box::leak(Box::new(Shape { names: Box::new([]), children: Mutex::new(Vec::new()) })))
}

impl Shape {
    /// Attribute names in slot order.
    #[inline]
    pub fn names(&self) -> &[Value] {
        &self.names
    }

    /// Number of attributes.
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True for the root shape.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The slot index of `name`.
    #[inline]
    pub fn index_of(&self, name: &str) -> Option<usize> {
        // Names from code objects are the interned strs the shape holds: the same bytes.
        self.names.iter().position(|n| as_str(n).is_some_and(|s| (s.as_ptr() == name.as_ptr() && s.len() == name.len()) || s == name))
    }

    /// The slot index of the str value `name` (interned names compare by pointer).
    #[inline]
    pub fn index_of_value(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        self.index_of(as_str(name)?)
    }

    /// The shape with `name` appended, or `None` when this shape is full.
    pub fn with(&'static self, name: &str) -> Option<&'static Shape> {
        if self.names.len() >= MAX_ATTRS {
            return None;
        }
        let mut children = self.children.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, s)) = children.iter().find(|(n, _)| as_str(n) == Some(name)) {
            return Some(s);
        }
        let key = intern(name);
        if let Some(h) = key.header() {
            h.make_immortal();
        }
        let mut names = self.names.to_vec();
        names.push(key.clone());
        let child: &'static Shape = Box::leak(Box::new(Shape { names: names.into_boxed_slice(), children: Mutex::new(Vec::new()) }));
        children.push((key, child));
        Some(child)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_same_shape() {
        let a = root().with("x").and_then(|s| s.with("y")).expect("room");
        let b = root().with("x").and_then(|s| s.with("y")).expect("room");
        assert!(std::ptr::eq(a, b));
        assert_eq!(a.index_of("y"), Some(1));
        let c = root().with("y").and_then(|s| s.with("x")).expect("room");
        assert!(!std::ptr::eq(a, c));
        assert_eq!(c.index_of("y"), Some(0));
    }

    #[test]
    fn full_shapes_have_no_children() {
        let mut s = root();
        for i in 0..MAX_ATTRS {
            s = s.with(&format!("a{i}")).expect("room");
        }
        assert!(s.with("one_more").is_none());
    }
}
