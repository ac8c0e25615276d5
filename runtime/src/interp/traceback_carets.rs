//! The source lines and PEP 657 caret lines of one traceback entry, computed the way
//! CPython 3.13/3.14's `traceback` module does it.
//!
//! The instruction's span (lines, UTF-8 byte columns) selects a block of source lines,
//! which is dedented as a whole. The anchors (`~` around, `^` at the operator or the
//! brackets) are not taken from the compiler: like CPython, the span's source text is
//! re-parsed as a parenthesised expression and anchored only when it is a binary
//! operation, a subscript or a call, so what is marked depends on the text alone.
//! Carets are dropped when they would underline a whole line without anchors, or for
//! the `return f(...)` / `x = f(...)` statements the compiler flags (`Loc::no_carets`).
//! Multi-line spans print their first and last lines and the lines around the anchors;
//! a one-line gap is printed, longer gaps become `...<N lines>...`. Columns are display
//! columns: East Asian wide and fullwidth characters count two.

use braid_parser::ast::{ExprKind, StmtKind};

use crate::compiler::code::Loc;

/// East Asian Wide (W) and Fullwidth (F) code point ranges (assigned characters).
static WIDE_RANGES: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
    (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
    (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
    (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB), (0x3000, 0x303E), (0x3041, 0x3096), (0x3099, 0x30FF),
    (0x3105, 0x312F), (0x3131, 0x318E), (0x3190, 0x31E3), (0x31F0, 0x321E), (0x3220, 0x3247), (0x3250, 0x4DBF),
    (0x4E00, 0xA48C), (0xA490, 0xA4C6), (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xF900, 0xFA6D), (0xFA70, 0xFAD9),
    (0xFE10, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6),
    (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1), (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B150, 0x1B152),
    (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DD, 0x1F6DF), (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA74), (0x1FA78, 0x1FA7C), (0x1FA80, 0x1FA86), (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA), (0x1FAC0, 0x1FAC5), (0x1FAD0, 0x1FAD9), (0x1FAE0, 0x1FAE7), (0x1FAF0, 0x1FAF6),
    (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
];

fn is_wide(c: char) -> bool {
    let c = c as u32;
    WIDE_RANGES.binary_search_by(|&(lo, hi)| if hi < c { std::cmp::Ordering::Less } else if lo > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

/// Display width of the first `chars` characters of `line`.
fn display_width(line: &[char], chars: usize) -> usize {
    line.iter().take(chars).map(|&c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Character index of UTF-8 byte offset `byte` in `line`.
fn byte_to_char(line: &str, byte: u32) -> usize {
    let mut b = (byte as usize).min(line.len());
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

/// Removes the whitespace prefix common to all non-blank lines; blank lines become empty.
fn dedent(lines: &[String]) -> Vec<String> {
    let prefix_of = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let mut common: Option<&str> = None;
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        let p = &l[..prefix_of(l)];
        common = Some(match common {
            None => p,
            Some(c) => {
                let n = c.bytes().zip(p.bytes()).take_while(|(a, b)| a == b).count();
                &c[..n]
            }
        });
    }
    let cut = common.map_or(0, str::len);
    lines.iter().map(|l| if l.trim().is_empty() { String::new() } else { l[cut..].to_string() }).collect()
}

/// Anchor positions inside the segment: line index and character offset of where the
/// `^` part starts and where it ends (exclusive).
struct Anchors {
    left_line: usize,
    left_col: usize,
    right_line: usize,
    right_col: usize,
}

struct Segment {
    lines: Vec<Vec<char>>,
    text: Vec<String>,
}

impl Segment {
    fn next_valid(&self, mut l: usize, mut c: usize) -> Option<(usize, usize)> {
        while l < self.lines.len() && c >= self.lines[l].len() {
            c = 0;
            l += 1;
        }
        (l < self.lines.len()).then_some((l, c))
    }

    fn advance_until(&self, mut l: usize, mut c: usize, stop: impl Fn(char) -> bool) -> Option<(usize, usize)> {
        loop {
            let ch = *self.lines.get(l)?.get(c)?;
            if ch == '\\' || ch == '#' {
                (l, c) = self.next_valid(l + 1, 0)?;
            } else if !stop(ch) {
                (l, c) = self.next_valid(l, c + 1)?;
            } else {
                return Some((l, c));
            }
        }
    }

    /// End of a node of the wrapped source (`(\n` + segment + `\n)`), in segment terms.
    fn end_of(&self, loc: &braid_parser::ast::Location, force_valid: bool) -> Option<(usize, usize)> {
        let l = (loc.end_lineno as usize).checked_sub(2)?;
        let c = byte_to_char(self.text.get(l)?, loc.end_col_offset);
        if force_valid {
            self.next_valid(l, c)
        } else {
            Some((l, c))
        }
    }

    fn start_col(&self, loc: &braid_parser::ast::Location) -> Option<(usize, usize)> {
        let l = (loc.lineno as usize).checked_sub(2)?;
        Some((l, byte_to_char(self.text.get(l)?, loc.col_offset)))
    }
}

/// Anchors for a segment that is a binary operation, subscript or call.
fn anchors_of(segment: &str) -> Option<Anchors> {
    let wrapped = format!("(\n{segment}\n)");
    let module = braid_parser::with_big_stack(|| braid_parser::parse_module(wrapped.as_bytes(), "<traceback>")).ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr { value } = &stmt.kind else { return None };
    let text: Vec<String> = segment.split('\n').map(str::to_string).collect();
    let seg = Segment { lines: text.iter().map(|l| l.chars().collect()).collect(), text };
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (l, c) = seg.end_of(&left.loc, true)?;
            let (l, c) = seg.advance_until(l, c, |x| !x.is_whitespace() && x != ')')?;
            let mut right_col = c + 1;
            let line = &seg.lines[l];
            if right_col < line.len() {
                let (rl, rc) = seg.start_col(&right.loc)?;
                let ch = line[right_col];
                if (rl > l || right_col < rc) && !ch.is_whitespace() && ch != '\\' && ch != '#' {
                    right_col += 1;
                }
            }
            Some(Anchors { left_line: l, left_col: c, right_line: l, right_col })
        }
        ExprKind::Subscript { value: inner, .. } | ExprKind::Call { func: inner, .. } => {
            let open = if matches!(value.kind, ExprKind::Call { .. }) { '(' } else { '[' };
            let (l, c) = seg.end_of(&inner.loc, true)?;
            let (l, c) = seg.advance_until(l, c, |x| x == open)?;
            let (rl, rc) = seg.end_of(&value.loc, false)?;
            Some(Anchors { left_line: l, left_col: c, right_line: rl, right_col: rc })
        }
        _ => None,
    }
}

/// Appends the source lines (and caret lines) of the instruction at `loc` in `src`.
pub fn format_source(out: &mut String, src: &str, loc: &Loc) {
    if loc.line == 0 {
        return;
    }
    let end_line = loc.end_line.max(loc.line);
    let src_lines: Vec<&str> = src.lines().collect();
    let original: Vec<String> =
        (loc.line..=end_line).map(|n| src_lines.get(n as usize - 1).map_or("", |l| l.trim_end()).to_string()).collect();
    let lines = dedent(&original);
    if lines.iter().all(|l| l.trim().is_empty()) {
        return;
    }
    if loc.end_line == 0 {
        out.push_str("    ");
        out.push_str(original[0].trim());
        out.push('\n');
        return;
    }
    let chars: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    let last = lines.len() - 1;
    let dedent_chars = original[0].chars().count() - chars[0].len();
    let start = byte_to_char(&original[0], loc.col).saturating_sub(dedent_chars);
    let end = byte_to_char(&original[last], loc.end_col).saturating_sub(dedent_chars);
    let dp_start = display_width(&chars[0], start);
    let dp_end = display_width(&chars[last], end);
    // The span's own text, from `start` on the first line to `end` on the last.
    let joined: Vec<char> = lines.join("\n").chars().collect();
    let tail = chars[last].len().saturating_sub(end);
    let segment: String = joined.get(start.min(joined.len())..joined.len().saturating_sub(tail)).map(|s| s.iter().collect()).unwrap_or_default();
    let anchors = anchors_of(&segment);
    let whole_line = chars[0][..start.min(chars[0].len())].iter().all(|c| c.is_whitespace())
        && chars[last][end.min(chars[last].len())..].iter().all(|c| c.is_whitespace());
    let show_carets = !loc.no_carets && (anchors.is_some() || !whole_line);

    let mut significant = vec![0, last];
    let (mut left_col, mut right_col) = (0, 0);
    if let Some(a) = &anchors {
        left_col = a.left_col + if a.left_line == 0 { start } else { 0 };
        right_col = a.right_col + if a.right_line == 0 { start } else { 0 };
        left_col = display_width(&chars[a.left_line.min(last)], left_col);
        right_col = display_width(&chars[a.right_line.min(last)], right_col);
        for center in [a.left_line, a.right_line] {
            significant.extend([center.wrapping_sub(1), center, center + 1]);
        }
    }
    significant.retain(|&i| i <= last);
    significant.sort_unstable();
    significant.dedup();

    let mut block: Vec<String> = Vec::new();
    let emit_line = |i: usize, block: &mut Vec<String>| {
        block.push(lines[i].clone());
        if !show_carets {
            return;
        }
        let spaces = chars[i].len() - lines[i].trim_start().chars().count();
        let width = if i == last { dp_end } else { display_width(&chars[i], chars[i].len()) };
        let mut carets = String::new();
        for col in 0..width {
            let in_anchor = anchors.as_ref().is_some_and(|a| {
                (i > a.left_line || (i == a.left_line && col >= left_col)) && (i < a.right_line || (i == a.right_line && col < right_col))
            });
            carets.push(if col < spaces || (i == 0 && col < dp_start) {
                ' '
            } else if anchors.is_none() || in_anchor {
                '^'
            } else {
                '~'
            });
        }
        block.push(carets);
    };
    for (k, &i) in significant.iter().enumerate() {
        if k > 0 {
            let gap = i - significant[k - 1];
            if gap == 2 {
                emit_line(i - 1, &mut block);
            } else if gap > 2 {
                block.push(format!("...<{} lines>...", gap - 1));
            }
        }
        emit_line(i, &mut block);
    }
    for l in dedent(&block) {
        out.push_str("    ");
        out.push_str(&l);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str, line: u32, col: u32, end_line: u32, end_col: u32) -> String {
        let loc = Loc { line, end_line, col, end_col, ..Loc::default() };
        let mut out = String::new();
        format_source(&mut out, src, &loc);
        out
    }

    #[test]
    fn binary_operator_is_anchored() {
        assert_eq!(render("x = a + b\n", 1, 4, 1, 9), "    x = a + b\n        ~~^~~\n");
        assert_eq!(render("y = a ** b\n", 1, 4, 1, 10), "    y = a ** b\n        ~~^^~~\n");
    }

    #[test]
    fn comparison_and_names_are_all_carets() {
        assert_eq!(render("if a < b:\n", 1, 3, 1, 8), "    if a < b:\n       ^^^^^\n");
        assert_eq!(render("r = nme + 1\n", 1, 4, 1, 7), "    r = nme + 1\n        ^^^\n");
    }

    #[test]
    fn whole_line_without_anchor_has_no_carets() {
        assert_eq!(render("    raise KeyError('k')\n", 1, 4, 1, 23), "    raise KeyError('k')\n");
        assert_eq!(render("import os; raise KeyError\n", 1, 11, 1, 25), "    import os; raise KeyError\n               ^^^^^^^^^^^^^^\n");
    }

    #[test]
    fn calls_and_subscripts_anchor_the_brackets() {
        assert_eq!(render("g(1)\n", 1, 0, 1, 4), "    g(1)\n    ~^^^\n");
        assert_eq!(render("v = d['a']['b']\n", 1, 4, 1, 15), "    v = d['a']['b']\n        ~~~~~~^^^^^\n");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let src = "値 = 名前[\"なし\"]\n";
        let start = src.find('名').unwrap() as u32;
        let end = src.find('\n').unwrap() as u32;
        assert_eq!(render(src, 1, start, 1, end), "    値 = 名前[\"なし\"]\n         ~~~~^^^^^^^^\n");
    }

    #[test]
    fn long_multi_line_spans_are_elided() {
        let src = "t = f(\n    1,\n    2,\n    3,\n    4,\n)\n";
        let out = render(src, 1, 4, 6, 1);
        assert_eq!(out, "    t = f(\n        ~^\n        1,\n        ^^\n    ...<2 lines>...\n        4,\n        ^^\n    )\n    ^\n");
    }

    #[test]
    fn dedent_keeps_relative_indentation() {
        let lines = vec!["    a".to_string(), "      b".to_string(), "   ".to_string()];
        assert_eq!(dedent(&lines), vec!["a".to_string(), "  b".to_string(), String::new()]);
    }
}
