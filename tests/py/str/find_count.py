# find/rfind/index/rindex/count/startswith/endswith with start and end arguments
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, 5), s.rfind("a", -5, -1), s.count("a", 2, 8), s.count("", 3, 5), s.count("", 20))
print(s.index("c"), s.rindex("b"), s.index("a", 4), s.rindex("a", 0, -1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
print(s.startswith(("x", "ab")), s.endswith(("ra", "zz")), s.startswith("bra", 1), s.endswith("cad", 0, 7))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("a", -1), s.startswith(()))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
u = "ünïcödé ünï"
print(u.find("ï"), u.rfind("ï"), u.count("ü"), u.index("cö"), "🙂x🙂".count("🙂"), "🙂x🙂".rfind("🙂"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "a" * 10 + "b" in "a" * 20 + "b", "ab" not in "ba")
print("x".find("x", None, None), "hello".find("l", None, -1), "mississippi".count("ss"), "mississippi".rfind("ss"))
