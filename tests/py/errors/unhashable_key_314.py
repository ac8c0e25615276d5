# expected: hand-written (3.14 wraps unhashable-key errors at dict boundaries)
cache = {}
cache[(1, 2)] = "tuple ok"
print(cache)
cache[[1, 2]] = "list fails"
