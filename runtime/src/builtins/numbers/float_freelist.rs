//! A per-thread free list of float objects.
//!
//! Float arithmetic allocates a new box for every intermediate result and frees it a few
//! instructions later; going to the allocator each time was about a fifth of the
//! instructions of a float-heavy loop (nbody). Freed float boxes are kept on a short
//! intrusive list (the next pointer lives in the dead object's f64 body) owned by the
//! thread that freed them, and the next float allocated on that thread reuses one. The
//! list is capped, so a burst of frees does not pin memory, and it is handed back to the
//! allocator when the thread exits. A float freed by a thread other than the one that
//! made it simply joins the freeing thread's list: the memory is interchangeable.

use std::cell::Cell;

use crate::object::{Header, Obj, Value};

/// How many dead floats a thread keeps for reuse (32 bytes each).
const CAPACITY: u32 = 256;

struct FreeList {
    head: Cell<*mut Obj<f64>>,
    len: Cell<u32>,
}

impl Drop for FreeList {
    fn drop(&mut self) {
        let mut p = self.head.replace(std::ptr::null_mut());
        while !p.is_null() {
            // SAFETY: every listed pointer is an unreferenced `Box<Obj<f64>>` allocation
            // whose body holds the next pointer (see `release`).
            unsafe {
                let next = (*p).body.to_bits() as usize as *mut Obj<f64>;
                drop(Box::from_raw(p));
                p = next;
            }
        }
    }
}

thread_local! {
    static FREE: FreeList = const { FreeList { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } };
}

/// A new float object with one reference owned by this thread: a reused box when the
/// thread has one, else a fresh allocation.
#[inline]
pub fn new_float(f: f64) -> Value {
    let reused = FREE
        .try_with(|list| {
            let p = list.head.get();
            if !p.is_null() {
                // SAFETY: listed pointers are unreferenced float boxes (see `release`).
                list.head.set(unsafe { (*p).body.to_bits() } as usize as *mut Obj<f64>);
                list.len.set(list.len.get() - 1);
            }
            p
        })
        .unwrap_or(std::ptr::null_mut());
    if reused.is_null() {
        return crate::object::alloc(&crate::builtins::float::FLOAT_TYPE, f);
    }
    // SAFETY: the box is unreferenced and has `Obj<f64>`'s layout; it is fully
    // re-initialised before the pointer escapes, with one local reference for the Value.
    unsafe {
        std::ptr::write(
            reused,
            Obj { header: Header::new_owned(&crate::builtins::float::FLOAT_TYPE, crate::thread::brc::current_tid()), body: f },
        );
        Value::from_owned_ptr(reused as *const Header)
    }
}

/// `FLOAT_TYPE`'s destructor: keeps the box for reuse, or frees it when the list is full
/// (or the thread is exiting).
///
/// # Safety
/// `obj` is a float allocated by [`new_float`] or `alloc::<f64>` with no references left.
#[inline]
pub unsafe fn release(obj: *mut Header) {
    let p = obj as *mut Obj<f64>;
    let kept = FREE
        .try_with(|list| {
            if list.len.get() >= CAPACITY {
                return false;
            }
            // SAFETY: the object is dead; its body now stores the list link.
            unsafe { (*p).body = f64::from_bits(list.head.get() as usize as u64) };
            list.head.set(p);
            list.len.set(list.len.get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: per the contract, an unreferenced `Box<Obj<f64>>`.
        unsafe { crate::object::value::dealloc_box::<f64>(obj) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::float::as_float;

    #[test]
    fn freed_floats_are_reused_and_keep_their_values() {
        let a = new_float(1.5);
        let raw = a.raw();
        drop(a);
        let b = new_float(2.5);
        assert_eq!(b.raw(), raw, "the freed box is reused");
        assert_eq!(as_float(&b), Some(2.5));
        let many: Vec<Value> = (0..1000).map(|i| new_float(i as f64)).collect();
        assert!(many.iter().enumerate().all(|(i, v)| as_float(v) == Some(i as f64)));
        drop(many);
        assert!(FREE.with(|l| l.len.get()) <= CAPACITY);
    }

    #[test]
    fn floats_freed_on_another_thread_are_safe() {
        let vals: Vec<Value> = (0..600).map(|i| new_float(i as f64 * 0.5)).collect();
        let shared: Vec<usize> = vals.into_iter().map(Value::into_raw).collect();
        std::thread::spawn(move || {
            for raw in shared {
                // SAFETY: each raw word carries one reference created above.
                drop(unsafe { Value::from_raw(raw) });
            }
            let v = new_float(7.0);
            assert_eq!(as_float(&v), Some(7.0));
        })
        .join()
        .unwrap();
    }
}
