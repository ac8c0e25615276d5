# split, rsplit, splitlines, join, partition, rpartition
s = "  a  b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(","), "".split(), "   ".split())
print("a--b--c".split("--"), "abc".split("abc"), "x".split("x", 0), "1 2 3".split(maxsplit=1))
print("a b c d".rsplit(maxsplit=2), "a b c d".rsplit(" ", -1), "aXbXc".split(sep="X", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n\nnine"
print(lines.splitlines())
print(lines.splitlines(True))
print("trailing\n".splitlines(), "".splitlines(), "\n".splitlines(), "x\n\n".splitlines(keepends=True))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)))
print("ab".join(("1", "2", "3")), ", ".join({"k1": 1, "k2": 2}), "".join(["é", "✓", "𝄞"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError", e)
for t in ["key=value=x", "novalue", "=start", "end="]:
    print(t.partition("="), t.rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
print("a b  c".split(" "), "\u3000a\u3000b\u00a0c".split(), "x\x1fy\x1ez".split())
print("1,2;3,4".split(";")[1].split(","), "path/to/file.txt".rpartition("/")[2].partition(".")[0])
