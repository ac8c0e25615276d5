//! product, permutations, combinations and combinations_with_replacement.
//!
//! All four read their input into pools up front (as CPython does) and then walk index
//! vectors; the index arithmetic is plain Rust on `usize`s ([`Walk::advance`]), and the
//! Python side only maps indices to pool items. The order of results is CPython's
//! (lexicographic in the input positions), which the documented pure-Python
//! equivalents define.

use super::{new_it, state, It};
use crate::builtins::int::index_i64;
use crate::builtins::str::as_str;
use crate::builtins::tuple::new_tuple;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::modules::args;
use crate::object::{TypeObject, Value};

/// Which index walk a combinatoric iterator does.
enum Walk {
    /// One index per pool, each counting up to its pool's length (an odometer).
    Product,
    /// r distinct positions of n, with CPython's cycle counters.
    Permutations { cycles: Vec<usize>, all: Vec<usize> },
    /// r increasing positions.
    Combinations,
    /// r non-decreasing positions.
    WithReplacement,
}

/// The state of a combinatoric iterator.
pub struct Combo {
    /// The pools: one per input for product; one shared pool otherwise.
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    r: usize,
    walk: Walk,
    started: bool,
    stopped: bool,
}

impl Combo {
    pub(super) fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(visit);
    }

    fn pool_len(&self) -> usize {
        self.pools.first().map_or(0, Vec::len)
    }

    /// Sets up the first result; false when there is none.
    fn start(&mut self) -> bool {
        let n = self.pool_len();
        let r = self.r;
        match &mut self.walk {
            Walk::Product => {
                self.indices = vec![0; self.pools.len()];
                self.pools.iter().all(|p| !p.is_empty())
            }
            Walk::Permutations { cycles, all } => {
                if r > n {
                    return false;
                }
                *all = (0..n).collect();
                *cycles = (0..r).map(|i| n - i).collect();
                self.indices = all[..r].to_vec();
                true
            }
            Walk::Combinations => {
                self.indices = (0..r).collect();
                r <= n
            }
            Walk::WithReplacement => {
                self.indices = vec![0; r];
                n > 0 || r == 0
            }
        }
    }

    /// Moves to the next result; false when the walk is over.
    fn advance(&mut self) -> bool {
        let n = self.pool_len();
        let r = self.r;
        let idx = &mut self.indices;
        match &mut self.walk {
            Walk::Product => {
                for i in (0..idx.len()).rev() {
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
            Walk::Permutations { cycles, all } => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let first = all[i];
                        all.copy_within(i + 1.., i);
                        all[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        all.swap(i, n - j);
                        idx.copy_from_slice(&all[..r]);
                        return true;
                    }
                }
                false
            }
            Walk::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return false };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Walk::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return false };
                let k = idx[i] + 1;
                idx[i..].iter_mut().for_each(|x| *x = k);
                true
            }
        }
    }

    fn result(&self) -> Value {
        let items = match self.walk {
            Walk::Product => self.indices.iter().zip(&self.pools).map(|(&i, p)| p[i].clone()).collect(),
            _ => self.indices.iter().map(|&i| self.pools[0][i].clone()).collect(),
        };
        new_tuple(items)
    }
}

fn combo(ty: &'static TypeObject, pools: Vec<Vec<Value>>, r: usize, walk: Walk) -> Value {
    new_it(ty, It::Combo(Combo { pools, indices: Vec::new(), r, walk, started: false, stopped: false }))
}

/// One step: the next tuple, or the end.
pub(super) fn next(v: &Value) -> PyResult<Option<Value>> {
    let mut st = state(v);
    let It::Combo(c) = &mut *st else { return Ok(None) };
    if c.stopped {
        return Ok(None);
    }
    let more = if c.started {
        c.advance()
    } else {
        c.started = true;
        c.start()
    };
    if !more {
        c.stopped = true;
        c.pools = Vec::new();
        return Ok(None);
    }
    Ok(Some(c.result()))
}

/// An `r` argument: a non-negative int.
fn r_arg(v: &Value) -> PyResult<usize> {
    let r = index_i64(v)?;
    usize::try_from(r).map_err(|_| PyErr::value_error("r must be non-negative"))
}

pub(super) fn product_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args::npos(args, kwnames);
    let mut repeat = 1i64;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("repeat") => repeat = index_i64(v)?,
            other => return Err(PyErr::type_error(format!("product() got an unexpected keyword argument '{}'", other.unwrap_or("")))),
        }
    }
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(npos);
    for a in &args[..npos] {
        pools.push(crate::ops::collect_iterable(vm, a)?);
    }
    let n = pools.len().checked_mul(repeat as usize).ok_or_else(|| PyErr::overflow_error("repeat argument too large"))?;
    let all: Vec<Vec<Value>> = (0..n).map(|i| pools[i % pools.len()].clone()).collect();
    Ok(combo(&super::PRODUCT_TYPE, all, 0, Walk::Product))
}

pub(super) fn permutations_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("permutations", args, kwnames, &["iterable", "r"], 0, 2, 1)?;
    let pool = crate::ops::collect_iterable(vm, a[0].as_ref().expect("required"))?;
    let r = match args::given(&a[1]) {
        Some(r) if crate::builtins::int::as_int(r).is_none() => return Err(PyErr::type_error("Expected int as r")),
        Some(r) => r_arg(r)?,
        None => pool.len(),
    };
    Ok(combo(&super::PERMUTATIONS_TYPE, vec![pool], r, Walk::Permutations { cycles: Vec::new(), all: Vec::new() }))
}

pub(super) fn combinations_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("combinations", args, kwnames, &["iterable", "r"], 0, 2, 2)?;
    let pool = crate::ops::collect_iterable(vm, a[0].as_ref().expect("required"))?;
    let r = r_arg(a[1].as_ref().expect("required"))?;
    Ok(combo(&super::COMBINATIONS_TYPE, vec![pool], r, Walk::Combinations))
}

pub(super) fn cwr_new(vm: &mut Vm, _t: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = args::bind("combinations_with_replacement", args, kwnames, &["iterable", "r"], 0, 2, 2)?;
    let pool = crate::ops::collect_iterable(vm, a[0].as_ref().expect("required"))?;
    let r = r_arg(a[1].as_ref().expect("required"))?;
    Ok(combo(&super::CWR_TYPE, vec![pool], r, Walk::WithReplacement))
}
