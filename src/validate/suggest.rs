//! "Did you mean ...?" suggestions for misspelt names and values.

/// Inputs longer than this (in bytes) are never compared: no known name is nearly that long,
/// and skipping them keeps the work constant for huge keys.
const MAX_COMPARED_BYTES: usize = 64;

/// The candidate `input` most likely meant, if one is close: equal when case, `_`, `-` and `.`
/// are ignored (`returnUrl` -> `return_url`), or within a small edit distance (`curency`).
/// Ties go to the earlier candidate, so the answer is deterministic.
pub(crate) fn closest<'c>(input: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if input.is_empty() || input.len() > MAX_COMPARED_BYTES {
        return None;
    }
    let folded = fold(input);
    if let Some(same) = candidates.iter().find(|c| fold(c) == folded) {
        return Some(same);
    }
    let input_chars: Vec<char> = input.chars().collect();
    let mut best: Option<(usize, &'c str)> = None;
    for candidate in candidates {
        let candidate_chars: Vec<char> = candidate.chars().collect();
        let allowed = allowed_distance(candidate_chars.len());
        if input_chars.len().abs_diff(candidate_chars.len()) > allowed {
            continue;
        }
        let distance = edit_distance(&input_chars, &candidate_chars);
        if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Ok when `text` is one of `allowed`; otherwise a message listing them, with a suggestion.
pub(super) fn check_one_of(text: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&text) {
        return Ok(());
    }
    let list = crate::quote::backquoted_list(allowed);
    let hint = super::describe::did_you_mean(closest(text, allowed));
    Err(format!(
        "{} is not one of {list}{hint}",
        super::describe::quoted(text)
    ))
}

/// Lower case without the separators people mix up.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
        // ASCII only: `char::to_lowercase` pulls ~12 KB of Unicode case tables into the .wasm,
        // and the names we suggest are ASCII.
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// How many edits still count as a typo for a name of this length.
fn allowed_distance(len: usize) -> usize {
    match len {
        0..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

/// Levenshtein distance (insert, delete, substitute), on characters.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let mut row = current.iter_mut();
        if let Some(first) = row.next() {
            *first = i + 1;
        }
        let mut left = i + 1;
        for ((cb, cell), (diag, up)) in b
            .iter()
            .zip(row)
            .zip(previous.iter().zip(previous.iter().skip(1)))
        {
            let substitute = diag + usize::from(ca != cb);
            left = substitute.min(up + 1).min(left + 1);
            *cell = left;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 4] = ["return_url", "callback_url", "merchant_terms_url", "id"];

    #[test]
    fn finds_case_and_separator_variants() {
        assert_eq!(closest("returnUrl", &NAMES), Some("return_url"));
        assert_eq!(closest("CALLBACK-URL", &NAMES), Some("callback_url"));
    }

    #[test]
    fn finds_typos_within_the_allowed_distance() {
        assert_eq!(closest("retrun_url", &NAMES), Some("return_url"));
        assert_eq!(closest("callbak_url", &NAMES), Some("callback_url"));
        assert_eq!(closest("ix", &NAMES), Some("id"));
    }

    #[test]
    fn stays_quiet_for_unrelated_or_huge_names() {
        assert_eq!(closest("ext_order_id", &NAMES), None);
        assert_eq!(closest("", &NAMES), None);
        assert_eq!(closest(&"x".repeat(10_000_000), &NAMES), None);
    }

    #[test]
    fn one_of_lists_the_allowed_values() {
        assert_eq!(check_one_of("in_app", &["ecommerce", "in_app"]), Ok(()));
        let msg = check_one_of("inapp", &["ecommerce", "in_app"]).unwrap_err();
        assert_eq!(
            msg,
            "`inapp` is not one of `ecommerce`, `in_app`; did you mean `in_app`?"
        );
    }

    #[test]
    fn edit_distance_is_levenshtein() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("abc", ""), 3);
        assert_eq!(d("ø", "o"), 1);
    }
}
