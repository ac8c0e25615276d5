//! The `braid` command line. Parses options the way CPython does and wires the runtime.

fn main() {
    eprintln!("braid: nothing implemented yet");
    std::process::exit(2);
}
