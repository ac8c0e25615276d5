//! The float functions of the `math` module with CPython's special values and errors.
//!
//! CPython wraps the C library (`math_1`, `math_1a`, `math_2` in `Modules/mathmodule.c`) and
//! turns IEEE outcomes into exceptions: a nan from non-nan input is a domain error
//! (`ValueError`), an infinity from finite input is a range error (`OverflowError`) for
//! functions that can overflow and a domain error at singularities. It also replaces libm
//! where platforms disagree: `gamma`/`lgamma` (Lanczos approximation, N=13,
//! g=6.024680040776729583740234375, with the reflection formula), `remainder`, `hypot`/`dist`
//! (scaled, compensated vector norm with a square-root correction), `pow`'s special values,
//! `nextafter` with `steps`, `ulp`, `fmod`, `modf`, `frexp`, `ldexp`.
//!
//! Results come from the same operations in the same order, so they are bit-identical to
//! CPython on the same libm (glibc here: Rust's `sin`, `exp`, `ln`, ... call it; `asinh`,
//! `acosh`, `atanh`, `erf`, `erfc`, `cbrt` and `ldexp` are called through `extern "C"`
//! because Rust's std computes them itself, slightly differently, or lacks them). The tests compare values with python3.
//!
//! Messages: 3.14 gives several domain errors the argument (`expected a nonnegative input, got
//! -1.0`); the texts here were read from the 3.14 `mathmodule.c` (not run: no 3.14 binary is
//! installed), the rest say `math domain error` / `math range error` as before.

use super::float_repr::repr;
use super::{ErrorKind, NumError, NumResult};

mod libm {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn ldexp(x: f64, exp: i32) -> f64;
    }

    // Rust's compiler_builtins defines its own local `cbrt`, which shadows glibc's for every
    // reference in this binary. glibc exports the same function under its `_Float64` alias
    // (since 2.27), which nothing shadows.
    #[cfg(target_env = "gnu")]
    extern "C" {
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
    }

    /// Portable stand-in where glibc is not the C library.
    #[cfg(not(target_env = "gnu"))]
    pub unsafe fn cbrt(x: f64) -> f64 {
        x.cbrt()
    }
}

fn domain() -> NumError {
    NumError::value("math domain error")
}

fn range() -> NumError {
    NumError::overflow("math range error")
}

fn domain_with(template: &str, x: f64) -> NumError {
    NumError::value(template.replace("%s", &repr(x)))
}

/// CPython's `math_1`: classify the libm result.
fn math_1(x: f64, f: impl Fn(f64) -> f64, can_overflow: bool, message: Option<&str>) -> NumResult<f64> {
    let r = f(x);
    let dom = || message.map_or_else(domain, |m| domain_with(m, x));
    if r.is_nan() && !x.is_nan() {
        return Err(dom());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { dom() });
    }
    Ok(r)
}

/// CPython's `math_2`: nan from non-nan inputs is a domain error, an infinity from finite
/// inputs a range error.
fn math_2(x: f64, y: f64, f: impl Fn(f64, f64) -> f64) -> NumResult<f64> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(r)
}

const FINITE: &str = "expected a finite input, got %s";
const UNIT_RANGE: &str = "expected a number in range from -1 up to 1, got %s";

/// `math.sqrt`
pub fn sqrt(x: f64) -> NumResult<f64> {
    math_1(x, f64::sqrt, false, Some("expected a nonnegative input, got %s"))
}
/// `math.sin`
pub fn sin(x: f64) -> NumResult<f64> {
    math_1(x, f64::sin, false, Some(FINITE))
}
/// `math.cos`
pub fn cos(x: f64) -> NumResult<f64> {
    math_1(x, f64::cos, false, Some(FINITE))
}
/// `math.tan`
pub fn tan(x: f64) -> NumResult<f64> {
    math_1(x, f64::tan, false, Some(FINITE))
}
/// `math.asin`
pub fn asin(x: f64) -> NumResult<f64> {
    math_1(x, f64::asin, false, Some(UNIT_RANGE))
}
/// `math.acos`
pub fn acos(x: f64) -> NumResult<f64> {
    math_1(x, f64::acos, false, Some(UNIT_RANGE))
}
/// `math.atan`
pub fn atan(x: f64) -> NumResult<f64> {
    math_1(x, f64::atan, false, None)
}
/// `math.sinh`
pub fn sinh(x: f64) -> NumResult<f64> {
    math_1(x, f64::sinh, true, None)
}
/// `math.cosh`
pub fn cosh(x: f64) -> NumResult<f64> {
    math_1(x, f64::cosh, true, None)
}
/// `math.tanh`
pub fn tanh(x: f64) -> NumResult<f64> {
    math_1(x, f64::tanh, false, None)
}
/// `math.asinh`
pub fn asinh(x: f64) -> NumResult<f64> {
    // SAFETY: a C99 libm function of one double; no pointers, no preconditions.
    math_1(x, |v| unsafe { libm::asinh(v) }, false, None)
}
/// `math.acosh`
pub fn acosh(x: f64) -> NumResult<f64> {
    // SAFETY: a C99 libm function of one double; no pointers, no preconditions.
    math_1(x, |v| unsafe { libm::acosh(v) }, false, Some("expected argument value not less than 1, got %s"))
}
/// `math.atanh`
pub fn atanh(x: f64) -> NumResult<f64> {
    // SAFETY: a C99 libm function of one double; no pointers, no preconditions.
    math_1(x, |v| unsafe { libm::atanh(v) }, false, Some("expected a number between -1 and 1, got %s"))
}
/// `math.exp`
pub fn exp(x: f64) -> NumResult<f64> {
    math_1(x, f64::exp, true, None)
}
/// `math.exp2`
pub fn exp2(x: f64) -> NumResult<f64> {
    math_1(x, f64::exp2, true, None)
}
/// `math.expm1`
pub fn expm1(x: f64) -> NumResult<f64> {
    math_1(x, f64::exp_m1, true, None)
}
/// `math.log1p`
pub fn log1p(x: f64) -> NumResult<f64> {
    math_1(x, f64::ln_1p, false, Some("expected argument value > -1, got %s"))
}
/// `math.cbrt`
pub fn cbrt(x: f64) -> f64 {
    // Rust's `f64::cbrt` is not glibc's and differs in the last bit for some inputs.
    // SAFETY: a libm function of one double; no pointers, no preconditions.
    unsafe { libm::cbrt(x) }
}
/// `math.fabs`
pub fn fabs(x: f64) -> f64 {
    x.abs()
}
/// `math.degrees`
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}
/// `math.radians`
pub fn radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}
/// `math.erf` (never fails)
pub fn erf(x: f64) -> f64 {
    // SAFETY: a C99 libm function of one double; no pointers, no preconditions.
    unsafe { libm::erf(x) }
}
/// `math.erfc` (never fails)
pub fn erfc(x: f64) -> f64 {
    // SAFETY: a C99 libm function of one double; no pointers, no preconditions.
    unsafe { libm::erfc(x) }
}

/// Which logarithm: `math.log` (natural), `log2`, `log10`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogBase {
    /// natural
    E,
    /// base 2
    Two,
    /// base 10
    Ten,
}

impl LogBase {
    /// The underlying libm function for positive finite input.
    pub fn apply(self, x: f64) -> f64 {
        match self {
            LogBase::E => x.ln(),
            LogBase::Two => x.log2(),
            LogBase::Ten => x.log10(),
        }
    }
}

/// `math.log(x)`, `math.log2(x)`, `math.log10(x)` of a float (ints go through
/// [`super::int_math::int_log`] and raise `expected a positive input` without the value).
pub fn log(x: f64, base: LogBase) -> NumResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        return Ok(base.apply(x));
    }
    Err(domain_with("expected a positive input, got %s", x))
}

/// `math.log(x, b)` once both logs are computed: CPython divides them as floats.
pub fn log_ratio(num: f64, den: f64) -> NumResult<f64> {
    if den == 0.0 {
        return Err(NumError::division_by_zero());
    }
    Ok(num / den)
}

/// `math.atan2(y, x)`
pub fn atan2(y: f64, x: f64) -> NumResult<f64> {
    math_2(y, x, f64::atan2)
}

/// `math.copysign(x, y)`
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fmod(x, y)`: C's fmod, but `fmod(x, ±inf) == x` for finite x.
pub fn fmod(x: f64, y: f64) -> NumResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE remainder, exact, ties to the even multiple.
pub fn remainder(x: f64, y: f64) -> NumResult<f64> {
    math_2(x, y, ieee_remainder)
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        // Compare m with ay - m rather than with ay/2 (which may not be representable).
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.pow(x, y)`: C99 special values handled directly, `ValueError` for a negative base
/// with a non-integral exponent and for zero to a negative power, `OverflowError` on overflow.
pub fn pow(x: f64, y: f64) -> NumResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math.frexp(x)`: `(m, e)` with `0.5 <= |m| < 1`; zero, inf and nan give `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // * 2**54
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), biased - 1022)
}

/// `math.ldexp(x, i)` (the caller clamps huge `i` to `i64::MIN`/`MAX`).
pub fn ldexp(x: f64, i: i64) -> NumResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i64::from(i32::MAX) {
        return Err(range());
    }
    if i < i64::from(i32::MIN) {
        return Ok(0f64.copysign(x));
    }
    // SAFETY: C99 `ldexp` takes a double and an int (range checked above); no pointers.
    let r = unsafe { libm::ldexp(x, i as i32) };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.modf(x)`: `(fraction, integer part)`, both with the sign of x.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// `math.isclose(a, b, rel_tol, abs_tol)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> NumResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(NumError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.nextafter(x, y, steps=steps)` (`None` = one step). A negative step count is the
/// caller's `ValueError: steps must be a non-negative integer`; huge counts saturate.
pub fn nextafter(x: f64, y: f64, steps: Option<u64>) -> f64 {
    let Some(steps) = steps else { return next_toward(x, y) };
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    if x == y {
        // +0.0 and -0.0: C's nextafter returns y.
        return y;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps { f64::from_bits(ux - steps) } else { y }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

/// C99 `nextafter`: one step from `x` toward `y` (`y` itself when they are equal; from a
/// zero, the smallest subnormal with `y`'s sign).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    if (x < y) == (x > 0.0) {
        f64::from_bits(bits + 1)
    } else {
        f64::from_bits(bits - 1)
    }
}

/// `math.ulp(x)`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY, None);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY, None);
    }
    up - x
}

/// `math.fma(x, y, z)` (3.13+).
pub fn fma(x: f64, y: f64, z: f64) -> NumResult<f64> {
    let r = x.mul_add(y, z);
    if r.is_finite() {
        return Ok(r);
    }
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() && !z.is_nan() {
            return Err(NumError::value("invalid operation in fma"));
        }
    } else if x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(NumError::overflow("overflow in fma"));
    }
    Ok(r)
}

/// `math.hypot(*coordinates)`: the accurate vector norm.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let mut v: Vec<f64> = Vec::with_capacity(coordinates.len());
    for &c in coordinates {
        let a = c.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
        v.push(a);
    }
    vector_norm(&mut v, max, found_nan)
}

/// `math.dist(p, q)` for equal-length coordinate lists (the caller checks the lengths:
/// `ValueError: both points must have the same number of dimensions`).
pub fn dist(p: &[f64], q: &[f64]) -> f64 {
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| a - b).collect();
    hypot(&diffs)
}

/// Error-free product: `x*y = hi + lo` exactly.
fn two_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// Error-free sum when `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, (a - s) + b)
}

/// sqrt(sum of squares) of non-negative finite values with max `max`: scaled by a power of
/// two into [0.5, 1), squared exactly, summed with compensation, then one Newton correction
/// of the square root.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormal max: scale everything up by 1/DBL_MIN first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    // 2**-max_e: subnormal (but exact) when max is in the top binade.
    let k = -max_e;
    let scale = if k >= -1022 { f64::from_bits(((k + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (k + 1074)) };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (sq_hi, sq_lo) = two_product(x, x);
        let (s, s_lo) = fast_two_sum(csum, sq_hi);
        csum = s;
        frac1 += sq_lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (p_hi, p_lo) = two_product(-h, h);
    let (s, s_lo) = fast_two_sum(csum, p_hi);
    csum = s;
    frac1 += p_lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

// ---------------------------------------------------------------------------------------
// gamma and lgamma (CPython's own implementation, not libm's)

// The published digits are kept; the compiler rounds them to the nearest double.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
// The published digits are kept; the compiler rounds them to the nearest double.
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
// The published digits are kept; the compiler rounds them to the nearest double.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// Denominator x*(x+1)*...*(x+11) as polynomial coefficients.
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39_916_800.0, 120_543_840.0, 150_917_976.0, 105_258_076.0, 45_995_730.0, 13_339_535.0,
    2_637_558.0, 357_423.0, 32_670.0, 1_925.0, 66.0, 1.0,
];
// The published digits are kept; the compiler rounds them to the nearest double.
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// Lanczos' sum L_g(x) for x > 0, as a rational function (in 1/x for large x, to avoid
/// overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers (for the reflection formula). x finite.
fn sin_pi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Outcome of a gamma evaluation: the value and C's errno class.
enum GammaOutcome {
    Ok(f64),
    Domain,
    Range(f64),
}

fn gamma_outcome(x: f64) -> GammaOutcome {
    use GammaOutcome::*;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Domain };
    }
    if x == 0.0 {
        return Domain;
    }
    if x == x.floor() {
        if x < 0.0 {
            return Domain;
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as u32) {
                f *= f64::from(k);
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Range(r) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sin_pi(x)) } else { Range(f64::INFINITY) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // Error in computing y, for the correction factor.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() { Range(r) } else { Ok(r) }
}

fn lgamma_outcome(x: f64) -> GammaOutcome {
    use GammaOutcome::*;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Domain } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { Range(r) } else { Ok(r) }
}

const GAMMA_DOMAIN: &str = "expected a noninteger or positive integer, got %s";

/// CPython's `math_1a` error mapping for gamma-style results.
fn gamma_result(x: f64, outcome: GammaOutcome) -> NumResult<f64> {
    match outcome {
        GammaOutcome::Ok(v) => Ok(v),
        GammaOutcome::Domain => Err(domain_with(GAMMA_DOMAIN, x)),
        // ERANGE is ignored for results below 1.5 in magnitude (underflow).
        GammaOutcome::Range(v) if v.abs() < 1.5 => Ok(v),
        GammaOutcome::Range(_) => Err(NumError::new(ErrorKind::Overflow, "math range error")),
    }
}

/// `math.gamma(x)`
pub fn gamma(x: f64) -> NumResult<f64> {
    gamma_result(x, gamma_outcome(x))
}

/// `math.lgamma(x)`
pub fn lgamma(x: f64) -> NumResult<f64> {
    gamma_result(x, lgamma_outcome(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pytest::{python, python_exe};

    /// python3.13 when installed (`fma` and `nextafter(steps=)` need 3.12+), else python3.
    fn python_lines(prog: &str) -> Vec<String> {
        let exe = "/root/.pyenv/versions/3.13.0/bin/python3";
        let out = if std::path::Path::new(exe).exists() { python_exe(exe, prog) } else { python(prog) };
        out.lines().map(str::to_string).collect()
    }

    fn inputs() -> Vec<f64> {
        let mut xs = vec![
            0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.0, 3.0, 10.0, -10.5, 0.1, 1e-300, -1e-300, 1e-25,
            100.0, 171.5, 172.0, 200.5, -200.5, 710.0, -710.0, 1e300, -1e300, 5e-324, 0.9999999, 1.0000001,
            f64::INFINITY, f64::NEG_INFINITY, f64::NAN, std::f64::consts::PI, 22.0, 23.0, 24.0, -3.5, 140.5, 141.0,
        ];
        let mut s: u64 = 77;
        for _ in 0..120 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            xs.push(((s % 4_000_000) as f64 - 2_000_000.0) / 10_000.0);
            xs.push(f64::from_bits(s >> 1) * if s & 1 == 1 { -1.0 } else { 1.0 });
        }
        xs.retain(|x| !x.is_nan() || x.to_bits() == f64::NAN.to_bits());
        xs
    }

    /// Results as python prints them; errors by class only (3.13's messages differ from 3.14's).
    fn show(r: NumResult<f64>) -> String {
        match r {
            Ok(v) => repr(v),
            Err(e) => e.class_name().to_string(),
        }
    }

    #[test]
    fn one_argument_functions_match_python() {
        let xs = inputs();
        let names = [
            "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
            "exp", "exp2", "expm1", "log1p", "cbrt", "erf", "erfc", "gamma", "lgamma", "log", "log2", "log10",
            "fabs", "degrees", "radians", "ulp",
        ];
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "import math\nfor x in [{list}]:\n  r=[]\n  for f in {names:?}:\n    \
               try: r.append(repr(getattr(math,f)(x)))\n    \
               except Exception as e: r.append(type(e).__name__)\n  print(' '.join(r))"
        ));
        let mut failures = Vec::new();
        for (x, want) in xs.iter().zip(&py) {
            let x = *x;
            let got = [
                show(sqrt(x)),
                show(sin(x)),
                show(cos(x)),
                show(tan(x)),
                show(asin(x)),
                show(acos(x)),
                show(atan(x)),
                show(sinh(x)),
                show(cosh(x)),
                show(tanh(x)),
                show(asinh(x)),
                show(acosh(x)),
                show(atanh(x)),
                show(exp(x)),
                show(exp2(x)),
                show(expm1(x)),
                show(log1p(x)),
                repr(cbrt(x)),
                repr(erf(x)),
                repr(erfc(x)),
                show(gamma(x)),
                show(lgamma(x)),
                show(log(x, LogBase::E)),
                show(log(x, LogBase::Two)),
                show(log(x, LogBase::Ten)),
                repr(fabs(x)),
                repr(degrees(x)),
                repr(radians(x)),
                repr(ulp(x)),
            ]
            .join(" ");
            if &got != want {
                failures.push(format!("x={}:\n  got  {got}\n  want {want}", repr(x)));
            }
        }
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(8)].join("\n"));
    }

    #[test]
    fn two_argument_functions_match_python() {
        let xs: Vec<f64> = vec![
            0.0, -0.0, 1.0, -1.0, 2.5, -7.5, 0.5, 3.0, 1e308, -1e-308, 5e-324, f64::INFINITY, f64::NEG_INFINITY, f64::NAN,
            10.0, 1e-10, 123456.789, -3.0,
        ];
        let list = xs.iter().map(|v| format!("float('{}')", repr(*v))).collect::<Vec<_>>().join(",");
        let py = python_lines(&format!(
            "import math\nxs=[{list}]\n\
             def f(g):\n  \
               try: return repr(g())\n  \
               except Exception as e: return type(e).__name__\n\
             for x in xs:\n  for y in xs:\n    \
               print(f(lambda: math.atan2(x,y)), f(lambda: math.fmod(x,y)), f(lambda: math.remainder(x,y)), \
             f(lambda: math.pow(x,y)), f(lambda: math.hypot(x,y)), f(lambda: math.copysign(x,y)), \
             f(lambda: math.nextafter(x,y)), f(lambda: math.nextafter(x,y,steps=3)), f(lambda: math.isclose(x,y)), \
             f(lambda: math.fma(x,y,1.5)), f(lambda: math.dist((x,1.0,y),(0.5,y,-2.0))), f(lambda: math.ldexp(x, int(y) if math.isfinite(y) and abs(y) < 1e6 else 7)))"
        ));
        let mut failures = Vec::new();
        let mut k = 0;
        for &x in &xs {
            for &y in &xs {
                let exp_i = if y.is_finite() && y.abs() < 1e6 { y.trunc() as i64 } else { 7 };
                let got = [
                    show(atan2(x, y)),
                    show(fmod(x, y)),
                    show(remainder(x, y)),
                    show(pow(x, y)),
                    repr(hypot(&[x, y])),
                    repr(copysign(x, y)),
                    repr(nextafter(x, y, None)),
                    repr(nextafter(x, y, Some(3))),
                    (if isclose(x, y, 1e-9, 0.0).unwrap() { "True" } else { "False" }).to_string(),
                    show(fma(x, y, 1.5)),
                    repr(dist(&[x, 1.0, y], &[0.5, y, -2.0])),
                    show(ldexp(x, exp_i)),
                ]
                .join(" ");
                if got != py[k] {
                    failures.push(format!("x={} y={}:\n  got  {got}\n  want {}", repr(x), repr(y), py[k]));
                }
                k += 1;
            }
        }
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(8)].join("\n"));
    }

    #[test]
    fn frexp_modf_and_3_14_messages() {
        let py = python_lines(
            "import math\nfor x in [0.0,-0.0,1.0,-3.5,5e-324,1e308,float('inf'),float('-inf')]: print(math.frexp(x), math.modf(x))",
        );
        for (i, x) in [0.0, -0.0, 1.0, -3.5, 5e-324, 1e308, f64::INFINITY, f64::NEG_INFINITY].iter().enumerate() {
            let (m, e) = frexp(*x);
            let (fr, ip) = modf(*x);
            assert_eq!(format!("({}, {e}) ({}, {})", repr(m), repr(fr), repr(ip)), py[i]);
        }
        // 3.14 texts (from the 3.14 mathmodule.c; not run).
        assert_eq!(sqrt(-1.0).unwrap_err().message, "expected a nonnegative input, got -1.0");
        assert_eq!(sin(f64::INFINITY).unwrap_err().message, "expected a finite input, got inf");
        assert_eq!(asin(2.0).unwrap_err().message, "expected a number in range from -1 up to 1, got 2.0");
        assert_eq!(atanh(1.0).unwrap_err().message, "expected a number between -1 and 1, got 1.0");
        assert_eq!(acosh(0.0).unwrap_err().message, "expected argument value not less than 1, got 0.0");
        assert_eq!(log1p(-1.0).unwrap_err().message, "expected argument value > -1, got -1.0");
        assert_eq!(gamma(0.0).unwrap_err().message, "expected a noninteger or positive integer, got 0.0");
        assert_eq!(log(0.0, LogBase::E).unwrap_err().message, "expected a positive input, got 0.0");
        assert_eq!(exp(1000.0).unwrap_err().message, "math range error");
        assert_eq!(isclose(1.0, 1.0, -1.0, 0.0).unwrap_err().message, "tolerances must be non-negative");
        assert_eq!(log_ratio(1.0, 0.0).unwrap_err().kind, ErrorKind::ZeroDivision);
        assert_eq!(nextafter(1.0, 2.0, Some(u64::MAX)), 2.0);
    }
}
