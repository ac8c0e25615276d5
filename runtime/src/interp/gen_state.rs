//! A generator's lifecycle state, changed by compare-and-swap.
//!
//! Two threads may call `next()` on one generator at the same time; exactly one may run
//! its frame (the frame works directly on the generator's slot buffer). So leaving
//! Created or Suspended for Running is a compare-and-swap that hands the winner a
//! [`Claim`]; the loser sees Running and raises CPython's `ValueError: generator
//! already executing` (the same error a generator gets when it resumes itself).

use std::sync::atomic::{AtomicU8, Ordering};

/// Lifecycle of a generator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum GenState {
    /// Not started.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Currently executing.
    Running,
    /// Finished.
    Closed,
}

/// A generator's [`GenState`] in one atomic byte. Leaving Created or Suspended for
/// Running is a compare-and-swap ([`GenStateCell::claim`]), so of two threads resuming
/// one generator exactly one runs it and the other gets CPython's `ValueError:
/// generator already executing`. The claimant alone writes the state back (Suspended
/// at a yield, Closed at the end) with release stores, publishing the slots, pc and
/// resume register it wrote.
pub struct GenStateCell(AtomicU8);

impl GenStateCell {
    /// A cell in state `s`.
    pub const fn new(s: GenState) -> GenStateCell {
        GenStateCell(AtomicU8::new(s as u8))
    }

    /// The current state.
    #[inline]
    pub fn get(&self) -> GenState {
        GenState::from_u8(self.0.load(Ordering::Acquire))
    }

    /// Stores `s` (by the claimant, or on a generator no other thread can reach).
    #[inline]
    pub fn set(&self, s: GenState) {
        self.0.store(s as u8, Ordering::Release);
    }

    /// Moves Created or Suspended to Running. The claim puts the previous state back
    /// when dropped, unless [`Claim::keep`] says the generator now runs; on failure
    /// the current state (Running or Closed) comes back.
    pub fn claim(&self) -> Result<Claim<'_>, GenState> {
        let mut cur = self.0.load(Ordering::Acquire);
        loop {
            let was = GenState::from_u8(cur);
            if !matches!(was, GenState::Created | GenState::Suspended) {
                return Err(was);
            }
            match self.0.compare_exchange_weak(cur, GenState::Running as u8, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => return Ok(Claim { cell: self, was, armed: true }),
                Err(now) => cur = now,
            }
        }
    }

    /// Created becomes Closed (`close()` on a generator that never ran); false when the
    /// generator was not in state Created.
    pub fn close_unstarted(&self) -> bool {
        self.0
            .compare_exchange(GenState::Created as u8, GenState::Closed as u8, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

/// The right to run a generator, from [`GenStateCell::claim`].
pub struct Claim<'a> {
    cell: &'a GenStateCell,
    was: GenState,
    armed: bool,
}

impl Claim<'_> {
    /// The state before the claim (Created or Suspended).
    pub fn was(&self) -> GenState {
        self.was
    }

    /// The generator's frame now runs: the state stays Running until the frame yields
    /// (`generator::suspend`) or finishes (`generator::finish`).
    pub fn keep(mut self) {
        self.armed = false;
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.cell.set(self.was);
        }
    }
}

impl GenState {
    fn from_u8(v: u8) -> GenState {
        match v {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Closed,
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_runs_once_and_gives_back_the_previous_state() {
        let cell = GenStateCell::new(GenState::Created);
        let claim = cell.claim().expect("a new generator can be claimed");
        assert_eq!(claim.was(), GenState::Created);
        assert_eq!(cell.get(), GenState::Running);
        assert_eq!(cell.claim().err(), Some(GenState::Running));
        drop(claim);
        assert_eq!(cell.get(), GenState::Created, "an unused claim restores the state");
        cell.claim().expect("claim again").keep();
        assert_eq!(cell.get(), GenState::Running, "a kept claim leaves it running");
        cell.set(GenState::Suspended);
        assert_eq!(cell.claim().map(|c| c.was()).ok(), Some(GenState::Suspended));
        cell.set(GenState::Closed);
        assert_eq!(cell.claim().err(), Some(GenState::Closed));
    }

    #[test]
    fn close_unstarted_only_from_created() {
        let cell = GenStateCell::new(GenState::Created);
        assert!(cell.close_unstarted());
        assert_eq!(cell.get(), GenState::Closed);
        let cell = GenStateCell::new(GenState::Suspended);
        assert!(!cell.close_unstarted());
        assert_eq!(cell.get(), GenState::Suspended);
    }

    #[test]
    fn racing_threads_claim_exactly_once() {
        use std::sync::atomic::AtomicUsize;
        use std::sync::{Arc, Barrier};
        for _ in 0..200 {
            let cell = Arc::new(GenStateCell::new(GenState::Suspended));
            let wins = Arc::new(AtomicUsize::new(0));
            let barrier = Arc::new(Barrier::new(4));
            let threads: Vec<_> = (0..4)
                .map(|_| {
                    let (cell, wins, barrier) = (cell.clone(), wins.clone(), barrier.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        if let Ok(claim) = cell.claim() {
                            claim.keep();
                            wins.fetch_add(1, Ordering::Relaxed);
                        }
                    })
                })
                .collect();
            for t in threads {
                t.join().unwrap();
            }
            assert_eq!(wins.load(Ordering::Relaxed), 1);
            assert_eq!(cell.get(), GenState::Running);
        }
    }
}
