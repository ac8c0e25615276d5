//! Callable objects: Python functions, built-in functions and methods, bound methods and
//! closure cells (`function`). Generator objects are run by `interp::generator`.

pub mod function;
