//! Undo and redo over whole states. The editor keeps drafts behind `Rc`, so a snapshot
//! costs one pointer per draft plus the one draft that changed.

/// Undo/redo stacks. Call [`History::record`] with the state *before* each change.
#[derive(Debug, Clone)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    last_key: Option<String>,
    last_time_ms: f64,
}

/// Typing in one field within this long counts as one undo step.
pub const COALESCE_MS: f64 = 1000.0;

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            last_key: None,
            last_time_ms: f64::MIN,
        }
    }
}

impl<T> History<T> {
    /// Records `before` as an undo step, unless this change continues the previous one
    /// (same `coalesce` key, soon after). Any new change clears redo.
    pub fn record(&mut self, before: T, coalesce: Option<&str>, now_ms: f64) {
        let continues = coalesce.is_some()
            && coalesce == self.last_key.as_deref()
            && now_ms - self.last_time_ms < COALESCE_MS;
        if !continues {
            self.undo.push(before);
        }
        self.redo.clear();
        self.last_key = coalesce.map(str::to_string);
        self.last_time_ms = now_ms;
    }

    /// Returns the state to go back to, taking `current` onto the redo stack.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let prev = self.undo.pop()?;
        self.redo.push(current);
        self.last_key = None;
        Some(prev)
    }

    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.last_key = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::default();
        h.record("", Some("f"), 0.0);
        h.record("a", Some("f"), 100.0);
        h.record("ab", Some("f"), 200.0);
        assert_eq!(h.undo("abc"), Some(""));
        assert!(!h.can_undo());
        assert_eq!(h.redo(""), Some("abc"));
    }

    #[test]
    fn a_pause_or_another_field_starts_a_new_step() {
        let mut h = History::default();
        h.record("0", Some("f"), 0.0);
        h.record("1", Some("f"), 5000.0);
        h.record("2", Some("g"), 5100.0);
        h.record("3", None, 5200.0);
        h.record("4", None, 5300.0);
        let mut cur = "5";
        let mut seen = vec![];
        while let Some(p) = h.undo(cur) {
            seen.push(p);
            cur = p;
        }
        assert_eq!(seen, ["4", "3", "2", "1", "0"]);
    }

    #[test]
    fn a_new_change_clears_redo() {
        let mut h = History::default();
        h.record(1, None, 0.0);
        assert_eq!(h.undo(2), Some(1));
        h.record(1, None, 10.0);
        assert!(!h.can_redo());
    }
}
