//! The `random` module: CPython's Mersenne Twister with CPython's seeding, so a seeded
//! script draws the same numbers as under CPython, and the `Random` class whose methods
//! the module-level functions are (bound to one hidden instance, as in CPython).
//!
//! CPython splits `random` into a C core (`_random.Random`: `seed` for ints and hashes,
//! `random`, `getrandbits`, `getstate`/`setstate`) and Python on top (`Lib/random.py`:
//! str/bytes seeding through SHA-512, `_randbelow`, the integer and sequence functions,
//! the distributions). Both halves are native here: the generator and SHA-512 are plain
//! Rust in `braid_core::algo`, this file holds the type, seeding and state, and
//! `sequences.rs` / `distributions.rs` follow Lib/random.py's code step for step: which
//! draws happen and in which order *is* the observable behaviour, so every function makes
//! exactly the calls to `random()` / `getrandbits()` that CPython's does, and combines
//! the caller's arguments with the same Python operators (so `uniform(10**20, 10**20+1)`
//! and mixed int/float arguments round exactly as there).
//!
//! Argument errors use the texts of the Python-level methods
//! (`Random.randint() missing 1 required positional argument: 'b'`), since the module
//! functions are bound methods of `Random`.

mod distributions;
mod sequences;

use crate::algo::mt19937::{Mt19937, N};
use crate::builtin_type;
use crate::builtins::int::{as_int, new_bigint, new_int, IntRef};
use crate::builtins::singletons::{is_none, none};
use crate::builtins::str::as_str;
use crate::builtins::tuple::{as_tuple, new_tuple};
use crate::builtins::type_::OBJECT_TYPE;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{Kind, Locked, MethodDef, Slots, TypeObject, Value};
use num_bigint::{BigInt, BigUint, Sign};

/// A generator and the cached second normal deviate of `gauss`.
pub struct RandomState {
    gen: Mt19937,
    gauss_next: Value,
}

/// The body of a `random.Random` object.
pub struct RandomData {
    state: Locked<RandomState>,
}

builtin_type!(
    RANDOM_TYPE,
    "random.Random",
    Kind::Object,
    RandomData,
    Some(&OBJECT_TYPE),
    Slots { new: Some(random_new), traverse: Some(random_traverse), hash: Some(crate::builtins::type_::identity_hash), ..Slots::EMPTY },
    &[
        MethodDef::method("seed", seed),
        MethodDef::method("random", random),
        MethodDef::method("getrandbits", getrandbits),
        MethodDef::method("randbytes", randbytes),
        MethodDef::method("getstate", getstate),
        MethodDef::method("setstate", setstate),
        MethodDef::method("_randbelow", randbelow_method),
        MethodDef::method("randrange", sequences::randrange),
        MethodDef::method("randint", sequences::randint),
        MethodDef::method("choice", sequences::choice),
        MethodDef::method("shuffle", sequences::shuffle),
        MethodDef::method("sample", sequences::sample),
        MethodDef::method("choices", sequences::choices),
        MethodDef::method("uniform", distributions::uniform),
        MethodDef::method("triangular", distributions::triangular),
        MethodDef::method("normalvariate", distributions::normalvariate),
        MethodDef::method("gauss", distributions::gauss),
        MethodDef::method("lognormvariate", distributions::lognormvariate),
        MethodDef::method("expovariate", distributions::expovariate),
        MethodDef::method("vonmisesvariate", distributions::vonmisesvariate),
        MethodDef::method("gammavariate", distributions::gammavariate),
        MethodDef::method("betavariate", distributions::betavariate),
        MethodDef::method("paretovariate", distributions::paretovariate),
        MethodDef::method("weibullvariate", distributions::weibullvariate),
        MethodDef::method("binomialvariate", distributions::binomialvariate),
    ]
);

fn body(v: &Value) -> PyResult<&RandomData> {
    if v.is_small_int() || !std::ptr::eq(v.ty(), &RANDOM_TYPE) {
        let msg = if v.ty().body.is_subtype(&RANDOM_TYPE.body) {
            format!("subclasses of random.Random are not supported yet ('{}')", v.ty().body.name)
        } else {
            format!("descriptor requires a 'random.Random' object but received a '{}'", v.ty().body.name)
        };
        return Err(PyErr::new(&crate::builtins::exceptions::NOT_IMPLEMENTED_ERROR, msg));
    }
    // SAFETY: RANDOM_TYPE's instances are made by `random_new` with a RandomData body.
    Ok(unsafe { v.body_unchecked::<RandomData>() })
}

fn random_traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Ok(b) = body(v) {
        visit(&b.state.lock(v).gauss_next);
    }
}

/// Runs `f` on the generator of `this`.
fn with_gen<R>(this: &Value, f: impl FnOnce(&mut Mt19937) -> R) -> PyResult<R> {
    let b = body(this)?;
    let mut st = b.state.lock(this);
    Ok(f(&mut st.gen))
}

/// One `random()` draw.
pub(super) fn next_f64(this: &Value) -> PyResult<f64> {
    with_gen(this, Mt19937::next_f64)
}

/// `getrandbits(k)` as an int.
fn bits(this: &Value, k: u64) -> PyResult<BigInt> {
    if k <= 32 {
        return with_gen(this, |g| if k == 0 { BigInt::from(0) } else { BigInt::from(g.next_u32() >> (32 - k)) });
    }
    let words = with_gen(this, |g| g.bits_words(k))?;
    Ok(BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words)))
}

/// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until below `n`.
pub(super) fn randbelow(this: &Value, n: &BigInt) -> PyResult<BigInt> {
    let k = n.bits();
    if k <= 64 {
        let limit = u64::try_from(n).unwrap_or(u64::MAX);
        return with_gen(this, |g| loop {
            let words = g.bits_words(k);
            let r = words.iter().rev().fold(0u64, |acc, w| (acc << 32) | u64::from(*w));
            if r < limit {
                break BigInt::from(r);
            }
        });
    }
    loop {
        let r = bits(this, k)?;
        if &r < n {
            return Ok(r);
        }
    }
}

/// `_randbelow` for a length.
pub(super) fn randbelow_usize(this: &Value, n: usize) -> PyResult<usize> {
    let r = randbelow(this, &BigInt::from(n))?;
    Ok(usize::try_from(&r).unwrap_or(0))
}

fn random_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let mut full = vec![none()];
    full.extend_from_slice(args);
    let a = args::bind_py("Random.__init__", &full, kwnames, &["self", "x"], 2, 1)?;
    let this = crate::object::alloc(&RANDOM_TYPE, RandomData { state: Locked::new(RandomState { gen: Mt19937::default(), gauss_next: none() }) });
    seed_value(vm, &this, a[1].as_ref().unwrap_or(&none()), 2)?;
    Ok(this)
}

/// The key words of a non-negative int, least significant first (at least one word).
fn int_key(n: &BigInt) -> Vec<u32> {
    let mut words = n.magnitude().to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// 624 words from the operating system, for `seed(None)`.
fn urandom_key() -> Vec<u32> {
    let mut bytes = vec![0u8; N * 4];
    let filled = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes)).is_ok();
    if !filled {
        // No entropy device: mix the clock and the process id, as CPython's fallback does.
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let seed = (t as u64) ^ (u64::from(std::process::id()) << 32);
        return vec![seed as u32, (seed >> 32) as u32];
    }
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect()
}

/// `Random.seed(a, version)`.
fn seed_value(vm: &mut Vm, this: &Value, a: &Value, version: i64) -> PyResult<()> {
    let text: Option<Vec<u8>> = if let Some(s) = as_str(a) {
        Some(s.as_bytes().to_vec())
    } else {
        crate::builtins::bytes::as_bytes(a).map(<[u8]>::to_vec)
    };
    let is_bytearray = !a.is_small_int() && a.ty().body.kind == Kind::ByteArray;
    let key = match (&text, version) {
        (Some(b), 1) if !is_bytearray => {
            // Legacy version 1: a 64-bit string hash over the latin-1 code points.
            let chars: Vec<u64> = match as_str(a) {
                Some(s) => s.chars().map(|c| u64::from(u32::from(c))).collect(),
                None => b.iter().map(|x| u64::from(*x)).collect(),
            };
            let mut x: u64 = chars.first().map_or(0, |c| c << 7);
            for c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c;
            }
            x ^= chars.len() as u64;
            int_key(&BigInt::from(x))
        }
        (Some(b), 2) => {
            let mut all = b.clone();
            all.extend_from_slice(&crate::algo::sha512::sha512(b));
            int_key(&BigInt::from_bytes_be(Sign::Plus, &all))
        }
        _ => {
            if is_none(a) {
                urandom_key()
            } else if let Some(i) = as_int(a) {
                int_key(&i.to_big())
            } else if crate::builtins::float::as_float(a).is_some() || text.is_some() {
                let h = crate::ops::hash(vm, a)? as u64;
                int_key(&BigInt::from(h))
            } else {
                return Err(PyErr::type_error("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray."));
            }
        }
    };
    let b = body(this)?;
    let mut st = b.state.lock(this);
    st.gen.init_by_array(&key);
    st.gauss_next = none();
    Ok(())
}

fn seed(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.seed", args, kwnames, &["self", "a", "version"], 3, 1)?;
    let version = match &a[2] {
        Some(v) => as_int(v).and_then(|i| i.to_i64()).unwrap_or(0),
        None => 2,
    };
    seed_value(vm, &args[0], a[1].as_ref().unwrap_or(&none()), version)?;
    Ok(none())
}

fn random(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("Random.random", args, kwnames)?;
    Ok(crate::builtins::float::new_float(next_f64(&args[0])?))
}

/// A bit count argument: a non-negative int.
fn bit_count(v: &Value) -> PyResult<u64> {
    match as_int(v) {
        Some(IntRef::Small(k)) if k < 0 => Err(PyErr::value_error("number of bits must be non-negative")),
        Some(IntRef::Small(k)) => Ok(k as u64),
        Some(IntRef::Big(b)) if num_traits::Signed::is_negative(b) => Err(PyErr::value_error("number of bits must be non-negative")),
        Some(IntRef::Big(_)) => Err(PyErr::overflow_error("Python int too large to convert to C int")),
        None => Err(crate::builtins::int::not_an_integer(v)),
    }
}

fn getrandbits(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    args::no_keywords("Random.getrandbits", kwnames)?;
    let [this, k] = args else {
        return Err(PyErr::type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    };
    Ok(new_bigint(bits(this, bit_count(k)?)?))
}

fn randbytes(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.randbytes", args, kwnames, &["self", "n"], 2, 2)?;
    let n = crate::builtins::int::index_i64(a[1].as_ref().expect("required"))?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let n = n as usize;
    let value = bits(&args[0], n as u64 * 8)?;
    let (_, mut le) = value.to_bytes_le();
    le.resize(n, 0);
    Ok(crate::builtins::bytes::new_bytes(le))
}

fn randbelow_method(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random._randbelow_with_getrandbits", args, kwnames, &["self", "n"], 2, 2)?;
    let n = crate::builtins::int::index_big(a[1].as_ref().expect("required"))?;
    if n.sign() != Sign::Plus {
        return Ok(new_int(0));
    }
    Ok(new_bigint(randbelow(&args[0], &n)?))
}

fn getstate(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::builtins::iterators::no_arguments("Random.getstate", args, kwnames)?;
    let this = &args[0];
    let b = body(this)?;
    let st = b.state.lock(this);
    let mut words: Vec<Value> = st.gen.mt.iter().map(|w| new_int(i64::from(*w))).collect();
    words.push(new_int(st.gen.index.min(N) as i64));
    let gauss = st.gauss_next.clone();
    drop(st);
    Ok(new_tuple(vec![new_int(3), new_tuple(words), gauss]))
}

fn setstate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.setstate", args, kwnames, &["self", "state"], 2, 2)?;
    let state = a[1].clone().expect("required");
    let version = crate::ops::getitem(vm, &state, &new_int(0))?;
    let v = as_int(&version).and_then(|i| i.to_i64());
    if v != Some(3) && v != Some(2) {
        let shown = crate::ops::str_string(vm, &version)?;
        return Err(PyErr::value_error(format!("state with version {shown} passed to Random.setstate() of version 3")));
    }
    let parts = crate::ops::collect_iterable(vm, &state)?;
    let [_, internal, gauss] = parts.as_slice() else {
        return Err(PyErr::value_error(format!("too many values to unpack (expected 3, got {})", parts.len())));
    };
    let Some(words) = as_tuple(internal) else { return Err(PyErr::type_error("state vector must be a tuple")) };
    if words.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (slot, w) in mt.iter_mut().zip(words) {
        let big = crate::builtins::int::index_big(w)?;
        let reduced = if v == Some(2) { big.mod_floor(&BigInt::from(1u64 << 32)) } else { big };
        *slot = u32::try_from(&reduced).map_err(|_| PyErr::overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = crate::builtins::int::index_i64(&words[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let this = &args[0];
    let b = body(this)?;
    let mut st = b.state.lock(this);
    st.gen.mt = mt;
    st.gen.index = index as usize;
    st.gauss_next = gauss.clone();
    Ok(none())
}

use num_integer::Integer;

/// The names the module binds to its hidden instance.
const METHODS: &[&str] = &[
    "seed",
    "random",
    "getrandbits",
    "randbytes",
    "getstate",
    "setstate",
    "randrange",
    "randint",
    "choice",
    "shuffle",
    "sample",
    "choices",
    "uniform",
    "triangular",
    "normalvariate",
    "gauss",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "binomialvariate",
];

/// Builds `random`.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = super::make_module("random", &[]);
    let inst = random_new(vm, &RANDOM_TYPE, &[], &[])?;
    for name in METHODS {
        let bound = crate::ops::getattr(vm, &inst, name)?;
        super::module_set(&m, name, bound);
    }
    super::module_set(&m, "Random", crate::builtins::type_::type_value(&RANDOM_TYPE));
    super::module_set(&m, "_inst", inst);
    let f = crate::builtins::float::new_float;
    super::module_set(&m, "NV_MAGICCONST", f(distributions::NV_MAGICCONST));
    super::module_set(&m, "TWOPI", f(std::f64::consts::TAU));
    super::module_set(&m, "LOG4", f(4f64.ln()));
    super::module_set(&m, "SG_MAGICCONST", f(distributions::SG_MAGICCONST));
    super::module_set(&m, "BPF", new_int(53));
    super::module_set(&m, "RECIP_BPF", f(2f64.powi(-53)));
    let mut all: Vec<Value> = METHODS.iter().filter(|n| !matches!(**n, "getstate" | "setstate" | "getrandbits" | "seed" | "random" | "randbytes")).map(|n| crate::builtins::str::new_str(n)).collect();
    for n in ["Random", "seed", "random", "getstate", "setstate", "getrandbits", "randbytes"] {
        all.push(crate::builtins::str::new_str(n));
    }
    super::module_set(&m, "__all__", crate::builtins::list::new_list(all));
    Ok(m)
}
