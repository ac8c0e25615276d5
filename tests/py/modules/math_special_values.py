# math functions at special values: inf, nan, signed zeros, and which raise (type only: 3.14 reworded messages)
import math
inf, nan = math.inf, math.nan
print(math.exp(inf), math.exp(-inf), math.log(inf), math.sqrt(inf), math.atan(inf), math.atan(-inf), math.tanh(-inf))
print(math.isnan(math.sin(nan)), math.isnan(math.sqrt(nan)), math.floor(-0.5), math.copysign(1.0, math.sqrt(-0.0)))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.atan2(inf, inf), math.atan2(-inf, -inf), math.fabs(-inf))
print(math.fmod(0.0, 1), math.fmod(-0.0, 1), math.ceil(-0.5), math.trunc(-0.9), math.modf(inf), math.modf(-inf))
print(math.frexp(inf), math.frexp(0.0), math.ldexp(inf, 5), math.ldexp(0.0, 1000), math.exp(-1000), math.expm1(-inf))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.pow(nan, 0), math.pow(1, nan))
cases = [("sqrt", lambda: math.sqrt(-1)), ("log", lambda: math.log(0)), ("log-neg", lambda: math.log(-1)),
         ("log10", lambda: math.log10(0)), ("log2", lambda: math.log2(-2)), ("acos", lambda: math.acos(2)),
         ("asin", lambda: math.asin(-2)), ("atanh", lambda: math.atanh(1)), ("acosh", lambda: math.acosh(0)),
         ("log1p", lambda: math.log1p(-1)), ("sin-inf", lambda: math.sin(inf)), ("cos-inf", lambda: math.cos(-inf)),
         ("gamma0", lambda: math.gamma(0)), ("gamma-neg", lambda: math.gamma(-2)), ("fmod", lambda: math.fmod(1, 0)),
         ("pow", lambda: math.pow(0, -1)), ("exp-big", lambda: math.exp(1000)), ("pow-big", lambda: math.pow(10, 400)),
         ("cosh", lambda: math.cosh(1000)), ("ldexp", lambda: math.ldexp(1.0, 2000)), ("floor-inf", lambda: math.floor(inf)),
         ("ceil-nan", lambda: math.ceil(nan)), ("str-arg", lambda: math.sqrt("4"))]
for name, call in cases:
    try:
        print(name, "no error", call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__)
