//! CPython's `hash()` for numbers, tuples, frozensets, strings and bytes.
//!
//! Number hashes are defined arithmetically so that equal numbers of different types hash
//! equal (`hash(1) == hash(1.0) == hash(Fraction(1))`): an int hashes to its value modulo
//! the Mersenne prime 2**61-1 with the sign applied, and a float to the same residue of its
//! exact rational value, computed 28 bits at a time. These hashes decide set slot positions
//! and therefore printed set order, so they are reproduced bit for bit.
//!
//! Tuples use CPython's xxHash-derived combine and frozensets its order-independent shuffle
//! and XOR; both are incremental here ([`TupleHasher`], [`FrozensetHasher`]) because the
//! item hashes come from Python code that may raise.
//!
//! Strings and bytes use SipHash-1-3 over CPython's storage bytes (Latin-1, UCS-2 or UCS-4,
//! little-endian) with a 128-bit key. CPython keys it randomly per process unless
//! `PYTHONHASHSEED` is set; seed 0 means the all-zero key and other seeds expand through a
//! small LCG ([`HashKey::from_seed`]). Matching that derivation makes set-of-strings order
//! reproduce CPython's under the same `PYTHONHASHSEED`.
//!
//! A computed hash of -1 is always replaced by -2 (-1 is CPython's C-level error signal).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The hash modulus, `sys.hash_info.modulus` = 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
/// Bits in [`MODULUS`].
const MODULUS_BITS: i32 = 61;
/// `sys.hash_info.inf`: hash of `inf` (and minus that for `-inf`).
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: multiplier for the imaginary part of a complex hash.
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a machine int.
pub fn hash_i64(n: i64) -> i64 {
    let r = (n.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if n < 0 { -r } else { r })
}

/// Hash of an arbitrary int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    // Horner over 64-bit limbs from the most significant: acc = (acc * 2**64 + limb) mod P.
    let mut acc: u64 = 0;
    for limb in n.magnitude().iter_u64_digits().rev() {
        let shifted = (u128::from(acc) << 64) | u128::from(limb);
        acc = (shifted % u128::from(MODULUS)) as u64;
    }
    let r = acc as i64;
    fix_minus_one(if n.is_negative() { -r } else { r })
}

/// CPython's `_Py_HashPointer`: the hash of an object by identity (address), used for `nan`
/// and for objects without `__hash__` overrides.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = addr.rotate_right(4) as i64;
    fix_minus_one(y)
}

/// Hash of a float. `nan` hashes by object identity since Python 3.10, so the caller passes
/// the float object's address (`identity`), used only for nan.
pub fn hash_float(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == x.trunc() && x.abs() < 9.0e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (MODULUS_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = if e >= 0 { e % MODULUS_BITS } else { MODULUS_BITS - 1 - ((-1 - e) % MODULUS_BITS) };
    acc = ((acc << e) & MODULUS) | (acc >> (MODULUS_BITS - e));
    let r = acc as i64;
    fix_minus_one(if x < 0.0 { -r } else { r })
}

/// C's `frexp` for finite nonzero `x`: `x = m * 2**e` with `0.5 <= m < 1`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

/// Hash of `complex(re, im)`; `identity` is the complex object's address (for nan parts).
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_float(re, identity) as u64;
    let hi = hash_float(im, identity) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

const XX_PRIME_1: u64 = 11_400_714_785_074_694_791;
const XX_PRIME_2: u64 = 14_029_467_366_897_019_727;
const XX_PRIME_5: u64 = 2_870_177_450_012_600_261;

/// Incremental tuple hash: feed each item's hash in order, then [`TupleHasher::finish`].
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    /// A hasher for an empty tuple so far.
    pub fn new() -> Self {
        TupleHasher { acc: XX_PRIME_5, len: 0 }
    }
    /// Mixes in the hash of the next item.
    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XX_PRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XX_PRIME_1);
        self.len += 1;
    }
    /// The tuple's hash.
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XX_PRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// Hash of a tuple from its item hashes.
pub fn hash_tuple(item_hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut h = TupleHasher::new();
    for x in item_hashes {
        h.add(x);
    }
    h.finish()
}

/// Incremental frozenset hash (order independent): add every element's hash, then finish.
#[derive(Clone, Copy, Debug, Default)]
pub struct FrozensetHasher {
    acc: u64,
    len: u64,
}

impl FrozensetHasher {
    /// A hasher for an empty set so far.
    pub fn new() -> Self {
        Self::default()
    }
    /// Mixes in one element's hash.
    pub fn add(&mut self, element_hash: i64) {
        let h = element_hash as u64;
        self.acc ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
        self.len += 1;
    }
    /// The frozenset's hash.
    pub fn finish(&self) -> i64 {
        let mut acc = self.acc ^ (self.len + 1).wrapping_mul(1_927_868_237);
        acc ^= (acc >> 11) ^ (acc >> 25);
        acc = acc.wrapping_mul(69069).wrapping_add(907_133_923);
        if acc == u64::MAX {
            590_923_713
        } else {
            acc as i64
        }
    }
}

/// Hash of a frozenset from its element hashes (any order).
pub fn hash_frozenset(element_hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut h = FrozensetHasher::new();
    for x in element_hashes {
        h.add(x);
    }
    h.finish()
}

/// The 128-bit SipHash key for str/bytes hashing (CPython's `_Py_HashSecret.siphash`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashKey {
    /// First key word.
    pub k0: u64,
    /// Second key word.
    pub k1: u64,
}

impl HashKey {
    /// The key CPython uses for `PYTHONHASHSEED=seed`: zero for 0, otherwise 24 bytes from
    /// its LCG (`x = x*214013 + 2531011`, byte = `(x >> 16) & 0xff`), of which the first 16
    /// are the two little-endian key words. `None` (no seed, or `PYTHONHASHSEED=random`)
    /// draws a random key from the OS.
    pub fn from_seed(seed: Option<u32>) -> HashKey {
        match seed {
            Some(0) => HashKey { k0: 0, k1: 0 },
            Some(s) => {
                let mut x = s;
                let mut bytes = [0u8; 16];
                for b in &mut bytes {
                    x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                    *b = ((x >> 16) & 0xff) as u8;
                }
                HashKey {
                    k0: u64::from_le_bytes(bytes[..8].try_into().unwrap_or([0; 8])),
                    k1: u64::from_le_bytes(bytes[8..].try_into().unwrap_or([0; 8])),
                }
            }
            None => {
                // std's RandomState is seeded from the OS entropy source.
                use std::hash::{BuildHasher, Hasher};
                let state = std::collections::hash_map::RandomState::new();
                let mut a = state.build_hasher();
                a.write_u64(0x5EED);
                let mut b = state.build_hasher();
                b.write_u64(0xC0FFEE);
                HashKey { k0: a.finish(), k1: b.finish() }
            }
        }
    }

    /// Parses `PYTHONHASHSEED`: unset or `random` -> random key; a decimal in
    /// `0..=4294967295` -> that seed; anything else is CPython's fatal startup error, returned
    /// as its message.
    pub fn from_env_value(value: Option<&str>) -> Result<HashKey, String> {
        match value {
            None | Some("random") => Ok(Self::from_seed(None)),
            Some(v) => v.parse::<u32>().map(|s| Self::from_seed(Some(s))).map_err(|_| {
                "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]".to_string()
            }),
        }
    }
}

/// SipHash-1-3 state, fed byte by byte or 8 bytes at a time.
struct SipHasher13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    tail: u64,
    tail_len: u32,
    total: u64,
}

impl SipHasher13 {
    fn new(key: HashKey) -> Self {
        SipHasher13 {
            v0: key.k0 ^ 0x736f_6d65_7073_6575,
            v1: key.k1 ^ 0x646f_7261_6e64_6f6d,
            v2: key.k0 ^ 0x6c79_6765_6e65_7261,
            v3: key.k1 ^ 0x7465_6462_7974_6573,
            tail: 0,
            tail_len: 0,
            total: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn block(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.tail |= u64::from(b) << (8 * self.tail_len);
        self.tail_len += 1;
        self.total += 1;
        if self.tail_len == 8 {
            self.block(self.tail);
            self.tail = 0;
            self.tail_len = 0;
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        if self.tail_len == 0 {
            let mut chunks = rest.chunks_exact(8);
            for c in &mut chunks {
                self.block(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
                self.total += 8;
            }
            rest = chunks.remainder();
        }
        for &b in rest {
            self.write_u8(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.total << 56) | self.tail;
        self.block(b);
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        (self.v0 ^ self.v1) ^ (self.v2 ^ self.v3)
    }
}

/// `hash(b)` for bytes (and `memoryview` of bytes): 0 for empty input.
pub fn hash_bytes(key: HashKey, bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new(key);
    h.write(bytes);
    fix_minus_one(h.finish() as i64)
}

/// Bytes per code point in CPython's storage of `s`: 1 (Latin-1), 2 (UCS-2) or 4 (UCS-4).
pub fn storage_width(s: &str) -> u8 {
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    }
}

/// `hash(s)` for a str: SipHash-1-3 of its CPython storage bytes.
pub fn hash_str(key: HashKey, s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(key, s.as_bytes());
    }
    hash_str_with_width(key, s, storage_width(s))
}

/// `hash(s)` when the caller already knows the storage width (1, 2 or 4; see
/// [`storage_width`]), which saves a scan.
pub fn hash_str_with_width(key: HashKey, s: &str, width: u8) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new(key);
    for c in s.chars() {
        let cp = u32::from(c);
        match width {
            1 => h.write_u8(cp as u8),
            2 => {
                h.write_u8(cp as u8);
                h.write_u8((cp >> 8) as u8);
            }
            _ => {
                for b in cp.to_le_bytes() {
                    h.write_u8(b);
                }
            }
        }
    }
    fix_minus_one(h.finish() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::{py_str, python, python_lines};
    use std::str::FromStr;

    #[test]
    fn int_hashes_match_python() {
        let mut vals: Vec<String> = ["0", "1", "-1", "-2", "2305843009213693951", "2305843009213693952", "-2305843009213693952"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut x: u128 = 1;
        for i in 0..200 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407 + i);
            let s = format!("{}{}", x, (x >> 3) % 1000);
            vals.push(if i % 2 == 0 { s } else { format!("-{s}") });
            vals.push(format!("{}", (x >> (i % 120)) as i64));
        }
        vals.push(format!("{}", i64::MIN));
        vals.push(format!("{}", i64::MAX));
        let py = python_lines(&format!("for n in [{}]: print(hash(n))", vals.join(",")));
        for (v, want) in vals.iter().zip(&py) {
            assert_eq!(hash_bigint(&BigInt::from_str(v).unwrap()).to_string(), *want, "hash({v})");
        }
    }

    #[test]
    fn float_and_complex_hashes_match_python() {
        let mut xs = vec![0.0, -0.0, 0.5, 1.5, -2.5, 1e300, -1e-300, 5e-324, f64::INFINITY, f64::NEG_INFINITY, 1e18, 2f64.powi(70)];
        let mut s: u64 = 7;
        for _ in 0..500 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let f = f64::from_bits(s);
            if f.is_finite() {
                xs.push(f);
            }
            xs.push((s % 100_000) as f64 / 64.0);
        }
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "xs=[{list}]\nfor x in xs: print(hash(x))\nfor i in range(len(xs)-1): print(hash(complex(xs[i], xs[i+1])))"
        ));
        for (i, x) in xs.iter().enumerate() {
            assert_eq!(hash_float(*x, 0).to_string(), py[i], "hash({x:e})");
        }
        for i in 0..xs.len() - 1 {
            assert_eq!(hash_complex(xs[i], xs[i + 1], 0).to_string(), py[xs.len() + i]);
        }
        assert_eq!(hash_float(f64::NAN, 0x1234_5670), hash_pointer(0x1234_5670));
        assert_ne!(hash_float(f64::NAN, 0x1000), hash_float(f64::NAN, 0x2000));
    }

    #[test]
    fn tuple_and_frozenset_hashes_match_python() {
        let py = python_lines(
            "print(hash(()))\nprint(hash((1,2)))\nprint(hash((1,(2,3),-1)))\n\
             print(hash(frozenset()))\nprint(hash(frozenset({1,2,3})))\n\
             print(hash(frozenset(range(-50,50))))\nprint(hash((0.5, frozenset({-1}))))\n\
             print(hash(tuple(range(1000))))",
        );
        let t23 = hash_tuple([2, 3]);
        let got = [
            hash_tuple([]),
            hash_tuple([1, 2]),
            hash_tuple([1, t23, hash_i64(-1)]),
            hash_frozenset([]),
            hash_frozenset([3, 1, 2]),
            hash_frozenset((-50..50).map(hash_i64)),
            hash_tuple([hash_float(0.5, 0), hash_frozenset([hash_i64(-1)])]),
            hash_tuple((0..1000).map(hash_i64)),
        ];
        for (g, want) in got.iter().zip(&py) {
            assert_eq!(g.to_string(), *want);
        }
    }

    #[test]
    fn string_hashes_match_python_for_fixed_seeds() {
        let words = ["abc", "", "a", "abcdefgh", "abcdefghi", "é", "€uro", "😀x", "hello world, long enough to span blocks", "ÿ\u{100}", "\u{ffff}\u{10000}"];
        for seed in [0u32, 1, 1234, 4_294_967_295] {
            let list = words.iter().map(|w| py_str(w)).collect::<Vec<_>>().join(",");
            let prog = format!(
                "import subprocess,sys\n\
                 code=\"for w in [{}]: print(hash(w), hash(w.encode('utf-8')))\"\n\
                 print(subprocess.run([sys.executable,'-c',code],env={{'PYTHONHASHSEED':'{seed}'}},capture_output=True,text=True).stdout,end='')",
                list.replace('\\', "\\\\")
            );
            let out = python(&prog);
            let key = HashKey::from_seed(Some(seed));
            for (w, line) in words.iter().zip(out.lines()) {
                let want: Vec<&str> = line.split(' ').collect();
                assert_eq!(hash_str(key, w).to_string(), want[0], "seed {seed} str {w:?}");
                assert_eq!(hash_bytes(key, w.as_bytes()).to_string(), want[1], "seed {seed} bytes {w:?}");
            }
        }
        assert_eq!(HashKey::from_env_value(Some("0")), Ok(HashKey { k0: 0, k1: 0 }));
        assert!(HashKey::from_env_value(Some("4294967296")).is_err());
        assert_ne!(HashKey::from_seed(None), HashKey::from_seed(None));
    }
}
