import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"))

t = Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bo"), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = Template("line one\nhere is $ bad")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print(e)
try:
    Template("${a b}").substitute(a=1)
except ValueError as e:
    print(e)
try:
    Template("end $").substitute()
except ValueError as e:
    print(e)
print(Template("$a$b ${c}d $1").safe_substitute(a=1, b=2, c=3))
print(Template("$x.y $x_y $X").safe_substitute(x="X", X="big"))
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %% %{age}").substitute(name="al", age=3))

f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "ab", "-"), f.format("{x!r:>6}|{y:.2f}", x="s", y=3.14159))
print(f.format("{p.real} {d[k]} {l[1]}", p=3 + 4j, d={"k": "v"}, l=[7, 8]))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=3), f.format("{{literal}} {}", 5))
print(list(f.parse("a{{b}}c{x!s:>3}d{}e")))
print(list(f.parse("plain")), list(f.parse("")))
for bad_fmt in ["{", "}", "{0!x}", "{}{0}", "{0}{}", "{0!r x}", "{a.}", "{a[}"]:
    try:
        print(f.format(bad_fmt, 1, a=2))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{} and {missing} and {k}", "abc", k="val"))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)
