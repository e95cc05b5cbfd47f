//! "Did you mean …?": the nearest known name to a misspelt one.

/// The candidate closest to `word`, if it is close enough to be a likely typo: at most one edit per
/// three characters (at least one), ignoring case.
///
/// Ties go to the first in sorted order, so the hint never depends on file order.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let allowed = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| (strsim::damerau_levenshtein(&word, &c.to_lowercase()), c))
        .filter(|&(distance, _)| distance <= allowed)
        .min()
        .map(|(_, c)| c)
}

/// A hint naming the closest id, quoted as ids are written in the files.
pub(super) fn did_you_mean_id<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(word, candidates).map(|c| format!("did you mean \"{c}\"?"))
}

/// A hint naming the closest field or variant name, written bare as in the files.
pub(super) fn did_you_mean_name<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGIONS: [&str; 4] = ["lumbar_left", "lumbar_right", "sacrum", "neck_left"];

    #[test]
    fn a_typo_finds_its_id() {
        assert_eq!(closest("lumbar_lft", REGIONS), Some("lumbar_left"));
        assert_eq!(closest("Sacrum", REGIONS), Some("sacrum"));
        assert_eq!(closest("lumbar_rihgt", REGIONS), Some("lumbar_right"));
    }

    #[test]
    fn an_unrelated_word_finds_nothing() {
        assert_eq!(closest("shoulder", REGIONS), None);
        assert_eq!(closest("", REGIONS), None);
        assert_eq!(closest("x", []), None);
    }

    #[test]
    fn hints_quote_ids_and_name_fields() {
        assert_eq!(
            did_you_mean_id("sacrun", REGIONS).as_deref(),
            Some("did you mean \"sacrum\"?")
        );
        assert_eq!(
            did_you_mean_name("sumary", ["summary", "name"]).as_deref(),
            Some("did you mean `summary`?")
        );
    }
}
