//! `str` and everything built on it: the type and its text storage (`str`), the methods
//! (`str_methods`, `str_methods_case`, and `str_surrogates` for strings holding lone
//! surrogates), code-point indexing of non-ASCII text (`str_index_cache`), `format()`,
//! `str.format` and `%` (`str_format`), the argument unpacking the str and bytes methods
//! share (`method_args`), and PEP 750 templates (`template`).

pub mod method_args;
pub mod str;
pub mod str_format;
pub mod str_index_cache;
pub mod str_methods;
pub mod str_methods_case;
pub mod str_surrogates;
pub mod template;
