//! The Mersenne Twister behind Python's `random` module, reproducing CPython's streams.
//!
//! Programs print random numbers from fixed seeds (`random.seed(42)`), so the generator, the
//! seeding and the primitive draws must match CPython bit for bit: MT19937 with
//! `init_by_array` seeding from the 32-bit words of `abs(seed)` (least significant first),
//! 53-bit floats from two draws (`(a >> 5) * 2**26 + (b >> 6)) / 2**53`), `getrandbits` filling
//! from the least significant word, and `_randbelow` by rejection on `n.bit_length()` bits.
//! The facts are in `shared/notes/cpython-numbers-and-containers.md` §1; the tests compare
//! streams with python3.
//!
//! Seeding from `str`/`bytes` (version 2) hashes with SHA-512 first; that digest is the
//! caller's job (the result is an int seed for [`Mt19937::from_int_seed`]). Float and other
//! hashable seeds use [`Mt19937::from_hash_seed`].

use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, Zero};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the read position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn init_genrand(seed: u32) -> Mt19937 {
        let mut mt = [0u32; N];
        mt[0] = seed;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Mt19937 { state: mt, index: N }
    }

    /// `init_by_array(key)`: the reference seeding CPython uses for every seed.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Self::init_genrand(19_650_218);
        let mt = &mut g.state;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g.index = N;
        g
    }

    /// `random.seed(n)` for an int `n` (the sign is ignored).
    pub fn from_int_seed(n: &BigInt) -> Mt19937 {
        let key = n.abs().to_u32_digits().1;
        Self::from_key(&key)
    }

    /// `random.seed(x)` for a float or other hashable: keyed by `hash(x)` read as an unsigned
    /// 64-bit value.
    pub fn from_hash_seed(hash: i64) -> Mt19937 {
        let h = hash as u64;
        let key: Vec<u32> = if h >> 32 == 0 { vec![h as u32] } else { vec![h as u32, (h >> 32) as u32] };
        Self::from_key(&key)
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next tempered 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) / 9_007_199_254_740_992.0
    }

    /// `random.getrandbits(k)` (`k >= 0`; the caller raises `ValueError: number of bits must
    /// be non-negative`).
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k == 0 {
            return BigUint::zero();
        }
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut remaining = k;
        for _ in 0..words {
            let mut w = self.next_u32();
            if remaining < 32 {
                w >>= 32 - remaining;
            }
            digits.push(w);
            remaining = remaining.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// `_randbelow(n)` for `n > 0`: rejection sampling on `n.bit_length()` bits.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if r < *n {
                return r;
            }
        }
    }

    /// The 624 words and the position, for `getstate()` (CPython's tuple is the words followed
    /// by the position).
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// `setstate()`: `None` if the position is out of range (CPython: `ValueError: invalid
    /// state`).
    pub fn from_state(words: [u32; N], index: usize) -> Option<Mt19937> {
        (index <= N).then_some(Mt19937 { state: words, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::float_repr::repr;
    use crate::numeric::pytest::python_lines;

    #[test]
    fn streams_match_python() {
        let seeds = ["0", "1", "42", "-42", "2**32", "2**32 - 1", "12345678901234567890123", "2**700 + 5"];
        let py = python_lines(&format!(
            "import random\nfor s in [{}]:\n  random.seed(s)\n  \
               a=[repr(random.random()) for _ in range(3)]\n  \
               b=[random.getrandbits(k) for k in (1, 31, 32, 33, 64, 100)]\n  \
               c=[random.randrange(n) for n in (1, 2, 7, 1000, 2**70 + 3)]\n  \
               print(' '.join(a), *b, *c)",
            seeds.join(",")
        ));
        let values: Vec<BigInt> = vec![
            BigInt::from(0),
            BigInt::from(1),
            BigInt::from(42),
            BigInt::from(-42),
            BigInt::from(1u64 << 32),
            BigInt::from((1u64 << 32) - 1),
            "12345678901234567890123".parse().unwrap(),
            (BigInt::from(1) << 700u32) + 5,
        ];
        for (i, seed) in values.iter().enumerate() {
            let mut g = Mt19937::from_int_seed(seed);
            let mut parts: Vec<String> = (0..3).map(|_| repr(g.random())).collect();
            for k in [1, 31, 32, 33, 64, 100] {
                parts.push(g.getrandbits(k).to_string());
            }
            for n in [BigUint::from(1u32), BigUint::from(2u32), BigUint::from(7u32), BigUint::from(1000u32), (BigUint::from(1u32) << 70u32) + 3u32] {
                parts.push(g.randbelow(&n).to_string());
            }
            assert_eq!(parts.join(" "), py[i], "seed {}", seeds[i]);
        }
    }

    #[test]
    fn float_seeds_use_the_hash() {
        let py = python_lines("import random\nfor s in [1.5, -2.5, 0.1]:\n  random.seed(s); print(repr(random.random()))");
        for (i, x) in [1.5, -2.5, 0.1].iter().enumerate() {
            let mut g = Mt19937::from_hash_seed(crate::numeric::hash::hash_float(*x, 0));
            assert_eq!(repr(g.random()), py[i]);
        }
        // Documented reference values.
        let mut g = Mt19937::from_int_seed(&BigInt::from(42));
        assert_eq!((g.next_u32(), g.next_u32()), (2_746_317_213, 478_163_327));
        let (words, pos) = g.state();
        let mut h = Mt19937::from_state(*words, pos).unwrap();
        assert_eq!(h.next_u32(), g.next_u32());
        assert!(Mt19937::from_state([0; N], N + 1).is_none());
    }
}
