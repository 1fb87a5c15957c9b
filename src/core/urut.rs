//! Sorting through one copy of the standard library's sort.
//!
//! Why: `sort_by` is generic over the element and the comparison, so each call site gets
//! its own copy of the sort (some 4 KB of wasm each, seven of them in the first load).
//! Here the sort runs once, on indices, with the comparison behind a `dyn`; the lists the
//! app sorts (drafts, teams, findings, a record's keys) are short, so the indirect call
//! costs nothing that shows.

use std::cmp::Ordering;

/// The indices `0..n` in the order `banding` gives them (stable: equal items keep their
/// order).
#[inline(never)]
fn urutan(n: usize, banding: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    #[allow(clippy::disallowed_methods)] // the one sort
    idx.sort_by(|&a, &b| banding(a, b));
    idx
}

/// Sorts `v` by `banding`, stably (as `slice::sort_by`).
pub fn urutkan_dengan<T>(v: &mut Vec<T>, banding: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = urutan(v.len(), &|a, b| banding(&v[a], &v[b]));
    susun(v, idx);
}

/// Puts `v`'s items in the order `idx` gives (each index once).
fn susun<T>(v: &mut Vec<T>, idx: Vec<usize>) {
    let mut lama: Vec<Option<T>> = v.drain(..).map(Some).collect();
    // `idx` holds each index once, so every slot is taken exactly once.
    v.extend(idx.into_iter().filter_map(|i| lama[i].take()));
}

/// Sorts `v` by the key `kunci` gives, stably (as `slice::sort_by_key`). Each item's key is
/// worked out once (as `slice::sort_by_cached_key`), not at every comparison.
pub fn urutkan_menurut<T, K: Ord>(v: &mut Vec<T>, kunci: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let kunci: Vec<K> = v.iter().map(kunci).collect();
    let idx = urutan(v.len(), &|a, b| kunci[a].cmp(&kunci[b]));
    susun(v, idx);
}

/// Sorts `v` in its natural order (as `slice::sort`).
pub fn urutkan<T: Ord>(v: &mut Vec<T>) {
    urutkan_dengan(v, T::cmp);
}

#[cfg(test)]
// The tests compare with the standard library's sort.
#[allow(clippy::disallowed_methods, clippy::unnecessary_sort_by)]
mod tests {
    use super::*;

    #[test]
    fn sama_dengan_sort_pustaka_dan_stabil() {
        let mut seed = 7u64;
        for n in 0..60 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 5) as u8, i)
                })
                .collect();
            let mut a = v.clone();
            let mut b = v.clone();
            urutkan_menurut(&mut a, |x| x.0);
            b.sort_by_key(|x| x.0);
            assert_eq!(a, b, "n = {n}");
            let mut c = v.clone();
            urutkan_dengan(&mut c, |x, y| y.0.cmp(&x.0));
            let mut d = v;
            d.sort_by(|x, y| y.0.cmp(&x.0));
            assert_eq!(c, d);
        }
        // Each key is worked out once.
        let dipanggil = std::cell::Cell::new(0);
        let mut w: Vec<u32> = (0..50).rev().collect();
        urutkan_menurut(&mut w, |x| {
            dipanggil.set(dipanggil.get() + 1);
            *x
        });
        assert_eq!(w, (0..50).collect::<Vec<_>>());
        assert_eq!(dipanggil.get(), 50);
        let mut s = vec!["b", "a", "c", "a"];
        urutkan(&mut s);
        assert_eq!(s, ["a", "a", "b", "c"]);
    }
}
