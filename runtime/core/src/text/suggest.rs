//! "Did you mean" suggestions for `NameError`, `AttributeError` and `ImportError`, computed
//! exactly as CPython 3.13/3.14 does (`Python/suggestions.c`, which `traceback.py` calls
//! through `_suggestions._generate_suggestions`).
//!
//! The distance is Levenshtein over the UTF-8 bytes of the names, with cost 2 for insert,
//! delete and substitute and cost 1 for a substitution that only changes ASCII case. A
//! candidate is accepted when its distance is at most `(len(a) + len(b) + 3) * 2 // 6`
//! (byte lengths: "no more than a third of the characters change") and strictly better than
//! the best so far, so the first of equally good candidates wins. Nothing is suggested from
//! 750 candidates or more, and names longer than 40 bytes after trimming their common prefix
//! and suffix never match. Choosing the candidate list (locals + globals + builtins, `dir()`,
//! dropping `_private` names) is the caller's business.

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted Levenshtein distance between `a` and `b`, or any value above `max_cost` once the
/// distance is known to exceed it.
pub fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix: row[i] = cost(b[..b_index], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &b_char) in b.iter().enumerate() {
        let mut diagonal = b_index * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(b_char, a_char);
            diagonal = row[index];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate CPython would suggest for the unknown name `wrong`, if any.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        if candidate == wrong {
            continue;
        }
        let mut max_distance = (wrong.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, best_distance)) = best {
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(wrong.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, best_distance)| distance < best_distance) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(name, _)| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, enc, py_str, python};

    #[test]
    fn documented_examples() {
        assert_eq!(suggest("x", ["xy"]), Some("xy".to_owned()));
        assert_eq!(suggest("ab", ["ba"]), None);
        assert_eq!(suggest("ab", ["Ab"]), Some("Ab".to_owned()));
        assert_eq!(
            suggest("prnt", ["print", "len", "repr"]),
            Some("print".to_owned())
        );
        assert_eq!(
            suggest("uper", ["lower", "upper", "split"]),
            Some("upper".to_owned())
        );
        assert_eq!(suggest("same", ["same"]), None);
        // The C implementation CPython 3.13+ runs has no 40-char cap on the wrong name itself
        // (only on what remains after trimming common affixes), unlike traceback.py's
        // pure-Python fallback; expected values from 3.13's _suggestions.
        let long_a = format!("{}x", "a".repeat(41));
        let long_b = format!("{}y", "a".repeat(41));
        assert_eq!(suggest(&long_a, [long_b.as_str()]), Some(long_b.clone()));
        let bs45 = "b".repeat(45);
        let bs44 = "b".repeat(44);
        assert_eq!(suggest(&bs45, [bs44.as_str()]), Some(bs44.clone()));
        let many: Vec<String> = (0..749).map(|i| format!("a{i}")).collect();
        let mut names: Vec<&str> = many.iter().map(String::as_str).collect();
        names.push("abcd");
        assert_eq!(suggest("abce", names.iter().copied()), None);
        names.remove(0);
        assert_eq!(
            suggest("abce", names.iter().copied()),
            Some("abcd".to_owned())
        );
    }

    /// Random names against CPython's own `_suggestions` module (3.13+).
    #[test]
    fn matches_cpython_suggestions_module() {
        let probe =
            python("try:\n    import _suggestions; print('yes')\nexcept ImportError: print('no')");
        if probe.trim() != "yes" {
            eprintln!("skipped: this python3 has no _suggestions module (3.13+)");
            return;
        }
        let pool = [
            "print",
            "Print",
            "prnt",
            "len",
            "lenght",
            "length",
            "self",
            "value",
            "values",
            "valeus",
            "x",
            "xy",
            "xyz",
            "ab",
            "ba",
            "Ab",
            "AB",
            "foo_bar",
            "fooBar",
            "foo_baz",
            "éa",
            "ea",
            "Éa",
            "naïve",
            "naive",
            "a_very_long_identifier_name_that_goes_on_and_on_and_on",
            "a_very_long_identifier_name_that_goes_on_and_on_and_om",
            "a_very_long_prefix_then_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_end",
            "a_very_long_prefix_then_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy_end",
            "",
            "_",
            "__init__",
            "__int__",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut cases: Vec<(&str, Vec<&str>)> = Vec::new();
        for _ in 0..600 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let wrong = pool[(state % pool.len() as u64) as usize];
            let count = ((state >> 8) % 6) as usize;
            let candidates = (0..count)
                .map(|k| pool[((state >> (12 + 5 * k)) % pool.len() as u64) as usize])
                .collect();
            cases.push((wrong, candidates));
        }
        let mut script = String::from("import _suggestions\n");
        for (wrong, candidates) in &cases {
            let list: Vec<String> = candidates.iter().map(|c| py_str(c)).collect();
            script.push_str(&format!(
                "r = _suggestions._generate_suggestions([{}], {})\nprint('-' if r is None else '+' + enc(r))\n",
                list.join(", "),
                py_str(wrong)
            ));
        }
        let out = python(&script);
        for ((wrong, candidates), line) in cases.iter().zip(out.lines()) {
            let want = line.strip_prefix('+').map(dec);
            assert_eq!(
                suggest(wrong, candidates.iter().copied()),
                want,
                "{wrong:?} in {candidates:?}"
            );
        }
        assert_eq!(enc(""), "");
    }
}
