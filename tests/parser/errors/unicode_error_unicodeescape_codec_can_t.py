s = "\N{foo"
