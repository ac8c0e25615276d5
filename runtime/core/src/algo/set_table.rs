//! CPython's set hash table, slot for slot, so sets iterate and print in CPython's order.
//!
//! A Python program sees the table layout directly: `print({38, 17, 30})`, `for x in s`,
//! `s.pop()` and `list(s)` all walk the slot array from index 0. Reproducing that order means
//! reproducing every decision that places a key: the probe sequence (a run of up to 9 linear
//! probes from `hash & mask`, then the perturbed jump `i = i*5 + 1 + (perturb >>= 5)`), the
//! reuse of the *last* dummy seen on the probe path, the fill/used bookkeeping, the resize
//! trigger (`fill*5 >= mask*3`) and target (`used*4`, `used*2` past 50,000), the size rule
//! (smallest power of two > target, at least 8), the no-op "resize" of a dummy-free small
//! table, the clean reinsert that resizing and merging use, and the bulk paths of `update`,
//! `&`, `-` and `^`. The facts come from `Objects/setobject.c` (see
//! `shared/notes/cpython-numbers-and-containers.md` §3); the tests replay random operation
//! sequences against python3 and compare the printed sets.
//!
//! The table is generic over the key type and stores each key's hash. Equality is a
//! callback, `eq(stored, probe) -> Result<bool, E>`, because Python's `__eq__` can raise; it
//! is only called when the stored hash equals the probe hash. With the callback API the table
//! is borrowed during the comparison, so the comparison must not touch the set: fine for
//! keys whose equality runs no Python code (ints, floats, strs, tuples of those).
//!
//! For keys with user-defined `__eq__`, which may mutate the very set being probed, there is
//! a resumable API ([`SetTable::cursor`], [`SetTable::step`], [`SetTable::fill_vacancy`],
//! [`SetTable::remove_found`]): it hands out a clone of each candidate key, holds no borrow
//! while the caller compares, and a version stamp tells the caller to restart the probe when
//! the table changed meanwhile, which is exactly CPython's restart rule.

/// One slot of the table.
#[derive(Clone, Debug)]
enum Slot<K> {
    /// Never used: ends every probe sequence.
    Empty,
    /// A deleted entry (CPython's `dummy`, hash -1): keeps probe chains intact.
    Dummy,
    /// A live key with its hash.
    Full { hash: i64, key: K },
}

/// Number of extra slots probed linearly before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// Shift applied to `perturb` each jump (CPython's `PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// Slots in a new table (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;

/// CPython's set table (`PySetObject` minus the object header).
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots (`len(s)`).
    used: usize,
    /// Where `pop()` starts scanning.
    finger: usize,
    /// Changes whenever the slot array changes; resumable probes check it (see
    /// [`ProbeCursor`]).
    version: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a probe for a key ended.
enum Probe {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent; this is where it would go (first empty slot or last dummy seen),
    /// and whether that slot is a dummy.
    Absent { slot: usize, reuses_dummy: bool },
}

impl<K> SetTable<K> {
    /// An empty table with [`MIN_SIZE`] slots.
    pub fn new() -> Self {
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0, finger: 0, version: 0 }
    }

    /// Number of keys (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (a power of two); `mask + 1` in CPython.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Keys and hashes in slot order: the order of iteration, `repr` and `list(s)`.
    pub fn iter(&self) -> impl Iterator<Item = (&K, i64)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full { hash, key } => Some((key, *hash)),
            _ => None,
        })
    }

    /// The key at slot `index` and the next slot to look at, for an iterator that keeps a
    /// position across calls (CPython's `set_next`): returns `None` past the end.
    pub fn next_from(&self, mut index: usize) -> Option<(usize, &K, i64)> {
        while index < self.slots.len() {
            if let Slot::Full { hash, key } = &self.slots[index] {
                return Some((index + 1, key, *hash));
            }
            index += 1;
        }
        None
    }

    /// Walks the probe sequence for `hash`; `stop` inspects each slot and ends the walk by
    /// returning `Some`. Never loops forever: a table always has an empty slot.
    fn probe<E>(
        &self,
        hash: i64,
        mut visit: impl FnMut(usize, &Slot<K>) -> Result<Option<Probe>, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if let Some(done) = visit(j, &self.slots[j])? {
                    return Ok(done);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Finds `probe_key` (CPython's `set_lookkey` / `set_add_entry` search).
    fn lookup<E>(
        &self,
        probe_key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mut freeslot: Option<usize> = None;
        self.probe(hash, |j, slot| match slot {
            Slot::Empty => Ok(Some(match freeslot {
                Some(f) => Probe::Absent { slot: f, reuses_dummy: true },
                None => Probe::Absent { slot: j, reuses_dummy: false },
            })),
            Slot::Dummy => {
                freeslot = Some(j);
                Ok(None)
            }
            Slot::Full { hash: h, key } => {
                if *h == hash && eq(key, probe_key)? {
                    Ok(Some(Probe::Found(j)))
                } else {
                    Ok(None)
                }
            }
        })
    }

    /// `key in s`.
    pub fn contains<E>(&self, key: &K, hash: i64, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(matches!(self.lookup(key, hash, &mut eq)?, Probe::Found(_)))
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(&self, key: &K, hash: i64, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<Option<&K>, E> {
        match self.lookup(key, hash, &mut eq)? {
            Probe::Found(j) => match &self.slots[j] {
                Slot::Full { key, .. } => Ok(Some(key)),
                _ => Ok(None),
            },
            Probe::Absent { .. } => Ok(None),
        }
    }

    /// `s.add(key)`: returns whether the key was added (false if an equal key was present;
    /// the stored key is kept and `key` is dropped). May resize.
    pub fn insert<E>(&mut self, key: K, hash: i64, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<bool, E> {
        self.insert_with(key, hash, &mut eq)
    }

    fn insert_with<E>(&mut self, key: K, hash: i64, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<bool, E> {
        match self.lookup(&key, hash, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Absent { slot, reuses_dummy } => {
                self.place(slot, reuses_dummy, key, hash);
                Ok(true)
            }
        }
    }

    /// Stores a new key at the slot a probe ended on, then grows the table if it is too full.
    fn place(&mut self, slot: usize, reuses_dummy: bool, key: K, hash: i64) {
        self.slots[slot] = Slot::Full { hash, key };
        self.used += 1;
        self.version += 1;
        if !reuses_dummy {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(self.growth_target());
            }
        }
    }

    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `s.discard(key)`: removes and returns the stored key equal to `key`, leaving a dummy.
    pub fn remove<E>(&mut self, key: &K, hash: i64, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<Option<K>, E> {
        match self.lookup(key, hash, &mut eq)? {
            Probe::Found(j) => Ok(self.take_slot(j)),
            Probe::Absent { .. } => Ok(None),
        }
    }

    fn take_slot(&mut self, j: usize) -> Option<K> {
        match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Full { key, .. } => {
                self.used -= 1;
                self.version += 1;
                Some(key)
            }
            other => {
                self.slots[j] = other;
                None
            }
        }
    }

    /// `s.pop()`: the first live slot at or after the finger (wrapping), made a dummy.
    /// `None` for an empty set (CPython: `KeyError: 'pop from an empty set'`).
    pub fn pop(&mut self) -> Option<(K, i64)> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut j = self.finger & self.mask();
        while !matches!(self.slots[j], Slot::Full { .. }) {
            j = (j + 1) % n;
        }
        let hash = match &self.slots[j] {
            Slot::Full { hash, .. } => *hash,
            _ => 0,
        };
        let key = self.take_slot(j)?;
        self.finger = j + 1;
        Some((key, hash))
    }

    /// `s.clear()`: back to an empty 8-slot table (the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.version += 1;
    }

    /// Rebuilds the table with the smallest power-of-two size (at least 8) greater than
    /// `min_used`, reinserting live keys in slot order (CPython's `set_table_resize`). A small
    /// table without dummies that would stay small is left untouched.
    pub fn resize(&mut self, min_used: usize) {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        self.version += 1;
        let old = std::mem::replace(&mut self.slots, empty_slots(new_size));
        self.fill = self.used;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                self.insert_clean(key, hash);
            }
        }
    }

    /// Places a key known to be absent in the first empty slot of its probe sequence (no
    /// comparisons, no dummies, no counters): CPython's `set_insert_clean`.
    fn insert_clean(&mut self, key: K, hash: i64) {
        let found = self.probe::<std::convert::Infallible>(hash, |j, slot| {
            Ok(matches!(slot, Slot::Empty).then_some(Probe::Found(j)))
        });
        if let Ok(Probe::Found(j)) = found {
            self.slots[j] = Slot::Full { hash, key };
        }
    }

    /// The up-front resize of a bulk update that will bring in `incoming` keys (used by
    /// `set.update(dict)`: call this, then [`SetTable::insert`] each key with its stored hash).
    pub fn reserve_for_update(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After discarding many keys: purge dummies when they are more than a quarter of the
    /// table (the end of CPython's `difference_update`).
    pub fn shrink_if_many_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }
}

/// A probe in progress, for callers whose equality test can run code that mutates the
/// table (Python's `__eq__`): the table is not borrowed while comparing.
///
/// Protocol (CPython's `set_add_entry` with its restart rule):
/// 1. `let mut c = table.cursor(hash)`;
/// 2. `match table.step(&mut c)`:
///    - [`ProbeStep::Compare`]: compare the probe key with this clone of a stored key whose
///      hash matches, with no borrow of the table held. Then, if
///      `table.version() != c.version()`, the table changed under the comparison: start over
///      from 1. Otherwise, on equality the key is present at `c.slot()`; if not equal, go
///      back to 2;
///    - [`ProbeStep::Vacant`]: the key is absent; [`SetTable::fill_vacancy`] inserts it there
///      (it refuses, handing the key back, if the table changed since).
#[derive(Clone, Copy, Debug)]
pub struct ProbeCursor {
    hash: i64,
    base: usize,
    offset: usize,
    perturb: u64,
    freeslot: Option<usize>,
    last: usize,
    version: u64,
}

impl ProbeCursor {
    /// The table version this probe is valid for.
    pub fn version(&self) -> u64 {
        self.version
    }
    /// The slot of the last key handed out by [`ProbeStep::Compare`].
    pub fn slot(&self) -> usize {
        self.last
    }
}

/// Where an absent key would be inserted.
#[derive(Clone, Copy, Debug)]
pub struct Vacancy {
    slot: usize,
    reuses_dummy: bool,
    version: u64,
}

/// One step of a [`ProbeCursor`] walk.
#[derive(Clone, Debug)]
pub enum ProbeStep<K> {
    /// A stored key (cloned) with the probe's hash: compare it, then continue or stop.
    Compare(K),
    /// The key is absent; this is where it would go.
    Vacant(Vacancy),
}

impl<K: Clone> SetTable<K> {
    /// The current version (changes on every insertion, removal, resize or clear).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Starts a resumable probe for `hash`.
    pub fn cursor(&self, hash: i64) -> ProbeCursor {
        ProbeCursor {
            hash,
            base: (hash as u64 as usize) & self.mask(),
            offset: 0,
            perturb: hash as u64,
            freeslot: None,
            last: 0,
            version: self.version,
        }
    }

    /// Advances a probe to the next stored key with the same hash, or to the vacancy that
    /// ends it. The cursor must belong to the current version.
    pub fn step(&self, c: &mut ProbeCursor) -> ProbeStep<K> {
        let mask = self.mask();
        loop {
            let probes = if c.base + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            if c.offset > probes {
                c.perturb >>= PERTURB_SHIFT;
                c.base = (c.base.wrapping_mul(5).wrapping_add(1).wrapping_add(c.perturb as usize)) & mask;
                c.offset = 0;
                continue;
            }
            let j = c.base + c.offset;
            c.offset += 1;
            c.last = j;
            match &self.slots[j] {
                Slot::Empty => {
                    let (slot, reuses_dummy) = match c.freeslot {
                        Some(f) => (f, true),
                        None => (j, false),
                    };
                    return ProbeStep::Vacant(Vacancy { slot, reuses_dummy, version: c.version });
                }
                Slot::Dummy => c.freeslot = Some(j),
                Slot::Full { hash, key } if *hash == c.hash => return ProbeStep::Compare(key.clone()),
                Slot::Full { .. } => {}
            }
        }
    }

    /// Inserts `key` at a vacancy found by [`SetTable::step`]; hands the key back if the
    /// table changed since the probe started (the caller restarts the probe).
    pub fn fill_vacancy(&mut self, v: Vacancy, key: K, hash: i64) -> Result<(), K> {
        if v.version != self.version {
            return Err(key);
        }
        self.place(v.slot, v.reuses_dummy, key, hash);
        Ok(())
    }

    /// Removes the key a probe found at `cursor.slot()`; `None` if the table changed since.
    pub fn remove_found(&mut self, cursor: &ProbeCursor) -> Option<K> {
        if cursor.version != self.version {
            return None;
        }
        self.take_slot(cursor.last)
    }

    /// `self.update(other)` where `other` is a set or frozenset (CPython's `set_merge`):
    /// presize, then copy the layout verbatim, clean-insert, or add one by one. (`s.update(s)`
    /// is a no-op in CPython; the borrow rules make the caller handle that case.)
    pub fn update_from_set<E>(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.version += 1;
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            for (key, hash) in other.iter() {
                self.insert_clean(key.clone(), hash);
            }
            return Ok(());
        }
        for (key, hash) in other.iter() {
            self.insert_with(key.clone(), hash, &mut eq)?;
        }
        Ok(())
    }

    /// `s.copy()` / `set(s)` / the first step of `a | b`: a merge into an empty table.
    pub fn copy(&self) -> SetTable<K> {
        let mut out = SetTable::new();
        // Merging into an empty table never compares keys, so the comparator never runs.
        if let Err(never) = out.update_from_set(self, |_, _| Ok::<bool, std::convert::Infallible>(false)) {
            match never {}
        }
        out
    }

    /// `a & b` for two sets: probe the larger with each key of the smaller (the right one on a
    /// tie), in slot order, adding hits (the smaller set's key object) to a new set.
    pub fn intersection<E>(a: &SetTable<K>, b: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<SetTable<K>, E> {
        let (probed, walked) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut out = SetTable::new();
        for (key, hash) in walked.iter() {
            if probed.contains(key, hash, &mut eq)? {
                out.insert_with(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(out)
    }

    /// `self -= other` for a set `other` (CPython's `set_difference_update_internal`):
    /// discard each of `other`'s keys (only the common ones when `other` is more than 8 times
    /// larger), then purge dummies if there are many.
    pub fn difference_update_from_set<E>(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        if (other.len() >> 3) > self.len() {
            let common = SetTable::intersection(self, other, &mut eq)?;
            for (key, hash) in common.iter() {
                self.remove(key, hash, &mut eq)?;
            }
        } else {
            for (key, hash) in other.iter() {
                self.remove(key, hash, &mut eq)?;
            }
        }
        self.shrink_if_many_dummies();
        Ok(())
    }

    /// `a - b` for sets: copy-and-discard when `a` is more than 4 times larger than `b`,
    /// otherwise a new set of `a`'s keys (in slot order) that are not in `b`.
    pub fn difference<E>(a: &SetTable<K>, b: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<SetTable<K>, E> {
        if (a.len() >> 2) > b.len() {
            let mut out = a.copy();
            out.difference_update_from_set(b, &mut eq)?;
            return Ok(out);
        }
        let mut out = SetTable::new();
        for (key, hash) in a.iter() {
            if !b.contains(key, hash, &mut eq)? {
                out.insert_with(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(out)
    }

    /// `self ^= other` for a set `other`: each of `other`'s keys, in slot order, is discarded
    /// if present and added otherwise. (`s ^= s` clears `s` in CPython; the caller handles
    /// that case.)
    pub fn symmetric_difference_update_from_set<E>(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        for (key, hash) in other.iter() {
            if self.remove(key, hash, &mut eq)?.is_none() {
                self.insert_with(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for sets: a copy of `b`, then `^=` with `a`.
    pub fn symmetric_difference<E>(a: &SetTable<K>, b: &SetTable<K>, eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<SetTable<K>, E> {
        let mut out = b.copy();
        out.symmetric_difference_update_from_set(a, eq)?;
        Ok(out)
    }
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::hash::hash_i64;
    use crate::numeric::pytest::python_lines;
    use std::convert::Infallible;

    type IntSet = SetTable<i64>;

    fn eq(a: &i64, b: &i64) -> Result<bool, Infallible> {
        Ok(a == b)
    }

    fn from_list(items: &[i64]) -> IntSet {
        let mut s = IntSet::new();
        for &x in items {
            s.insert(x, hash_i64(x), eq).unwrap();
        }
        s
    }

    fn show(s: &IntSet) -> String {
        if s.is_empty() {
            return "set()".into();
        }
        let items: Vec<String> = s.iter().map(|(k, _)| k.to_string()).collect();
        format!("{{{}}}", items.join(", "))
    }

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        fn key(&mut self) -> i64 {
            match self.below(6) {
                0 => self.below(40) as i64 - 20,
                1 => (self.below(8) as i64) * 8 + 3,
                2 => (1i64 << 61) - 1 + self.below(3) as i64 - 1,
                3 => self.below(1000) as i64,
                4 => -(self.below(5) as i64) - 1,
                _ => (self.next() >> 2) as i64,
            }
        }
        fn list(&mut self, max: u64) -> Vec<i64> {
            let n = self.below(max);
            (0..n).map(|_| self.key()).collect()
        }
    }

    fn py_list(v: &[i64]) -> String {
        format!("[{}]", v.iter().map(ToString::to_string).collect::<Vec<_>>().join(","))
    }

    /// Replays random operation sequences in Rust and in python3 and compares every printed
    /// set.
    #[test]
    fn random_operations_print_like_python() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let mut prog = String::from("s=set()\n");
        let mut expected_by_rust = Vec::new();
        let mut s = IntSet::new();
        for step in 0..3000 {
            let op = rng.below(14);
            match op {
                0..=3 => {
                    let k = rng.key();
                    prog.push_str(&format!("s.add({k})\n"));
                    s.insert(k, hash_i64(k), eq).unwrap();
                }
                4 | 5 => {
                    // discard an existing key most of the time
                    let k = if !s.is_empty() && rng.below(4) != 0 {
                        let n = rng.below(s.len() as u64) as usize;
                        *s.iter().nth(n).unwrap().0
                    } else {
                        rng.key()
                    };
                    prog.push_str(&format!("s.discard({k})\n"));
                    s.remove(&k, hash_i64(k), eq).unwrap();
                }
                6 => {
                    prog.push_str("if s: print('pop', s.pop())\n");
                    if let Some((k, _)) = s.pop() {
                        expected_by_rust.push(format!("pop {k}"));
                    }
                }
                7 => {
                    let l = rng.list(30);
                    prog.push_str(&format!("s.update(set({}))\n", py_list(&l)));
                    s.update_from_set(&from_list(&l), eq).unwrap();
                }
                8 => {
                    let l = rng.list(30);
                    prog.push_str(&format!("s = s | set({})\n", py_list(&l)));
                    let mut c = s.copy();
                    c.update_from_set(&from_list(&l), eq).unwrap();
                    s = c;
                }
                9 => {
                    let l = rng.list(40);
                    prog.push_str(&format!("s = s & set({})\n", py_list(&l)));
                    s = SetTable::intersection(&s, &from_list(&l), eq).unwrap();
                }
                10 => {
                    let l = rng.list(12);
                    prog.push_str(&format!("s = s - set({})\n", py_list(&l)));
                    s = SetTable::difference(&s, &from_list(&l), eq).unwrap();
                }
                11 => {
                    let l = rng.list(20);
                    if rng.below(2) == 0 {
                        prog.push_str(&format!("s = s ^ set({})\n", py_list(&l)));
                        s = SetTable::symmetric_difference(&s, &from_list(&l), eq).unwrap();
                    } else {
                        prog.push_str(&format!("s ^= set({})\n", py_list(&l)));
                        s.symmetric_difference_update_from_set(&from_list(&l), eq).unwrap();
                    }
                }
                12 => {
                    let l = rng.list(60);
                    prog.push_str(&format!("s -= set({})\n", py_list(&l)));
                    s.difference_update_from_set(&from_list(&l), eq).unwrap();
                }
                _ => {
                    if rng.below(10) == 0 {
                        prog.push_str("s.clear()\n");
                        s.clear();
                    } else {
                        let l = rng.list(50);
                        prog.push_str(&format!("s = set({})\n", py_list(&l)));
                        s = from_list(&l);
                    }
                }
            }
            if step % 3 == 0 {
                prog.push_str("print(s)\n");
                expected_by_rust.push(show(&s));
            }
        }
        let py = python_lines(&prog);
        assert_eq!(py.len(), expected_by_rust.len());
        for (i, (got, want)) in expected_by_rust.iter().zip(&py).enumerate() {
            assert_eq!(got, want, "line {i}");
        }
    }

    /// Tables past 50,000 keys grow by `used*2` instead of `used*4`; the order of a large set
    /// is compared through `hash(tuple(s))`, which depends on every position.
    #[test]
    fn large_tables_grow_like_python() {
        let py = python_lines(
            "s=set()\nfor i in range(0, 1_500_000, 7): s.add(i * 2654435761 % 1000003)\n\
             print(len(s), hash(tuple(s)))\n\
             for i in range(0, 1_500_000, 3): s.discard(i)\n\
             t = s - set(range(0, 1000003, 11))\n\
             print(len(s), hash(tuple(s)), len(t), hash(tuple(t)))",
        );
        let mut s = IntSet::new();
        for i in (0..1_500_000i64).step_by(7) {
            let k = i * 2_654_435_761 % 1_000_003;
            s.insert(k, hash_i64(k), eq).unwrap();
        }
        let tuple_hash = |s: &IntSet| crate::numeric::hash::hash_tuple(s.iter().map(|(k, _)| hash_i64(*k)));
        assert_eq!(format!("{} {}", s.len(), tuple_hash(&s)), py[0]);
        for i in (0..1_500_000i64).step_by(3) {
            s.remove(&i, hash_i64(i), eq).unwrap();
        }
        let t = SetTable::difference(&s, &from_list(&(0..1_000_003).step_by(11).collect::<Vec<_>>()), eq).unwrap();
        assert_eq!(format!("{} {} {} {}", s.len(), tuple_hash(&s), t.len(), tuple_hash(&t)), py[1]);
    }

    /// The recipe for a constant set display `{c1, c2, c3, ...}` (3+ constants): CPython builds
    /// `frozenset(tuple)`, the constant merger rebuilds it from that frozenset's iteration
    /// order, and `SET_UPDATE` merges the result into an empty set.
    #[test]
    fn constant_set_display_recipe() {
        let display = |items: &[i64]| {
            let first = from_list(items);
            let rebuilt = from_list(&first.iter().map(|(k, _)| *k).collect::<Vec<_>>());
            let mut s = IntSet::new();
            s.update_from_set(&rebuilt, eq).unwrap();
            show(&s)
        };
        let py = python_lines("print({17, 30, 38})\nprint({21, 1, 17, 38, 10})\nprint({10, 3, 100, 7, 8**10})\nprint({-5,-4,-3,-2,-1,0,1})");
        assert_eq!(display(&[17, 30, 38]), py[0]);
        assert_eq!(display(&[21, 1, 17, 38, 10]), py[1]);
        assert_eq!(display(&[10, 3, 100, 7, 8i64.pow(10)]), py[2]);
        assert_eq!(display(&[-5, -4, -3, -2, -1, 0, 1]), py[3]);
        // A non-constant display adds left to right instead.
        assert_eq!(show(&from_list(&[17, 30, 38])), "{38, 17, 30}");
    }

    #[test]
    fn documented_examples() {
        assert_eq!(show(&from_list(&[-1, -2, -3])), "{-3, -1, -2}");
        let mut s = from_list(&[1, 2, 3]);
        s.remove(&2, hash_i64(2), eq).unwrap();
        s.insert(10, hash_i64(10), eq).unwrap();
        s.insert(2, hash_i64(2), eq).unwrap();
        assert_eq!(show(&s), "{2, 1, 10, 3}");
        let mut s = from_list(&(0..20).collect::<Vec<_>>());
        s.remove(&3, hash_i64(3), eq).unwrap();
        assert_eq!(s.len(), 19);
        assert_eq!(s.capacity(), 128); // 19*5 >= 31*3 triggers a resize to 19*4 = 76 -> 128 slots
        assert_eq!(from_list(&[1, 2, 3, 4]).capacity(), 8);
        assert_eq!(from_list(&[1, 2, 3, 4, 5]).capacity(), 32);
        let mut e = IntSet::new();
        assert!(e.pop().is_none());
    }

    /// The resumable protocol, driven the way the object model drives it.
    fn add_resumable(s: &mut IntSet, key: i64, mut on_compare: impl FnMut(&mut IntSet)) -> bool {
        let h = hash_i64(key);
        'restart: loop {
            let mut c = s.cursor(h);
            loop {
                match s.step(&mut c) {
                    ProbeStep::Compare(stored) => {
                        on_compare(s); // Python's __eq__ may run anything here
                        if s.version() != c.version() {
                            continue 'restart;
                        }
                        if stored == key {
                            return false;
                        }
                    }
                    ProbeStep::Vacant(v) => match s.fill_vacancy(v, key, h) {
                        Ok(()) => return true,
                        Err(_) => continue 'restart,
                    },
                }
            }
        }
    }

    #[test]
    fn resumable_probe_matches_closure_api() {
        let mut rng = Rng(42);
        let (mut a, mut b) = (IntSet::new(), IntSet::new());
        for _ in 0..5000 {
            let k = rng.key();
            if rng.below(3) == 0 {
                a.remove(&k, hash_i64(k), eq).unwrap();
                let mut c = b.cursor(hash_i64(k));
                loop {
                    match b.step(&mut c) {
                        ProbeStep::Compare(stored) if stored == k => {
                            b.remove_found(&c);
                            break;
                        }
                        ProbeStep::Compare(_) => {}
                        ProbeStep::Vacant(_) => break,
                    }
                }
            } else {
                let added = a.insert(k, hash_i64(k), eq).unwrap();
                assert_eq!(add_resumable(&mut b, k, |_| {}), added);
            }
            assert_eq!(show(&a), show(&b));
        }
    }

    #[test]
    fn mutation_during_comparison_restarts_the_probe() {
        // k, k + P and k + 2P all hash to k (P = 2**61 - 1), so probes compare them.
        let p = (1i64 << 61) - 1;
        let mut s = from_list(&[5, 5 + p]);
        let mut first = true;
        // Adding 5 + 2p compares against 5 and 5 + p (same hash); the first comparison
        // removes 5 + p from the set, which forces a restart.
        let added = add_resumable(&mut s, 5 + 2 * p, |t| {
            if first {
                first = false;
                t.remove(&(5 + p), hash_i64(5 + p), eq).unwrap();
            }
        });
        assert!(added);
        let mut keys: Vec<i64> = s.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        assert_eq!(keys, vec![5, 5 + 2 * p]);
    }

    #[test]
    fn comparison_errors_propagate() {
        let mut s = from_list(&[1, 9, 17]);
        let r: Result<bool, &str> = s.insert(25, 1, |_, _| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(s.len(), 3);
    }
}
