# sorted and reversed builtins over many iterables, key functions from builtins, stability with keys
print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 7)), sorted({5, 3}), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 1, -2], key=abs), sorted(["aa", "b"], key=len, reverse=True))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]), sorted([0.1, -1, 2 ** 60, True]))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(by_age, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed(b"ab")))
print(list(reversed([])), "".join(reversed("racecar")) == "racecar", list(reversed(list(reversed([1, 2])))))
print(sorted(reversed(sorted([5, 2, 8]))), sorted(map(abs, [-5, 3, -1])), sorted(x % 3 for x in range(7)))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(1)
except TypeError as e:
    print("TypeError", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError", e)
words = "Sorting is stable so equal keys keep their original order".split()
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[0].lower()))
print(sorted(sorted(words), key=len, reverse=True))
