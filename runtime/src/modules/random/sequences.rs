//! randrange, randint, choice, shuffle, sample and choices, as Lib/random.py writes them.
//!
//! Integer draws go through `_randbelow` (rejection sampling on `getrandbits`), except
//! `choices`, which CPython computes as `floor(random() * n)`; sample's two strategies
//! (a pool for small populations, a set of picked indices for large ones) are chosen by
//! the same size rule, since they consume the generator differently.

use super::{next_f64, randbelow, randbelow_usize};
use crate::builtins::float::new_float;
use crate::builtins::int::{as_int, new_bigint, new_int, IntRef};
use crate::builtins::list::{as_list, new_list};
use crate::builtins::singletons::{is_none, none};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{BinOp, CompareOp, Kind, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Signed;

fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = crate::modules::operator::index_value(vm, v)?;
    crate::builtins::int::index_big(&i)
}

fn empty_range(vm: &mut Vm, parts: &[&Value]) -> PyResult<PyErr> {
    let shown: PyResult<Vec<String>> = parts.iter().map(|p| crate::ops::str_string(vm, p)).collect();
    Ok(PyErr::value_error(format!("empty range in randrange({})", shown?.join(", "))))
}

/// True for the int 1 that `step is _ONE` accepts (a small int 1, not True).
fn is_one(v: &Value) -> bool {
    v.ty().body.kind == Kind::Int && matches!(as_int(v), Some(IntRef::Small(1)))
}

fn randrange_values(vm: &mut Vm, this: &Value, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<Value> {
    let istart = index_big(vm, start)?;
    let Some(stop) = stop.filter(|s| !is_none(s)) else {
        if step.is_some_and(|s| !is_one(s)) {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(new_bigint(randbelow(this, &istart)?));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    };
    let istop = index_big(vm, stop)?;
    let width = &istop - &istart;
    let one = new_int(1);
    let step_v = step.unwrap_or(&one);
    let istep = index_big(vm, step_v)?;
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(new_bigint(istart + randbelow(this, &width)?));
        }
        return Err(empty_range(vm, &[start, stop])?);
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(empty_range(vm, &[start, stop, step_v])?);
    }
    Ok(new_bigint(istart + istep * randbelow(this, &n)?))
}

/// `randrange(start, stop=None, step=1)`.
pub(super) fn randrange(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.randrange", args, kwnames, &["self", "start", "stop", "step"], 4, 2)?;
    randrange_values(vm, &args[0], a[1].as_ref().expect("required"), a[2].as_ref(), a[3].as_ref())
}

/// `randint(a, b)` = `randrange(a, b + 1)`.
pub(super) fn randint(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.randint", args, kwnames, &["self", "a", "b"], 3, 3)?;
    let upper = crate::ops::binary(vm, BinOp::Add, a[2].as_ref().expect("required"), &new_int(1))?;
    randrange_values(vm, &args[0], a[1].as_ref().expect("required"), Some(&upper), None)
}

/// `choice(seq)`.
pub(super) fn choice(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.choice", args, kwnames, &["self", "seq"], 2, 2)?;
    let seq = a[1].as_ref().expect("required");
    let n = crate::ops::len(vm, seq)?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    let i = randbelow_usize(&args[0], n)?;
    crate::ops::getitem(vm, seq, &new_int(i as i64))
}

/// `shuffle(x)`: Fisher-Yates from the end.
pub(super) fn shuffle(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.shuffle", args, kwnames, &["self", "x"], 2, 2)?;
    let x = a[1].as_ref().expect("required");
    let n = crate::ops::len(vm, x)?;
    for i in (1..n).rev() {
        let j = randbelow_usize(&args[0], i + 1)?;
        if let Some(l) = as_list(x).filter(|_| std::ptr::eq(x.ty(), &crate::builtins::list::LIST_TYPE)) {
            let items = l.items_mut();
            if i < items.len() && j < items.len() {
                items.swap(i, j);
                continue;
            }
        }
        let (ii, jj) = (new_int(i as i64), new_int(j as i64));
        let xj = crate::ops::getitem(vm, x, &jj)?;
        let xi = crate::ops::getitem(vm, x, &ii)?;
        crate::ops::setitem(vm, x, &ii, xj)?;
        crate::ops::setitem(vm, x, &jj, xi)?;
    }
    Ok(none())
}

/// `isinstance(x, collections.abc.Sequence)` for the built-in sequence types.
fn is_sequence(v: &Value) -> bool {
    if v.is_small_int() {
        return false;
    }
    matches!(v.ty().body.kind, Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes | Kind::ByteArray)
        || crate::modules::collections::is_deque(v)
}

/// `sample(population, k, *, counts=None)`.
pub(super) fn sample(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.sample", args, kwnames, &["self", "population", "k", "counts"], 3, 3)?;
    let this = &args[0];
    let population = a[1].clone().expect("required");
    let k = a[2].clone().expect("required");
    if !is_sequence(&population) {
        return Err(PyErr::type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = crate::ops::len(vm, &population)?;
    if let Some(counts) = args::given(&a[3]) {
        let mut cum = Vec::new();
        let it = crate::ops::iter(vm, counts)?;
        while let Some(c) = crate::ops::next(vm, &it)? {
            let next = match cum.last() {
                Some(t) => crate::ops::binary(vm, BinOp::Add, t, &c)?,
                None => c,
            };
            cum.push(next);
        }
        if cum.len() != n {
            return Err(PyErr::value_error("The number of counts does not match the population"));
        }
        let total = cum.pop().expect("n > 0 here, or the length check failed");
        if as_int(&total).is_none() {
            return Err(PyErr::type_error("Counts must be integers"));
        }
        if !crate::ops::compare_bool(vm, &total, &new_int(0), CompareOp::Gt)? {
            return Err(PyErr::value_error("Total of counts must be greater than zero"));
        }
        let range = crate::ops::call(vm, &crate::builtins::type_::type_value(&crate::builtins::range::RANGE_TYPE), &[total], &[])?;
        let picks = sample_values(vm, this, &range, &k)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let i = bisect_right(vm, &cum, &s, 0, cum.len())?;
            out.push(crate::ops::getitem(vm, &population, &new_int(i as i64))?);
        }
        return Ok(new_list(out));
    }
    Ok(new_list(sample_values(vm, this, &population, &k)?))
}

fn sample_values(vm: &mut Vm, this: &Value, population: &Value, k: &Value) -> PyResult<Vec<Value>> {
    let n = crate::ops::len(vm, population)?;
    let zero = new_int(0);
    let nv = new_int(n as i64);
    let in_range = crate::ops::compare_bool(vm, &zero, k, CompareOp::Le)? && crate::ops::compare_bool(vm, k, &nv, CompareOp::Le)?;
    if !in_range {
        return Err(PyErr::value_error("Sample larger than population or is negative"));
    }
    let Some(k) = as_int(k).and_then(|i| i.to_i64()) else {
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", k.ty().body.name)));
    };
    let k = k as usize;
    let mut setsize = 21usize;
    if k > 5 {
        let exp = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(exp.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = crate::ops::collect_iterable(vm, population)?;
        for i in 0..k {
            let j = randbelow_usize(this, n - i)?;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = randbelow_usize(this, n)?;
            while selected.contains(&j) {
                j = randbelow_usize(this, n)?;
            }
            selected.insert(j);
            result.push(crate::ops::getitem(vm, population, &new_int(j as i64))?);
        }
    }
    Ok(result)
}

/// `bisect.bisect_right(cum, x, lo, hi)`.
fn bisect_right(vm: &mut Vm, cum: &[Value], x: &Value, mut lo: usize, mut hi: usize) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if crate::ops::compare_bool(vm, x, &cum[mid], CompareOp::Lt)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
pub(super) fn choices(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind_py("Random.choices", args, kwnames, &["self", "population", "weights", "cum_weights", "k"], 3, 2)?;
    let this = &args[0];
    let population = a[1].clone().expect("required");
    let k_value = a[4].clone().unwrap_or_else(|| new_int(1));
    let n = crate::ops::len(vm, &population)?;
    let weights = args::given(&a[2]).cloned();
    let cum_given = args::given(&a[3]).cloned();
    let count = |k: &Value| -> PyResult<usize> { Ok(crate::builtins::int::index_i64(k)?.max(0) as usize) };
    let cum = match (cum_given, weights) {
        (None, None) => {
            let k = count(&k_value)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (next_f64(this)? * nf).floor();
                out.push(crate::ops::getitem(vm, &population, &new_int(i as i64))?);
            }
            return Ok(new_list(out));
        }
        (None, Some(w)) => {
            let accumulated = (|| -> PyResult<Vec<Value>> {
                let it = crate::ops::iter(vm, &w)?;
                let mut cum: Vec<Value> = Vec::new();
                while let Some(x) = crate::ops::next(vm, &it)? {
                    let next = match cum.last() {
                        Some(t) => crate::ops::binary(vm, BinOp::Add, t, &x)?,
                        None => x,
                    };
                    cum.push(next);
                }
                Ok(cum)
            })();
            match accumulated {
                Ok(c) => c,
                Err(e) if e.matches(&crate::builtins::exceptions::TYPE_ERROR) && as_int(&w).is_some() => {
                    let shown = crate::ops::repr_string(vm, &w)?;
                    return Err(PyErr::type_error(format!("The number of choices must be a keyword argument: k={shown}")));
                }
                Err(e) => return Err(e),
            }
        }
        (Some(c), None) => crate::ops::collect_iterable(vm, &c)?,
        (Some(_), Some(_)) => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
    };
    if cum.len() != n {
        return Err(PyErr::value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum.last() else { return Err(PyErr::index_error("list index out of range")) };
    let total = crate::ops::binary(vm, BinOp::Add, last, &new_float(0.0))?;
    if crate::ops::compare_bool(vm, &total, &new_float(0.0), CompareOp::Le)? {
        return Err(PyErr::value_error("Total of weights must be greater than zero"));
    }
    let total_f = crate::builtins::float::to_f64(&total)?.unwrap_or(f64::NAN);
    if !total_f.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let k = count(&k_value)?;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = crate::ops::binary(vm, BinOp::Mul, &new_float(next_f64(this)?), &total)?;
        let i = bisect_right(vm, &cum, &x, 0, n - 1)?;
        out.push(crate::ops::getitem(vm, &population, &new_int(i as i64))?);
    }
    Ok(new_list(out))
}

