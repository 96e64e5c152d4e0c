//! Mixed-radix numbers: the indices of the tables computed at compile time
//! (the engine's, the route steps', the fees), one digit per fact.

/// A mixed-radix number, built digit by digit with [`push`](Index::push)
/// and taken apart with [`pop`](Index::pop).
#[derive(Clone, Copy)]
pub(crate) struct Index(pub(crate) usize);

impl Index {
    /// With the digit `d` (below `radix`) appended.
    pub(crate) const fn push(self, radix: usize, d: usize) -> Index {
        Index(self.0.wrapping_mul(radix).wrapping_add(d))
    }

    pub(crate) const fn push_bool(self, b: bool) -> Index {
        self.push(2, b as usize)
    }

    /// The last digit (of `radix`, not 0), removed.
    pub(crate) const fn pop(&mut self, radix: usize) -> usize {
        match (self.0.checked_rem(radix), self.0.checked_div(radix)) {
            (Some(d), Some(rest)) => {
                self.0 = rest;
                d
            }
            _ => 0,
        }
    }

    pub(crate) const fn pop_bool(&mut self) -> bool {
        self.pop(2) == 1
    }
}
