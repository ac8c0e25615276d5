# f-strings: expressions, conversions, format specs, nesting, self-documenting =, escapes
name, n, pi = "world", 42, 3.14159
print(f"hello {name}!", f"{n + 1}", f"{n * 2:>6}", f"{pi:.2f}", f"{name!r}", f"{name!a:>10}")
print(f"{{braces}}", f"{{{n}}}", f"{'nested' + ' quotes'}", f'{"double"}', f"{[1, 2][0]}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{pi:{'>'}{width}}|", f"{n:{'#x'}}")
print(f"{n=}", f"{pi=:.1f}", f"{name = }", f"{n + 1 = }", f"{name=!s}")
d = {"k": "v", "n": 5}
print(f"{d['k']}", f"{d['n'] ** 2}", f"{len(d)}", f"{'yes' if d else 'no'}")
print(f"{(lambda x: x * 2)(21)}", f"{[i * i for i in range(4)]}", f"{ {1: 2} }", f"{ {'a', } if False else 3}")
print(f"multi {n} and {name} and {pi:.1e} and {n:b}")
print(f"{n!s:*^9}", f"{3.0!r}", f"{'é'!a}", f"{None}", f"{True:>5}", f"{-0.0}")
x = 5
print(f"{x:0{width}d}", f"{x:{width}}", f"{'abc':.{2}}", f"{x!r:^{width}}|")
print(f"""triple {x}
second line {x * 2}""")
print(f"tab\t{x}\\n", rf"raw\n{x}", fr"{x}\t", F"{x}", f"\N{BULLET} {x}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items!r}", f"{len(items):03}", f"{items[-1].upper()}")
print(f"{f'{x}'}", f"{f'{x + 1}'}", f"{'{}'.format(x)}")
print(f"{3 > 2}", f"{2 ** 10:,}", f"{1e6:,.0f}", f"{0.5:%}", f"{-7 // 2}", f"{x % 3}")
def g():
    return "called"
print(f"{g()}", f"{g()!r}", f"{g.__name__}", f"{'x':>{x}}")
print(f"{'a' 'b'}", f"{x}" f"{x}", "plain" f"{x}", f"" == "", f"{x:}")
print(f"{12345678:_}", f"{255:#010b}", f"{1+2j}", f"{1+2j:.1f}", f"{b'bytes'}", f"{b'x'!r}")
