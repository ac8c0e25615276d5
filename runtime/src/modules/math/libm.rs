//! Functions taken from the platform's C math library, so that their last bits agree with
//! CPython (which calls the same libm) on the same machine.
//!
//! Rust's standard library computes `asinh`/`acosh`/`atanh` with its own formulas and links
//! a private `cbrt` from compiler-builtins, both of which can differ from glibc by an ulp
//! (`cbrt(27.0)` is `3.0000000000000004` in glibc). `erf`/`erfc` are not in `std` at all.
//! The private `cbrt` shadows libm's at link time, so that one is looked up with `dlsym`;
//! if the lookup fails, Rust's `cbrt` is used.

use std::ffi::{c_char, c_void};
use std::sync::OnceLock;

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

macro_rules! safe_wrappers {
    ($($name:ident => $c:ident;)*) => {
        $(
            /// The C library function of the same name.
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function of one double, defined for every input.
                unsafe { $c(x) }
            }
        )*
    };
}

safe_wrappers! {
    c_erf => erf;
    c_erfc => erfc;
    c_asinh => asinh;
    c_acosh => acosh;
    c_atanh => atanh;
}

/// The C library's `cbrt`.
pub fn c_cbrt(x: f64) -> f64 {
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlsym with RTLD_DEFAULT (null) and a NUL-terminated name only reads the
        // loaded objects' symbol tables.
        let p = unsafe { dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) };
        if p.is_null() {
            None
        } else {
            // SAFETY: the symbol `cbrt` in the C library has the C signature double(double).
            Some(unsafe { std::mem::transmute::<*mut c_void, extern "C" fn(f64) -> f64>(p) })
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}
