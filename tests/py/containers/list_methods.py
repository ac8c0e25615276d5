# list methods: append/extend/insert/remove/pop/index/count/reverse/clear/copy
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2))
lst.extend("ab")
print(lst)
lst.insert(0, "start")
lst.insert(100, "end")
lst.insert(-1, "before-end")
lst.insert(-100, "very-start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5), lst.count(1), lst.count("zz"), lst.index(4, 1), lst.index(1, 2, 8))
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
lst.reverse()
print(lst)
c = lst.copy()
lst.clear()
print(lst, c, len(c))
x = [1, 2]
x.extend(x)
print(x)
x += x
print(x, x.count(2))
y = [[1], [2]]
z = y.copy()
z[0].append(9)
z[1] = "new"
print(y, z)
print([1, 2, 3].append(4), [0].extend([]), [3, 1].sort(), [5].reverse())
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError", e)
nums = list(range(10))
nums[2:5] = []
nums[0:0] = ["a", "b"]
nums[-1:] = [100, 200]
print(nums)
