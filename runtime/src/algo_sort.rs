//! A stable merge sort with a fallible-friendly "less than" predicate.
//!
//! `slice::sort_by` may panic when the comparison is not a total order (NaN floats,
//! user `__lt__`), which Python code produces routinely; this sort never panics and
//! never reads out of bounds whatever the predicate answers. It is the placeholder
//! until the Timsort in `crate::algo` lands, and keeps the same contract.

/// Sorts `v` stably: `later_later_is_less(a, b)` answers "is b < a" (b must move before a).
pub fn merge_sort<T: Clone>(v: &mut [T], later_is_less: &mut dyn FnMut(&T, &T) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort small runs, then merge bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && later_is_less(&v[j - 1], &v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when it is strictly less (stability).
                    if later_is_less(&v[i], &v[j]) {
                        buf.push(v[j].clone());
                        j += 1;
                    } else {
                        buf.push(v[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::merge_sort;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(i32, usize)> = [5, 3, 5, 1, 3, 9, 0, 5].iter().copied().enumerate().map(|(i, k)| (k, i)).collect();
        for n in 0..40 {
            v.push(((n * 7) % 11, 100 + n as usize));
        }
        merge_sort(&mut v, &mut |b, a| a.0 < b.0);
        for w in v.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
    }
}
