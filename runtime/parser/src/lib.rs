//! braid-parser: Python 3.14 source -> tokens -> AST with CPython positions.
