//! The Mersenne Twister (MT19937) exactly as CPython's `_random` module runs it, so that
//! `random.seed(x)` gives the same numbers as CPython for the same `x`.
//!
//! The generator is the reference algorithm of Matsumoto and Nishimura (624 words of
//! state, the twist with `0x9908b0df`, the four-step temper). What makes the streams match
//! CPython's is the seeding: every seed becomes an array of 32-bit words (least
//! significant first) fed to `init_by_array`, and `random()` builds its 53-bit float from
//! two draws (27 high bits, then 26). Facts: shared/notes/cpython-numbers-and-containers.md
//! §1.

/// Words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One generator.
#[derive(Clone)]
pub struct Mt19937 {
    /// The state words.
    pub mt: [u32; N],
    /// The next word to temper; `N` means "twist first".
    pub index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        let mut g = Mt19937 { mt: [0; N], index: N + 1 };
        g.init_by_array(&[0]);
        g
    }
}

impl Mt19937 {
    /// Seeds from one word (`init_genrand`).
    pub fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of words (`init_by_array`), as every Python seed is.
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let key_len = key.len().max(1);
        for _ in 0..N.max(key_len) {
            let prev = self.mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(k).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`random()`).
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` as little-endian 32-bit words (the first word drawn is the least
    /// significant; the last keeps only its top `k % 32` bits).
    pub fn bits_words(&mut self, mut k: u64) -> Vec<u32> {
        let mut out = Vec::with_capacity(k.div_ceil(32) as usize);
        while k > 0 {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            out.push(r);
            k = k.saturating_sub(32);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_42_matches_cpython() {
        let mut g = Mt19937::default();
        g.init_by_array(&[42]);
        assert_eq!(g.next_u32(), 2_746_317_213);
        assert_eq!(g.next_u32(), 478_163_327);
        let mut g = Mt19937::default();
        g.init_by_array(&[42]);
        assert_eq!(g.next_f64(), 0.6394267984578837);
        assert_eq!(g.next_f64(), 0.025010755222666936);
        let mut g = Mt19937::default();
        g.init_by_array(&[0]);
        assert_eq!(g.next_f64(), 0.8444218515250481);
    }

    #[test]
    fn getrandbits_words_put_the_first_draw_lowest() {
        let mut g = Mt19937::default();
        g.init_by_array(&[42]);
        let w = g.bits_words(40);
        assert_eq!((u64::from(w[1]) << 32) | u64::from(w[0]), 0x1c_a3b1_799d);
    }
}
