//! C3 linearisation: the method resolution order of a type from its bases' MROs.
//!
//! The built-in types have single inheritance, where C3 is the chain of bases; it is
//! written out in full anyway because `class C(A, B)` computes its `__mro__` with it and
//! must fail the way CPython does ("Cannot create a consistent method resolution order
//! (MRO) for bases A, B"). The merge is generic over the item so that it can be tested
//! without type objects; items compare by identity (`Eq` on pointers).
//!
//! The algorithm: the result starts with the type itself; then repeatedly take the
//! first head (first element) of the lists [MRO(B1), ..., MRO(Bn), [B1, ..., Bn]] that
//! appears in no list's tail, append it, and remove it from the heads. If no head
//! qualifies while lists remain, the hierarchy is inconsistent.

/// The inconsistency found by [`c3_merge`]: the heads that could not be ordered, in the
/// order CPython names them in its message.
#[derive(Debug, PartialEq, Eq)]
pub struct MroConflict<T> {
    /// The remaining candidate heads, one per non-empty list, without repeats.
    pub heads: Vec<T>,
}

/// Merges `lists` (each base's MRO, then the list of bases) into one order, or reports
/// the heads left when no consistent order exists.
pub fn c3_merge<T: Copy + PartialEq>(mut lists: Vec<Vec<T>>) -> Result<Vec<T>, MroConflict<T>> {
    let mut out = Vec::new();
    // Each list is consumed from the front; keep a start index instead of shifting.
    let mut starts = vec![0usize; lists.len()];
    loop {
        let live: Vec<usize> = (0..lists.len()).filter(|&i| starts[i] < lists[i].len()).collect();
        if live.is_empty() {
            return Ok(out);
        }
        let in_a_tail = |x: T, lists: &[Vec<T>], starts: &[usize]| lists.iter().zip(starts).any(|(l, &s)| l.iter().skip(s + 1).any(|&y| y == x));
        let pick = live.iter().map(|&i| lists[i][starts[i]]).find(|&head| !in_a_tail(head, &lists, &starts));
        let Some(next) = pick else {
            let mut heads: Vec<T> = Vec::new();
            for &i in &live {
                let h = lists[i][starts[i]];
                if !heads.contains(&h) {
                    heads.push(h);
                }
            }
            return Err(MroConflict { heads });
        };
        out.push(next);
        for (l, s) in lists.iter_mut().zip(starts.iter_mut()) {
            if *s < l.len() && l[*s] == next {
                *s += 1;
            }
        }
    }
}

/// The MRO of a type `this` with bases `bases` whose own MROs are `base_mros`: `this`
/// followed by the C3 merge. `name` gives a type's `__name__` for the error message.
pub fn compute_mro<T: Copy + PartialEq>(this: T, bases: &[T], base_mros: Vec<Vec<T>>, name: impl Fn(T) -> String) -> Result<Vec<T>, String> {
    let mut lists = base_mros;
    lists.push(bases.to_vec());
    match c3_merge(lists) {
        Ok(tail) => {
            let mut mro = Vec::with_capacity(tail.len() + 1);
            mro.push(this);
            mro.extend(tail);
            Ok(mro)
        }
        Err(conflict) => {
            let names: Vec<String> = conflict.heads.into_iter().map(name).collect();
            Err(format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mro_of(this: char, bases: &[char], table: &[(char, Vec<char>)]) -> Result<Vec<char>, String> {
        let base_mros = bases.iter().map(|b| table.iter().find(|(n, _)| n == b).expect("known base").1.clone()).collect();
        compute_mro(this, bases, base_mros, |c| c.to_string())
    }

    #[test]
    fn single_inheritance_is_the_chain() {
        let table = vec![('o', vec!['o']), ('i', vec!['i', 'o'])];
        assert_eq!(mro_of('b', &['i'], &table), Ok(vec!['b', 'i', 'o']));
    }

    #[test]
    fn diamond_follows_c3() {
        // class A; class B(A); class C(A); class D(B, C) -> D B C A O
        let table = vec![('O', vec!['O']), ('A', vec!['A', 'O']), ('B', vec!['B', 'A', 'O']), ('C', vec!['C', 'A', 'O'])];
        assert_eq!(mro_of('D', &['B', 'C'], &table), Ok(vec!['D', 'B', 'C', 'A', 'O']));
    }

    #[test]
    fn wikipedia_example() {
        // O; A B C D E (O); K1(A B C); K2(D B E); K3(D A); Z(K1 K2 K3)
        let mut table = vec![('O', vec!['O'])];
        for c in ['A', 'B', 'C', 'D', 'E'] {
            table.push((c, vec![c, 'O']));
        }
        table.push(('1', vec!['1', 'A', 'B', 'C', 'O']));
        table.push(('2', vec!['2', 'D', 'B', 'E', 'O']));
        table.push(('3', vec!['3', 'D', 'A', 'O']));
        let z = mro_of('Z', &['1', '2', '3'], &table).expect("consistent");
        assert_eq!(z, vec!['Z', '1', '2', '3', 'D', 'A', 'B', 'C', 'E', 'O']);
    }

    #[test]
    fn inconsistent_order_names_the_bases_as_cpython() {
        // class A; class B(A); class C(A, B) -> "for bases A, B"
        let table = vec![('O', vec!['O']), ('A', vec!['A', 'O']), ('B', vec!['B', 'A', 'O'])];
        assert_eq!(
            mro_of('C', &['A', 'B'], &table),
            Err("Cannot create a consistent method resolution order (MRO) for bases A, B".to_string())
        );
    }
}
