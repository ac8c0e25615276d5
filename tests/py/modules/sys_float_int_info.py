# sys.float_info and sys.int_info fields
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi[0] == fi.max, len(fi), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2)
print(fi.min / 2 > 0, fi.min * fi.epsilon, type(fi).__name__)
ii = sys.int_info
print(ii.default_max_str_digits, ii.str_digits_check_threshold, type(ii.bits_per_digit).__name__)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.min == 2.2250738585072014e-308)
print(sys.float_info.epsilon == 2 ** -52, sys.float_info.mant_dig == 53)
print(repr(fi))
print(repr(sys.int_info).startswith("sys.int_info(bits_per_digit="), sys.int_info[2:], len(sys.int_info))
max_, min_, eps, *rest = fi
print(max_ == fi.max, eps == fi.epsilon, len(rest), fi[-1], fi[:3] == (fi.max, fi.max_exp, fi.max_10_exp))
print(isinstance(fi, tuple), fi.index(fi.radix) if fi.radix in fi else None, fi.count(2))
try:
    fi.max = 1.0
except AttributeError:
    print("AttributeError: read-only")
print(sys.float_info.max_10_exp == 308, 10.0 ** sys.float_info.max_10_exp, sys.float_info.min / 2 ** 52)
print(2.0 ** sys.float_info.min_exp, 2.0 ** (sys.float_info.min_exp - 1), 2.0 ** (sys.float_info.max_exp - 1))
for attr in ("max", "min", "epsilon", "dig", "mant_dig"):
    print(attr, getattr(sys.float_info, attr))
