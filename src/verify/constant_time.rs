//! Comparison of MACs in time independent of where they differ.

/// Whether `a` and `b` are equal, looking at every byte whatever the first difference.
pub fn equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    // black_box keeps the optimiser from turning the fold into an early exit.
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn compares_every_byte() {
        assert!(super::equal(b"abc", b"abc"));
        assert!(!super::equal(b"abc", b"abd"));
        assert!(!super::equal(b"abc", b"xbc"));
        assert!(!super::equal(b"abc", b"ab"));
        assert!(super::equal(b"", b""));
    }
}
