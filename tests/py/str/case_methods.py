# case conversion methods, including non-ASCII and special casing
words = ["hello world", "HELLO", "hElLo WoRlD", "straße", "ǅemal", "ΣΑΣ", "İstanbul",
         "ﬁre", "123abc", "", "o'neil's dog-eat-dog", "µ", "ß"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print("they're bill's friends".title(), "123 go".title(), "a1b2".title())
print("Hello".casefold() == "hELLO".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("ŉ".upper(), len("ŉ".upper()), "ǰ".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()))
print("ΑΣ".lower(), "ΑΣ ΑΣ".lower(), "Σ".lower())
print("aBc".islower(), "abc".islower(), "ABC".isupper(), "Abc Def".istitle(), "Abc def".istitle())
print("123".islower(), "a123".islower(), "".isupper(), "ǅ".istitle(), "ǅ".isupper())
