# str(int) and int(str) limit of 4300 digits (sys.set_int_max_str_digits)
import sys
print(sys.get_int_max_str_digits())
ok = 10 ** 4299
print(len(str(ok)))
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError on str")
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError on int")
print(len(str(int("9" * 4300))))
print(len(hex(big)), hex(big)[:12])
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 640)
except ValueError:
    print("ValueError at 641 digits")
print(len(repr(10 ** 639)))
print(int("1" * 640) % 1000)
print(int("1" * 2000, 16) % 1000)
sys.set_int_max_str_digits(4300)
print(len(f"{10 ** 4299}"), len("%d" % 10 ** 4299))
try:
    f"{10 ** 4300}"
except ValueError:
    print("ValueError in f-string")
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
